//! `py2c-wasm serve` over real HTTP on loopback, started by the tests themselves:
//! * the issue-7 Flask and Django apps (real packages from PyPI, sqlite on a mounted
//!   directory) answer every request of a scripted session as the same app does natively
//!   under `wsgiref`: status, content type and length, Location, cookie names and
//!   attributes, body; sessions carry across requests;
//! * faults: a view that loops, recurses or allocates without end, or raises, gets its error
//!   status within the limits while other requests keep succeeding; malformed, oversized and
//!   keep-alive requests; a bounded load test; isolation (random state, module globals)
//!   with and without `--reuse`; ASGI.

mod common;
#[path = "support/http1.rs"]
mod http1;

use http1::{read_response, Resp};

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn out_dir(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve").join(name);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A server process, killed when dropped.
struct Server {
    child: Child,
    port: u16,
    what: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `cmd`, whose first stdout line names the port (ours: "... on http://127.0.0.1:PORT ...",
/// wsgiref_server.py: the port alone).
fn start(mut cmd: Command, what: &str) -> Server {
    cmd.stdout(Stdio::piped()).stderr(Stdio::inherit());
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let after = line.split("http://127.0.0.1:").nth(1).unwrap_or(line.trim());
    let port = after
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("{what} did not say its port: {line:?}"));
    Server { child, port, what: what.to_string() }
}

/// Builds of one script share a work directory: one at a time.
static BUILDS: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Builds; returns what the build said on stderr (warnings).
fn build(app_dir: &Path, script: &str, spec: &[&str], wasm: &Path, venv: Option<&Path>) -> String {
    let _one = BUILDS.lock().unwrap_or_else(|e| e.into_inner());
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_py2c-wasm"));
    cmd.args(["build", "-q", script, "-o"]).arg(wasm).args(spec).current_dir(app_dir);
    match venv {
        Some(v) => cmd.env("VIRTUAL_ENV", v),
        None => cmd.env_remove("VIRTUAL_ENV"),
    };
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "build failed:\n{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn serve(wasm: &Path, flags: &[&str]) -> Server {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_py2c-wasm"));
    cmd.arg("serve").arg(wasm).args(["--listen", "127.0.0.1:0"]).args(flags);
    start(cmd, &format!("serve {}", wasm.display()))
}

fn raw(port: u16, request: &[u8]) -> std::io::Result<Resp> {
    let s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(60)))?;
    (&s).write_all(request)?;
    read_response(&mut BufReader::new(s))
}

fn request(port: u16, method: &str, target: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
    let mut req = format!("{method} {target} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (n, v) in headers {
        req.push_str(&format!("{n}: {v}\r\n"));
    }
    req.push_str("\r\n");
    let mut bytes = req.into_bytes();
    bytes.extend_from_slice(body);
    raw(port, &bytes).unwrap_or_else(|e| panic!("{method} {target}: {e}"))
}

/// A cookie jar of one client: name -> value.
#[derive(Default)]
struct Jar(Vec<(String, String)>);

impl Jar {
    fn take(&mut self, resp: &Resp) {
        for c in resp.all("set-cookie") {
            let pair = c.split(';').next().unwrap_or("");
            let (n, v) = pair.split_once('=').unwrap_or((pair, ""));
            self.0.retain(|(k, _)| k != n);
            if !v.is_empty() && !c.contains("Max-Age=0") {
                self.0.push((n.to_string(), v.trim_matches('"').to_string()));
            }
        }
    }
    fn header(&self) -> String {
        self.0.iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>().join("; ")
    }
    fn get(&self, name: &str) -> Option<String> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
    }
}

/// A cookie without its value (values are signed with the time, or random).
fn cookie_shape(c: &str) -> String {
    let mut parts = c.split(';').map(|p| p.trim().to_string());
    let first = parts.next().unwrap_or_default();
    let name = first.split('=').next().unwrap_or("").to_string();
    let mut attrs: Vec<String> = parts.filter(|p| !p.to_ascii_lowercase().starts_with("expires=")).collect();
    attrs.sort();
    format!("{name}; {}", attrs.join("; "))
}

