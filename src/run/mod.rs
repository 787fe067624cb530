//! Runs a `.wasm` on the embedded wasmtime (WASI preview 1).
//!
//! * The guest is a WASI preview-1 *command* (`_start`), run synchronously
//!   with `wasmtime_wasi::p1` on a dedicated thread whose native stack is
//!   large enough for [`MAX_WASM_STACK`] (Python recurses deeply).
//! * argv is passed as given; the host environment is inherited (non-UTF-8
//!   entries skipped) and `RunOptions::env` overrides/extends it; stdio is
//!   inherited; every `(host, guest)` dir is preopened read-write.
//! * Exit code: `proc_exit(n)` gives `Ok(n)`, a normal return from `_start`
//!   gives `Ok(0)`. A trap gives `Err` whose message is
//!   `wasm trap: <trap>` followed by the wasm backtrace (one frame per line);
//!   the CLI prints it as `error: ...` and exits 1. Other failures (missing
//!   file, unknown import, ...) are `Err` with context.
//! * Compiled code is cached in
//!   `${PY2C_CACHE:-$HOME/.cache/py2c-wasm}/modules/<key>.cwasm`, key =
//!   sha256(wasm bytes, wasmtime version, engine compatibility hash, our
//!   settings). A stale/corrupt entry is recompiled and overwritten; cache
//!   write failures never fail a run.

use std::ffi::OsStr;
use std::hash::{Hash, Hasher};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};
use sha2::{Digest, Sha256};
use wasmtime::{Config, Engine, Linker, Module, OptLevel, Store, Strategy, Trap, WasmBacktrace};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

/// Everything `py2c-wasm run` passes to a guest.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// argv as the guest sees it, argv[0] included.
    pub argv: Vec<String>,
    /// (host dir, guest dir) preopens.
    pub dirs: Vec<(PathBuf, String)>,
    /// Extra environment (KEY, VALUE); the host environment is inherited as well.
    pub env: Vec<(String, String)>,
}

/// Native stack the guest's wasm frames may use (wasmtime's default is 512 KiB).
const MAX_WASM_STACK: usize = 8 << 20;
/// Stack of the thread that runs the guest: wasm stack + room for host calls
/// (WASI, compilation). Only reserved address space until touched.
pub(crate) const GUEST_THREAD_STACK: usize = MAX_WASM_STACK + (24 << 20);
/// Version of the pinned wasmtime (see Cargo.toml); part of the cache key.
const WASMTIME_VERSION: &str = "48.0.8";
/// Our own engine settings; part of the cache key. Bump when `engine()` changes.
const SETTINGS_FINGERPRINT: &str = "py2c-run-v2;cranelift;speed;backtrace-details=off;table-lazy-init=off";
/// Frames kept in a trap backtrace.
const MAX_BACKTRACE_FRAMES: usize = 40;

/// Runs the module, returns the guest's exit code.
pub fn run_wasm(wasm: &Path, opts: &RunOptions) -> Result<i32> {
    let cache = default_cache_root();
    let wasm = wasm.to_path_buf();
    let opts = opts.clone();
    on_guest_thread(move || run_impl(&wasm, &opts, cache.as_deref(), true))
}

/// Compiles the module into the cache (no-op when already cached), so the
/// first `run` does not pay for compilation.
pub fn precompile(wasm: &Path) -> Result<()> {
    let cache = default_cache_root().ok_or_else(|| {
        anyhow!("cannot locate the module cache: neither PY2C_CACHE nor HOME is set")
    })?;
    let wasm = wasm.to_path_buf();
    on_guest_thread(move || precompile_impl(&wasm, &cache))
}

/// `${PY2C_CACHE:-$HOME/.cache/py2c-wasm}`, `None` if neither is set.
pub(crate) fn default_cache_root() -> Option<PathBuf> {
    match std::env::var_os("PY2C_CACHE") {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(".cache").join("py2c-wasm")),
    }
}

