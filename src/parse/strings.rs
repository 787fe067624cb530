//! Decoding of str literals from source text, for what the parser cannot carry.
//!
//! rustpython's AST holds a Rust `String`, which cannot hold a lone surrogate such as
//! `"\ud800"` (it becomes U+FFFD). For those literals the lowering re-decodes the
//! source text here into WTF-8, which the constant layer carries exactly.

/// Decodes the source of a (possibly implicitly concatenated) plain str literal into
/// WTF-8 bytes. Returns `None` for f-strings, bytes, or anything unexpected, in which
/// case the parser's value is used.
pub fn decode_str_literal(src: &str) -> Option<Vec<u8>> {
    let b = src.as_bytes();
    let mut i = 0;
    let mut out: Vec<u32> = Vec::new();
    loop {
        // Between pieces: whitespace, comments, line continuations.
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'(' | b')' => i += 1,
                b'\\' if b.get(i + 1) == Some(&b'\n') => i += 2,
                b'#' => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        if i >= b.len() {
            break;
        }
        let mut raw = false;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            match b[i].to_ascii_lowercase() {
                b'r' => raw = true,
                b'u' => {}
                _ => return None, // f-strings and bytes are not decoded here
            }
            i += 1;
        }
        let q = *b.get(i)?;
        if q != b'\'' && q != b'"' {
            return None;
        }
        let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
        let qlen = if triple { 3 } else { 1 };
        i += qlen;
        let body_start = i;
        // Find the closing quote (escapes skip a character).
        loop {
            if i >= b.len() {
                return None;
            }
            if b[i] == b'\\' {
                i += 2;
                continue;
            }
            if b[i] == q && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q))) {
                break;
            }
            i += 1;
        }
        let body = &src[body_start..i];
        i += qlen;
        if raw {
            out.extend(body.chars().map(|c| c as u32));
        } else {
            decode_escapes(body, &mut out)?;
        }
    }
    Some(wtf8(&out))
}

fn decode_escapes(body: &str, out: &mut Vec<u32>) -> Option<()> {
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(if c == '\r' { '\n' as u32 } else { c as u32 });
            continue;
        }
        let e = chars.next()?;
        let hex = |n: usize, chars: &mut std::iter::Peekable<std::str::Chars>| -> Option<u32> {
            let mut v = 0u32;
            for _ in 0..n {
                v = v * 16 + chars.next()?.to_digit(16)?;
            }
            Some(v)
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\' as u32),
            '\'' => out.push('\'' as u32),
            '"' => out.push('"' as u32),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(10),
            'r' => out.push(13),
            't' => out.push(9),
            'v' => out.push(11),
            'x' => out.push(hex(2, &mut chars)?),
            'u' => out.push(hex(4, &mut chars)?),
            'U' => {
                let v = hex(8, &mut chars)?;
                if v > 0x10ffff {
                    return None;
                }
                out.push(v)
            }
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(v);
            }
            'N' => return None, // named escapes need the Unicode database: keep the parser's value
            other => {
                // Unknown escapes stay as written (CPython warns, keeps both characters).
                out.push('\\' as u32);
                out.push(other as u32);
            }
        }
    }
    Some(())
}

/// Code points to WTF-8: UTF-8 where surrogates are encoded like any other code point,
/// which is what CPython's "surrogatepass" decoder reads back.
pub fn wtf8(cps: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cps.len());
    for &c in cps {
        match c {
            0..=0x7f => out.push(c as u8),
            0x80..=0x7ff => out.extend_from_slice(&[0xc0 | (c >> 6) as u8, 0x80 | (c & 0x3f) as u8]),
            0x800..=0xffff => out.extend_from_slice(&[
                0xe0 | (c >> 12) as u8,
                0x80 | ((c >> 6) & 0x3f) as u8,
                0x80 | (c & 0x3f) as u8,
            ]),
            _ => out.extend_from_slice(&[
                0xf0 | (c >> 18) as u8,
                0x80 | ((c >> 12) & 0x3f) as u8,
                0x80 | ((c >> 6) & 0x3f) as u8,
                0x80 | (c & 0x3f) as u8,
            ]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_survive() {
        assert_eq!(decode_str_literal(r#""\ud800""#), Some(vec![0xed, 0xa0, 0x80]));
        assert_eq!(decode_str_literal(r#"'a' "\udfff" # c"#).map(|v| v.len()), Some(4));
    }

    #[test]
    fn escapes_and_prefixes() {
        assert_eq!(decode_str_literal(r#"'\x41\101\n\t\\'"#), Some(b"AA\n\t\\".to_vec()));
        assert_eq!(decode_str_literal(r#"r'\d+'"#), Some(b"\\d+".to_vec()));
        assert_eq!(decode_str_literal(r#"'''a"b'''"#), Some(b"a\"b".to_vec()));
        assert_eq!(decode_str_literal(r#"f'{x}'"#), None);
        assert_eq!(decode_str_literal(r#""\U0001F600""#), Some("\u{1F600}".as_bytes().to_vec()));
    }
}
