//! Turning a document's bytes into text, and positions in that text back into the file.
//!
//! This module owns decoding (BOM, UTF-8, the Windows-1252 fallback) and line/column
//! arithmetic. It does not read files: callers hand it bytes.

/// How a document's bytes were turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Not valid UTF-8: decoded byte by byte as Windows-1252, the usual encoding of such
    /// files in newsrooms, so no byte is lost and every position maps back exactly.
    Windows1252,
}

/// A document's text with what is needed to report positions in the original file.
#[derive(Debug, Clone)]
pub struct Text {
    pub text: String,
    pub encoding: Encoding,
    /// Bytes skipped at the start of the file (a UTF-8 byte order mark).
    bom: usize,
    /// For Windows-1252 text: the file offset of each char's first byte in `text`, by
    /// position in `text` (only filled for non-ASCII chars' bytes would save little).
    file_offsets: Vec<u32>,
    /// Byte offset in `text` of the start of each line.
    line_starts: Vec<usize>,
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

    /// Text that did not come from a file (tests, library users): positions are its own.
    pub fn plain(text: &str) -> Text {
        Text::new(text.to_string(), Encoding::Utf8, 0, Vec::new())
    }

    fn new(text: String, encoding: Encoding, bom: usize, file_offsets: Vec<u32>) -> Text {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Text {
            text,
            encoding,
            bom,
            file_offsets,
            line_starts,
        }
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
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line.saturating_sub(1)];
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
