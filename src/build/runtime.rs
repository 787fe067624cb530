//! The wasm CPython runtime: provisioned by `cpython-wasi/build.sh` into a cache
//! directory keyed by its inputs, then described by the files it installs
//! (`cflags.txt`, `link-flags.txt`, `lib/libpython3.11-full.a`, ...).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

/// Root of all caches: `$PY2C_CACHE` or `~/.cache/py2c-wasm`.
pub fn cache_root() -> PathBuf {
    if let Some(p) = std::env::var_os("PY2C_CACHE") {
        return PathBuf::from(p);
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/tmp"));
    home.join(".cache/py2c-wasm")
}

/// Where the project's own files are (`cpython-wasi/`): `$PY2C_HOME`, else the source tree
/// this binary was built from.
pub fn project_home() -> PathBuf {
    std::env::var_os("PY2C_HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// Hash of everything in `cpython-wasi/`, the apt lists' mtime and `WASI_SDK_PATH`.
fn inputs_fingerprint() -> Result<String> {
    let dir = project_home().join("cpython-wasi");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)?.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
    names.sort();
    let mut parts: Vec<Vec<u8>> = Vec::new();
    for n in names {
        parts.push(n.file_name().unwrap_or_default().to_string_lossy().as_bytes().to_vec());
        parts.push(std::fs::read(&n)?);
    }
    let lists = std::fs::metadata("/var/lib/apt/lists").and_then(|m| m.modified()).ok();
    parts.push(format!("{:?}", lists).into_bytes());
    parts.push(std::env::var("WASI_SDK_PATH").unwrap_or_default().into_bytes());
    let refs: Vec<&[u8]> = parts.iter().map(|p| p.as_slice()).collect();
    Ok(crate::build::hex_hash(&refs))
}

/// Runs `cpython-wasi/build.sh`. Its progress is shown only when it builds something
/// (or fails): a cache hit stays quiet. Returns the installed prefix.
fn run_build_script(script: &Path) -> Result<PathBuf> {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new("bash")
        .arg(script)
        .env("PY2C_CACHE", cache_root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot run {}", script.display()))?;
    let stderr = child.stderr.take().expect("stderr is piped");
    let relay = std::thread::spawn(move || {
        let mut held = Vec::new();
        let mut streaming = false;
        for line in BufReader::new(stderr).lines().map_while(|l| l.ok()) {
            if !streaming && line.contains("building into") {
                streaming = true;
                for h in held.drain(..) {
                    eprintln!("{}", h);
                }
            }
            if streaming {
                eprintln!("{}", line);
            } else {
                held.push(line);
            }
        }
        held
    });
    let out = child.wait_with_output().context("cpython-wasi/build.sh did not finish")?;
    let held = relay.join().unwrap_or_default();
    if !out.status.success() {
        for h in held {
            eprintln!("{}", h);
        }
        bail!("building the wasm CPython runtime failed ({}); see the messages above", out.status);
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let prefix = stdout.lines().last().map(str::trim).unwrap_or("");
    if prefix.is_empty() || !Path::new(prefix).join("DONE").exists() {
        bail!("cpython-wasi/build.sh did not report an installed runtime");
    }
    Ok(PathBuf::from(prefix))
}

#[derive(Debug, Clone)]
pub struct Runtime {
    pub prefix: PathBuf,
}

impl Runtime {
    /// Builds the runtime on first use (progress on stderr) or returns the cached one.
    pub fn provision() -> Result<Runtime> {
        // An explicitly named, already built runtime (e.g. prebuilt elsewhere).
        if let Some(p) = std::env::var_os("PY2C_RUNTIME") {
            let prefix = PathBuf::from(p);
            if !prefix.join("DONE").exists() {
                bail!("PY2C_RUNTIME={} is not a finished runtime (no DONE marker)", prefix.display());
            }
            return Ok(Runtime { prefix });
        }
        let script = project_home().join("cpython-wasi/build.sh");
        if !script.exists() {
            bail!("cannot find {} (set PY2C_HOME to the py2c-wasm source tree)", script.display());
        }
        // The script resolves Debian source versions (about 1.6 s); remember its answer
        // for the same script inputs until the apt lists change.
        let memo = cache_root().join("runtime").join(format!("resolved-{}", inputs_fingerprint()?));
        if let Ok(prefix) = std::fs::read_to_string(&memo) {
            let prefix = PathBuf::from(prefix.trim());
            if prefix.join("DONE").exists() {
                return Ok(Runtime { prefix });
            }
        }
        let prefix = run_build_script(&script)?;
        std::fs::create_dir_all(memo.parent().expect("memo has a parent"))?;
        std::fs::write(&memo, prefix.to_string_lossy().as_bytes())?;
        Ok(Runtime { prefix })
    }

    fn flags(&self, file: &str) -> Result<Vec<String>> {
        let path = self.prefix.join(file);
        let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let prefix = self.prefix.to_string_lossy();
        Ok(text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.replace("$PREFIX", &prefix))
            .collect())
    }

    /// Flags to compile C that includes Python.h for wasm32-wasi.
    pub fn cflags(&self) -> Result<Vec<String>> {
        self.flags("cflags.txt")
    }

    /// Flags to link a program against the runtime archive. CPython's own
    /// `--initial-memory` is dropped: our modules carry the stdlib as static data, so
    /// wasm-ld must size the initial memory itself.
    pub fn link_flags(&self) -> Result<Vec<String>> {
        Ok(self.flags("link-flags.txt")?.into_iter().filter(|f| !f.contains("--initial-memory")).collect())
    }

    pub fn archive(&self) -> PathBuf {
        self.prefix.join("lib/libpython3.11-full.a")
    }

    pub fn stdlib_dir(&self) -> PathBuf {
        self.prefix.join("lib/python3.11")
    }

    pub fn python_wasm(&self) -> PathBuf {
        self.prefix.join("bin/python.wasm")
    }

    pub fn headers(&self) -> PathBuf {
        self.prefix.join("include/python3.11")
    }

    /// The cache key part of the prefix (its last path component).
    pub fn key(&self) -> String {
        self.prefix.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
    }

    /// The newest installed runtime, without building (for `doctor`).
    pub fn find_installed() -> Option<Runtime> {
        let dir = cache_root().join("runtime");
        let mut best: Option<(std::time::SystemTime, PathBuf)> = None;
        for e in std::fs::read_dir(dir).ok()?.flatten() {
            let done = e.path().join("DONE");
            if let Ok(meta) = std::fs::metadata(&done) {
                let t = meta.modified().ok()?;
                if best.as_ref().map_or(true, |(bt, _)| t > *bt) {
                    best = Some((t, e.path()));
                }
            }
        }
        best.map(|(_, p)| Runtime { prefix: p })
    }
}
