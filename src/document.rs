//! Turning a document's bytes into text, and positions in that text back into the file.
//!
//! This module owns decoding (BOM, UTF-8, the Windows-1252 fallback) and line/column
//! arithmetic. It does not read files: callers hand it bytes.

use std::sync::OnceLock;

/// How a document's bytes were turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-16 with a byte order mark, as Windows Notepad's "Unicode" writes it.
    Utf16,
    /// Not valid UTF-8: decoded byte by byte as Windows-1252, the usual encoding of such
    /// files in newsrooms, so no byte is lost and every position maps back exactly.
    Windows1252,
}

/// A document's text with what is needed to report positions in the original file.
#[derive(Debug, Clone)]
pub struct Text {
    pub text: String,
    pub encoding: Encoding,
    /// Bytes skipped at the start of the file (a byte order mark).
    bom: usize,
    /// For Windows-1252 and UTF-16 text: the file offset of each char's first byte in
    /// `text`, by position in `text` (only filled for non-ASCII chars' bytes would save
    /// little).
    file_offsets: Vec<u32>,
    /// Byte offset in `text` of the start of each line, found on first use: only evidence
    /// that is kept needs a position, and the table keeps none.
    line_starts: OnceLock<Vec<usize>>,
}

/// A position in the original file: 1-based line and column (in characters), and the
/// byte offset from the start of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
}

impl Text {
    /// Decodes a file's bytes. Never fails: what could not be read as UTF-8 is read as
    /// Windows-1252 and the caller is told through `encoding`.
    pub fn decode(bytes: &[u8]) -> Text {
        let utf16 = match bytes {
            [0xFF, 0xFE, ..] => Some(u16::from_le_bytes as fn([u8; 2]) -> u16),
            [0xFE, 0xFF, ..] => Some(u16::from_be_bytes as fn([u8; 2]) -> u16),
            _ => None,
        };
        if let Some(unit) = utf16 {
            return Text::decode_utf16(&bytes[2..], unit);
        }
        let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (3, rest),
            None => (0, bytes),
        };
        let (text, encoding, file_offsets) = match std::str::from_utf8(body) {
            Ok(text) => (text.to_string(), Encoding::Utf8, Vec::new()),
            Err(_) => {
                let mut text = String::with_capacity(body.len() + body.len() / 8);
                let mut offsets = Vec::with_capacity(body.len() + body.len() / 8);
                for (i, &byte) in body.iter().enumerate() {
                    let c = windows_1252(byte);
                    for _ in 0..c.len_utf8() {
                        offsets.push((bom + i) as u32);
                    }
                    text.push(c);
                }
                (text, Encoding::Windows1252, offsets)
            }
        };
        Text::new(text, encoding, bom, file_offsets)
    }

    /// UTF-16 after its two-byte byte order mark, each code unit read by `unit`; an unpaired
    /// surrogate (or an odd last byte) becomes U+FFFD, so nothing fails.
    fn decode_utf16(body: &[u8], unit: fn([u8; 2]) -> u16) -> Text {
        let units = body.chunks(2).map(|pair| match pair {
            [a, b] => unit([*a, *b]),
            _ => 0xFFFD,
        });
        let mut text = String::with_capacity(body.len() / 2);
        let mut offsets = Vec::with_capacity(body.len() / 2);
        let mut at = 2;
        for decoded in char::decode_utf16(units) {
            let (c, width) = match decoded {
                Ok(c) => (c, 2 * c.len_utf16()),
                Err(_) => (char::REPLACEMENT_CHARACTER, 2),
            };
            offsets.extend(std::iter::repeat_n(at as u32, c.len_utf8()));
            text.push(c);
            at += width;
        }
        Text::new(text, Encoding::Utf16, 2, offsets)
    }

    /// Text that did not come from a file (tests, library users): positions are its own.
    pub fn plain(text: &str) -> Text {
        Text::new(text.to_string(), Encoding::Utf8, 0, Vec::new())
    }

    fn new(text: String, encoding: Encoding, bom: usize, file_offsets: Vec<u32>) -> Text {
        Text {
            text,
            encoding,
            bom,
            file_offsets,
            line_starts: OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
            starts
        })
    }

    /// The byte offset in the original file of byte `offset` of the decoded text.
    pub fn file_offset(&self, offset: usize) -> usize {
        if self.file_offsets.is_empty() {
            return self.bom + offset;
        }
        match self.file_offsets.get(offset) {
            Some(&file_offset) => file_offset as usize,
            None => self
                .file_offsets
                .last()
                .map_or(self.bom, |&last| last as usize + 1),
        }
    }

    /// Line, column and file offset of byte `offset` of the decoded text.
    pub fn position(&self, offset: usize) -> Position {
        let line_starts = self.line_starts();
        let line = line_starts.partition_point(|&start| start <= offset);
        let line_start = line_starts[line.saturating_sub(1)];
        let column = self
            .text
            .get(line_start..offset)
            .map_or(1, |before| before.chars().count() + 1);
        Position {
            line: line.max(1),
            column,
            offset: self.file_offset(offset),
        }
    }
}

fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped_but_offsets_count_it() {
        let text = Text::decode(b"\xEF\xBB\xBFab\ncd");
        assert_eq!(text.text, "ab\ncd");
        assert_eq!(
            text.position(3),
            Position {
                line: 2,
                column: 1,
                offset: 6
            }
        );
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_read_with_exact_offsets() {
        let text = "Kim met Putin.\r\nThe pact: “mutual aid” 😀 ok";
        for (bom, unit) in [
            ([0xFF, 0xFE], u16::to_le_bytes as fn(u16) -> [u8; 2]),
            ([0xFE, 0xFF], u16::to_be_bytes as fn(u16) -> [u8; 2]),
        ] {
            let mut bytes = bom.to_vec();
            bytes.extend(text.encode_utf16().flat_map(unit));
            let decoded = Text::decode(&bytes);
            assert_eq!(decoded.encoding, Encoding::Utf16);
            assert_eq!(decoded.text, text);
            let ok = decoded.text.find("ok").unwrap_or(0);
            // 2 for the mark, then two bytes a code unit (four for the emoji).
            let units_before = text[..ok].encode_utf16().count();
            assert_eq!(
                decoded.position(ok),
                Position {
                    line: 2,
                    column: 26,
                    offset: 2 + 2 * units_before
                }
            );
        }
        // An odd last byte is not lost silently: it is a replacement char.
        assert_eq!(Text::decode(b"\xFF\xFEa\x00b").text, "a\u{FFFD}");
    }

    #[test]
    fn invalid_utf8_is_read_as_windows_1252_with_exact_offsets() {
        let text = Text::decode(b"caf\xE9 \x93ok\x94");
        assert_eq!(text.encoding, Encoding::Windows1252);
        assert_eq!(text.text, "café “ok”");
        let ok = text.text.find("ok").unwrap_or(0);
        assert_eq!(
            text.position(ok),
            Position {
                line: 1,
                column: 7,
                offset: 6
            }
        );
    }

    #[test]
    fn columns_count_characters_and_crlf_lines() {
        let text = Text::decode("é\r\nxé y".as_bytes());
        let y = text.text.find('y').unwrap_or(0);
        assert_eq!(
            text.position(y),
            Position {
                line: 2,
                column: 4,
                offset: y
            }
        );
    }
}
