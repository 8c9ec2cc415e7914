//! Which patterns can match in which sentences of a document, found with one Aho-Corasick
//! pass over literals that every match of a pattern must contain.
//!
//! This module owns literal extraction and the candidate search. It never decides what
//! matches (`scan` runs the real regexes, only where this module says a match can be): a
//! candidate may turn out to hold no match, but a sentence that is not a candidate for a
//! pattern never holds a match of it.
//!
//! A pattern such as `{russia}\b.{0,20}\bshipped\b.{0,60}\bjets` has several *factors*,
//! parts that every match goes through (`Russia|Moscow|Kremlin`, `shipped`, `jets`), each
//! with its own small set of literals. A match never leaves its sentence, so a sentence
//! holds a match only if it holds a literal of every factor.
//!
//! **Soundness.** Literals are extracted from each pattern parsed case-sensitively,
//! lower-cased, and searched ASCII-case-insensitively; a literal with non-ASCII letters is
//! spelt in each case `(?i)` gives them (its simple case foldings, as regex-syntax folds),
//! or, past 16 spellings, reduced to its longest ASCII run. The regexes run with `(?i)`,
//! under which an ASCII character also matches the Kelvin sign (U+212A, like `k`) and the
//! long s (U+017F, like `s`); neither survives NFKC, which the normalized text has been
//! through, so an ASCII-case-insensitive search finds every place where a `(?i)` match of
//! a literal can be. A pattern without a usable factor (one that can start with `.` or
//! `\w` and has no literal after) is a candidate everywhere, and so is a pattern with `$`
//! or `\z`, whose matches depend on where the searched text ends.

use crate::normalize::NormalizedDocument;
use crate::pattern::PatternId;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind, Look};
use std::collections::HashMap;
use std::ops::Range;

/// The literal searcher of a claims file, built once per run.
#[derive(Debug, Clone)]
pub struct Prefilter {
    searcher: Option<AhoCorasick>,
    /// For each literal of the searcher, the factors it belongs to (indexes of the distinct
    /// factors of all patterns, each a set of the searcher's literals: many patterns share
    /// one, such as `denied|rejected|dismissed` or a term's names).
    literal_factors: Vec<Vec<u32>>,
    /// For each factor, the patterns whose key it is (the factor of the pattern that the
    /// fewest patterns share), each with all its factors, without repeats: records `[id,
    /// n, factor × n]` one after another, so that the patterns of a key are one run of
    /// memory. A document's work follows the literals it holds, not the number of claims:
    /// a pattern is looked at only when its key occurs (a word such as `denied` occurs in
    /// most documents and is a factor of hundreds of patterns, but their key is rarer).
    /// A pattern that can never match (an empty factor) has no key.
    keyed: Vec<Vec<u32>>,
    /// Patterns that can match anywhere.
    everywhere: Vec<PatternId>,
}

/// Where one pattern can match in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidates {
    Everywhere,
    /// Sentence indexes, ascending, without repeats: this range of a list of sentence
    /// indexes kept beside (`CandidateList::sentences`), so that a document's candidates
    /// are two allocations however many patterns it holds (a list per pattern was a third
    /// of the allocations of a run with 1,000 claims).
    Sentences(Range<u32>),
}

/// Where patterns can match in one document (`Prefilter::candidates`), kept from one
/// document to the next so that its memory is reused.
#[derive(Debug, Default, Clone)]
pub struct CandidateList {
    /// Every pattern that can match (in no particular order), with where.
    pub entries: Vec<(PatternId, Candidates)>,
    /// The sentence indexes that `Candidates::Sentences` ranges index.
    sentences: Vec<u32>,
}

impl CandidateList {
    /// The sentences of `candidates`, one of `entries`'; `None` for `Everywhere`.
    pub fn sentences(&self, candidates: &Candidates) -> Option<&[u32]> {
        match candidates {
            Candidates::Everywhere => None,
            Candidates::Sentences(range) => {
                self.sentences.get(range.start as usize..range.end as usize)
            }
        }
    }

