//! The embedded filesystem end to end: a tree (text, binary, nested and empty directories,
//! json, a sqlite database and a `.mo` catalog made here by python3.11, a dist-info, a data
//! package) is packed into one `.wasm` with `tests/vfs/fs_calls.py`, which exercises the file
//! calls of unmodified code; its output must equal python3.11's on a host copy of the tree,
//! and the read-only lines must show EROFS. Then `--dir` mounts must win over the embedded
//! tree and be writable, and the build's smallest image must still have a working `/tmp`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use py2c_wasm::build::{build, BuildOptions};
use py2c_wasm::vfs::{entries_from_dir, Entry};

/// Where the embedded tree appears in the guest.
const GUEST_ROOT: &str = "/data";

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn out_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("vfs");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn program() -> PathBuf {
    manifest().join("tests/vfs/fs_calls.py")
}

/// The host tree, made once by tests/vfs/make_tree.py.
fn tree() -> &'static Path {
    static TREE: OnceLock<PathBuf> = OnceLock::new();
    TREE.get_or_init(|| {
        let dir = out_dir().join("tree");
        let _ = std::fs::remove_dir_all(&dir);
        let out = Command::new("python3.11").arg(manifest().join("tests/vfs/make_tree.py")).arg(&dir).output().expect("python3.11");
        assert!(out.status.success(), "make_tree.py failed:\n{}", String::from_utf8_lossy(&out.stderr));
        dir
    })
}

fn build_wasm(name: &str, embed: Vec<Entry>) -> PathBuf {
    let output = out_dir().join(name);
    let opts = BuildOptions { input: program(), output: output.clone(), emit_c: None, opt_level: 2, quiet: true, include: vec![], embed };
    build(&opts).unwrap_or_else(|e| panic!("build of {} failed: {:#}", name, e));
    output
}

/// One `.wasm` for the tree and mount tests: the tree at /data.
fn tree_wasm() -> &'static Path {
    static WASM: OnceLock<PathBuf> = OnceLock::new();
    WASM.get_or_init(|| build_wasm("fs_calls.wasm", entries_from_dir(tree(), GUEST_ROOT).unwrap()))
}

fn run(wasm: &Path, dirs: &[(&Path, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_py2c-wasm"));
    cmd.arg("run").arg(wasm);
    for (host, guest) in dirs {
        cmd.arg("--dir").arg(format!("{}::{}", host.display(), guest));
    }
    // tempfile would try the host's TMPDIR first; both sides use /tmp.
    cmd.arg("--").args(args).env("TMPDIR", "/tmp").current_dir(out_dir());
    cmd.output().expect("py2c-wasm run")
}

fn stdout_of(out: &Output, what: &str) -> String {
    let s = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{} failed ({:?})\n--- stdout ---\n{}\n--- stderr ---\n{}", what, out.status, s, String::from_utf8_lossy(&out.stderr));
    s
}

#[test]
fn embedded_tree_matches_cpython() {
    let wasm = tree_wasm();
    let ours = stdout_of(&run(wasm, &[], &["tree", GUEST_ROOT]), "the wasm");
    // python3.11 on a copy, so nothing it might write touches the tree the wasm embeds.
    let copy = out_dir().join("tree-native");
    let _ = std::fs::remove_dir_all(&copy);
    let cp = Command::new("cp").arg("-r").arg(tree()).arg(&copy).status().unwrap();
    assert!(cp.success());
    let native = Command::new("python3.11")
        .arg("-B")
        .arg(program())
        .args(["tree", copy.to_str().unwrap()])
        .env("TMPDIR", "/tmp")
        .output()
        .expect("python3.11");
    let theirs = stdout_of(&native, "python3.11");

    let (only, common): (Vec<&str>, Vec<&str>) = ours.lines().partition(|l| l.starts_with("wasm-only: "));
    let theirs: Vec<&str> = theirs.lines().collect();
    if common != theirs {
        let first = common.iter().zip(&theirs).position(|(a, b)| a != b).unwrap_or(common.len().min(theirs.len()));
        panic!(
            "output differs from python3.11 at line {} (ours {:?}, theirs {:?})\n--- ours ---\n{}\n--- python3.11 ---\n{}",
            first + 1,
            common.get(first),
            theirs.get(first),
            common.join("\n"),
            theirs.join("\n")
        );
    }
    assert!(common.len() > 100, "too little output: {}", common.len());

    let rofs = "OSError EROFS Read-only file system";
    let want = [
        "/tmp at start: []".to_string(),
        format!("open w: {}", rofs),
        format!("open a: {}", rofs),
        format!("open r+: {}", rofs),
        format!("create: {}", rofs),
        format!("create in subdir: {}", rofs),
        format!("mkdir: {}", rofs),
        "mkdir existing: FileExistsError EEXIST File exists".to_string(),
        format!("rmdir: {}", rofs),
        format!("unlink: {}", rofs),
        format!("rename: {}", rofs),
        format!("rename to /tmp: {}", rofs),
        format!("truncate: {}", rofs),
        format!("utime: {}", rofs),
        format!("rmdir /tmp: {}", rofs),
        "mtime: (315532800.0, 315532800.0)".to_string(),
        "tree intact: ('Hel', ['a', 'top.txt'])".to_string(),
        "sqlite rw insert: OperationalError  attempt to write a readonly database".to_string(),
        "tmp is a dir: (True, True)".to_string(),
        "compiled file stat: (True, 0)".to_string(),
        "compiled file open: PermissionError EACCES Permission denied".to_string(),
        "compiled file source: ''".to_string(),
    ];
    let only: Vec<&str> = only.iter().map(|l| &l["wasm-only: ".len()..]).collect();
    assert_eq!(only, want.iter().map(String::as_str).collect::<Vec<_>>());
    eprintln!("{} lines equal python3.11, {} read-only checks", common.len(), only.len());
}

#[test]
fn dir_mounts_win_and_are_writable() {
    let wasm = tree_wasm();
    let host = out_dir().join("mount-data");
    let host_tmp = out_dir().join("mount-tmp");
    for d in [&host, &host_tmp] {
        let _ = std::fs::remove_dir_all(d);
        std::fs::create_dir_all(d).unwrap();
    }
    std::fs::write(host.join("host.txt"), "on the host\n").unwrap();
    let out = run(wasm, &[(&host, GUEST_ROOT), (&host_tmp, "/tmp")], &["mount", GUEST_ROOT, "/tmp"]);
    let text = stdout_of(&out, "the mount run");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "['host.txt']",
            "['host.txt', 'made', 'written.txt'] on the host",
            "",
            "[]",
            "True",
            "/tmp ['tmpfile.txt']",
        ],
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(host.join("written.txt")).unwrap(), "from wasm\n");
    assert!(host.join("made").is_dir());
    assert_eq!(std::fs::read_to_string(host_tmp.join("tmpfile.txt")).unwrap(), "tmp from wasm\n");
}

#[test]
fn smallest_image_still_has_tmp() {
    let wasm = build_wasm("fs_tmp.wasm", Vec::new());
    let text = stdout_of(&run(&wasm, &[], &["tmp", "/"]), "the tmp run");
    assert_eq!(text.lines().collect::<Vec<_>>(), ["True ok", "[] True"]);
}
