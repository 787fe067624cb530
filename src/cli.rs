//! The `py2c-wasm` command line: build, run, setup, doctor.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::build::runtime::{cache_root, Runtime};
use crate::build::toolchain::Toolchain;
use crate::build::{BuildOptions, Environment};
use crate::diag::CompileError;

#[derive(Parser)]
#[command(name = "py2c-wasm", version, about = "Compile Python 3.11 programs to standalone WebAssembly")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile APP.py into one standalone .wasm
    Build {
        input: PathBuf,
        /// Output file (default: APP.wasm beside the input)
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
        /// Keep the generated C in DIR
        #[arg(long, value_name = "DIR")]
        emit_c: Option<PathBuf>,
        /// Optimization level of the C compiler (-O0, -O2, -O3)
        #[arg(short = 'O', value_name = "LEVEL", default_value = "2", value_parser = ["0", "2", "3"])]
        opt: String,
        /// No progress messages
        #[arg(short, long)]
        quiet: bool,
        /// Also bundle this module (for dynamic imports; `all`: the whole standard library); repeatable
        #[arg(long = "include", value_name = "MODULE")]
        include: Vec<String>,
        /// Leave out modules (and their package's files) matching a name or glob; repeatable
        #[arg(long = "exclude", value_name = "MODULE_OR_GLOB")]
        exclude: Vec<String>,
        /// Take packages from this interpreter's site-packages (default: the activated VIRTUAL_ENV)
        #[arg(long = "python", value_name = "PATH")]
        python: Option<PathBuf>,
        /// Also search this directory for modules, as PYTHONPATH does; repeatable
        #[arg(long = "path", value_name = "DIR")]
        paths: Vec<PathBuf>,
        /// Print each file of the embedded filesystem (size and guest path)
        #[arg(long)]
        list_files: bool,
        /// Import MODULE at build time and start every run from the snapshot taken after it
        /// (for a web app: the module holding the application object)
        #[arg(long, value_name = "MODULE", conflicts_with = "no_snapshot")]
        preinit: Option<String>,
        /// Start the interpreter from scratch at every run instead of from a snapshot taken
        /// at build
        #[arg(long)]
        no_snapshot: bool,
        /// What to write: a WASI preview-1 module, or a wasi:http component serving the
        /// --wsgi/--asgi application (for `wasmtime serve`, Spin and other wasi:http hosts)
        #[arg(long, value_enum, default_value = "wasi")]
        target: crate::build::Target,
        /// Build a module that serves this WSGI application (for `serve`)
        #[arg(long, value_name = "MODULE:CALLABLE", conflicts_with = "asgi")]
        wsgi: Option<String>,
        /// Build a module that serves this ASGI application (for `serve`)
        #[arg(long, value_name = "MODULE:CALLABLE")]
        asgi: Option<String>,
        /// Another script beside APP.py the .wasm can run as __main__, when started
        /// with argv[0] SCRIPT as typed here (`run --argv0`, `wasmtime run --argv0`); repeatable
        #[arg(long = "entry", value_name = "SCRIPT")]
        entries: Vec<PathBuf>,
    },
    /// Serve a WSGI or ASGI application over HTTP: APP.py (built first, cached) or an
    /// APP.wasm built with --wsgi/--asgi
    Serve {
        input: PathBuf,
        /// The WSGI application
        #[arg(long, value_name = "MODULE:CALLABLE", conflicts_with = "asgi")]
        wsgi: Option<String>,
        /// The ASGI application
        #[arg(long, value_name = "MODULE:CALLABLE")]
        asgi: Option<String>,
        /// Address to listen on (port 0: any free port, printed at start)
        #[arg(long, default_value = "127.0.0.1:8000")]
        listen: std::net::SocketAddr,
        /// Requests handled at once (default: one per core)
        #[arg(long)]
        workers: Option<usize>,
        /// Keep instances across requests instead of a fresh one per request
        #[arg(long)]
        reuse: bool,
        /// Seconds a request may run before it is stopped (503)
        #[arg(long, default_value = "30", value_name = "SECONDS")]
        timeout: f64,
        /// Memory an instance may grow to (bytes; K, M and G suffixes)
        #[arg(long, default_value = "512M", value_name = "BYTES", value_parser = parse_size)]
        max_memory: usize,
        /// Largest request body (413 beyond it)
        #[arg(long, default_value = "10M", value_name = "BYTES", value_parser = parse_size)]
        max_body: usize,
        /// Largest request line plus headers (431 beyond it; at least 8K)
        #[arg(long, default_value = "64K", value_name = "BYTES", value_parser = parse_size)]
        max_header: usize,
        /// Preopen a host directory in every instance: HOST or HOST::GUEST (a database's)
        #[arg(long = "dir", value_name = "HOST[::GUEST]")]
        dirs: Vec<String>,
        /// No access log
        #[arg(short, long)]
        quiet: bool,
        /// Set an environment variable in every instance: NAME=VALUE, or NAME to pass the
        /// host's (nothing else of the host's environment is passed)
        #[arg(long = "env", value_name = "NAME[=VALUE]")]
        env: Vec<String>,
    },
    /// Run APP.py (built first, cached) or APP.wasm on the embedded wasmtime
    Run {
        input: PathBuf,
        /// Preopen a host directory: HOST or HOST::GUEST
        #[arg(long = "dir", value_name = "HOST[::GUEST]")]
        dirs: Vec<String>,
        /// The program's argv[0] (default: INPUT): names the --entry script to run
        #[arg(long, value_name = "NAME")]
        argv0: Option<String>,
        /// Arguments passed to the program (after --)
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Print the C a module translates to (no toolchain needed)
    Translate {
        input: PathBuf,
        /// Import name of the module
        #[arg(long, default_value = "__main__")]
        module: String,
    },
    /// Provision the toolchain and the wasm CPython runtime
    Setup,
    /// Report each component of the toolchain and runtime
    Doctor,
}

