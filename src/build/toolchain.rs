//! Finding the wasm32-wasi C toolchain: a wasi-sdk at `WASI_SDK_PATH`, or Debian's
//! `clang-19`/`lld-19`/`wasi-libc`/`libclang-rt-19-dev-wasm32`, located with `which`.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Toolchain {
    pub clang: PathBuf,
    pub wasm_ld: Option<PathBuf>,
    /// wasi-libc headers and libraries as installed (Debian: /usr/include/wasm32-wasi).
    pub wasi_libc: Option<PathBuf>,
    pub builtins: Option<PathBuf>,
    pub wasi_sdk: Option<PathBuf>,
}

/// One line of `py2c-wasm doctor`.
pub struct Check {
    pub name: &'static str,
    pub found: Option<PathBuf>,
    pub fix: String,
}

const APT_TOOLS: &str = "apt-get install clang-19 lld-19 llvm-19 wasi-libc libclang-rt-19-dev-wasm32";

fn which_first(names: &[&str]) -> Option<PathBuf> {
    names.iter().find_map(|n| which::which(n).ok())
}

fn existing(p: PathBuf) -> Option<PathBuf> {
    p.exists().then_some(p)
}

impl Toolchain {
    pub fn discover() -> Result<Toolchain, Vec<Check>> {
        let checks = Self::checks();
        let get = |name: &str| checks.iter().find(|c| c.name == name).and_then(|c| c.found.clone());
        match get("clang") {
            Some(clang) if get("wasm-ld").is_some() && get("wasi sysroot").is_some() => Ok(Toolchain {
                clang,
                wasm_ld: get("wasm-ld"),
                wasi_libc: get("wasi sysroot"),
                builtins: get("compiler-rt builtins"),
                wasi_sdk: std::env::var_os("WASI_SDK_PATH").map(PathBuf::from),
            }),
            _ => Err(checks.into_iter().filter(|c| c.found.is_none()).collect()),
        }
    }

    /// What is present and where; each missing item says how to install it.
    pub fn checks() -> Vec<Check> {
        if let Some(sdk) = std::env::var_os("WASI_SDK_PATH").map(PathBuf::from) {
            let fix = format!("WASI_SDK_PATH={} does not contain it", sdk.display());
            return vec![
                Check { name: "clang", found: existing(sdk.join("bin/clang")), fix: fix.clone() },
                Check { name: "wasm-ld", found: existing(sdk.join("bin/wasm-ld")), fix: fix.clone() },
                Check { name: "wasi sysroot", found: existing(sdk.join("share/wasi-sysroot")), fix: fix.clone() },
                Check {
                    name: "compiler-rt builtins",
                    found: find_builtins(&sdk.join("lib/clang")),
                    fix,
                },
            ];
        }
        vec![
            Check { name: "clang", found: which_first(&["clang-19"]), fix: APT_TOOLS.into() },
            Check { name: "wasm-ld", found: which_first(&["wasm-ld-19", "wasm-ld"]), fix: APT_TOOLS.into() },
            Check {
                name: "wasi sysroot",
                found: existing(PathBuf::from("/usr/include/wasm32-wasi")),
                fix: "apt-get install wasi-libc".into(),
            },
            Check {
                name: "compiler-rt builtins",
                found: find_builtins(Path::new("/usr/lib/llvm-19/lib/clang")),
                fix: "apt-get install libclang-rt-19-dev-wasm32".into(),
            },
        ]
    }
}

fn find_builtins(clang_lib: &Path) -> Option<PathBuf> {
    let versions = std::fs::read_dir(clang_lib).ok()?;
    for v in versions.flatten() {
        for rel in ["lib/wasi/libclang_rt.builtins-wasm32.a", "lib/wasm32-unknown-wasi/libclang_rt.builtins.a"] {
            let p = v.path().join(rel);
            if p.exists() {
                return Some(p);
            }
        }
    }
    None
}
