//! Owns finding paragraph and sentence boundaries in a document's original text;
//! it does not own normalization or matching, which work on the ranges it returns.
//!
//! Real news text is messy: headlines and captions without punctuation, one
//! paragraph per line with no blank line between them, missing spaces after
//! full stops, quotes that never close. The rules below are heuristics tuned on
//! such text. Everything is one linear pass per block and per paragraph, with no
//! allocation beyond the output vector, so thousands of documents per second
//! can be segmented.

use std::ops::Range;

/// One sentence of a document: a byte range into the text given to `segment`,
/// trimmed of surrounding white space, never empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// Lines longer than this many characters are never the product of hard
/// wrapping, because nobody wraps prose that wide.
const WRAP_LIMIT: usize = 100;

/// Backward scans for an abbreviation stop after this many bytes, so that a
/// pathological run of letters and dots cannot make segmentation quadratic.
const TOKEN_LIMIT: usize = 40;

/// A sentence longer than this many bytes is cut into pieces of at most this size, at a
/// clause boundary where one is near. No prose sentence is this long (300 words); text
/// without stops (a data dump, an OCR page, a list run together) would otherwise be one
/// "sentence" of the whole paragraph, and every match in it would be judged against all
/// of it: 240 KB without a full stop took 49 s at 100 claims, and each piece of evidence
/// quoted the 240 KB.
pub const SENTENCE_LIMIT: usize = 2_000;

/// Words that are followed by a full stop without ending a sentence. The title
/// words are matched case-sensitively, so a sentence ending in "st." still breaks.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "St",
    "Jr", "Sr", "vs", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Splits a document's text into sentences, in order. Never panics, on any input.
#[must_use]
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    for_each_paragraph(text, |start, end| {
        let before = out.len();
        split_sentences(text, start, end, paragraph, &mut out);
        if out.len() > before {
            paragraph += 1;
        }
    });
    if out.iter().any(|s| s.end - s.start > SENTENCE_LIMIT) {
        out = out
            .into_iter()
            .flat_map(|sentence| cut_long(text, sentence))
            .collect();
    }
    out
}

/// Where to cut a long sentence within `window` (character boundaries): after the last
/// semicolon before a space (or a full-width `；`), else the last comma before a space (or
/// `，` `、`), else the last white space, else the last place between two characters that
/// are neither letters nor digits, else the last place not inside a figure (text without
/// spaces, as Chinese), else the window's end. A cut inside "12.5%" left ".5%", which
/// `{n}%` read as 5%: a false contradiction.
fn cut_point(text: &str, window: Range<usize>) -> usize {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    // A digit against a letter, a digit or a decimal point: inside a figure or a name
    // like "F16", where a cut would leave a figure to read on its own.
    let in_figure = |a: char, b: char| a.is_numeric() && (is_word(b) || matches!(b, '.' | ','));
    let mut found = [None; 5];
    let mut chars = text[window.start..].char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let after = window.start + at + c.len_utf8();
        if after > window.end {
            break;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let spaced = next.is_some_and(char::is_whitespace);
        let rank = match c {
            '；' => 0,
            ';' if spaced => 0,
            '，' | '、' => 1,
            ',' if spaced => 1,
            c if c.is_whitespace() => 2,
            c if !is_word(c) && next.is_some_and(|n| !is_word(n)) => 3,
            c if next.is_some_and(|n| !in_figure(c, n) && !in_figure(n, c)) => 4,
            _ => continue,
        };
        found[rank] = Some(after);
    }
    found.into_iter().flatten().next().unwrap_or(window.end)
}

/// `sentence` as it is when it is at most `SENTENCE_LIMIT` bytes long, else cut into
/// pieces that are, each at a clause boundary in the second half of the limit where there
/// is one (`cut_point`). Pieces are trimmed and never empty.
fn cut_long(text: &str, sentence: Sentence) -> Vec<Sentence> {
    let mut pieces = Vec::new();
    let mut start = sentence.start;
    while start < sentence.end {
        let cut = match sentence.end - start > SENTENCE_LIMIT {
            false => sentence.end,
            true => {
                let mut limit = start + SENTENCE_LIMIT;
                while !text.is_char_boundary(limit) {
                    limit -= 1;
                }
                let mut half = start + SENTENCE_LIMIT / 2;
                while !text.is_char_boundary(half) {
                    half += 1;
                }
                cut_point(text, half..limit)
            }
        };
        let (s, e) = trim_range(&text[start..cut], start);
        if s < e {
            pieces.push(Sentence {
                start: s,
                end: e,
                ..sentence
            });
        }
        start = cut;
    }
    pieces
}

/// One non-blank line: its trimmed byte range and its length in characters.
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    chars: usize,
}

