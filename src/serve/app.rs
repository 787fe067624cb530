//! What a served module runs: the application named by `--wsgi/--asgi MODULE:CALLABLE`,
//! the bridge (a Python `__main__` of ours, `templates/serve/bridge.py`) that carries
//! requests to it, and the custom section that records both in the `.wasm`, so `serve
//! APP.wasm` knows what it was built for.

use anyhow::{bail, Result};
use askama::Template;

use crate::constants::write_uleb;

/// The calling convention of the application object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Wsgi,
    Asgi,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Wsgi => "wsgi",
            Kind::Asgi => "asgi",
        }
    }
}

/// `--wsgi mysite.wsgi:application`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppSpec {
    pub kind: Kind,
    pub module: String,
    /// A dotted attribute path inside `module`.
    pub callable: String,
}

fn dotted_identifiers(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|part| {
            let mut chars = part.chars();
            matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
        })
}

impl AppSpec {
    pub fn parse(kind: Kind, spec: &str) -> Result<AppSpec> {
        let Some((module, callable)) = spec.split_once(':') else {
            bail!("--{} {}: expected MODULE:CALLABLE (for example mysite.wsgi:application)", kind.name(), spec)
        };
        if !dotted_identifiers(module) || !dotted_identifiers(callable) {
            bail!("--{} {}: MODULE and CALLABLE must be dotted Python names", kind.name(), spec);
        }
        Ok(AppSpec { kind, module: module.to_string(), callable: callable.to_string() })
    }

    pub fn describe(&self) -> String {
        format!("--{} {}:{}", self.kind.name(), self.module, self.callable)
    }

    /// The bridge's Python source.
    pub fn bridge_source(&self) -> String {
        let (head, tail) = match self.callable.split_once('.') {
            Some((h, t)) => (h.to_string(), format!(".{}", t)),
            None => (self.callable.clone(), String::new()),
        };
        BridgeTemplate { module: &self.module, head: &head, tail: &tail, callable: &self.callable, kind: self.kind.name() }
            .render()
            .expect("bridge template renders")
    }
}

#[derive(Template)]
#[template(path = "serve/bridge.py", escape = "none")]
struct BridgeTemplate<'a> {
    module: &'a str,
    head: &'a str,
    tail: &'a str,
    callable: &'a str,
    kind: &'a str,
}

/// Name of the custom section holding `wsgi MODULE:CALLABLE`.
pub const SECTION: &str = "py2c-serve";

/// `wasm` with the section appended (custom sections may come last).
pub fn with_section(mut wasm: Vec<u8>, spec: &AppSpec) -> Vec<u8> {
    let payload = format!("{} {}:{}", spec.kind.name(), spec.module, spec.callable);
    let mut body = Vec::new();
    write_uleb(&mut body, SECTION.len() as u64);
    body.extend_from_slice(SECTION.as_bytes());
    body.extend_from_slice(payload.as_bytes());
    wasm.push(0);
    write_uleb(&mut wasm, body.len() as u64);
    wasm.extend_from_slice(&body);
    wasm
}

/// What the module was built to serve, if anything.
pub fn read_section(wasm: &[u8]) -> Result<Option<AppSpec>> {
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::CustomSection(c) = payload? {
            if c.name() == SECTION {
                let text = String::from_utf8_lossy(c.data()).into_owned();
                let (kind, spec) = text.split_once(' ').unwrap_or(("", ""));
                let kind = match kind {
                    "wsgi" => Kind::Wsgi,
                    "asgi" => Kind::Asgi,
                    _ => bail!("unreadable {} section: {:?}", SECTION, text),
                };
                return Ok(Some(AppSpec::parse(kind, spec)?));
            }
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_are_checked() {
        let s = AppSpec::parse(Kind::Wsgi, "mysite.wsgi:application").unwrap();
        assert_eq!((s.module.as_str(), s.callable.as_str()), ("mysite.wsgi", "application"));
        assert!(AppSpec::parse(Kind::Asgi, "app").is_err());
        assert!(AppSpec::parse(Kind::Asgi, "app:make app").is_err());
        assert!(AppSpec::parse(Kind::Asgi, "1app:x").is_err());
        assert!(AppSpec::parse(Kind::Asgi, "app:").is_err());
    }

    #[test]
    fn the_section_round_trips_through_a_module() {
        let empty = b"\0asm\x01\0\0\0".to_vec();
        assert_eq!(read_section(&empty).unwrap(), None);
        let spec = AppSpec::parse(Kind::Asgi, "pkg.main:app.router").unwrap();
        let wasm = with_section(empty, &spec);
        wasmparser::Validator::new().validate_all(&wasm).unwrap();
        assert_eq!(read_section(&wasm).unwrap(), Some(spec));
    }

    #[test]
    fn the_bridge_names_the_application() {
        let src = AppSpec::parse(Kind::Wsgi, "mysite.wsgi:app.inner").unwrap().bridge_source();
        assert!(src.contains("from mysite.wsgi import app as _application"), "{src}");
        assert!(src.contains("application = _application.inner"), "{src}");
        assert!(src.contains("KIND = \"wsgi\""), "{src}");
    }
}
