//! Running one compiled pattern over normalized text: the engine that suits the haystack,
//! and one search cache that every pattern shares.
//!
//! The prefilter leaves each pattern only its candidate sentences, so almost every search is
//! over a haystack of a few hundred bytes. There regex-automata's bounded backtracker is the
//! fastest engine that reports captures, and the PikeVM takes the rare longer haystack (a
//! pattern that can match anywhere runs on the whole document). An anchored search first
//! runs on `gaps::GapMatcher`, which skips the places of a gap where the rest cannot begin.
//! Neither the lazy DFA nor a literal prefilter is built; `Regex::new` says why. The NFA
//! itself is built on first use: the gap matcher answers nearly every search.
//!
//! This module owns how patterns are searched, not what they mean (`pattern`) nor where
//! they run (`scan`).

use crate::gaps::{GapMatcher, GapStack};
use regex_automata::nfa::thompson;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::util::captures::{Captures, GroupInfo};
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, Match, PatternID};
use regex_syntax::hir::{Class, Hir, HirKind};
use std::sync::{Arc, OnceLock};

/// A pattern's automaton is refused above this size (16 MB): far more than any analyst's
/// pattern needs, small enough that a slip such as `x{1000}{1000}` is an error, not a stall.
const NFA_SIZE_LIMIT: usize = 1 << 24;

/// A pattern an NFA can be built for larger than this may pass `NFA_SIZE_LIMIT`, so its
/// NFA is built at once, where a size error is reported with the claims file's other
/// problems; the NFA of a pattern under it (nearly all of them) waits until a search needs
/// it. See `nfa_bytes_bound`.
const EAGER_ABOVE: usize = NFA_SIZE_LIMIT / 8;

/// A compiled pattern: a gap matcher, and one NFA with the two engines that search it.
#[derive(Debug)]
pub struct Regex {
    /// The pattern, parsed again when its NFA is first needed: its parse (every node with
    /// its properties) took more memory than the NFA (35 MB for 1,000 claims).
    pattern: Box<str>,
    /// For the anchored searches of a pattern of literals and gaps (most of them).
    gaps: Option<GapMatcher>,
    /// The pattern's groups, read from `hir`: what the NFA would say, without building it.
    groups: GroupInfo,
    /// `None` only if building failed, which a pattern whose bound is under `EAGER_ABOVE`
    /// cannot do for its size: the NFA is built without a size limit then.
    engines: OnceLock<Option<Engines>>,
}

/// The NFA engines of a pattern.
#[derive(Debug)]
struct Engines {
    backtrack: BoundedBacktracker,
    pikevm: PikeVM,
}

impl Engines {
    /// Compiles `hir` into an NFA with UTF-8 matches, refused above `limit` bytes.
    fn build(hir: &Hir, limit: Option<usize>) -> Result<Engines, String> {
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().utf8(true).nfa_size_limit(limit))
            .build_from_hir(hir)
            .map_err(|error| match error.size_limit() {
                Some(limit) => format!(
                    "the pattern is too large to compile (its automaton would pass {} MB)",
                    limit >> 20
                ),
                None => error.to_string(),
            })?;
        let message = |error: thompson::BuildError| error.to_string();
        Ok(Engines {
            backtrack: BoundedBacktracker::builder()
                .build_from_nfa(nfa.clone())
                .map_err(message)?,
            pikevm: PikeVM::builder().build_from_nfa(nfa).map_err(message)?,
        })
    }
}

