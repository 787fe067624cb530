//! Constants, serialized by the 64-bit host and decoded inside 32-bit wasm.
//!
//! The byte format (see `docs/constants.md`) never contains a host `long`, `usize`
//! or pointer: every field is a tag byte, an unsigned LEB128, or a fixed-width
//! little-endian value. The C decoder is `templates/runtime/constants.c`.

use std::collections::HashMap;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// A Python constant as the compiler carries it.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    /// IEEE-754 bits, so -0.0 and NaN payloads survive exactly.
    Float(u64),
    Complex(u64, u64),
    /// WTF-8 (UTF-8 that may hold lone surrogates); decoded with "surrogatepass".
    Str(Vec<u8>),
    /// An identifier: a str the decoder interns.
    Name(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    FrozenSet(Vec<Const>),
    Slice(Box<Const>, Box<Const>, Box<Const>),
}

impl Const {
    pub fn str(s: &str) -> Const {
        Const::Str(s.as_bytes().to_vec())
    }
    pub fn int(i: i64) -> Const {
        Const::Int(BigInt::from(i))
    }
    pub fn float(f: f64) -> Const {
        Const::Float(f.to_bits())
    }
}

pub const MAGIC: &[u8; 4] = b"P2C1";

pub mod tag {
    pub const NONE: u8 = b'N';
    pub const TRUE: u8 = b'T';
    pub const FALSE: u8 = b'F';
    pub const ELLIPSIS: u8 = b'.';
    pub const SMALL_INT: u8 = b'i';
    pub const BIG_INT: u8 = b'I';
    pub const FLOAT: u8 = b'f';
    pub const COMPLEX: u8 = b'c';
    pub const STR: u8 = b's';
    pub const NAME: u8 = b'n';
    pub const BYTES: u8 = b'b';
    pub const TUPLE: u8 = b'(';
    pub const FROZENSET: u8 = b'z';
    pub const SLICE: u8 = b':';
}

pub fn write_uleb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Encodes one value (recursively) at the end of `out`.
pub fn encode(c: &Const, out: &mut Vec<u8>) {
    match c {
        Const::None => out.push(tag::NONE),
        Const::True => out.push(tag::TRUE),
        Const::False => out.push(tag::FALSE),
        Const::Ellipsis => out.push(tag::ELLIPSIS),
        Const::Int(i) => match i.to_i64() {
            Some(v) => {
                out.push(tag::SMALL_INT);
                // zigzag, so small negatives stay short
                write_uleb(out, ((v << 1) ^ (v >> 63)) as u64);
            }
            None => {
                let (sign, mag) = i.to_bytes_le();
                out.push(tag::BIG_INT);
                out.push(if sign == Sign::Minus { 1 } else { 0 });
                write_uleb(out, mag.len() as u64);
                out.extend_from_slice(&mag);
            }
        },
        Const::Float(bits) => {
            out.push(tag::FLOAT);
            out.extend_from_slice(&bits.to_le_bytes());
        }
        Const::Complex(re, im) => {
            out.push(tag::COMPLEX);
            out.extend_from_slice(&re.to_le_bytes());
            out.extend_from_slice(&im.to_le_bytes());
        }
        Const::Str(b) => {
            out.push(tag::STR);
            write_uleb(out, b.len() as u64);
            out.extend_from_slice(b);
        }
        Const::Name(s) => {
            out.push(tag::NAME);
            write_uleb(out, s.len() as u64);
            out.extend_from_slice(s.as_bytes());
        }
        Const::Bytes(b) => {
            out.push(tag::BYTES);
            write_uleb(out, b.len() as u64);
            out.extend_from_slice(b);
        }
        Const::Tuple(items) | Const::FrozenSet(items) => {
            out.push(if matches!(c, Const::Tuple(_)) { tag::TUPLE } else { tag::FROZENSET });
            write_uleb(out, items.len() as u64);
            for item in items {
                encode(item, out);
            }
        }
        Const::Slice(a, b, s) => {
            out.push(tag::SLICE);
            encode(a, out);
            encode(b, out);
            encode(s, out);
        }
    }
}

/// A module's constant table: equal constants (by encoding, so `1`, `1.0`, `True`
/// and `-0.0`/`0.0` stay distinct) are stored once.
#[derive(Debug, Default, Clone)]
pub struct Pool {
    pub values: Vec<Const>,
    index: HashMap<Vec<u8>, u32>,
}

impl Pool {
    pub fn add(&mut self, c: Const) -> u32 {
        let mut key = Vec::new();
        encode(&c, &mut key);
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.values.len() as u32;
        self.values.push(c);
        self.index.insert(key, i);
        i
    }

    pub fn name(&mut self, s: &str) -> u32 {
        self.add(Const::Name(s.to_string()))
    }
}

/// The blob a module decodes at init: magic, LEB128 count, then the values.
pub fn encode_table(values: &[Const]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    write_uleb(&mut out, values.len() as u64);
    for v in values {
        encode(v, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_fixed_and_explicit() {
        let mut out = Vec::new();
        encode(&Const::int(-1), &mut out);
        assert_eq!(out, vec![tag::SMALL_INT, 1]);
        out.clear();
        encode(&Const::float(-0.0), &mut out);
        assert_eq!(out, vec![tag::FLOAT, 0, 0, 0, 0, 0, 0, 0, 0x80]);
        out.clear();
        let big: BigInt = BigInt::from(1u8) << 64usize;
        encode(&Const::Int(big), &mut out);
        assert_eq!(out, vec![tag::BIG_INT, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    }

    /// The blob is a pure function of the values: these bytes are the same on any host
    /// (no field takes its width from `usize`, `long` or a pointer).
    #[test]
    fn blob_bytes_are_host_independent() {
        let values = vec![
            Const::None,
            Const::int(300),
            Const::int(-2),
            Const::Int(-(BigInt::from(1u8) << 70usize)),
            Const::float(1.0),
            Const::str("\u{e9}"),
            Const::Str(vec![0xed, 0xa0, 0x80]),
            Const::Tuple(vec![Const::True, Const::Bytes(vec![0xff])]),
        ];
        let expected: Vec<u8> = vec![
            b'P', b'2', b'C', b'1', 8, // magic, count
            b'N',
            b'i', 0xd8, 0x04, // zigzag(300) = 600 = 0x258 -> LEB128 d8 04
            b'i', 3, // zigzag(-2) = 3
            b'I', 1, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0x40, // -(2**70): sign, 9 bytes LE magnitude
            b'f', 0, 0, 0, 0, 0, 0, 0xf0, 0x3f,
            b's', 2, 0xc3, 0xa9,
            b's', 3, 0xed, 0xa0, 0x80,
            b'(', 2, b'T', b'b', 1, 0xff,
        ];
        assert_eq!(encode_table(&values), expected);
    }

    #[test]
    fn pool_keeps_distinct_types_apart() {
        let mut p = Pool::default();
        let a = p.add(Const::int(1));
        let b = p.add(Const::float(1.0));
        let c = p.add(Const::True);
        let d = p.add(Const::int(1));
        assert_eq!(a, d);
        assert!(a != b && b != c && a != c);
        assert_ne!(p.add(Const::float(0.0)), p.add(Const::float(-0.0)));
    }
}