    fn clear(&mut self) {
        self.entries.clear();
        self.sentences.clear();
    }

    /// Adds pattern `id` as a candidate in the sentences whose bits `set` holds (64 to a
    /// word, in order), if any: a pattern is a candidate in few sentences.
    fn push_sentences(&mut self, id: PatternId, set: &[u64]) {
        if set.iter().all(|&word| word == 0) {
            return;
        }
        let start = self.sentences.len() as u32;
        for (w, &word) in set.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                self.sentences.push((w * 64) as u32 + bits.trailing_zeros());
                bits &= bits - 1;
            }
        }
        let end = self.sentences.len() as u32;
        self.entries.push((id, Candidates::Sentences(start..end)));
    }
}

/// A factor shorter than this matches too often to be worth searching for, unless it is
/// all a pattern has.
const SHORT: usize = 3;

/// At most this many factors per pattern: a sentence with the rarest few is rare enough.
const MAX_FACTORS: usize = 8;

/// The factors of `pattern` (an expanded pattern, before anchoring): sets of lower-cased
/// literals such that every match contains one literal of each set. `None` when nothing is
/// required (a match can be anywhere); an empty set means the pattern never matches.
pub fn required_factors(pattern: &str) -> Option<Factors> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()?;
    factors_of(&hir)
}

/// Sets of literals such that every match contains one literal of each set.
pub type Factors = Vec<Vec<String>>;

/// `required_factors` of a pattern already parsed (case-sensitively, as `regex_syntax::Parser`
/// does by default).
pub fn factors_of(hir: &Hir) -> Option<Factors> {
    // `$` and `\z` hold at the end of the text searched, so a search of a run of sentences
    // could find what a search of the whole document does not: such patterns run everywhere.
    if hir.properties().look_set().contains(Look::End) {
        return None;
    }
    let mut factors = Vec::new();
    collect_factors(hir, &mut factors);
    if factors.iter().any(Vec::is_empty) {
        return Some(vec![Vec::new()]);
    }
    let shortest = |f: &Vec<String>| f.iter().map(String::len).min().unwrap_or(0);
    // Longest shortest literal first: the most selective factors are kept.
    factors.sort_by_key(|f| std::cmp::Reverse(shortest(f)));
    factors.dedup();
    let strong = factors.iter().filter(|f| shortest(f) >= SHORT).count();
    factors.truncate(strong.clamp(1, MAX_FACTORS));
    (!factors.is_empty()).then_some(factors)
}

/// Pushes a factor for each part that every match of `hir` goes through.
fn collect_factors(hir: &Hir, out: &mut Vec<Vec<String>>) {
    match hir.kind() {
        HirKind::Concat(parts) => {
            for part in parts {
                collect_factors(part, out);
            }
        }
        HirKind::Capture(capture) => collect_factors(&capture.sub, out),
        HirKind::Repetition(repetition) if repetition.min >= 1 => {
            collect_factors(&repetition.sub, out)
        }
        HirKind::Empty | HirKind::Look(_) | HirKind::Repetition(_) => {}
        HirKind::Literal(_) | HirKind::Class(_) | HirKind::Alternation(_) => {
            if let Some(factor) = literals(hir) {
                out.push(factor);
            }
        }
    }
}

