//! Generators and coroutines: `yield`, `yield from`, `await`, and the checks CPython's
//! compiler makes on where they may appear. The suspension itself is one IR
//! instruction each (`Yield`, `YieldFrom`); the emitter turns a function holding them
//! into a resumable state machine over its frame.

use rustpython_parser::ast::Ranged;

use super::Lowerer;
use crate::constants::Const;
use crate::diag::CResult;
use crate::ir::{CoroKind, Instr, Label, Temp};
use crate::parse::ast::Expr;
use crate::scopes::ScopeKind;

impl<'a> Lowerer<'a> {
    /// `yield` and `yield from` need a function scope; in a comprehension they are errors.
    fn check_yield_context<T: Ranged>(&self, node: &T, what: &str) -> CResult<()> {
        let scope = self.table.get(self.b.scope);
        if scope.kind != ScopeKind::Function {
            return Err(self.file.error_at(node, &format!("'{}' outside function", what)));
        }
        if scope.is_comprehension {
            let kind = match self.b.f.name.as_str() {
                "<listcomp>" => "list comprehension",
                "<setcomp>" => "set comprehension",
                "<dictcomp>" => "dict comprehension",
                _ => "generator expression",
            };
            return Err(self.file.error_at(node, &format!("'{}' inside {}", what, kind)));
        }
        Ok(())
    }

    pub(super) fn yield_expr(&mut self, e: &Expr, value: Option<&Expr>) -> CResult<Temp> {
        self.check_yield_context(e, "yield")?;
        let v = match value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        };
        self.line(e);
        let dst = self.temp();
        self.emit(Instr::Yield { dst, value: v });
        Ok(dst)
    }

    pub(super) fn yield_from_expr(&mut self, e: &Expr, value: &Expr) -> CResult<Temp> {
        self.check_yield_context(e, "yield from")?;
        if self.b.f.coro == CoroKind::AsyncGenerator || self.b.f.coro == CoroKind::Coroutine {
            return Err(self.file.error_at(e, "'yield from' inside async function"));
        }
        let v = self.expr(value)?;
        self.line(e);
        let iter = self.temp();
        self.emit(Instr::GetYieldFromIter { dst: iter, src: v });
        self.clear(v);
        Ok(self.delegate(iter))
    }

    pub(super) fn await_expr(&mut self, e: &Expr, value: &Expr) -> CResult<Temp> {
        let scope = self.table.get(self.b.scope);
        if scope.kind != ScopeKind::Function {
            return Err(self.file.error_at(e, "'await' outside function"));
        }
        if !matches!(self.b.f.coro, CoroKind::Coroutine | CoroKind::AsyncGenerator) {
            return Err(self.file.error_at(e, "'await' outside async function"));
        }
        let v = self.expr(value)?;
        self.line(e);
        Ok(self.awaited(v, 0))
    }

    /// Awaits the object in `v` (cleared): GET_AWAITABLE, then the `yield from` loop.
    pub(super) fn awaited(&mut self, v: Temp, kind: u8) -> Temp {
        let aw = self.temp();
        self.emit(Instr::GetAwaitable { dst: aw, src: v, kind });
        self.clear(v);
        self.delegate(aw)
    }

    /// Runs the delegate in `iter` (stolen) to completion: its return value.
    pub(super) fn delegate(&mut self, iter: Temp) -> Temp {
        let dst = self.temp();
        self.emit(Instr::YieldFrom { dst, iter });
        dst
    }

    /// One step of `async for` over `it`: awaits `it.__anext__()` into the returned temp;
    /// StopAsyncIteration jumps to `end` (END_ASYNC_FOR), other exceptions propagate.
    pub(super) fn async_for_next(&mut self, it: Temp, end: Label) -> Temp {
        let (handler, got, reraise) = (self.label(), self.label(), self.label());
        self.emit(Instr::PushHandler(handler));
        let aw = self.temp();
        self.emit(Instr::GetANext { dst: aw, iter: it });
        let item = self.delegate(aw);
        self.emit(Instr::PopHandler);
        self.emit(Instr::Jump(got));
        self.emit(Instr::HandlerLabel(handler));
        let stop = self.cond();
        self.emit(Instr::EndAsyncFor { dst: stop });
        self.emit(Instr::Branch { cond: stop, if_true: end, if_false: reraise });
        self.emit(Instr::Label(reraise));
        self.emit(Instr::Propagate);
        self.emit(Instr::Label(got));
        item
    }
}
