//! Running one compiled pattern over normalized text: the engine that suits the haystack,
//! and one search cache that every pattern shares.
//!
//! The prefilter leaves each pattern only its candidate sentences, so almost every search is
//! over a haystack of a few hundred bytes. There regex-automata's bounded backtracker is the
//! fastest engine that reports captures, and the PikeVM takes the rare longer haystack (a
//! pattern that can match anywhere runs on the whole document). An anchored search first
//! runs on `gaps::GapMatcher`, which skips the places of a gap where the rest cannot begin.
//! Neither the lazy DFA nor a literal prefilter is built; `Regex::new` says why.
//!
//! This module owns how patterns are searched, not what they mean (`pattern`) nor where
//! they run (`scan`).

use crate::gaps::{GapMatcher, GapStack};
use regex_automata::nfa::thompson;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::util::captures::Captures;
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, Match, PatternID};

/// A pattern's automaton is refused above this size (16 MB): far more than any analyst's
/// pattern needs, small enough that a slip such as `x{1000}{1000}` is an error, not a stall.
const NFA_SIZE_LIMIT: usize = 1 << 24;

/// A compiled pattern: one NFA and the two engines that search it.
#[derive(Debug)]
pub struct Regex {
    backtrack: BoundedBacktracker,
    pikevm: PikeVM,
    /// For the anchored searches of a pattern of literals and gaps (most of them).
    gaps: Option<GapMatcher>,
}

