//! Dependencies from a virtual environment, on a small environment made at test time:
//! a regular package with data files and a dist-info (importlib.metadata version and
//! entry points, importlib.resources, pkgutil over `__path__`), a namespace package split
//! over site-packages and a directory a `.pth` file adds, a module with a syntax error
//! (raised when imported, as in CPython), a C extension (left out with a warning), a
//! `--path` directory, and `--exclude`. The program is compared with the venv's python.
//! Also: the output is byte-identical whatever directory the same sources are built in.


use std::path::{Path, PathBuf};
use std::process::Command;

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const MAIN: &str = r#"
import importlib, importlib.metadata as md, importlib.resources, pkgutil, os, sys
import fakepkg
from fakepkg import sub
import nspkg.left, nspkg.right
import extra
print(fakepkg.VALUE, sub.twice(21), fakepkg.__file__, fakepkg.__spec__.origin)
# --exclude left fakepkg.skipped out (natively it is hidden through sys.modules).
print(sorted(m.name for m in pkgutil.iter_modules(fakepkg.__path__) if m.name != "skipped"))
print(pkgutil.get_data("fakepkg", "data/more.json"))
print(importlib.resources.files("fakepkg").joinpath("data/hello.txt").read_text().strip())
print(sorted(os.listdir(os.path.join(os.path.dirname(fakepkg.__file__), "data"))))
print(md.version("fakepkg"), [e.name for e in md.entry_points(group="fake.plugins")])
print(nspkg.left.SIDE, nspkg.right.SIDE, sorted(nspkg.__path__) == sorted(set(nspkg.__path__)), len(list(nspkg.__path__)))
print(extra.WHERE, [p for p in sys.path if p.endswith("site-packages")] != [])
try:
    import fakepkg.broken
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    import fakeext
except ImportError as e:
    # Natively the (fake) ELF file fails to load; in wasm the extension was left out.
    print("ImportError", e.name)
try:
    importlib.import_module("fakepkg.skipped")
except ImportError as e:
    print(type(e).__name__, e.name)
import fakepkg.plugin
print(fakepkg.plugin.run())
"#;

/// A venv (made with the host python3.11) holding the fake distribution; returns
/// (venv, app dir, --path dir).
fn make_env(root: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let _ = std::fs::remove_dir_all(root);
    std::fs::create_dir_all(root).unwrap();
    let venv = root.join("venv");
    let st = Command::new("python3.11").args(["-m", "venv", "--without-pip"]).arg(&venv).status().unwrap();
    assert!(st.success());
    let site = venv.join("lib/python3.11/site-packages");
    write(&site.join("fakepkg/__init__.py"), "# the fake package's comment that must not be embedded\nVALUE = 'fake'\n");
    write(&site.join("fakepkg/sub.py"), "def twice(x):\n    return 2 * x\n");
    write(&site.join("fakepkg/plugin.py"), "def run():\n    return 'plugin ran'\n");
    write(&site.join("fakepkg/skipped.py"), "X = 1\n");
    write(&site.join("fakepkg/broken.py"), "x = 1\ndef f(:\n    pass\n");
    write(&site.join("fakepkg/data/hello.txt"), "hello from data\n");
    write(&site.join("fakepkg/data/more.json"), "{\"a\": 1}\n");
    write(&site.join("fakepkg/__pycache__/sub.cpython-311.pyc"), "not embedded");
    let dist = site.join("fakepkg-1.2.3.dist-info");
    write(&dist.join("METADATA"), "Metadata-Version: 2.1\nName: fakepkg\nVersion: 1.2.3\n");
    write(&dist.join("entry_points.txt"), "[fake.plugins]\nfirst = fakepkg.plugin:run\n");
    write(&dist.join("top_level.txt"), "fakepkg\n");
    write(&site.join("nspkg/left.py"), "SIDE = 'left'\n");
    let other = root.join("other");
    write(&other.join("nspkg/right.py"), "SIDE = 'right'\n");
    write(&site.join("other.pth"), &format!("{}\n", other.display()));
    std::fs::write(site.join("fakeext.cpython-311-x86_64-linux-gnu.so"), b"\x7fELF not really").unwrap();
    let app = root.join("app");
    write(&app.join("main.py"), MAIN);
    let extra = root.join("extra");
    write(&extra.join("extra.py"), "WHERE = 'extra'\n");
    (venv, app, extra)
}

fn build(app: &Path, venv: &Path, extra: &Path, out: &Path) -> String {
    build_with(app, venv, extra, out, false)
}