/// `value="..."` after `marker` replaced, wherever it occurs (CSRF tokens are random).
fn mask_after(text: &str, marker: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(marker) {
        out.push_str(&rest[..i + marker.len()]);
        rest = &rest[i + marker.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        out.push_str("MASKED");
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// One scripted step: method, path, extra headers, body.
type Step<'a> = (&'a str, &'a str, Vec<(&'a str, String)>, Vec<u8>);

/// Runs the steps against both servers, each with its own cookie jar, and compares.
/// Returns our responses, for checks of their own.
fn compare_session(ours: &Server, native: &Server, host: &str, steps: &[Step], mask: &dyn Fn(&str) -> String) -> Vec<Resp> {
    let mut mine = Vec::new();
    let (mut jo, mut jn) = (Jar::default(), Jar::default());
    for (method, path, headers, body) in steps {
        let send = |port: u16, jar: &Jar| {
            let cookie = jar.header();
            let csrf = jar.get("csrftoken").unwrap_or_default();
            let body = String::from_utf8_lossy(body).replace("{csrf}", &csrf).into_bytes();
            let mut h: Vec<(&str, &str)> = vec![("Host", host)];
            if !cookie.is_empty() {
                h.push(("Cookie", &cookie));
            }
            let owned: Vec<(String, String)> = headers.iter().map(|(n, v)| (n.to_string(), v.replace("{csrf}", &csrf))).collect();
            for (n, v) in &owned {
                h.push((n, v));
            }
            request(port, method, path, &h, &body)
        };
        let o = send(ours.port, &jo);
        let n = send(native.port, &jn);
        jo.take(&o);
        jn.take(&n);
        let what = format!("{method} {path}");
        assert_eq!(o.status, n.status, "{what}: status (ours {}, wsgiref {})\n--- ours ---\n{}", ours.what, native.what, o.text());
        for h in ["content-type", "location", "content-language", "vary", "x-frame-options"] {
            assert_eq!(o.header(h), n.header(h), "{what}: header {h}");
        }
        let shapes = |r: &Resp| {
            let mut v: Vec<String> = r.all("set-cookie").iter().map(|c| cookie_shape(c)).collect();
            v.sort();
            v
        };
        assert_eq!(shapes(&o), shapes(&n), "{what}: cookies");
        let (ot, nt) = (mask(&o.text()), mask(&n.text()));
        assert_eq!(ot, nt, "{what}: body");
        if let (Some(a), Some(b)) = (o.header("content-length"), n.header("content-length")) {
            if ot == o.text() {
                assert_eq!(a, b, "{what}: content-length");
            }
        }
        mine.push(o);
    }
    mine
}

fn venv(requirements: &str) -> PathBuf {
    let root = common::manifest_dir();
    let out = Command::new("bash").arg(root.join("scripts/app-venv")).arg(root.join("tests/apps").join(requirements)).output().unwrap();
    assert!(out.status.success(), "scripts/app-venv failed:\n{}", String::from_utf8_lossy(&out.stderr));
    PathBuf::from(String::from_utf8_lossy(&out.stdout).lines().last().unwrap().trim())
}

fn native(venv: &Path, app_dir: &Path, spec: &str, env: &[(&str, &Path)]) -> Server {
    let mut cmd = Command::new(venv.join("bin/python"));
    cmd.arg(common::manifest_dir().join("tests/serve/wsgiref_server.py")).arg(spec).current_dir(app_dir).env("PYTHONPATH", app_dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    start(cmd, &format!("wsgiref {spec}"))
}

fn run_ok(cmd: &mut Command, what: &str) {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{what} failed:\n{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

/// Two copies of one database: one for each server.
fn two_databases(name: &str, make: &dyn Fn(&Path)) -> (PathBuf, PathBuf) {
    let base = out_dir(name);
    let (a, b) = (base.join("ours"), base.join("native"));
    for d in [&a, &b] {
        let _ = std::fs::remove_dir_all(d);
        std::fs::create_dir_all(d).unwrap();
    }
    make(&a);
    for e in std::fs::read_dir(&a).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), b.join(e.file_name())).unwrap();
    }
    (a, b)
}

#[test]
fn flask_app_served_answers_as_under_wsgiref() {
    let venv = venv("requirements-flask.txt");
    let app = common::manifest_dir().join("tests/apps/flask_app");
    let wasm = out_dir("flask").join("notes.wasm");
    build(&app, "wsgi.py", &["--wsgi", "wsgi:app"], &wasm, Some(&venv));
    let (ours_db, native_db) = two_databases("flask-db", &|dir| {
        let db = dir.join("notes.sqlite3");
        run_ok(Command::new(venv.join("bin/flask")).args(["--app", "wsgi", "init-db"]).current_dir(&app).env("NOTES_DB", &db), "flask init-db");
        run_ok(
            Command::new(venv.join("bin/flask"))
                .args(["--app", "wsgi", "add-note", "Groceries", "--body", "eggs, milk and bread for the week", "--tag", "home"])
                .current_dir(&app)
                .env("NOTES_DB", &db),
            "flask add-note",
        );
    });
    let ours = serve(&wasm, &["--dir", &format!("{}::/data", ours_db.display())]);
    let theirs = native(&venv, &app, "wsgi:app", &[("NOTES_DB", &native_db.join("notes.sqlite3"))]);
    let form = |s: &str| (s.to_string().into_bytes(), vec![("Content-Type", "application/x-www-form-urlencoded".to_string())]);
    let json = |s: &str| (s.to_string().into_bytes(), vec![("Content-Type", "application/json".to_string())]);
    let get = |p: &'static str| -> Step<'static> { ("GET", p, vec![], vec![]) };
    let (login, login_h) = form("username=ada&password=opensesame");
    let (bad_login, bad_login_h) = form("username=ada&password=nope");
    let (note, note_h) = form("title=Served&body=from+wasm&tags=web+wasm");
    let (api, api_h) = json(r#"{"title": "API note", "body": "x", "tags": ["b", "a"], "pinned": true}"#);
    let (dup, dup_h) = json(r#"{"title": "API note"}"#);
    let steps: Vec<Step> = vec![
        get("/"),
        get("/notes/1"),
        get("/notes/99"),
        get("/api/notes"),
        get("/api/notes/99"),
        get("/static/style.css"),
        get("/notes/new"),
        ("POST", "/login", bad_login_h, bad_login),
        ("POST", "/login?next=/notes/new", login_h, login),
        get("/whoami"),
        get("/whoami"),
        ("POST", "/notes/new", note_h, note),
        get("/notes/2"),
        ("POST", "/api/notes", api_h, api),
        ("POST", "/api/notes", dup_h, dup),
        get("/api/notes?tag=a"),
        get("/"),
        get("/logout"),
        get("/whoami"),
        get("/no/such/page"),
    ];
    let mine = compare_session(&ours, &theirs, "localhost", &steps, &|s| s.to_string());
    assert_eq!(mine[8].status, 302);
    assert_eq!(mine[10].text().trim(), r#"{"user":"ada","visits":2}"#);
    assert_eq!((mine[11].status, mine[11].header("location")), (302, Some("/notes/2")));
    assert_eq!(mine[13].status, 201);
    assert_eq!(mine[14].status, 409);
}

#[test]
fn django_site_served_answers_as_under_wsgiref() {
    let venv = venv("requirements-django.txt");
    let app = common::manifest_dir().join("tests/apps/django_site");
    let wasm = out_dir("django").join("shelf.wasm");
    build(&app, "manage.py", &["--wsgi", "shelfsite.wsgi:application"], &wasm, Some(&venv));
    let (ours_db, native_db) = two_databases("django-db", &|dir| {
        let db = dir.join("shelf.sqlite3");
        for args in [&["migrate", "--noinput", "-v0"][..], &["loaddata", "shelf", "-v0"][..]] {
            run_ok(Command::new(venv.join("bin/python")).arg("manage.py").args(args).current_dir(&app).env("APP_DB", &db), "manage.py");
        }
    });
    let ours = serve(&wasm, &["--dir", &format!("{}::/data", ours_db.display())]);
    let theirs = native(&venv, &app, "shelfsite.wsgi:application", &[("APP_DB", &native_db.join("shelf.sqlite3"))]);
    let get = |p: &'static str| -> Step<'static> { ("GET", p, vec![], vec![]) };
    let form_h = || vec![("Content-Type", "application/x-www-form-urlencoded".to_string()), ("Referer", "http://testserver/books/new/".to_string())];
    let steps: Vec<Step> = vec![
        get("/"),
        get("/books/1/"),
        get("/books/999/"),
        get("/api/books/"),
        ("POST", "/api/books/", vec![("Content-Type", "application/json".into())], br#"{"book": 1, "rating": 4, "text": "served"}"#.to_vec()),
        ("POST", "/api/books/", vec![("Content-Type", "application/json".into())], br#"{"book": 1, "rating": 9}"#.to_vec()),
        get("/api/books/"),
        get("/counter/"),
        get("/counter/"),
        get("/counter/"),
        get("/books/new/"),
        ("POST", "/books/new/", form_h(), b"csrfmiddlewaretoken={csrf}&title=Form+book&author=1&genre=poetry&year=1999&added=2024-01-02+10%3A00".to_vec()),
        ("POST", "/books/new/", form_h(), b"title=No+token".to_vec()),
        get("/"),
        ("GET", "/", vec![("Accept-Language", "fr".into())], vec![]),
        get("/admin/login/"),
        get("/nowhere/"),
    ];
    let mask = |s: &str| mask_after(&mask_after(s, "name=\"csrfmiddlewaretoken\" value=\""), "csrftoken=");
    let mine = compare_session(&ours, &theirs, "testserver", &steps, &mask);
    // The steps did what they say: a review added, the session counted, the form saved.
    assert_eq!(mine[4].status, 201, "{}", mine[4].text());
    assert_eq!(mine[9].text(), r#"{"visits": 3}"#);
    assert_eq!((mine[11].status, mine[11].header("location")), (302, Some("/books/7/")), "{}", mine[11].text());
    assert_eq!(mine[12].status, 403);
    assert!(mine[13].text().contains("Form book"), "{}", mine[13].text());
}

fn faults_wasm(name: &str, spec: &[&str]) -> PathBuf {
    let app = common::manifest_dir().join("tests/serve/faults");
    let wasm = out_dir("faults").join(name);
    build(&app, "app.py", spec, &wasm, None);
    wasm
}

fn json_field(r: &Resp, key: &str) -> String {
    let t = r.text();
    let at = t.find(&format!("\"{key}\": ")).unwrap_or_else(|| panic!("no {key} in {t}")) + key.len() + 4;
    t[at..].split([',', '}']).next().unwrap().trim().to_string()
}

#[test]
fn faults_get_their_status_and_the_server_keeps_serving() {
    let wasm = faults_wasm("wsgi.wasm", &["--wsgi", "app:wsgi"]);
    let server = serve(&wasm, &["--quiet", "--workers", "2", "--timeout", "2", "--max-memory", "256M", "--max-body", "1K", "--max-header", "8K"]);
    let port = server.port;
    let ok = request(port, "POST", "/echo?x=1", &[], b"hello");
    assert_eq!(ok.status, 200, "{}", ok.text());
    assert_eq!(json_field(&ok, "body"), "\"hello\"");
    assert_eq!(json_field(&ok, "query"), "\"x=1\"");

    // The loop holds one worker for the time limit; the other keeps answering meanwhile.
    let looping = std::thread::spawn(move || {
        let t = Instant::now();
        (request(port, "GET", "/loop", &[], b""), t.elapsed())
    });
    std::thread::sleep(Duration::from_millis(200));
    for _ in 0..5 {
        assert_eq!(request(port, "GET", "/during", &[], b"").status, 200);
    }
    let (r, took) = looping.join().unwrap();
    assert_eq!(r.status, 503, "{}", r.text());
    assert!(took >= Duration::from_secs(2) && took < Duration::from_secs(10), "the loop was stopped after {took:?}");

    for (path, status) in [("/recurse", 500), ("/alloc", 500), ("/boom", 500), ("/after", 200)] {
        let r = request(port, "GET", path, &[], b"");
        assert_eq!(r.status, status, "{path}: {}", r.text());
    }

    // Isolation: every request starts from the snapshot.
    let a = request(port, "GET", "/a", &[], b"");
    let b = request(port, "GET", "/b", &[], b"");
    assert_eq!(json_field(&a, "hits"), "1");
    assert_eq!(json_field(&b, "hits"), "1");
    assert_ne!(json_field(&a, "random"), json_field(&b, "random"), "two instances drew the same random numbers");

    // Malformed and oversized requests never reach a guest.
    assert_eq!(raw(port, b"NOT HTTP AT ALL\r\n\r\n").unwrap().status, 400);
    let big_header = format!("GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n", "a".repeat(20_000));
    assert_eq!(raw(port, big_header.as_bytes()).unwrap().status, 431);
    assert_eq!(request(port, "POST", "/big", &[], &[b'x'; 2048]).status, 413);
    let chunked = b"POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
    let r = raw(port, chunked).unwrap();
    assert_eq!(json_field(&r, "body"), "\"hello\"");

    // Keep-alive: three requests on one connection.
    let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut reader = BufReader::new(s.try_clone().unwrap());
    for i in 0..3 {
        (&s).write_all(format!("GET /k{i} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).unwrap();
        let r = read_response(&mut reader).unwrap();
        assert_eq!(json_field(&r, "path"), format!("\"/k{i}\""));
    }

    // Load: 2,000 requests from 20 connections at once, none failing.
    let start = Instant::now();
    let threads: Vec<_> = (0..20)
        .map(|t| {
            std::thread::spawn(move || {
                let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
                s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
                let mut reader = BufReader::new(s.try_clone().unwrap());
                let mut bad = 0;
                for i in 0..100 {
                    (&s).write_all(format!("GET /load/{t}/{i} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).unwrap();
                    match read_response(&mut reader) {
                        Ok(r) if r.status == 200 && r.text().contains(&format!("/load/{t}/{i}")) => {}
                        _ => bad += 1,
                    }
                }
                bad
            })
        })
        .collect();
    let bad: i32 = threads.into_iter().map(|t| t.join().unwrap()).sum();
    assert_eq!(bad, 0, "{bad} of 2000 requests failed");
    eprintln!("load: 2000 requests in {:?}", start.elapsed());
}

/// The environ the bridge makes of a request is wsgiref's: percent-decoding of the path
/// (and what is not a %XX escape left alone), the query as sent, repeated headers joined,
/// the default Content-Type, Content-Length of the body. But header names with underscores
/// are dropped (wsgiref keeps them): `X_User` must not pass for `X-User`.
#[test]
fn the_environ_is_wsgirefs() {
    let wasm = faults_wasm("environ.wasm", &["--wsgi", "app:wsgi"]);
    let ours = serve(&wasm, &["--quiet"]);
    let mut cmd = Command::new("python3.11");
    let dir = common::manifest_dir().join("tests/serve/faults");
    cmd.arg(common::manifest_dir().join("tests/serve/wsgiref_server.py")).arg("app:wsgi").current_dir(&dir).env("PYTHONPATH", &dir);
    let theirs = start(cmd, "wsgiref app:wsgi");
    let requests: [&[u8]; 4] = [
        b"GET /environ/caf%C3%A9/a%2Fb/%4/a%zz%41?q=%20x&r=1 HTTP/1.1\r\nHost: localhost:8000\r\nX-Tag: a\r\nX-Tag: b\r\nConnection: close\r\n\r\n",
        b"POST /environ HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: 7\r\nConnection: close\r\n\r\n{\"a\":1}",
        b"GET /environ HTTP/1.0\r\nUser-Agent: t/1\r\n\r\n",
        b"DELETE /environ?%zz HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    ];
    for req in requests {
        let (o, n) = (raw(ours.port, req).unwrap(), raw(theirs.port, req).unwrap());
        assert_eq!((o.status, o.text()), (n.status, n.text()), "{}", String::from_utf8_lossy(req));
    }
    let spoof = raw(ours.port, b"GET /environ HTTP/1.1\r\nHost: h\r\nX_User: admin\r\nConnection: close\r\n\r\n").unwrap();
    assert_eq!(spoof.status, 200);
    assert!(!spoof.text().contains("HTTP_X_USER") && !spoof.text().contains("admin"), "{}", spoof.text());
}

#[test]
fn reused_instances_keep_their_state_and_asgi_streams() {
    let wasm = faults_wasm("asgi.wasm", &["--asgi", "app:asgi"]);
    let server = serve(&wasm, &["--workers", "1", "--reuse", "--timeout", "2"]);
    let a = request(server.port, "POST", "/one?q=1", &[], b"body");
    assert_eq!(a.status, 200, "{}", a.text());
    assert_eq!(json_field(&a, "body"), "\"body\"");
    assert_eq!(json_field(&a, "query"), "\"q=1\"");
    let b = request(server.port, "GET", "/two", &[], b"");
    assert_eq!(json_field(&b, "hits"), "2", "one warm instance answers both");
    // A fault replaces the instance: the next request starts afresh.
    assert_eq!(request(server.port, "GET", "/loop", &[], b"").status, 503);
    assert_eq!(request(server.port, "GET", "/boom", &[], b"").status, 500);
    let c = request(server.port, "GET", "/three", &[], b"");
    assert_eq!(json_field(&c, "hits"), "1");
}

#[test]
fn serving_a_module_not_built_for_it_is_a_clear_error() {
    let app = common::manifest_dir().join("tests/serve/faults");
    let wasm = out_dir("faults").join("plain.wasm");
    build(&app, "app.py", &[], &wasm, None);
    let out = Command::new(env!("CARGO_BIN_EXE_py2c-wasm")).arg("serve").arg(&wasm).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("was not built to serve: build it with `py2c-wasm build APP.py --wsgi MODULE:CALLABLE`"), "{err}");
    let wsgi = faults_wasm("wsgi-again.wasm", &["--wsgi", "app:wsgi"]);
    let out = Command::new(env!("CARGO_BIN_EXE_py2c-wasm")).arg("serve").arg(&wsgi).args(["--asgi", "app:asgi"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("was built for --wsgi app:wsgi, not --asgi app:asgi"));
    // --env NAME passes the host's value: one that is not set is an error, not left out.
    let out = Command::new(env!("CARGO_BIN_EXE_py2c-wasm")).arg("serve").arg(&wsgi).args(["--env", "PY2C_TEST_UNSET"]).env_remove("PY2C_TEST_UNSET").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--env PY2C_TEST_UNSET: PY2C_TEST_UNSET is not set here; give its value as --env PY2C_TEST_UNSET=VALUE"));

    // A wasi:http component is for wasi:http hosts; it needs an application to serve.
    let out = Command::new(env!("CARGO_BIN_EXE_py2c-wasm")).args(["build", "-q", "app.py", "--target", "wasi-http"]).current_dir(&app).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--target wasi-http makes a component that serves an application: name it with --wsgi"));
    let component = out_dir("faults").join("refused-component.wasm");
    build_component(&app, "app.py", &["--wsgi", "app:wsgi"], &component, None);
    for cmd in ["serve", "run"] {
        let out = Command::new(env!("CARGO_BIN_EXE_py2c-wasm")).arg(cmd).arg(&component).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{cmd}: {err}");
        assert!(err.contains("is a wasi:http component (built with --target wasi-http): serve it with `wasmtime serve"), "{cmd}: {err}");
    }
}

/// The real `wasmtime` CLI (wasmtime-cli from crates.io, the version of our wasmtime crates),
/// installed once by scripts/install-wasmtime-cli and cached.
fn wasmtime_cli() -> PathBuf {
    static CLI: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    CLI.get_or_init(|| {
        let out = Command::new("bash").arg(common::manifest_dir().join("scripts/install-wasmtime-cli")).stderr(Stdio::inherit()).output().unwrap();
        assert!(out.status.success(), "scripts/install-wasmtime-cli failed");
        PathBuf::from(String::from_utf8_lossy(&out.stdout).lines().last().unwrap().trim())
    })
    .clone()
}

/// `wasmtime serve COMPONENT` on a free port (it names its address on stderr; the rest of
/// its output goes on to ours).
fn wasmtime_serve(component: &Path, flags: &[&str]) -> Server {
    let mut cmd = Command::new(wasmtime_cli());
    cmd.args(["serve", "--addr", "127.0.0.1:0"]).args(flags).arg(component).stdout(Stdio::inherit()).stderr(Stdio::piped());
    let what = format!("wasmtime serve {}", component.display());
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut port = None;
    let mut line = String::new();
    while port.is_none() {
        line.clear();
        if err.read_line(&mut line).unwrap() == 0 {
            panic!("{what} exited before serving");
        }
        eprint!("{line}");
        port = line.split("Serving HTTP on http://127.0.0.1:").nth(1).and_then(|p| p.trim().trim_end_matches('/').parse().ok());
    }
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut err, &mut std::io::stderr());
    });
    Server { child, port: port.unwrap(), what }
}

/// Builds a component; returns the `wasmtime serve` flags the build said it needs.
fn build_component(app_dir: &Path, script: &str, spec: &[&str], wasm: &Path, venv: Option<&Path>) -> Vec<String> {
    let mut flags = vec!["--target", "wasi-http"];
    flags.extend_from_slice(spec);
    let said = build(app_dir, script, &flags, wasm, venv);
    let bytes = std::fs::read(wasm).unwrap();
    assert!(wasmparser::Parser::is_component(&bytes), "{} is not a component", wasm.display());
    let advice = said.split("`wasmtime serve ").nth(1).and_then(|a| a.split('`').next()).unwrap_or("");
    advice.split_whitespace().map(String::from).collect()
}

#[test]
fn flask_component_under_wasmtime_serve_answers_as_under_wsgiref() {
    let venv = venv("requirements-flask.txt");
    let app = common::manifest_dir().join("tests/apps/flask_app");
    let wasm = out_dir("flask-component").join("notes.wasm");
    build_component(&app, "edge.py", &["--wsgi", "edge:app"], &wasm, Some(&venv));
    let ours = wasmtime_serve(&wasm, &[]);
    let theirs = native(&venv, &app, "edge:app", &[]);
    let form = |s: &str| (s.to_string().into_bytes(), vec![("Content-Type", "application/x-www-form-urlencoded".to_string())]);
    let json = |s: &str| (s.to_string().into_bytes(), vec![("Content-Type", "application/json".to_string())]);
    let get = |p: &'static str| -> Step<'static> { ("GET", p, vec![], vec![]) };
    let (login, login_h) = form("username=ada&password=opensesame");
    let (bad_login, bad_login_h) = form("username=ada&password=nope");
    let (note, note_h) = form("title=Served&body=from+wasm&tags=web+wasm");
    let (api, api_h) = json(r#"{"title": "API note", "body": "x", "tags": ["b", "a"], "pinned": true}"#);
    // Writes last as long as their instance, so the session makes one (an id is the next
    // after the snapshot's note under both servers); no step reads what an earlier one wrote.
    let steps: Vec<Step> = vec![
        get("/"),
        get("/notes/1"),
        get("/notes/99"),
        get("/api/notes"),
        get("/api/notes/99"),
        get("/static/style.css"),
        get("/notes/new"),
        ("POST", "/login", bad_login_h, bad_login),
        ("POST", "/login?next=/notes/new", login_h, login),
        get("/whoami"),
        get("/whoami"),
        ("POST", "/api/notes", api_h, api),
        get("/logout"),
        get("/whoami"),
        get("/no/such/page"),
    ];
    let mine = compare_session(&ours, &theirs, "localhost", &steps, &|s| s.to_string());
    assert_eq!(mine[8].status, 302);
    assert_eq!(mine[10].text().trim(), r#"{"user":"ada","visits":2}"#, "the session cookie carried across instances");
    assert_eq!((mine[11].status, mine[11].header("location")), (201, Some("/api/notes/2")));
    // The form's write, logged in with the session of the login step: its own instance's
    // database, note 2 again.
    let mut jar = Jar::default();
    jar.take(&mine[8]);
    let cookie = jar.header();
    let mut h = vec![("Host", "localhost"), ("Cookie", cookie.as_str())];
    h.extend(note_h.iter().map(|(n, v)| (*n, v.as_str())));
    let r = request(ours.port, "POST", "/notes/new", &h, &note);
    assert_eq!((r.status, r.header("location")), (302, Some("/notes/2")), "{}", r.text());
}

#[test]
fn django_component_under_wasmtime_serve_answers_as_under_wsgiref() {
    let venv = venv("requirements-django.txt");
    let app = common::manifest_dir().join("tests/apps/django_site");
    let wasm = out_dir("django-component").join("shelf.wasm");
    // Django's function table is over wasmtime's default pooling limit: the build says so,
    // and what to pass.
    let advice = build_component(&app, "manage.py", &["--wsgi", "shelfsite.edge:application"], &wasm, Some(&venv));
    assert!(advice.iter().any(|f| f.starts_with("pooling-table-elements=")), "{:?}", advice);
    let ours = wasmtime_serve(&wasm, &advice.iter().map(String::as_str).collect::<Vec<_>>());
    let theirs = native(&venv, &app, "shelfsite.edge:application", &[]);
    let get = |p: &'static str| -> Step<'static> { ("GET", p, vec![], vec![]) };
    let form_h = || vec![("Content-Type", "application/x-www-form-urlencoded".to_string()), ("Referer", "http://testserver/books/new/".to_string())];
    let steps: Vec<Step> = vec![
        get("/"),
        get("/books/1/"),
        get("/books/999/"),
        get("/api/books/"),
        ("POST", "/api/books/", vec![("Content-Type", "application/json".into())], br#"{"book": 1, "rating": 4, "text": "served"}"#.to_vec()),
        ("POST", "/api/books/", vec![("Content-Type", "application/json".into())], br#"{"book": 1, "rating": 9}"#.to_vec()),
        get("/counter/"),
        get("/counter/"),
        get("/counter/"),
        // Before the write: a later page of ours would not show it (its own instance).
        ("GET", "/", vec![("Accept-Language", "fr".into())], vec![]),
        get("/books/new/"),
        ("POST", "/books/new/", form_h(), b"csrfmiddlewaretoken={csrf}&title=Form+book&author=1&genre=poetry&year=1999&added=2024-01-02+10%3A00".to_vec()),
        ("POST", "/books/new/", form_h(), b"title=No+token".to_vec()),
        get("/admin/login/"),
        get("/nowhere/"),
    ];
    let mask = |s: &str| mask_after(&mask_after(s, "name=\"csrfmiddlewaretoken\" value=\""), "csrftoken=");
    let mine = compare_session(&ours, &theirs, "testserver", &steps, &mask);
    assert_eq!(mine[4].status, 201, "{}", mine[4].text());
    assert_eq!(mine[8].text(), r#"{"visits": 3}"#, "the signed-cookie session carried across instances");
    assert_eq!((mine[11].status, mine[11].header("location")), (302, Some("/books/7/")), "{}", mine[11].text());
    assert_eq!(mine[12].status, 403);
}

#[test]
fn component_faults_get_their_status_and_instances_are_fresh() {
    let app = common::manifest_dir().join("tests/serve/faults");
    let wasm = out_dir("faults").join("component.wasm");
    build_component(&app, "app.py", &["--wsgi", "app:wsgi"], &wasm, None);
    // wasmtime's own limit on memory: the allocation runs into it (MemoryError, 500).
    let server = wasmtime_serve(&wasm, &["-W", "max-memory-size=268435456"]);
    // wasmtime serve refuses requests without a Host (wasi:http needs an authority).
    let request = |method: &str, target: &str, headers: &[(&str, &str)], body: &[u8]| {
        let mut h = vec![("Host", "localhost")];
        h.extend_from_slice(headers);
        request(server.port, method, target, &h, body)
    };
    let ok = request("POST", "/echo?x=1", &[], b"hello");
    assert_eq!(ok.status, 200, "{}", ok.text());
    assert_eq!(json_field(&ok, "body"), "\"hello\"");
    assert_eq!(json_field(&ok, "query"), "\"x=1\"");
    for (path, status) in [("/recurse", 500), ("/alloc", 500), ("/boom", 500), ("/after", 200)] {
        let r = request("GET", path, &[], b"");
        assert_eq!(r.status, status, "{path}: {}", r.text());
    }
    // A status the handler cannot send: its own plain-text answer instead.
    let r = request("GET", "/badstatus", &[], b"");
    assert_eq!((r.status, r.text(), r.header("content-type")), (500, "Internal Server Error".to_string(), Some("text/plain; charset=utf-8")));
    let a = request("GET", "/a", &[], b"");
    let b = request("GET", "/b", &[], b"");
    assert_eq!(json_field(&a, "hits"), "1");
    assert_eq!(json_field(&b, "hits"), "1");
    assert_ne!(json_field(&a, "random"), json_field(&b, "random"), "two instances drew the same random numbers");
    let r = request("POST", "/big", &[], &vec![b'x'; 1 << 20]);
    assert_eq!((r.status, json_field(&r, "body").len()), (200, (1 << 20) + 2), "a 1 MiB body through the streams");
}