impl Regex {
    /// Compiles `pattern` (already checked by `regex_syntax`, so the only likely error is
    /// size) into an NFA with UTF-8 matches.
    ///
    /// What is left out, on purpose:
    /// - the lazy DFA: an analyst's gap such as `.{0,60}` over Unicode text makes it build
    ///   new states for nearly every sentence it runs on (on 5,000 generated documents with
    ///   1,000 claims: 4.5 s and 1.5 GB with it, 2.6 s and 0.3 GB without);
    /// - a literal prefilter: `prefilter` has already narrowed each pattern to the sentences
    ///   holding its literals, and a searcher of the regex's own cost 8 to 23 KB a pattern
    ///   (13 MB with 1,000 claims) for no measurable speed;
    /// - a cache per pattern: see `SearchCache`.
    pub fn new(pattern: &str) -> Result<Regex, String> {
        // Parsed once, for the NFA and for the gap matcher.
        let hir = syntax::parse_with(pattern, &syntax::Config::new().utf8(true))
            .map_err(|error| error.to_string())?;
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .utf8(true)
                    .nfa_size_limit(Some(NFA_SIZE_LIMIT)),
            )
            .build_from_hir(&hir)
            .map_err(|error| match error.size_limit() {
                Some(limit) => format!(
                    "the pattern is too large to compile (its automaton would pass {} MB)",
                    limit >> 20
                ),
                None => error.to_string(),
            })?;
        let message = |error: thompson::BuildError| error.to_string();
        Ok(Regex {
            backtrack: BoundedBacktracker::builder()
                .build_from_nfa(nfa.clone())
                .map_err(message)?,
            pikevm: PikeVM::builder().build_from_nfa(nfa).map_err(message)?,
            gaps: GapMatcher::new(&hir),
        })
    }

    /// The leftmost-first match within `input`'s span, as the `regex` crate would find it.
    ///
    /// The haystack must be text after NFKC (as `normalize` gives): an anchored search may
    /// run on `GapMatcher`, which assumes it.
    pub fn search<'a>(&'a self, cache: &mut SearchCache<'a>, input: &Input<'_>) -> Option<Match> {
        if let (Some(gaps), Anchored::Yes) = (&self.gaps, input.get_anchored()) {
            let span = input.get_span();
            if let Ok(end) = gaps.find_at(&mut cache.gaps, input.haystack(), span.start, span.end) {
                return end.map(|end| Match::new(PatternID::ZERO, span.start..end));
            }
        }
        if self.fits_backtracker(input) {
            let mut slots = [None, None];
            let searched =
                self.backtrack
                    .try_search_slots(cache.backtrack(self), input, &mut slots);
            if let Ok(found) = searched {
                return match (found, slots) {
                    (Some(pattern), [Some(start), Some(end)]) => {
                        Some(Match::new(pattern, start.get()..end.get()))
                    }
                    _ => None,
                };
            }
        }
        let mut slots = [None, None];
        let found = self
            .pikevm
            .search_slots(cache.pikevm(self), input, &mut slots);
        match (found, slots) {
            (Some(pattern), [Some(start), Some(end)]) => {
                Some(Match::new(pattern, start.get()..end.get()))
            }
            _ => None,
        }
    }

    /// Like `search`, with every capture group's span in `captures`.
    pub fn search_captures<'a>(
        &'a self,
        cache: &mut SearchCache<'a>,
        input: &Input<'_>,
        captures: &mut Captures,
    ) {
        // An anchored search runs on `GapMatcher`, which records the groups on the same
        // path the backtracker takes.
        if let (Some(gaps), Anchored::Yes) = (&self.gaps, input.get_anchored()) {
            let span = input.get_span();
            match gaps.find_at(&mut cache.gaps, input.haystack(), span.start, span.end) {
                Ok(None) => {
                    captures.set_pattern(None);
                    return;
                }
                Ok(Some(end)) => {
                    captures.set_pattern(Some(PatternID::ZERO));
                    // One pattern: group `g` is slots `2g` and `2g + 1`.
                    for (group, pair) in captures.slots_mut().chunks_mut(2).enumerate() {
                        let (start, end) = match group {
                            0 => (Some(span.start), Some(end)),
                            _ => cache.gaps.group(group).unzip(),
                        };
                        pair[0] = start.and_then(NonMaxUsize::new);
                        if let Some(slot) = pair.get_mut(1) {
                            *slot = end.and_then(NonMaxUsize::new);
                        }
                    }
                    return;
                }
                Err(()) => {}
            }
        }
        if self.fits_backtracker(input)
            && self
                .backtrack
                .try_search(cache.backtrack(self), input, captures)
                .is_ok()
        {
            return;
        }
        self.pikevm.search(cache.pikevm(self), input, captures);
    }

    /// Room for the spans of every capture group of the pattern.
    pub fn create_captures(&self) -> Captures {
        self.pikevm.create_captures()
    }

    /// Bytes the compiled pattern holds (the NFA both engines share).
    pub fn memory_usage(&self) -> usize {
        self.pikevm.get_nfa().memory_usage()
    }

    /// Whether the backtracker's visited set (256 KB: a bit per NFA state and haystack
    /// position) covers `input`.
    fn fits_backtracker(&self, input: &Input<'_>) -> bool {
        input.get_span().len() <= self.backtrack.max_haystack_len()
    }
}

/// The working memory of searches, shared by every pattern a document is searched with.
///
/// regex-automata's meta regex keeps a cache per pattern and per thread, sized to the
/// largest haystack it has seen, for the whole run: with 1,000 claims that was about 45 MB
/// of the run's peak. One cache, made ready for each pattern as the scanner moves on to it,
/// holds what the largest pattern needs and no more. Making the backtracker's part ready
/// is free (its visited set is cleared before each search anyway); the PikeVM's part is
/// resized, so it is made ready only when a pattern needs the PikeVM.
#[derive(Debug, Default)]
pub struct SearchCache<'a> {
    backtrack: Option<backtrack::Cache>,
    pikevm: Option<pikevm::Cache>,
    /// The pattern the PikeVM's cache was last made ready for (compared by address).
    pikevm_ready_for: Option<&'a Regex>,
    gaps: GapStack,
}

impl<'a> SearchCache<'a> {
    fn backtrack(&mut self, regex: &'a Regex) -> &mut backtrack::Cache {
        let cache = self
            .backtrack
            .get_or_insert_with(|| regex.backtrack.create_cache());
        cache.reset(&regex.backtrack);
        cache
    }