/// Returns the line starting at `pos` as (trimmed start, trimmed end, start of
/// the next line); a CR before the LF is white space and so is trimmed away.
fn line_at(text: &str, pos: usize) -> (usize, usize, usize) {
    let rest = text.get(pos..).unwrap_or("");
    let (raw, next) = match rest.find('\n') {
        Some(n) => (&rest[..n], pos + n + 1),
        None => (rest, text.len()),
    };
    let (start, end) = trim_range(raw, pos);
    (start, end, next)
}

/// Trims white space from `slice`, which starts at byte `offset` of the text.
fn trim_range(slice: &str, offset: usize) -> (usize, usize) {
    let start = offset + (slice.len() - slice.trim_start().len());
    let end = offset + slice.trim_end().len();
    (start, end.max(start))
}

/// Finds the paragraphs of `text` and calls `emit` with each trimmed, non-empty
/// byte range. Each block of non-blank lines is read twice: once to learn
/// whether it looks hard-wrapped and how wide it is, once to decide each break.
fn for_each_paragraph(text: &str, mut emit: impl FnMut(usize, usize)) {
    let mut pos = 0;
    while pos < text.len() {
        let (start, end, next) = line_at(text, pos);
        if start == end {
            pos = next;
            continue;
        }
        let (mut wrapped, mut width, mut last_chars, mut lines) = (true, 0, None, 0);
        let mut scan = pos;
        while scan < text.len() {
            let (s, e, n) = line_at(text, scan);
            if s == e {
                break;
            }
            let chars = text[s..e].chars().count();
            wrapped &= last_chars.is_none_or(|c| c <= WRAP_LIMIT);
            width = width.max(chars);
            last_chars = Some(chars);
            lines += 1;
            scan = n;
        }
        // Two lines say too little about a wrap width: a headline over one line of text
        // looks just like a wrapped pair, and the headline reading is the common one.
        wrapped &= lines >= 3;
        let block_end = scan;
        let mut para_start = start;
        let mut prev: Option<Line> = None;
        while pos < block_end {
            let (s, e, n) = line_at(text, pos);
            let line = Line {
                start: s,
                end: e,
                chars: text[s..e].chars().count(),
            };
            if let Some(p) = prev {
                if is_paragraph_break(text, p, line, wrapped, width) {
                    emit(para_start, p.end);
                    para_start = line.start;
                }
            }
            prev = Some(line);
            pos = n;
        }
        if let Some(p) = prev {
            emit(para_start, p.end);
        }
    }
}

/// Decides whether the break between two lines of one block ends a paragraph.
///
/// In a hard-wrapped block (three lines or more, every line but the last at most
/// `WRAP_LIMIT` characters) a line ended early only when the next word would have fitted
/// on it, so a break is a paragraph break when the next line starts like a
/// sentence, its first word would have fitted within the block's longest line,
/// and the line is short (under three quarters of that longest line). This
/// catches headlines and short last lines while keeping lines that wrapped
/// before a long capitalised word. In other blocks each line is a paragraph,
/// unless a line without closing punctuation runs on into a lowercase word.
/// In both, a line ending in `,` `;` `:` continues, while a list item (`- `, `+ `,
/// `1. `, `a) `, …), a Markdown table row (`| … |`), the line after a Markdown heading
/// (`## …`) and an exact repeat of a line (a repeated headline) stand alone. A block quote
/// (`> ` lines) is read by the same rules without its markers, and where it begins or ends
/// a paragraph does.
fn is_paragraph_break(text: &str, line: Line, next: Line, wrapped: bool, width: usize) -> bool {
    let (a, b) = (&text[line.start..line.end], &text[next.start..next.end]);
    if a == b {
        return true;
    }
    let (a_quoted, a) = unquote(a);
    let (b_quoted, b) = unquote(b);
    if a_quoted != b_quoted || is_heading(a) {
        return true;
    }
    if is_list_item(b) || is_table_row(a) || is_table_row(b) {
        return true;
    }
    if a.ends_with([',', ';', ':']) {
        return false;
    }
    let first = b.chars().next().unwrap_or(' ');
    // A headline in capitals does not run on into a lowercase line ("HOLT NOT CONCEDING"
    // over "holt won the seat").
    if first.is_lowercase() && is_all_caps(a) {
        return true;
    }
    if wrapped {
        let word = b
            .split(char::is_whitespace)
            .next()
            .map_or(0, |w| w.chars().count());
        is_sentence_starter(first) && line.chars + 1 + word <= width && line.chars * 4 < width * 3
    } else {
        has_closing_punctuation(a) || !first.is_lowercase()
    }
}

/// A line without its block-quote markers (`> `, `>> `), and whether it had any.
fn unquote(line: &str) -> (bool, &str) {
    let body = line.trim_start_matches(['>', ' ', '\t']);
    (body.len() < line.len() && line.starts_with('>'), body)
}