pub fn main() -> i32 {
    let cli = Cli::parse();
    match run_cli(cli) {
        Ok(code) => code,
        Err(e) => {
            if let Some(ce) = e.downcast_ref::<CompileError>() {
                eprintln!("{}", ce);
            } else {
                eprintln!("py2c-wasm: error: {:#}", e);
            }
            1
        }
    }
}

/// `--env NAME=VALUE` or `--env NAME` (the host's value, which must be set).
fn instance_env(given: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    given
        .iter()
        .map(|e| {
            let (name, value) = match e.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None => match std::env::var(e) {
                    Ok(v) => (e.clone(), v),
                    Err(_) => anyhow::bail!("--env {}: {} is not set here; give its value as --env {}=VALUE", e, e, e),
                },
            };
            if name.is_empty() {
                anyhow::bail!("--env {}: the variable has no name", e);
            }
            Ok((name, value))
        })
        .collect()
}

fn run_cli(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Cmd::Build { input, output, emit_c, opt, quiet, mut include, exclude, python, paths, list_files, preinit, no_snapshot, target, wsgi, asgi, entries } => {
            let serve = app_spec(wsgi.as_deref(), asgi.as_deref())?;
            let output = output.unwrap_or_else(|| input.with_extension("wasm"));
            if let Some(m) = &preinit {
                include.push(m.clone());
            }
            let opts = BuildOptions { input, output, emit_c, opt_level: opt.parse()?, quiet, include, embed: Vec::new() };
            let startup = crate::emit::Startup { snapshot: !no_snapshot, preinit, hash_seed: None, component: false };
            let app = crate::build::AppOptions { env: env_options(python, paths), exclude, list_files, startup, serve, target, entries };
            let report = crate::build::build_app(&opts, &app)?;
            if !quiet {
                eprintln!(
                    "py2c-wasm: wrote {} ({:.1} MB, {} stdlib modules) in {:.1}s",
                    report.output.display(),
                    report.wasm_bytes as f64 / 1e6,
                    report.stdlib_modules,
                    report.seconds
                );
            }
            Ok(0)
        }
        Cmd::Run { input, dirs, argv0, args } => {
            let wasm = if input.extension().and_then(|e| e.to_str()) == Some("py") {
                built_for(&input, None)?
            } else {
                input.clone()
            };
            let mut argv = vec![argv0.unwrap_or_else(|| input.to_string_lossy().to_string())];
            argv.extend(args);
            let dirs = dirs.iter().map(|d| dir_mapping(d)).collect();
            let opts = crate::run::RunOptions { argv, dirs, env: Vec::new() };
            crate::run::run_wasm(&wasm, &opts)
        }
        Cmd::Serve { input, wsgi, asgi, listen, workers, reuse, timeout, max_memory, max_body, max_header, dirs, env, quiet } => {
            let env = instance_env(&env)?;
            let given = app_spec(wsgi.as_deref(), asgi.as_deref())?;
            let wasm = if input.extension().and_then(|e| e.to_str()) == Some("py") {
                let Some(spec) = &given else {
                    anyhow::bail!("serve {}: name the application with --wsgi MODULE:CALLABLE or --asgi MODULE:CALLABLE", input.display())
                };
                built_for(&input, Some(spec))?
            } else {
                input.clone()
            };
            let bytes = std::fs::read(&wasm).map_err(|e| anyhow::anyhow!("cannot read {}: {}", wasm.display(), e))?;
            crate::component::refuse_component(&bytes, &wasm.display().to_string())?;
            let built = crate::serve::app::read_section(&bytes)?;
            let app = match (built, given) {
                (None, _) => anyhow::bail!(
                    "{} was not built to serve: build it with `py2c-wasm build APP.py --wsgi MODULE:CALLABLE` (or --asgi)",
                    wasm.display()
                ),
                (Some(b), Some(g)) if b != g => {
                    anyhow::bail!("{} was built for {}, not {}", wasm.display(), b.describe(), g.describe())
                }
                (Some(b), _) => b,
            };
            if !(timeout > 0.0 && timeout.is_finite()) {
                anyhow::bail!("--timeout must be a positive number of seconds");
            }
            let workers = workers.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
            crate::serve::serve(crate::serve::ServeOptions {
                wasm,
                app,
                listen,
                workers,
                reuse,
                timeout: std::time::Duration::from_secs_f64(timeout),
                max_memory,
                max_body,
                max_header,
                access_log: !quiet,
                dirs: dirs.iter().map(|d| dir_mapping(d)).collect(),
                env,
            })?;
            Ok(0)
        }
        Cmd::Setup => {
            let env = Environment::provision()?;
            let index = crate::bundle::StdlibIndex::load(&env.runtime)?;
            eprintln!(
                "py2c-wasm: ready: runtime {} ({} stdlib modules), clang {}",
                env.runtime.prefix.display(),
                index.modules.len(),
                env.toolchain.clang.display()
            );
            Ok(0)
        }
        Cmd::Translate { input, module } => {
            let path = input.to_string_lossy();
            let m = crate::build::compile_module(&path, &path, &module)?;
            print!("{}", crate::emit::emit_module(&m));
            Ok(0)
        }
        Cmd::Doctor => Ok(doctor()),
    }
}

