//! Statements: assignment targets, control flow, imports.

use super::exceptions::FBlock;
use super::Lowerer;
use crate::constants::Const;
use crate::diag::CResult;
use crate::ir::{Instr, Temp};
use crate::parse::ast::{self, Expr, Stmt};
use crate::scopes::ScopeKind;

/// Whether a module/class body needs `__annotations__` (CPython's `find_ann`).
pub(super) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        Stmt::AsyncFor(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::AsyncWith(w) => has_annotations(&w.body),
        Stmt::Try(ast::StmtTry { body, handlers, orelse, finalbody, .. })
        | Stmt::TryStar(ast::StmtTryStar { body, handlers, orelse, finalbody, .. }) => {
            has_annotations(body)
                || has_annotations(orelse)
                || has_annotations(finalbody)
                || handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

impl<'a> Lowerer<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.line(s);
        match s {
            Stmt::Expr(e) => {
                let t = self.expr(&e.value)?;
                self.clear(t);
                Ok(())
            }
            Stmt::Assign(a) => {
                let v = self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    let src = if i + 1 == n {
                        v
                    } else {
                        let d = self.temp();
                        self.emit(Instr::Dup { dst: d, src: v });
                        d
                    };
                    self.assign(t, src)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(s, a),
            Stmt::Pass(_) => Ok(()),
            Stmt::If(i) => {
                let (yes, no, end) = (self.label(), self.label(), self.label());
                self.branch(&i.test, yes, no)?;
                self.emit(Instr::Label(yes));
                self.stmts(&i.body)?;
                self.emit(Instr::Jump(end));
                self.emit(Instr::Label(no));
                self.stmts(&i.orelse)?;
                self.emit(Instr::Label(end));
                Ok(())
            }
            Stmt::While(w) => {
                let (top, body, orelse, end) = (self.label(), self.label(), self.label(), self.label());
                self.emit(Instr::Label(top));
                self.line(&*w.test);
                self.branch(&w.test, body, orelse)?;
                self.emit(Instr::Label(body));
                self.fblocks.push(FBlock::Loop { continue_to: top, break_to: end });
                let r = self.stmts(&w.body);
                self.fblocks.pop();
                r?;
                self.emit(Instr::Jump(top));
                self.emit(Instr::Label(orelse));
                self.stmts(&w.orelse)?;
                self.emit(Instr::Label(end));
                Ok(())
            }
            Stmt::For(f) => self.for_stmt(s, &f.target, &f.iter, &f.body, &f.orelse, false),
            Stmt::Break(_) | Stmt::Continue(_) => {
                let is_break = matches!(s, Stmt::Break(_));
                if !self.fblocks.iter().any(|b| matches!(b, FBlock::Loop { .. })) {
                    let msg = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
                    return Err(self.file.error_at(s, msg));
                }
                let (popped, target) = self.unwind_fblocks(s, true)?;
                let (continue_to, break_to) = target.expect("a loop encloses this statement");
                self.emit(Instr::Jump(if is_break { break_to } else { continue_to }));
                self.restore_handlers(popped);
                Ok(())
            }
            Stmt::Return(r) => {
                if self.scope_kind() != ScopeKind::Function {
                    return Err(self.file.error_at(s, "'return' outside function"));
                }
                if r.value.is_some() && self.b.f.coro == crate::ir::CoroKind::AsyncGenerator {
                    return Err(self.file.error_at(s, "'return' with value in async generator"));
                }
                let v = match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                };
                let (popped, _) = self.unwind_fblocks(s, false)?;
                self.emit(Instr::Return { src: v });
                self.restore_handlers(popped);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(s, i),
            Stmt::FunctionDef(f) => {
                self.function_def(s, f.name.as_str(), &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), false)
            }
            Stmt::Raise(r) => {
                let exc = r.exc.as_ref().map(|e| self.expr(e)).transpose()?;
                let cause = r.cause.as_ref().map(|e| self.expr(e)).transpose()?;
                self.line(s);
                self.emit(Instr::Raise { exc, cause });
                Ok(())
            }
            Stmt::Assert(a) => {
                let (ok, fail) = (self.label(), self.label());
                self.branch(&a.test, ok, fail)?;
                self.emit(Instr::Label(fail));
                let msg = a.msg.as_ref().map(|m| self.expr(m)).transpose()?;
                self.line(s);
                self.emit(Instr::AssertFail { msg });
                self.emit(Instr::Label(ok));
                Ok(())
            }
            Stmt::AsyncFunctionDef(f) => {
                self.function_def(s, f.name.as_str(), &f.args, &f.body, &f.decorator_list, f.returns.as_deref(), true)
            }
            Stmt::ClassDef(c) => self.class_def(s, c),
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody, false),
            Stmt::TryStar(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody, true),
            Stmt::With(w) => self.with_stmt(s, &w.items, &w.body, false),
            Stmt::AsyncWith(w) => self.with_stmt(s, &w.items, &w.body, true),
            Stmt::AsyncFor(f) => self.for_stmt(s, &f.target, &f.iter, &f.body, &f.orelse, true),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::TypeAlias(_) => Err(self.file.error_at(s, "type alias statements are Python 3.12 syntax")),
        }
    }

    /// Stores `v` (stolen) into an assignment target.
    pub(super) fn assign(&mut self, target: &Expr, v: Temp) -> CResult<()> {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str(), v, target),
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                self.line(target);
                let name = self.mangle(a.attr.as_str());
                let name = self.name_const(&name);
                self.emit(Instr::SetAttr { obj, name, val: v });
                self.clear(obj);
                self.clear(v);
                Ok(())
            }
            Expr::Subscript(s) if matches!(&*s.slice, Expr::Slice(sl) if sl.step.is_none()) => {
                let Expr::Slice(sl) = &*s.slice else { unreachable!() };
                let obj = self.expr(&s.value)?;
                let [lower, upper, _] = self.slice_parts(sl)?;
                self.line(target);
                self.emit(Instr::SetSlice { obj, lower, upper, val: v });
                for t in [Some(obj), lower, upper, Some(v)].into_iter().flatten() {
                    self.clear(t);
                }
                Ok(())
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.line(target);
                self.emit(Instr::SetItem { obj, key, val: v });
                self.clear(obj);
                self.clear(key);
                self.clear(v);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.line(target);
                let stars: Vec<usize> =
                    elts.iter().enumerate().filter(|(_, e)| matches!(e, Expr::Starred(_))).map(|(i, _)| i).collect();
                if stars.len() > 1 {
                    return Err(self.file.error_at(target, "multiple starred expressions in assignment"));
                }
                let dsts: Vec<Temp> = elts.iter().map(|_| self.temp()).collect();
                match stars.first() {
                    None => self.emit(Instr::UnpackSequence { src: v, dsts: dsts.clone() }),
                    Some(&i) => self.emit(Instr::UnpackEx {
                        src: v,
                        before: i as u32,
                        after: (elts.len() - i - 1) as u32,
                        dsts: dsts.clone(),
                    }),
                }
                self.clear(v);
                for (e, d) in elts.iter().zip(dsts) {
                    let e = match e {
                        Expr::Starred(s) => &*s.value,
                        other => other,
                    };
                    self.assign(e, d)?;
                }
                Ok(())
            }
            Expr::Starred(_) => Err(self.file.error_at(target, "starred assignment target must be in a list or tuple")),
            _ => Err(self.file.error_at(target, "cannot assign to expression")),
        }
    }

    fn delete(&mut self, target: &Expr) -> CResult<()> {
        self.line(target);
        match target {
            Expr::Name(n) => self.delete_name(n.id.as_str(), target),
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.mangle(a.attr.as_str());
                let name = self.name_const(&name);
                self.emit(Instr::DelAttr { obj, name });
                self.clear(obj);
                Ok(())
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.line(target);
                self.emit(Instr::DelItem { obj, key });
                self.clear(obj);
                self.clear(key);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
                Ok(())
            }
            _ => Err(self.file.error_at(target, "cannot delete expression")),
        }
    }

    /// `cur op= value`: evaluates the value and applies the in-place operator (consumes `cur`).
    fn aug_apply(&mut self, a: &ast::StmtAugAssign, cur: Temp) -> CResult<Temp> {
        let val = self.expr(&a.value)?;
        self.line(&*a.target);
        let res = self.temp();
        self.emit(Instr::Binary { dst: res, op: super::expr::binop(&a.op), inplace: true, a: cur, b: val });
        self.clear(cur);
        self.clear(val);
        Ok(res)
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult<()> {
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(n.id.as_str(), &*a.target)?;
                let res = self.aug_apply(a, cur)?;
                self.store_name(n.id.as_str(), res, &*a.target)
            }
            Expr::Attribute(at) => {
                let obj = self.expr(&at.value)?;
                self.line(&*a.target);
                let name = self.mangle(at.attr.as_str());
                let name = self.name_const(&name);
                let cur = self.temp();
                self.emit(Instr::GetAttr { dst: cur, obj, name });
                let res = self.aug_apply(a, cur)?;
                self.emit(Instr::SetAttr { obj, name, val: res });
                self.clear(obj);
                self.clear(res);
                Ok(())
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.line(&*a.target);
                let cur = self.temp();
                self.emit(Instr::GetItem { dst: cur, obj, key });
                let res = self.aug_apply(a, cur)?;
                self.emit(Instr::SetItem { obj, key, val: res });
                for t in [obj, key, res] {
                    self.clear(t);
                }
                Ok(())
            }
            _ => Err(self.file.error_at(&*a.target, "'expression' is an illegal expression for augmented assignment")),
        }
    }

    /// `x: T = v`. Module level records the annotation in `__annotations__`
    /// (evaluated, as CPython 3.11 does); inside functions annotations are not evaluated.
    fn ann_assign(&mut self, s: &Stmt, a: &ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            let t = self.expr(v)?;
            self.assign(&a.target, t)?;
        }
        if self.scope_kind() == ScopeKind::Function {
            return Ok(());
        }
        match (&*a.target, a.simple) {
            (Expr::Name(n), true) => {
                let ann = self.annotation(&a.annotation)?;
                self.line(s);
                let anns = self.load_name("__annotations__", s)?;
                let key = self.load_const(Const::str(&self.mangle(n.id.as_str())));
                self.emit(Instr::SetItem { obj: anns, key, val: ann });
                for t in [ann, anns, key] {
                    self.clear(t);
                }
            }
            // A complex target without a value has its parts evaluated (compile.c's
            // check_ann_expr); its annotation is evaluated and dropped, or under PEP 563
            // not evaluated at all (check_annotation).
            (target, _) => {
                if a.value.is_none() {
                    let parts: Vec<&Expr> = match target {
                        Expr::Attribute(at) => vec![&at.value],
                        Expr::Subscript(sub) => vec![&sub.value, &sub.slice],
                        _ => vec![],
                    };
                    for p in parts {
                        let t = self.expr(p)?;
                        self.clear(t);
                    }
                }
                if !self.future_annotations {
                    let ann = self.expr(&a.annotation)?;
                    self.clear(ann);
                }
            }
        }
        Ok(())
    }

    fn import(&mut self, i: &ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            let full = alias.name.as_str();
            self.imports.push(full.to_string());
            let name = self.konst(Const::str(full));
            let fromlist = self.konst(Const::None);
            let m = self.temp();
            self.emit(Instr::ImportName { dst: m, name, fromlist, level: 0 });
            match &alias.asname {
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.store_name(top, m, i)?;
                }
                Some(asname) => {
                    // `import a.b.c as d` binds the submodule: IMPORT_FROM for each part.
                    let mut cur = m;
                    for part in full.split('.').skip(1) {
                        let name = self.name_const(part);
                        let next = self.temp();
                        self.emit(Instr::ImportFrom { dst: next, module: cur, name });
                        self.clear(cur);
                        cur = next;
                    }
                    self.store_name(asname.as_str(), cur, i)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, s: &Stmt, i: &ast::StmtImportFrom) -> CResult<()> {
        let level = i.level.as_ref().map_or(0, |l| l.to_u32());
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        // What the build needs to find: the module and, as they may be submodules, the
        // names imported from it; relative ones keep their dots (`..pkg.mod`).
        let base = format!("{}{}", ".".repeat(level as usize), module);
        let sep = if module.is_empty() { "" } else { "." };
        self.imports.push(base.clone());
        for alias in &i.names {
            if alias.name.as_str() != "*" {
                self.imports.push(format!("{}{}{}", base, sep, alias.name.as_str()));
            }
        }
        let names: Vec<Const> = i.names.iter().map(|a| Const::str(a.name.as_str())).collect();
        let fromlist = self.konst(Const::Tuple(names));
        let name = self.konst(Const::str(module));
        let m = self.temp();
        self.emit(Instr::ImportName { dst: m, name, fromlist, level });
        for alias in &i.names {
            if alias.name.as_str() == "*" {
                if self.scope_kind() != ScopeKind::Module {
                    return Err(self.file.error_at(s, "import * only allowed at module level"));
                }
                self.emit(Instr::ImportStar { module: m });
                continue;
            }
            let name = self.name_const(alias.name.as_str());
            let v = self.temp();
            self.emit(Instr::ImportFrom { dst: v, module: m, name });
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(store.as_str(), v, s)?;
        }
        self.clear(m);
        Ok(())
    }

}

