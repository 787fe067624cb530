//! Prints one IR function as C: each instruction becomes C-API calls with an
//! error check that jumps to the function's `error` label.

use askama::Template;

use super::{kwnames_len, FunctionTemplate};
use crate::ir::{Arith, BinOp, CmpOp, CoroKind, FuncKind, Function, Instr, Module, Temp, UnaryOp};
use crate::optimize::borrow::{aliases, always_bound, Alias};
use crate::optimize::definite::{bound_before, Slots};
use crate::optimize::known_calls::{known_callees, Candidate, Defs};

pub(super) struct FunctionEmitter<'a> {
    m: &'a Module,
    f: &'a Function,
    cname: &'a str,
    out: Vec<String>,
    /// Handler labels of the protected regions around the current instruction.
    handlers: Vec<u32>,
    /// The line the last `Line` set (a suspension point's line in the code object).
    cur_line: u32,
    /// Suspension points so far: (line, is `yield from`/`await`).
    pub(super) yields: Vec<(u32, bool)>,
    /// Per instruction: the load that names its value in place (see optimize::borrow).
    aliases: Vec<Option<Alias>>,
    /// Instruction index -> temp whose alias ends there.
    alias_ends: std::collections::HashMap<usize, Temp>,
    /// Slots that always hold a value (no unbound check on loads).
    bound: Vec<bool>,
    /// Per instruction: the slots certainly bound before it (see optimize::definite).
    bound_before: Vec<Option<Slots>>,
    /// FastArith sites so far (their C labels).
    arith_sites: u32,
    /// Call sites with a guessed callee (instruction index -> candidates).
    known: std::collections::HashMap<usize, Vec<Candidate>>,
    /// The index of the instruction being emitted.
    cur: usize,
}

fn t(x: Temp) -> String {
    format!("t{}", x)
}

fn opt(x: Option<Temp>) -> String {
    x.map_or("NULL".to_string(), t)
}


/// Emits int64 C for `tree` (locals already in `i<slot>`); returns the result's name.
/// Overflow, division by zero and INT64_MIN / -1 leave for the generic code.
fn arith_int(tree: &Arith, n: &mut u32, site: u32, out: &mut Vec<String>) -> String {
    let fail = format!("goto A{site}_generic;");
    match tree {
        Arith::Local(s) => format!("i{s}"),
        Arith::Int(v) => format!("((int64_t){v})"),
        Arith::Float(_) => unreachable!("int path has no float constants"),
        Arith::Neg(a) => {
            let a = arith_int(a, n, site, out);
            *n += 1;
            out.push(format!("    int64_t r{n}; if (__builtin_sub_overflow((int64_t)0, {a}, &r{n})) {fail}"));
            format!("r{n}")
        }
        Arith::Bin(op, a, b) => {
            let a = arith_int(a, n, site, out);
            let b = arith_int(b, n, site, out);
            *n += 1;
            let r = format!("r{n}");
            out.push(match op {
                BinOp::Add => format!("    int64_t {r}; if (__builtin_add_overflow({a}, {b}, &{r})) {fail}"),
                BinOp::Sub => format!("    int64_t {r}; if (__builtin_sub_overflow({a}, {b}, &{r})) {fail}"),
                BinOp::Mult => format!("    int64_t {r}; if (__builtin_mul_overflow({a}, {b}, &{r})) {fail}"),
                // Python floors: the quotient rounds down, the remainder takes the divisor's sign.
                BinOp::FloorDiv => format!(
                    "    if ({b} == 0 || ({a} == INT64_MIN && {b} == -1)) {fail} int64_t {r} = {a} / {b}; if (({a} % {b} != 0) && (({a} < 0) != ({b} < 0))) {r} -= 1;"
                ),
                BinOp::Mod => format!(
                    "    if ({b} == 0 || ({a} == INT64_MIN && {b} == -1)) {fail} int64_t {r} = {a} % {b}; if ({r} != 0 && (({r} < 0) != ({b} < 0))) {r} += {b};"
                ),
                _ => unreachable!("not an int-path operator"),
            });
            r
        }
    }
}

/// Emits double C for `tree` (locals are exact floats); division by zero leaves for
/// the generic code, which raises CPython's error.
fn arith_float(tree: &Arith, n: &mut u32, site: u32, out: &mut Vec<String>) -> String {
    match tree {
        Arith::Local(s) => format!("PyFloat_AS_DOUBLE(l{s})"),
        Arith::Int(v) => format!("((double){v})"),
        Arith::Float(f) => {
            // Exact: the shortest repr round-trips, as the constant decoder's f64 does.
            if f.is_finite() {
                format!("({:?})", f)
            } else if f.is_nan() {
                "((double)NAN)".to_string()
            } else if *f > 0.0 {
                "((double)INFINITY)".to_string()
            } else {
                "(-(double)INFINITY)".to_string()
            }
        }
        Arith::Neg(a) => {
            let a = arith_float(a, n, site, out);
            format!("(-{a})")
        }
        Arith::Bin(op, a, b) => {
            let a = arith_float(a, n, site, out);
            let b = arith_float(b, n, site, out);
            *n += 1;
            let r = format!("f{n}");
            out.push(match op {
                BinOp::Add => format!("    double {r} = {a} + {b};"),
                BinOp::Sub => format!("    double {r} = {a} - {b};"),
                BinOp::Mult => format!("    double {r} = {a} * {b};"),
                BinOp::Div => format!("    if ({b} == 0.0) goto A{site}_generic; double {r} = {a} / {b};"),
                _ => unreachable!("not a float-path operator"),
            });
            r
        }
    }
}

