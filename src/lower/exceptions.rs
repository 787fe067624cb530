//! `try`/`except`/`else`/`finally`, `with`, and leaving them early.
//!
//! A protected region is `PushHandler(h) .. PopHandler`; the handler entry adds this
//! frame's traceback entry once. Handlers save and restore the handled exception, so
//! `sys.exc_info()`, bare `raise` and `__context__` chaining behave as in CPython.
//! `return`/`break`/`continue` unwind the enclosing blocks inline (running `finally`
//! bodies, calling `__exit__`, restoring exception state), as CPython's
//! `compiler_unwind_fblock` does.

use super::Lowerer;
use crate::constants::Const;
use crate::diag::CResult;
use crate::ir::{Instr, Label, Temp};
use crate::parse::ast::{self, Stmt};

/// What leaving a block early must undo.
#[derive(Clone)]
pub(super) enum FBlock<'a> {
    Loop { continue_to: Label, break_to: Label },
    TryExcept { handler: Label },
    TryFinally { handler: Label, body: &'a [Stmt] },
    /// Inside an except clause, or a finally body run for an exception.
    HandlerBody { cleanup: Label, exc: Temp, prev: Temp },
    /// Inside an except* clause: `break`, `continue` and `return` may not leave it.
    StarHandlerBody,
    With { handler: Label, exit: Temp, is_async: bool },
}

impl<'a> Lowerer<'a> {
    /// Temps taken since `mark` (each once): a handler drops whatever of them is live.
    fn taken_since(&self, mark: usize) -> Vec<Temp> {
        let mut v: Vec<Temp> = self.b.taken[mark..].to_vec();
        v.sort();
        v.dedup();
        v
    }

    /// Undoes enclosing blocks before `return` (all of them) or `break`/`continue`
    /// (up to the innermost loop, returned). Returns the handlers popped, to push back
    /// after the jump so the lexical handler state of the following code is unchanged.
    pub(super) fn unwind_fblocks(&mut self, s: &Stmt, to_loop: bool) -> CResult<(Vec<Label>, Option<(Label, Label)>)> {
        let mut popped = Vec::new();
        let mut i = self.fblocks.len();
        while i > 0 {
            i -= 1;
            match self.fblocks[i].clone() {
                FBlock::Loop { continue_to, break_to } => {
                    if to_loop {
                        return Ok((popped, Some((continue_to, break_to))));
                    }
                }
                FBlock::StarHandlerBody => {
                    return Err(self.file.error_at(s, "'break', 'continue' and 'return' cannot appear in an except* block"));
                }
                FBlock::TryExcept { handler } => {
                    self.emit(Instr::PopHandler);
                    popped.push(handler);
                }
                FBlock::TryFinally { handler, body } => {
                    self.emit(Instr::PopHandler);
                    popped.push(handler);
                    // The finally body runs outside its own block (and those above it).
                    let saved = self.fblocks.split_off(i);
                    let r = self.stmts(body);
                    self.fblocks.extend(saved);
                    r?;
                }
                FBlock::HandlerBody { cleanup, exc, prev } => {
                    self.emit(Instr::PopHandler);
                    popped.push(cleanup);
                    self.emit(Instr::RestoreExcInfo { prev });
                    self.emit(Instr::Reset(exc));
                }
                FBlock::With { handler, exit, is_async } => {
                    self.emit(Instr::PopHandler);
                    popped.push(handler);
                    let r = self.with_exit(exit, None, is_async);
                    self.clear(r);
                    self.emit(Instr::Reset(exit));
                }
            }
        }
        Ok((popped, None))
    }

    pub(super) fn restore_handlers(&mut self, popped: Vec<Label>) {
        for h in popped.into_iter().rev() {
            self.emit(Instr::PushHandler(h));
        }
    }