/// Packages come from `--python`'s interpreter, else the activated virtual environment.
fn env_options(python: Option<PathBuf>, paths: Vec<PathBuf>) -> crate::site::EnvOptions {
    let virtual_env = std::env::var_os("VIRTUAL_ENV").filter(|v| !v.is_empty()).map(PathBuf::from);
    crate::site::EnvOptions { python, paths, virtual_env }
}

/// The `.py` files beside a script (its own modules may be among them), with their sizes
/// and times, so that editing any of them invalidates a cached build.
fn sibling_sources_stamp(input: &std::path::Path) -> String {
    fn walk(dir: &std::path::Path, depth: u32, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() && depth < 8 {
                walk(&p, depth + 1, out);
            } else if p.extension().is_some_and(|x| x == "py") {
                if let Ok(m) = e.metadata() {
                    out.push(format!("{}:{:?}:{}", p.display(), m.modified().ok(), m.len()));
                }
            }
        }
    }
    let mut out = Vec::new();
    let dir = std::path::absolute(input).ok().and_then(|p| p.parent().map(|d| d.to_path_buf()));
    if let Some(d) = dir {
        walk(&d, 0, &mut out);
    }
    out.sort();
    out.join("\n")
}

/// `--dir HOST[::GUEST]`.
fn dir_mapping(d: &str) -> (PathBuf, String) {
    match d.split_once("::") {
        Some((h, g)) => (PathBuf::from(h), g.to_string()),
        None => (PathBuf::from(d), d.to_string()),
    }
}

