//! Near misses: the sentences of a document closest to a claim it omits, so an editor sees
//! what the patterns missed and can write the next one.
//!
//! This module owns the ranking: BM25 over the document's sentences, with a small English
//! stemmer and stop-word list of its own. The query is the claim's text plus the literal words
//! of its support patterns (`pattern::literal_words`). It does not decide verdicts and never
//! reads a file: it takes a document's text.

use crate::claims::Claim;
use crate::document::Text;
use crate::pattern::literal_words;
use crate::segment;
use std::collections::{HashMap, HashSet};

/// How many near misses `explain` shows for a document that omits a claim.
pub const SHOWN: usize = 3;

/// BM25's term-frequency saturation and length normalization, at their usual values.
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// One sentence close to a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct NearMiss {
    /// 1-based line and column (in characters) in the document where the sentence starts.
    pub line: usize,
    pub column: usize,
    pub score: f64,
    /// The sentence as written, white space runs made one space.
    pub sentence: String,
    /// The words of the sentence that are also in the query, as written, once each.
    pub shared: Vec<String>,
    /// A matcher that would match the sentence if its gaps ran further (`widened`), as
    /// `support[0]`.
    pub wider: Option<String>,
}

/// A support matcher as `widened_match` tries it: its label (`support[0]`), and each part's
/// own regex with its gaps widened (`pattern::widened_gaps`; `None` for a part without one).
pub struct WidenedMatcher {
    pub label: String,
    pub parts: Vec<(regex::Regex, Option<regex::Regex>)>,
}

/// The first of `matchers` that matches `sentence` only with its gaps widened: every part
/// matches, and a part with a gap matches only widened.
pub fn widened_match(matchers: &[WidenedMatcher], sentence: &str) -> Option<String> {
    let normalized =
        crate::normalize::NormalizedDocument::new(sentence, &segment::segment(sentence)).text;
    let matches = |regex: &regex::Regex| regex.is_match(&normalized);
    matchers.iter().find_map(|matcher| {
        let widened = |w: &Option<regex::Regex>| w.as_ref().is_some_and(matches);
        let every_part = matcher
            .parts
            .iter()
            .all(|(own, wider)| matches(own) || widened(wider));
        let some_only_widened = matcher
            .parts
            .iter()
            .any(|(own, wider)| !matches(own) && widened(wider));
        (every_part && some_only_widened).then(|| matcher.label.clone())
    })
}

/// The stems to look for: the claim's words and the literal words of its support patterns
/// (its contradict patterns only when it has no support ones), without stop words.
pub fn query(claim: &Claim) -> Vec<String> {
    let matchers = if claim.support.is_empty() {
        &claim.contradict
    } else {
        &claim.support
    };
    let mut words: Vec<String> = words(&claim.claim).map(|(_, w)| w).collect();
    for part in matchers.iter().flat_map(|m| &m.parts) {
        words.extend(literal_words(&part.text));
    }
    let mut seen = HashSet::new();
    words
        .iter()
        .filter(|w| keep(w))
        .map(|w| stem(w))
        .filter(|s| seen.insert(s.clone()))
        .collect()
}

