//! The normalized view of a document's sentences that patterns run on, with an exact map
//! back to the original bytes.
//!
//! This module owns the folding rules (NFKC, quotes, dashes, white space). It does not
//! decide where sentences are (`segment`) or what matches (`scan`).

use crate::segment::Sentence;
use std::ops::Range;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// Every sentence of a document, normalized and joined by `\n` (which never occurs inside
/// a normalized sentence, so no pattern built from `.` can run across two sentences).
#[derive(Debug, Clone, Default)]
pub struct NormalizedDocument {
    pub text: String,
    /// Byte range of each sentence in `text`, in document order.
    pub sentences: Vec<NormalizedSentence>,
    /// For each byte of `text`, the original char(s) it came from.
    source: SourceMap,
    /// For each sentence, the first piece of `source` from the `\n` before it on: a
    /// position inside a sentence is looked up among its own few pieces
    /// (`source_range_in`), not among the document's hundreds.
    sentence_pieces: Vec<u32>,
}

/// Where each byte of a normalized text came from, as the original byte range of the
/// char(s) it was folded from.
///
/// Kept as pieces, not a pair of offsets per byte: most of a text is runs of ASCII copied
/// as they are, where one piece says where a whole run came from. A generated 5.2 KB report
/// (accented names, curly quotes) needs about 330 pieces, 5 KB, where the offsets took
/// 42 KB; the seeds' AP report, 211 pieces for 8.6 KB of text. A batch of documents is
/// checked together (`scan::scan_many`), and every document of the batch keeps its map
/// meanwhile.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct SourceMap {
    /// In order of `at`; each piece runs to the next one's `at` (the last to the end).
    pieces: Vec<Piece>,
}

/// Where the normalized bytes from `at` on came from: each from `start..end` (the bytes of
/// one folded char, or an inserted space or `\n`), or, in a `copied` piece, byte `at + i`
/// from byte `start + i` alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    at: u32,
    start: u32,
    end: u32,
    copied: bool,
}

impl SourceMap {
    /// The original range normalized byte `offset` came from.
    fn get(&self, offset: usize) -> Option<(usize, usize)> {
        self.get_among(offset, 0..self.pieces.len())
    }

    /// `get`, given that the piece `offset` lies in is one of `among`, or one before them
    /// (then looked for among all); the caller makes sure it is none after them.
    fn get_among(&self, offset: usize, among: Range<usize>) -> Option<(usize, usize)> {
        let pieces = self.pieces.get(among.clone()).unwrap_or_default();
        let index = match pieces.partition_point(|piece| piece.at as usize <= offset) {
            0 if among.start > 0 => return self.get(offset),
            found => among.start + found.checked_sub(1)?,
        };
        let piece = self.pieces[index];
        if piece.copied {
            let start = piece.start as usize + (offset - piece.at as usize);
            Some((start, start + 1))
        } else {
            Some((piece.start as usize, piece.end as usize))
        }
    }

    /// Records that the normalized bytes from `at` on (to the next call) each came from
    /// `start..end`, or, when `copied`, from the byte at the same distance from `start`.
    fn add(&mut self, at: usize, start: usize, end: usize, copied: bool) {
        if let Some(last) = self.pieces.last() {
            let continues = if copied {
                last.copied && last.start as usize + (at - last.at as usize) == start
            } else {
                !last.copied && (last.start, last.end) == (start as u32, end as u32)
            };
            if continues {
                return;
            }
        }
        self.pieces.push(Piece {
            at: at as u32,
            start: start as u32,
            end: end as u32,
            copied,
        });
    }

    /// The end of the original range of the last normalized byte, `len` bytes in.
    fn last_end(&self, len: usize) -> Option<usize> {
        // (It lies in the last piece: each piece is added with the bytes it maps.)
        let last_piece = self.pieces.len().saturating_sub(1)..self.pieces.len();
        len.checked_sub(1)
            .and_then(|last| self.get_among(last, last_piece))
            .map(|(_, end)| end)
    }
}

/// One sentence: where it is in the normalized text and in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormalizedSentence {
    pub range: Range<usize>,
    pub source: Range<usize>,
    pub paragraph: usize,
}