/// `--wsgi` / `--asgi`.
fn app_spec(wsgi: Option<&str>, asgi: Option<&str>) -> anyhow::Result<Option<crate::serve::app::AppSpec>> {
    use crate::serve::app::{AppSpec, Kind};
    Ok(match (wsgi, asgi) {
        (Some(w), _) => Some(AppSpec::parse(Kind::Wsgi, w)?),
        (None, Some(a)) => Some(AppSpec::parse(Kind::Asgi, a)?),
        (None, None) => None,
    })
}

/// "512M" -> bytes.
fn parse_size(s: &str) -> Result<usize, String> {
    let (num, mult) = match s.char_indices().last() {
        Some((i, 'K' | 'k')) => (&s[..i], 1usize << 10),
        Some((i, 'M' | 'm')) => (&s[..i], 1 << 20),
        Some((i, 'G' | 'g')) => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<usize>().ok().and_then(|n| n.checked_mul(mult)).ok_or_else(|| format!("{s:?} is not a size in bytes (e.g. 512M)"))
}

/// `run app.py` / `serve app.py`: the build is cached by the sources and the compiler that
/// built it.
fn built_for(input: &std::path::Path, serve: Option<&crate::serve::app::AppSpec>) -> anyhow::Result<PathBuf> {
    let source = std::fs::read(input).map_err(|e| anyhow::anyhow!("can't open file '{}': {}", input.display(), e))?;
    let exe = std::env::current_exe()?;
    let meta = std::fs::metadata(&exe)?;
    // The environment the packages come from is part of the build's identity too.
    let venv = std::env::var("VIRTUAL_ENV").unwrap_or_default();
    let stamp = format!("{:?}{}{}{}", meta.modified().ok(), meta.len(), sibling_sources_stamp(input), venv);
    let path = input.to_string_lossy();
    let serving = serve.map(|s| s.describe()).unwrap_or_default();
    let hash = crate::build::hex_hash(&[&source, path.as_bytes(), stamp.as_bytes(), env!("CARGO_PKG_VERSION").as_bytes(), serving.as_bytes()]);
    let out = cache_root().join("builds").join(&hash).join("app.wasm");
    if !out.exists() {
        let opts = BuildOptions {
            input: input.to_path_buf(),
            output: out.clone(),
            emit_c: None,
            opt_level: 2,
            // A served app is often a framework: its build takes a while, so say so.
            quiet: serve.is_none(),
            include: Vec::new(),
            embed: Vec::new(),
        };
        let app = crate::build::AppOptions { env: env_options(None, Vec::new()), serve: serve.cloned(), ..Default::default() };
        crate::build::build_app(&opts, &app)?;
    }
    Ok(out)
}

fn doctor() -> i32 {
    let mut ok = true;
    let mut line = |name: &str, found: Option<PathBuf>, fix: &str| match found {
        Some(p) => println!("ok       {:<22} {}", name, p.display()),
        None => {
            ok = false;
            println!("MISSING  {:<22} {}", name, fix);
        }
    };
    for c in Toolchain::checks() {
        line(c.name, c.found, &c.fix);
    }
    let setup = "run `py2c-wasm setup`";
    let rt = Runtime::find_installed();
    let present = |p: PathBuf| p.exists().then_some(p);
    line("libpython archive", rt.as_ref().and_then(|r| present(r.archive())), setup);
    line("python headers", rt.as_ref().and_then(|r| present(r.headers().join("Python.h"))), setup);
    line("stdlib", rt.as_ref().and_then(|r| present(r.stdlib_dir().join("os.py"))), setup);
    line("python.wasm", rt.as_ref().and_then(|r| present(r.python_wasm())), setup);
    line("host python3.11", which::which("python3.11").ok(), "apt-get install python3.11 (or pyenv)");
    if ok {
        0
    } else {
        1
    }
}
