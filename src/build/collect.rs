//! The program's module set: starting from `__main__`, every top-level name it (or any
//! module taken so far) imports is resolved over the search path and, when it is source,
//! taken whole (see `modules`); the front end runs on each new module in parallel, and
//! its imports feed the next round, until nothing new appears.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::modules::{self, Excludes, SourceModule, TopLevel};
use crate::bundle::StdlibIndex;
use crate::constants::Const;
use crate::diag::{CompileError, ErrorKind};
use crate::ir;
use crate::site::{Root, RootKind, SearchPath};

pub struct Inputs<'a> {
    /// The scripts that run as `__main__`: the program, then its `--entry` scripts (which
    /// the others may import as modules too).
    pub mains: Vec<&'a ir::Module>,
    /// The program's script: not a module of the app's tree a second time (empty: none).
    pub main_file: &'a Path,
    pub search: &'a SearchPath,
    pub stdlib: &'a StdlibIndex,
    pub excludes: &'a Excludes,
    /// `--include`: names to take even if nothing imports them statically.
    pub include: &'a [String],
    pub quiet: bool,
}

pub struct Found {
    /// Every compiled module but `__main__`, sorted by name.
    pub modules: Vec<(SourceModule, ir::Module)>,
    /// Package directories of bundled top-level names outside the app (their data files are embedded).
    pub package_dirs: Vec<(Root, PathBuf)>,
    /// Top-level names taken from outside the app's tree (their distributions' metadata is embedded).
    pub site_tops: BTreeSet<String>,
    /// Something imports zoneinfo: it needs time-zone data (`tzdata`, or the host's).
    pub uses_zoneinfo: bool,
    pub warnings: Vec<String>,
}

fn top_of(name: &str) -> &str {
    name.split('.').next().unwrap_or(name)
}

/// Strings of a module that name one of the app's top-level modules, or a dotted path
/// into one: `DJANGO_SETTINGS_MODULE = "settings"` imports by computed name.
fn named_app_modules(m: &ir::Module, app: &Root) -> Vec<String> {
    m.consts
        .iter()
        .filter_map(|c| match c {
            Const::Str(s) => std::str::from_utf8(s).ok(),
            _ => None,
        })
        .filter(|s| s.len() < 200 && s.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c == '_' || c.is_alphanumeric())))
        .filter(|s| app.host.join(format!("{}.py", top_of(s))).is_file())
        .map(|s| top_of(s).to_string())
        .collect()
}

