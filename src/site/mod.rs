//! Environment discovery: the directories a program's imports resolve against, as
//! CPython's `sys.path` would hold them for `python3.11 app.py` in the user's
//! environment — the script's directory, `--path` dirs (PYTHONPATH), the standard
//! library, then the site-packages of the activated virtual environment
//! (`VIRTUAL_ENV`) or of the interpreter named by `--python`, with their `.pth` files.
//!
//! Each directory gets a fixed guest path (its virtual root), so the `.wasm` names no
//! path of the build machine and is the same whatever directory it was built in.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

/// Where the app's own tree appears in the guest.
pub const APP_ROOT: &str = "/app";
/// The guest site-packages, where CPython's own wasm layout has it.
pub const SITE_ROOT: &str = "/usr/local/lib/python3.11/site-packages";
/// The standard library's guest paths (served frozen; listed in sys.path as CPython does).
pub const STDLIB_PATHS: &[&str] =
    &["/usr/local/lib/python311.zip", "/usr/local/lib/python3.11", "/usr/local/lib/python3.11/lib-dynload"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootKind {
    /// The script's directory (sys.path[0]).
    App,
    /// A `--path` directory (PYTHONPATH): before the standard library.
    Path,
    /// A site-packages directory, or a directory a `.pth` file adds: after it.
    Site,
}

/// One entry of the program's search path.
#[derive(Debug, Clone)]
pub struct Root {
    pub kind: RootKind,
    pub host: PathBuf,
    pub guest: String,
}

/// The program's search path, in CPython's order (the standard library sits between
/// the `Path` and the `Site` roots).
#[derive(Debug, Clone)]
pub struct SearchPath {
    pub roots: Vec<Root>,
    /// What the build should tell the user (skipped `.pth` lines, ...).
    pub warnings: Vec<String>,
}

/// Where the user's packages come from.
#[derive(Debug, Clone, Default)]
pub struct EnvOptions {
    /// `--python PATH`: the interpreter whose site-packages to use.
    pub python: Option<PathBuf>,
    /// `--path DIR`, in order.
    pub paths: Vec<PathBuf>,
    /// `VIRTUAL_ENV` (taken from the process environment by the CLI).
    pub virtual_env: Option<PathBuf>,
}

impl SearchPath {
    pub fn discover(app_dir: &Path, opts: &EnvOptions) -> Result<SearchPath> {
        let mut sp = SearchPath { roots: Vec::new(), warnings: Vec::new() };
        sp.push(RootKind::App, absolute(app_dir), APP_ROOT.to_string());
        for (i, p) in opts.paths.iter().enumerate() {
            if !p.is_dir() {
                bail!("--path {}: not a directory", p.display());
            }
            sp.push(RootKind::Path, absolute(p), format!("/path/{}", i));
        }
        let site_dirs = match (&opts.python, &opts.virtual_env) {
            (Some(py), _) => interpreter_site_dirs(py)?,
            (None, Some(venv)) => venv_site_dirs(venv)?,
            (None, None) => Vec::new(),
        };
        let mut extra = 0;
        for (i, dir) in site_dirs.iter().enumerate() {
            let guest = if i == 0 { SITE_ROOT.to_string() } else { format!("/site/{}", i) };
            sp.push(RootKind::Site, absolute(dir), guest);
            // `.pth` files, in name order as site.addsitedir reads them.
            for line in pth_lines(dir, &mut sp.warnings) {
                let target = absolute(&dir.join(&line));
                if target.is_dir() {
                    sp.push(RootKind::Site, target, format!("/pth/{}", extra));
                    extra += 1;
                }
            }
        }
        Ok(sp)
    }

    fn push(&mut self, kind: RootKind, host: PathBuf, guest: String) {
        // site.addsitedir skips a directory already on the path.
        if !self.roots.iter().any(|r| r.host == host) {
            self.roots.push(Root { kind, host, guest });
        }
    }

    /// sys.path as the guest sees it.
    pub fn guest_sys_path(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for kind in [RootKind::App, RootKind::Path] {
            out.extend(self.roots.iter().filter(|r| r.kind == kind).map(|r| r.guest.clone()));
        }
        out.extend(STDLIB_PATHS.iter().map(|s| s.to_string()));
        out.extend(self.roots.iter().filter(|r| r.kind == RootKind::Site).map(|r| r.guest.clone()));
        out
    }

    /// The guest path of a host path under one of the roots (the longest match).
    pub fn guest_path(&self, host: &Path) -> Option<String> {
        let host = absolute(host);
        self.roots
            .iter()
            .filter_map(|r| host.strip_prefix(&r.host).ok().map(|rest| (r, rest)))
            .max_by_key(|(r, _)| r.host.components().count())
            .map(|(r, rest)| join_guest(&r.guest, rest))
    }

    /// Roots searched before the standard library.
    pub fn before_stdlib(&self) -> impl Iterator<Item = &Root> {
        self.roots.iter().filter(|r| r.kind != RootKind::Site)
    }

    /// Roots searched after it.
    pub fn after_stdlib(&self) -> impl Iterator<Item = &Root> {
        self.roots.iter().filter(|r| r.kind == RootKind::Site)
    }
}

pub fn join_guest(root: &str, rest: &Path) -> String {
    let mut s = root.trim_end_matches('/').to_string();
    for c in rest.components() {
        s.push('/');
        s.push_str(&c.as_os_str().to_string_lossy());
    }
    if s.is_empty() {
        s.push('/');
    }
    s
}

fn absolute(p: &Path) -> PathBuf {
    // Symlinks resolved, as site.py's makepath/abspath plus the finders see real files.
    std::fs::canonicalize(p).unwrap_or_else(|_| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()))
}

