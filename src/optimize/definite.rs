//! Definite assignment: the fast slots certainly bound before each instruction, so a
//! load there needs no unbound check (CPython's compiler skips the same checks with
//! LOAD_FAST where its own flow analysis proves the local set).
//!
//! A forward must-analysis over the instruction list: a `StoreFast` binds its slot, a
//! `DeleteFast` unbinds it, and where paths meet (labels) only what every path bound
//! survives. An exception handler's entry starts again from the slots bound for the
//! whole call (`borrow::always_bound`), as a failing instruction anywhere in the
//! protected region may have led there.

use crate::ir::{FuncKind, Function, Instr, Label};
use std::collections::HashMap;

/// A set of slots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slots(Vec<u64>);

impl Slots {
    fn empty(n: usize) -> Slots {
        Slots(vec![0; n.div_ceil(64)])
    }
    fn of(bound: &[bool]) -> Slots {
        let mut s = Slots::empty(bound.len());
        for (i, &b) in bound.iter().enumerate() {
            if b {
                s.insert(i as u32);
            }
        }
        s
    }
    fn insert(&mut self, slot: u32) {
        if let Some(w) = self.0.get_mut(slot as usize / 64) {
            *w |= 1 << (slot % 64);
        }
    }
    fn remove(&mut self, slot: u32) {
        if let Some(w) = self.0.get_mut(slot as usize / 64) {
            *w &= !(1 << (slot % 64));
        }
    }
    pub fn contains(&self, slot: u32) -> bool {
        self.0.get(slot as usize / 64).is_some_and(|w| w & (1 << (slot % 64)) != 0)
    }
    fn meet(&mut self, other: &Slots) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= *b;
        }
    }
}

/// Per instruction: the slots bound before it, or None where it cannot run (dead code
/// after a jump or return; the emitter keeps its checks, as nothing is known there).
pub fn bound_before(f: &Function, always: &[bool]) -> Vec<Option<Slots>> {
    let n = f.body.len();
    if f.kind != FuncKind::Function {
        return vec![Some(Slots::empty(f.slots.len())); n];
    }
    let base = Slots::of(always);
    // What reaches each label from its jumps (None: nothing yet); only shrinks.
    let mut at_label: HashMap<Label, Slots> = HashMap::new();
    let mut before = vec![None; n];
    loop {
        let mut changed = false;
        let mut cur = Some(base.clone());
        let reach = |l: Label, s: &Slots, at_label: &mut HashMap<Label, Slots>, changed: &mut bool| match at_label.get_mut(&l) {
            Some(old) => {
                let prev = old.clone();
                old.meet(s);
                *changed |= *old != prev;
            }
            None => {
                at_label.insert(l, s.clone());
                *changed = true;
            }
        };
        for (i, ins) in f.body.iter().enumerate() {
            match ins {
                Instr::Label(l) => {
                    cur = match (cur, at_label.get(l)) {
                        (Some(mut c), Some(j)) => {
                            c.meet(j);
                            Some(c)
                        }
                        (Some(c), None) => Some(c),
                        (None, j) => j.cloned(),
                    };
                }
                Instr::HandlerLabel(_) => cur = Some(base.clone()),
                _ => {}
            }
            before[i] = cur.clone();
            let Some(s) = cur.as_mut() else { continue };
            let mut ends = false;
            match ins {
                Instr::StoreFast { slot, .. } => s.insert(*slot),
                Instr::DeleteFast { slot } => s.remove(*slot),
                Instr::Jump(l) => {
                    reach(*l, s, &mut at_label, &mut changed);
                    ends = true;
                }
                Instr::Branch { if_true, if_false, .. } => {
                    reach(*if_true, s, &mut at_label, &mut changed);
                    reach(*if_false, s, &mut at_label, &mut changed);
                    ends = true;
                }
                Instr::ForIter { on_end: l, .. } | Instr::FastArith { done: l, .. } => reach(*l, s, &mut at_label, &mut changed),
                Instr::Return { .. } | Instr::Raise { .. } | Instr::Reraise { .. } | Instr::Propagate => ends = true,
                _ => {}
            }
            if ends {
                cur = None;
            }
        }
        if !changed {
            return before;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optimize::borrow::always_bound;

    fn lowered(src: &str) -> crate::ir::Module {
        let file = crate::parse::parse_source("t.py", src).unwrap();
        let table = crate::scopes::analyze(&file).unwrap();
        crate::lower::lower_module(&file, &table, "__main__", "t.py").unwrap()
    }

    /// For function `name`: for each LoadFast, (slot name, whether it is known bound).
    fn loads(src: &str, name: &str) -> Vec<(String, bool)> {
        let m = lowered(src);
        let f = m.functions.iter().find(|f| f.name == name).unwrap();
        let always = always_bound(f);
        let before = bound_before(f, &always);
        f.body
            .iter()
            .enumerate()
            .filter_map(|(i, ins)| match ins {
                Instr::LoadFast { slot, .. } => Some((
                    f.slots[*slot as usize].clone(),
                    always[*slot as usize] || before[i].as_ref().is_some_and(|s| s.contains(*slot)),
                )),
                _ => None,
            })
            .collect()
    }

    fn b(pairs: &[(&str, bool)]) -> Vec<(String, bool)> {
        pairs.iter().map(|(s, v)| (s.to_string(), *v)).collect()
    }

    #[test]
    fn straight_line_and_both_branches_bind() {
        let src = "def f(c):\n    x = 1\n    if c:\n        y = 2\n    else:\n        y = 3\n    return x + y\n";
        assert_eq!(loads(src, "f"), b(&[("c", true), ("x", true), ("y", true)]));
    }

    #[test]
    fn one_branch_or_a_loop_body_does_not() {
        let src = "def f(c):\n    if c:\n        y = 2\n    for i in c:\n        z = i\n    return y, z\n";
        assert_eq!(loads(src, "f"), b(&[("c", true), ("c", true), ("i", true), ("y", false), ("z", false)]));
    }

    #[test]
    fn del_and_handlers_unbind() {
        let src = "def f(c):\n    x = 1\n    del x\n    try:\n        y = c()\n    except E:\n        return y\n    return x\n";
        assert_eq!(loads(src, "f"), b(&[("c", true), ("y", false), ("x", false)]));
    }

    #[test]
    fn loops_keep_what_was_bound_before_them() {
        let src = "def f(c):\n    x = 0\n    while c:\n        x = x + 1\n        if x > 3:\n            break\n    return x\n";
        assert!(loads(src, "f").iter().all(|(_, v)| *v));
    }
}
