//! Real frameworks from PyPI (pinned with hashes, fetched by `scripts/app-venv` at test
//! time, never copied in): our Django 4.2 project and Flask 3 app, each built from a
//! virtual environment into one `.wasm`, run with no mounts, and compared with the same
//! driver run natively by the venv's python3.11: stdout, exit code and traceback.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The venv of a requirements file, made once per machine.
fn venv(requirements: &str) -> PathBuf {
    let root = common::manifest_dir();
    let out = Command::new("bash")
        .arg(root.join("scripts/app-venv"))
        .arg(root.join("tests/apps").join(requirements))
        .output()
        .expect("cannot run scripts/app-venv");
    assert!(out.status.success(), "scripts/app-venv failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    PathBuf::from(text.lines().last().expect("app-venv prints the venv path").trim())
}

fn build(app: &Path, script: &str, venv: &Path, out: &Path) -> String {
    let build = Command::new(env!("CARGO_BIN_EXE_py2c-wasm"))
        .args(["build", script, "-o"])
        .arg(out)
        .env("VIRTUAL_ENV", venv)
        .current_dir(app)
        .output()
        .expect("cannot run py2c-wasm build");
    let log = String::from_utf8_lossy(&build.stderr).into_owned();
    assert!(build.status.success(), "build of {} failed:\n{}", script, log);
    log
}

fn run_ours(wasm: &Path, args: &[&str], dirs: &[String], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_py2c-wasm"));
    cmd.arg("run").arg(wasm);
    for d in dirs {
        cmd.arg("--dir").arg(d);
    }
    cmd.arg("--").args(args).env("PYTHONHASHSEED", "random");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("cannot run py2c-wasm run")
}

fn run_native(venv: &Path, app: &Path, script: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(venv.join("bin/python"));
    cmd.arg(script).args(args).current_dir(app).env("PYTHONDONTWRITEBYTECODE", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("cannot run the venv's python")
}

/// Paths as the guest names them: the app at /app, site-packages where the stdlib
/// comparison of `common` maps both sides.
fn at_guest_roots(text: &[u8], app: &Path) -> String {
    let app = std::fs::canonicalize(app).unwrap();
    String::from_utf8_lossy(text).replace(&app.to_string_lossy().into_owned(), "/app")
}

fn compare(what: &str, ours: &Output, native: &Output, app: &Path) {
    let (o_out, n_out) = (String::from_utf8_lossy(&ours.stdout).into_owned(), at_guest_roots(&native.stdout, app));
    let (o_err, n_err) = (String::from_utf8_lossy(&ours.stderr).into_owned(), at_guest_roots(&native.stderr, app));
    if o_out != n_out {
        let first = o_out.lines().zip(n_out.lines()).position(|(a, b)| a != b).unwrap_or(o_out.lines().count().min(n_out.lines().count()));
        panic!(
            "{}: stdout differs from python3.11 at line {}\n--- ours ---\n{}\n--- python3.11 ---\n{}\n--- our stderr ---\n{}",
            what,
            first + 1,
            o_out.lines().skip(first.saturating_sub(3)).take(12).collect::<Vec<_>>().join("\n"),
            n_out.lines().skip(first.saturating_sub(3)).take(12).collect::<Vec<_>>().join("\n"),
            o_err
        );
    }
    assert_eq!(ours.status.code(), native.status.code(), "{}: exit code differs\n--- our stderr ---\n{}", what, o_err);
    assert_eq!(common::traceback_summary(&o_err), common::traceback_summary(&n_err), "{}: traceback differs", what);
    eprintln!("{}: {} lines of output equal python3.11's", what, o_out.lines().count());
}

fn out_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("frameworks");
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn flask_app_matches_cpython() {
    let app = common::manifest_dir().join("tests/apps/flask_app");
    let venv = venv("requirements-flask.txt");
    let wasm = out_dir().join("flask.wasm");
    let log = build(&app, "driver.py", &venv, &wasm);
    // MarkupSafe's C speedup cannot run in wasm; the build says so, the fallback is used.
    assert!(log.contains("leaving out the extension module") && log.contains("markupsafe/_speedups"), "{}", log);
    compare("flask driver", &run_ours(&wasm, &[], &[], &[]), &run_native(&venv, &app, "driver.py", &[], &[]), &app);
}

#[test]
fn django_project_matches_cpython() {
    let app = common::manifest_dir().join("tests/apps/django_site");
    let venv = venv("requirements-django.txt");
    let wasm = out_dir().join("django.wasm");
    build(&app, "driver.py", &venv, &wasm);
    compare("django driver", &run_ours(&wasm, &[], &[], &[]), &run_native(&venv, &app, "driver.py", &[], &[]), &app);

    // manage.py with a mounted directory: migrate creates the sqlite file, a second run reads it.
    let manage = out_dir().join("manage.wasm");
    build(&app, "manage.py", &venv, &manage);
    let data = out_dir().join("manage-data");
    let native_data = out_dir().join("manage-data-native");
    for d in [&data, &native_data] {
        let _ = std::fs::remove_dir_all(d);
        std::fs::create_dir_all(d).unwrap();
    }
    let mount = format!("{}::/data", data.display());
    let native_db = native_data.join("db.sqlite3");
    for args in [&["migrate", "--no-color"][..], &["showmigrations", "--no-color"][..]] {
        let ours = run_ours(&manage, args, &[mount.clone()], &[("APP_DB", "/data/db.sqlite3")]);
        let native = run_native(&venv, &app, "manage.py", args, &[("APP_DB", native_db.to_str().unwrap())]);
        compare(&format!("manage.py {}", args[0]), &ours, &native, &app);
    }
    assert!(data.join("db.sqlite3").is_file(), "migrate did not create the database in the mounted directory");
}
