//! Borrowed operands: a local or constant loaded only to be read by the next few
//! instructions is read in place instead of through a new reference.
//!
//! `LoadFast`/`Const` into `t` followed, within straight-line code, by reads of `t` and
//! then `Clear(t)` needs no INCREF/DECREF pair: the frame's slot (or the module's
//! constant table) keeps the object alive meanwhile, because nothing in the range can
//! rebind that slot. Compiled code runs no trace function, the only thing besides the
//! function itself that writes a frame's fast locals (PyFrame_LocalsToFast) in 3.11.
//! The range must not steal `t`, store to or delete the slot, or contain a label or
//! jump (another path could reach the uses with a different value).

use crate::ir::{CoroKind, FuncKind, Function, Instr, Temp};

/// What a load becomes when its temp can name the value in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alias {
    /// The temp is `fast[slot]` until `until` (the index of its `Clear`).
    Fast { slot: u32, until: usize },
    /// The temp is `consts[c]` until `until`.
    Const { c: u32, until: usize },
}

/// Longest range scanned for the matching `Clear` (expressions are short).
const MAX_RANGE: usize = 64;

/// For each instruction index, the alias its load becomes (if any).
pub fn aliases(f: &Function) -> Vec<Option<Alias>> {
    let mut out = vec![None; f.body.len()];
    // Resumable bodies keep temps in the frame, as macros of their own.
    if f.coro != CoroKind::Plain {
        return out;
    }
    for (i, ins) in f.body.iter().enumerate() {
        let (t, slot) = match ins {
            Instr::LoadFast { dst, slot } if f.kind == FuncKind::Function => (*dst, Some(*slot)),
            Instr::Const { dst, .. } => (*dst, None),
            _ => continue,
        };
        if let Some(until) = borrow_range(&f.body[i + 1..], t, slot) {
            let until = i + 1 + until;
            out[i] = Some(match ins {
                Instr::Const { c, .. } => Alias::Const { c: *c, until },
                _ => Alias::Fast { slot: slot.unwrap_or(0), until },
            });
        }
    }
    out
}

/// Slots that always hold a value: parameters that are never deleted (nor cells,
/// which hold the cell).
pub fn always_bound(f: &Function) -> Vec<bool> {
    let mut bound = vec![false; f.slots.len()];
    if f.kind != FuncKind::Function {
        return bound;
    }
    for s in 0..(f.params.total() as usize).min(bound.len()) {
        bound[s] = true;
    }
    for &s in &f.cell_slots {
        if let Some(b) = bound.get_mut(s as usize) {
            *b = false;
        }
    }
    for ins in &f.body {
        if let Instr::DeleteFast { slot } = ins {
            if let Some(b) = bound.get_mut(*slot as usize) {
                *b = false;
            }
        }
    }
    bound
}

/// Index (within `rest`) of the `Clear(t)` ending a range where `t` is only read.
fn borrow_range(rest: &[Instr], t: Temp, slot: Option<u32>) -> Option<usize> {
    for (k, ins) in rest.iter().enumerate().take(MAX_RANGE) {
        if let Instr::Clear(x) = ins {
            if *x == t {
                return Some(k);
            }
            continue;
        }
        if !reads_only(ins, t, slot) {
            return None;
        }
    }
    None
}

/// Whether `ins` may sit inside the range: straight-line, at most reading `t`, and
/// not writing `slot`. Anything not listed ends the range (conservative).
fn reads_only(ins: &Instr, t: Temp, slot: Option<u32>) -> bool {
    use Instr as I;
    let not_t = |x: &Temp| *x != t;
    match ins {
        I::Line(_) => true,
        I::Const { .. } | I::LoadGlobal { .. } | I::LoadDeref { .. } | I::LoadName { .. } => true,
        I::LoadFast { .. } => true,
        I::Reset(x) => not_t(x),
        I::Move { src, .. } => not_t(src),
        I::Dup { .. } => true,
        I::StoreFast { slot: s, src } => not_t(src) && Some(*s) != slot,
        I::Unary { .. } | I::Binary { .. } | I::Compare { .. } | I::CompareCond { .. } | I::Truth { .. } => true,
        I::GetAttr { .. } | I::SetAttr { .. } | I::GetItem { .. } | I::SetItem { .. } | I::GetSlice { .. } | I::SetSlice { .. } => true,
        I::LoadMethod { .. } | I::Call { .. } | I::CallMethod { .. } => true,
        I::GetIter { .. } | I::CallIter { .. } | I::Identical { .. } | I::IsBuiltinType { .. } => true,
        // Their targets are fresh temps; the source is only read.
        I::UnpackSequence { .. } | I::UnpackEx { .. } => true,
        I::BuildTuple { items, .. } | I::BuildList { items, .. } => items.iter().all(not_t),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{BinOp, Params};

    fn func(body: Vec<Instr>) -> Function {
        Function {
            kind: FuncKind::Function,
            name: "f".into(),
            qualname: "f".into(),
            firstlineno: 1,
            params: Params { positional: 1, ..Default::default() },
            slots: vec!["x".into(), "y".into()],
            cell_slots: vec![],
            free_slots: vec![],
            slot_names: vec![0, 1],
            doc: None,
            ntemps: 4,
            nconds: 0,
            coro: CoroKind::Plain,
            code_is_generator: false,
            body,
        }
    }

    #[test]
    fn read_then_cleared_operands_are_borrowed() {
        use Instr as I;
        let f = func(vec![
            I::LoadFast { dst: 0, slot: 0 },
            I::Const { dst: 1, c: 7 },
            I::Binary { dst: 2, op: BinOp::Add, inplace: false, a: 0, b: 1 },
            I::Clear(0),
            I::Clear(1),
            I::StoreFast { slot: 1, src: 2 },
        ]);
        let a = aliases(&f);
        assert_eq!(a[0], Some(Alias::Fast { slot: 0, until: 3 }));
        assert_eq!(a[1], Some(Alias::Const { c: 7, until: 4 }));
    }

    #[test]
    fn stolen_rebound_or_branched_operands_keep_their_reference() {
        use Instr as I;
        // Stolen by a store.
        let f = func(vec![I::LoadFast { dst: 0, slot: 0 }, I::StoreFast { slot: 1, src: 0 }]);
        assert_eq!(aliases(&f)[0], None);
        // The slot is rebound before the last read (walrus).
        let f = func(vec![
            I::LoadFast { dst: 0, slot: 0 },
            I::Const { dst: 1, c: 3 },
            I::StoreFast { slot: 0, src: 1 },
            I::Truth { dst: 0, src: 0 },
            I::Clear(0),
        ]);
        assert_eq!(aliases(&f)[0], None);
        // A label inside the range.
        let f = func(vec![I::LoadFast { dst: 0, slot: 1 }, I::Label(1), I::Truth { dst: 0, src: 0 }, I::Clear(0)]);
        assert_eq!(aliases(&f)[0], None);
        // Built into a tuple (which steals its items).
        let f = func(vec![I::Const { dst: 0, c: 1 }, I::BuildTuple { dst: 1, items: vec![0] }, I::Clear(1)]);
        assert_eq!(aliases(&f)[0], None);
    }

    #[test]
    fn parameters_never_deleted_are_always_bound() {
        let f = func(vec![Instr::DeleteFast { slot: 1 }]);
        assert_eq!(always_bound(&f), vec![true, false]);
        let f = func(vec![Instr::DeleteFast { slot: 0 }]);
        assert_eq!(always_bound(&f), vec![false, false]);
    }
}