/// The `count` sentences of `text` that score best against `query` (stems), best first;
/// sentences that share no word with the query are never near misses, and a sentence
/// repeated word for word (a headline printed twice) is shown once.
pub fn rank(query: &[String], text: &Text, count: usize) -> Vec<NearMiss> {
    let sentences = segment::segment(&text.text);
    let bags: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| {
            words(&text.text[s.start..s.end])
                .filter(|(_, w)| keep(w))
                .map(|(_, w)| stem(&w))
                .collect()
        })
        .collect();
    let total = bags.len() as f64;
    let average = bags.iter().map(Vec::len).sum::<usize>() as f64 / total.max(1.0);
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for bag in &bags {
        let distinct: HashSet<&str> = bag.iter().map(String::as_str).collect();
        for stem in distinct {
            *frequency.entry(stem).or_default() += 1;
        }
    }
    let query: HashSet<&str> = query.iter().map(String::as_str).collect();
    let mut scored: Vec<(usize, f64)> = bags
        .iter()
        .enumerate()
        .map(|(i, bag)| {
            let length = bag.len() as f64;
            let score = query
                .iter()
                .map(|term| {
                    let tf = bag.iter().filter(|s| s == term).count() as f64;
                    if tf == 0.0 {
                        return 0.0;
                    }
                    let df = frequency.get(term).copied().unwrap_or(0) as f64;
                    let idf = (1.0 + (total - df + 0.5) / (df + 0.5)).ln();
                    idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length / average.max(1.0)))
                })
                .sum::<f64>();
            (i, score)
        })
        .filter(|(_, score)| *score > 0.0)
        .collect();
    // Best first; among equals, the earlier sentence, so the order never depends on hashing.
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut shown = HashSet::new();
    // One word shared, and a common one in this document ("million" in a report full of
    // figures), is no near miss: it is noise beside the claim.
    // Nor is a sentence that shares only dates ("2024", "March", "last"): readers of
    // trials 146 to 148 found ambulance stories offered as near misses of a profit claim
    // for its "2024".
    let dates: HashSet<String> = crate::engine::MONTHS
        .iter()
        .chain(&crate::engine::DAYS)
        .chain(DATE_WORDS)
        .map(|w| stem(&w.to_lowercase()))
        .collect();
    let shares_enough = |i: usize, score: f64| {
        let shared: HashSet<&str> = bags[i]
            .iter()
            .map(String::as_str)
            .filter(|stem| query.contains(stem))
            .collect();
        let of_substance = shared
            .iter()
            .any(|stem| !dates.contains(*stem) && !is_a_year(stem));
        of_substance && (score >= ONE_WORD_SCORE || shared.len() >= 2)
    };
    scored
        .into_iter()
        .filter(|&(i, score)| shares_enough(i, score))
        .filter(|(i, _)| shown.insert(&text.text[sentences[*i].start..sentences[*i].end]))
        .take(count)
        .map(|(i, score)| {
            let sentence = &text.text[sentences[i].start..sentences[i].end];
            let mut seen = HashSet::new();
            let shared = words(sentence)
                .filter(|(_, w)| keep(w))
                .filter(|(_, w)| {
                    let stem = stem(w);
                    query.contains(stem.as_str()) && seen.insert(stem)
                })
                .map(|(written, _)| written.to_string())
                .collect();
            let position = text.position(sentences[i].start);
            NearMiss {
                line: position.line,
                column: position.column,
                score,
                sentence: sentence.split_whitespace().collect::<Vec<_>>().join(" "),
                shared,
                wider: None,
            }
        })
        .collect()
}

/// Words of a date besides the months and days (`engine::MONTHS`, `engine::DAYS`),
/// which alone make no near miss.
const DATE_WORDS: &[&str] = &[
    "year", "month", "week", "day", "last", "next", "this", "since", "ago",
];

/// Whether `word` is a year ("2024") or a span of years ("2024-25").
fn is_a_year(word: &str) -> bool {
    crate::scan::is_year(word.split(['-', '/']).next().unwrap_or(word))
}

/// The least score of a near miss that shares one word with the claim: a word found in
/// one sentence of five scores about 1.4, one found in most of them under 0.6.
const ONE_WORD_SCORE: f64 = 1.0;

/// The words of `text`, each as written and lowercased. Apostrophes split words, so
/// "Putin's" gives "Putin" and a lone "s", which `keep` drops. A figure stays whole
/// ("£8.7m" gives "8.7m", "12,400" gives "12,400"), its thousands separators dropped from
/// the lowercased form, so "12,400" and "12400" meet.
fn words(text: &str) -> impl Iterator<Item = (&str, String)> {
    let bytes = text.as_bytes();
    // A point or comma between two digits is part of a figure; anything else that is not
    // alphanumeric ends a word.
    let inside_figure = |i: usize| {
        matches!(bytes[i], b'.' | b',')
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
    };
    let mut start = None;
    let mut spans = Vec::new();
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || inside_figure(i);
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push(&text[s..]);
    }
    spans
        .into_iter()
        .map(|w| (w, w.to_lowercase().replace(',', "")))
}

