//! What the `.wasm` carries in its embedded filesystem besides code: the app's tree and
//! each bundled package's other files (templates, `.mo` catalogs, static files, json,
//! tzdata, `*.dist-info`), at the guest paths that `__file__` and `__path__` name.
//! Compiled modules appear as empty placeholder `.py` files, so that directory listings
//! (`pkgutil.iter_modules`, Django's migration loader) see them; no source is embedded.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::modules::{skipped_dir, Excludes};
use crate::site::{join_guest, Root, RootKind, SearchPath};
use crate::vfs::{Content, Entry};

/// Files never embedded: bytecode, extension modules (they cannot run in wasm; the
/// build warns about each) and compiled modules (earlier builds' outputs beside the app).
fn never_embedded(name: &str) -> bool {
    [".pyc", ".pyo", ".so", ".pyd", ".wasm", ".cwasm", ".wasm.tmp"].iter().any(|ext| name.ends_with(ext))
}

/// Module name of a directory under a root, when every component is an identifier.
fn dotted(rest: &Path) -> String {
    rest.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join(".")
}

pub struct FileSet {
    pub entries: BTreeMap<String, Entry>,
    /// Translation sources (`.po`) of packages left out: gettext reads only the compiled
    /// `.mo` catalogs, and Django ships 8 MB of them.
    pub po_left_out: usize,
}

impl Default for FileSet {
    fn default() -> Self {
        Self::new()
    }
}

impl FileSet {
    pub fn new() -> Self {
        FileSet { entries: BTreeMap::new(), po_left_out: 0 }
    }

    fn add(&mut self, path: String, content: Content) {
        self.entries.entry(path.clone()).or_insert(Entry { path, content });
    }

    /// The placeholder of a compiled module's file (`__file__`): listed, not readable.
    pub fn add_placeholder(&mut self, guest: &str) {
        self.add(guest.to_string(), Content::Compiled);
    }

    /// Every non-code file under `dir` (a bundled package's tree on `root`), minus
    /// excluded subpackages, `skip` (the build's own output) and never-embedded files.
    pub fn add_tree(&mut self, root: &Root, dir: &Path, excludes: &Excludes, skip: &BTreeSet<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if skip.contains(&p) {
                continue;
            }
            let rest = p.strip_prefix(&root.host).unwrap_or(&p);
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
            if p.is_dir() {
                if skipped_dir(&p) || excludes.matches(&dotted(rest)) {
                    continue;
                }
                // An empty directory still exists in the guest.
                self.add(join_guest(&root.guest, rest), Content::Dir);
                self.add_tree(root, &p, excludes, skip);
            } else if root.kind != RootKind::App && name.ends_with(".po") {
                self.po_left_out += 1;
            } else if p.is_file() && !never_embedded(&name) && !name.ends_with(".py") {
                self.add(join_guest(&root.guest, rest), Content::File(p.clone()));
            }
        }
    }

    /// The `*.dist-info` / `*.egg-info` of each distribution in a site root that provides
    /// one of `tops` (importlib.metadata's version() and entry_points() read them).
    pub fn add_metadata(&mut self, search: &SearchPath, tops: &BTreeSet<String>) {
        for root in search.roots.iter().filter(|r| r.kind != RootKind::App) {
            let Ok(entries) = std::fs::read_dir(&root.host) else { continue };
            let mut dirs: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            dirs.sort();
            for d in dirs {
                let name = d.file_name().and_then(|n| n.to_str()).unwrap_or("");
                if !(name.ends_with(".dist-info") || name.ends_with(".egg-info")) || !d.is_dir() {
                    continue;
                }
                if distribution_tops(&d).iter().any(|t| tops.contains(t)) {
                    self.add_tree(root, &d, &Excludes::default(), &BTreeSet::new());
                }
            }
        }
    }

    pub fn into_entries(self) -> Vec<Entry> {
        self.entries.into_values().collect()
    }
}

/// The top-level names a distribution installs: `top_level.txt`, else the first path
/// components of the `.py` files and package directories in its RECORD.
fn distribution_tops(meta: &Path) -> BTreeSet<String> {
    if let Ok(t) = std::fs::read_to_string(meta.join("top_level.txt")) {
        return t.lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    }
    let mut out = BTreeSet::new();
    if let Ok(record) = std::fs::read_to_string(meta.join("RECORD")) {
        for line in record.lines() {
            let path = line.split(',').next().unwrap_or("");
            let mut parts = path.split('/');
            let first = parts.next().unwrap_or("");
            let nested = parts.next().is_some();
            if first.ends_with(".dist-info") || first.starts_with("..") || first.is_empty() {
                continue;
            }
            if nested {
                out.insert(first.to_string());
            } else if let Some(stem) = first.strip_suffix(".py") {
                out.insert(stem.to_string());
            }
        }
    }
    out
}