    fn pikevm(&mut self, regex: &'a Regex) -> &mut pikevm::Cache {
        if let (Some(cache), Some(last)) = (&mut self.pikevm, self.pikevm_ready_for) {
            if !std::ptr::eq(last, regex) {
                cache.reset(&regex.pikevm);
            }
        }
        self.pikevm_ready_for = Some(regex);
        self.pikevm
            .get_or_insert_with(|| regex.pikevm.create_cache())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regex(pattern: &str) -> Regex {
        match Regex::new(pattern) {
            Ok(regex) => regex,
            Err(error) => panic!("{pattern}: {error}"),
        }
    }

    /// What the `regex` crate finds: every search here must agree with it.
    fn expected(pattern: &str, haystack: &str, start: usize) -> Option<(usize, usize)> {
        let reference = regex::Regex::new(pattern).ok()?;
        reference
            .find_at(haystack, start)
            .map(|m| (m.start(), m.end()))
    }

    #[test]
    fn both_engines_find_what_the_regex_crate_finds() {
        let patterns = [
            r"(?i)\bkim\b.{0,20}?\bputin",
            r"(?i)(?:a|an|the) (?:pact|treaty)",
            r"\d+",
            r"",
            r"é+",
            r"(?i)sign(?:ed|s)?",
        ];
        let short = "Kim Jong Un met Vladimir Putin; the pact was signed. ééé 2024";
        // Long enough that the backtracker's visited set cannot hold it: the PikeVM runs.
        let long = short.repeat(200);
        for pattern in patterns {
            let compiled = regex(pattern);
            let mut cache = SearchCache::default();
            // Every start in the short haystack; a few in the long one, whose searches are long.
            for (haystack, step) in [(short, 1), (long.as_str(), 997)] {
                let starts = (0..haystack.len()).step_by(step);
                for start in starts.filter(|&i| haystack.is_char_boundary(i)) {
                    let input = Input::new(haystack).span(start..haystack.len());
                    let found = compiled
                        .search(&mut cache, &input)
                        .map(|m| (m.start(), m.end()));
                    assert_eq!(
                        found,
                        expected(pattern, haystack, start),
                        "{pattern:?} from {start} in a haystack of {}",
                        haystack.len()
                    );
                }
            }
        }
    }

    #[test]
    fn the_long_haystack_goes_to_the_pikevm() {
        let compiled = regex(r"(?i)\bputin\b");
        let long = "x ".repeat(1 << 20);
        assert!(!compiled.fits_backtracker(&Input::new(&long)));
        assert!(compiled.fits_backtracker(&Input::new("Putin")));
    }

    #[test]
    fn one_cache_serves_patterns_of_every_size_in_turn() {
        let small = regex(r"pact");
        let large = regex(r"(?i)\b(?P<n>\d+)\b.{0,60}?\bworkers");
        let haystack = "The pact sent 5,000 workers, then 300 workers more to the pact.";
        let long = haystack.repeat(3000);
        let reference = regex::Regex::new(r"(?i)\b(?P<n>\d+)\b.{0,60}?\bworkers").ok();
        let number_expected = reference
            .and_then(|r| r.captures(haystack))
            .and_then(|c| c.name("n"))
            .map(|m| m.range());
        assert_eq!(number_expected, Some(14..15));
        let mut cache = SearchCache::default();
        for round in 0..3 {
            for text in [haystack, long.as_str()] {
                let found = small.search(&mut cache, &Input::new(text));
                assert_eq!(found.map(|m| m.range()), Some(4..8), "round {round}");
                let mut captures = large.create_captures();
                large.search_captures(&mut cache, &Input::new(text), &mut captures);
                let number = captures.get_group_by_name("n").map(|m| m.range());
                assert_eq!(number, number_expected, "round {round}");
            }
        }
    }

    #[test]
    fn a_pattern_too_large_says_so() {
        let Err(error) = Regex::new("x{1000}{1000}") else {
            panic!("x{{1000}}{{1000}} compiled");
        };
        assert_eq!(
            error,
            "the pattern is too large to compile (its automaton would pass 16 MB)"
        );
    }
}
