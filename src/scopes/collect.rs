//! Pass 1 of scope analysis: CPython's `symtable_visit_*` functions.
//!
//! Records DEF_*/USE flags per block. Like CPython, default values, decorators,
//! annotations, class bases and a comprehension's first iterable are visited in the
//! enclosing block; everything else in the block they belong to.

use rustpython_parser::ast::Ranged;

use super::*;
use crate::diag::CompileError;
use crate::parse::ast::{self, Expr, Stmt};

pub(super) fn collect(file: &SourceFile) -> CResult<SymbolTable> {
    let mut c = Collector { file, scopes: vec![Scope::new(ScopeKind::Module, "top", None, 0)], cur: 0, by_start: HashMap::new() };
    for stmt in &file.body {
        c.stmt(stmt)?;
    }
    Ok(SymbolTable { scopes: c.scopes, by_start: c.by_start })
}

struct Collector<'a> {
    file: &'a SourceFile,
    scopes: Vec<Scope>,
    cur: ScopeId,
    by_start: HashMap<(u32, u8), ScopeId>,
}

impl<'a> Collector<'a> {
    fn err<T: Ranged>(&self, node: &T, msg: String) -> CompileError {
        self.file.error_at(node, msg)
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn add_def(&mut self, name: &str, flags: u32) {
        let name = mangle(self.class_name().as_deref(), name);
        self.scope().add_flags(&name, flags);
        // CPython also records every `global` declaration in the module's table (st_global).
        if flags & DEF_GLOBAL != 0 && self.cur != 0 {
            self.scopes[0].add_flags(&name, DEF_GLOBAL);
        }
    }

    /// The name private names are mangled with (the innermost enclosing class).
    fn class_name(&self) -> Option<String> {
        let mut id = Some(self.cur);
        while let Some(i) = id {
            if self.scopes[i].kind == ScopeKind::Class {
                return Some(self.scopes[i].name.clone());
            }
            id = self.scopes[i].parent;
        }
        None
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, start: u32, node: NodeKind) -> ScopeId {
        let parent = self.cur;
        let mut s = Scope::new(kind, name, Some(parent), start);
        let p = &self.scopes[parent];
        s.nested = p.nested || p.kind == ScopeKind::Function;
        let id = self.scopes.len();
        self.scopes.push(s);
        self.scopes[parent].children.push(id);
        self.by_start.insert((start, node as u8), id);
        self.cur = id;
        id
    }

    fn leave(&mut self, parent: ScopeId) {
        self.cur = parent;
    }

    fn stmts(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => {
                self.function(s, f.name.as_str(), &f.args, &f.decorator_list, f.returns.as_deref(), &f.body, false)
            }
            Stmt::AsyncFunctionDef(f) => {
                self.function(s, f.name.as_str(), &f.args, &f.decorator_list, f.returns.as_deref(), &f.body, true)
            }
            Stmt::ClassDef(c) => {
                self.add_def(c.name.as_str(), DEF_LOCAL);
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(&c.decorator_list)?;
                let parent = self.cur;
                self.enter(ScopeKind::Class, c.name.as_str(), u32::from(s.start()), NodeKind::Class);
                self.stmts(&c.body)?;
                self.leave(parent);
                Ok(())
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
                Ok(())
            }
            Stmt::Delete(d) => self.exprs(&d.targets),
            Stmt::Assign(a) => {
                self.exprs(&a.targets)?;
                self.expr(&a.value)
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                self.expr(&a.value)
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.scope().flags(n.id.as_str());
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let what = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(self.err(s, format!("annotated name '{}' can't be {}", n.id, what)));
                    }
                    if a.simple {
                        self.add_def(n.id.as_str(), DEF_ANNOT | DEF_LOCAL);
                    } else if a.value.is_some() {
                        self.add_def(n.id.as_str(), DEF_LOCAL);
                    }
                } else {
                    self.expr(&a.target)?;
                }
                self.expr(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                Ok(())
            }
            Stmt::For(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)
            }
            Stmt::AsyncFor(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)
            }
            Stmt::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
                Ok(())
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                self.stmts(&t.orelse)?;
                self.handlers(&t.handlers)?;
                self.stmts(&t.finalbody)
            }
            Stmt::TryStar(t) => {
                self.stmts(&t.body)?;
                self.stmts(&t.orelse)?;
                self.handlers(&t.handlers)?;
                self.stmts(&t.finalbody)
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
                Ok(())
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.import_alias(s, alias)?;
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.import_alias(s, alias)?;
                }
                Ok(())
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    self.declare(s, name.as_str(), DEF_GLOBAL)?;
                }
                Ok(())
            }
            Stmt::Nonlocal(g) => {
                for name in &g.names {
                    self.declare(s, name.as_str(), DEF_NONLOCAL)?;
                }
                Ok(())
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
            Stmt::TypeAlias(_) => Err(self.err(s, "type alias statements are Python 3.12 syntax".into())),
        }
    }

    fn handlers(&mut self, handlers: &[ast::ExceptHandler]) -> CResult<()> {
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(t) = &h.type_ {
                self.expr(t)?;
            }
            if let Some(n) = &h.name {
                self.add_def(n.as_str(), DEF_LOCAL);
            }
            self.stmts(&h.body)?;
        }
        Ok(())
    }

    /// `global` / `nonlocal` with CPython's checks against earlier uses in the block.
    fn declare(&mut self, s: &Stmt, name: &str, flag: u32) -> CResult<()> {
        let cur = self.scope().flags(name);
        let what = if flag == DEF_GLOBAL { "global" } else { "nonlocal" };
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{}' is parameter and {}", name, what)
            } else if cur & USE != 0 {
                format!("name '{}' is used prior to {} declaration", name, what)
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{}' can't be {}", name, what)
            } else {
                format!("name '{}' is assigned to before {} declaration", name, what)
            };
            return Err(self.err(s, msg));
        }
        if flag == DEF_NONLOCAL && self.cur == 0 {
            return Err(self.err(s, "nonlocal declaration not allowed at module level".into()));
        }
        if (flag == DEF_GLOBAL && cur & DEF_NONLOCAL != 0) || (flag == DEF_NONLOCAL && cur & DEF_GLOBAL != 0) {
            return Err(self.err(s, format!("name '{}' is nonlocal and global", name)));
        }
        self.add_def(name, flag);
        let pos = self.file.pos_of(s);
        self.scope().decl_pos.entry(name.to_string()).or_insert(pos);
        Ok(())
    }

    fn import_alias(&mut self, s: &Stmt, alias: &ast::Alias) -> CResult<()> {
        let full = alias.name.as_str();
        if full == "*" {
            if self.cur != 0 && self.scopes[self.cur].kind != ScopeKind::Module {
                return Err(self.err(s, "import * only allowed at module level".into()));
            }
            return Ok(());
        }
        let stored = match &alias.asname {
            Some(a) => a.as_str().to_string(),
            None => full.split('.').next().unwrap_or(full).to_string(),
        };
        self.add_def(&stored, DEF_IMPORT);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        s: &Stmt,
        name: &str,
        args: &ast::Arguments,
        decorators: &[Expr],
        returns: Option<&Expr>,
        body: &[Stmt],
        is_async: bool,
    ) -> CResult<()> {
        self.add_def(name, DEF_LOCAL);
        self.defaults(args)?;
        self.annotations(args)?;
        if let Some(r) = returns {
            self.expr(r)?;
        }
        self.exprs(decorators)?;
        let parent = self.cur;
        self.enter(ScopeKind::Function, name, u32::from(s.start()), NodeKind::Function);
        self.scope().is_coroutine = is_async;
        self.params(s, args)?;
        self.stmts(body)?;
        self.leave(parent);
        Ok(())
    }

    fn defaults(&mut self, args: &ast::Arguments) -> CResult<()> {
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn annotations(&mut self, args: &ast::Arguments) -> CResult<()> {
        let all = args.posonlyargs.iter().chain(args.args.iter()).chain(args.kwonlyargs.iter()).map(|a| &a.def);
        for a in all.chain(args.vararg.as_deref()).chain(args.kwarg.as_deref()) {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params<T: Ranged>(&mut self, at: &T, args: &ast::Arguments) -> CResult<()> {
        let mut names: Vec<&str> = Vec::new();
        for a in args.posonlyargs.iter().chain(args.args.iter()) {
            names.push(a.def.arg.as_str());
        }
        // co_varnames order: positional, keyword-only, then *args, **kwargs.
        for a in &args.kwonlyargs {
            names.push(a.def.arg.as_str());
        }
        if let Some(v) = &args.vararg {
            names.push(v.arg.as_str());
        }
        if let Some(k) = &args.kwarg {
            names.push(k.arg.as_str());
        }
        for n in names {
            // Parameters are mangled like every other name (`__obj` of a method of class
            // Context is the local `_Context__obj`), the message names them as written.
            let mangled = mangle(self.class_name().as_deref(), n);
            if self.scope().flags(&mangled) & DEF_PARAM != 0 {
                return Err(self.err(at, format!("duplicate argument '{}' in function definition", n)));
            }
            self.add_def(n, DEF_PARAM);
            self.scope().params.push(mangled);
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> CResult<()> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => self.exprs(&b.values),
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.named_expr_target(e, &n.target)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.defaults(&l.args)?;
                let parent = self.cur;
                self.enter(ScopeKind::Function, "lambda", u32::from(e.start()), NodeKind::Lambda);
                self.params(e, &l.args)?;
                self.expr(&l.body)?;
                self.leave(parent);
                Ok(())
            }
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(&d.values)
            }
            Expr::Set(s) => self.exprs(&s.elts),
            Expr::ListComp(c) => self.comprehension(e, "listcomp", &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(e, "setcomp", &c.generators, &[&c.elt]),
            Expr::DictComp(c) => self.comprehension(e, "dictcomp", &c.generators, &[&c.key, &c.value]),
            Expr::GeneratorExp(c) => self.comprehension(e, "genexpr", &c.generators, &[&c.elt]),
            Expr::Await(a) => {
                self.scope().is_coroutine = true;
                self.expr(&a.value)
            }
            Expr::Yield(y) => {
                self.scope().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
                Ok(())
            }
            Expr::YieldFrom(y) => {
                self.scope().is_generator = true;
                self.expr(&y.value)
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                self.exprs(&c.args)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                Ok(())
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(spec) = &f.format_spec {
                    self.expr(spec)?;
                }
                Ok(())
            }
            Expr::JoinedStr(j) => self.exprs(&j.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add_def(n.id.as_str(), flag);
                // Zero-argument super() needs the implicit __class__ cell.
                if n.ctx == ast::ExprContext::Load
                    && n.id.as_str() == "super"
                    && self.scopes[self.cur].kind == ScopeKind::Function
                {
                    self.scope().add_flags("__class__", USE);
                }
                Ok(())
            }
            Expr::List(l) => self.exprs(&l.elts),
            Expr::Tuple(t) => self.exprs(&t.elts),
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part)?;
                }
                Ok(())
            }
        }
    }

    /// A comprehension: first iterable in the enclosing block, the rest in its own.
    fn comprehension(&mut self, e: &Expr, name: &str, gens: &[ast::Comprehension], elts: &[&Expr]) -> CResult<()> {
        self.expr(&gens[0].iter)?;
        let parent = self.cur;
        let is_generator = name == "genexpr";
        self.enter(ScopeKind::Function, name, u32::from(e.start()), NodeKind::Comprehension);
        self.scope().is_comprehension = true;
        self.scope().is_generator = is_generator;
        if gens.iter().any(|g| g.is_async) {
            self.scope().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM);
        self.scope().params.push(".0".to_string());
        for (i, g) in gens.iter().enumerate() {
            self.comp_target(&g.target)?;
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.exprs(&g.ifs)?;
        }
        for elt in elts {
            self.expr(elt)?;
        }
        self.leave(parent);
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => {
                self.add_def(n.id.as_str(), DEF_LOCAL | DEF_COMP_ITER);
                Ok(())
            }
            Expr::Tuple(tu) => tu.elts.iter().try_for_each(|x| self.comp_target(x)),
            Expr::List(l) => l.elts.iter().try_for_each(|x| self.comp_target(x)),
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.expr(other),
        }
    }

    /// `:=` binds in the nearest enclosing non-comprehension block (PEP 572).
    fn named_expr_target(&mut self, e: &Expr, target: &Expr) -> CResult<()> {
        let Expr::Name(n) = target else {
            return Err(self.err(e, "cannot use assignment expressions with this target".into()));
        };
        let name = n.id.as_str();
        if !self.scopes[self.cur].is_comprehension {
            self.add_def(name, DEF_LOCAL);
            return Ok(());
        }
        let mut id = self.cur;
        loop {
            let s = &self.scopes[id];
            if s.is_comprehension {
                if s.flags(name) & DEF_COMP_ITER != 0 {
                    return Err(self.err(
                        e,
                        format!("assignment expression cannot rebind comprehension iteration variable '{}'", name),
                    ));
                }
                id = s.parent.expect("comprehension has a parent");
                continue;
            }
            match s.kind {
                ScopeKind::Function => {
                    self.scopes[id].add_flags(name, DEF_LOCAL);
                    self.scopes[self.cur].add_flags(name, DEF_NONLOCAL);
                }
                ScopeKind::Module => {
                    self.scopes[id].add_flags(name, DEF_GLOBAL);
                    self.scopes[self.cur].add_flags(name, DEF_GLOBAL);
                }
                ScopeKind::Class => {
                    return Err(self.err(e, "assignment expression within a comprehension cannot be used in a class body".into()));
                }
            }
            // Intermediate comprehensions see the name as free, CPython marks them nonlocal too.
            let mut mid = self.scopes[self.cur].parent;
            while let Some(m) = mid {
                if m == id {
                    break;
                }
                let flag = if self.scopes[id].kind == ScopeKind::Module { DEF_GLOBAL } else { DEF_NONLOCAL };
                self.scopes[m].add_flags(name, flag);
                mid = self.scopes[m].parent;
            }
            return Ok(());
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) -> CResult<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(s) => s.patterns.iter().try_for_each(|x| self.pattern(x)),
            P::MatchMapping(m) => {
                self.exprs(&m.keys)?;
                m.patterns.iter().try_for_each(|x| self.pattern(x))?;
                if let Some(r) = &m.rest {
                    self.add_def(r.as_str(), DEF_LOCAL);
                }
                Ok(())
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                c.patterns.iter().try_for_each(|x| self.pattern(x))?;
                c.kwd_patterns.iter().try_for_each(|x| self.pattern(x))
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n.as_str(), DEF_LOCAL);
                }
                Ok(())
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n.as_str(), DEF_LOCAL);
                }
                Ok(())
            }
            P::MatchOr(o) => o.patterns.iter().try_for_each(|x| self.pattern(x)),
        }
    }
}

/// Private name mangling (`__x` in class `C` -> `_C__x`), as CPython's `_Py_Mangle`.
pub fn mangle(class_name: Option<&str>, name: &str) -> String {
    let Some(class) = class_name else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{}{}", stripped, name)
}

