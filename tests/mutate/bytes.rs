//! Mutations that know nothing of JSON: damaged bytes and wrong encodings.

use super::{Kind, Rng};
use rand::RngExt;

/// Bytes that matter to a JSON or UTF-8 reader: structure, escapes, a NUL, a lone
/// continuation byte, an overlong slash, an encoded surrogate, a code point past U+10FFFF,
/// a byte-order mark, a cut multi-byte character.
const PIECES: &[&[u8]] = &[
    b"\"",
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\\",
    b"\\u",
    b"\\ud800",
    b"\0",
    b"\x80",
    b"\xC0\xAF",
    b"\xED\xA0\x80",
    b"\xF4\x90\x80\x80",
    b"\xEF\xBB\xBF",
    b"\xE4\xB8",
    b"\xFF",
    b"1e999",
    b"-",
    b"null",
    b"\n",
];

pub fn mutate(rng: &mut Rng, kind: Kind, input: &[u8]) -> Vec<u8> {
    let mut b = input.to_vec();
    let len = b.len();
    let pos = |rng: &mut Rng| rng.random_range(0..=len);
    match kind {
        Kind::FlipBits => {
            for _ in 0..rng.random_range(1..=8) {
                if !b.is_empty() {
                    let i = rng.random_range(0..b.len());
                    b[i] ^= 1 << rng.random_range(0..8);
                }
            }
        }
        Kind::InsertBytes => {
            for _ in 0..rng.random_range(1..=4) {
                let at = rng.random_range(0..=b.len());
                let piece: Vec<u8> = if rng.random_bool(0.7) {
                    PIECES[rng.random_range(0..PIECES.len())].to_vec()
                } else {
                    (0..rng.random_range(1..=16)).map(|_| rng.random()).collect()
                };
                b.splice(at..at, piece);
            }
        }
        Kind::DeleteSpan => {
            let at = pos(rng);
            let end = (at + span(rng)).min(len);
            b.drain(at..end);
        }
        Kind::Truncate => b.truncate(pos(rng)),
        Kind::DuplicateSpan => {
            let at = pos(rng);
            let end = (at + span(rng)).min(len);
            let copy = b[at..end].to_vec();
            for _ in 0..rng.random_range(1..=3) {
                let to = rng.random_range(0..=b.len());
                b.splice(to..to, copy.iter().copied());
            }
        }
        Kind::Utf16 => {
            let text = String::from_utf8_lossy(input);
            let big_endian = rng.random_bool(0.5);
            b.clear();
            if rng.random_bool(0.7) {
                b.extend_from_slice(if big_endian { b"\xFE\xFF" } else { b"\xFF\xFE" });
            }
            for unit in text.encode_utf16() {
                b.extend_from_slice(&if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
            }
        }
        // What a Windows editor writes when it saves the text as "ANSI".
        Kind::Latin1 => {
            b = String::from_utf8_lossy(input).chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect();
        }
        // UTF-8 read as Latin-1 and saved as UTF-8 again: valid text, every non-ASCII
        // character turned into two or three others.
        Kind::Mojibake => b = input.iter().map(|&x| char::from(x)).collect::<String>().into_bytes(),
        _ => unreachable!("{kind:?} knows JSON"),
    }
    b
}

/// A span length: mostly short, sometimes long.
fn span(rng: &mut Rng) -> usize {
    if rng.random_bool(0.8) {
        rng.random_range(1..=64)
    } else {
        rng.random_range(64..=4096)
    }
}