/// A bullet (`-` `*` `+` `•` `·` `▪` `◦` `○` `‣` `■` `□` `►` `▸` `–` `—`) or a number or
/// letter (`1.`, `12)`, `a.`, `(b)`, `iv.`) followed by a space opens a list item. Capital
/// letters are left out: "J. Smith" at the start of a wrapped line is a name.
pub(crate) fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if "-*+•·▪◦○‣■□►▸–—".contains(first) {
        return chars.next() == Some(' ');
    }
    let label = line.strip_prefix('(').unwrap_or(line);
    let Some(end) = label.find([')', '.']) else {
        return false;
    };
    let (marker, rest) = (&label[..end], &label[end + 1..]);
    let numbered = !marker.is_empty()
        && ((marker.len() <= 3 && marker.bytes().all(|b| b.is_ascii_digit()))
            || (marker.len() == 1 && marker.bytes().all(|b| b.is_ascii_lowercase()))
            || (marker.len() <= 4 && marker.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))));
    numbered && rest.starts_with(' ')
}

/// A line of two letters or more, none of them lowercase.
fn is_all_caps(line: &str) -> bool {
    line.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !line.chars().any(char::is_lowercase)
}

/// A Markdown table row: each row is a statement of its own.
fn is_table_row(line: &str) -> bool {
    line.starts_with('|')
}

/// A Markdown heading (`# Title`, `## Results`).
pub(crate) fn is_heading(line: &str) -> bool {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&level) && line[level..].starts_with(' ')
}

/// True when a line ends a sentence, ignoring closing quotes and brackets, so
/// that a headline or a caption credit such as "(via REUTERS)" does not.
fn has_closing_punctuation(line: &str) -> bool {
    let body = line.trim_end_matches(is_closer);
    body.ends_with(is_terminator)
}

/// Characters that may end a sentence; a run of them (`...`, `?!`) counts as one.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…') || is_cjk_terminator(c)
}

/// CJK full stops end a sentence with no space after them.
fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Closing quotes and brackets that may follow a sentence's final stop.
fn is_closer(c: char) -> bool {
    "\"”’')]」』»".contains(c)
}

/// A character that may begin a sentence: an uppercase or caseless letter, a
/// digit, or an opening quote or bracket.
fn is_sentence_starter(c: char) -> bool {
    (c.is_alphabetic() && !c.is_lowercase()) || c.is_numeric() || "\"“‘([¿¡«「『".contains(c)
}

/// A quote character is in closing position when it follows a non-space and
/// is followed by a space, punctuation or the end, as in `party“, specifying`.
fn is_closing_position(prev: Option<char>, next: Option<char>) -> bool {
    let after_word = prev.is_some_and(|p| !p.is_whitespace() && !matches!(p, '(' | '['));
    let before_gap =
        next.is_none_or(|n| n.is_whitespace() || ",.;:!?…-—–".contains(n) || is_closer(n));
    after_word && before_gap
}

/// Finds where the quotation opened at `open` closes within the paragraph.
/// Double quotes do not nest in English, so a second opening quote means the
/// first was never closed (a quote running into the next paragraph, or a typo);
/// `None` then tells the caller to treat the opener as ordinary text. A curly
/// opening quote in closing position and a straight quote anywhere but at the
/// start of a word close the quotation, since both are common typos. Scans
/// never overlap, which keeps the paragraph pass linear.
fn find_closer(text: &str, open: usize, end: usize) -> Option<usize> {
    let body = text.get(open..end)?;
    let mut chars = body.char_indices().peekable();
    let mut prev = chars.next().map(|(_, c)| c);
    while let Some((off, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let word_start =
            prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphanumeric);
        match c {
            '"' if word_start => return None,
            '“' if !is_closing_position(prev, next) => return None,
            '”' | '"' | '“' => return Some(open + off),
            _ => {}
        }
        prev = Some(c);
    }
    None
}

/// The run of letters and dots just before byte `dot`, such as `Mr`, `U.S` or
/// `e.g`, without leading dots.
fn token_before(text: &str, from: usize, dot: usize) -> &str {
    let mut start = dot;
    for (off, c) in text[from..dot].char_indices().rev() {
        if !(c.is_alphabetic() || c == '.') || dot - (from + off) > TOKEN_LIMIT {
            break;
        }
        start = from + off;
    }
    text[start..dot].trim_start_matches('.')
}

/// Initials and dotted initialisms: `F` in `John F. Kennedy`, `U.S`, `e.g`, `p.m`.
fn is_initialism(token: &str) -> bool {
    let mut segments = 0;
    for segment in token.split('.') {
        let mut chars = segment.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => segments += 1,
            _ => return false,
        }
    }
    segments > 1 || token.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a full stop after `token`, followed by white space and `next`, is