/// A virtual environment's site-packages (and the base interpreter's, when its
/// `pyvenv.cfg` says `include-system-site-packages = true`).
fn venv_site_dirs(venv: &Path) -> Result<Vec<PathBuf>> {
    let cfg = venv.join("pyvenv.cfg");
    let text = std::fs::read_to_string(&cfg)
        .with_context(|| format!("VIRTUAL_ENV={} is not a virtual environment (no pyvenv.cfg)", venv.display()))?;
    let key = |k: &str| {
        text.lines().find_map(|l| {
            let (a, b) = l.split_once('=')?;
            (a.trim().eq_ignore_ascii_case(k)).then(|| b.trim().to_string())
        })
    };
    if let Some(v) = key("version").or_else(|| key("version_info")) {
        if !v.starts_with("3.11") {
            bail!("the virtual environment {} is Python {}; py2c-wasm compiles for Python 3.11", venv.display(), v);
        }
    }
    let mut dirs = vec![venv.join("lib/python3.11/site-packages")];
    if key("include-system-site-packages").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
        if let Some(home) = key("home") {
            // home is the base interpreter's bin directory.
            if let Some(base) = Path::new(&home).parent() {
                dirs.push(base.join("lib/python3.11/site-packages"));
            }
        }
    }
    Ok(dirs.into_iter().filter(|d| d.is_dir()).collect())
}

/// The site directories of another interpreter, asked of it (they depend on its
/// `site` configuration: user site, distro patches, `.pth` files it already ran).
fn interpreter_site_dirs(python: &Path) -> Result<Vec<PathBuf>> {
    const ASK: &str = "import sys, site\n\
        print(sys.version_info[:2] == (3, 11))\n\
        dirs = site.getsitepackages()\n\
        if site.ENABLE_USER_SITE: dirs.append(site.getusersitepackages())\n\
        for d in dirs: print(d)\n";
    let out = Command::new(python)
        .args(["-c", ASK])
        .output()
        .with_context(|| format!("cannot run --python {}", python.display()))?;
    if !out.status.success() {
        bail!("--python {} failed: {}", python.display(), String::from_utf8_lossy(&out.stderr).trim());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    if lines.next() != Some("True") {
        bail!("--python {} is not Python 3.11; py2c-wasm compiles for Python 3.11", python.display());
    }
    Ok(lines.map(PathBuf::from).filter(|d| d.is_dir()).collect())
}

/// The directory lines of a site dir's `.pth` files. `import` lines run code at start-up
/// (editable-install finders, coverage hooks): they are not run in the guest, and the
/// build says so, except for setuptools' `distutils-precedence.pth`, which only matters
/// to the host's distutils.
fn pth_lines(dir: &Path, warnings: &mut Vec<String>) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pth") && !n.starts_with('.'))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let Ok(text) = std::fs::read_to_string(dir.join(&name)) else { continue };
        for line in text.lines() {
            let l = line.trim_end();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            if l.starts_with("import ") || l.starts_with("import\t") {
                if name != "distutils-precedence.pth" {
                    warnings.push(format!("{}: start-up code in a .pth file is not run in the .wasm: {}", name, l));
                }
                continue;
            }
            out.push(l.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("py2c-site-{}-{}", name, std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn venv_site_packages_and_pth_dirs_in_order() {
        let root = tmp("venv");
        let app = root.join("app");
        let venv = root.join("venv");
        let site = venv.join("lib/python3.11/site-packages");
        let editable = root.join("src");
        std::fs::create_dir_all(&app).unwrap();
        std::fs::create_dir_all(&site).unwrap();
        std::fs::create_dir_all(&editable).unwrap();
        std::fs::write(venv.join("pyvenv.cfg"), "home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.7\n").unwrap();
        std::fs::write(site.join("b.pth"), "# comment\n../../../../src\nimport sys; sys.x = 1\nmissing_dir\n").unwrap();
        std::fs::write(site.join("distutils-precedence.pth"), "import os\n").unwrap();
        let opts = EnvOptions { virtual_env: Some(venv.clone()), ..Default::default() };
        let sp = SearchPath::discover(&app, &opts).unwrap();
        let guests: Vec<&str> = sp.roots.iter().map(|r| r.guest.as_str()).collect();
        assert_eq!(guests, vec![APP_ROOT, SITE_ROOT, "/pth/0"]);
        assert_eq!(sp.roots[2].host, std::fs::canonicalize(&editable).unwrap());
        assert_eq!(sp.warnings.len(), 1, "{:?}", sp.warnings);
        assert!(sp.warnings[0].contains("b.pth"));
        let path = sp.guest_sys_path();
        assert_eq!(path[0], APP_ROOT);
        assert_eq!(path[1], STDLIB_PATHS[0]);
        assert_eq!(path.last().unwrap(), "/pth/0");
        assert_eq!(sp.guest_path(&site.join("pkg/mod.py")).unwrap(), format!("{}/pkg/mod.py", SITE_ROOT));
        assert_eq!(sp.guest_path(&app.join("x.py")).unwrap(), "/app/x.py");
        assert!(sp.guest_path(Path::new("/elsewhere/y.py")).is_none());
    }

    #[test]
    fn a_venv_of_another_python_is_refused() {
        let root = tmp("v310");
        std::fs::write(root.join("pyvenv.cfg"), "home = /usr/bin\nversion = 3.10.2\n").unwrap();
        let opts = EnvOptions { virtual_env: Some(root.clone()), ..Default::default() };
        let e = SearchPath::discover(&root, &opts).unwrap_err().to_string();
        assert!(e.contains("3.10.2"), "{}", e);
    }
}
