//! An HTTP request as the bridge receives it: the CGI variables of PEP 3333, made as
//! `wsgiref.simple_server` makes them (the reference the tests compare with), plus what
//! ASGI needs besides (`py2c.raw_path`).

use std::net::SocketAddr;

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

fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// The environ pairs; `body_len` is the exact length of the body that follows.
pub fn environ(head: &Head, body_len: usize, isolated: bool) -> Vec<(String, Vec<u8>)> {
    let (path, query) = match head.target.split_once('?') {
        Some((p, q)) => (p, q),
        None => (head.target, ""),
    };
    let mut env: Vec<(String, Vec<u8>)> = vec![
        ("SERVER_SOFTWARE".into(), b"py2c-wasm".to_vec()),
        ("GATEWAY_INTERFACE".into(), b"CGI/1.1".to_vec()),
        ("SERVER_NAME".into(), head.local.ip().to_string().into_bytes()),
        ("SERVER_PORT".into(), head.local.port().to_string().into_bytes()),
        ("SERVER_PROTOCOL".into(), head.version.as_bytes().to_vec()),
        ("REQUEST_METHOD".into(), head.method.as_bytes().to_vec()),
        ("SCRIPT_NAME".into(), Vec::new()),
        ("PATH_INFO".into(), percent_decode(path)),
        ("QUERY_STRING".into(), query.as_bytes().to_vec()),
        ("REMOTE_ADDR".into(), head.remote.ip().to_string().into_bytes()),
        ("REMOTE_PORT".into(), head.remote.port().to_string().into_bytes()),
        ("wsgi.url_scheme".into(), b"http".to_vec()),
        ("wsgi.run_once".into(), if isolated { b"1".to_vec() } else { b"0".to_vec() }),
        ("py2c.raw_path".into(), head.target.as_bytes().to_vec()),
    ];
    // Content-Type as wsgiref has it: text/plain when the request gives none.
    let content_type = head.headers.get(http::header::CONTENT_TYPE).map(|v| v.as_bytes().to_vec());
    env.push(("CONTENT_TYPE".into(), content_type.unwrap_or_else(|| b"text/plain".to_vec())));
    if body_len > 0 || head.headers.contains_key(http::header::CONTENT_LENGTH) {
        env.push(("CONTENT_LENGTH".into(), body_len.to_string().into_bytes()));
    }
    for name in head.headers.keys() {
        if name == http::header::CONTENT_TYPE || name == http::header::CONTENT_LENGTH {
            continue;
        }
        // wsgiref drops names with underscores: HTTP_X_USER would be spoofable otherwise.
        if name.as_str().contains('_') {
            continue;
        }
        let key = format!("HTTP_{}", name.as_str().to_ascii_uppercase().replace('-', "_"));
        let mut value = Vec::new();
        for (i, v) in head.headers.get_all(name).iter().enumerate() {
            if i > 0 {
                value.push(b',');
            }
            value.extend_from_slice(v.as_bytes());
        }
        env.push((key, value));
    }
    env
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environ_is_wsgirefs() {
        let mut headers = http::HeaderMap::new();
        headers.insert("host", "localhost:8000".parse().unwrap());
        headers.append("x-tag", "a".parse().unwrap());
        headers.append("x-tag", "b".parse().unwrap());
        headers.insert("x_user", "admin".parse().unwrap());
        let head = Head {
            method: "GET",
            target: "/caf%C3%A9/a%2Fb?q=%20x",
            version: "HTTP/1.1",
            headers: &headers,
            remote: "127.0.0.1:5000".parse().unwrap(),
            local: "127.0.0.1:8000".parse().unwrap(),
        };
        let env = environ(&head, 0, true);
        let get = |k: &str| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        assert_eq!(get("PATH_INFO").unwrap(), "/café/a/b".as_bytes());
        assert_eq!(get("QUERY_STRING").unwrap(), b"q=%20x");
        assert_eq!(get("HTTP_X_TAG").unwrap(), b"a,b");
        assert_eq!(get("HTTP_HOST").unwrap(), b"localhost:8000");
        assert_eq!(get("CONTENT_TYPE").unwrap(), b"text/plain");
        assert_eq!(get("CONTENT_LENGTH"), None);
        assert_eq!(get("HTTP_X_USER"), None);
        assert_eq!(percent_decode("%4"), b"%4");
        assert_eq!(percent_decode("a%zz%41"), b"a%zzA");
    }
}