/// not a sentence end. `No.` and `no.` (and `c.`, `ca.`, `approx.`, `est.`) are abbreviations
/// only before a number ("the world no. 1"), and an
/// initialism ends a sentence only before an opening quote: `U.S. officials`
/// is far more common in news than a sentence ending in `U.S.`.
fn is_abbreviation_stop(token: &str, next: char) -> bool {
    let last = token.rsplit('.').next().unwrap_or(token);
    // "No. 2", "c. 1,200", "approx. 40": before a number only.
    if matches!(last, "No" | "no" | "c" | "ca" | "approx" | "Approx" | "est") {
        return next.is_numeric();
    }
    ABBREVIATIONS.contains(&last) || (is_initialism(token) && !matches!(next, '"' | '“' | '‘'))
}

/// Splits the trimmed paragraph `text[start..end]` into sentences.
fn split_sentences(
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let mut push = |from: usize, to: usize| {
        let (s, e) = trim_range(&text[from..to], from);
        if s < e {
            out.push(Sentence {
                paragraph,
                start: s,
                end: e,
            });
        }
    };
    let mut sentence_start = start;
    let mut inside: Option<usize> = None;
    let mut skip_until = start;
    let mut prev: Option<char> = None;
    let mut base = start;
    let mut chars = text[start..end].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let i = base + off;
        let before = prev.replace(c);
        if inside == Some(i) {
            inside = None;
            continue;
        }
        if i < skip_until {
            continue;
        }
        if c.is_ascii() && !decides(c as u8) {
            // Nothing happens at an ordinary character: jump to the next byte that may be
            // a quote or a stop (every non-ASCII byte may be), the char before it in `prev`.
            let rest = &text.as_bytes()[i + 1..end];
            let skip = next_quote_stop_or_non_ascii(rest).unwrap_or(rest.len());
            if skip > 0 {
                let j = i + 1 + skip;
                prev = Some(char::from(text.as_bytes()[j - 1]));
                base = j;
                chars = text[j..end].char_indices().peekable();
            }
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        if inside.is_none() && matches!(c, '"' | '“') && !is_closing_position(before, next) {
            inside = find_closer(text, i, end);
            continue;
        }
        if !is_terminator(c) {
            continue;
        }
        let run_end = i + text[i..end]
            .find(|t: char| !is_terminator(t))
            .unwrap_or(end - i);
        let mut k = run_end;
        for t in text[run_end..end].chars() {
            if !(is_closer(t) || (t == '“' && inside == Some(k))) {
                break;
            }
            k += t.len_utf8();
        }
        skip_until = k;
        if inside.is_some_and(|q| q >= k) {
            continue;
        }
        let plain_dot = c == '.' && run_end == i + 1 && k == run_end;
        let rest = &text[k..end];
        let Some(after) = rest.chars().next() else {
            continue;
        };
        let breaks = if is_cjk_terminator(c) {
            true
        } else if after.is_whitespace() {
            let starter = rest.trim_start().chars().next().unwrap_or(' ');
            is_sentence_starter(starter)
                && !(plain_dot && is_abbreviation_stop(token_before(text, start, i), starter))
        } else if plain_dot && after.is_uppercase() {
            let token = token_before(text, start, i);
            let initial_follows = rest.chars().nth(1) == Some('.');
            !(is_initialism(token) || ABBREVIATIONS.contains(&token) || initial_follows)
        } else {
            false
        };
        if breaks {
            push(sentence_start, k);
            sentence_start = k;
        }
    }
    push(sentence_start, end);
}

/// The ASCII bytes at which `split_sentences` has something to decide.
const QUOTES_AND_STOPS: [u8; 4] = *b"\".!?";

/// Whether `split_sentences` has something to decide at byte `b`: a quote, a stop, or a
/// byte of a character that is not ASCII (which may be a curly quote or a CJK stop).
fn decides(b: u8) -> bool {
    !b.is_ascii() || QUOTES_AND_STOPS.contains(&b)
}

