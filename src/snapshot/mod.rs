//! Pre-initialization: the linked module's `wizer-initialize` export (the interpreter's
//! start-up, then `--preinit MODULE`'s import) runs once here at build time, and
//! `wasmtime-wizer` writes the instance's memory and globals back into the module as its
//! initial state, so every start resumes with the interpreter already up.
//!
//! The initializer runs with nothing mounted, an empty environment and argv [script]: no
//! host file, directory or variable can be captured in the snapshot. What it prints is
//! returned to the caller (shown at build, not at every start).

use std::io::{Read, Seek};
use std::path::Path;

use anyhow::{anyhow, Context, Result};
use wasmtime::{Instance, Linker, Module, Store, Val};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::WasiCtxBuilder;
use wasmtime_wizer::{InstanceState, SnapshotVal, Wizer};

/// The initializer's export (wizer's default name).
pub const INIT_EXPORT: &str = "wizer-initialize";

/// What went wrong, for the build's error message.
pub struct InitFailure {
    /// Everything the initializer wrote to stdout and stderr (a traceback).
    pub output: String,
    /// Exit status, or the trap.
    pub reason: String,
}

/// Snapshots `wasm` (a module exporting [`INIT_EXPORT`]). `argv0` is the script as the
/// program's sys.argv[0] names it. `user_code`: the initializer imports the program's
/// modules (else only the interpreter starts, and its clocks are fixed so that, with a
/// fixed hash seed, the snapshot is reproducible). Returns the new module and the
/// initializer's output, or `Err(Ok(failure))` when the initializer itself failed.
pub fn snapshot(wasm: &[u8], argv0: &str, user_code: bool) -> Result<(Vec<u8>, String), std::result::Result<InitFailure, anyhow::Error>> {
    let wasm = wasm.to_vec();
    let argv0 = argv0.to_string();
    crate::run::on_guest_thread(move || Ok(snapshot_impl(&wasm, &argv0, user_code))).map_err(Err)?
}

/// The clocks of an interpreter-only snapshot: its start-up reads them (wasi-libc's
/// process clocks), every start reads them again.
struct FixedClock;

impl wasmtime_wasi::HostWallClock for FixedClock {
    fn resolution(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(1)
    }
    fn now(&self) -> std::time::Duration {
        std::time::Duration::from_secs(315_532_800) // 1980-01-01, as the embedded files' times
    }
}

impl wasmtime_wasi::HostMonotonicClock for FixedClock {
    fn resolution(&self) -> u64 {
        1
    }
    fn now(&self) -> u64 {
        0
    }
}

fn snapshot_impl(wasm: &[u8], argv0: &str, user_code: bool) -> Result<(Vec<u8>, String), std::result::Result<InitFailure, anyhow::Error>> {
    let wizer = Wizer::new();
    let (cx, instrumented) = wizer.instrument(wasm).map_err(|e| Err(anyhow!("cannot snapshot the module: {e:#}")))?;
    // The incremental cache makes this compile cheap (~1 s): the functions are the run's.
    let engine = crate::run::engine(crate::run::default_cache_root().as_deref()).map_err(Err)?;
    let module = Module::from_binary(&engine, &instrumented)
        .map_err(|e| Err(anyhow::Error::from(e).context("cannot compile the module to snapshot it")))?;

    let (mut out, out_w) = capture().map_err(Err)?;
    let mut builder = WasiCtxBuilder::new();
    builder
        .args(&[argv0])
        .stdout(wasmtime_wasi::cli::OutputFile::new(out_w.try_clone().map_err(|e| Err(e.into()))?))
        .stderr(wasmtime_wasi::cli::OutputFile::new(out_w))
        .allow_blocking_current_thread(true);
    if !user_code {
        builder.wall_clock(FixedClock).monotonic_clock(FixedClock);
    }
    let mut store = Store::new(&engine, builder.build_p1());
    let mut linker: Linker<WasiP1Ctx> = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |cx| cx).map_err(|e| Err(e.into()))?;
    // A component's core module also imports wasi:http, which its start-up never calls.
    linker.define_unknown_imports_as_traps(&module).map_err(|e| Err(e.into()))?;
    let instance = linker.instantiate(&mut store, &module).map_err(|e| Err(anyhow::Error::from(e).context("cannot instantiate the module to snapshot it")))?;
    let init = instance
        .get_typed_func::<(), ()>(&mut store, INIT_EXPORT)
        .map_err(|e| Err(anyhow::Error::from(e).context(format!("the module has no `{INIT_EXPORT}` export"))))?;
    // A reactor runs its constructors in `_initialize` (wizer drops that export: the
    // snapshot has run them).
    let result = match instance.get_typed_func::<(), ()>(&mut store, "_initialize") {
        Ok(ctors) => ctors.call(&mut store, ()),
        Err(_) => Ok(()),
    }
    .and_then(|()| init.call(&mut store, ()));
    let output = read_all(&mut out);
    if let Err(e) = result {
        let reason = match e.chain().find_map(|c| c.downcast_ref::<wasmtime_wasi::I32Exit>()) {
            Some(exit) => format!("exit status {}", exit.0),
            None => format!("{e:#}"),
        };
        return Err(Ok(InitFailure { output, reason }));
    }
    let mut state = Instantiated { store: &mut store, instance };
    let snapshot = block_on(wizer.snapshot(&cx, &mut state)).map_err(|e| Err(anyhow!("cannot snapshot the module: {e:#}")))?;
    Ok((snapshot, output))
}

/// A file both WASI output streams write to (in order), read back afterwards.
fn capture() -> Result<(std::fs::File, std::fs::File)> {
    let f = tempfile_in(&std::env::temp_dir()).context("cannot create a file for the initializer's output")?;
    Ok((f.try_clone()?, f))
}

fn tempfile_in(dir: &Path) -> std::io::Result<std::fs::File> {
    static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let seq = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = dir.join(format!(".py2c-snapshot-{}-{}", std::process::id(), seq));
    let f = std::fs::OpenOptions::new().read(true).write(true).create_new(true).open(&path)?;
    // Unlinked at once: nothing is left behind whatever happens next.
    let _ = std::fs::remove_file(&path);
    Ok(f)
}

fn read_all(f: &mut std::fs::File) -> String {
    let mut bytes = Vec::new();
    let _ = f.rewind().and_then(|_| f.read_to_end(&mut bytes));
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The instance after its initializer, as wizer reads it.
struct Instantiated<'a> {
    store: &'a mut Store<WasiP1Ctx>,
    instance: Instance,
}

impl InstanceState for Instantiated<'_> {
    async fn global_get(&mut self, name: &str, _: wasmtime_wizer::ValType) -> SnapshotVal {
        let global = self.instance.get_global(&mut *self.store, name).expect("wizer exported the global");
        match global.get(&mut *self.store) {
            Val::I32(x) => SnapshotVal::I32(x),
            Val::I64(x) => SnapshotVal::I64(x),
            Val::F32(x) => SnapshotVal::F32(x),
            Val::F64(x) => SnapshotVal::F64(x),
            Val::V128(x) => SnapshotVal::V128(x.as_u128()),
            other => panic!("global {name} holds a reference ({other:?}), which wizer refuses at instrumentation"),
        }
    }

    async fn memory_contents(&mut self, name: &str, contents: impl FnOnce(&[u8]) + Send) {
        let memory = self.instance.get_memory(&mut *self.store, name).expect("wizer exported the memory");
        contents(memory.data(&*self.store))
    }
}

/// Wizer's snapshot is async only for hosts that read state asynchronously; ours is ready
/// at once.
fn block_on<F: std::future::Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
        std::thread::yield_now();
    }
}
