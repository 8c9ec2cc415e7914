//! Running the compiled patterns over one normalized document: every match of every
//! distinct pattern, each inside one sentence, with its `{n}` captures.
//!
//! This module owns how a regex match becomes a `Hit` (sentence-bounded, whole words by
//! Unicode rules). It does not know claims, negation or verdicts.

use crate::claims::Within;
use crate::normalize::NormalizedDocument;
use crate::numbers::CURRENCY_SIGNS;
use crate::pattern::{CompiledClaims, Pattern};
use crate::prefilter::{CandidateList, Candidates, Starts};
use crate::search::{Regex, SearchCache};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, Match};
use std::ops::Range;

/// One match of one pattern, in normalized-text coordinates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub sentence: usize,
    pub range: Range<usize>,
    /// The text ranges captured by `{n0}`, `{n1}`, …, when they took part in the match.
    pub numbers: Vec<Range<usize>>,
}

/// Every hit of every pattern (indexed like `CompiledClaims::patterns`) in one document:
/// `hits[pattern]` is that pattern's, in text order.
///
/// One list in pattern order and where the part of each pattern that has hits ends, not a
/// list per pattern: with 1,000 claims a list per pattern was 20 KB a document, most of it
/// empty lists, for every document of a batch, and an entry per pattern still cost a walk
/// of every pattern per document (to mark where each ends, to find those with hits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hits {
    hits: Vec<Hit>,
    /// The patterns with hits, in pattern order, each with where its hits end in `hits`
    /// (they start where the previous one's end).
    found: Vec<(u32, u32)>,
    /// How many patterns there are.
    patterns: usize,
    /// Matches dropped because no figure `{n}` read in them counts, so that `lint` and
    /// `explain` can say why a pattern that plainly matches the text found nothing.
    pub skipped: Vec<Skipped>,
}

/// A match of a pattern with `{n}` that was dropped: the figure it read is not a count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The pattern (indexed like `CompiledClaims::patterns`).
    pub pattern: u32,
    pub sentence: u32,
    /// The figure, in the normalized text.
    pub figure: Range<usize>,
    /// Why it is not a count.
    pub why: &'static str,
}

impl Hits {
    /// Hits for `patterns` patterns, added in pattern order (`end_pattern`).
    fn with_patterns(patterns: usize) -> Hits {
        Hits {
            hits: Vec::new(),
            found: Vec::new(),
            patterns,
            skipped: Vec::new(),
        }
    }

    /// Where the hits of the last pattern ended so far end.
    fn ended(&self) -> usize {
        self.found.last().map_or(0, |&(_, end)| end as usize)
    }

    /// Ends pattern `pattern`'s hits: those added since the last pattern ended are its.
    /// Patterns end in increasing order; one without hits need not end at all.
    fn end_pattern(&mut self, pattern: usize) {
        if self.hits.len() > self.ended() {
            self.found.push((pattern as u32, self.hits.len() as u32));
        }
    }

    /// From one list of hits per pattern.
    pub fn from_lists(lists: Vec<Vec<Hit>>) -> Hits {
        let mut hits = Hits::with_patterns(lists.len());
        for (pattern, list) in lists.into_iter().enumerate() {
            hits.hits.extend(list);
            hits.end_pattern(pattern);
        }
        hits
    }

    /// How many patterns there are.
    pub fn patterns(&self) -> usize {
        self.patterns
    }

    /// The patterns with at least one hit, in pattern order.
    pub fn matched(&self) -> impl Iterator<Item = usize> + '_ {
        self.found.iter().map(|&(pattern, _)| pattern as usize)
    }

    /// The patterns with at least one hit, with their hits, in pattern order.
    pub fn found(&self) -> impl Iterator<Item = (usize, &[Hit])> + '_ {
        let mut start = 0;
        self.found.iter().map(move |&(pattern, end)| {
            let hits = &self.hits[start..end as usize];
            start = end as usize;
            (pattern as usize, hits)
        })
    }
}

impl std::ops::Index<usize> for Hits {
    type Output = [Hit];

    fn index(&self, pattern: usize) -> &[Hit] {
        match self
            .found
            .binary_search_by_key(&pattern, |&(at, _)| at as usize)
        {
            Ok(k) => {
                let start = k.checked_sub(1).map_or(0, |p| self.found[p].1 as usize);
                &self.hits[start..self.found[k].1 as usize]
            }
            Err(_) => &[],
        }
    }
}

/// How much of one document each distinct pattern matches, kept after the hits are gone so
/// that `lint` can find patterns that match nothing, or nearly every sentence, in a corpus.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Usage {
    /// How many sentences the document has.
    pub sentences: usize,
    /// How many patterns there are (`CompiledClaims::patterns`).
    pub patterns: usize,
    /// Each pattern that matches in the document (by index) and in how many sentences, in
    /// order of index. Only those: most patterns match nothing in a document, and a
    /// document's usage waits, with a batch of others, to be added up.
    pub matched: Vec<(u32, u32)>,
    /// Each pattern with a match dropped for its figure (`Hits::skipped`), and the reason
    /// given first, in order of index.
    pub skipped: Vec<(u32, &'static str)>,
}

impl Usage {
    /// Counts, for each pattern, the distinct sentences of its hits (which are in text order).
    pub fn new(sentences: usize, hits: &Hits) -> Usage {
        let matched = hits
            .found()
            .map(|(id, hits)| {
                let mut last = None;
                let count = hits
                    .iter()
                    .filter(|hit| last.replace(hit.sentence) != Some(hit.sentence))
                    .count();
                (id as u32, count as u32)
            })
            .collect();
        let mut skipped: Vec<(u32, &'static str)> = Vec::new();
        for skip in &hits.skipped {
            if !skipped.iter().any(|&(id, _)| id == skip.pattern) {
                skipped.push((skip.pattern, skip.why));
            }
        }
        skipped.sort_unstable_by_key(|&(id, _)| id);
        Usage {
            sentences,
            patterns: hits.patterns(),
            matched,
            skipped,
        }
    }
}

/// What `lint` needs to know of a whole corpus, added up one document at a time so its
/// size depends on the number of patterns, never on the number of documents.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UsageTotals {
    pub documents: usize,
    /// Documents of at least `min_sentences` sentences, where a share means something.
    pub long_documents: usize,
    /// Their sentences, all together.
    pub long_sentences: usize,
    /// Indexed like `CompiledClaims::patterns`.
    pub patterns: Vec<PatternUsage>,
}

/// One pattern's totals over a corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PatternUsage {
    /// Documents where it matches at all.
    pub documents: usize,
    /// Long documents where it matches in more than half the sentences.
    pub broad_in: usize,
    /// Sentences it matches in, in long documents.
    pub long_matched: usize,
    /// Documents where it matched but every figure it read there was skipped, and the
    /// first reason given.
    pub skipped_in: usize,
    pub skipped_why: Option<&'static str>,
}

impl UsageTotals {
    /// Below this many sentences a document says too little for the share of its sentences
    /// that a pattern matches to mean anything: one short paragraph that states the claim is
    /// matched "everywhere" by a perfectly good pattern.
    pub const MIN_SENTENCES: usize = 5;

    pub fn add(&mut self, usage: &Usage) {
        self.documents += 1;
        let long = usage.sentences >= Self::MIN_SENTENCES;
        if long {
            self.long_documents += 1;
            self.long_sentences += usage.sentences;
        }
        if self.patterns.len() < usage.patterns {
            self.patterns
                .resize(usage.patterns, PatternUsage::default());
        }
        for &(id, why) in &usage.skipped {
            if let Some(totals) = self.patterns.get_mut(id as usize) {
                totals.skipped_in += 1;
                totals.skipped_why.get_or_insert(why);
            }
        }
        for &(id, matched) in &usage.matched {
            let (totals, matched) = (&mut self.patterns[id as usize], matched as usize);
            totals.documents += 1;
            if long {
                totals.broad_in += usize::from(matched * 2 > usage.sentences);
                totals.long_matched += matched;
            }
        }
    }
}

/// How `scan` chooses where to run each regex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scanning {
    /// Only in the sentences where the prefilter found the pattern's literals (and, for a
    /// part of an `all:` matcher, the other parts' too).
    #[default]
    Prefiltered,
    /// Every regex over the whole document: slow, obviously complete, the reference that
    /// the prefiltered path is tested against. The engine then also weighs every claim's
    /// matchers on their own, never once for the claims alike (`engine`'s `Weighing`).
    Plain,
}

/// All hits of each pattern (indexed like `CompiledClaims::patterns`), in text order.
pub fn scan(compiled: &CompiledClaims, doc: &NormalizedDocument, how: Scanning) -> Hits {
    match scan_many(compiled, std::slice::from_ref(doc), how).pop() {
        Some(hits) => hits,
        None => unreachable!("one document scanned gives its hits"),
    }
}

/// `scan` for several documents at once: for each document, all hits of each pattern.
///
/// The hits are those `scan` finds in each document alone; only the order of the work
/// differs. Each pattern runs over every document's candidates in turn, so its automaton
/// is searched while it is still in the processor's cache: with 1,000 claims the patterns'
/// automata are about 26 MB, and a search of one that the other patterns have pushed out
/// of the cache took three times as long as a search of one still there.
pub fn scan_many(
    compiled: &CompiledClaims,
    docs: &[NormalizedDocument],
    how: Scanning,
) -> Vec<Hits> {
    let mut cache = SearchCache::default();
    let mut all: Vec<Hits> = docs
        .iter()
        .map(|_| Hits::with_patterns(compiled.patterns.len()))
        .collect();
    if how == Scanning::Plain {
        for (doc, hits) in docs.iter().zip(&mut all) {
            for (id, pattern) in compiled.patterns.iter().enumerate() {
                find_in(&mut cache, (id, pattern), doc, 0..doc.text.len(), hits, how);
                hits.end_pattern(id);
            }
        }
        return all;
    }
    // For each pattern, the documents it must run in, and where in them: sentence
    // indexes, ranges of `sentences` (one list for all the documents and patterns).
    let mut work: Vec<Vec<(usize, Candidates)>> = vec![Vec::new(); compiled.patterns.len()];
    let mut sentences: Vec<u32> = Vec::new();
    let mut scratch = NeededScratch::new(compiled);
    for (index, doc) in docs.iter().enumerate() {
        needed_sentences(compiled, doc, &mut scratch, &mut sentences, |id, needed| {
            work[id].push((index, needed))
        });
    }
    for (id, work) in work.into_iter().enumerate() {
        let pattern = &compiled.patterns[id];
        for (index, needed) in work {
            let (doc, hits) = (&docs[index], &mut all[index]);
            match needed {
                Candidates::Everywhere => {
                    find_in(&mut cache, (id, pattern), doc, 0..doc.text.len(), hits, how)
                }
                Candidates::Sentences(range) => {
                    let list = &sentences[range.start as usize..range.end as usize];
                    // Consecutive sentences are searched as one region.
                    let mut i = 0;
                    while i < list.len() {
                        let mut j = i;
                        while j + 1 < list.len() && list[j + 1] == list[j] + 1 {
                            j += 1;
                        }
                        let region = doc.sentences[list[i] as usize].range.start
                            ..doc.sentences[list[j] as usize].range.end;
                        find_in(&mut cache, (id, pattern), doc, region, hits, how);
                        i = j + 1;
                    }
                }
            }
            // Only the documents this pattern ran in can hold its hits.
            hits.end_pattern(id);
        }
    }
    all
}

/// What `needed_sentences` keeps between documents: a slot per pattern and a mark per
/// `all:` matcher (reset after each document), so that a document costs what its
/// candidates cost, not a pass over every pattern and matcher of the claims file, and lists
/// emptied after each document, whose memory is reused.
struct NeededScratch {
    /// For each pattern, its place in the document's candidate list (`u32::MAX`: none).
    slot: Vec<u32>,
    /// For each `all:` matcher, whether this document has already weighed it.
    group_seen: Vec<bool>,
    /// The `all:` matchers this document weighed, to reset `group_seen`.
    weighed: Vec<usize>,
    candidates: crate::prefilter::Scratch,
    found: CandidateList,
    /// Sentences that a part of an `all:` matcher is needed in: (its place in `found`,
    /// sentence).
    for_parts: Vec<(u32, u32)>,
    /// The units (sentences or paragraphs) every part of a matcher can match in, and one
    /// part's.
    shared: Vec<usize>,
    units: Vec<usize>,
    /// One pattern's sentences, while they are merged.
    merged: Vec<u32>,
}

