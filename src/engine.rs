//! The checking engine: from claims and document texts to a `Report`.
//!
//! This module owns the order of work (segment → normalize → scan → weigh evidence →
//! verdict) and turns hits into evidence. It never touches the file system or the terminal:
//! it takes text and returns values.

use crate::claims::{Claim, ClaimsFile, HedgePolicy, Side, Within};
use crate::diagnostic::Diagnostic;
use crate::document::Text;
use crate::negation::{self, Assessment};
use crate::normalize::NormalizedDocument;
use crate::numbers::{self, NumberOutcome};
use crate::pattern::{self, CompiledClaims, CompiledMatcher};
use crate::report::{ClaimReport, DocumentInfo, DocumentVerdict, Evidence, NumberFound, Report};
use crate::scan::{self, Hit};
use crate::segment;
use crate::verdict::{self, Verdict};
use std::ops::Range;

/// A claims file ready to check documents: patterns compiled once, used for every document.
#[derive(Debug)]
pub struct Checker {
    pub file: ClaimsFile,
    compiled: CompiledClaims,
}

/// What one document did to every claim, in claim order.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentResult {
    pub document: DocumentInfo,
    pub verdicts: Vec<DocumentVerdict>,
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
            Some(compiled) => Ok((Checker { file, compiled }, problems)),
            None => Err(problems),
        }
    }

    /// Keeps only the claims for which `keep` is true (the CLI's `--claim` and `--tag`).
    pub fn retain_claims(&mut self, mut keep: impl FnMut(&Claim) -> bool) {
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
        let sentences = segment::segment(&text.text);
        let normalized = NormalizedDocument::new(&text.text, &sentences);
        let hits = scan::scan(&self.compiled, &normalized);
        let context = Context {
            text,
            normalized: &normalized,
            hits: &hits,
        };
        let verdicts = self
            .file
            .claims
            .iter()
            .zip(&self.compiled.claims)
            .map(|(claim, compiled)| {
                let mut evidence = Vec::new();
                for matcher in &compiled.matchers {
                    context.weigh(claim, matcher, &mut evidence);
                }
                evidence.sort_by_key(|e| (e.start, e.end, e.matcher.clone()));
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
                DocumentVerdict {
                    verdict: Verdict::from_evidence(support, contradiction),
                    evidence,
                }
            })
            .collect();
        DocumentResult { document, verdicts }
    }

    /// Builds the report from each document's result (in any order: documents are sorted
    /// by id so the report never depends on the order they were checked in).
    pub fn report(&self, mut results: Vec<DocumentResult>, warnings: Vec<String>) -> Report {
        results.sort_by(|a, b| a.document.id.cmp(&b.document.id));
        let claims: Vec<ClaimReport> = self
            .file
            .claims
            .iter()
            .enumerate()
            .map(|(i, claim)| {
                let verdicts: Vec<(String, DocumentVerdict)> = results
                    .iter()
                    .filter_map(|r| {
                        r.verdicts
                            .get(i)
                            .map(|v| (r.document.id.clone(), v.clone()))
                    })
                    .collect();
                let pairs: Vec<(&str, Verdict)> = verdicts
                    .iter()
                    .map(|(id, v)| (id.as_str(), v.verdict))
                    .collect();
                let failures = verdict::unmet(&claim.expect, &pairs);
                ClaimReport {
                    id: claim.id.clone(),
                    claim: claim.claim.clone(),
                    tags: claim.tags.clone(),
                    line: claim.line,
                    passed: failures.is_empty(),
                    failures,
                    verdicts,
                    note: claim.note.clone(),
                }
            })
            .collect();
        Report {
            documents: results.into_iter().map(|r| r.document).collect(),
            summary: Report::summarize(&claims),
            claims,
            warnings,
        }
    }

    /// Checks texts given as `(id, text)` pairs: the whole pipeline in one call, for
    /// library users and tests.
    pub fn check_texts<'a>(
        &self,
        documents: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Report {
        let results = documents
            .into_iter()
            .map(|(id, text)| {
                let info = DocumentInfo {
                    id: id.to_string(),
                    label: self.label(id),
                    path: id.to_string(),
                };
                self.check_document(info, &Text::plain(text))
            })
            .collect();
        self.report(results, Vec::new())
    }

    /// The label the claims file gives document `id`, if any.
    pub fn label(&self, id: &str) -> Option<String> {
        self.file
            .labels
            .iter()
            .find(|(doc, _)| doc == id)
            .map(|(_, label)| label.clone())
    }
}