impl<'a> Lowerer<'a> {
    /// `f(a, b)`: 1 to 3 positional arguments, none starred, no keywords, `f` not an
    /// attribute (a method call keeps its own lowering).
    fn plain_positional_call(c: &ast::ExprCall) -> bool {
        (1..=3).contains(&c.args.len())
            && c.keywords.is_empty()
            && !c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !matches!(&*c.func, Expr::Attribute(_))
    }

    /// A `for` loop's `f(args)`: CallIter, so `range(...)` needs no range object.
    fn call_iter(&mut self, iter: &Expr, c: &ast::ExprCall) -> CResult<Temp> {
        let func = self.expr(&c.func)?;
        let args = self.call_args(c)?;
        self.line(iter);
        let it = self.temp();
        self.emit(Instr::CallIter { dst: it, func, args: args.clone() });
        self.clear(func);
        for a in args {
            self.clear(a);
        }
        Ok(it)
    }

    /// `for` and `async for` (GET_AITER, then awaiting `__anext__()` per item).
    fn for_stmt(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        if is_async && !matches!(self.b.f.coro, crate::ir::CoroKind::Coroutine | crate::ir::CoroKind::AsyncGenerator) {
            return Err(self.file.error_at(s, "'async for' outside async function"));
        }
        let it = match iter {
            Expr::Call(c) if !is_async && Self::plain_positional_call(c) => self.call_iter(iter, c)?,
            _ => {
                let seq = self.expr(iter)?;
                self.line(iter);
                let it = self.temp();
                if is_async {
                    self.emit(Instr::GetAIter { dst: it, src: seq });
                } else {
                    self.emit(Instr::GetIter { dst: it, src: seq });
                }
                self.clear(seq);
                it
            }
        };
        let (top, on_end, end) = (self.label(), self.label(), self.label());
        self.emit(Instr::Label(top));
        self.line(s);
        let item = if is_async {
            self.async_for_next(it, on_end)
        } else {
            let item = self.temp();
            self.emit(Instr::ForIter { dst: item, iter: it, on_end });
            item
        };
        self.assign(target, item)?;
        self.fblocks.push(FBlock::Loop { continue_to: top, break_to: end });
        let r = self.stmts(body);
        self.fblocks.pop();
        r?;
        self.emit(Instr::Jump(top));
        self.emit(Instr::Label(on_end));
        self.stmts(orelse)?;
        self.emit(Instr::Label(end));
        self.clear(it);
        Ok(())
    }
}
