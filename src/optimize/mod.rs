//! Optimizations that are provably equivalent to CPython.
//!
//! `fold`: constant folding with CPython's own `ast_opt.c` rules and limits, consulted
//! by the lowering before it emits an expression.
//! `borrow`: operands read in place instead of through a new reference, consulted by
//! the emitter.

pub mod borrow;
pub mod fold;