fn binop_fn(op: BinOp, inplace: bool) -> &'static str {
    match (op, inplace) {
        (BinOp::Add, false) => "PyNumber_Add",
        (BinOp::Sub, false) => "PyNumber_Subtract",
        (BinOp::Mult, false) => "PyNumber_Multiply",
        (BinOp::MatMult, false) => "PyNumber_MatrixMultiply",
        (BinOp::Div, false) => "PyNumber_TrueDivide",
        (BinOp::FloorDiv, false) => "PyNumber_FloorDivide",
        (BinOp::Mod, false) => "PyNumber_Remainder",
        (BinOp::LShift, false) => "PyNumber_Lshift",
        (BinOp::RShift, false) => "PyNumber_Rshift",
        (BinOp::BitOr, false) => "PyNumber_Or",
        (BinOp::BitXor, false) => "PyNumber_Xor",
        (BinOp::BitAnd, false) => "PyNumber_And",
        (BinOp::Add, true) => "PyNumber_InPlaceAdd",
        (BinOp::Sub, true) => "PyNumber_InPlaceSubtract",
        (BinOp::Mult, true) => "PyNumber_InPlaceMultiply",
        (BinOp::MatMult, true) => "PyNumber_InPlaceMatrixMultiply",
        (BinOp::Div, true) => "PyNumber_InPlaceTrueDivide",
        (BinOp::FloorDiv, true) => "PyNumber_InPlaceFloorDivide",
        (BinOp::Mod, true) => "PyNumber_InPlaceRemainder",
        (BinOp::LShift, true) => "PyNumber_InPlaceLshift",
        (BinOp::RShift, true) => "PyNumber_InPlaceRshift",
        (BinOp::BitOr, true) => "PyNumber_InPlaceOr",
        (BinOp::BitXor, true) => "PyNumber_InPlaceXor",
        (BinOp::BitAnd, true) => "PyNumber_InPlaceAnd",
        (BinOp::Pow, _) => unreachable!("power has its own helper"),
    }
}

fn richcmp(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "Py_LT",
        CmpOp::LtE => "Py_LE",
        CmpOp::Eq => "Py_EQ",
        CmpOp::NotEq => "Py_NE",
        CmpOp::Gt => "Py_GT",
        CmpOp::GtE => "Py_GE",
        _ => unreachable!("identity and membership are not rich comparisons"),
    }
}

impl<'a> FunctionEmitter<'a> {
    pub(super) fn new(m: &'a Module, defs: &Defs, f: &'a Function, cname: &'a str) -> Self {
        let aliases = aliases(f);
        let alias_ends = aliases
            .iter()
            .enumerate()
            .filter_map(|(i, a)| match (a, &f.body[i]) {
                (Some(Alias::Fast { until, .. } | Alias::Const { until, .. }), Instr::LoadFast { dst, .. } | Instr::Const { dst, .. }) => {
                    Some((*until, *dst))
                }
                _ => None,
            })
            .collect();
        let bound = always_bound(f);
        let bound_before = bound_before(f, &bound);
        FunctionEmitter {
            m,
            f,
            cname,
            out: Vec::new(),
            handlers: Vec::new(),
            cur_line: f.firstlineno,
            yields: Vec::new(),
            aliases,
            alias_ends,
            bound,
            bound_before,
            arith_sites: 0,
            known: known_callees(m, defs, f),
            cur: 0,
        }
    }

    /// Where a failing instruction goes: the innermost handler's entry (which adds the
    /// traceback entry) or the function's `error` exit.
    fn err(&self) -> String {
        match self.handlers.last() {
            Some(h) => format!("L{}_tb", h),
            None => "error".to_string(),
        }
    }

    /// Where a re-raise goes: past the traceback entry (CPython's RERAISE adds none).
    fn reraise_target(&self) -> String {
        match self.handlers.last() {
            Some(h) => format!("L{}", h),
            None => "unwind".to_string(),
        }
    }

    fn check(&self, dst: Temp) -> String {
        format!("if (PY2C_UNLIKELY(t{} == NULL)) goto {};", dst, self.err())
    }

    fn line(&mut self, s: String) {
        self.out.push(s);
    }

    /// Whether `slot` certainly holds a value at the current instruction.
    fn is_bound(&self, slot: u32) -> bool {
        self.bound[slot as usize] || self.bound_before[self.cur].as_ref().is_some_and(|s| s.contains(slot))
    }

    fn slot_name(&self, slot: u32) -> String {
        format!("consts[{}]", self.f.slot_names[slot as usize])
    }

    fn is_free(&self, slot: u32) -> u8 {
        self.f.free_slots.contains(&slot) as u8
    }

    /// A vectorcall with a spare slot in front (PY_VECTORCALL_ARGUMENTS_OFFSET); for a
    /// method, `self` fills it when found. A site with guessed callees first checks for
    /// each whether the callee is a function of that def, and runs its body directly.
    fn vectorcall(&mut self, dst: Temp, callee: &str, first: &str, args: &[Temp], kwnames: Option<u32>, method: Option<Temp>) {
        let nkw = kwnames_len(self.m, kwnames);
        let npos = args.len() - nkw;
        let kw = kwnames.map_or("NULL".to_string(), |k| format!("consts[{}]", k));
        let mut items = vec![first.to_string()];
        items.extend(args.iter().map(|&a| t(a)));
        let generic = match method {
            None => format!("t{dst} = py2c_vectorcall({callee}, a + 1, {npos} | PY_VECTORCALL_ARGUMENTS_OFFSET, {kw});"),
            Some(s) => format!(
                "t{dst} = t{s} ? py2c_vectorcall({callee}, a, {npos} + 1, {kw}) : py2c_vectorcall({callee}, a + 1, {npos} | PY_VECTORCALL_ARGUMENTS_OFFSET, {kw});"
            ),
        };
        let mut direct = String::new();
        let (args_at, found) = match method {
            None => ("a + 1", String::new()),
            Some(s) => ("a", format!("t{s} && ")),
        };
        for c in self.known.get(&self.cur).into_iter().flatten() {
            direct.push_str(&format!(
                "if ({found}PY2C_IS_DEF({callee}, &defs[{k}])) t{dst} = {body}_call({callee}, {args_at}, {n}); else ",
                k = c.func,
                n = c.nargs,
                body = super::body_cname(&self.m.name, c.func),
            ));
        }
        self.line(format!("{{ PyObject *a[] = {{ {} }}; {direct}{generic} }}", items.join(", ")));
        self.line(self.check(dst));
    }

