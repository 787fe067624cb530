//! `py2c-wasm build`: front end -> C -> clang (wasm32-wasi) -> one linked, stripped `.wasm`.

pub mod app;
pub mod runtime;
pub mod toolchain;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};
use sha2::{Digest, Sha256};

use crate::bundle::StdlibIndex;
use crate::ir;
use runtime::{cache_root, Runtime};
use toolchain::Toolchain;

/// The C runtime, embedded so a build needs no source tree for it.
pub const RUNTIME_SOURCES: &[(&str, &str)] = &[
    ("py2c.h", include_str!("../../templates/runtime/py2c.h")),
    ("function.c", include_str!("../../templates/runtime/function.c")),
    ("call.c", include_str!("../../templates/runtime/call.c")),
    ("gen.c", include_str!("../../templates/runtime/gen.c")),
    ("match.c", include_str!("../../templates/runtime/match.c")),
    ("ops.c", include_str!("../../templates/runtime/ops.c")),
    ("constants.c", include_str!("../../templates/runtime/constants.c")),
    ("main.c", include_str!("../../templates/runtime/main.c")),
    ("exc.c", include_str!("../../templates/runtime/exc.c")),
    ("class.c", include_str!("../../templates/runtime/class.c")),
    ("tb.c", include_str!("../../templates/runtime/tb.c")),
    ("importer.c", include_str!("../../templates/runtime/importer.c")),
];

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub input: PathBuf,
    pub output: PathBuf,
    pub emit_c: Option<PathBuf>,
    /// clang -O level: 0, 2 or 3.
    pub opt_level: u8,
    pub quiet: bool,
    /// Extra stdlib modules to bundle (imported dynamically, e.g. by `importlib`).
    pub include: Vec<String>,
}

/// The first name a module uses that can import by computed name (`None`: none).
fn dynamic_import_use(m: &crate::ir::Module) -> Option<&'static str> {
    const DYNAMIC: &[&str] = &["import_module", "__import__", "exec", "eval", "compile", "run_module", "find_spec"];
    m.consts.iter().find_map(|c| match c {
        crate::constants::Const::Name(n) => DYNAMIC.iter().find(|d| **d == n.as_str()).copied(),
        _ => None,
    })
}

pub struct BuildReport {
    pub output: PathBuf,
    pub wasm_bytes: u64,
    pub stdlib_modules: usize,
    pub seconds: f64,
}

/// Front end only: source file -> optimized IR (a compile error is returned as is).
/// `filename` is what code objects and tracebacks name.
pub fn compile_module(path: &str, filename: &str, module_name: &str) -> Result<ir::Module> {
    let file = crate::parse::parse_file(path)?;
    let table = crate::scopes::analyze(&file)?;
    Ok(crate::lower::lower_module(&file, &table, module_name, filename)?)
}

/// Toolchain and runtime, provisioned on first use.
pub struct Environment {
    pub toolchain: Toolchain,
    pub runtime: Runtime,
}

impl Environment {
    pub fn provision() -> Result<Environment> {
        let runtime = Runtime::provision()?;
        let toolchain = Toolchain::discover().map_err(|missing| {
            let lines: Vec<String> =
                missing.iter().map(|c| format!("  missing {}: install with `{}`", c.name, c.fix)).collect();
            anyhow!("the wasm32-wasi toolchain is incomplete:\n{}", lines.join("\n"))
        })?;
        Ok(Environment { toolchain, runtime })
    }
}

/// Budget (MiB) of the per-input build work directories (~6 MB each).
const BUILDS_BUDGET_MIB: u64 = 2048;