impl NeededScratch {
    fn new(compiled: &CompiledClaims) -> NeededScratch {
        NeededScratch {
            slot: vec![u32::MAX; compiled.patterns.len()],
            group_seen: vec![false; compiled.groups.len()],
            weighed: Vec::new(),
            candidates: Default::default(),
            found: CandidateList::default(),
            for_parts: Vec::new(),
            shared: Vec::new(),
            units: Vec::new(),
            merged: Vec::new(),
        }
    }
}

/// Where each pattern must run, for the patterns that must run at all (in no particular
/// order), given to `emit`: its candidate sentences, less those where its hits could not
/// count, as a range of `sentences`, to which they are added. A part of an `all:` matcher
/// counts only in a sentence (or paragraph) where every other part can match too, so when
/// no matcher uses a pattern alone, it runs only in the units that all parts of one of its
/// matchers share. A pattern that can match anywhere (no literal, or `$`) still runs on the
/// whole document, which its meaning may need.
fn needed_sentences(
    compiled: &CompiledClaims,
    doc: &NormalizedDocument,
    scratch: &mut NeededScratch,
    sentences: &mut Vec<u32>,
    mut emit: impl FnMut(usize, Candidates),
) {
    let NeededScratch {
        slot,
        group_seen,
        weighed,
        candidates,
        found,
        for_parts,
        shared,
        units,
        merged,
    } = scratch;
    compiled.prefilter.candidates(doc, candidates, found);
    for (i, (id, _)) in found.entries.iter().enumerate() {
        slot[*id] = i as u32;
    }
    let sentences_of = |id: usize| {
        slot.get(id)
            .filter(|&&i| i != u32::MAX)
            .map(|&i| found.sentences(&found.entries[i as usize].1))
    };
    let unit = |sentence: u32, within: Within| match within {
        Within::Sentence => sentence as usize,
        Within::Paragraph => doc.sentences[sentence as usize].paragraph,
    };
    for (id, _) in &found.entries {
        for &g in &compiled.groups_of[*id] {
            let g = g as usize;
            if std::mem::replace(&mut group_seen[g], true) {
                continue;
            }
            weighed.push(g);
            let (parts, within) = &compiled.groups[g];
            if parts.iter().any(|&p| sentences_of(p).is_none()) {
                continue;
            }
            // The units every part can match in (a part that can match anywhere limits nothing).
            let mut limited = false;
            for &part in parts {
                if let Some(Some(list)) = sentences_of(part) {
                    units.clear();
                    units.extend(list.iter().map(|&s| unit(s, *within)));
                    units.dedup();
                    if limited {
                        shared.retain(|u| units.binary_search(u).is_ok());
                    } else {
                        std::mem::swap(shared, units);
                        limited = true;
                    }
                }
            }
            for &part in parts {
                let Some(Some(list)) = sentences_of(part) else {
                    continue;
                };
                let at = slot[part];
                for_parts.extend(
                    list.iter()
                        .filter(|&&s| !limited || shared.binary_search(&unit(s, *within)).is_ok())
                        .map(|&s| (at, s)),
                );
            }
        }
    }
    for &g in weighed.iter() {
        group_seen[g] = false;
    }
    weighed.clear();
    for (id, _) in &found.entries {
        slot[*id] = u32::MAX;
    }
    // Each candidate's sentences: its own if it is used alone, and those its matchers need.
    for_parts.sort_unstable();
    let mut parts = for_parts.iter().peekable();
    for (at, (id, candidates)) in found.entries.iter().enumerate() {
        let own = match found.sentences(candidates) {
            None => {
                emit(*id, Candidates::Everywhere);
                continue;
            }
            Some(list) if compiled.alone[*id] => list,
            Some(_) => &[],
        };
        merged.clear();
        merged.extend_from_slice(own);
        let before = merged.len();
        while let Some(&(_, s)) = parts.next_if(|&&(part, _)| part as usize == at) {
            merged.push(s);
        }
        if merged.len() > before && before > 0 {
            merged.sort_unstable();
        }
        merged.dedup();
        if merged.is_empty() {
            continue;
        }
        let start = sentences.len() as u32;
        sentences.extend_from_slice(merged);
        emit(*id, Candidates::Sentences(start..sentences.len() as u32));
    }
    for_parts.clear();
}

/// Every match of `pattern` that starts in `region` (whole sentences) and lies inside one
/// sentence, appended to `hits` in text order. A match that runs across a sentence boundary
/// (a pattern such as `\s` or `[^x]` can) is searched for again inside the sentence where
/// it started, so the result is the same whether the region is one sentence or the whole
/// document.
///
/// The prefiltered path runs the pattern with each `{n}` matched by its shape and checks
/// every capture; where one is not a number, it searches the region again with the full
/// number grammar, which is what the plain path always runs. The shape matches everything
/// the grammar does and tries longer readings first, as the grammar does, so a capture that
/// is a number is the one the grammar would have given (tested on generated documents).
fn find_in<'a>(
    cache: &mut SearchCache<'a>,
    (id, pattern): (usize, &'a Pattern),
    doc: &NormalizedDocument,
    region: Range<usize>,
    hits: &mut Hits,
    how: Scanning,
) {
    let mut out = Found {
        pattern: id as u32,
        hits: &mut hits.hits,
        skipped: &mut hits.skipped,
    };
    // The plain scan, the reference, tries every position.
    let starts = match how {
        Scanning::Plain => None,
        Scanning::Prefiltered => pattern.starts.as_ref(),
    };
    // The regex with the full number grammar is built on first use: not before it is needed.
    let exact = || Run {
        regex: pattern.exact_regex(),
        check_numbers: false,
        starts,
    };
    if how == Scanning::Plain || !pattern.checks_numbers() {
        search(cache, pattern, &exact(), doc, region, &mut out);
        return;
    }
    let (first, first_skipped) = (out.hits.len(), out.skipped.len());
    let shape = Run {
        regex: &pattern.regex,
        check_numbers: true,
        starts,
    };
    if !search(cache, pattern, &shape, doc, region.clone(), &mut out) {
        out.hits.truncate(first);
        out.skipped.truncate(first_skipped);
        search(cache, pattern, &exact(), doc, region, &mut out);
    }
}

/// The name of the capture of a pattern's `i`th `{n}` (`n0`, `n1`, …), made only past the
/// tenth: this is asked for every figure of every match.
fn number_group(i: usize) -> std::borrow::Cow<'static, str> {
    const NAMES: [&str; 10] = ["n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9"];
    match NAMES.get(i) {
        Some(name) => (*name).into(),
        None => format!("n{i}").into(),
    }
}

/// Where one pattern's search puts what it finds.
struct Found<'h> {
    pattern: u32,
    hits: &'h mut Vec<Hit>,
    skipped: &'h mut Vec<Skipped>,
}

/// One regex to run over a region, and how.
struct Run<'a> {
    regex: &'a Regex,
    /// Whether every `{n}` capture must read as a number (`regex` has the number shape).
    check_numbers: bool,
    /// Where matches can start, if the pattern says (the regex is then tried only there).
    starts: Option<&'a Starts>,
}

