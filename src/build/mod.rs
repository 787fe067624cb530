//! `py2c-wasm build`: front end -> C -> clang (wasm32-wasi) -> one linked, stripped `.wasm`.

pub mod collect;
pub mod files;
pub mod modules;
pub mod objects;
pub mod parallel;
pub mod runtime;
pub mod toolchain;

use std::path::{Path, PathBuf};
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
    ("vfs.c", include_str!("../../templates/runtime/vfs.c")),
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
    /// Files the `.wasm` carries in its embedded filesystem, besides the packages' own.
    pub embed: Vec<crate::vfs::Entry>,
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
    lower_parsed(crate::parse::parse_file(path)?, filename, module_name)
}

/// Front end of source text (modules the build writes itself).
pub fn compile_source(source: &str, filename: &str, module_name: &str) -> Result<ir::Module> {
    lower_parsed(crate::parse::parse_source(filename, source)?, filename, module_name)
}

fn lower_parsed(file: crate::parse::SourceFile, filename: &str, module_name: &str) -> Result<ir::Module> {
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

/// An `--entry` script, compiled.
struct Entry {
    /// As typed: argv[0] names it, and it is then sys.argv[0].
    typed: String,
    guest: String,
    /// Lowered as `__main__`, named `__main__N` for its C.
    module: ir::Module,
}

/// The `--entry` scripts: each must be beside the main script (its directory is sys.path[0],
/// as for the main script).
fn compile_entries(paths: &[PathBuf], app_dir: &Path, search: &crate::site::SearchPath) -> Result<Vec<Entry>> {
    let mut out: Vec<Entry> = Vec::new();
    for (i, p) in paths.iter().enumerate() {
        let typed = p.to_string_lossy().to_string();
        let host = std::fs::canonicalize(p).with_context(|| format!("can't open file '{}'", typed))?;
        let guest = match search.guest_path(&host) {
            Some(g) if host.parent() == Some(app_dir) => g,
            _ => bail!("--entry {}: not in the directory of the main script, {}", typed, app_dir.display()),
        };
        if out.iter().any(|e| e.typed == typed) {
            bail!("--entry {} is given twice", typed);
        }
        let mut module = compile_module(&typed, &guest, "__main__")?;
        module.name = format!("__main__{}", i + 1);
        out.push(Entry { typed, guest, module });
    }
    Ok(out)
}

/// Budget (MiB) of the per-input build work directories (~6 MB each).
const BUILDS_BUDGET_MIB: u64 = 2048;

pub fn build(opts: &BuildOptions) -> Result<BuildReport> {
    build_app(opts, &AppOptions::default())
}

/// Where a program's dependencies come from and what to leave out.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    pub env: crate::site::EnvOptions,
    /// `--exclude MODULE_OR_GLOB`.
    pub exclude: Vec<String>,
    /// `--list-files`: print what the embedded filesystem holds.
    pub list_files: bool,
    /// Snapshot at build (`--no-snapshot`, `--preinit MODULE`).
    pub startup: crate::emit::Startup,
    /// `--wsgi/--asgi MODULE:CALLABLE`: the module serves that application (its __main__
    /// is the bridge of `serve`).
    pub serve: Option<crate::serve::app::AppSpec>,
    /// `--target`: what the output is.
    pub target: Target,
    /// `--entry SCRIPT`: more scripts beside the main one the module runs as `__main__`,
    /// the one argv[0] names (as typed here).
    pub entries: Vec<PathBuf>,
}

/// What a build writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    /// A WASI preview-1 module (`wasmtime app.wasm`, `py2c-wasm run`, `py2c-wasm serve`).
    #[default]
    Wasi,
    /// A WASI 0.2 component exporting wasi:http/incoming-handler (`wasmtime serve`, Spin),
    /// serving the application of --wsgi/--asgi.
    WasiHttp,
}

/// The host's time-zone database (Debian's tzdata package).
const HOST_ZONEINFO: &str = "/usr/share/zoneinfo";

