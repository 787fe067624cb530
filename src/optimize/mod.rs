//! Optimizations that are provably equivalent to CPython.
//!
//! `fold`: constant folding with CPython's own `ast_opt.c` rules and limits, consulted
//! by the lowering before it emits an expression.

pub mod fold;
