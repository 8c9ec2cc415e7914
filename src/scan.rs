//! Running the compiled patterns over one normalized document: every match of every
//! distinct pattern, each inside one sentence, with its `{n}` captures.
//!
//! This module owns how a regex match becomes a `Hit` (sentence-bounded, whole words by
//! Unicode rules). It does not know claims, negation or verdicts.

use crate::normalize::NormalizedDocument;
use crate::pattern::{CompiledClaims, Pattern};
use std::ops::Range;

/// One match of one pattern, in normalized-text coordinates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub sentence: usize,
    pub range: Range<usize>,
    /// The text ranges captured by `{n0}`, `{n1}`, …, when they took part in the match.
    pub numbers: Vec<Range<usize>>,
}

/// How much of one document each distinct pattern matches, kept after the hits are gone so
/// that `lint` can find patterns that match nothing, or nearly every sentence, in a corpus.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Usage {
    /// How many sentences the document has.
    pub sentences: usize,
    /// For each pattern (indexed like `CompiledClaims::patterns`), how many sentences it
    /// matches in.
    pub matched: Vec<usize>,
}

impl Usage {
    /// Counts, for each pattern, the distinct sentences of its hits (which are in text order).
    pub fn new(sentences: usize, hits: &[Vec<Hit>]) -> Usage {
        let matched = hits
            .iter()
            .map(|hits| {
                let mut last = None;
                hits.iter()
                    .filter(|hit| last.replace(hit.sentence) != Some(hit.sentence))
                    .count()
            })
            .collect();
        Usage { sentences, matched }
    }
}

/// All hits of each pattern (indexed like `CompiledClaims::patterns`), in text order.
pub fn scan(compiled: &CompiledClaims, doc: &NormalizedDocument) -> Vec<Vec<Hit>> {
    compiled
        .patterns
        .iter()
        .map(|pattern| find_all(pattern, doc))
        .collect()
}

fn find_all(pattern: &Pattern, doc: &NormalizedDocument) -> Vec<Hit> {
    let text = doc.text.as_str();
    let regex = &pattern.regex;
    let mut hits = Vec::new();
    let mut position = 0;
    let mut limit = text.len();
    while position <= limit {
        let Some(captures) = regex.captures_at(&text[..limit], position) else {
            if limit == text.len() {
                break;
            }
            // The sentence that bounded the search is done; carry on with the rest.
            position = limit + 1;
            limit = text.len();
            continue;
        };
        let Some(whole) = captures.get(0) else { break };
        let range = whole.range();
        if let Some(newline) = text[range.clone()].find('\n') {
            // A pattern such as `\s` or `[^x]` ran across a sentence boundary; search again
            // inside the sentence where the match started.
            limit = range.start + newline;
            continue;
        }
        let numbers: Vec<Range<usize>> = (0..pattern.numbers)
            .filter_map(|i| {
                captures
                    .name(&format!("n{i}"))
                    .map(|m| whole_number(text, m.range(), range.start))
            })
            .collect();
        if range.is_empty()
            || !whole_words(text, &range)
            || numbers.iter().any(|n| inside_token(text, n))
        {
            position = next_char(text, range.start);
            continue;
        }
        hits.push(Hit {
            sentence: doc.sentence_at(range.start),
            range: range.clone(),
            numbers,
        });
        position = range.end;
    }
    hits
}

fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The regex checks word edges with ASCII rules (fast); this applies the Unicode ones, so
/// `Kim` does not match inside `Kimé` and `aid` not inside `saïd`.
fn whole_words(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let first = text[range.clone()].chars().next();
    let last = text[range.clone()].chars().next_back();
    let after = text[range.end..].chars().next();
    let joined = |a: Option<char>, b: Option<char>| matches!((a, b), (Some(a), Some(b)) if is_word(a) && is_word(b));
    !joined(before, first) && !joined(last, after)
}

/// A greedy gap such as `.{0,20}` before `{n}` can leave the head of a number outside the
/// capture (`2.` + `5 percent`); the number is the whole figure, so the capture grows back
/// over those digits, as long as they are inside the match.
fn whole_number(text: &str, number: Range<usize>, match_start: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let glued = |at: usize| {
        at >= 2 && matches!(bytes[at - 1], b'.' | b',') && bytes[at - 2].is_ascii_digit()
    };
    let mut start = number.start;
    if !glued(start) {
        return number;
    }
    while start > 0 && (bytes[start - 1].is_ascii_digit() || glued(start)) {
        start -= 1;
    }
    let grown = start..number.end;
    if start >= match_start && crate::numbers::parse_quantity(&text[grown.clone()]).is_some() {
        grown
    } else {
        number
    }
}

/// A number glued to a token by a hyphen (`F-16`, `MiG-29`) is part of a name, not a
/// quantity; one after a digit and a comma (`2,5 million`) is the tail of another number.
fn inside_token(text: &str, number: &Range<usize>) -> bool {
    let mut before = text[..number.start].chars().rev();
    match (before.next(), before.next()) {
        (Some('-'), Some(c)) => c.is_alphabetic(),
        (Some(',' | '.'), Some(c)) => c.is_ascii_digit(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_counts_sentences_not_hits() {
        let hit = |sentence| Hit {
            sentence,
            range: 0..1,
            numbers: Vec::new(),
        };
        let usage = Usage::new(4, &[vec![hit(0), hit(0), hit(2)], vec![]]);
        assert_eq!(usage.matched, [2, 0]);
        assert_eq!(usage.sentences, 4);
    }

    #[test]
    fn unicode_word_edges_reject_glued_letters() {
        let text = "Kimé aid";
        assert!(!whole_words(text, &(0..3)));
        assert!(whole_words(text, &(6..9)));
    }

    #[test]
    fn a_number_cut_by_a_greedy_gap_grows_back() {
        let text = "inflation rose to 2.5 percent, 11,000 containers";
        let five = text.find("5 percent").unwrap_or(0);
        assert_eq!(&text[whole_number(text, five..five + 1, 0)], "2.5");
        assert_eq!(whole_number(text, five..five + 1, five), five..five + 1);
        let zeros = text.find("000 containers").unwrap_or(0);
        assert_eq!(&text[whole_number(text, zeros..zeros + 3, 0)], "11,000");
    }

    #[test]
    fn hyphenated_model_numbers_are_not_quantities() {
        let text = "F-16 jets, 1950-1953, 2,5 million";
        assert!(inside_token(text, &(2..4)));
        assert!(!inside_token(text, &(16..20)));
        assert!(inside_token(text, &(24..33)));
    }
}