/// Limits on the app's own tree: a script in a home directory would carry all of it.
const APP_TREE_MAX_FILES: usize = 20_000;
const APP_TREE_MAX_BYTES: u64 = 1 << 30;

pub fn build_app(opts: &BuildOptions, app: &AppOptions) -> Result<BuildReport> {
    let start = Instant::now();
    let progress = |msg: &str| {
        if !opts.quiet {
            eprintln!("py2c-wasm: {}", msg);
        }
    };
    let warn = |msg: &str| eprintln!("py2c-wasm: warning: {}", msg);
    // sys.argv[0] is the path as typed, as `python3.11 app.py` has it; __file__ and
    // tracebacks name the script under the app's fixed guest root.
    let input = opts.input.to_string_lossy().to_string();
    let abs = std::fs::canonicalize(&opts.input).with_context(|| format!("can't open file '{}'", input))?;
    let app_dir = abs.parent().map(Path::to_path_buf).unwrap_or_default();
    let search = crate::site::SearchPath::discover(&app_dir, &app.env)?;
    for w in &search.warnings {
        warn(w);
    }
    let main_guest = search.guest_path(&abs).unwrap_or_else(|| crate::site::APP_ROOT.to_string());
    let module = match &app.serve {
        Some(spec) => compile_source(&spec.bridge_source(), "<py2c-serve>", "__main__")?,
        None => compile_module(&input, &main_guest, "__main__")?,
    };
    let scripts = compile_entries(&app.entries, &app_dir, &search)?;
    if app.serve.is_some() && !scripts.is_empty() {
        bail!("--entry makes a program of several scripts; a served application has one (--wsgi/--asgi)");
    }
    let component = app.target == Target::WasiHttp;
    if component && app.serve.is_none() {
        bail!("--target wasi-http makes a component that serves an application: name it with --wsgi MODULE:CALLABLE or --asgi MODULE:CALLABLE");
    }
    let mut include = opts.include.clone();
    let mut startup = app.startup.clone();
    startup.component = component;
    if let Some(spec) = &app.serve {
        // The application's module is imported at build: its set-up (Django's) is in the snapshot.
        include.push(spec.module.clone());
        if startup.snapshot && startup.preinit.is_none() {
            startup.preinit = Some(spec.module.clone());
        }
    }
    let opts = &BuildOptions { include, ..opts.clone() };
    let env = Environment::provision()?;
    let index = StdlibIndex::load(&env.runtime)?;
    let excludes = modules::Excludes(app.exclude.clone());

    let found = collect::collect(&collect::Inputs {
        mains: std::iter::once(&module).chain(scripts.iter().map(|e| &e.module)).collect(),
        // Serving, the script is a module like the others (the bridge is __main__).
        main_file: if app.serve.is_some() { Path::new("") } else { &abs },
        search: &search,
        stdlib: &index,
        excludes: &excludes,
        include: &opts.include,
        quiet: opts.quiet,
    })?;
    for w in &found.warnings {
        warn(w);
    }

    let work = match &opts.emit_c {
        Some(d) => d.clone(),
        None => cache_root().join("builds").join(hex_hash(&[abs.to_string_lossy().as_bytes()])),
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

    // Imports by computed name (importlib, __import__, exec/eval of source) cannot be
    // followed statically: such programs get the whole library, as CPython has it.
    let compiled: Vec<&ir::Module> =
        std::iter::once(&module).chain(scripts.iter().map(|e| &e.module)).chain(found.modules.iter().map(|(_, m)| m)).collect();
    let dynamic = compiled.iter().find_map(|m| dynamic_import_use(m));
    let everything = opts.include.iter().any(|i| i == "all") || dynamic.is_some();
    if let Some(what) = dynamic {
        progress(&format!("the program uses {}: bundling the whole standard library", what));
    }
    let all: Vec<String> = if everything { index.modules.keys().cloned().collect() } else { Vec::new() };
    let ours: std::collections::BTreeSet<&str> = found.modules.iter().map(|(s, _)| s.name.as_str()).collect();
    let imports = compiled.iter().flat_map(|m| m.imports.iter()).filter(|i| !ours.contains(i.as_str()));
    let selected = index.closure(imports.chain(opts.include.iter()).chain(all.iter()).map(String::as_str));
    progress(&format!(
        "{} modules compiled beside __main__ ({} of the app), {} standard-library modules",
        found.modules.len(),
        found.modules.iter().filter(|(s, _)| s.own).count(),
        selected.len()
    ));
    let entries = index.write_bundle(&selected, &work.join("stdlib.bin"))?;

    // The embedded filesystem: the app's tree, the packages' data, placeholders.
    let mut skip = std::collections::BTreeSet::new();
    skip.insert(std::path::absolute(&opts.output).unwrap_or_else(|_| opts.output.clone()));
    if let Some(d) = &opts.emit_c {
        skip.insert(std::path::absolute(d).unwrap_or_else(|_| d.clone()));
    }
    let mut files = files::FileSet::new();
    let app_root = &search.roots[0];
    files.add_tree(app_root, &app_root.host, &excludes, &skip);
    let (n, bytes) = files.entries.values().fold((0usize, 0u64), |(n, b), e| match &e.content {
        crate::vfs::Content::File(p) => (n + 1, b + std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)),
        _ => (n, b),
    });
    if n > APP_TREE_MAX_FILES || bytes > APP_TREE_MAX_BYTES {
        bail!(
            "the app's directory {} holds {} files ({} MB): the .wasm would carry all of them; put the script in a directory of its own or leave parts out with --exclude",
            app_dir.display(),
            n,
            bytes >> 20
        );
    }
    for (root, dir) in &found.package_dirs {
        files.add_tree(root, dir, &excludes, &skip);
    }
    files.add_metadata(&search, &found.site_tops);
    if files.po_left_out > 0 {
        progress(&format!("left out {} .po translation sources of packages (gettext reads the compiled .mo files)", files.po_left_out));
    }
    if found.uses_zoneinfo && !found.site_tops.contains("tzdata") {
        // No tzdata package in the environment: the host's time-zone database, where
        // zoneinfo's TZPATH looks first.
        let host = Path::new(HOST_ZONEINFO);
        if host.join("UTC").is_file() {
            let root = crate::site::Root { kind: crate::site::RootKind::Site, host: host.to_path_buf(), guest: HOST_ZONEINFO.into() };
            files.add_tree(&root, host, &modules::Excludes(vec!["posix".into(), "right".into()]), &skip);
        } else {
            warn("zoneinfo is imported but there is no time-zone data: `pip install tzdata` in the environment");
        }
    }
    if app.serve.is_none() {
        files.add_placeholder(&main_guest);
    }
    for e in &scripts {
        files.add_placeholder(&e.guest);
    }
    for (s, _) in &found.modules {
        files.add_placeholder(&s.guest);
    }
    let mut embed = files.into_entries();
    embed.extend(opts.embed.iter().cloned());
    if app.list_files {
        for e in &embed {
            let size = match &e.content {
                crate::vfs::Content::File(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0).to_string(),
                crate::vfs::Content::Bytes(b) => b.len().to_string(),
                crate::vfs::Content::Dir => "dir".to_string(),
                crate::vfs::Content::Compiled => "0".to_string(),
            };
            println!("{}\t{}", size, e.path);
        }
    }
    let image = crate::vfs::pack(&embed)?;
    write_bytes_if_changed(&work.join("vfs.bin"), &image)?;
    write_if_changed(&work.join("vfs_image.c"), &crate::emit::emit_vfs_image("vfs.bin", image.len()))?;

    // C of every module, written in parallel (the front end ran in `collect`).
    let own_c = |name: &str| format!("module_{}.c", crate::emit::c_ident(name));
    write_if_changed(&work.join("module___main__.c"), &crate::emit::emit_module(&module))?;
    for e in &scripts {
        write_if_changed(&work.join(own_c(&e.module.name)), &crate::emit::emit_module(&e.module))?;
    }
    emit_all(&work, &found.modules, &own_c)?;
    let table: Vec<crate::emit::AppModuleEntry> = found
        .modules
        .iter()
        .map(|(s, _)| crate::emit::AppModuleEntry { name: s.name.clone(), file: s.guest.clone(), is_package: s.is_package })
        .collect();
    if startup.snapshot && startup.hash_seed.is_none() {
        startup.hash_seed = hash_seed_from_env()?;
    }
    let mains: Vec<crate::emit::MainEntry> = scripts
        .iter()
        .map(|e| crate::emit::MainEntry { script: e.typed.clone(), file: e.guest.clone(), module: e.module.name.clone() })
        .collect();
    let main_c = crate::emit::emit_main(&input, &main_guest, &table, &mains, &search.guest_sys_path(), crate::site::APP_ROOT, &startup);
    write_if_changed(&work.join("main.c"), &main_c)?;
    write_if_changed(&work.join("frozen.c"), &crate::emit::emit_frozen("stdlib.bin", &entries))?;

    let cc = objects::Compiler::new(&env, opts.opt_level)?;
    let rt_objects = cc.runtime_objects()?;
    let unit = |file: String, embeds: Vec<PathBuf>, lto: bool| objects::Unit {
        source: work.join(&file),
        embeds: embeds.into_iter().map(|e| work.join(e)).collect(),
        lto,
        compact: false,
        label: file,
    };
    let mut units = vec![
        unit("module___main__.c".into(), vec![], true),
        unit("main.c".into(), vec![], true),
        unit("frozen.c".into(), vec!["stdlib.bin".into()], false),
        unit("vfs_image.c".into(), vec!["vfs.bin".into()], false),
    ];
    units.extend(scripts.iter().map(|e| unit(own_c(&e.module.name), vec![], true)));
    if component {
        write_if_changed(&work.join("handler.c"), crate::component::HANDLER_C)?;
        units.push(unit("handler.c".into(), vec![], true));
    }
    // The app's own modules take part in LTO with the runtime, as __main__ does; a
    // framework's thousand modules would make one serial LTO link take minutes.
    units.extend(found.modules.iter().map(|(s, _)| objects::Unit { compact: !s.own, ..unit(own_c(&s.name), vec![], s.own) }));
    let mut objects = cc.compile_all(&units, opts.quiet)?;
    objects.extend(rt_objects);
    progress(&format!("linking {} objects", objects.len()));
    // Linked in the work directory when more is to come: the output appears only once done.
    let linked = if startup.snapshot || component { work.join("linked.wasm") } else { opts.output.clone() };
    cc.link(&objects, &linked, component)?;
    let module_out = if component { work.join("snapshot.wasm") } else { opts.output.clone() };
    if startup.snapshot {
        match &startup.preinit {
            Some(m) => progress(&format!("snapshotting the interpreter's start-up and `import {}`", m)),
            None => progress("snapshotting the interpreter's start-up"),
        }
        snapshot_into(&linked, &module_out, &input, &startup)?;
    } else if component {
        std::fs::rename(&linked, &module_out)?;
    }
    if component {
        progress("making the wasi:http component");
        let core = std::fs::read(&module_out)?;
        crate::run::write_atomically(&opts.output, &crate::component::encode(&core)?)?;
        if let Some(note) = crate::component::wasmtime_serve_note(&core)? {
            warn(&note);
        }
    } else if let Some(spec) = &app.serve {
        let wasm = std::fs::read(&opts.output)?;
        write_bytes_if_changed(&opts.output, &crate::serve::app::with_section(wasm, spec))?;
    }
    let wasm_bytes = std::fs::metadata(&opts.output)?.len();
    Ok(BuildReport { output: opts.output.clone(), wasm_bytes, stdlib_modules: selected.len(), seconds: start.elapsed().as_secs_f64() })
}

