//! End-to-end: every `tests/programs/*.py` is built into one `.wasm`, run on the embedded
//! wasmtime with no directory mounts, and compared with `python3.11` running the same file:
//! stdout and exit code must be equal; for an uncaught exception, the traceback's frames
//! (file, line, function) and its last line too. The `.wasm` must not contain the source's
//! comments (the program is compiled, not embedded).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

const ARGS: &[&str] = &["alpha", "beta gamma"];

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

fn out_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("programs");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Traceback header, frame lines and the final exception line; source and caret lines
/// are left out (the wasm carries no source text to show).
fn traceback_summary(stderr: &str) -> Vec<String> {
    let lines: Vec<&str> = stderr.lines().collect();
    let Some(start) = lines.iter().position(|l| l.starts_with("Traceback (most recent call last):")) else {
        return Vec::new();
    };
    let mut out: Vec<String> = lines[start..]
        .iter()
        .filter(|l| l.starts_with("Traceback") || l.starts_with("  File "))
        .map(|l| l.to_string())
        .collect();
    if let Some(last) = lines.last() {
        out.push(last.to_string());
    }
    out
}

fn comments_of(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("# "))
        .filter(|c| c.len() >= 12)
        .map(String::from)
        .collect()
}

fn check(name: &str) -> Result<(), String> {
    let dir = programs_dir();
    let wasm = out_dir().join(name.replace(".py", ".wasm"));
    let bin = env!("CARGO_BIN_EXE_py2c-wasm");
    let build = Command::new(bin)
        .args(["build", "-q", name, "-o"])
        .arg(&wasm)
        .current_dir(&dir)
        .output()
        .map_err(|e| format!("cannot run py2c-wasm: {}", e))?;
    if !build.status.success() {
        return Err(format!("build failed:\n{}", String::from_utf8_lossy(&build.stderr)));
    }
    let bytes = std::fs::read(&wasm).map_err(|e| e.to_string())?;
    let source = std::fs::read_to_string(dir.join(name)).unwrap();
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
        .current_dir(&dir)
        .output()
        .map_err(|e| e.to_string())?;
    let theirs: Output = Command::new("python3.11")
        .arg(name)
        .args(ARGS)
        .current_dir(&dir)
        .output()
        .map_err(|e| format!("cannot run python3.11: {}", e))?;
    let (o_out, t_out) = (String::from_utf8_lossy(&ours.stdout), String::from_utf8_lossy(&theirs.stdout));
    let (o_err, t_err) = (String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&theirs.stderr));
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

#[test]
fn programs_match_cpython() {
    let mut names: Vec<String> = std::fs::read_dir(programs_dir())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    assert!(names.len() >= 20, "the corpus needs at least 20 programs");
    // The first build provisions the runtime; do it alone, then two at a time (2 cores).
    let first = names.remove(0);
    let failures = Mutex::new(Vec::new());
    let record = |n: &str| match check(n) {
        Ok(()) => eprintln!("ok   {}", n),
        Err(e) => {
            eprintln!("FAIL {}", n);
            failures.lock().unwrap().push(format!("== {} ==\n{}", n, e));
        }
    };
    record(&first);
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
    assert!(failures.is_empty(), "{} program(s) differ from python3.11:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn traceback_summary_keeps_frames_and_last_line() {
    let tb = "Traceback (most recent call last):\n  File \"a.py\", line 3, in <module>\n    f()\n    ^^^\nZeroDivisionError: division by zero\n";
    assert_eq!(
        traceback_summary(tb),
        vec!["Traceback (most recent call last):", "  File \"a.py\", line 3, in <module>", "ZeroDivisionError: division by zero"]
    );
}
