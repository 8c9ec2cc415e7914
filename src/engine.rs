//! The checking engine: from claims and document texts to a `Report`.
//!
//! This module owns the order of work (segment → normalize → scan → weigh evidence →
//! verdict) and turns hits into evidence. It never touches the file system or the terminal:
//! it takes text and returns values.

use crate::claims::{Claim, ClaimsFile, HedgePolicy, Side, Within};
use crate::diagnostic::Diagnostic;
use crate::document::Text;
use crate::negation::{self, Assessment, SentenceCues};
use crate::normalize::NormalizedDocument;
use crate::numbers::CURRENCY_SIGNS;
use crate::numbers::{self, NumberOutcome};
use crate::pattern::{self, CompiledClaim, CompiledClaims, CompiledMatcher, PatternId};
use crate::report::{
    ClaimReport, DocumentInfo, DocumentVerdict, Evidence, Folding, NumberFound, Report, Verdicts,
};
use crate::scan::{self, Hit, Hits, Scanning, Usage};
use crate::segment;
use crate::verdict::Verdict;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;
use std::sync::{Arc, OnceLock};

/// How many documents a thread checks together (`Checker::check_documents_keeping`): each
/// pattern then runs on 128 documents' candidate sentences in turn, while its automaton is
/// in the processor's cache. On 20,000 generated documents with 1,000 claims, checking took
/// 5.2 s of processor time in batches of 128, 5.6 s in batches of 64, and 6.8 s one
/// document at a time. A batch's documents are held until it is done.
pub const BATCH: usize = 128;

/// A claims file ready to check documents: patterns compiled once, used for every document.
#[derive(Debug)]
pub struct Checker {
    pub file: ClaimsFile,
    compiled: CompiledClaims,
    scanning: Scanning,
    /// Whether verdicts keep their evidence (see `keep_evidence`).
    evidence: bool,
    /// Each claim's matchers' names and usual reasons, made once and shared by every piece
    /// of evidence they produce (indexed like `compiled.claims[_].matchers`).
    texts: OnceLock<Vec<Vec<MatcherTexts>>>,
    /// For each pattern, the claims that use it (made on first use), so that a document's
    /// hits say which claims to weigh without a look at every claim.
    claims_of_pattern: OnceLock<Vec<Vec<u32>>>,
}

/// A matcher's name (`support[0]`) and the reasons a plain match of it gives, shared.
#[derive(Debug)]
struct MatcherTexts {
    label: Arc<str>,
    matches: Arc<str>,
    number_meets: Arc<str>,
    /// Each part's pattern as the words it spells (`Context::unsure` asks of every match).
    spellings: Vec<Spelling>,
    /// Each part's pattern with `{term}`s expanded, in lower case, for the names it
    /// spells, as "the Kremlin" in `{russia}` (`unnamed_in_match`; as a `Spelling` it took
    /// 50 ms at 1,000 claims, `{n}` expanded being long).
    expanded: Vec<String>,
    /// For a contradict matcher of a claim with `number:`: the patterns of the claim's
    /// support matchers that read figures, with their matcher's label. A figure one of them
    /// reads is judged there, against `number:`.
    support_figures: Vec<(PatternId, Arc<str>)>,
    /// The matchers of other claims that weigh a document exactly as this one does, if
    /// any: see `Weighing`.
    weighing: Option<Weighing>,
}

/// A class of matchers, of different claims, that find the same evidence in any document:
/// the same parts and unit, the same name and reasons, and claims alike in all that weighing
/// reads of them (`number:`, `hedged:`, and the claim's sentence itself). Claims that share a
/// contradiction pattern ("denied reports of …") are common; a document's matches of such a
/// matcher are weighed once, not once per claim, when the claims say the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Weighing(u32);

/// What decides how a matcher weighs a document, beyond the document: equal signatures,
/// equal findings (`Weighing`).
#[derive(Debug, PartialEq, Eq, Hash)]
struct WeighingSignature {
    side: Side,
    index: usize,
    within: Within,
    parts: Vec<usize>,
    matches: String,
    number_meets: String,
    spellings: Vec<String>,
    support_figures: Vec<PatternId>,
    number: String,
    hedged: HedgePolicy,
    /// The claim's sentence: rules read its periods, places, wholes, owners and words
    /// ("The Fed held rates in June 2022" contradicts a claim about June 2022, not one
    /// about June 2024, under the same contradict pattern).
    claim: String,
}

impl WeighingSignature {
    fn new(claim: &Claim, matcher: &CompiledMatcher, texts: &MatcherTexts) -> WeighingSignature {
        WeighingSignature {
            side: matcher.side,
            index: matcher.index,
            within: matcher.within,
            parts: matcher.parts.clone(),
            matches: texts.matches.to_string(),
            number_meets: texts.number_meets.to_string(),
            spellings: texts.spellings.iter().map(|s| s.pattern.clone()).collect(),
            support_figures: texts.support_figures.iter().map(|(p, _)| *p).collect(),
            number: format!("{:?}", claim.number),
            hedged: claim.hedged,
            claim: claim.claim.clone(),
        }
    }
}

/// A pattern's literal words: lower-cased, with escapes such as `\b` or `\w` blanked out
/// (they are not letters).
#[derive(Debug)]
struct Spelling {
    pattern: String,
    words: Vec<String>,
}

impl Spelling {
    fn new(pattern: &str) -> Spelling {
        let pattern = strip_escapes(pattern).to_lowercase();
        let words = pattern
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        Spelling { pattern, words }
    }

    /// Whether the pattern spells `word`, in any case.
    fn spells(&self, word: &str) -> bool {
        match word.is_ascii() {
            true => self.words.iter().any(|w| w.eq_ignore_ascii_case(word)),
            false => {
                let word = word.to_lowercase();
                self.words.contains(&word)
            }
        }
    }

    /// Whether it spells `word`, or a word of four letters or more that `word` starts with
    /// (`fail(ed)?` spells the start of "failed").
    fn spells_start(&self, word: &str) -> bool {
        if self.spells(word) {
            return true;
        }
        let word = word.to_lowercase();
        self.words
            .iter()
            .any(|w| w.len() >= 4 && word.starts_with(w.as_str()))
    }

    /// Whether it spells `word` or the word's stem, its first three letters, at the start of
    /// a word (`den(?:y|ies)` spells "denied"; "Halden" does not).
    fn spells_stem(&self, word: &str) -> bool {
        let word = word.to_lowercase();
        let starts_a_word = |at: usize| {
            let before = &self.pattern[..at];
            before.ends_with("\\b") || !before.ends_with(|c: char| c.is_alphanumeric())
        };
        self.spells(&word)
            || word.get(..3).is_some_and(|stem| {
                self.pattern
                    .match_indices(stem)
                    .any(|(at, _)| starts_a_word(at))
            })
    }
}

impl MatcherTexts {
    /// Whether a part of the matcher spells `word` as a name: as a word of its pattern, or
    /// inside a term it expands ("the Kremlin" in `{russia}`). (Inlined: called from
    /// `names_unspelled`, out of line it cost that loop its shape, 1.9% more instructions
    /// over the generated corpus.)
    #[inline]
    fn names(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.spellings.iter().any(|s| s.spells(word))
            || self.expanded.iter().any(|e| e.contains(&lower))
    }

    fn new(
        claim: &Claim,
        matcher: &CompiledMatcher,
        compiled_claim: &CompiledClaim,
        compiled: &CompiledClaims,
    ) -> MatcherTexts {
        let text = matcher_text(claim, matcher);
        let support_figures = compiled_claim
            .matchers
            .iter()
            .filter(|_| matcher.side == Side::Contradict && claim.number.is_some())
            .filter(|m| m.side == Side::Support)
            .flat_map(|m| {
                let label: Arc<str> = format!("support[{}]", m.index).into();
                m.parts.iter().map(move |&part| (part, Arc::clone(&label)))
            })
            .filter(|(part, _)| compiled.patterns.get(*part).is_some_and(|p| p.numbers > 0))
            .collect();
        MatcherTexts {
            label: format!("{}[{}]", matcher.side.as_str(), matcher.index).into(),
            matches: format!("matches {text}").into(),
            number_meets: format!(
                "matches {text} and the number meets `number: {}`",
                constraint_text(claim)
            )
            .into(),
            spellings: written_parts(claim, matcher)
                .iter()
                .map(|part| Spelling::new(&part.text))
                .collect(),
            expanded: matcher
                .parts
                .iter()
                .map(|&part| {
                    let pattern = compiled.patterns.get(part);
                    pattern.map_or_else(String::new, |p| p.source.to_lowercase())
                })
                .collect(),
            support_figures,
            weighing: None,
        }
    }
}

/// A match of a claim's pattern whose figure was not counted (`Checker::skipped_figures`).
#[derive(Debug, Clone, PartialEq)]
pub struct SkippedFigure {
    /// The matcher, as `support[0]`.
    pub matcher: String,
    /// Where the figure is, 1-based (columns in characters).
    pub line: usize,
    pub column: usize,
    /// The figure as written.
    pub figure: String,
    pub why: &'static str,
    /// The sentence it stands in, as written.
    pub sentence: String,
}

/// What one document did to every claim, in claim order.
///
/// A byte per claim and the evidence apart, since most claims have none: a verdict with
/// its own (mostly empty) evidence list took 32 bytes, 32 KB a document at 1,000 claims,
/// handed from the checking thread to the one that builds the report.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentResult {
    pub document: DocumentInfo,
    /// The claims that do not omit the document, by index, in claim order, with their
    /// verdicts: most claims omit most documents (in the generated corpus, 15 of 1,000),
    /// and a verdict for every claim cost a walk of every claim per document, twice.
    pub verdicts: Vec<(usize, Verdict)>,
    /// The evidence of each claim that has any (kept only when evidence is kept), by claim
    /// index, in claim order.
    pub evidence: Vec<(usize, Vec<Arc<Evidence>>)>,
    /// How much of the document each pattern matched, for `lint`'s dead and too-broad
    /// patterns: gathered from the scan the verdicts needed anyway.
    pub usage: Usage,
}

impl DocumentResult {
    /// The claims the document does not simply omit (a verdict other than omits, or
    /// evidence: a hedged match, say), in claim order.
    pub fn cells(&self) -> impl Iterator<Item = (usize, Verdict, &[Arc<Evidence>])> + '_ {
        by_claim(
            self.verdicts.iter().copied(),
            self.evidence
                .iter()
                .map(|(claim, pieces)| (*claim, pieces.as_slice())),
        )
        .map(|(claim, verdict, evidence)| {
            (
                claim,
                verdict.unwrap_or(Verdict::Omits),
                evidence.unwrap_or_default(),
            )
        })
    }
}

/// Two lists keyed by claim index, each in claim order, merged into one: each claim either
/// holds, with what each list has for it.
fn by_claim<A, B>(
    a: impl IntoIterator<Item = (usize, A)>,
    b: impl IntoIterator<Item = (usize, B)>,
) -> impl Iterator<Item = (usize, Option<A>, Option<B>)> {
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    std::iter::from_fn(move || {
        let claim = match (a.peek(), b.peek()) {
            (None, None) => return None,
            (Some((x, _)), Some((y, _))) => *x.min(y),
            (Some((x, _)), None) | (None, Some((x, _))) => *x,
        };
        let from_a = a.next_if(|(at, _)| *at == claim).map(|(_, value)| value);
        let from_b = b.next_if(|(at, _)| *at == claim).map(|(_, value)| value);
        Some((claim, from_a, from_b))
    })
}

impl Checker {
    /// Loads and compiles a claims file from its text. `file_name` is used in messages.
    /// On error, returns every problem found; warnings come back with the checker.
    pub fn from_yaml(
        file_name: &str,
        yaml: &str,
    ) -> Result<(Checker, Vec<Diagnostic>), Vec<Diagnostic>> {
        let (file, mut problems) = crate::claims::parse(file_name, yaml);
        let Some(file) = file else {
            return Err(problems);
        };
        let (compiled, pattern_problems) = pattern::compile(&file);
        problems.extend(pattern_problems);
        match compiled {
            Some(compiled) => Ok((Checker::new(file, compiled), problems)),
            None => Err(problems),
        }
    }

    /// A checker from a file and the patterns compiled from it (`pattern::compile(&file)`),
    /// for callers that load in steps to collect every problem first, as `Project` does.
    pub fn new(file: ClaimsFile, compiled: CompiledClaims) -> Checker {
        Checker {
            file,
            compiled,
            scanning: Scanning::default(),
            evidence: true,
            texts: OnceLock::new(),
            claims_of_pattern: OnceLock::new(),
        }
    }

    /// Chooses how regexes are run (the prefiltered default, or the plain reference path
    /// that tests compare it with); reports are the same either way.
    pub fn set_scanning(&mut self, scanning: Scanning) {
        self.scanning = scanning;
    }

    /// Whether reports keep the evidence behind each verdict (the default). A caller that
    /// shows only verdicts (a coverage table, Markdown) can drop it: the verdicts are the same,
    /// and a run over a large corpus then keeps two bits per claim and document.
    pub fn keep_evidence(&mut self, keep: bool) {
        self.evidence = keep;
    }

    /// Whether reports keep evidence (see `keep_evidence`).
    pub fn keeps_evidence(&self) -> bool {
        self.evidence
    }

    /// Keeps only the claims for which `keep` is true (the CLI's `--claim` and `--tag`).
    pub fn retain_claims(&mut self, mut keep: impl FnMut(&Claim) -> bool) {
        self.texts = OnceLock::new();
        let mut kept = self.file.claims.iter().map(&mut keep);
        let flags: Vec<bool> = (&mut kept).collect();
        let mut i = 0;
        self.compiled.claims.retain(|_| {
            i += 1;
            flags[i - 1]
        });
        let mut j = 0;
        self.file.claims.retain(|_| {
            j += 1;
            flags[j - 1]
        });
    }

    /// Checks one document's text against every claim.
    pub fn check_document(&self, document: DocumentInfo, text: &Text) -> DocumentResult {
        self.check_document_keeping(document, text, self.evidence)
    }

    /// `check_document`, keeping the evidence or not whatever `keep_evidence` said: a
    /// caller that writes each document's evidence as it goes (`Project::check_streaming`)
    /// needs it even when the report will not keep it.
    pub fn check_document_keeping(
        &self,
        document: DocumentInfo,
        text: &Text,
        keep_evidence: bool,
    ) -> DocumentResult {
        let mut results = self.check_documents_keeping(vec![(document, text)], keep_evidence);
        match results.pop() {
            Some(result) => result,
            None => unreachable!("one document checked gives one result"),
        }
    }

    /// `check_document_keeping` for several documents at once, with one result for each, in
    /// the same order. The results are those of checking each document alone; checking
    /// them together is faster (`scan::scan_many` says why); see `BATCH`.
    pub fn check_documents_keeping(
        &self,
        documents: Vec<(DocumentInfo, &Text)>,
        keep_evidence: bool,
    ) -> Vec<DocumentResult> {
        let normalized: Vec<NormalizedDocument> = documents
            .iter()
            .map(|(_, text)| {
                let sentences = segment::segment(&text.text);
                NormalizedDocument::new(&text.text, &sentences)
            })
            .collect();
        let hits = scan::scan_many(&self.compiled, &normalized, self.scanning);
        documents
            .into_iter()
            .zip(&normalized)
            .zip(hits)
            .map(|(((document, text), normalized), hits)| {
                self.decide(document, text, normalized, &hits, keep_evidence)
            })
            .collect()
    }

    /// A document's verdicts and evidence, from its hits.
    fn decide(
        &self,
        document: DocumentInfo,
        text: &Text,
        normalized: &NormalizedDocument,
        hits: &Hits,
        keep_evidence: bool,
    ) -> DocumentResult {
        let usage = Usage::new(normalized.sentences.len(), hits);
        let context = Context {
            text,
            normalized,
            hits,
            cues: RefCell::new(Vec::new()),
            quoted: RefCell::new(Vec::new()),
            figures_held: RefCell::new(HashMap::new()),
        };
        let texts = self.texts();
        // The claims one of whose patterns matched: the others omit, unweighed.
        let claims_of_pattern = self.claims_of_pattern();
        let mut touched: Vec<u32> = hits
            .matched()
            .flat_map(|pattern| claims_of_pattern[pattern].iter().copied())
            .collect();
        touched.sort_unstable();
        touched.dedup();
        // Evidence found for several claims (the same contradiction pattern in each, say)
        // is kept once per document.
        let mut shared: Vec<Arc<Evidence>> = Vec::new();
        // What each class of alike matchers found here, for the next claim with one.
        let mut weighed: Vec<(Weighing, Findings)> = Vec::new();
        let mut kept = Vec::new();
        let verdicts = touched
            .into_iter()
            .map(|index| {
                let index = index as usize;
                let (claim, compiled) = (&self.file.claims[index], &self.compiled.claims[index]);
                let texts = &texts[index];
                // A matcher finds nothing where one of its parts has no hit.
                let found_nothing = compiled
                    .matchers
                    .iter()
                    .all(|matcher| matcher.parts.iter().any(|&part| hits[part].is_empty()));
                if found_nothing {
                    return (index, Verdict::Omits);
                }
                let mut findings = match keep_evidence {
                    true => Findings::Evidence(Vec::new()),
                    false => Findings::Counted {
                        support: false,
                        contradiction: false,
                    },
                };
                for (matcher, texts) in compiled.matchers.iter().zip(texts) {
                    if findings.settled() {
                        break;
                    }
                    let shared = texts.weighing.filter(|_| self.scanning != Scanning::Plain);
                    let Some(weighing) = shared else {
                        context.weigh(claim, matcher, texts, &mut findings);
                        continue;
                    };
                    match weighed.iter().find(|(class, _)| *class == weighing) {
                        Some((_, found)) => findings.absorb(found),
                        None => {
                            let mut found = findings.empty_like();
                            context.weigh(claim, matcher, texts, &mut found);
                            findings.absorb(&found);
                            weighed.push((weighing, found));
                        }
                    }
                }
                let mut evidence = match findings {
                    Findings::Evidence(evidence) => evidence,
                    Findings::Counted {
                        support,
                        contradiction,
                    } => return (index, Verdict::from_evidence(support, contradiction)),
                };
                evidence.sort_by(|a, b| {
                    (a.start, a.end, &a.matcher).cmp(&(b.start, b.end, &b.matcher))
                });
                evidence.dedup_by(|a, b| {
                    a.start == b.start
                        && a.end == b.end
                        && a.role == b.role
                        && a.counted == b.counted
                });
                let support = evidence
                    .iter()
                    .any(|e| e.counted && e.role == Side::Support);
                let contradiction = evidence
                    .iter()
                    .any(|e| e.counted && e.role == Side::Contradict);
                if !evidence.is_empty() {
                    let evidence = evidence
                        .into_iter()
                        .map(|piece| {
                            // (Where it is first: most pieces differ there, and the
                            // whole comparison reads quotes and reasons.)
                            let same = |s: &&Arc<Evidence>| {
                                Arc::ptr_eq(s, &piece)
                                    || ((s.start, s.end) == (piece.start, piece.end)
                                        && **s == piece)
                            };
                            match shared.iter().find(same) {
                                Some(same) => Arc::clone(same),
                                None => {
                                    shared.push(Arc::clone(&piece));
                                    piece
                                }
                            }
                        })
                        .collect();
                    kept.push((index, evidence));
                }
                (index, Verdict::from_evidence(support, contradiction))
            })
            .filter(|&(_, verdict)| verdict != Verdict::Omits)
            .collect();
        DocumentResult {
            document,
            verdicts,
            evidence: kept,
            usage,
        }
    }

    /// How much of a document each pattern matches, without judging anything (`lint`).
    pub fn usage(&self, text: &Text) -> Usage {
        let sentences = segment::segment(&text.text);
        let normalized = NormalizedDocument::new(&text.text, &sentences);
        let hits = scan::scan(&self.compiled, &normalized, self.scanning);
        Usage::new(normalized.sentences.len(), &hits)
    }

    /// Each claim's matchers' names and usual reasons, made on first use.
    fn claims_of_pattern(&self) -> &[Vec<u32>] {
        self.claims_of_pattern.get_or_init(|| {
            let mut claims = vec![Vec::new(); self.compiled.patterns.len()];
            for (index, compiled) in self.compiled.claims.iter().enumerate() {
                for &part in compiled.matchers.iter().flat_map(|m| &m.parts) {
                    let list: &mut Vec<u32> = &mut claims[part];
                    if list.last() != Some(&(index as u32)) {
                        list.push(index as u32);
                    }
                }
            }
            claims
        })
    }

    fn texts(&self) -> &[Vec<MatcherTexts>] {
        self.texts.get_or_init(|| {
            let mut texts: Vec<Vec<MatcherTexts>> = self
                .file
                .claims
                .iter()
                .zip(&self.compiled.claims)
                .map(|(claim, compiled)| {
                    compiled
                        .matchers
                        .iter()
                        .map(|matcher| MatcherTexts::new(claim, matcher, compiled, &self.compiled))
                        .collect()
                })
                .collect();
            // Matchers alike in every claim that has one: a `Weighing` for each class of
            // two or more.
            let mut classes: HashMap<WeighingSignature, Vec<(usize, usize)>> = HashMap::new();
            for (index, (claim, compiled)) in self
                .file
                .claims
                .iter()
                .zip(&self.compiled.claims)
                .enumerate()
            {
                for (m, matcher) in compiled.matchers.iter().enumerate() {
                    let signature = WeighingSignature::new(claim, matcher, &texts[index][m]);
                    classes.entry(signature).or_default().push((index, m));
                }
            }
            let shared = classes.into_values().filter(|members| members.len() > 1);
            for (class, members) in shared.enumerate() {
                for (index, m) in members {
                    texts[index][m].weighing = Some(Weighing(class as u32));
                }
            }
            texts
        })
    }

    /// Where claim `claim` (its index) matched in `text` but the figure `{n}` read was
    /// skipped as no count ("12 of the 40": a part of a larger number), so that `explain`
    /// can say why a document whose words plainly match omits the claim.
    pub fn skipped_figures(&self, claim: usize, text: &Text) -> Vec<SkippedFigure> {
        self.skipped_figures_of(text, Some(claim))
            .into_iter()
            .next()
            .unwrap_or_default()
    }

    /// `skipped_figures` for every claim, from one scan of `text`: indexed by claim.
    pub fn skipped_figures_by_claim(&self, text: &Text) -> Vec<Vec<SkippedFigure>> {
        self.skipped_figures_of(text, None)
    }

    /// The skipped figures of claim `only` (one list), or of every claim (a list each).
    fn skipped_figures_of(&self, text: &Text, only: Option<usize>) -> Vec<Vec<SkippedFigure>> {
        let claims: Vec<usize> = match only {
            Some(claim) if claim < self.compiled.claims.len() => vec![claim],
            Some(_) => return Vec::new(),
            None => (0..self.compiled.claims.len()).collect(),
        };
        let sentences = segment::segment(&text.text);
        let normalized = NormalizedDocument::new(&text.text, &sentences);
        let hits = scan::scan(&self.compiled, &normalized, self.scanning);
        let mut found = vec![Vec::new(); claims.len()];
        for (slot, &claim) in claims.iter().enumerate() {
            let compiled = &self.compiled.claims[claim];
            for skip in &hits.skipped {
                let Some(m) = compiled
                    .matchers
                    .iter()
                    .position(|m| m.parts.contains(&(skip.pattern as usize)))
                else {
                    continue;
                };
                let label = self.texts()[claim][m].label.to_string();
                let source = normalized.source_range(skip.figure.clone());
                let position = text.position(source.start);
                let sentence = &normalized.sentences[skip.sentence as usize].source;
                found[slot].push(SkippedFigure {
                    matcher: label,
                    line: position.line,
                    column: position.column,
                    figure: text.text[source].to_string(),
                    why: skip.why,
                    sentence: text.text[sentence.clone()].to_string(),
                });
            }
        }
        found
    }

    /// The compiled patterns, for checks that need to know which claim uses which pattern.
    pub fn compiled(&self) -> &CompiledClaims {
        &self.compiled
    }

    /// Builds the report from each document's result (in any order: documents are sorted
    /// by id so the report never depends on the order they were checked in).
    pub fn report(&self, results: Vec<DocumentResult>, warnings: Vec<String>) -> Report {
        let mut builder = self.report_builder();
        for result in results {
            builder.add(result);
        }
        builder.finish(warnings)
    }

    /// A report to which documents are added one at a time, so a run over a large corpus
    /// keeps the verdicts that are not omits (`report::Verdicts`) plus the evidence, never
    /// all the results.
    pub fn report_builder(&self) -> ReportBuilder<'_> {
        self.report_builder_for(0)
    }

    /// `report_builder` for about `documents` documents: the list of documents is
    /// allocated once.
    pub fn report_builder_for(&self, documents: usize) -> ReportBuilder<'_> {
        ReportBuilder {
            checker: self,
            documents: Vec::with_capacity(documents),
            verdicts: (0..self.file.claims.len())
                .map(|_| Verdicts::default())
                .collect(),
            added: 0,
            fold_at: None,
            folding: None,
        }
    }

    /// Checks texts given as `(id, text)` pairs: the whole pipeline in one call, for
    /// library users and tests. Documents are checked `BATCH` at a time, as a project's are.
    pub fn check_texts<'a>(
        &self,
        documents: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Report {
        let documents: Vec<(&str, Text)> = documents
            .into_iter()
            .map(|(id, text)| (id, Text::plain(text)))
            .collect();
        let mut results = Vec::with_capacity(documents.len());
        for batch in documents.chunks(BATCH) {
            let batch = batch
                .iter()
                .map(|(id, text)| {
                    let info = DocumentInfo::new(id, self.label(id), id);
                    (info, text)
                })
                .collect();
            results.extend(self.check_documents_keeping(batch, self.evidence));
        }
        self.report(results, Vec::new())
    }

    /// The label the claims file gives document `id`, if any.
    pub fn label(&self, id: &str) -> Option<&str> {
        self.file
            .labels
            .iter()
            .find(|(doc, _)| doc == id)
            .map(|(_, label)| label.as_str())
    }
}

/// Collects documents' results into a `Report` (see `Checker::report_builder`).
#[derive(Debug)]
pub struct ReportBuilder<'c> {
    checker: &'c Checker,
    documents: Vec<DocumentInfo>,
    /// One per claim.
    verdicts: Vec<Verdicts>,
    /// How many documents were added.
    added: usize,
    /// Fold once this many documents are added (`fold_from`).
    fold_at: Option<usize>,
    /// What a folded report (`fold_from`) keeps of each claim beside its counts.
    folding: Option<Folding>,
}

impl ReportBuilder<'_> {
    /// Folds the report to its counts (`Report::folded`) once `documents` documents have
    /// been added, and keeps it folded: each claim keeps how many documents have each
    /// verdict, the first few that a failed count names and the verdicts of the documents
    /// claims.yaml pins, so a run over any number of documents holds the same memory.
    /// Every claim passes or fails as in the full report. Counting the documents added, not
    /// those listed, makes a report folded exactly when its documents are that many (a
    /// skipped file is not one): the CLI's table then shows counts either way.
    pub fn fold_from(mut self, documents: usize) -> Self {
        self.fold_at = Some(documents);
        if self.added >= documents {
            self.fold_now();
        }
        self
    }

    /// Turns what the builder holds into counts, named documents and pinned verdicts.
    fn fold_now(&mut self) {
        let mut folding = Folding::new(self.checker.file.claims.iter().map(|c| &c.expect));
        let documents = std::mem::take(&mut self.documents);
        for verdicts in &mut self.verdicts {
            verdicts.pad(self.added);
        }
        for (i, document) in documents.iter().enumerate() {
            if folding.pins(document.id()) {
                let told: Vec<(usize, Verdict)> = (self.verdicts.iter().enumerate())
                    .map(|(claim, verdicts)| (claim, verdicts.verdict(i)))
                    .filter(|&(_, verdict)| verdict != Verdict::Omits)
                    .collect();
                folding.pin(document.id(), &told);
            }
        }
        for (claim, verdicts) in self.verdicts.iter_mut().enumerate() {
            for i in verdicts.not_omitted() {
                folding.note(claim, documents[i].id(), verdicts.verdict(i));
            }
            *verdicts = verdicts.folded_counts();
        }
        self.folding = Some(folding);
    }

    /// Adds the next document. Only the claims it does not simply omit are touched: the
    /// others' omissions are filled in when they are next touched, or by `finish`.
    pub fn add(&mut self, result: DocumentResult) {
        let at = self.added;
        self.added += 1;
        let Some(folding) = &mut self.folding else {
            self.documents.push(result.document);
            for (claim, verdict, evidence) in by_claim(result.verdicts, result.evidence) {
                self.verdicts[claim].push_at(
                    at,
                    DocumentVerdict {
                        verdict: verdict.unwrap_or(Verdict::Omits),
                        evidence: evidence.unwrap_or_default(),
                    },
                );
            }
            if self.fold_at.is_some_and(|at| self.added >= at) {
                self.fold_now();
            }
            return;
        };
        let id = result.document.id();
        for &(claim, verdict) in &result.verdicts {
            folding.note(claim, id, verdict);
            self.verdicts[claim].push_at(
                at,
                DocumentVerdict {
                    verdict,
                    evidence: Vec::new(),
                },
            );
        }
        folding.pin(id, &result.verdicts);
    }

    /// Sorts documents by id (when they were not added in that order) and decides each
    /// claim's expectation. Warnings are sorted and deduplicated, so that they do not
    /// depend on the order of the file system or of the documents (and shards merge).
    pub fn finish(self, mut warnings: Vec<String>) -> Report {
        warnings.sort();
        warnings.dedup();
        let ReportBuilder {
            checker,
            mut documents,
            mut verdicts,
            added,
            folding,
            ..
        } = self;
        for claim in &mut verdicts {
            claim.pad(added);
        }
        documents = crate::report::sort_documents(documents, &mut verdicts);
        let claims: Vec<ClaimReport> = checker
            .file
            .claims
            .iter()
            .zip(verdicts)
            .enumerate()
            .map(|(i, (claim, verdicts))| {
                let failures = match &folding {
                    None => verdicts.unmet(&claim.expect, &documents),
                    Some(folding) => folding.unmet(i, &claim.expect, verdicts.tally()),
                };
                ClaimReport {
                    id: claim.id.clone(),
                    claim: claim.claim.clone(),
                    tags: claim.tags.clone(),
                    line: claim.line,
                    passed: failures.is_empty(),
                    failures,
                    expect: claim.expect.clone(),
                    verdicts,
                    note: claim.note.clone(),
                }
            })
            .collect();
        Report {
            documents,
            summary: Report::summarize(&claims),
            claims,
            warnings,
            shard: None,
            claims_digest: None,
            documents_digest: None,
            folded: folding.map(|_| added),
        }
    }
}

/// Where a claim's weighed matches go: every piece of evidence, or, for a report that keeps
/// none (the table), only whether any counted for and any against the claim, so that no
/// quote, position or reason is written out for nothing.
#[derive(Clone)]
enum Findings {
    Evidence(Vec<Arc<Evidence>>),
    Counted { support: bool, contradiction: bool },
}

impl Findings {
    /// Nothing found yet, of the same kind as `self`.
    fn empty_like(&self) -> Findings {
        match self {
            Findings::Evidence(_) => Findings::Evidence(Vec::new()),
            Findings::Counted { .. } => Findings::Counted {
                support: false,
                contradiction: false,
            },
        }
    }

    /// Adds what `other` found (of the same kind) to what `self` found.
    fn absorb(&mut self, other: &Findings) {
        match (self, other) {
            (Findings::Evidence(mine), Findings::Evidence(theirs)) => {
                mine.extend(theirs.iter().cloned());
            }
            (
                Findings::Counted {
                    support,
                    contradiction,
                },
                Findings::Counted {
                    support: s,
                    contradiction: c,
                },
            ) => {
                *support |= s;
                *contradiction |= c;
            }
            _ => {}
        }
    }

    fn count(&mut self, role: Side, counted: bool) {
        if let (
            Findings::Counted {
                support,
                contradiction,
            },
            true,
        ) = (self, counted)
        {
            match role {
                Side::Support => *support = true,
                Side::Contradict => *contradiction = true,
            }
        }
    }

    /// Nothing more can change the verdict: it is mixed.
    fn settled(&self) -> bool {
        matches!(
            self,
            Findings::Counted {
                support: true,
                contradiction: true
            }
        )
    }
}

/// Why a match counts as it does, written out (`text`) only for evidence that is kept.
enum Why<'a> {
    /// A matcher's usual reason, shared by all its plain matches.
    Given(&'a Arc<str>),
    /// `Context::unsure`'s reason.
    Unsure(&'a str),
    /// Hedged, and counted because the claim says `hedged: support`.
    HedgedCounted(&'a str),
    /// Hedged under `hedged: support`, with a number that does not meet `number:`.
    HedgedOtherNumber(&'a str),
    /// Hedged under `hedged: support`, but unsure as well.
    HedgedUnsure(&'a str, &'a str),
    /// A hedge that leaves the statement open ("unclear whether").
    LeftOpen(&'a str),
    Hedged(&'a str),
    /// Negated by the first, whose negation may be of the second: a reason, a purpose or
    /// a manner after the match.
    NegatedManner(&'a str, &'a str),
    /// Negated, and its number breaks `number:`.
    NegatedOtherNumber(&'a str),
    /// Disputed by a rival's true figure (the cue) that meets `number:` (the figure), as
    /// the match's does: the rival agrees.
    RivalAgrees(&'a str, &'a str),
    /// Disputed by a rival's true figure that meets `number:`, where the match's breaks it:
    /// the match's figure counts against the claim, the rival's for it.
    RivalMeets(&'a str, &'a str),
    /// The next sentence's records give a figure that meets the claim, where the match's
    /// was disputed: (the cue, the figure).
    ShownNext(&'a str, &'a str),
    /// Negated, and its number neither meets nor breaks `number:` (an estimate, or a
    /// figure set aside: the second says why, when a rule did).
    NegatedUnsettledNumber(&'a str, Option<&'a str>),
    Negated(&'a str),
    /// A negated contradiction.
    NegationDropped(&'a str),
    /// Denied by a rebuttal that opens the next sentence.
    Rebutted(&'a str),
    NumberBreaks,
    NumberInconclusive,
    /// The number breaks `number:`, but a rule says it is not the claim's figure: why.
    NumberSetAside(Cow<'static, str>),
    /// The number meets `number:`, but a rule says it is another's (`SetAside::Meets`).
    NumberMetElsewhere(MetElsewhere),
    /// The sentence (or the next one: the third field says which) revises the match's
    /// figure to this one, which breaks `number:` (true) or meets it.
    Revised(&'a str, bool, &'static str),
}

/// Whether a hedge's `cue` withdraws or replaces a statement ("initially said", "retracted
/// his statement", "an earlier version of this article said", "earlier reports had put")
/// rather than leaving it uncertain: its why says so, as a reader of a correction expects.
fn withdraws(cue: &str) -> bool {
    #[rustfmt::skip]
    const STEMS: &[&str] = &[
        "retract", "withdr", "walked back", "walks back", "took back", "taking back",
        "earlier version", "previous version", "correct", "wrongly", "incorrectly",
        "erroneously", "mistakenly", "misstated", "misreported", "misquoted",
        "misidentified", "mislabel", "misattributed", "disowned",
    ];
    let lower = cue.to_lowercase();
    opens_with_an_earlier_word(cue) || STEMS.iter().any(|stem| lower.contains(stem))
}

impl Why<'_> {
    fn text(&self, claim: &Claim) -> Arc<str> {
        match *self {
            Why::Given(text) => Arc::clone(text),
            Why::Unsure(unsure) => unsure.into(),
            Why::HedgedCounted(cue) => format!("hedged by \"{cue}\"; counted as support because the claim says `hedged: support`").into(),
            Why::HedgedUnsure(cue, unsure) => format!("hedged by \"{cue}\", and {unsure}").into(),
            Why::HedgedOtherNumber(cue) => format!(
                "hedged by \"{cue}\", and its number does not meet `number: {}`: `hedged: support` counts only what would support, so it counts neither way",
                constraint_text(claim)
            )
            .into(),
            Why::LeftOpen(cue) => format!(
                "left open by \"{cue}\": not even `hedged: support` counts it either way"
            )
            .into(),
            Why::Hedged(cue) if withdraws(cue) => format!(
                "withdrawn or replaced (\"{cue}\"): an earlier or corrected statement, so it counts neither way"
            )
            .into(),
            Why::Hedged(cue) => {
                format!("hedged by \"{cue}\": uncertain, so it counts neither way").into()
            }
            Why::NegatedManner(negation, cue) => format!(
                "negated by \"{negation}\", but what it denies may be \"{cue}\" (a cause or an effect, a rank, a reason, a purpose or a manner), not the statement: it counts neither way"
            )
            .into(),
            Why::NegatedOtherNumber(cue) => format!("negated by \"{cue}\" and its number differs from `number: {}`: it says nothing either way", constraint_text(claim)).into(),
            Why::RivalAgrees(cue, figure) => format!("\"{cue}\" gives {figure}, which meets `number: {}` too: the other party agrees, so it supports the claim", constraint_text(claim)).into(),
            Why::ShownNext(cue, figure) => format!("the next sentence disputes the number (\"{cue}\") and gives {figure}, which meets `number: {}`: it counts for the claim", constraint_text(claim)).into(),
            Why::RivalMeets(cue, figure) => format!("the number is outside `number: {}`: counts against the claim; \"{cue}\" gives {figure}, which meets it (the document gives both)", constraint_text(claim)).into(),
            Why::NegatedUnsettledNumber(cue, None) => format!("negated by \"{cue}\", and its number neither meets nor breaks `number: {}`: it says nothing either way", constraint_text(claim)).into(),
            Why::NegatedUnsettledNumber(cue, Some(reason)) => format!("negated by \"{cue}\", and its number is set aside ({reason}): it says nothing either way").into(),
            // "…, but the council said the true figure was 12" (trial 121's reader read
            // "negated" beside a figure that holds as a contradiction in terms).
            Why::Negated(cue)
                if cue.split_whitespace().any(|w| negation::REAL.contains(&w)) =>
            {
                format!("disputed by \"{cue}\", which gives another figure as the true one: counts against the claim").into()
            }
            Why::Negated(cue) => {
                format!("support match negated by \"{cue}\": counts against the claim").into()
            }
            Why::Rebutted(cue) => format!(
                "denied by the next sentence, \"{cue}\": counts against the claim"
            )
            .into(),
            Why::NegationDropped(cue) => {
                format!("contradict match negated by \"{cue}\": dropped").into()
            }
            Why::NumberBreaks => format!(
                "the number is outside `number: {}`: counts against the claim",
                constraint_text(claim)
            )
            .into(),
            Why::NumberInconclusive => format!(
                "the number neither meets nor breaks `number: {}`: it counts neither way",
                constraint_text(claim)
            )
            .into(),
            Why::Revised(to, true, by) => format!(
                "{by} revises the figure to {to}, which is outside `number: {}`: the revised figure counts against the claim",
                constraint_text(claim)
            )
            .into(),
            Why::Revised(to, false, by) => format!(
                "{by} revises the figure to {to}, which meets `number: {}`",
                constraint_text(claim)
            )
            .into(),
            Why::NumberSetAside(ref reason) => format!(
                "the number is outside `number: {}`, but {reason}: it counts neither way",
                constraint_text(claim)
            )
            .into(),
            Why::NumberMetElsewhere(MetElsewhere { ref reason, whose }) => format!(
                "the number meets `number: {}`, but {reason}: {whose} figure supports the claim no more than it breaks it, so it counts neither way",
                constraint_text(claim)
            )
            .into(),
        }
    }
}

struct Context<'a> {
    text: &'a Text,
    normalized: &'a NormalizedDocument,
    hits: &'a Hits,
    /// Each sentence's negation and hedging cues, found once however many matches (of
    /// however many claims) it holds; indexed by sentence, filled on demand.
    cues: RefCell<Vec<Option<SentenceCues<'a>>>>,
    /// The original text of each span of sentences that evidence quotes, shared by every
    /// piece of evidence (of every claim) that quotes it.
    quoted: RefCell<Vec<Quoted>>,
    /// Whether each figure of a sentence's matches reads as the claim's, plainly
    /// (`claims_figure_beside`), in the order of the sentence's hits of the part and their
    /// figures: read once per sentence, not once for every figure beside it that breaks the
    /// claim (a sentence of 400 figures under `{n}` took 4.8 s, and 20,000 figures asked 20
    /// million times whether one of 1,000 others holds), and only when asked (the figures
    /// of the match judged never are: reading them all was 5% of a check of generated
    /// documents, where most sentences hold one match).
    figures_held: RefCell<HashMap<FiguresHeld, Held>>,
}

/// A span of sentences (original-text byte offsets) and its text, shared by the evidence
/// that quotes it.
type Quoted = ((usize, usize), Arc<str>);

/// A matcher (by address) reading its part `k` in a sentence, with the hits of its other
/// parts (by address, 0 for part `k`; none for a matcher of one part): what
/// `Context::number` reads a figure from, besides the figure and the document.
type FiguresHeld = (usize, usize, usize, Vec<usize>);

/// Whether each figure among a sentence's hits of a part holds, once read.
type Held = Rc<RefCell<Vec<Option<bool>>>>;

/// The stems `next_sentence_on_the_figure` looks for before it reads a sentence's cues:
/// one pass over the sentence, where a search for each stem was 21 (2% of the checking).
static FIGURE_NOUN_STEMS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new([
            "igure",
            "umber",
            "stimate",
            "otal",
            "ally",
            "ount",
            "oll",
            "rowd",
            "ttendance",
            // ("the true rise was 7%": an amount a rival gives as the real one, trial 161.)
            "true ",
            "real ",
            "actual ",
            "ied th",
            "ies th",
            "ted th",
            "tes th",
            "ied it",
            "ies it",
            "ted it",
            "tes it",
        ])
        .ok()
    });

impl<'a> Context<'a> {
    /// Runs `f` on sentence `sentence`'s cues, found the first time they are asked for.
    fn with_cues<T>(&self, sentence: usize, f: impl FnOnce(&SentenceCues<'a>) -> T) -> T {
        let mut cues = self.cues.borrow_mut();
        if cues.len() <= sentence {
            cues.resize_with(self.normalized.sentences.len().max(sentence + 1), || None);
        }
        let doc: &'a NormalizedDocument = self.normalized;
        f(cues[sentence].get_or_insert_with(|| {
            SentenceCues::new(&doc.text[doc.sentences[sentence].range.clone()])
        }))
    }

    /// `negation::assess` of a range of sentence `sentence`, with the sentence's cues cached.
    fn assess(&self, sentence: usize, range: Range<usize>) -> Assessment {
        let mut assessment = self.with_cues(sentence, |cues| cues.assess(range));
        if assessment.negation.is_none() && assessment.hedge.is_none() {
            // An empty cue at the sentence's end: it lies in no part's match.
            let end = self.normalized.sentences[sentence].range.len();
            assessment.hedge = self.list_label(sentence).map(|text| negation::Cue {
                text,
                start: end,
                end,
            });
        }
        assessment
    }

    /// The heading or the line ending in a colon that a list item stands under, when it
    /// says the items are doubtful or false ("## Myths about the election", "Not true:",
    /// "Claims we could not verify:"): the items are what it labels, not statements.
    fn list_label(&self, sentence: usize) -> Option<String> {
        let original = self.text.text.as_str();
        // Where the line of sentence `i` starts, if within a few bytes before it (a list
        // marker and its indentation): only those bytes are looked at.
        let line_of = |i: usize| {
            let start = self.normalized.sentences[i].source.start;
            let mut from = start.saturating_sub(16);
            while !original.is_char_boundary(from) {
                from += 1;
            }
            let line_start = match original[from..start].rfind('\n') {
                Some(p) => from + p + 1,
                None if from == 0 => 0,
                None => return None,
            };
            Some((line_start, start))
        };
        // The first sentence of a list item: its line opens with the marker.
        let item = |i: usize| {
            line_of(i).is_some_and(|(line_start, _)| {
                segment::is_list_item(original[line_start..].trim_start())
            })
        };
        if !item(sentence) {
            return None;
        }
        let mut first = sentence;
        while first > 0 && item(first - 1) {
            first -= 1;
        }
        let intro = first.checked_sub(1)?;
        let intro_start = self.normalized.sentences[intro].source.start;
        let line_start = original[..intro_start].rfind('\n').map_or(0, |p| p + 1);
        let range = self.normalized.sentences[intro].range.clone();
        let said = &self.normalized.text[range];
        let heading = segment::is_heading(&original[line_start..]);
        if !(heading || said.trim_end().ends_with(':')) {
            return None;
        }
        let words: Vec<String> = said
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        // "Pyongyang denied the following:" too.
        let denied = words.iter().any(|w| negation::is_denial(w));
        (denied || negation::doubts(&words)).then(|| {
            said.trim_start_matches('#')
                .trim()
                .chars()
                .take(60)
                .collect()
        })
    }

    /// Finds the occurrences of one matcher and turns each into evidence.
    fn weigh(
        &self,
        claim: &Claim,
        matcher: &CompiledMatcher,
        texts: &MatcherTexts,
        out: &mut Findings,
    ) {
        let Some((&first, rest)) = matcher.parts.split_first() else {
            return;
        };
        if rest.is_empty() {
            for hit in &self.hits[first] {
                self.evidence(claim, matcher, texts, &[hit], out);
            }
            return;
        }
        // Every part must occur in the same unit (sentence or paragraph). A unit gives one
        // piece of evidence, built from the first hit of each part in it; a paragraph also
        // gives one for each later sentence that holds every part by itself, so that "Kim
        // signed it in Pyongyang. Kim did not sign it in Pyongyang." is read both ways, as
        // two sentences are. (A sentence that holds only some parts adds nothing: "Putin
        // signed the treaty. Kim did not sign the trade deal." is no denial of Putin's.)
        let unit = |hit: &Hit| match matcher.within {
            Within::Sentence => hit.sentence,
            Within::Paragraph => self.normalized.sentences[hit.sentence].paragraph,
        };
        let mut last_unit = None;
        for hit in &self.hits[first] {
            let here = unit(hit);
            if last_unit == Some(here) {
                continue;
            }
            last_unit = Some(here);
            // A part's hits are in text order, so those in one unit are one run of them.
            let in_unit = |part: usize| {
                let hits = &self.hits[part];
                let from = hits.partition_point(|h| unit(h) < here);
                hits[from..].iter().take_while(move |h| unit(h) == here)
            };
            let Some(firsts) = matcher
                .parts
                .iter()
                .map(|&part| in_unit(part).next())
                .collect::<Option<Vec<&Hit>>>()
            else {
                continue;
            };
            if matcher.within == Within::Sentence {
                // The parts' occurrences that lie closest together are read as one statement:
                // in "Unlike Azerbaijan, which has not signed, Armenia signed the treaty",
                // the second "signed" goes with "Armenia" and "treaty", not the first.
                let several = matcher
                    .parts
                    .iter()
                    .any(|&part| in_unit(part).nth(1).is_some());
                let (firsts, tied) = match several {
                    true => tightest(
                        &self.normalized.text,
                        matcher.parts.iter().map(|&part| in_unit(part)),
                        firsts,
                    ),
                    false => (firsts, None),
                };
                // Each other occurrence of a part that reads a number is read too, with the
                // other parts' chosen ones, as a single pattern's every occurrence is: "fell
                // to 4.8% in the first quarter and fell to 5.1% in March" also reads 5.1%,
                // and "Of the 1,212 cases, 90% were in children" reads 1,212 as well as the
                // tighter 90. (Occurrences without a number would only repeat the reading.)
                let mut built = vec![firsts.clone()];
                built.extend(tied);
                for (k, &part) in matcher.parts.iter().enumerate() {
                    let chosen = firsts[k];
                    let with_numbers = in_unit(part)
                        .filter(|h| !h.numbers.is_empty() && !std::ptr::eq(*h, chosen));
                    for later in with_numbers.take(MORE_OCCURRENCES) {
                        // With each other part's occurrence nearest to this figure: in "Two
                        // doses are 97% effective; uptake of the second dose is 84.5%",
                        // 84.5% goes with the second "dose", not the first.
                        let parts: Vec<&Hit> = matcher
                            .parts
                            .iter()
                            .enumerate()
                            .map(|(j, &other)| match j == k {
                                true => later,
                                false => in_unit(other)
                                    .take(MORE_OCCURRENCES + 1)
                                    .min_by_key(|h| distance(h, later))
                                    .unwrap_or(firsts[j]),
                            })
                            .collect();
                        if !built.contains(&parts) {
                            built.push(parts);
                        }
                    }
                }
                for parts in built {
                    self.evidence(claim, matcher, texts, &parts, out);
                }
                continue;
            }
            let mut sentences: Vec<usize> = in_unit(first).map(|h| h.sentence).collect();
            sentences.dedup();
            let mut built = vec![firsts];
            for sentence in sentences {
                let Some(parts) = matcher
                    .parts
                    .iter()
                    .map(|&part| in_unit(part).find(|h| h.sentence == sentence))
                    .collect::<Option<Vec<&Hit>>>()
                else {
                    continue;
                };
                if !built.contains(&parts) {
                    built.push(parts);
                }
            }
            // Each later occurrence of a part that reads a number is read too, with the
            // other parts' occurrences nearest to it, as in a sentence: "An earlier version
            // said exports fell 2.3%. They fell 3.2%." reads the 3.2% as well as the 2.3%
            // the correction withdrew. Only where the other parts stand in its sentence or
            // before it, so a figure is not read with a name that comes after it; and, with
            // the others before its sentence, only where that sentence names no one the
            // parts do not spell: "Skerra Bank's 84 turbines … Its sister project, Tolland
            // Rise, has 62 turbines" is another wind farm's figure.
            let firsts = built[0].clone();
            for (k, &part) in matcher.parts.iter().enumerate() {
                let chosen = firsts[k];
                let with_numbers =
                    in_unit(part).filter(|h| !h.numbers.is_empty() && !std::ptr::eq(*h, chosen));
                for later in with_numbers.take(MORE_OCCURRENCES) {
                    let parts: Option<Vec<&Hit>> = matcher
                        .parts
                        .iter()
                        .enumerate()
                        .map(|(j, &other)| match j == k {
                            true => Some(later),
                            false => in_unit(other)
                                .filter(|h| h.sentence <= later.sentence)
                                .min_by_key(|h| distance(h, later)),
                        })
                        .collect();
                    // (When another part shares the figure's sentence, the subject may be
                    // named there: "The United States topped the table with 126 medals,
                    // edging China" is read, and its clause decides whose figure it is.)
                    let parts = parts.filter(|parts| {
                        !built.contains(parts)
                            && (parts.iter().all(|h| h.sentence == later.sentence)
                                || parts.iter().any(|h| {
                                    !std::ptr::eq(*h, later) && h.sentence == later.sentence
                                })
                                || !self.sentence_names_another(texts, later.sentence))
                    });
                    if let Some(parts) = parts {
                        built.push(parts);
                    }
                }
            }
            // A figure read with a part that only comes in a later sentence, when the
            // figure's part occurs again there or after it, is that later figure's reading:
            // "Exports fell 4.1% in March. Brenmoor's retail sales fell 3.2%." reads 3.2%
            // for Brenmoor, not 4.1%.
            let later_figure = |parts: &[&Hit]| {
                matcher.parts.iter().zip(parts).any(|(&part, figure)| {
                    !figure.numbers.is_empty()
                        && parts.iter().any(|other| {
                            other.sentence > figure.sentence
                                && in_unit(part)
                                    .any(|h| h.sentence >= other.sentence && !h.numbers.is_empty())
                        })
                })
            };
            built.retain(|parts| !later_figure(parts));
            for parts in built {
                self.evidence(claim, matcher, texts, &parts, out);
            }
        }
    }

    /// Turns one occurrence of a matcher into evidence: usually one piece, two when the
    /// sentence both reports the statement and denies it.
    fn evidence(
        &self,
        claim: &Claim,
        matcher: &CompiledMatcher,
        texts: &MatcherTexts,
        parts: &[&Hit],
        out: &mut Findings,
    ) {
        let doc = self.normalized;
        let relative = |hit: &Hit| {
            let sentence = doc.sentences[hit.sentence].range.start;
            hit.range.start - sentence..hit.range.end - sentence
        };
        let assessments: Vec<Assessment> = parts
            .iter()
            .map(|hit| self.assess(hit.sentence, relative(hit)))
            .collect();
        let cancelled = double_negation(
            parts,
            &assessments,
            |sentence| doc.sentences[sentence].range.start,
            |sentence, range| self.with_cues(sentence, |cues| cues.negations_within(range)),
            |sentence, range| self.with_cues(sentence, |cues| cues.ends_clause_within(range)),
        );
        // "Orbitel delayed the launch until 2025": a contradict pattern's delay, with the
        // date it moved to (see `limited` below).
        let postponed = matcher.side == Side::Contradict
            && parts.iter().any(|part| {
                words_of(&doc.text[part.range.clone()]).any(|w| {
                    let w = w.to_lowercase();
                    ["delay", "postpon", "defer", "push", "resched"]
                        .iter()
                        .any(|stem| w.starts_with(stem))
                })
            });
        let new_date = |cue: &negation::Cue| {
            postponed && ["until", "till"].contains(&cue.text.to_lowercase().as_str())
        };
        // Negation and hedging are judged part by part, each within its own sentence.
        let mut negation = None;
        let mut negated_part = 0;
        let mut hedge = None;
        let mut hedged_part = 0;
        let mut hedge_reports = false;
        let mut of_manner = false;
        let mut limited = None;
        // Which parts are read plainly, before the loop takes the assessments.
        let plain: Vec<bool> = match parts.len() {
            1 => Vec::new(),
            _ => assessments
                .iter()
                .map(|a| a.hedge.is_none() && a.negation.is_none())
                .collect(),
        };
        for (i, (hit, assessed)) in parts.iter().zip(assessments).enumerate() {
            let sentence = &doc.sentences[hit.sentence].range;
            let Assessment {
                negation: n,
                hedge: h,
                hedge_reports: reports,
                of_manner: manner,
            } = assessed;
            // A cue inside another part's match is the analyst's, as one inside this
            // part's is: `all: ['phones', 'no link\b.{0,40}\bcancer']` over "found no link
            // between mobile phones and cancer" does not negate "phones". So is one that ends
            // in another part's match: "have been withdrawn" undoes nothing when `withdr\w*`
            // is a part ("Russia's troops have been withdrawn from Kherson").
            let theirs = |cue: &Option<negation::Cue>| {
                cue.as_ref().is_some_and(|cue| {
                    cue.start < cue.end && {
                        let at = sentence.start + cue.start..sentence.start + cue.end;
                        parts.iter().enumerate().any(|(j, part)| {
                            j != i && part.range.start < at.end && at.end <= part.range.end
                        })
                    }
                })
            };
            // "4,312 outpatient appointments were cancelled" for a claim that the trust
            // "cancelled 4,312 outpatient appointments": the undoing is what the claim states.
            let claims_own = |cue: &Option<negation::Cue>| {
                cue.as_ref()
                    .is_some_and(|cue| undone_the_claim_states(&claim.claim, cue))
            };
            let own = claims_own(&n);
            let n = if theirs(&n) || cancelled || own {
                None
            } else {
                n
            };
            // A cause that joins two parts of an `all:` matcher (one before it, one right
            // after it) is what the parts state together: `all: ['overflows?',
            // 'pollut\w*']` over "denied that its overflows caused the pollution" denies the
            // causing the claim states. (Not a part further on: "… was the result of staff
            // shortages in Ashby".) So is a cause or a rank the claim's own words say
            // ("Holt's victory caused a split").
            let leads_into_a_part = |cue: &Option<negation::Cue>| {
                cue.as_ref().is_some_and(|cue| {
                    let (start, end) = (sentence.start + cue.start, sentence.start + cue.end);
                    let after = parts.iter().position(|part| {
                        part.range.start >= end
                            && doc.text.get(end..part.range.start).is_some_and(|gap| {
                                words_of(gap).all(|w| {
                                    let w = w.to_lowercase();
                                    GIVEN.contains(&w.as_str()) || w == "a" || w == "an"
                                })
                            })
                    });
                    after.is_some_and(|after| {
                        parts
                            .iter()
                            .enumerate()
                            .any(|(j, part)| j != after && part.range.end <= start)
                    })
                })
            };
            // (Its words of four letters or more: "for" of "for the money" is no claim's.)
            let claim_says_the_cue = |cue: &Option<negation::Cue>| {
                cue.as_ref().is_some_and(|cue| {
                    let words: Vec<&str> = words_of(&cue.text)
                        .filter(|w| w.len() >= 4 && !["were", "been"].contains(w))
                        .collect();
                    !words.is_empty() && words.iter().all(|w| claim_says(&claim.claim, w))
                })
            };
            // (And a reason or a manner after it, "… were postponed as a result of the
            // attack", is no longer what a negation may deny.)
            let (h, manner) = if manner && (own || leads_into_a_part(&h) || claim_says_the_cue(&h))
            {
                (None, false)
            } else {
                (h, manner)
            };
            let h = h.filter(|cue| {
                !a_plan_the_claim_announces(&claim.claim, cue)
                    && !a_plan_the_claim_decides(&claim.claim, &doc.text[sentence.clone()], cue)
                    && !the_claim_hedges_so(&claim.claim, cue)
                    && !hedges_only_its_noun(
                        &doc.text[sentence.clone()],
                        cue,
                        hit.range.start - sentence.start,
                    )
            });
            // "Bird flu has not been confirmed at Hollins Farm" for a claim that it "was
            // confirmed": a negated verb the claim itself says, which a part spells, is
            // denied, not left open.
            let (n, h) = match h {
                Some(cue)
                    if n.is_none()
                        && denies_a_verb_the_claim_says(
                            &claim.claim,
                            &cue,
                            &doc.text[sentence.clone()],
                            hit.range.start - sentence.start..hit.range.end - sentence.start,
                        ) =>
                {
                    (Some(cue), None)
                }
                h => (n, h),
            };
            // "Vance was not sentenced to seven years" under `Vance\b.{0,40}\bsentenced
            // to {n} years`: a "not" the gap swallowed right before the word the pattern
            // spells next denies that word's statement, as one before the match would.
            let n = n.or_else(|| {
                let spelling = texts.spellings.get(i)?;
                let expanded = texts.expanded.get(i).map_or("", String::as_str);
                (matcher.side == Side::Support && !cancelled)
                    .then(|| self.negation_before_spelled(hit, spelling, expanded))
                    .flatten()
            });
            // "won 23 seats - not 24, as the party's website claimed": a hedge after a
            // rebutted alternative is that alternative's, for every part of the match: the
            // alternative may follow another part ("Wessex Valley Water was fined £2.4m,
            // not £4.2m as initially reported" under `all: ['Wessex Valley Water', 'fined
            // … £{n}m']`) or be a part itself (`not £4\.2m`).
            let rebutted = h.as_ref().is_some_and(|cue| {
                let text = &doc.text[sentence.clone()];
                parts.iter().any(|part| {
                    if part.sentence != hit.sentence
                        || part.range.start >= sentence.start + cue.start
                    {
                        return false;
                    }
                    let start = part.range.start - sentence.start;
                    let len = part.range.len();
                    // A part that is the alternative: "not" and a figure.
                    let alternative = doc.text[part.range.clone()]
                        .strip_prefix("not ")
                        .is_some_and(|rest| !rest.starts_with(char::is_alphabetic));
                    // After another part than this one, only a "not" set off by a comma or
                    // a dash rebuts an alternative: "Halden did not complete …" negates.
                    let leads: &[&str] = if std::ptr::eq(*part, *hit) {
                        &[
                            " - not ",
                            ", not ",
                            " not ",
                            " rather than ",
                            " instead of ",
                        ]
                    } else {
                        &[" - not ", ", not ", " rather than ", " instead of "]
                    };
                    alternative
                        || text.get(start + len..cue.start).is_some_and(|after| {
                            let after = format!(" {}", after.to_lowercase());
                            leads
                                .iter()
                                .filter_map(|lead| after.find(lead))
                                .min()
                                // The rest of the match's noun phrase may come first ("23
                                // of the 61 | seats - not 24").
                                .is_some_and(|at| after[..at].split_whitespace().count() <= 2)
                        })
                })
            });
            let (h, reports) = if theirs(&h) || rebutted || h.as_ref().is_some_and(new_date) {
                (None, false)
            } else {
                (h, reports)
            };
            if negation.is_none() && n.is_some() {
                negated_part = i;
            }
            negation = negation.or(n);
            // "An earlier version of this article said Ember Tide debuted at number two. It
            // debuted at number one.": a sentence that only sets the scene of a statement
            // read across sentences lends it none of its hedges.
            let h = h.filter(|cue| !self.sets_the_scene(parts, i, cue));
            // "Officials do not expect a repeat of summer 2022, when there were 2,985
            // heat-related deaths in England" (trial 170): a hedge over a part that only
            // dates the statement, whose figure a later part of the sentence states
            // unhedged past a clause's end, is the date's (a repeat of it), not the
            // statement's.
            let h = h.filter(|_| {
                let date = &doc.text[hit.range.clone()];
                let only_a_date = !periods_in(date).is_empty()
                    && words_of(date).all(|w| {
                        crate::scan::is_year(w)
                            || MONTHS.contains(&w)
                            || SEASONS.iter().any(|s| s.eq_ignore_ascii_case(w))
                    });
                !(only_a_date
                    && parts.iter().zip(&plain).any(|(later, &plain)| {
                        later.sentence == hit.sentence
                            && later.range.start > hit.range.end
                            && !later.numbers.is_empty()
                            && plain
                            && self.with_cues(hit.sentence, |cues| {
                                let start = doc.sentences[hit.sentence].range.start;
                                cues.ends_clause_within(
                                    hit.range.end - start..later.range.start - start,
                                )
                            })
                    }))
            });
            if hedge.is_none() {
                hedge_reports = reports;
                of_manner = manner && h.is_some();
                hedged_part = i;
            }
            hedge = hedge.or(h);
            // "Until Tuesday, Armenia refused to sign the accord": a contradict pattern's
            // negative fact, limited in time, may have ended; a support pattern's limit
            // matters only once negated (negation's own `until`).
            if matcher.side == Side::Contradict && negation.is_none() && limited.is_none() {
                let range = hit.range.start - sentence.start..hit.range.end - sentence.start;
                // "Nobody was killed when the crane collapsed" is bound to an event, not
                // limited in time; "delayed the launch until 2025" gives the new date of
                // a delay that stands.
                // Nor is a limit that another part spells ("did not come into force until
                // March 2022" under `all: ['Scotland', 'not come into force until …']`): the
                // pattern's own words.
                limited = self
                    .with_cues(hit.sentence, |cues| cues.time_limit(range))
                    .filter(|cue| !cue.text.eq_ignore_ascii_case("when") && !new_date(cue))
                    .filter(|cue| !theirs(&Some(cue.clone())));
            }
        }
        // "initially reported that 540,000 refugees had crossed into Chad, but later
        // corrected the total to 610,000" under `all: ['Chad', 'corrected the total to
        // {n}']`: a part that is the revision itself (or follows its verb closely, or
        // spells it before its figure), after an earlier statement's hedge in its sentence,
        // states the new figure of what the earlier report was about; the other parts may
        // name it in the sentence before ("Westmere Trains has corrected the number … The
        // operator initially reported 3,900 …, a figure later revised to 4,120").
        if hedge.as_ref().is_some_and(|cue| {
            let earlier = opens_an_earlier_statement(cue);
            let hedged_sentence = parts[hedged_part].sentence;
            earlier
                && parts.iter().any(|p| {
                    if p.sentence != hedged_sentence {
                        return false;
                    }
                    let sentence = doc.sentences[p.sentence].range.start;
                    let revised = |w: &str| negation::REVISED.contains(&w.to_lowercase().as_str());
                    // The part starts with the revision's verb or closely follows it:
                    // "before correcting the figure «to 84.5%»".
                    let after_cue = doc
                        .text
                        .get(sentence + cue.end..p.range.start)
                        .unwrap_or("");
                    // Or the part spells the correction before its figure: `unfilled
                    // teaching posts\b.{0,40}\bcorrected the figure to {n}`.
                    let spelled_before_figure = p.numbers.first().is_some_and(|n| {
                        doc.text
                            .get(p.range.start.max(sentence + cue.end)..n.start)
                            .is_some_and(|text| words_of(text).any(revised))
                    });
                    // Or it gives a figure after ", but" and a later word: "Police initially
                    // said about 1,200 people had been evacuated, but the council later put
                    // the total at 1,850" (trial 88), "… initially said the upgrade would
                    // cost £40m, but the final cost was £48m" (trial 156).
                    const LATER: &[&str] = &[
                        "later",
                        "subsequently",
                        "since",
                        "then",
                        "final",
                        "finally",
                        "eventual",
                        "eventually",
                        "ultimately",
                    ];
                    // (The later word may be the part's own: ", but the «increase was later
                    // cut to 9.5%»", trial 165.)
                    let later_after_but = p.numbers.first().is_some_and(|n| {
                        let lower = doc
                            .text
                            .get(sentence + cue.end..n.start)
                            .unwrap_or("")
                            .to_lowercase();
                        lower.rfind(" but ").is_some_and(|at| {
                            words_of(&lower[at..]).take(8).any(|w| LATER.contains(&w))
                        })
                    });
                    p.range.start >= sentence + cue.end
                        && (words_of(&doc.text[p.range.clone()])
                            .next()
                            .is_some_and(revised)
                            || words_of(after_cue).rev().take(3).any(revised)
                            || later_after_but)
                        || spelled_before_figure
                })
        }) {
            hedge = None;
        }
        // "Kingsmead's pass rate was not 71% in 2025, as the school's website had claimed"
        // under `all: ['Kingsmead', 'pass rate … {n}%', '2025']`: the claim after the match
        // is the one the sentence denies, as for a single pattern, whichever part found the
        // negation and whichever the claim.
        if let (Some(_), Some(cue)) = (&negation, &hedge) {
            let sentence = parts[hedged_part].sentence;
            if parts[negated_part].sentence == sentence
                && self.with_cues(sentence, |cues| cues.opens_contrary_clause(cue.start))
            {
                hedge = None;
            }
        }
        if hedge.is_none() && negation.is_none() {
            hedge = limited;
        }
        // "a quake of magnitude 8 could hit Kessan": a match with a figure that is the
        // subject of a modal right after it is what may happen, not what did. (Without a
        // figure the thing is taken as given: "the mutual defence clause could draw Russia
        // into a conflict" says there is one.)
        let has_figure = parts.iter().any(|p| !p.numbers.is_empty());
        if hedge.is_none() && negation.is_none() && has_figure {
            hedge = parts.iter().max_by_key(|p| p.range.end).and_then(|last| {
                let sentence = &doc.sentences[last.sentence].range;
                let after = doc.text.get(last.range.end..sentence.end)?;
                let word = after.strip_prefix(' ')?.split(' ').next()?;
                ["could", "may", "might", "would"]
                    .contains(&word)
                    .then(|| negation::Cue {
                        text: word.to_string(),
                        start: last.range.end + 1 - sentence.start,
                        end: last.range.end + 1 + word.len() - sentence.start,
                    })
            });
        }
        // "Varga failed to overturn his bribery conviction": a negated verb whose object is
        // an event the subject's possessive takes as given says it happened.
        let object =
            self.object_of_negated_verb(claim, texts, parts, negation.as_ref(), negated_part);
        if object.as_ref().is_some_and(|verb| verb.event) {
            negation = None;
        }
        // "The gallery no longer displays 'Girl at a Window', which it returned to the
        // family": the parts after the negated one lie in a relative clause on it, which
        // states them; the negation is of another verb.
        if matcher.side == Side::Support
            && self.restated_in_relative(parts, negation.as_ref(), negated_part)
        {
            negation = None;
        }
        let unsure = self.unsure(
            claim,
            matcher,
            texts,
            parts,
            negation.as_ref(),
            negated_part,
        );
        // "Japan did not sell any air-defence systems to Zürich", against a claim that
        // Japan sold them to Vladivostok: the denial is of another destination.
        let unsure = unsure.or_else(|| {
            let cue = negation.as_ref().filter(|_| matcher.side == Side::Support)?;
            let first = parts.first()?;
            if parts.iter().any(|p| p.sentence != first.sentence) {
                return None;
            }
            let start = parts.iter().map(|p| p.range.start).min()?;
            let end = parts.iter().map(|p| p.range.end).max()?;
            let span = start..end;
            let sentence = &doc.sentences[first.sentence].range;
            let text = &doc.text[sentence.clone()];
            let pattern: String = written_parts(claim, matcher)
                .iter()
                .map(|part| part.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let relative = span.start - sentence.start..span.end - sentence.start;
            let place = denied_of_another_place(&claim.claim, &pattern, text, relative)?;
            Some(format!(
                "negated by \"{}\", but what it denies is of {place}, which the claim does not name: it counts neither way",
                cue.text
            ))
        });
        // A thing, not an event, the negated verb is of: neither way.
        let unsure = match (&negation, &object) {
            (Some(cue), Some(verb)) => Some(format!(
                "negated by \"{}\", which is of \"{verb}\": the match is taken as given there (its object, its subject or its place), so it counts neither way",
                cue.text
            )),
            _ => unsure,
        };
        // "Kyiv says X, a claim Moscow denied": a statement reported and then denied in one
        // sentence is evidence both ways, not a plain contradiction.
        // So is one reported after it ("X, Seoul said, a claim Pyongyang denied"), and one
        // the sentence states before conceding the denial ("X, though Moscow denies it",
        // "X, which Moscow denies").
        // The match: its parts' span, when they share a sentence (an `all:` matcher's
        // statement is reported and denied as a single pattern's is).
        let one_sentence = parts
            .first()
            .filter(|first| parts.iter().all(|p| p.sentence == first.sentence))
            .map(|first| {
                let start = parts.iter().map(|p| p.range.start).min().unwrap_or(0);
                let end = parts.iter().map(|p| p.range.end).max().unwrap_or(0);
                (first.sentence, start..end)
            });
        let reported_then_denied = match (&negation, &hedge, one_sentence.clone()) {
            (Some(cue), None, Some((at, span))) if matcher.side == Side::Support => {
                let sentence = &doc.sentences[at].range;
                let relative_end = span.end - sentence.start;
                let before = &doc.text[sentence.start..span.start];
                let between = doc
                    .text
                    .get(span.end..sentence.start + cue.start)
                    .unwrap_or("");
                (cue.start >= relative_end)
                    .then(|| {
                        reporting_verb(before)
                            .filter(|_| !reports_a_dismissal(before, &cue.text))
                            .or_else(|| reporting_verb(between))
                            .or_else(|| concession(between, &cue.text))
                    })
                    .flatten()
            }
            _ => None,
        };
        // "Blinken said Putin was desperate, a charge the Kremlin rejected": a match that
        // holds the report itself states the saying, which a denial of what was said, after
        // it, leaves standing. Only for a claim about a saying: "Voltara said it sold 48,000
        // cars, a figure the council called inflated" disputes a claim that Voltara sold
        // them, whatever the pattern spells.
        // "Varga was convicted, a verdict his lawyers called wrong": judged, not denied.
        let judged = reported_then_denied == Some("judged");
        let reports = |text: &str| {
            reporting_verb(text).is_some()
                || words_of(text).any(|w| {
                    ["expressed", "voiced", "expresses", "voices"]
                        .contains(&w.to_lowercase().as_str())
                })
        };
        let denies_what_the_match_reports = matcher.side == Side::Support
            && negation
                .as_ref()
                .zip(one_sentence.as_ref())
                .is_some_and(|(cue, (at, span))| {
                    let sentence = &doc.sentences[*at].range;
                    cue.start >= span.end - sentence.start
                        && reports(&doc.text[span.clone()])
                        && reports(&claim.claim)
                });
        let (negation, reported_then_denied) = if denies_what_the_match_reports || judged {
            (None, None)
        } else {
            (negation, reported_then_denied)
        };
        // Each part's pattern as the analyst wrote it, beside its hit.
        let written = |i: usize| {
            written_parts(claim, matcher)
                .get(i)
                .map_or("", |part| part.text.as_str())
        };
        let mut set_aside = None;
        let numbers: Vec<(NumberFound, Option<NumberOutcome>)> = parts
            .iter()
            .enumerate()
            .flat_map(|(i, hit)| hit.numbers.iter().map(move |n| (i, *hit, n)))
            .map(|(i, hit, range)| {
                let (found, outcome, reason) =
                    self.number(claim, matcher, (written(i), texts, parts), hit, range, true);
                if set_aside.is_none() {
                    set_aside = reason;
                }
                (found, outcome)
            })
            .collect();
        let breaks = numbers
            .iter()
            .any(|(_, o)| *o == Some(NumberOutcome::Breaks));
        let inconclusive = numbers
            .iter()
            .any(|(_, o)| *o == Some(NumberOutcome::Inconclusive));
        // "first visit to Asia in 2 years" under `first visit\b.{0,60}\bin {n} years`, for
        // a claim about North Korea: a number that breaks `number:` in a match whose gap
        // names something else may be another thing's number.
        // "Holt did not win more than 52%", "turnout did not top 61%": a negated comparison
        // bounds the figure, it does not deny it.
        let unsure = unsure.or_else(|| {
            let cue = negation.as_ref()?;
            let hit = parts.get(negated_part)?;
            let number = hit.numbers.first()?;
            let sentence = doc.sentences[hit.sentence].range.start;
            let between = doc.text.get(sentence + cue.end..number.start)?;
            // (Words as written: the "under" of "under-18s" is an age group's, no bound;
            // trial 92. And in lower case: the "Less" of "Less Favoured Area Support
            // Scheme" is a name's, trial 166.)
            let word = between
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .find(|w| COMPARES.contains(w))?;
            Some(format!(
                "negated by \"{}\" with \"{word}\": a bound on the number, not a denial of it; it counts neither way",
                cue.text
            ))
        });
        // "Some members wanted to raise rates to 4.75%", "Prosecutors sought a 10-year
        // sentence", "The law sets a maximum 10-year sentence": a figure someone wanted,
        // asked for, planned or allowed is not the one that happened.
        // A figure that meets the claim is no more stated for it: "Orbitex plans 61
        // launches" is not 61 launches flown.
        // "Correction: … An article on 6 March said Carl Benning was fined £2,000 …" (trial
        // 125): in a correction, what an earlier article said is withdrawn, as "an earlier
        // version of this article said" is.
        let unsure = unsure.or_else(|| {
            let first = parts.iter().min_by_key(|p| p.range.start)?;
            let sentence = &doc.sentences[first.sentence].range;
            let before = doc.text.get(sentence.start..first.range.start)?;
            let cue = an_article_said(before)?;
            in_a_correction(&doc.text).then(|| {
                format!("in a correction, \"{cue}\" gives what an earlier article said: withdrawn or replaced, it counts neither way")
            })
        });
        let holds = matcher.side == Side::Support
            && numbers
                .iter()
                .any(|(_, o)| *o == Some(NumberOutcome::Holds));
        let unsure = unsure.or_else(|| {
            let spelled = |word: &str| texts.spellings.iter().any(|s| s.spells(word));
            let word = if breaks {
                unrealized_before(doc, parts, &claim.claim, &spelled)
            } else if holds {
                // Only a plan's own words: "against", "decision" or "should" before a
                // figure that meets the claim say too little to set a statement aside.
                unrealized_before(doc, parts, &claim.claim, &spelled)
                    .filter(|word| PLANNED.contains(word))
            } else {
                None
            }?;
            Some(if breaks {
                format!(
                    "the number is outside `number: {}`, but \"{word}\" before the match makes it a figure wanted, planned or allowed, not one stated: it counts neither way",
                    constraint_text(claim)
                )
            } else {
                format!(
                    "the number meets `number: {}`, but \"{word}\" before the match makes it a figure wanted, planned or allowed, not one stated: it counts neither way",
                    constraint_text(claim)
                )
            })
        });
        // "Harwick University ranked 12th in the 2025 table" under a contradict pattern
        // `Harwick\b.{0,60}\b{n}th in the 2025 table` beside a support pattern that reads
        // the same 12: `number:` judges the figure there, and a contradict pattern's figure
        // is not checked (it would contradict the claim with its own figure).
        let unsure = unsure.or_else(|| {
            // (Empty for every support matcher, and for most contradict ones: no list of
            // figures is gathered for them.)
            if texts.support_figures.is_empty() {
                return None;
            }
            let figures: Vec<&Range<usize>> = parts.iter().flat_map(|hit| &hit.numbers).collect();
            let (_, label) = texts.support_figures.iter().find(|(pattern, _)| {
                self.hits[*pattern]
                    .iter()
                    .any(|hit| hit.numbers.iter().any(|n| figures.contains(&n)))
            })?;
            Some(format!(
                "{label} reads the same figure, and `number: {}` judges it there: it counts neither way here",
                constraint_text(claim)
            ))
        });
        let unsure = unsure.or_else(|| {
            let name = breaks.then(|| unnamed_in_match(doc, claim, texts, parts)).flatten()?;
            Some(format!(
                "the number is outside `number: {}`, but the match spans \"{name}\", which neither the pattern nor the claim names: it counts neither way",
                constraint_text(claim)
            ))
        });

        let mut role = matcher.side;
        let mut counted = true;
        // "Eastmarch recorded 3,210 admissions, later revised to 3,390": the figure the
        // sentence revises to is the one it states.
        let revised = hedge
            .as_ref()
            .filter(|_| matcher.side == Side::Support && negation.is_none())
            .and_then(|cue| {
                self.revised_figure(claim, parts, cue).or_else(|| {
                    // "initially reported 1,910 offences for 2025, a figure later revised to
                    // 1,846": a statement hedged as the first one, which the sentence revises.
                    let earlier = opens_an_earlier_statement(cue);
                    let hit = parts.iter().find(|hit| !hit.numbers.is_empty())?;
                    let start = doc.sentences[hit.sentence].range.start;
                    let revision = earlier
                        .then(|| {
                            self.with_cues(hit.sentence, |cues| {
                                cues.revision_after(hit.range.start - start..hit.range.end - start)
                            })
                        })
                        .flatten()?;
                    self.revised_figure(claim, parts, &revision)
                })
            });
        // "… recorded 1,910 offences in 2025. The figure was later revised to 1,846.": so is
        // the figure the next sentence revises to.
        // (Only where `number` set the figure aside for that revision: looking for one after
        // every match cost 2.4% more instructions over the generated corpus.)
        let next_revises = match &set_aside {
            Some(SetAside::Meets(elsewhere)) => elsewhere.reason == REVISED_NEXT.reason,
            Some(SetAside::Breaks(reason)) => *reason == REVISED_NEXT.reason,
            None => false,
        };
        let revised_next = (next_revises
            && revised.is_none()
            && matcher.side == Side::Support
            && negation.is_none()
            && hedge.is_none())
        .then(|| self.revised_next_figure(claim, parts))
        .flatten();
        let (revised, next) = match revised_next {
            Some(figure) => (Some(figure), true),
            None => (revised, false),
        };
        // "Posts say the rate fell to 4.8% in March. It did not: …": a rebuttal that opens
        // the next sentence denies the statement before it, plain or reported.
        let rebuttal = (revised.is_none()
            && unsure.is_none()
            && negation.is_none()
            && reported_then_denied.is_none()
            && (hedge.is_none() || hedge_reports))
            .then(|| self.rebutted_by_next(parts))
            .flatten();
        let (hedge, negation) = match rebuttal {
            Some(cue) => (None, Some(cue)),
            None => (hedge, negation),
        };
        let rebutted = negation.as_ref().is_some_and(|cue| cue.start == usize::MAX);
        // "…, but the council said the true figure was 14" against a claim of 14: the
        // rival's figure is read too (trial 108's mirror: it omitted where the rival's
        // figure was the claim's).
        let rival = match (matcher.side, &hedge, &negation) {
            // (Not a rebuttal's cue, which marks its place apart: "It is not true.")
            (Side::Support, None, Some(cue)) if claim.number.is_some() && !rebutted => self
                .rival_figure(claim, parts, negated_part, cue)
                .filter(|(_, outcome)| *outcome == NumberOutcome::Holds)
                .map(|(figure, _)| figure),
            _ => None,
        };
        let holds = numbers
            .iter()
            .any(|(_, o)| *o == Some(NumberOutcome::Holds));
        let mut rival_support = None;
        // The words that give the rival figure when they are not the match's cue (a dispute
        // in the next sentence).
        let mut rival_cue: Option<String> = None;
        // A rival figure the next sentence gives that meets the claim, read once for the
        // arms below that weigh a support match's figure.
        let rival_next = (matches!(
            (matcher.side, &hedge, &negation),
            (Side::Support, None, None)
        ) && (breaks || inconclusive))
            .then(|| self.rival_next_meets(claim, parts))
            .flatten();
        let mut shown_next = false;
        let mut rival_agrees = false;
        let why = match (matcher.side, &hedge, &negation) {
            // (A revision is read only from a hedge, so a match revised is hedged.) A
            // revision to a figure that breaks the claim is the document's own figure, and
            // counts against the claim: "initially reported that it had evicted 142
            // households, but later corrected the figure to 124" states 124 (three readers of
            // trials 86 to 91 read it so, in four cells; it used to count neither way).
            _ if revised.is_some() => {
                let breaks = revised
                    .as_ref()
                    .is_some_and(|(_, outcome)| *outcome == NumberOutcome::Breaks);
                counted = true;
                if breaks && matcher.side == Side::Support {
                    role = Side::Contradict;
                }
                let to = revised.as_ref().map_or("", |(to, _)| to.as_str());
                let by = if next {
                    "the next sentence"
                } else {
                    "the sentence"
                };
                Why::Revised(to, breaks, by)
            }
            (_, None, _) if unsure.is_some() => {
                counted = false;
                Why::Unsure(unsure.as_deref().unwrap_or_default())
            }
            (side, Some(cue), _) => {
                // Under `hedged: support`, "may include X" counts for X but "may not include X"
                // (or a "not" a gap swallowed) and "unclear whether X" do not count at all.
                let asked = side == Side::Support && claim.hedged == HedgePolicy::Support;
                // ... and "reportedly 4.8%" against `number: 5.2` supports nothing.
                let other_number = breaks || inconclusive;
                counted = asked
                    && negation.is_none()
                    && unsure.is_none()
                    && hedge_reports
                    && !other_number;
                let cue = cue.text.as_str();
                if counted {
                    Why::HedgedCounted(cue)
                } else if asked && other_number {
                    Why::HedgedOtherNumber(cue)
                } else if let (true, Some(unsure)) = (asked, &unsure) {
                    Why::HedgedUnsure(cue, unsure)
                } else if asked && negation.is_none() && !hedge_reports {
                    Why::LeftOpen(cue)
                } else if let (true, Some(negation)) = (of_manner, &negation) {
                    Why::NegatedManner(&negation.text, cue)
                } else {
                    Why::Hedged(cue)
                }
            }
            (Side::Support, None, Some(cue)) if rival.is_some() && holds && !breaks => {
                rival_agrees = true;
                Why::RivalAgrees(&cue.text, rival.as_deref().unwrap_or_default())
            }
            (Side::Support, None, Some(cue)) if rival.is_some() && breaks => {
                role = Side::Contradict;
                rival_support = rival.clone();
                Why::RivalMeets(&cue.text, rival.as_deref().unwrap_or_default())
            }
            // "Did not raise rates to 5%" against 4.5: a denial of another figure, or of one
            // that neither meets nor breaks the claim's, says nothing of the claim's.
            (Side::Support, None, Some(cue)) if breaks => {
                counted = false;
                Why::NegatedOtherNumber(&cue.text)
            }
            // (A figure set aside, as another party's or year's, says why: trial 97's why
            // said the number differed where it was twelve against 12.)
            (Side::Support, None, Some(cue)) if inconclusive => {
                counted = false;
                let reason = match &set_aside {
                    Some(SetAside::Meets(elsewhere)) => Some(elsewhere.reason.as_ref()),
                    Some(SetAside::Breaks(reason)) => Some(reason.as_ref()),
                    None => None,
                };
                Why::NegatedUnsettledNumber(&cue.text, reason)
            }
            (Side::Support, None, Some(cue)) if rebutted => {
                role = Side::Contradict;
                Why::Rebutted(&cue.text)
            }
            (Side::Support, None, Some(cue)) => {
                role = Side::Contradict;
                Why::Negated(&cue.text)
            }
            (Side::Contradict, None, Some(cue)) => {
                counted = false;
                Why::NegationDropped(&cue.text)
            }
            (Side::Support, None, None) if breaks => {
                role = Side::Contradict;
                let rival = self
                    .rival_later(claim, parts)
                    .filter(|(_, _, outcome)| *outcome == NumberOutcome::Holds)
                    .map(|(figure, cue, _)| (figure, cue.text))
                    .or_else(|| rival_next.clone().map(|(figure, cue, _)| (figure, cue)));
                match rival {
                    Some((figure, cue)) => {
                        rival_support = Some(figure);
                        rival_cue = Some(cue);
                        Why::RivalMeets(
                            rival_cue.as_deref().unwrap_or_default(),
                            rival_support.as_deref().unwrap_or_default(),
                        )
                    }
                    None => Why::NumberBreaks,
                }
            }
            // "… was 85.2% in 2022-23, according to a campaign leaflet. NHS figures show
            // the real figure was 84.5%": the figure records show replaces the one set aside.
            (Side::Support, None, None)
                if inconclusive
                    && matches!(&set_aside, Some(SetAside::Breaks(reason)) if reason == DISPUTED_NEXT)
                    && rival_next.as_ref().is_some_and(|(.., shown)| *shown) =>
            {
                shown_next = true;
                let (figure, cue) = rival_next
                    .as_ref()
                    .map_or(("", ""), |(figure, cue, _)| (figure.as_str(), cue.as_str()));
                Why::ShownNext(cue, figure)
            }
            (Side::Support, None, None) if inconclusive => {
                counted = false;
                match set_aside {
                    Some(SetAside::Meets(elsewhere)) => Why::NumberMetElsewhere(elsewhere),
                    Some(SetAside::Breaks(reason)) => Why::NumberSetAside(reason),
                    None => Why::NumberInconclusive,
                }
            }
            (Side::Support, None, None) if !numbers.is_empty() && claim.number.is_some() => {
                Why::Given(&texts.number_meets)
            }
            (_, None, None) => Why::Given(&texts.matches),
        };
        // "Ofqual said 27.8% of entries received top grades. The Education Policy Institute
        // disputed that figure, saying …": the next sentence disputes the figure that
        // supports the claim, which the document then both states and disputes.
        // (Not when the claim is itself someone's word: "The UKHSA estimated 1,740
        // heat-associated deaths" holds however others dispute the estimate.)
        // A claim with no figure is disputed by a denial of the whole statement ("The
        // council said Ashby Rovers received a £12,000 grant. Club chairman Gary Holt
        // denied that, saying …", trial 95), not by one of "that figure".
        let figure = claim.number.is_some() && !numbers.is_empty();
        let disputed = (role == Side::Support
            && counted
            && !shown_next
            && hedge.is_none()
            && negation.is_none()
            && (figure || claim.number.is_none()))
        .then(|| self.disputed_next(&claim.claim, parts))
        .flatten()
        .filter(|(_, cue)| figure || points_back(cue))
        .filter(|_| !gives_someones_word(&claim.claim));
        // "Northway Buses cut 14 routes …, though campaigners put the number at 17": a rival
        // figure later in the sentence that breaks the claim, beside the match's that meets
        // it (trial 130's mirror): the document gives both.
        let disputed_later = (disputed.is_none()
            && role == Side::Support
            && counted
            && hedge.is_none()
            && negation.is_none()
            && figure
            && holds)
            .then(|| self.rival_later(claim, parts))
            .flatten()
            .filter(|(_, _, outcome)| *outcome == NumberOutcome::Breaks);
        let out = match out {
            Findings::Evidence(out) => out,
            Findings::Counted { .. } => {
                if disputed_later.is_some() {
                    out.count(Side::Contradict, true);
                }
                out.count(role, counted);
                // (As the evidence below: the rival's figure that meets the claim, beside
                // the match's that breaks it, and the statement beside a denial.)
                if rival_support.is_some() || reported_then_denied.is_some() {
                    out.count(Side::Support, counted);
                }
                if disputed.is_some() {
                    out.count(Side::Contradict, true);
                }
                return;
            }
        };
        let why = why.text(claim);
        let cue = hedge.as_ref().or(negation.as_ref()).map(|c| c.text.clone());

        // Positions: the evidence spans from its first part to its last.
        // (Each part's original range is looked up within its sentence; the span's follow,
        // as the map from normalized to original bytes keeps their order.)
        let first_sentence = parts.iter().map(|h| h.sentence).min().unwrap_or(0);
        let last_sentence = parts.iter().map(|h| h.sentence).max().unwrap_or(0);
        let sentence_source =
            doc.sentences[first_sentence].source.start..doc.sentences[last_sentence].source.end;
        let original = &self.text.text;
        let part_sources: Vec<Range<usize>> = parts
            .iter()
            .map(|h| doc.source_range_in(h.sentence, h.range.clone()))
            .collect();
        let source = match (
            part_sources.iter().map(|r| r.start).min(),
            part_sources.iter().map(|r| r.end).max(),
        ) {
            (Some(start), Some(end)) => start..end.max(start),
            _ => doc.source_range(0..0),
        };
        let mut marks: Vec<(usize, usize)> = part_sources
            .iter()
            .map(|r| {
                (
                    r.start - sentence_source.start,
                    r.end - sentence_source.start,
                )
            })
            .collect();
        marks.sort_unstable();
        // A document quotes a few dozen spans at most: a list beats a hash map.
        let key = (sentence_source.start, sentence_source.end);
        let mut quoted = self.quoted.borrow_mut();
        let sentence = match quoted.iter().find(|(at, _)| *at == key) {
            Some((_, text)) => text.clone(),
            None => {
                let text: Arc<str> = original[sentence_source.clone()].into();
                quoted.push((key, text.clone()));
                text
            }
        };
        drop(quoted);
        let position = self.text.position(source.start);
        let evidence = Evidence {
            role,
            counted,
            negated: negation.is_some() && hedge.is_none(),
            hedged: hedge.is_some(),
            cue,
            matcher: texts.label.clone(),
            why,
            numbers: numbers.into_iter().map(|(n, _)| n).collect(),
            line: position.line,
            column: position.column,
            start: position.offset,
            end: self.text.file_offset(source.end),
            sentence,
            marks,
        };
        // The other side the match's sentence or the next one gives, quoted where its words
        // are: a rival figure later in the sentence, or a dispute in the next.
        let other_side = match (disputed_later, disputed) {
            (Some((rival, cue, _)), _) => Some((
                first_sentence,
                format!(
                    "\"{}\" gives {rival}, which is outside `number: {}`: the document gives both figures",
                    cue.text,
                    constraint_text(claim)
                ),
                cue,
            )),
            (None, Some((next, cue))) => Some((
                next,
                format!(
                    "the next sentence disputes the figure (\"{}\"): the document states it and disputes it",
                    cue.text
                ),
                cue,
            )),
            (None, None) => None,
        };
        if let Some((at_sentence, why, cue)) = other_side {
            let sentence = &doc.sentences[at_sentence];
            let at = sentence.range.start + cue.start..sentence.range.start + cue.end;
            let source = doc.source_range_in(at_sentence, at);
            let position = self.text.position(source.start);
            let text: Arc<str> = original[sentence.source.clone()].into();
            let mark = (
                source.start - sentence.source.start,
                source.end - sentence.source.start,
            );
            out.push(Arc::new(evidence.clone()));
            out.push(Arc::new(Evidence {
                role: Side::Contradict,
                counted: true,
                negated: false,
                hedged: false,
                cue: Some(cue.text),
                why: why.into(),
                numbers: Vec::new(),
                line: position.line,
                column: position.column,
                start: position.offset,
                end: self.text.file_offset(source.end),
                sentence: text,
                marks: vec![mark],
                ..evidence
            }));
            return;
        }
        // (When the match does not count, the statement beside the denial does not either,
        // and the match's own why says why.)
        // The rival's figure that meets the claim, beside the match's that breaks it.
        if let Some(figure) = rival_support.filter(|_| evidence.counted) {
            let cue = rival_cue
                .clone()
                .or_else(|| evidence.cue.clone())
                .unwrap_or_default();
            let supported = Evidence {
                role: Side::Support,
                negated: false,
                why: format!(
                    "\"{cue}\" gives {figure} as the true figure, which meets `number: {}`: the document gives it beside the figure it disputes",
                    constraint_text(claim)
                )
                .into(),
                ..evidence.clone()
            };
            out.push(Arc::new(supported));
            out.push(Arc::new(evidence));
            return;
        }
        match reported_then_denied.filter(|_| evidence.counted && !rival_agrees) {
            Some(reporter) => {
                let asserted = Evidence {
                    role: Side::Support,
                    negated: false,
                    cue: Some(reporter.to_string()),
                    why: format!("stated (\"{reporter}\") beside the denial: the sentence carries the statement too").into(),
                    ..evidence.clone()
                };
                out.push(Arc::new(asserted));
                out.push(Arc::new(evidence));
            }
            None => out.push(Arc::new(evidence)),
        }
    }

    /// Whether a sentence of another part, after part `hit`'s, states a figure: digits, or
    /// a number in words ("is now eleven pounds forty-four an hour").
    fn later_sentences_state_figures(&self, parts: &[&Hit], hit: &Hit) -> bool {
        let doc = self.normalized;
        parts.iter().filter(|p| p.sentence > hit.sentence).any(|p| {
            let text = &doc.text[doc.sentences[p.sentence].range.clone()];
            text.contains(|c: char| c.is_ascii_digit())
                || words_of(text).any(numbers::is_number_word)
        })
    }

    /// The sentence after the match's last part, and where it disputes the figure it
    /// points back to (`SentenceCues::disputes_a_figure`), when it is in the same paragraph
    /// and the match's figure is the last in its sentence (so "that figure" is the match's).
    fn disputed_next(&self, claim: &str, parts: &[&Hit]) -> Option<(usize, negation::Cue)> {
        let (next, cue) =
            self.next_sentence_on_the_figure(parts, SentenceCues::disputes_a_figure)?;
        // "denied that" or "denied it" points at the whole statement before, which may be
        // another clause's: in "…had issued 18,400 penalty notices in 2024 but collected
        // payment on fewer than half of them. Hale denied that, saying …", the denial is of
        // the payments. Only a statement with no clause after the match is the pronoun's.
        let pronoun = points_back(&cue);
        let doc = self.normalized;
        let last = parts.iter().max_by_key(|p| p.range.end)?;
        let rest = doc
            .text
            .get(last.range.end..doc.sentences[last.sentence].range.end)
            .unwrap_or("");
        let more = [" but ", " and ", ", while ", " whereas ", ";"]
            .iter()
            .any(|c| rest.contains(c));
        // "put the number of newly connected Northmoor homes at 46,900" counts what the
        // statement did; "put the number of excess deaths during the heatwave periods at
        // 3,271" something else than "2,985 heat-related deaths" (trial 170): what the
        // number is of may hold one word neither the statement nor the claim says.
        let of_another_thing = cue.text.split_once(" of ").is_some_and(|(_, counted)| {
            // (The statement is every sentence a part lies in: "Northmoor" may be named a
            // sentence before the figure.)
            let said = |w: &str| {
                said_by(claim, w)
                    || parts
                        .iter()
                        .any(|p| said_by(&doc.text[doc.sentences[p.sentence].range.clone()], w))
            };
            words_of(counted)
                .filter(|w| w.len() >= 4 && !COMMON_WORDS.contains(&w.to_lowercase().as_str()))
                .filter(|w| !said(w))
                .count()
                > 1
        });
        // "The scheme will protect 2,300 homes … Opposition members said the true cost was
        // £25m" (a trial): a rival sum of money says nothing of a count, nor a count of a
        // sum. The next sentence's first figure after the cue is the rival's.
        let money = |figure: &str, before: Option<char>| {
            figure.contains(CURRENCY_SIGNS) || before.is_some_and(|c| CURRENCY_SIGNS.contains(&c))
        };
        let ours = parts.iter().flat_map(|p| p.numbers.iter()).map(|n| {
            money(
                &doc.text[n.clone()],
                doc.text[..n.start].chars().next_back(),
            )
        });
        let next_text = &doc.text[doc.sentences[next].range.clone()];
        let theirs = next_text
            .get(cue.end.min(next_text.len())..)
            .unwrap_or("")
            .split_whitespace()
            .find(|w| w.contains(|c: char| c.is_ascii_digit()))
            .map(|w| money(w, None));
        let other_kind = theirs.is_some_and(|theirs| ours.clone().any(|ours| ours != theirs));
        (!(of_another_thing || other_kind || pronoun && more)).then_some((next, cue))
    }

    /// The sentence after the match's last part, and where it revises the figure it points
    /// back to (`SentenceCues::revises_a_figure`: "It later corrected the figure to 48%"),
    /// on the terms of `disputed_next`.
    fn revised_next(&self, parts: &[&Hit]) -> Option<(usize, negation::Cue)> {
        self.next_sentence_on_the_figure(parts, SentenceCues::revises_a_figure)
    }

    /// The sentence after the match's last part, in the same paragraph, and what `said`
    /// finds there, when the match's figure is the last in its sentence (so "that figure"
    /// is the match's) and the next sentence does not repeat it. `said` always needs a
    /// figure's noun ("figure", "total", "estimate", …), looked for first: most next
    /// sentences have none, and reading one's cues costs far more than a look at its
    /// words (2.6% more instructions over the generated corpus without the look).
    fn next_sentence_on_the_figure(
        &self,
        parts: &[&Hit],
        said: impl FnOnce(&SentenceCues<'a>) -> Option<negation::Cue>,
    ) -> Option<(usize, negation::Cue)> {
        let doc = self.normalized;
        let last = parts.iter().max_by_key(|p| p.range.end)?;
        let next = last.sentence + 1;
        let sentence = doc.sentences.get(last.sentence)?;
        let following = self.goes_on_into(last.sentence)?;
        // (Their stems, found as they are: "Figures" and "figure" alike, and a few other
        // words too, which the cues then turn down.)
        let following_text = &doc.text[following.range.clone()];
        // (Or a denial of "that", "this" or "it": "Pike denied that, saying 11 routes were
        // cut".)
        let names_a_figure = FIGURE_NOUN_STEMS
            .as_ref()
            .is_none_or(|stems| stems.is_match(following_text));
        if !names_a_figure {
            return None;
        }
        // Another figure after the match's may be the one "that figure" means; a year or a
        // financial year ("in winter 2023-24") is none.
        let rest = doc.text.get(last.range.end..sentence.range.end)?;
        let year = |w: &str| {
            let (head, tail) = w.split_once(['-', '/']).unwrap_or((w, "00"));
            crate::scan::is_year(head)
                && matches!(tail.len(), 2 | 4)
                && tail.bytes().all(|b| b.is_ascii_digit())
        };
        let another_figure = rest
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .any(|w| w.contains(|c: char| c.is_ascii_digit()) && !year(w));
        if another_figure {
            return None;
        }
        // A next sentence that repeats the figure ("Police said the real figure was also
        // 64,000") agrees with it.
        let repeated = parts.iter().flat_map(|p| p.numbers.iter()).any(|n| {
            let figure = &doc.text[n.clone()];
            doc.text[doc.sentences[next].range.clone()].contains(figure)
        });
        if repeated {
            return None;
        }
        // "The posts also claim 48,000 jobs were added …; that estimate has since been
        // revised down to 39,000": a figure before the cue in its own sentence is the one
        // it points back to.
        let cue = self.with_cues(next, said)?;
        let before_cue = doc
            .text
            .get(following.range.start..following.range.start + cue.start)
            .unwrap_or("");
        let own_figure = before_cue
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .any(|w| w.contains(|c: char| c.is_ascii_digit()) && !year(w));
        (!own_figure).then_some((next, cue))
    }

    /// Whether another part of the match, before the figure in its sentence, is a name
    /// followed by "'s" and a person it owns ("Crowther's business partner", "Holt's
    /// deputy"): the figure after it is that person's, not the name's.
    fn of_someone_a_part_names(&self, parts: &[&Hit], hit: &Hit, figure: &Range<usize>) -> bool {
        #[rustfmt::skip]
        const PEOPLE: &[&str] = &[
            "partner", "wife", "husband", "son", "daughter", "brother", "sister", "mother",
            "father", "lawyer", "solicitor", "spokesman", "spokeswoman", "spokesperson",
            "colleague", "deputy", "aide", "friend", "co-defendant", "accountant",
            "assistant", "boss", "manager", "successor", "predecessor", "rival", "teammate",
            // Of an organisation: "Harfield's neighbour Brannock University enrolled 6,450"
            // (trial 95).
            "neighbour", "neighbor", "competitor", "counterpart", "subsidiary", "parent",
            "owner",
        ];
        let doc = self.normalized;
        parts.iter().any(|part| {
            part.sentence == hit.sentence
                && part.range.end <= figure.start
                && doc.text[part.range.end..figure.start]
                    .strip_prefix("'s ")
                    .is_some_and(|after| {
                        // Plural too: "Redstone's neighbours Castlebury RFC entered
                        // administration … with debts of £2.3m" (trial 109).
                        let person = |w: &str| {
                            let singular = w.strip_suffix('s').unwrap_or(w);
                            PEOPLE.iter().any(|p| {
                                p.eq_ignore_ascii_case(w) || p.eq_ignore_ascii_case(singular)
                            })
                        };
                        words_of(after).take(3).any(person)
                    })
        })
    }

    /// Whether another part of an `all:` match, in the figure's clause just before its part
    /// `hit`, is owned by someone the claim does not name, as `another_owner` reads a
    /// single pattern: "Scotland's prison population rose to 8,300" under `all: ['prison
    /// population', 'rose … {n}']` is Scotland's figure, whatever the claim's country.
    fn part_of_another_owner(&self, claim: &str, pattern: &str, parts: &[&Hit], hit: &Hit) -> bool {
        let doc = self.normalized;
        let sentence_start = doc.sentences[hit.sentence].range.start;
        let sentence = &doc.text[doc.sentences[hit.sentence].range.clone()];
        parts.iter().any(|part| {
            part.sentence == hit.sentence
                && part.range.end <= hit.range.start
                && doc.text[part.range.end..hit.range.start].len() <= 40
                && !doc.text[part.range.end..hit.range.start].contains([';', ','])
                && another_owner(claim, pattern, sentence, part.range.start - sentence_start)
        })
    }

    /// Why the name a part reads is only what the sentence compares the figure's owner
    /// with, if it is: in an opening comparison ("Like the Wyvern Canal Trust, the Ludlow
    /// Navigation Society applied for lottery money; the society received £3.1m", trial 160)
    /// or after "than" beyond the figure ("The infirmary's SHMI for 2024 was 0.98, better
    /// than that of Ashmoor General Hospital", trial 168). Names are parts that start with
    /// a capital.
    fn only_compared_with(
        &self,
        parts: &[&Hit],
        hit: &Hit,
        figure: &Range<usize>,
    ) -> Option<String> {
        let doc = self.normalized;
        let sentence = &doc.sentences[hit.sentence].range;
        let text = &doc.text[sentence.clone()];
        let named: Vec<&&Hit> = parts
            .iter()
            .filter(|other| !std::ptr::eq(**other, hit))
            .filter(|other| doc.text[other.range.clone()].starts_with(|c: char| c.is_uppercase()))
            .collect();
        if let Some(opening) =
            opening_led_by(text, figure.start - sentence.start, &["like", "unlike"])
        {
            let start = sentence.start + (opening.as_ptr() as usize - text.as_ptr() as usize);
            let end = start + opening.len();
            let compared = named.iter().any(|other| {
                other.sentence == hit.sentence
                    && start <= other.range.start
                    && other.range.end <= end
            });
            if compared {
                return Some(format!(
                    "the name a part reads is only in the comparison that opens the sentence (\"{}\"): the figure is the subject's",
                    opening.trim_end_matches(',')
                ));
            }
        }
        // (Every name part after "than": one before the figure may be its owner.)
        let after_than = |other: &&&Hit| {
            other.sentence == hit.sentence
                && other.range.start >= figure.end
                && doc
                    .text
                    .get(figure.end..other.range.start)
                    .is_some_and(|between| {
                        let words: Vec<&str> = words_of(between).collect();
                        words.len() <= 8
                            && !between.contains([';', ':'])
                            && words
                                .iter()
                                .rev()
                                .take(4)
                                .any(|w| w.eq_ignore_ascii_case("than"))
                    })
        };
        let first = named.first()?;
        named.iter().all(after_than).then(|| {
            format!(
                "the name a part reads, \"{}\", comes after \"than\": what the figure is compared with, not whose it is",
                &doc.text[first.range.clone()]
            )
        })
    }

    /// Whether the figure at `figure` (in part `hit` of an `all:` match) may be another
    /// party's: another part lies outside the figure's clause, and the clause names someone
    /// no part spells ("AMD shares rose 4%, while Nvidia stock climbed 16%", "Moderna's was
    /// 94.1% effective", "The Swiss National Bank cut its rate to 1.25%, as did the ECB").
    /// A name is a capitalized word other than the sentence's first (which counts when it
    /// is in capitals or possessive: "AMD", "Canada's"), and not a month or a day.
    ///
    /// `claim`, for a figure that meets the claim: a name the claim's sentence says is not
    /// another party's ("84.5% in England" for a claim about England).
    fn of_another_party(
        &self,
        texts: &MatcherTexts,
        parts: &[&Hit],
        hit: &Hit,
        figure: &Range<usize>,
        claim: Option<&str>,
    ) -> bool {
        if parts.len() < 2 {
            return false;
        }
        let doc = self.normalized;
        let sentence = &doc.sentences[hit.sentence].range;
        let text = &doc.text[sentence.clone()];
        let Some(clause) = clause_of(
            text,
            figure.start - sentence.start..figure.end - sentence.start,
        ) else {
            return false;
        };
        // Under `within: paragraph`, a part in another sentence: the figure's sentence must
        // name no one else ("Elsewhere, Brayford Wildlife Park welcomed four snow leopard
        // cubs. At Thornwick Zoo, …" is Brayford's figure).
        if parts.iter().any(|other| other.sentence != hit.sentence) {
            // When every other part comes after the figure's sentence, its subject ("The
            // scheme has nine turbines") was named before it, if at all: a sentence before
            // it in the paragraph that names someone else makes the figure theirs ("…
            // allowed the appeal for the Hollin Edge wind farm … The scheme has nine
            // turbines. … A decision on the larger Fellside Moor scheme is still awaited",
            // trial 100).
            let after_it = parts.iter().all(|other| other.sentence >= hit.sentence);
            let paragraph = doc.sentences[hit.sentence].paragraph;
            let named_before = || {
                (0..hit.sentence)
                    .rev()
                    .take_while(|&s| doc.sentences[s].paragraph == paragraph)
                    .any(|s| self.sentence_names_another(texts, s))
            };
            return self.sentence_names_another(texts, hit.sentence) || after_it && named_before();
        }
        // "…, while Unite put the number at 850": whoever puts the number at a figure is
        // its source, not its owner, and gives a rival count of the same thing.
        if estimates_the_number(&text[clause.start..figure.start - sentence.start])
            || by_a_source(&text[clause.start..figure.start - sentence.start])
        {
            return false;
        }
        // "…, while the Campaign for Science said the cut was 12%" under `all: ['Science
        // Futures Fund', 'the cut was {n}%']`: a source that says what the match is about
        // gives a rival figure of it (trials 84 and 85).
        let match_start = hit.range.start - sentence.start;
        if match_start >= clause.start
            && a_source_says_the_match(
                &text[clause.start..match_start],
                &doc.text[hit.range.clone()],
            )
        {
            return false;
        }
        let absolute = sentence.start + clause.start..sentence.start + clause.end;
        let outside = parts.iter().any(|other| {
            other.sentence == hit.sentence
                && (other.range.end <= absolute.start || other.range.start >= absolute.end)
        });
        if !outside {
            return false;
        }
        if self.subject_before_an_aside(texts, text, clause.clone(), claim) {
            return true;
        }
        // "At Kingsbridge Royal Infirmary, 4,960 babies were born in 2023, and managers
        // expect … now that Ashby's unit has closed": the place that opens the sentence,
        // right before the figure's clause, is the figure's, and names no one a part or
        // the claim spells.
        let relative = figure.start - sentence.start;
        if let Some(opening) = opening_led_by(text, relative, &["at", "in"]) {
            let opening_end = text.find(opening).map_or(0, |at| at + opening.len());
            let right_before = text
                .get(opening_end..clause.start)
                .is_some_and(|between| !between.trim_start_matches(',').contains(','));
            let spelled =
                |w: &str| texts.names(w) || claim.is_some_and(|claim| claim_names(claim, w));
            let names = names_in_opening(opening);
            if right_before && !names.is_empty() && !names.iter().any(|w| spelled(w)) {
                return true;
            }
        }
        // "Tamberley Council issued more fines than neighbouring Carnford, which issued 2,950
        // fixed penalty notices" (trial 160): a "which" or "who" clause is of the name right
        // before it, and one no part spells (nor the claim) owns the figure.
        let relative_clause = text[clause.start..]
            .split_whitespace()
            .next()
            .is_some_and(|w| ["which", "who"].contains(&w));
        if relative_clause {
            let before = text[..clause.start].trim_end().trim_end_matches(',');
            let words = words_at(before);
            // (Only the party a comparison names: "St Aldric's Hospice in Kent, which
            // recorded a deficit" is the hospice's, whatever "Kent" is.)
            let compared = words
                .iter()
                .rev()
                .take(4)
                .find(|(_, w)| ["than", "unlike"].contains(&w.to_lowercase().as_str()));
            if let Some(&(at, word)) = compared {
                if names_unspelled(texts, text, at + word.len()..before.len(), claim) {
                    return true;
                }
            }
        }
        // "In 2022, 210,000 birds were culled in Suffolk as the disease swept through East
        // Anglia" under `{n} birds were culled in Suffolk`: the figure's own part names its
        // owner, so a name after it is not the owner.
        let local = hit.range.start - sentence.start..hit.range.end - sentence.start;
        let owner_spelled = words_at(&text[local.clone()])
            .into_iter()
            .any(|(at, word)| {
                local.start + at > 0
                    && word.starts_with(|c: char| c.is_ascii_uppercase())
                    && texts.names(word)
            });
        // (An acronym right before that part qualifies its name: "the GB SQQ liveweight
        // lamb price" under `SQQ\b.{0,30}\baveraged {n}p/kg`, trial 124.)
        let qualifier = text[..local.start]
            .strip_suffix(' ')
            .and_then(|before| {
                let word = before.rsplit(' ').next()?;
                ((2..=4).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase()))
                    .then(|| word.len() + 1)
            })
            .unwrap_or(0);
        let clause = if owner_spelled {
            clause.start..clause.end.min(local.start - qualifier).max(clause.start)
        } else {
            clause
        };
        // "A Department of Health spokesman denied that 6.1 million appointments …" (trial
        // 140): who says or denies it, before "that", is its source, not its owner.
        let clause = match said_that_before(&text[clause.start..relative.max(clause.start)]) {
            Some(end) => clause.start + end..clause.end,
            None => clause,
        };
        // The sentence's first word is a name when the document writes it as one elsewhere:
        // "Tesco raised the price of four pints of milk to £1.65 last week, while Freshway
        // kept its price at £1.49" (beside "…expected to follow Tesco") is Tesco's £1.65.
        let opens_sentence = text[..clause.start].trim().is_empty();
        let opens_with_another = || {
            opens_sentence
                && self.opens_with_a_name(texts, text)
                && !names_a_source(text)
                && words_of(text)
                    .next()
                    .is_some_and(|first| !claim.is_some_and(|claim| claim_names(claim, first)))
        };
        names_unspelled(texts, text, clause, claim) || opens_with_another()
    }

    /// The name `of_another_party` found, for its why: the first capitalized word of the
    /// figure's clause, then of its sentence, that no part spells and the claim's subject
    /// does not name (not a month or a day).
    fn unspelled_name(
        &self,
        texts: &MatcherTexts,
        hit: &Hit,
        figure: &Range<usize>,
        subject: &str,
    ) -> Option<String> {
        let doc = self.normalized;
        let sentence = &doc.sentences[hit.sentence].range;
        let text = &doc.text[sentence.clone()];
        let relative = figure.start - sentence.start..figure.end - sentence.start;
        let clause = clause_of(text, relative.clone()).unwrap_or(0..text.len());
        // (Not who says it, as `of_another_party` reads the clause.)
        let clause = match said_that_before(&text[clause.start..relative.start.max(clause.start)]) {
            Some(end) => clause.start + end..clause.end,
            None => clause,
        };
        let spelled = |word: &str| texts.names(word) || claim_names(subject, word);
        let unspelled = |word: &&str| {
            let bare = word.strip_suffix("'s").unwrap_or(word);
            !SENTENCE_OPENERS.contains(&bare) && an_unspelled_name(word, &spelled)
        };
        // (The sentence's first word is capitalized anyway: it is a name only if nothing
        // else in the clause is.)
        let opening = text.find(char::is_alphanumeric).unwrap_or(0);
        let words = words_at(text);
        let in_clause = |at: usize| clause.contains(&at) && at != opening;
        // (A capitalized word right after a spelled name goes on with it: "Hollybrook
        // Academy" under a part that spells "Hollybrook", as `names_unspelled` reads it.)
        let goes_on = |i: usize| {
            i.checked_sub(1)
                .and_then(|j| words.get(j))
                .is_some_and(|&(at, previous)| {
                    text.get(at + previous.len()..words[i].0) == Some(" ")
                        && previous.starts_with(|c: char| c.is_ascii_uppercase())
                        && !previous.ends_with("'s")
                        && spelled(previous)
                })
        };
        let name_at = |i: usize, in_it: bool| {
            let (at, word) = words[i];
            (!in_it || in_clause(at)) && unspelled(&word) && !goes_on(i)
        };
        let capitalized = |i: usize| {
            words
                .get(i)
                .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_ascii_uppercase()))
        };
        // The whole name from word `first`: "West Mercia Police", not "West"; "Westfold
        // Fire and Rescue Service", not "Westfold Fire". `None` for a court's or a judge's,
        // which own no figure (`names_unspelled`).
        let whole_name = |first: usize| {
            let (start, _) = words[first];
            let mut end = start + words[first].1.len();
            let mut last = first;
            for (i, &(at, word)) in words.iter().enumerate().skip(first + 1) {
                let joined = text[end..at] == *" ";
                let joins = NAME_JOINS.contains(&word) && capitalized(i + 1);
                if !joined || !(capitalized(i) || joins) {
                    break;
                }
                end = at + word.len();
                last = i;
            }
            let run = &words[first..=last];
            let name = &text[start..end];
            (!a_court_or_a_judge(run)).then(|| name.strip_suffix("'s").unwrap_or(name).to_string())
        };
        (0..words.len())
            .filter(|&i| name_at(i, true))
            .chain((0..words.len()).filter(|&i| name_at(i, false)))
            .find_map(whole_name)
    }

    /// Whether the figure's `clause` of sentence `text` opens with its verb after an aside,
    /// so that its subject is the sentence's first clause, and that clause names someone
    /// no part spells and no one a part spells: "The Leeford Marathon, held the same
    /// weekend as Brackley's race, had 12,300 finishers" is Leeford's, under `all:
    /// ['Brackley', '{n} finishers']`.
    fn subject_before_an_aside(
        &self,
        texts: &MatcherTexts,
        text: &str,
        clause: Range<usize>,
        claim: Option<&str>,
    ) -> bool {
        if !text[..clause.start].trim_end().ends_with(',') {
            return false;
        }
        // Or any verb in "-ed": "St Brannock lifeboat station, 12 miles along the coast
        // from Porthcal, launched 142 times" (trial 107).
        let opens_with_verb = words_of(&text[clause.clone()])
            .next()
            .is_some_and(|w| OPENS_A_PREDICATE.contains(&w) || past_form(w));
        let Some(subject_end) = text.find(',').filter(|&end| end < clause.start) else {
            return false;
        };
        if !opens_with_verb {
            return false;
        }
        let spelled = |w: &str| texts.names(w) || claim.is_some_and(|claim| claim_names(claim, w));
        let words = words_at(&text[..subject_end]);
        let capitalized = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
        // The first word is a name only before another capitalized one ("Leeford
        // Marathon"), not as the sentence's capital ("The"), or when the document writes
        // it as a name elsewhere ("Ashmoor, which neighbours Kestrel Valley, had …" beside
        // "cost Ashmoor Hospitals Trust £18.4m": trial 98).
        let first_a_name = || self.opens_with_a_name(texts, text);
        let names: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|&(i, &(_, w))| {
                capitalized(w)
                    && (i > 0
                        || words.get(1).is_some_and(|&(_, next)| capitalized(next))
                        || first_a_name())
            })
            .map(|(_, &(_, w))| w.strip_suffix("'s").unwrap_or(w))
            .filter(|w| !MONTHS.contains(w) && !DAYS.contains(w))
            .collect();
        // A word every organisation's name may end in names no one: "Dunmere Council, which
        // neighbours Ashgrove, pays …" is Dunmere's under a claim about "Ashgrove Council"
        // (trial 109).
        !names.is_empty()
            && !names
                .iter()
                .any(|w| spelled(w) && !ORGANISATIONS.contains(w))
            && names.iter().any(|w| !ORGANISATIONS.contains(w))
    }

    /// Whether sentence `sentence` names someone or something no part of the matcher spells
    /// (`names_unspelled`) as the figure's owner, read for a statement across sentences. A
    /// sentence that gives its figure as someone's word names a source, not an owner:
    /// "The NHTSA, however, puts the number of affected vehicles at 450,000", "a report by
    /// the Migration Observatory put the total at 38,100" dispute the claim's figure.
    fn sentence_names_another(&self, texts: &MatcherTexts, sentence: usize) -> bool {
        #[rustfmt::skip]
        const ATTRIBUTES: &[&str] = &[
            "said", "says", "say", "puts", "put", "putting", "report", "reports", "reported",
            "according", "estimates", "estimated", "estimate", "figures", "data", "statistics",
            "told", "counted", "shows", "showed", "show", "found", "finds",
            // "Calder City Council's footfall counters, however, recorded 371,000 visitors"
            // (trial 94): a source's count of the same visitors.
            "counters", "count", "counts", "tally", "records", "monitoring",
            // "West Pennine Fire and Rescue Service revised the figure to 740 hectares"
            // (trial 111): who revises a figure gives it, as who puts it at one does.
            "revised", "revises", "corrected", "corrects", "updated", "amended",
        ];
        let text = &self.normalized.text[self.normalized.sentences[sentence].range.clone()];
        let attributed = |text: &str| {
            words_of(text).any(|w| ATTRIBUTES.iter().any(|a| a.eq_ignore_ascii_case(w)))
        };
        // A name that opens the sentence is its first clause's subject: what a later clause
        // attributes is another statement ("…, and its director said recruitment would
        // continue").
        let first_clause = text.split([',', ';']).next().unwrap_or(text);
        // "Castwave, by comparison, reported revenue of £1.4 billion": a sentence that sets
        // another party beside the claim's gives that party's own figure, reported or not.
        let compared = || {
            let lower = text.to_lowercase();
            [
                "by comparison",
                "in comparison",
                "by contrast",
                "in contrast",
                "for comparison",
            ]
            .iter()
            .any(|marker| lower.contains(marker))
        };
        // (Its first words, before the marker's comma, are a name then: "Castwave, by
        // comparison, …".)
        let opens_with_another = || {
            let mut words = words_of(first_clause).peekable();
            words.peek().is_some()
                && words.all(|w| w.starts_with(|c: char| c.is_uppercase()) && !texts.names(w))
        };
        (names_unspelled(texts, text, 0..text.len(), None) && !attributed(text))
            || (self.opens_with_a_name(texts, text) && !attributed(first_clause))
            || (compared()
                && (opens_with_another() || names_unspelled(texts, text, 0..text.len(), None)))
    }

    /// Whether sentence `text` opens with a name no part spells, as its subject
    /// ("Neighbouring Northvale's crews took longer. Eastmarch hired 310 paramedics"): a
    /// word the document shows as a name elsewhere, inside a sentence ("at Eastmarch") or
    /// before another capitalized word ("Eastmarch Ambulance Service"), and never in lower
    /// case. (Any capitalized first word, taken for a name, took "Retail sales fell 4.1%"
    /// and "Pay rose" for someone else's.)
    fn opens_with_a_name(&self, texts: &MatcherTexts, text: &str) -> bool {
        let Some(&(start, first)) = words_at(text).first() else {
            return false;
        };
        let capitalized = first.starts_with(|c: char| c.is_ascii_uppercase())
            && first.chars().skip(1).all(char::is_lowercase);
        let lower = first.to_lowercase();
        if !capitalized
            || !text[..start].trim().is_empty()
            || SENTENCE_OPENERS.contains(&first)
            || MONTHS.contains(&first)
            || DAYS.contains(&first)
            || texts.names(first)
        {
            return false;
        }
        let doc = self.normalized.text.as_str();
        let whole_word = |at: usize, len: usize| {
            !doc[..at].ends_with(|c: char| c.is_alphanumeric())
                && !doc[at + len..].starts_with(|c: char| c.is_alphanumeric())
        };
        if doc
            .match_indices(lower.as_str())
            .any(|(at, _)| whole_word(at, lower.len()))
        {
            return false;
        }
        doc.match_indices(first)
            .filter(|&(at, _)| whole_word(at, first.len()))
            .any(|(at, _)| {
                // (Sentences are joined with "\n": a word after a headline with no full stop
                // opens its sentence, trial 108; after a colon it is inside one: "Holiday
                // lets: Devon and Cornwall compared".)
                let inside = doc[..at]
                    .trim_end_matches(' ')
                    .ends_with(|c: char| c.is_alphanumeric() || c == ',' || c == ':');
                let before_a_name = doc[at + first.len()..]
                    .strip_prefix(' ')
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()));
                inside || before_a_name
            })
    }

    /// The verb a negation is of, when it is not the match's: "Varga failed to overturn his
    /// bribery conviction", "France did not publicise its ratification", "did not win her
    /// seat" under `all: ['Holt', 'seat']`. The negation comes before the negated part, the
    /// first word after it is spelled by no part, and a possessive stands within the three
    /// words before the part: the part is that verb's object, which the possessive takes
    /// as given. `event` says whether the object names an event ("conviction",
    /// "ratification", "departure", "withdrawal"): then it happened, and the match stands;
    /// a thing ("her seat") may not be what the claim says of it, so it counts neither way.
    ///
    /// A definite object ("the", "these", "those" within the three words before the part)
    /// is taken as given too, when no word between the negation and the part is one the
    /// claim's own sentence says: "Analysts have not yet examined the North Korean
    /// shells", "cannot match the volume of North Korean shells", "were unable to down the
    /// North Korean missiles" say nothing against "North Korea has shipped shells" (but
    /// "Armenia did not sign the treaty" denies "Armenia signed the treaty").
    fn object_of_negated_verb(
        &self,
        claim: &Claim,
        texts: &MatcherTexts,
        parts: &[&Hit],
        negation: Option<&negation::Cue>,
        negated_part: usize,
    ) -> Option<NegatedVerb> {
        let doc = self.normalized;
        let cue = negation?;
        // "rejected claims that its members had rejected the offer": a clause follows the
        // cue's "that", with its own subject; the negation denies it whole.
        let last_word = cue.text.rsplit(' ').next().unwrap_or("");
        if last_word.eq_ignore_ascii_case("that") {
            return self.given_in_denied_clause(claim, texts, parts, cue, negated_part);
        }
        let negated = parts.get(negated_part)?;
        let that_follows = doc
            .text
            .get(doc.sentences[negated.sentence].range.start + cue.end..)
            .and_then(|rest| rest.get(..6))
            .is_some_and(|start| start.eq_ignore_ascii_case(" that "));
        if that_follows {
            return self.given_in_denied_clause(claim, texts, parts, cue, negated_part);
        }
        let sentence = &doc.sentences[negated.sentence].range;
        // The verb's object is the first part after the negation ("Analysts have not
        // examined the 11,000 job cuts Meta made" under `all: ['Meta', '{n} job cuts']`:
        // the job cuts, not Meta).
        let hit = parts
            .iter()
            .filter(|p| p.sentence == negated.sentence && p.range.start >= sentence.start + cue.end)
            .min_by_key(|p| p.range.start)
            .unwrap_or(negated);
        let start = hit.range.start - sentence.start;
        let between = doc
            .text
            .get(sentence.start + cue.end..sentence.start + start.max(cue.end))?;
        let words: Vec<&str> = words_of(between).collect();
        let spelled = |word: &str| texts.spellings.iter().any(|s| s.spells(word));
        let last_three = || words.iter().rev().take(3);
        // The part may be the possessor: "No country has matched SpaceX's 134 launches"
        // under `all: ['SpaceX', '{n} launches']`; the object is then the few words after it.
        let after = doc.text.get(hit.range.end..sentence.end).unwrap_or("");
        let possessor = after.starts_with("'s ")
            && parts
                .iter()
                .any(|other| other.range.start == hit.range.end + "'s ".len());
        // A verb stands between the negation and the object: not a copula ("was not Putin's
        // first visit"), nor a preposition or a word of a negation that denies a clause
        // whole ("not by the appeals court", "It is not true the council approved", "None
        // of the shells were delivered").
        const NO_VERB: [&str; 33] = [
            "is", "was", "are", "were", "be", "been", "being", "of", "by", "to", "in", "on", "at",
            "for", "with", "from", "about", "as", "than", "after", "before", "over", "under",
            "true", "the", "a", "an", "so", "clear", "correct", "right", "case", "only",
        ];
        let verb_first = words.len() >= 2
            && !NO_VERB.iter().any(|w| w.eq_ignore_ascii_case(words[0]))
            && !words.iter().any(|w| w.eq_ignore_ascii_case("that"));
        // "his conviction", or "SpaceX's 134 launches" (the word right before the part).
        let possessed = (verb_first && (possessor || between.trim_end().ends_with("'s")))
            || last_three().any(|w| {
                ["his", "her", "its", "their"]
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(w))
            });
        // The object of that verb, not the subject of a clause the negation denies whole
        // ("denied that the ministry approved").
        let definite = verb_first
            && last_three().any(|w| {
                ["the", "these", "those"]
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(w))
            })
            && !words.iter().any(|w| said_by(&claim.claim, w));
        // "Nobody voted for net migration of 685,000", "cannot afford the average house
        // price of £285,000", "did not match Labour on 33.7%": the figure is inside a noun
        // phrase, the verb's object.
        let in_noun_phrase = hit.numbers.first().is_some_and(|figure| {
            let head = doc.text[hit.range.start..figure.start]
                .trim_end_matches(['$', '€', '£', '¥', ' '])
                .to_ascii_lowercase();
            [" of", " on", " at", "'s"]
                .iter()
                .any(|end| head.ends_with(end))
        });
        // (A possessive or "that" is no verb: "denied that its members had …"
        // has none; a clause follows.)
        const NOT_A_VERB: [&str; 5] = ["his", "her", "its", "their", "that"];
        let verb = words.first().filter(|w| {
            (possessed || in_noun_phrase || definite)
                && !spelled(w)
                && !NOT_A_VERB.iter().any(|d| d.eq_ignore_ascii_case(w))
        })?;
        if !possessed {
            return Some(NegatedVerb {
                verb: verb.to_string(),
                event: false,
            });
        }
        // The object is every part after the negation ("his bribery conviction" under
        // `all: ['Varga', 'convict\w*', 'bribery']`), and the words a possessor part owns.
        let object = parts
            .iter()
            .filter(|p| p.sentence == hit.sentence && p.range.start >= hit.range.start)
            .flat_map(|p| words_of(&doc.text[p.range.clone()]))
            .chain(words_of(after).take(if possessor { 5 } else { 0 }));
        let event = object.into_iter().any(|w| {
            let w = w.to_ascii_lowercase();
            ["tion", "sion", "ure"]
                .iter()
                .any(|end| w.len() > 5 && w.ends_with(end))
                || EVENT_NOUNS.contains(&w.as_str())
        });
        Some(NegatedVerb {
            verb: verb.to_string(),
            event,
        })
    }

    /// The verb of a clause denied whole ("denied that …") when the match stands after it,
    /// in a phrase that opens with a preposition: "Calderbrook denied that fans had been
    /// turned away at the record 61,482 crowd against Liverpool" (trial 96) denies the
    /// turning away, and takes the record crowd as given. Only when the clause's own words
    /// before the phrase are none a part spells or the claim's sentence says ("denied that
    /// troops were deployed in Kursk" still denies a claim that troops were deployed).
    fn given_in_denied_clause(
        &self,
        claim: &Claim,
        texts: &MatcherTexts,
        parts: &[&Hit],
        cue: &negation::Cue,
        negated_part: usize,
    ) -> Option<NegatedVerb> {
        const OPENS_A_PHRASE: &[&str] = &[
            "at", "during", "in", "on", "after", "before", "outside", "inside", "near", "over",
        ];
        let doc = self.normalized;
        let negated = parts.get(negated_part)?;
        let sentence = &doc.sentences[negated.sentence].range;
        let hit = parts
            .iter()
            .filter(|p| p.sentence == negated.sentence && p.range.start >= sentence.start + cue.end)
            .min_by_key(|p| p.range.start)?;
        let between = doc.text.get(sentence.start + cue.end..hit.range.start)?;
        let spelled = |word: &str| texts.spellings.iter().any(|s| s.spells(word));
        if let Some(verb) = self.verb_after_the_match(claim, parts, negated.sentence, &spelled) {
            return Some(NegatedVerb {
                verb: verb.to_string(),
                event: false,
            });
        }
        let mut words: Vec<&str> = words_of(between).collect();
        if words
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case("that"))
        {
            words.remove(0);
        }
        if words.last().is_some_and(|w| {
            ["the", "a", "an", "this", "that"]
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
        }) {
            words.pop();
        }
        let preposition = words.pop()?;
        if !OPENS_A_PHRASE
            .iter()
            .any(|p| p.eq_ignore_ascii_case(preposition))
        {
            return None;
        }
        if words.len() < 2 || words.iter().any(|w| spelled(w) || said_by(&claim.claim, w)) {
            return None;
        }
        // The clause's verb: its last word in "-ed" or "-en" ("turned away", "were taken").
        let verb = words
            .iter()
            .rev()
            .find(|w| past_form(w) || w.len() > 3 && w.ends_with("en"))?;
        Some(NegatedVerb {
            verb: verb.to_string(),
            event: false,
        })
    }

    /// The verb of a clause denied whole that comes after the match, in the same clause,
    /// when the match is that clause's subject: "West Midlands Police has denied that the
    /// 1,284 knives it reported surrendered in March 2025 included kitchen knives" (trial
    /// 103) denies what the knives included, and takes the surrender as given. A word in
    /// "-ed" or a form of "be" or "have", before any comma, "and", "or", "but" or a word
    /// that opens another clause, and one no part spells and the claim's sentence does
    /// not say.
    fn verb_after_the_match<'t>(
        &'t self,
        claim: &Claim,
        parts: &[&Hit],
        sentence: usize,
        spelled: &dyn Fn(&str) -> bool,
    ) -> Option<&'t str> {
        const FINITE: &[&str] = &[
            "is", "are", "was", "were", "has", "had", "includes", "contains", "involves",
        ];
        const ENDS: &[&str] = &[
            "and", "or", "but", "which", "who", "because", "after", "before", "when", "while",
            "that", "as", "since", "saying",
        ];
        let doc = self.normalized;
        let end = parts
            .iter()
            .filter(|p| p.sentence == sentence)
            .map(|p| p.range.end)
            .max()?;
        // Only a match with a verb of its own ("knives … surrendered"), which the verb after
        // it makes a participle: "denied that the North Korean shells reached Russia" has
        // none, and denies the shells' arrival.
        let has_a_verb = parts.iter().filter(|p| p.sentence == sentence).any(|p| {
            words_of(&doc.text[p.range.clone()])
                .any(|w| past_form(w) && (spelled(w) || said_by(&claim.claim, w)))
        });
        if !has_a_verb {
            return None;
        }
        let rest = doc.text.get(end..doc.sentences[sentence].range.end)?;
        let clause = rest.split([',', ';', ':', '(']).next().unwrap_or("");
        let words: Vec<&str> = words_of(clause)
            .take_while(|w| !ENDS.iter().any(|e| e.eq_ignore_ascii_case(w)))
            .collect();
        words.iter().copied().find(|&w| {
            let verb = FINITE.contains(&w) || past_form(w);
            verb && w.starts_with(|c: char| c.is_ascii_lowercase())
                && !spelled(w)
                && !said_by(&claim.claim, w)
        })
    }

    /// Under a reading across sentences, whether part `i`'s sentence only sets the scene of
    /// the statement that follows it, so that its hedge `cue` is not the statement's: every
    /// other part's sentence comes after it, and it holds no part with a figure while
    /// another sentence does, or, when no part has a figure, only parts that are names
    /// ("Ember Tide") under a hedge that gives someone's word ("An earlier version of this
    /// article said", "claims the"), not the writer's doubt ("It was not clear whether").
    fn sets_the_scene(&self, parts: &[&Hit], i: usize, cue: &negation::Cue) -> bool {
        let sentence = parts[i].sentence;
        if parts.iter().any(|p| p.sentence < sentence)
            || parts.iter().all(|p| p.sentence == sentence)
        {
            return false;
        }
        let figure = |here: bool| {
            parts
                .iter()
                .any(|p| (p.sentence == sentence) == here && !p.numbers.is_empty())
        };
        let (here, elsewhere) = (figure(true), figure(false));
        if here || elsewhere {
            return elsewhere && !here;
        }
        let doc = self.normalized;
        let someones_word =
            words_of(&cue.text).any(|w| SAYING.contains(&w.to_lowercase().as_str()));
        someones_word
            && parts.iter().filter(|p| p.sentence == sentence).all(|p| {
                words_of(&doc.text[p.range.clone()]).all(|w| w.starts_with(char::is_uppercase))
            })
    }

    /// The sentence a statement in sentence `at` goes on into: the next of its paragraph,
    /// or, as news gives a paragraph a sentence, the first of the next paragraph when `at`
    /// is its paragraph's only sentence ("The Lyric Playhouse says it sold 182,000 tickets
    /// in 2024.\n\nBut the Dunmere Theatres Trust … put the figure at 158,000", trial 116;
    /// "…claimed Kestwick decided 68% …\n\nThat is not correct: …", trial 122), or when it
    /// opens with "But" or "However".
    fn goes_on_into(&self, at: usize) -> Option<&'a crate::normalize::NormalizedSentence> {
        let doc = self.normalized;
        let sentence = doc.sentences.get(at)?;
        let following = doc.sentences.get(at + 1)?;
        if following.paragraph == sentence.paragraph {
            return Some(following);
        }
        let alone = at == 0 || doc.sentences[at - 1].paragraph != sentence.paragraph;
        let following_text = &doc.text[following.range.clone()];
        let goes_on = ["But ", "However,", "However ", "Yet "]
            .iter()
            .any(|opening| following_text.starts_with(opening));
        (alone || goes_on).then_some(following)
    }

    /// The rebuttal that opens the sentence after the match's, in its paragraph, as that
    /// sentence's whole first clause ("It did not.", "That is false:", "Not true -"), as a
    /// cue whose position (`usize::MAX`) says it lies outside the match's sentence. One
    /// followed by a comma is left alone: "It did not, however, include X" goes on, and
    /// "That is false, critics said" reports a dispute rather than settling it.
    fn rebutted_by_next(&self, parts: &[&Hit]) -> Option<negation::Cue> {
        let doc = self.normalized;
        let last = parts.iter().map(|p| p.sentence).max()?;
        let next = self.goes_on_into(last)?;
        let text = doc.text[next.range.clone()].trim_start_matches(['"', '\'']);
        // Every rebuttal starts with one of these letters; most sentences are none, and
        // this runs for most plain matches.
        if !text.starts_with(['I', 'i', 'T', 't', 'N', 'n', 'F', 'f', 'U', 'u', 'C', 'c']) {
            return None;
        }
        // A rebuttal and its ending lie within the sentence's first 80 bytes.
        let mut head = text.len().min(80);
        while !text.is_char_boundary(head) {
            head -= 1;
        }
        let text = &text[..head];
        let lower = text.to_ascii_lowercase();
        let ends = |rest: &str| {
            rest.is_empty() || rest.starts_with(['.', ':', ';', '!']) || rest.starts_with(" -")
        };
        let len = REBUTTALS
            .iter()
            .find(|phrase| lower.strip_prefix(**phrase).is_some_and(ends))
            .map(|phrase| phrase.len())
            .or_else(|| {
                let lead = REBUTTAL_LEADS
                    .iter()
                    .find(|lead| lower.starts_with(**lead))?;
                let clause = lower[lead.len()..]
                    .split(['.', ':', ';', '!', ','])
                    .next()?;
                (clause.split_whitespace().count() <= 6
                    && ends(&lower[lead.len() + clause.len()..]))
                .then_some(lead.len() + clause.len())
            })
            .or_else(|| {
                // "Contrary to the post, Ashmoor General Hospital did not have 142 …" (trial
                // 173): what the sentence before said, named and then set right.
                let rest = lower.strip_prefix("contrary to ")?;
                let (named, _) = rest.split_once(',')?;
                let words: Vec<&str> = named.split_whitespace().collect();
                (words.len() <= 4
                    && words.last().is_some_and(|w| CLAIMED.contains(w))
                    && words
                        .first()
                        .is_some_and(|w| ["the", "that", "this", "these", "those"].contains(w)))
                .then_some("contrary to ".len() + named.len())
            })?;
        Some(negation::Cue {
            text: text[..len].to_string(),
            start: usize::MAX,
            end: usize::MAX,
        })
    }

    /// Whether the parts after the negated one all lie in a relative clause that opens
    /// right after it (", which", ", who"), with no negation of its own, and no part
    /// stands between the negation and the negated part: the clause states them of what the
    /// negated part names.
    fn restated_in_relative(
        &self,
        parts: &[&Hit],
        negation: Option<&negation::Cue>,
        negated_part: usize,
    ) -> bool {
        let doc = self.normalized;
        let (Some(cue), Some(negated)) = (negation, parts.get(negated_part)) else {
            return false;
        };
        let sentence = &doc.sentences[negated.sentence].range;
        let cue_end = sentence.start + cue.end;
        let later = parts
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != negated_part)
            .map(|(_, p)| p);
        if later.clone().any(|p| {
            p.sentence != negated.sentence
                || (p.range.start >= cue_end && p.range.start < negated.range.end)
        }) {
            return false;
        }
        let Some(first) = later
            .clone()
            .filter(|p| p.range.start >= negated.range.end)
            .min_by_key(|p| p.range.start)
        else {
            return false;
        };
        let between = doc.text[negated.range.end..first.range.start]
            .trim_start_matches(['\'', '"', ')'])
            .to_ascii_lowercase();
        let Some(clause) = [", which ", ", who "]
            .iter()
            .find_map(|lead| between.strip_prefix(lead))
        else {
            return false;
        };
        let last = parts
            .iter()
            .map(|p| p.range.end)
            .max()
            .unwrap_or(first.range.end);
        !clause.contains([',', ';', ':'])
            && !words_of(&doc.text[first.range.start..last]).any(is_negation_word)
            && !words_of(clause).any(is_negation_word)
    }

    /// Says why a match, plain or negated on its face, cannot be trusted either way, if so:
    /// a contradict pattern's match in a clause of another period than the claim's, a
    /// negation word swallowed by a gap of the pattern, a negation whose clause differs from
    /// another part's, or one that may bear on a relative clause inside the match.
    fn unsure(
        &self,
        claim: &Claim,
        matcher: &CompiledMatcher,
        texts: &MatcherTexts,
        parts: &[&Hit],
        negation: Option<&negation::Cue>,
        negated_part: usize,
    ) -> Option<String> {
        let doc = self.normalized;
        // "The Federal Reserve raised rates in June 2022" for a claim about June 2024: the
        // match's clause names another period.
        // Only a contradict pattern's match without a figure (figures have their own rule,
        // and a support reads "the lowest since 2001" as no period of its own).
        let without_figure = parts.iter().all(|hit| hit.numbers.is_empty());
        // (A pattern that spells a period the claim does not name itself,
        // "opened\b.{0,30}\b(2025|November)", names the rival date that contradicts.)
        let spells_a_period = || {
            let claimed = periods_in(&claim.claim);
            written_parts(claim, matcher)
                .iter()
                // (Escapes blanked: `\b2025` spells 2025, trial 136.)
                .flat_map(|part| periods_in(&strip_escapes(&part.text)))
                .any(|period| !claimed.contains(&period))
        };
        if let Some(first) = parts
            .first()
            .filter(|_| matcher.side == Side::Contradict && without_figure && !spells_a_period())
        {
            let sentence = &doc.sentences[first.sentence].range;
            let in_one = parts.iter().all(|hit| hit.sentence == first.sentence);
            let start = parts.iter().map(|hit| hit.range.start).min().unwrap_or(0);
            let end = parts.iter().map(|hit| hit.range.end).max().unwrap_or(0);
            if in_one
                && clause_of_another_period(
                    &claim.claim,
                    &doc.text[sentence.clone()],
                    start - sentence.start..end - sentence.start,
                    true,
                    "",
                )
            {
                return Some(
                    "the match's clause names another period than the claim: it counts neither way"
                        .to_string(),
                );
            }
        }
        let written = written_parts(claim, matcher);
        for (i, (hit, spelling)) in parts.iter().zip(&texts.spellings).enumerate() {
            let sentence = &doc.sentences[hit.sentence].range;
            let spelled = |word: &str| spelling.spells(word);
            let inside = hit.range.start - sentence.start..hit.range.end - sentence.start;
            // "It is not true that turnout fell: turnout was 67%" under
            // `turnout\b.{0,25}\b{n}%`: the match runs on past the end of the negated clause,
            // at a colon or semicolon the pattern does not spell, so the negation may be of
            // what comes before it and not of the rest.
            if let Some(cue) = negation.filter(|cue| cue.end <= inside.start) {
                let pattern = written.get(i).map_or("", |part| part.text.as_str());
                // A comma too, when the figure comes after it: "Wages have not kept pace
                // with rents, up 9.2% in the year".
                let figure = hit.numbers.first().map_or(hit.range.end, |n| n.start);
                // (Not the comma that closes an aside opened before the match: "denied
                // reports that its chief executive, Margaret Ellison, turned down a pay rise"
                // under `Ellison\b.{0,40}\bturned down`, trial 161.)
                let mut closes_aside = doc
                    .text
                    .get(sentence.start + cue.end..hit.range.start)
                    .is_some_and(opens_an_aside);
                let stop = doc.text[hit.range.clone()]
                    .char_indices()
                    .find(|&(at, c)| {
                        if c == ',' && std::mem::take(&mut closes_aside) {
                            return false;
                        }
                        (matches!(c, ':' | ';') || c == ',' && hit.range.start + at < figure)
                            && !spells_char(pattern, c)
                    })
                    .map(|(_, c)| c);
                if let Some(stop) = stop {
                    return Some(format!(
                        "negated by \"{}\", but the match runs on past the end of its clause at \"{stop}\": it counts neither way",
                        cue.text
                    ));
                }
            }
            // Only the cue's negation word decides: "have not confirmed" over a pattern that
            // spells "confirmed" but not "not" still swallowed the "not".
            // A denial a support pattern's gap swallowed ("Moscow denied it shipped shells"
            // under `Moscow\b.{0,40}\bshipped`) turns it around as a "not" does; a contradict
            // pattern's gap may swallow one on purpose.
            let stem_spelled = |w: &str| spelling.spells_stem(w);
            // A denial a support pattern's gap swallowed turns it around as "not" does; a
            // contradict pattern may swallow one on purpose.
            // (A contradict pattern's too: "Harland ICB denied that it had stopped funding
            // IVF" under `Harland\b.{0,40}\bstopped funding IVF` denies the contradiction,
            // trial 167.)
            let unspelled_denial = |w: &str| negation::is_denial(w) && !stem_spelled(w);
            let negation_word = |w: &&str| is_negation_word(w);
            let sentence_text = &doc.text[sentence.clone()];
            let swallowed = self
                .with_cues(hit.sentence, |cues| cues.negations_within(inside.clone()))
                .into_iter()
                .filter(|cue| !in_aside(sentence_text, inside.clone(), cue.start..cue.end))
                // The "not" read as the match's negation (`negation_before_spelled`).
                .filter(|cue| {
                    i != negated_part
                        || negation.is_none_or(|n| (n.start, n.end) != (cue.start, cue.end))
                })
                .find(|cue| {
                    let mut words = cue.text.split_whitespace();
                    let negation_words = words.clone().filter(negation_word).count();
                    // A cue of other words ("brushed aside reports that", "failed to")
                    // swallowed whole by a support pattern's gap, unless it spells them.
                    let other_cue = matcher.side == Side::Support
                        && negation_words == 0
                        && words.clone().next().is_some_and(|w| !stem_spelled(w));
                    words.clone().filter(negation_word).any(|w| !spelled(w))
                        || words.any(unspelled_denial)
                        || other_cue
                });
            // A hedge the gap swallowed: "North Korea was accused of sending shells" under
            // `North Korea\b.{0,40}\bsending\b.{0,40}\bshells`.
            let swallowed = swallowed.or_else(|| {
                // Only an allegation, which puts the whole statement as someone's: a plan
                // or a condition may be what the claim states ("supplied technology to aid
                // its plans to deploy satellites", "mutual aid if either is attacked").
                self.with_cues(hit.sentence, |cues| cues.allegations_within(inside.clone()))
                    .into_iter()
                    .find(|cue| !stem_spelled(&cue.text))
            });
            let swallowed = swallowed.map(|cue| cue.text).or_else(|| {
                // The idioms are looked up only once a listed word is found: most matches
                // have none.
                let idioms = std::cell::OnceCell::new();
                // A word inside an aside the match holds whole (", which was due to open in
                // May 2025,") is the aside's: "Thornbury Parkway station, which was due to
                // open in May 2025, finally opened on 2 July 2025" states the opening.
                let in_idiom = |at: usize| {
                    let at = at + inside.start;
                    in_aside(sentence_text, inside.clone(), at..at + 1) || {
                        idioms
                            .get_or_init(|| {
                                self.with_cues(hit.sentence, |cues| {
                                    cues.idioms_within(inside.clone())
                                })
                            })
                            .iter()
                            .any(|idiom| idiom.contains(&at))
                    }
                };
                // A word the claim itself says ("Sanctions should be reviewed") is the
                // claim's, as one the pattern spells is. So is the "will" or "would" of
                // what a confirmation or an announcement sets: "The regulator confirmed the
                // cap for a typical household would be £1,738 a year".
                // ("…, the Department for Education confirmed on Tuesday" after it too.)
                // Looked for only when the gap holds "will" or "would".
                let confirmed = || {
                    let before = words_of(&doc.text[sentence.start..hit.range.start]).rev();
                    let after = words_of(&doc.text[hit.range.end..sentence.end]);
                    before.take(8).chain(after).any(confirms)
                };
                let set = |word: &str| {
                    ["will", "would"]
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(word))
                        && confirmed()
                };
                let said =
                    |word: &str| spelled(word) || claim_says(&claim.claim, word) || set(word);
                let matched = &doc.text[hit.range.clone()];
                uncertain_in_gap(matched, &said, &in_idiom)
                    .filter(|word| !in_a_clause_the_pattern_ends(matched, word, &spelled))
                    .map(str::to_string)
            });
            // "North Korea called reports that it shipped shells to Russia false" under
            // `North Korea\b.{0,60}\bshipped shells`: the gap swallowed the verb of a
            // dismissal whose word ends the clause after the match.
            let swallowed = swallowed.or_else(|| {
                (matcher.side == Side::Support)
                    .then(|| {
                        self.with_cues(hit.sentence, |cues| cues.dismissal_over(inside.clone()))
                    })
                    .flatten()
                    .map(|verb| verb.text)
                    .filter(|verb| !spelled(verb))
            });
            // "Starfall is the second-highest-grossing film" under `Starfall\b.{0,40}\b
            // highest-grossing`: `\b` lets a spelled word start after a hyphen, and the
            // prefix the gap swallowed ("second-", "non-", "ex-") changes what it says.
            let swallowed = swallowed.or_else(|| {
                glued_prefix(&doc.text[hit.range.clone()], spelling).map(str::to_string)
            });
            if let Some(words) = swallowed {
                return Some(format!(
                    "the match spans \"{words}\", which the pattern does not spell out: it counts neither way"
                ));
            }
        }
        // The words between two parts of an `all:` matcher in one clause are a gap the
        // analyst did not write: "Putin and Kim will sign the pact" is no signing.
        // "Varga was convicted of fraud but acquitted of bribery" under `all: ['Varga',
        // 'convict\w*', 'bribery']`: two parts or more before a contrast, and the rest after
        // it, are two statements. (One part before it may be a subject both share: "The
        // court overturned Berg's conviction but upheld Lindqvist's".)
        // "Bridge Street, which breached the legal limit in 2022, was not measured in 2024"
        // under `all: ['Bridge Street', 'breached the legal limit', '2024']` (trial 130):
        // the part's own clause names another year than the year part, which lies outside
        // it.
        if let Some((part, year)) = a_part_of_another_year(doc, parts) {
            return Some(format!(
                "\"{part}\" is in a clause of {year}, and the part that spells the year lies outside it: the parts are of two years, and it counts neither way"
            ));
        }
        if let Some(word) = contrast_splits(doc, parts) {
            return Some(format!(
                "the parts lie on both sides of \"{word}\", in two statements: it counts neither way"
            ));
        }
        if let Some(word) = self.uncertain_between(claim, texts, parts) {
            return Some(format!(
                "\"{word}\" stands between the parts and may make the statement a plan, a possibility or someone's word; the pattern does not spell it, so it counts neither way (spell it in the pattern if the claim is about that)"
            ));
        }
        // Parts across sentences (`within: paragraph`): a negation earlier in the clause of
        // a part that follows a preposition may bear on where or when the claim happened,
        // though the sentence rules let it stop at the preposition ("nobody was injured in
        // the attack"): "Kim signed the deal. It was not signed in Pyongyang."
        let first_sentence = parts.first().map(|hit| hit.sentence);
        if parts.iter().any(|hit| Some(hit.sentence) != first_sentence) {
            for hit in parts {
                let sentence = doc.sentences[hit.sentence].range.start;
                let word_before = doc.text[sentence..hit.range.start]
                    .split_whitespace()
                    .next_back()
                    .unwrap_or("");
                if !negation::is_preposition(word_before) {
                    continue;
                }
                let before = 0..hit.range.start - sentence;
                let cues = self.with_cues(hit.sentence, |cues| cues.negations_within(before));
                let same_clause = |cue: &&negation::Cue| {
                    !doc.text[sentence + cue.end..hit.range.start].contains([',', ';', ':'])
                };
                if let Some(cue) = cues.iter().find(same_clause) {
                    return Some(format!(
                        "\"{}\" before \"{}\" may bear on the claim across sentences: it counts neither way",
                        cue.text,
                        &doc.text[hit.range.clone()]
                    ));
                }
            }
        }
        // Any other negation of one part of a statement read across sentences may be about
        // something else in its sentence: "The party did not endorse Holt. She won the
        // seat anyway." does not deny that Holt won.
        let across = parts.iter().any(|hit| Some(hit.sentence) != first_sentence);
        if let (true, Some(cue), Some(hit)) = (across, negation, parts.get(negated_part)) {
            return Some(format!(
                "the parts lie in different sentences, and \"{}\" negates only the one with \"{}\" (it may be about something else there): it counts neither way",
                cue.text,
                &doc.text[hit.range.clone()]
            ));
        }
        let cue = negation?;
        let negated = parts.get(negated_part)?;
        let sentence = &doc.sentences[negated.sentence].range;
        let matched = &doc.text[negated.range.clone()];
        if cue.end <= negated.range.start - sentence.start
            && matched
                .split_whitespace()
                .any(|w| matches!(w.to_lowercase().as_str(), "which" | "who"))
        {
            return Some(format!(
                "negated by \"{}\", but the match spans a relative clause the negation may not reach: it counts neither way",
                cue.text
            ));
        }
        // "Armenia has signed but not ratified the accord", "was convicted but not jailed for
        // bribery": the negation is of a second verb that shares the part after it with the
        // part before it, which the sentence states.
        let cue_at = sentence.start + cue.start;
        let coordinated = parts.iter().enumerate().find(|&(i, other)| {
            i != negated_part
                && other.sentence == negated.sentence
                && other.range.end <= cue_at
                && negated.range.start >= sentence.start + cue.end
                && coordinates(&doc.text[other.range.end..cue_at])
        });
        if let Some((_, other)) = coordinated {
            return Some(format!(
                "negated by \"{}\", of a verb joined to \"{}\", which it does not deny: it counts neither way",
                cue.text,
                &doc.text[other.range.clone()]
            ));
        }
        // A part after the negated one that the negation does not reach, in a clause of its
        // own ("Putin did not visit Seoul, but he visited Pyongyang", "did not wait for
        // Putin's approval before he signed the pact"), is stated apart from the denial.
        for (i, other) in parts.iter().enumerate() {
            if i == negated_part
                || other.sentence != negated.sentence
                || other.range.start < negated.range.end
            {
                continue;
            }
            let between = negated.range.end - sentence.start..other.range.start - sentence.start;
            // "Ashvale, not Northport City, won the title": a correction set between
            // commas names who did not do what follows.
            let text = &doc.text[sentence.clone()];
            let corrected = cue.text.eq_ignore_ascii_case("not")
                && text[..cue.start].trim_end().ends_with(',')
                && text[between.clone()].trim_start().starts_with(',')
                && !text[between.clone()].trim_start()[1..].contains([',', ';', ':']);
            // "The number 47 service has not been withdrawn, Kestrel Buses confirmed": a
            // part that says the denial after it is its speaker, not a statement apart.
            // (The rest of the speaker's name may come first: "…, Dunmere Buses confirmed",
            // trial 122.)
            let speaker = text[between.clone()].trim() == ","
                && words_of(&text[other.range.end - sentence.start..])
                    .find(|w| !w.starts_with(char::is_uppercase))
                    .is_some_and(|w| REPORTING_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)))
                && words_of(&text[other.range.end - sentence.start..])
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .count()
                    <= 3;
            // "denied reports that its vice-chancellor, Sarah Okoye, had turned down a pay
            // rise": the comma that closes a name set off before its verb ends no clause.
            let name_closed = words_of(matched).all(|w| w.starts_with(char::is_uppercase))
                && text[between.clone()]
                    .trim_start()
                    .strip_prefix(',')
                    // (The verb may open the next part: ", Sir Thomas Gale, turned down".)
                    .and_then(|rest| {
                        words_of(rest)
                            .next()
                            .or_else(|| words_of(&doc.text[other.range.clone()]).next())
                    })
                    .is_some_and(|w| {
                        ["had", "has", "have", "was", "were", "is", "are", "did"]
                            .iter()
                            .any(|a| a.eq_ignore_ascii_case(w))
                            || negation::past_verb(w)
                    });
            let after_comma = match text[between.clone()].find(',') {
                Some(at) if name_closed => between.start + at + 1..between.end,
                _ => between.clone(),
            };
            // "denied that 78% of its pupils had achieved grade 4 or above in English and
            // maths in 2024" for a claim "… in English and maths in 2024" (trial 132): an
            // "and" in a phrase the claim says is the claim's, and ends no clause.
            let pieces = outside_the_claims_and(&claim.claim, text, after_comma.clone());
            if !corrected
                && !speaker
                && self.with_cues(negated.sentence, |cues| {
                    pieces
                        .iter()
                        .any(|piece| cues.ends_clause_within(piece.clone()))
                })
            {
                return Some(format!(
                    "negated by \"{}\", which does not reach \"{}\" in a later clause: one part is denied and another stated apart, so the match says neither, and it counts neither way",
                    cue.text,
                    &doc.text[other.range.clone()]
                ));
            }
            // "It is not true that Holt did not win the seat": a second negation between the
            // parts, which cancels the first for the later part only.
            let negated_again = words_of(&doc.text[negated.range.end..other.range.start])
                .find(|w| is_negation_word(w));
            if let Some(again) = negated_again {
                return Some(format!(
                    "negated by \"{}\" before \"{}\", and again by \"{again}\" before \"{}\": it counts neither way",
                    cue.text,
                    &doc.text[negated.range.clone()],
                    &doc.text[other.range.clone()]
                ));
            }
        }
        // "Holt did not win Ashford and Bexley" under `win\b.{0,20}\bBexley`: the negation
        // may be of the whole list, not of the part the pattern names.
        let spelling = texts.spellings.get(negated_part);
        let within = negated.range.start - sentence.start..negated.range.end - sentence.start;
        let listed = self.with_cues(negated.sentence, |cues| {
            cues.list_within(within, &|w| spelling.is_some_and(|s| s.spells(w)))
                .map(str::to_string)
        });
        if let Some(word) = listed {
            return Some(format!(
                "negated by \"{}\", over a match that spans \"{word}\", which the pattern does not spell out: it counts neither way",
                cue.text
            ));
        }
        for (i, other) in parts.iter().enumerate() {
            if i == negated_part || other.sentence != negated.sentence {
                continue;
            }
            let cue_at = sentence.start + cue.start;
            // A denial after the statement ("The line opened on time, the ministry
            // denied") reaches back over it: what matters is whether the other part is in
            // the negated part's clause, not in the denial's.
            let tail = cue_at >= negated.range.end;
            let (from, to) = if tail && other.range.end <= negated.range.start {
                (other.range.end, negated.range.start)
            } else if !tail && other.range.end <= cue_at {
                (other.range.end, cue_at)
            } else {
                continue;
            };
            // "Varga was convicted of fraud, not bribery": a "not" right after the comma and
            // right before the part it denies is no other clause.
            let contrast = doc.text[from..to].trim_end().ends_with(',')
                && cue.text.eq_ignore_ascii_case("not")
                && doc
                    .text
                    .get(sentence.start + cue.end..negated.range.start)
                    .is_some_and(|gap| gap.trim().is_empty());
            // "Hannah Pryce, the director of Greenmoor, denied that …": a part inside an
            // aside on the speaker, whose comma closes it, is in the denial's clause.
            let closes_its_aside = !tail
                && doc.text[from..to].trim() == ","
                && opens_an_aside(&doc.text[sentence.start..other.range.start]);
            // "In Brackley, council leader Janet Ruiz denied that the Riverside flood
            // barrier had been completed" (trial 189): an opening place sets the scene of
            // the whole sentence, the denial's clause too.
            let opening_place = !tail && {
                let before = &doc.text[sentence.start..other.range.start];
                led_by(before, PLACE_PREPOSITIONS)
                    && !before.contains([',', ';', ':'])
                    && doc.text[from..to].matches(',').count() == 1
                    && !doc.text[from..to].contains([';', ':'])
            };
            if doc.text[from..to].contains([',', ';', ':'])
                && !appositive(&doc.text[from..to])
                && !contrast
                && !closes_its_aside
                && !opening_place
            {
                return Some(format!(
                    "negated by \"{}\" in another clause than \"{}\": it counts neither way",
                    cue.text,
                    &doc.text[other.range.clone()]
                ));
            }
        }
        None
    }

    /// The first word of possibility (`uncertain_in_gap`) in the words between two parts
    /// of a matcher that follow each other in one clause (no comma, colon or bracket
    /// between), that no part spells and the claim does not say.
    fn uncertain_between(
        &self,
        claim: &Claim,
        texts: &MatcherTexts,
        parts: &[&Hit],
    ) -> Option<String> {
        if parts.len() < 2 {
            return None;
        }
        let doc = self.normalized;
        let mut ordered: Vec<&Hit> = parts.to_vec();
        ordered.sort_by_key(|hit| hit.range.start);
        let said = |word: &str| {
            texts.spellings.iter().any(|s| s.spells(word)) || claim_says(&claim.claim, word)
        };
        for pair in ordered.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a.sentence != b.sentence || b.range.start <= a.range.end {
                continue;
            }
            let between = &doc.text[a.range.end..b.range.start];
            // "The treaty says they will come to each other's aid": what a report or an
            // obligation says will be is what it states.
            let reported = words_of(between).any(|w| {
                let w = w.to_lowercase();
                REPORTING_VERBS.contains(&w.as_str()) || OBLIGES.contains(&w.as_str())
            });
            if reported || between.contains([',', ';', ':', '(', ')', '[', ']']) {
                continue;
            }
            let sentence_start = doc.sentences[a.sentence].range.start;
            let inside = a.range.end - sentence_start..b.range.start - sentence_start;
            // A word of an idiom, or of a negation ("has yet to win", "failed to win"),
            // which the negation rules weigh, is no word of possibility here.
            let sentence_text = &doc.text[doc.sentences[a.sentence].range.clone()];
            let (idioms, negations) = self.with_cues(a.sentence, |cues| {
                let negations: Vec<Range<usize>> = cues
                    .negations_within(inside.clone())
                    .into_iter()
                    .map(|cue| {
                        // "has not yet approved": the "yet" is the negation's.
                        let yet = sentence_text
                            .get(cue.end..)
                            .is_some_and(|rest| rest.starts_with(" yet"));
                        cue.start..cue.end + if yet { 4 } else { 0 }
                    })
                    .collect();
                (cues.idioms_within(inside.clone()), negations)
            });
            let in_idiom = |at: usize| {
                let at = at + inside.start;
                idioms.iter().chain(&negations).any(|cue| cue.contains(&at))
            };
            if let Some(word) = uncertain_in_gap(between, &said, &in_idiom) {
                // "Staff at Kingsmead will pay more to park after the trust raised the
                // charge to £4.50": a word of another clause than the second part's, which
                // "after", "because" or the like opens between them (trial 88).
                let at = word.as_ptr() as usize - between.as_ptr() as usize;
                let rest = between[at..].to_lowercase();
                let other_clause = [" after ", " before ", " because ", " since ", " when "]
                    .iter()
                    .any(|w| rest.contains(w));
                if !other_clause {
                    return Some(word.to_string());
                }
            }
        }
        None
    }

    /// When `cue` revises the match's figure ("…, later revised to 3,390", "… before
    /// correcting the figure to 740,000"): the figure it revises to, as written, and how it
    /// fares against the claim's `number:`. Only a figure written in the same unit as the
    /// match's (the same letters or sign right after its digits) is read; the outcome is
    /// None when the claim has no `number:`, or the revised figure cannot be read.
    fn revised_figure(
        &self,
        claim: &Claim,
        parts: &[&Hit],
        cue: &negation::Cue,
    ) -> Option<(String, NumberOutcome)> {
        let first = cue.text.split_whitespace().next()?.to_lowercase();
        if !negation::REVISED.contains(&first.as_str()) {
            return None;
        }
        let hit = parts.iter().find(|hit| !hit.numbers.is_empty())?;
        self.figure_given_in(claim, parts, hit.sentence, cue, &["to"])
    }

    /// When the next sentence revises the match's figure ("… 1,910 offences in 2025. The
    /// figure was later revised to 1,846."): the figure it revises to, as `revised_figure`
    /// reads it.
    fn revised_next_figure(
        &self,
        claim: &Claim,
        parts: &[&Hit],
    ) -> Option<(String, NumberOutcome)> {
        claim.number.as_ref()?;
        let (next, cue) = self.revised_next(parts)?;
        self.figure_given_in(claim, parts, next, &cue, &["to"])
    }

    /// When the next sentence disputes the match's figure and gives a rival one that meets
    /// the claim ("The National Lottery Community Fund gave £36.2m to Welsh charities in
    /// 2024, according to the council's figures. The fund itself puts the figure at
    /// £38.5m", trial 135): the rival figure, as written, and the dispute's words. The
    /// document then gives both sides, as "…, but the council said the true figure was 14"
    /// does in one sentence.
    ///
    /// The last value says whether records show the rival figure ("NHS figures show the
    /// real figure was 84.5%") rather than a party giving it: the document's own finding,
    /// which replaces the figure it disputes (trial 33's reader), where a party's word
    /// stands beside it.
    fn rival_next_meets(&self, claim: &Claim, parts: &[&Hit]) -> Option<(String, String, bool)> {
        claim.number.as_ref()?;
        let (next, cue) = self.disputed_next(&claim.claim, parts)?;
        let (figure, outcome) =
            self.figure_given_in(claim, parts, next, &cue, &["was", "is", "were", "at", "as"])?;
        let shown = cue.text.split_whitespace().next().is_some_and(|verb| {
            [
                "show",
                "shows",
                "showed",
                "shown",
                "confirm",
                "confirms",
                "confirmed",
            ]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(verb))
        });
        // "The council later corrected the report, saying the true figure was 1,240"
        // (trial 166): a correction of its own, which replaces the figure, not a rival's.
        let doc = self.normalized;
        let corrected = || {
            let sentence = &doc.sentences[next].range;
            doc.text
                .get(sentence.start..sentence.start + cue.start)
                .is_some_and(|before| {
                    words_of(before).any(|w| negation::REVISED.contains(&w.to_lowercase().as_str()))
                })
        };
        let shown = shown || corrected();
        (outcome == NumberOutcome::Holds).then_some((figure, cue.text, shown))
    }

    /// A rival's figure later in the match's own sentence, after a contrast: "Northway Buses
    /// cut 11 routes in Eastshire in September 2024, the company said, though campaigners
    /// at Bus Users Eastshire put the number at 14" (trial 130). "Put the number (figure,
    /// total, count) at" points back to the match's figure; the document then gives both.
    /// The rival figure as written, the words that give it (their place in the sentence)
    /// and how it fares against `number:`.
    fn rival_later(
        &self,
        claim: &Claim,
        parts: &[&Hit],
    ) -> Option<(String, negation::Cue, NumberOutcome)> {
        claim.number.as_ref()?;
        let doc = self.normalized;
        let (hit, figure) = parts
            .iter()
            .find_map(|hit| hit.numbers.first().map(|n| (*hit, n.clone())))?;
        let sentence = doc.sentences.get(hit.sentence)?.range.clone();
        let after = doc.text.get(figure.end..sentence.end)?;
        let words = words_at(after);
        // (Or a semicolon: "Ashby Cricket Club said it had 640 members in 2025; the Ashby
        // Echo, citing league records, put the figure at 590", trial 173. The contrast is
        // then the word before the first after it.)
        let semicolon = after.find(';').and_then(|at| {
            words
                .iter()
                .position(|&(offset, _)| offset > at)
                .map(|first| first.saturating_sub(1))
        });
        let contrast = words
            .iter()
            .position(|&(_, w)| CONCEDING.iter().any(|c| c.eq_ignore_ascii_case(w)))
            .into_iter()
            .chain(semicolon)
            .min()?;
        const NOUNS: &[&str] = &["number", "figure", "total", "count", "tally"];
        let is = |at: usize, among: &[&str]| {
            words
                .get(at)
                .is_some_and(|&(_, w)| among.iter().any(|n| n.eq_ignore_ascii_case(w)))
        };
        let puts = (contrast + 1..words.len().min(contrast + 10)).find(|&i| {
            is(i, &["put", "puts", "putting"]) && is(i + 1, &["the"]) && is(i + 2, NOUNS)
        });
        // "…, but the true figure was 121.9 million, analysts said" (trial 155): the figure
        // another gives as the true one, the speaker after it.
        let true_figure = || {
            (contrast + 1..words.len().min(contrast + 4)).find(|&i| {
                is(i, &["the"])
                    && is(i + 1, negation::REAL)
                    && is(i + 2, NOUNS)
                    && is(i + 3, &["was", "is"])
            })
        };
        let (puts, connectives): (usize, &[&str]) = match puts {
            Some(puts) => (puts, &["at"]),
            None => (true_figure()?, &["was", "is"]),
        };
        // "…, although a Sky Sports caption wrongly put the figure at £600,000" (trial 110):
        // a figure the sentence calls wrong is no rival.
        let called_wrong = puts.checked_sub(1).is_some_and(|i| {
            [
                "wrongly",
                "falsely",
                "mistakenly",
                "incorrectly",
                "erroneously",
            ]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(words[i].1))
        });
        if called_wrong {
            return None;
        }
        let (at, _) = words[puts];
        let (noun_at, noun) = words[puts + 2];
        let start = figure.end + at - sentence.start;
        let end = figure.end + noun_at + noun.len() - sentence.start;
        let cue = negation::Cue {
            text: doc
                .text
                .get(sentence.start + start..sentence.start + end)?
                .to_string(),
            start,
            end,
        };
        let (rival, outcome) =
            self.figure_given_in(claim, parts, hit.sentence, &cue, connectives)?;
        Some((rival, cue, outcome))
    }

    /// The figure a rival's `cue` ("said the true figure") gives as the true one in the
    /// negated part's sentence ("…, but the council said the true figure was 14"), and how it
    /// fares against `number:`, read as `revised_figure` reads a revision's.
    fn rival_figure(
        &self,
        claim: &Claim,
        parts: &[&Hit],
        negated_part: usize,
        cue: &negation::Cue,
    ) -> Option<(String, NumberOutcome)> {
        if !cue
            .text
            .split_whitespace()
            .any(|w| negation::REAL.contains(&w))
        {
            return None;
        }
        let sentence = parts.get(negated_part)?.sentence;
        self.figure_given_in(claim, parts, sentence, cue, &["was", "is", "were", "at"])
    }

    /// The figure after `cue` in sentence `giving` (after one of `connectives` within five
    /// words: "revised to", "said the true figure was"), as written, and how it fares
    /// against the claim's `number:`.
    fn figure_given_in(
        &self,
        claim: &Claim,
        parts: &[&Hit],
        giving: usize,
        cue: &negation::Cue,
        connectives: &[&str],
    ) -> Option<(String, NumberOutcome)> {
        let constraint = claim.number.as_ref()?;
        let doc = self.normalized;
        let (hit, figure) = parts
            .iter()
            .find_map(|hit| hit.numbers.first().map(|n| (*hit, n.clone())))?;
        let sentence = &doc.sentences[hit.sentence].range;
        let unit_after = |text: &str| -> String {
            text.chars()
                .take_while(|c| c.is_alphabetic() || *c == '%')
                .collect()
        };
        // A scale `{n}` read with the figure ("£1.8m" under `£{n}`, trial 119) is its unit
        // too, and the revised figure is read with it.
        let written = doc.text.get(figure.clone())?;
        let scale_len = written
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum::<usize>();
        // (A figure in words, "three", has no scale of its own.)
        let scale = match written.contains(|c: char| c.is_ascii_digit()) {
            true => &written[written.len() - scale_len..],
            false => "",
        };
        let unit = if scale.is_empty() {
            unit_after(doc.text.get(figure.end..sentence.end)?)
        } else {
            scale.to_string()
        };
        let giving = &doc.sentences.get(giving)?.range;
        let after_cue = doc
            .text
            .get(giving.start.checked_add(cue.end)?..giving.end)?;
        // "revised to", "revised up to", "correcting the figure to": "to" within five words.
        let to = after_cue
            .split(' ')
            .take(6)
            .position(|w| connectives.contains(&w))?;
        // "revising April's figure up to 2.4%" revises another figure than the match's.
        let names_another = after_cue
            .split(' ')
            .take(to)
            .any(|w| w.ends_with("'s") || w.starts_with(|c: char| c.is_uppercase()));
        if names_another {
            return None;
        }
        let rest: String = after_cue
            .split(' ')
            .skip(to + 1)
            .collect::<Vec<_>>()
            .join(" ");
        let rest = rest.trim_start_matches(CURRENCY_SIGNS);
        let digits: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .collect();
        let mut digits = digits.trim_end_matches(['.', ',']);
        // Or a number in words, when the match's has no scale: "while the Fire Brigades
        // Union put the number at seven" (trial 187).
        if digits.is_empty() && scale.is_empty() {
            let word_len = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            let word = &rest[..word_len];
            if numbers::is_number_word(word) {
                digits = word;
            }
        }
        if digits.is_empty() || unit_after(&rest[digits.len()..]) != unit {
            return None;
        }
        let with_scale = format!("{digits}{scale}");
        let value = numbers::parse_quantity(&with_scale)?;
        let outcome = constraint.check_written(value, None, &with_scale);
        matches!(outcome, NumberOutcome::Holds | NumberOutcome::Breaks)
            .then(|| (format!("{digits}{unit}"), outcome))
    }

    /// The figure at `range` in `hit`, read and checked against the claim's `number:`, and
    /// why it was set aside when it breaks `number:` but a rule says it is not the claim's.
    /// `reading` is the part's pattern as written, the matcher's texts and the match's parts.
    /// `beside` says whether the sentence's other figures are read too
    /// (`claims_figure_beside`; the reading of one of them reads no further).
    fn number(
        &self,
        claim: &Claim,
        matcher: &CompiledMatcher,
        reading: (&str, &MatcherTexts, &[&Hit]),
        hit: &Hit,
        range: &Range<usize>,
        beside: bool,
    ) -> (NumberFound, Option<NumberOutcome>, Option<SetAside>) {
        let (pattern, texts, parts) = reading;
        let side = matcher.side;
        let doc = self.normalized;
        let sentence_start = doc.sentences[hit.sentence].range.start;
        let written = &doc.text[range.clone()];
        let value = numbers::parse_quantity(written).unwrap_or(numbers::Interval {
            lo: f64::NAN,
            hi: f64::NAN,
        });
        let before = &doc.text[sentence_start..range.start];
        // "Inflation was three point two per cent": `{n}` read the decimals alone, or
        // ("GDP grew three point eight per cent") the whole part alone.
        let sentence_end = doc.sentences[hit.sentence].range.end;
        let after = doc.text.get(range.end..sentence_end).unwrap_or("");
        let (value, before, spoken, spoken_after) = match numbers::spoken_decimal(before, written) {
            Some((whole, len)) => (whole, &before[..before.len() - len], len, 0),
            None => match numbers::spoken_decimal_after(written, after)
                .filter(|_| !numbers::at_one_point(before, written))
            {
                Some((whole, len)) => (whole, before, 0, len),
                None => (value, before, 0, 0),
            },
        };
        // "GDP growth was -0.3%" is minus 0.3: it meets `number: "-0.3"` and breaks 0.3.
        let sign = numbers::sign_before(before).unwrap_or(0);
        let value = if sign > 0 { value.negated() } else { value };
        let (qualified, qualifier) = numbers::qualify(value, &before[..before.len() - sign]);
        // "Some 67.4% of voters", "about 2,316 people": an estimate's word before a figure
        // written to its last unit or decimal is style, not a margin of a tenth.
        let estimate_of_precise = matches!(qualifier, Some((numbers::Qualifier::About, _)))
            && numbers::is_precise(written);
        // "around £2m" breaks no claim that rounds to it (£2.3m), though it meets only what
        // a tenth either side of it holds.
        // (And about a figure written to its tens breaks none that rounds to it: "about
        // £2,180" is no denial of £2,184, trial 96.)
        let rounded = matches!(qualifier, Some((numbers::Qualifier::About, _))).then(|| {
            if estimate_of_precise {
                numbers::about_a_round_figure(value, value, written)
            } else {
                numbers::about_a_round_figure(qualified, value, written)
            }
        });
        let value = if estimate_of_precise {
            value
        } else {
            qualified
        };
        let text_start = range.start - spoken - sign - qualifier.map_or(0, |(_, len)| len);
        // "Magnitude 5 or more", "10,000+": a bound written after the figure.
        let (value, qualifier, bound_after) = match qualifier {
            None if spoken_after == 0 => {
                let (value, after_qualifier) = numbers::qualify_after(value, after);
                (
                    value,
                    after_qualifier,
                    after_qualifier.map_or(0, |(_, len)| len),
                )
            }
            _ => (value, qualifier, 0),
        };
        // The figure's sentence, and where the figure is in it, for the rules that read
        // its clause. The figure includes its qualifier: the "than" of "more than 50,000"
        // ends no clause.
        let sentence_text = &doc.text[sentence_start..sentence_end];
        // The sentence before, in the same paragraph: "that year" may point to its year.
        let earlier = hit
            .sentence
            .checked_sub(1)
            .and_then(|before| doc.sentences.get(before))
            .filter(|before| before.paragraph == doc.sentences[hit.sentence].paragraph)
            .map_or("", |before| &doc.text[before.range.clone()]);
        let relative = text_start - sentence_start..range.end - sentence_start;
        // Why a figure that breaks `number:` is not the claim's figure at all, when a rule
        // says so: the reason goes into the evidence's `why`.
        let set_aside = || -> Option<Cow<'static, str>> {
            // "Half of the 3 million people fled" does not break "1.5 million fled"; "half
            // of the 11,000 troops" still says there are 11,000.
            if crate::scan::part_of_larger_figure(before, pattern)
                || crate::scan::part_of_named_whole(before, after, pattern)
            {
                return Some(Cow::Borrowed("it is part of a larger figure"));
            }
            // "the price of a primary school meal, currently £2.60, is expected to rise to
            // £2.85 in September 2024": the figure before a change the sentence goes on to
            // give is another time's than the changed one (trial 86).
            if before_a_change(before, after) {
                return Some(Cow::Borrowed(
                    "it is the figure now, before the change its sentence gives (\"currently … to rise to\")",
                ));
            }
            // "There were 1,212 cases, and 90% were in children": a share says nothing
            // against a claim that states a count.
            if share_against_count(&claim.claim, pattern, after) {
                return Some(Cow::Borrowed("it is a share, and the claim states a count"));
            }
            // "Net migration in 2022 was 764,000" against a claim about 2023: the figure
            // is another year's, which says nothing of the claim's.
            if of_another_period(&claim.claim, sentence_text, relative.clone(), earlier) {
                return Some(Cow::Borrowed(
                    "its clause names another period than the claim (another year, or a month, a quarter or a half of the claim's year)",
                ));
            }
            // "Nair scored 13 in the second innings" against a claim that she scored 132
            // against Eastgate (trial 160): a figure of one innings is part of a match's,
            // unless the claim names that innings.
            if let Some(innings) =
                innings_not_claimed(&claim.claim, sentence_text, relative.clone())
            {
                return Some(Cow::Owned(format!(
                    "its clause names \"{innings}\", a part of a match the claim does not name"
                )));
            }
            // "Last year, regulated rail fares rose by 4.9%" against a claim about March
            // 2025: a year counted back from an unknown date is no year the claim names.
            if let Some(reason) = last_year_only(
                &claim.claim,
                sentence_text,
                relative.clone(),
                &doc.text[..sentence_start],
                &doc.text[sentence_end..],
            ) {
                return Some(Cow::Borrowed(reason));
            }
            // "The previous programme, from 2015 to 2021, spent £2.6bn" against a claim
            // "from 2021 to 2027": a span of years other than the claim's.
            if of_another_span(&claim.claim, sentence_text, relative.clone()) {
                return Some(Cow::Borrowed(
                    "its sentence names another span of years than the claim",
                ));
            }
            // "The rate for 18- to 20-year-olds rose to £8.60. The headline National Living
            // Wage … is now eleven pounds forty-four": a figure read across sentences,
            // before the sentence that names the claim's subject, when that sentence states
            // a figure of its own, is another's; it never breaks the claim (it supports it
            // only when its sentence names no one else: `before_its_subject`). "Retail
            // sales fell 4.1% in March. That was Brenmoor's worst month." is Brenmoor's.
            if in_a_sentence_before_the_others(parts, hit)
                && self.later_sentences_state_figures(parts, hit)
            {
                return Some(Cow::Borrowed(
                    "its sentence comes before the other parts', and a statement across sentences names its subject first",
                ));
            }
            // "Reservoir levels fell to 52% in July, the agency said in its first report.
            // It later corrected the figure to 48%.": the next sentence replaced it.
            if self.revised_next(parts).is_some() {
                return Some(REVISED_NEXT.reason);
            }
            // "… was 85.2% in 2022-23, according to a campaign leaflet. NHS figures show the
            // real figure was 84.5%.": the next sentence disputes it.
            // (Not for someone who plainly "put the figure at" another: "Wexford University
            // received £46.8m … The university had initially put the total at £48.6m" is
            // the claim's figure withdrawn, and the £46.8m stands.)
            // (Only in its paragraph: a figure the next paragraph disputes still breaks the
            // claim, trials 86 and 98, where a disputed one that meets it is mixed.)
            let paragraph = doc.sentences[hit.sentence].paragraph;
            // (Nor when it gives a rival figure that meets the claim: the document then gives
            // both, trial 135.)
            if self
                .disputed_next(&claim.claim, parts)
                .is_some_and(|(next, cue)| {
                    doc.sentences[next].paragraph == paragraph && !puts_the_figure_plainly(&cue)
                })
                && self
                    .rival_next_meets(claim, parts)
                    .is_none_or(|(_, _, shown)| shown)
            {
                return Some(Cow::Borrowed(DISPUTED_NEXT));
            }
            // "Provisional figures had put nitrogen dioxide at 35 micrograms" (the final
            // figure, in the next sentence, was 33): a provisional figure may be replaced.
            if provisional(pattern, sentence_text, relative.clone()) {
                return Some(Cow::Borrowed(
                    "it is a provisional or preliminary figure, which a final one may replace",
                ));
            }
            // "The scheme was originally for 18 turbines but was cut to 14" (trial 114): the
            // sentence itself replaced the figure.
            if changed_since(pattern, sentence_text, relative.clone()) {
                return Some(Cow::Borrowed(
                    "it is the original figure, which its sentence says was changed since (\"originally … cut to …\")",
                ));
            }
            // "the strongest since a magnitude 7.9 earthquake in 1939", "the lowest since
            // the 2.1% of 2019": the figure is the past one the sentence measures against.
            if since_reference(sentence_text, relative.clone()) {
                return Some(Cow::Borrowed(
                    "it follows \"since\": the past figure the sentence compares with",
                ));
            }
            // "Moderna's trial included 7,512 participants aged 65 or older", "Turnout
            // among 18-24-year-olds was 37%": a subgroup's figure.
            if of_a_subgroup(&claim.claim, pattern, sentence_text, relative.clone()) {
                return Some(Cow::Borrowed("it is a subgroup's or a part's figure"));
            }
            // "Labour won 63% of the seats" against a claim about its share of the vote:
            // a share of another whole.
            if of_another_whole(&claim.claim, pattern, after) {
                return Some(Cow::Borrowed(
                    "it is a share of another whole than the claim's",
                ));
            }
            // "Norvik recalled 85,000 SUVs in Canada", "In Scotland, Labour won 35.3%": a
            // place's figure, where the claim names no such place.
            if of_another_place(&claim.claim, pattern, sentence_text, relative.clone()) {
                // The place, quoted, as another party's name is (trial 110: "which place?").
                return Some(
                    match place_named(&claim.claim, pattern, sentence_text, relative.clone()) {
                        Some(place) => Cow::Owned(format!(
                            "it is counted in a place the claim does not name (\"{place}\")"
                        )),
                        None => Cow::Borrowed("it is counted in a place the claim does not name"),
                    },
                );
            }
            // "Nvidia's gaming revenue rose 56% to $2.9bn", "while services inflation eased
            // to 5.7%": the figure is for a kind of what the pattern names, which the claim
            // does not name. (A match that starts with its figure names no kind: the word
            // before it is the figure's own, "almost 11,000 containers".)
            let start = hit.range.start - sentence_start;
            if hit.range.start < text_start
                && of_another_kind(&claim.claim, pattern, sentence_text, start)
            {
                let word = sentence_text[..start]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .unwrap_or("");
                return Some(Cow::Owned(format!(
                    "\"{word}\" before the match names a kind the claim does not"
                )));
            }
            // "Ostrava's economy grew 3.1%" against "Meridia's economy grew 1.8%": the
            // match's owner is another than the claim's.
            if another_owner(
                &claim.claim,
                pattern,
                sentence_text,
                hit.range.start - sentence_start,
            ) || self.part_of_another_owner(&claim.claim, pattern, parts, hit)
            {
                return Some(Cow::Borrowed(
                    "the match is of someone or something the claim does not name",
                ));
            }
            // "Moderna's trial had enrolled 25,654 participants by early October": a count
            // so far, at a date, not the final one.
            if count_so_far(&claim.claim, pattern, sentence_text, relative.clone()) {
                return Some(Cow::Borrowed("it is a count so far, not the final one"));
            }
            // "AMD's revenue was $6.2bn, far below Nvidia's" under `all: ['Nvidia',
            // 'revenue … {n}']`: the figure's clause names someone else.
            // "Diane Crowther's business partner, Leon Marsh, was sentenced to four years"
            // under `all: ['Crowther', 'sentenced … {n} years']`: the figure is the
            // partner's.
            if self.of_someone_a_part_names(parts, hit, range) {
                return Some(SOMEONE_A_PART_NAMES.reason);
            }
            // (The claim's own subject is no other party: "the CQC rated 13 homes
            // inadequate" breaks "The Care Quality Commission rated 14 care homes …". Other
            // names the claim says may be the very parties it compares.)
            let subject = claim_subject(&claim.claim);
            let of_another_party = |subject: &str| {
                self.of_another_party(
                    texts,
                    parts,
                    hit,
                    range,
                    Some(subject).filter(|s| !s.is_empty()),
                )
            };
            // "68% of pupils achieved grade 4 or above in English and maths in 2024" for a
            // claim "… in English and maths in 2024" (trial 132): a name the claim says
            // after the same word is the claim's, not another party's; the figure is set
            // aside only if its clause names someone else too.
            // (The name is looked for only when the figure is set aside: most are not.)
            let mut another = of_another_party(subject);
            let subject = match another
                .then(|| self.unspelled_name(texts, hit, range, subject))
                .flatten()
            {
                Some(name) if said_alike(&claim.claim, sentence_text, &name) => {
                    let extended = format!("{subject} {name}");
                    another = of_another_party(&extended);
                    Cow::Owned(extended)
                }
                _ => Cow::Borrowed(subject),
            };
            if another {
                let across = parts.iter().any(|other| other.sentence != hit.sentence);
                // The name, quoted, so that a reader need not cut the sentence down to
                // find which one it was (trial 82).
                let name = self.unspelled_name(texts, hit, range, &subject);
                return Some(match (across, name) {
                    (true, Some(name)) => Cow::Owned(format!(
                        "its sentence names \"{name}\", which no part of the pattern spells, and the other parts are in another sentence"
                    )),
                    (false, Some(name)) => Cow::Owned(format!(
                        "its clause names \"{name}\", which no part of the pattern spells"
                    )),
                    (true, None) => Cow::Borrowed(
                        "its sentence names someone or somewhere no part of the pattern spells, and the other parts are in another sentence",
                    ),
                    (false, None) => Cow::Borrowed(
                        "its clause names someone or somewhere no part of the pattern spells",
                    ),
                });
            }
            // A party the sentence only compares with (when no other name did).
            if let Some(why) = self.only_compared_with(parts, hit, range) {
                return Some(Cow::Owned(why));
            }
            // "Holt won half the vote" against `number: 50`: a fraction in words is a share,
            // which a claim in per cent states a hundred times larger.
            if value.hi < 1.0 && !written.bytes().any(|b| b.is_ascii_digit()) {
                return Some(Cow::Borrowed(
                    "a fraction in words is a share, not a figure in per cent",
                ));
            }
            // "MMR uptake was 84.5%, below the 85.2% of 2022-23", "The quake measured 7.4,
            // and a second one 6.1": a sentence that states the claim's figure does not
            // deny it with another; the other is something else's.
            if beside && self.claims_figure_beside(claim, matcher, reading, hit, range) {
                return Some(Cow::Borrowed(
                    "the same sentence states the claim's figure, so this one is of something else",
                ));
            }
            None
        };
        let (outcome, set_aside) = match (&claim.number, side) {
            (Some(_), Side::Support) if value.lo.is_nan() => {
                (Some(NumberOutcome::Inconclusive), None)
            }
            (Some(constraint), Side::Support) => {
                let qualifier = qualifier.filter(|_| !estimate_of_precise);
                let outcome = constraint.check_written(value, qualifier.map(|(q, _)| q), written);
                let outcome = match rounded {
                    Some(rounded)
                        if outcome == NumberOutcome::Breaks
                            && constraint.check_written(
                                rounded,
                                qualifier.map(|(q, _)| q),
                                written,
                            ) != NumberOutcome::Breaks =>
                    {
                        NumberOutcome::Inconclusive
                    }
                    _ => outcome,
                };
                // "£2.20" is a price to the penny: rounded to £2 it meets no claim of a £2
                // fare (only "£2" or "£2.00" does), though "$4.99" may be what a claim of
                // "$5" rounds: neither way.
                let priced = numbers::written_places(written) == Some(2)
                    && before.trim_end().ends_with(CURRENCY_SIGNS);
                // (And "£2.50" is no half-way rounding either: it breaks a £2 fare.)
                // A small price in whole pounds is no rounding of a claim's price to the
                // penny far from it: "The toll rose to £3" breaks £2.50 (trial 97), where "£3"
                // may still be what £2.99 rounds to.
                let whole_price = numbers::written_places(written).is_none()
                    && before.trim_end().ends_with(CURRENCY_SIGNS)
                    && qualifier.is_none()
                    && value.is_exact()
                    && value.lo < 1000.0
                    && !after.starts_with(|c: char| c.is_alphabetic())
                    && !words_of(after).next().is_some_and(|w| {
                        ["million", "billion", "thousand", "trillion", "bn", "m", "k"]
                            .contains(&w.to_lowercase().as_str())
                    });
                let outcome = match outcome {
                    NumberOutcome::Holds if priced && !constraint.admits(value.lo) => {
                        NumberOutcome::Inconclusive
                    }
                    NumberOutcome::Inconclusive if priced && constraint.halfway_from(value.lo) => {
                        NumberOutcome::Breaks
                    }
                    NumberOutcome::Inconclusive
                        if whole_price && constraint.a_price_far_from(value.lo) =>
                    {
                        NumberOutcome::Breaks
                    }
                    outcome => outcome,
                };
                // "The economy grew 1.8% in 2023" for a claim about 2024: another year's
                // figure supports the claim no more than it breaks it; nor, where the
                // claim names a month, another month's ("Occupancy at Kingsford General
                // Hospital averaged 96% in February 2025" for January 2025, trials 120 and
                // 121).
                let another_time = (outcome == NumberOutcome::Holds)
                    .then(|| {
                        if of_another_year(&claim.claim, sentence_text, relative.clone(), earlier) {
                            Some(OTHER_YEAR)
                        } else if names_a_month(&claim.claim)
                            && of_another_period(
                                &claim.claim,
                                sentence_text,
                                relative.clone(),
                                earlier,
                            )
                        {
                            Some(OTHER_MONTH)
                        } else {
                            None
                        }
                    })
                    .flatten();
                match outcome {
                    NumberOutcome::Breaks => match set_aside() {
                        Some(reason) => (
                            Some(NumberOutcome::Inconclusive),
                            Some(SetAside::Breaks(reason)),
                        ),
                        None => (Some(NumberOutcome::Breaks), None),
                    },
                    // A neighbour's figure that meets the claim is the claim's only if no
                    // rule would set it aside: "Of the 1,300 cases, 1,212 were in
                    // children" gives a part's 1,212, which leaves the whole's 1,300
                    // breaking a claim of 1,212.
                    NumberOutcome::Holds if another_time.is_some() => (
                        Some(NumberOutcome::Inconclusive),
                        another_time.map(SetAside::Meets),
                    ),
                    // "Southern Rail workers went on strike for 14 days, while Northline rail
                    // workers went on strike for 9 days" under `all: ['Northline', '{n} days']`:
                    // Southern's 14 is no more Northline's for meeting the claim.
                    // "A new GP surgery opened in Bramley, serving 9,000 patients. Residents of
                    // Marlowe Park are still waiting." under `within: paragraph`: the figure's
                    // sentence is another place's.
                    NumberOutcome::Holds
                        if parts.iter().any(|other| other.sentence != hit.sentence)
                            && (in_another_place(
                                &claim.claim,
                                pattern,
                                sentence_text,
                                relative.clone(),
                            ) || before_its_subject(
                                &claim.claim,
                                pattern,
                                parts,
                                hit,
                                sentence_text,
                            )) =>
                    {
                        (
                            Some(NumberOutcome::Inconclusive),
                            Some(SetAside::Meets(OTHER_PLACE)),
                        )
                    }
                    // "Reservoir levels fell to 48% in July. It later corrected the figure
                    // to 52%.": a figure the next sentence replaced.
                    NumberOutcome::Holds if self.revised_next(parts).is_some() => (
                        Some(NumberOutcome::Inconclusive),
                        Some(SetAside::Meets(REVISED_NEXT)),
                    ),
                    // "In Camden, phone thefts rose by 40% in 2024, while Westminster saw a
                    // smaller rise of 12%" for a claim about Westminster's 40%: Camden's.
                    NumberOutcome::Holds
                        if ["In ", "Across ", "Throughout ", "At "]
                            .iter()
                            .any(|opening| sentence_text.starts_with(opening))
                            && clause_of(sentence_text, relative.clone()).is_some_and(
                                |clause| {
                                    of_another_place_than_the_claims(
                                        &claim.claim,
                                        &pattern.to_lowercase(),
                                        sentence_text,
                                        relative.clone(),
                                        clause,
                                        false,
                                    )
                                },
                            ) =>
                    {
                        (
                            Some(NumberOutcome::Inconclusive),
                            Some(SetAside::Meets(NAMED_PLACE)),
                        )
                    }
                    // "Lakemoor National Park remained the biggest draw. In the neighbouring
                    // Dales, the national park recorded 4.2 million visits" under `all:
                    // ['Lakemoor', '{n} million visits']` within a paragraph (trial 136):
                    // the figure's sentence, apart from the name's, opens in another place.
                    NumberOutcome::Holds
                        if parts.iter().any(|other| other.sentence != hit.sentence)
                            && opens_in_another_place(
                                texts,
                                &claim.claim,
                                sentence_text,
                                relative.start,
                            ) =>
                    {
                        (
                            Some(NumberOutcome::Inconclusive),
                            Some(SetAside::Meets(OPENS_ELSEWHERE)),
                        )
                    }
                    // "Harfield's neighbour Brannock University enrolled 6,450" under
                    // `all: ['Harfield', '{n} international students']`: Brannock's.
                    NumberOutcome::Holds if self.of_someone_a_part_names(parts, hit, range) => (
                        Some(NumberOutcome::Inconclusive),
                        Some(SetAside::Meets(SOMEONE_A_PART_NAMES)),
                    ),
                    NumberOutcome::Holds
                        if parts.iter().all(|other| other.sentence == hit.sentence)
                            && self.of_another_party(
                                texts,
                                parts,
                                hit,
                                range,
                                Some(&claim.claim),
                            ) =>
                    {
                        // The name, quoted, as when the figure breaks the claim (trials 107
                        // and 108: "names someone or somewhere" sent readers cutting the
                        // sentence down to find which).
                        let subject = claim_subject(&claim.claim);
                        let reason = match self.unspelled_name(texts, hit, range, subject) {
                            Some(name) => Cow::Owned(format!(
                                "its clause names \"{name}\", which no part of the pattern spells, and another part lies outside it"
                            )),
                            None => OTHER_PARTY.reason,
                        };
                        (
                            Some(NumberOutcome::Inconclusive),
                            Some(SetAside::Meets(MetElsewhere {
                                reason,
                                whose: OTHER_PARTY.whose,
                            })),
                        )
                    }
                    NumberOutcome::Holds if !beside => (
                        Some(NumberOutcome::Holds),
                        set_aside().map(SetAside::Breaks),
                    ),
                    outcome => (Some(outcome), None),
                }
            }
            _ => (None, None),
        };
        let found = NumberFound {
            text: doc.text[text_start..range.end + spoken_after + bound_after].to_string(),
            low: value.lo,
            high: value.hi,
            outcome: outcome.map(|o| {
                Cow::Borrowed(match o {
                    NumberOutcome::Holds => "holds",
                    NumberOutcome::Breaks => "breaks",
                    NumberOutcome::Inconclusive => "inconclusive",
                })
            }),
        };
        (found, outcome, set_aside)
    }
}

impl Context<'_> {
    /// A negation inside `hit` that its pattern does not spell and that stands right before
    /// the next word the pattern spells, with only auxiliaries, "ever", "yet" or an article
    /// between ("was not sentenced", "has not approved", "is not the highest-grossing"),
    /// and no mark of punctuation: it denies that word's statement. A negation further
    /// from it ("Vance, who did not testify, was sentenced") may be of another verb, and
    /// still counts neither way (`unsure`).
    fn negation_before_spelled(
        &self,
        hit: &Hit,
        spelling: &Spelling,
        expanded: &str,
    ) -> Option<negation::Cue> {
        let doc = self.normalized;
        let sentence = &doc.sentences[hit.sentence].range;
        let inside = hit.range.start - sentence.start..hit.range.end - sentence.start;
        let text = &doc.text[sentence.clone()];
        // "did not cut 1,200 jobs until the merger closed", "Until last summer, North Korea
        // had not shipped shells": a negation limited in time says when, not whether.
        // (Most matches hold no negation: the limit is looked for only when one does.)
        let cues = self.with_cues(hit.sentence, |cues| {
            let mut within = cues.negations_within(inside.clone());
            within.extend(cues.idiom_negations_within(inside.clone()));
            within
        });
        if cues.is_empty()
            || self
                .with_cues(hit.sentence, |cues| cues.time_limit(inside.clone()))
                .is_some()
        {
            return None;
        }
        cues.into_iter().find(|cue| {
            #[rustfmt::skip]
            const AUXILIARIES: &[&str] = &[
                "did", "does", "do", "has", "have", "had", "is", "was", "were", "are", "be",
                "been", "being", "not", "never", "no", "ever", "yet", "the", "a", "an",
            ];
            let words: Vec<String> = words_of(&cue.text).map(str::to_lowercase).collect();
            let denies = words.iter().any(|w| is_negation_word(w))
                && words.iter().all(|w| {
                    AUXILIARIES.contains(&w.as_str()) || w.ends_with("n't") && is_negation_word(w)
                })
                // The pattern may spell an auxiliary ("were down"), not the negation.
                && !words
                    .iter()
                    .any(|w| is_negation_word(w) && spelling.spells(w));
            let Some(after) = text.get(cue.end..inside.end) else {
                return false;
            };
            // The words up to the next one the pattern spells, which must come. A word is
            // its first run of letters and digits ("highest" of "highest-grossing").
            let head = |w: &str| {
                w.split(|c: char| !c.is_alphanumeric())
                    .find(|part| !part.is_empty())
                    .unwrap_or("")
                    .to_lowercase()
            };
            // (Or a word of a term the part expands: "did not rise to £5,240" under
            // `… {rose} to £{n}`, whose term lists "rise", trial 191. `expanded` is the
            // part's pattern, lower-cased, with its terms written out.)
            let spells = |word: &str| {
                spelling.spells_start(word)
                    || (word.len() >= 3 && words_of(expanded).any(|w| w == word))
            };
            let mut rest = after.split(' ').filter(|w| !w.is_empty());
            let next = rest.find(|w| {
                let word = head(w);
                !AUXILIARIES.contains(&word.as_str()) || spells(&word)
            });
            let plain = |w: &str| w.chars().all(|c| c.is_alphanumeric() || c == '\'');
            // (Marks inside the words before it end the clause: "not, as it happens,".)
            let before_next = match next {
                // `next` is a slice of `after`: where it starts in it.
                Some(next) => &after[..next.as_ptr() as usize - after.as_ptr() as usize],
                None => "",
            };
            let spelled_next =
                next.is_some_and(|w| spells(&head(w))) && before_next.split(' ').all(plain);
            // "Kestrel did not reach 48.2 million passengers", "Turnout was not 67.4%": the
            // figure right after the negation (and at most one verb) is what it denies.
            let figure_next = || {
                let figure = hit.numbers.first()?.start.checked_sub(sentence.start)?;
                let between = text.get(cue.end..figure)?;
                let words: Vec<&str> = between.split(' ').filter(|w| !w.is_empty()).collect();
                let others = words
                    .iter()
                    .filter(|w| !AUXILIARIES.contains(&head(w).as_str()))
                    .count();
                let signs = |w: &str| {
                    w.trim_end_matches(CURRENCY_SIGNS)
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '\'')
                };
                Some(others <= 1 && words.iter().all(|w| signs(w)))
            };
            denies && (spelled_next || figure_next() == Some(true))
        })
    }

    /// Whether another figure that the same part of `matcher` captures in `hit`'s sentence
    /// meets `number:`, and is stated (neither negated nor hedged), while nothing between
    /// the two sets them against each other: no reporting verb ("Seoul put it at 6,700,
    /// while Washington says 10,000") and no word of correction ("but the real figure was
    /// 52%"). Such a sentence gives the claim's figure, and its other figures are of other
    /// things.
    fn claims_figure_beside(
        &self,
        claim: &Claim,
        matcher: &CompiledMatcher,
        reading: (&str, &MatcherTexts, &[&Hit]),
        hit: &Hit,
        range: &Range<usize>,
    ) -> bool {
        let (pattern, texts, parts) = reading;
        let Some(k) = parts.iter().position(|p| std::ptr::eq(*p, hit)) else {
            return false;
        };
        let Some(&part) = matcher.parts.get(k) else {
            return false;
        };
        let doc = self.normalized;
        let sentence = &doc.sentences[hit.sentence].range;
        let hits = &self.hits[part];
        let from = hits.partition_point(|h| h.sentence < hit.sentence);
        let count = hits[from..]
            .iter()
            .take_while(|h| h.sentence == hit.sentence)
            .count();
        let in_sentence = &hits[from..from + count];
        let address = |hit: &Hit| std::ptr::from_ref(hit) as usize;
        // (The other parts' hits only when there are any: no allocation for a matcher of
        // one part, most of them.)
        let rest = match parts.len() {
            1 => Vec::new(),
            _ => parts
                .iter()
                .enumerate()
                .map(|(j, &h)| if j == k { 0 } else { address(h) })
                .collect(),
        };
        let key: FiguresHeld = (std::ptr::from_ref(matcher) as usize, k, hit.sentence, rest);
        let figures = in_sentence.iter().map(|h| h.numbers.len()).sum();
        let held = Rc::clone(
            self.figures_held
                .borrow_mut()
                .entry(key)
                .or_insert_with(|| Rc::new(RefCell::new(vec![None; figures]))),
        );
        // (A key is one matcher's part in one sentence: its hits there, and so its figures,
        // are the same each time it is asked.)
        debug_assert_eq!(held.borrow().len(), figures);
        // Whether figure `j` of match `i` reads as the claim's, plainly; read once.
        let holds = |i: usize, j: usize, at: usize| {
            if let Some(known) = held.borrow().get(at).copied().flatten() {
                return known;
            }
            let other = &in_sentence[i];
            let mut with_other = parts.to_vec();
            with_other[k] = other;
            let (_, outcome, set_aside) = self.number(
                claim,
                matcher,
                (pattern, texts, &with_other),
                other,
                &other.numbers[j],
                false,
            );
            let holds = outcome == Some(NumberOutcome::Holds) && set_aside.is_none();
            if let Some(slot) = held.borrow_mut().get_mut(at) {
                *slot = Some(holds);
            }
            holds
        };
        // Each figure's place in `held`: the figures of the matches before it, and its own.
        let mut first = 0;
        for (i, other) in in_sentence.iter().enumerate() {
            let base = first;
            first += other.numbers.len();
            // (The match itself, and a figure inside the one judged, are never asked about:
            // with one match in the sentence, as most are, nothing is read.)
            if std::ptr::eq(other, hit) {
                continue;
            }
            for (j, n) in other.numbers.iter().enumerate() {
                if !(n.end <= range.start || range.end <= n.start) || !holds(i, j, base + j) {
                    continue;
                }
                let between = match n.start < range.start {
                    true => n.end..range.start,
                    false => range.end..n.start,
                };
                if sets_against(&doc.text[between]) {
                    continue;
                }
                let relative = other.range.start - sentence.start..other.range.end - sentence.start;
                let assessed = self.assess(other.sentence, relative);
                if assessed.negation.is_none() && assessed.hedge.is_none() {
                    return true;
                }
            }
        }
        false
    }
}

/// Whether the words between two figures set one against the other: a report of another
/// source, or a correction.
fn sets_against(between: &str) -> bool {
    #[rustfmt::skip]
    const CORRECTS: &[&str] = &[
        "actual", "actually", "real", "really", "true", "truly", "correct", "correction",
        "fact", "reality", "wrong", "wrongly", "mistakenly",
        "error", "instead", "rather", "disputed", "disputes", "according", "put", "puts",
        "estimated", "estimates", "found", "finds", "rival",
    ];
    // Records or data that show, suggest or indicate another figure.
    #[rustfmt::skip]
    const SHOWS: &[&str] = &[
        "show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "indicate",
        "indicates", "indicated",
    ];
    reporting_verb(between).is_some()
        || words_of(between).any(|w| {
            let w = w.to_lowercase();
            CORRECTS.contains(&w.as_str())
                || SHOWS.contains(&w.as_str())
                || negation::REVISED.contains(&w.as_str())
        })
}

/// The parts of `matcher` as the analyst wrote them in `claim`.
fn written_parts<'c>(
    claim: &'c Claim,
    matcher: &CompiledMatcher,
) -> &'c [crate::claims::PatternSource] {
    let matchers = match matcher.side {
        Side::Support => &claim.support,
        Side::Contradict => &claim.contradict,
    };
    matchers
        .get(matcher.index)
        .map_or(&[], |m| m.parts.as_slice())
}

/// The occurrences of an `all:` matcher's parts in one sentence of `text` (one list per
/// part, in text order) that cross the fewest clause marks (commas, semicolons, colons,
/// brackets) and then span the fewest bytes together, the earliest on a tie; `firsts`
/// (each part's first occurrence) when no other is tighter. A few occurrences per part
/// are weighed, so a long sentence stays cheap. Clauses first: in "UK cinema admissions
/// totalled 123.6 million in 2024, the UK Cinema Association said, but …", `UK` goes with
/// the admissions in its own clause, not with the nearer attribution's name. Also the last
/// combination as tight, when another: "Putin did not visit Seoul, but he visited
/// Pyongyang" is read with either "visit", as tight, and the first reading alone would
/// miss the visit it states.
fn tightest<'h, I>(
    text: &str,
    occurrences: impl Iterator<Item = I>,
    firsts: Vec<&'h Hit>,
) -> (Vec<&'h Hit>, Option<Vec<&'h Hit>>)
where
    I: Iterator<Item = &'h Hit>,
{
    let lists: Vec<Vec<&Hit>> = occurrences
        .map(|hits| hits.take(MORE_OCCURRENCES + 1).collect())
        .collect();
    if lists.iter().all(|list| list.len() <= 1) {
        return (firsts, None);
    }
    let span = |parts: &[&Hit]| {
        let start = parts.iter().map(|h| h.range.start).min().unwrap_or(0);
        let end = parts.iter().map(|h| h.range.end).max().unwrap_or(0);
        let marks = text.get(start..end).map_or(0, |between| {
            between.matches([',', ';', ':', '(', ')']).count()
        });
        (marks, end - start)
    };
    let mut best = firsts;
    let mut best_span = span(&best);
    let mut last_tied: Option<Vec<&Hit>> = None;
    // Every combination, as an odometer over the lists (at most 5^parts, few parts).
    let mut at = vec![0usize; lists.len()];
    loop {
        let parts: Vec<&Hit> = lists.iter().zip(&at).map(|(list, &i)| list[i]).collect();
        let here = span(&parts);
        if here < best_span {
            (best, best_span) = (parts, here);
            last_tied = None;
        } else if here == best_span && parts != best {
            last_tied = Some(parts);
        }
        let Some(k) = (0..lists.len()).rev().find(|&k| at[k] + 1 < lists[k].len()) else {
            break;
        };
        at[k] += 1;
        at[k + 1..].fill(0);
    }
    (best, last_tied)
}

/// Whether `clause` of sentence `text` names someone or something no part spells (nor,
/// given `claim`, the claim's sentence): a capitalized word other than the sentence's
/// first (unless that one is in capitals or possessive: "AMD", "Canada's"), not a month or
/// a day, and not a source's name: one before "figures", "data" and the like ("Altus Group
/// figures show 378 pubs closed").
fn names_unspelled(
    texts: &MatcherTexts,
    text: &str,
    clause: Range<usize>,
    claim: Option<&str>,
) -> bool {
    let spelled =
        |word: &str| texts.names(word) || claim.is_some_and(|claim| claim_names(claim, word));
    let words_in_clause = words_at(&text[clause.clone()]);
    // A capitalized word right after a spelled name goes on with that name: "Ashmoor
    // General Hospital" under a part that spells "Ashmoor" names no one else (trial 86).
    let mut name_goes_on = vec![false; words_in_clause.len()];
    for i in 1..words_in_clause.len() {
        let (previous_at, previous) = words_in_clause[i - 1];
        let (at, word) = words_in_clause[i];
        let adjacent = text[clause.start + previous_at + previous.len()..clause.start + at] == *" ";
        let capitalized = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
        name_goes_on[i] = adjacent
            && capitalized(word)
            && capitalized(previous)
            && !previous.ends_with("'s")
            && (name_goes_on[i - 1] || spelled(previous));
    }
    // And on through "and" or "of" to the organisation the name ends in: "NHS Cornwall and
    // Isles of Scilly ICB" under a part that spells "Cornwall" (trial 97), with the
    // acronym before it.
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let mut i = 0;
    while i < words_in_clause.len() {
        // A run of capitalized words, with "and" or "of" between two of them.
        let mut end = i;
        while end < words_in_clause.len() {
            let word = words_in_clause[end].1;
            let joins = NAME_JOINS.contains(&word)
                && end > i
                && words_in_clause
                    .get(end + 1)
                    .is_some_and(|&(_, w)| capitalized(w));
            if !(capitalized(word) && !word.ends_with("'s") || joins) {
                break;
            }
            end += 1;
        }
        let run = &words_in_clause[i..end];
        // A court or a judge rules on the figure and owns none of it: "fined £3.6m at
        // Lancaster Crown Court", "by Judge Margaret Holroyd" (trial 134).
        if a_court_or_a_judge(run) {
            for goes_on in &mut name_goes_on[i..end] {
                *goes_on = true;
            }
        }
        let spelled_at = run.iter().position(|&(_, w)| spelled(w));
        let ends_in_organisation = run.last().is_some_and(|&(_, w)| ORGANISATIONS.contains(&w));
        if let (Some(at), true) = (spelled_at, ends_in_organisation) {
            let acronyms_before = run[..at]
                .iter()
                .all(|&(_, w)| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
            let from = if acronyms_before { i } else { i + at };
            for goes_on in &mut name_goes_on[from..end] {
                *goes_on = true;
            }
        }
        i = end.max(i + 1);
    }
    // A possessive right before a name the claim or the pattern gives qualifies it:
    // "Labour's Priya Shah won with 1,812 votes" is Shah's (trial 143).
    let qualifies_a_spelled_name = |i: usize| {
        words_in_clause[i].1.ends_with("'s")
            && words_in_clause.get(i + 1).is_some_and(|&(_, next)| {
                next.starts_with(|c: char| c.is_ascii_uppercase()) && spelled(next)
            })
    };
    words_in_clause
        .iter()
        .enumerate()
        .any(|(i, &(start, word))| {
            if name_goes_on[i] || qualifies_a_spelled_name(i) {
                return false;
            }
            let bare = word.strip_suffix("'s").unwrap_or(word);
            let first = !text[..clause.start + start].contains(char::is_alphanumeric);
            let shouted = bare.len() >= 2 && bare.chars().all(|c| c.is_ascii_uppercase());
            an_unspelled_name(word, &spelled)
                && (!first || shouted || word.ends_with("'s"))
                && !(word == bare && names_a_source(&text[clause.start + start..clause.end]))
        })
}

/// Whether the name `run` (its words, with where each starts) is a court's or a judge's.
fn a_court_or_a_judge(run: &[(usize, &str)]) -> bool {
    run.iter().any(|&(_, w)| COURTS.contains(&w))
        || run.iter().take(2).any(|&(_, w)| JUDGES.contains(&w))
}

/// Words of the name of a court, which rules on a figure and owns none: "Lancaster Crown
/// Court", "the Court of Appeal", "an employment tribunal".
const COURTS: &[&str] = &["Court", "Courts", "Tribunal", "Inquest", "Inquiry"];

/// Titles a judge's name opens with (or has second: "Mr Justice Cole"): "Judge Margaret
/// Holroyd".
const JUDGES: &[&str] = &[
    "Judge",
    "Justice",
    "Recorder",
    "Coroner",
    "Magistrate",
    "Sheriff",
];

/// The words an organisation's name ends in, which name no one on their own: "NHS Cornwall
/// and Isles of Scilly ICB", "Dunmere Council".
#[rustfmt::skip]
const ORGANISATIONS: &[&str] = &[
    "ICB", "Service", "Services", "Trust", "Council", "Board", "Authority", "Partnership",
    "Commission", "Agency", "Police", "Constabulary", "Hospital", "Hospitals",
    "University", "College", "Union", "Group", "Executive", "Department", "Institute",
    "Foundation", "Office", "Observatory", "Centre", "Center", "Society", "Association",
    "Federation",
];

/// Whether `word` (perhaps with "'s") is capitalized, no month or day, and not `spelled`:
/// a name of someone or somewhere the pattern and the claim do not give.
fn an_unspelled_name(word: &str, spelled: &dyn Fn(&str) -> bool) -> bool {
    let bare = word.strip_suffix("'s").unwrap_or(word);
    bare.starts_with(|c: char| c.is_ascii_uppercase())
        && !MONTHS.contains(&bare)
        && !DAYS.contains(&bare)
        && !spelled(bare)
}

/// Whether the figure between `before` and `after` is given as the one now ("currently",
/// "now", "at present" right before it) and the rest of its sentence changes it to
/// another ("…, currently £2.60, is expected to rise to £2.85"): a claim of the changed
/// figure is not broken by the one before the change.
fn before_a_change(before: &str, after: &str) -> bool {
    let lower = before
        .trim_end()
        .trim_end_matches(CURRENCY_SIGNS)
        .trim_end()
        .to_lowercase();
    let now = [
        "currently",
        "now",
        "at present",
        "presently",
        "at the moment",
    ]
    .iter()
    .any(|w| lower.ends_with(w));
    if !now {
        return false;
    }
    let after = after.to_lowercase();
    let words: Vec<&str> = words_of(&after).collect();
    words.windows(2).any(|pair| {
        let change = matches!(
            pair[0],
            "rise"
                | "rises"
                | "increase"
                | "increases"
                | "fall"
                | "falls"
                | "drop"
                | "drops"
                | "go"
                | "goes"
                | "rising"
                | "falling"
                | "increasing"
                | "raised"
                | "cut"
                | "reduced"
                | "climb"
                | "climbs"
        );
        change && (pair[1] == "to" || pair[1] == "up" || pair[1] == "down")
    })
}

/// Verbs of finding a figure, which give a source's word as verbs of saying do
/// (`REPORTING_VERBS`): "Inrix found that …", "the Trust said its own monitoring found".
#[rustfmt::skip]
const FINDS: &[&str] = &[
    "found", "finds", "estimated", "estimates", "calculated", "calculates", "maintained",
    "maintains",
];

/// Whether `before` (a clause up to the start of a match) ends with a source saying what
/// the match states: a verb of saying or finding, perhaps a time and "that", then "the"
/// ("the Campaign for Science said the cut was 12%", "the Fund said on Tuesday that the
/// grant was £2.3m"), or "its" before a match that opens with "own" ("the Arle Rivers
/// Trust said its own monitoring found 2,900"). "Nvidia said its revenue was $26bn" is
/// Nvidia's own revenue, not a rival count.
fn a_source_says_the_match(before: &str, matched: &str) -> bool {
    // Verbs of saying (`REPORTING_VERBS`), and of finding a figure.
    let says = |w: &&str| REPORTING_VERBS.contains(w) || FINDS.contains(w);
    let lower = before.to_lowercase();
    let mut words: Vec<&str> = words_of(&lower).collect();
    // The pattern may spell the determiner itself: `the cut was {n}%`.
    let matched = matched.to_lowercase();
    let mut matched_words = words_of(&matched).peekable();
    if let Some(&first) = matched_words.peek() {
        if first == "the" || first == "its" {
            words.push(first);
            matched_words.next();
        }
    }
    let first = matched_words.next();
    let own = first == Some("own");
    let Some((&determiner, rest)) = words.split_last() else {
        return false;
    };
    // "but the RNLI later confirmed that eight crew had been brought ashore" (trial 107):
    // a figure right after a source's "that" is its word on the number at hand.
    let figure_first = first.is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_digit()) || crate::numbers::is_number_word(w)
    });
    if determiner == "that" && figure_first {
        return rest.iter().rev().take(3).any(says);
    }
    if !(determiner == "the" || determiner == "its" && own) {
        return false;
    }
    let rest = rest.strip_suffix(&["that"]).unwrap_or(rest);
    rest.iter().rev().take(3).any(says)
}

/// Whether `before` (a clause up to a figure) ends by giving the figure as someone's count
/// of the number at hand: "put the number at", "puts it at", "estimated the total at",
/// "said the true figure was" (with "about", "some" or the like before the figure).
fn estimates_the_number(before: &str) -> bool {
    #[rustfmt::skip]
    const APPROXIMATE: &[&str] = &[
        "about", "around", "some", "nearly", "almost", "roughly", "approximately", "only",
        "just", "over", "more", "than", "fewer", "less",
    ];
    // (And what a rival gives of an amount or a change: "said the real increase was closer
    // to 4%", trial 91.)
    let number = |noun: &&str| {
        *noun == "turnout"
            || negation::FIGURE_NOUNS.contains(noun)
            || negation::AMOUNT_NOUNS.contains(noun)
            || negation::MEASURE_NOUNS.contains(noun)
    };
    #[rustfmt::skip]
    const PUT: &[&str] = &[
        "put", "puts", "putting", "estimated", "estimates", "estimate", "placed", "places",
    ];
    const SAID: &[&str] = &["said", "says", "insisted", "insists", "found", "estimated"];
    let lower = before.to_lowercase();
    let mut words: Vec<&str> = words_of(&lower).collect();
    // The figure's own qualifiers ("put the number at about", "at least", "stood at").
    loop {
        if words.ends_with(&["at", "least"])
            || words.ends_with(&["closer", "to"])
            || words.ends_with(&["nearer", "to"])
            || words.ends_with(&["close", "to"])
        {
            words.truncate(words.len() - 2);
        } else if words.last().is_some_and(|w| APPROXIMATE.contains(w)) {
            words.pop();
        } else {
            break;
        }
    }
    if words.ends_with(&["stood", "at"]) || words.ends_with(&["stands", "at"]) {
        words.pop();
    }
    match words.as_slice() {
        [.., verb, "it" | "them", "at"] => PUT.contains(verb),
        [.., verb, "the", noun, "at"] => PUT.contains(verb) && number(noun),
        // Whose figure, or what: "puts the club's debts at £3.1m" (trial 109).
        [.., verb, "the", _, _, "at"] | [.., verb, "the", _, _, _, "at"] => PUT.contains(verb),
        [.., verb, "the", noun, "was" | "is" | "stood" | "stands"]
        | [.., verb, "the", _, noun, "was" | "is" | "stood" | "stands"] => {
            SAID.contains(verb) && number(noun)
        }
        _ => false,
    }
}

/// Phrases that date a figure a year before another time: the year named elsewhere in its
/// sentence (`year_pointed_to`), or the document's own (`last_year_only`). Those of
/// `YEAR_BEFORE_NAMED` count from a year named; "last year" and "a year ago", from now.
const YEAR_BEFORE: [&str; 7] = [
    "last year",
    "a year ago",
    YEAR_BEFORE_NAMED[0],
    YEAR_BEFORE_NAMED[1],
    YEAR_BEFORE_NAMED[2],
    YEAR_BEFORE_NAMED[3],
    YEAR_BEFORE_NAMED[4],
];

/// A season counted back from when the document was written ("Last winter, Scottish
/// beekeepers lost 21% of their colonies").
const SEASON_BEFORE: &[&str] = &[
    "last winter",
    "last summer",
    "last spring",
    "last autumn",
    "the previous winter",
    "the winter before",
];

/// The phrases of `YEAR_BEFORE` that count from a year named, not from now.
#[rustfmt::skip]
const YEAR_BEFORE_NAMED: [&str; 5] = [
    "the previous year", "a year earlier", "the year before", "the prior year", "a year before",
];

/// The year a figure is compared with in lower-cased `text`: "up on 2023", "down from
/// 2023", "compared with 2023", "than in 2023".
fn compared_with_year(text: &str) -> Option<u16> {
    let words: Vec<&str> = words_of(text).collect();
    let year = |w: &str| crate::scan::is_year(w).then(|| w.parse().ok()).flatten();
    words.windows(2).enumerate().find_map(|(i, w)| {
        let compares = matches!(
            (w[0], w[1]),
            ("up" | "down" | "rise" | "fall", "on" | "from")
                | ("compared", "with" | "to")
                | ("than", "in")
        );
        // (A figure may come first: "up from 26.9% in 2023".)
        compares
            .then(|| words[i + 2..].iter().take(5).find_map(|w| year(w)))
            .flatten()
    })
}

/// Whether the clause of `figure` in `sentence` (or the phrase that opens the sentence)
/// dates it only as a year before (`YEAR_BEFORE`: "last year", "a year earlier", …), and
/// the document before it (`before`) has spoken of a year the claim
/// names: "Fares rose by 4.6% on 2 March 2025. … Last year, fares rose by 4.9%" puts the
/// 4.9% a year before the claim's 2025. (With no such year, "last year" may be the claim's
/// own: "Inflation was 3.2% last year" still breaks a claim about 2024.) Or it dates it
/// as a season before (`SEASON_BEFORE`) in a document that names no year after the first
/// of the claim's span ("the winter of 2024-25"). The reason, for the why.
fn last_year_only(
    claim: &str,
    sentence: &str,
    figure: Range<usize>,
    before: &str,
    after: &str,
) -> Option<&'static str> {
    const LAST_YEAR: &str = "its clause dates it \"last year\" or \"a year earlier\", which the document's other dates leave unclear (it may be the year before the claim's)";
    // (Most figures' sentences say no "year" or season at all: they are done before any
    // clause is cut.)
    let may_season = ["inter", "ummer", "pring", "utumn"]
        .iter()
        .any(|season| sentence.contains(season));
    if !sentence.contains("year") && !sentence.contains("Year") && !may_season {
        return None;
    }
    let years = |text: &str| -> Vec<Period> {
        periods_in(text)
            .into_iter()
            .filter(|p| matches!(p, Period::Year(..)))
            .collect()
    };
    let clause = clause_of(sentence, figure.clone())?;
    let mut text = sentence[clause.clone()].to_lowercase();
    if let Some(opening) = opening_phrase(sentence, figure.start) {
        text.push(' ');
        text.push_str(&opening.to_lowercase());
    }
    let relative = YEAR_BEFORE.iter().any(|phrase| text.contains(phrase));
    let season = may_season && SEASON_BEFORE.iter().any(|phrase| text.contains(phrase));
    // "Last year, 27.8% of entries were awarded A* or A, slightly up on 2023" (trial 163):
    // last year is the year after the one it is compared with, here 2024, which is not a
    // claim's 2025.
    if relative && text.contains("last year") {
        if let Some(compared) = compared_with_year(&sentence.to_lowercase()) {
            let claimed = years(claim);
            let last = Period::Year(compared + 1, None);
            if !claimed.is_empty() && !claimed.contains(&last) {
                return Some("its clause dates it \"last year\", the year after the one it is compared with, not the claim's");
            }
        }
    }
    if !(relative || season) || !years(&text).is_empty() {
        return None;
    }
    let claimed = years(claim);
    if claimed.is_empty() {
        return None;
    }
    let named = years(before);
    // "…, the Scottish Beekeepers Association warned in October 2024. Last winter, Scottish
    // beekeepers lost 21% of their colonies" against a claim of "the winter of 2024-25"
    // (trial 119): written no later than the span's first year, the document's last winter
    // is an earlier one.
    if season {
        let latest = named.iter().filter_map(|p| match p {
            Period::Year(first, _) => Some(*first),
            _ => None,
        });
        let earlier = claimed.iter().any(|p| {
            matches!(p, Period::Year(first, Some(_))
                if latest.clone().max().is_some_and(|latest| latest <= *first))
        });
        return earlier.then_some(
            "its clause dates it \"last winter\" (or another season), in a document written before the claim's season",
        );
    }
    if named.iter().any(|p| claimed.contains(p)) {
        return Some(LAST_YEAR);
    }
    // Nor when the document says "this year" or names the claim's year anywhere ("This
    // year's race takes place on Sunday 14 September. … Last year 8,760 runners finished
    // the race. Organisers hope to raise £1.5m in 2025", trial 167), or a year still to
    // come when it was written, no later than the year after the claim's ("… has not yet
    // said whether fares will rise in 2026" against a claim of 2025, trial 165): last year
    // may be the claim's or the year before it, no figure to break the claim with.
    // (Read in order of cost, and without a lower-cased copy of the document: the rest of
    // it is read once for its years, and its sentences with "will" again.)
    if relative {
        let this_year = |text: &str| text.contains("this year") || text.contains("This year");
        let first_claimed = claimed
            .iter()
            .filter_map(|p| match p {
                Period::Year(first, _) => Some(*first),
                _ => None,
            })
            .min();
        let to_come = || {
            after
                .split(['.', '!', '?'])
                .filter(|sentence| sentence.contains(" will "))
                .flat_map(years)
                .any(|p| {
                    matches!((p, first_claimed), (Period::Year(year, _), Some(claimed)) if year <= claimed + 1)
                })
        };
        if this_year(before)
            || this_year(after)
            || years(after).iter().any(|p| claimed.contains(p))
            || to_come()
        {
            return Some(LAST_YEAR);
        }
    }
    // "In 2024-25, the council raised council tax by 3.99%. The year before, the rise was
    // 2.99%": a phrase that counts from a year named (not "last year" or "a year ago",
    // which count from now) dates the figure to the year before the last one named, here
    // 2023-24, which is not the claim's 2025-26 (trial 96).
    if !YEAR_BEFORE_NAMED.iter().any(|phrase| text.contains(phrase)) {
        return None;
    }
    let Some(&Period::Year(first, second)) = named.last() else {
        return None;
    };
    let year_before = match (first.checked_sub(1), second) {
        (Some(first), None) => Period::Year(first, None),
        (Some(first), Some(second)) => match second.checked_sub(1) {
            Some(second) => Period::Year(first, Some(second)),
            None => return None,
        },
        (None, _) => return None,
    };
    (!claimed.contains(&year_before)).then_some(LAST_YEAR)
}

/// Whether `before` (a clause up to a figure) names whose survey, study or report gives it:
/// "while a rival survey by Bridebook found an average spend of £24,000" is Bridebook's
/// count of the same thing, not Bridebook's own figure.
fn by_a_source(before: &str) -> bool {
    let lower = before.to_lowercase();
    let words: Vec<&str> = words_of(&lower).collect();
    words
        .windows(2)
        .any(|pair| SOURCE_NOUNS.contains(&pair[0]) && pair[1] == "by")
}

/// What a source gives a figure in: "Altus Group figures show …" (`names_a_source`), "a
/// rival survey by Bridebook found …" (`by_a_source`).
#[rustfmt::skip]
const SOURCE_NOUNS: &[&str] = &[
    "figures", "data", "statistics", "research", "analysis", "estimates", "numbers",
    "survey", "surveys", "report", "records", "study", "poll", "review", "audit",
];

/// Whether the name that opens `text` is a source's: the first word after its capitalized
/// words is "figures", "data" or the like ("Altus Group figures show …"), or a verb of
/// saying or finding with "that", where what follows is not the speaker's own ("Inrix
/// found that roadworks between junctions 13 and 16 added 18 minutes", trial 73; not
/// "Nvidia said that its revenue was $26bn", nor "… that it sold").
fn names_a_source(text: &str) -> bool {
    const OWN: &[&str] = &[
        "its", "their", "his", "her", "our", "it", "they", "he", "she", "we",
    ];
    let mut words = words_of(text).skip_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    let Some(first) = words.next() else {
        return false;
    };
    if SOURCE_NOUNS.contains(&first) {
        return true;
    }
    let says = REPORTING_VERBS.contains(&first) || FINDS.contains(&first);
    says && words.next() == Some("that") && words.next().is_some_and(|w| !OWN.contains(&w))
}

/// Whether `pattern` spells `c` itself, outside a repetition such as `{0,40}`.
fn spells_char(pattern: &str, c: char) -> bool {
    let mut depth = 0usize;
    pattern.chars().any(|p| {
        match p {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        p == c && depth == 0
    })
}

/// The words that open `before` (a sentence up to a match) as an earlier article's
/// statement: "An article on 6 March said", "Our report of 2 May stated", "A story
/// published on Monday said" (an article, report, story or piece, then a verb of saying
/// within eight words).
fn an_article_said(before: &str) -> Option<&str> {
    const ARTICLES: &[&str] = &["article", "report", "story", "piece"];
    // (This runs for every match: most sentences have none of the words.)
    if !["rticle", "eport", "tory", "iece"]
        .iter()
        .any(|stem| before.contains(stem))
    {
        return None;
    }
    const SAID: &[&str] = &[
        "said",
        "stated",
        "reported",
        "claimed",
        "wrote",
        "suggested",
    ];
    let words = words_at(before);
    words
        .iter()
        .take(3)
        .find(|(_, w)| ARTICLES.contains(&w.to_lowercase().as_str()))?;
    let &(at, verb) = words
        .iter()
        .take(10)
        .find(|(_, w)| SAID.contains(&w.to_lowercase().as_str()))?;
    Some(&before[..at + verb.len()])
}

/// Whether `text` (a whole document) is a correction: it says "correction", "corrected" or
/// "apologise" somewhere.
fn in_a_correction(text: &str) -> bool {
    [
        "Correction",
        "correction",
        "corrected",
        "apologise",
        "apologize",
    ]
    .iter()
    .any(|word| text.contains(word))
}

/// Whether a hedge's `cue` is a statement made first and changed since ("initially
/// reported", "originally said", "first put").
fn opens_an_earlier_statement(cue: &negation::Cue) -> bool {
    opens_with_an_earlier_word(&cue.text)
}

/// Whether `text` opens with a word that makes what follows an earlier statement:
/// "initially reported", "first said", "Initial estimates put …", "Earlier reports had
/// put …", "according to early reports".
fn opens_with_an_earlier_word(text: &str) -> bool {
    #[rustfmt::skip]
    const EARLIER: &[&str] = &[
        "initially", "originally", "previously", "first", "initial", "original", "previous",
        "earlier", "early",
    ];
    let mut words = text.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| w.eq_ignore_ascii_case("according"))
    {
        words.next();
        words.next();
    }
    words.next().is_some_and(|w| {
        EARLIER
            .iter()
            .any(|earlier| w.eq_ignore_ascii_case(earlier))
    })
}

/// Whether `cue` ends in a verb that undoes the match (`negation::UNDONE`: "were
/// cancelled", "was postponed") which the claim's sentence says too, in any form
/// ("cancelled", "cancel", "postponing"): then the match is what the claim is about.
fn undone_the_claim_states(claim: &str, cue: &negation::Cue) -> bool {
    let Some(verb) = cue.text.split_whitespace().next_back() else {
        return false;
    };
    let verb = verb.to_lowercase();
    if !negation::UNDONE.contains(&verb.as_str()) {
        return false;
    }
    // The verb's stem: "cancel", "postpon", "scrapp", "withdraw".
    let stem: String = verb.chars().take(6).collect();
    words_of(claim).any(|w| w.to_lowercase().starts_with(&stem))
}

/// Whether hedge `cue` of `sentence` holds a negation ("has not been", "did not") and the
/// part's match (`part`) starts right after it with a verb the claim says, in any form:
/// "has not been confirmed" against "Bird flu was confirmed at Hollins Farm".
fn denies_a_verb_the_claim_says(
    claim: &str,
    cue: &negation::Cue,
    sentence: &str,
    part: Range<usize>,
) -> bool {
    // An auxiliary's negation only ("has not been", "was not", "did not"): not a doubt
    // ("not immediately clear whether"), whose next word is no verb.
    #[rustfmt::skip]
    const AUXILIARY: &[&str] = &[
        "has", "have", "had", "been", "be", "was", "were", "is", "are", "did", "do", "does",
        "not", "never", "yet",
    ];
    let words: Vec<String> = words_of(&cue.text).map(str::to_lowercase).collect();
    let negation = |w: &String| w == "not" || w == "never" || w.ends_with("n't");
    // It opens with its auxiliary ("was not", not a bare "not", which a condition may have
    // made a hedge: "Had the army not retreated …"), and no condition comes before it.
    let opens_with_auxiliary = words.first().is_some_and(|w| w != "not" && w != "never");
    let conditional = sentence.get(..cue.start).is_some_and(|before| {
        let first = words_of(before).next().unwrap_or("");
        ["had", "were", "should"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(first))
            || words_of(before).any(|w| {
                ["if", "unless", "whether"]
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(w))
            })
    });
    let negated = words.iter().any(negation)
        && opens_with_auxiliary
        && !conditional
        && words
            .iter()
            .all(|w| AUXILIARY.contains(&w.as_str()) || w.ends_with("n't"));
    let right_before = part.start >= cue.end
        && sentence
            .get(cue.end..part.start)
            .is_some_and(|between| between.trim().is_empty());
    if !negated || !right_before {
        return false;
    }
    let Some(verb) = sentence.get(part).and_then(|text| words_of(text).next()) else {
        return false;
    };
    // The verb's stem ("confirm" of "confirmed"), long enough to say which verb it is.
    let stem: String = verb.to_lowercase().chars().take(6).collect();
    stem.chars().count() >= 5 && words_of(claim).any(|w| w.to_lowercase().starts_with(&stem))
}

/// The bytes between two hits (0 when they overlap).
fn distance(a: &Hit, b: &Hit) -> usize {
    if a.range.end <= b.range.start {
        b.range.start - a.range.end
    } else {
        a.range.start.saturating_sub(b.range.end)
    }
}

/// How many later occurrences of one part of an `all:` matcher a sentence is read with:
/// enough for a sentence's figures, few enough that a long sentence stays cheap.
const MORE_OCCURRENCES: usize = 4;

/// Words that set one statement against another in a sentence.
const CONTRASTS: &[&str] = &[" but ", ", while ", " whereas ", "; "];

/// The contrast (`CONTRASTS`) between the parts of an `all:` match in one sentence, when it
/// splits them as two statements: two parts or more before it and one or more after, or a
/// part after it that opens its clause as the subject of a verb ("…, while nurses have").
/// A part of an `all:` matcher (its text) whose clause names a year other than the one a
/// part that is only a year spells ("2024", "in 2024"), with that year part outside the
/// clause; and the clause's year.
fn a_part_of_another_year<'d>(
    doc: &'d NormalizedDocument,
    parts: &[&Hit],
) -> Option<(&'d str, u16)> {
    let only_a_year = |hit: &Hit| -> Option<u16> {
        let mut year = None;
        for word in words_of(&doc.text[hit.range.clone()]) {
            match word.parse::<u16>() {
                Ok(y) if word.len() == 4 && (1900..2100).contains(&y) && year.is_none() => {
                    year = Some(y);
                }
                _ if ["in", "of", "for", "during"].contains(&word) => {}
                _ => return None,
            }
        }
        year
    };
    let (year_part, year) = parts
        .iter()
        .find_map(|hit| only_a_year(hit).map(|year| (hit, year)))?;
    let sentence = &doc.sentences[year_part.sentence].range;
    let text = &doc.text[sentence.clone()];
    let relative = |hit: &Hit| hit.range.start - sentence.start..hit.range.end - sentence.start;
    let year_at = relative(year_part);
    // (A part that is only a name is judged by no clause: "Millbrook's bathing site was
    // rated \"sufficient\" in 2023 but fell to \"poor\" in 2024" is of both.)
    let a_name = |hit: &Hit| {
        words_of(&doc.text[hit.range.clone()]).all(|w| w.starts_with(char::is_uppercase))
    };
    parts.iter().find_map(|hit| {
        if hit.sentence != year_part.sentence || only_a_year(hit).is_some() || a_name(hit) {
            return None;
        }
        let clause = clause_of(text, relative(hit))?;
        if clause.start <= year_at.start && year_at.end <= clause.end {
            return None;
        }
        let years = years_not_baselines(&text[clause]);
        let other = years.iter().find_map(|p| match *p {
            Period::Year(y, None) if y != year => Some(y),
            _ => None,
        })?;
        (!years.contains(&Period::Year(year, None))).then(|| (&doc.text[hit.range.clone()], other))
    })
}

fn contrast_splits(doc: &NormalizedDocument, parts: &[&Hit]) -> Option<&'static str> {
    let sentence = parts.first()?.sentence;
    if parts.len() < 2 || parts.iter().any(|hit| hit.sentence != sentence) {
        return None;
    }
    let mut ordered: Vec<&Hit> = parts.to_vec();
    ordered.sort_by_key(|hit| hit.range.start);
    // A part that opens the clause after the contrast as its subject (a verb follows it)
    // starts another statement, however few parts stand before: "Ostmark's doctors
    // accepted a 6% pay rise, while nurses have yet to vote" under `all: ['nurses',
    // 'accepted … {n}% pay rise']`.
    let new_subject = (1..ordered.len()).find_map(|k| {
        let between = doc
            .text
            .get(ordered[k - 1].range.end..ordered[k].range.start)?
            .to_ascii_lowercase();
        // (", and" too: "Severn Moor Water imposed a hosepipe ban, and Calder Vale Water is
        // expected to follow" is no ban of Calder Vale's.)
        let contrast = CONTRASTS
            .iter()
            .chain(&[", and "])
            .find(|c| between.contains(*c))?;
        let at = between.rfind(contrast)? + contrast.len();
        let lead: Vec<&str> = words_of(&between[at..]).collect();
        let determiner =
            |w: &str| ["the", "its", "their", "his", "her", "some", "many"].contains(&w);
        let opens = lead.is_empty() || (lead.len() == 1 && determiner(lead[0]));
        let sentence_end = doc.sentences[sentence].range.end;
        const AUXILIARIES: &[&str] = &[
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "did", "do", "does",
            "could", "can", "may", "might", "must", "should", "remain", "remained",
        ];
        // The auxiliary right after the part, or after a noun or two of its subject: "but
        // GMB members did not" (trial 129).
        let rest = doc
            .text
            .get(ordered[k].range.end..sentence_end)
            .unwrap_or("");
        let verb_follows = words_of(rest)
            .take(3)
            .map(str::to_ascii_lowercase)
            .enumerate()
            .try_for_each(|(i, w)| {
                if AUXILIARIES.contains(&w.as_str()) {
                    return Err(true);
                }
                let noun = w.starts_with(|c: char| c.is_ascii_lowercase())
                    && !w.ends_with("ed")
                    && !REPORTING_VERBS.contains(&w.as_str());
                if i < 2 && noun {
                    Ok(())
                } else {
                    Err(false)
                }
            })
            == Err(true);
        (opens && verb_follows).then(|| contrast.trim_matches([' ', ',']))
    });
    if new_subject.is_some() || parts.len() < 3 {
        return new_subject;
    }
    (2..ordered.len()).find_map(|k| {
        let between = doc
            .text
            .get(ordered[k - 1].range.end..ordered[k].range.start)?
            .to_ascii_lowercase();
        // "ratified by Italy but not by France" carries the statement on, denied; so does
        // "was seen at Ashmoor Fen but did not breed", whose verb after "but" has no
        // subject of its own.
        const SAME_SUBJECT: &[&str] = &[
            "did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "never",
            "failed", "fails", "could", "would", "will", "cannot", "can't", "didn't", "wasn't",
            "hasn't", "hadn't", "won't",
        ];
        // So does "initially reported 85 unfilled posts, but later corrected the figure to
        // 97": a correction, after an adverb of time or none, revises the same statement;
        // and a change with no subject of its own: "was 17.3% in 2024 but fell to 15.8% in
        // 2025".
        const THEN: &[&str] = &[
            "later",
            "then",
            "subsequently",
            "since",
            "quickly",
            "swiftly",
        ];
        // (The words after "but" run on into the part: "but later «corrected the …»".)
        let part_text = doc
            .text
            .get(ordered[k].range.clone())
            .unwrap_or("")
            .to_ascii_lowercase();
        let carried_on = |at: usize| {
            let mut words = between[at + " but ".len()..]
                .split_whitespace()
                .chain(part_text.split_whitespace());
            let next = words.next().unwrap_or("");
            let verb = if THEN.contains(&next) {
                words.next().unwrap_or("")
            } else {
                next
            };
            // A change of the same figure: a word of change, then "to", "by" or the figure
            // (a verb with an object of its own, "but cut a separate penalty", is another
            // statement; "but by 2025" is a time).
            let changed = verb != "by"
                && crate::scan::CHANGE_WORDS.contains(&verb)
                && words.next().is_some_and(|w| {
                    w == "to"
                        || w == "by"
                        || w.starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c))
                });
            // Unless the part before the contrast ends a statement of its own time: in
            // "was rated “sufficient” in 2023 but fell to “poor” in 2024", the rating
            // is 2023's, and the change after "but" another statement (no verb stands
            // between the part and the year, as "was" does in "vacancy rate was 17.3% in
            // 2024 but fell …", whose part is the subject both clauses share).
            let before = &between[..at];
            let own_time = periods_in(before)
                .iter()
                .any(|p| matches!(p, Period::Year(..)))
                && !words_of(before).any(|w| SAME_SUBJECT.contains(&w));
            let changed = changed && !own_time;
            // "…, but the trust later revised the figure down to 4,312" (trial 86): a
            // subject of a few words, then the revision of the figure itself.
            let after_but: Vec<&str> = between[at + " but ".len()..]
                .split_whitespace()
                .chain(part_text.split_whitespace())
                .collect();
            let revised_the_figure = after_but
                .iter()
                .take(5)
                .position(|w| negation::REVISED.contains(w))
                .is_some_and(|r| {
                    after_but.iter().skip(r + 1).take(4).any(|w| {
                        [
                            "figure", "number", "total", "count", "estimate", "tally", "it",
                        ]
                        .contains(w)
                    })
                });
            SAME_SUBJECT.contains(&next)
                || negation::REVISED.contains(&verb)
                || changed
                || revised_the_figure
        };
        // "…lasted 94 minutes, but the union Unite puts the figure at 120 minutes": a rival
        // count of the same thing, which the part after the contrast gives.
        let rival = ordered[k].numbers.first().is_some_and(|figure| {
            doc.text
                .get(ordered[k - 1].range.end..figure.start)
                .is_some_and(estimates_the_number)
        });
        CONTRASTS
            .iter()
            .find(|c| {
                // (A rival count carries the statement on after "while" or "whereas" too:
                // "NielsenIQ said inflation was 4.2% in March 2025, while Kantar put the
                // figure at 4.7%", trial 90.)
                let carried = (**c == " but " || **c == ", while " || **c == " whereas ") && rival
                    || **c == " but " && between.find(" but ").is_some_and(carried_on);
                between.contains(*c)
                    && !between.contains(" but also ")
                    && !between.contains(" but not ")
                    && !carried
            })
            .map(|c| c.trim_matches([' ', ',']))
    })
}

/// The verb of [`Context::object_of_negated_verb`].
struct NegatedVerb {
    verb: String,
    event: bool,
}

impl std::fmt::Display for NegatedVerb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.verb)
    }
}

/// Nouns of events that do not end as most do ("-tion", "-sion", "-ure").
const EVENT_NOUNS: &[&str] = &[
    "withdrawal",
    "approval",
    "dismissal",
    "removal",
    "arrival",
    "renewal",
    "acquittal",
    "refusal",
    "reversal",
    "appointment",
    "resignation",
    "victory",
    "win",
    "defeat",
    "sale",
    "takeover",
    "purchase",
    "merger",
    "transfer",
    "exit",
];

/// Whether the bytes `at` of `sentence` lie in an aside that opens with "which" or "who"
/// between commas, inside `matched`: "The bank, which had not raised rates since 2019,
/// raised rates to 4.75%", "Smith, who did not testify, was sentenced", "Thornbury Parkway
/// station, which was due to open in May 2025, finally opened". The aside's negation or
/// plan is its own, not one the pattern's gap swallowed.
fn in_aside(sentence: &str, matched: Range<usize>, at: Range<usize>) -> bool {
    let Some(before) = sentence.get(matched.start..at.start) else {
        return false;
    };
    let Some(after) = sentence.get(at.end..matched.end) else {
        return false;
    };
    let opened = before.rfind(", ").is_some_and(|at| {
        let aside = before[at + 2..].to_ascii_lowercase();
        ["which ", "who "].iter().any(|w| aside.starts_with(w))
    });
    opened && after.contains(',')
}

/// Whether two negations cancel between the parts of an `all:` match: "It is not true that
/// Armenia refused to sign" negates the part "Armenia" ("is not" reaches it), but at "sign"
/// the "is not" meets "refused to" and the two cancel, as they do for the one pattern
/// `refused to sign`. So when one part is negated and a later part of the same sentence is
/// neither negated nor hedged, with another negation between the two (outside every part's
/// match), the negations cancelled and the statement stands. Without a second negation
/// between them, the first simply stops short of the later part: "Not Armenia but Georgia
/// signed" still denies that Armenia signed. Nor does a negation in a clause of its own
/// after the negated part cancel anything (`ends_clause_within` between them): "\"I have
/// not resigned and I have no intention of doing so,\" Ms Whitlock said" (trial 170: read
/// as support of her resignation).
fn double_negation(
    parts: &[&Hit],
    assessments: &[Assessment],
    sentence_start: impl Fn(usize) -> usize,
    negations_within: impl Fn(usize, Range<usize>) -> Vec<negation::Cue>,
    ends_clause_within: impl Fn(usize, Range<usize>) -> bool,
) -> bool {
    if parts.len() < 2 {
        return false;
    }
    let inside_a_part = |sentence: usize, at: &Range<usize>| {
        parts
            .iter()
            .any(|p| p.sentence == sentence && p.range.start <= at.start && at.end <= p.range.end)
    };
    parts.iter().zip(assessments).any(|(hit, assessed)| {
        let Some(cue) = &assessed.negation else {
            return false;
        };
        parts.iter().zip(assessments).any(|(later, plain)| {
            if later.sentence != hit.sentence
                || later.range.start <= hit.range.start
                || plain.negation.is_some()
                || plain.hedge.is_some()
            {
                return false;
            }
            // The cues' offsets are within the sentence; the hits' within the document.
            let offset = sentence_start(hit.sentence);
            let between = hit.range.start - offset..later.range.start - offset;
            negations_within(hit.sentence, between).iter().any(|other| {
                other.start != cue.start
                    && !inside_a_part(hit.sentence, &(other.start + offset..other.end + offset))
                    && !(hit.range.end - offset < other.start
                        && ends_clause_within(hit.sentence, hit.range.end - offset..other.start))
            })
        })
    })
}

/// Whether a figure followed by a per cent sign (`after` starts right after it) is read
/// against a claim that states a count: `claim` gives a figure and says nothing of per cent,
/// and the pattern does not ask for one either. Such a figure is a share of something
/// ("Of the 1,212 cases, 90% were in children"), which cannot break the count.
fn share_against_count(claim: &str, pattern: &str, after: &str) -> bool {
    const PER_CENT: [&str; 4] = ["%", "percent", "per cent", "pc"];
    let after = after.trim_start().to_lowercase();
    let a_share = PER_CENT[..3].iter().any(|unit| after.starts_with(unit));
    let claim = claim.to_lowercase();
    let pattern = pattern.to_lowercase();
    let says_per_cent = |text: &str| {
        PER_CENT[..3].iter().any(|unit| text.contains(unit))
            || words_of(text).any(|w| w == "pc" || w.starts_with("percentage"))
    };
    a_share
        && claim.bytes().any(|b| b.is_ascii_digit())
        && !says_per_cent(&claim)
        && !says_per_cent(&pattern)
}

/// Whether the figure at `figure` in `sentence` is tied to a year, quarter or month the
/// claim does not name, when the claim names one: "Turnout in 2019 was 67.3%", "Receipts in 2022-23
/// were £814.8bn", "up from 18.6% in 2019" and "Since 2021, net migration has totalled 1.9
/// million" against claims about 2024, 2023-24 or 2023; quarters too ("third-quarter
/// revenue" against a claim about the fourth). The period is looked for in the figure's
/// clause (`clause_of`), else in a phrase that opens the sentence ("In 2019, …").
fn of_another_period(claim: &str, sentence: &str, figure: Range<usize>, earlier: &str) -> bool {
    clause_of_another_period(claim, sentence, figure, false, earlier)
}

/// Why a figure read against `number:` counts neither way though it meets or breaks it.
#[derive(Debug, Clone)]
enum SetAside {
    /// It breaks `number:`, but a rule says it is not the claim's figure: the rule's words.
    Breaks(Cow<'static, str>),
    /// It meets `number:`, but it is someone else's or some other time's.
    Meets(MetElsewhere),
}

/// A rule that sets aside a figure meeting `number:`: what it found, and whose figure that
/// makes it.
#[derive(Debug, Clone)]
struct MetElsewhere {
    reason: Cow<'static, str>,
    whose: &'static str,
}

/// `of_another_year`.
const OTHER_YEAR: MetElsewhere = MetElsewhere {
    reason: Cow::Borrowed("its clause names another year than the claim"),
    whose: "another year's",
};

/// `of_another_period`, for a claim that names a month.
const OTHER_MONTH: MetElsewhere = MetElsewhere {
    reason: Cow::Borrowed("its clause names another month or quarter than the claim"),
    whose: "another month's",
};

/// Whether the claim's sentence names a month ("in January 2025", "at the end of March").
fn names_a_month(claim: &str) -> bool {
    // (A month's name first: reading the claim's periods for every figure that meets it
    // cost 0.1% of the instructions.)
    words_of(claim).any(|w| MONTHS.contains(&w))
        && periods_in(claim)
            .iter()
            .any(|p| matches!(p, Period::Month(_)))
}

/// `in_another_place`.
const OTHER_PLACE: MetElsewhere = MetElsewhere {
    reason: Cow::Borrowed("its sentence is of a place or a party the claim does not name, and the other parts lie in another sentence"),
    whose: "another's",
};

/// `Context::revised_next`.
const REVISED_NEXT: MetElsewhere = MetElsewhere {
    reason: Cow::Borrowed("the next sentence revises it"),
    whose: "a replaced",
};

/// `of_another_place_than_the_claims`.
const OPENS_ELSEWHERE: MetElsewhere = MetElsewhere {
    reason: Cow::Borrowed(
        "its sentence opens in a place the claim does not name, apart from the sentence that names the claim's",
    ),
    whose: "another place's",
};

const NAMED_PLACE: MetElsewhere = MetElsewhere {
    reason: Cow::Borrowed(
        "its clause is of a place the claim does not name, where the claim names one",
    ),
    whose: "another place's",
};

/// Whether a cue that disputes what came before denies it whole, by a pronoun: "denied
/// that", "denied it", "rejected this".
fn points_back(cue: &negation::Cue) -> bool {
    cue.text.rsplit(' ').next().is_some_and(|w| {
        ["that", "this", "it"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(w))
    })
}

/// Whether a cue that disputes a figure only puts it at another, with no word that calls
/// its own the real one: "put the figure at 6,100", not "puts the real figure at".
fn puts_the_figure_plainly(cue: &negation::Cue) -> bool {
    let mut words = cue.text.split_whitespace().map(str::to_lowercase);
    let puts = words
        .next()
        .is_some_and(|w| negation::PUTS.contains(&w.as_str()));
    puts && !words.any(|w| negation::REAL.contains(&w.as_str()))
}

/// `of_someone_a_part_names`.
const SOMEONE_A_PART_NAMES: MetElsewhere = MetElsewhere {
    reason: Cow::Borrowed("it is the figure of someone a part's name owns (\"Crowther's partner\", \"Harfield's neighbour\"), not the name's own"),
    whose: "another's",
};

/// `of_another_party`.
const OTHER_PARTY: MetElsewhere = MetElsewhere {
    reason: Cow::Borrowed(
        "its clause names someone or somewhere no part of the pattern spells, and another part lies outside it",
    ),
    whose: "another's",
};

/// Whether the clause of a figure that meets `number:` names a year, and none the claim's
/// sentence names: "The economy grew 1.8% in 2023" supports a claim about 2024 no more than
/// it would break it. Years only (a month or a quarter is often a part of the claim's
/// period: "in April" for "2025-26"), and not a year after "since" (the baseline of a
/// record: "the lowest since July 2021").
fn of_another_year(claim: &str, sentence: &str, figure: Range<usize>, earlier: &str) -> bool {
    let year = |p: &Period| matches!(p, Period::Year(..));
    let claimed: Vec<Period> = periods_in(claim).into_iter().filter(year).collect();
    if claimed.is_empty() {
        return false;
    }
    // A figure that is itself one of the claim's years ("the 1950-1953 Korean War" for a
    // war that ended in 1953) has no other period than its own.
    if periods_in(sentence.get(figure.clone()).unwrap_or(""))
        .iter()
        .any(|p| claimed.contains(p))
    {
        return false;
    }
    let Some(clause) = clause_of(sentence, figure.clone()) else {
        return false;
    };
    // (Not the date figures were published, nor one a figure starts from:
    // `without_dates_not_the_figures`.)
    let text = without_dates_not_the_figures(&format!(
        "{} {}",
        &sentence[clause.start..figure.start],
        &sentence[figure.end..clause.end]
    ));
    let years_stated = years_not_baselines;
    let mut stated = years_stated(&text);
    if stated.is_empty() {
        stated = periods_borrowed(sentence, &clause, years_stated, earlier);
    }
    // "In July 2018, Yorkshire's reservoirs had fallen to 48%": a phrase that opens the
    // sentence sets the year of the clause after it, as for a figure that breaks.
    if stated.is_empty() && clause.start > 0 {
        // ("When bird flu struck Suffolk in 2022, farmers were paid £6.8m": 2022's.)
        let dating = [
            "in",
            "during",
            "throughout",
            "by",
            "for",
            "when",
            "at",
            "back",
        ];
        if let Some(opening) = dating_opening(sentence, figure.start, &dating) {
            stated = years_stated(opening);
        }
    }
    // A span of years meets a year it holds: "the financial year ending March 2024" is a
    // year of a claim about 2023-24, and "the 2023-24 season" of one about 2024.
    let years = |p: &Period| match *p {
        Period::Year(first, Some(second)) => {
            let second = if second < 100 {
                first / 100 * 100 + second
            } else {
                second
            };
            (first, second)
        }
        Period::Year(first, None) => (first, first),
        _ => (0, 0),
    };
    // Two spans are one period only when they are the same: "2022-23" is another
    // financial year or season than "2023-24", though they share 2023.
    let span = |p: &Period| matches!(p, Period::Year(_, Some(_)));
    let overlaps = |a: &Period, b: &Period| {
        let ((a0, a1), (b0, b1)) = (years(a), years(b));
        if span(a) && span(b) {
            (a0, a1) == (b0, b1)
        } else {
            a0 <= b1 && b0 <= a1
        }
    };
    !stated.is_empty()
        && !stated
            .iter()
            .any(|p| claimed.iter().any(|c| overlaps(p, c)))
}

/// `of_another_period` for the bytes `inside` of `sentence`: a figure (`whole` false: its
/// own digits are no year) or a whole match (`whole` true: "raised rates in June 2022").
fn clause_of_another_period(
    claim: &str,
    sentence: &str,
    figure: Range<usize>,
    whole: bool,
    earlier: &str,
) -> bool {
    let claimed = periods_in(claim);
    if claimed.is_empty() {
        return false;
    }
    let Some(clause) = clause_of(sentence, figure.clone()) else {
        return false;
    };
    let start = clause.start;
    let clause_range = clause.clone();
    // A figure itself is left out: a count such as 1999 is no year here.
    let clause = if whole {
        sentence[clause].to_string()
    } else {
        format!(
            "{} {}",
            &sentence[clause.start..figure.start],
            &sentence[figure.end..clause.end]
        )
    };
    // "delayed the launch until early 2025", "was pushed back to November 2024": the date
    // after "to" or "until" is where the event moved, not when the match happened.
    // "Tanui, who won the marathon in 2023, dropped out": an aside on the subject dates
    // the aside, not the match.
    let clause = if whole {
        without_new_date(&without_relative_asides(&clause))
    } else {
        without_dates_not_the_figures(&clause)
    };
    let mut stated = periods_in(&clause);
    if stated.is_empty() && !whole {
        stated = periods_borrowed(sentence, &clause_range, periods_in, earlier);
    }
    let mut dated_by = "";
    if start > 0 {
        // A phrase that opens the sentence sets the period of the clause after it, of the
        // kinds the clause does not name itself ("In 2023, the Fed raised rates in June").
        #[rustfmt::skip]
        const SETS_PERIOD: &[&str] = &[
            "in", "since", "by", "during", "throughout", "until", "for", "as", "when", "at",
            "back",
        ];
        if let Some(opening) = dating_opening(sentence, figure.start, SETS_PERIOD) {
            dated_by = opening;
            let kinds: Vec<_> = stated.iter().map(std::mem::discriminant).collect();
            stated.extend(
                periods_in(opening)
                    .into_iter()
                    .filter(|p| !kinds.contains(&std::mem::discriminant(p))),
            );
        }
    }
    // A figure for a part of the claim's year: "grew 0.4% in the fourth quarter of 2024"
    // against "grew 1.8% in 2024". (A match without a figure may just say when in the
    // year it happened: "raised rates in June 2024".)
    let part = |p: &Period| !matches!(p, Period::Year(..));
    let year_only = |periods: &[Period]| {
        periods.iter().any(|p| matches!(p, Period::Year(..))) && !periods.iter().any(part)
    };
    // "by the end of December 2024" against a claim of 2024 names the year's end, not a
    // month apart from the year.
    if stated.contains(&DECEMBER) {
        let words: Vec<&str> = words_of(dated_by).chain(words_of(&clause)).collect();
        let before_a_time = |at: usize| {
            ["by", "at"]
                .iter()
                .any(|w| words[at].eq_ignore_ascii_case(w))
                || (words[at].eq_ignore_ascii_case("of")
                    && at > 0
                    && words[at - 1].eq_ignore_ascii_case("as"))
        };
        if (0..words.len())
            .any(|at| before_a_time(at) && ends_a_claimed_year(&claimed, &words[at + 1..]))
        {
            stated.retain(|p| *p != DECEMBER);
        }
    }
    let part_of_year = stated.iter().any(part);
    if !whole && year_only(&claimed) && part_of_year {
        return true;
    }
    // Years are weighed against years, months against months, quarters against quarters:
    // a month against a claim that names only a year ("in May" against "in 2024") says
    // nothing.
    stated.iter().any(|p| {
        let kind = std::mem::discriminant(p);
        let of_kind = |q: &&Period| std::mem::discriminant(*q) == kind;
        claimed.iter().any(|q| of_kind(&q))
            && !stated.iter().filter(of_kind).any(|q| claimed.contains(q))
    })
}

/// `clause` without its asides that open with ", which" or ", who" and close with a comma.
fn without_relative_asides(clause: &str) -> String {
    let mut out = String::with_capacity(clause.len());
    let mut rest = clause;
    loop {
        let lower = rest.to_ascii_lowercase();
        let open = [", which ", ", who "]
            .iter()
            .filter_map(|lead| lower.find(lead))
            .min();
        let Some(open) = open else { break };
        let Some(close) = rest[open + 2..].find(',').map(|c| open + 2 + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// `clause` without the date right after "to", "until" or "till" (a month, a year, or
/// both, after "early", "late" or "mid").
fn without_new_date(clause: &str) -> String {
    let words: Vec<&str> = clause.split(' ').collect();
    let is_period = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        MONTHS.contains(&w) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut kept = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let word = words[i].to_lowercase();
        if ["to", "until", "till"].contains(&word.as_str()) {
            let mut j = i + 1;
            if words
                .get(j)
                .is_some_and(|w| ["early", "late", "mid"].contains(&w.to_lowercase().as_str()))
            {
                j += 1;
            }
            let from = j;
            while j < words.len() && j < from + 2 && is_period(words[j]) {
                j += 1;
            }
            if j > from {
                i = j;
                continue;
            }
        }
        kept.push(words[i]);
        i += 1;
    }
    kept.join(" ")
}

/// Whether the figure at `figure` counts a subgroup the claim's sentence does not name:
/// its clause says "aged" ("participants aged 65 or older", "adolescents aged 12 to 15"),
/// "subgroup" or "subset", or "among" ("turnout among 18-24-year-olds"; not "among the
/// highest"), and neither the claim's sentence nor the pattern says that word.
fn of_a_subgroup(claim: &str, pattern: &str, sentence: &str, figure: Range<usize>) -> bool {
    let Some(clause) = clause_of(sentence, figure.clone()) else {
        return false;
    };
    // A phrase that opens the sentence names the group of what follows ("Among patients
    // aged 65 or over, Eastmarch recorded 1,940 admissions").
    let opening = (clause.start > 0)
        .then(|| opening_phrase(sentence, figure.start))
        .flatten()
        .unwrap_or("");
    let words: Vec<&str> = words_of(&sentence[clause.start..figure.start])
        .chain(words_of(&sentence[figure.end..clause.end]))
        .chain(words_of(opening))
        .collect();
    let pattern = pattern.to_lowercase();
    let claim_says = |word: &str| {
        words_of(claim).any(|w| w.eq_ignore_ascii_case(word)) || pattern.contains(word)
    };
    words.iter().enumerate().any(|(i, word)| {
        let word = word.to_lowercase();
        let restricts = match word.as_str() {
            // "in the provincial capital alone", "income tax alone": a part of the whole;
            // "120 league goals in his career": a whole of which the claim's is a part.
            "aged" | "subgroup" | "subgroups" | "subset" | "alone" | "career" | "lifetime" => true,
            // "The maths pass rate for girls was 69.0%": a group the rate is for.
            "girls" | "boys" | "women" | "females" | "males" => words
                .get(i.wrapping_sub(1))
                .is_some_and(|w| w.eq_ignore_ascii_case("for") || w.eq_ignore_ascii_case("among")),
            // "In the women's race, Wanjiru won in 2 hours 24 minutes".
            "women's" | "girls'" | "girls's" => true,
            // "among the highest" ranks the figure; it names no group.
            "among" => !words
                .get(i + 2)
                .is_some_and(|w| w.ends_with("est") || w.eq_ignore_ascii_case("most")),
            _ => false,
        };
        restricts && !claim_says(&word)
    })
}

/// Where the last run of `in_word` characters at the end of `text` starts: after the
/// last character that is not one, which may take several bytes ("£60m": a match after a
/// pound sign cut inside it and crashed the run).
fn start_of_last_word(text: &str, in_word: impl Fn(char) -> bool) -> usize {
    text.char_indices()
        .rev()
        .find(|&(_, c)| !in_word(c))
        .map_or(0, |(at, c)| at + c.len_utf8())
}

/// Whether the word right before a match that starts at byte `start` of `sentence` narrows
/// what the match names to a kind the claim does not name: "gaming" in "Nvidia's gaming
/// revenue rose 56% to $2.9bn", "services" in "while services inflation eased to 5.7%".
/// Its figure is that kind's, and breaks no claim about the whole.
///
/// Only a lower-case word next to the match counts, and not one the claim's sentence or
/// the pattern says (each part of "fourth-quarter" is said by "the fourth quarter"), nor
/// a word that restricts nothing ("annual inflation", "total revenue"), nor one that is
/// not a modifier: a function word, a reporting verb ("figures showed inflation fell to
/// 3%"), a past participle or an adverb. A missed contradiction costs less than a false one.
fn of_another_kind(claim: &str, pattern: &str, sentence: &str, start: usize) -> bool {
    #[rustfmt::skip]
    const NOT_MODIFIERS: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that",
        "these", "those", "and", "or", "but", "nor", "while", "whereas", "as", "of", "in",
        "on", "at", "for", "to", "by", "with", "from", "than", "when", "where", "if", "after",
        "before", "since", "until", "though", "although", "because", "so", "then", "there",
        "here", "which", "who", "whom", "whose", "what", "how", "why", "is", "are", "was",
        "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "not", "no",
        "also", "only", "all", "both", "each", "every", "some", "any", "many", "much", "more",
        "most", "such", "even", "just", "still", "yet", "again", "now", "says", "said", "say",
        "shows", "show", "showed", "shown", "suggests", "suggest", "means", "mean", "meant",
        "expects", "expect", "thinks", "think", "believes", "believe", "reports", "report",
        "notes", "note", "estimates", "estimate", "finds", "find", "found", "sees", "see",
        "saw", "knows", "know", "knew", "puts", "put", "makes", "make", "made", "keeps",
        "keep", "kept", "gets", "get", "got", "let", "lets", "hit", "hits", "whether", "per",
        "about", "into", "onto", "over", "under", "against", "between", "among", "across",
        "during", "without", "within", "via", "like", "unlike", "despite", "amid", "it",
        "they", "we", "he", "she", "you", "i", "us", "them", "one", "ones", "other", "others",
        "another", "will", "would", "could", "can", "may", "might", "should", "must",
        "shall", "cannot",
    ];
    // Words that describe the measure or the figure, not a part of the whole.
    #[rustfmt::skip]
    const NEUTRAL: &[&str] = &[
        "annual", "annualised", "annualized", "yearly", "quarterly", "monthly", "weekly",
        "daily", "overall", "total", "headline", "official", "latest", "final", "record",
        "average", "median", "whole", "entire", "combined", "current", "actual", "real",
        "nominal", "gross", "underlying", "provisional", "preliminary", "revised", "new",
        "current", "existing", "present", "national", "federal", "statutory", "standard",
        // Where, not which kind: "nearby Tallow Moor Reservoir was at 52%" (trial 122).
        "nearby", "neighbouring", "neighboring",
    ];
    let Some(before) = sentence.get(..start) else {
        return false;
    };
    // The match starts a word, right after a space.
    if !before.ends_with(' ') {
        return false;
    }
    let before = &before[..before.len() - 1];
    let word_start = start_of_last_word(before, |c| c.is_alphanumeric() || c == '-');
    let word = &before[word_start..];
    // The sentence's first word is capitalized: "Youth unemployment fell to 14.1%" narrows
    // as "youth" would. (Only a word in lower case after its capital: "US inflation" may be
    // a place, and the place rule reads those.)
    #[rustfmt::skip]
    const OPENERS: &[&str] = &[
        "last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "meanwhile",
        "however", "instead", "nationally", "nationwide", "globally", "elsewhere",
        "separately", "similarly", "likewise", "thus", "hence", "therefore", "indeed",
        "already", "first", "second", "third", "finally", "new", "recent", "overall",
    ];
    let opening = word_start == 0 && {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase())
    };
    let lowered = opening.then(|| word.to_lowercase());
    if lowered
        .as_deref()
        .is_some_and(|w| OPENERS.contains(&w) || said_by(claim, word))
    {
        return false;
    }
    let word = lowered.as_deref().unwrap_or(word);
    let preceded = before[..word_start].chars().next_back();
    let lower_letters = word.len() >= 3
        && word.chars().all(|c| c.is_lowercase() || c == '-')
        && !word.starts_with('-')
        && !word.ends_with('-');
    // A word after a possessive or an opening ("Nvidia's gaming", "while services") or at
    // the start; not a word inside a quotation or glued to punctuation.
    if !lower_letters || preceded.is_some_and(|c| c != ' ') {
        return false;
    }
    // (A number word counts the thing, it names no kind of it: "the eight cranes".)
    if NOT_MODIFIERS.contains(&word) || NEUTRAL.contains(&word) || numbers::is_number_word(word) {
        return false;
    }
    if word.ends_with("ed") || word.ends_with("ly") {
        return false;
    }
    // "disputed the figure, saying uptake was closer to 70%": a verb of saying or showing
    // starts a clause; it names no kind.
    #[rustfmt::skip]
    const SAYING_ING: &[&str] = &[
        "saying", "claiming", "arguing", "insisting", "noting", "adding", "suggesting",
        "showing", "estimating", "reporting", "warning", "stating", "putting", "meaning",
        "explaining", "confirming", "admitting", "telling", "predicting", "projecting",
    ];
    if SAYING_ING.contains(&word) {
        return false;
    }
    // "the highest temperature recorded": a superlative ranks the figure, it names no kind.
    // (Not "west", "rest", "interest", "forest": a short stem before "est".)
    let superlative = [
        "highest",
        "lowest",
        "largest",
        "biggest",
        "smallest",
        "hottest",
        "coldest",
        "warmest",
        "wettest",
        "driest",
        "longest",
        "shortest",
        "fastest",
        "slowest",
        "greatest",
        "latest",
        "earliest",
        "deepest",
        "strongest",
        "heaviest",
        "busiest",
        "worst",
        "best",
        "most",
        "least",
    ]
    .contains(&word);
    if superlative {
        return false;
    }
    // "the same day Brindley recorded 37.6C", "That week Brindley recorded": a time, not
    // a kind.
    #[rustfmt::skip]
    const TIMES: &[&str] = &[
        "day", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
        "season", "time", "hour",
    ];
    #[rustfmt::skip]
    const TIME_DETERMINERS: &[&str] = &[
        "same", "that", "this", "next", "following", "previous", "each", "every", "one",
    ];
    let time_before = || {
        words_of(&before[..word_start])
            .last()
            .is_some_and(|w| TIME_DETERMINERS.contains(&w.to_lowercase().as_str()))
    };
    if TIMES.contains(&word) && time_before() {
        return false;
    }
    let claim_says =
        |word: &str| said_by(claim, word) || words_of(claim).any(|w| w.eq_ignore_ascii_case(word));
    // A compound the claim says names its head too: "earthquake" says "quake".
    let claim_names = |head: &str| {
        claim_says(head)
            || (head.len() >= 4
                && words_of(claim).any(|w| {
                    w.len() > head.len() && w.to_lowercase().ends_with(&head.to_lowercase())
                }))
    };
    // The match opens with a noun the claim names, which the word narrows: "gaming
    // revenue" against a claim about revenue. Before a verb the word is the subject ("the
    // trial enrolled 25,654"), and before a noun the claim does not name there is nothing
    // to narrow.
    let head = sentence[start..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let head_lower = head.to_lowercase();
    let verb_like = head_lower.ends_with("ed")
        || IRREGULAR_PAST.contains(&head_lower.as_str())
        || NOT_MODIFIERS.contains(&head_lower.as_str());
    if head.is_empty() || verb_like || !claim_names(head) {
        return false;
    }
    let pattern = pattern.to_lowercase();
    !word
        .split('-')
        .all(|part| claim_says(part) || pattern.contains(part))
}

/// Whether the match at byte `start` of `sentence` follows an owner that neither the
/// claim's sentence nor the pattern names, when the claim's sentence has an owner of its
/// own ("Meridia's economy grew 1.8%", "Valdorian employers added 48,000 jobs"): a
/// possessive name or a demonym right before it ("Ostrava's economy grew", "the Ostrian
/// economy grew"), or opening the two words before it ("Ostrian employers added 9,000
/// jobs").
fn another_owner(claim: &str, pattern: &str, sentence: &str, start: usize) -> bool {
    let possessive = |word: &str| -> Option<String> {
        let name = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("s'"))?;
        let mut chars = name.chars();
        (chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_alphabetic))
            .then(|| name.to_string())
    };
    let owner = |word: &str| possessive(word).or_else(|| demonym(word).then(|| word.to_string()));
    if !words_of(claim).any(|w| owner(w).is_some()) {
        return false;
    }
    let Some(before) = sentence.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let mut words = before.rsplit(' ');
    let last = words.next().unwrap_or("");
    // "Ostrian employers added": the owner and its noun, in the clause; not a possessive
    // inside a name ("Hartwell Children's Trust paid …": trial 64), whose next word is
    // capitalized (an acronym, "Britain's NHS", is still an owner's noun).
    let noun = last.chars().all(char::is_alphabetic)
        && (!last.starts_with(char::is_uppercase) || last.chars().all(|c| c.is_uppercase()));
    let second = words.next().filter(|_| noun).unwrap_or("");
    let Some(name) = owner(last).or_else(|| owner(second)) else {
        return false;
    };
    !named_by(claim, &pattern.to_lowercase(), &name)
        && !words_of(claim).any(|w| owner(w).is_some_and(|o| o.eq_ignore_ascii_case(&name)))
}

/// Whether `word` looks like a demonym: capitalized, of letters, ending as "Ostrian",
/// "Japanese", "Danish" do (not a word that only looks so: "Human", "Median").
fn demonym(word: &str) -> bool {
    const NOT: &[&str] = &[
        "human", "median", "veteran", "urban", "organ", "began", "than",
    ];
    word.chars().count() >= 5
        && word.starts_with(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && ["ian", "an", "ese", "ish"]
            .iter()
            .any(|end| word.ends_with(end))
        && !NOT.contains(&word.to_lowercase().as_str())
}

/// Whether the claim's sentence or the pattern (`pattern_lower`, lower-cased) names
/// `name`: the rules that set a figure aside for someone, somewhere or something else ask
/// it of the name they found.
fn named_by(claim: &str, pattern_lower: &str, name: &str) -> bool {
    said_by(claim, name)
        || words_of(claim).any(|w| w.eq_ignore_ascii_case(name))
        || pattern_lower.contains(&name.to_lowercase())
}

/// A prefix glued with a hyphen to a word the pattern spells, inside a match, that the
/// pattern does not spell and that changes what the word says: an ordinal ("second-highest"
/// is not the highest) or a negating or time prefix ("non-binding", "ex-president").
fn glued_prefix<'m>(matched: &'m str, spelling: &Spelling) -> Option<&'m str> {
    #[rustfmt::skip]
    const PREFIXES: &[&str] = &[
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "non", "anti", "ex", "semi", "near", "pseudo", "quasi", "un", "pre", "post", "vice",
        "former",
    ];
    matched.match_indices('-').find_map(|(at, _)| {
        let before = &matched[..at];
        let start = start_of_last_word(before, char::is_alphabetic);
        let prefix = &before[start..];
        // Not the match's first word: a match that starts after a prefix ("non-binding"
        // under `binding`) is the scanner's to judge, and "Russia-North Korea" is a pair.
        let word: String = matched[at + 1..]
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        (start > 0
            && PREFIXES.contains(&prefix.to_lowercase().as_str())
            && !spelling.spells(prefix)
            && !word.is_empty()
            && spelling.spells_start(&word))
        .then(|| &matched[start..at + 1 + word.len()])
    })
}

/// Verbs in the past that do not end in "-ed", for telling a subject before a verb from a
/// modifier before a noun.
#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "won", "lost", "rose", "fell", "grew", "cut", "hit", "cost", "costs", "took", "made",
    "paid", "sold", "gave", "put", "set", "shot", "saw", "met", "led", "left", "kept", "held",
    "brought", "bought", "began", "came", "went", "ran", "spent", "sent", "built", "became",
    "beat", "drew", "stood", "struck", "told", "wrote", "found", "got", "had", "did", "was",
    "were", "is", "are", "has", "have", "kills", "wins", "rises", "falls", "grows", "reaches",
    "tops", "says", "shows",
];

/// Whether the figure at `figure` is counted in a place that neither the claim's sentence
/// nor the pattern names: "in" or "at" a capitalized name follows the figure's noun
/// ("Norvik recalled 85,000 SUVs in Canada", "killed 412 people in Darsa", "cut 310 jobs
/// at its Rotherham mill"), or, when the claim's
/// own sentence names a place ("in the 2025 Norrmark election"), the sentence opens with
/// "In" another ("In neighbouring Sundby, the Greens won 12 seats"). A place further on
/// ("40 countries signed the treaty in Geneva") or an opening one against a claim that
/// names none ("In Geneva, 40 countries signed") is where it happened, not what was
/// counted; so is an opening place in a sentence that reports someone ("In Seoul, officials
/// said …").
fn of_another_place(claim: &str, pattern: &str, sentence: &str, figure: Range<usize>) -> bool {
    let Some(clause) = clause_of(sentence, figure.clone()) else {
        return false;
    };
    let pattern = pattern.to_lowercase();
    let unnamed = |name: &str| !named_by(claim, &pattern, name);
    // The figure's noun, then "in" and the place: "85,000 SUVs in Canada".
    let after = &sentence[figure.end..clause.end];
    let after: Vec<&str> = words_of(after.split(" - ").next().unwrap_or("")).collect();
    // Or "at" a site: "cut 310 jobs at its Rotherham rolling mill", "at the Port Talbot
    // plant" is another site's figure than the claim's Redcar Vale steelworks.
    // ("Across" a region a word further: "1,940 people sleeping rough across the wider
    // Kelsford and Dale region", trial 175; "in" no further, since a fourth word is often
    // another phrase: "fined £2,000 for fly-tipping in Ashcombe Lane".)
    let in_place_after = after.iter().take(4).enumerate().any(|(i, w)| {
        (PLACE_PREPOSITIONS.contains(w) && (i < 3 || !["in", "at"].contains(w)))
            && another_place_run(&after[i + 1..], &unnamed, claim, &pattern).is_some()
    });
    if in_place_after {
        return true;
    }
    // "US murders in big cities fell 20%", "rose 5% in rural counties", "in the capital":
    // a part of the country the clause restricts the figure to.
    #[rustfmt::skip]
    const AREAS: &[&str] = &[
        "cities", "city", "counties", "areas", "regions", "districts", "towns", "states",
        "provinces", "suburbs", "capital", "countryside", "villages", "neighbourhoods",
        "neighborhoods", "boroughs", "municipalities", "parts",
    ];
    #[rustfmt::skip]
    const AREA_WORDS: &[&str] = &[
        "the", "some", "many", "most", "several", "big", "large", "larger", "small",
        "smaller", "rural", "urban", "poorer", "richer", "coastal", "northern", "southern",
        "eastern", "western", "inner", "outer", "major", "other", "certain", "deprived",
    ];
    let clause_words: Vec<&str> = words_of(&sentence[clause.clone()]).collect();
    let restricted = clause_words.iter().enumerate().any(|(i, w)| {
        *w == "in"
            && clause_words[i + 1..]
                .iter()
                .take(3)
                .find(|w| !AREA_WORDS.contains(&w.to_lowercase().as_str()))
                .is_some_and(|area| AREAS.contains(area) && unnamed(area))
    });
    restricted || of_another_place_than_the_claims(claim, &pattern, sentence, figure, clause, true)
}

/// Whether `before` (text up to a point of its sentence) leaves an aside open there: an odd
/// number of commas, the last of which opened one ("its chief executive, Margaret
/// Ellison" before ", turned down"; "Hannah Pryce, the director of Greenmoor" before ",
/// denied").
fn opens_an_aside(before: &str) -> bool {
    before.matches(',').count() % 2 == 1
}

/// Whether capitalized `word` is a day or a month ("Saturday", "March"), or "Today",
/// "Yesterday", "Tomorrow": a time, whose possessive names no place.
fn a_time_word(word: &str) -> bool {
    MONTHS.contains(&word)
        || DAYS.contains(&word)
        || ["Today", "Yesterday", "Tomorrow", "Tonight"].contains(&word)
}

/// The place `of_another_place` found, for the why: the first capitalized run after "in"
/// or "at" in the figure's clause (or its possessive owner, or a place's area word: "in big
/// cities") that neither the claim nor the pattern names. `None` when none reads so.
fn place_named(claim: &str, pattern: &str, sentence: &str, figure: Range<usize>) -> Option<String> {
    let clause = clause_of(sentence, figure.clone())?;
    let pattern = pattern.to_lowercase();
    let unnamed = |name: &str| !named_by(claim, &pattern, name);
    // The opening phrase too: "In Scotland, Labour won 35.3%".
    let from = opening_phrase(sentence, figure.start)
        .and_then(|opening| sentence.find(opening))
        .map_or(clause.start, |at| at.min(clause.start));
    let words: Vec<&str> = words_of(&sentence[from..clause.end]).collect();
    let place = words.iter().enumerate().find_map(|(i, w)| {
        if let Some(owner) = w.strip_suffix("'s") {
            let capital = owner.starts_with(char::is_uppercase)
                && owner.chars().all(char::is_alphabetic)
                && !a_time_word(owner);
            if capital && unnamed(owner) {
                return Some(owner.to_string());
            }
        }
        if !PLACE_PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p)) {
            return None;
        }
        another_place_run(&words[i + 1..], &unnamed, claim, &pattern).map(|run| run.join(" "))
    });
    // Else a people's name before the figure: "Irish cinema admissions were 121.3 million"
    // (trial 138: the why named no place).
    place.or_else(|| {
        words_of(&sentence[from..figure.start.max(from)])
            .find(|w| demonym(w) && unnamed(w))
            .map(str::to_string)
    })
}

/// The place `words` (what follows "in", "at", "across" or "throughout") name, as the run
/// of capitalized words (and numbers) from `place_in`'s, when it is another place: `unnamed`
/// by the claim and the pattern (`pattern_lower`), every word of it, or two names joined by
/// "and" that neither says together ("Kelsford and Dale"), and no venue of a ruling or an
/// event ("fined £3.8m at Ipswich Crown Court", trial 110; "at the 2025 PDC World Darts
/// Championship", which the claim names).
fn another_place_run<'w>(
    words: &[&'w str],
    unnamed: &dyn Fn(&str) -> bool,
    claim: &str,
    pattern_lower: &str,
) -> Option<Vec<&'w str>> {
    #[rustfmt::skip]
    const VENUES: &[&str] = &[
        "Court", "Tribunal", "Inquiry", "Inquest", "Championship", "Championships", "Cup",
        "Games", "Festival", "Awards", "Conference", "Open", "Trophy", "Final", "Finals",
    ];
    let name = place_in(words)?;
    let capitalized = |w: &&str| w.starts_with(char::is_uppercase);
    let mut run: Vec<&str> = words
        .iter()
        .skip_while(|w| **w != name)
        .take_while(|w| capitalized(w) || w.bytes().all(|b| b.is_ascii_digit()))
        .copied()
        .collect();
    // "across the wider Kelsford and Dale region" (trial 175): two places joined are a
    // larger one than either, and its own name, unless the claim names them together
    // ("in England and Wales").
    let at = words.iter().position(|w| *w == name).unwrap_or(0) + run.len();
    if words.get(at) == Some(&"and") && words.get(at + 1).is_some_and(capitalized) {
        let second: Vec<&str> = words[at + 1..]
            .iter()
            .take_while(|w| capitalized(w))
            .copied()
            .collect();
        let joined = format!("{} and {}", run.join(" "), second.join(" ")).to_lowercase();
        if !claim.to_lowercase().contains(&joined) && !pattern_lower.contains(&joined) {
            run.push("and");
            run.extend(second);
            return (!run.iter().any(|w| VENUES.contains(w))).then_some(run);
        }
    }
    (run.iter().all(|w| unnamed(w)) && !run.iter().any(|w| VENUES.contains(w))).then_some(run)
}

/// The words that call a figure the nation's.
const NATIONAL: &[&str] = &["national", "nationally", "nationwide", "countrywide"];

/// Whether the claim names its place "in" or "at" places none of which may be a nation
/// ("in Ashby"; not "in England …, the highest in Europe", nor "in the United Kingdom"),
/// and neither it nor the pattern says "national" or "country": a figure called the
/// nation's is then another place's. (A nation not listed keeps its national figures: a
/// missed set-aside reads a contradiction, the safer side of a list that cannot be whole.)
fn names_a_place_within_a_nation(claim: &str, pattern: &str) -> bool {
    #[rustfmt::skip]
    const NATIONS: &[&str] = &[
        "England", "Scotland", "Wales", "Britain", "UK", "US", "USA", "America", "Ireland",
        "France", "Germany", "Spain", "Italy", "Japan", "China", "India", "Canada",
        "Australia", "Russia", "Ukraine", "Korea", "United", "Great", "Northern", "New",
        "Netherlands", "Brazil", "Europe", "EU", "Bank", "Kingdom",
    ];
    if NATIONAL
        .iter()
        .chain(&["country"])
        .any(|n| named_by(claim, pattern, n))
    {
        return false;
    }
    let words: Vec<&str> = words_of(claim).collect();
    let places: Vec<&str> = (0..words.len())
        .filter(|&i| words[i].eq_ignore_ascii_case("in") || words[i].eq_ignore_ascii_case("at"))
        .filter_map(|i| place_in(&words[i + 1..]))
        .collect();
    !places.is_empty()
        && places
            .iter()
            .all(|place| !NATIONS.iter().any(|n| place.starts_with(n)))
}

/// The rules of `of_another_place` for a claim that names a place ("in Westminster",
/// "Kelmouth's", "UK"): an opening "In X," names another place, or (with `owners`) the
/// figure's clause has another name's possessive or a people's name before it. The
/// opening is read for a figure that meets the claim too ("In Camden, phone thefts rose
/// by 40%, while Westminster saw a smaller rise" is Camden's 40%); owners are not, as
/// "British net migration" or "Ravensworth University's offer rate" may well be the
/// claim's subject under another name, and a place after the figure ("in Canada") would
/// set aside too much: a claim that names no place may be about that one.
fn of_another_place_than_the_claims(
    claim: &str,
    pattern: &str,
    sentence: &str,
    figure: Range<usize>,
    clause: Range<usize>,
    owners: bool,
) -> bool {
    // The words of the figure's clause before it.
    let before: Vec<&str> =
        words_of(sentence.get(clause.start..figure.start).unwrap_or("")).collect();
    // "In Sunderland, 69% of pupils met the standard, below the national figure of 74%":
    // a figure its own clause calls the nation's is not the opening place's.
    let nations = before
        .iter()
        .any(|w| NATIONAL.iter().any(|n| n.eq_ignore_ascii_case(w)));
    if nations {
        // But the nation's figure is no town's or county's: "The national average
        // processing time for new claims was 19 days" against a claim about Ashby's
        // (trial 128), for a figure that does not meet the claim. (In lower case: "the
        // Office for National Statistics" names who counted, not what.)
        // ("national" before the figure's own measure, within two words: "the national
        // average processing time"; not "a national newspaper found that …"; and no name
        // of the claim's place in the clause: "Ashby missed the national target as …".)
        const MEASURES: &[&str] = &[
            "average", "figure", "rate", "total", "level", "median", "mean", "norm",
        ];
        let national = before.iter().enumerate().any(|(i, w)| {
            *w == "national"
                && before[i + 1..]
                    .iter()
                    .take(2)
                    .any(|m| MEASURES.contains(&m.to_lowercase().as_str()))
        });
        let names_the_claims_place = before
            .iter()
            .any(|w| w.starts_with(char::is_uppercase) && named_by(claim, pattern, w));
        return owners
            && national
            && !names_the_claims_place
            && names_a_place_within_a_nation(claim, pattern);
    }
    let unnamed = |name: &str| !named_by(claim, pattern, name);
    let claim_words: Vec<&str> = words_of(claim).collect();
    // "in Kelmouth", or a possessive name: "Kelmouth's PM2.5 averaged 14".
    // (A day's or a month's is a time: "in Saturday's final", trial 169.)
    let possessive = |w: &&str| {
        w.strip_suffix("'s").is_some_and(|name| {
            name.starts_with(char::is_uppercase)
                && name.chars().all(char::is_alphabetic)
                && !a_time_word(name)
        })
    };
    // "The average UK wheat yield", "British exports": a country's or a people's name
    // before a noun.
    // (Of three letters, a country's only: "PDC" is a darts body, trial 110.)
    let national = |w: &&str| {
        let acronym = w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase())
            || ["USA", "UAE", "DRC", "PRC", "ROK"].contains(w);
        #[rustfmt::skip]
        const PEOPLES: &[&str] = &["French", "Dutch", "German", "American", "Mexican", "Greek", "Thai", "Welsh"];
        let people = w.starts_with(char::is_uppercase)
            && (["ish", "ese", "ian", "ean"]
                .iter()
                .any(|end| w.ends_with(end))
                || PEOPLES.contains(w));
        acronym || people
    };
    // "in England and Wales", "the prison population of England and Wales" (a name right
    // after "of": "of the second MMR dose" names no place).
    let place_after = |i: usize| -> Option<&str> {
        let w = claim_words[i];
        let next = claim_words.get(i + 1)?;
        // ("at" a named site too: "The drop-out rate at Kelsey University", trial 123.)
        if w.eq_ignore_ascii_case("in") || w.eq_ignore_ascii_case("at") {
            place_in(&claim_words[i + 1..])
        } else if w.eq_ignore_ascii_case("of")
            && next.starts_with(char::is_uppercase)
            && next.chars().any(char::is_lowercase)
        {
            place_in(&claim_words[i + 1..i + 2])
        } else {
            None
        }
    };
    let claim_names_a_place = (0..claim_words.len()).any(|i| place_after(i).is_some())
        || claim_words.iter().any(possessive)
        || claim_words.iter().any(national);
    // The verbs of reporting the engine reads elsewhere, and the nouns and phrases that
    // report too ("according to", "official estimates").
    // (Before the figure: "In Seoul, officials said …" is where it was said, but "In Wales,
    // the heatwave was linked to 160 excess deaths, Public Health Wales said" is Wales's.)
    let reports = words_of(&sentence[..figure.start]).any(|w| {
        REPORTING_VERBS.contains(&w)
            || ["according", "reports", "claims", "estimated", "estimates"].contains(&w)
    });
    // "In neighbouring Dunmore, coverage reached 78%, while Harlow Vale lagged at 69%":
    // the figure's own clause names the claim's place, which the opening does not govern.
    // (A possessive name in the claim is its place too: "Harrowfield's allotment waiting
    // list".)
    // (The whole possessive name, the organisation's word aside: "Kelsey University's"
    // gives "Kelsey", trial 123; "Northgate Sixth Form College's" gives "Northgate",
    // "Sixth" and "Form", trial 127.)
    let possessive_names = claim_words
        .iter()
        .enumerate()
        .filter(|(_, w)| possessive(w))
        .flat_map(|(i, _)| {
            let run = claim_words[..=i]
                .iter()
                .rev()
                .take_while(|w| w.starts_with(char::is_uppercase))
                .count();
            claim_words[i + 1 - run..=i]
                .iter()
                .map(|w| w.trim_end_matches("'s"))
        })
        .filter(|w| !ORGANISATIONS.contains(w));
    let claim_places: Vec<&str> = (0..claim_words.len())
        .filter_map(place_after)
        .chain(possessive_names)
        .collect();
    // (With the clause a phrase opening with "with" or "including" hangs on: "In Dunford,
    // Northgate Sixth Form College did better than the national figure, with a pass rate
    // of 98.5%", trial 127.)
    let hangs_on = sentence[..clause.start].trim_end().ends_with(',')
        && words_of(&sentence[clause.clone()])
            .next()
            .is_some_and(|w| ["with", "including"].contains(&w));
    // (Its words up to a comparison only: "Eastfield College did better than Northgate,
    // with …" is Eastfield's.)
    let hung_on = hangs_on
        .then(|| {
            let before = sentence[..clause.start].trim_end().strip_suffix(',')?;
            let from = before.rfind([',', ';', ':']).map_or(0, |at| at + 1);
            let own = &before[from..];
            let compared = [" than ", " unlike ", " compared "]
                .iter()
                .filter_map(|w| own.find(w))
                .min()
                .unwrap_or(own.len());
            Some(&own[..compared])
        })
        .flatten()
        .unwrap_or("");
    if words_of(&sentence[clause.clone()])
        .chain(words_of(hung_on))
        .any(|w| claim_places.contains(&w.trim_end_matches("'s")))
    {
        return false;
    }
    // "Scotland's prison population rose to 8,300" against a claim about England and
    // Wales: a name the claim does not say owns the clause's figure.
    // So is a people's name: "Scottish councils filled about 240,000 potholes" (not one
    // the claim names as its place: "English" for "England").
    let same_stem = |w: &str| {
        claim_words.iter().any(|c| {
            c.starts_with(char::is_uppercase)
                && c.len() >= 4
                && w.len() >= 4
                && c.get(..4)
                    .zip(w.get(..4))
                    .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
        })
    };
    // (Not a people's name that opens an organisation's, "Figures from the British Film
    // Institute show UK cinema admissions …", trial 138; nor the people of the claim's
    // country under its short name, "British" for "UK".)
    let opens_an_organisation = |i: usize| {
        before[i + 1..]
            .iter()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .last()
            .is_some_and(|w| ORGANISATIONS.contains(w))
    };
    let of_the_claims_nation = |w: &str| {
        const NATIONS: &[(&str, &[&str])] = &[
            ("British", &["UK", "Britain"]),
            ("American", &["US", "USA", "America"]),
        ];
        NATIONS
            .iter()
            .any(|(people, names)| *people == w && claim_words.iter().any(|c| names.contains(c)))
    };
    let owned_by_another = before.iter().enumerate().any(|(i, w)| {
        possessive(w) && unnamed(w.trim_end_matches("'s")) && !a_sources_work(w, before.get(i + 1))
            || demonym(w)
                && unnamed(w)
                && !same_stem(w)
                && !opens_an_organisation(i)
                && !of_the_claims_nation(w)
    });
    // "Homes in Northern Ireland had a median download speed of 81.3Mbit/s" against a
    // claim about the UK: "in" another place before the figure, in its clause, or in the
    // clause a phrase opening with "with" or "including" hangs on ("Broadband speeds in
    // Northern Ireland outpaced the rest of the UK, with a median … of 81.3Mbit/s"; trial
    // 87).
    let hung = sentence[..clause.start].trim_end().ends_with(',')
        && words_of(&sentence[clause.clone()])
            .next()
            .is_some_and(|w| ["with", "including"].contains(&w));
    let from = match hung {
        true => clause_of(
            sentence,
            clause.start.saturating_sub(2)..clause.start.saturating_sub(1),
        )
        .map_or(clause.start, |before| before.start),
        false => clause.start,
    };
    let before_figure: Vec<&str> = words_of(&sentence[from..figure.start.max(from)]).collect();
    let in_another_place = before_figure
        .iter()
        .enumerate()
        .any(|(i, w)| *w == "in" && place_in(&before_figure[i + 1..]).is_some_and(unnamed));
    if owners && claim_names_a_place && (owned_by_another || in_another_place) {
        return true;
    }
    let Some(opening) =
        opening_phrase(sentence, figure.start).or_else(|| place_opening(sentence, figure.start))
    else {
        return false;
    };
    let opening: Vec<&str> = words_of(opening).collect();
    claim_names_a_place
        && !reports
        && opening.first().is_some_and(|w| {
            ["In", "Across", "Throughout"].contains(w)
                // "At Tynedale University, …" (trial 123); not "At Christmas".
                || *w == "At"
                    && opening[1..]
                        .iter()
                        .take_while(|w| w.starts_with(char::is_uppercase))
                        .count()
                        >= 2
        })
        && place_in(&opening[1..]).is_some_and(unnamed)
}

/// An opening "In" or "At" and the capitalized words after it, with no comma after them,
/// before `at`: "At Tynedale University the drop-out rate was 9.4%" (trial 123).
fn place_opening(sentence: &str, at: usize) -> Option<&str> {
    let rest = sentence
        .strip_prefix("In ")
        .or_else(|| sentence.strip_prefix("At "))?;
    // (Through a word of nearness: "In neighbouring Eastvale the average weekly fee was
    // £1,310", trial 190.)
    let near = NEARNESS
        .iter()
        .find(|w| rest.starts_with(**w))
        .map_or(0, |w| w.len());
    let words: usize = rest[near..]
        .split(' ')
        .take_while(|w| w.starts_with(char::is_uppercase) && !w.ends_with(','))
        .map(|w| w.len() + 1)
        .sum();
    let end = 3 + near + words.saturating_sub(1);
    (words > 0 && end < at).then(|| &sentence[..end])
}

/// Whether possessive `owner` and the word after it (`work`) are an organisation's figures
/// or analysis, a source rather than an owner: "while the Nuffield Trust's analysis put the
/// number at 31.9 million" (trial 116) gives a rival figure for the claim's own place, not
/// the Trust's.
fn a_sources_work(owner: &str, work: Option<&&str>) -> bool {
    let owner = owner.trim_end_matches("'s");
    ORGANISATIONS.contains(&owner)
        && work.is_some_and(|w| {
            SOURCE_NOUNS.contains(w) || ["estimate", "calculations", "modelling"].contains(w)
        })
}

/// Whether the claim names a span of years ("from 2021 to 2027", "2021-27", "between 2021
/// and 2027") and the figure's sentence, up to the end of the figure's clause, names
/// another: the last span before the figure, else the first after it in the clause.
fn of_another_span(claim: &str, sentence: &str, figure: Range<usize>) -> bool {
    // A span needs "to", "and" or a dash between its years, in both.
    let may_span = |text: &str| {
        text.contains(" to ") || text.contains(" and ") || text.contains('-') || text.contains('–')
    };
    if !may_span(claim) || !may_span(sentence) {
        return false;
    }
    let Some(claimed) = year_spans(claim).first().map(|(span, _)| *span) else {
        return false;
    };
    let Some(clause) = clause_of(sentence, figure.clone()) else {
        return false;
    };
    let spans = year_spans(&sentence[..clause.end.max(figure.end)]);
    // The figure's own clause first: in "a loss of £12.4m in 2022-23, and a loss of
    // £15.1m in 2023-24", the £15.1m is 2023-24's.
    let in_clause = |at: &usize| clause.start <= *at;
    // "rose from £48.6m in 2022-23 to £53.9m in 2023-24" (trial 113): the figure a change
    // goes to is dated by what follows it, not by the "from" phrase's span.
    let before = sentence[..figure.start]
        .trim_end_matches(CURRENCY_SIGNS)
        .trim_end();
    // (The clause starts after a "from" that opens it, so look from just before it.)
    let changed_to = before.ends_with(" to")
        && before[clause
            .start
            .saturating_sub(" from ".len())
            .min(before.len())..]
            .contains("from ");
    let after = spans.iter().find(|(_, at)| *at >= figure.end);
    let stated = match (changed_to, after) {
        (true, Some(after)) => Some(after),
        _ => spans
            .iter()
            .rfind(|(_, at)| in_clause(at) && *at < figure.start)
            .or(after)
            .or_else(|| spans.iter().rfind(|(_, at)| *at < figure.start)),
    }
    .map(|(span, _)| *span);
    stated.is_some_and(|stated| stated != claimed)
}

/// The spans of years in `text`, each with where it starts: "from 2015 to 2021", "2015 to
/// 2021", "between 2015 and 2021", "2015-2021", "2015-21" (a hyphen or a dash).
fn year_spans(text: &str) -> Vec<((u32, u32), usize)> {
    let year = |w: &str| -> Option<u32> { crate::scan::is_year(w).then(|| w.parse().ok())? };
    // Words with where each starts, punctuation around them trimmed.
    let mut words: Vec<(&str, usize)> = Vec::new();
    let mut at = 0;
    for word in text.split(' ') {
        let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '–');
        let lead = word.find(trimmed).unwrap_or(0);
        words.push((trimmed, at + lead));
        at += word.len() + 1;
    }
    let mut spans = Vec::new();
    for (i, &(word, start)) in words.iter().enumerate() {
        // "2015-2021", "2021-27", "2021–27".
        if let Some((first, second)) = word.split_once(['-', '–']) {
            if let (Some(from), true) = (year(first), second.bytes().all(|b| b.is_ascii_digit())) {
                let to = match second.len() {
                    4 => second.parse().ok(),
                    2 => second.parse::<u32>().ok().map(|yy| from / 100 * 100 + yy),
                    _ => None,
                };
                if let Some(to) = to.filter(|&to| to > from) {
                    spans.push(((from, to), start));
                }
            }
            continue;
        }
        let Some(from) = year(word) else { continue };
        let joined = words.get(i + 1).map(|(w, _)| w.to_lowercase());
        let to = words.get(i + 2).and_then(|(w, _)| year(w));
        let before = i.checked_sub(1).map(|p| words[p].0.to_lowercase());
        let span = match (before.as_deref(), joined.as_deref(), to) {
            (Some("between"), Some("and"), Some(to)) => Some(to),
            (_, Some("to" | "until"), Some(to)) => Some(to),
            _ => None,
        };
        if let Some(to) = span.filter(|&to| to > from) {
            let start = match before.as_deref() {
                Some("between" | "from") => words[i - 1].1,
                _ => start,
            };
            spans.push(((from, to), start));
        }
    }
    spans
}

/// Whether the figure at `figure` in `sentence` is given as provisional ("Provisional
/// figures had put nitrogen dioxide at 35", "a preliminary estimate of 35"): a word of its
/// clause before it that the pattern does not spell says so.
fn provisional(pattern: &str, sentence: &str, figure: Range<usize>) -> bool {
    const PROVISIONAL: &[&str] = &["provisional", "provisionally", "preliminary"];
    if !sentence.contains("rovisional") && !sentence.contains("reliminary") {
        return false;
    }
    says_before_in_its_clause(pattern, sentence, figure, PROVISIONAL)
}

/// Whether the clause of `figure` in `sentence` says one of `words` before it, which
/// `pattern` does not spell.
fn says_before_in_its_clause(
    pattern: &str,
    sentence: &str,
    figure: Range<usize>,
    words: &[&str],
) -> bool {
    let Some(clause) = clause_of(sentence, figure.clone()) else {
        return false;
    };
    let pattern = pattern.to_lowercase();
    let before = &sentence[clause.start..figure.start.max(clause.start)];
    words_of(before).any(|w| {
        let w = w.to_lowercase();
        words.contains(&w.as_str()) && !pattern.contains(&w)
    })
}

/// Whether the figure at `figure` of `sentence` is an original one that the sentence
/// goes on to change: "originally" or "initially" before it in its clause (and not in the
/// pattern), and after it a verb of changing a figure with "to" and a figure ("was
/// originally for 18 turbines but was cut to 14", "initially budgeted at £4m, before being
/// raised to £5.2m"). The figure after "to" is the one the sentence states.
fn changed_since(pattern: &str, sentence: &str, figure: Range<usize>) -> bool {
    const ORIGINAL: &[&str] = &["originally", "initially"];
    // Besides `negation::CHANGING`'s. (Not `negation::REVISED`'s: the revision rules read
    // "initially reported £6.5bn, but later restated the figure to £6.8bn" already, and
    // show the £6.5bn as broken, then revised.)
    #[rustfmt::skip]
    const CHANGED: &[&str] = &[
        "cut", "reduced", "increased", "trimmed", "scaled", "pared", "slashed", "expanded",
        "extended", "changed", "doubled", "halved",
    ];
    if !sentence.contains("riginally") && !sentence.contains("nitially") {
        return false;
    }
    if !says_before_in_its_clause(pattern, sentence, figure.clone(), ORIGINAL) {
        return false;
    }
    // "… but was cut to 14", "…, before being raised to £5.2m": the verb, up to two words
    // ("back", "down", "up"), "to", then a figure.
    let after: Vec<&str> = sentence[figure.end..].split_whitespace().collect();
    after.iter().enumerate().any(|(i, word)| {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        (CHANGED.contains(&word.as_str()) || negation::CHANGING.contains(&word.as_str()))
            && after[i + 1..].iter().take(3).enumerate().any(|(j, w)| {
                *w == "to"
                    && after.get(i + 2 + j).is_some_and(|next| {
                        next.trim_start_matches(CURRENCY_SIGNS)
                            .starts_with(|c: char| c.is_ascii_digit())
                    })
            })
    })
}

/// Whether part `hit` lies in a sentence before every other part's (read across
/// sentences).
fn in_a_sentence_before_the_others(parts: &[&Hit], hit: &Hit) -> bool {
    parts.iter().all(|p| p.sentence >= hit.sentence)
        && parts.iter().any(|p| p.sentence > hit.sentence)
}

/// Whether the figure's part `hit` lies in a sentence before every other part's (read
/// across sentences), and that sentence names a place or a party of its own that neither
/// the claim's sentence nor the pattern names: "at Tilbury", "in Bramley", or a name of two
/// capitalized words that opens it ("Ashdown Council voted to close nine libraries, saving
/// £1.3m a year. Neighbouring Thornbury, …"). A statement across sentences names its
/// subject first; a figure before the subject's sentence is another's when its sentence
/// says whose.
fn before_its_subject(
    claim: &str,
    pattern: &str,
    parts: &[&Hit],
    hit: &Hit,
    sentence: &str,
) -> bool {
    if !in_a_sentence_before_the_others(parts, hit) {
        return false;
    }
    let pattern_lower = pattern.to_lowercase();
    let unnamed = |name: &str| !named_by(claim, &pattern_lower, name);
    let words: Vec<&str> = words_of(sentence).collect();
    let at_place = words
        .iter()
        .enumerate()
        .any(|(i, w)| (*w == "in" || *w == "at") && place_in(&words[i + 1..]).is_some_and(unnamed));
    #[rustfmt::skip]
    const OPENERS: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
        "our", "in", "at", "on", "by", "for", "but", "and", "it", "he", "she", "they", "we",
        "after", "before", "last", "on", "as", "when", "while", "since", "under", "from",
    ];
    let capitalized =
        |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
    let named_opening = match words.as_slice() {
        [first, second, ..] => {
            capitalized(first)
                && capitalized(second)
                && !OPENERS.contains(&first.to_lowercase().as_str())
                && !MONTHS.contains(second)
                && !DAYS.contains(second)
                && unnamed(first)
        }
        _ => false,
    };
    at_place || named_opening
}

/// Whether `sentence` says "in" a place that neither the claim's sentence nor the pattern
/// names ("A new GP surgery opened in Bramley"): read for a figure whose other parts lie in
/// another sentence.
///
/// A figure inside a relative aside ("The company, which sold 212,000 cars in 2024, is
/// investing $1.3bn in a plant in Ohio") is read with the subject and the aside only: the
/// main clause's place is not the figure's.
fn in_another_place(claim: &str, pattern: &str, sentence: &str, figure: Range<usize>) -> bool {
    let pattern = pattern.to_lowercase();
    let lower = sentence.to_ascii_lowercase();
    let aside_end = [", which ", ", who "]
        .iter()
        .filter_map(|lead| lower.get(..figure.start)?.rfind(lead))
        .max()
        .filter(|&open| !lower[open + 2..figure.start].contains(','))
        .and_then(|_| {
            lower
                .get(figure.end..)?
                .find(',')
                .map(|close| figure.end + close)
        });
    let read = aside_end.map_or(sentence, |end| &sentence[..end]);
    // A place follows its "in" within a clause: "up from 1,210 in 2023, NHS England data
    // show" names no place "NHS".
    read.split([',', ';', ':']).any(|clause| {
        let words: Vec<&str> = words_of(clause).collect();
        words.iter().enumerate().any(|(i, w)| {
            *w == "in"
                && place_in(&words[i + 1..]).is_some_and(|name| !named_by(claim, &pattern, name))
        })
    })
}

/// The place a negated match's clause goes on to name right after it ("did not sell any
/// systems *to Zürich*", "has never sold missiles *in Canada*"), when the claim's sentence
/// names a place after "to", "in" or "into" and neither it nor the pattern names this one.
fn denied_of_another_place<'s>(
    claim: &str,
    pattern: &str,
    sentence: &'s str,
    matched: Range<usize>,
) -> Option<&'s str> {
    const TO: &[&str] = &["to", "in", "into"];
    let claim_words: Vec<&str> = words_of(claim).collect();
    let claim_names_a_place = claim_words.iter().enumerate().any(|(i, w)| {
        TO.contains(&w.to_lowercase().as_str()) && place_in(&claim_words[i + 1..]).is_some()
    });
    if !claim_names_a_place {
        return None;
    }
    let clause = clause_of(sentence, matched.clone())?;
    let after: Vec<&str> = words_of(sentence.get(matched.end..clause.end)?).collect();
    let pattern = pattern.to_lowercase();
    let at = after.iter().take(2).position(|w| TO.contains(w))?;
    place_in(&after[at + 1..]).filter(|name| !named_by(claim, &pattern, name))
}

/// The place named by the words after "in": the first capitalized word, after at most two
/// lower-case words or numbers ("the 2025 Norrmark election", "neighbouring Sundby"); not a
/// month, a day or a word with digits ("in Q4").
fn place_in<'w>(words: &[&'w str]) -> Option<&'w str> {
    let name = words.iter().take(3).find(|w| {
        !w.chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    })?;
    // (A single capital is no place: "waits in A&E" splits into "A" and "E".)
    (name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().count() > 1
        && !name.chars().any(|c| c.is_ascii_digit())
        && !a_time_word(name.strip_suffix("'s").unwrap_or(name)))
    .then_some(*name)
}

/// Whether the text `after` a figure makes it a share "of the" (or "of all") whole that
/// neither the claim's sentence nor the pattern names, when the claim names one: "63% of
/// the seats" against a claim of "33.7% of the vote". The unit comes first ("%", "per
/// cent").
fn of_another_whole(claim: &str, pattern: &str, after: &str) -> bool {
    let rest = after
        .trim_start_matches('%')
        .trim_start_matches(" per cent")
        .trim_start_matches(" percent");
    let Some(rest) = rest
        .strip_prefix(" of the ")
        .or_else(|| rest.strip_prefix(" of all "))
    else {
        return false;
    };
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let pattern = pattern.to_lowercase();
    // The claim names its own whole ("33.7% of the vote"); one that names none says
    // nothing against which to tell another.
    let claim_lower = claim.to_lowercase();
    let claim_has_whole = claim_lower.contains(" of the ") || claim_lower.contains(" of all ");
    claim_has_whole
        && word.len() >= 3
        && word.chars().all(char::is_lowercase)
        && !named_by(claim, &pattern, &word)
}

/// Whether the figure at `figure` stands in a phrase "since a/an/the …" of its clause, at
/// most four words after "since": "the strongest in Kessan since a magnitude 7.9 earthquake
/// in 1939"; or it is in a "when" clause right after "since" and a time ("the worst since
/// 1998, when 40 people died"). Not "since May to 2.3%" (no article: the figure is the
/// level reached), nor a clause that opens with "Since …," (the comma ends it).
fn since_reference(sentence: &str, figure: Range<usize>) -> bool {
    let Some(clause) = clause_of(sentence, figure.clone()) else {
        return false;
    };
    let words: Vec<&str> = words_of(&sentence[clause.start..figure.start]).collect();
    // "the worst since 1998, when 40 people died": a "when" clause right after "since" and
    // a time is that time's.
    let opens_when = words
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("when"));
    if opens_when {
        let before: Vec<&str> = words_of(&sentence[..clause.start]).collect();
        let recent = &before[before.len().saturating_sub(4)..];
        if recent.iter().any(|w| w.eq_ignore_ascii_case("since")) {
            return true;
        }
    }
    let Some(since) = words.iter().rposition(|w| w.eq_ignore_ascii_case("since")) else {
        return false;
    };
    let article = words
        .get(since + 1)
        .is_some_and(|w| ["a", "an", "the"].contains(&w.to_lowercase().as_str()));
    article && words.len() - since <= 5
}

/// Whether `time` (the words after "by", "at" or "as of") names the end of a year the
/// claim is of (`claimed`: the claim's periods), when the claim names years and no part of
/// one: "the end of December 2024", "the end of 2024", "31 December 2024", "December 31,
/// 2024". A count at that point
/// is the year's count, not one so far, and December there is no month of the year apart
/// from it (trial 163: "44,100 households had received it by the end of December 2024"
/// against a claim of 42,000 in 2024).
fn ends_a_claimed_year(claimed: &[Period], time: &[&str]) -> bool {
    if claimed.is_empty() || claimed.iter().any(|p| !matches!(p, Period::Year(_, None))) {
        return false;
    }
    let word = |at: usize| time.get(at).copied().unwrap_or("");
    let is = |at: usize, w: &str| word(at).eq_ignore_ascii_case(w);
    let mut at = usize::from(is(0, "the"));
    let end = is(at, "end") && is(at + 1, "of");
    if end {
        at += 2;
        at += usize::from(is(at, "the"));
    }
    let december =
        if (is(at, "december") && is(at + 1, "31")) || (is(at, "31") && is(at + 1, "december")) {
            at += 2;
            true
        } else if is(at, "december") && end {
            at += 1;
            true
        } else {
            false
        };
    (end || december)
        && word(at)
            .parse::<u16>()
            .is_ok_and(|year| claimed.contains(&Period::Year(year, None)))
}

/// Whether the figure at `figure` is a count up to a date: its clause has "had" before it
/// and "by" a time after it ("had enrolled 25,654 participants by early October 2020",
/// "had been confirmed by 2019"), or the sentence opens with "By" a time ("By Tuesday,
/// 40 countries had signed"); or the clause counts over the first part of a span ("in
/// its first two days") or up to a point of a season or a day ("by Christmas"), or counts
/// in the present perfect over "this year". Such a count was still growing; it breaks no
/// final figure. (Not the span the claim or the pattern names: "in its first 12 months" is
/// the whole of "its first year".)
fn count_so_far(claim: &str, pattern: &str, sentence: &str, figure: Range<usize>) -> bool {
    let Some(clause) = clause_of(sentence, figure.clone()) else {
        return false;
    };
    let before = words_of(&sentence[clause.start..figure.start]).collect::<Vec<_>>();
    let after = words_of(&sentence[figure.end..clause.end]).collect::<Vec<_>>();
    let a_time = |words: &[&str]| {
        words.iter().take(3).any(|w| {
            MONTHS.contains(w)
                || DAYS.contains(w)
                || (w.len() == 4
                    && w.starts_with(['1', '2'])
                    && w.bytes().all(|b| b.is_ascii_digit()))
                // ("by the midpoint of its December 2024 campaign", trial 169.)
                || [
                    "then", "end", "early", "late", "mid", "midpoint", "middle", "halfway",
                    "start",
                ]
                .iter()
                .chain(&SEASONS)
                .any(|t| t.eq_ignore_ascii_case(w))
        })
    };
    let had = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case("had"));
    // "had resumed teaching by December" is the claim's own point in time when the claim
    // says "by December" too (trial 56), and "had risen to 18.9% by December 2024" when
    // the claim is of "December 2024" (trial 134): a month and its year the claim names.
    let claimed = periods_in(claim);
    let claims_point = |time: &[&str]| {
        if ends_a_claimed_year(&claimed, time) {
            return true;
        }
        let claim = claim.to_lowercase();
        time.first().is_some_and(|first| {
            let first = first.to_lowercase();
            claim.contains(&format!("by {first}"))
                || time.get(1).is_some_and(|year| {
                    MONTHS.iter().any(|m| m.eq_ignore_ascii_case(&first))
                        && year.len() == 4
                        && claim.contains(&format!("{first} {year}"))
                })
        })
    };
    let by_after = after
        .iter()
        .position(|w| *w == "by")
        .is_some_and(|at| a_time(&after[at + 1..]) && !claims_point(&after[at + 1..]));
    let opening: Vec<&str> =
        words_of(opening_phrase(sentence, figure.start).unwrap_or("")).collect();
    // "By Tuesday, …" and, without the comma, "By Tuesday evening the fire had burned …".
    let by_opening = (opening.first() == Some(&"By")
        && a_time(&opening[1..])
        && !claims_point(&opening[1..]))
        || (before.first() == Some(&"By") && a_time(&before[1..]) && !claims_point(&before[1..]));
    if (had(&before) || had(&after)) && (by_after || by_opening) {
        return true;
    }
    // "burned 12,000 hectares in its first two days", "14 goals by Christmas": a count
    // over the first part of a span, or up to a point of a season or a day, needs no "had".
    const SPANS: &[&str] = &[
        "minutes", "hours", "days", "weeks", "months", "hour", "day", "week", "month",
    ];
    const POINTS: &[&str] = &["christmas", "midday", "noon", "midnight", "halftime"];
    let lower: Vec<String> = after.iter().take(8).map(|w| w.to_lowercase()).collect();
    let claim = claim.to_lowercase();
    let a_year = |span: &[String]| {
        matches!(
            span.iter().map(String::as_str).collect::<Vec<_>>()[..],
            ["12" | "twelve", "months", ..] | ["52" | "fifty-two", "weeks", ..]
        )
    };
    let first_span = lower.windows(3).enumerate().any(|(at, w)| {
        let span = &lower[at + 3..(at + 5).min(lower.len())];
        w[0] == "in"
            && ["its", "the", "their", "his", "her"].contains(&w[1].as_str())
            && w[2] == "first"
            && span.iter().any(|w| SPANS.contains(&w.as_str()))
            && !pattern.to_lowercase().contains("first")
            && !claim.contains(&format!("first {}", span.join(" ")))
            && !(a_year(span) && claim.contains("first year"))
    });
    let by_point = lower
        .windows(2)
        .any(|w| w[0] == "by" && POINTS.contains(&w[1].as_str()));
    // "has recorded 150 cases so far this year", "has so far recorded 150", "to date": a
    // running count, unless the claim or the pattern is about one.
    let pattern_lower = pattern.to_lowercase();
    let running = |words: &[String]| {
        words.windows(2).any(|w| {
            matches!(
                (w[0].as_str(), w[1].as_str()),
                ("so", "far") | ("to", "date")
            )
        })
    };
    let lower_before: Vec<String> = before.iter().map(|w| w.to_lowercase()).collect();
    // A claim in the present perfect ("has fitted solar panels to 64 schools") is a
    // running count itself.
    let claim_runs = {
        let words: Vec<&str> = words_of(&claim).collect();
        words
            .windows(2)
            .any(|w| matches!(w[0], "has" | "have") && w[1] != "to")
    };
    let so_far = (running(&lower) || running(&lower_before))
        && !claim_runs
        && !["so far", "to date"]
            .iter()
            .any(|words| claim.contains(words) || pattern_lower.contains(words));
    // "RNLI lifeboats have launched 5,100 times this year" (trial 183): the present perfect
    // with "this year" (season, month) counts a year still running, against a claim of a
    // year's total.
    let this_period = |words: &[String]| {
        words
            .windows(2)
            .any(|w| w[0] == "this" && matches!(w[1].as_str(), "year" | "season" | "month"))
    };
    let perfect = lower_before.iter().any(|w| w == "has" || w == "have");
    // (Not an average or a rate: "have added an average of 18 minutes to peak journeys
    // this year" is no count still growing, trial 106.)
    let a_rate = lower_before
        .iter()
        .any(|w| ["average", "averaged", "rate", "median", "typical", "per"].contains(&w.as_str()))
        || lower
            .iter()
            .take(2)
            .any(|w| w == "per" || w == "a" || w == "percent");
    let running_this_period = perfect
        && !a_rate
        && (this_period(&lower) || this_period(&lower_before))
        && !claim_runs
        && !claim.contains("this ")
        && !["this ", "so far", "to date"]
            .iter()
            .any(|words| pattern_lower.contains(words));
    first_span || by_point || so_far || running_this_period
}

/// Whether `sentence` opens, before byte `at`, with "In" or "At" and a name that neither
/// the claim nor a part of the matcher names: "In the neighbouring Dales, …", "At
/// Kingsbridge Royal Infirmary, …".
fn opens_in_another_place(texts: &MatcherTexts, claim: &str, sentence: &str, at: usize) -> bool {
    let Some(opening) = opening_led_by(sentence, at, &["in", "at"]) else {
        return false;
    };
    let names = names_in_opening(opening);
    !names.is_empty()
        && !names
            .iter()
            .any(|w| texts.names(w) || claim_names(claim, w))
}

/// The names an opening phrase ("At Kingsbridge Royal Infirmary", "In the neighbouring
/// Dales") gives after its first word: its capitalized words, "'s" cut, months and days
/// left out.
fn names_in_opening(opening: &str) -> Vec<&str> {
    words_of(opening)
        .skip(1)
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|w| w.strip_suffix("'s").unwrap_or(w))
        .filter(|w| !MONTHS.contains(w) && !DAYS.contains(w))
        .collect()
}

/// The innings ("the second innings") the clause of `figure` in `sentence` names, when the
/// claim names no innings or another one.
fn innings_not_claimed(claim: &str, sentence: &str, figure: Range<usize>) -> Option<String> {
    let clause = clause_of(sentence, figure.clone()).unwrap_or(0..sentence.len());
    // (And the phrase that opens the sentence: "In the second innings, Nair scored 13".)
    let opening = opening_phrase(sentence, figure.start).unwrap_or("");
    let words: Vec<String> = words_of(opening)
        .chain(words_of(&sentence[clause]))
        .map(str::to_lowercase)
        .collect();
    let at = words.iter().position(|w| w == "innings")?;
    let ordinal = at.checked_sub(1).and_then(|i| words.get(i))?;
    const ORDINALS: &[&str] = &[
        "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
    ];
    if !ORDINALS.contains(&ordinal.as_str()) {
        return None;
    }
    let named = format!("{ordinal} innings");
    let claimed: Vec<String> = words_of(claim).map(str::to_lowercase).collect();
    let claims_it = claimed
        .windows(2)
        .any(|pair| pair[0] == *ordinal && pair[1] == "innings");
    (!claims_it).then(|| format!("the {named}"))
}

/// `opening_phrase`, when its first word is one of `words` (in lower case).
fn opening_led_by<'s>(sentence: &'s str, at: usize, words: &[&str]) -> Option<&'s str> {
    let opening = opening_phrase(sentence, at)?;
    led_by(opening, words).then_some(opening)
}

/// Whether the first word of `phrase` is one of `words` (in lower case).
fn led_by(phrase: &str, words: &[&str]) -> bool {
    phrase
        .split_whitespace()
        .next()
        .is_some_and(|first| words.iter().any(|w| w.eq_ignore_ascii_case(first)))
}

/// The phrases that open `sentence` and set when what follows happened, each led by one of
/// `words`, through the last one before byte `at`: "At the last election, in 2021, turnout
/// was 34.9%" opens with "At the last election, in 2021", and "Four years ago, in 2021,"
/// with both phrases (a span back in time may lead the date it names).
fn dating_opening<'s>(sentence: &'s str, at: usize, words: &[&str]) -> Option<&'s str> {
    let opening = opening_range(sentence, at)?;
    let first = &sentence[opening.clone()];
    let mut led = led_by(first, words);
    let ago = |phrase: &str| {
        let bytes = phrase.trim_end().as_bytes();
        bytes.len() >= 4 && bytes[bytes.len() - 4..].eq_ignore_ascii_case(b" ago")
    };
    if !led && !ago(first) {
        return None;
    }
    let mut end = opening.end;
    while let Some(comma) = sentence[end + 1..]
        .find(',')
        .map(|c| end + 1 + c)
        .filter(|&comma| comma < at)
    {
        if !led_by(&sentence[end + 1..comma], words) {
            break;
        }
        led = true;
        end = comma;
    }
    led.then(|| &sentence[opening.start..end])
}

/// The words of `sentence` before its first comma, when that comma comes before byte `at`:
/// a phrase that opens the sentence and sets when what follows happened ("In 2019,", "By
/// Tuesday,"). After a colon or a semicolon, a statement opens afresh: "The county was
/// badly hit four years ago: in 2022, 210,000 birds were culled" opens with "in 2022".
fn opening_phrase(sentence: &str, at: usize) -> Option<&str> {
    opening_range(sentence, at).map(|range| &sentence[range])
}

/// Where `opening_phrase` is in `sentence`: it ends at the comma.
fn opening_range(sentence: &str, at: usize) -> Option<Range<usize>> {
    let comma = sentence.find(',').filter(|&comma| comma < at)?;
    let head = &sentence[..comma];
    // (Not a colon between digits: "At 10:30, …".)
    let bytes = head.as_bytes();
    let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let start = head
        .char_indices()
        .rev()
        .find(|&(at, c)| c == ';' || c == ':' && !(at > 0 && digit(at - 1) && digit(at + 1)))
        .map_or(0, |(mark, _)| mark + 1);
    let start = start + (head[start..].len() - head[start..].trim_start().len());
    Some(start..comma)
}

/// Words that end the clause of a figure, for telling whose or when it is: contrasts and
/// comparisons ("while", "but", "from 2.3%", "than", "compared with"), "and" ("386,810
/// in the first quarter and 443,956 in the second"), and "before" and "after" ("contracted
/// 0.3% in 2023 before growing 1.8% in 2024").
const CLAUSE_WORDS: [&str; 11] = [
    " while ",
    // "contracted 0.3% in 2023 before growing 1.8% in 2024"
    " before ",
    " after ",
    " but ",
    " whereas ",
    " from ",
    " than ",
    " compared ",
    " against ",
    " versus ",
    " and ",
];

/// The clause before `clause`, when `clause` is a phrase hung on it after a comma that
/// names no time of its own (", with yields of 8.1 tonnes per hectare", ", including 1,200
/// children"): "Britain's wheat harvest in 2023 was 14.0 million tonnes, with yields of 8.1
/// tonnes per hectare" gives 2023's yield. So is ", and" and a figure that is the clause's
/// subject ("Kiprop won the 2023 race in 2:10:31, and 16,900 runners finished"), and ",
/// when" after an event ("Veterans of the 2019 Mount Orvel eruption, when 3,000 people
/// were evacuated, …").
fn clause_hung_on(sentence: &str, clause: &Range<usize>) -> Option<Range<usize>> {
    let opens = sentence.get(clause.clone())?.trim_start();
    let starts = |w: &str| {
        opens
            .get(..w.len())
            .is_some_and(|o| o.eq_ignore_ascii_case(w))
    };
    let before = sentence.get(..clause.start)?.trim_end();
    // (The clause after "and" starts after the word.)
    let after_and = before
        .strip_suffix("and")
        .filter(|_| opens.starts_with(|c: char| c.is_ascii_digit()));
    let hung = starts("with ") || starts("including ") || starts("when ") || after_and.is_some();
    let before = after_and
        .unwrap_or(before)
        .trim_end()
        .strip_suffix(',')?
        .trim_end();
    if !hung || before.is_empty() {
        return None;
    }
    clause_of(sentence, before.len()..before.len())
}

/// The years `text` names, but for a baseline's: "since July 2021", "since 1972", "a rise
/// of 40% on 2023", "up from 2019", and the far side of a comparison ("compares with 43.6%
/// for the Tories in 2019"): the figure's year is none of them.
fn years_not_baselines(text: &str) -> Vec<Period> {
    let mut kept = String::with_capacity(text.len());
    let mut skip = 0;
    let words: Vec<&str> = text.split(' ').collect();
    for (i, &word) in words.iter().enumerate() {
        // A comparison's other side runs to the clause's end.
        if ["than", "with", "against"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
        {
            break;
        }
        if ["since", "on", "from"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
            && !opens_a_clause_of_an_event(&words[i + 1..])
        {
            skip = 3;
        } else if skip > 0 {
            skip -= 1;
            continue;
        }
        kept.push_str(word);
        kept.push(' ');
    }
    periods_in(&kept)
        .into_iter()
        .filter(|p| matches!(p, Period::Year(..)))
        .collect()
}

/// Whether `words` (after "since") are a clause whose subject is an event of a year: "since
/// the 2023 Elite League speedway grand final at Kestrel Park drew a crowd of 7,800"
/// (trial 128) gives the 2023 final's crowd, where "since 2023" and "the highest since the
/// 2019 election" give a baseline. An article, a year, then a verb in the past before any
/// mark, within twelve words.
fn opens_a_clause_of_an_event(words: &[&str]) -> bool {
    let [article, year, rest @ ..] = words else {
        return false;
    };
    ["the", "a", "an"]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(article))
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && rest
            .iter()
            .take(12)
            .take_while(|w| !w.ends_with([',', ';', ':', '.']))
            .any(|w| negation::past_verb(w))
}

/// The periods a clause of `sentence` that names none takes from elsewhere, as `read`
/// reads them: those of a clause it hangs on (`clauses_hung_on`), else the year it points
/// to with words (`year_pointed_to`, which may read the sentence before, `earlier`).
fn periods_borrowed(
    sentence: &str,
    clause: &Range<usize>,
    read: impl Fn(&str) -> Vec<Period>,
    earlier: &str,
) -> Vec<Period> {
    // A clause that counts back from the year named elsewhere ("In 2025, 35 UK cinemas
    // closed, the firm said, down from 42 the year before", trial 118) is that year's
    // year before, not the year of the clause it hangs on.
    let counts_back = sentence.get(clause.clone()).is_some_and(|text| {
        let lower = text.to_lowercase();
        YEAR_BEFORE.iter().any(|phrase| lower.contains(phrase))
    });
    if let Some(year) = counts_back
        .then(|| year_pointed_to(sentence, clause, earlier))
        .flatten()
    {
        return vec![year];
    }
    clauses_hung_on(sentence, clause)
        .into_iter()
        .chain(clause_of_the_shared_subject(sentence, clause))
        .map(|before| read(&sentence[before]))
        .find(|periods| !periods.is_empty())
        .unwrap_or_else(|| {
            year_pointed_to(sentence, clause, earlier)
                .into_iter()
                .collect()
        })
}

/// The clause before a bare "and" (no comma) that `clause` opens with its verb, sharing
/// that clause's subject: "The 2024 Brackley Marathon had 13,950 finishers and raised
/// £2.9m" (trial 104) raised it in 2024.
fn clause_of_the_shared_subject(sentence: &str, clause: &Range<usize>) -> Option<Range<usize>> {
    let joined = sentence
        .get(..clause.start)?
        .trim_end()
        .strip_suffix(" and")?;
    if joined.trim_end().ends_with(',') {
        return None;
    }
    let first = words_of(sentence.get(clause.clone())?).next()?;
    let verb = first.starts_with(|c: char| c.is_ascii_lowercase())
        && (past_form(first) || OPENS_A_PREDICATE.contains(&first));
    // (From the last mark before it: a comma between digits, "13,950", is none.)
    let start = ["; ", ": ", ", "]
        .iter()
        .filter_map(|mark| joined.rfind(mark))
        .max()
        .map_or(0, |at| at + 2);
    verb.then_some(start..joined.len())
}

/// `text` without the dates that are not the figure's period: the month a figure starts
/// from ("will cost £62 a year from April", trial 136, is a charge from April on: "from",
/// perhaps a day, and a month are left out; a year after them stays, "from April 2025" is
/// 2025's), and the date figures were published ("Figures published in February 2025 show
/// 3,218 bicycles were reported stolen in Oxbury last year", trial 138, gives 2024's).
fn without_dates_not_the_figures(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let month = |w: &str| MONTHS.contains(&w.trim_end_matches([',', '.', ';']));
    let date_word = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';']);
        month(w) || (w.len() <= 4 && w.starts_with(|c: char| c.is_ascii_digit()))
    };
    let mut kept = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let published = ["published", "released", "issued", "updated", "compiled"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(words[i]))
            && words
                .get(i + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("in") || w.eq_ignore_ascii_case("on"));
        if published && words.get(i + 2).is_some_and(|w| date_word(w)) {
            kept.push(words[i]);
            i += 2;
            while words.get(i).is_some_and(|w| date_word(w)) {
                i += 1;
            }
            continue;
        }
        if words[i].eq_ignore_ascii_case("from") {
            let day = words
                .get(i + 1)
                .is_some_and(|w| w.len() <= 4 && w.starts_with(|c: char| c.is_ascii_digit()));
            let at = i + 1 + usize::from(day);
            if words.get(at).is_some_and(|w| month(w)) {
                i = at + 1;
                continue;
            }
        }
        kept.push(words[i]);
        i += 1;
    }
    kept.join(" ")
}

/// The year a clause that names none points to with words ("that year", "last year"),
/// read from the rest of `sentence`: "had 12.9 million subscribers at the end of 2024 and
/// made an operating loss of £310m that year" (2024), "Last year the charge was £650m; in
/// 2025 it was £780m" (2024: the year before the one the sentence names elsewhere).
fn year_pointed_to(sentence: &str, clause: &Range<usize>, earlier: &str) -> Option<Period> {
    let lower = sentence.get(clause.clone())?.to_lowercase();
    let years = |text: &str| -> Vec<(u16, Option<u16>)> {
        periods_in(text)
            .into_iter()
            .filter_map(|p| match p {
                Period::Year(first, second) => Some((first, second)),
                _ => None,
            })
            .collect()
    };
    if ["that year", "the same year"]
        .iter()
        .any(|w| lower.contains(w))
    {
        // (Else the sentence before's last year: "The accounts for 2022-23 were filed
        // late. The chief executive was paid £240,000 that year.")
        let before = years(sentence.get(..clause.start)?);
        let earlier = || years(earlier);
        let (first, second) = match before.last() {
            Some(year) => *year,
            None => *earlier().last()?,
        };
        return Some(Period::Year(first, second));
    }
    if YEAR_BEFORE.iter().any(|w| lower.contains(w)) {
        // (Not a baseline's year: "1,846 cases last year, up from 368 in 2024".)
        let elsewhere = format!(
            "{} {}",
            sentence.get(..clause.start)?,
            sentence.get(clause.end..)?
        );
        let &[Period::Year(year, None)] = years_not_baselines(&elsewhere).as_slice() else {
            return None;
        };
        return Some(Period::Year(year.checked_sub(1)?, None));
    }
    None
}

/// The clauses whose period `clause` takes when it names none, nearest first: the one it
/// hangs on (`clause_hung_on`), or, after a bare "and" (no comma) that joins it to a hung
/// clause, that clause and the one it hangs on ("the July 2022 heatwave, when Eastmere
/// recorded 36.9C and Halbury reached 38.2C": the same event's).
fn clauses_hung_on(sentence: &str, clause: &Range<usize>) -> Vec<Range<usize>> {
    if let Some(hung) = clause_hung_on(sentence, clause) {
        return vec![hung];
    }
    let joined = sentence
        .get(..clause.start)
        .map(str::trim_end)
        .and_then(|before| before.strip_suffix(" and"))
        .filter(|joined| !joined.trim_end().ends_with(','))
        .and_then(|joined| clause_of(sentence, joined.len()..joined.len()));
    match joined.and_then(|joined| Some((clause_hung_on(sentence, &joined)?, joined))) {
        Some((hung, joined)) => vec![joined, hung],
        None => Vec::new(),
    }
}

/// The clause of `sentence` around the bytes `inside`: from the last mark (`,` `;` `:` a
/// bracket) or `CLAUSE_WORDS` word before them to the first after them.
fn clause_of(sentence: &str, inside: Range<usize>) -> Option<Range<usize>> {
    let before = sentence.get(..inside.start)?.as_bytes();
    let after = sentence.get(inside.end..)?.as_bytes();
    // (A colon between digits is a time's or a score's: "won in 2:10:31".)
    let bytes = sentence.as_bytes();
    let digit = |at: Option<usize>| {
        at.and_then(|at| bytes.get(at))
            .is_some_and(u8::is_ascii_digit)
    };
    let mark_at = |at: usize| match bytes[at] {
        b',' | b';' | b'(' | b')' => true,
        b':' => !(digit(at.checked_sub(1)) && digit(Some(at + 1))),
        _ => false,
    };
    // One pass from the figure outwards each way, stopping at the nearest boundary (a
    // search per word scanned the whole sentence for each).
    // "lost £21.3m before tax in 2023-24": accounts' "before tax" ends no clause.
    let accounts = |rest: &[u8]| {
        [&b"tax"[..], b"interest", b"exceptional"]
            .iter()
            .any(|w| rest.starts_with(w))
    };
    // "cancelled 96 flights from Bristol Airport in the first three months of 2025": "from"
    // before a name is where from, not the baseline of a change ("up from 40").
    // (Also through "the", "neighbouring", "nearby" or "rival": "won a £64m contract from
    // neighbouring Ellisford Council", trial 99.)
    let from_a_name = |rest: &[u8]| {
        let rest = std::iter::once("the ")
            .chain(NEARNESS.iter().copied())
            .find_map(|w| rest.strip_prefix(w.as_bytes()))
            .unwrap_or(rest);
        rest.first().is_some_and(u8::is_ascii_uppercase)
    };
    // "earned £206m from parking in 2021-22", "from car parks": "from" before a common noun
    // is where the money came from, and the period after it is the figure's (trial 164:
    // the year was cut off and the figure broke a claim of 2022-23). Not before a
    // determiner, a number word or a word of a baseline: "fell to 40 from a peak of 60 in
    // 2019", "from an estimated 412", "from its record", "from nearly 50", "from levels seen
    // in 2019" have the baseline's period.
    let from_a_source = |rest: &[u8]| {
        #[rustfmt::skip]
        const BASELINE: &[&str] = &[
            "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these",
            "those", "last", "previous", "previously", "earlier", "prior", "about", "around",
            "nearly", "almost", "some", "just", "over", "under", "more", "less", "fewer",
            "roughly", "approximately", "only", "record", "peak", "high", "low", "highs",
            "lows", "level", "levels", "hundreds", "thousands", "millions", "dozens", "half",
            "what", "where", "when", "then", "now", "today", "year", "years", "month", "months",
        ];
        let word = rest
            .split(|b| !b.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        // (The bytes are ASCII letters, so a `str`: a number word is a baseline too.)
        let number_word = std::str::from_utf8(word).is_ok_and(crate::numbers::is_number_word);
        word.first().is_some_and(u8::is_ascii_lowercase)
            && !number_word
            && !BASELINE.iter().any(|b| b.as_bytes() == word)
    };
    // `preceding` is the text before the word, `rest` the text after it.
    // "scored 96 against Westbridge in 2024": "against" before a name is an opponent, not
    // a comparison (trial 88).
    // "down from 42 the year before according to …" (trial 118): "before" after a time
    // counts back, and opens no clause.
    let counts_back = |preceding: &[u8]| {
        [
            &b" year"[..],
            b" month",
            b" week",
            b" day",
            b" season",
            b" night",
        ]
        .iter()
        .any(|unit| preceding.ends_with(unit))
    };
    let goes_on = |w: &str, preceding: &[u8], rest: &[u8]| {
        (w == " before " && (accounts(rest) || counts_back(preceding)))
            || ((w == " from " || w == " against " || w == " versus ") && from_a_name(rest))
            || (w == " from " && from_a_source(rest))
            || (w == " and " && (joins_a_name(preceding, rest) || closes_a_between(preceding)))
    };
    let start = (0..before.len())
        .rev()
        .find_map(|i| match before[i] {
            _ if mark_at(i) => Some(i + 1),
            b' ' if CLAUSE_WORDS.iter().any(|w| {
                before[..=i].ends_with(w.as_bytes())
                    && !goes_on(w, &before[..i + 1 - w.len()], &before[i + 1..])
            }) =>
            {
                Some(i)
            }
            _ => None,
        })
        .unwrap_or(0);
    let end = (0..after.len())
        .find(|&i| {
            mark_at(inside.end + i)
                || after[i] == b' '
                    && CLAUSE_WORDS.iter().any(|w| {
                        after[i..].starts_with(w.as_bytes())
                            && !goes_on(w, &bytes[..inside.end + i], &after[i + w.len()..])
                    })
        })
        .unwrap_or(after.len());
    Some(start..inside.end + end)
}

/// The prepositions before a place a figure is counted in: "in Canada", "at its Rotherham
/// mill", "across the wider Kelsford and Dale region".
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "across", "throughout"];

/// Words of nearness before a place's name, with the space after them: "from neighbouring
/// Ellisford Council", "In neighbouring Eastvale the …".
const NEARNESS: &[&str] = &["neighbouring ", "neighboring ", "nearby ", "rival "];

/// Whether "and" after `preceding` closes a "between X and Y", which names one stretch or
/// pair and splits no clause: "added 18 minutes between junctions 24 and 26 in 2019" is of
/// 2019 (trial 106: read as a clause of its own, "in 2019" was lost and the figure broke
/// a 2025 claim). "between" must be among the four words before "and", with no mark
/// between them.
fn closes_a_between(preceding: &[u8]) -> bool {
    preceding
        .rsplit(|&b| b == b' ')
        .filter(|w| !w.is_empty())
        .take(5)
        .take_while(|w| !w.ends_with(b",") && !w.ends_with(b";"))
        .any(|w| w.eq_ignore_ascii_case(b"between"))
}

/// Whether "and" between `preceding` and `rest` joins two names into one place or party,
/// which no clause splits: "the backlog in England and Wales stood at 79,619" (trial 82),
/// "exports of Trinidad and Tobago". Only after "in", "of", "across" or "throughout", or
/// at the start of the sentence, or before a name of two words or more ("Fire and Rescue
/// Service"), so that "prices rose at Tesco and Freshway kept its price" still splits.
fn joins_a_name(preceding: &[u8], rest: &[u8]) -> bool {
    if !rest.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    // The words before "and", read from the end (a clause's start is looked for at every
    // "and" of a sentence).
    let mut back = preceding.rsplit(|&b| b == b' ').filter(|w| !w.is_empty());
    let name = back.next().unwrap_or(b"");
    let capitalized = name.first().is_some_and(u8::is_ascii_uppercase)
        && name.iter().all(u8::is_ascii_alphabetic);
    // (Through "the" and a word of extent: "across the wider Kelsford and Dale region",
    // trial 175. A name that opens the sentence is placed too, but not through "the": "The
    // Tesco and Freshway …" is no place.)
    let placed = {
        let mut placed = None;
        let mut skipped = false;
        for word in back.take(3) {
            if [&b"in"[..], b"of", b"across", b"throughout"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(word))
            {
                placed = Some(true);
                break;
            }
            if ![
                &b"the"[..],
                b"wider",
                b"whole",
                b"entire",
                b"greater",
                b"combined",
            ]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(word))
            {
                placed = Some(false);
                break;
            }
            skipped = true;
        }
        placed.unwrap_or(!skipped)
    };
    // Or a name of several words goes on after "and": "Westfold Fire and Rescue Service
    // attended 9,812 incidents" (trial 95), "The University and College Union put …",
    // "Cornwall and Isles of Scilly ICB" (trial 97). (Read only when needed: a clause's
    // start is looked for at every "and".)
    let goes_on = || {
        let mut after = rest.split(|&b| b == b' ');
        let name_word = |w: Option<&[u8]>| {
            w.is_some_and(|w| {
                w.first().is_some_and(u8::is_ascii_uppercase)
                    && w.iter().all(u8::is_ascii_alphabetic)
            })
        };
        if !name_word(after.next()) {
            return false;
        }
        match after.next() {
            Some(b"of") => name_word(after.next()),
            second => name_word(second),
        }
    };
    capitalized && (placed || goes_on())
}

/// The months and the days of the week, as names are written (the generated corpus
/// writes its dates with them too).
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub(crate) const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A year (a financial year such as 2023-24 is one period), a month or a quarter, as a
/// text names it.
#[derive(Debug, PartialEq)]
enum Period {
    Year(u16, Option<u16>),
    Month(usize),
    /// A quarter of a year: "the fourth quarter", "third-quarter", "Q2".
    Quarter(usize),
    /// A half of a year: "the first half", "second-half", "H1".
    Half(usize),
    /// The first months of a year, or those up to a month: "the first nine months", "the
    /// six months to June" (the month, if named, is read as a month too).
    Months,
}

/// The words that make what follows them a thing the sentence takes as given, a
/// determiner or a possessive: "the 1,480 cases", "its £12 charge".
const GIVEN: &[&str] = &[
    "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
];

/// The seasons, as a time a figure may be of ("summer 2022", "by spring").
const SEASONS: [&str; 5] = ["spring", "summer", "autumn", "fall", "winter"];

/// December, the last month of a calendar year (`MONTHS` counts from 0).
const DECEMBER: Period = Period::Month(11);

/// The years (1900 to 2099, with a second year as in "2023-24" or "2023/2024"), months
/// and quarters that `text` names.
fn periods_in(text: &str) -> Vec<Period> {
    let mut periods = Vec::new();
    let bytes = text.as_bytes();
    let digits_at = |at: usize| {
        bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let run = digits_at(at);
        let glued = at > 0
            && (bytes[at - 1].is_ascii_alphanumeric() || matches!(bytes[at - 1], b',' | b'.'));
        // "at least 2000 air-defence systems": a figure after a bound or an estimate.
        #[rustfmt::skip]
        const QUANTIFIED: &[&str] = &[
            "least", "most", "than", "about", "around", "over", "under", "nearly", "almost",
            "some", "exactly", "approximately", "roughly", "just", "only", "estimated",
        ];
        let quantified = words_of(&text[..at])
            .last()
            .is_some_and(|w| QUANTIFIED.contains(&w.to_lowercase().as_str()));
        // "the driest since 1976", "the highest level since 2001": the baseline of a record,
        // not a period the statement is of.
        let baseline = {
            let head = text[..at].trim_end();
            let start = head.len().saturating_sub(5);
            let since = head
                .get(start..)
                .is_some_and(|word| word.eq_ignore_ascii_case("since"))
                && !head[..start].ends_with(char::is_alphanumeric);
            let mut from = head.len().saturating_sub(60);
            while !head.is_char_boundary(from) {
                from += 1;
            }
            since
                && words_of(head.get(from.min(start)..start).unwrap_or("")).any(|w| {
                    let w = w.to_lowercase();
                    (w.len() > 5 && w.ends_with("est"))
                        || ["most", "least", "worst", "best", "first"].contains(&w.as_str())
                })
        };
        let year: Option<u16> = (run == 4 && !glued && !quantified && !baseline)
            .then(|| text[at..at + 4].parse().ok())
            .flatten()
            .filter(|y| (1900..2100).contains(y));
        let mut end = at + run;
        if let Some(year) = year {
            let next = bytes.get(end).copied();
            // "2,024" or "2024.5" is a figure; "2024%" a share.
            if matches!(next, Some(b',' | b'.' | b'%'))
                && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                || next == Some(b'%')
            {
                at = end;
                continue;
            }
            let second = match next {
                Some(b'-' | b'/') if end + 1 < bytes.len() => {
                    let len = digits_at(end + 1);
                    let value: Option<u16> = text[end + 1..end + 1 + len].parse().ok();
                    match (len, value) {
                        (2, Some(v)) => Some((year / 100) * 100 + v),
                        (4, Some(v)) => Some(v),
                        _ => None,
                    }
                    .inspect(|_| end += 1 + len)
                }
                _ => None,
            };
            periods.push(Period::Year(year, second));
        }
        at = end;
    }
    // A month is capitalized ("May", not the "may" of possibility).
    for word in words_of(text).filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase())) {
        if let Some(month) = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(word)) {
            periods.push(Period::Month(month));
        }
    }
    // "the fourth quarter", "third-quarter revenue", "Q2"; "the first half", "H1"; "the
    // first nine months", "the six months to June".
    const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
    const COUNTS: [&str; 10] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    ];
    let words: Vec<&str> = words_of(text).collect();
    let next_is = |i: usize, word: &str| {
        words
            .get(i + 1)
            .is_some_and(|next| next.eq_ignore_ascii_case(word))
    };
    // ("the final quarter of 2024", "last quarter": read as the fourth, trial 102; either
    // way a part of a year, which breaks no claim about the whole. "The final three months
    // of 2024" are months of the year too.)
    let ordinal = |word: &str| {
        ORDINALS
            .iter()
            .position(|o| o.eq_ignore_ascii_case(word))
            .or_else(|| {
                ["final", "last"]
                    .iter()
                    .any(|l| l.eq_ignore_ascii_case(word))
                    .then_some(3)
            })
    };
    for (i, word) in words.iter().enumerate() {
        let period = match word.as_bytes() {
            [b'Q', q @ b'1'..=b'4'] => Some(Period::Quarter(usize::from(q - b'1'))),
            [b'H', h @ b'1'..=b'2'] => Some(Period::Half(usize::from(h - b'1'))),
            _ if next_is(i, "quarter") => ordinal(word).map(Period::Quarter),
            _ if next_is(i, "half") => ordinal(word).filter(|&o| o < 2).map(Period::Half),
            _ if next_is(i, "months") => {
                let counted = COUNTS.iter().any(|c| c.eq_ignore_ascii_case(word))
                    || word.parse::<u8>().is_ok_and(|n| (2..12).contains(&n));
                let first = i > 0
                    && ["first", "final", "last"]
                        .iter()
                        .any(|f| words[i - 1].eq_ignore_ascii_case(f));
                let to_month = words.get(i + 2).is_some_and(|to| {
                    ["to", "through", "until"].contains(&to.to_lowercase().as_str())
                });
                (counted && (first || to_month)).then_some(Period::Months)
            }
            _ => None,
        };
        periods.extend(period);
    }
    periods
}

/// Words of four letters or more too common to tell what a text is about (`said_by`).
#[rustfmt::skip]
const COMMON_WORDS: &[&str] = &[
    "that", "this", "with", "from", "have", "been", "were", "will", "would", "there", "their",
    "into", "during",
];

/// Whether `text` says `word`, or a form of it ("signed" says "sign", "vetoing" says
/// "vetoed"): words of four letters or more that agree in their first four (a false
/// agreement, "counted" and "country", only keeps a negation standing). Short words and
/// the commonest ones say nothing.
fn said_by(text: &str, word: &str) -> bool {
    let word = word.to_lowercase();
    if word.chars().count() < 4 || COMMON_WORDS.contains(&word.as_str()) {
        return false;
    }
    let stem: String = word.chars().take(4).collect();
    words_of(text).any(|w| {
        let w = w.to_lowercase();
        w.chars().count() >= 4 && w.starts_with(&stem)
    })
}

/// Words that make a cue a negation, for telling whether a pattern spells its own.
const NEGATION_WORDS: &[&str] = &[
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
];

/// Words that, swallowed by a pattern's gap, leave what the match says uncertain or not yet
/// so: "the deal may be signed", "will be signed", "is yet to be signed", "was almost signed",
/// "is expected to be signed", "failed to be signed", "if signed". ("Reportedly" and the like
/// hedge wherever they stand. A word the claim's own sentence says is the claim's: "mutual
/// aid if either is attacked" is what a conditional pact says.)
///
/// Every word of every match is looked up here: a match on its bytes, lower-cased in place,
/// rather than a scan of a list.
fn gap_uncertain(word: &str) -> bool {
    let mut lower = [0u8; 11];
    let bytes = word.as_bytes();
    let Some(lower) = lower.get_mut(..bytes.len()) else {
        return false;
    };
    for (to, from) in lower.iter_mut().zip(bytes) {
        *to = from.to_ascii_lowercase();
    }
    matches!(
        &*lower,
        b"may"
            | b"might"
            | b"could"
            | b"would"
            | b"will"
            | b"shall"
            | b"should"
            | b"can"
            | b"must"
            | b"yet"
            | b"almost"
            | b"nearly"
            | b"expected"
            | b"forecast"
            | b"forecasts"
            | b"predict"
            | b"predicts"
            | b"predicted"
            | b"projected"
            | b"planned"
            | b"offered"
            | b"offering"
            | b"promised"
            | b"pledged"
            | b"vowed"
            | b"tipped"
            | b"poised"
            | b"mulling"
            | b"scheduled"
            | b"hope"
            | b"hopes"
            | b"hoped"
            | b"likely"
            | b"unlikely"
            | b"if"
            | b"unless"
            | b"whether"
            | b"believed"
            | b"supposed"
            | b"due"
            | b"meant"
            | b"want"
            | b"wants"
            | b"wanted"
            | b"claims"
            | b"claimed"
            | b"alleges"
            | b"alleged"
            | b"appears"
            | b"appear"
            | b"seems"
            | b"seem"
            | b"fail"
            | b"fails"
            | b"failed"
            | b"need"
            | b"needs"
            | b"needed"
            | b"fear"
            | b"fears"
            | b"feared"
            | b"aims"
            | b"aimed"
            | b"targeted"
            | b"course"
            | b"track"
            | b"set"
            | b"considering"
            | b"weighing"
            | b"exploring"
            | b"discussing"
            | b"planning"
            | b"plans"
            | b"plan"
            | b"proposes"
            | b"proposing"
            | b"intends"
            | b"intend"
            | b"intended"
            | b"seeks"
            | b"seeking"
    )
}

/// Whether `word` is one of the words of the claim's sentence (case aside).
fn claim_says(claim: &str, word: &str) -> bool {
    // Reported speech moves a claim's "will" to "would" ("says the closures will save
    // £1.3m" is reported as "said the closures would save £900,000"), "can" to "could".
    let reported = |w: &str| match w.to_ascii_lowercase().as_str() {
        "would" => "will",
        "could" => "can",
        _ => "",
    };
    // A claim of an announcement or a plan is one of what will be: "Halvern announced
    // 1,200 job cuts" is what "Halvern said it would cut 1,200 jobs" and "announced plans
    // to cut 1,200 jobs" state.
    let future = ["would", "will"]
        .iter()
        .chain(PLAN)
        .any(|w| w.eq_ignore_ascii_case(word));
    // (A claim's month "May" says no "may".)
    let month = |w: &str| MONTHS.contains(&w) && w != word;
    // So is a claim of a budget "for" a financial year: "Marlow City Council cut its museum
    // grant by 30% for 2025-26" is what "the grant will fall by 25% in 2025-26" denies
    // (trial 112). (Not "for 2024": "a loss of £3m for 2024" is no plan.)
    let budgeted = || {
        claim.match_indices("for ").any(|(at, _)| {
            let span = &claim.as_bytes()[at + 4..];
            span.len() >= 7
                && span[..4].iter().all(u8::is_ascii_digit)
                && matches!(span[4], b'-' | b'/')
                && span[5..7].iter().all(u8::is_ascii_digit)
                && claim.get(at + 4..at + 8).is_some_and(crate::scan::is_year)
        })
    };
    words_of(claim).any(|w| {
        w.eq_ignore_ascii_case(word) && !month(w)
            || (!reported(word).is_empty() && w.eq_ignore_ascii_case(reported(word)))
            || (future && ANNOUNCES.iter().any(|a| a.eq_ignore_ascii_case(w)))
    }) || (word.eq_ignore_ascii_case("will") && budgeted())
}

/// Words that make a claim one of an announcement or a plan (`claim_says`,
/// `a_plan_the_claim_announces`).
#[rustfmt::skip]
const ANNOUNCES: &[&str] = &[
    "announced", "announces", "announce", "unveiled", "unveils", "plans", "planned",
    "pledged", "pledges", "promised", "promises", "vowed", "vows", "proposed", "proposes",
    "allocated", "allocates", "earmarked", "budgeted",
];

/// The words of a plan, which a claim of an announcement states (`claim_says`,
/// `a_plan_the_claim_announces`).
const PLAN: &[&str] = &["plans", "plan", "planned", "planning"];

/// Whether hedge `cue` is a plan ("plans to", "planning to") and the claim one of an
/// announcement or a plan: "Halvern Pharma announced plans to cut 1,200 jobs" states what
/// "Halvern Pharma announced 1,200 job cuts" claims.
fn a_plan_the_claim_announces(claim: &str, cue: &negation::Cue) -> bool {
    let planned = words_of(&cue.text)
        .next()
        .is_some_and(|w| PLAN.iter().any(|p| p.eq_ignore_ascii_case(w)));
    planned && words_of(claim).any(|w| ANNOUNCES.iter().any(|a| a.eq_ignore_ascii_case(w)))
}

/// Whether hedge `cue` of `sentence` is a plan ("plans to", "proposals to") that a verb of
/// deciding right before it decides, and the claim says that verb: "North Fenby Council
/// approved the airport's plans to extend its runway" states the approval a claim "… approved
/// the extension of …" makes (trial 109); it states no extension.
fn a_plan_the_claim_decides(claim: &str, sentence: &str, cue: &negation::Cue) -> bool {
    // (Besides `PLAN`'s words.)
    const PROPOSALS: &[&str] = &["proposals", "proposal", "bid", "application"];
    #[rustfmt::skip]
    const DECIDING: &[&str] = &[
        "approved", "approve", "approves", "approving", "backed", "rejected", "refused",
        "endorsed", "granted", "blocked", "overturned", "dismissed",
    ];
    if !cue
        .text
        .split_whitespace()
        .next()
        .map(str::to_lowercase)
        .is_some_and(|w| PLAN.contains(&w.as_str()) || PROPOSALS.contains(&w.as_str()))
    {
        return false;
    }
    // The verb, then at most three words ("the airport's", "its own").
    let Some(before) = sentence.get(..cue.start) else {
        return false;
    };
    words_of(before).rev().take(4).any(|w| {
        let w = w.to_lowercase();
        DECIDING.contains(&w.as_str()) && {
            let stem: String = w.chars().take(5).collect();
            words_of(claim).any(|c| c.to_lowercase().starts_with(&stem))
        }
    })
}

/// Whether hedge `cue` is an adjective of the noun after it ("patients with suspected
/// cancer at Ashmoor General Hospital were seen within 28 days"), and the part at `part`
/// (both in `sentence`) starts past that noun: the doubt is of the cancer, not of what the
/// sentence says of the hospital (trial 86). "The suspected arms shipment was seized"
/// still hedges "arms shipment".
fn hedges_only_its_noun(sentence: &str, cue: &negation::Cue, part: usize) -> bool {
    const ADJECTIVES: &[&str] = &["suspected", "alleged", "presumed", "possible", "probable"];
    const BEFORE: &[&str] = &["with", "of", "for", "over", "a", "an", "the", "from"];
    if cue.end > part || !ADJECTIVES.iter().any(|a| cue.text.eq_ignore_ascii_case(a)) {
        return false;
    }
    let before_cue = words_of(sentence.get(..cue.start).unwrap_or("")).next_back();
    let attributive = before_cue.is_some_and(|w| BEFORE.iter().any(|b| w.eq_ignore_ascii_case(b)));
    // The noun: the next word, in lower case.
    let after_cue = sentence.get(cue.end..).unwrap_or("");
    let noun_end = words_at(after_cue)
        .first()
        .filter(|(_, w)| w.starts_with(|c: char| c.is_lowercase()))
        .map(|&(at, w)| cue.end + at + w.len());
    attributive && noun_end.is_some_and(|end| end < part)
}

/// Whether the claim's own sentence says hedge `cue`, word for word: "A 17-year-old was
/// arrested on suspicion of arson" is what "arrested on suspicion of arson" states, not a
/// suspicion about it (trial 82). A single word only if it is an adverb ("allegedly",
/// "reportedly"): a claim's month "May" is no "may".
fn the_claim_hedges_so(claim: &str, cue: &negation::Cue) -> bool {
    let cue_words: Vec<String> = words_of(&cue.text).map(str::to_lowercase).collect();
    let claim_words: Vec<String> = words_of(claim).map(str::to_lowercase).collect();
    let phrase = match cue_words.as_slice() {
        [] => false,
        [word] => word.len() > 4 && word.ends_with("ly"),
        _ => true,
    };
    phrase
        && claim_words
            .windows(cue_words.len())
            .any(|window| window == cue_words.as_slice())
}

/// `range` of sentence `text` cut at each "and" or "or" that sits in a phrase the claim
/// also says (the words either side of it, as the claim has them: "English and maths").
fn outside_the_claims_and(claim: &str, text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let words = words_at(text);
    let claim_words: Vec<&str> = words_of(claim).collect();
    let in_claim = |three: [&str; 3]| {
        claim_words.windows(3).any(|window| {
            window
                .iter()
                .zip(three)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
        })
    };
    let mut pieces = Vec::new();
    let mut from = range.start;
    for i in 1..words.len().saturating_sub(1) {
        let (at, word) = words[i];
        if !range.contains(&at) || !matches!(word.to_ascii_lowercase().as_str(), "and" | "or") {
            continue;
        }
        if in_claim([words[i - 1].1, word, words[i + 1].1]) {
            pieces.push(from..at);
            from = at + word.len();
        }
    }
    pieces.push(from..range.end);
    pieces
}

/// Where the statement starts in `text` (a clause up to a figure) when someone says,
/// denies or confirms it with "that": the byte after "that". Not when what follows is the
/// speaker's own ("Ashby Rovers said that it sold 700 tickets" is Ashby's).
fn said_that_before(text: &str) -> Option<usize> {
    const OWN: &[&str] = &[
        "it", "its", "they", "their", "we", "our", "he", "his", "she", "her",
    ];
    // Verbs of denial (the lexicon's) or of saying, confirming, admitting.
    const SAYING_THAT: &[&str] = &[
        "confirmed",
        "confirms",
        "insisted",
        "insists",
        "admitted",
        "admits",
        "accepted",
        "accepts",
    ];
    let words = words_at(text);
    let (i, end) = words.windows(2).enumerate().rev().find_map(|(i, pair)| {
        let [(_, verb), (at, that)] = [pair[0], pair[1]];
        (that.eq_ignore_ascii_case("that")
            && (negation::is_denial(verb)
                || SAYING_THAT.iter().any(|v| v.eq_ignore_ascii_case(verb))
                || REPORTING_VERBS.iter().any(|v| v.eq_ignore_ascii_case(verb))))
        .then_some((i, at + that.len()))
    })?;
    let own = words
        .get(i + 2)
        .is_some_and(|&(_, w)| OWN.iter().any(|o| o.eq_ignore_ascii_case(w)));
    (!own).then_some(end)
}

/// Whether the claim and the sentence both say `name` right after the same lower-case word
/// ("in English", "for Wales"): the claim's own phrase, not a name it compares with.
fn said_alike(claim: &str, sentence: &str, name: &str) -> bool {
    let word_before = |text: &str| -> Vec<String> {
        let words = words_at(text);
        words
            .windows(2)
            .filter(|pair| pair[1].1 == name)
            .map(|pair| pair[0].1)
            .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            .map(str::to_string)
            .collect()
    };
    let in_claim = word_before(claim);
    !name.contains(' ')
        && word_before(sentence)
            .iter()
            .any(|w| in_claim.iter().any(|c| c.eq_ignore_ascii_case(w)))
}

/// The words of `text` (as `words_of` cuts them) with where each starts.
fn words_at(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let in_word = c.is_alphanumeric() || c == '\'';
        match (start, in_word) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                words.push((from, &text[from..at]));
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// The words of `text`, apostrophes kept ("didn't", "Russia's").
fn words_of(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
}

/// Words of a hedge that gives someone's word rather than the writer's doubt.
const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "stated",
    "reported",
    "claim",
    "claims",
    "claimed",
    "alleged",
    "alleges",
    "version",
    "misstated",
    "misreported",
];

/// Sentences, or first clauses, that deny the sentence before them (in lower case).
#[rustfmt::skip]
const REBUTTALS: &[&str] = &[
    "it did not", "it didn't", "it does not", "it doesn't", "it has not", "it hasn't",
    "it had not", "it hadn't", "it was not", "it wasn't", "it is not", "it isn't",
    "they did not", "they didn't", "they do not", "they don't", "they had not", "they hadn't",
    "it is not true", "it is false", "that is false", "that is not true", "that is untrue",
    "that is wrong", "that is incorrect", "that isn't true", "that's false", "that's not true",
    "that's untrue", "that's wrong", "that was false", "that was not true", "this is false",
    "this is not true", "this is untrue", "this is wrong", "this isn't true",
    "that is not correct", "this is not correct", "that's not correct", "that is not accurate",
    "that is inaccurate", "that is not right", "that is not the case", "this is not the case",
    "that was not the case", "that's not the case", "that claim is false",
    "this claim is false", "the claim is false", "not true", "not so", "false", "untrue",
];

/// What an opening "Contrary to the …," may name as the statement before it, set right.
#[rustfmt::skip]
const CLAIMED: &[&str] = &[
    "post", "posts", "claim", "claims", "report", "reports", "statement", "statements",
    "suggestion", "suggestions", "rumour", "rumours", "rumor", "rumors", "assertion",
];

/// Rebuttals that name what shows otherwise before their colon or full stop: "That is not
/// what the figures show:" (in lower case; at most six words follow).
const REBUTTAL_LEADS: &[&str] = &["that is not what ", "this is not what ", "that's not what "];

/// Whether `word` is a negation word, in any case ("not", "never", "didn't").
fn is_negation_word(word: &str) -> bool {
    let word = word.to_lowercase();
    NEGATION_WORDS.contains(&word.as_str()) || word.ends_with("n't")
}

/// A capitalized word inside one of `parts` (not its first word) that the part's pattern
/// does not spell and the claim does not say: a name the pattern's gap swallowed. A month
/// or a day ("voted on Wednesday to raise …") is a time, not a name.
fn unnamed_in_match<'d>(
    doc: &'d NormalizedDocument,
    claim: &Claim,
    texts: &MatcherTexts,
    parts: &[&Hit],
) -> Option<&'d str> {
    parts.iter().zip(&texts.expanded).find_map(|(hit, source)| {
        doc.text[hit.range.clone()]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .skip(1)
            .find(|w| {
                w.starts_with(char::is_uppercase)
                    && !MONTHS.contains(w)
                    && !DAYS.contains(w)
                    && !source_spells(source, &w.to_lowercase())
                    && !claim_names(&claim.claim, w)
            })
    })
}

/// Whether the expanded pattern `source` (lower case) spells `word` (lower case): a short
/// word (three letters or fewer) only as a word of its own, so that "US" is not found in
/// "households" nor "UK" in "bukit"; a longer one anywhere.
fn source_spells(source: &str, word: &str) -> bool {
    if word.chars().count() > 3 {
        return source.contains(word);
    }
    source.match_indices(word).any(|(at, _)| {
        let before = &source[..at];
        let after = &source[at + word.len()..];
        let edge_before =
            before.ends_with("\\b") || !before.ends_with(|c: char| c.is_alphanumeric());
        let edge_after =
            after.starts_with("\\b") || !after.starts_with(|c: char| c.is_alphanumeric());
        edge_before && edge_after
    })
}

/// Whether `claim` names `word`: says it capitalized, in any case, possessive or not
/// ("Valdoria's unemployment rate" names Valdoria).
fn claim_names(claim: &str, word: &str) -> bool {
    words_of(claim).any(|w| {
        let w = w.strip_suffix("'s").unwrap_or(w).trim_end_matches('\'');
        w.starts_with(char::is_uppercase) && w.eq_ignore_ascii_case(word)
    }) || initials_of_a_name(claim, word)
}

/// Whether `word` (two capitals or more) is the initials of a name in `text`: "CQC" of
/// "the Care Quality Commission".
fn initials_of_a_name(text: &str, word: &str) -> bool {
    if word.len() < 2 || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let mut initials = String::new();
    for w in words_of(text).chain([""]) {
        if capitalized(w) {
            initials.push(w.as_bytes()[0] as char);
            continue;
        }
        if initials.contains(word) {
            return true;
        }
        initials.clear();
    }
    false
}

/// Capitalized words a sentence may open with that name no one (trial 87's why named
/// "But"; "The" before "The Fellside Moor wind farm" is no name either).
#[rustfmt::skip]
const SENTENCE_OPENERS: &[&str] = &[
    "But", "And", "Yet", "So", "However", "Meanwhile", "Still", "Then", "Also", "The",
    "A", "An", "In", "At", "On", "Of", "For", "By", "It", "Its", "This", "That",
    "These", "Those", "There", "They", "He", "She", "We", "I", "Elsewhere", "Across",
    "Last", "Next", "Since", "After", "Before", "While", "When", "As",
];

/// Verbs that open a predicate whose subject stands before them, out of its clause: after
/// an aside ("The Leeford Marathon, held …, had 12,300 finishers") or a bare "and" ("had
/// 13,950 finishers and raised £2.9m"). With any word in "-ed" (`past_form`).
#[rustfmt::skip]
const OPENS_A_PREDICATE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "drew", "attracted", "recorded",
    "reported", "saw", "posted", "made", "raised", "won", "took", "cost", "lost",
    "sold", "employed", "employs", "counted",
    // The present and the irregular past of verbs that give a figure: "Dunmere Council,
    // which neighbours Ashgrove, pays a uniform grant of £150" (trial 109).
    "pays", "paid", "spends", "spent", "charges", "gives", "gave", "offers", "runs", "ran",
    "holds", "held", "owns", "serves", "receives", "sells", "costs", "makes", "wins",
    "loses", "takes", "draws", "attracts", "records", "counts", "sees", "gets", "got",
    "handles", "treats", "carries", "built", "cut",
];

/// Whether `word` looks like a verb in "-ed" ("raised", "surrendered", "turned"): by its
/// spelling, of five letters or more.
fn past_form(word: &str) -> bool {
    word.len() > 4 && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"ed")
}

/// Why a figure the next sentence disputes is set aside.
const DISPUTED_NEXT: &str = "the next sentence disputes it";

/// The words that join the words of one name: "Eastmarch Fire and Rescue Service", "Bank
/// of England", "Department for Education".
const NAME_JOINS: &[&str] = &["and", "of", "for", "&"];

/// The name the claim's sentence opens with, its subject: its first capitalized words
/// after "The" ("Care Quality Commission" of "The Care Quality Commission rated 14 care
/// homes …"), on through "and", "of", "for" or "&" between them ("Eastmarch Fire and
/// Rescue Service", "Bank of England"); empty when it opens otherwise.
fn claim_subject(claim: &str) -> &str {
    let words = words_at(claim);
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let skip = usize::from(
        words
            .first()
            .is_some_and(|&(_, w)| ["The", "A", "An"].contains(&w)),
    );
    let words = &words[skip.min(words.len())..];
    let mut end = 0;
    for (i, &(_, word)) in words.iter().enumerate() {
        let joins_the_next = i > 0
            && NAME_JOINS.contains(&word)
            && words.get(i + 1).is_some_and(|&(_, next)| capitalized(next));
        if !capitalized(word) && !joins_the_next {
            break;
        }
        end = i + 1;
    }
    match (
        words.first(),
        end.checked_sub(1).and_then(|last| words.get(last)),
    ) {
        (Some(&(start, _)), Some(&(at, w))) => &claim[start..at + w.len()],
        _ => "",
    }
}

/// Whether `between` (the text between a part and the negation after it) is an aside on
/// the part between commas, then at most an auxiliary: "Holt, the Labour candidate, did
/// not", "Varga, 54, was not", "Armenia, which faced pressure from Moscow, did not". The
/// negation is of the part's own clause.
fn appositive(between: &str) -> bool {
    const OPENS_ASIDE: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "which", "who", "whose", "aged", "now",
        "then", "once", "formerly", "himself", "herself", "itself",
    ];
    // The part may be a possessive's owner, with its head noun before the aside:
    // "Greenmoor's director, Hannah Pryce, denied" (trial 161).
    let between = between.trim_start();
    // (Or the owner of a longer title, the possessive a word or two on: "Ashbury council's
    // head of libraries, Tom Brierley, denied", trial 180.)
    let owner_len = between
        .find(['\'', '’'])
        .filter(|&at| {
            words_of(&between[..at]).count() <= 2
                && !between[..at].contains([',', ';', ':'])
                && (between[at..].starts_with("'s ") || between[at..].starts_with("’s "))
        })
        .unwrap_or(0);
    let between = &between[owner_len..];
    let between = match between.strip_prefix("'s ").or(between.strip_prefix("’s ")) {
        Some(head) => match head.split_once(',') {
            Some((noun, _)) if !noun.is_empty() && words_of(noun).count() <= 4 => {
                &head[noun.len()..]
            }
            _ => return false,
        },
        None => between,
    };
    let Some(rest) = between.strip_prefix(',') else {
        return false;
    };
    let Some((aside, after)) = rest.split_once(',') else {
        return false;
    };
    if after.contains([',', ';', ':']) || aside.contains([';', ':', '(', ')']) {
        return false;
    }
    let first = words_of(aside).next().unwrap_or("");
    // (Or a name: "…, Hannah Pryce, denied".)
    let a_name = (1..=4).contains(&words_of(aside).count())
        && words_of(aside).all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let opens = first.starts_with(|c: char| c.is_ascii_digit())
        || OPENS_ASIDE.iter().any(|w| w.eq_ignore_ascii_case(first))
        || a_name;
    // (At most an auxiliary after it, not a new subject: "Unlike Greenmoor, which sold out
    // in 2023, Harbourfest did not sell out".)
    opens
        && words_of(aside).count() <= 8
        && words_of(after).count() <= 2
        && !words_of(after).any(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// Whether `between` (the words between a part and a negation) only joins a second verb
/// to the part: "but", "and then", "yet", "and did", "but has".
fn coordinates(between: &str) -> bool {
    let mut joined = false;
    for word in words_of(between) {
        match word.to_ascii_lowercase().as_str() {
            "but" | "and" | "yet" | "then" => joined = true,
            "later" | "still" | "did" | "does" | "do" | "has" | "have" | "had" | "was" | "were"
            | "is" | "are" => {}
            _ => return false,
        }
    }
    joined
}

/// Words that make what follows them in their clause a figure wanted, asked for, planned,
/// forecast or allowed rather than one that happened: "voted to raise rates to 4.75%",
/// "sought a 10-year sentence", "carries a maximum 10-year sentence", "the target is fewer
/// than 100 cases", "decided against raising rates to 5%".
const UNREALIZED: &str = concat!(
    "want|wants|wanted|wanting|prefer|prefers|preferred|vote|votes|voted|propose|",
    "proposes|proposed|proposing|proposal|argue|argues|argued|favour|favours|favoured|",
    "favor|favors|favored|advise|advises|advised|urge|urges|urged|should|shall|will|",
    "would|could|can|may|might|must|need|needs|needed|threaten|threatens|threatened|",
    "considering|considers|weighing|pressure|signal|signals|signalled|signaled|hint|",
    "hints|hinted|betting|bet|bets|decision|early|seek|seeks|seeking|sought|demand|fear|",
    "fears|feared|course|polling|polled|",
    "demands|demanded|demanding|ask|asks|asked|asking|push|pushed|pushing|lobby|",
    "lobbied|lobbying|carries|carry|maximum|minimum|faced|faces|facing|face|avoided|",
    "escaped|require|requires|required|aim|aims|aimed|target|targets|targeted|budget|",
    "budgeted|plan|plans|planned|intend|intends|intended|expect|expects|expected|hope|",
    "hopes|hoped|against|refrained|refrain|short|ruled|rules|resisted|sets|capped|goal|goals|",
    "ambition|ambitions|commitment|pledge|pledged|pledges|promise|promised|promises",
);

/// The words of `UNREALIZED` that make a figure that meets the claim a plan, not a deed
/// ("Orbitex plans 61 launches"), as written in lower case.
#[rustfmt::skip]
const PLANNED: &[&str] = &[
    "plan", "plans", "planned", "planning", "intend", "intends", "intended", "aim", "aims",
    "aimed", "target", "targets", "targeted", "propose", "proposes", "proposed", "proposal",
    "considering", "considers", "want", "wants", "wanted", "seek", "seeks", "seeking",
    "sought", "pledge", "pledged", "pledges", "promise", "promised", "promises", "hope",
    "hopes", "hoped", "goal", "budget", "budgeted",
];

/// Whether `word` is a budget's, for a claim about money set aside: "Calderbridge's
/// resurfacing budget is £10.5m" states what a claim that the council "set aside £12.4m"
/// (or "allocated", "earmarked") is about, though a budget is a plan to a claim of
/// spending.
fn allocated(claim: &str, word: &str) -> bool {
    #[rustfmt::skip]
    const ALLOCATES: &[&str] = &[
        "budget", "budgets", "budgeted", "allocated", "allocates", "allocate", "earmarked",
        "earmarks", "allotted",
    ];
    let lower = claim.to_ascii_lowercase();
    ["budget", "budgeted"].contains(&word.to_ascii_lowercase().as_str())
        && (lower.contains("set aside")
            || words_of(claim).any(|w| ALLOCATES.iter().any(|a| a.eq_ignore_ascii_case(w))))
}

/// Whether `word` is one of `UNREALIZED`, in any case. (A set: it is asked of every word
/// before a match's figure.)
fn is_unrealized(word: &str) -> bool {
    static SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| UNREALIZED.split('|').collect());
    word.len() <= 12 && SET.contains(word.to_ascii_lowercase().as_str())
}

/// A word of `UNREALIZED` among the few words before the figure in its clause (before the
/// match, or in its gap: "Kellner was set to score 40 goals", "is on course for 40 goals"),
/// unless the claim says it too ("The bridge will cost £12m" is about what it will cost) or
/// the pattern spells it (`budget deficit\b.{0,20}\b{n}%` asks for the deficit). The
/// clause starts after the last comma, semicolon, colon, bracket or quote, or word that opens
/// another clause ("Residents wanted answers after the fire killed 20"). A figure after "the"
/// or a possessive is taken as given ("will review the 1,480 cases", "will appeal her
/// 10-year sentence"), and "faced" must face a risk ("faced a 10-year sentence", not "faced
/// 1,480 cases").
fn unrealized_before<'d>(
    doc: &'d NormalizedDocument,
    parts: &[&Hit],
    claim: &str,
    spelled: &dyn Fn(&str) -> bool,
) -> Option<&'d str> {
    const RISK: &[&str] = &["a", "an", "up", "possible", "potential", "maximum", "life"];
    // The figure's own sentence: under `within: paragraph`, a plan in an earlier sentence
    // ("rejected claims that it plans to close 20 libraries. A spokesperson said 14
    // branches would shut") is not the figure's.
    let (holder, figure) = parts
        .iter()
        .find_map(|hit| hit.numbers.first().map(|figure| (hit, figure)))?;
    let first = parts
        .iter()
        .filter(|hit| hit.sentence == holder.sentence)
        .min_by_key(|hit| hit.range.start)?;
    let sentence = doc.sentences.get(holder.sentence)?.range.start;
    // The figure's whole sentence, which a few rules below read.
    let sentence_text = doc
        .text
        .get(doc.sentences.get(holder.sentence)?.range.clone())?;
    let given = words_of(doc.text.get(sentence..figure.start)?)
        .last()
        .is_some_and(|w| GIVEN.iter().any(|g| g.eq_ignore_ascii_case(w)));
    if given {
        return None;
    }
    let before = doc.text.get(sentence..figure.start)?;
    // A qualifier of the figure is no wish: "fell short of 58%".
    let (_, qualifier) = numbers::qualify(numbers::Interval::exact(0.0), before);
    let before = &before[..before.len() - qualifier.map_or(0, |(_, len)| len)];
    let clause = before
        .rfind([',', ';', ':', '(', ')', '"'])
        .map_or(before, |at| &before[at + 1..]);
    let words: Vec<&str> = words_of(clause).collect();
    // Six words before the match, and every word of the match before the figure.
    let clause_start = sentence + (before.len() - clause.len());
    let before_match = doc
        .text
        .get(clause_start..first.range.start.max(clause_start))
        .map_or(0, |text| words_of(text).count());
    let from = before_match
        .saturating_sub(6)
        .min(words.len().saturating_sub(6));
    for i in (from..words.len()).rev() {
        let word = words[i];
        if negation::opens_clause(word) {
            return None;
        }
        let next = words.get(i + 1).copied().unwrap_or("");
        let next_is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(next));
        // "is set to raise", "is due to": a plan; "set rates at 4.5%" is the deed.
        let planned =
            ["set", "due"].iter().any(|w| w.eq_ignore_ascii_case(word)) && next_is(&["to"]);
        let faced = ["face", "faces", "faced", "facing"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word));
        let unrealized = planned || (is_unrealized(word) && (!faced || next_is(RISK)));
        // "an early rate cut" is wished for; "Early reports that … were wrong" and "early
        // results" are what was said first, which other rules read.
        let said_first = word.eq_ignore_ascii_case("early")
            && (negation::is_frame_noun(next) || next_is(&["results", "returns", "counts"]));
        // "Households can claim £6,500 towards a heat pump under the scheme" (trial 142):
        // what one can claim, receive or get is the entitlement, stated.
        let entitled = word.eq_ignore_ascii_case("can")
            && next_is(&["claim", "receive", "get", "apply", "borrow", "earn", "keep"]);
        // "Kelmsford Borough Council can confirm that the total cost … has risen to £15.1m"
        // (a new user's trial): an office's or a newsroom's way of saying it confirms, as
        // "confirms that" would. Only before "that", and not where the sentence makes it
        // a permission or a promise ("can confirm a cost of £16m only if …", "once the
        // audit is signed off", "by March": a review's cases).
        let can_confirm = word.eq_ignore_ascii_case("can")
            && next_is(&["confirm", "reveal", "report", "announce", "disclose"])
            && words
                .get(i + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("that"))
            && !words_of(sentence_text).any(|w| {
                PERMISSION_OR_PROMISE
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(w))
            });
        // "Surfers Against Sewage said …" (trial 178): a capitalized word between two of a
        // name's is the name's, no plan's.
        let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        // (Not a modal of a headline in title case: "Council Will Cut 40 Jobs".)
        let modal = [
            "will", "would", "should", "could", "may", "might", "must", "shall",
        ]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(word));
        let in_a_name = capital(word)
            && !modal
            && i > 0
            && capital(words[i - 1])
            && (capital(next) || i > 1 && capital(words[i - 2]));
        let unrealized = unrealized
            && !said_first
            && !entitled
            && !can_confirm
            && !in_a_name
            && !votes_for_what_the_claim_says(claim, &words[i..]);
        // A budget is the claim's figure only for the claim's period: "The highways budget
        // was £12.4m in 2019" stays a plan for a claim about 2025-26.
        let budgeted = || {
            let relative = figure.start - sentence..figure.end - sentence;
            allocated(claim, word) && !of_another_period(claim, sentence_text, relative, "")
        };
        // "Tuition fees will stay at £9,250, the Department for Education confirmed": what
        // a confirmation or an announcement sets is stated.
        let set = || {
            ["will", "would"]
                .iter()
                .any(|m| m.eq_ignore_ascii_case(word))
                && words_of(sentence_text).any(confirms)
        };
        if unrealized && !claim_says(claim, word) && !spelled(word) && !budgeted() && !set() {
            return Some(word);
        }
    }
    None
}

/// Words that make "can confirm that …" a permission or a promise rather than a
/// confirmation (`unrealized_before`): a condition, a time to come, a contrast, a negation.
const PERMISSION_OR_PROMISE: &[&str] = &[
    "if", "unless", "once", "only", "when", "whenever", "provided", "should", "after", "before",
    "until", "by", "tomorrow", "next", "soon", "later", "but", "though", "although", "not",
    "never",
];

/// Whether `words` open with a vote on what the claim says was done: "Dunmore councillors
/// voted on Wednesday to raise council tax by 2.99%" (trial 131) is the decision to raise
/// it, for a claim that the council raised it; "members voted to strike" stays a plan for
/// a claim that they went on strike. The verb after "to" (within five words) must be one
/// the claim says, in any form ("raise" for "raised").
fn votes_for_what_the_claim_says(claim: &str, words: &[&str]) -> bool {
    let Some((&vote, rest)) = words.split_first() else {
        return false;
    };
    if !["vote", "votes", "voted"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(vote))
    {
        return false;
    }
    let Some(to) = rest
        .iter()
        .take(5)
        .position(|w| w.eq_ignore_ascii_case("to"))
    else {
        return false;
    };
    // ("voted against plans to raise it", "voted not to raise it" are no decision to.)
    let against = rest[..to].iter().any(|w| {
        ["against", "not", "down"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(w))
    });
    let Some(verb) = rest.get(to + 1).filter(|_| !against) else {
        return false;
    };
    let verb = verb.to_ascii_lowercase();
    let stem = verb.strip_suffix('e').unwrap_or(&verb);
    stem.len() >= 3
        && words_of(claim).any(|w| {
            w.get(..stem.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(stem))
        })
}

/// Words that compare a number with another: negated, they bound it ("did not win more
/// than 52%", "did not top 61%") rather than deny it. ("Did not reach 61%" does deny it.)
const COMPARES: &[&str] = &[
    "more",
    "less",
    "fewer",
    "over",
    "under",
    "above",
    "below",
    "beyond",
    "top",
    "topped",
    "tops",
    "exceed",
    "exceeded",
    "exceeds",
    "surpass",
    "surpassed",
    "surpasses",
];

/// Verbs by which a text binds its parties: "the treaty obliges them to …".
const OBLIGES: &[&str] = &[
    "provides",
    "provide",
    "requires",
    "require",
    "obliges",
    "oblige",
    "obligates",
    "commits",
    "commit",
    "stipulates",
    "stipulate",
];

/// Whether `word`, found in a gap of `matched`, is in a clause that a connective the
/// pattern spells ("after", "because", "since", "when", "before") ends before the rest of
/// the match: `{n} leisure centres\b.{0,40}\bafter councillors voted` over "Four leisure
/// centres in Hartwell will close this autumn after councillors voted …" asks for the vote,
/// which the "will" of the closing does not reach (trial 119), as between two parts of an
/// `all:` (`uncertain_between`).
fn in_a_clause_the_pattern_ends(matched: &str, word: &str, spelled: &dyn Fn(&str) -> bool) -> bool {
    let Some(at) = (word.as_ptr() as usize).checked_sub(matched.as_ptr() as usize) else {
        return false;
    };
    let Some(rest) = matched.get(at..) else {
        return false;
    };
    let rest = rest.to_lowercase();
    ["after", "before", "because", "since", "when"]
        .iter()
        .any(|w| rest.contains(&format!(" {w} ")) && spelled(w))
}

/// The first word of `matched` that `gap_uncertain` lists, that the pattern does not spell and that
/// no idiom holds (`in_idiom`, by byte offset in `matched`: "could not be more cordial");
/// "almost" and "nearly" before a number qualify the number (`numbers` reads them), not the
/// statement.
fn uncertain_in_gap<'t>(
    matched: &'t str,
    spelled: &dyn Fn(&str) -> bool,
    in_idiom: &dyn Fn(usize) -> bool,
) -> Option<&'t str> {
    let mut words = matched
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .peekable();
    let mut previous = "";
    while let Some(word) = words.next() {
        let before = std::mem::replace(&mut previous, word);
        // "The festival in May drew 40,000": the month, not the modal.
        if !gap_uncertain(word) || word == "May" {
            continue;
        }
        // "is on course to meet its target", "on track for", "is set to meet" (trial 131): a
        // forecast; "set a record", "of course" and "the race track" are not.
        let next = words.peek().copied().unwrap_or("");
        let next_is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(next));
        let forecast = match word.to_ascii_lowercase().as_str() {
            "course" | "track" => before.eq_ignore_ascii_case("on") && next_is(&["to", "for"]),
            "set" => {
                ["is", "are", "was", "were", "be", "been", "now", "also"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(before))
                    && next_is(&["to"])
            }
            // "The Harbour Gallery is considering ending free admission", "is planning to
            // end", "plans to scrap" (trial 169: a plan in the gap was read as done); not
            // "Considering the cost", "its planning committee approved", "the plan was".
            "considering" | "weighing" | "exploring" | "discussing" | "planning" => [
                "is", "are", "was", "were", "be", "been", "now", "also", "still", "actively",
            ]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(before)),
            // (A noun after a determiner is no verb: "approved the airport's plans to
            // extend its runway" decides the plan, "to aid its plans to deploy" names one.)
            "plans" | "plan" | "proposes" | "proposing" | "intends" | "intend" | "intended"
            | "seeks" | "seeking" => {
                // (Not `GIVEN`, whose "that" may be a relative pronoun: "a council that
                // plans to scrap it".)
                let noun = before.ends_with("'s")
                    || [
                        "the", "its", "their", "his", "her", "our", "your", "these", "those", "a",
                        "an", "new", "own", "of", "whose",
                    ]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(before));
                next_is(&["to"]) && !noun
            }
            _ => true,
        };
        if !forecast {
            continue;
        }
        // (`split` yields slices of `matched`: each word's offset is where its slice starts.)
        let offset = |w: &str| w.as_ptr() as usize - matched.as_ptr() as usize;
        if ["course", "track", "set"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
        {
            return matched.get(offset(before)..offset(next) + next.len());
        }
        // `split` yields slices of `matched`: the word's offset is where its slice starts.
        let at = word.as_ptr() as usize - matched.as_ptr() as usize;
        if spelled(word) || in_idiom(at) {
            continue;
        }
        let before_number = words.peek().is_some_and(|next| {
            next.starts_with(|c: char| c.is_ascii_digit())
                || crate::numbers::parse_quantity(next).is_some()
        });
        let qualifier = word.eq_ignore_ascii_case("almost") || word.eq_ignore_ascii_case("nearly");
        if qualifier && before_number {
            continue;
        }
        // "The 2025 World Snooker Championship offered a total prize fund of £2.4m" (trial
        // 110): an offer with its object is made; one "to" do something is not yet done.
        let offer = word.eq_ignore_ascii_case("offered") || word.eq_ignore_ascii_case("offering");
        if offer
            && words
                .peek()
                .is_some_and(|next| ["a", "an", "the"].contains(next))
        {
            continue;
        }
        // "paid out £221,000 in pothole compensation claims in 2024" (trial 102): "claims"
        // before a preposition and a year or a figure (here the next part's) is the noun;
        // the verb is followed by what is claimed ("claims in its report that …").
        if word.eq_ignore_ascii_case("claims") {
            let mut ahead = words.clone();
            let preposition = ahead
                .next()
                .is_some_and(|w| ["in", "for", "of", "from", "worth", "totalling"].contains(&w));
            let figure = ahead
                .next()
                .is_none_or(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            if preposition && figure {
                continue;
            }
        }
        return Some(word);
    }
    None
}

/// A pattern with its backslash escapes (`\b`, `\w`, `\.`) blanked out, so that the words
/// left are the ones the analyst spelled.
fn strip_escapes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// Verbs that report a statement as someone's ("Kyiv says", "officials said").
const REPORTING_VERBS: &[&str] = &[
    // Only forms that are verbs: "reports", "claims" and "alleged" are more often nouns or
    // adjectives ("reports that …", "the alleged transfers") and would invent an assertion.
    "said",
    "says",
    "say",
    "told",
    "tells",
    "claimed",
    "alleges",
    "reported",
    "stated",
    "insisted",
    "insists",
    "argued",
    "argues",
    "announced",
    "confirmed",
];

/// Whether `word` confirms or announces ("confirmed", "announces"): what it sets is stated,
/// though it is to come ("The regulator confirmed the cap would be £1,738").
fn confirms(word: &str) -> bool {
    ["confirmed", "confirms", "announced", "announces"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(word))
}

/// Whether a claim's sentence gives someone's word or estimate ("The UKHSA estimated 1,740
/// heat-associated deaths", "Ofqual said 27.8% …"): then what it claims is the saying.
fn gives_someones_word(claim: &str) -> bool {
    #[rustfmt::skip]
    const GIVES: &[&str] = &[
        "said", "says", "estimated", "estimates", "reported", "put", "puts", "claimed",
        "stated",
    ];
    words_of(claim).any(|w| GIVES.iter().any(|g| g.eq_ignore_ascii_case(w)))
}

/// The reporting verb in `before` (the sentence up to a match), if there is one.
/// The word that concedes a denial after a statement: ", though Moscow denies it", ", but
/// Pyongyang denied it".
fn concession(between: &str, cue: &str) -> Option<&'static str> {
    let mark = between.rfind([',', ';'])?;
    // "…; the National Education Union said the true figure was £130,000" (trial 114): a
    // rival's true figure after a semicolon is the other side, as after ", but".
    if between[mark..].starts_with(';')
        && cue.split_whitespace().any(|w| negation::REAL.contains(&w))
    {
        return Some(";");
    }
    let clause = &between[mark + 1..];
    let mut words = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    // "…, but the county's Police and Crime Commissioner, Diane Holt, said the true rise
    // was 19%" (trial 181): the speaker's aside holds the last comma; the clause opens at
    // an earlier one, with no mark but the aside's two commas after it.
    let opened_before_an_aside = || {
        CONCEDING.into_iter().find(|w| {
            between.rfind(&format!(", {w} ")).is_some_and(|at| {
                let rest = &between[at + 2..];
                rest.matches(',').count() <= 2 && !rest.contains([';', ':'])
            })
        })
    };
    let Some(first) = words.next().map(str::to_lowercase) else {
        return opened_before_an_aside();
    };
    // "X, which Moscow denies": the writer states X and
    // grants someone's denial of it, as "though Moscow denies it" does; "X, which is false"
    // is the writer's own denial (no denial verb).
    // "…, which Moscow called baseless", "…, a result Patel called wrong": a dismissal
    // granted to someone, as a denial is.
    let called = clause
        .split(|c: char| !c.is_alphanumeric())
        .any(negation::is_calling);
    let denied = called
        || cue
            .split_whitespace()
            .next()
            .is_some_and(negation::is_denial);
    if first == "which" && denied && words.next().is_some() {
        return Some("which");
    }
    // "X, a claim Pyongyang has denied": X is put as someone's claim, and the denial as
    // another's.
    const CLAIMED: &[(&str, &str)] = &[
        ("claim", "a claim"),
        ("allegation", "an allegation"),
        ("accusation", "an accusation"),
        ("charge", "a charge"),
        ("assertion", "an assertion"),
        ("report", "a report"),
        // "Russia deployed 11,000 troops, a figure the Kremlin denied."
        ("figure", "a figure"),
        ("number", "a number"),
        // "won 23 of the 61 seats, a result the Social Democrats disputed"
        ("result", "a result"),
        ("tally", "a tally"),
        ("estimate", "an estimate"),
        ("account", "an account"),
        ("version", "a version"),
    ];
    if matches!(first.as_str(), "a" | "an") && denied {
        let noun = words.next().map(str::to_lowercase);
        let claimed = CLAIMED.iter().find(|(n, _)| noun.as_deref() == Some(*n));
        if let Some((_, phrase)) = claimed.filter(|_| words.next().is_some()) {
            return Some(phrase);
        }
        // "X, a verdict his lawyers called wrong", "a decision consumer groups called
        // wrong": a judgement of what happened, which grants that it happened.
        const JUDGED: &[&str] = &[
            "verdict",
            "decision",
            "ruling",
            "judgment",
            "judgement",
            "sentence",
            "move",
            "step",
            "choice",
            "view",
            "policy",
        ];
        if called && noun.as_deref().is_some_and(|n| JUDGED.contains(&n)) {
            return Some("judged");
        }
        // "X, a result Patel called wrong": someone's dismissal of what happened.
        if called && noun.is_some() {
            return Some("called");
        }
    }
    CONCEDING
        .into_iter()
        .find(|w| *w == first)
        .or_else(opened_before_an_aside)
}

/// The words that open a clause setting one statement against another: "X, but Y said …",
/// "X, though Moscow denies it".
const CONCEDING: [&str; 5] = ["though", "although", "but", "while", "whereas"];

/// Whether the reporting verb in `before` (the sentence up to a match) reports the
/// dismissal `cue` of a frame that holds the match: "Auditors said the figure of 31 million
/// was inflated", "She said reports that the plant closed were false". The reporter says
/// the match is false; the sentence does not state it.
fn reports_a_dismissal(before: &str, cue: &str) -> bool {
    let words: Vec<&str> = words_of(before).collect();
    let verb = words
        .iter()
        .rposition(|w| REPORTING_VERBS.contains(&w.to_lowercase().as_str()));
    negation::dismisses(cue)
        && verb.is_some_and(|v| words[v + 1..].iter().any(|w| negation::is_frame_noun(w)))
}

/// The last verb of reporting in `before` ("Kyiv says X, a claim Moscow denied"), but not
/// that of people the sentence then calls wrong ("Those who say X are lying"): what they
/// say is denied, not reported and denied.
fn reporting_verb(before: &str) -> Option<&'static str> {
    let mut words = before
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .peekable();
    while let Some(word) = words.next() {
        let word = word.to_lowercase();
        if let Some(verb) = REPORTING_VERBS.iter().find(|v| **v == word) {
            let said_by_who = words.peek().is_some_and(|w| w.eq_ignore_ascii_case("who"));
            return (!said_by_who).then_some(*verb);
        }
    }
    None
}

/// A matcher as the user wrote it, so a reason can be read without opening claims.yaml:
/// `support[1] 'first visit' + '{putin}'`.
fn matcher_text(claim: &Claim, matcher: &CompiledMatcher) -> String {
    let list = match matcher.side {
        Side::Support => &claim.support,
        Side::Contradict => &claim.contradict,
    };
    let parts = list.get(matcher.index).map_or_else(String::new, |m| {
        m.parts
            .iter()
            .map(|p| format!("'{}'", p.text))
            .collect::<Vec<_>>()
            .join(" + ")
    });
    format!("{}[{}] {parts}", matcher.side.as_str(), matcher.index)
}

fn constraint_text(claim: &Claim) -> String {
    claim
        .number
        .as_ref()
        .map_or_else(String::new, ToString::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inputs a fuzzer found crashing the run (each gives a report now): a figure after a
    /// pound sign where the rule for a figure of another kind looks at the word before it
    /// (it cut inside the `£`), and a pattern that matches nothing (`^`, `x*`) in a
    /// document of white space, which has no sentence.
    #[test]
    fn inputs_that_crashed_the_run_give_a_report() {
        let cases = [
            (
                "support: ['£{n}m']\n    number: 1",
                "the union said the true figure was £60m £1m.",
            ),
            ("support: ['£{n}m']\n    number: 1", "£-£60m and £1m."),
            ("support: ['^']", ""),
            ("support: ['x*']", "  \n\n "),
            ("support: ['(?:)']", "\n"),
        ];
        for (matchers, text) in cases {
            let yaml =
                format!("claims:\n  - id: c\n    claim: The cost was £1m.\n    {matchers}\n");
            let Ok((checker, _)) = Checker::from_yaml("claims.yaml", &yaml) else {
                panic!("claims load: {yaml}")
            };
            let report = checker.check_texts([("doc", text)]);
            assert_eq!(report.claims.len(), 1, "{text:?}");
        }
        assert_eq!(start_of_last_word("was £60", char::is_alphanumeric), 6);
        assert_eq!(start_of_last_word("60", char::is_alphanumeric), 0);
        assert_eq!(start_of_last_word("a—", char::is_alphanumeric), "a—".len());
    }

    #[test]
    fn a_clause_that_estimates_the_number_names_its_source() {
        for before in [
            "while Unite put the number at ",
            "while Unite put the number at about ",
            "the union puts it at ",
            "police estimated the total at at least ",
            "but the Rivers Trust said the true figure was ",
            "the union said the figure stood at ",
        ] {
            assert!(estimates_the_number(before), "{before}");
        }
        for before in [
            "Tesco raised the price of four pints of milk to ",
            "Unite put the price at ",
            "while Unite said ",
        ] {
            assert!(!estimates_the_number(before), "{before}");
        }
    }

    #[test]
    fn an_opening_phrase_starts_after_a_colon_but_not_inside_a_time() {
        fn at(s: &str) -> Option<&str> {
            opening_phrase(s, s.len())
        }
        assert_eq!(
            at("Badly hit four years ago: in 2022, 210,000 birds"),
            Some("in 2022")
        );
        assert_eq!(at("Hit hard; in 2022, 210,000 birds"), Some("in 2022"));
        assert_eq!(at("At 10:30, police said 40 people"), Some("At 10:30"));
        assert_eq!(at("No comma here"), None);
    }

    /// A report folded to its counts (`ReportBuilder::fold_from`) passes and fails every claim
    /// as the full report does, with the same failures: the documents a failed count names
    /// (the first three in id order, and how many more), pinned documents' verdicts, a
    /// pinned document never checked; documents added in any order.
    #[test]
    fn a_folded_report_decides_every_claim_as_the_full_report() {
        let yaml = r#"
claims:
  - id: rose
    claim: Sales rose.
    support: ['sales rose']
    contradict: ['sales fell']
    expect:
      supports: '<= 1'
      documents:
        d2: contradicts
        d4: omits
        d9: supports
  - id: fell
    claim: Sales fell.
    support: ['sales fell']
    expect: contradicted
  - id: never
    claim: Nothing says this.
    support: ['no document says this']
"#;
        let (checker, _) = Checker::from_yaml("claims.yaml", yaml)
            .unwrap_or_else(|problems| panic!("{problems:?}"));
        let texts = [
            ("d5", "Sales rose in May."),
            ("d1", "Sales rose in January."),
            ("d4", "Sales rose in April. Sales fell in April too."),
            ("d3", "Sales rose in March."),
            ("d2", "Sales rose in February."),
            ("d6", "Sales fell in June."),
            ("d7", "Nothing here."),
        ];
        let texts: Vec<(&str, Text)> = texts
            .iter()
            .map(|&(id, text)| (id, Text::plain(text)))
            .collect();
        let results = || {
            checker.check_documents_keeping(
                texts
                    .iter()
                    .map(|(id, text)| (DocumentInfo::new(id, None, id), text))
                    .collect(),
                false,
            )
        };
        let full = checker.report(results(), Vec::new());
        // Folded from the start, after some documents (what was kept so far is folded
        // then), after all of them; never, when fewer are added.
        for fold_at in [0, 1, 3, 7, 8] {
            let mut builder = checker.report_builder().fold_from(fold_at);
            for result in results() {
                builder.add(result);
            }
            let folded = builder.finish(Vec::new());
            if fold_at > 7 {
                assert_eq!(folded, full);
                continue;
            }
            assert_eq!(folded.folded, Some(7));
            assert_eq!(folded.document_count(), 7);
            assert!(folded.documents.is_empty());
            assert_eq!(folded.summary, full.summary);
            for (folded, full) in folded.claims.iter().zip(&full.claims) {
                let what = format!("{} folded at {fold_at}", full.id);
                assert_eq!(folded.verdict_counts(), full.verdict_counts(), "{what}");
                assert_eq!(folded.passed, full.passed, "{what}");
                assert_eq!(folded.failures, full.failures, "{what}");
                assert!(folded.verdicts.is_folded());
                assert_eq!(folded.verdicts.iter().count(), 0);
            }
        }
        // What the comparison covers: a count naming three documents of five, a pinned
        // document with another verdict, one never checked, an unmet `contradicted`.
        assert_eq!(
            full.claims[0].failures,
            [
                "expected supporting documents <= 1, found 5 (d1, d2, d3 and 2 more)",
                "expected d2 to be contradicts, found supports",
                "expected d4 to be omits, found mixed",
                "expected d9 to be supports, but no such document was checked",
            ]
        );
        assert!(!full.claims[1].passed && !full.claims[2].passed);
    }

    #[test]
    fn claims_in_either_list_come_out_once_in_claim_order() {
        let verdicts = [(1, 'a'), (4, 'b'), (7, 'c')];
        let evidence = [(0, "x"), (4, "y"), (9, "z")];
        let merged: Vec<_> = by_claim(verdicts, evidence).collect();
        assert_eq!(
            merged,
            [
                (0, None, Some("x")),
                (1, Some('a'), None),
                (4, Some('b'), Some("y")),
                (7, Some('c'), None),
                (9, None, Some("z")),
            ]
        );
        assert_eq!(by_claim::<char, char>([], []).count(), 0);
    }
}