/// PYTHONHASHSEED at build time fixes the snapshot's hash secret; unset or `random`, it is
/// drawn once at build.
fn hash_seed_from_env() -> Result<Option<u32>> {
    match std::env::var("PYTHONHASHSEED") {
        Err(_) => Ok(None),
        Ok(v) if v == "random" || v.is_empty() => Ok(None),
        Ok(v) => v
            .parse::<u32>()
            .map(Some)
            .map_err(|_| anyhow!("PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]")),
    }
}

/// Replaces the linked module by its snapshot; an initializer that fails is the build's
/// error, with what it printed.
/// With PYTHONHASHSEED given, an interpreter-only snapshot is reproducible: it is cached by
/// its input (a rebuild of the same program then gives the same bytes, and runs from the
/// compiled-module cache).
fn snapshot_into(linked: &Path, output: &Path, script: &str, startup: &crate::emit::Startup) -> Result<()> {
    let preinit = startup.preinit.as_deref();
    let wasm = std::fs::read(linked).with_context(|| format!("cannot read {}", linked.display()))?;
    let cached = match (startup.hash_seed, preinit) {
        (Some(seed), None) => {
            let key = hex_hash(&[&wasm, script.as_bytes(), seed.to_string().as_bytes(), b"wasmtime-wizer 48.0.8"]);
            Some(cache_root().join("snapshots").join(format!("{key}.wasm")))
        }
        _ => None,
    };
    if let Some(hit) = cached.as_ref().filter(|p| p.is_file()) {
        crate::cache::touch(hit);
        return crate::run::write_atomically(output, &std::fs::read(hit)?);
    }
    match crate::snapshot::snapshot(&wasm, script, preinit.is_some()) {
        Ok((snapshot, printed)) => {
            if !printed.is_empty() {
                eprint!("{}", printed);
            }
            if let Some(path) = &cached {
                // A cache that cannot be written only costs the next build its hit.
                if crate::run::write_atomically(path, &snapshot).is_ok() {
                    crate::cache::prune_now_and_then(
                        &crate::cache::Bounded { dir: path.parent().unwrap(), depth: 1, max_bytes: crate::cache::budget(SNAPSHOTS_BUDGET_MIB) },
                        std::time::Duration::from_secs(300),
                    );
                }
            }
            crate::run::write_atomically(output, &snapshot)
        }
        Err(Err(e)) => Err(e),
        Err(Ok(failure)) => {
            let what = match preinit {
                Some(m) => format!(
                    "--preinit {m}: importing {m} at build time failed ({}); it runs with nothing mounted, no environment variables and no arguments, so a module that opens host files or reads the environment at import cannot be snapshotted (leave out --preinit)",
                    failure.reason
                ),
                None => format!("the interpreter's start-up failed at build time ({})", failure.reason),
            };
            bail!("{}\n{}", what, failure.output.trim_end())
        }
    }
}

/// Budget (MiB) of the cached reproducible snapshots (~10 MB each).
const SNAPSHOTS_BUDGET_MIB: u64 = 1024;

/// Writes each compiled module's C (in parallel: emission of a framework takes seconds).
fn emit_all(work: &Path, modules: &[(modules::SourceModule, ir::Module)], name: &(dyn Fn(&str) -> String + Sync)) -> Result<()> {
    parallel::map(modules, |(s, _)| s.name.clone(), |(s, m)| write_if_changed(&work.join(name(&s.name)), &crate::emit::emit_module(m)))
        .into_iter()
        .collect()
}

fn write_bytes_if_changed(path: &Path, bytes: &[u8]) -> Result<()> {
    if std::fs::read(path).ok().as_deref() == Some(bytes) {
        return Ok(());
    }
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
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