pub fn build(opts: &BuildOptions) -> Result<BuildReport> {
    let start = Instant::now();
    // Like `python3.11 app.py`: __file__ and tracebacks name the absolute path,
    // sys.argv[0] the path as typed.
    let input = opts.input.to_string_lossy().to_string();
    let abs = std::path::absolute(&opts.input).unwrap_or_else(|_| opts.input.clone());
    let module = compile_module(&input, &abs.to_string_lossy(), "__main__")?;
    let root = abs.parent().map(Path::to_path_buf).unwrap_or_default();
    let app_modules = app::collect(&module, &root)?;
    let env = Environment::provision()?;
    let progress = |msg: &str| {
        if !opts.quiet {
            eprintln!("py2c-wasm: {}", msg);
        }
    };

    let work = match &opts.emit_c {
        Some(d) => d.clone(),
        None => cache_root().join("builds").join(hex_hash(&[std::fs::canonicalize(&opts.input)?.to_string_lossy().as_bytes()])),
    };
    std::fs::create_dir_all(&work).with_context(|| format!("cannot create {}", work.display()))?;
    if opts.emit_c.is_none() {
        // Work directories are cached per input; the least recently built go first.
        crate::cache::touch(&work);
        let builds = cache_root().join("builds");
        crate::cache::prune_now_and_then(
            &crate::cache::Bounded { dir: &builds, depth: 1, max_bytes: crate::cache::budget(BUILDS_BUDGET_MIB) },
            std::time::Duration::from_secs(300),
        );
    }

    let index = StdlibIndex::load(&env.runtime)?;
    let imports = app_modules.iter().flat_map(|a| a.module.imports.iter()).chain(module.imports.iter());
    // Imports by computed name (importlib, __import__, exec/eval of source) cannot be
    // followed statically: such programs get the whole library, as CPython has it.
    let dynamic = std::iter::once(&module).chain(app_modules.iter().map(|a| &a.module)).find_map(dynamic_import_use);
    let everything = opts.include.iter().any(|i| i == "all") || dynamic.is_some();
    if let Some(what) = dynamic {
        progress(&format!("the program uses {}: bundling the whole standard library", what));
    }
    let all: Vec<String> = if everything { index.modules.keys().cloned().collect() } else { Vec::new() };
    let selected = index.closure(imports.chain(opts.include.iter()).chain(all.iter()).map(String::as_str));
    if !app_modules.is_empty() {
        progress(&format!("{} modules of the program compiled beside __main__", app_modules.len()));
    }
    progress(&format!("{} standard-library modules reachable", selected.len()));
    let entries = index.write_bundle(&selected, &work.join("stdlib.bin"))?;

    let mut sources = vec!["module___main__.c".to_string(), "main.c".to_string(), "frozen.c".to_string()];
    write_if_changed(&work.join("module___main__.c"), &crate::emit::emit_module(&module))?;
    for a in &app_modules {
        let c_file = format!("module_{}.c", crate::emit::c_ident(&a.name));
        write_if_changed(&work.join(&c_file), &crate::emit::emit_module(&a.module))?;
        sources.push(c_file);
    }
    let table: Vec<crate::emit::AppModuleEntry> = app_modules
        .iter()
        .map(|a| crate::emit::AppModuleEntry { name: a.name.clone(), file: a.file.to_string_lossy().to_string(), is_package: a.is_package })
        .collect();
    let main_c = crate::emit::emit_main(&input, &abs.to_string_lossy(), &table);
    write_if_changed(&work.join("main.c"), &main_c)?;
    write_if_changed(&work.join("frozen.c"), &crate::emit::emit_frozen("stdlib.bin", &entries))?;

    let cc = Compiler::new(&env, opts.opt_level)?;
    let rt_objects = cc.runtime_objects()?;
    progress("compiling C");
    let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
    let mut objects = cc.compile_all(&work, &sources)?;
    objects.extend(rt_objects);
    progress("linking");
    cc.link(&objects, &opts.output)?;
    let wasm_bytes = std::fs::metadata(&opts.output)?.len();
    Ok(BuildReport { output: opts.output.clone(), wasm_bytes, stdlib_modules: selected.len(), seconds: start.elapsed().as_secs_f64() })
}

fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

pub fn hex_hash(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().iter().take(8).map(|b| format!("{:02x}", b)).collect()
}

struct Compiler<'a> {
    env: &'a Environment,
    cflags: Vec<String>,
}