impl Regex {
    /// Compiles `pattern` (already checked by `regex_syntax`, so the only likely error is
    /// size).
    ///
    /// What is left out, on purpose:
    /// - the lazy DFA: an analyst's gap such as `.{0,60}` over Unicode text makes it build
    ///   new states for nearly every sentence it runs on (on 5,000 generated documents with
    ///   1,000 claims: 4.5 s and 1.5 GB with it, 2.6 s and 0.3 GB without);
    /// - a literal prefilter: `prefilter` has already narrowed each pattern to the sentences
    ///   holding its literals, and a searcher of the regex's own cost 8 to 23 KB a pattern
    ///   (13 MB with 1,000 claims) for no measurable speed;
    /// - a cache per pattern: see `SearchCache`;
    /// - the NFA, until a search needs it: over 20,000 generated documents, 4 of the 815
    ///   distinct patterns of 1,000 claims ever did (the gap matcher answers the others),
    ///   and building them all was half of loading the claims (`.{0,60}` is sixty copies of
    ///   a Unicode `.`).
    pub fn new(pattern: &str) -> Result<Regex, String> {
        // Parsed once, for the NFA and for the gap matcher.
        let hir = parse(pattern)?;
        let engines = OnceLock::new();
        if nfa_bytes_bound(&hir) > EAGER_ABOVE {
            let _ = engines.set(Some(Engines::build(&hir, Some(NFA_SIZE_LIMIT))?));
        }
        Ok(Regex {
            gaps: GapMatcher::new(&hir),
            groups: group_info(&hir)?,
            pattern: pattern.into(),
            engines,
        })
    }

    /// The NFA engines, built on first use.
    fn engines(&self) -> Option<&Engines> {
        self.engines
            .get_or_init(|| {
                let hir = parse(&self.pattern).ok()?;
                Engines::build(&hir, None).ok()
            })
            .as_ref()
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
        let engines = self.engines()?;
        if fits_backtracker(engines, input) {
            let mut slots = [None, None];
            let searched =
                engines
                    .backtrack
                    .try_search_slots(cache.backtrack(engines), input, &mut slots);
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
        let found = engines
            .pikevm
            .search_slots(cache.pikevm(self, engines), input, &mut slots);
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
        let Some(engines) = self.engines() else {
            captures.set_pattern(None);
            return;
        };
        if fits_backtracker(engines, input)
            && engines
                .backtrack
                .try_search(cache.backtrack(engines), input, captures)
                .is_ok()
        {
            return;
        }
        engines
            .pikevm
            .search(cache.pikevm(self, engines), input, captures);
    }

    /// Room for the spans of every capture group of the pattern.
    pub fn create_captures(&self) -> Captures {
        Captures::all(self.groups.clone())
    }
}

fn parse(pattern: &str) -> Result<Hir, String> {
    syntax::parse_with(pattern, &syntax::Config::new().utf8(true))
        .map_err(|error| error.to_string())
}

/// Whether the backtracker's visited set (256 KB: a bit per NFA state and haystack
/// position) covers `input`.
fn fits_backtracker(engines: &Engines, input: &Input<'_>) -> bool {
    input.get_span().len() <= engines.backtrack.max_haystack_len()
}

/// The capture groups of a parsed pattern, by index (the whole match is group 0), with
/// their names: the `GroupInfo` its NFA would have.
fn group_info(hir: &Hir) -> Result<GroupInfo, String> {
    fn walk(hir: &Hir, groups: &mut Vec<Option<Arc<str>>>) {
        match hir.kind() {
            HirKind::Capture(capture) => {
                let index = capture.index as usize;
                if groups.len() <= index {
                    groups.resize(index + 1, None);
                }
                groups[index] = capture.name.as_deref().map(Arc::from);
                walk(&capture.sub, groups);
            }
            HirKind::Repetition(repetition) => walk(&repetition.sub, groups),
            HirKind::Concat(subs) | HirKind::Alternation(subs) => {
                subs.iter().for_each(|sub| walk(sub, groups))
            }
            HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => {}
        }
    }
    let mut groups = vec![None];
    walk(hir, &mut groups);
    GroupInfo::new([groups]).map_err(|error| error.to_string())
}

/// More bytes than the NFA of `hir` can take: a bound on its states (each with its
/// transitions) at 64 bytes each, where a state takes about 40. A Unicode class is at
/// most 48 states a range (its UTF-8 sequences, up to four bytes each), and a repetition
/// one copy of its body per repeat.
fn nfa_bytes_bound(hir: &Hir) -> usize {
    fn states(hir: &Hir) -> usize {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => 1,
            HirKind::Literal(literal) => literal.0.len() + 1,
            HirKind::Class(Class::Unicode(class)) => class.ranges().len() * 48 + 1,
            HirKind::Class(Class::Bytes(class)) => class.ranges().len() + 1,
            HirKind::Capture(capture) => states(&capture.sub) + 2,
            HirKind::Repetition(repetition) => {
                let copies = repetition
                    .max
                    .unwrap_or(repetition.min.saturating_add(1))
                    .max(repetition.min) as usize;
                copies
                    .saturating_add(1)
                    .saturating_mul(states(&repetition.sub) + 2)
            }
            HirKind::Concat(subs) | HirKind::Alternation(subs) => subs
                .iter()
                .map(states)
                .fold(subs.len() + 1, usize::saturating_add),
        }
    }
    states(hir).saturating_mul(64)
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
    fn backtrack(&mut self, engines: &Engines) -> &mut backtrack::Cache {
        let cache = self
            .backtrack
            .get_or_insert_with(|| engines.backtrack.create_cache());
        cache.reset(&engines.backtrack);
        cache
    }

