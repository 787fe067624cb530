//! Direct calls: which of the module's own functions a call site probably calls.
//!
//! A global name bound only by one module-level `def`, or a method name defined by
//! `def` in the module's class bodies, guesses the callee of `name(...)` and
//! `obj.name(...)`. The guess is only a guess: the emitted C checks at run time that
//! the callee is a function made from that def (`PY2C_IS_DEF`) before it runs the
//! body directly, and makes the usual call otherwise, so a rebound name, a subclass's
//! override or a monkey-patched method only costs the check.

use std::collections::HashMap;

use crate::constants::Const;
use crate::ir::{ConstId, CoroKind, FuncId, FuncKind, Function, Instr, Module, Temp};

/// At most this many candidate defs are checked at one method call site.
const MAX_CANDIDATES: usize = 4;
/// How far back (in instructions) a call looks for the load of its callee.
const MAX_LOOKBACK: usize = 64;

/// A direct call's candidate: the def, and the number of positional arguments it gets
/// (`self` included for a method).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub func: FuncId,
    pub nargs: u32,
}

/// The module's definitions by name: module-level `def`s bound by nothing else in the
/// module body, and every `def` of a class body (several classes may define a name).
#[derive(Debug, Default)]
pub struct Defs {
    globals: HashMap<String, FuncId>,
    methods: HashMap<String, Vec<FuncId>>,
    /// Functions whose `def` has defaults (others get exactly their parameters' count).
    with_defaults: Vec<bool>,
}

impl Defs {
    pub fn of(m: &Module) -> Defs {
        let mut globals: HashMap<String, Option<FuncId>> = HashMap::new();
        let mut methods: HashMap<String, Vec<FuncId>> = HashMap::new();
        let mut with_defaults = vec![false; m.functions.len()];
        for f in &m.functions {
            for (i, ins) in f.body.iter().enumerate() {
                if let Instr::MakeFunction { func, defaults: Some(_), .. } = ins {
                    with_defaults[*func as usize] = true;
                }
                let (name, src) = match ins {
                    Instr::StoreName { name, src } | Instr::StoreGlobal { name, src } => (*name, Some(*src)),
                    Instr::DeleteName { name } | Instr::DeleteGlobal { name } => (*name, None),
                    _ => continue,
                };
                let Some(name) = name_of(m, name) else { continue };
                // The def's function object goes straight to the store (no decorator; the
                // defaults tuple's release may come between).
                let made = src.and_then(|src| match f.body[..i].iter().rev().find(|x| !matches!(x, Instr::Line(_) | Instr::Clear(_))) {
                    Some(Instr::MakeFunction { dst, func, .. }) if *dst == src => Some(*func),
                    _ => None,
                });
                let module_level = f.kind == FuncKind::Module || matches!(ins, Instr::StoreGlobal { .. } | Instr::DeleteGlobal { .. });
                if module_level {
                    // Any other binding of the name (a second def, an assignment) drops it.
                    globals
                        .entry(name.to_string())
                        .and_modify(|e| *e = None)
                        .or_insert(made);
                } else if f.kind == FuncKind::Class {
                    if let Some(d) = made {
                        methods.entry(name.to_string()).or_default().push(d);
                    }
                }
            }
        }
        Defs { globals: globals.into_iter().filter_map(|(k, v)| Some((k, v?))).collect(), methods, with_defaults }
    }
}

fn name_of(m: &Module, id: ConstId) -> Option<&str> {
    match m.consts.get(id as usize) {
        Some(Const::Name(s)) => Some(s),
        _ => None,
    }
}

/// Per call site (instruction index of a `Call`/`CallMethod` in `f`): its candidates.
/// For a `CallMethod`, the candidates assume `self` was found (a method, not a plain
/// attribute).
pub fn known_callees(m: &Module, defs: &Defs, f: &Function) -> HashMap<usize, Vec<Candidate>> {
    let mut out = HashMap::new();
    for (i, ins) in f.body.iter().enumerate() {
        let (found, nargs) = match ins {
            Instr::Call { func, args, kwnames: None, .. } => match callee_load(&f.body[..i], *func) {
                Some(Load::Global(name)) => {
                    (name_of(m, name).and_then(|n| defs.globals.get(n)).map(|&d| vec![d]), args.len() as u32)
                }
                _ => continue,
            },
            Instr::CallMethod { meth, args, kwnames: None, .. } => match callee_load(&f.body[..i], *meth) {
                Some(Load::Method(name)) => (name_of(m, name).and_then(|n| defs.methods.get(n)).cloned(), args.len() as u32 + 1),
                _ => continue,
            },
            _ => continue,
        };
        let Some(found) = found else { continue };
        let cands: Vec<Candidate> = found
            .into_iter()
            .filter(|&d| direct_callable(&m.functions[d as usize], nargs, defs.with_defaults[d as usize]))
            .map(|func| Candidate { func, nargs })
            .collect();
        if !cands.is_empty() && cands.len() <= MAX_CANDIDATES {
            out.insert(i, cands);
        }
    }
    out
}

