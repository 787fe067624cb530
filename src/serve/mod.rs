//! `py2c-wasm serve`: an HTTP/1.1 server (hyper) in front of a module built with
//! `--wsgi/--asgi MODULE:CALLABLE`. Each request is read whole (up to `--max-body`), handed
//! to a guest as the bridge's framed request (see `frames`), and the guest's response is
//! streamed back as it writes it. Limits answer with 413/431/400 before any guest runs;
//! a guest that traps gets its request a 500, one past `--timeout` a 503.

pub mod app;
pub mod frames;
pub mod pool;
pub mod request;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context as TaskContext, Poll};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Body, Frame, Incoming};
use hyper::{Request, Response, StatusCode};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver};

use app::AppSpec;
use frames::Event;
use pool::{Failure, Job, Limits, Pool, Reply};

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub wasm: PathBuf,
    /// What the module serves (read from its section).
    pub app: AppSpec,
    pub listen: SocketAddr,
    pub workers: usize,
    pub reuse: bool,
    pub timeout: Duration,
    pub max_memory: usize,
    pub max_body: usize,
    pub max_header: usize,
    pub access_log: bool,
    /// (host dir, guest dir) preopened in every instance.
    pub dirs: Vec<(PathBuf, String)>,
    pub env: Vec<(String, String)>,
}

/// Jobs waiting for a worker beyond which requests get 503 at once.
const QUEUE_PER_WORKER: usize = 64;

pub fn serve(opts: ServeOptions) -> Result<()> {
    let pool = Pool::start(
        &opts.wasm,
        opts.workers,
        opts.reuse,
        Limits { timeout: opts.timeout, max_memory: opts.max_memory },
        pool::World { dirs: opts.dirs.clone(), env: opts.env.clone() },
        opts.workers * QUEUE_PER_WORKER,
    )?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(opts.workers.clamp(1, 4))
        .thread_name("http")
        .enable_all()
        .build()
        .context("cannot start the HTTP runtime")?;
    let pool = Arc::new(pool);
    let result = rt.block_on(accept_loop(opts, pool.clone()));
    drop(rt);
    if let Ok(pool) = Arc::try_unwrap(pool) {
        pool.shutdown();
    }
    result
}

async fn accept_loop(opts: ServeOptions, pool: Arc<Pool>) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(opts.listen).await.with_context(|| format!("cannot listen on {}", opts.listen))?;
    let local = listener.local_addr()?;
    let mode = if opts.reuse { "instances reused across requests".to_string() } else { "a fresh instance per request".to_string() };
    // The first line on stdout names the address (tests listen on port 0).
    println!("py2c-wasm: serving {} ({}) on http://{} with {} workers, {}", opts.wasm.display(), opts.app.describe(), local, opts.workers, mode);
    use std::io::Write;
    let _ = std::io::stdout().flush();

    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    let shared = Arc::new(Shared { pool, opts: opts.clone(), local });
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, remote) = match accepted {
                    Ok(x) => x,
                    Err(e) => {
                        eprintln!("py2c-wasm: accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let shared = shared.clone();
                let service = hyper::service::service_fn(move |req| {
                    let shared = shared.clone();
                    async move { Ok::<_, Infallible>(shared.handle(req, remote).await) }
                });
                let conn = hyper::server::conn::http1::Builder::new()
                    .max_buf_size(opts.max_header.max(8192))
                    .keep_alive(true)
                    .header_read_timeout(Duration::from_secs(30))
                    .timer(hyper_util::rt::TokioTimer::new())
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
                let conn = graceful.watch(conn);
                tokio::spawn(async move {
                    if let Err(e) = conn.await {
                        if !e.is_incomplete_message() {
                            eprintln!("py2c-wasm: connection from {remote}: {e}");
                        }
                    }
                });
            }
            _ = tokio::signal::ctrl_c() => break,
            _ = term.recv() => break,
        }
    }
    eprintln!("py2c-wasm: shutting down: finishing the requests under way");
    drop(listener);
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(opts.timeout + Duration::from_secs(1)) => eprintln!("py2c-wasm: closing connections still open"),
    }
    Ok(())
}

struct Shared {
    pool: Arc<Pool>,
    opts: ServeOptions,
    local: SocketAddr,
}

type BoxBody = http_body_util::combinators::BoxBody<Bytes, std::io::Error>;

fn plain(status: StatusCode, text: &str) -> Response<BoxBody> {
    Response::builder()
        .status(status)
        .header("content-type", "text/plain; charset=utf-8")
        .body(Full::new(Bytes::from(format!("{text}\n"))).map_err(|e: Infallible| match e {}).boxed())
        .expect("a valid response")
}

/// "127.0.0.1 - "GET /path HTTP/1.1" 200 1234 3.1ms", to stderr.
struct AccessLog {
    on: bool,
    remote: SocketAddr,
    line: String,
    status: u16,
    start: Instant,
}

impl AccessLog {
    fn write(&self, bytes: u64, note: &str) {
        if !self.on {
            return;
        }
        eprintln!(
            "{} - \"{}\" {} {} {:.1}ms{}",
            self.remote.ip(),
            self.line,
            self.status,
            bytes,
            self.start.elapsed().as_secs_f64() * 1e3,
            note
        );
    }
}

