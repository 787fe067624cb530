//! Compile errors: file:line:col, CPython's wording for real syntax errors, a named
//! construct for what is not translated yet; exit status 1 and never a panic.

use std::process::Command;

fn build(src: &str) -> (i32, String) {
    let dir = tempdir();
    let path = dir.join("bad.py");
    std::fs::write(&path, src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_py2c-wasm"))
        .args(["build", "bad.py"])
        .current_dir(&dir)
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn tempdir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("cli-errors-{}-{}", std::process::id(), N.fetch_add(1, Ordering::SeqCst)));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn unsupported_construct_is_named_with_position() {
    let (code, err) = build("x = 1\nmatch x:\n    case 1:\n        pass\n");
    assert_eq!(code, 1);
    assert_eq!(err.trim(), "bad.py:2:1: error: not supported yet: match statements");
}

#[test]
fn unsupported_expression_inside_function() {
    let (code, err) = build("def f(xs):\n    return (x for x in xs)\n");
    assert_eq!(code, 1);
    assert_eq!(err.trim(), "bad.py:2:12: error: not supported yet: generator expressions");
}

#[test]
fn syntax_errors_are_located() {
    let (code, err) = build("a = (1,\nb = 2\n");
    assert_eq!(code, 1);
    assert!(err.starts_with("bad.py:"), "{}", err);
    assert!(err.contains("SyntaxError"), "{}", err);

    let (code, err) = build("def f():\n    pass\nreturn 5\n");
    assert_eq!(code, 1);
    assert_eq!(err.trim(), "bad.py:3:1: SyntaxError: 'return' outside function");

    let (code, err) = build("while True:\n    pass\nbreak\n");
    assert_eq!(code, 1);
    assert_eq!(err.trim(), "bad.py:3:1: SyntaxError: 'break' outside loop");
}

#[test]
fn scope_errors_use_cpython_wording() {
    let (code, err) = build("def f(a):\n    global a\n");
    assert_eq!(code, 1);
    assert_eq!(err.trim(), "bad.py:2:5: SyntaxError: name 'a' is parameter and global");
}

#[test]
fn missing_file_is_a_clear_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_py2c-wasm")).args(["build", "/nonexistent/app.py"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("can't open file '/nonexistent/app.py'"), "{}", err);
}