/// `via_python`: name the venv's interpreter with `--python` instead of activating it.
fn build_with(app: &Path, venv: &Path, extra: &Path, out: &Path, via_python: bool) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_py2c-wasm"));
    // The hash secret is part of the snapshot: a fixed one makes the build reproducible.
    cmd.env("PYTHONHASHSEED", "0");
    cmd.args(["build", "main.py", "--exclude", "fakepkg.skipped", "--path"]).arg(extra).arg("-o").arg(out);
    if via_python {
        cmd.arg("--python").arg(venv.join("bin/python")).env_remove("VIRTUAL_ENV");
    } else {
        cmd.env("VIRTUAL_ENV", venv);
    }
    let b = cmd.current_dir(app).output().unwrap();
    let log = String::from_utf8_lossy(&b.stderr).into_owned();
    assert!(b.status.success(), "build failed:\n{}", log);
    log
}

#[test]
fn virtual_env_packages_match_cpython() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("site-packages-test");
    let (venv, app, extra) = make_env(&root);
    let wasm = root.join("main.wasm");
    let log = build(&app, &venv, &extra, &wasm);
    assert!(log.contains("warning: leaving out the extension module") && log.contains("fakeext"), "{}", log);
    assert!(log.contains("broken.py:2:") && log.contains("SyntaxError"), "{}", log);
    let bytes = std::fs::read(&wasm).unwrap();
    for needle in ["the fake package's comment", root.to_str().unwrap()] {
        assert!(!bytes.windows(needle.len()).any(|w| w == needle.as_bytes()), "the .wasm contains {:?}", needle);
    }
    let ours = Command::new(env!("CARGO_BIN_EXE_py2c-wasm")).arg("run").arg(&wasm).output().unwrap();
    // Natively: the same packages; --path is PYTHONPATH; --exclude has no native
    // counterpart, so the skipped module is hidden the same way.
    let native = Command::new(venv.join("bin/python"))
        .args(["-c", &format!("import sys; sys.modules['fakepkg.skipped'] = None\nexec(compile(open('main.py').read(), {:?}, 'exec'))", app.join("main.py").display().to_string())])
        .env("PYTHONPATH", &extra)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .current_dir(&app)
        .output()
        .unwrap();
    let site = std::fs::canonicalize(venv.join("lib/python3.11/site-packages")).unwrap();
    let guest = |s: &[u8]| String::from_utf8_lossy(s).replace(site.to_str().unwrap(), "/usr/local/lib/python3.11/site-packages");
    let (o, n) = (String::from_utf8_lossy(&ours.stdout).into_owned(), guest(&native.stdout));
    assert_eq!(o, n, "stdout differs\n--- our stderr ---\n{}\n--- native stderr ---\n{}", String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&native.stderr));
    assert_eq!(ours.status.code(), Some(0), "{}", String::from_utf8_lossy(&ours.stderr));
    assert_eq!(native.status.code(), Some(0));
}

#[test]
fn output_is_the_same_whatever_the_build_directory() {
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("reproducible");
    let mut outputs = Vec::new();
    // The second build also names the interpreter with --python instead of VIRTUAL_ENV:
    // the same environment, so the same bytes.
    for (name, via_python) in [("first", false), ("second-with-a-longer-name", true)] {
        let root = base.join(name);
        let (venv, app, extra) = make_env(&root);
        let wasm = base.join(format!("{}.wasm", name));
        build_with(&app, &venv, &extra, &wasm, via_python);
        outputs.push(std::fs::read(&wasm).unwrap());
    }
    assert!(outputs[0] == outputs[1], "the two builds differ ({} and {} bytes)", outputs[0].len(), outputs[1].len());
}

/// WASI has no OpenSSL: `import ssl` stays an ImportError (code that falls back keeps
/// working), and its message says why.
#[test]
fn ssl_import_error_says_why() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ssl-message");
    let _ = std::fs::remove_dir_all(&dir);
    write(
        &dir.join("main.py"),
        "try:\n    import ssl\nexcept ImportError as e:\n    print(type(e).__name__, e.name, '|', e)\nimport http.client\nprint(hasattr(http.client, 'HTTPSConnection'))\n",
    );
    let wasm = dir.join("main.wasm");
    let b = Command::new(env!("CARGO_BIN_EXE_py2c-wasm")).args(["build", "-q", "main.py", "-o"]).arg(&wasm).current_dir(&dir).output().unwrap();
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let out = Command::new(env!("CARGO_BIN_EXE_py2c-wasm")).arg("run").arg(&wasm).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text,
        "ModuleNotFoundError ssl | No module named 'ssl': CPython for WASI is built without OpenSSL (and WASI has no sockets to secure)\nFalse\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
