//! C -> wasm object files: clang for wasm32-wasi, in parallel, through a machine-wide
//! cache of objects keyed by what determines them (the C text, the files it embeds, the
//! flags, the runtime headers), so a second program that uses Django compiles none of
//! Django again, and editing one view recompiles one module.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use anyhow::{anyhow, bail, Context, Result};

use super::runtime::cache_root;
use super::{hex_hash, Environment, RUNTIME_SOURCES};

/// Budget (MiB) of the object cache.
const OBJECTS_BUDGET_MIB: u64 = 4096;

/// One C file to compile.
pub struct Unit {
    /// The C file (in the work directory).
    pub source: PathBuf,
    /// Files it `#embed`s: their contents are part of the key.
    pub embeds: Vec<PathBuf>,
    /// Compiled with `-flto` (our own C: the runtime's helpers inline into it).
    pub lto: bool,
    /// A dependency's module: the runtime's always-inline fast paths become calls (one
    /// copy per file), which halves clang's time and a third of the object's size on a
    /// framework's thousand modules.
    pub compact: bool,
    /// What progress and errors call it.
    pub label: String,
}

pub struct Compiler<'a> {
    env: &'a Environment,
    /// Flags without `-flto`.
    cflags: Vec<String>,
    opt_level: u8,
    /// Hash of the runtime sources and flags: the C runtime is compiled once per value.
    runtime_key: String,
    /// Hash of what a module's C includes besides itself (py2c.h, the CPython headers of
    /// the runtime) and the flags: part of every object's key, so that a change to the
    /// runtime's .c files does not recompile a framework.
    header_key: String,
}

impl<'a> Compiler<'a> {
    pub fn new(env: &'a Environment, opt_level: u8) -> Result<Self> {
        let mut cflags = env.runtime.cflags()?;
        cflags.push(format!("-O{}", opt_level));
        // As CPython's own release build: without it every PyTuple_GET_ITEM, Py_SIZE,
        // PyUnicode_* and frame helper in the headers keeps its assert().
        cflags.push("-DNDEBUG".to_string());
        cflags.extend(
            ["-Wno-unused-label", "-Wno-unused-variable", "-Wno-unused-function", "-Wno-c23-extensions", "-fno-strict-aliasing"]
                .iter()
                .map(|s| s.to_string()),
        );
        let mut parts: Vec<&[u8]> = RUNTIME_SOURCES.iter().map(|(_, s)| s.as_bytes()).collect();
        let flags = cflags.join(" ");
        let runtime = env.runtime.key();
        parts.push(flags.as_bytes());
        parts.push(runtime.as_bytes());
        let runtime_key = hex_hash(&parts);
        let header = RUNTIME_SOURCES.iter().find(|(n, _)| *n == "py2c.h").map(|(_, s)| s.as_bytes()).unwrap_or_default();
        let header_key = hex_hash(&[header, flags.as_bytes(), runtime.as_bytes()]);
        Ok(Compiler { env, cflags, opt_level, runtime_key, header_key })
    }

    fn flags(&self, lto: bool, compact: bool) -> Vec<String> {
        let mut f = self.cflags.clone();
        if lto && self.opt_level > 0 {
            f.push("-flto".to_string());
        }
        if compact {
            f.push("-Dalways_inline=noinline".to_string());
        }
        f
    }

    fn clang(&self) -> Command {
        Command::new(&self.env.toolchain.clang)
    }

    /// The runtime sources written out once per content + flags hash (module C includes py2c.h from there).
    pub fn runtime_dir(&self) -> Result<PathBuf> {
        let dir = cache_root().join("rt").join(&self.runtime_key);
        if !dir.join("DONE").exists() {
            std::fs::create_dir_all(&dir)?;
            for (name, text) in RUNTIME_SOURCES {
                std::fs::write(dir.join(name), text)?;
            }
        }
        Ok(dir)
    }

    /// Runtime object files, compiled once and cached.
    pub fn runtime_objects(&self) -> Result<Vec<PathBuf>> {
        let dir = self.runtime_dir()?;
        let sources: Vec<&str> = RUNTIME_SOURCES.iter().map(|(n, _)| *n).filter(|n| n.ends_with(".c")).collect();
        let objects: Vec<PathBuf> = sources.iter().map(|s| dir.join(Path::new(s).with_extension("o"))).collect();
        if dir.join("DONE").exists() {
            return Ok(objects);
        }
        eprintln!("py2c-wasm: compiling the C runtime (once per version)...");
        let units: Vec<Unit> = sources
            .iter()
            .map(|s| Unit { source: dir.join(s), embeds: Vec::new(), lto: true, compact: false, label: s.to_string() })
            .collect();
        let pairs: Vec<(&Unit, &PathBuf)> = units.iter().zip(&objects).collect();
        super::parallel::map(&pairs, |(u, _)| u.label.clone(), |(u, obj)| self.clang_c(u, obj, &dir))
            .into_iter()
            .collect::<Result<Vec<()>>>()?;
        std::fs::write(dir.join("DONE"), "")?;
        Ok(objects)
    }

    fn clang_c(&self, unit: &Unit, obj: &Path, include: &Path) -> Result<()> {
        let dir = unit.source.parent().unwrap_or(Path::new("."));
        let out = self
            .clang()
            .args(self.flags(unit.lto, unit.compact))
            .arg("-I")
            .arg(include)
            .arg("-c")
            .arg(&unit.source)
            .arg("-o")
            .arg(obj)
            .current_dir(dir)
            .output()
            .context("cannot run clang")?;
        if !out.status.success() {
            bail!("clang failed on {}:\n{}", unit.source.display(), String::from_utf8_lossy(&out.stderr));
        }
        Ok(())
    }