/// `find_in` with one regex. With `run.check_numbers`, returns false (at once) when a
/// capture is not a number; else true.
fn search<'a>(
    cache: &mut SearchCache<'a>,
    pattern: &'a Pattern,
    run: &Run<'a>,
    doc: &NormalizedDocument,
    region: Range<usize>,
    out: &mut Found<'_>,
) -> bool {
    let text = doc.text.as_str();
    // The figure the match at the current start could not count, until a search again
    // from there finds a match that counts (then it is forgotten) or none (then kept).
    let mut pending: Option<Skipped> = None;
    let mut position = region.start;
    let mut limit = region.end;
    // Only patterns with `{n}` need captures, and then searching with them is one pass
    // where a search and a second search for the captures were two.
    let mut captures = (pattern.numbers > 0).then(|| run.regex.create_captures());
    // The text with the figures a match at this start could not count blanked out, so that
    // its gap can reach past them to the next figure ("Troops, up from 8,000, now number
    // 11,000" reads 11,000), as many times as `RETRIES`; with the sentence of that start.
    let mut masked: Option<(usize, String)> = None;
    let mut retries = 0;
    // A match whose only figure is an earlier one the sentence revises to a figure the
    // pattern may not reach (`revised_to_a_figure`): kept if no match reads another.
    let mut revisable: Option<Hit> = None;
    loop {
        let haystack = masked
            .as_ref()
            .map_or(text, |(_, blanked)| blanked.as_str());
        let found = if position > limit {
            None
        } else {
            find(cache, run, captures.as_mut(), &haystack[..limit], position)
        };
        let Some(found) = found else {
            // "initially reported 1,910 knife crime offences for 2025, a figure later revised
            // to 1,846" under `{n} knife crime offences`: the pattern cannot reach the new
            // figure, so the match goes to the engine, which reads the revision.
            if let Some(hit) = revisable.take() {
                pending = None;
                out.hits.push(hit);
            }
            out.skipped.extend(pending.take());
            if limit >= region.end {
                break;
            }
            // The sentence that bounded the search is done; carry on with the rest.
            position = limit + 1;
            limit = region.end;
            continue;
        };
        let range = found.range();
        if let Some(newline) = text[range.clone()].find('\n') {
            limit = range.start + newline;
            continue;
        }
        // A search again from a start whose figures were blanked that finds its match in a
        // later sentence is done with the start's sentence: what it set aside there stands,
        // and the new sentence has retries of its own (else how many it had left hung on
        // how many sentences the region searched held: the prefiltered scan and the plain
        // one disagreed).
        if let Some((blanked_for, _)) = masked {
            let sentence = doc.sentence_at(range.start);
            if blanked_for != sentence {
                match revisable.take() {
                    Some(hit) => {
                        pending = None;
                        out.hits.push(hit);
                    }
                    None => out.skipped.extend(pending.take()),
                }
                // (Searched again from the new sentence's start, it finds the same match,
                // the first after the old start, in the text as written.)
                masked = None;
                retries = 0;
                position = doc.sentences[sentence].range.start.max(position);
                continue;
            }
        }
        let mut numbers = Vec::with_capacity(pattern.numbers);
        for i in 0..pattern.numbers {
            let Some(m) = captures
                .as_ref()
                .and_then(|captures| captures.get_group_by_name(&number_group(i)))
            else {
                continue;
            };
            if run.check_numbers && !crate::numbers::is_number(&text[m.range()]) {
                return false;
            }
            numbers.push(whole_number(text, m.range(), range.start));
        }
        // A document of white space has no sentence, though a pattern that matches
        // nothing (`^`, `x*`) finds a place in it.
        let Some(sentence) = doc.sentences.get(doc.sentence_at(range.start)) else {
            return false;
        };
        let sentence = sentence.range.clone();
        // "Cost 9 million dollars less than the tunnel": the number is a difference.
        let compared =
            !numbers.is_empty() && is_comparison(&text[range.end..sentence.end.max(range.end)]);
        let skipped: Vec<(Range<usize>, &'static str)> = numbers
            .iter()
            .filter_map(|n| {
                let context_is_ours = n.start == range.start;
                let before = &text[sentence.start..n.start];
                let after = &text[n.end..sentence.end.max(n.end)];
                let why = if compared {
                    Some("a difference (like \"9 million dollars less than\"), not the amount")
                } else if inside_token(text, n, &pattern.written) {
                    Some("glued to a name or to another figure (like \"F-16\", \"24/7\"), not a count")
                } else {
                    not_a_count(
                        before,
                        &text[n.clone()],
                        after,
                        context_is_ours,
                        (&pattern.written_lower, &pattern.source),
                        pattern.for_a_change,
                        &pattern.claim_times,
                        pattern.claim_money,
                    )
                };
                why.map(|why| (n.clone(), why))
            })
            .collect();
        let whole = whole_words(text, &range);
        if let (None, Some((figure, why)), true) = (&revisable, skipped.first(), whole) {
            if [EARLIER_FIGURE, EARLIER_ASIDE, ESTIMATE_PUT].contains(why)
                && skipped.len() == 1
                && revised_to_a_figure(&text[figure.end..sentence.end.max(figure.end)])
            {
                revisable = Some(Hit {
                    sentence: doc.sentence_at(range.start),
                    range: range.clone(),
                    numbers: numbers.clone(),
                });
            }
        }
        if let (None, Some((figure, why)), true) = (&pending, skipped.first(), whole) {
            pending = Some(Skipped {
                pattern: out.pattern,
                sentence: doc.sentence_at(range.start) as u32,
                figure: figure.clone(),
                why,
            });
        }
        if range.is_empty() || !whole || !skipped.is_empty() {
            if !skipped.is_empty() && retries < RETRIES {
                // Look again from the same place with those figures blanked out.
                let (_, blanked) =
                    masked.get_or_insert_with(|| (doc.sentence_at(range.start), text.to_string()));
                for figure in skipped.into_iter().map(|(f, _)| skipped_part(text, f)) {
                    let blank: String = text[figure.clone()]
                        .chars()
                        .map(|c| if c.is_ascii_alphanumeric() { 'x' } else { c })
                        .collect();
                    blanked.replace_range(figure, &blank);
                }
                retries += 1;
                continue;
            }
            out.skipped.extend(pending.take());
            masked = None;
            retries = 0;
            position = next_char(text, range.start);
            continue;
        }
        pending = None;
        // (A match in another sentence reads no figure in the revisable one's place.)
        if let Some(hit) = revisable.take() {
            if hit.sentence != doc.sentence_at(range.start) {
                out.hits.push(hit);
            }
        }
        masked = None;
        retries = 0;
        out.hits.push(Hit {
            sentence: doc.sentence_at(range.start),
            range: range.clone(),
            numbers,
        });
        position = range.end;
    }
    true
}

/// The part of a skipped figure to blank out before searching again: the start of what
/// the grammar read as a range, when it is a year before a count ("2021 to six years") or
/// a figure a change starts from ("rose from 368 to 1,212", "fell 5 to 340"), so that the
/// count or the level can be read, or the "one point" of "at one point two men"; else all
/// of it.
fn skipped_part(text: &str, figure: Range<usize>) -> Range<usize> {
    let written = &text[figure.clone()];
    // "At one point two men were arrested": the idiom, so that "two men" is read.
    let idiom = "one point";
    if written
        .get(..idiom.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(idiom))
        && crate::numbers::at_one_point(&text[..figure.start], "one")
    {
        return figure.start..figure.start + idiom.len();
    }
    let Some((first, second)) = written.split_once(" to ") else {
        return figure;
    };
    let previous = text[..figure.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    let from_a_change = previous == "from" || CHANGE_WORDS.contains(&previous.as_str());
    if (is_year(first) && !is_year(second)) || from_a_change {
        figure.start..figure.start + first.len()
    } else {
        figure
    }
}

/// The word `n` places before the last of `words` (the words before a figure), bare and in
/// lower case; empty before the first.
fn word_before_figure(words: &[&str], n: usize) -> String {
    words
        .len()
        .checked_sub(n + 1)
        .map(|i| {
            words[i]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default()
}

/// Whether `written` is a year: four digits from 1800 to 2100.
pub(crate) fn is_year(written: &str) -> bool {
    written.len() == 4
        && written.bytes().all(|b| b.is_ascii_digit())
        && written
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
}

/// Words before a figure that make it a change ("fell 12p to 340p", "rose by 45,000").
pub(crate) const CHANGE_WORDS: &[&str] = &[
    "rose",
    "fell",
    "climbed",
    "dropped",
    "jumped",
    "slipped",
    "gained",
    "lost",
    "added",
    "shed",
    "grew",
    "declined",
    "increased",
    "decreased",
    "rising",
    "falling",
    "up",
    "down",
    "by",
    "slid",
    "slumped",
    "tumbled",
    "surged",
    "soared",
    "rallied",
    "dipped",
    "edged",
    "eased",
    "plunged",
    "sank",
    "advanced",
    "retreated",
    "lifted",
    "cut",
    "raised",
    // The present and the infinitive too: "the cap rises from £2 to £2.50", "will rise
    // from £2 to £2.50" (trial 104).
    "rises",
    "rise",
    "falls",
    "fall",
    "climbs",
    "climb",
    "increases",
    "increase",
    "grows",
    "grow",
    "drops",
    "jumps",
];

/// Nouns of a change: "a decline of nearly 900", "an increase of 12%" give the size of a
/// change, not the level.
#[rustfmt::skip]
const CHANGE_NOUNS: &[&str] = &[
    "decline", "increase", "rise", "drop", "fall", "jump", "reduction", "cut", "surge",
    "decrease", "climb", "slump", "dip",
];

/// The figures a claim's sentence gives as the size of a change: a word of change with a
/// figure right after it ("a council tax rise of 4.99%", "will go up by 4.99%", "fell 3%")
/// or right before it ("a 4.99% rise"), as written, without currency signs or `%`. Not the
/// level a change reached ("rose to £2,100") nor where it started ("fell from 8,000").
pub fn figures_of_change(claim: &str) -> Vec<String> {
    // Beyond `CHANGE_NOUNS` and `CHANGE_WORDS`: the present tense and other nouns a claim
    // writes a change with ("council tax rises by 4.99%", "growth of 3%").
    #[rustfmt::skip]
    const CLAIM_CHANGE_WORDS: &[&str] = &[
        "rises", "risen", "increases", "falls", "fallen", "drops", "grow", "grows", "grown",
        "growth", "cuts", "raise", "raises", "hike", "jumps", "climbs", "declines",
        "decreases", "gain", "gains", "loss",
    ];
    #[rustfmt::skip]
    const FILLERS: &[&str] = &[
        "by", "of", "a", "an", "nearly", "almost", "about", "around", "some", "just", "over",
        "more", "than", "roughly", "approximately", "only",
    ];
    const UNITS: &[&str] = &["per", "cent", "percent", "percentage", "point", "points"];
    let words: Vec<String> = claim
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && !"£$€%".contains(c))
                .to_lowercase()
        })
        .collect();
    let figure = |w: &String| {
        let digits = w.trim_start_matches(['£', '$', '€']).trim_end_matches('%');
        digits
            .starts_with(|c: char| c.is_ascii_digit())
            .then(|| digits.to_string())
    };
    let is_change = |w: &str| {
        w != "by"
            && [CLAIM_CHANGE_WORDS, CHANGE_NOUNS, CHANGE_WORDS]
                .iter()
                .any(|list| list.contains(&w))
    };
    let mut figures = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if !is_change(word) {
            continue;
        }
        let after = words[i + 1..]
            .iter()
            .take(4)
            .find(|w| !FILLERS.contains(&w.as_str()));
        // "a 4.99% rise", "a 3 per cent increase".
        let before = words[..i]
            .iter()
            .rev()
            .take(3)
            .find(|w| !UNITS.contains(&w.as_str()));
        // "raised hourly pay at Kettering by 5%": the object, then "by" and the figure.
        let by = words[i + 1..]
            .iter()
            .take(8)
            .position(|w| w == "by")
            .and_then(|at| {
                words[i + 2 + at..]
                    .iter()
                    .take(3)
                    .find(|w| !FILLERS.contains(&w.as_str()))
            });
        figures.extend(after.and_then(figure));
        figures.extend(before.and_then(figure));
        figures.extend(by.and_then(figure));
    }
    figures.dedup();
    figures
}

/// The words a pattern spells right before each of its `{n}`: "in" for `signed in {n}`,
/// "in" and "by" for `(?:in|by) {n}`; none for `troops\b.{0,30}\b{n}`, whose gap ends there.
fn words_before_figures(pattern: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for (at, _) in pattern.match_indices("{n}") {
        // A currency sign the figure carries is no word: "from" in `up from £{n}`,
        // `from \$?{n}`.
        let before = pattern[..at]
            .trim_end_matches([' ', '?'])
            .trim_end_matches(['$', '€', '£', '¥', '\\', '?']);
        let before = before.strip_suffix("\\b").unwrap_or(before).trim_end();
        // And the words right before a gap that ends at the figure: `(?:cut|withdrew funding
        // from)\b.{0,20}\b{n}` spells "from" before the figure when the gap takes nothing
        // ("withdrew funding from 11 bus routes", trial 115).
        let before = strip_gap(before)
            .map(|rest| rest.strip_suffix("\\b").unwrap_or(rest).trim_end())
            .unwrap_or(before);
        let last_word = |text: &'_ str| -> Option<usize> {
            let start = text
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphanumeric())
                .last()
                .map(|(i, _)| i)?;
            Some(start)
        };
        if let Some(group) = before.strip_suffix(')') {
            // The alternatives of the group that ends right before the figure.
            let open = group.rfind('(').unwrap_or(0);
            let inside = group[open..]
                .trim_start_matches("(?:")
                .trim_start_matches('(');
            for alternative in inside.split('|') {
                let alternative = alternative.trim_end();
                if let Some(start) = last_word(alternative) {
                    words.push(&alternative[start..]);
                }
            }
        } else if let Some(start) = last_word(before) {
            words.push(&before[start..]);
        }
    }
    words
}

/// `pattern` without the gap it ends in (`.{0,20}`, `.{0,20}?`, `.*`, `.*?`, `.+`), if it
/// ends in one.
fn strip_gap(pattern: &str) -> Option<&str> {
    let rest = pattern.strip_suffix('?').unwrap_or(pattern);
    let rest = match rest.strip_suffix('}') {
        Some(open) => &open[..open.rfind('{')?],
        None => rest.strip_suffix(['*', '+'])?,
    };
    let rest = rest.strip_suffix('.')?;
    (!rest.ends_with('\\')).then_some(rest)
}

/// What follows a figure past its unit: the letters or `%` glued to it, or a unit word
/// ("p to 340p" gives " to 340p", " percent on 2016" gives " on 2016").
fn past_unit(after: &str) -> &str {
    let after = after.trim_start_matches(|c: char| c.is_alphabetic() || c == '%');
    [
        " percentage points",
        " percentage point",
        " percent",
        " per cent",
        " points",
        " pence",
        " cents",
        " pc",
    ]
    .iter()
    .find_map(|unit| after.strip_prefix(unit))
    .unwrap_or(after)
}

/// Whether what follows a change past its unit (`past_unit`) leads to the level it
/// reached: "to 340p", ", or 3.4%, to 340p", " (3.4%) to 340p", " at 340p", " to close at
/// 340p".
fn level_follows(after: &str) -> bool {
    // An aside on the size of the change: ", or 3.4%," and " (3.4%)".
    let after = match after.strip_prefix(", or ") {
        Some(rest) => rest.split_once(',').map_or(after, |(_, rest)| rest),
        None => match after.strip_prefix(" (") {
            Some(rest) => rest.split_once(')').map_or(after, |(_, rest)| rest),
            None => after,
        },
    };
    [
        " to close at ",
        " to end at ",
        " to finish at ",
        " to stand at ",
        " to ",
        " at ",
    ]
    .iter()
    .find_map(|lead| after.strip_prefix(lead))
    .is_some_and(|rest| {
        rest.trim_start_matches(CURRENCY_SIGNS)
            .starts_with(|c: char| c.is_ascii_digit())
    }) || level_a_few_words_on(after)
}