/// Runs `f` on a thread with a stack big enough for `MAX_WASM_STACK`.
pub(crate) fn on_guest_thread<T: Send + 'static>(f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    let handle = std::thread::Builder::new()
        .name("wasm-guest".into())
        .stack_size(GUEST_THREAD_STACK)
        .spawn(f)
        .context("cannot start the wasm guest thread")?;
    match handle.join() {
        Ok(result) => result,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(anyhow!("internal error in the wasm runner: {msg}"))
        }
    }
}

/// Cranelift's per-function compilation results, one file each under `incremental/`:
/// most of every program is the same libpython, so a new program's first run compiles
/// only the functions it does not share with an earlier one.
#[derive(Debug)]
struct FunctionCache {
    dir: PathBuf,
}

impl FunctionCache {
    fn path(&self, key: &[u8]) -> PathBuf {
        use sha2::{Digest, Sha256};
        let hex: String = Sha256::digest(key).iter().map(|b| format!("{:02x}", b)).collect();
        self.dir.join(&hex[..2]).join(&hex[2..])
    }
}

impl wasmtime::CacheStore for FunctionCache {
    fn get(&self, key: &[u8]) -> Option<std::borrow::Cow<'_, [u8]>> {
        std::fs::read(self.path(key)).ok().map(std::borrow::Cow::Owned)
    }

    fn insert(&self, key: &[u8], value: Vec<u8>) -> bool {
        // Written to a temporary name and renamed: readers never see a partial entry.
        let path = self.path(key);
        let Some(dir) = path.parent() else { return false };
        static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let seq = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = path.with_extension(format!("tmp{}-{}", std::process::id(), seq));
        std::fs::create_dir_all(dir).is_ok() && std::fs::write(&tmp, &value).is_ok() && std::fs::rename(&tmp, &path).is_ok()
    }
}

pub(crate) fn engine(cache_root: Option<&Path>) -> Result<Engine> {
    Engine::new(&engine_config(cache_root)?)
        .map_err(anyhow::Error::from)
        .context("cannot configure wasmtime")
}

/// Our engine settings (`serve` adds its own on top).
pub(crate) fn engine_config(cache_root: Option<&Path>) -> Result<Config> {
    let mut cfg = Config::new();
    if let Some(root) = cache_root {
        let dir = root.join("incremental").join(WASMTIME_VERSION);
        cfg.enable_incremental_compilation(std::sync::Arc::new(FunctionCache { dir }))?;
    }
    // PY2C_PROFILE=perfmap: /tmp/perf-<pid>.map names the JIT code for `perf report`
    // (build with PY2C_KEEP_NAMES=1 so the functions have names).
    if std::env::var("PY2C_PROFILE").is_ok_and(|v| v == "perfmap") {
        cfg.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    cfg.strategy(Strategy::Cranelift)
        .cranelift_opt_level(OptLevel::Speed)
        .max_wasm_stack(MAX_WASM_STACK)
        // Config validation requires async_stack_size >= max_wasm_stack even
        // though we never run async.
        .async_stack_size(MAX_WASM_STACK + (1 << 20))
        .wasm_backtrace_details(wasmtime::WasmBacktraceDetails::Disable)
        // Eager tables: every call_indirect (each tp_* slot, each vectorcall) skips
        // the lazy-initialisation check; filling the table costs microseconds.
        .table_lazy_init(false)
        .wasm_backtrace_max_frames(std::num::NonZeroUsize::new(MAX_BACKTRACE_FRAMES));
    // Memory: the 64-bit defaults reserve 4 GiB (+ guards) per linear memory
    // and no store limiter is installed, so a wasm32 guest can grow to the
    // full 4 GiB.
    Ok(cfg)
}

fn read_wasm(wasm: &Path) -> Result<Vec<u8>> {
    std::fs::read(wasm).with_context(|| format!("cannot read {}", wasm.display()))
}

fn display_name(wasm: &Path) -> String {
    wasm.file_name()
        .unwrap_or_else(|| wasm.as_os_str())
        .to_string_lossy()
        .into_owned()
}

/// Feeds `Hash` output into a sha256.
struct ShaHasher(Sha256);

impl Hasher for ShaHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    fn finish(&self) -> u64 {
        0 // unused: only the digest is read
    }
}