/// Whether a call with `nargs` positional arguments can run `f`'s body directly: a
/// plain function taking only positional parameters, `nargs` of them, or more when its
/// `def` has defaults (whether they cover the rest is checked at run time).
fn direct_callable(f: &Function, nargs: u32, with_defaults: bool) -> bool {
    has_direct_entry(f) && (nargs == f.params.positional || (with_defaults && nargs < f.params.positional))
}

/// Whether `f` gets a direct-call entry: a plain function with positional parameters only.
pub fn has_direct_entry(f: &Function) -> bool {
    f.kind == FuncKind::Function
        && f.coro == CoroKind::Plain
        && !f.code_is_generator
        && f.params.kwonly == 0
        && !f.params.varargs
        && !f.params.varkw
}

enum Load {
    Global(ConstId),
    Method(ConstId),
}

/// The load that last wrote the callee temp, if a global or method load.
fn callee_load(before: &[Instr], callee: Temp) -> Option<Load> {
    for ins in before.iter().rev().take(MAX_LOOKBACK) {
        match ins {
            Instr::LoadGlobal { dst, name } if *dst == callee => return Some(Load::Global(*name)),
            Instr::LoadMethod { meth, name, .. } if *meth == callee => return Some(Load::Method(*name)),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowered(src: &str) -> Module {
        let file = crate::parse::parse_source("t.py", src).unwrap();
        let table = crate::scopes::analyze(&file).unwrap();
        crate::lower::lower_module(&file, &table, "__main__", "t.py").unwrap()
    }

    /// (qualname of the calling function, candidate qualnames) for every guessed site.
    fn guesses(src: &str) -> Vec<(String, Vec<String>)> {
        let m = lowered(src);
        let defs = Defs::of(&m);
        let mut out = Vec::new();
        for f in &m.functions {
            let mut sites: Vec<_> = known_callees(&m, &defs, f).into_iter().collect();
            sites.sort_by_key(|(i, _)| *i);
            for (_, c) in sites {
                out.push((f.qualname.clone(), c.iter().map(|c| m.functions[c.func as usize].qualname.clone()).collect()));
            }
        }
        out
    }

    fn pair(caller: &str, callees: &[&str]) -> (String, Vec<String>) {
        (caller.to_string(), callees.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn module_level_defs_are_guessed() {
        let g = guesses("def f(a, b=1):\n    return a\ndef g():\n    return f(1) + f(1, 2)\n");
        assert_eq!(g, vec![pair("g", &["f"]), pair("g", &["f"])]);
    }

    #[test]
    fn rebound_decorated_or_mismatched_defs_are_not() {
        // rebound by an assignment, decorated, called with too many or keyword arguments,
        // or not a plain function
        let g = guesses(
            "def f(a):\n    return a\nf = 3\n@staticmethod\ndef d(a):\n    return a\ndef h(a):\n    return a\ndef gen():\n    yield 1\ndef k(*a):\n    return a\ndef g():\n    return f(1), d(1), h(1, 2), h(a=1), gen(), k()\n",
        );
        assert_eq!(g, vec![]);
    }

    #[test]
    fn methods_of_the_module_classes_are_candidates() {
        let g = guesses(
            "class A:\n    def m(self, x):\n        return x\nclass B:\n    def m(self):\n        return 1\n    def n(self):\n        return self.m()\ndef g(o):\n    return o.m(1)\n",
        );
        // `self.m()` passes self only: A.m needs x, so only B.m fits; `o.m(1)` fits A.m only.
        assert_eq!(g, vec![pair("B.n", &["B.m"]), pair("g", &["A.m"])]);
    }
}
