//! `--target wasi-http`: the served module as a WASI 0.2 component exporting
//! `wasi:http/incoming-handler`, which `wasmtime serve`, Spin, wasmCloud and other wasi:http
//! hosts run as it is.
//!
//! The module is built as for `serve` (the bridge as __main__, the application's module
//! preinitialized), linked as a reactor with the handler of `templates/component/handler.c`,
//! and snapshotted; then its WIT world (`world.wit`) is embedded and `wit-component` wraps
//! it, with the preview-1 calls of wasi-libc adapted to WASI 0.2 by wasmtime's "proxy"
//! adapter (stdio, clocks and random; no filesystem, environment or exit, which the proxy
//! world does not have: the embedded filesystem serves files from memory).

use anyhow::{Context, Result};
use wasi_preview1_component_adapter_provider::{WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME, WASI_SNAPSHOT_PREVIEW1_PROXY_ADAPTER};
use wit_component::{ComponentEncoder, StringEncoding};
use wit_parser::Resolve;

/// The WIT the handler is written against.
const WORLD_WIT: &str = include_str!("world.wit");

/// The C side: the export `wasi:http/incoming-handler@0.2.12#handle` and its imports.
pub const HANDLER_C: &str = include_str!("../../templates/component/handler.c");

/// The elements wasmtime's pooling allocator gives a table by default (`wasmtime serve`
/// instantiates with it; `-O pooling-table-elements=N` raises it).
pub const WASMTIME_POOLING_TABLE_ELEMENTS: usize = 20_000;

/// What a user must tell `wasmtime serve` to run the core module `core`, if anything: its
/// function table (every function whose address is taken: a framework's thousand modules
/// have many) may be larger than the pooling allocator's default.
pub fn wasmtime_serve_note(core: &[u8]) -> Result<Option<String>> {
    let table = crate::serve::pool::Sizes::of(core)?.table;
    Ok((table > WASMTIME_POOLING_TABLE_ELEMENTS).then(|| {
        format!(
            "the component's function table has {} elements, more than wasmtime's pooling allocator takes by default ({}): serve it with `wasmtime serve -O pooling-table-elements={}`",
            table, WASMTIME_POOLING_TABLE_ELEMENTS, table
        )
    }))
}

/// The component made of a snapshotted core module whose handler imports `world.wit`'s
/// functions.
pub fn encode(core: &[u8]) -> Result<Vec<u8>> {
    let mut resolve = Resolve::default();
    let pkg = resolve.push_str("world.wit", WORLD_WIT).context("the handler's WIT does not parse")?;
    let world = resolve.select_world(&[pkg], Some("handler"))?;
    let mut module = core.to_vec();
    wit_component::embed_component_metadata(&mut module, &resolve, world, StringEncoding::UTF8)?;
    ComponentEncoder::default()
        .module(&module)
        .context("cannot read the module's component metadata")?
        .adapter(WASI_SNAPSHOT_PREVIEW1_ADAPTER_NAME, WASI_SNAPSHOT_PREVIEW1_PROXY_ADAPTER)
        .context("cannot load the WASI preview-1 adapter")?
        .validate(true)
        .encode()
        .context("cannot make the module a wasi:http component")
}

/// `run` and `serve` take core modules: a component (`name` its file) is a clear error.
pub fn refuse_component(wasm: &[u8], name: &str) -> Result<()> {
    if wasmparser::Parser::is_component(wasm) {
        anyhow::bail!("{name} is a wasi:http component (built with --target wasi-http): serve it with `wasmtime serve {name}`, or build without --target to run or serve it here");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_world_parses() {
        let mut resolve = wit_parser::Resolve::default();
        let pkg = resolve.push_str("world.wit", super::WORLD_WIT).unwrap();
        resolve.select_world(&[pkg], Some("handler")).unwrap();
    }
}