    #[allow(non_snake_case)]
    fn instr(&mut self, i: &Instr) {
        use Instr as I;
        // `{E}` in the formats below: where this instruction's failure goes.
        let E = self.err();
        match i {
            I::Line(n) => {
                // Within the code object's line table (see py2c_code_of).
                let first = if self.f.kind == FuncKind::Module { 1 } else { self.f.firstlineno };
                self.cur_line = (*n).max(first);
                self.line(format!("frame->prev_instr = line_base + {};", self.cur_line))
            }
            I::Label(l) => self.line(format!("L{}:;", l)),
            I::Jump(l) => self.line(format!("goto L{};", l)),
            I::Branch { cond, if_true, if_false } => {
                self.line(format!("if (c{}) goto L{}; else goto L{};", cond, if_true, if_false))
            }
            I::Const { dst, c } => self.line(format!("t{} = Py_NewRef(consts[{}]);", dst, c)),
            I::Move { dst, src } => self.line(format!("t{} = t{}; t{} = NULL;", dst, src, src)),
            I::Dup { dst, src } => self.line(format!("t{} = Py_NewRef(t{});", dst, src)),
            I::Clear(x) | I::Reset(x) => self.line(format!("Py_CLEAR(t{});", x)),
            I::LoadFast { dst, slot } if self.is_bound(*slot) => {
                self.line(format!("t{d} = Py_NewRef(fast[{s}]);", d = dst, s = slot))
            }
            I::LoadFast { dst, slot } => {
                let name = self.slot_name(*slot);
                self.line(format!(
                    "t{d} = fast[{s}]; if (PY2C_UNLIKELY(t{d} == NULL)) {{ py2c_raise_unbound_local({n}); goto {E}; }} Py_INCREF(t{d});",
                    d = dst,
                    s = slot,
                    n = name
                ))
            }
            I::StoreFast { slot, src } => self.line(format!("Py_XSETREF(fast[{}], t{}); t{} = NULL;", slot, src, src)),
            I::DeleteFast { slot } => {
                let name = self.slot_name(*slot);
                self.line(format!("if (py2c_delete_fast(&fast[{}], {}) < 0) goto {E};", slot, name))
            }
            I::LoadDeref { dst, slot } => {
                let name = self.slot_name(*slot);
                self.line(format!("t{} = py2c_load_deref(fast[{}], {}, {});", dst, slot, name, self.is_free(*slot)));
                self.line(self.check(*dst));
            }
            I::StoreDeref { slot, src } => self.line(format!(
                "{{ PyObject *old = PyCell_GET(fast[{s}]); PyCell_SET(fast[{s}], t{v}); t{v} = NULL; Py_XDECREF(old); }}",
                s = slot,
                v = src
            )),
            I::DeleteDeref { slot } => {
                let name = self.slot_name(*slot);
                self.line(format!(
                    "if (py2c_delete_deref(fast[{}], {}, {}) < 0) goto {E};",
                    slot,
                    name,
                    self.is_free(*slot)
                ))
            }
            I::LoadClosure { dst, slot } => self.line(format!("t{} = Py_NewRef(fast[{}]);", dst, slot)),
            I::LoadGlobal { dst, name } => {
                // Each site caches its value while neither namespace changes (dict versions).
                self.line(format!(
                    "{{ static py2c_global_cache gc; t{} = py2c_load_global_cached(globals, builtins, consts[{}], &gc); }}",
                    dst, name
                ));
                self.line(self.check(*dst));
            }
            I::StoreGlobal { name, src } => {
                self.line(format!(
                    "{{ static py2c_store_global_cache sc; if (py2c_store_global_cached(globals, consts[{}], t{}, &sc) < 0) goto {E}; }}",
                    name, src
                ));
                self.line(format!("Py_CLEAR(t{});", src));
            }
            I::DeleteGlobal { name } => {
                self.line(format!("if (py2c_delete_name(globals, consts[{}]) < 0) goto {E};", name))
            }
            I::LoadName { dst, name } => {
                self.line(format!("t{} = py2c_load_name(ns, globals, builtins, consts[{}]);", dst, name));
                self.line(self.check(*dst));
            }
            I::LoadClassDeref { dst, slot, name } => {
                self.line(format!("t{} = py2c_load_classderef(ns, consts[{}], fast[{}]);", dst, name, slot));
                self.line(self.check(*dst));
            }
            I::BuildClass { dst, body, name, bases, kwargs } => {
                self.line(format!("t{} = py2c_build_class(t{}, consts[{}], t{}, {});", dst, body, name, bases, opt(*kwargs)));
                self.line(self.check(*dst));
            }
            I::StoreName { name, src } => {
                self.line(format!("if (py2c_store_name(ns, consts[{}], t{}) < 0) goto {E};", name, src));
                self.line(format!("Py_CLEAR(t{});", src));
            }
            I::DeleteName { name } => {
                self.line(format!("if (py2c_delete_name(ns, consts[{}]) < 0) goto {E};", name))
            }
            I::Unary { dst, op, src } => {
                let f = match op {
                    UnaryOp::Neg => "PyNumber_Negative",
                    UnaryOp::Pos => "PyNumber_Positive",
                    UnaryOp::Invert => "PyNumber_Invert",
                    UnaryOp::Not => "py2c_not",
                };
                self.line(format!("t{} = {}(t{});", dst, f, src));
                self.line(self.check(*dst));
            }
            I::Binary { dst, op, inplace, a, b } => {
                let fast = match op {
                    BinOp::Add => Some("py2c_add"),
                    BinOp::Sub => Some("py2c_subtract"),
                    BinOp::Mult => Some("py2c_multiply"),
                    BinOp::Div => Some("py2c_true_divide"),
                    _ => None,
                };
                if let Some(f) = fast {
                    // Exact int/float operands take CPython's own type-specific paths.
                    self.line(format!("t{} = {}(t{}, t{}, {});", dst, f, a, b, *inplace as u8));
                } else if *op == BinOp::Pow {
                    self.line(format!("t{} = py2c_power(t{}, t{}, {});", dst, a, b, *inplace as u8));
                } else {
                    self.line(format!("t{} = {}(t{}, t{});", dst, binop_fn(*op, *inplace), a, b));
                }
                self.line(self.check(*dst));
            }
            I::Compare { dst, op, a, b } => {
                let expr = match op {
                    CmpOp::Lt => format!("py2c_richcompare(t{}, t{}, Py_LT)", a, b),
                    CmpOp::LtE => format!("py2c_richcompare(t{}, t{}, Py_LE)", a, b),
                    CmpOp::Eq => format!("py2c_richcompare(t{}, t{}, Py_EQ)", a, b),
                    CmpOp::NotEq => format!("py2c_richcompare(t{}, t{}, Py_NE)", a, b),
                    CmpOp::Gt => format!("py2c_richcompare(t{}, t{}, Py_GT)", a, b),
                    CmpOp::GtE => format!("py2c_richcompare(t{}, t{}, Py_GE)", a, b),
                    CmpOp::Is => format!("py2c_is(t{}, t{}, 0)", a, b),
                    CmpOp::IsNot => format!("py2c_is(t{}, t{}, 1)", a, b),
                    CmpOp::In => format!("py2c_contains(t{}, t{}, 0)", a, b),
                    CmpOp::NotIn => format!("py2c_contains(t{}, t{}, 1)", a, b),
                };
                self.line(format!("t{} = {};", dst, expr));
                self.line(self.check(*dst));
            }
            I::CompareCond { dst, op, a, b } => {
                let expr = match op {
                    CmpOp::Is => format!("t{} == t{}", a, b),
                    CmpOp::IsNot => format!("t{} != t{}", a, b),
                    _ => format!("py2c_compare_cond(t{}, t{}, {})", a, b, richcmp(*op)),
                };
                self.line(format!("c{d} = {}; if (PY2C_UNLIKELY(c{d} < 0)) goto {E};", expr, d = dst))
            }
            I::Truth { dst, src } => {
                self.line(format!("c{} = py2c_truth(t{}); if (PY2C_UNLIKELY(c{} < 0)) goto {E};", dst, src, dst))
            }
            I::GetAttr { dst, obj, name } => {
                self.line(format!(
                    "{{ static py2c_attr_cache ac; t{} = py2c_getattr_cached(t{}, consts[{}], &ac); }}",
                    dst, obj, name
                ));
                self.line(self.check(*dst));
            }
            I::SetAttr { obj, name, val } => {
                self.line(format!(
                    "{{ static py2c_attr_cache ac; if (py2c_setattr_cached(t{}, consts[{}], t{}, &ac) < 0) goto {E}; }}",
                    obj, name, val
                ))
            }
            I::DelAttr { obj, name } => {
                self.line(format!("if (PyObject_SetAttr(t{}, consts[{}], NULL) < 0) goto {E};", obj, name))
            }
            I::GetItem { dst, obj, key } => {
                self.line(format!("t{} = py2c_getitem(t{}, t{});", dst, obj, key));
                self.line(self.check(*dst));
            }
            I::SetItem { obj, key, val } => {
                self.line(format!("if (py2c_setitem(t{}, t{}, t{}) < 0) goto {E};", obj, key, val))
            }
            I::DelItem { obj, key } => self.line(format!("if (PyObject_DelItem(t{}, t{}) < 0) goto {E};", obj, key)),
            I::GetSlice { dst, obj, lower, upper, step } => {
                self.line(format!(
                    "t{} = py2c_getslice(t{}, {}, {}, {});",
                    dst,
                    obj,
                    opt(*lower),
                    opt(*upper),
                    opt(*step)
                ));
                self.line(self.check(*dst));
            }
            I::SetSlice { obj, lower, upper, val } => self.line(format!(
                "if (py2c_setslice(t{}, {}, {}, t{}) < 0) goto {E};",
                obj,
                opt(*lower),
                opt(*upper),
                val
            )),
            I::BuildSlice { dst, lower, upper, step } => {
                self.line(format!("t{} = py2c_build_slice({}, {}, {});", dst, opt(*lower), opt(*upper), opt(*step)));
                self.line(self.check(*dst));
            }
            I::LoadMethod { meth, self_or_null, obj, name } => self.line(format!(
                "{{ static py2c_method_cache mc; if (py2c_load_method_cached(t{}, consts[{}], &t{}, &t{}, &mc) < 0) goto {E}; }}",
                obj, name, meth, self_or_null
            )),
            I::Call { dst, func, args, kwnames } => {
                let callee = t(*func);
                self.vectorcall(*dst, &callee, "NULL", args, *kwnames, None)
            }
            I::CallMethod { dst, meth, self_or_null, args, kwnames } => {
                let callee = t(*meth);
                let first = t(*self_or_null);
                self.vectorcall(*dst, &callee, &first, args, *kwnames, Some(*self_or_null))
            }
            I::CallIter { dst, func, args } => {
                let items: Vec<String> = std::iter::once("NULL".to_string()).chain(args.iter().map(|&a| t(a))).collect();
                self.line(format!(
                    "{{ PyObject *a[] = {{ {} }}; t{} = py2c_call_iter(t{}, a + 1, {}); }}",
                    items.join(", "),
                    dst,
                    func,
                    args.len()
                ));
                self.line(self.check(*dst));
            }
            I::CallEx { dst, func, args, kwargs } => {
                self.line(format!("t{} = py2c_call_ex(t{}, t{}, {});", dst, func, args, opt(*kwargs)));
                self.line(self.check(*dst));
            }
            I::BuildTuple { dst, items } | I::BuildList { dst, items } => {
                let (new, set) = match i {
                    I::BuildTuple { .. } => ("PyTuple_New", "PyTuple_SET_ITEM"),
                    _ => ("PyList_New", "PyList_SET_ITEM"),
                };
                self.line(format!("t{} = {}({});", dst, new, items.len()));
                self.line(self.check(*dst));
                for (k, it) in items.iter().enumerate() {
                    self.line(format!("{}(t{}, {}, t{}); t{} = NULL;", set, dst, k, it, it));
                }
            }
            I::BuildSet { dst, items } => {
                self.line(format!("t{} = PySet_New(NULL);", dst));
                self.line(self.check(*dst));
                for it in items {
                    self.line(format!("if (PySet_Add(t{}, t{}) < 0) goto {E};", dst, it));
                    self.line(format!("Py_CLEAR(t{});", it));
                }
            }
            I::BuildDict { dst, keys, values } => {
                self.line(format!("t{} = _PyDict_NewPresized({});", dst, keys.len()));
                self.line(self.check(*dst));
                for (k, v) in keys.iter().zip(values) {
                    self.line(format!("if (PyDict_SetItem(t{}, t{}, t{}) < 0) goto {E};", dst, k, v));
                }
            }
            I::ListExtend { list, src, call: None } => self.line(format!("if (py2c_list_extend(t{}, t{}) < 0) goto {E};", list, src)),
            I::ListExtend { list, src, call: Some(f) } => {
                self.line(format!("if (py2c_call_args_extend(t{}, t{}, t{}) < 0) goto {E};", list, src, f))
            }
            I::ListAppend { list, item } => {
                self.line(format!("if (PyList_Append(t{}, t{}) < 0) goto {E};", list, item));
                self.line(format!("Py_CLEAR(t{});", item));
            }
            I::SetAdd { set, item } => {
                self.line(format!("if (PySet_Add(t{}, t{}) < 0) goto {E};", set, item));
                self.line(format!("Py_CLEAR(t{});", item));
            }
            I::ListToTuple { dst, src } => {
                self.line(format!("t{} = PyList_AsTuple(t{});", dst, src));
                self.line(self.check(*dst));
            }
            I::SetUpdate { set, src } => self.line(format!("if (py2c_set_update(t{}, t{}) < 0) goto {E};", set, src)),
            I::DictUpdate { dict, src } => self.line(format!("if (py2c_dict_update(t{}, t{}) < 0) goto {E};", dict, src)),
            I::DictMerge { dict, src, func } => {
                self.line(format!("if (py2c_dict_merge(t{}, t{}, t{}) < 0) goto {E};", dict, src, func))
            }
            I::DictSetItem { dict, key, val } => {
                self.line(format!("if (PyDict_SetItem(t{}, t{}, t{}) < 0) goto {E};", dict, key, val))
            }
            I::FormatValue { dst, src, conversion, spec } => {
                self.line(format!("t{} = py2c_format_value(t{}, {}, {});", dst, src, conversion, opt(*spec)));
                self.line(self.check(*dst));
            }
            I::BuildString { dst, items } => {
                let list = items.iter().map(|&x| t(x)).collect::<Vec<_>>().join(", ");
                let arr = if items.is_empty() { "NULL".to_string() } else { list.clone() };
                self.line(format!("{{ PyObject *a[] = {{ {} }}; t{} = py2c_build_string(a, {}); }}", arr, dst, items.len()));
                self.line(self.check(*dst));
                for it in items {
                    self.line(format!("Py_CLEAR(t{});", it));
                }
            }
            I::UnpackSequence { src, dsts } | I::UnpackEx { src, dsts, .. } => {
                let call = match i {
                    I::UnpackEx { before, after, .. } => format!("py2c_unpack_ex(t{}, {}, {}, u)", src, before, after),
                    _ => format!("py2c_unpack_sequence(t{}, {}, u)", src, dsts.len()),
                };
                let assigns: Vec<String> = dsts.iter().enumerate().map(|(k, d)| format!("t{} = u[{}];", d, k)).collect();
                self.line(format!(
                    "{{ PyObject *u[{}]; if ({} < 0) goto {E}; {} }}",
                    dsts.len().max(1),
                    call,
                    assigns.join(" ")
                ));
            }
            I::GetIter { dst, src } => {
                self.line(format!("t{} = PyObject_GetIter(t{});", dst, src));
                self.line(self.check(*dst));
            }
            I::ForIter { dst, iter, on_end } => self.line(format!(
                "{{ int r = py2c_for_iter(t{}, &t{}); if (PY2C_UNLIKELY(r < 0)) goto {E}; if (r == 0) goto L{}; }}",
                iter, dst, on_end
            )),
            I::MakeFunction { dst, func, qualname, defaults, kwdefaults, annotations, closure } => {
                self.line(format!(
                    "t{} = py2c_make_function(&defs[{}], globals, builtins, consts[{}], {}, {}, {}, {});",
                    dst,
                    func,
                    qualname,
                    opt(*defaults),
                    opt(*kwdefaults),
                    opt(*annotations),
                    opt(*closure)
                ));
                self.line(self.check(*dst));
            }
            I::ImportName { dst, name, fromlist, level } => {
                self.line(format!(
                    "t{} = py2c_import_name(consts[{}], globals, consts[{}], {});",
                    dst, name, fromlist, level
                ));
                self.line(self.check(*dst));
            }
            I::ImportFrom { dst, module, name } => {
                self.line(format!("t{} = py2c_import_from(t{}, consts[{}]);", dst, module, name));
                self.line(self.check(*dst));
            }
            I::ImportStar { module } => self.line(format!("if (py2c_import_star(t{}, ns) < 0) goto {E};", module)),
            I::Return { src } => self.line(format!("retval = t{}; t{} = NULL; goto exit;", src, src)),
            I::Raise { exc: None, .. } => {
                let target = self.reraise_target();
                self.line(format!("if (py2c_raise(NULL, NULL)) goto {}; goto {E};", target))
            }
            I::Raise { exc, cause } => self.line(format!("py2c_raise({}, {}); goto {E};", opt(*exc), opt(*cause))),
            I::AssertFail { msg } => self.line(format!("py2c_assert_fail({}); goto {E};", opt(*msg))),
            I::CallChunk(fid) => {
                let prefix = self.cname.rsplit_once('_').map_or(self.cname, |p| p.0);
                self.line(format!(
                    "{{ PyObject *r = {}_{}(func, fast, ns); if (PY2C_UNLIKELY(r == NULL)) goto unwind; Py_DECREF(r); }}",
                    prefix, fid
                ));
            }
            I::PushHandler(l) => self.handlers.push(*l),
            I::PopHandler => {
                self.handlers.pop();
            }
            I::HandlerLabel(l) => {
                self.line(format!("L{}_tb: py2c_traceback_here(frame);", l));
                self.line(format!("L{}:;", l));
            }
            I::CatchException { exc, prev } => self.line(format!("t{} = py2c_catch(&t{});", exc, prev)),
            I::RestoreExcInfo { prev } => self.line(format!("PyErr_SetHandledException(t{p}); Py_CLEAR(t{p});", p = prev)),
            I::ExcMatch { dst, exc, typ } => self.line(format!(
                "c{d} = py2c_exc_match(t{}, t{}); if (PY2C_UNLIKELY(c{d} < 0)) goto {E};",
                exc,
                typ,
                d = dst
            )),
            I::Reraise { exc } => {
                let target = self.reraise_target();
                self.line(format!("py2c_reraise(t{e}); Py_CLEAR(t{e}); goto {};", target, e = exc))
            }
            I::Propagate => {
                let target = self.reraise_target();
                self.line(format!("goto {};", target))
            }
            I::ExceptStarMatch { dst, matched, rest, typ } => self.line(format!(
                "if (PY2C_UNLIKELY(py2c_except_star_match(&t{r}, t{}, &t{d}) < 0)) goto {E}; c{} = t{d} != NULL;",
                typ,
                matched,
                r = rest,
                d = dst
            )),
            I::FetchRaised { dst } => self.line(format!("t{} = py2c_fetch_raised();", dst)),
            I::PrepReraiseStar { dst, raise_it, orig, list } => {
                self.line(format!("t{} = py2c_prep_reraise_star(t{}, t{});", dst, orig, list));
                self.line(self.check(*dst));
                self.line(format!("c{} = t{} != Py_None;", raise_it, dst));
            }
            I::WithEnter { dst, exit, mgr } => {
                self.line(format!("t{} = py2c_with_enter(t{}, &t{});", dst, mgr, exit));
                self.line(self.check(*dst));
            }
            I::WithExit { dst, exit, exc } => {
                self.line(format!("t{} = py2c_with_exit(t{}, {});", dst, exit, opt(*exc)));
                self.line(self.check(*dst));
            }
            I::Yield { dst, value } => {
                let k = self.suspension_point(false);
                self.line(format!("frame->prev_instr = yield_base + {};", 3 * k + 1));
                if self.f.coro == CoroKind::AsyncGenerator {
                    self.line(format!("retval = _PyAsyncGenValueWrapperNew(t{v}); Py_CLEAR(t{v}); if (retval == NULL) goto {E};", v = value));
                } else {
                    self.line(format!("retval = t{v}; t{v} = NULL;", v = value));
                }
                self.line("goto suspend;".to_string());
                self.line(format!("Y{}:", k));
                self.line(format!("if (sent == NULL) goto {E};"));
                self.line(format!("t{} = sent; sent = NULL;", dst));
            }
            I::YieldFrom { dst, iter } => {
                let k = self.suspension_point(true);
                let top = format!("fast[{}]", self.f.slots.len() as u32 + self.f.ntemps);
                self.line("yv = Py_NewRef(Py_None);".to_string());
                self.line(format!("Y{}_send: {{", k));
                self.line(format!("    PySendResult st = PyIter_Send(t{i}, yv, &t{d}); Py_CLEAR(yv);", i = iter, d = dst));
                self.line(format!("    if (st == PYGEN_RETURN) {{ Py_CLEAR(t{}); goto Y{}_end; }}", iter, k));
                self.line(format!("    if (st == PYGEN_ERROR) {{ Py_CLEAR(t{}); goto {E}; }}", iter));
                self.line("}".to_string());
                // Suspended: the delegate on top of the stack marks `yield from` for CPython.
                self.line(format!("frame->prev_instr = yield_base + {};", 3 * k + 1));
                self.line(format!("{} = Py_NewRef(t{}); frame->stacktop++;", top, iter));
                self.line(format!("retval = t{d}; t{d} = NULL; goto suspend;", d = dst));
                self.line(format!("Y{}:", k));
                self.line(format!("frame->stacktop--; Py_CLEAR({});", top));
                self.line(format!("if (sent == NULL) {{ Py_CLEAR(t{}); goto {E}; }}", iter));
                self.line(format!("yv = sent; sent = NULL; goto Y{}_send;", k));
                // Resumed after CPython's throw() finished the delegate (it popped it).
                self.line(format!("Y{}_done:", k));
                self.line(format!("Py_CLEAR(t{});", iter));
                self.line(format!("if (sent == NULL) goto {E};"));
                self.line(format!("t{} = sent; sent = NULL;", dst));
                self.line(format!("Y{}_end:;", k));
            }
            I::GetYieldFromIter { dst, src } => {
                self.line(format!("t{} = py2c_get_yield_from_iter(t{});", dst, src));
                self.line(self.check(*dst));
            }
            I::GetAwaitable { dst, src, kind } => {
                self.line(format!("t{} = py2c_get_awaitable(t{}, {});", dst, src, kind));
                self.line(self.check(*dst));
            }
            I::GetAIter { dst, src } => {
                self.line(format!("t{} = py2c_get_aiter(t{});", dst, src));
                self.line(self.check(*dst));
            }
            I::GetANext { dst, iter } => {
                self.line(format!("t{} = py2c_get_anext(t{});", dst, iter));
                self.line(self.check(*dst));
            }
            I::EndAsyncFor { dst } => self.line(format!(
                "c{d} = PyErr_ExceptionMatches(PyExc_StopAsyncIteration); if (c{d}) PyErr_Clear();",
                d = dst
            )),
            I::MatchLen { dst, subject, n, at_least } => self.line(format!(
                "c{d} = py2c_match_len(t{}, {}, {}); if (PY2C_UNLIKELY(c{d} < 0)) goto {E};",
                subject,
                n,
                *at_least as u8,
                d = dst
            )),
            I::MatchKind { dst, subject, mapping } => self.line(format!(
                "c{} = (Py_TYPE(t{})->tp_flags & {}) != 0;",
                dst,
                subject,
                if *mapping { "Py_TPFLAGS_MAPPING" } else { "Py_TPFLAGS_SEQUENCE" }
            )),
            I::MatchKeys { dst, subject, keys } => {
                self.line(format!("t{} = py2c_match_keys(t{}, t{});", dst, subject, keys));
                self.line(self.check(*dst));
            }
            I::DictWithoutKeys { dst, subject, keys } => {
                self.line(format!("t{} = py2c_dict_without_keys(t{}, t{});", dst, subject, keys));
                self.line(self.check(*dst));
            }
            I::MatchClass { dst, subject, cls, nargs, kwnames } => {
                self.line(format!("t{} = py2c_match_class(t{}, t{}, {}, consts[{}]);", dst, subject, cls, nargs, kwnames));
                self.line(self.check(*dst));
            }
            I::SeqItem { dst, seq, index, from_end } => {
                self.line(format!("t{} = py2c_seq_item(t{}, {}, {});", dst, seq, index, *from_end as u8));
                self.line(self.check(*dst));
            }
            I::Identical { dst, a, b } => self.line(format!("c{} = t{} == t{};", dst, a, b)),
            I::IsBuiltinType { dst, src, kind } => self.line(format!("c{} = t{} == (PyObject *)&{};", dst, src, kind.c_type())),
            I::CollectGenexpr { dst, func, iter, kind } => {
                self.line(format!("t{} = py2c_collect_genexpr(t{}, t{}, {});", dst, func, iter, (*kind == crate::ir::Collect::Tuple) as u8));
                self.line(self.check(*dst));
            }
            I::FastArith { dst, tree, done } => self.fast_arith(*dst, tree, *done),
            I::AsyncWithEnter { dst, exit, mgr } => {
                self.line(format!("t{} = py2c_async_with_enter(t{}, &t{});", dst, mgr, exit));
                self.line(self.check(*dst));
            }
        }
    }