/// The literals that every match of `hir` starts with, lower-cased, each in every case of
/// its non-ASCII letters (`spellings`) or else cut to its longest ASCII run; `None` if there
/// are none to search for.
fn literals(hir: &Hir) -> Option<Vec<String>> {
    // Small limits: a factor with more than a few dozen literals is not selective anyway,
    // and extraction over large alternations (such as `{n}`) costs more than it saves.
    let seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_total(64)
        .extract(hir);
    let mut literals: Vec<String> = Vec::new();
    for literal in seq.literals()? {
        let bytes = literal.as_bytes();
        // A name with accents is searched for as `(?i)` may write it (`łódź`, `Łódź`, …
        // for `Łódź`). Else a match holding the literal holds each of its pieces, so the
        // longest ASCII run stands for it: `rkiye` for `Türkiye`. (That run alone was `d`
        // for `Łódź`: a third of all the literals found in generated news.)
        let forms = match spellings(bytes) {
            Some(forms) => forms,
            None => {
                let ascii = bytes
                    .split(|b| !b.is_ascii())
                    .max_by_key(|run| run.len())
                    .unwrap_or_default();
                vec![String::from_utf8_lossy(ascii).to_ascii_lowercase()]
            }
        };
        for text in forms {
            if text.is_empty() {
                return None;
            }
            if !literals.contains(&text) {
                literals.push(text);
            }
        }
    }
    literals.sort();
    Some(literals)
}

/// At most this many spellings of one literal.
const MAX_SPELLINGS: usize = 16;

/// Every way `(?i)` lets `literal` (a literal of the pattern parsed case-sensitively, cut
/// to whole characters) be written in normalized text, ASCII lower-cased (the searcher
/// ignores ASCII case): each non-ASCII character as any of its simple case foldings, each
/// ASCII one as itself (after NFKC, only ASCII letters fold to ASCII letters: see
/// `after_nfkc_only_ascii_letters_fold_to_ascii_letters`). `None` for a literal of ASCII
/// only, or one with more than `MAX_SPELLINGS` spellings.
fn spellings(literal: &[u8]) -> Option<Vec<String>> {
    use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
    if literal.is_ascii() {
        return None;
    }
    // (A prefix cut short may end inside a character: its whole characters are a prefix too.)
    let text = match std::str::from_utf8(literal) {
        Ok(text) => text,
        Err(error) => std::str::from_utf8(&literal[..error.valid_up_to()]).ok()?,
    };
    let mut spelled = vec![String::new()];
    for c in text.chars() {
        let forms: Vec<char> = if c.is_ascii() {
            vec![c]
        } else {
            let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
            class.case_fold_simple();
            class.iter().flat_map(|r| r.start()..=r.end()).collect()
        };
        if spelled.len() * forms.len() > MAX_SPELLINGS {
            return None;
        }
        spelled = spelled
            .iter()
            .flat_map(|s| {
                forms.iter().map(move |&f| {
                    let mut s = s.clone();
                    s.push(f);
                    s
                })
            })
            .collect();
    }
    for s in &mut spelled {
        s.make_ascii_lowercase();
    }
    spelled.sort();
    spelled.dedup();
    Some(spelled)
}

/// Where a pattern's matches can start: every match begins with one of a few ASCII
/// literals (ASCII-case-insensitively), so the scanner tries the regex only there, anchored,
/// instead of at every position of a candidate sentence (where the backtracker pays for each
/// position it starts from).
///
/// **Soundness** is the prefilter's: literals are a prefix extraction of the pattern parsed
/// case-sensitively, cut to their ASCII beginning and lower-cased, and the normalized text
/// holds no character that `(?i)` folds to an ASCII letter but ASCII ones.
#[derive(Debug, Clone)]
pub struct Starts {
    /// Whether a byte can begin one of `literals`, in either case.
    first: [bool; 256],
    /// Lower-cased, distinct.
    literals: Vec<Box<[u8]>>,
}