    /// The PikeVM's cache, made ready for `regex` (whose engines are `engines`).
    fn pikevm(&mut self, regex: &'a Regex, engines: &Engines) -> &mut pikevm::Cache {
        if let (Some(cache), Some(last)) = (&mut self.pikevm, self.pikevm_ready_for) {
            if !std::ptr::eq(last, regex) {
                cache.reset(&engines.pikevm);
            }
        }
        self.pikevm_ready_for = Some(regex);
        self.pikevm
            .get_or_insert_with(|| engines.pikevm.create_cache())
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
        let Some(engines) = compiled.engines() else {
            panic!("no engines");
        };
        assert!(!fits_backtracker(engines, &Input::new(&long)));
        assert!(fits_backtracker(engines, &Input::new("Putin")));
    }

    #[test]
    fn the_nfa_is_built_on_first_use_unless_it_may_be_too_large() {
        let small = regex(r"(?i)\bkim\b.{0,60}?\bputin");
        assert!(small.engines.get().is_none());
        let found = small.search(&mut SearchCache::default(), &Input::new("Kim met Putin"));
        assert_eq!(found.map(|m| m.range()), Some(0..13));
        assert!(small.engines.get().is_some());
        // A pattern whose bound passes `EAGER_ABOVE` is built at once (and refused if too
        // large: `a_pattern_too_large_says_so`).
        let large = regex(r"\w{200}");
        assert!(parse(r"\w{200}").is_ok_and(|hir| nfa_bytes_bound(&hir) > EAGER_ABOVE));
        assert!(large.engines.get().is_some());
    }

    #[test]
    fn the_bound_is_above_the_nfa_built() {
        let patterns = [
            r"(?i)\bkim\b.{0,60}?\bputin",
            r"\w+",
            r"(?i)[a-zé]{3,40}",
            r"(?P<n>\d+(?:[.,]\d+)?)\s*(?:million|bn)",
            r"(?:a|b|c){0,5}x*",
            r"\p{Greek}{2,9}",
        ];
        for pattern in patterns {
            let Ok(hir) = parse(pattern) else {
                panic!("{pattern} does not parse");
            };
            let Ok(engines) = Engines::build(&hir, None) else {
                panic!("{pattern} does not build");
            };
            let memory = engines.pikevm.get_nfa().memory_usage();
            let bound = nfa_bytes_bound(&hir);
            assert!(memory < bound, "{pattern}: {memory} bytes, bound {bound}");
        }
    }

    #[test]
    fn groups_read_from_the_pattern_are_the_nfas() {
        for pattern in [
            r"(?P<n0>\d+) (x)(?:y)(?P<n1>z)?",
            r"plain",
            r"((a)|(?P<b>b))+",
        ] {
            let compiled = regex(pattern);
            let Some(engines) = compiled.engines() else {
                panic!("{pattern} does not build");
            };
            let from_nfa = engines.pikevm.get_nfa().group_info();
            let read = &compiled.groups;
            let names = |info: &GroupInfo| {
                info.pattern_names(PatternID::ZERO)
                    .map(|name| name.map(str::to_string))
                    .collect::<Vec<_>>()
            };
            assert_eq!(names(read), names(from_nfa), "{pattern}");
            assert_eq!(read.slot_len(), from_nfa.slot_len(), "{pattern}");
        }
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
