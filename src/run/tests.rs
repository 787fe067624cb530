//! Runner tests on tiny hand-encoded WASI modules (no extra crates needed).

use super::*;

// ---- a minimal wasm binary encoder -------------------------------------

const I32: u8 = 0x7f;

fn uleb(mut v: u64, out: &mut Vec<u8>) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn sleb(mut v: i64, out: &mut Vec<u8>) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        let done = (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0);
        out.push(if done { byte } else { byte | 0x80 });
        if done {
            return;
        }
    }
}

fn name(s: &str, out: &mut Vec<u8>) {
    uleb(s.len() as u64, out);
    out.extend_from_slice(s.as_bytes());
}

fn section(id: u8, body: Vec<u8>, out: &mut Vec<u8>) {
    out.push(id);
    uleb(body.len() as u64, out);
    out.extend(body);
}

/// A function signature: (params, results).
type Sig = (&'static [u8], &'static [u8]);

/// Builds a module importing `imports` from `wasi_snapshot_preview1`,
/// defining `funcs` (signature, body without the final `end`; no locals
/// besides params), exporting memory and the first defined function as
/// `_start`, with 1 page of memory initialised by `data`.
fn module(imports: &[(&str, Sig)], funcs: &[(Sig, Vec<u8>)], data: &[(u32, &[u8])]) -> Vec<u8> {
    let mut out = b"\0asm\x01\0\0\0".to_vec();
    let sigs: Vec<Sig> = imports
        .iter()
        .map(|(_, s)| *s)
        .chain(funcs.iter().map(|(s, _)| *s))
        .collect();

    let mut types = Vec::new();
    uleb(sigs.len() as u64, &mut types);
    for (params, results) in &sigs {
        types.push(0x60);
        uleb(params.len() as u64, &mut types);
        types.extend_from_slice(params);
        uleb(results.len() as u64, &mut types);
        types.extend_from_slice(results);
    }
    section(1, types, &mut out);

    let mut imps = Vec::new();
    uleb(imports.len() as u64, &mut imps);
    for (i, (field, _)) in imports.iter().enumerate() {
        name("wasi_snapshot_preview1", &mut imps);
        name(field, &mut imps);
        imps.push(0x00);
        uleb(i as u64, &mut imps);
    }
    section(2, imps, &mut out);

    let mut fns = Vec::new();
    uleb(funcs.len() as u64, &mut fns);
    for i in 0..funcs.len() {
        uleb((imports.len() + i) as u64, &mut fns);
    }
    section(3, fns, &mut out);

    section(5, vec![1, 0x00, 1], &mut out); // one memory, min 1 page

    let mut exports = Vec::new();
    uleb(2, &mut exports);
    name("memory", &mut exports);
    exports.extend([0x02, 0x00]);
    name("_start", &mut exports);
    exports.push(0x00);
    uleb(imports.len() as u64, &mut exports);
    section(7, exports, &mut out);

    let mut code = Vec::new();
    uleb(funcs.len() as u64, &mut code);
    for (_, body) in funcs {
        let mut b = vec![0x00]; // no locals
        b.extend_from_slice(body);
        b.push(0x0b);
        uleb(b.len() as u64, &mut code);
        code.extend(b);
    }
    section(10, code, &mut out);

    let mut segs = Vec::new();
    uleb(data.len() as u64, &mut segs);
    for (offset, bytes) in data {
        segs.push(0x00);
        segs.push(0x41);
        sleb(*offset as i64, &mut segs);
        segs.push(0x0b);
        uleb(bytes.len() as u64, &mut segs);
        segs.extend_from_slice(bytes);
    }
    section(11, segs, &mut out);
    out
}

fn i32_const(v: i32, out: &mut Vec<u8>) {
    out.push(0x41);
    sleb(v as i64, out);
}

fn call(f: u32, out: &mut Vec<u8>) {
    out.push(0x10);
    uleb(f as u64, out);
}

const FD_WRITE: (&str, Sig) = ("fd_write", (&[I32, I32, I32, I32], &[I32]));
const PROC_EXIT: (&str, Sig) = ("proc_exit", (&[I32], &[]));
const ARGS_SIZES_GET: (&str, Sig) = ("args_sizes_get", (&[I32, I32], &[I32]));
const START: Sig = (&[], &[]);

// ---- scratch space --------------------------------------------------------

struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("py2c-run-test-{}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    fn write_wasm(&self, bytes: &[u8]) -> PathBuf {
        let p = self.0.join("app.wasm");
        std::fs::write(&p, bytes).unwrap();
        p
    }
    fn cache(&self) -> PathBuf {
        self.0.join("cache")
    }
    fn cwasm_files(&self) -> Vec<PathBuf> {
        match std::fs::read_dir(self.cache().join("modules")) {
            Ok(rd) => rd
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "cwasm"))
                .collect(),
            Err(_) => Vec::new(),
        }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run_in(dir: &TempDir, wasm: &Path, opts: &RunOptions) -> Result<i32> {
    let (wasm, opts, cache) = (wasm.to_path_buf(), opts.clone(), dir.cache());
    on_guest_thread(move || run_impl(&wasm, &opts, Some(&cache), false))
}

// ---- tests ---------------------------------------------------------------

/// fd_write("hello\n") to fd 1, then proc_exit(3).
fn hello_exit3() -> Vec<u8> {
    let mut body = Vec::new();
    for v in [1, 0, 1, 8] {
        i32_const(v, &mut body); // fd, iovs, iovs_len, nwritten
    }
    call(0, &mut body);
    body.push(0x1a); // drop errno
    i32_const(3, &mut body);
    call(1, &mut body);
    module(
        &[FD_WRITE, PROC_EXIT],
        &[(START, body)],
        &[(0, &[16, 0, 0, 0, 6, 0, 0, 0]), (16, b"hello\n")],
    )
}

#[test]
fn proc_exit_code_and_cache() {
    let dir = TempDir::new("exit");
    let wasm = dir.write_wasm(&hello_exit3());
    let opts = RunOptions {
        argv: vec!["app".into()],
        ..Default::default()
    };

    assert_eq!(run_in(&dir, &wasm, &opts).unwrap(), 3);
    let files = dir.cwasm_files();
    assert_eq!(files.len(), 1, "one cache entry after the first run");
    let first = std::fs::read(&files[0]).unwrap();

    // Second run: cache hit, same entry.
    assert_eq!(run_in(&dir, &wasm, &opts).unwrap(), 3);
    assert_eq!(dir.cwasm_files(), files);

    // Corrupt entry: recompiled and overwritten.
    std::fs::write(&files[0], b"garbage").unwrap();
    assert_eq!(run_in(&dir, &wasm, &opts).unwrap(), 3);
    assert_eq!(std::fs::read(&files[0]).unwrap(), first);

    // precompile on a fresh cache fills it.
    std::fs::remove_file(&files[0]).unwrap();
    let (w, c) = (wasm.clone(), dir.cache());
    on_guest_thread(move || precompile_impl(&w, &c)).unwrap();
    assert_eq!(dir.cwasm_files(), files);
}

#[test]
fn argv_reaches_guest() {
    // args_sizes_get(0, 4); proc_exit(argc * 10 + argv_buf_size)
    // (wasmtime-wasi rejects exit statuses >= 126)
    let mut body = Vec::new();
    i32_const(0, &mut body);
    i32_const(4, &mut body);
    call(0, &mut body);
    body.push(0x1a);
    i32_const(0, &mut body);
    body.extend([0x28, 0x02, 0x00]); // i32.load argc
    i32_const(10, &mut body);
    body.push(0x6c); // i32.mul
    i32_const(4, &mut body);
    body.extend([0x28, 0x02, 0x00]); // i32.load buf size
    body.push(0x6a); // i32.add
    call(1, &mut body);
    let dir = TempDir::new("argv");
    let wasm = dir.write_wasm(&module(&[ARGS_SIZES_GET, PROC_EXIT], &[(START, body)], &[]));
    let opts = RunOptions {
        argv: vec!["prog".into(), "a".into(), "bc".into()],
        ..Default::default()
    };
    // 3 args, "prog\0a\0bc\0" = 10 bytes
    assert_eq!(run_in(&dir, &wasm, &opts).unwrap(), 40);
}

#[test]
fn normal_return_is_zero() {
    let dir = TempDir::new("ret");
    let wasm = dir.write_wasm(&module(&[], &[(START, Vec::new())], &[]));
    assert_eq!(run_in(&dir, &wasm, &RunOptions::default()).unwrap(), 0);
}

#[test]
fn trap_is_an_error() {
    let dir = TempDir::new("trap");
    let wasm = dir.write_wasm(&module(&[], &[(START, vec![0x00])], &[])); // unreachable
    let err = run_in(&dir, &wasm, &RunOptions::default())
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("wasm trap: "), "{err}");
    assert!(err.contains("unreachable"), "{err}");
    assert!(err.contains("wasm backtrace:"), "{err}");
}

