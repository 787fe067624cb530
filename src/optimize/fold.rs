//! Constant folding with CPython's `Python/ast_opt.c` rules, applied bottom-up to an
//! expression before it is lowered. Only folds CPython folds too, with the same limits
//! (so `2**64`, `-0.0`, `(1, 2) + (3,)` and `'a' * 3` are constants, while a fold that
//! would raise, such as `1/0`, is left to run time where it raises as in CPython).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::constants::Const;
use crate::parse::ast::{self, Expr};

/// ast_opt.c's limits.
const MAX_INT_SIZE: u64 = 128; // bits
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// The constant an expression folds to, if CPython would fold it.
pub fn fold_expr(e: &Expr, literal: &dyn Fn(&ast::ExprConstant) -> Const) -> Option<Const> {
    match e {
        Expr::Constant(c) => Some(literal(c)),
        Expr::UnaryOp(u) => {
            let v = fold_expr(&u.operand, literal)?;
            unary(u.op, &v)
        }
        Expr::BinOp(b) => {
            let l = fold_expr(&b.left, literal)?;
            let r = fold_expr(&b.right, literal)?;
            binary(&b.op, &l, &r)
        }
        Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
            let items: Option<Vec<Const>> = t.elts.iter().map(|x| fold_expr(x, literal)).collect();
            Some(Const::Tuple(items?))
        }
        Expr::Subscript(s) if s.ctx == ast::ExprContext::Load => {
            let v = fold_expr(&s.value, literal)?;
            let k = fold_expr(&s.slice, literal)?;
            subscript(&v, &k)
        }
        _ => None,
    }
}

/// `x in [a, b]` / `x in {a, b}`: CPython turns a constant list into a tuple and a
/// constant set into a frozenset.
pub fn fold_container(e: &Expr, literal: &dyn Fn(&ast::ExprConstant) -> Const) -> Option<Const> {
    match e {
        Expr::List(l) => Some(Const::Tuple(l.elts.iter().map(|x| fold_expr(x, literal)).collect::<Option<_>>()?)),
        Expr::Set(s) => Some(Const::FrozenSet(s.elts.iter().map(|x| fold_expr(x, literal)).collect::<Option<_>>()?)),
        _ => None,
    }
}

fn float(c: &Const) -> Option<f64> {
    match c {
        Const::Float(b) => Some(f64::from_bits(*b)),
        Const::Int(i) => int_to_f64_exact(i),
        Const::True => Some(1.0),
        Const::False => Some(0.0),
        _ => None,
    }
}

/// Ints convert to float exactly only up to 2**53; beyond, leave the operation to run time.
fn int_to_f64_exact(i: &BigInt) -> Option<f64> {
    let v = i.to_i64()?;
    (v.unsigned_abs() <= 1u64 << 53).then_some(v as f64)
}

fn int(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(i) => Some(i.clone()),
        Const::True => Some(BigInt::from(1)),
        Const::False => Some(BigInt::from(0)),
        _ => None,
    }
}

fn unary(op: ast::UnaryOp, v: &Const) -> Option<Const> {
    match (op, v) {
        (ast::UnaryOp::Not, _) => truth(v).map(|t| if t { Const::False } else { Const::True }),
        (ast::UnaryOp::USub, Const::Float(b)) => Some(Const::Float(b ^ (1 << 63))),
        (ast::UnaryOp::UAdd, Const::Float(b)) => Some(Const::Float(*b)),
        (ast::UnaryOp::USub, Const::Complex(re, im)) => Some(Const::Complex(re ^ (1 << 63), im ^ (1 << 63))),
        (ast::UnaryOp::UAdd, Const::Complex(re, im)) => Some(Const::Complex(*re, *im)),
        (ast::UnaryOp::USub, _) => int(v).map(|i| Const::Int(-i)),
        (ast::UnaryOp::UAdd, _) => int(v).map(Const::Int),
        (ast::UnaryOp::Invert, _) => int(v).map(|i| Const::Int(-(i + BigInt::from(1)))),
    }
}

