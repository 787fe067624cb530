//! Shared by the end-to-end corpora (`tests/programs`, `tests/conformance`): build a program
//! into one `.wasm`, run it on the embedded wasmtime with no directory mounts, and compare it
//! with `python3.11` running the same file: stdout and exit code must be equal; for an uncaught
//! exception, the traceback's frames (file, line, function) and its last line too. The `.wasm`
//! must not contain the source's comments (the program is compiled, not embedded).
#![allow(dead_code)] // each test binary uses a part of these helpers

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

const ARGS: &[&str] = &["alpha", "beta gamma"];

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.py` under `root` (recursively), as paths relative to `root`, sorted.
pub fn python_files(root: &Path) -> Vec<PathBuf> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else if p.extension().is_some_and(|e| e == "py") {
                out.push(p.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

/// From the first traceback header on, everything but the source and caret lines under
/// each `File "..."` line (the wasm carries no source text to show): frames, chaining
/// messages, exception-group structure and every exception line.
pub fn traceback_summary(stderr: &str) -> Vec<String> {
    let lines: Vec<&str> = stderr.lines().collect();
    let Some(start) = lines.iter().position(|l| l.contains("Traceback (most recent call last):")) else {
        return Vec::new();
    };
    // Exception-group tracebacks put a margin of spaces, `|` and `+` before each line.
    let indent = |l: &str| l.find(|c: char| !matches!(c, ' ' | '|' | '+')).unwrap_or(l.len());
    let mut out = Vec::new();
    let mut frame_indent = None;
    for l in &lines[start..] {
        if let Some(p) = l.find("File \"") {
            frame_indent = Some(p);
            out.push(stdlib_relative(l));
            continue;
        } else if frame_indent.is_some_and(|fi| indent(l) > fi) {
            continue;
        } else {
            frame_indent = None;
        }
        out.push(l.to_string());
    }
    out
}

/// A standard-library frame's file, relative to the library: where python3.11 is
/// installed differs between the host (`.../lib/python3.11/`) and the wasm build
/// (`/usr/local/lib/python3.11/`), the module and line do not.
fn stdlib_relative(line: &str) -> String {
    const LIB: &str = "/lib/python3.11/";
    match (line.find("File \""), line.find(LIB)) {
        (Some(f), Some(l)) if l > f => format!("{}File \"<stdlib>/{}", &line[..f], &line[l + LIB.len()..]),
        _ => line.to_string(),
    }
}

fn comments_of(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("# "))
        .filter(|c| c.len() >= 12)
        .map(String::from)
        .collect()
}

/// Builds and runs `root/rel` (cwd = its directory) and compares it with python3.11.
pub fn check(root: &Path, rel: &Path, out_dir: &Path) -> Result<(), String> {
    let path = root.join(rel);
    let dir = path.parent().unwrap();
    let name = path.file_name().unwrap().to_str().unwrap();
    let wasm = out_dir.join(rel.to_string_lossy().replace(['/', '\\'], "__").replace(".py", ".wasm"));
    let bin = env!("CARGO_BIN_EXE_py2c-wasm");
    let build = Command::new(bin)
        .args(["build", "-q", name, "-o"])
        .arg(&wasm)
        // A fixed hash seed makes the snapshot reproducible: a rerun of the corpus finds
        // its modules in the build and compiled-module caches.
        .env("PYTHONHASHSEED", "0")
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run py2c-wasm: {}", e))?;
    if !build.status.success() {
        return Err(format!("build failed:\n{}", String::from_utf8_lossy(&build.stderr)));
    }
    let bytes = std::fs::read(&wasm).map_err(|e| e.to_string())?;
    let source = std::fs::read_to_string(&path).unwrap();
    for c in comments_of(&source) {
        if bytes.windows(c.len()).any(|w| w == c.as_bytes()) {
            return Err(format!("the .wasm contains the source comment {:?}", c));
        }
    }
    let ours: Output = Command::new(bin)
        .arg("run")
        .arg(&wasm)
        .arg("--")
        .args(ARGS)
        .current_dir(dir)
        .output()
        .map_err(|e| e.to_string())?;
    let theirs: Output = Command::new("python3.11")
        .arg(name)
        .args(ARGS)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run python3.11: {}", e))?;
    // The compiled program sees its directory at the fixed guest root /app.
    let host_dir = std::fs::canonicalize(dir).unwrap().to_string_lossy().into_owned();
    let at_app_root = |b: &[u8]| String::from_utf8_lossy(b).replace(&host_dir, "/app");
    let (o_out, t_out) = (String::from_utf8_lossy(&ours.stdout).into_owned(), at_app_root(&theirs.stdout));
    let (o_err, t_err) = (String::from_utf8_lossy(&ours.stderr).into_owned(), at_app_root(&theirs.stderr));
    if o_out != t_out {
        return Err(format!("stdout differs\n--- ours ---\n{}\n--- python3.11 ---\n{}\n--- our stderr ---\n{}", o_out, t_out, o_err));
    }
    if ours.status.code() != theirs.status.code() {
        return Err(format!("exit code {:?}, python3.11 {:?}\n--- our stderr ---\n{}", ours.status.code(), theirs.status.code(), o_err));
    }
    let (o_tb, t_tb) = (traceback_summary(&o_err), traceback_summary(&t_err));
    if o_tb != t_tb {
        return Err(format!("traceback differs\n--- ours ---\n{}\n--- python3.11 ---\n{}", o_tb.join("\n"), t_tb.join("\n")));
    }
    Ok(())
}

/// Checks every program, two at a time (2 cores), after a first one alone (which may
/// provision the runtime); panics listing every program that differs.
pub fn check_corpus(root: &Path, out_name: &str, min_programs: usize) {
    let mut names = python_files(root);
    assert!(names.len() >= min_programs, "the corpus {} needs at least {} programs, has {}", root.display(), min_programs, names.len());
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(out_name);
    std::fs::create_dir_all(&out_dir).unwrap();
    let total = names.len();
    let failures = Mutex::new(Vec::new());
    let record = |n: &Path| match check(root, n, &out_dir) {
        Ok(()) => eprintln!("ok   {}", n.display()),
        Err(e) => {
            eprintln!("FAIL {}", n.display());
            failures.lock().unwrap().push(format!("== {} ==\n{}", n.display(), e));
        }
    };
    record(&names.remove(0));
    names.reverse();
    let queue = Mutex::new(names);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let next = queue.lock().unwrap().pop();
                match next {
                    Some(n) => record(&n),
                    None => break,
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    eprintln!("{}: {} of {} programs equal python3.11", root.display(), total - failures.len(), total);
    assert!(failures.is_empty(), "{} program(s) differ from python3.11:\n{}", failures.len(), failures.join("\n"));
}