impl Starts {
    /// The literals every match of `hir` starts with, or `None` when there is no such short
    /// list (a match can start with any digit or letter, or with a non-ASCII character), or
    /// when the pattern looks at the end of the text, whose matches `scan` handles apart.
    pub fn of(hir: &Hir) -> Option<Starts> {
        if hir.properties().look_set().contains(Look::End) {
            return None;
        }
        let seq = Extractor::new()
            .kind(ExtractKind::Prefix)
            .limit_total(64)
            .extract(hir);
        let mut literals: Vec<Box<[u8]>> = Vec::new();
        for literal in seq.literals()? {
            // A match that starts with the literal starts with its ASCII beginning.
            let ascii: Box<[u8]> = literal
                .as_bytes()
                .iter()
                .take_while(|b| b.is_ascii())
                .map(u8::to_ascii_lowercase)
                .collect();
            if ascii.is_empty() {
                return None;
            }
            if !literals.contains(&ascii) {
                literals.push(ascii);
            }
        }
        if literals.is_empty() {
            return None;
        }
        let mut first = [false; 256];
        for literal in &literals {
            first[usize::from(literal[0])] = true;
            first[usize::from(literal[0].to_ascii_uppercase())] = true;
        }
        Some(Starts { first, literals })
    }

    /// The first position in `from..to` of `text` where one of the literals starts and
    /// ends by `to`.
    pub fn next(&self, text: &[u8], from: usize, to: usize) -> Option<usize> {
        let to = to.min(text.len());
        (from..to).find(|&at| {
            self.first[usize::from(text[at])]
                && self.literals.iter().any(|literal| {
                    text.get(at..at + literal.len()).is_some_and(|there| {
                        at + literal.len() <= to && there.eq_ignore_ascii_case(literal)
                    })
                })
        })
    }
}

impl Prefilter {
    /// Builds the searcher from each pattern's factors (indexed by `PatternId`; `None`: the
    /// pattern can match anywhere).
    pub fn new(patterns: Vec<Option<Factors>>) -> Prefilter {
        let mut literal_ids: HashMap<String, usize> = HashMap::new();
        let mut literals: Vec<String> = Vec::new();
        let mut by_id = |literal: String| {
            *literal_ids.entry(literal.clone()).or_insert_with(|| {
                literals.push(literal);
                literals.len() - 1
            })
        };
        let patterns: Vec<Option<Vec<Vec<usize>>>> = patterns
            .into_iter()
            .map(|factors| {
                factors.map(|factors| {
                    factors
                        .into_iter()
                        .map(|factor| factor.into_iter().map(&mut by_id).collect())
                        .collect()
                })
            })
            .collect();
        let searcher = (!literals.is_empty())
            .then(|| {
                // A DFA searches about a tenth faster than the default NFA here, and the few
                // thousand short literals of even 1,000 claims build one in milliseconds;
                // past that, let the crate choose.
                let kind = (literals.len() <= 20_000).then_some(AhoCorasickKind::DFA);
                let build = |kind| {
                    AhoCorasick::builder()
                        .ascii_case_insensitive(true)
                        .match_kind(MatchKind::Standard)
                        .kind(kind)
                        .build(&literals)
                };
                build(kind).or_else(|_| build(None)).ok()
            })
            .flatten();
        // Without a searcher every pattern must run everywhere.
        let patterns: Vec<Option<Vec<Vec<usize>>>> = match searcher {
            Some(_) => patterns,
            None => patterns.into_iter().map(|_| None).collect(),
        };
        let mut factor_ids: HashMap<Vec<usize>, u32> = HashMap::new();
        let mut factors: Vec<Vec<usize>> = Vec::new();
        let mut everywhere = Vec::new();
        let patterns = patterns
            .into_iter()
            .enumerate()
            .map(|(id, pattern)| {
                let Some(pattern) = pattern else {
                    everywhere.push(id);
                    return None;
                };
                // An empty factor: the pattern never matches (an empty list says so).
                if pattern.iter().any(Vec::is_empty) {
                    return Some(Vec::new());
                }
                let mut ids: Vec<u32> = pattern
                    .into_iter()
                    .map(|factor| {
                        *factor_ids.entry(factor.clone()).or_insert_with(|| {
                            factors.push(factor);
                            (factors.len() - 1) as u32
                        })
                    })
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                Some(ids)
            })
            .collect::<Vec<Option<Vec<u32>>>>();
        let literals = searcher.as_ref().map_or(0, AhoCorasick::patterns_len);
        let mut literal_factors: Vec<Vec<u32>> = vec![Vec::new(); literals];
        for (f, factor) in factors.iter().enumerate() {
            for &literal in factor {
                literal_factors[literal].push(f as u32);
            }
        }
        let mut sharing = vec![0usize; factors.len()];
        for &f in patterns.iter().flatten().flatten() {
            sharing[f as usize] += 1;
        }
        let mut keyed: Vec<Vec<u32>> = vec![Vec::new(); factors.len()];
        for (id, pattern) in patterns.iter().enumerate() {
            let Some(pattern) = pattern else {
                continue;
            };
            let key = pattern.iter().min_by_key(|&&f| (sharing[f as usize], f));
            if let Some(&key) = key {
                let record = &mut keyed[key as usize];
                record.extend([id as u32, pattern.len() as u32]);
                record.extend(pattern);
            }
        }
        Prefilter {
            searcher,
            everywhere,
            literal_factors,
            keyed,
        }
    }