impl NormalizedDocument {
    /// Normalizes each sentence of `text` (ranges from `segment`).
    pub fn new(text: &str, sentences: &[Sentence]) -> NormalizedDocument {
        let mut doc = NormalizedDocument {
            text: String::with_capacity(text.len() + sentences.len()),
            sentences: Vec::with_capacity(sentences.len()),
            source: SourceMap::default(),
            sentence_pieces: Vec::with_capacity(sentences.len()),
        };
        for sentence in sentences {
            doc.sentence_pieces.push(doc.source.pieces.len() as u32);
            if !doc.text.is_empty() {
                doc.push('\n', sentence.start, sentence.start);
            }
            let start = doc.text.len();
            doc.fold(text, sentence.start..sentence.end);
            doc.sentences.push(NormalizedSentence {
                range: start..doc.text.len(),
                source: sentence.start..sentence.end,
                paragraph: sentence.paragraph,
            });
        }
        doc
    }

    /// The original byte range of normalized range `range` (which must be non-empty).
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.source.get(range.start).map_or(0, |(start, _)| start);
        let end = range
            .end
            .checked_sub(1)
            .and_then(|last| self.source.get(last))
            .map_or(start, |(_, end)| end);
        start..end.max(start)
    }

    /// `source_range` of a range that starts inside sentence `sentence` and ends in it
    /// (else as `source_range`).
    pub fn source_range_in(&self, sentence: usize, range: Range<usize>) -> Range<usize> {
        let inside = self.sentences.get(sentence).is_some_and(|s| {
            s.range.start <= range.start && range.start < s.range.end && range.end <= s.range.end
        });
        let first = self.sentence_pieces.get(sentence).map(|&p| p as usize);
        let (Some(first), true) = (first, inside) else {
            return self.source_range(range);
        };
        let among = first
            ..self
                .sentence_pieces
                .get(sentence + 1)
                .map_or(self.source.pieces.len(), |&p| p as usize);
        let start = self
            .source
            .get_among(range.start, among.clone())
            .map_or(0, |(start, _)| start);
        let end = range
            .end
            .checked_sub(1)
            .and_then(|last| self.source.get_among(last, among))
            .map_or(start, |(_, end)| end);
        start..end.max(start)
    }

    /// The index of the sentence that contains normalized byte `offset`.
    pub fn sentence_at(&self, offset: usize) -> usize {
        self.sentences
            .partition_point(|s| s.range.end < offset)
            .min(self.sentences.len().saturating_sub(1))
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        // A one-byte char from one byte is a copy: it may extend the run before it.
        let copied = c.len_utf8() == 1 && end == start + 1;
        self.source.add(self.text.len(), start, end, copied);
        self.text.push(c);
    }

    /// The end of the original range of the last normalized byte.
    fn last_end(&self) -> Option<usize> {
        self.source.last_end(self.text.len())
    }

    /// Appends the normalized form of `text[range]`.
    ///
    /// Runs of printable ASCII and single spaces (most of an English text) are copied as
    /// they are, with their source map filled in bulk; every other character goes through `fold_char` and NFKC
    /// with the combining marks after it, as `fold_slowly` does for all of them.
    fn fold(&mut self, text: &str, range: Range<usize>) {
        let slice = &text[range.clone()];
        let bytes = slice.as_bytes();
        let base = range.start;
        let mut pending_space = false;
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'>' && is_quote_marker(text, base + i) {
                pending_space = true;
                i += 1;
                continue;
            }
            // A single space between two printable characters maps to itself, as the space
            // `emit` writes for it would: it joins the run.
            let rest = &bytes[i..];
            let is_plain = |at: usize| rest.get(at).is_some_and(|&b| PLAIN[usize::from(b)]);
            let mut run = 0;
            loop {
                if is_plain(run) {
                    run += 1;
                } else if run > 0 && rest.get(run) == Some(&b' ') && is_plain(run + 1) {
                    run += 2;
                } else {
                    break;
                }
            }
            // A combining mark after the run composes with its last character.
            if run > 0 && i + run < bytes.len() && !bytes[i + run].is_ascii() {
                let next = slice[i + run..].chars().next();
                if next.is_some_and(|c| canonical_combining_class(c) != 0) {
                    run -= 1;
                }
            }
            if run > 0 {
                self.emit_plain(&slice[i..i + run], base + i, &mut pending_space);
                i += run;
                continue;
            }
            let Some(c) = slice[i..].chars().next() else {
                break;
            };
            // A char and the combining marks after it normalize together.
            let mut end = i + c.len_utf8();
            for next in slice[end..].chars() {
                if next.is_ascii() || canonical_combining_class(next) == 0 {
                    break;
                }
                end += next.len_utf8();
            }
            let (start, stop) = (base + i, base + end);
            if let Some(struck) = struck_through(slice, i) {
                // "Holt won ~~54%~~ 52%": what is crossed out is not said.
                pending_space = true;
                i = struck;
                continue;
            } else if matches!(c, '*' | '_') && is_emphasis(text, start) {
                // Dropped: "**214**" and "_214_" are 214 in bold or italics.
            } else if c.is_ascii() && end - i == 1 {
                self.emit(fold_char(c), start, stop, &mut pending_space);
            } else if self.is_footnote_mark(c, pending_space) {
                // Dropped: "214¹" is 214 with a footnote, not 2141.
            } else {
                pending_space |= self.splits_mixed_fraction(c);
                for folded in text[start..stop].nfkc() {
                    self.emit(fold_char(folded), start, stop, &mut pending_space);
                }
            }
            i = end;
        }
    }

    /// Appends `run`, printable ASCII and single spaces found at `start` in the original
    /// text: what `emit` does for each of its characters, at once.
    fn emit_plain(&mut self, run: &str, start: usize, pending_space: &mut bool) {
        if std::mem::take(pending_space) && !(self.text.is_empty() || self.text.ends_with('\n')) {
            let space_start = self.last_end().unwrap_or(start);
            self.push(' ', space_start, start);
        }
        self.source
            .add(self.text.len(), start, start + run.len(), true);
        self.text.push_str(run);
    }

    /// `fold` one character at a time: the reference its fast path is tested against.
    #[cfg(test)]
    fn fold_slowly(&mut self, text: &str, range: Range<usize>) {
        let slice = &text[range.clone()];
        let base = range.start;
        let mut pending_space = false;
        let mut struck_until = 0;
        let mut chars = slice.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if i < struck_until {
                continue;
            }
            if let Some(struck) = struck_through(slice, i) {
                pending_space = true;
                struck_until = struck;
                continue;
            }
            // A char and the combining marks after it normalize together.
            let mut end = i + c.len_utf8();
            while let Some(&(j, next)) = chars.peek() {
                if next.is_ascii() || canonical_combining_class(next) == 0 {
                    break;
                }
                end = j + next.len_utf8();
                chars.next();
            }
            let (start, end) = (base + i, base + end);
            if c == '>' && is_quote_marker(text, start) {
                pending_space = true;
            } else if matches!(c, '*' | '_') && is_emphasis(text, start) {
            } else if c.is_ascii() && end - start == 1 {
                self.emit(fold_char(c), start, end, &mut pending_space);
            } else if self.is_footnote_mark(c, pending_space) {
            } else {
                pending_space |= self.splits_mixed_fraction(c);
                for folded in text[start..end].nfkc() {
                    self.emit(fold_char(folded), start, end, &mut pending_space);
                }
            }
        }
    }

    /// Whether `c` is a superscript digit right after a word or a stop ("214¹", "cases²",
    /// "September.³"): a footnote's mark, which NFKC would make a digit of the word. A
    /// superscript after a space ("¹ Confirmed cases only.") is the footnote's own number.
    fn is_footnote_mark(&self, c: char, after_space: bool) -> bool {
        let superscript = matches!(
            c,
            '\u{00B9}' | '\u{00B2}' | '\u{00B3}' | '\u{2070}' | '\u{2074}'..='\u{2079}'
        );
        superscript && !after_space && self.text.ends_with(|p: char| p != '\n' && p != ' ')
    }

    /// Whether `c` is a vulgar fraction right after a digit: NFKC writes "1½" as "11⁄2",
    /// eleven halves; a space keeps the whole number apart ("1 1/2").
    fn splits_mixed_fraction(&self, c: char) -> bool {
        let vulgar = matches!(c, '\u{00BC}'..='\u{00BE}' | '\u{2150}'..='\u{215E}');
        vulgar && self.text.ends_with(|d: char| d.is_ascii_digit())
    }

    fn emit(&mut self, folded: Folded, start: usize, end: usize, pending_space: &mut bool) {
        match folded {
            Folded::Drop => {}
            Folded::Space => *pending_space = true,
            Folded::Char(c) => {
                let at_sentence_start = self.text.is_empty() || self.text.ends_with('\n');
                if *pending_space && !at_sentence_start {
                    // The space stands for the white space run before this char.
                    let space_start = self.last_end().unwrap_or(start);
                    self.push(' ', space_start, start);
                }
                *pending_space = false;
                self.push(c, start, end);
            }
        }
    }
}