/// "rose 0.3% in March, to 3.2%", "rose 0.3% in March from February to an annual 3.2%":
/// the level after a few words of when and against what, in the same clause, with no
/// other figure between. ("rose 5% in the year to 2024" ends at a year, not a level.)
fn level_a_few_words_on(after: &str) -> bool {
    let clause = after.split(['.', ';', ':']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().take(9).collect();
    for (i, word) in words.iter().enumerate() {
        let word = word.trim_matches(',');
        // "rose 230% in 2024, to 1,212": a year says when, it is no other figure.
        if word.starts_with(|c: char| c.is_ascii_digit()) && !is_year(word) {
            return false;
        }
        if word != "to" {
            continue;
        }
        let level = words[i + 1..]
            .iter()
            .map(|w| w.trim_start_matches(CURRENCY_SIGNS))
            .find(|w| {
                !matches!(
                    *w,
                    "an" | "a" | "the" | "annual" | "yearly" | "annualised" | "annualized"
                )
            });
        return level.is_some_and(|figure| {
            figure.starts_with(|c: char| c.is_ascii_digit()) && !is_year(figure)
        });
    }
    false
}

/// How many times one start is searched again with the figures it could not count blanked.
const RETRIES: usize = 4;

/// The leftmost-first match of `run.regex` from `position` to the end of `haystack`, as
/// one unanchored search finds it. With `run.starts`, the regex is tried anchored at each
/// place a match can start, in order, and the first match is the leftmost one: no match
/// starts anywhere else.
fn find<'a>(
    cache: &mut SearchCache<'a>,
    run: &Run<'a>,
    mut captures: Option<&mut Captures>,
    haystack: &str,
    position: usize,
) -> Option<Match> {
    let mut once = |input: Input<'_>| match captures.as_deref_mut() {
        Some(captures) => {
            run.regex.search_captures(cache, &input, captures);
            captures.get_match()
        }
        None => run.regex.search(cache, &input),
    };
    let end = haystack.len();
    let Some(starts) = run.starts else {
        return once(Input::new(haystack).span(position..end));
    };
    let mut from = position;
    let bytes = haystack.as_bytes();
    // The end of the sentence of the last start: found once per sentence, not once per
    // start (a sentence of 100 KB with a start every few words made this quadratic).
    let mut known_end: Option<usize> = None;
    // Starts are ASCII bytes, so `at` and `at + 1` are character boundaries.
    while let Some(at) = starts.next(bytes, from, end) {
        // A match that runs past its sentence's end is searched for again inside it (see
        // `search`), so the attempt ends there: the backtracker clears a bit per state and
        // position of the span before each attempt, and a region of many sentences made
        // that most of its work. Assertions still see the text past the span.
        let sentence_end = match known_end {
            Some(known) if at <= known => known,
            _ => *known_end.insert(
                bytes[at..end]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(end, |n| at + n),
            ),
        };
        let input = Input::new(haystack)
            .span(at..sentence_end)
            .anchored(Anchored::Yes);
        if let Some(found) = once(input) {
            return Some(found);
        }
        from = at + 1;
    }
    None
}

fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The regex checks word edges with ASCII rules (fast); this applies the Unicode ones, so
/// `Kim` does not match inside `Kimé` and `aid` not inside `saïd`. A contraction ending in
/// `'t` is one word too: `won` does not match in "won't", nor `can` in "can't".
fn whole_words(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let first = text[range.clone()].chars().next();
    let last = text[range.clone()].chars().next_back();
    let rest = &text[range.end..];
    let after = rest.chars().next();
    let joined = |a: Option<char>, b: Option<char>| matches!((a, b), (Some(a), Some(b)) if is_word(a) && is_word(b));
    let contraction = last.is_some_and(char::is_alphabetic)
        && rest
            .strip_prefix("'t")
            .is_some_and(|t| !t.chars().next().is_some_and(is_word));
    !joined(before, first) && !joined(last, after) && !contraction
}

/// Whether `after`, what follows a match with a number, opens a comparison ("less than the
/// tunnel"): the number is then a difference between two amounts, not the amount.
fn is_comparison(after: &str) -> bool {
    let mut words = after.split_whitespace().map(str::to_lowercase);
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    // "4,312 patients waiting more than 62 days": "more than" qualifies the next figure,
    // it does not compare the match's (trial 86). (Read only after a "than": every match
    // with a figure asks.)
    let qualifies_a_figure = |third: Option<String>| {
        third.is_some_and(|third| {
            third.starts_with(|c: char| c.is_ascii_digit())
                || crate::numbers::parse_quantity(third.trim_end_matches([',', '.'])).is_some()
        })
    };
    second.trim_end_matches(|c: char| !c.is_alphanumeric()) == "than"
        && matches!(
            first.as_str(),
            "more"
                | "less"
                | "fewer"
                | "higher"
                | "lower"
                | "cheaper"
                | "dearer"
                | "larger"
                | "smaller"
                | "bigger"
                | "greater"
                | "longer"
                | "shorter"
                | "older"
                | "younger"
        )
        && !qualifies_a_figure(words.next())
}

/// What a pattern spells when it asks for a sum of money: a currency, or a word for what
/// something costs.
const MONEY_WORDS: &[&str] = &[
    "$", "€", "£", "¥", "dollar", "euro", "pound", "ruble", "rouble", "yuan", "cost", "price",
    "worth", "spend", "spent", "paid", "pay", "budget", "fund", "loan", "debt",
];

/// Whether a claim's sentence gives a sum of money: a currency sign or a currency's name
/// ("£3.6m", "4.2 million pounds").
pub(crate) fn names_money(claim: &str) -> bool {
    #[rustfmt::skip]
    const CURRENCIES: &[&str] = &[
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "ruble", "rubles", "rouble",
        "roubles", "yuan",
    ];
    claim.contains(CURRENCY_SIGNS)
        || claim
            .split(|c: char| !c.is_alphabetic())
            .any(|w| CURRENCIES.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// Whether the number after `before` is the whole of which a part is meant ("half of the 3
/// million people fled", "a third of its 4.5 million residents", "411 of the 650 seats"),
/// with `pattern` not
/// spelling the "of" itself. Such a number may support a claim about the whole ("half of
/// the 11,000 troops" still says there are 11,000) but never breaks one about the part.
pub(crate) fn part_of_larger_figure(before: &str, pattern: &str) -> bool {
    let mut back = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%'));
    let mut word_before = back.next().unwrap_or("").to_lowercase();
    if matches!(
        word_before.as_str(),
        "the" | "its" | "their" | "his" | "her" | "those" | "these"
    ) {
        word_before = back.next().unwrap_or("").to_lowercase();
    }
    // A fraction word, or a number: "411 of the 650 seats" counts 411, not 650.
    let part = |w: &str| {
        FRACTION_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f))
            || w.starts_with(|c: char| c.is_ascii_digit())
            || crate::numbers::parse_quantity(w).is_some()
    };
    word_before == "of"
        && back.next().is_some_and(part)
        && !pattern
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "of")
}

/// Whether the number between `before` and `after` is a part of a whole the sentence named
/// first: after a fronted "Of the 1,212 cases," or "Among them," ("Of the 1,212 cases, 90%
/// were in children", "Of those, 1,100 were children"), or before "of them" or "of whom"
/// ("1,212 cases, 1,100 of them in children"), with `pattern` not spelling the "of" itself.
/// Like a part of a larger figure, it may support a claim but never breaks one: the claim
/// may be about the whole.
pub(crate) fn part_of_named_whole(before: &str, after: &str, pattern: &str) -> bool {
    let spells_of = pattern
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "of" || w == "among");
    if spells_of {
        return false;
    }
    let after = after.trim_start().to_lowercase();
    let after = ["%", "percent", "per cent"]
        .iter()
        .find_map(|unit| after.strip_prefix(unit))
        .unwrap_or(&after)
        .trim_start();
    let of_them = ["of them", "of whom", "of which", "of those", "of these"]
        .iter()
        .any(|of| after.starts_with(of) && !after[of.len()..].starts_with(char::is_alphanumeric));
    let before = before.trim_start().to_lowercase();
    let fronted = ["of ", "among "]
        .iter()
        .any(|opener| before.starts_with(opener))
        && !before.starts_with("of course")
        && before.split_once(", ").is_some_and(|(_, to_figure)| {
            // The figure is what the sentence goes on with ("Of the 1,212 cases, about
            // 90% …"), not an object after a verb: "Of the 650 seats, Labour won 411"
            // says how many Labour won, which a claim may be about.
            to_figure
                .split_whitespace()
                .all(|w| QUALIFYING_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        });
    of_them || fronted
}

/// People an age limit may follow: "children under five", "adults over 65".
const PEOPLE: &[&str] = &[
    "children",
    "kids",
    "people",
    "adults",
    "those",
    "anyone",
    "women",
    "men",
    "girls",
    "boys",
    "patients",
    "residents",
    "workers",
    "voters",
];

/// Words that may stand between a fronted "Of the 1,212 cases," and the part it names.
const QUALIFYING_WORDS: &[&str] = &[
    "about", "around", "roughly", "some", "nearly", "almost", "only", "just", "more", "fewer",
    "less", "than", "over", "under", "at", "least", "most", "up", "to", "all", "but", "",
];

/// Words that, before "of (the)", make the number after them the whole of which a part is
/// meant (see `part_of_larger_figure`).
const FRACTION_WORDS: &[&str] = &[
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
    "percent", "cent", "%", "most", "majority", "minority", "share", "fraction", "part", "portion",
    "many", "some", "few",
];

/// Words after which a four-digit number is a year ("since 2014", "in 2003"), not a count.
const YEAR_WORDS: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "before", "after", "during", "of", "early",
    "late", "mid", "year", "the", "for", "to",
];

/// Whether lower-cased `text` names a total and what it reached: "total to", "total
/// past", or up to two words between ("the total penalty to £150,000", trial 117; "the
/// total amount paid to 1,200").
fn total_to(text: &str) -> bool {
    text.match_indices(" total ").any(|(at, total)| {
        text[at + total.len()..]
            .split(' ')
            .take(3)
            .any(|word| word == "to" || word == "past")
    })
}

