//! The guests behind the server: worker threads (one instance running at a time each, on a
//! native stack big enough for Python), fed from one bounded job queue.
//!
//! * Isolated (default): every job gets a fresh instance of the snapshot (pooling
//!   allocator, copy-on-write memory image), whose stdin holds that one request.
//! * `--reuse`: a worker keeps its instance; the bridge loops, and each read of its stdin
//!   past the current request blocks until the queue hands the worker the next job.
//!
//! The guest's stdout is parsed as it is written and each event goes to the job under way;
//! a job whose instance traps, runs past its time or exits before answering is told so.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use bytes::Bytes;
use tokio::sync::mpsc::UnboundedSender;
use wasmtime::{Config, Engine, InstancePre, Linker, Store, StoreLimits, StoreLimitsBuilder, UpdateDeadline};
use wasmtime_wasi::cli::{IsTerminal, StdinStream, StdoutStream};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::{InputStream, OutputStream, Pollable, StreamError, StreamResult};
use wasmtime_wasi::WasiCtxBuilder;

use super::frames::{Event, Parser};

/// A request on its way to a guest.
pub struct Job {
    pub request: Bytes,
    pub replies: UnboundedSender<Reply>,
}

#[derive(Debug)]
pub enum Reply {
    Event(Event),
    /// The job ended without a complete response.
    Failed(Failure),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    TimedOut,
    /// The instance trapped (stack exhausted, out of memory in C, ...): the message.
    Trapped(String),
    /// The guest ended (or broke the protocol) without answering.
    NoResponse(String),
}

#[derive(Debug, Clone)]
pub struct Limits {
    pub timeout: Duration,
    pub max_memory: usize,
}

/// What every instance is given of the host.
#[derive(Debug, Clone, Default)]
pub struct World {
    pub dirs: Vec<(std::path::PathBuf, String)>,
    pub env: Vec<(String, String)>,
}

/// Granularity of the time limit.
const EPOCH_TICK: Duration = Duration::from_millis(10);

pub struct Pool {
    jobs: SyncSender<Job>,
    workers: Vec<std::thread::JoinHandle<()>>,
    stop: Arc<AtomicBool>,
}

impl Pool {
    pub fn start(wasm: &std::path::Path, workers: usize, reuse: bool, limits: Limits, world: World, queue: usize) -> Result<Pool> {
        for (host, guest) in &world.dirs {
            if !host.is_dir() {
                anyhow::bail!("--dir {}::{}: {} is not a directory", host.display(), guest, host.display());
            }
        }
        let bytes = std::fs::read(wasm).with_context(|| format!("cannot read {}", wasm.display()))?;
        let sizes = Sizes::of(&bytes)?;
        let cache = crate::run::default_cache_root();
        let mut cfg: Config = crate::run::engine_config(cache.as_deref())?;
        let mut pool = wasmtime::PoolingAllocationConfig::default();
        // Room for every worker's instance plus one being replaced.
        let slots = (workers as u32) * 2 + 1;
        pool.total_core_instances(slots)
            .total_memories(slots)
            .total_tables(slots)
            .max_memory_size(limits.max_memory.max(sizes.memory))
            .table_elements(sizes.table.max(10_000))
            .max_memories_per_module(1)
            .max_tables_per_module(1);
        cfg.allocation_strategy(wasmtime::InstanceAllocationStrategy::Pooling(pool))
            .epoch_interruption(true)
            .memory_init_cow(true);
        let engine = Engine::new(&cfg).map_err(anyhow::Error::from).context("cannot configure wasmtime for serving")?;
        let (module, _) = crate::run::load_module(&engine, wasm, cache.as_deref(), true)?;
        let mut linker: Linker<Host> = Linker::new(&engine);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |h: &mut Host| &mut h.wasi).map_err(anyhow::Error::from)?;
        let pre = linker.instantiate_pre(&module).map_err(anyhow::Error::from).context("cannot prepare the module's instances")?;