    /// The patterns keyed by `factor`, each with its factors.
    fn keyed(&self, factor: u32) -> impl Iterator<Item = (PatternId, &[u32])> + '_ {
        let mut rest = self.keyed[factor as usize].as_slice();
        std::iter::from_fn(move || {
            let (&id, tail) = rest.split_first()?;
            let (&n, tail) = tail.split_first()?;
            let (factors, tail) = tail.split_at_checked(n as usize)?;
            rest = tail;
            Some((id as PatternId, factors))
        })
    }

    /// Where patterns can match in `doc`, into `out` (emptied first): every pattern that
    /// can, with where; the others cannot match in it at all. `scratch` is working memory
    /// kept from one document to the next (its tables have an entry per literal and per
    /// factor of the claims file).
    pub fn candidates(
        &self,
        doc: &NormalizedDocument,
        scratch: &mut Scratch,
        out: &mut CandidateList,
    ) {
        // For each literal that occurs, the set of sentences it occurs in, as a bit set of
        // `words` words in `masks` (at `slot[literal]`).
        let words = doc.sentences.len().div_ceil(64).max(1);
        out.clear();
        out.entries.extend(
            self.everywhere
                .iter()
                .map(|&id| (id, Candidates::Everywhere)),
        );
        let Some(searcher) = &self.searcher else {
            return;
        };
        scratch.prepare(searcher.patterns_len(), self.keyed.len());
        let Scratch {
            slot,
            masks,
            seen,
            factor_slot,
            present,
            factor_masks,
            kept,
        } = scratch;
        let mut sentence = 0;
        for hit in searcher.find_overlapping_iter(doc.text.as_str()) {
            // Matches come in order of their end, so starts move forward almost always,
            // into the same sentence or one of the next few: those are stepped through, and
            // the sentence index is looked up again only when a start moves back or far.
            let start = hit.start();
            let mut steps = 0;
            while steps < 4
                && sentence + 1 < doc.sentences.len()
                && start > doc.sentences[sentence].range.end
            {
                sentence += 1;
                steps += 1;
            }
            if sentence >= doc.sentences.len()
                || start < doc.sentences[sentence].range.start
                || start > doc.sentences[sentence].range.end
            {
                sentence = doc.sentence_at(start);
            }
            let literal = hit.pattern().as_usize();
            if slot[literal] == u32::MAX {
                slot[literal] = seen.len() as u32;
                seen.push(literal);
                masks.resize(masks.len() + words, 0);
            }
            masks[slot[literal] as usize * words + sentence / 64] |= 1 << (sentence % 64);
        }
        // Each factor that occurs, with its sentences: the union of its literals'.
        for (at, &literal) in seen.iter().enumerate() {
            let at = at * words;
            for &f in &self.literal_factors[literal] {
                if factor_slot[f as usize] == u32::MAX {
                    factor_slot[f as usize] = present.len() as u32;
                    present.push(f);
                    factor_masks.resize(factor_masks.len() + words, 0);
                }
                let union = factor_slot[f as usize] as usize * words;
                for (u, b) in factor_masks[union..union + words]
                    .iter_mut()
                    .zip(&masks[at..at + words])
                {
                    *u |= b;
                }
            }
        }
        // The patterns all of whose factors occur, among those whose key does; a sentence
        // is a candidate when it holds a literal of every factor of the pattern.
        kept.resize(words, 0);
        for &key in present.iter() {
            // A document of at most 64 sentences (most) has a one-word set: the factors'
            // sets are ANDed as they are looked up, in a register (this loop was a tenth
            // of the scan, most of it the slices of the general case).
            if words == 1 {
                'patterns: for (id, factors) in self.keyed(key) {
                    let mut sentences = u64::MAX;
                    for &f in factors {
                        let slot = factor_slot[f as usize];
                        if slot == u32::MAX {
                            continue 'patterns;
                        }
                        sentences &= factor_masks[slot as usize];
                    }
                    out.push_sentences(id, &[sentences]);
                }
                continue;
            }
            for (id, factors) in self.keyed(key) {
                if factors.iter().any(|&f| factor_slot[f as usize] == u32::MAX) {
                    continue;
                }
                kept.fill(u64::MAX);
                for &f in factors {
                    let union = factor_slot[f as usize] as usize * words;
                    for (k, u) in kept.iter_mut().zip(&factor_masks[union..union + words]) {
                        *k &= u;
                    }
                }
                out.push_sentences(id, kept);
            }
        }
        scratch.reset();
    }
}

