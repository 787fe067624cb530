//! A minimal HTTP/1.1 response reader for our own tests and benchmarks (no client library
//! in the tree): status, headers, body by Content-Length, chunked, or until close.
#![allow(dead_code)] // each includer uses part of it

use std::io::{BufRead, BufReader, Read};
use std::net::TcpStream;

#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str()).collect()
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Reads one response from `r` (Content-Length, chunked, or until close).
pub fn read_response(r: &mut BufReader<TcpStream>) -> std::io::Result<Resp> {
    let mut line = String::new();
    r.read_line(&mut line)?;
    let status: u16 = line.split(' ').nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        r.read_line(&mut h)?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (n, v) = h.split_once(':').unwrap_or((h, ""));
        headers.push((n.trim().to_string(), v.trim().to_string()));
    }
    let mut resp = Resp { status, headers, body: Vec::new() };
    if let Some(n) = resp.header("content-length").and_then(|v| v.parse::<usize>().ok()) {
        resp.body.resize(n, 0);
        r.read_exact(&mut resp.body)?;
    } else if resp.header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        loop {
            let mut size = String::new();
            r.read_line(&mut size)?;
            let n = usize::from_str_radix(size.trim(), 16).map_err(std::io::Error::other)?;
            let mut chunk = vec![0; n + 2];
            r.read_exact(&mut chunk)?;
            if n == 0 {
                break;
            }
            resp.body.extend_from_slice(&chunk[..n]);
        }
    } else if status >= 200 && status != 204 && status != 304 {
        r.read_to_end(&mut resp.body)?;
    }
    Ok(resp)
}
