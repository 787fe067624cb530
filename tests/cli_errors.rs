//! Compile errors: file:line:col and CPython's wording; exit status 1 and never a panic.

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

/// What python3.11's compiler says of `src`, as `bad.py:line:col: SyntaxError: msg`.
fn cpython_error(src: &str) -> String {
    let script = "import sys\ntry:\n    compile(sys.stdin.read(), 'bad.py', 'exec')\nexcept SyntaxError as e:\n    print(f'{e.filename}:{e.lineno}:{e.offset}: SyntaxError: {e.msg}')\n";
    let mut child = Command::new("python3.11")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3.11 runs");
    use std::io::Write;
    child.stdin.take().unwrap().write_all(src.as_bytes()).unwrap();
    String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap().trim().to_string()
}

/// Where generators, coroutines and patterns may not appear: CPython's message and position.
#[test]
fn misplaced_yield_await_async_and_patterns_match_cpython() {
    let cases = [
        "yield 1\n",
        "class C:\n    x = yield\n",
        "def f():\n    await x\n",
        "async def f():\n    yield 1\n    return 2\n",
        "def f(a):\n    return [x async for x in a]\n",
        "def f():\n    async with a:\n        pass\n",
        "def f():\n    async for x in a:\n        pass\n",
        "async def f():\n    yield from g()\n",
        "def f():\n    return [(yield x) for x in y]\n",
        "x = 1\nmatch x:\n    case y:\n        pass\n    case 1:\n        pass\n",
        "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
        "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
        "match x:\n    case [a, a]:\n        pass\n",
        "match x:\n    case 1 | y:\n        pass\n",
        "match x:\n    case y | 1:\n        pass\n",
        "match x:\n    case C(a=1, a=2):\n        pass\n",
    ];
    for src in cases {
        let expected = cpython_error(src);
        assert!(!expected.is_empty(), "python3.11 accepts {:?}", src);
        let (code, err) = build(src);
        assert_eq!(code, 1, "{:?}", src);
        assert_eq!(err.trim(), expected, "{:?}", src);
    }
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

/// A build in a bad environment says what is wrong, before any work.
fn build_in_env(args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let dir = tempdir();
    std::fs::write(dir.join("app.py"), "print(1)\n").unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_py2c-wasm"));
    cmd.args(["build", "app.py"]).args(args).current_dir(&dir).env_remove("VIRTUAL_ENV");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn bad_environments_are_clear_errors() {
    let (code, err) = build_in_env(&[], &[("VIRTUAL_ENV", "/nonexistent/venv")]);
    assert_eq!(code, 1, "{}", err);
    assert!(err.contains("VIRTUAL_ENV=/nonexistent/venv is not a virtual environment (no pyvenv.cfg)"), "{}", err);
    let (code, err) = build_in_env(&["--path", "/nonexistent/dir"], &[]);
    assert_eq!(code, 1, "{}", err);
    assert!(err.contains("--path /nonexistent/dir: not a directory"), "{}", err);
    let (code, err) = build_in_env(&["--python", "/nonexistent/python"], &[]);
    assert_eq!(code, 1, "{}", err);
    assert!(err.contains("cannot run --python /nonexistent/python"), "{}", err);
}

#[test]
fn bad_entries_are_clear_errors() {
    let (code, err) = build_in_env(&["--entry", "missing.py"], &[]);
    assert_eq!(code, 1, "{}", err);
    assert!(err.contains("can't open file 'missing.py'"), "{}", err);
    let elsewhere = tempdir().join("other.py");
    std::fs::write(&elsewhere, "print(2)\n").unwrap();
    let (code, err) = build_in_env(&["--entry", elsewhere.to_str().unwrap()], &[]);
    assert_eq!(code, 1, "{}", err);
    assert!(err.contains("not in the directory of the main script"), "{}", err);
    // An entry's compile error names its file, as the main script's does.
    let dir = tempdir();
    std::fs::write(dir.join("app.py"), "print(1)\n").unwrap();
    let src = "def f(:\n    pass\n";
    std::fs::write(dir.join("bad.py"), src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_py2c-wasm")).args(["build", "app.py", "--entry", "bad.py"]).current_dir(&dir).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{}", err);
    assert!(err.contains(&cpython_error(src)), "{}\nwanted {}", err, cpython_error(src));
}