    /// Numbers a suspension point; its code units in the code object carry its line.
    fn suspension_point(&mut self, is_from: bool) -> usize {
        self.yields.push((self.cur_line, is_from));
        self.yields.len() - 1
    }

    /// C for a `FastArith`: an int attempt (small exact ints, int64 with overflow checks)
    /// and a float attempt (exact floats), each boxing only the final result; a failed
    /// check falls through to the generic code.
    fn fast_arith(&mut self, dst: Temp, tree: &Arith, done: u32) {
        let site = self.arith_sites;
        self.arith_sites += 1;
        let mut slots = Vec::new();
        tree.locals(&mut slots);
        let e = self.err();
        let loads: Vec<String> = slots.iter().map(|s| format!("*l{s} = fast[{s}]")).collect();
        self.line(format!("{{ PyObject {};", loads.join(", ")));
        let bound: Vec<String> = slots.iter().map(|s| format!("l{s} != NULL")).collect();
        if tree.int_path() {
            let checks: Vec<String> = slots.iter().map(|s| format!("py2c_long_small(l{s}, &i{s})")).collect();
            let decls: Vec<String> = slots.iter().map(|s| format!("i{s}")).collect();
            self.line(format!(
                "  int64_t {}; if ({} && {}) {{",
                decls.join(", "),
                bound.join(" && "),
                checks.join(" && ")
            ));
            let mut n = 0;
            let r = arith_int(tree, &mut n, site, &mut self.out);
            self.line(format!("    t{dst} = py2c_long_from_int64({r}); if (t{dst} == NULL) goto {e}; goto L{done};"));
            self.line("  }".to_string());
        }
        if tree.float_path() {
            let checks: Vec<String> = slots.iter().map(|s| format!("PyFloat_CheckExact(l{s})")).collect();
            self.line(format!("  if ({} && {}) {{", bound.join(" && "), checks.join(" && ")));
            let mut n = 0;
            let r = arith_float(tree, &mut n, site, &mut self.out);
            self.line(format!("    t{dst} = py2c_float({r}); if (t{dst} == NULL) goto {e}; goto L{done};"));
            self.line("  }".to_string());
        }
        self.line(format!("  A{site}_generic:; }}"));
    }

