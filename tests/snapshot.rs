//! Pre-initialized snapshots (`build --preinit MODULE`): two starts of one snapshot share
//! nothing random, each reads its own clock, environment and argv; the hash secret is fixed
//! per build (PYTHONHASHSEED at build fixes it); output printed by the
//! import shows at build, not at run; a module that reads a host file at import is a clear
//! build error naming it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn out_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("snapshot");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn py2c(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_py2c-wasm"));
    cmd.args(args).env_remove("PYTHONHASHSEED").current_dir(out_dir());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().expect("py2c-wasm")
}

fn ok(out: Output, what: &str) -> Output {
    assert!(
        out.status.success(),
        "{what} failed ({:?})\n--- stdout ---\n{}\n--- stderr ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The script as the build was given it: sys.argv[0].
fn input_arg() -> String {
    manifest().join("tests/snapshot/app/state.py").to_string_lossy().into_owned()
}

fn build(name: &str, flags: &[&str], envs: &[(&str, &str)]) -> (PathBuf, String) {
    let wasm = out_dir().join(name);
    let input = manifest().join("tests/snapshot/app/state.py");
    let mut args = vec!["build", input.to_str().unwrap(), "-o", wasm.to_str().unwrap()];
    args.extend_from_slice(flags);
    let out = ok(py2c(&args, envs), &format!("build {name}"));
    (wasm, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs_f64()
}

/// One start: its JSON line, and the host clock around it.
fn start(wasm: &Path, var: &str, extra_env: &[(&str, &str)], preinit: bool) -> (Value, f64, f64) {
    let before = now();
    let mut envs = vec![("PY2C_SNAPSHOT_VAR", var)];
    envs.extend_from_slice(extra_env);
    let out = ok(py2c(&["run", wasm.to_str().unwrap(), "--", "first", "second"], &envs), "run");
    let after = now();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(stdout.contains("warm imported"), !preinit, "the preinit module's output shows at run or not as it should:\n{stdout}");
    let stdout = stdout.replace("warm imported\n", "");
    (serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{e}: {stdout}")), before, after)
}

#[test]
fn snapshot_starts_share_nothing_random_and_see_their_own_world() {
    let (wasm, build_log) = build("state.wasm", &["--preinit", "warm"], &[("PYTHONHASHSEED", "123")]);
    assert!(build_log.contains("warm imported"), "what the import printed should show at build:\n{build_log}");

    let (a, a0, a1) = start(&wasm, "one", &[], true);
    let (b, b0, b1) = start(&wasm, "two", &[("SET_AT_IMPORT", "from-run")], true);
    for key in ["random", "randrange", "tempname", "mkdtemp", "uuid4", "secrets"] {
        assert_ne!(a[key], b[key], "{key} is the same in two starts of one snapshot");
    }
    for (o, lo, hi) in [(&a, a0, a1), (&b, b0, b1)] {
        let t = o["time"].as_f64().unwrap();
        assert!(t >= lo - 1.0 && t <= hi + 1.0, "time.time() {t} is not the run's clock ({lo}..{hi})");
        let imported = o["imported_at"].as_f64().unwrap();
        assert!(imported < lo, "the preinit import ran at start, not at build");
        assert_eq!(o["argv"], json!([input_arg(), "first", "second"]));
    }
    assert_eq!((&a["env"], &a["getenv"], &a["environb"]), (&json!("one"), &json!("one"), &json!("one")));
    assert_eq!(b["env"], "two");
    // os.environ.setdefault at import: the run's environment wins, else the import's value stays.
    assert_eq!(a["set_at_import"], "from-import");
    assert_eq!(b["set_at_import"], "from-run");

    // The hash secret is the build's (wasm32 CPython hashes with FNV, so python3.11's
    // 64-bit values are no oracle): fixed across starts, and PYTHONHASHSEED at build
    // gives the same secret to another build.
    assert_eq!(a["hash"], b["hash"]);
    let (again, _) = build("state-again.wasm", &["--preinit", "warm"], &[("PYTHONHASHSEED", "123")]);
    let (c, _, _) = start(&again, "three", &[], true);
    assert_eq!(c["hash"], a["hash"]);
    assert_ne!(c["random"], a["random"]);
}

#[test]
fn without_snapshot_each_start_draws_its_own_hash_secret() {
    let (wasm, _) = build("state-cold.wasm", &["--no-snapshot"], &[]);
    let (a, _, _) = start(&wasm, "one", &[], false);
    let (b, _, _) = start(&wasm, "two", &[], false);
    assert_ne!(a["hash"], b["hash"]);
    assert_ne!(a["random"], b["random"]);
    assert_eq!(a["env"], "one");
    assert_eq!(a["set_at_import"], "from-import");
}

#[test]
fn a_module_that_reads_a_host_file_at_import_cannot_be_preinitialized() {
    let wasm = out_dir().join("needs_host.wasm");
    let _ = std::fs::remove_file(&wasm);
    let input = manifest().join("tests/snapshot/bad/needs_host.py");
    let out = py2c(&["build", input.to_str().unwrap(), "-o", wasm.to_str().unwrap(), "--preinit", "reads_config"], &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error: --preinit reads_config: importing reads_config at build time failed"), "{stderr}");
    assert!(stderr.contains("nothing mounted"), "{stderr}");
    assert!(
        stderr.contains("FileNotFoundError: [Errno 44] No such file or directory: '/srv/py2c-not-mounted/config.json'"),
        "{stderr}"
    );
    assert!(stderr.contains("File \"/app/reads_config.py\", line 2"), "the traceback should name the module's line:\n{stderr}");
    assert!(!wasm.exists(), "a failed snapshot leaves no output");
    // Without --preinit the import happens at run, where the file can be mounted.
    let out = py2c(&["build", input.to_str().unwrap(), "-o", wasm.to_str().unwrap(), "-q"], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}