/// The working memory of `Prefilter::candidates`: tables by literal and by factor that
/// hold no entry between documents, and lists emptied after each.
#[derive(Debug, Default)]
pub struct Scratch {
    /// For each literal, its place in `seen` (`u32::MAX`: not in this document).
    slot: Vec<u32>,
    /// Each literal found's sentences, a bit set of as many words as the document needs.
    masks: Vec<u64>,
    /// The literals found, in the order of their slots.
    seen: Vec<usize>,
    /// For each factor, its place in `present` (`u32::MAX`: not in this document).
    factor_slot: Vec<u32>,
    /// The factors that occur, and their sentences: the union of their literals'.
    present: Vec<u32>,
    factor_masks: Vec<u64>,
    /// The sentences of the pattern at hand.
    kept: Vec<u64>,
}

impl Scratch {
    fn prepare(&mut self, literals: usize, factors: usize) {
        self.slot.resize(literals, u32::MAX);
        self.factor_slot.resize(factors, u32::MAX);
    }

    fn reset(&mut self) {
        for &literal in &self.seen {
            self.slot[literal] = u32::MAX;
        }
        for &factor in &self.present {
            self.factor_slot[factor as usize] = u32::MAX;
        }
        self.seen.clear();
        self.present.clear();
        self.masks.clear();
        self.factor_masks.clear();
        self.kept.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn factors(pattern: &str) -> Option<Vec<Vec<&'static str>>> {
        required_factors(pattern).map(|factors| {
            factors
                .into_iter()
                .map(|f| f.into_iter().map(|l| &*l.leak()).collect())
                .collect()
        })
    }

    fn starts(pattern: &str) -> Option<Starts> {
        let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
        Starts::of(&hir)
    }

    fn start_literals(pattern: &str) -> Option<Vec<String>> {
        starts(pattern).map(|starts| {
            let mut literals: Vec<String> = starts
                .literals
                .iter()
                .map(|l| String::from_utf8_lossy(l).into_owned())
                .collect();
            literals.sort();
            literals
        })
    }