/// `_start` calls rec(n) (`n == 0 ? 0 : rec(n - 1) + 1`) and exits with it / 1000.
fn recursion(n: i32) -> Vec<u8> {
    let mut start = Vec::new();
    i32_const(n, &mut start);
    call(2, &mut start); // rec
    i32_const(1000, &mut start);
    start.push(0x6d); // i32.div_s (exit statuses must be < 126)
    call(0, &mut start); // proc_exit
    let mut rec = vec![0x20, 0x00, 0x45, 0x04, I32]; // local.get 0; i32.eqz; if (result i32)
    i32_const(0, &mut rec);
    rec.extend([0x05, 0x20, 0x00]); // else; local.get 0
    i32_const(1, &mut rec);
    rec.push(0x6b); // i32.sub
    call(2, &mut rec);
    i32_const(1, &mut rec);
    rec.extend([0x6a, 0x0b]); // i32.add; end
    module(
        &[PROC_EXIT],
        &[(START, start), ((&[I32], &[I32]), rec)],
        &[],
    )
}

#[test]
fn deep_recursion_fits_in_the_stack() {
    // ~100k frames: far beyond wasmtime's default 512 KiB wasm stack.
    let dir = TempDir::new("deep");
    let wasm = dir.write_wasm(&recursion(100_000));
    assert_eq!(run_in(&dir, &wasm, &RunOptions::default()).unwrap(), 100);
}

#[test]
fn runaway_recursion_traps_cleanly() {
    let dir = TempDir::new("runaway");
    let wasm = dir.write_wasm(&recursion(-1));
    let err = run_in(&dir, &wasm, &RunOptions::default())
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("wasm trap: call stack exhausted"), "{err}");
    assert!(err.contains("older frames omitted"), "{err}");
}

#[test]
fn preopened_dir_is_writable() {
    // path_open(fd 3, dirflags 0, "out.txt", O_CREAT, rights all, all, 0, &fd@64);
    // fd_write(fd, iov@0, 1, 8); proc_exit(errno of fd_write), or 100 if path_open failed
    const PATH_OPEN: (&str, Sig) = (
        "path_open",
        (&[I32, I32, I32, I32, I32, 0x7e, 0x7e, I32, I32], &[I32]),
    );
    let mut body = Vec::new();
    for v in [3, 0, 32, 7, 1] {
        i32_const(v, &mut body); // dirfd, dirflags, path, path_len, oflags=CREAT
    }
    for _ in 0..2 {
        body.push(0x42); // i64.const: all 29 defined rights
        sleb(0x1fff_ffff, &mut body);
    }
    i32_const(0, &mut body); // fdflags
    i32_const(64, &mut body); // &fd
    call(1, &mut body);
    body.extend([0x04, 0x40]); // if (errno != 0) proc_exit(100)
    i32_const(100, &mut body);
    call(2, &mut body);
    body.push(0x0b);
    i32_const(64, &mut body);
    body.extend([0x28, 0x02, 0x00]); // fd
    i32_const(0, &mut body);
    i32_const(1, &mut body);
    i32_const(8, &mut body);
    call(0, &mut body);
    call(2, &mut body); // proc_exit(errno of fd_write)
    let wasm_bytes = module(
        &[FD_WRITE, PATH_OPEN, PROC_EXIT],
        &[(START, body)],
        &[
            (0, &[16, 0, 0, 0, 6, 0, 0, 0]),
            (16, b"hello\n"),
            (32, b"out.txt"),
        ],
    );
    let dir = TempDir::new("preopen");
    let wasm = dir.write_wasm(&wasm_bytes);
    let data = dir.0.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let opts = RunOptions {
        dirs: vec![(data.clone(), "/data".into())],
        ..Default::default()
    };
    assert_eq!(run_in(&dir, &wasm, &opts).unwrap(), 0);
    assert_eq!(std::fs::read(data.join("out.txt")).unwrap(), b"hello\n");
}

#[test]
fn missing_file_error() {
    let dir = TempDir::new("missing");
    let err = run_in(&dir, &dir.0.join("nope.wasm"), &RunOptions::default()).unwrap_err();
    let msg = format!("{err:#}");
    assert!(
        msg.starts_with("cannot read ") && msg.contains("nope.wasm"),
        "{msg}"
    );
}

#[test]
fn missing_preopen_error() {
    let dir = TempDir::new("badpreopen");
    let wasm = dir.write_wasm(&module(&[], &[(START, Vec::new())], &[]));
    let opts = RunOptions {
        dirs: vec![(dir.0.join("absent"), "/x".into())],
        ..Default::default()
    };
    let msg = format!("{:#}", run_in(&dir, &wasm, &opts).unwrap_err());
    assert!(msg.starts_with("cannot preopen "), "{msg}");
}

#[test]
fn env_overrides_host() {
    let env = guest_env(&[
        ("PATH".into(), "/guest".into()),
        ("PY2C_T".into(), "1".into()),
    ]);
    assert_eq!(env.iter().filter(|(k, _)| k == "PATH").count(), 1);
    assert!(env.contains(&("PATH".into(), "/guest".into())));
    assert!(env.contains(&("PY2C_T".into(), "1".into())));
}