    pub(super) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CResult<()> {
        let try_except = |this: &mut Self| if star { this.try_except_star(body, handlers, orelse) } else { this.try_except(body, handlers, orelse) };
        if finalbody.is_empty() {
            return try_except(self);
        }
        let hf = self.label();
        let end = self.label();
        self.emit(Instr::PushHandler(hf));
        self.fblocks.push(FBlock::TryFinally { handler: hf, body: finalbody });
        let mark = self.b.taken.len();
        let r = try_except(self);
        self.fblocks.pop();
        r?;
        self.emit(Instr::PopHandler);
        let live = self.taken_since(mark);
        self.stmts(finalbody)?;
        self.emit(Instr::Jump(end));

        // The exception path: run the finally body with the exception being handled.
        self.emit(Instr::HandlerLabel(hf));
        let (exc, prev, hc) = self.enter_handler(live);
        self.fblocks.push(FBlock::HandlerBody { cleanup: hc, exc, prev });
        let r = self.stmts(finalbody);
        self.fblocks.pop();
        r?;
        self.emit(Instr::PopHandler);
        self.emit(Instr::RestoreExcInfo { prev });
        self.emit(Instr::Reraise { exc });
        self.cleanup_handler(hc, exc, prev);
        self.emit(Instr::Label(end));
        self.clear(exc);
        self.clear(prev);
        Ok(())
    }

    /// A handler's entry: drop what the protected body left live, take the exception
    /// as the handled one, and protect what follows with a cleanup handler.
    fn enter_handler(&mut self, live: Vec<Temp>) -> (Temp, Temp, Label) {
        for t in live {
            self.emit(Instr::Reset(t));
        }
        let (exc, prev) = (self.temp(), self.temp());
        self.emit(Instr::CatchException { exc, prev });
        let hc = self.label();
        self.emit(Instr::PushHandler(hc));
        (exc, prev, hc)
    }

    /// An exception raised while handling another: restore the saved state, propagate.
    fn cleanup_handler(&mut self, hc: Label, exc: Temp, prev: Temp) {
        self.emit(Instr::HandlerLabel(hc));
        self.emit(Instr::RestoreExcInfo { prev });
        self.emit(Instr::Reset(exc));
        self.emit(Instr::Propagate);
    }

