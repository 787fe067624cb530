//! A closed-loop HTTP/1.1 load generator for `scripts/bench-serve`: CONNECTIONS keep-alive
//! connections, each sending its next request when the last answer is in, for SECONDS.
//! Prints one line: requests/s, p50 and p99 latency in ms, and the number of errors
//! (non-2xx answers and broken connections).
//!
//!     cargo bench --bench loadgen -- URL CONNECTIONS SECONDS [HOST]

#[path = "../tests/support/http1.rs"]
mod http1;

use std::io::{BufReader, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

struct Target {
    addr: String,
    path: String,
    host: String,
}

fn parse(url: &str, host: Option<String>) -> Target {
    let rest = url.strip_prefix("http://").expect("an http:// URL");
    let (addr, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    Target { addr: addr.to_string(), path: path.to_string(), host: host.unwrap_or_else(|| addr.to_string()) }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if args.len() < 3 {
        eprintln!("usage: loadgen URL CONNECTIONS SECONDS [HOST]");
        std::process::exit(2);
    }
    let target = std::sync::Arc::new(parse(&args[0], args.get(3).cloned()));
    let connections: usize = args[1].parse().expect("CONNECTIONS");
    let duration = Duration::from_secs_f64(args[2].parse().expect("SECONDS"));
    let start = Instant::now();
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let t = target.clone();
            std::thread::spawn(move || {
                let mut latencies = Vec::new();
                let mut errors = 0u64;
                let request = format!("GET {} HTTP/1.1\r\nHost: {}\r\n\r\n", t.path, t.host);
                let mut conn: Option<(TcpStream, BufReader<TcpStream>)> = None;
                while start.elapsed() < duration {
                    if conn.is_none() {
                        match TcpStream::connect(&t.addr) {
                            Ok(s) => {
                                let _ = s.set_nodelay(true);
                                let r = BufReader::new(s.try_clone().unwrap());
                                conn = Some((s, r));
                            }
                            Err(_) => {
                                errors += 1;
                                std::thread::sleep(Duration::from_millis(10));
                                continue;
                            }
                        }
                    }
                    let (s, r) = conn.as_mut().unwrap();
                    let sent = Instant::now();
                    let ok = s.write_all(request.as_bytes()).and_then(|_| http1::read_response(r));
                    match ok {
                        Ok(resp) => {
                            if (200..300).contains(&resp.status) {
                                latencies.push(sent.elapsed());
                            } else {
                                errors += 1;
                            }
                            // A server without keep-alive (gunicorn's sync workers) says so.
                            if resp.header("connection").is_some_and(|c| c.eq_ignore_ascii_case("close")) {
                                conn = None;
                            }
                        }
                        Err(_) => {
                            errors += 1;
                            conn = None;
                        }
                    }
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut errors = 0;
    for w in workers {
        let (l, e) = w.join().unwrap();
        all.extend(l);
        errors += e;
    }
    let elapsed = start.elapsed().as_secs_f64();
    all.sort();
    let pct = |p: f64| all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1))).map(|d| d.as_secs_f64() * 1e3).unwrap_or(f64::NAN);
    println!("{:.0} req/s  p50 {:.2} ms  p99 {:.2} ms  errors {}  ({} requests)", all.len() as f64 / elapsed, pct(0.5), pct(0.99), errors, all.len());
}