        let stop = Arc::new(AtomicBool::new(false));
        {
            let (engine, stop) = (engine.clone(), stop.clone());
            std::thread::Builder::new().name("epoch".into()).spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    std::thread::sleep(EPOCH_TICK);
                    engine.increment_epoch();
                }
            })?;
        }
        let (jobs, rx) = std::sync::mpsc::sync_channel::<Job>(queue);
        let rx = Arc::new(Mutex::new(rx));
        let argv0 = wasm.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut handles = Vec::new();
        for i in 0..workers {
            let w = Worker { pre: pre.clone(), jobs: rx.clone(), reuse, limits: limits.clone(), argv0: argv0.clone(), world: world.clone() };
            handles.push(
                std::thread::Builder::new()
                    .name(format!("guest-{i}"))
                    .stack_size(crate::run::GUEST_THREAD_STACK)
                    .spawn(move || w.run())
                    .context("cannot start a worker thread")?,
            );
        }
        Ok(Pool { jobs, workers: handles, stop })
    }

    /// Queues a job; `Err` gives it back when the queue is full (the server answers 503).
    pub fn submit(&self, job: Job) -> std::result::Result<(), Job> {
        self.jobs.try_send(job).map_err(|e| match e {
            TrySendError::Full(j) | TrySendError::Disconnected(j) => j,
        })
    }

    /// Lets queued jobs finish, then stops every worker.
    pub fn shutdown(self) {
        drop(self.jobs);
        for w in self.workers {
            let _ = w.join();
        }
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// What the pool must make room for: a module's largest initial memory (bytes) and table
/// (elements).
pub(crate) struct Sizes {
    pub memory: usize,
    pub table: usize,
}

impl Sizes {
    pub(crate) fn of(wasm: &[u8]) -> Result<Sizes> {
        let mut s = Sizes { memory: 0, table: 0 };
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            match payload.context("the module is not valid wasm")? {
                wasmparser::Payload::MemorySection(r) => {
                    for m in r {
                        s.memory = s.memory.max((m?.initial as usize) << 16);
                    }
                }
                wasmparser::Payload::TableSection(r) => {
                    for t in r {
                        s.table = s.table.max(t?.ty.initial as usize);
                    }
                }
                _ => {}
            }
        }
        Ok(s)
    }
}

pub struct Host {
    wasi: WasiP1Ctx,
    limits: StoreLimits,
}

/// The job a guest is answering: who gets its events, and until when it may run.
#[derive(Default)]
struct Current {
    replies: Option<UnboundedSender<Reply>>,
    deadline: Option<Instant>,
}

impl Current {
    fn fail(&mut self, why: Failure) {
        if let Some(r) = self.replies.take() {
            let _ = r.send(Reply::Failed(why));
        }
        self.deadline = None;
    }
}

struct Worker {
    pre: InstancePre<Host>,
    jobs: Arc<Mutex<Receiver<Job>>>,
    reuse: bool,
    limits: Limits,
    argv0: String,
    world: World,
}

#[derive(Debug)]
struct TimedOut;

impl std::fmt::Display for TimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the request ran past its time limit")
    }
}

impl std::error::Error for TimedOut {}

impl Worker {
    fn run(self) {
        loop {
            let current = Arc::new(Mutex::new(Current::default()));
            let input = if self.reuse {
                Input::Queue(self.jobs.clone())
            } else {
                let job = self.jobs.lock().unwrap().recv();
                let Ok(job) = job else { return };
                Input::One(Some(job))
            };
            let mut state = StdinState { input, current: current.clone(), pending: Bytes::new(), timeout: self.limits.timeout };
            if !self.reuse {
                state.take_job();
            }
            let stdin = Stdin(Arc::new(Mutex::new(state)));
            let stdout = Stdout(Arc::new(Mutex::new(StdoutState { parser: Parser::default(), current: current.clone() })));
            let exited = self.instance(stdin.clone(), stdout, current.clone());
            let mut c = current.lock().unwrap();
            match exited {
                Ok(()) => c.fail(Failure::NoResponse("the application exited without answering".into())),
                Err(f) => c.fail(f),
            }
            drop(c);
            if self.reuse && stdin.0.lock().unwrap().closed() {
                return;
            }
        }
    }

    /// One instance, from start to exit.
    fn instance(&self, stdin: Stdin, stdout: Stdout, current: Arc<Mutex<Current>>) -> std::result::Result<(), Failure> {
        let mut builder = WasiCtxBuilder::new();
        builder.args(&[&self.argv0]).stdin(stdin).stdout(stdout).inherit_stderr().allow_blocking_current_thread(true);
        builder.envs(&self.world.env);
        for (host, guest) in &self.world.dirs {
            if let Err(e) = builder.preopened_dir(host, guest, wasmtime_wasi::FsPerms::ReadWrite) {
                return Err(Failure::Trapped(format!("cannot preopen {}: {e}", host.display())));
            }
        }
        let host = Host { wasi: builder.build_p1(), limits: StoreLimitsBuilder::new().memory_size(self.limits.max_memory).build() };
        let mut store = Store::new(self.pre.module().engine(), host);
        store.limiter(|h| &mut h.limits);
        store.set_epoch_deadline(1);
        store.epoch_deadline_callback(move |_| {
            let over = current.lock().unwrap().deadline.is_some_and(|d| Instant::now() >= d);
            if over {
                Err(wasmtime::Error::new(TimedOut))
            } else {
                Ok(UpdateDeadline::Continue(1))
            }
        });
        let result = self.pre.instantiate(&mut store).and_then(|i| i.get_typed_func::<(), ()>(&mut store, "_start")?.call(&mut store, ()));
        match result {
            Ok(()) => Ok(()),
            Err(e) => {
                if let Some(exit) = e.chain().find_map(|c| c.downcast_ref::<wasmtime_wasi::I32Exit>()) {
                    return if exit.0 == 0 { Ok(()) } else { Err(Failure::NoResponse(format!("the guest exited with status {}", exit.0))) };
                }
                if e.chain().any(|c| c.downcast_ref::<TimedOut>().is_some()) {
                    return Err(Failure::TimedOut);
                }
                let trap = e.chain().find_map(|c| c.downcast_ref::<wasmtime::Trap>().copied());
                Err(Failure::Trapped(match trap {
                    Some(t) => t.to_string(),
                    None => format!("{e:#}"),
                }))
            }
        }
    }
}