/// Says why a number that `{n}` captured is not a count at all, if it is not. Such a number
/// neither meets nor breaks `number:`.
///
/// `before` and `after` are the sentence's text around the number; `context_is_ours` says
/// whether the words before it lie outside the match (the analyst's own words are never
/// second-guessed: `signed in {n}` asks for a year). `patterns` is the pattern as written
/// (in lower case),
/// so a pattern that spells out `-year-old` or `of the` keeps that reading, and with its
/// terms expanded: a word a term spells right before the figure is the analyst's too
/// ("Northport City" in `beat {northport} {n}-\d`). `for_a_change` says that the claim
/// states the size of a change, so a figure read as one is what it is about; `claim_money`
/// that it gives a sum of money, so a sum is what it asks for.
#[allow(clippy::too_many_arguments)]
fn not_a_count(
    before: &str,
    written: &str,
    after: &str,
    context_is_ours: bool,
    patterns: (&str, &str),
    for_a_change: bool,
    claim_times: &[String],
    claim_money: bool,
) -> Option<&'static str> {
    let (pattern_lower, expanded) = patterns;
    // "rose $15.3bn": the currency sign is the figure's, not a word before it.
    let words: Vec<&str> = before
        .trim_end()
        .trim_end_matches(CURRENCY_SIGNS)
        .split_whitespace()
        .collect();
    let previous = words
        .last()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .unwrap_or("");
    let previous_lower = previous.to_lowercase();
    let digits_only = written.bytes().all(|b| b.is_ascii_digit());
    let year = is_year(written);
    let spelled = |literal: &str| pattern_lower.contains(literal);
    let after_lower = after.to_lowercase();

    // What follows the number belongs to the token itself.
    if after.starts_with('-')
        && after[1..].starts_with(char::is_alphabetic)
        && !after_lower.starts_with("-strong")
        && !spelled("-")
    {
        return Some("part of a compound such as \"24-year-old\", not a count");
    }
    // "At one point two men were arrested": an idiom, not 1.2.
    if written
        .get(..10)
        .is_some_and(|w| w.eq_ignore_ascii_case("one point "))
        && crate::numbers::at_one_point(before, "one")
    {
        return Some("part of \"at one point\", not a figure");
    }
    if after.starts_with(':') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return Some("a time of day, not a count");
    }
    // "2010-2020", "between 2010 and 2020", "the 2023-24 season": a span of years.
    let years = written
        .split(|c: char| !c.is_ascii_digit())
        .filter(|digits| is_year(digits))
        .count();
    let season =
        year && after.starts_with('-') && after[1..].starts_with(|c: char| c.is_ascii_digit());
    if years >= 2 || season {
        return Some("a span of years, not a count");
    }
    // "4.2 × 10⁶", "3 x 10^6": a figure in scientific notation, which is not read.
    let times_ten = |t: &str| {
        ["×", "*", "x"]
            .iter()
            .find_map(|sign| t.strip_prefix(sign))
            .is_some_and(|rest| rest.trim_start().starts_with("10"))
    };
    let before_times = before.trim_end();
    // The sign after a figure: "4.2 × 10", not Markdown's "**Turnout:** 61%".
    let after_a_figure = |sign: char| {
        before_times
            .strip_suffix(sign)
            .is_some_and(|rest| rest.trim_end().ends_with(|c: char| c.is_ascii_digit()))
    };
    if times_ten(after.trim_start())
        || after.starts_with('^')
        || ['×', '*', '^'].into_iter().any(after_a_figure)
        || (before_times.ends_with(" x") && written == "10")
    {
        return Some("part of a figure in scientific notation (like \"4.2 × 10⁶\"), not read");
    }
    if let Some(why) = unread_tail(after) {
        return Some(why);
    }
    // "£107m" is money; "1.5m" alone may be metres as well as a million, but not before
    // a noun that counts people or things ("1.5m people", "1.2m tickets").
    #[rustfmt::skip]
    const COUNTED: &[&str] = &[
        "people", "children", "men", "women", "adults", "staff", "workers", "residents",
        "voters", "viewers", "users", "customers", "tickets", "doses", "barrels", "tonnes",
        "households", "homes", "jobs", "passengers", "visitors", "subscribers", "refugees",
        "migrants", "patients", "students", "cases", "copies", "units", "vehicles", "cars",
        "shares", "votes", "followers", "listeners", "downloads", "streams", "members",
        "employees", "signatures", "applications", "claims", "deaths", "infections",
    ];
    let counted_after = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|word| COUNTED.contains(&word));
    let metres_or_million = written.ends_with(['m', 'M'])
        && !written.to_ascii_lowercase().ends_with("mn")
        && !before.ends_with(CURRENCY_SIGNS)
        && !counted_after;
    if metres_or_million {
        return Some("ambiguous: \"1.5m\" may be metres or a million");
    }
    // "£389k" is money; "5k" alone may be a race as well as five thousand.
    if written.ends_with(['k', 'K']) && !before.ends_with(CURRENCY_SIGNS) {
        return Some("ambiguous: \"5k\" may be a distance or five thousand");
    }
    let and_a = |before: &str| {
        let before = before.trim_end().as_bytes();
        before.len() >= 6 && before[before.len() - 6..].eq_ignore_ascii_case(b" and a")
    };
    if written.eq_ignore_ascii_case("half") && and_a(before) {
        return Some("the tail of a figure (like \"a million and a half\"), not a count");
    }
    let month = MONTHS
        .iter()
        .any(|m| after_lower.trim_start().starts_with(m));
    if month
        && !spelled(
            MONTHS
                .iter()
                .find(|m| after_lower.trim_start().starts_with(*m))
                .copied()
                .unwrap_or(""),
        )
    {
        return Some("a day of the month, not a count");
    }
    // "one of the …", "one of those …": a part of a whole the sentence means.
    let of_the = ["of the ", "of those ", "of these "];
    // "one of its 40 stores" is a part of the 40, but "closed eight of its inpatient beds"
    // counts the beds closed (trial 103): a possessive whole is one only with a figure.
    let of_its = ["of its ", "of their ", "of his ", "of her "];
    let after_trimmed = after_lower.trim_start();
    let a_figure_next = |rest: &str| {
        rest.starts_with(|c: char| c.is_ascii_digit())
            || rest
                .split_whitespace()
                .next()
                .is_some_and(|w| crate::numbers::parse_quantity(w).is_some())
    };
    // "14 of 50 states": the whole as a bare figure.
    let of_a_figure = after_trimmed.strip_prefix("of ").is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_digit()) && !is_year(rest.get(..4).unwrap_or(""))
    });
    let partitive = of_the.iter().any(|p| after_trimmed.starts_with(p))
        || of_its
            .iter()
            .find_map(|p| after_trimmed.strip_prefix(p))
            .is_some_and(a_figure_next);
    if (of_a_figure || partitive) && !spelled("of") {
        return Some("a part of a larger number (like \"one of the …\"), not the count");
    }
    let dotted_thousands = written.split_once('.').is_some_and(|(head, tail)| {
        !head.is_empty()
            && head.len() <= 3
            && tail.len() == 3
            && head.bytes().chain(tail.bytes()).all(|b| b.is_ascii_digit())
    });
    if dotted_thousands {
        return Some("ambiguous: \"11.000\" is 11 in English and 11,000 in much of Europe");
    }
    // A pattern about money (a currency, or what things cost) asks for sums of money.
    let about_money = claim_money || MONEY_WORDS.iter().any(|w| spelled(w));
    if !about_money
        && (before.ends_with(CURRENCY_SIGNS)
            || ["dollars", "euros", "pounds", "rubles", "roubles", "yuan"]
                .iter()
                .any(|c| after_lower.trim_start().starts_with(c)))
    {
        return Some("a sum of money, not a count");
    }
    // "Between $2 billion and $4 billion", "between 90% and 95%": a range whose unit is
    // repeated, which the grammar does not read whole; either end alone is not the figure.
    let before_sign = before
        .trim_end()
        .trim_end_matches(CURRENCY_SIGNS)
        .trim_end();
    let ends_with_word = |text: &str, word: &str| {
        let split = text.len().saturating_sub(word.len());
        match (text.get(..split), text.get(split..)) {
            (Some(head), Some(tail)) => {
                tail.eq_ignore_ascii_case(word) && head.ends_with([' ', '('])
            }
            _ => false,
        }
    };
    let after_unit = after_lower.trim_start_matches('%');
    let after_unit = [
        " percent",
        " per cent",
        " billion",
        " million",
        " thousand",
        " trillion",
    ]
    .iter()
    .find_map(|unit| after_unit.strip_prefix(unit))
    .unwrap_or(after_unit);
    let low_end = ends_with_word(&format!(" {before_sign}"), "between")
        && after_unit.strip_prefix(" and ").is_some_and(|rest| {
            rest.trim_start_matches(CURRENCY_SIGNS)
                .starts_with(|c: char| c.is_ascii_digit())
        });
    let high_end = ends_with_word(before_sign, "and")
        && words
            .iter()
            .rev()
            .take(5)
            .any(|w| w.eq_ignore_ascii_case("between"));
    if (low_end || high_end) && !spelled("between") {
        return Some(
            "an end of a range it does not read whole (\"between $2 billion and $4 billion\")",
        );
    }
    // "Sentenced in March 2021 to six years": a year, then the count, not a range.
    let year_to = written.split_once(" to ").is_some_and(|(from, _)| {
        from.len() == 4
            && from
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y))
    });
    if year_to && !spelled(" to ") {
        return Some("a year and then another figure, not a range");
    }
    // "Three-quarters of a million people": a share of the figure, which is not read.
    let of_a_share = previous_lower == "of"
        && words.len() >= 2
        && ["half", "quarter", "third", "fifth", "tenth", "percent", "%"]
            .iter()
            .any(|share| words[words.len() - 2].to_lowercase().contains(share));
    if of_a_share && written.starts_with(['a', 'A']) && !spelled(" of ") {
        return Some("a share of the figure (like \"three-quarters of a million\"), not read");
    }
    // "One thousand, two hundred and twelve": a figure in words cut in two by a comma; its
    // head and its tail alone are other figures.
    const SCALE_WORDS: [&str; 4] = ["thousand", "million", "billion", "hundred"];
    let tail = SCALE_WORDS.contains(&previous_lower.as_str()) && before.trim_end().ends_with(',');
    let head = SCALE_WORDS
        .iter()
        .any(|scale| written.to_lowercase().ends_with(scale))
        && after_lower.strip_prefix(", ").is_some_and(|rest| {
            !rest.starts_with(|c: char| c.is_ascii_digit())
                && rest
                    .split_whitespace()
                    .next()
                    .and_then(crate::numbers::parse_quantity)
                    .is_some()
        });
    if tail || head {
        return Some("a part of a figure in words (like \"one thousand, two hundred\"), not read");
    }
    // "In the 12 months to December", "2023's biggest story": a length of time, a year.
    const PERIODS: &[&str] = &[
        " months", " month", " weeks", " week", " days", " years", " hours",
    ];
    let period = ["the", "past", "last", "first", "next"].contains(&previous_lower.as_str())
        && PERIODS
            .iter()
            .find(|unit| after_lower.starts_with(*unit))
            .is_some_and(|unit| !spelled(unit.trim()));
    // "compared with 9,205 two years earlier": a span back in time, not a count (trial 87).
    let span_back = PERIODS
        .iter()
        .find(|unit| after_lower.starts_with(*unit))
        .is_some_and(|unit| {
            let rest = after_lower[unit.len()..].trim_start();
            [
                "earlier",
                "ago",
                "before",
                "after",
                "later",
                "previously",
                "on",
            ]
            .iter()
            .any(|w| rest.starts_with(w) && !rest[w.len()..].starts_with(char::is_alphanumeric))
                && !spelled(unit.trim())
        });
    if period || span_back || year && (after.starts_with("'s") || after.starts_with("’s")) {
        return Some("a length of time or a year (like \"in the 12 months to\"), not a count");
    }
    // "Children under five", "people aged 65": an age that says who, not how many.
    let age_limit = match previous_lower.as_str() {
        "aged" => true,
        "under" | "over" => {
            words.len() >= 2 && {
                let who = words[words.len() - 2].to_lowercase();
                PEOPLE.contains(&who.trim_matches(|c: char| !c.is_alphanumeric()))
            }
        }
        _ => false,
    };
    if age_limit && !spelled(&previous_lower) {
        return Some("an age (like \"children under five\"), not a count");
    }
    // "No one has died": nobody, not a count of one.
    if written.eq_ignore_ascii_case("one") && previous_lower == "no" {
        return Some("\"no one\" is nobody, not a count");
    }
    // "1 in 5 people": a ratio.
    // "Nine in ten": in words, both figures are small numbers.
    let small_word = |w: &str| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        crate::numbers::digit_word(&w).is_some() || w == "ten"
    };
    // The other figure of a ratio is larger, and no year: "rose to 5,012 in 2024" and
    // "1,212 in 10 states" are counts.
    let value = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        crate::numbers::parse_quantity(w).map(|v| v.hi)
    };
    let ratio = |part: &str, whole: &str| {
        let whole_word = whole.trim_matches(|c: char| !c.is_alphanumeric());
        let digits = whole_word.starts_with(|c: char| c.is_ascii_digit());
        (digits && !is_year(whole_word) || small_word(whole))
            && matches!((value(part), value(whole)), (Some(p), Some(w)) if p < w)
    };
    let ratio_after = after_lower
        .strip_prefix(" in ")
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|whole| ratio(written, whole));
    let ratio_before =
        previous_lower == "in" && words.len() >= 2 && ratio(words[words.len() - 2], written);
    if (ratio_after || ratio_before) && !spelled(" in ") {
        return Some("a ratio (like \"1 in 5\"), not a count");
    }
    // The words before the number are the text's, not the analyst's, when the number starts
    // the match or the word before it is one the pattern does not spell (a gap took it:
    // `turnout\b.{0,20}\b{n}` over "Turnout in 2019 was 60%").
    // "Unemployment, at 4.5% in April, fell to 4.2%": an aside with the figure for another
    // time, judged before the words the pattern spells ("Turnout, 54% in 2019, rose" under
    // `turnout\b.{0,30}\b{n}%`).
    let aside = figure_for_another_time(before, &after_lower);
    // A pattern that spells the aside's words (`unemployment, at {n}%`), or the verb of a
    // relative aside (`Brask\b.{0,40}\bkilled {n}` over "The Brask disaster, which killed
    // 14 people in February, …"), asks for its figure; but not the verb of an aside that
    // dates itself before the main clause's own figure ("Rents, which rose 6.1% a year
    // earlier, rose 9.2%").
    let (aside_text, main_clause) = after_lower
        .find([',', ')', ';', '—', '–'])
        .map_or((after_lower.as_str(), ""), |close| {
            after_lower.split_at(close)
        });
    let dated_before = [
        " earlier",
        " previous",
        " before",
        " last ",
        " ago",
        " back in",
    ]
    .iter()
    .any(|word| aside_text.contains(word))
        && main_clause.contains(|c: char| c.is_ascii_digit());
    let asked = |opening: &str| {
        let lower = opening.to_lowercase();
        let words = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
        // A passive verb after its auxiliary: "which was fined £3.6m in March" (trial 84).
        let passive = |verb: &'_ str| -> String {
            ["was ", "were ", "has been ", "had been ", "have been "]
                .iter()
                .find_map(|aux| verb.strip_prefix(aux))
                .filter(|rest| rest.split_whitespace().next().is_some())
                .unwrap_or(verb)
                .to_string()
        };
        let verb = ["which ", "who "]
            .iter()
            .find_map(|lead| words.strip_prefix(lead))
            .map(passive)
            // (Not a verb of a level, "which was", "which stood at": the aside's own.)
            .filter(|verb| {
                verb.split_whitespace()
                    .next()
                    .is_some_and(|first| !ASIDE_WORDS.contains(&first))
            });
        // The verb as a word of the pattern: `fined\b.{0,10}£{n}m` spells "fined".
        let spells_verb = |verb: &String| {
            spelled(verb)
                || verb.split_whitespace().next().is_some_and(|first| {
                    pattern_lower
                        .replace("\\b", " ")
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == first)
                })
        };
        lower.contains(char::is_alphabetic)
            && (spelled(&lower) || !dated_before && verb.as_ref().is_some_and(spells_verb))
    };
    // "the backlog, which stood at 73,105 cases at the end of September 2024," against a
    // claim about September 2024: the aside's time is the claim's.
    let claims_time = times_named(aside_text)
        .iter()
        .any(|time| claim_times.contains(time));
    if aside.is_some_and(|opening| !asked(opening)) && !claims_time {
        let earlier = aside.is_some_and(|opening| {
            opening
                .split_whitespace()
                .any(|w| EARLIER_WORDS.contains(&w.to_lowercase().as_str()))
        });
        return Some(if earlier {
            EARLIER_ASIDE
        } else {
            "a figure for another time (like \", at 4.5% in April,\"), not the count"
        });
    }
    // "by 80% to 90%", "£500m to £540m", "£500m-£540m", "60% or 61%": the low end of a
    // range whose unit is repeated, which the grammar does not read whole; the analyst's
    // `by {n}%` did not ask for a range.
    let sign_before = before.trim_end().ends_with(CURRENCY_SIGNS);
    // The unit glued to the figure ("%", "m", "bn"): a range repeats it on its other end.
    let unit: String = after_lower
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '%')
        .collect();
    let rest = past_unit(&after_lower);
    // "between 40C and 42C", "between £2.3bn and £2.5bn": "and" joins a range's ends
    // after "between".
    let between = previous_lower == "between";
    let high = [
        " to ",
        " or ",
        "-",
        " - ",
        "\u{2013}",
        " \u{2013} ",
        " and ",
    ]
    .iter()
    .filter(|lead| between || **lead != " and ")
    .find_map(|lead| rest.strip_prefix(lead))
    .and_then(|rest| {
        let signed = rest.starts_with(CURRENCY_SIGNS);
        let rest = rest.trim_start_matches(CURRENCY_SIGNS);
        let digits: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .collect();
        let same_unit = signed == sign_before
            && rest[digits.len()..]
                .to_lowercase()
                .starts_with(unit.as_str());
        same_unit
            .then(|| digits.replace(',', "").parse::<f64>().ok())
            .flatten()
    });
    let low = written.replace(',', "").parse::<f64>().ok();
    // "Leave beat Remain 52%-48%" is a score, not a range: a range rises.
    let low_end = matches!((low, high), (Some(low), Some(high)) if high > low);
    let by_change =
        previous_lower == "by" && CHANGE_WORDS.contains(&word_before_figure(&words, 1).as_str());
    let from_or_change = previous_lower == "from"
        || by_change
        || (CHANGE_WORDS.contains(&previous_lower.as_str()) && previous_lower != "by");
    if low_end && !from_or_change && !spelled(" to ") && !spelled(" or ") {
        return Some("an end of a range it does not read whole (like \"by 80% to 90%\")");
    }
    let spelled_in = |lower: &str| {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && w == previous_lower)
    };
    // A term's words count for a name only: a term that spells "by" or "from" does not ask
    // for the change or the earlier figure. (The expanded pattern, every term's spellings,
    // is lower-cased only then: this runs for every figure `{n}` captures.)
    // Only a word the pattern spells right before a `{n}`: "in" in `housing starts in
    // Calderbridge\b.{0,40}\b{n}` asks for no year where the gap took "rose by 510 in".
    let previous_spelled = words_before_figures(pattern_lower)
        .iter()
        .any(|w| *w == previous_lower)
        || (previous.chars().next().is_some_and(char::is_uppercase)
            && spelled_in(&expanded.to_lowercase()));
    if !context_is_ours && previous_spelled {
        return None;
    }
    // What stands before the number, when the analyst did not write it.
    if year && (words.is_empty() || YEAR_WORDS.contains(&previous_lower.as_str())) {
        return Some("a year, not a count");
    }
    // "up from 8,000", "compared with 368 a year earlier", "against 412 in 2024".
    let compared = matches!(previous_lower.as_str(), "with" | "to")
        && words.len() >= 2
        && ["compared", "comparison", "comparable"]
            .contains(&words[words.len() - 2].to_lowercase().as_str());
    let against = matches!(previous_lower.as_str(), "against" | "versus" | "vs" | "vs.");
    // "lower than the £42m widely reported": a figure reported and compared with, not the
    // one stated (unlike "more than 1,000", a bound, or "higher than the 4.7% rate published
    // by Kantara", another source's figure, which is read where the pattern starts at
    // it). So is any figure after "than the" that a pattern's gap swallowed the comparison
    // before: "Isolde's losses are smaller than the £360m insurers paid after Storm
    // Eunice" under `Isolde … losses\b.{0,40}\b£{n}m` (trial 175: read as Isolde's).
    let than_the = previous_lower == "the" && {
        let comparison = word_before_figure(&words, 1);
        (comparison == "than"
            || (!context_is_ours && ["below", "above", "beyond"].contains(&comparison.as_str())))
            && ((!context_is_ours && !spelled(&format!("{comparison} the")))
                || after_lower.split_whitespace().take(3).any(|w| {
                    [
                        "reported",
                        "claimed",
                        "rumoured",
                        "rumored",
                        "suggested",
                        "speculated",
                        "quoted",
                    ]
                    .contains(&w.trim_matches(|c: char| !c.is_alphabetic()))
                }))
    };
    if previous_lower == "from" || compared || against || than_the {
        return Some("an earlier or compared figure (like \"up from 8,000\"), not the count");
    }
    let word_before = |n: usize| word_before_figure(&words, n);
    // "sent another 3,000 troops", "3,000 more troops": an addition, not the total.
    let added = ["another", "additional", "further", "extra"].contains(&previous_lower.as_str())
        || after_lower.starts_with(" more ") && !after_lower.starts_with(" more than");
    if added && !spelled(previous_lower.as_str()) {
        return Some("an addition (like \"another 3,000\"), not the total");
    }
    // "a decline of nearly 900", "an increase of 12%": the size of a change, not the level.
    // ("a decline of nearly 900": the qualifier is the figure's, as `numbers::qualify` reads it.)
    let (_, qualifier) = crate::numbers::qualify(crate::numbers::Interval::exact(0.0), before);
    let unqualified_before = &before[..before.len() - qualifier.map_or(0, |(_, len)| len)];
    let unqualified: Vec<&str> = unqualified_before.split_whitespace().collect();
    let unqualified = unqualified.as_slice();
    let change_of = word_before_figure(unqualified, 0) == "of" && {
        let noun = word_before_figure(unqualified, 1);
        CHANGE_NOUNS.contains(&noun.as_str())
            && matches!(word_before_figure(unqualified, 2).as_str(), "a" | "an")
            && !spelled(&noun)
            && !for_a_change
    };
    if change_of {
        return Some("the size of a change (like \"a decline of 900\"), not the level");
    }
    // "was initially put at £114.1bn but was later revised to £120.7bn", "first estimated
    // at 740,000 before being revised": an earlier figure the sentence replaces.
    let window: Vec<String> = words
        .iter()
        .rev()
        .take(4)
        .map(|w| w.to_lowercase())
        .collect();
    let earlier_figure = window.iter().any(|w| EARLIER_WORDS.contains(&w.as_str()))
        && window.iter().any(|w| {
            [
                "put",
                "estimated",
                "reported",
                "given",
                "stood",
                "announced",
                "published",
                "recorded",
                "counted",
                "said",
                "gave",
                "gives",
                "showed",
                "listed",
                "quoted",
            ]
            .contains(&w.as_str())
        })
        && (!window.iter().any(|w| w == "first" || w == "once")
            || [
                " revised",
                " corrected",
                " now ",
                " later",
                " since",
                " amended",
            ]
            .iter()
            .any(|later| after_lower.contains(later)));
    if earlier_figure && !EARLIER_WORDS.iter().any(|w| spelled(w)) {
        return Some(EARLIER_FIGURE);
    }
    // "has revised Brindley's reading of 38.2C down to 37.9C", "lowered its count of 412
    // to 398": the figure a revision replaces, with the new one after "to".
    let rest = after_lower
        .trim_start_matches(|c: char| !c.is_whitespace())
        .trim_start();
    let to_another = ["down to ", "up to ", "to "]
        .iter()
        .find_map(|to| rest.strip_prefix(to))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c)));
    // (The words before are lower-cased only for a figure another follows.)
    let revising = to_another
        && words.iter().rev().take(6).any(|w| {
            let w = w.to_lowercase();
            crate::negation::REVISED.contains(&w.as_str())
                || ["lowered", "raised", "downgraded", "upgraded"].contains(&w.as_str())
        });
    if revising && !spelled(" to ") {
        return Some("an earlier figure the sentence revises (like \"revised its count of 412 down to 398\"), not the count");
    }
    // "broke the 2023 record of 1.45C", "the previous record of 1,100": a record beaten.
    let beaten = previous_lower == "of"
        && word_before(1) == "record"
        && (2..=5).any(|n| {
            [
                "broke",
                "breaking",
                "beat",
                "beating",
                "surpassed",
                "surpassing",
                "eclipsed",
                "smashed",
                "shattered",
                "topped",
                "previous",
                "old",
                "former",
            ]
            .contains(&word_before(n).as_str())
        });
    if beaten && !spelled("record") {
        return Some("a record beaten (like \"broke the record of 1.45C\"), not the figure");
    }
    // "beat forecasts of $95bn": a forecast, estimate or target, not the result.
    const FORECASTS: &[&str] = &[
        "forecast",
        "forecasts",
        "expectation",
        "expectations",
        "estimate",
        "estimates",
        "projection",
        "projections",
        "prediction",
        "predictions",
        "target",
        "targets",
        "consensus",
        "poll",
        "polls",
        "survey",
        "surveys",
        "guidance",
        "outlook",
    ];
    if previous_lower == "of" && FORECASTS.contains(&word_before(1).as_str()) && !spelled(" of ") {
        return Some("a forecast, a target or a poll (like \"forecasts of $95bn\", \"a survey of 500\"), not the result");
    }
    // "The Fed's projection put the rate at 4.4%", "The consensus had it at 4.1%": what a
    // forecast put the figure at.
    // ("Polls had Labour on 40%", "The exit poll put Labour on 36%".)
    // The words of the figure's clause before it, lower-cased.
    let clause_before = || -> Vec<String> {
        before
            .rsplit([',', ';', ':'])
            .next()
            .unwrap_or(before)
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect()
    };
    // A survey of prices measures them: "whose survey put average weekly fees at £1,245",
    // "A survey … found average weekly fees were £1,245" (trial 172). Its money is the
    // result; a poll's figures are shares and counts.
    let money = before.trim_end().ends_with(CURRENCY_SIGNS);
    let forecast_word = |w: &str| FORECASTS.contains(&w) && !(money && w.starts_with("survey"));
    // The forecast word whose clause "put" the figure.
    let forecast_put = matches!(previous_lower.as_str(), "at" | "on")
        .then(|| {
            let clause_before = clause_before();
            let at = clause_before.iter().position(|w| forecast_word(w))?;
            clause_before[at + 1..]
                .iter()
                .any(|w| {
                    [
                        "put", "puts", "had", "has", "have", "pegged", "pegs", "placed", "places",
                    ]
                    .contains(&w.as_str())
                })
                .then(|| clause_before[at].clone())
        })
        .flatten();
    if let Some(word) = forecast_put.filter(|_| !FORECASTS.iter().any(|word| spelled(word))) {
        return Some(match word.as_str() {
            "estimate" | "estimates" => ESTIMATE_PUT,
            _ => FORECAST_PUT,
        });
    }
    // "Nvidia's guidance for fourth-quarter revenue was $20bn", "The consensus estimate
    // for revenue is $20.4bn": the clause's subject is a forecast, and a form of "be"
    // gives its figure.
    let forecast_subject = matches!(previous_lower.as_str(), "was" | "is" | "were" | "are")
        && clause_before().iter().any(|w| forecast_word(w));
    if forecast_subject && !FORECASTS.iter().any(|word| spelled(word)) {
        return Some("a forecast (like \"the guidance for revenue was $20bn\"), not the result");
    }
    // "short of the 52% polls had forecast": the figure is what was forecast (in the same
    // clause: "won 52%, as polls had forecast" says the forecast came true).
    let clause = after_lower
        .split([',', ';', '.', '(', ')'])
        .next()
        .unwrap_or("");
    let forecast_after = clause
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| {
            matches!(
                w[0],
                "had" | "have" | "has" | "was" | "were" | "polls" | "analysts"
            ) && matches!(
                w[1],
                "forecast" | "predicted" | "projected" | "expected" | "targeted"
            )
        });
    if forecast_after && !spelled("forecast") && !spelled("predict") && !spelled("expect") {
        return Some(
            "a forecast or a target (like \"the 52% polls had forecast\"), not the result",
        );
    }
    // "Labour led with 41% in a YouGov poll", "was on 40% in the final poll": a poll's figure.
    // (Not "survey work", "survey costs": a survey that is work done, not asked; trial 163's
    // "had cost £5.6m once survey work and legal fees were included".)
    let after_words: Vec<&str> = clause
        .split_whitespace()
        .take(7)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let in_a_poll = after_words.iter().take(6).enumerate().any(|(i, w)| {
        ["poll", "polls", "survey"].contains(w)
            && !after_words.get(i + 1).is_some_and(|next| {
                [
                    "work",
                    "works",
                    "cost",
                    "costs",
                    "fees",
                    "team",
                    "teams",
                    "vessel",
                    "equipment",
                ]
                .contains(next)
            })
    });
    if in_a_poll && !spelled("poll") && !spelled("survey") {
        return Some("a poll's figure (like \"41% in a YouGov poll\"), not the result");
    }
    // "sent from 10,000 to 12,000 troops", "10,000 or 12,000", "10,000 - 12,000": an end of
    // a range ("rose from 8,000 to 11,000" is a change, and its level is read).
    let figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let dash = before.trim_end().ends_with(" -");
    let range_end = match previous_lower.as_str() {
        "to" => {
            figure(&word_before(1))
                && word_before(2) == "from"
                && !CHANGE_WORDS.contains(&word_before(3).as_str())
        }
        "or" => figure(&word_before(1)),
        "" if dash => figure(&word_before(1)),
        _ => false,
    };
    if range_end && !spelled(" to ") && !spelled(" or ") {
        return Some("an end of a range (like \"from 10,000 to 12,000\"), not one count");
    }
    // "Inflation missed the 2% target, at 3.2%": a target, a goal, a ceiling is no level.
    let goal = past_unit(&after_lower);
    let goal = goal.strip_prefix('-').unwrap_or(goal).trim_start();
    // ("higher than the £114.1bn forecast in November".)
    let goal_word = [
        "target",
        "goal",
        "ceiling",
        "threshold",
        "cap",
        "benchmark",
        "forecast",
        "projection",
        "prediction",
    ]
    .iter()
    .find(|word| goal.starts_with(*word));
    if goal_word.is_some_and(|word| !spelled(word)) {
        return Some("a target or a limit (like \"the 2% target\"), not the figure");
    }
    // "Three countries signed on Tuesday, bringing the total to 42": the figure is what was
    // added, the total comes after.
    // ("bringing his season total to 31", "taking the number of signatories to 42".)
    // (Every figure comes here: the rest is cut only when a total may follow.) The rest of
    // the sentence, past a ";": a figure before the total it names is an addition or an
    // earlier total ("Forty countries had signed by Monday; two more signed on Tuesday,
    // bringing the total to 42").
    let may_total = total_to(&after_lower) || after_lower.contains(" number ");
    let clause_after = || {
        let end = after_lower.find(". ").unwrap_or(after_lower.len());
        &after_lower[..end]
    };
    let addition = |clause: &str| {
        ["bringing ", "taking ", "raising ", "lifting "]
            .iter()
            .filter_map(|verb| clause.find(verb).map(|at| &clause[at..]))
            .any(|rest| {
                // The next 60 bytes or so, cut where a character starts.
                let cut = (0..=rest.len().min(60))
                    .rev()
                    .find(|&at| rest.is_char_boundary(at))
                    .unwrap_or(0);
                let rest = &rest[..cut];
                total_to(rest) || rest.contains(" number of ") && rest.contains(" to ")
            })
    };
    if may_total && addition(clause_after()) && !spelled("total") {
        return Some("an addition (like \"bringing the total to 42\"), not the total");
    }
    // "Shares fell 12p to 340p", "rose by 45,000 to 1.45 million": the change, then the
    // level it reached; the figure the change stands for is not the level.
    // "Turnout was 71%, up 3.2% on 2016": a change against an earlier figure. A pattern
    // that spells a verb of change ("fell by {n}%") asks for the change.
    // "dropped by 0.9%": the size of a change, whatever follows.
    let by_change = previous_lower == "by" && CHANGE_WORDS.contains(&word_before(1).as_str());
    let a_change = CHANGE_WORDS.contains(&previous_lower.as_str()) && !spelled(" to ") && {
        let rest = past_unit(&after_lower);
        let to_a_level = level_follows(rest) || written.contains(" to ");
        let on_earlier = [" on ", " from ", " compared", " year-on-year", " since "]
            .iter()
            .any(|lead| rest.starts_with(lead));
        // A claim of a change asks for it too, unless "on" follows: "up 3.2% on 2016" is a
        // change, but "slowed decline by 26% on a secondary measure" may be another one.
        let asks_for_change = (for_a_change && !rest.starts_with(" on "))
            || pattern_lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.len() > 3 && CHANGE_WORDS.contains(&w));
        (to_a_level || on_earlier || by_change) && !asks_for_change
    };
    if a_change {
        return Some("a change (like \"fell 12p to 340p\"), not the level it reached");
    }
    // "The Fed's 25-basis-point hike": a possessive owns the figure; it names nothing.
    let possessive = previous.ends_with("'s") || previous.ends_with("s'");
    // "On Tuesday, 42 countries signed": a comma parts the name from the figure.
    let parted = words.last().is_some_and(|w| w.ends_with([',', ';', ':']));
    // "SPACEX HITS 134 LAUNCHES": in a headline in capitals every word is capitalized, and
    // a verb or a preposition before a figure names nothing ("BOEING 737 MAX" still does).
    const HEADLINE_WORDS: &[&str] = &[
        "hits", "hit", "kills", "killed", "reaches", "reach", "tops", "top", "at", "to", "of",
        "on", "for", "over", "nearly", "almost", "about", "record", "wins", "won", "takes", "sees",
        "rises", "falls", "jumps", "drops", "climbs", "passes", "by", "with", "as",
    ];
    let all_caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let headline = all_caps(previous) && HEADLINE_WORDS.contains(&previous_lower.as_str());
    // "paid Porto Azul €72m": a figure with a currency sign is money, never a name's.
    let money = before.trim_end().ends_with(CURRENCY_SIGNS);
    let capitalized = !possessive
        && !parted
        && !headline
        && !money
        && previous.chars().next().is_some_and(char::is_uppercase);
    // (After a list item's marker, "- Around 2.4 million customers", the word is the
    // item's first.)
    let marker = words.first().is_some_and(|w| {
        matches!(*w, "-" | "*" | "+" | "•")
            || w.strip_suffix(['.', ')'])
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    });
    let first_word = words.len() == 1 || (marker && words.len() == 2);
    // In a gap, only a bare figure after a name is one ("June 19", "Resolution 1718"):
    // "sent Pyongyang 11,000 shells" counts shells.
    let name_like = context_is_ours || digits_only;
    // "In March 1,212 cases were reported": after a month, a figure that is no day of it
    // (nor a year) is a count.
    let after_a_month = MONTHS
        .iter()
        .any(|m| m.trim_end_matches(['.', ' ']) == previous_lower);
    let a_day = digits_only && written.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    if after_a_month && !a_day && !year {
        return None;
    }
    // "Remain 52%": a share is a quantity, whatever stands before it.
    let share = ["%", " percent", " per cent"]
        .iter()
        .any(|unit| after_lower.starts_with(unit));
    // "beat Northport City 3-1" under `{n}-1`: a pattern that writes a score asks for it.
    let score = ["{n}-", "{n}:", "{n} -", "{n}–"].iter().any(|lead| {
        pattern_lower.match_indices(lead).any(|(at, _)| {
            let rest = &pattern_lower[at + lead.len()..];
            rest.starts_with(|c: char| c.is_ascii_digit())
                || rest.starts_with("\\d")
                || rest.starts_with('{')
        })
    });
    (capitalized && !first_word && name_like && !share && !score)
        .then_some("part of a name or a date, not a count")
}

