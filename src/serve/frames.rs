//! The wire between the server and the bridge (see `templates/serve/bridge.py`): requests
//! encoded for the guest's stdin, responses parsed from its stdout as they are written.

use bytes::{Buf, Bytes, BytesMut};

/// One request for the guest: NUL-terminated fields (see [`super::request::fields`]), then
/// the body (whose exact length the fields give).
pub fn encode_request(fields: &[Vec<u8>], body: &[u8]) -> Bytes {
    let mut head = Vec::new();
    for f in fields {
        head.extend_from_slice(f);
        head.push(0);
    }
    let mut out = Vec::with_capacity(head.len() + body.len() + 16);
    out.extend_from_slice(format!("R{}\n", head.len()).as_bytes());
    out.extend_from_slice(&head);
    out.extend_from_slice(body);
    Bytes::from(out)
}

/// What the guest said about the response under way.
#[derive(Debug, PartialEq, Eq)]
pub enum Event {
    /// Status line ("200 OK") and headers.
    Head { status: String, headers: Vec<(Vec<u8>, Vec<u8>)> },
    Body(Bytes),
    /// The response is complete.
    End,
    /// The application failed after its status went out.
    Abort(String),
}

/// Largest frame the guest may announce (a body chunk is written as one frame).
const MAX_FRAME: usize = 1 << 30;

/// Incremental parser of the guest's stdout.
#[derive(Default)]
pub struct Parser {
    buf: BytesMut,
}

impl Parser {
    /// Feeds bytes; returns the complete events they finish, or an error for output that
    /// is not the protocol (the guest wrote to fd 1 behind the bridge's back).
    pub fn feed(&mut self, bytes: &[u8]) -> Result<Vec<Event>, String> {
        self.buf.extend_from_slice(bytes);
        let mut events = Vec::new();
        loop {
            let Some(nl) = self.buf.iter().position(|b| *b == b'\n') else {
                if self.buf.len() > 32 {
                    return Err(self.garbage());
                }
                break;
            };
            let line = &self.buf[..nl];
            if line == b"E" {
                self.buf.advance(nl + 1);
                events.push(Event::End);
                continue;
            }
            let (tag, len) = match (line.first(), std::str::from_utf8(&line[1.min(line.len())..]).ok().and_then(|s| s.parse::<usize>().ok())) {
                (Some(t @ (b'S' | b'B' | b'X')), Some(len)) if len <= MAX_FRAME => (*t, len),
                _ => return Err(self.garbage()),
            };
            if self.buf.len() < nl + 1 + len {
                break;
            }
            self.buf.advance(nl + 1);
            let payload = self.buf.split_to(len).freeze();
            events.push(match tag {
                b'S' => head(&payload).ok_or_else(|| "the bridge sent a malformed status frame".to_string())?,
                b'B' => Event::Body(payload),
                _ => Event::Abort(String::from_utf8_lossy(&payload).into_owned()),
            });
        }
        Ok(events)
    }

    fn garbage(&self) -> String {
        let start = String::from_utf8_lossy(&self.buf[..self.buf.len().min(60)]).into_owned();
        format!("the application wrote to stdout outside the bridge: {:?}", start)
    }
}

fn head(payload: &[u8]) -> Option<Event> {
    let mut fields: Vec<&[u8]> = payload.split(|b| *b == 0).collect();
    if fields.pop() != Some(&[][..]) {
        return None;
    }
    let status = String::from_utf8(fields.first()?.to_vec()).ok()?;
    let rest = &fields[1..];
    if rest.len() % 2 != 0 {
        return None;
    }
    let headers = rest.chunks(2).map(|kv| (kv[0].to_vec(), kv[1].to_vec())).collect();
    Some(Event::Head { status, headers })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_framed() {
        let r = encode_request(&[b"POST".to_vec(), b"/".to_vec(), b"3".to_vec()], b"a=1");
        assert_eq!(&r[..], b"R9\nPOST\0/\x003\0a=1");
    }

    #[test]
    fn responses_parse_across_any_split() {
        let wire = b"S27\n200 OK\0Content-Type\0text/x\0B5\nhelloB0\nE\nS9\n404 Nope\0E\n";
        for cut in 0..wire.len() {
            let mut p = Parser::default();
            let mut events = p.feed(&wire[..cut]).unwrap();
            events.extend(p.feed(&wire[cut..]).unwrap());
            assert_eq!(
                events,
                vec![
                    Event::Head { status: "200 OK".into(), headers: vec![(b"Content-Type".to_vec(), b"text/x".to_vec())] },
                    Event::Body(Bytes::from_static(b"hello")),
                    Event::Body(Bytes::new()),
                    Event::End,
                    Event::Head { status: "404 Nope".into(), headers: vec![] },
                    Event::End,
                ],
                "split at {cut}"
            );
        }
    }

    #[test]
    fn stray_output_is_an_error() {
        assert!(Parser::default().feed(b"hello world\n").is_err());
        assert!(Parser::default().feed(&[b'x'; 40]).is_err());
        assert!(Parser::default().feed(b"S3\nab").unwrap().is_empty());
        assert!(Parser::default().feed(b"S2\nab").is_err(), "status frame without its NUL");
    }
}
