//! The program's own modules and packages: every import that resolves to a `.py` file or
//! package beside the script (its sys.path[0]) is compiled to C like `__main__`, found
//! transitively from the imports each compiled module makes, relative ones included.

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::ir;

pub struct AppModule {
    pub name: String,
    pub is_package: bool,
    /// Absolute path: `__file__` and what tracebacks show, as CPython names it.
    pub file: PathBuf,
    pub module: ir::Module,
}

/// The file of module `name` under `root`, and whether it is a package.
fn locate(root: &Path, name: &str) -> Option<(PathBuf, bool)> {
    let rel: PathBuf = name.split('.').collect();
    let pkg = root.join(&rel).join("__init__.py");
    if pkg.is_file() {
        return Some((pkg, true));
    }
    let file = root.join(&rel).with_extension("py");
    // A module of a package only: `a.b` needs `a` to be a package (checked by the caller).
    file.is_file().then_some((file, false))
}

/// An import as the lowerer records it (`a.b`, or `..a.b` for a relative one) made by
/// module `importer`, as the absolute name it refers to.
fn absolute(import: &str, importer: &str, importer_is_package: bool) -> Option<String> {
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

/// Compiles every module of the program reachable from `main`'s imports under `root`.
pub fn collect(main: &ir::Module, root: &Path) -> Result<Vec<AppModule>> {
    let mut found: BTreeMap<String, AppModule> = BTreeMap::new();
    let mut queue: VecDeque<String> = main.imports.iter().filter_map(|i| absolute(i, "__main__", false)).collect();
    while let Some(name) = queue.pop_front() {
        // Importing `a.b.c` imports `a` and `a.b` first; each must be ours and a package.
        let parts: Vec<&str> = name.split('.').collect();
        for n in 1..=parts.len() {
            let prefix = parts[..n].join(".");
            if prefix == "__main__" {
                break;
            }
            if let Some(m) = found.get(&prefix) {
                if m.is_package {
                    continue;
                }
                break;
            }
            let Some((file, is_package)) = locate(root, &prefix) else { break };
            let file = std::path::absolute(&file).unwrap_or(file);
            let path = file.to_string_lossy().to_string();
            let module = super::compile_module(&path, &path, &prefix)?;
            queue.extend(module.imports.iter().filter_map(|i| absolute(i, &prefix, is_package)));
            found.insert(prefix.clone(), AppModule { name: prefix, is_package, file, module });
            if !is_package {
                break;
            }
        }
    }
    Ok(found.into_values().collect())
}

#[cfg(test)]
mod tests {
    use super::absolute;

    #[test]
    fn relative_imports_resolve_against_the_importing_package() {
        assert_eq!(absolute("os.path", "pkg.mod", false).as_deref(), Some("os.path"));
        assert_eq!(absolute(".sib", "pkg.mod", false).as_deref(), Some("pkg.sib"));
        assert_eq!(absolute(".sib", "pkg", true).as_deref(), Some("pkg.sib"));
        assert_eq!(absolute("..up.x", "pkg.sub.mod", false).as_deref(), Some("pkg.up.x"));
        assert_eq!(absolute(".", "pkg.mod", false).as_deref(), Some("pkg"));
        assert_eq!(absolute("..x", "top", false), None);
    }
}
