//! Which modules a program is made of, and where each comes from.
//!
//! Imports are resolved as CPython's path finder resolves them over the program's
//! search path (`crate::site`): the app's tree and `--path` dirs first, then the
//! standard library (frozen, see `crate::bundle`), then site-packages. Code imported by
//! a computed name (Django's INSTALLED_APPS, backends, migrations found by
//! `pkgutil.iter_modules`) cannot be followed, so a package is taken whole: when any
//! module of a top-level package is imported, every module of it is compiled, and the
//! app's own tree is compiled whole. `--exclude` and `--include` adjust that.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::bundle::StdlibIndex;
use crate::site::{Root, RootKind, SearchPath};

/// One Python source module to compile.
#[derive(Debug, Clone)]
pub struct SourceModule {
    pub name: String,
    pub is_package: bool,
    /// The file on the build machine.
    pub host: PathBuf,
    /// `__file__` in the guest.
    pub guest: String,
    /// Of the app's own tree: a compile error there fails the build.
    pub own: bool,
}

/// A top-level name resolved over the search path.
#[derive(Debug, Clone)]
pub enum TopLevel {
    /// A package or module directory tree on one root (several for a namespace package).
    Source { roots: Vec<(Root, PathBuf)>, single_file: Option<PathBuf> },
    /// Served by the frozen standard library.
    Stdlib,
    /// Only a C extension provides it: cannot run in wasm.
    Extension(PathBuf),
    Missing,
}

/// A file or directory name that can be a module name: the import system does not ask
/// for identifiers (Django's migrations are `0001_initial.py`, imported by name).
fn is_module_name(s: &str) -> bool {
    !s.is_empty() && !s.contains('.') && !s.contains(char::is_whitespace)
}

/// The extension-module file of `name` in `dir`, if any (`name.cpython-311-*.so`, `name.abi3.so`, `name.so`).
fn extension_in(dir: &Path, name: &str) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    entries.flatten().map(|e| e.path()).find(|p| {
        let f = p.file_name().and_then(|f| f.to_str()).unwrap_or("");
        f.ends_with(".so") && (f == format!("{}.so", name) || f.starts_with(&format!("{}.", name)))
    })
}

/// Resolves a top-level name as `sys.path` order does: a regular package or module on
/// the first root that has one; directories without `__init__.py` are portions of a
/// namespace package, used when no root has a regular one.
pub fn resolve_top(search: &SearchPath, stdlib: &StdlibIndex, top: &str) -> TopLevel {
    let mut portions: Vec<(Root, PathBuf)> = Vec::new();
    let mut extension = None;
    let mut check = |root: &Root| -> Option<TopLevel> {
        let dir = root.host.join(top);
        if dir.join("__init__.py").is_file() {
            return Some(TopLevel::Source { roots: vec![(root.clone(), dir)], single_file: None });
        }
        if let Some(ext) = extension_in(&root.host, top) {
            // An extension module comes before a .py of the same name in FileFinder's order.
            return Some(TopLevel::Extension(ext));
        }
        let file = root.host.join(format!("{}.py", top));
        if file.is_file() {
            return Some(TopLevel::Source { roots: vec![(root.clone(), root.host.clone())], single_file: Some(file) });
        }
        if dir.join("__init__.so").exists() || extension_in(&dir, "__init__").is_some() {
            extension.get_or_insert(dir.clone());
        }
        if dir.is_dir() {
            portions.push((root.clone(), dir));
        }
        None
    };
    for r in search.before_stdlib() {
        if let Some(t) = check(r) {
            return t;
        }
    }
    if stdlib.modules.contains_key(top) {
        return TopLevel::Stdlib;
    }
    for r in search.after_stdlib() {
        if let Some(t) = check(r) {
            return t;
        }
    }
    if !portions.is_empty() {
        return TopLevel::Source { roots: portions, single_file: None };
    }
    match extension {
        Some(e) => TopLevel::Extension(e),
        None => TopLevel::Missing,
    }
}

/// Directories of a tree that are never code to bundle.
pub fn skipped_dir(dir: &Path) -> bool {
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.starts_with('.') || name == "__pycache__" || name == "node_modules" || name == "site-packages" || dir.join("pyvenv.cfg").exists()
}

/// Every module of the package tree `dir` named `prefix` (`dir` itself is the package).
/// Subdirectories without `__init__.py` are namespace packages, as in CPython.
pub fn package_modules(root: &Root, dir: &Path, prefix: &str, out: &mut Vec<SourceModule>, extensions: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let fname = p.file_name().and_then(|f| f.to_str()).unwrap_or("").to_string();
        if p.is_dir() {
            if !skipped_dir(&p) && is_module_name(&fname) {
                package_modules(root, &p, &format!("{}.{}", prefix, fname), out, extensions);
            }
        } else if let Some(stem) = fname.strip_suffix(".py") {
            if stem == "__init__" {
                out.push(module(root, &p, prefix, true));
            } else if is_module_name(stem) {
                out.push(module(root, &p, &format!("{}.{}", prefix, stem), false));
            }
        } else if fname.ends_with(".so") {
            extensions.push(p);
        }
    }
}

