//! Bundling: which standard-library modules go into the `.wasm`, as marshalled code
//! objects in CPython's frozen-module table (no source text, no filesystem at run time).
//!
//! The stdlib is compiled once per runtime (`freeze_stdlib.py`, host python3.11) into
//! `code.bin` + `index.tsv`; a build takes the import closure of the program's modules.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::build::runtime::{cache_root, Runtime};
use crate::emit::FrozenEntry;

const FREEZE_PY: &str = include_str!("freeze_stdlib.py");
const WASI_FIXES_PY: &str = include_str!("wasi_fixes.py");

/// Modules CPython imports while starting up (`python3.11 -I -S`), before user code runs.
const STARTUP: &[&str] = &["encodings", "encodings.aliases", "encodings.utf_8", "codecs", "io", "abc"];

#[derive(Debug, Clone)]
pub struct StdModule {
    pub is_package: bool,
    offset: usize,
    size: usize,
    /// Imported at module level: needed whenever this module is.
    eager: Vec<String>,
    /// Imported inside functions: needed when those functions run.
    lazy: Vec<String>,
}

pub struct StdlibIndex {
    code_path: PathBuf,
    pub modules: HashMap<String, StdModule>,
}

impl StdlibIndex {
    /// Loads the frozen stdlib of a runtime, compiling it on first use.
    pub fn load(runtime: &Runtime) -> Result<StdlibIndex> {
        let dir = cache_root().join("stdlib").join(format!("{}-{}", runtime.key(), short_hash(&format!("{}{}", FREEZE_PY, WASI_FIXES_PY))));
        let index = dir.join("index.tsv");
        if !index.exists() {
            eprintln!("py2c-wasm: compiling the standard library to code objects (once per runtime)...");
            let script = dir.with_extension("freeze.py");
            std::fs::create_dir_all(&dir)?;
            std::fs::write(&script, FREEZE_PY)?;
            let fixes = dir.with_extension("fixes.py");
            std::fs::write(&fixes, WASI_FIXES_PY)?;
            let status = Command::new(host_python()?)
                .arg(&script)
                .arg(runtime.stdlib_dir())
                .arg(&dir)
                .arg(&fixes)
                .status()
                .context("cannot run python3.11 to compile the standard library")?;
            if !status.success() {
                bail!("compiling the standard library failed ({})", status);
            }
        }
        Self::read(&dir)
    }

    fn read(dir: &Path) -> Result<StdlibIndex> {
        let text = std::fs::read_to_string(dir.join("index.tsv"))?;
        let mut modules = HashMap::new();
        for line in text.lines().filter(|l| !l.is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 6 {
                bail!("corrupt stdlib index line: {}", line);
            }
            let names = |x: &str| x.split(',').filter(|s| !s.is_empty()).map(String::from).collect();
            modules.insert(
                f[0].to_string(),
                StdModule {
                    is_package: f[1] == "1",
                    offset: f[2].parse()?,
                    size: f[3].parse()?,
                    eager: names(f[4]),
                    lazy: names(f[5]),
                },
            );
        }
        Ok(StdlibIndex { code_path: dir.join("code.bin"), modules })
    }

    /// The modules the program can import, from `roots` (the program's own imports; names
    /// not in the stdlib are ignored: builtins, the program's modules, attributes).
    ///
    /// A module reached eagerly (a root, or a module-level import of an eagerly reached
    /// module) brings its module-level and its in-function imports; a module reached only
    /// through an in-function import brings its module-level imports. This keeps lazy
    /// dependencies such as `datetime.strptime` -> `_strptime` without pulling in every
    /// module any stdlib function might import.
    pub fn closure<'a>(&self, roots: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
        let mut eager_seen = BTreeSet::new();
        let mut lazy_seen = BTreeSet::new();
        let mut queue: VecDeque<(String, bool)> = roots.into_iter().map(|r| (r.to_string(), true)).collect();
        queue.extend(STARTUP.iter().map(|s| (s.to_string(), true)));
        // Every codec, so `str.encode(...)` works for any encoding name as in CPython.
        queue.extend(self.modules.keys().filter(|k| k.starts_with("encodings.")).map(|k| (k.clone(), true)));
        let mut computed_done = false;
        while let Some((name, eager)) = queue.pop_front() {
            // A submodule needs its parent packages.
            let mut parts: Vec<&str> = name.split('.').collect();
            while !parts.is_empty() {
                let n = parts.join(".");
                if let Some(m) = self.modules.get(&n) {
                    let new = if eager { eager_seen.insert(n.clone()) } else { !eager_seen.contains(&n) && lazy_seen.insert(n.clone()) };
                    if new {
                        queue.extend(m.eager.iter().map(|i| (i.clone(), eager)));
                        if eager {
                            queue.extend(m.lazy.iter().map(|i| (i.clone(), false)));
                        }
                    }
                }
                parts.pop();
            }
            // Modules the library imports by computed name, once their importer is in.
            if queue.is_empty() && !computed_done {
                computed_done = true;
                let has = |m: &str| eager_seen.contains(m) || lazy_seen.contains(m);
                if has("sysconfig") {
                    // sysconfig._get_sysconfigdata_name() (both of Debian's names).
                    queue.extend(self.modules.keys().filter(|k| k.starts_with("_sysconfigdata_")).map(|k| (k.clone(), true)));
                }
            }
        }
        eager_seen.extend(lazy_seen);
        eager_seen
    }

    /// Writes the selected modules' code into one blob and returns the frozen-table entries.
    pub fn write_bundle(&self, selected: &BTreeSet<String>, blob_path: &Path) -> Result<Vec<FrozenEntry>> {
        let code = std::fs::read(&self.code_path).with_context(|| format!("cannot read {}", self.code_path.display()))?;
        let mut blob = Vec::new();
        let mut entries = Vec::new();
        for name in selected {
            let m = &self.modules[name];
            let data = code.get(m.offset..m.offset + m.size).context("stdlib code blob is truncated")?;
            entries.push(FrozenEntry { name: name.clone(), offset: blob.len(), size: m.size, is_package: m.is_package });
            blob.extend_from_slice(data);
        }
        std::fs::write(blob_path, &blob)?;
        Ok(entries)
    }
}

pub fn host_python() -> Result<PathBuf> {
    which::which("python3.11").context("python3.11 is needed on the host to compile the standard library")
}

fn short_hash(s: &str) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(s.as_bytes());
    d.iter().take(6).map(|b| format!("{:02x}", b)).collect()
}