enum Input {
    One(Option<Job>),
    Queue(Arc<Mutex<Receiver<Job>>>),
}

struct StdinState {
    input: Input,
    current: Arc<Mutex<Current>>,
    pending: Bytes,
    timeout: Duration,
}

impl StdinState {
    /// The next job's request becomes the input; `false` at the end of input.
    fn take_job(&mut self) -> bool {
        let job = match &mut self.input {
            Input::One(j) => j.take(),
            Input::Queue(q) => {
                let q = q.clone();
                let next = q.lock().unwrap().recv().ok();
                if next.is_none() {
                    self.input = Input::One(None);
                }
                next
            }
        };
        let Some(job) = job else { return false };
        let mut c = self.current.lock().unwrap();
        c.replies = Some(job.replies);
        c.deadline = Some(Instant::now() + self.timeout);
        self.pending = job.request;
        true
    }

    fn closed(&self) -> bool {
        matches!(self.input, Input::One(None)) && self.pending.is_empty()
    }

    fn read(&mut self, size: usize) -> Option<Bytes> {
        if self.pending.is_empty() && !self.take_job() {
            return None;
        }
        let n = size.min(self.pending.len());
        Some(self.pending.split_to(n))
    }
}

#[derive(Clone)]
struct Stdin(Arc<Mutex<StdinState>>);

impl IsTerminal for Stdin {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdinStream for Stdin {
    fn p2_stream(&self) -> Box<dyn InputStream> {
        Box::new(self.clone())
    }
    fn async_stream(&self) -> Box<dyn tokio::io::AsyncRead + Send + Sync> {
        Box::new(self.clone())
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for Stdin {
    async fn ready(&mut self) {}
}

impl InputStream for Stdin {
    /// Blocks (this worker's thread only) until the next request when the current one is
    /// read: the bridge waits for work.
    fn read(&mut self, size: usize) -> StreamResult<Bytes> {
        match self.0.lock().unwrap().read(size.max(1)) {
            Some(b) => Ok(b),
            None => Err(StreamError::Closed),
        }
    }
}

impl tokio::io::AsyncRead for Stdin {
    fn poll_read(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        if let Some(b) = self.0.lock().unwrap().read(buf.remaining()) {
            buf.put_slice(&b);
        }
        std::task::Poll::Ready(Ok(()))
    }
}

struct StdoutState {
    parser: Parser,
    current: Arc<Mutex<Current>>,
}

#[derive(Clone)]
struct Stdout(Arc<Mutex<StdoutState>>);

impl Stdout {
    fn write_bytes(&self, bytes: &[u8]) -> std::io::Result<()> {
        let mut s = self.0.lock().unwrap();
        let events = s.parser.feed(bytes);
        let mut c = s.current.lock().unwrap();
        match events {
            Ok(events) => {
                for e in events {
                    let last = matches!(e, Event::End | Event::Abort(_));
                    if let Some(r) = &c.replies {
                        let _ = r.send(Reply::Event(e));
                    }
                    if last {
                        c.replies = None;
                        c.deadline = None;
                    }
                }
                Ok(())
            }
            Err(msg) => {
                // Nothing after this can be trusted: the instance is stopped.
                c.fail(Failure::NoResponse(msg.clone()));
                Err(std::io::Error::other(msg))
            }
        }
    }
}

impl IsTerminal for Stdout {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for Stdout {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }
    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for Stdout {
    async fn ready(&mut self) {}
}

impl OutputStream for Stdout {
    fn write(&mut self, bytes: Bytes) -> StreamResult<()> {
        self.write_bytes(&bytes).map_err(|e| StreamError::LastOperationFailed(wasmtime::format_err!("{e}")))
    }
    fn flush(&mut self) -> StreamResult<()> {
        Ok(())
    }
    fn check_write(&mut self) -> StreamResult<usize> {
        Ok(1 << 20)
    }
}

impl tokio::io::AsyncWrite for Stdout {
    fn poll_write(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::task::Poll::Ready(self.write_bytes(buf).map(|_| buf.len()))
    }
    fn poll_flush(self: std::pin::Pin<&mut Self>, _cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }
    fn poll_shutdown(self: std::pin::Pin<&mut Self>, _cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }
}