    /// The candidates of a document of a few sentences (one word of sentence bits) and of
    /// one of 130 (three words) are the sentences that hold a literal of every factor.
    #[test]
    fn a_pattern_is_a_candidate_in_the_sentences_that_hold_all_its_factors() {
        let patterns = [
            r"(?:Russia|Moscow)\b.{0,20}\bshipped",
            r"\bÅsa Lind",
            r"\bnever written\b",
        ];
        let prefilter = Prefilter::new(patterns.iter().map(|p| required_factors(p)).collect());
        let wanted = |sentence: &str| {
            let lower = sentence.to_ascii_lowercase();
            let ship =
                (lower.contains("russia") || lower.contains("moscow")) && lower.contains("shipped");
            [
                ship,
                sentence.contains("Åsa Lind") || sentence.contains("ÅSA LIND"),
                false,
            ]
        };
        let filler = ["Talks went on.", "Moscow said little."];
        let hits = [
            "MOSCOW shipped shells.",
            "Åsa Lind spoke.",
            "Russia never shipped them.",
        ];
        for length in [3, 64, 65, 130] {
            let sentences: Vec<&str> = (0..length)
                .map(|i| match i % 7 {
                    0 | 3 | 5 => hits[i % 3],
                    _ => filler[i % 2],
                })
                .chain(["ÅSA LIND left."])
                .collect();
            let text = sentences.join(" ");
            let doc = NormalizedDocument::new(&text, &crate::segment::segment(&text));
            assert_eq!(doc.sentences.len(), sentences.len());
            let (mut scratch, mut found) = (Scratch::default(), CandidateList::default());
            prefilter.candidates(&doc, &mut scratch, &mut found);
            for id in 0..patterns.len() {
                let expected: Vec<u32> = (0..sentences.len() as u32)
                    .filter(|&i| wanted(sentences[i as usize])[id])
                    .collect();
                let got = found
                    .entries
                    .iter()
                    .find(|(pattern, _)| *pattern == id)
                    .and_then(|(_, candidates)| found.sentences(candidates))
                    .unwrap_or_default();
                assert_eq!(got, expected, "pattern {id} in {length} sentences");
            }
        }
    }

    #[test]
    fn starts_are_the_ascii_beginnings_of_the_first_literals() {
        assert_eq!(
            start_literals(r"(?:Russia|Moscow|the Kremlin)\b.{0,60}\bsold"),
            Some(vec!["moscow".into(), "russia".into(), "the kremlin".into()])
        );
        // `Türkiye` begins with `T`, which is all a search for its start can use.
        assert_eq!(
            start_literals("(?:Türkiye|Ankara) said"),
            Some(vec!["ankara said".into(), "t".into()])
        );
        // Looks are empty: the literal after them still begins every match.
        assert_eq!(start_literals(r"\bsigned"), Some(vec!["signed".into()]));
    }

    #[test]
    fn a_pattern_that_can_start_anywhere_has_no_starts() {
        for pattern in [
            "Ürümqi",           // no ASCII beginning
            r".{0,5}pact",      // any character
            r"\w+ pact",        // any word character
            "(?:pact)?treaty|", // can match the empty string
            "pact$",            // its matches depend on where the text ends
        ] {
            assert!(starts(pattern).is_none(), "{pattern}");
        }
    }

    #[test]
    fn next_start_is_found_in_either_case_and_within_bounds() {
        let Some(starts) = starts("(?:Kim|Putin) met") else {
            panic!("no starts");
        };
        // The literals run on past the alternation: `kim met`, `putin met`.
        let text = b"Then KIM met putin met Kim";
        assert_eq!(starts.next(text, 0, text.len()), Some(5));
        assert_eq!(starts.next(text, 6, text.len()), Some(13));
        assert_eq!(starts.next(text, 14, text.len()), None);
        // `KIM met` ends at 12: not within 0..11.
        assert_eq!(starts.next(text, 0, 11), None);
        assert_eq!(starts.next(text, 0, 12), Some(5));
    }