/// Whether a lowercased word carries meaning: not a stop word, not a single letter.
fn keep(word: &str) -> bool {
    word.chars().count() > 1 && !STOP_WORDS.contains(&word)
}

/// Words too common in English news to tell sentences apart.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "during", "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "if", "in",
    "into", "is", "it", "its", "more", "most", "no", "not", "of", "on", "one", "or", "other",
    "our", "out", "over", "said", "says", "she", "should", "so", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
    "under", "up", "was", "we", "were", "what", "when", "where", "which", "while", "who", "will",
    "with", "would", "you",
];

/// Suffixes stripped by `stem`, longest first, with what replaces them.
const SUFFIXES: &[(&str, &str)] = &[
    ("ations", "ate"),
    ("ation", "ate"),
    ("ments", ""),
    ("ment", ""),
    ("ness", ""),
    ("ances", ""),
    ("ance", ""),
    ("ences", ""),
    ("ence", ""),
    ("ings", ""),
    ("ing", ""),
    ("edly", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ed", ""),
    ("ly", ""),
    ("es", ""),
    ("s", ""),
];

/// A light English stemmer: strips one common suffix (keeping at least three letters), then
/// a final `e` and one of a doubled final consonant, and spells a final `y` as `i`. It is
/// cruder than Porter's, but all near misses need is that "visit", "visits", "visited" and
/// "visiting", or "treaty" and "treaties", or "agree" and "agreement", meet.
pub fn stem(word: &str) -> String {
    let mut stem = word.to_lowercase();
    if stem.chars().count() <= 3 || !stem.chars().all(char::is_alphabetic) {
        return stem;
    }
    // "agreed" and "agrees" lose an `e` with their suffix; "agree" must lose its own to meet
    // them, but they must not lose another.
    let mut e_gone = false;
    for (suffix, replacement) in SUFFIXES {
        // "ss" is not a plural: "class", "press".
        if *suffix == "s" && stem.ends_with("ss") {
            continue;
        }
        if let Some(base) = stem.strip_suffix(suffix) {
            if base.chars().count() + replacement.len() >= 3 {
                stem = format!("{base}{replacement}");
                e_gone = suffix.starts_with('e');
                break;
            }
        }
    }
    if !e_gone && stem.chars().count() > 3 && stem.ends_with('e') {
        stem.pop();
    }
    let bytes = stem.as_bytes();
    let n = bytes.len();
    if n > 3 && bytes[n - 1] == bytes[n - 2] && !b"aeiouls".contains(&bytes[n - 1]) {
        stem.pop();
    }
    if let Some(base) = stem.strip_suffix('y') {
        stem = format!("{base}i");
    }
    stem
}

/// The near misses of `claim` in a document: `rank` with the claim's `query`.
pub fn near_misses(claim: &Claim, text: &Text) -> Vec<NearMiss> {
    rank(&query(claim), text, SHOWN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_one_word() {
        let found: Vec<(&str, String)> =
            words("Kestmoor lost £8.7m; 12,400 pupils, 3. Then").collect();
        let written: Vec<&str> = found.iter().map(|(w, _)| *w).collect();
        assert_eq!(
            written,
            ["Kestmoor", "lost", "8.7m", "12,400", "pupils", "3", "Then"]
        );
        // Its thousands separators are dropped, so "12,400" meets "12400".
        assert_eq!(found[3].1, "12400");
    }

    #[test]
    fn a_matcher_that_matches_only_with_wider_gaps_is_named() {
        let (Some(short), Some(name)) = (
            crate::pattern::widened_gaps("turnout\\b.{0,10}\\b71"),
            crate::pattern::widened_gaps("Valdmark"),
        ) else {
            panic!("patterns compile")
        };
        let matchers = vec![WidenedMatcher {
            label: "support[0]".to_string(),
            parts: vec![short, name],
        }];
        let sentence = "Turnout in Sunday's Valdmark election reached 71 per cent.";
        assert_eq!(
            widened_match(&matchers, sentence).as_deref(),
            Some("support[0]")
        );
        // A part that matches nowhere, widened or not, names no matcher.
        assert_eq!(
            widened_match(&matchers, "Turnout in Sunday's election reached 71."),
            None
        );
        // Nor does a sentence the matcher already matches.
        assert_eq!(
            widened_match(&matchers, "Turnout hit 71 in Valdmark."),
            None
        );
    }

    #[test]
    fn stems_meet_across_inflections() {
        let same = [
            &["visit", "visits", "visited", "visiting"][..],
            &["treaty", "treaties"],
            &["agree", "agreed", "agreement", "agreements"],
            &["assist", "assistance", "assisted"],
            &["plan", "planned", "planning"],
            &["defence", "defences"],
        ];
        for words in same {
            let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
            assert!(
                stems.iter().all(|s| *s == stems[0]),
                "{words:?} -> {stems:?}"
            );
        }
        assert_eq!(stem("class"), "class");
        assert_eq!(stem("2000"), "2000");
        assert_ne!(stem("visit"), stem("vision"));
    }

    /// Ranks `document` for `claim` (YAML of one claim) and returns the lines, best first.
    fn check(claim: &str, document: &str) -> Vec<usize> {
        let yaml = format!("claims:\n  - id: c\n{claim}");
        let (file, problems) = crate::claims::parse("claims.yaml", &yaml);
        let file = file.unwrap_or_else(|| panic!("{problems:#?}"));
        near_misses(&file.claims[0], &Text::plain(document))
            .iter()
            .map(|m| m.line)
            .collect()
    }

    const REPORT: &str = "Putin arrives in Pyongyang\n\n\
        Crowds lined the streets of the capital.\n\n\
        Putin last visited the country in 2000, when Kim Jong Il was in power.\n\n\
        The two leaders signed agreements on trade.\n\n\
        Kim thanked Putin for his support.\n";

    #[test]
    fn the_paraphrase_ranks_first() {
        let claim = "    claim: The trip was Putin's first visit to North Korea in 24 years.\n    support: ['first visit.{0,40} in {n} years']\n";
        // (Lines 1 and 9 share only "Putin", found in most of the report's sentences:
        // noise, not near misses.)
        assert_eq!(check(claim, REPORT), [5]);
    }

    #[test]
    fn pattern_words_count_as_well_as_the_claim() {
        let claim = "    claim: They made deals.\n    support: ['sign(ed)? (deals|agreements)']\n";
        assert_eq!(check(claim, REPORT), [7]);
    }

    #[test]
    fn a_sentence_that_shares_only_dates_is_no_near_miss() {
        let claim = "    claim: Voltane made a profit of £1.9bn in March 2024.\n    support: ['Voltane\\b.{0,20}\\bprofit']\n";
        let lines = check(
            claim,
            "Ambulances waited longer in March 2024.\nVoltane's profit was not given.",
        );
        assert_eq!(lines, [2]);
    }

    #[test]
    fn no_shared_word_no_near_miss() {
        let claim = "    claim: Sanctions were lifted.\n    support: ['sanctions lifted']\n";
        assert_eq!(check(claim, REPORT), Vec::<usize>::new());
    }

    #[test]
    fn near_misses_say_which_words_they_share() {
        let yaml = "claims:\n  - id: c\n    claim: Putin visited.\n    support: ['visit']\n";
        let (file, _) = crate::claims::parse("claims.yaml", yaml);
        let file = file.unwrap_or_else(|| panic!("no file"));
        let found = near_misses(&file.claims[0], &Text::plain(REPORT));
        assert_eq!(found[0].shared, ["Putin", "visited"]);
        assert_eq!(
            found[0].sentence,
            "Putin last visited the country in 2000, when Kim Jong Il was in power."
        );
    }
}
