//! `def` and `lambda`: defaults, annotations, closures, decorators, and the body
//! as its own IR function with CPython's fast-slot layout.

use rustpython_parser::ast::Ranged;

use super::{docstring, FnBuilder, Lowerer};
use crate::constants::Const;
use crate::diag::CResult;
use crate::ir::{Collect, CoroKind, FuncId, FuncKind, Instr, Label, Params, Temp};
use crate::parse::ast::{self, Expr, Stmt};
use crate::scopes::{Binding, NodeKind, ScopeKind};

impl<'a> Lowerer<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn function_def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        args: &'a ast::Arguments,
        body: &'a [Stmt],
        decorator_list: &'a [Expr],
        returns: Option<&'a Expr>,
        is_async: bool,
    ) -> CResult<()> {
        let mut decorators = Vec::new();
        for d in decorator_list {
            decorators.push(self.expr(d)?);
        }
        self.line(s);
        let func = self.make_function(s, name, args, FnBody::Stmts(body), returns, is_async)?;
        let decorated = self.apply_decorators(decorators, func);
        self.store_name(name, decorated, s)
    }

    /// Applies evaluated decorators innermost first (`@a @b def f` is `a(b(f))`).
    fn apply_decorators(&mut self, decorators: Vec<Temp>, target: Temp) -> Temp {
        let mut cur = target;
        for d in decorators.into_iter().rev() {
            let dst = self.temp();
            self.emit(Instr::Call { dst, func: d, args: vec![cur], kwnames: None });
            self.clear(d);
            self.clear(cur);
            cur = dst;
        }
        cur
    }

    pub(super) fn lambda(&mut self, e: &Expr, l: &ast::ExprLambda) -> CResult<Temp> {
        self.make_function(e, "<lambda>", &l.args, FnBody::Expr(&l.body), None, false)
    }

    /// Evaluates defaults/annotations in the current scope, lowers the body as a new
    /// IR function, and emits MakeFunction. Returns the function object temp.
    fn make_function<T: Ranged>(
        &mut self,
        node: &T,
        name: &str,
        args: &ast::Arguments,
        body: FnBody<'a, '_>,
        returns: Option<&Expr>,
        is_async: bool,
    ) -> CResult<Temp> {
        let kind = if matches!(body, FnBody::Expr(_)) { NodeKind::Lambda } else { NodeKind::Function };
        let scope_id = self
            .table
            .scope_at(u32::from(node.start()), kind)
            .expect("scope analysis saw every function");
        let is_generator = self.table.get(scope_id).is_generator;
        let coro = match (is_async, is_generator) {
            (true, true) => CoroKind::AsyncGenerator,
            (true, false) => CoroKind::Coroutine,
            (false, true) => CoroKind::Generator,
            (false, false) => CoroKind::Plain,
        };

        // Defaults, then keyword-only defaults, then annotations: CPython's order.
        let positional: Vec<&ast::ArgWithDefault> = args.posonlyargs.iter().chain(args.args.iter()).collect();
        let mut defaults = Vec::new();
        for a in &positional {
            if let Some(d) = &a.default {
                defaults.push(self.expr(d)?);
            }
        }
        let defaults = if defaults.is_empty() {
            None
        } else {
            let t = self.temp();
            self.emit(Instr::BuildTuple { dst: t, items: defaults });
            Some(t)
        };
        let mut kw_keys = Vec::new();
        let mut kw_values = Vec::new();
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                kw_keys.push(self.load_const(Const::Name(self.mangle(a.def.arg.as_str()))));
                kw_values.push(self.expr(d)?);
            }
        }
        let kwdefaults = self.dict_of(kw_keys, kw_values);
        let annotations = self.annotations(args, returns)?;

        let qualname = self.qualname(name);
        let fid = self.lower_body(scope_id, name, &qualname, args, body, self.line_of(node), coro)?;
        let closure = self.closure_for(scope_id);
        let qualname = self.konst(Const::str(&qualname));
        let dst = self.temp();
        self.emit(Instr::MakeFunction { dst, func: fid, qualname, defaults, kwdefaults, annotations, closure });
        for t in [defaults, kwdefaults, annotations, closure].into_iter().flatten() {
            self.clear(t);
        }
        Ok(dst)
    }

    fn dict_of(&mut self, keys: Vec<Temp>, values: Vec<Temp>) -> Option<Temp> {
        if keys.is_empty() {
            return None;
        }
        let t = self.temp();
        self.emit(Instr::BuildDict { dst: t, keys: keys.clone(), values: values.clone() });
        for x in keys.into_iter().chain(values) {
            self.clear(x);
        }
        Some(t)
    }

    fn annotations(&mut self, args: &ast::Arguments, returns: Option<&Expr>) -> CResult<Option<Temp>> {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let params = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.kwarg.as_deref());
        for p in params {
            if let Some(ann) = &p.annotation {
                keys.push(self.load_const(Const::str(&self.mangle(p.arg.as_str()))));
                values.push(self.annotation(ann)?);
            }
        }
        if let Some(r) = returns {
            keys.push(self.load_const(Const::str("return")));
            values.push(self.annotation(r)?);
        }
        Ok(self.dict_of(keys, values))
    }

    /// CPython's qualified name: `outer.<locals>.inner`, `Class.method`.
    fn qualname(&self, name: &str) -> String {
        let cur = self.table.get(self.b.scope);
        match cur.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Function => format!("{}.<locals>.{}", self.b.f.qualname, name),
            ScopeKind::Class => format!("{}.{}", self.b.f.qualname, name),
        }
    }

    /// The closure tuple: for each free variable of the child (in `co_freevars`
    /// order), the cell the current function holds for that name.
    fn closure_for(&mut self, child: usize) -> Option<Temp> {
        let frees = self.table.get(child).freevars();
        if frees.is_empty() {
            return None;
        }
        let mut items = Vec::new();
        for name in frees {
            let slot = self.b.add_slot(&name);
            let dst = self.temp();
            self.emit(Instr::LoadClosure { dst, slot });
            items.push(dst);
        }
        let t = self.temp();
        self.emit(Instr::BuildTuple { dst: t, items });
        Some(t)
    }

    /// Lowers a function body into a new IR function and returns its id.
    fn lower_body(
        &mut self,
        scope_id: usize,
        name: &str,
        qualname: &str,
        args: &ast::Arguments,
        body: FnBody<'a, '_>,
        line: u32,
        coro: CoroKind,
    ) -> CResult<FuncId> {
        self.nested(scope_id, FuncKind::Function, name, qualname, line, |l| {
            l.b.f.coro = coro;
            l.function_body(scope_id, args, body)
        })
    }

    /// Lowers `build` into a new IR function (own builder, own fblocks) and returns its id.
    /// Ids are reserved first so nested functions keep definition order.
    fn nested(
        &mut self,
        scope_id: usize,
        kind: FuncKind,
        name: &str,
        qualname: &str,
        line: u32,
        build: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<FuncId> {
        let fid = self.functions.len() as FuncId;
        self.functions.push(None);
        let builder = FnBuilder::new(scope_id, kind, name, qualname, line);
        let outer = std::mem::replace(&mut self.b, builder);
        let outer_blocks = std::mem::take(&mut self.fblocks);
        let result = build(self);
        self.fblocks = outer_blocks;
        let slot_names: Vec<String> = self.b.f.slots.clone();
        self.b.f.slot_names = slot_names.iter().map(|n| self.pool.name(n)).collect();
        let inner = std::mem::replace(&mut self.b, outer);
        result?;
        self.functions[fid as usize] = Some(inner.finish());
        Ok(fid)
    }

    /// Fast-slot layout as CPython's localsplus: parameters and plain locals (functions
    /// only; a class body keeps its names in the namespace), then cells, then free variables.
    fn layout_slots(&mut self, scope_id: usize, fast_locals: bool) {
        let scope = self.table.get(scope_id);
        if fast_locals {
            for p in &scope.params {
                self.b.add_slot(p);
            }
            for sym in &scope.symbols {
                if sym.binding == Binding::Local {
                    self.b.add_slot(&sym.name);
                }
            }
        }
        for name in scope.cellvars() {
            let slot = self.b.add_slot(&name);
            self.b.f.cell_slots.push(slot);
        }
        for name in scope.freevars() {
            let slot = self.b.add_slot(&name);
            self.b.f.free_slots.push(slot);
        }
    }

    fn function_body(&mut self, scope_id: usize, args: &ast::Arguments, body: FnBody<'a, '_>) -> CResult<()> {
        self.b.f.params = Params {
            posonly: args.posonlyargs.len() as u32,
            positional: (args.posonlyargs.len() + args.args.len()) as u32,
            kwonly: args.kwonlyargs.len() as u32,
            varargs: args.vararg.is_some(),
            varkw: args.kwarg.is_some(),
        };
        self.layout_slots(scope_id, true);
        match body {
            FnBody::Stmts(stmts) => {
                let mut rest = stmts;
                if let Some(doc) = docstring(stmts) {
                    self.b.f.doc = Some(self.konst(Const::str(doc)));
                    rest = &stmts[1..];
                }
                self.stmts(rest)?;
                let ends_with_return = matches!(rest.last(), Some(Stmt::Return(_)));
                if !ends_with_return {
                    let none = self.load_const(Const::None);
                    self.emit(Instr::Return { src: none });
                }
            }
            FnBody::Expr(e) => {
                self.line(e);
                let v = self.expr(e)?;
                self.emit(Instr::Return { src: v });
            }
        }
        Ok(())
    }
}