impl Shared {
    async fn handle(&self, req: Request<Incoming>, remote: SocketAddr) -> Response<BoxBody> {
        let start = Instant::now();
        let version = match req.version() {
            hyper::Version::HTTP_10 => "HTTP/1.0",
            _ => "HTTP/1.1",
        };
        let target = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
        let mut log = AccessLog { on: self.opts.access_log, remote, line: format!("{} {} {}", req.method(), target, version), status: 0, start };
        let answer = |log: &mut AccessLog, status: StatusCode, text: &str| {
            log.status = status.as_u16();
            log.write(text.len() as u64 + 1, "");
            plain(status, text)
        };
        let declared = req.headers().get(http::header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > self.opts.max_body as u64) {
            return answer(&mut log, StatusCode::PAYLOAD_TOO_LARGE, "Payload Too Large");
        }
        let (parts, body) = req.into_parts();
        let body = match Limited::new(body, self.opts.max_body).collect().await {
            Ok(b) => b.to_bytes(),
            Err(e) if e.downcast_ref::<http_body_util::LengthLimitError>().is_some() => {
                return answer(&mut log, StatusCode::PAYLOAD_TOO_LARGE, "Payload Too Large")
            }
            Err(_) => return answer(&mut log, StatusCode::BAD_REQUEST, "Bad Request: the body ended early"),
        };
        let head = request::Head {
            method: parts.method.as_str(),
            target: &target,
            version,
            headers: &parts.headers,
            remote,
            local: self.local,
        };
        let lifetime = if self.opts.reuse { request::Lifetime::Reused } else { request::Lifetime::Exit };
        let fields = request::fields(&head, body.len(), lifetime);
        let (tx, mut rx) = unbounded_channel();
        if self.pool.submit(Job { request: frames::encode_request(&fields, &body), replies: tx }).is_err() {
            return answer(&mut log, StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable: every worker is busy");
        }
        match rx.recv().await {
            Some(Reply::Event(Event::Head { status, headers })) => match response_head(&status, &headers) {
                Ok(builder) => {
                    log.status = status.get(..3).and_then(|s| s.parse().ok()).unwrap_or(500);
                    builder.body(GuestBody { rx, log: Some(log), bytes: 0 }.boxed()).expect("checked head")
                }
                Err(e) => {
                    eprintln!("py2c-wasm: {}: {e}", log.line);
                    answer(&mut log, StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error")
                }
            },
            Some(Reply::Failed(Failure::TimedOut)) => {
                eprintln!("py2c-wasm: {}: stopped after {:?} (--timeout)", log.line, self.opts.timeout);
                answer(&mut log, StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable: the request took too long")
            }
            Some(Reply::Failed(Failure::Trapped(msg))) => {
                eprintln!("py2c-wasm: {}: the instance failed: {msg}", log.line);
                answer(&mut log, StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error")
            }
            Some(Reply::Failed(Failure::NoResponse(msg))) => {
                eprintln!("py2c-wasm: {}: {msg}", log.line);
                answer(&mut log, StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error")
            }
            Some(Reply::Event(other)) => {
                eprintln!("py2c-wasm: {}: the bridge sent {:?} before the status", log.line, other);
                answer(&mut log, StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error")
            }
            None => answer(&mut log, StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable: shutting down"),
        }
    }
}

fn response_head(status: &str, headers: &[(Vec<u8>, Vec<u8>)]) -> Result<http::response::Builder> {
    let code: u16 = status.get(..3).and_then(|s| s.parse().ok()).filter(|c| (100..1000).contains(c)).with_context(|| format!("bad status {status:?}"))?;
    let mut b = Response::builder().status(StatusCode::from_u16(code)?);
    for (n, v) in headers {
        let name = http::HeaderName::from_bytes(n).with_context(|| format!("bad header name {:?}", String::from_utf8_lossy(n)))?;
        let value = http::HeaderValue::from_bytes(v).with_context(|| format!("bad value of header {name}"))?;
        b = b.header(name, value);
    }
    if b.headers_ref().is_none() {
        bail!("bad response head");
    }
    Ok(b)
}

/// The response body as the guest writes it.
struct GuestBody {
    rx: UnboundedReceiver<Reply>,
    log: Option<AccessLog>,
    bytes: u64,
}

impl GuestBody {
    fn done(&mut self, note: &str) {
        if let Some(log) = self.log.take() {
            log.write(self.bytes, note);
        }
    }
}

/// hyper stops polling a body once its Content-Length is out: the log line is written then.
impl Drop for GuestBody {
    fn drop(&mut self) {
        self.done("");
    }
}

impl Body for GuestBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        loop {
            return match self.rx.poll_recv(cx) {
                Poll::Pending => Poll::Pending,
                Poll::Ready(Some(Reply::Event(Event::Body(b)))) => {
                    if b.is_empty() {
                        continue;
                    }
                    self.bytes += b.len() as u64;
                    Poll::Ready(Some(Ok(Frame::data(b))))
                }
                Poll::Ready(Some(Reply::Event(Event::End))) => {
                    self.done("");
                    Poll::Ready(None)
                }
                Poll::Ready(Some(Reply::Event(Event::Abort(msg)))) => {
                    self.done(" (aborted: the application failed mid-response)");
                    Poll::Ready(Some(Err(std::io::Error::other(msg))))
                }
                Poll::Ready(Some(Reply::Event(Event::Head { .. }))) => {
                    self.done(" (aborted)");
                    Poll::Ready(Some(Err(std::io::Error::other("a second status from the bridge"))))
                }
                Poll::Ready(Some(Reply::Failed(f))) => {
                    let why = format!("{f:?}");
                    self.done(&format!(" (aborted: {why})"));
                    Poll::Ready(Some(Err(std::io::Error::other(why))))
                }
                Poll::Ready(None) => {
                    self.done(" (aborted)");
                    Poll::Ready(Some(Err(std::io::Error::other("the guest went away"))))
                }
            };
        }
    }
}
