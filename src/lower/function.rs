//! `def` and `lambda`: defaults, annotations, closures, decorators, and the body
//! as its own IR function with CPython's fast-slot layout.

use rustpython_parser::ast::Ranged;

use super::{docstring, FnBuilder, Lowerer};
use crate::constants::Const;
use crate::diag::CResult;
use crate::ir::{FuncId, FuncKind, Instr, Params, Temp};
use crate::parse::ast::{self, Expr, Stmt};
use crate::scopes::{Binding, NodeKind, ScopeKind};

impl<'a> Lowerer<'a> {
    pub(super) fn function_def(&mut self, s: &'a Stmt, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        let mut decorators = Vec::new();
        for d in &f.decorator_list {
            decorators.push(self.expr(d)?);
        }
        self.line(s);
        let func = self.make_function(s, f.name.as_str(), &f.args, FnBody::Stmts(&f.body), f.returns.as_deref())?;
        let mut cur = func;
        for d in decorators.into_iter().rev() {
            let dst = self.temp();
            self.emit(Instr::Call { dst, func: d, args: vec![cur], kwnames: None });
            self.clear(d);
            self.clear(cur);
            cur = dst;
        }
        self.store_name(f.name.as_str(), cur, s)
    }

    pub(super) fn lambda(&mut self, e: &Expr, l: &ast::ExprLambda) -> CResult<Temp> {
        self.make_function(e, "<lambda>", &l.args, FnBody::Expr(&l.body), None)
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
    ) -> CResult<Temp> {
        let kind = if matches!(body, FnBody::Expr(_)) { NodeKind::Lambda } else { NodeKind::Function };
        let scope_id = self
            .table
            .scope_at(u32::from(node.start()), kind)
            .expect("scope analysis saw every function");
        let scope = self.table.get(scope_id);
        if scope.is_generator {
            return Err(self.file.unsupported(node, "generator functions (yield)"));
        }
        if scope.is_coroutine {
            return Err(self.file.unsupported(node, "coroutines"));
        }

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
        let fid = self.lower_body(scope_id, name, &qualname, args, body, self.line_of(node))?;
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
                values.push(self.expr(ann)?);
            }
        }
        if let Some(r) = returns {
            keys.push(self.load_const(Const::str("return")));
            values.push(self.expr(r)?);
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
    ) -> CResult<FuncId> {
        let fid = self.functions.len() as FuncId;
        self.functions.push(None);
        let builder = FnBuilder::new(scope_id, FuncKind::Function, name, qualname, line);
        let outer = std::mem::replace(&mut self.b, builder);
        let outer_blocks = std::mem::take(&mut self.fblocks);
        let result = self.function_body(scope_id, args, body);
        self.fblocks = outer_blocks;
        let slot_names: Vec<String> = self.b.f.slots.clone();
        self.b.f.slot_names = slot_names.iter().map(|n| self.pool.name(n)).collect();
        let inner = std::mem::replace(&mut self.b, outer);
        result?;
        self.functions[fid as usize] = Some(inner.finish());
        Ok(fid)
    }

    fn function_body(&mut self, scope_id: usize, args: &ast::Arguments, body: FnBody<'a, '_>) -> CResult<()> {
        let scope = self.table.get(scope_id);
        self.b.f.params = Params {
            posonly: args.posonlyargs.len() as u32,
            positional: (args.posonlyargs.len() + args.args.len()) as u32,
            kwonly: args.kwonlyargs.len() as u32,
            varargs: args.vararg.is_some(),
            varkw: args.kwarg.is_some(),
        };
        // Slot layout as CPython's localsplus: params, locals, cells, frees.
        for p in &scope.params {
            self.b.add_slot(p);
        }
        for sym in &scope.symbols {
            if sym.binding == Binding::Local {
                self.b.add_slot(&sym.name);
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
#[derive(Clone, Copy)]
enum FnBody<'s, 'e> {
    Stmts(&'s [Stmt]),
    Expr(&'e Expr),
}