fn cache_key(engine: &Engine, bytes: &[u8]) -> String {
    let mut h = ShaHasher(Sha256::new());
    h.0.update(bytes);
    h.0.update(b"\0wasmtime ");
    h.0.update(WASMTIME_VERSION.as_bytes());
    h.0.update(b"\0");
    h.0.update(SETTINGS_FINGERPRINT.as_bytes());
    h.0.update(b"\0");
    engine.precompile_compatibility_hash().hash(&mut h);
    h.0.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn cache_file(cache_root: &Path, key: &str) -> PathBuf {
    cache_root.join("modules").join(format!("{key}.cwasm"))
}

/// Writes `data` to `dest` through a temporary file + rename, so readers
/// (which mmap the file) never see a partial entry.
pub(crate) fn write_atomically(dest: &Path, data: &[u8]) -> Result<()> {
    let dir = dest.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp_name = format!(
        ".{}.tmp-{}-{nanos}",
        dest.file_name().and_then(OsStr::to_str).unwrap_or("module"),
        std::process::id()
    );
    let tmp = dir.join(tmp_name);
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, dest)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.with_context(|| format!("cannot write {}", dest.display()))
}

/// Loads the compiled module from the cache or compiles (and caches) it.
/// `announce`: print the "first run" note on a miss when stderr is a tty.
/// Cache write errors are returned in `.1`, never fail the load.
pub(crate) fn load_module(
    engine: &Engine,
    wasm: &Path,
    cache_root: Option<&Path>,
    announce: bool,
) -> Result<(Module, Option<anyhow::Error>)> {
    let bytes = read_wasm(wasm)?;
    let name = display_name(wasm);
    crate::component::refuse_component(&bytes, &name)?;
    let cached = cache_root.map(|root| cache_file(root, &cache_key(engine, &bytes)));

    if let Some(path) = &cached {
        if path.is_file() {
            // SAFETY: the file lives in our private cache and was produced by
            // `Module::serialize` (written atomically, never modified in
            // place); wasmtime checks its header, version and engine
            // compatibility and errors out on mismatch, in which case we
            // recompile below.
            if let Ok(module) = unsafe { Module::deserialize_file(engine, path) } {
                crate::cache::touch(path);
                return Ok((module, None));
            }
        }
    }

    if announce && std::io::stderr().is_terminal() {
        eprintln!("compiling {name} (first run)...");
    }
    let module = Module::from_binary(engine, &bytes)
        .map_err(anyhow::Error::from)
        .with_context(|| format!("cannot compile {}", wasm.display()))?;
    let mut cache_err = None;
    if let Some(path) = &cached {
        let written = module
            .serialize()
            .map_err(anyhow::Error::from)
            .context("cannot serialize the compiled module")
            .and_then(|data| write_atomically(path, &data));
        cache_err = written.err();
    }
    if let Some(root) = cache_root {
        prune_caches(root);
    }
    Ok((module, cache_err))
}

/// Budgets (MiB) of the runner's caches: a compiled module is ~20 MB; the function
/// cache adds ~35 MB per distinct program.
const MODULES_BUDGET_MIB: u64 = 8192;
const FUNCTIONS_BUDGET_MIB: u64 = 2048;

/// Keeps the compiled-module and function caches within their budgets.
fn prune_caches(root: &Path) {
    use crate::cache::{budget, prune_now_and_then, Bounded};
    let every = std::time::Duration::from_secs(300);
    let modules = root.join("modules");
    prune_now_and_then(&Bounded { dir: &modules, depth: 1, max_bytes: budget(MODULES_BUDGET_MIB) }, every);
    // incremental/<wasmtime version>/<2 hex>/<entry>
    let functions = root.join("incremental");
    prune_now_and_then(&Bounded { dir: &functions, depth: 3, max_bytes: budget(FUNCTIONS_BUDGET_MIB) }, every);
}

fn precompile_impl(wasm: &Path, cache_root: &Path) -> Result<()> {
    let engine = engine(Some(cache_root))?;
    let (_module, cache_err) = load_module(&engine, wasm, Some(cache_root), false)?;
    match cache_err {
        Some(e) => Err(e.context(format!("cannot cache the compiled {}", display_name(wasm)))),
        None => Ok(()),
    }
}