/// Whether the `>` at byte `at` of `text` marks a block quote: only spaces, tabs and other
/// markers stand between it and the start of its line. Inside a sentence that runs over
/// several quoted lines ("we now have 214\n> confirmed cases") it is white space, like the
/// line break before it.
/// The look back is bounded, so a line of a million `>` stays linear.
fn is_quote_marker(text: &str, at: usize) -> bool {
    let before = &text.as_bytes()[at.saturating_sub(QUOTE_MARKER_REACH)..at];
    match before
        .iter()
        .rev()
        .find(|&&b| !matches!(b, b' ' | b'\t' | b'>'))
    {
        Some(&b) => b == b'\n',
        None => at <= QUOTE_MARKER_REACH,
    }
}

/// How far back `is_quote_marker` looks for the start of the line.
const QUOTE_MARKER_REACH: usize = 32;

/// Whether the `*` or `_` at byte `at` of `text` is Markdown emphasis: a run of one to
/// three of them with a letter, a digit or a figure's sign on one side only ("**214**",
/// "**38%**:", "_Holt_ won"), so
/// that `{n}` reads the number and a pattern the words. `snake_case`, `2 * 3`, a run
/// between two marks ("**Myth:**") and a closing run no opening one comes before on its
/// line ("A* grades") keep theirs.
fn is_emphasis(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let marker = |b: &u8| matches!(b, b'*' | b'_');
    let start = at - bytes[..at].iter().rev().take_while(|b| marker(b)).count();
    let end = at + bytes[at..].iter().take_while(|b| marker(b)).count();
    // A figure's sign stands for its word: "**38%**:", "**£12.60**".
    let word = |c: Option<char>| {
        c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '%' | '£' | '$' | '€' | '¥'))
    };
    let before = word(text[..start].chars().next_back());
    let after = word(text[end..].chars().next());
    if end - start > 3 || before == after {
        return false;
    }
    // A closing run needs an opening one before it on its line: "graded A or A* in 2025"
    // is a grade.
    if before {
        // (An emphasis spans a few words: the opening mark is looked for in the line's last
        // `EMPHASIS_REACH` bytes, so a long line of marks stays cheap.)
        let mut reach = start.saturating_sub(EMPHASIS_REACH);
        while !text.is_char_boundary(reach) {
            reach += 1;
        }
        let line = bytes[reach..start]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(reach, |p| reach + p + 1);
        // Runs of this mark before it on the line, opened and not yet closed.
        let mut open = 0usize;
        let mut i = line;
        while i < start {
            if bytes[i] != bytes[at] {
                i += 1;
                continue;
            }
            let run_end = i + bytes[i..start]
                .iter()
                .take_while(|&&b| b == bytes[at])
                .count();
            let opens = !word(text[..i].chars().next_back());
            let closes = !word(text[run_end..].chars().next());
            match (opens, closes) {
                (true, false) => open += 1,
                (false, true) => open = open.saturating_sub(1),
                _ => {}
            }
            i = run_end;
        }
        return open > 0;
    }
    true
}