/// A def's statements (which may hold try/with blocks to unwind) or a lambda's expression.
impl<'a> Lowerer<'a> {
    /// A list/set/dict comprehension, as CPython 3.11 compiles it: a nested function
    /// (own scope, `<listcomp>` frame) called with the iterator of the first iterable,
    /// which is evaluated in the enclosing scope.
    pub(super) fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        gens: &[ast::Comprehension],
        what: super::expr::Comp,
    ) -> CResult<Temp> {
        use super::expr::Comp;
        let scope_id = self.table.scope_at(u32::from(e.start()), NodeKind::Comprehension).expect("scope analysis saw every comprehension");
        let is_async = self.table.get(scope_id).is_coroutine;
        let is_gen = matches!(what, Comp::Gen(_));
        let coro = match (is_gen, is_async) {
            (true, true) => CoroKind::AsyncGenerator,
            (true, false) => CoroKind::Generator,
            (false, true) => CoroKind::Coroutine,
            (false, false) => CoroKind::Plain,
        };
        let in_async_fn = matches!(self.b.f.coro, CoroKind::Coroutine | CoroKind::AsyncGenerator);
        if coro == CoroKind::Coroutine && !in_async_fn {
            return Err(self.file.error_at(e, "asynchronous comprehension outside of an asynchronous function"));
        }
        let iter = self.outermost_iter(gens)?;
        let qualname = self.qualname(name);
        let line = self.line_of(e);
        let fid = self.nested(scope_id, FuncKind::Function, name, &qualname, line, |l| {
            l.b.f.coro = coro;
            l.comprehension_body(scope_id, e, gens, what)
        })?;

        let closure = self.closure_for(scope_id);
        let q = self.konst(Const::str(&qualname));
        let func = self.temp();
        self.emit(Instr::MakeFunction { dst: func, func: fid, qualname: q, defaults: None, kwdefaults: None, annotations: None, closure });
        if let Some(c) = closure {
            self.clear(c);
        }
        self.line(e);
        let dst = self.temp();
        self.emit(Instr::Call { dst, func, args: vec![iter], kwnames: None });
        self.clear(func);
        self.clear(iter);
        if coro == CoroKind::Coroutine {
            return Ok(self.awaited(dst, 0));
        }
        Ok(dst)
    }

    /// `list(genexpr)`, `tuple(genexpr)` or `set(genexpr)` (`call` the call, `func` the
    /// callee already evaluated): when `func` is that builtin at run time, the genexpr runs
    /// once in its own `<genexpr>` frame gathering its items, with no generator to resume
    /// per item; otherwise it is the generator and the call, as written.
    pub(super) fn collected_genexpr(&mut self, call: &Expr, func: Temp, e: &Expr, kind: Collect) -> CResult<Option<Temp>> {
        use super::expr::Comp;
        let Expr::GeneratorExp(g) = e else { return Ok(None) };
        let scope_id = self.table.scope_at(u32::from(e.start()), NodeKind::Comprehension).expect("scope analysis saw every comprehension");
        if self.table.get(scope_id).is_coroutine || g.generators[0].is_async {
            return Ok(None);
        }
        let gens = &g.generators;
        let iter = self.outermost_iter(gens)?;
        let name = "<genexpr>";
        let qualname = self.qualname(name);
        let line = self.line_of(e);
        let generator = self.nested(scope_id, FuncKind::Function, name, &qualname, line, |l| {
            l.b.f.coro = CoroKind::Generator;
            l.comprehension_body(scope_id, e, gens, Comp::Gen(&g.elt))
        })?;
        let gather = self.nested(scope_id, FuncKind::Function, name, &qualname, line, |l| {
            l.b.f.code_is_generator = true;
            let what = if kind == Collect::Set { Comp::Set(&g.elt) } else { Comp::List(&g.elt) };
            l.comprehension_body(scope_id, e, gens, what)
        })?;
        let closure = self.closure_for(scope_id);
        let q = self.konst(Const::str(&qualname));
        let (direct, generic, end) = (self.label(), self.label(), self.label());
        let is_builtin = self.cond();
        self.emit(Instr::IsBuiltinType { dst: is_builtin, src: func, kind });
        self.emit(Instr::Branch { cond: is_builtin, if_true: direct, if_false: generic });
        let dst = self.temp();

        self.emit(Instr::Label(direct));
        let f = self.temp();
        self.emit(Instr::MakeFunction { dst: f, func: gather, qualname: q, defaults: None, kwdefaults: None, annotations: None, closure });
        self.line(call);
        let r = self.temp();
        self.emit(Instr::CollectGenexpr { dst: r, func: f, iter, kind });
        self.clear(f);
        self.emit(Instr::Move { dst, src: r });
        self.emit(Instr::Jump(end));

        self.emit(Instr::Label(generic));
        let f = self.temp();
        self.emit(Instr::MakeFunction { dst: f, func: generator, qualname: q, defaults: None, kwdefaults: None, annotations: None, closure });
        self.line(e);
        let gen = self.temp();
        self.emit(Instr::Call { dst: gen, func: f, args: vec![iter], kwnames: None });
        self.clear(f);
        self.line(call);
        let r = self.temp();
        self.emit(Instr::Call { dst: r, func, args: vec![gen], kwnames: None });
        self.clear(gen);
        self.emit(Instr::Move { dst, src: r });

        self.emit(Instr::Label(end));
        if let Some(c) = closure {
            self.clear(c);
        }
        self.clear(iter);
        Ok(Some(dst))
    }

    /// A comprehension's first iterable, evaluated in the enclosing scope, and its iterator
    /// (GET_ITER, or GET_AITER for `async for`): the argument of the comprehension's function.
    fn outermost_iter(&mut self, gens: &[ast::Comprehension]) -> CResult<Temp> {
        let first = self.expr(&gens[0].iter)?;
        self.line(&gens[0].iter);
        let iter = self.temp();
        if gens[0].is_async {
            self.emit(Instr::GetAIter { dst: iter, src: first });
        } else {
            self.emit(Instr::GetIter { dst: iter, src: first });
        }
        self.clear(first);
        Ok(iter)
    }

    fn comprehension_body(&mut self, scope_id: usize, e: &Expr, gens: &[ast::Comprehension], what: super::expr::Comp) -> CResult<()> {
        use super::expr::Comp;
        self.b.f.params = Params { posonly: 0, positional: 1, kwonly: 0, varargs: false, varkw: false };
        self.layout_slots(scope_id, true);
        self.line(e);
        let acc = self.temp();
        match what {
            Comp::Gen(_) => {}
            Comp::List(_) => self.emit(Instr::BuildList { dst: acc, items: vec![] }),
            Comp::Set(_) => self.emit(Instr::BuildSet { dst: acc, items: vec![] }),
            Comp::Dict(..) => self.emit(Instr::BuildDict { dst: acc, keys: vec![], values: vec![] }),
        }
        let mut loops: Vec<(Label, Label, Temp)> = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            let it = self.temp();
            if i == 0 {
                self.emit(Instr::LoadFast { dst: it, slot: 0 });
            } else {
                let src = self.expr(&g.iter)?;
                self.line(&g.iter);
                if g.is_async {
                    self.emit(Instr::GetAIter { dst: it, src });
                } else {
                    self.emit(Instr::GetIter { dst: it, src });
                }
                self.clear(src);
            }
            let (top, end) = (self.label(), self.label());
            self.emit(Instr::Label(top));
            self.line(e);
            let item = if g.is_async {
                self.async_for_next(it, end)
            } else {
                let item = self.temp();
                self.emit(Instr::ForIter { dst: item, iter: it, on_end: end });
                item
            };
            self.assign(&g.target, item)?;
            for cond in &g.ifs {
                let pass = self.label();
                self.branch(cond, pass, top)?;
                self.emit(Instr::Label(pass));
            }
            loops.push((top, end, it));
        }
        match what {
            Comp::Gen(x) => {
                let v = self.expr(x)?;
                self.line(x);
                let sent = self.temp();
                self.emit(Instr::Yield { dst: sent, value: v });
                self.clear(sent);
            }
            Comp::List(x) => {
                let v = self.expr(x)?;
                self.emit(Instr::ListAppend { list: acc, item: v });
            }
            Comp::Set(x) => {
                let v = self.expr(x)?;
                self.line(x);
                self.emit(Instr::SetAdd { set: acc, item: v });
            }
            Comp::Dict(k, v) => {
                let kt = self.expr(k)?;
                let vt = self.expr(v)?;
                self.line(k);
                self.emit(Instr::DictSetItem { dict: acc, key: kt, val: vt });
                self.clear(kt);
                self.clear(vt);
            }
        }
        for (top, end, it) in loops.into_iter().rev() {
            self.emit(Instr::Jump(top));
            self.emit(Instr::Label(end));
            self.clear(it);
        }
        if let Comp::Gen(_) = what {
            self.clear(acc);
            let none = self.load_const(Const::None);
            self.emit(Instr::Return { src: none });
        } else {
            self.emit(Instr::Return { src: acc });
        }
        Ok(())
    }

    /// `class C(bases, **kw): body`: decorators, the compiled body as a function,
    /// bases and keywords, then `__build_class__`; as CPython orders them.
    pub(super) fn class_def(&mut self, s: &'a Stmt, c: &'a ast::StmtClassDef) -> CResult<()> {
        let mut decorators = Vec::new();
        for d in &c.decorator_list {
            decorators.push(self.expr(d)?);
        }
        self.line(s);
        let scope_id = self.table.scope_at(u32::from(s.start()), NodeKind::Class).expect("scope analysis saw every class");
        let name = c.name.as_str();
        let qualname = self.qualname(name);
        let line = self.line_of(s);
        let fid = self.nested(scope_id, FuncKind::Class, name, &qualname, line, |l| l.class_body(scope_id, &qualname, &c.body))?;

        let closure = self.closure_for(scope_id);
        let q = self.konst(Const::str(&qualname));
        let body = self.temp();
        self.emit(Instr::MakeFunction { dst: body, func: fid, qualname: q, defaults: None, kwdefaults: None, annotations: None, closure });
        if let Some(cl) = closure {
            self.clear(cl);
        }
        let bases = self.sequence_display_of(&c.bases)?;
        let kwargs = if c.keywords.is_empty() { None } else { Some(self.keywords_dict(&c.keywords, body)?) };
        self.line(s);
        let cls = self.temp();
        let name_id = self.konst(Const::str(name));
        self.emit(Instr::BuildClass { dst: cls, body, name: name_id, bases, kwargs });
        self.clear(body);
        self.clear(bases);
        if let Some(k) = kwargs {
            self.clear(k);
        }
        let decorated = self.apply_decorators(decorators, cls);
        self.store_name(name, decorated, s)
    }

    fn class_body(&mut self, scope_id: usize, qualname: &str, body: &'a [Stmt]) -> CResult<()> {
        let scope = self.table.get(scope_id);
        self.layout_slots(scope_id, false);
        // __module__ = __name__; __qualname__ = '...'; then the docstring and annotations.
        let modname = self.name_const("__name__");
        let t = self.temp();
        self.emit(Instr::LoadName { dst: t, name: modname });
        let k = self.name_const("__module__");
        self.emit(Instr::StoreName { name: k, src: t });
        let q = self.load_const(Const::str(qualname));
        let k = self.name_const("__qualname__");
        self.emit(Instr::StoreName { name: k, src: q });
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            let d = self.load_const(Const::str(doc));
            let k = self.name_const("__doc__");
            self.emit(Instr::StoreName { name: k, src: d });
            rest = &body[1..];
        }
        if super::stmt::has_annotations(body) {
            let d = self.temp();
            self.emit(Instr::BuildDict { dst: d, keys: vec![], values: vec![] });
            let k = self.name_const("__annotations__");
            self.emit(Instr::StoreName { name: k, src: d });
        }
        self.stmts(rest)?;
        // The __class__ cell goes to type.__new__ through the namespace, and back to
        // __build_class__ as the body's result.
        if scope.needs_class_closure {
            let slot = self.b.add_slot("__class__");
            let c = self.temp();
            self.emit(Instr::LoadClosure { dst: c, slot });
            let c2 = self.temp();
            self.emit(Instr::Dup { dst: c2, src: c });
            let k = self.name_const("__classcell__");
            self.emit(Instr::StoreName { name: k, src: c2 });
            self.emit(Instr::Return { src: c });
        } else {
            let none = self.load_const(Const::None);
            self.emit(Instr::Return { src: none });
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum FnBody<'s, 'e> {
    Stmts(&'s [Stmt]),
    Expr(&'e Expr),
}
