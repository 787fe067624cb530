//! End-to-end: every `tests/programs/*.py` (whole programs using the standard library) is
//! built into one `.wasm`, run with no mounts and compared with python3.11 (see `common`).

mod common;

#[test]
fn programs_match_cpython() {
    common::check_corpus(&common::manifest_dir().join("tests/programs"), "programs", 20);
}

#[test]
fn traceback_summary_keeps_frames_and_last_line() {
    let tb = "Traceback (most recent call last):\n  File \"a.py\", line 3, in <module>\n    f()\n    ^^^\nZeroDivisionError: division by zero\n";
    assert_eq!(
        common::traceback_summary(tb),
        vec!["Traceback (most recent call last):", "  File \"a.py\", line 3, in <module>", "ZeroDivisionError: division by zero"]
    );
    let group = "  + Exception Group Traceback (most recent call last):\n  |   File \"a.py\", line 9, in <module>\n  |     f()\n  | ExceptionGroup: g (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | ValueError: 4\n    +------------------------------------\n";
    assert_eq!(
        common::traceback_summary(group),
        vec![
            "  + Exception Group Traceback (most recent call last):",
            "  |   File \"a.py\", line 9, in <module>",
            "  | ExceptionGroup: g (1 sub-exception)",
            "  +-+---------------- 1 ----------------",
            "    | ValueError: 4",
            "    +------------------------------------",
        ]
    );
}

/// A program with its own modules and a package tree (relative imports, a circular
/// import through a partially initialized package, a traceback crossing modules); one of
/// its modules is an `--entry` script too, run as `__main__` when argv[0] names it.
#[test]
fn program_with_own_modules_and_packages_matches_cpython() {
    let root = common::manifest_dir().join("tests/apps/packages");
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("apps");
    std::fs::create_dir_all(&out).unwrap();
    let wasm = out.join("packages.wasm");
    common::build(&root, "main.py", &["helper.py"], &wasm).unwrap_or_else(|e| panic!("{}", e));
    for script in ["main.py", "helper.py"] {
        common::compare_in(&root, script, &wasm).unwrap_or_else(|e| panic!("{}: {}", script, e));
    }
}