/// The first byte of `bytes` that `decides`. Eight bytes at a time (most of a text is none
/// of these, and this ran on every byte of every document).
fn next_quote_stop_or_non_ascii(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    // Whether some byte of `word` is `b` (the classic test for a zero byte, exact).
    let holds = |word: u64, b: u8| {
        let x = word ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGH != 0
    };
    let mut at = 0;
    for chunk in bytes.chunks_exact(8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let word = u64::from_le_bytes(chunk);
        if word & HIGH != 0 || QUOTES_AND_STOPS.iter().any(|&b| holds(word, b)) {
            break;
        }
        at += 8;
    }
    bytes[at..].iter().position(|&b| decides(b)).map(|p| at + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_eight_byte_search_finds_the_first_quote_stop_or_non_ascii_byte() {
        let plainly = |bytes: &[u8]| {
            bytes
                .iter()
                .position(|&b| !b.is_ascii() || matches!(b, b'"' | b'.' | b'!' | b'?'))
        };
        let text = "Pyongyang and Moscow signed it on 19 June, 2024, in the Kremlin! \"A pact\", \
                    said Kim Jong-un? Zoë Núñez said so.";
        let bytes = text.as_bytes();
        // Every start and every length, so that each special byte falls at each place of
        // a chunk, and chunks with none of them are skipped whole.
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let slice = &bytes[start..end];
                assert_eq!(
                    next_quote_stop_or_non_ascii(slice),
                    plainly(slice),
                    "{start}..{end}"
                );
            }
        }
        // Every byte value, alone and after seven plain bytes.
        for b in 0..=255u8 {
            let mut chunk = *b"abcdefg_";
            chunk[7] = b;
            assert_eq!(
                next_quote_stop_or_non_ascii(&chunk),
                plainly(&chunk),
                "byte {b}"
            );
            assert_eq!(
                next_quote_stop_or_non_ascii(&[b]),
                plainly(&[b]),
                "byte {b}"
            );
        }
    }

    /// `split_sentences` as it was before it learned to skip ordinary characters: the
    /// reference for `skipping_ordinary_characters_splits_as_before`.
    fn split_sentences_slowly(
        text: &str,
        start: usize,
        end: usize,
        paragraph: usize,
        out: &mut Vec<Sentence>,
    ) {
        let mut push = |from: usize, to: usize| {
            let (s, e) = trim_range(&text[from..to], from);
            if s < e {
                out.push(Sentence {
                    paragraph,
                    start: s,
                    end: e,
                });
            }
        };
        let mut sentence_start = start;
        let mut inside: Option<usize> = None;
        let mut skip_until = start;
        let mut prev: Option<char> = None;
        let mut chars = text[start..end].char_indices().peekable();
        while let Some((off, c)) = chars.next() {
            let i = start + off;
            let before = prev.replace(c);
            if inside == Some(i) {
                inside = None;
                continue;
            }
            if i < skip_until {
                continue;
            }
            let next = chars.peek().map(|&(_, n)| n);
            if inside.is_none() && matches!(c, '"' | '“') && !is_closing_position(before, next) {
                inside = find_closer(text, i, end);
                continue;
            }
            if !is_terminator(c) {
                continue;
            }
            let run_end = i + text[i..end]
                .find(|t: char| !is_terminator(t))
                .unwrap_or(end - i);
            let mut k = run_end;
            for t in text[run_end..end].chars() {
                if !(is_closer(t) || (t == '“' && inside == Some(k))) {
                    break;
                }
                k += t.len_utf8();
            }
            skip_until = k;
            if inside.is_some_and(|q| q >= k) {
                continue;
            }
            let plain_dot = c == '.' && run_end == i + 1 && k == run_end;
            let rest = &text[k..end];
            let Some(after) = rest.chars().next() else {
                continue;
            };
            let breaks = if is_cjk_terminator(c) {
                true
            } else if after.is_whitespace() {
                let starter = rest.trim_start().chars().next().unwrap_or(' ');
                is_sentence_starter(starter)
                    && !(plain_dot && is_abbreviation_stop(token_before(text, start, i), starter))
            } else if plain_dot && after.is_uppercase() {
                let token = token_before(text, start, i);
                let initial_follows = rest.chars().nth(1) == Some('.');
                !(is_initialism(token) || ABBREVIATIONS.contains(&token) || initial_follows)
            } else {
                false
            };
            if breaks {
                push(sentence_start, k);
                sentence_start = k;
            }
        }
        push(sentence_start, end);
    }

    #[test]
    fn skipping_ordinary_characters_splits_as_before() {
        let corpus = crate::corpus::Corpus::new(30, 0);
        let mut texts: Vec<String> = (0..30).map(|i| corpus.document(i)).collect();
        let alphabet: Vec<char> = "aBUS.. \n\r\"“”’é—!?…2\t\u{a0}「」。,".chars().collect();
        let mut seed = 7u64;
        for _ in 0..300 {
            let len = (seed % 60) as usize;
            let text: String = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    alphabet[(seed >> 33) as usize % alphabet.len()]
                })
                .collect();
            texts.push(text);
        }
        for text in &texts {
            let mut fast = Vec::new();
            let mut slow = Vec::new();
            split_sentences(text, 0, text.len(), 0, &mut fast);
            split_sentences_slowly(text, 0, text.len(), 0, &mut slow);
            assert_eq!(fast, slow, "{text:?}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    /// Asserts where sentences break: `marked` is the input with a `|` at each
    /// expected break, so the test reads like the text it checks.
    fn splits(marked: &str) {
        let text = marked.replace('|', "");
        let expected: Vec<&str> = marked.split('|').map(str::trim).collect();
        assert_eq!(sentences(&text), expected, "in {text:?}");
    }

    fn paragraphs(text: &str) -> Vec<Vec<&str>> {
        let mut out: Vec<Vec<&str>> = Vec::new();
        for s in segment(text) {
            if out.len() == s.paragraph {
                out.push(Vec::new());
            }
            out[s.paragraph].push(&text[s.start..s.end]);
        }
        out
    }

    /// Checks every promise of `Sentence`: ordered, disjoint, trimmed, on char
    /// boundaries, never empty, paragraphs numbered 0, 1, 2… without gaps.
    fn check_invariants(text: &str) {
        let (mut last_end, mut last_paragraph) = (0, 0);
        for (n, s) in segment(text).iter().enumerate() {
            assert!(s.start < s.end && s.end <= text.len(), "{s:?} in {text:?}");
            assert!(s.end - s.start <= SENTENCE_LIMIT, "{s:?} in {text:?}");
            assert!(s.start >= last_end, "overlap at {s:?} in {text:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let body = &text[s.start..s.end];
            assert_eq!(body, body.trim(), "untrimmed {s:?} in {text:?}");
            let first = if n == 0 { 0 } else { last_paragraph };
            assert!(s.paragraph - first <= 1, "paragraph gap in {text:?}");
            (last_end, last_paragraph) = (s.end, s.paragraph);
        }
    }

    #[test]
    fn rule1_blank_lines_separate_paragraphs() {
        let text = "First one. Second one.\n\n  \t\nThird one.\n";
        let expected = vec![vec!["First one.", "Second one."], vec!["Third one."]];
        assert_eq!(paragraphs(text), expected);
    }

    #[test]
    fn rule2_hard_wrapped_lines_are_joined() {
        let text = "The pact was signed in Pyongyang on Wednesday by the two\nleaders, who also \
                    exchanged gifts. Putin gave Kim an Aurus\nlimousine.";
        let got = paragraphs(text);
        assert_eq!(got.len(), 1);
        assert!(got[0][0].ends_with("two\nleaders, who also exchanged gifts."));
        assert_eq!(got[0][1], "Putin gave Kim an Aurus\nlimousine.");
    }

    #[test]
    fn rule2_headline_before_wrapped_text_stands_alone() {
        let head = "Russia and North Korea sign mutual defence pact";
        let body = "The Russian president, Vladimir Putin, and the North Korean leader,\nKim \
                    Jong-un, have signed a pact on Wednesday in the capital city.";
        assert_eq!(paragraphs(&format!("{head}\n{body}")), [[head], [body]]);
    }

    #[test]
    fn rule2_wrapped_line_before_long_capitalised_word_is_joined() {
        let text = "The new treaty was described in the statement as a comprehensive\nStrategic \
                    partnership between the two countries and their peoples.\nIt replaces the \
                    1961 treaty.";
        assert_eq!(paragraphs(text).len(), 1);
    }

    #[test]
    fn rule2_long_lines_are_each_a_paragraph() {
        let long = "Received with great fanfare, the Russian president also considered that the \
                    UN Security Council sanctions should be reexamined.";
        let tail = "A caption without punctuation\nand a continuation.";
        assert_eq!(
            paragraphs(&format!("{long}\n{long}\n{tail}")),
            [[long], [long], [tail]]
        );
    }

    #[test]
    fn rule2_captions_and_bylines_stand_alone() {
        let text = "Kim Jong-un greeting Vladimir Putin at a welcome ceremony Wednesday in \
                    Pyongyang.\nKim Jong-un greeting Vladimir Putin at a welcome ceremony \
                    Wednesday in Pyongyang.Vladimir Smirnov (via REUTERS)\nGuillermo Abril\n";
        let got = paragraphs(text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[1][1], "Vladimir Smirnov (via REUTERS)");
        assert_eq!(got[2], ["Guillermo Abril"]);
    }

    #[test]
    fn rule2_list_items_stand_alone() {
        let text = "Key points:\n- one item\n- two items";
        assert_eq!(
            paragraphs(text),
            [["Key points:"], ["- one item"], ["- two items"]]
        );
    }

    #[test]
    fn rule2_every_kind_of_list_item_stands_alone_even_in_a_wrapped_block() {
        // Three short lines make a block that looks hard-wrapped: without the list rule
        // they would be one sentence, and "No new taxes" would negate the next item.
        for marker in [
            "-", "*", "+", "•", "·", "▪", "◦", "○", "–", "1.", "2)", "a)", "(b)", "iv.",
        ] {
            let text = format!("Agreed:\n{marker} No new taxes\n{marker} Bus fares frozen\n{marker} Hours extended");
            let got = paragraphs(&text);
            assert_eq!(got.len(), 4, "{marker}: {got:?}");
        }
        // A capital initial at the start of a wrapped line is a name, not an item.
        let text = "The report was written by the\nJ. Smith team for the ministry in\nthe spring.";
        assert_eq!(paragraphs(text).len(), 1);
    }

    #[test]
    fn rule2_table_rows_and_headings_stand_alone() {
        let text =
            "| Item | Detail |\n|---|---|\n| Factory closures | none |\n| Roles cut | 1,200 |";
        let got = paragraphs(text);
        assert_eq!(got.len(), 4);
        assert_eq!(got[3], ["| Roles cut | 1,200 |"]);
        let text = "## Results\nrevenue rose by a tenth in the\nthird quarter of the year";
        assert_eq!(paragraphs(text)[0], ["## Results"]);
    }

    #[test]
    fn rule2_a_block_quote_is_read_without_its_markers() {
        // Wrapped quote lines join, as wrapped lines do; the quote ends its paragraph.
        let text = "She said:\n\n> we now have 214\n> confirmed cases in the\n> county today.\nThen she left.";
        let got = paragraphs(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[2], ["Then she left."]);
        // A list inside a quote is still a list.
        let text = "> Agreed:\n> + No new taxes\n> + Bus fares frozen";
        assert_eq!(paragraphs(text).len(), 3);
    }

    #[test]
    fn rule3_sentences_end_before_capital_digit_or_opening_quote() {
        splits("He left! |2024 was hard? |“Yes,” she said… |(Then) it ended. and more");
    }

    #[test]
    fn rule3_missing_space_after_full_stop_breaks() {
        splits("in Pyongyang.|Vladimir Smirnov");
        splits("by U.S.Secretary Blinken at twitter.com now");
    }

    #[test]
    fn rule4_no_break_after_abbreviations() {
        splits("He told Mr. Putin and Gen. Lee. |On Jan. 5 the No. 2 man left, e.g. Kim.");
        splits("He said No. |Then he left.");
        splits("Brandt, the world no. 1, broke the record. |The answer was no. |He left.");
        splits(
            "It drew c. 1,200 people and approx. 40 cars, est. 5 buses. |Then plan c. |It ended.",
        );
    }

    #[test]
    fn rule4_no_break_after_initials_unless_a_quote_opens() {
        splits(
            "John F. Kennedy met U.S. officials at the U.N. Security Council in the U.S. |“Yes.”",
        );
    }

    #[test]
    fn rule4_no_break_inside_decimals() {
        splits("Growth was 2.5 percent. |Then 3.1.");
    }

    #[test]
    fn rule5_no_break_inside_a_closed_quote() {
        splits("He said: \"Stop. Now.\" and left. |Done.");
        splits("He said \"yes. |Then \"no\" again.");
        splits("Previously, “it was them. It wasn’t the other way around,” he said. |Yes.");
        splits("It was “absurd.” |In March he left.");
    }

    #[test]
    fn rule5_unclosed_quote_does_not_swallow_the_paragraph() {
        splits("“We are grateful regarding the situation in Ukraine. |Today we fight together.");
        splits("It said “one. |Two. |Then “three.” |Four.");
    }

    #[test]
    fn rule5_misused_quote_marks_still_close_quotes() {
        splits("Putin said “the treaty helps a party“, adding this. |“Today we fight,” he added.");
        splits("Kim is “thoroughly defensive \" in nature. |Later.");
        splits("He rated Putin best friend” from Korea. |Putin thanked Kim.");
    }

    #[test]
    fn rule5_apostrophes_are_not_quotes() {
        splits("It is Kim’s car. |Korea’s leader drove. |It isn't 'quoted. |Really' at all.");
    }

    #[test]
    fn rule6_repeated_identical_lines_are_separate_sentences() {
        let h = "Russia and North Korea signed a mutual defense agreement in case of aggression | \
                 President Vladimir Putin was received by Kim Jong-un in Pyongang";
        let text = format!("{h}\n\n{h}\n{h}\n\nBody.");
        assert_eq!(paragraphs(&text), [[h], [h], [h], ["Body."]]);
        let text = "Recomendaciones EL PAÍS\nRecomendaciones EL PAÍS";
        assert_eq!(paragraphs(text), [["Recomendaciones EL PAÍS"]; 2]);
    }

    #[test]
    fn rule7_double_full_stop_ends_and_stray_full_stop_does_not() {
        splits("back to 2000.. |Moscow and Pyongyang");
        splits("red T-shirts . , white and blue");
        splits("spy agency . |Talks are likely");
    }

    #[test]
    fn seed_excerpt_one_paragraph_per_line() {
        let text = "“Both Russia and Korea pursue independent foreign policies and do not accept the \
                    language of blackmail and diktat,” he continued, in a clear warning to the \
                    West.\nThis is Mr. Putin’s first trip to North Korea in 24 years and the second \
                    meeting between the two men in less than a year. In September 2023, Kim \
                    Jong-un traveled by armored train to the Russian Far East.\nMoscow and \
                    Pyongyang have been allies since the end of the Korean War (1950-1953) but \
                    have become closer since the Russian military operation launched in 2022.";
        let got = paragraphs(text);
        assert_eq!(got.iter().map(Vec::len).collect::<Vec<_>>(), [1, 2, 1]);
        assert!(got[1][0].starts_with("This is Mr. Putin’s first trip"));
    }

    #[test]
    fn seed_excerpt_headlines_truncated_paragraph_and_footer() {
        let text = "Saturday, October 5, 2024\n\nThe summit came as Putin visited North Korea for \
                    the first time in 24 years and the US expressed concern over aid and support. \
                    technology transfers that could amplify the threat posed by Kim’s nuclear \
                    weapons and missile\n\nCopyright 2024 The Associated Press. All rights \
                    reserved.\n\nRelated Posts";
        assert_eq!(sentences(text).len(), 5);
        assert_eq!(paragraphs(text).len(), 4);
    }

    #[test]
    fn adversarial_crlf_hard_wrapped_text() {
        let text = "Headline Without Stop\r\n\r\nThe deal was signed on Wednesday and\r\nthe two \
                    leaders shook hands. Kim praised\r\nPutin, who thanked him.\r\n";
        let got = paragraphs(text);
        assert_eq!(got[0], ["Headline Without Stop"]);
        assert_eq!(got[1][1], "Kim praised\r\nPutin, who thanked him.");
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn adversarial_empty_whitespace_and_single_lines() {
        assert!(segment("").is_empty());
        assert!(segment(" \r\n\t\n\u{a0}\n").is_empty());
        splits("Must read");
        splits("It ends here without a stop");
        splits(".");
    }

    #[test]
    fn adversarial_very_long_line_is_one_run_cut_to_the_limit() {
        // No stop here ends a sentence ("A. A." are initials, "a.a." an abbreviation): one
        // run of 1.4 MB, cut into pieces of the limit at spaces.
        let text = "A. ".repeat(200_000) + &"word ".repeat(200_000) + &"a.".repeat(200_000);
        let pieces = segment(&text);
        assert!(
            pieces.len() >= text.len() / SENTENCE_LIMIT,
            "{}",
            pieces.len()
        );
        assert!(pieces.iter().all(|s| s.end - s.start <= SENTENCE_LIMIT));
        assert_eq!(segment(&"“Yes. ".repeat(100_000)).len(), 100_000);
    }

    #[test]
    fn rule8_a_sentence_longer_than_the_limit_is_cut_at_a_clause_boundary() {
        // At the last "; " in the second half of the limit, else the last ", ", else the
        // last space, else at the limit itself; pieces trimmed, in one paragraph.
        let clause = "troops moved north ".repeat(10);
        let text = format!("{}; {}", clause.repeat(9).trim_end(), clause.repeat(9));
        let got = sentences(&text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].ends_with("north;"),
            "{:?}",
            &got[0][got[0].len() - 20..]
        );
        let text = format!("{}, {}", clause.repeat(9).trim_end(), clause.repeat(9));
        assert!(sentences(&text)[0].ends_with("north,"));
        let text = clause.repeat(20);
        let got = sentences(&text);
        assert!(got.iter().all(|s| s.len() <= SENTENCE_LIMIT));
        assert!(got[..got.len() - 1]
            .iter()
            .all(|s| s.len() > SENTENCE_LIMIT / 2));
        assert_eq!(got.join(" ") + " ", text);
        // No space at all: cut at the limit, on a character boundary.
        let text = "é".repeat(SENTENCE_LIMIT);
        let got = sentences(&text);
        assert_eq!(got.concat(), text);
        assert!(got.iter().all(|s| s.len() <= SENTENCE_LIMIT));
        check_invariants(&text);
        check_invariants(&("ab é".repeat(2_000) + "."));
        // A sentence of the limit exactly stays whole; its paragraph is kept by each piece.
        let text = "x".repeat(SENTENCE_LIMIT);
        assert_eq!(sentences(&text), [text.as_str()]);
        let text = format!("Short one.\n\n{}", "y ".repeat(SENTENCE_LIMIT));
        let paragraphs: Vec<usize> = segment(&text).iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 1, 1]);
    }

    #[test]
    fn adversarial_non_ascii_text() {
        splits("Élan vital — oui. |École fermée. |Ça va.");
        splits("「こんにちは。」|と言った。|次の文");
    }

    #[test]
    fn ranges_are_ordered_disjoint_trimmed_and_on_char_boundaries() {
        for text in [
            "",
            "a",
            "\n\n",
            "A. B. C.",
            "“x. Y",
            "x.\u{a0}Y\r\n\r\nZ",
            "Ü.Ö! ”“ ‘’ \"\"",
        ] {
            check_invariants(text);
        }
        let alphabet: Vec<char> = "aBUS.. \n\r\"“”’é—!?…2\t\u{a0}「」。,".chars().collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as usize
        };
        for _ in 0..2000 {
            let len = next() % 120;
            let text: String = (0..len)
                .map(|_| alphabet[next() % alphabet.len()])
                .collect();
            check_invariants(&text);
            let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            check_invariants(&String::from_utf8_lossy(&bytes));
        }
    }
}