fn module(root: &Root, file: &Path, name: &str, is_package: bool) -> SourceModule {
    let rest = file.strip_prefix(&root.host).unwrap_or(file);
    SourceModule {
        name: name.to_string(),
        is_package,
        host: file.to_path_buf(),
        guest: crate::site::join_guest(&root.guest, rest),
        own: root.kind == RootKind::App,
    }
}

/// The modules of a resolved top-level name.
pub fn top_modules(top: &str, t: &TopLevel, out: &mut Vec<SourceModule>, extensions: &mut Vec<PathBuf>) {
    if let TopLevel::Source { roots, single_file } = t {
        match single_file {
            Some(f) => out.push(module(&roots[0].0, f, top, false)),
            None => {
                for (root, dir) in roots {
                    package_modules(root, dir, top, out, extensions);
                }
            }
        }
    }
}

/// `--exclude` patterns: a module name, a glob over dotted names (`*`, `?`), or a
/// package (which excludes its submodules too).
#[derive(Debug, Clone, Default)]
pub struct Excludes(pub Vec<String>);

impl Excludes {
    pub fn matches(&self, name: &str) -> bool {
        // A package's exclusion covers its submodules: try the name and each parent.
        let parts: Vec<&str> = name.split('.').collect();
        (1..=parts.len()).any(|n| {
            let prefix = parts[..n].join(".");
            self.0.iter().any(|p| glob(p, &prefix))
        })
    }
}

/// Shell-style `*` and `?` over the whole string.
pub fn glob(pattern: &str, s: &str) -> bool {
    fn go(p: &[char], s: &[char]) -> bool {
        match p.first() {
            None => s.is_empty(),
            Some('*') => (0..=s.len()).any(|i| go(&p[1..], &s[i..])),
            Some('?') => !s.is_empty() && go(&p[1..], &s[1..]),
            Some(c) => s.first() == Some(c) && go(&p[1..], &s[1..]),
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let s: Vec<char> = s.chars().collect();
    go(&p, &s)
}

/// An import as the lowerer records it (`a.b`, or `..a.b` for a relative one) made by
/// module `importer`, as the absolute name it refers to.
pub fn absolute(import: &str, importer: &str, importer_is_package: bool) -> Option<String> {
    let level = import.chars().take_while(|&c| c == '.').count();
    let rest = &import[level..];
    if level == 0 {
        return Some(rest.to_string());
    }
    let mut base: Vec<&str> = importer.split('.').collect();
    if !importer_is_package {
        base.pop();
    }
    for _ in 1..level {
        base.pop()?;
    }
    if base.is_empty() {
        return None; // beyond the top-level package: an ImportError at run time, as in CPython
    }
    let mut parts = base.join(".");
    if !rest.is_empty() {
        parts.push('.');
        parts.push_str(rest);
    }
    Some(parts)
}

/// The sorted, de-duplicated map of modules by name (a name found twice keeps the first,
/// as the first root on the path wins).
pub fn by_name(mods: Vec<SourceModule>) -> BTreeMap<String, SourceModule> {
    let mut out = BTreeMap::new();
    for m in mods {
        out.entry(m.name.clone()).or_insert(m);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_imports_resolve_against_the_importing_package() {
        assert_eq!(absolute("os.path", "pkg.mod", false).as_deref(), Some("os.path"));
        assert_eq!(absolute(".sib", "pkg.mod", false).as_deref(), Some("pkg.sib"));
        assert_eq!(absolute(".sib", "pkg", true).as_deref(), Some("pkg.sib"));
        assert_eq!(absolute("..up.x", "pkg.sub.mod", false).as_deref(), Some("pkg.up.x"));
        assert_eq!(absolute(".", "pkg.mod", false).as_deref(), Some("pkg"));
        assert_eq!(absolute("..x", "top", false), None);
    }

    #[test]
    fn excludes_match_names_globs_and_subpackages() {
        let ex = Excludes(vec!["django.contrib.gis".into(), "*.tests".into(), "x?y".into()]);
        assert!(ex.matches("django.contrib.gis"));
        assert!(ex.matches("django.contrib.gis.db.models"));
        assert!(!ex.matches("django.contrib.gisx"));
        assert!(ex.matches("pkg.tests"));
        assert!(ex.matches("xzy"));
        assert!(!ex.matches("pkg.tests_helpers"));
        assert!(ex.matches("pkg.tests.test_x"));
    }
}