    /// `a, b, ... = seq` whose targets are all fast locals, stored right after the
    /// unpacking (the source's `Clear` may sit between): one runtime call does it all,
    /// which keeps the C of unpacking-heavy code small. Returns the fused stores' indices.
    fn unpack_to_fast(&mut self, k: usize) -> Option<Vec<usize>> {
        let body = &self.f.body;
        let Instr::UnpackSequence { src, dsts } = &body[k] else { return None };
        if self.f.coro != CoroKind::Plain || dsts.is_empty() {
            return None;
        }
        let mut at = k + 1;
        let clear = matches!(body.get(at), Some(Instr::Clear(x)) if x == src);
        if clear {
            at += 1;
        }
        let mut slots = Vec::new();
        for (n, d) in dsts.iter().enumerate() {
            match body.get(at + n) {
                Some(Instr::StoreFast { slot, src: s }) if s == d && *slot <= u16::MAX as u32 => slots.push(*slot),
                _ => return None,
            }
        }
        let list: Vec<String> = slots.iter().map(|s| s.to_string()).collect();
        let e = self.err();
        self.line(format!(
            "{{ static const uint16_t slots[] = {{ {} }}; if (py2c_unpack_to_fast(t{}, {}, fast, slots) < 0) goto {}; }}",
            list.join(", "),
            src,
            dsts.len(),
            e
        ));
        if clear {
            // The source's release (or the end of its borrowed alias) follows as usual.
            match self.alias_ends.get(&(k + 1)) {
                Some(t) => self.line(format!("#undef t{}", t)),
                None => self.instr(&body[k + 1]),
            }
        }
        Some((at..at + dsts.len()).collect())
    }

