//! Optimizations that are provably equivalent to CPython.
//!
//! `fold`: constant folding with CPython's own `ast_opt.c` rules and limits, consulted
//! by the lowering before it emits an expression.
//! `borrow`: operands read in place instead of through a new reference, consulted by
//! the emitter.
//! `definite`: the fast slots certainly bound before each instruction (no unbound
//! checks there), consulted by the emitter.
//! `known_calls`: the module's own function a call site probably calls (a guess the
//! emitted C checks), for direct calls.

pub mod borrow;
pub mod definite;
pub mod fold;
pub mod known_calls;