    #[test]
    fn alternations_give_each_alternative() {
        assert_eq!(
            factors("(?:Putin|Kremlin) visit"),
            Some(vec![vec![" visit"], vec!["kremlin", "putin"]])
        );
    }

    #[test]
    fn every_part_a_match_goes_through_is_a_factor() {
        assert_eq!(
            factors(r"(?:Russia|Moscow)\b.{0,20}\b(?:ship|shipped)\b.{0,60}\bfighter jets"),
            Some(vec![
                vec!["fighter jets"],
                vec!["moscow", "russia"],
                vec!["ship", "shipped"]
            ])
        );
    }

    #[test]
    fn a_pattern_that_can_be_anywhere_has_none() {
        assert_eq!(factors(r".{0,60}"), None);
        assert_eq!(factors(r"\w+(?:a|b)?"), None);
        assert_eq!(factors(r"\w+ (?:a|b)?"), Some(vec![vec![" "]]));
        assert_eq!(factors(r".{0,60}\bvisit"), Some(vec![vec!["visit"]]));
    }

    #[test]
    fn a_literal_with_accents_is_searched_for_in_each_case_of_its_letters() {
        assert_eq!(factors("Gdańsk"), Some(vec![vec!["gdaŃsk", "gdańsk"]]));
        assert_eq!(
            factors("Łódź"),
            Some(vec![vec![
                "ŁÓdŹ", "ŁÓdź", "ŁódŹ", "Łódź", "łÓdŹ", "łÓdź", "łódŹ", "łódź"
            ]])
        );
        // (`Å` folds to `å` and to the angstrom sign, U+212B, too: three forms times two.)
        let both = factors("ÅÖ")
            .into_iter()
            .flatten()
            .flatten()
            .collect::<Vec<_>>();
        assert_eq!(both.len(), 6);
        assert!(both.contains(&"åö") && both.contains(&"\u{212B}Ö"));
        // Every spelling is one the case-insensitive pattern matches, and every text the
        // pattern matches holds one.
        let Ok(pattern) = regex::Regex::new("(?i)Łódź") else {
            panic!("the regex compiles")
        };
        let spelled = factors("Łódź")
            .into_iter()
            .flatten()
            .flatten()
            .collect::<Vec<_>>();
        for text in ["ŁÓDŹ", "łódź", "Łódź", "ŁóDź"] {
            assert!(pattern.is_match(text));
            assert!(
                spelled.contains(&text.to_ascii_lowercase().as_str()),
                "{text}"
            );
        }
        for literal in &spelled {
            assert!(pattern.is_match(literal), "{literal}");
        }
    }

    #[test]
    fn a_literal_with_too_many_spellings_keeps_its_longest_ascii_run() {
        // Five letters with two cases each: 32 spellings.
        assert_eq!(factors("Türkiye ÅÖÄÉÈ"), Some(vec![vec!["rkiye "]]));
        assert_eq!(factors("ÅÖÄÉÈ"), None);
    }

    #[test]
    fn short_factors_are_dropped_when_a_long_one_is_there() {
        assert_eq!(
            factors("[0-9]+ containers"),
            Some(vec![vec![" containers"]])
        );
        assert_eq!(factors("[0-9]+ %"), Some(vec![vec![" %"]]));
    }

    /// The soundness argument in the module doc: after NFKC, the only characters that match
    /// an ASCII letter under `(?i)` are ASCII letters.
    #[test]
    fn after_nfkc_only_ascii_letters_fold_to_ascii_letters() {
        use unicode_normalization::UnicodeNormalization;
        let Ok(letter) = regex::Regex::new("(?i)^[a-z]$") else {
            panic!("the regex compiles")
        };
        let mut buffer = [0u8; 4];
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            let stable = std::iter::once(c).nfkc().eq(std::iter::once(c));
            if stable && letter.is_match(c.encode_utf8(&mut buffer)) {
                panic!("{c:?} (U+{:04X}) folds to an ASCII letter", c as u32);
            }
        }
    }
}