/// The times `text` names, lower-cased: each year, with the month right before it if there
/// is one ("september 2024", "2024").
pub fn times_named(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| is_year(w))
        .map(|(i, year)| {
            let month = i.checked_sub(1).map(|p| words[p].as_str()).filter(|m| {
                crate::engine::MONTHS
                    .iter()
                    .any(|month| month.eq_ignore_ascii_case(m))
            });
            match month {
                Some(month) => format!("{month} {year}"),
                None => year.clone(),
            }
        })
        .collect()
}

/// The words of an aside that gives a level at another time: ", at 4.5% in April,",
/// ", which peaked at 61% in 2024,".
const ASIDE_WORDS: &[&str] = &[
    "which", "was", "were", "had", "has", "been", "peaked", "stood", "at", "then", "a", "high",
    "low", "of", "record", "it", "reached", "hit",
];

/// Whether the figure after `before` stands in an aside that names another time: ", at
/// 4.5% in April,", "(54% in 2019)", " - 54% in 2019 -", ", which peaked at 11.1% in 2022,".
/// The aside opens right before the figure, or a few words of its own before it ("which
/// was", "at"), and closes after the time it names. Returns how the aside opens (", at"),
/// which a pattern that asks for the figure spells.
fn figure_for_another_time<'b>(before: &'b str, after_lower: &str) -> Option<&'b str> {
    let head = before
        .trim_end()
        .trim_end_matches(CURRENCY_SIGNS)
        .trim_end();
    let mark = head.rfind([',', '(', '—', '–']);
    let dash = head.rfind(" -").map(|i| i + 1);
    let open = mark.max(dash)?;
    let opener_words: Vec<String> = head[open..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // An aside opens as a relative clause or a bare "at": ", was 61% in 2024," is the main
    // clause's own verb after an interruption.
    let opener = opener_words.first().map(String::as_str);
    // A relative clause of its own words: ", which were cut to 10% in 2020,", ", which
    // raised rates to 4.25% in January,".
    let relative = matches!(opener, Some("which" | "who")) && opener_words.len() <= 6;
    let opened = (relative
        || opener_words.len() <= 4
            && opener.is_none_or(|w| ["which", "at", "then", "a"].contains(&w))
            && opener_words.iter().all(|w| ASIDE_WORDS.contains(&w.as_str())))
        // "Turnout, 54% …": a bare figure opens an aside only after a comma, a bracket or a dash.
        && (!opener_words.is_empty() || head.ends_with([',', '(', '-', '—', '–']));
    let rest = past_unit(after_lower);
    let when = [
        " in ",
        " on ",
        " last ",
        " a year ",
        " a month ",
        " earlier",
        " the previous",
        " the year before",
        " before ",
        " at the start",
        " at the end",
        " back in ",
    ];
    // The figure's own noun may stand first: ", who scored 25 goals last season,".
    let after_noun = rest
        .strip_prefix(' ')
        .and_then(|r| r.find(' ').map(|at| &r[at..]))
        .unwrap_or(rest);
    // " in " and " on " name a time only before one: a date, a year, a month, a day, or
    // "the first quarter", "the same day" (not ", which ran 20 buses on the city's busiest
    // routes,").
    #[rustfmt::skip]
    const TIME_WORDS: &[&str] = &[
        "year", "years", "month", "months", "week", "weeks", "quarter", "half", "first",
        "second", "third", "fourth", "final", "previous", "same", "following", "morning",
        "afternoon", "evening", "night", "weekend", "day", "days", "spring", "summer",
        "autumn", "winter", "period", "decade", "early", "late", "mid", "last", "next",
        "recent", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday",
    ];
    let names_when = |text: &str| {
        when.iter().any(|lead| {
            let Some(tail) = text.strip_prefix(lead) else {
                return false;
            };
            if !matches!(*lead, " in " | " on ") {
                return true;
            }
            let mut words = tail
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
            first.starts_with(|c: char| c.is_ascii_digit())
                || MONTHS.iter().any(|month| tail.starts_with(month))
                || TIME_WORDS.contains(&first)
                || (matches!(first, "the" | "that" | "this" | "its")
                    && TIME_WORDS.contains(&second))
        })
    };
    let closes = rest
        .find([',', ')', ';', '—', '–'])
        .or_else(|| rest.find(" - "))
        .is_some_and(|close| close <= 40);
    // An earlier figure, revised since: ", which initially stood at 241,", ", first
    // reported as 241,", ", originally put at 38,000,".
    let earlier = opener_words.len() <= 6
        && opener_words
            .iter()
            .any(|w| EARLIER_WORDS.contains(&w.as_str()));
    (closes && (opened && (names_when(rest) || relative && names_when(after_noun)) || earlier))
        .then(|| head[open..].trim())
}