    /// The C text of the function and its suspension points (line, is `yield from`).
    pub(super) fn emit(mut self) -> (String, Vec<(u32, bool)>) {
        let f = self.f;
        let resumable = f.coro != CoroKind::Plain;
        let mut decls = Vec::new();
        let mut undefs = Vec::new();
        if resumable {
            // Temps live in the frame (after the fast slots) so they survive suspension
            // and CPython's frame clearing releases them.
            let base = f.slots.len();
            for i in 0..f.ntemps {
                decls.push(format!("#define t{} fast[{}]", i, base + i as usize));
                undefs.push(format!("#undef t{}", i));
            }
            decls.push("PyObject *sent = ns, *yv = NULL;".to_string());
            decls.push("_Py_CODEUNIT *const yield_base = line_base + func->def->lastlineno + 1;".to_string());
            decls.push("(void)yv; (void)yield_base;".to_string());
        } else if f.ntemps > 0 {
            let names: Vec<String> = (0..f.ntemps).map(|i| format!("*t{} = NULL", i)).collect();
            for chunk in names.chunks(16) {
                decls.push(format!("PyObject {};", chunk.join(", ")));
            }
        }
        if f.nconds > 0 {
            let names: Vec<String> = (0..f.nconds).map(|i| format!("c{} = 0", i)).collect();
            for chunk in names.chunks(16) {
                decls.push(format!("int {};", chunk.join(", ")));
            }
        }
        let mut prologue = Vec::new();
        #[allow(non_snake_case)]
        let E = "error";
        if f.kind != FuncKind::Module {
            for &s in &f.cell_slots {
                prologue.push(format!(
                    "{{ PyObject *cell = PyCell_New(fast[{s}]); if (cell == NULL) goto {E}; Py_XSETREF(fast[{s}], cell); }}",
                    s = s
                ));
            }
            for (k, &s) in f.free_slots.iter().enumerate() {
                prologue.push(format!("fast[{}] = Py_NewRef(PyTuple_GET_ITEM(func->closure, {}));", s, k));
            }
        }
        let mut fused_stores = std::collections::HashSet::new();
        for (k, i) in f.body.iter().enumerate() {
            self.cur = k;
            if fused_stores.contains(&k) {
                continue;
            }
            if let Some(stores) = self.unpack_to_fast(k) {
                fused_stores.extend(stores);
                continue;
            }
            // A borrowed operand is a macro naming the value in place while it is read;
            // its C variable stays NULL, so the error exit's release skips it.
            match (self.aliases[k], i) {
                (Some(Alias::Fast { slot, .. }), Instr::LoadFast { dst, .. }) => {
                    self.line(format!("#define t{} (fast[{}])", dst, slot));
                    if !self.is_bound(slot) {
                        let (name, e) = (self.slot_name(slot), self.err());
                        self.line(format!(
                            "if (PY2C_UNLIKELY(fast[{}] == NULL)) {{ py2c_raise_unbound_local({}); goto {}; }}",
                            slot, name, e
                        ));
                    }
                }
                (Some(Alias::Const { c, .. }), Instr::Const { dst, .. }) => {
                    self.line(format!("#define t{} (consts[{}])", dst, c))
                }
                _ => match self.alias_ends.get(&k) {
                    Some(t) => self.line(format!("#undef t{}", t)),
                    None => self.instr(i),
                },
            }
        }
        if resumable {
            // Resumption: jump to the suspension point prev_instr names (see py2c_code_of);
            // a fresh frame drops the None its first send pushed, or raises what was thrown.
            let mut dispatch = vec!["if (frame->prev_instr >= yield_base) {".to_string()];
            dispatch.push("    switch ((int)(frame->prev_instr - yield_base)) {".to_string());
            for (k, &(_, is_from)) in self.yields.iter().enumerate() {
                dispatch.push(format!("    case {}: goto Y{};", 3 * k + 1, k));
                if is_from {
                    dispatch.push(format!("    case {}: goto Y{}_done;", 3 * k + 2, k));
                }
            }
            dispatch.push("    }".to_string());
            dispatch.push("}".to_string());
            dispatch.push("if (sent == NULL) goto error;".to_string());
            dispatch.push("Py_CLEAR(sent);".to_string());
            dispatch.extend(prologue);
            prologue = dispatch;
        }
        let release = if resumable { "Py_CLEAR" } else { "Py_XDECREF" };
        let cleanup: Vec<String> = (0..f.ntemps).map(|i| format!("{}(t{});", release, i)).collect();
        let code = FunctionTemplate {
            qualname_comment: &f.qualname.replace("*/", "* /"),
            cname: self.cname,
            is_module: f.kind == FuncKind::Module,
            resumable,
            decls,
            prologue,
            body: self.out,
            cleanup,
            undefs,
        }
        .render()
        .expect("function template renders");
        (code, self.yields)
    }
}
