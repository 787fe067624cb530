//! Expressions: every expression lowers to one owned temp, in CPython's evaluation order.

use num_bigint::BigInt;
use rustpython_parser::ast::Ranged;

use super::Lowerer;
use crate::constants::Const;
use crate::diag::CResult;
use crate::ir::{BinOp, CmpOp, Collect, Instr, Label, Temp, UnaryOp};
use crate::parse::ast::{self, Expr};

pub fn constant(c: &ast::Constant) -> Const {
    match c {
        ast::Constant::None => Const::None,
        ast::Constant::Bool(true) => Const::True,
        ast::Constant::Bool(false) => Const::False,
        ast::Constant::Str(s) => Const::str(s),
        ast::Constant::Bytes(b) => Const::Bytes(b.clone()),
        ast::Constant::Int(i) => Const::Int(BigInt::from(i.clone())),
        ast::Constant::Tuple(items) => Const::Tuple(items.iter().map(constant).collect()),
        ast::Constant::Float(f) => Const::float(*f),
        ast::Constant::Complex { real, imag } => Const::Complex(real.to_bits(), imag.to_bits()),
        ast::Constant::Ellipsis => Const::Ellipsis,
    }
}

pub(super) fn binop(op: &ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mult,
        O::MatMult => BinOp::MatMult,
        O::Div => BinOp::Div,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: &ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::NotEq,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::LtE,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::GtE,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

impl<'a> Lowerer<'a> {
    /// A literal's value; the parser's String turned lone surrogates into U+FFFD, so
    /// such a str is decoded again from the source text.
    pub(super) fn literal(&self, c: &ast::ExprConstant) -> Const {
        match &c.value {
            ast::Constant::Str(s) if s.contains('\u{FFFD}') => {
                match crate::parse::strings::decode_str_literal(self.file.text_of(c)) {
                    Some(wtf8) => Const::Str(wtf8),
                    None => constant(&c.value),
                }
            }
            v => constant(v),
        }
    }

    /// What CPython's AST optimizer folds this expression to, if anything.
    fn folded(&self, e: &Expr) -> Option<Const> {
        crate::optimize::fold::fold_expr(e, &|c| self.literal(c))
    }

    /// BINARY_OP on the operands' values.
    fn binary(&mut self, e: &Expr, b: &ast::ExprBinOp) -> CResult<Temp> {
        let a = self.expr(&b.left)?;
        let c = self.expr(&b.right)?;
        self.line(e);
        let dst = self.temp();
        self.emit(Instr::Binary { dst, op: binop(&b.op), inplace: false, a, b: c });
        self.clear(a);
        self.clear(c);
        Ok(dst)
    }

    /// `e` as a `FastArith` tree: + - * / // % and unary - over plain fast locals and
    /// int/float constants, with at least one local, where one of the C paths applies.
    fn arith_tree(&mut self, e: &Expr) -> Option<crate::ir::Arith> {
        use crate::ir::Arith;
        fn walk(l: &mut Lowerer, e: &Expr) -> Option<Arith> {
            match e {
                Expr::Name(n) => match l.fast_local(n.id.as_str()) {
                    Some(slot) => Some(Arith::Local(slot)),
                    None => None,
                },
                Expr::Constant(c) => match &c.value {
                    ast::Constant::Int(i) => {
                        let v: i64 = i.try_into().ok()?;
                        (v.unsigned_abs() < 1 << 31).then_some(Arith::Int(v))
                    }
                    ast::Constant::Float(f) => Some(Arith::Float(*f)),
                    _ => None,
                },
                Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => Some(Arith::Neg(Box::new(walk(l, &u.operand)?))),
                Expr::BinOp(b) => {
                    let op = binop(&b.op);
                    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::FloorDiv | BinOp::Mod) {
                        return None;
                    }
                    Some(Arith::Bin(op, Box::new(walk(l, &b.left)?), Box::new(walk(l, &b.right)?)))
                }
                _ => None,
            }
        }
        let tree = walk(self, e)?;
        let mut locals = Vec::new();
        tree.locals(&mut locals);
        (!locals.is_empty() && (tree.int_path() || tree.float_path())).then_some(tree)
    }

    pub(super) fn expr(&mut self, e: &Expr) -> CResult<Temp> {
        match e {
            Expr::Constant(c) => {
                let value = self.literal(c);
                Ok(self.load_const(value))
            }
            Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Tuple(_) | Expr::Subscript(_)
                if self.folded(e).is_some() =>
            {
                let c = self.folded(e).expect("checked above");
                Ok(self.load_const(c))
            }
            Expr::Name(n) => {
                self.line(e);
                self.load_name(n.id.as_str(), e)
            }
            Expr::BoolOp(b) => self.bool_op(b),
            Expr::BinOp(b) => match self.arith_tree(e).filter(|t| t.ops() >= 2) {
                Some(tree) => {
                    // Intermediate results unboxed: C computes the whole expression when the
                    // locals' types allow; the generic code is the fallback.
                    self.line(e);
                    let (dst, done) = (self.temp(), self.label());
                    self.emit(Instr::FastArith { dst, tree, done });
                    let v = self.binary(e, b)?;
                    self.emit(Instr::Move { dst, src: v });
                    self.emit(Instr::Label(done));
                    Ok(dst)
                }
                None => self.binary(e, b),
            },
            Expr::UnaryOp(u) => {
                let src = self.expr(&u.operand)?;
                self.line(e);
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                let dst = self.temp();
                self.emit(Instr::Unary { dst, op, src });
                self.clear(src);
                Ok(dst)
            }
            Expr::Compare(c) => self.compare(e, c),
            Expr::IfExp(i) => {
                let (yes, no, end) = (self.label(), self.label(), self.label());
                let dst = self.temp();
                self.branch(&i.test, yes, no)?;
                self.emit(Instr::Label(yes));
                let v = self.expr(&i.body)?;
                self.emit(Instr::Move { dst, src: v });
                self.emit(Instr::Jump(end));
                self.emit(Instr::Label(no));
                let v = self.expr(&i.orelse)?;
                self.emit(Instr::Move { dst, src: v });
                self.emit(Instr::Label(end));
                Ok(dst)
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                self.line(e);
                let name = self.mangle(a.attr.as_str());
                let name = self.name_const(&name);
                let dst = self.temp();
                self.emit(Instr::GetAttr { dst, obj, name });
                self.clear(obj);
                Ok(dst)
            }
            Expr::Subscript(s) if matches!(&*s.slice, Expr::Slice(_)) => {
                let Expr::Slice(sl) = &*s.slice else { unreachable!() };
                let obj = self.expr(&s.value)?;
                let [lower, upper, step] = self.slice_parts(sl)?;
                self.line(e);
                let dst = self.temp();
                self.emit(Instr::GetSlice { dst, obj, lower, upper, step });
                for t in [Some(obj), lower, upper, step].into_iter().flatten() {
                    self.clear(t);
                }
                Ok(dst)
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.expr(&s.slice)?;
                self.line(e);
                let dst = self.temp();
                self.emit(Instr::GetItem { dst, obj, key });
                self.clear(obj);
                self.clear(key);
                Ok(dst)
            }
            Expr::Slice(s) => self.build_slice(s),
            Expr::Call(c) => self.call(e, c),
            Expr::Tuple(t) => self.sequence_display(&t.elts, SeqKind::Tuple),
            Expr::List(l) => self.sequence_display(&l.elts, SeqKind::List),
            Expr::Set(s) => self.sequence_display(&s.elts, SeqKind::Set),
            Expr::Dict(d) => self.dict_display(d),
            Expr::NamedExpr(n) => {
                let v = self.expr(&n.value)?;
                let dst = self.temp();
                self.emit(Instr::Dup { dst, src: v });
                let ast::Expr::Name(target) = &*n.target else {
                    return Err(self.file.error_at(e, "cannot use assignment expressions with this target"));
                };
                self.store_name(target.id.as_str(), v, e)?;
                Ok(dst)
            }
            Expr::JoinedStr(j) => self.joined_str(j),
            Expr::FormattedValue(f) => self.formatted_value(f),
            Expr::Lambda(l) => self.lambda(e, l),
            Expr::Starred(_) => Err(self.file.error_at(e, "can't use starred expression here")),
            Expr::ListComp(c) => self.comprehension(e, "<listcomp>", &c.generators, Comp::List(&c.elt)),
            Expr::SetComp(c) => self.comprehension(e, "<setcomp>", &c.generators, Comp::Set(&c.elt)),
            Expr::DictComp(c) => self.comprehension(e, "<dictcomp>", &c.generators, Comp::Dict(&c.key, &c.value)),
            Expr::GeneratorExp(c) => self.comprehension(e, "<genexpr>", &c.generators, Comp::Gen(&c.elt)),
            Expr::Yield(y) => self.yield_expr(e, y.value.as_deref()),
            Expr::YieldFrom(y) => self.yield_from_expr(e, &y.value),
            Expr::Await(a) => self.await_expr(e, &a.value),
        }
    }

    /// A slice's lower, upper and step, evaluated in that order (absent: None).
    pub(super) fn slice_parts(&mut self, s: &ast::ExprSlice) -> CResult<[Option<Temp>; 3]> {
        let mut parts = [None; 3];
        for (p, x) in parts.iter_mut().zip([&s.lower, &s.upper, &s.step]) {
            *p = x.as_ref().map(|x| self.expr(x)).transpose()?;
        }
        Ok(parts)
    }

    /// A slice literal not sliced directly (e.g. in `a[1:2, 3]`): a slice object (BUILD_SLICE).
    fn build_slice(&mut self, s: &ast::ExprSlice) -> CResult<Temp> {
        let [lower, upper, step] = self.slice_parts(s)?;
        let dst = self.temp();
        self.emit(Instr::BuildSlice { dst, lower, upper, step });
        for t in [lower, upper, step].into_iter().flatten() {
            self.clear(t);
        }
        Ok(dst)
    }

    fn bool_op(&mut self, b: &ast::ExprBoolOp) -> CResult<Temp> {
        let dst = self.temp();
        let end = self.label();
        let n = b.values.len();
        for (i, v) in b.values.iter().enumerate() {
            let t = self.expr(v)?;
            self.emit(Instr::Move { dst, src: t });
            if i + 1 == n {
                break;
            }
            let c = self.cond();
            self.emit(Instr::Truth { dst: c, src: dst });
            let next = self.label();
            let (if_true, if_false) = match b.op {
                ast::BoolOp::And => (next, end),
                ast::BoolOp::Or => (end, next),
            };
            self.emit(Instr::Branch { cond: c, if_true, if_false });
            self.emit(Instr::Label(next));
            self.emit(Instr::Reset(dst));
        }
        self.emit(Instr::Label(end));
        Ok(dst)
    }

    /// `a < b < c`: each operand evaluated once, stop at the first false result.
    /// Right operands alternate between two temps, so whichever is live where a false
    /// link jumps to `end` is cleared there.
    fn compare(&mut self, e: &Expr, c: &ast::ExprCompare) -> CResult<Temp> {
        let dst = self.temp();
        let end = self.label();
        let first = self.expr(&c.left)?;
        let n = c.ops.len();
        let slots = if n > 1 { [self.temp(), self.temp()] } else { [0, 0] };
        let mut left = first;
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let container = match op {
                ast::CmpOp::In | ast::CmpOp::NotIn => {
                    crate::optimize::fold::fold_container(right, &|c| self.literal(c))
                }
                _ => None,
            };
            let mut r = match container {
                Some(k) => self.load_const(k),
                None => self.expr(right)?,
            };
            if n > 1 && i + 1 < n {
                self.emit(Instr::Move { dst: slots[i % 2], src: r });
                r = slots[i % 2];
            }
            self.line(e);
            let res = self.temp();
            self.emit(Instr::Compare { dst: res, op: cmpop(op), a: left, b: r });
            if i == 0 {
                self.clear(left);
            } else {
                self.emit(Instr::Reset(left));
            }
            self.emit(Instr::Move { dst, src: res });
            left = r;
            if i + 1 < n {
                let cnd = self.cond();
                self.emit(Instr::Truth { dst: cnd, src: dst });
                let next = self.label();
                self.emit(Instr::Branch { cond: cnd, if_true: next, if_false: end });
                self.emit(Instr::Label(next));
                self.emit(Instr::Reset(dst));
            }
        }
        // The last right operand is a plain temp; the slots hold the middle ones.
        self.clear(left);
        self.emit(Instr::Label(end));
        if n > 1 {
            self.clear(slots[0]);
            self.clear(slots[1]);
        }
        Ok(dst)
    }

    /// Jumps on the truth of `e`, short-circuiting `and`/`or`/`not` as CPython's
    /// `compiler_jump_if` (no intermediate bool objects).
    pub(super) fn branch(&mut self, e: &Expr, if_true: Label, if_false: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.branch(&u.operand, if_false, if_true),
            Expr::BoolOp(b) => {
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    if i + 1 == n {
                        return self.branch(v, if_true, if_false);
                    }
                    let next = self.label();
                    match b.op {
                        ast::BoolOp::And => self.branch(v, next, if_false)?,
                        ast::BoolOp::Or => self.branch(v, if_true, next)?,
                    }
                    self.emit(Instr::Label(next));
                }
                Ok(())
            }
            // `a < b` as a condition: compared straight to a C truth value (no bool object).
            Expr::Compare(c) if c.ops.len() == 1 && !matches!(c.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn) => {
                let a = self.expr(&c.left)?;
                let b = self.expr(&c.comparators[0])?;
                self.line(e);
                let cond = self.cond();
                self.emit(Instr::CompareCond { dst: cond, op: cmpop(&c.ops[0]), a, b });
                self.clear(a);
                self.clear(b);
                self.emit(Instr::Branch { cond, if_true, if_false });
                Ok(())
            }
            _ => {
                let t = self.expr(e)?;
                self.line(e);
                let c = self.cond();
                self.emit(Instr::Truth { dst: c, src: t });
                self.clear(t);
                self.emit(Instr::Branch { cond: c, if_true, if_false });
                Ok(())
            }
        }
    }

    fn call(&mut self, e: &Expr, c: &ast::ExprCall) -> CResult<Temp> {
        if let Some(t) = self.zero_arg_super(e, c)? {
            return Ok(t);
        }
        let simple = !c.args.iter().any(|a| matches!(a, Expr::Starred(_))) && c.keywords.iter().all(|k| k.arg.is_some());
        if !simple {
            return self.call_ex(e, c);
        }
        let kwnames = if c.keywords.is_empty() {
            None
        } else {
            let names = c.keywords.iter().map(|k| Const::Name(k.arg.as_ref().unwrap().to_string())).collect();
            Some(self.konst(Const::Tuple(names)))
        };
        // obj.meth(...) avoids allocating a bound method, as CPython's LOAD_METHOD.
        if let Expr::Attribute(a) = &*c.func {
            let obj = self.expr(&a.value)?;
            self.line(&*c.func);
            let name = self.mangle(a.attr.as_str());
            let name = self.name_const(&name);
            let (meth, self_or_null) = (self.temp(), self.temp());
            self.emit(Instr::LoadMethod { meth, self_or_null, obj, name });
            self.clear(obj);
            let args = self.call_args(c)?;
            self.line(e);
            let dst = self.temp();
            self.emit(Instr::CallMethod { dst, meth, self_or_null, args: args.clone(), kwnames });
            self.clear(meth);
            self.clear(self_or_null);
            for t in args {
                self.clear(t);
            }
            return Ok(dst);
        }
        let func = self.expr(&c.func)?;
        if let (Expr::Name(n), [arg], []) = (&*c.func, &c.args[..], &c.keywords[..]) {
            if let Some(kind) = Collect::of_builtin(n.id.as_str()) {
                if let Some(dst) = self.collected_genexpr(e, func, arg, kind)? {
                    self.clear(func);
                    return Ok(dst);
                }
            }
        }
        let args = self.call_args(c)?;
        self.line(e);
        let dst = self.temp();
        self.emit(Instr::Call { dst, func, args: args.clone(), kwnames });
        self.clear(func);
        for t in args {
            self.clear(t);
        }
        Ok(dst)
    }

    pub(super) fn call_args(&mut self, c: &ast::ExprCall) -> CResult<Vec<Temp>> {
        let mut args = Vec::new();
        for a in &c.args {
            args.push(self.expr(a)?);
        }
        for k in &c.keywords {
            args.push(self.expr(&k.value)?);
        }
        Ok(args)
    }

    /// `f(*a, x, **k, y=1)`: positional args into a tuple, keywords into a dict.
    fn call_ex(&mut self, e: &Expr, c: &ast::ExprCall) -> CResult<Temp> {
        let func = self.expr(&c.func)?;
        let list = self.temp();
        self.emit(Instr::BuildList { dst: list, items: vec![] });
        for a in &c.args {
            if let Expr::Starred(s) = a {
                let v = self.expr(&s.value)?;
                self.line(e);
                self.emit(Instr::ListExtend { list, src: v, call: Some(func) });
                self.clear(v);
            } else {
                let v = self.expr(a)?;
                self.emit(Instr::ListAppend { list, item: v });
            }
        }
        let args = self.temp();
        self.emit(Instr::ListToTuple { dst: args, src: list });
        self.clear(list);
        let kwargs = if c.keywords.is_empty() { None } else { Some(self.keywords_dict(&c.keywords, func)?) };
        self.line(e);
        let dst = self.temp();
        self.emit(Instr::CallEx { dst, func, args, kwargs });
        self.clear(func);
        self.clear(args);
        if let Some(k) = kwargs {
            self.clear(k);
        }
        Ok(dst)
    }

    /// Keyword arguments (`k=v`, `**m`) as a dict; duplicates are TypeErrors naming `func`.
    pub(super) fn keywords_dict(&mut self, keywords: &[ast::Keyword], func: Temp) -> CResult<Temp> {
        let dict = self.temp();
        self.emit(Instr::BuildDict { dst: dict, keys: vec![], values: vec![] });
        for k in keywords {
            let v = self.expr(&k.value)?;
            match &k.arg {
                Some(name) => {
                    let key = self.load_const(Const::Name(name.to_string()));
                    // A keyword repeated after ** is the same error as a duplicate in **.
                    let one = self.temp();
                    self.emit(Instr::BuildDict { dst: one, keys: vec![key], values: vec![v] });
                    self.clear(key);
                    self.emit(Instr::DictMerge { dict, src: one, func });
                    self.clear(one);
                }
                None => {
                    self.line(&k.value);
                    self.emit(Instr::DictMerge { dict, src: v, func });
                }
            }
            self.clear(v);
        }
        Ok(dict)
    }

    /// A tuple of the expressions (with `*x` unpacking), e.g. class bases.
    pub(super) fn sequence_display_of(&mut self, elts: &[Expr]) -> CResult<Temp> {
        self.sequence_display(elts, SeqKind::Tuple)
    }

    /// Zero-argument `super()` in a method: CPython finds `__class__` and the first
    /// argument in the frame; compiled code has no frame, so pass both explicitly.
    fn zero_arg_super(&mut self, e: &Expr, c: &ast::ExprCall) -> CResult<Option<Temp>> {
        let Expr::Name(n) = &*c.func else { return Ok(None) };
        if n.id.as_str() != "super" || !c.args.is_empty() || !c.keywords.is_empty() {
            return Ok(None);
        }
        let scope = self.table.get(self.b.scope);
        if scope.kind != crate::scopes::ScopeKind::Function
            || scope.binding("super") != crate::scopes::Binding::GlobalImplicit
            || scope.binding("__class__") != crate::scopes::Binding::Free
        {
            return Ok(None);
        }
        let Some(first) = scope.params.first().cloned() else { return Ok(None) };
        let func = self.load_name("super", e)?;
        let class_slot = self.b.add_slot("__class__");
        let cls = self.temp();
        self.emit(Instr::LoadDeref { dst: cls, slot: class_slot });
        let obj = self.load_name(&first, e)?;
        self.line(e);
        let dst = self.temp();
        self.emit(Instr::Call { dst, func, args: vec![cls, obj], kwnames: None });
        for t in [func, cls, obj] {
            self.clear(t);
        }
        Ok(Some(dst))
    }

    fn sequence_display(&mut self, elts: &[Expr], kind: SeqKind) -> CResult<Temp> {
        let dst = self.temp();
        // CPython builds a display of more than STACK_USE_GUIDELINE items one item at a
        // time (LIST_APPEND / SET_ADD, then LIST_TO_TUPLE): a set hashes each item before
        // the next is evaluated. It also keeps the C function small.
        let big = elts.len() > STACK_USE_GUIDELINE;
        if !big && !elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
            let mut items = Vec::new();
            for x in elts {
                items.push(self.expr(x)?);
            }
            self.emit(match kind {
                SeqKind::Tuple => Instr::BuildTuple { dst, items },
                SeqKind::List => Instr::BuildList { dst, items },
                SeqKind::Set => Instr::BuildSet { dst, items },
            });
            return Ok(dst);
        }
        // With *x: grow a list (or set), then convert, as CPython 3.11 does.
        match kind {
            SeqKind::Set => self.emit(Instr::BuildSet { dst, items: vec![] }),
            _ => self.emit(Instr::BuildList { dst, items: vec![] }),
        }
        for x in elts {
            let (v, star) = match x {
                Expr::Starred(s) => (self.expr(&s.value)?, true),
                _ => (self.expr(x)?, false),
            };
            self.line(x);
            match (kind, star) {
                (SeqKind::Set, true) => {
                    self.emit(Instr::SetUpdate { set: dst, src: v });
                    self.clear(v);
                }
                // Steals the item, as ListAppend does.
                (SeqKind::Set, false) if big => self.emit(Instr::SetAdd { set: dst, item: v }),
                (SeqKind::Set, false) => {
                    let one = self.temp();
                    self.emit(Instr::BuildTuple { dst: one, items: vec![v] });
                    self.emit(Instr::SetUpdate { set: dst, src: one });
                    self.clear(one);
                }
                (_, true) => {
                    self.emit(Instr::ListExtend { list: dst, src: v, call: None });
                    self.clear(v);
                }
                (_, false) => self.emit(Instr::ListAppend { list: dst, item: v }),
            }
        }
        if kind == SeqKind::Tuple {
            let t = self.temp();
            self.emit(Instr::ListToTuple { dst: t, src: dst });
            self.clear(dst);
            return Ok(t);
        }
        Ok(dst)
    }

    fn dict_display(&mut self, d: &ast::ExprDict) -> CResult<Temp> {
        let dst = self.temp();
        if d.keys.len() * 2 > STACK_USE_GUIDELINE && d.keys.iter().all(|k| k.is_some()) {
            return self.big_dict_display(d, dst);
        }
        if d.keys.iter().all(|k| k.is_some()) {
            let mut keys = Vec::new();
            let mut values = Vec::new();
            for (k, v) in d.keys.iter().zip(d.values.iter()) {
                keys.push(self.expr(k.as_ref().unwrap())?);
                values.push(self.expr(v)?);
            }
            self.emit(Instr::BuildDict { dst, keys: keys.clone(), values: values.clone() });
            for t in keys.into_iter().chain(values) {
                self.clear(t);
            }
            return Ok(dst);
        }
        self.emit(Instr::BuildDict { dst, keys: vec![], values: vec![] });
        for (k, v) in d.keys.iter().zip(d.values.iter()) {
            match k {
                Some(k) => {
                    let kt = self.expr(k)?;
                    let vt = self.expr(v)?;
                    self.emit(Instr::DictSetItem { dict: dst, key: kt, val: vt });
                    self.clear(kt);
                    self.clear(vt);
                }
                None => {
                    let vt = self.expr(v)?;
                    self.line(v);
                    self.emit(Instr::DictUpdate { dict: dst, src: vt });
                    self.clear(vt);
                }
            }
        }
        Ok(dst)
    }

    /// A dict display of many items as CPython 3.11's compiler_dict builds it: chunks of
    /// 17 items, each a new dict filled item by item (MAP_ADD: each key is hashed and
    /// stored right after its value is evaluated) and merged with DICT_UPDATE; the last
    /// chunk evaluates all its items first (BUILD_MAP n).
    fn big_dict_display(&mut self, d: &ast::ExprDict, dst: Temp) -> CResult<Temp> {
        let items: Vec<(&Expr, &Expr)> = d.keys.iter().zip(d.values.iter()).map(|(k, v)| (k.as_ref().unwrap(), v)).collect();
        let mut chunks: Vec<&[(&Expr, &Expr)]> = Vec::new();
        let (mut start, mut elements) = (0, 0);
        for i in 0..items.len() {
            if elements * 2 > STACK_USE_GUIDELINE {
                chunks.push(&items[start..=i]);
                start = i + 1;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        let tail = &items[start..];
        let mut have_dict = false;
        let merge = |l: &mut Self, chunk: Temp, have: &mut bool| {
            if *have {
                l.emit(Instr::DictUpdate { dict: dst, src: chunk });
                l.clear(chunk);
            } else {
                l.emit(Instr::Move { dst, src: chunk });
                *have = true;
            }
        };
        for chunk in chunks {
            let part = self.temp();
            self.emit(Instr::BuildDict { dst: part, keys: vec![], values: vec![] });
            for (k, v) in chunk {
                let kt = self.expr(k)?;
                let vt = self.expr(v)?;
                self.emit(Instr::DictSetItem { dict: part, key: kt, val: vt });
                self.clear(kt);
                self.clear(vt);
            }
            merge(self, part, &mut have_dict);
        }
        if !tail.is_empty() {
            let (mut keys, mut values) = (Vec::new(), Vec::new());
            for (k, v) in tail {
                keys.push(self.expr(k)?);
                values.push(self.expr(v)?);
            }
            let part = self.temp();
            self.emit(Instr::BuildDict { dst: part, keys: keys.clone(), values: values.clone() });
            for t in keys.into_iter().chain(values) {
                self.clear(t);
            }
            merge(self, part, &mut have_dict);
        }
        Ok(dst)
    }

    fn formatted_value(&mut self, f: &ast::ExprFormattedValue) -> CResult<Temp> {
        let src = self.expr(&f.value)?;
        let spec = f.format_spec.as_ref().map(|s| self.expr(s)).transpose()?;
        let conversion = match f.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => b's',
            ast::ConversionFlag::Repr => b'r',
            ast::ConversionFlag::Ascii => b'a',
        };
        let dst = self.temp();
        self.emit(Instr::FormatValue { dst, src, conversion, spec });
        self.clear(src);
        if let Some(s) = spec {
            self.clear(s);
        }
        Ok(dst)
    }

    fn joined_str(&mut self, j: &ast::ExprJoinedStr) -> CResult<Temp> {
        let mut items = Vec::new();
        for v in &j.values {
            items.push(self.expr(v)?);
        }
        let dst = self.temp();
        self.emit(Instr::BuildString { dst, items });
        Ok(dst)
    }

    pub(super) fn line_of<T: Ranged>(&self, node: &T) -> u32 {
        self.file.pos_of(node).line
    }
}

/// What a comprehension builds.
/// CPython's compile.c: displays and calls with more stack items than this are built
/// incrementally.
const STACK_USE_GUIDELINE: usize = 30;

#[derive(Clone, Copy)]
pub(super) enum Comp<'e> {
    Gen(&'e Expr),
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}
