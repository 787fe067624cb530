//! Optimizations that are provably equivalent to CPython.
//!
//! First pass: fold unary `-`, `+`, `~` applied to numeric literals, as CPython's
//! `ast_opt.c` does (so `-1` is one constant, not a call to `PyNumber_Negative`).

use num_bigint::BigInt;

use crate::constants::Const;
use crate::ir::{Instr, Module, UnaryOp};

pub fn optimize(m: &mut Module) {
    let mut consts = std::mem::take(&mut m.consts);
    for f in &mut m.functions {
        fold_unary(&mut f.body, &mut consts);
    }
    m.consts = consts;
}

fn fold(op: UnaryOp, c: &Const) -> Option<Const> {
    match (op, c) {
        (UnaryOp::Neg, Const::Int(i)) => Some(Const::Int(-i)),
        (UnaryOp::Pos, Const::Int(i)) => Some(Const::Int(i.clone())),
        (UnaryOp::Invert, Const::Int(i)) => Some(Const::Int(-(i + BigInt::from(1)))),
        (UnaryOp::Neg, Const::Float(bits)) => Some(Const::Float(bits ^ (1u64 << 63))),
        (UnaryOp::Pos, Const::Float(bits)) => Some(Const::Float(*bits)),
        (UnaryOp::Neg, Const::Complex(re, im)) => Some(Const::Complex(re ^ (1u64 << 63), im ^ (1u64 << 63))),
        (UnaryOp::Pos, Const::Complex(re, im)) => Some(Const::Complex(*re, *im)),
        _ => None,
    }
}

fn intern(consts: &mut Vec<Const>, c: Const) -> u32 {
    // `Const`'s equality compares float bits, so -0.0 and 0.0 stay apart.
    if let Some(i) = consts.iter().position(|x| x == &c) {
        return i as u32;
    }
    consts.push(c);
    (consts.len() - 1) as u32
}

/// `Const a; Unary b = op a; Clear a` -> `Const b`.
fn fold_unary(body: &mut Vec<Instr>, consts: &mut Vec<Const>) {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if let (Some(Instr::Const { dst: a, c }), Some(Instr::Unary { dst: b, op, src }), Some(Instr::Clear(cl))) =
            (body.get(i), body.get(i + 1), body.get(i + 2))
        {
            if src == a && cl == a {
                if let Some(folded) = fold(*op, &consts[*c as usize]) {
                    let id = intern(consts, folded);
                    out.push(Instr::Const { dst: *b, c: id });
                    i += 3;
                    continue;
                }
            }
        }
        out.push(body[i].clone());
        i += 1;
    }
    *body = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_negative_literals_bit_exactly() {
        assert_eq!(fold(UnaryOp::Neg, &Const::float(0.0)), Some(Const::float(-0.0)));
        assert_eq!(fold(UnaryOp::Invert, &Const::int(5)), Some(Const::int(-6)));
        assert_eq!(fold(UnaryOp::Invert, &Const::float(1.0)), None);
        assert_eq!(fold(UnaryOp::Not, &Const::int(0)), None);
    }
}