    /// The common start of `try/except` and `try/except*`: the protected body, then `else`
    /// and a jump to the returned end label; then the handler entry, which catches the
    /// exception (returned with the saved previous one and the cleanup handler's label).
    fn try_body_then_catch(&mut self, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<(Temp, Temp, Label, Label)> {
        let h = self.label();
        let end = self.label();
        self.emit(Instr::PushHandler(h));
        self.fblocks.push(FBlock::TryExcept { handler: h });
        let mark = self.b.taken.len();
        let r = self.stmts(body);
        self.fblocks.pop();
        r?;
        self.emit(Instr::PopHandler);
        let live = self.taken_since(mark);
        self.stmts(orelse)?;
        self.emit(Instr::Jump(end));
        self.emit(Instr::HandlerLabel(h));
        let (exc, prev, hc) = self.enter_handler(live);
        Ok((exc, prev, hc, end))
    }

    /// `except E as name`: binds the caught exception (or except*'s matched part).
    fn bind_handler_name(&mut self, handler: &ast::ExceptHandlerExceptHandler, exc: Temp) -> CResult<()> {
        if let Some(name) = &handler.name {
            let d = self.temp();
            self.emit(Instr::Dup { dst: d, src: exc });
            self.store_name(name.as_str(), d, handler)?;
        }
        Ok(())
    }

    /// The clause ends with `name = None; del name`, as in CPython.
    fn unbind_handler_name(&mut self, handler: &ast::ExceptHandlerExceptHandler) -> CResult<()> {
        if let Some(name) = &handler.name {
            let none = self.load_const(Const::None);
            self.store_name(name.as_str(), none, handler)?;
            self.delete_name(name.as_str(), handler)?;
        }
        Ok(())
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ast::ExceptHandler], orelse: &'a [Stmt]) -> CResult<()> {
        if handlers.is_empty() {
            self.stmts(body)?;
            return self.stmts(orelse);
        }
        let (exc, prev, hc, end) = self.try_body_then_catch(body, orelse)?;
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            let next = self.label();
            self.line(handler);
            if let Some(typ) = &handler.type_ {
                let t = self.expr(typ)?;
                self.line(handler);
                let c = self.cond();
                self.emit(Instr::ExcMatch { dst: c, exc, typ: t });
                self.clear(t);
                let matched = self.label();
                self.emit(Instr::Branch { cond: c, if_true: matched, if_false: next });
                self.emit(Instr::Label(matched));
            }
            self.bind_handler_name(handler, exc)?;
            self.fblocks.push(FBlock::HandlerBody { cleanup: hc, exc, prev });
            let r = self.stmts(&handler.body);
            self.fblocks.pop();
            r?;
            self.unbind_handler_name(handler)?;
            self.emit(Instr::PopHandler);
            self.emit(Instr::RestoreExcInfo { prev });
            self.emit(Instr::Reset(exc));
            self.emit(Instr::Jump(end));
            self.emit(Instr::PushHandler(hc));
            self.emit(Instr::Label(next));
            if handler.type_.is_none() {
                break;
            }
        }
        // No clause matched: the exception goes on (its traceback entry is already added).
        self.emit(Instr::PopHandler);
        self.emit(Instr::RestoreExcInfo { prev });
        self.emit(Instr::Reraise { exc });
        self.cleanup_handler(hc, exc, prev);
        self.emit(Instr::Label(end));
        self.clear(exc);
        self.clear(prev);
        Ok(())
    }

    /// `try: ... except* T as e: ...`, as CPython's compiler_try_star_except: each clause
    /// takes its part of what is still unhandled; what the clauses raise, plus what none
    /// matched, is combined by PREP_RERAISE_STAR and raised again.
    fn try_except_star(&mut self, body: &'a [Stmt], handlers: &'a [ast::ExceptHandler], orelse: &'a [Stmt]) -> CResult<()> {
        let (exc, prev, hc, end) = self.try_body_then_catch(body, orelse)?;
        let (rest, raised) = (self.temp(), self.temp());
        self.emit(Instr::Dup { dst: rest, src: exc });
        self.emit(Instr::BuildList { dst: raised, items: vec![] });
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            let next = self.label();
            self.line(handler);
            let Some(typ) = &handler.type_ else {
                return Err(self.file.error_at(handler, "expected one or more exception types"));
            };
            let t = self.expr(typ)?;
            self.line(handler);
            let (m, c) = (self.temp(), self.cond());
            self.emit(Instr::ExceptStarMatch { dst: m, matched: c, rest, typ: t });
            self.clear(t);
            let matched = self.label();
            self.emit(Instr::Branch { cond: c, if_true: matched, if_false: next });
            self.emit(Instr::Label(matched));
            self.bind_handler_name(handler, m)?;
            // What the clause raises is collected, not propagated.
            let hs = self.label();
            let done = self.label();
            self.emit(Instr::PushHandler(hs));
            self.fblocks.push(FBlock::StarHandlerBody);
            let mark = self.b.taken.len();
            let r = self.stmts(&handler.body);
            self.fblocks.pop();
            r?;
            self.emit(Instr::PopHandler);
            let live = self.taken_since(mark);
            self.emit(Instr::Jump(done));
            self.emit(Instr::HandlerLabel(hs));
            for t in live {
                self.emit(Instr::Reset(t));
            }
            let e = self.temp();
            self.emit(Instr::FetchRaised { dst: e });
            self.emit(Instr::ListAppend { list: raised, item: e });
            self.emit(Instr::Label(done));
            self.unbind_handler_name(handler)?;
            self.emit(Instr::Label(next));
            self.clear(m);
        }
        self.emit(Instr::ListAppend { list: raised, item: rest });
        let (res, c) = (self.temp(), self.cond());
        self.emit(Instr::PrepReraiseStar { dst: res, raise_it: c, orig: exc, list: raised });
        self.clear(raised);
        self.emit(Instr::PopHandler);
        self.emit(Instr::RestoreExcInfo { prev });
        self.emit(Instr::Reset(exc));
        let (reraise, handled) = (self.label(), self.label());
        self.emit(Instr::Branch { cond: c, if_true: reraise, if_false: handled });
        self.emit(Instr::Label(reraise));
        self.emit(Instr::Reraise { exc: res });
        self.emit(Instr::Label(handled));
        self.emit(Instr::Reset(res));
        self.emit(Instr::Jump(end));
        self.cleanup_handler(hc, exc, prev);
        self.emit(Instr::Label(end));
        self.clear(res);
        self.clear(exc);
        self.clear(prev);
        Ok(())
    }

    /// `__exit__(...)` (awaited for `async with`): its result.
    fn with_exit(&mut self, exit: Temp, exc: Option<Temp>, is_async: bool) -> Temp {
        let r = self.temp();
        self.emit(Instr::WithExit { dst: r, exit, exc });
        if is_async {
            self.awaited(r, 2)
        } else {
            r
        }
    }

    pub(super) fn with_stmt(&mut self, s: &Stmt, items: &'a [ast::WithItem], body: &'a [Stmt], is_async: bool) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        if is_async && !matches!(self.b.f.coro, crate::ir::CoroKind::Coroutine | crate::ir::CoroKind::AsyncGenerator) {
            return Err(self.file.error_at(s, "'async with' outside async function"));
        }
        let mgr = self.expr(&item.context_expr)?;
        self.line(&item.context_expr);
        let (mut res, exit) = (self.temp(), self.temp());
        if is_async {
            self.emit(Instr::AsyncWithEnter { dst: res, exit, mgr });
            self.clear(mgr);
            res = self.awaited(res, 1);
        } else {
            self.emit(Instr::WithEnter { dst: res, exit, mgr });
            self.clear(mgr);
        }
        let hw = self.label();
        let end = self.label();
        self.emit(Instr::PushHandler(hw));
        self.fblocks.push(FBlock::With { handler: hw, exit, is_async });
        let mark = self.b.taken.len();
        let r = (|| {
            match &item.optional_vars {
                Some(target) => self.assign(target, res)?,
                None => self.clear(res),
            }
            if rest.is_empty() {
                self.stmts(body)
            } else {
                self.with_stmt(s, rest, body, is_async)
            }
        })();
        self.fblocks.pop();
        r?;
        self.emit(Instr::PopHandler);
        let live = self.taken_since(mark);
        self.line(s);
        let r = self.with_exit(exit, None, is_async);
        self.clear(r);
        self.emit(Instr::Jump(end));

        self.emit(Instr::HandlerLabel(hw));
        let (exc, prev, hc) = self.enter_handler(live);
        // WITH_EXCEPT_START is at the `with` statement's line.
        self.line(s);
        let r2 = self.with_exit(exit, Some(exc), is_async);
        let c = self.cond();
        self.emit(Instr::Truth { dst: c, src: r2 });
        self.clear(r2);
        self.emit(Instr::PopHandler);
        let (suppress, reraise) = (self.label(), self.label());
        self.emit(Instr::Branch { cond: c, if_true: suppress, if_false: reraise });
        self.emit(Instr::Label(suppress));
        self.emit(Instr::RestoreExcInfo { prev });
        self.emit(Instr::Reset(exc));
        self.emit(Instr::Jump(end));
        self.emit(Instr::Label(reraise));
        self.emit(Instr::RestoreExcInfo { prev });
        self.emit(Instr::Reraise { exc });
        self.cleanup_handler(hc, exc, prev);
        self.emit(Instr::Label(end));
        for t in [exit, exc, prev] {
            self.clear(t);
        }
        Ok(())
    }
}