pub fn collect(inp: &Inputs) -> Result<Found> {
    let app = &inp.search.roots[0];
    let mut found = Found { modules: Vec::new(), package_dirs: Vec::new(), site_tops: BTreeSet::new(), uses_zoneinfo: false, warnings: Vec::new() };
    let mut pending: BTreeSet<String> = BTreeSet::new();
    // The app's packages are taken whole; its top-level modules when something names them.
    pending.extend(app_packages(app));
    for main in &inp.mains {
        pending.extend(main.imports.iter().filter_map(|i| modules::absolute(i, "__main__", false)).map(|n| top_of(&n).to_string()));
    }
    // Tops taken only because a string names them may be no module at all (a script
    // beside the app): their compile errors are raised at import, not build errors.
    let mut imported: BTreeSet<String> = pending.clone();
    for main in &inp.mains {
        pending.extend(named_app_modules(main, app));
    }
    pending.extend(inp.include.iter().filter(|i| *i != "all").map(|i| top_of(i).to_string()));
    imported.extend(inp.include.iter().map(|i| top_of(i).to_string()));
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut names: BTreeSet<String> = BTreeSet::new();
    found.uses_zoneinfo = inp.mains.iter().any(|m| uses_zoneinfo(m));
    if found.uses_zoneinfo {
        pending.insert("tzdata".to_string());
    }
    let main_file = std::fs::canonicalize(inp.main_file).unwrap_or_else(|_| inp.main_file.to_path_buf());
    loop {
        let batch: Vec<String> = pending.iter().filter(|t| !seen.contains(*t)).cloned().collect();
        pending.clear();
        if batch.is_empty() {
            break;
        }
        let mut new_modules = Vec::new();
        for top in batch {
            seen.insert(top.clone());
            if top == "__main__" || inp.excludes.matches(&top) {
                continue;
            }
            let resolved = modules::resolve_top(inp.search, inp.stdlib, &top);
            let mut extensions = Vec::new();
            let before = new_modules.len();
            modules::top_modules(&top, &resolved, &mut new_modules, &mut extensions);
            match &resolved {
                TopLevel::Source { roots, single_file } => {
                    if roots.iter().any(|(r, _)| r.kind != RootKind::App) {
                        found.site_tops.insert(top.clone());
                    }
                    if single_file.is_none() {
                        found.package_dirs.extend(roots.iter().filter(|(r, _)| r.kind != RootKind::App).cloned());
                    }
                }
                TopLevel::Extension(p) => extensions.push(p.clone()),
                TopLevel::Stdlib | TopLevel::Missing => {}
            }
            for e in extensions {
                found.warnings.push(format!(
                    "leaving out the extension module {} (C extensions cannot run in wasm; a pure-Python fallback, if the package has one, is used)",
                    inp.search.guest_path(&e).unwrap_or_else(|| e.display().to_string())
                ));
            }
            // The main script is not a module of its own tree a second time.
            let kept: Vec<SourceModule> = new_modules
                .drain(before..)
                .filter(|m| !inp.excludes.matches(&m.name) && m.host != main_file && names.insert(m.name.clone()))
                .collect();
            new_modules.extend(kept);
        }
        if !inp.quiet && new_modules.len() > 50 {
            eprintln!("py2c-wasm: front end: {} modules", new_modules.len());
        }
        for (src, result) in front_end(new_modules) {
            let m = match result {
                Ok(m) => m,
                Err(e) => match e.downcast::<CompileError>() {
                    // The app's own code must compile; a dependency's module that does not
                    // raises the same error when imported, as in CPython.
                    Ok(ce) if !src.own || !imported.contains(top_of(&src.name)) => {
                        found.warnings.push(format!("{} (raised when {} is imported)", ce, src.name));
                        failing_module(&src, &ce)?
                    }
                    Ok(ce) => return Err(ce.into()),
                    Err(e) => return Err(e),
                },
            };
            for i in &m.imports {
                if let Some(abs) = modules::absolute(i, &src.name, src.is_package) {
                    pending.insert(top_of(&abs).to_string());
                    imported.insert(top_of(&abs).to_string());
                }
            }
            found.uses_zoneinfo |= uses_zoneinfo(&m);
            if found.uses_zoneinfo {
                // zoneinfo finds its data with importlib.resources, by computed name.
                pending.insert("tzdata".to_string());
            }
            pending.extend(named_app_modules(&m, app));
            found.modules.push((src, m));
        }
    }
    found.modules.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    Ok(found)
}

fn uses_zoneinfo(m: &ir::Module) -> bool {
    m.imports.iter().any(|i| i == "zoneinfo" || i.starts_with("zoneinfo."))
}

fn app_packages(app: &Root) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(&app.host) else { return Vec::new() };
    let mut out: Vec<String> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !modules::skipped_dir(p) && p.join("__init__.py").is_file())
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    out.sort();
    out
}

/// The front end over many modules, on every core.
fn front_end(mods: Vec<SourceModule>) -> Vec<(SourceModule, Result<ir::Module>)> {
    let results = super::parallel::map(
        &mods,
        |m| m.host.display().to_string(),
        |m| super::compile_module(&m.host.to_string_lossy(), &m.guest, &m.name),
    );
    mods.into_iter().zip(results).collect()
}

fn py_str(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A module whose import raises the compile error of its source.
fn failing_module(src: &SourceModule, e: &CompileError) -> Result<ir::Module> {
    let code = match e.kind {
        ErrorKind::Syntax => format!(
            "raise SyntaxError({}, ({}, {}, {}, None))\n",
            py_str(&e.msg),
            py_str(&src.guest),
            e.pos.line,
            e.pos.col
        ),
        ErrorKind::Unsupported => format!(
            "raise ImportError({})\n",
            py_str(&format!("py2c-wasm could not compile {} ({}:{}): not supported yet: {}", src.name, src.guest, e.pos.line, e.msg))
        ),
    };
    super::compile_source(&code, &src.guest, &src.name)
}
