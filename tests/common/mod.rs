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

/// The source's comment lines, `# ` included: embedded source would carry them so, while
/// the words alone may be in some bundled library's docstring.
fn comments_of(source: &str) -> Vec<String> {
    source.lines().map(str::trim_start).filter(|l| l.starts_with("# ") && l.len() >= 14).map(String::from).collect()
}

/// Builds `main` (a file name in `dir`, the build's cwd) with `--entry` scripts `entries`
/// into `wasm`.
pub fn build(dir: &Path, main: &str, entries: &[&str], wasm: &Path) -> Result<(), String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_py2c-wasm"));
    cmd.args(["build", "-q", main, "-o"]).arg(wasm);
    for e in entries {
        cmd.args(["--entry", e]);
    }
    // A fixed hash seed makes the snapshot reproducible: a rerun of the corpus finds
    // its modules in the build and compiled-module caches.
    let build = cmd.env("PYTHONHASHSEED", "0").current_dir(dir).output().map_err(|e| format!("cannot run py2c-wasm: {}", e))?;
    if !build.status.success() {
        return Err(format!("build failed:\n{}", String::from_utf8_lossy(&build.stderr)));
    }
    Ok(())
}

/// Builds and runs `root/rel` (cwd = its directory) and compares it with python3.11.
pub fn check(root: &Path, rel: &Path, out_dir: &Path) -> Result<(), String> {
    let path = root.join(rel);
    let wasm = out_dir.join(rel.to_string_lossy().replace(['/', '\\'], "__").replace(".py", ".wasm"));
    build(path.parent().unwrap(), path.file_name().unwrap().to_str().unwrap(), &[], &wasm)?;
    compare(&path, &wasm)
}

/// Runs the program `path` (cwd = its directory) as built into `wasm` (as its main script
/// or an `--entry`, chosen by argv[0]) and compares it with python3.11 running the file.
fn compare(path: &Path, wasm: &Path) -> Result<(), String> {
    compare_in(path.parent().unwrap(), path.file_name().unwrap().to_str().unwrap(), wasm)
}

/// As [`compare`], for the script `name` as typed in `dir` (the app's directory, /app).
pub fn compare_in(dir: &Path, name: &str, wasm: &Path) -> Result<(), String> {
    let path = dir.join(name);
    let bin = env!("CARGO_BIN_EXE_py2c-wasm");
    let bytes = std::fs::read(wasm).map_err(|e| e.to_string())?;
    let source = std::fs::read_to_string(&path).unwrap();
    for c in comments_of(&source) {
        if bytes.windows(c.len()).any(|w| w == c.as_bytes()) {
            return Err(format!("the .wasm contains the source comment {:?}", c));
        }
    }
    let ours: Output = Command::new(bin)
        .arg("run")
        .arg(wasm)
        .args(["--argv0", name, "--"])
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

/// Checks every program: those of one directory are built into one module (the first as
/// its main script, the others as `--entry` scripts: one build, one snapshot and one
/// Cranelift compile for all) and run two at a time (2 cores). A directory whose module
/// does not build is checked program by program, which names the programs that fail.
/// Panics listing every program that differs.
pub fn check_corpus(root: &Path, out_name: &str, min_programs: usize) {
    let names = python_files(root);
    assert!(names.len() >= min_programs, "the corpus {} needs at least {} programs, has {}", root.display(), min_programs, names.len());
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(out_name);
    std::fs::create_dir_all(&out_dir).unwrap();
    let total = names.len();
    let mut groups: std::collections::BTreeMap<PathBuf, Vec<PathBuf>> = Default::default();
    for n in names {
        groups.entry(n.parent().unwrap().to_path_buf()).or_default().push(n);
    }
    let failures = Mutex::new(Vec::new());
    let record = |n: &Path, result: Result<(), String>| match result {
        Ok(()) => eprintln!("ok   {}", n.display()),
        Err(e) => {
            eprintln!("FAIL {}", n.display());
            failures.lock().unwrap().push(format!("== {} ==\n{}", n.display(), e));
        }
    };
    for (dir, programs) in &groups {
        let file = |n: &PathBuf| n.file_name().unwrap().to_str().unwrap().to_string();
        let files: Vec<String> = programs.iter().map(file).collect();
        let entries: Vec<&str> = files[1..].iter().map(String::as_str).collect();
        let wasm = out_dir.join(format!("{}.wasm", if dir.as_os_str().is_empty() { "corpus".into() } else { dir.to_string_lossy().replace(['/', '\\'], "__") }));
        let built = build(&root.join(dir), &files[0], &entries, &wasm);
        if let Err(e) = &built {
            eprintln!("{}: the module of its {} programs does not build, checking them one by one:\n{}", dir.display(), programs.len(), e);
        }
        let check_one = |n: &PathBuf| record(n, if built.is_ok() { compare(&root.join(n), &wasm) } else { check(root, n, &out_dir) });
        // The first alone: its run compiles the module into the cache for the others.
        check_one(&programs[0]);
        let queue = Mutex::new(programs[1..].iter().rev().collect::<Vec<_>>());
        std::thread::scope(|s| {
            for _ in 0..2 {
                s.spawn(|| loop {
                    let next = queue.lock().unwrap().pop();
                    let Some(n) = next else { break };
                    check_one(n);
                });
            }
        });
    }
    let failures = failures.into_inner().unwrap();
    eprintln!("{}: {} of {} programs equal python3.11", root.display(), total - failures.len(), total);
    assert!(failures.is_empty(), "{} program(s) differ from python3.11:\n{}", failures.len(), failures.join("\n"));
}