/// Why a figure in an aside of an earlier report ("…, officials initially said 40,000 birds
/// had been culled, but later corrected the figure to 42,000") is set aside: the
/// sentence's revision is read instead, as for `EARLIER_FIGURE` (trial 158).
const EARLIER_ASIDE: &str =
    "an earlier figure, revised since (like \", first put at 241,\"), not the count";

/// Why a figure a forecast or a poll "put" the thing at is set aside. A revised forecast is
/// still a forecast, so the figure it is revised to is not read.
const FORECAST_PUT: &str = "a forecast or a poll (like \"the projection put it at 4.4%\", \"polls had Labour on 40%\"), not the result";

/// Why a figure an estimate "put" the thing at is set aside. An estimate of a count is
/// revised like any earlier figure: "An early estimate put exclusions at 9,100; the figure
/// was later revised to 9,376" reads 9,376 (trial 155).
const ESTIMATE_PUT: &str =
    "an estimate (like \"an early estimate put it at 9,100\"), not the count";

/// `not_a_count`'s reason for a figure that a statement gave first and the sentence revises.
const EARLIER_FIGURE: &str = "an earlier figure the sentence revises (like \"initially put at …, later revised to\"), not the count";

/// Whether `after` (the sentence after a figure) revises it to a figure written there: a
/// revision's verb (`negation::REVISED`), "to" within its next five words, then digits or a
/// currency sign ("…, a figure later revised to 1,846", "…, before correcting the figure to
/// £4.1m"). The engine reads such a revision (`Context::revised_figure`); one that names no
/// figure ("…, before it was revised") leaves nothing to read in the earlier one's place.
fn revised_to_a_figure(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().collect();
    words.iter().enumerate().any(|(at, word)| {
        let word = word
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        crate::negation::REVISED.contains(&word.as_str())
            && words[at + 1..]
                .iter()
                .take(5)
                .position(|w| *w == "to")
                .and_then(|to| words.get(at + 2 + to))
                .is_some_and(|figure| {
                    figure
                        .trim_start_matches(CURRENCY_SIGNS)
                        .starts_with(|c: char| c.is_ascii_digit())
                })
    })
}

