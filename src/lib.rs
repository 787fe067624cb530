//! py2c-wasm: Python 3.11 -> C (CPython C-API) -> wasm32-wasi.
//!
//! The pipeline reads from the module names, one stage each:
//! `parse` -> `scopes` -> `lower` (to `ir`) -> `optimize` -> `emit` (C via askama)
//! -> `build` (clang, wasm-ld) -> `bundle` (stdlib, frozen table) -> `run` (wasmtime).

pub mod build;
pub mod bundle;
pub mod cache;
pub mod cli;
pub mod component;
pub mod constants;
pub mod diag;
pub mod emit;
pub mod ir;
pub mod lower;
pub mod optimize;
pub mod parse;
pub mod run;
pub mod scopes;
pub mod serve;
pub mod site;
pub mod snapshot;
pub mod vfs;