struct Context<'a> {
    text: &'a Text,
    normalized: &'a NormalizedDocument,
    hits: &'a [Vec<Hit>],
}

impl Context<'_> {
    /// Finds the occurrences of one matcher and turns each into evidence.
    fn weigh(&self, claim: &Claim, matcher: &CompiledMatcher, out: &mut Vec<Evidence>) {
        let Some((&first, rest)) = matcher.parts.split_first() else {
            return;
        };
        if rest.is_empty() {
            for hit in &self.hits[first] {
                out.push(self.evidence(claim, matcher, &[hit]));
            }
            return;
        }
        // Every part must occur in the same unit (sentence or paragraph); one piece of
        // evidence per unit, built from the first hit of each part in it.
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
            let mut parts = vec![hit];
            for &part in rest {
                match self.hits[part].iter().find(|h| unit(h) == here) {
                    Some(found) => parts.push(found),
                    None => break,
                }
            }
            if parts.len() == matcher.parts.len() {
                out.push(self.evidence(claim, matcher, &parts));
            }
        }
    }

    fn evidence(&self, claim: &Claim, matcher: &CompiledMatcher, parts: &[&Hit]) -> Evidence {
        let doc = self.normalized;
        // Negation and hedging are judged part by part, each within its own sentence.
        let mut negation = None;
        let mut hedge = None;
        for hit in parts {
            let sentence = &doc.sentences[hit.sentence].range;
            let Assessment {
                negation: n,
                hedge: h,
            } = negation::assess(
                &doc.text[sentence.clone()],
                hit.range.start - sentence.start..hit.range.end - sentence.start,
            );
            negation = negation.or(n);
            hedge = hedge.or(h);
        }
        let numbers: Vec<(NumberFound, Option<NumberOutcome>)> = parts
            .iter()
            .flat_map(|hit| hit.numbers.iter().map(move |n| (*hit, n)))
            .map(|(hit, range)| self.number(claim, matcher.side, hit, range))
            .collect();
        let breaks = numbers
            .iter()
            .any(|(_, o)| *o == Some(NumberOutcome::Breaks));
        let inconclusive = numbers
            .iter()
            .any(|(_, o)| *o == Some(NumberOutcome::Inconclusive));

        let mut role = matcher.side;
        let mut counted = true;
        let cue = hedge.as_ref().or(negation.as_ref()).map(|c| c.text.clone());
        let why = match (matcher.side, &hedge, &negation) {
            (side, Some(cue), _) => {
                counted = side == Side::Support && claim.hedged == HedgePolicy::Support;
                if counted {
                    format!("hedged by \"{}\"; counted as support because the claim says `hedged: support`", cue.text)
                } else {
                    format!(
                        "hedged by \"{}\": uncertain, so it counts neither way",
                        cue.text
                    )
                }
            }
            (Side::Support, None, Some(cue)) if breaks => {
                counted = false;
                format!("negated by \"{}\" and its number differs from `number: {}`: it says nothing either way", cue.text, constraint_text(claim))
            }
            (Side::Support, None, Some(cue)) => {
                role = Side::Contradict;
                format!(
                    "support match negated by \"{}\": counts against the claim",
                    cue.text
                )
            }
            (Side::Contradict, None, Some(cue)) => {
                counted = false;
                format!("contradict match negated by \"{}\": dropped", cue.text)
            }
            (Side::Support, None, None) if breaks => {
                role = Side::Contradict;
                format!(
                    "the number is outside `number: {}`: counts against the claim",
                    constraint_text(claim)
                )
            }
            (Side::Support, None, None) if inconclusive => {
                counted = false;
                format!(
                    "the number neither meets nor breaks `number: {}`: it counts neither way",
                    constraint_text(claim)
                )
            }
            (Side::Support, None, None) if !numbers.is_empty() && claim.number.is_some() => {
                format!(
                    "matches support[{}] and the number meets `number: {}`",
                    matcher.index,
                    constraint_text(claim)
                )
            }
            (side, None, None) => format!("matches {}[{}]", side.as_str(), matcher.index),
        };

        // Positions: the evidence spans from its first part to its last.
        let start = parts.iter().map(|h| h.range.start).min().unwrap_or(0);
        let end = parts.iter().map(|h| h.range.end).max().unwrap_or(start);
        let source = doc.source_range(start..end);
        let first_sentence = parts.iter().map(|h| h.sentence).min().unwrap_or(0);
        let last_sentence = parts.iter().map(|h| h.sentence).max().unwrap_or(0);
        let sentence_source =
            doc.sentences[first_sentence].source.start..doc.sentences[last_sentence].source.end;
        let original = &self.text.text;
        let mut marks: Vec<(usize, usize)> = parts
            .iter()
            .map(|h| {
                let r = doc.source_range(h.range.clone());
                (
                    r.start - sentence_source.start,
                    r.end - sentence_source.start,
                )
            })
            .collect();
        marks.sort_unstable();
        let matched = marks
            .iter()
            .map(|&(a, b)| &original[sentence_source.start + a..sentence_source.start + b])
            .collect::<Vec<_>>()
            .join(" … ");
        let position = self.text.position(source.start);
        Evidence {
            role,
            counted,
            negated: negation.is_some() && hedge.is_none(),
            hedged: hedge.is_some(),
            cue,
            matcher: format!("{}[{}]", matcher.side.as_str(), matcher.index),
            why,
            numbers: numbers.into_iter().map(|(n, _)| n).collect(),
            line: position.line,
            column: position.column,
            start: position.offset,
            end: self.text.file_offset(source.end),
            sentence: original[sentence_source].to_string(),
            matched,
            marks,
        }
    }

    fn number(
        &self,
        claim: &Claim,
        side: Side,
        hit: &Hit,
        range: &Range<usize>,
    ) -> (NumberFound, Option<NumberOutcome>) {
        let doc = self.normalized;
        let sentence_start = doc.sentences[hit.sentence].range.start;
        let written = &doc.text[range.clone()];
        let value = numbers::parse_quantity(written).unwrap_or(numbers::Interval {
            lo: f64::NAN,
            hi: f64::NAN,
        });
        let (value, qualifier) = numbers::qualify(value, &doc.text[sentence_start..range.start]);
        let text_start = qualifier.map_or(range.start, |(_, len)| range.start - len);
        let outcome = match (&claim.number, side) {
            (Some(constraint), Side::Support) if value.lo.is_nan() => {
                let _ = constraint;
                Some(NumberOutcome::Inconclusive)
            }
            (Some(constraint), Side::Support) => Some(constraint.check(value)),
            _ => None,
        };
        let found = NumberFound {
            text: doc.text[text_start..range.end].to_string(),
            low: value.lo,
            high: value.hi,
            outcome: outcome.map(|o| match o {
                NumberOutcome::Holds => "holds",
                NumberOutcome::Breaks => "breaks",
                NumberOutcome::Inconclusive => "inconclusive",
            }),
        };
        (found, outcome)
    }
}

fn constraint_text(claim: &Claim) -> String {
    claim
        .number
        .as_ref()
        .map_or_else(String::new, ToString::to_string)
}