/// How far back `is_emphasis` looks for the opening mark of a closing one.
const EMPHASIS_REACH: usize = 200;

/// Printable ASCII that `fold_char` keeps as it is (the backtick becomes a quote; `*` and
/// `_` may be emphasis, which `is_emphasis` decides, and `~~` strikes text through).
const fn plain(b: u8) -> bool {
    matches!(b, b'!'..=b'~') && !matches!(b, b'`' | b'*' | b'_' | b'~')
}

/// `plain` of every byte, looked up: `fold` asks it of nearly every byte of every document.
static PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = plain(b as u8);
        b += 1;
    }
    table
};

/// Where the Markdown strikethrough that opens at byte `at` of `slice` (`~~54%~~`) ends,
/// if it opens there and closes within the slice.
fn struck_through(slice: &str, at: usize) -> Option<usize> {
    let rest = slice.get(at..)?.strip_prefix("~~")?;
    if rest.starts_with(char::is_whitespace) {
        return None;
    }
    let close = rest.find("~~")?;
    Some(at + 2 + close + 2)
}

enum Folded {
    Char(char),
    Space,
    Drop,
}

/// The per-character rules: quotes to straight ones, dashes to `-`, white space to a space.
fn fold_char(c: char) -> Folded {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2039}'
        | '\u{203A}' | '`' => Folded::Char('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => Folded::Char('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{2043}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Folded::Char('-'),
        // The fraction slash of NFKC's "1⁄2" (½) reads as the slash people type.
        '\u{2044}' => Folded::Char('/'),
        // Soft hyphens, zero-width spaces and joiners are invisible: they must not split words.
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Folded::Drop,
        c if c.is_whitespace() => Folded::Space,
        c => Folded::Char(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> NormalizedDocument {
        let sentence = Sentence {
            paragraph: 0,
            start: 0,
            end: text.len(),
        };
        NormalizedDocument::new(text, &[sentence])
    }

    #[test]
    fn a_range_inside_a_sentence_maps_back_as_the_whole_map_says() {
        let original = "“Kim’s  pact” — signed in Pyongyang.\n\nPutin  said: “ﬁne”.  Café\u{301} ½ of 214¹ **cases** rose.\nLast  one.";
        let sentences = crate::segment::segment(original);
        let doc = NormalizedDocument::new(original, &sentences);
        assert!(doc.sentences.len() >= 3);
        for (index, sentence) in doc.sentences.iter().enumerate() {
            for start in sentence.range.clone() {
                for end in start + 1..=sentence.range.end {
                    assert_eq!(
                        doc.source_range_in(index, start..end),
                        doc.source_range(start..end),
                        "sentence {index}, {start}..{end}"
                    );
                }
            }
        }
        // An empty range at a sentence's end lies on the `\n` after it: the whole map.
        let end = doc.sentences[0].range.end;
        assert_eq!(doc.source_range_in(0, end..end), doc.source_range(end..end));
        // Outside the sentence named, the whole map is read.
        let last = doc.sentences.len() - 1;
        let whole = 0..doc.text.len();
        assert_eq!(
            doc.source_range_in(last, whole.clone()),
            doc.source_range(whole)
        );
    }

    #[test]
    fn folds_quotes_dashes_and_white_space() {
        let doc = one("“Kim’s  pact” —\r\n  signed");
        assert_eq!(doc.text, "\"Kim's pact\" - signed");
    }

    #[test]
    fn nfkc_folds_compatibility_forms_and_composes_marks() {
        let doc = one("ﬁrst cafe\u{301} ２４");
        assert_eq!(doc.text, "first café 24");
    }

    #[test]
    fn a_vulgar_fraction_after_a_digit_is_a_mixed_number() {
        let original = "1½ million, ¾ of them, 2¼";
        let doc = one(original);
        assert_eq!(doc.text, "1 1/2 million, 3/4 of them, 2 1/4");
        let half = doc.text.find("1/2").unwrap_or(0);
        assert_eq!(&original[doc.source_range(half..half + 3)], "½");
        let mut slowly = NormalizedDocument::default();
        slowly.fold_slowly(original, 0..original.len());
        assert_eq!(slowly.text, doc.text);
    }

    #[test]
    fn every_range_maps_back_to_the_original_bytes() {
        let original = "A “deal”\u{a0}—  cafe\u{301} ﬁnal";
        let doc = one(original);
        let deal = doc.text.find("deal").unwrap_or(0);
        assert_eq!(&original[doc.source_range(deal - 1..deal + 5)], "“deal”");
        let cafe = doc.text.find("café").unwrap_or(0);
        assert_eq!(
            &original[doc.source_range(cafe..cafe + "café".len())],
            "cafe\u{301}"
        );
        let fi = doc.text.find("final").unwrap_or(0);
        assert_eq!(&original[doc.source_range(fi..fi + 2)], "ﬁ");
        assert_eq!(&original[doc.source_range(fi..fi + 1)], "ﬁ");
    }

    #[test]
    fn sentences_are_joined_by_newlines_and_found_again() {
        let text = "One two. Three four.";
        let sentences = [
            Sentence {
                paragraph: 0,
                start: 0,
                end: 8,
            },
            Sentence {
                paragraph: 0,
                start: 9,
                end: 20,
            },
        ];
        let doc = NormalizedDocument::new(text, &sentences);
        assert_eq!(doc.text, "One two.\nThree four.");
        assert_eq!(doc.sentence_at(doc.text.find("four").unwrap_or(0)), 1);
        assert_eq!(doc.sentence_at(0), 0);
    }

    #[test]
    fn the_ascii_fast_path_folds_as_char_by_char_does() {
        let corpus = crate::corpus::Corpus::new(20, 0);
        let mut texts: Vec<String> = (0..20).map(|i| corpus.document(i)).collect();
        texts.extend(
            [
                "cafe\u{301} `x`  y\t\u{a0}z ﬁ ２４ e\u{301}\u{302}. A\u{300}",
                "  lead and trail  ",
                "one two  three \t four\u{a0}five e \u{301}x a`b ` c",
                "\u{301}start with a mark",
                "x\u{1}y\u{7f}",
                "reached 214\u{b9} by May.\u{b3} \u{b9} Confirmed. m\u{b2} 10\u{2076}",
                "> we now have 214\n> cases, a > b\n  >> c>d\n>",
                "**214** and _Holt_ won, snake_case 2 * 3 **Myth:** ****x a__b_",
                "Holt won ~~54%~~ 52%, ~ 5 ~~ x ~~open ~a~",
            ]
            .map(String::from),
        );
        for text in texts {
            let sentence = Sentence {
                paragraph: 0,
                start: 0,
                end: text.len(),
            };
            let fast = NormalizedDocument::new(&text, &[sentence, sentence]);
            let mut slow = NormalizedDocument::default();
            for s in [&sentence, &sentence] {
                if !slow.text.is_empty() {
                    slow.push('\n', s.start, s.start);
                }
                slow.fold_slowly(&text, s.start..s.end);
            }
            assert_eq!(fast.text, slow.text);
            let every_byte = |doc: &NormalizedDocument| {
                (0..doc.text.len())
                    .map(|i| doc.source.get(i))
                    .collect::<Vec<_>>()
            };
            assert_eq!(every_byte(&fast), every_byte(&slow));
        }
    }

    #[test]
    fn a_superscript_digit_after_a_word_is_a_footnote_mark() {
        let original = "Cases reached 214\u{b9} by September.\u{b2} \u{b9} Confirmed only.";
        let doc = one(original);
        assert_eq!(
            doc.text,
            "Cases reached 214 by September. 1 Confirmed only."
        );
        let by = doc.text.find("214 by").unwrap_or(0);
        assert_eq!(&original[doc.source_range(by..by + 3)], "214");
        assert_eq!(&original[doc.source_range(by + 4..by + 6)], "by");
    }

    #[test]
    fn block_quote_markers_inside_a_sentence_are_white_space() {
        let original = "> we now have 214\n> confirmed cases, and 3 > 2\n  >> here";
        let doc = one(original);
        assert_eq!(doc.text, "we now have 214 confirmed cases, and 3 > 2 here");
        let cases = doc.text.find("confirmed").unwrap_or(0);
        assert_eq!(&original[doc.source_range(cases..cases + 9)], "confirmed");
    }

    #[test]
    fn markdown_emphasis_around_words_is_dropped() {
        let original = "Cases reached **214** and _Holt_ won; snake_case, 2 * 3, **Myth:** x";
        let doc = one(original);
        assert_eq!(
            doc.text,
            "Cases reached 214 and Holt won; snake_case, 2 * 3, Myth:** x"
        );
        let n = doc.text.find("214").unwrap_or(0);
        assert_eq!(&original[doc.source_range(n..n + 3)], "214");
        // Around a figure with its sign, too.
        let doc = one("- **38%**: how full Hollin was; **£12.60** an hour");
        assert_eq!(doc.text, "- 38%: how full Hollin was; £12.60 an hour");
        // A closing mark needs an opening one on its line: an A* grade keeps its star.
        let doc = one("27.8% were graded A or A* in 2025.\n*Holt* won an A* grade");
        assert_eq!(
            doc.text,
            "27.8% were graded A or A* in 2025. Holt won an A* grade"
        );
        // The look back for an opening mark stops at a character's boundary.
        let long = format!("{} *x* an A* grade", "é".repeat(150));
        assert!(one(&long).text.ends_with("x an A* grade"));
    }

    #[test]
    fn markdown_strikethrough_is_not_said() {
        let original = "Holt won ~~54%~~ 52% of the vote, ~~ not this ~~ and ~~this";
        let doc = one(original);
        assert_eq!(
            doc.text,
            "Holt won 52% of the vote, ~~ not this ~~ and ~~this"
        );
        let n = doc.text.find("52").unwrap_or(0);
        assert_eq!(&original[doc.source_range(n..n + 2)], "52");
    }

    #[test]
    fn invisible_chars_do_not_split_words() {
        assert_eq!(one("mu\u{ad}tual").text, "mutual");
    }
}