fn truth(v: &Const) -> Option<bool> {
    Some(match v {
        Const::None | Const::False => false,
        Const::True | Const::Ellipsis => true,
        Const::Int(i) => !i.is_zero(),
        Const::Float(b) => f64::from_bits(*b) != 0.0,
        Const::Complex(re, im) => f64::from_bits(*re) != 0.0 || f64::from_bits(*im) != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Name(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
        Const::Slice(..) => return None,
    })
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn is_num(c: &Const) -> bool {
    matches!(c, Const::Int(_) | Const::True | Const::False)
}

fn binary(op: &ast::Operator, l: &Const, r: &Const) -> Option<Const> {
    use ast::Operator as O;
    // int (and bool) operands
    if is_num(l) && is_num(r) {
        let (a, b) = (int(l)?, int(r)?);
        let res = match op {
            O::Add => a + b,
            O::Sub => a - b,
            O::Mult => {
                if bits(&a) + bits(&b) > MAX_INT_SIZE {
                    return None;
                }
                a * b
            }
            O::FloorDiv | O::Mod => {
                if b.is_zero() {
                    return None;
                }
                let (q, m) = floor_divmod(&a, &b);
                if matches!(op, O::FloorDiv) {
                    q
                } else {
                    m
                }
            }
            O::Pow => {
                if b.is_negative() {
                    return None; // float result: left to run time
                }
                let e = b.to_u64()?;
                // safe_power: vbits > MAX_INT_SIZE / wbits is not folded (so 2**100 is not).
                if bits(&a) > 0 && e > 0 && bits(&a) > MAX_INT_SIZE / e {
                    return None;
                }
                num_traits::pow(a, e as usize)
            }
            O::LShift => {
                if b.is_negative() {
                    return None;
                }
                let s = b.to_u64()?;
                if bits(&a) + s > MAX_INT_SIZE {
                    return None;
                }
                a << s as usize
            }
            O::RShift => {
                if b.is_negative() {
                    return None;
                }
                let s = b.to_u64()?.min(u32::MAX as u64);
                a >> s as usize
            }
            O::BitAnd => a & b,
            O::BitOr => a | b,
            O::BitXor => a ^ b,
            O::Div => {
                let (x, y) = (int_to_f64_exact(&a)?, int_to_f64_exact(&b)?);
                if y == 0.0 {
                    return None;
                }
                return Some(Const::float(x / y));
            }
            O::MatMult => return None,
        };
        // bool op bool stays bool in CPython for &, |, ^
        if matches!(op, O::BitAnd | O::BitOr | O::BitXor)
            && matches!(l, Const::True | Const::False)
            && matches!(r, Const::True | Const::False)
        {
            return Some(if res.is_zero() { Const::False } else { Const::True });
        }
        return Some(Const::Int(res));
    }
    // float arithmetic (one side float, the other float or exact int)
    if matches!(l, Const::Float(_)) || matches!(r, Const::Float(_)) {
        let (x, y) = (float(l)?, float(r)?);
        let v = match op {
            O::Add => x + y,
            O::Sub => x - y,
            O::Mult => x * y,
            O::Div if y != 0.0 => x / y,
            _ => return None, // floor/mod/pow have subtle edge cases: run time
        };
        return Some(Const::float(v));
    }
    // sequences
    match (op, l, r) {
        (O::Add, Const::Str(a), Const::Str(b)) if a.len() + b.len() <= MAX_STR_SIZE => {
            Some(Const::Str([a.as_slice(), b.as_slice()].concat()))
        }
        (O::Add, Const::Bytes(a), Const::Bytes(b)) if a.len() + b.len() <= MAX_STR_SIZE => {
            Some(Const::Bytes([a.as_slice(), b.as_slice()].concat()))
        }
        (O::Add, Const::Tuple(a), Const::Tuple(b)) if a.len() + b.len() <= MAX_COLLECTION_SIZE => {
            Some(Const::Tuple([a.as_slice(), b.as_slice()].concat()))
        }
        (O::Mult, seq, n) | (O::Mult, n, seq) if is_num(n) && !is_num(seq) => {
            let n = int(n)?.to_i64()?.max(0) as usize;
            match seq {
                Const::Str(s) if s.len().saturating_mul(n) <= MAX_STR_SIZE => Some(Const::Str(s.repeat(n))),
                Const::Bytes(s) if s.len().saturating_mul(n) <= MAX_STR_SIZE => Some(Const::Bytes(s.repeat(n))),
                Const::Tuple(t) if t.len().saturating_mul(n) <= MAX_COLLECTION_SIZE && total_items(t) * n <= MAX_TOTAL_ITEMS => {
                    Some(Const::Tuple((0..n).flat_map(|_| t.iter().cloned()).collect()))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn total_items(t: &[Const]) -> usize {
    t.iter().map(|c| if let Const::Tuple(x) = c { 1 + total_items(x) } else { 1 }).sum()
}

/// Python's floor division and modulo (result has the divisor's sign).
fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let (q, r) = (a / b, a % b);
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

/// `"abc"[1]`, `(1, 2)[0]`: constant index into a constant str/bytes/tuple.
fn subscript(v: &Const, k: &Const) -> Option<Const> {
    let i = int(k)?.to_i64()?;
    match v {
        Const::Tuple(t) => {
            let idx = if i < 0 { t.len() as i64 + i } else { i };
            t.get(usize::try_from(idx).ok()?).cloned()
        }
        Const::Str(s) => {
            // only ASCII, where byte index == code point index
            if !s.is_ascii() {
                return None;
            }
            let idx = if i < 0 { s.len() as i64 + i } else { i };
            s.get(usize::try_from(idx).ok()?).map(|c| Const::Str(vec![*c]))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_source;

    fn fold(src: &str) -> Option<Const> {
        let f = parse_source("t.py", src).unwrap();
        let ast::Stmt::Expr(e) = &f.body[0] else { panic!() };
        fold_expr(&e.value, &|c| crate::lower::constant_value(&c.value))
    }

    #[test]
    fn folds_what_cpython_folds() {
        assert_eq!(fold("2**64"), Some(Const::Int(BigInt::from(1) << 64usize)));
        assert_eq!(fold("2**100"), None); // CPython's safe_power declines it too
        assert_eq!(fold("-0.0"), Some(Const::float(-0.0)));
        assert_eq!(fold("(1, 2) + (3,)"), Some(Const::Tuple(vec![Const::int(1), Const::int(2), Const::int(3)])));
        assert_eq!(fold("'a' * 3"), Some(Const::str("aaa")));
        assert_eq!(fold("-7 // 2"), Some(Const::int(-4)));
        assert_eq!(fold("-7 % 2"), Some(Const::int(1)));
        assert_eq!(fold("True | False"), Some(Const::True));
        assert_eq!(fold("not 0"), Some(Const::True));
        assert_eq!(fold("'abc'[1]"), Some(Const::str("b")));
    }

    #[test]
    fn leaves_what_raises_or_grows_to_run_time() {
        assert_eq!(fold("1 / 0"), None);
        assert_eq!(fold("1 % 0"), None);
        assert_eq!(fold("2 ** 1000"), None);
        assert_eq!(fold("'x' * 5000"), None);
        assert_eq!(fold("(1,)[5]"), None);
        assert_eq!(fold("2 ** -1"), None);
        assert_eq!(fold("x + 1"), None);
    }
}