/// Words that, in an aside before a figure, make it an earlier one that was revised since.
const EARLIER_WORDS: &[&str] = &[
    "initially",
    "originally",
    "first",
    "previously",
    "earlier",
    "once",
    "formerly",
];

/// Says why the number is only the head of a figure the number grammar does not take whole,
/// if it is: "1" of "1.5m" or "1,500k" (a suffix ends the figure inside a word, so the
/// grammar stops before the point), "24" of "24/7", "1" of "1 5/7 million" (fractions other
/// than halves, thirds, quarters and eighths), "two dozen" of "two dozen and a half", "15"
/// of "15 lakh". Read as it is, the head is a different number, and would break a claim the
/// figure meets. ("1,5 million", "1 1/2 million", "a million and a half" are read whole.)
fn unread_tail(after: &str) -> Option<&'static str> {
    let mut chars = after.chars();
    let (first, second) = (chars.next(), chars.next());
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    if matches!(first, Some('.' | ',' | '\'')) && digit(second) {
        return Some(
            "the head of a figure it cannot read (like \"1.5m\", \"1,5 million\", \"18'342\")",
        );
    }
    // ("$4.30/lb", "120/day": a slash before a letter is "per", a rate's unit.)
    if matches!(first, Some('/' | '\u{2044}')) && !second.is_some_and(char::is_alphabetic) {
        return Some("a fraction (like \"1/2\", \"1½\"), not a count");
    }
    // Only the first words matter: the rest of the sentence is not lowercased.
    let rest: String = after
        .trim_start()
        .chars()
        .take(16)
        .collect::<String>()
        .to_lowercase();
    let mixed_fraction = first == Some(' ')
        && rest
            .split_once(['/', '\u{2044}'])
            .is_some_and(|(whole, _)| {
                !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit())
            });
    if mixed_fraction {
        return Some("a mixed fraction (like \"1 1/2\"), not a count");
    }
    if rest.starts_with("and a half") {
        return Some("a figure \"and a half\" it does not read, not a count");
    }
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if matches!(word, "lakh" | "lakhs" | "crore" | "crores") {
        return Some("a count in lakhs or crores, which it does not read");
    }
    None
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may ",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
];

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
/// quantity; one after a digit and a comma, a point, a colon or a slash (`2,5 million`,
/// `11:00`, `24/7`) is the tail of another number. `spelled` is the analyst's pattern: a
/// glue character they wrote themselves (`\d{4}-{n}`) is theirs, and the number is what
/// they asked for.
fn inside_token(text: &str, number: &Range<usize>, spelled: &str) -> bool {
    let mut before = text[..number.start].chars().rev();
    let (glue, previous) = (before.next(), before.next());
    let glued = match (glue, previous) {
        // `F-16`, and the second half of `737-800` (read whole at its start, if at all).
        (Some('-'), Some(c)) => c.is_alphanumeric(),
        // `1/2`, and `1⁄2` (NFKC's ½) too: a fraction's denominator.
        // `18'342` too: a Swiss thousands separator, whose tail is no number of its own.
        (Some(',' | '.' | ':' | '/' | '\u{2044}' | '\''), Some(c)) => c.is_ascii_digit(),
        _ => false,
    };
    // The analyst spelled the glue when it stands right before `{n}` in the pattern.
    let spelled_glue = glue.is_some_and(|g| spelled.contains(&format!("{g}{{n}}")));
    glued && !spelled_glue
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_a_pattern_spells_right_before_a_figure() {
        assert_eq!(words_before_figures("signed in {n}"), ["in"]);
        assert_eq!(words_before_figures("(?:in|by) {n}%"), ["in", "by"]);
        assert_eq!(words_before_figures(r"at\b {n} and by {n}"), ["at", "by"]);
        // Before a gap to the figure, the words right before the gap: "in" is not one.
        assert_eq!(
            words_before_figures(r"housing starts in calderbridge\b.{0,40}\b{n}"),
            ["calderbridge"]
        );
        assert_eq!(
            words_before_figures(r"(?:cut|withdrew funding from)\b.{0,20}?\b{n}"),
            ["cut", "from"]
        );
        assert!(words_before_figures("{n} troops").is_empty());
        // A currency sign the figure carries stands between the word and the figure.
        assert_eq!(words_before_figures("up from £{n}m"), ["from"]);
        assert_eq!(words_before_figures(r"from \$?{n}"), ["from"]);
    }

    #[test]
    fn the_captures_of_figures_are_named_n0_n1_and_on() {
        let names: Vec<String> = (0..12).map(|i| number_group(i).into_owned()).collect();
        let expected: Vec<String> = (0..12).map(|i| format!("n{i}")).collect();
        assert_eq!(names, expected);
    }

    #[test]
    fn an_earlier_figure_in_an_aside_is_called_so() {
        // Trial 55: ", first put at £14.6m," was called "a figure for another time".
        let why = |before: &str, after: &str| {
            not_a_count(
                before,
                "14.6",
                after,
                false,
                ("deficit\\b.{0,40}£{n}m", "deficit\\b.{0,40}£{n}m"),
                false,
                &[],
                false,
            )
        };
        let earlier = why(
            "Northmoor University's deficit for 2024-25, first put at £",
            "m, was later revised to £16.1m.",
        );
        assert!(
            earlier.is_some_and(|why| why.starts_with("an earlier figure")),
            "{earlier:?}"
        );
        let another_time = why("The deficit, at £", "m in April, was cut.");
        assert!(
            another_time.is_some_and(|why| why.starts_with("a figure for another time")),
            "{another_time:?}"
        );
        assert!(revised_to_a_figure(", a figure later revised to 1,846."));
        assert!(revised_to_a_figure(
            " before correcting the figure to £4.1m."
        ));
        assert!(!revised_to_a_figure(", before it was revised."));
        assert!(names_money("cut its budget by £3.6m") && names_money("4.2 million pounds"));
        assert!(!names_money("The European Union's 27 members") && !names_money("a compound"));
    }

    #[test]
    fn usage_counts_sentences_not_hits() {
        let hit = |sentence| Hit {
            sentence,
            range: 0..1,
            numbers: Vec::new(),
        };
        let hits = Hits::from_lists(vec![vec![hit(0), hit(0), hit(2)], vec![]]);
        let usage = Usage::new(4, &hits);
        assert_eq!(&hits[0], &[hit(0), hit(0), hit(2)]);
        assert!(hits[1].is_empty());
        assert_eq!(usage.matched, [(0, 2)]);
        assert_eq!(usage.patterns, 2);
        assert_eq!(usage.sentences, 4);
    }

    #[test]
    fn patterns_without_hits_read_as_empty_wherever_they_fall() {
        let hit = |sentence| Hit {
            sentence,
            range: 0..1,
            numbers: Vec::new(),
        };
        let lists = vec![vec![], vec![hit(1)], vec![], vec![hit(2), hit(3)], vec![]];
        let hits = Hits::from_lists(lists.clone());
        assert_eq!(hits.patterns(), 5);
        assert_eq!(hits.matched().collect::<Vec<_>>(), [1, 3]);
        let each: Vec<Vec<Hit>> = (0..5).map(|pattern| hits[pattern].to_vec()).collect();
        assert_eq!(each, lists);
        assert!(hits[7].is_empty());
    }

    #[test]
    fn unicode_word_edges_reject_glued_letters() {
        let text = "Kimé aid";
        assert!(!whole_words(text, &(0..3)));
        assert!(whole_words(text, &(6..9)));
    }

    #[test]
    fn a_contraction_in_t_is_one_word() {
        let text = "Reyes won't concede; Holt won 't Hooft's seat; can't; won";
        assert!(!whole_words(text, &(0..9)), "won in won't");
        assert!(whole_words(text, &(21..29)), "won before a space");
        assert!(!whole_words(text, &(47..50)), "can in can't");
        assert!(whole_words(text, &(54..57)), "won at the end");
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
        assert!(inside_token(text, &(2..4), "{n} jets"));
        assert!(!inside_token(text, &(2..4), "F-{n}"));
        assert!(inside_token(text, &(2..4), "{n}.{0,30}jets"));
        assert!(!inside_token(text, &(11..15), "{n}"));
        assert!(inside_token(text, &(16..20), "{n}"));
        assert!(inside_token(text, &(24..33), "{n}"));
    }
}