impl<'a> Compiler<'a> {
    fn new(env: &'a Environment, opt_level: u8) -> Result<Self> {
        let mut cflags = env.runtime.cflags()?;
        cflags.push(format!("-O{}", opt_level));
        // As CPython's own release build: without it every PyTuple_GET_ITEM, Py_SIZE,
        // PyUnicode_* and frame helper in the headers keeps its assert().
        cflags.push("-DNDEBUG".to_string());
        // LTO across our C (the runtime and the modules): wasm-ld inlines the runtime's
        // out-of-line helpers into the generated code. CPython's archive stays native code.
        if opt_level > 0 {
            cflags.push("-flto".to_string());
        }
        cflags.extend(
            ["-Wno-unused-label", "-Wno-unused-variable", "-Wno-unused-function", "-Wno-c23-extensions", "-fno-strict-aliasing"]
                .iter()
                .map(|s| s.to_string()),
        );
        Ok(Compiler { env, cflags })
    }

    fn clang(&self) -> Command {
        Command::new(&self.env.toolchain.clang)
    }

    fn compile(&self, dir: &Path, src: &str, include: &Path) -> Result<PathBuf> {
        let obj = dir.join(Path::new(src).with_extension("o"));
        let out = self
            .clang()
            .args(&self.cflags)
            .arg("-I")
            .arg(include)
            .arg("-c")
            .arg(dir.join(src))
            .arg("-o")
            .arg(&obj)
            .current_dir(dir)
            .output()
            .context("cannot run clang")?;
        if !out.status.success() {
            bail!("clang failed on {}:\n{}", dir.join(src).display(), String::from_utf8_lossy(&out.stderr));
        }
        Ok(obj)
    }

    /// Compiles files in parallel (two at a time: the machines we target have 2 cores).
    fn compile_all(&self, dir: &Path, files: &[&str]) -> Result<Vec<PathBuf>> {
        let include = self.runtime_dir()?;
        let results: Vec<Result<PathBuf>> = std::thread::scope(|s| {
            let handles: Vec<_> = files.iter().map(|f| s.spawn(|| self.compile(dir, f, &include))).collect();
            handles.into_iter().map(|h| h.join().unwrap_or_else(|_| Err(anyhow!("compiler thread panicked")))).collect()
        });
        results.into_iter().collect()
    }

    /// The runtime sources written out once per content + flags hash.
    fn runtime_dir(&self) -> Result<PathBuf> {
        let mut parts: Vec<&[u8]> = RUNTIME_SOURCES.iter().map(|(_, s)| s.as_bytes()).collect();
        let flags = self.cflags.join(" ");
        parts.push(flags.as_bytes());
        let dir = cache_root().join("rt").join(hex_hash(&parts));
        if !dir.join("DONE").exists() {
            std::fs::create_dir_all(&dir)?;
            for (name, text) in RUNTIME_SOURCES {
                std::fs::write(dir.join(name), text)?;
            }
        }
        Ok(dir)
    }

    /// Runtime object files, compiled once and cached.
    fn runtime_objects(&self) -> Result<Vec<PathBuf>> {
        let dir = self.runtime_dir()?;
        let sources: Vec<&str> = RUNTIME_SOURCES.iter().map(|(n, _)| *n).filter(|n| n.ends_with(".c")).collect();
        let objects: Vec<PathBuf> = sources.iter().map(|s| dir.join(Path::new(s).with_extension("o"))).collect();
        if dir.join("DONE").exists() {
            return Ok(objects);
        }
        eprintln!("py2c-wasm: compiling the C runtime (once per version)...");
        let objs = self.compile_all(&dir, &sources)?;
        std::fs::write(dir.join("DONE"), "")?;
        Ok(objs)
    }

    fn link(&self, objects: &[PathBuf], output: &Path) -> Result<()> {
        if let Some(parent) = output.parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent)?;
            }
        }
        let tmp = output.with_extension("wasm.tmp");
        let out = self
            .clang()
            .args(&self.cflags)
            .args(objects)
            .args(self.env.runtime.link_flags()?)
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