/// Host environment (UTF-8 entries only) with `extra` overriding same-named
/// keys (wasi-libc's getenv returns the first match, so no duplicates).
fn guest_env(extra: &[(String, String)]) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .filter(|(k, _)| !extra.iter().any(|(ek, _)| ek == k))
        .collect();
    for (k, v) in extra {
        // Later duplicates in `extra` win.
        env.retain(|(ek, _)| ek != k);
        env.push((k.clone(), v.clone()));
    }
    env
}

fn run_impl(
    wasm: &Path,
    opts: &RunOptions,
    cache_root: Option<&Path>,
    announce: bool,
) -> Result<i32> {
    let engine = engine(cache_root)?;
    let (module, _cache_err) = load_module(&engine, wasm, cache_root, announce)?;

    let mut builder = WasiCtxBuilder::new();
    builder
        .args(&opts.argv)
        .envs(&guest_env(&opts.env))
        .inherit_stdio()
        .allow_blocking_current_thread(true);
    for (host, guest) in &opts.dirs {
        builder
            .preopened_dir(host, guest, FsPerms::ReadWrite)
            .map_err(anyhow::Error::from)
            .with_context(|| format!("cannot preopen {} as {guest}", host.display()))?;
    }
    let wasi = builder.build_p1();

    let mut linker: Linker<WasiP1Ctx> = Linker::new(&engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |cx| cx)
        .map_err(anyhow::Error::from)
        .context("cannot set up WASI")?;
    let mut store = Store::new(&engine, wasi);

    let name = display_name(wasm);
    let result = linker
        .instantiate(&mut store, &module)
        .map_err(|e| classify(e, || format!("cannot instantiate {name}")))
        .and_then(|instance| {
            let start = instance
                .get_typed_func::<(), ()>(&mut store, "_start")
                .map_err(|e| {
                    anyhow::Error::from(e)
                        .context(format!("{name} is not a WASI command (no `_start` export)"))
                })?;
            start
                .call(&mut store, ())
                .map_err(|e| classify(e, || format!("{name} failed")))?;
            Ok(0)
        });
    let _ = std::io::stdout().flush();
    match result {
        Ok(code) => Ok(code),
        Err(Exit(code)) => Ok(code),
        Err(Failure(e)) => Err(e),
    }
}

/// Outcome of a failed guest call.
enum Outcome {
    Exit(i32),
    Failure(anyhow::Error),
}
use Outcome::{Exit, Failure};

impl From<anyhow::Error> for Outcome {
    fn from(e: anyhow::Error) -> Self {
        Failure(e)
    }
}

/// Turns a wasmtime error into an exit code (`proc_exit`), a trap report or
/// a plain error with `context`.
fn classify(e: wasmtime::Error, context: impl FnOnce() -> String) -> Outcome {
    if let Some(exit) = e.chain().find_map(|c| c.downcast_ref::<I32Exit>()) {
        return Exit(exit.0);
    }
    let trap = e
        .downcast_ref::<Trap>()
        .copied()
        .or_else(|| e.chain().find_map(|c| c.downcast_ref::<Trap>().copied()));
    if let Some(trap) = trap {
        let mut msg = trap.to_string(); // Display is "wasm trap: <description>"
        if let Some(bt) = e.downcast_ref::<WasmBacktrace>() {
            if !bt.frames().is_empty() {
                msg.push_str("\nwasm backtrace:");
                for (i, frame) in bt.frames().iter().enumerate() {
                    msg.push_str(&format!("\n  {i:>3}: "));
                    if let Some(off) = frame.module_offset() {
                        msg.push_str(&format!("{off:#8x} - "));
                    }
                    match frame.func_name() {
                        Some(n) => msg.push_str(n),
                        None => msg.push_str(&format!("<wasm function {}>", frame.func_index())),
                    }
                }
                if bt.frames().len() >= MAX_BACKTRACE_FRAMES {
                    msg.push_str("\n       ... (older frames omitted)");
                }
            }
        }
        return Failure(anyhow!(msg));
    }
    Failure(anyhow::Error::from(e).context(context()))
}

#[cfg(test)]
mod tests;
