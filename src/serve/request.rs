//! An HTTP request as the bridge receives it: the request's head as it arrived (method,
//! target, headers, addresses), framed by [`crate::serve::frames::encode_request`]. The
//! bridge (`templates/serve/bridge.py`) makes PEP 3333's environ or ASGI's scope of it, the
//! same way whichever host carried the request (`serve`, or `wasmtime serve` through the
//! wasi:http component's handler, `templates/component/handler.c`).

use std::net::SocketAddr;

/// How long the instance lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// Reused for further requests.
    Reused,
    /// This request only; the bridge exits once it is answered (nothing to tear down).
    Exit,
}

impl Lifetime {
    pub fn flag(self) -> &'static [u8] {
        match self {
            Lifetime::Reused => b"",
            Lifetime::Exit => b"exit",
        }
    }
}

/// The request's head, taken from hyper's parsed request.
pub struct Head<'a> {
    pub method: &'a str,
    /// Path and query exactly as the request line has them.
    pub target: &'a str,
    pub version: &'a str,
    pub headers: &'a http::HeaderMap,
    pub remote: SocketAddr,
    pub local: SocketAddr,
}

/// The frame's fields in the bridge's order, then one (name, value) pair per header line.
pub fn fields(head: &Head, body_len: usize, lifetime: Lifetime) -> Vec<Vec<u8>> {
    let mut f: Vec<Vec<u8>> = vec![
        head.method.as_bytes().to_vec(),
        head.target.as_bytes().to_vec(),
        head.version.as_bytes().to_vec(),
        b"http".to_vec(),
        head.local.ip().to_string().into_bytes(),
        head.local.port().to_string().into_bytes(),
        head.remote.ip().to_string().into_bytes(),
        head.remote.port().to_string().into_bytes(),
        body_len.to_string().into_bytes(),
        lifetime.flag().to_vec(),
    ];
    for (name, value) in head.headers.iter() {
        f.push(name.as_str().as_bytes().to_vec());
        f.push(value.as_bytes().to_vec());
    }
    f
}