    /// The cached object of `unit`, compiled on a miss.
    fn object(&self, unit: &Unit, include: &Path) -> Result<(PathBuf, bool)> {
        let text = std::fs::read(&unit.source).with_context(|| format!("cannot read {}", unit.source.display()))?;
        let mut embedded = Vec::new();
        for e in &unit.embeds {
            embedded.push(std::fs::read(e).with_context(|| format!("cannot read {}", e.display()))?);
        }
        let flags = self.flags(unit.lto, unit.compact).join(" ");
        let mut parts: Vec<&[u8]> = vec![&text, flags.as_bytes(), self.header_key.as_bytes()];
        parts.extend(embedded.iter().map(|e| e.as_slice()));
        let key = hex_hash(&parts);
        let obj = cache_root().join("objects").join(&key[..2]).join(format!("{}.o", key));
        if obj.exists() {
            crate::cache::touch(&obj);
            return Ok((obj, true));
        }
        std::fs::create_dir_all(obj.parent().unwrap())?;
        let tmp = obj.with_extension(format!("o.{}.tmp", std::process::id()));
        self.clang_c(unit, &tmp, include)?;
        std::fs::rename(&tmp, &obj)?;
        Ok((obj, false))
    }

    /// Objects of every unit, in order: cached ones at once, the rest compiled `jobs` at
    /// a time, with progress (modules done / total) unless `quiet`. After a failure no
    /// new file is started.
    pub fn compile_all(&self, units: &[Unit], quiet: bool) -> Result<Vec<PathBuf>> {
        let include = self.runtime_dir()?;
        let done = AtomicUsize::new(0);
        let cached = AtomicUsize::new(0);
        let failed = AtomicBool::new(false);
        let progress = Progress::new(units.len(), quiet);
        let results = super::parallel::map(
            units,
            |u| u.label.clone(),
            |u| {
                if failed.load(Ordering::SeqCst) {
                    return Err(anyhow!("not compiled: an earlier module failed"));
                }
                let r = self.object(u, &include);
                match &r {
                    Ok((_, true)) => {
                        cached.fetch_add(1, Ordering::SeqCst);
                    }
                    Err(_) => failed.store(true, Ordering::SeqCst),
                    _ => {}
                }
                progress.show(done.fetch_add(1, Ordering::SeqCst) + 1, cached.load(Ordering::SeqCst), &u.label);
                r.map(|(p, _)| p)
            },
        );
        progress.finish(cached.load(Ordering::SeqCst));
        let out = results.into_iter().collect::<Result<Vec<PathBuf>>>()?;
        let objects = cache_root().join("objects");
        crate::cache::prune_now_and_then(
            &crate::cache::Bounded { dir: &objects, depth: 2, max_bytes: crate::cache::budget(OBJECTS_BUDGET_MIB) },
            std::time::Duration::from_secs(600),
        );
        Ok(out)
    }

    /// `reactor`: no `main`; the module's exports are called by its host (a component's
    /// handler), after `_initialize` has run the constructors once.
    pub fn link(&self, objects: &[PathBuf], output: &Path, reactor: bool) -> Result<()> {
        if let Some(parent) = output.parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent)?;
            }
        }
        let tmp = output.with_extension("wasm.tmp");
        let out = self
            .clang()
            .args(self.flags(true, false))
            .args(objects)
            .args(self.env.runtime.link_flags()?)
            .args(crate::vfs::link_args())
            .args(if reactor { Some("-mexec-model=reactor") } else { None })
            // PY2C_KEEP_NAMES=1 keeps the name section, for profiling.
            .args(if std::env::var_os("PY2C_KEEP_NAMES").is_some() { None } else { Some("-Wl,--strip-all") })
            .arg("-o")
            .arg(&tmp)
            .output()
            .context("cannot run clang to link")?;
        if !out.status.success() {
            bail!("linking failed:\n{}", String::from_utf8_lossy(&out.stderr));
        }
        std::fs::rename(&tmp, output)?;
        Ok(())
    }
}

/// "compiling C: 120/870 modules (80 cached)": one updating line on a terminal, a line
/// per tenth of the work otherwise (CI logs).
struct Progress {
    total: usize,
    quiet: bool,
    tty: bool,
    last_tenth: AtomicUsize,
}

impl Progress {
    fn new(total: usize, quiet: bool) -> Self {
        Progress { total, quiet: quiet || total < 8, tty: std::io::stderr().is_terminal(), last_tenth: AtomicUsize::new(0) }
    }

    fn show(&self, done: usize, cached: usize, label: &str) {
        if self.quiet {
            return;
        }
        if self.tty {
            let mut e = std::io::stderr();
            let _ = write!(e, "\r\x1b[Kpy2c-wasm: compiling C: {}/{} ({} cached) {}", done, self.total, cached, label);
            let _ = e.flush();
        } else {
            let tenth = done * 10 / self.total;
            if self.last_tenth.fetch_max(tenth, Ordering::SeqCst) < tenth {
                eprintln!("py2c-wasm: compiling C: {}/{} ({} cached)", done, self.total, cached);
            }
        }
    }

    fn finish(&self, cached: usize) {
        if !self.quiet && self.tty {
            eprintln!("\r\x1b[Kpy2c-wasm: compiled C: {} files ({} cached)", self.total, cached);
        }
    }
}
