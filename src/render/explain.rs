//! `factcheck explain`: for one claim, every document's verdict and each piece of
//! evidence with its location, the sentence with the match marked, and why it counted; for
//! a document that omits the claim, its near misses (the sentences closest to the claim).

use super::{paint, wrap, Style};
use crate::engine::SkippedFigure;
use crate::nearmiss::NearMiss;
use crate::report::{ClaimReport, Evidence, Report};
use crate::verdict::Verdict;
use std::fmt::Write;

/// Renders the explanation of `claim`. `documents` narrows it to those ids when not empty.
/// `closest`, when not empty, names the documents that just omit the claim to show one by
/// one (those with the closest near misses), in place of the first by id. `near_misses` holds, by document id, the sentences closest to the claim (`nearmiss`),
/// shown for documents that omit it; pass none where the texts are not at hand. `skipped`
/// holds, by document id, where a pattern matched but its figure was not counted.
pub fn render(
    report: &Report,
    claim: &ClaimReport,
    documents: &[String],
    closest: Option<&[&str]>,
    near_misses: &[(String, Vec<NearMiss>)],
    skipped: &[(String, Vec<SkippedFigure>)],
    style: Style,
) -> String {
    let asked = Asked {
        documents,
        closest,
        near_misses,
        skipped,
        unlisted: Unlisted::default(),
        failure: false,
    };
    render_asked(report, claim, &asked, style)
}

/// Documents of a claim that a report built to explain it leaves out
/// (`json::SpilledClaims::excerpt`), counted where `explain` would list them by id: the
/// report holds the documents `explain` shows and names, and these make its counts those
/// of every document. An excerpt then explains a claim of a run over any number of
/// documents in memory that does not grow with them, as JUnit's failure details need.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unlisted {
    /// Documents that do not just omit the claim (evidence), by verdict
    /// (`Verdict::index`). Pinned documents are always listed.
    pub by_verdict: [usize; 4],
    /// Documents that just omit the claim.
    pub plain: usize,
}

/// How many documents of one verdict that do not just omit a claim an excerpt must hold
/// for its explanation to read as the whole report's: those shown, and those named.
pub const LISTED_PER_VERDICT: usize = SHOWN_WITH_EVIDENCE + SHOWN_OMISSIONS;

/// How many documents that just omit a claim an excerpt must hold: those shown one by one
/// (none when `closest` is given and empty, as for JUnit), and those named.
pub const LISTED_PLAIN: usize = 2 * SHOWN_OMISSIONS;

/// The explanation of a failed claim as a test report's failure details: every document
/// that does not just omit it, the others by id, no near misses (the texts are not at
/// hand). `report` may be an excerpt, with the documents it leaves out in `unlisted`.
pub fn render_failure(
    report: &Report,
    claim: &ClaimReport,
    unlisted: Unlisted,
    style: Style,
) -> String {
    let asked = Asked {
        documents: &[],
        closest: Some(&[]),
        near_misses: &[],
        skipped: &[],
        unlisted,
        failure: true,
    };
    render_asked(report, claim, &asked, style)
}

/// What an explanation is asked to show beside the claim (see `render`).
struct Asked<'a> {
    documents: &'a [String],
    closest: Option<&'a [&'a str]>,
    near_misses: &'a [(String, Vec<NearMiss>)],
    skipped: &'a [(String, Vec<SkippedFigure>)],
    unlisted: Unlisted,
    /// A failure's details (`render_failure`): what fails the claim comes first.
    failure: bool,
}

fn render_asked(report: &Report, claim: &ClaimReport, asked: &Asked<'_>, style: Style) -> String {
    let Asked {
        documents,
        closest,
        near_misses,
        skipped,
        unlisted,
        failure,
    } = *asked;
    let width = usize::from(style.width);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} (line {})",
        paint(&claim.id, "1", style),
        claim.line
    );
    out.push_str(&wrap(&claim.claim, width, "  "));
    let (supports, contradicts) = claim.counts();
    let [u_supports, _, u_contradicts, u_mixed] = unlisted.by_verdict;
    let (supports, contradicts) = (
        supports + u_supports + u_mixed,
        contradicts + u_contradicts + u_mixed,
    );
    // The sides that fail the claim by having too many documents: their documents are what
    // fails it.
    let tally = crate::verdict::Tally {
        supports,
        contradicts,
    };
    let [too_many_support, too_many_contradiction] = crate::verdict::too_many(&claim.expect, tally);
    let counts_against = |verdict: Verdict| {
        too_many_support && verdict.counts_as_support()
            || too_many_contradiction && verdict.counts_as_contradiction()
    };
    let result = if claim.expect.asserts_nothing() {
        // "PASS: 0 supporting, 3 contradicting" read as a verdict on the claim.
        format!(
            "{} (`expect: {{}}` asserts nothing)",
            paint("PASS", "1;32", style)
        )
    } else if claim.passed {
        paint("PASS", "1;32", style)
    } else {
        paint("FAIL", "1;31", style)
    };
    let _ = writeln!(
        out,
        "  {result}: {supports} supporting, {contradicts} contradicting"
    );
    for failure in &claim.failures {
        let _ = writeln!(out, "  - {failure}");
    }
    if let Some(note) = &claim.note {
        out.push_str(&wrap(&format!("note: {note}"), width, "  "));
    }
    let mut selection = select(report, claim, documents, closest);
    // The documents that just omit the claim come last, the closest sentence first (by id
    // on a tie, and for those with none).
    if documents.is_empty() {
        let best = |i: usize| {
            let id = report.documents.get(i).map(|d| d.id());
            near_misses
                .iter()
                .find(|(doc, _)| Some(doc.as_str()) == id)
                .map_or(0.0, |(_, near)| {
                    near.iter().map(|n| n.score).fold(0.0, f64::max)
                })
        };
        let omits = |i: usize| is_plain_omission(report, claim, i);
        // Failure details lead with what fails the claim (a trial reader of a claim failed
        // by contradictions found its supporting documents first, sorted by id): a pinned
        // document with another verdict, then the documents that count against what the
        // claim expects; the others after, each in id order.
        let against = |i: usize| {
            let Some(verdict) = claim.verdicts.get(i).map(|v| v.verdict) else {
                return 2;
            };
            let id = report.documents.get(i).map_or("", |d| d.id());
            if claim.is_unexpected(id, verdict) {
                0
            } else if counts_against(verdict) {
                1
            } else {
                2
            }
        };
        let rank = |i: usize| if failure { against(i) } else { 0 };
        // (A total order: documents with evidence, in their order, then the omissions.)
        let key = |i: usize| (omits(i), rank(i), if omits(i) { -best(i) } else { 0.0 });
        selection.shown.sort_by(|&a, &b| {
            let (a, b) = (key(a), key(b));
            (a.0, a.1).cmp(&(b.0, b.1)).then(a.2.total_cmp(&b.2))
        });
    }
    for &i in &selection.shown {
        let (Some(document), Some(verdict)) = (report.documents.get(i), claim.verdicts.get(i))
        else {
            continue;
        };
        let id = document.id();
        let name = match document.label() {
            Some(label) => format!("{label} ({id})"),
            None => id.to_string(),
        };
        let _ = writeln!(
            out,
            "\n{}: {}",
            paint(&name, "1", style),
            paint(
                verdict.verdict.as_str(),
                verdict_color(verdict.verdict),
                style
            )
        );
        let figures = skipped.iter().find(|(doc, _)| doc == id).map(|(_, f)| f);
        render_cell(&mut out, document.path(), verdict.evidence, figures, style);
        let near = near_misses.iter().find(|(doc, _)| doc == id);
        if let (Verdict::Omits, Some((_, near))) = (verdict.verdict, near) {
            // Not a sentence shown above as matched but not counted (trial 142's reader
            // took it for one the patterns missed).
            let shown = |miss: &NearMiss| {
                verdict.evidence.iter().any(|piece| {
                    piece
                        .sentence
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        == miss.sentence
                })
            };
            let others: Vec<NearMiss> = near.iter().filter(|m| !shown(m)).cloned().collect();
            if others.len() == near.len() || !others.is_empty() {
                render_near_misses(&mut out, document.path(), &others, style);
            }
        }
    }
    // In a failure's details, the verdicts that fail the claim first, as above.
    let mut kinds: Vec<usize> = (0..selection.folded_with_evidence.len()).collect();
    if failure {
        kinds.sort_by_key(|&kind| !counts_against(Verdict::ALL[kind]));
    }
    for kind in kinds {
        let ids = &selection.folded_with_evidence[kind];
        let total = ids.len() + unlisted.by_verdict[kind];
        if total == 0 {
            continue;
        }
        let one = total == 1;
        let verb = match (kind, one) {
            (0, false) => "documents support it",
            (0, true) => "document supports it",
            (1, false) => "documents omit it with evidence that does not count",
            (1, true) => "document omits it with evidence that does not count",
            (2, false) => "documents contradict it",
            (2, true) => "document contradicts it",
            (_, false) => "documents are mixed",
            (_, true) => "document is mixed",
        };
        let line = format!(
            "{total} more {verb} (the first {SHOWN_WITH_EVIDENCE} are shown above): {} (`factcheck explain {} --document ID` shows one; `factcheck check --claim {} --format json` has them all)",
            some_of(ids, total),
            claim.id,
            claim.id
        );
        out.push('\n');
        out.push_str(&wrap(&line, width, ""));
    }
    let plain_folded = selection.folded.len() + unlisted.plain;
    if plain_folded > 0 {
        let which = match closest {
            Some(closest) if !closest.is_empty() => {
                " and no sentence closer to it than those shown"
            }
            _ => "",
        };
        let more = if selection
            .shown
            .iter()
            .any(|&i| is_plain_omission(report, claim, i))
        {
            " more"
        } else {
            ""
        };
        let count = match plain_folded {
            1 => format!("1{more} document omits"),
            n => format!("{n}{more} documents omit"),
        };
        let line = format!(
            "{count} it, with no pattern of this claim matched{which}: {} (`factcheck explain {} --document ID` shows one, with its near misses)",
            some_of(&selection.folded, plain_folded),
            claim.id
        );
        out.push('\n');
        out.push_str(&wrap(&line, width, ""));
    }
    out
}

/// Renders one document's verdict on every claim of `report`: each claim it does not just
/// omit, with its evidence (and the verdict claims.yaml expects of it, when it says one),
/// then the claims it omits with no pattern matched, by id. For `explain --document DOC`
/// without a claim: what a reader of one document asks.
/// `omitted` is `plain_omitted_claims` of the document, which the caller needs too (to
/// find the claims the document nearly states, `closest`).
pub fn render_document(
    report: &Report,
    document: &str,
    skipped: &[Vec<SkippedFigure>],
    omitted: &[usize],
    closest: &[(usize, NearMiss)],
    style: Style,
) -> String {
    let width = usize::from(style.width);
    let mut out = String::new();
    let Some((index, info)) = report
        .documents
        .iter()
        .enumerate()
        .find(|(_, d)| d.id() == document)
    else {
        return out;
    };
    let name = match info.label() {
        Some(label) => format!("{label} ({document})"),
        None => document.to_string(),
    };
    let _ = writeln!(out, "{}  {}", paint(&name, "1", style), info.path());
    let mut plain = vec![false; report.claims.len()];
    for &c in omitted {
        if let Some(slot) = plain.get_mut(c) {
            *slot = true;
        }
    }
    let mut omitted = Vec::new();
    for (c, claim) in report.claims.iter().enumerate() {
        let figures = skipped.get(c).filter(|f| !f.is_empty());
        let Some(verdict) = claim.verdicts.get(index) else {
            continue;
        };
        let expected = claim
            .expect
            .documents
            .iter()
            .find(|(id, _)| id == document)
            .map(|(_, expected)| *expected);
        if plain[c] {
            omitted.push(claim.id.as_str());
            continue;
        }
        let mark = match expected {
            Some(expected) if expected != verdict.verdict => {
                format!(
                    " {}",
                    paint(&format!("! expected {expected}"), "1;31", style)
                )
            }
            Some(_) => " (as expected)".to_string(),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "\n{} (line {}): {}{mark}",
            paint(&claim.id, "1", style),
            claim.line,
            paint(
                verdict.verdict.as_str(),
                verdict_color(verdict.verdict),
                style
            )
        );
        out.push_str(&wrap(&claim.claim, width, "  "));
        render_cell(&mut out, info.path(), verdict.evidence, figures, style);
    }
    if !omitted.is_empty() {
        let listed = if omitted.len() <= 30 {
            omitted.join(", ")
        } else {
            format!(
                "{} and {} more",
                omitted[..30].join(", "),
                omitted.len() - 30
            )
        };
        let count = match omitted.len() {
            1 => "1 claim".to_string(),
            n => format!("{n} claims"),
        };
        let line = format!(
            "{count} omitted, with no pattern matched: {listed} (`factcheck explain CLAIM --document {document}` shows one, with its near misses)"
        );
        out.push('\n');
        out.push_str(&wrap(&line, width, ""));
    }
    if !closest.is_empty() {
        let _ = writeln!(
            out,
            "\nnearly stated: the omitted claims closest to a sentence of this document"
        );
        for (c, miss) in closest {
            let Some(claim) = report.claims.get(*c) else {
                continue;
            };
            let _ = writeln!(
                out,
                "  {} (line {})  score {:.1}  shares: {}",
                paint(&claim.id, "1", style),
                claim.line,
                miss.score,
                miss.shared.join(", ")
            );
            let _ = writeln!(out, "  {}:{}:{}", info.path(), miss.line, miss.column);
            render_miss_sentence(&mut out, miss, style);
        }
    }
    out
}

/// The claims (indexes) that document `document` just omits: no evidence, no figure
/// skipped (`skipped`, by claim), no verdict expected of it. `explain --document` lists
/// them by id, with the closest few as near misses.
pub fn plain_omitted_claims(
    report: &Report,
    document: &str,
    skipped: &[Vec<SkippedFigure>],
) -> Vec<usize> {
    let Some(index) = report.documents.iter().position(|d| d.id() == document) else {
        return Vec::new();
    };
    report
        .claims
        .iter()
        .enumerate()
        .filter(|(c, claim)| {
            let figures = skipped.get(*c).is_some_and(|f| !f.is_empty());
            let expected = claim.expect.documents.iter().any(|(id, _)| id == document);
            claim.verdicts.get(index).is_some_and(|verdict| {
                verdict.verdict == Verdict::Omits
                    && verdict.evidence.is_empty()
                    && !expected
                    && !figures
            })
        })
        .map(|(c, _)| c)
        .collect()
}

/// Which documents `explain` shows one by one (their indexes in `report.documents`), and
/// which it lists by id.
struct Selection<'a> {
    shown: Vec<usize>,
    /// Documents that just omit the claim, past `SHOWN_OMISSIONS`.
    folded: Vec<&'a str>,
    /// Documents with evidence past `SHOWN_WITH_EVIDENCE` of one verdict, by verdict
    /// (`Verdict::index`).
    folded_with_evidence: [Vec<&'a str>; 4],
}

/// Over a large corpus most documents just omit a claim: past a few, they are listed by id
/// in one paragraph, not a paragraph each with its near misses (a JUnit failure over 20,000
/// documents was megabytes of "no pattern matched"; `explain` of a claim over 1,000, 12,000
/// lines with the one contradicting document at line 2,847). Documents with evidence, past
/// `SHOWN_WITH_EVIDENCE` of one verdict, are listed by id too: a claim that 3,000 documents
/// support was 90,000 lines. `documents`, when not empty, are all shown; `closest`, when
/// given, are the documents that just omit the claim to show (when none is close, none).
/// A document the claims file pins is always shown. The documents with evidence come
/// first, then those that just omit the claim, each in id order: the evidence is what a
/// reader asks `explain` for.
fn select<'a>(
    report: &'a Report,
    claim: &ClaimReport,
    documents: &[String],
    closest: Option<&[&str]>,
) -> Selection<'a> {
    let mut selection = Selection {
        shown: Vec::new(),
        folded: Vec::new(),
        folded_with_evidence: Default::default(),
    };
    let (mut shown_omissions, mut shown) = (0, [0usize; 4]);
    let mut omissions = Vec::new();
    for (i, (document, verdict)) in report
        .documents
        .iter()
        .zip(claim.verdicts.iter())
        .enumerate()
    {
        let id = document.id();
        if !documents.is_empty() {
            if documents.iter().any(|d| d == id) {
                selection.shown.push(i);
            }
            continue;
        }
        if just_omits(claim, id, &verdict) {
            let ranked_out = closest.is_some_and(|closest| !closest.contains(&id));
            if shown_omissions == SHOWN_OMISSIONS || ranked_out {
                selection.folded.push(id);
                continue;
            }
            shown_omissions += 1;
            omissions.push(i);
            continue;
        } else if claim.expect.documents.iter().any(|(doc, _)| doc == id) {
            // A document the claims file pins is always shown, past any number of others.
            selection.shown.push(i);
            continue;
        } else {
            let kind = verdict.verdict.index();
            if shown[kind] == SHOWN_WITH_EVIDENCE {
                selection.folded_with_evidence[kind].push(id);
                continue;
            }
            shown[kind] += 1;
        }
        selection.shown.push(i);
    }
    selection.shown.extend(omissions);
    selection
}

/// The ids of the documents that omit `claim` and that `explain` shows one by one: the only
/// ones whose near misses (and skipped figures) are worth reading the documents again for.
pub fn omissions_shown<'a>(
    report: &'a Report,
    claim: &ClaimReport,
    documents: &[String],
    closest: Option<&[&str]>,
) -> Vec<&'a str> {
    select(report, claim, documents, closest)
        .shown
        .into_iter()
        .filter(|&i| claim.verdicts.verdict(i) == Verdict::Omits)
        .filter_map(|i| report.documents.get(i).map(|d| d.id()))
        .collect()
}

/// The documents that just omit `claim` (no evidence, no expectation pins them), in id
/// order: those `closest` ranks by their near misses.
pub fn plain_omissions<'a>(report: &'a Report, claim: &ClaimReport) -> Vec<&'a str> {
    report
        .documents
        .iter()
        .zip(claim.verdicts.iter())
        .filter(|(document, verdict)| just_omits(claim, document.id(), verdict))
        .map(|(document, _)| document.id())
        .collect()
}

/// Whether document `i` of `report` is a plain omission of `claim` (`just_omits`). Asked
/// of the documents shown, where looking each up in `plain_omissions` made a failing
/// claim's explanation (and JUnit's failure details) quadratic in the documents: JUnit of
/// 1,000 claims over 20,000 documents spent half its 15 s comparing ids.
fn is_plain_omission(report: &Report, claim: &ClaimReport, i: usize) -> bool {
    match (report.documents.get(i), claim.verdicts.get(i)) {
        (Some(document), Some(verdict)) => just_omits(claim, document.id(), &verdict),
        _ => false,
    }
}

/// Whether document `id`, with `verdict`, just omits `claim`: no evidence, and no
/// expectation pins it.
fn just_omits(claim: &ClaimReport, id: &str, verdict: &crate::report::VerdictRef<'_>) -> bool {
    verdict.verdict == Verdict::Omits
        && verdict.evidence.is_empty()
        && !claim.expect.documents.iter().any(|(doc, _)| doc == id)
}

/// Of `near_misses` (by document), the `SHOWN_OMISSIONS` documents whose closest sentence
/// scores highest (the earlier id on a tie); documents with no near miss are never among
/// them, so the list may be short or empty. None when all of them are shown anyway.
pub fn closest(near_misses: &[(String, Vec<NearMiss>)]) -> Option<Vec<&str>> {
    if near_misses.len() <= SHOWN_OMISSIONS {
        return None;
    }
    let best = |near: &[NearMiss]| near.iter().map(|n| n.score).fold(f64::NAN, f64::max);
    let mut ranked: Vec<(&str, f64)> = near_misses
        .iter()
        .map(|(id, near)| (id.as_str(), best(near)))
        .filter(|(_, score)| *score > 0.0)
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    ranked.truncate(SHOWN_OMISSIONS);
    Some(ranked.into_iter().map(|(id, _)| id).collect())
}

/// The first `SHOWN_OMISSIONS` of `ids`, then how many more of `total`.
fn some_of(ids: &[&str], total: usize) -> String {
    let listed = ids.len().min(SHOWN_OMISSIONS);
    match total.saturating_sub(listed) {
        0 => ids.join(", "),
        n => format!("{}, and {n} more", ids[..listed].join(", ")),
    }
}

/// How many documents that just omit a claim are shown one by one (those with the closest
/// near misses, or the first by id, each with its near misses); the others are listed by id.
const SHOWN_OMISSIONS: usize = 10;

/// How many documents of one verdict with evidence are shown one by one; the others are
/// listed by id.
const SHOWN_WITH_EVIDENCE: usize = 20;

/// One document's evidence on one claim, and the figures its patterns matched but skipped;
/// or that nothing matched.
fn render_cell(
    out: &mut String,
    path: &str,
    evidence: &[std::sync::Arc<Evidence>],
    figures: Option<&Vec<SkippedFigure>>,
    style: Style,
) {
    if evidence.is_empty() && figures.is_none() {
        let _ = writeln!(out, "  no pattern of this claim matched in this document");
    }
    for evidence in evidence {
        render_evidence(out, path, evidence, style);
    }
    if let Some(figures) = figures {
        render_skipped(out, path, figures, style);
    }
}

fn render_skipped(out: &mut String, path: &str, figures: &[SkippedFigure], style: Style) {
    let _ = writeln!(
        out,
        "  a pattern matched, but the figure it read is not counted (docs/rules.md, \"Numbers that are not counts are skipped\"):"
    );
    for figure in figures {
        let _ = writeln!(
            out,
            "  {path}:{}:{}  {}  \"{}\": {}",
            figure.line, figure.column, figure.matcher, figure.figure, figure.why
        );
        out.push_str(&wrap(&figure.sentence, usize::from(style.width), "    | "));
    }
}

fn render_near_misses(out: &mut String, path: &str, near: &[NearMiss], style: Style) {
    if near.is_empty() {
        let _ = writeln!(
            out,
            "  no sentence shares a word with the claim or its patterns"
        );
        return;
    }
    let _ = writeln!(out, "  closest sentences (near misses):");
    for miss in near {
        let _ = writeln!(
            out,
            "  {path}:{}:{}  score {:.1}  shares: {}",
            miss.line,
            miss.column,
            miss.score,
            miss.shared.join(", ")
        );
        render_miss_sentence(out, miss, style);
    }
}

/// A near miss's sentence, quoted, and the hint that a support matcher would match it with
/// longer gaps, when one would: for `explain CLAIM` and `explain --document` alike.
fn render_miss_sentence(out: &mut String, miss: &NearMiss, style: Style) {
    let width = usize::from(style.width);
    out.push_str(&wrap(&miss.sentence, width, "    | "));
    if let Some(matcher) = &miss.wider {
        let line = format!(
            "hint: {matcher} would match this sentence with longer gaps (a larger N in `.{{0,N}}`)"
        );
        out.push_str(&wrap(&line, width, "    "));
    }
}

fn verdict_color(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Supports => "32",
        Verdict::Contradicts => "31",
        Verdict::Mixed => "33",
        Verdict::Omits => "2",
    }
}

fn render_evidence(out: &mut String, path: &str, evidence: &Evidence, style: Style) {
    let width = usize::from(style.width);
    let counted = if evidence.counted {
        evidence.role.as_str().to_string()
    } else {
        format!("{} (not counted)", evidence.role.as_str())
    };
    let _ = writeln!(
        out,
        "  {}:{}:{}  {counted}  {}",
        path, evidence.line, evidence.column, evidence.matcher
    );
    let _ = writeln!(out, "    why: {}", evidence.why);
    // A support that counts because the sentence revised its figure to the claim's
    // ("initially reported as 7.1 before being revised down to 6.8"): the breaking figure
    // is the earlier one. (Its why is the engine's `Why::Revised`.)
    let revised = evidence.counted
        && evidence.role == crate::claims::Side::Support
        && evidence
            .why
            .starts_with("the sentence revises the figure to");
    let revised_next = evidence.counted
        && evidence.role == crate::claims::Side::Support
        && evidence
            .why
            .starts_with("the next sentence revises the figure to");
    for number in &evidence.numbers {
        let outcome = number
            .outcome
            .as_ref()
            .map(|o| match o.as_ref() {
                "breaks" if revised => {
                    ": breaks, but the sentence revises it (see why)".to_string()
                }
                _ if revised_next => ": the next sentence revises it (see why)".to_string(),
                // "inconclusive" read as a doubt about the number itself (trial 135's
                // reader): say it was set aside, or that it neither meets nor breaks.
                "inconclusive" if evidence.why.contains("neither meets nor breaks") => {
                    ": neither meets nor breaks `number:`".to_string()
                }
                "inconclusive" => ": set aside (see why)".to_string(),
                o => format!(": {o}"),
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "    number: \"{}\" = {}{outcome}",
            number.text,
            range(number.low, number.high)
        );
    }
    out.push_str(&wrap(&marked(evidence, style), width, "    | "));
}

fn range(low: f64, high: f64) -> String {
    if low == high {
        format!("{low}")
    } else if high.is_infinite() {
        format!("{low} or more")
    } else {
        format!("{low} to {high}")
    }
}

/// A quoted sentence longer than this many characters (text without stops, cut at 2,000
/// bytes) shows only `CONTEXT` characters on each side of each matched part: a trial's
/// reader got 25 lines of text for each of 16 pieces of evidence.
const LONG_SENTENCE: usize = 600;

/// How many characters of a long sentence are shown on each side of a matched part.
const CONTEXT: usize = 100;

/// `text`, unmarked text of a long sentence, with its middle left out (`…`): its first
/// `head` and last `tail` characters, each cut back to a space where one is near.
fn elided(text: &str, head: usize, tail: usize) -> String {
    let chars = text.chars().count();
    if chars <= head + tail + 10 {
        return text.to_string();
    }
    let byte = |n: usize| text.char_indices().nth(n).map_or(text.len(), |(at, _)| at);
    let mut first = &text[..byte(head)];
    if let Some(space) = first.rfind(' ').filter(|&at| at + 20 > first.len()) {
        first = &first[..space];
    }
    let mut last = &text[byte(chars - tail)..];
    if let Some(space) = last.find(' ').filter(|&at| at < 20) {
        last = &last[space + 1..];
    }
    match (head, tail) {
        (0, _) => format!("… {last}"),
        (_, 0) => format!("{first} …"),
        _ => format!("{first} … {last}"),
    }
}

/// The sentence with each matched part between « and » (or underlined on a terminal); a
/// long one shortened around its parts (`LONG_SENTENCE`).
fn marked(evidence: &Evidence, style: Style) -> String {
    let sentence = &evidence.sentence;
    let long = sentence.chars().count() > LONG_SENTENCE;
    let plain = |text: &str, head: usize, tail: usize| match long {
        true => elided(text, head, tail),
        false => text.to_string(),
    };
    let mut out = String::new();
    let mut at = 0;
    for &(start, end) in &evidence.marks {
        // Marks come from a JSON report when merged: one out of order or out of the
        // sentence is skipped, not cut.
        if start < at
            || end < start
            || end > sentence.len()
            || !sentence.is_char_boundary(start)
            || !sentence.is_char_boundary(end)
        {
            continue;
        }
        let head = if at == 0 { 0 } else { CONTEXT };
        out.push_str(&plain(&sentence[at..start], head, CONTEXT));
        let part = &sentence[start..end];
        if style.color {
            out.push_str(&paint(part, "4;1", style));
        } else {
            out.push('«');
            out.push_str(part);
            out.push('»');
        }
        at = end;
    }
    let tail = if at == 0 { CONTEXT } else { 0 };
    out.push_str(&plain(&sentence[at..], CONTEXT, tail));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Checker;

    /// The claim `pact` ("signed", with `expect` as given) checked over `texts`, and a
    /// plain style `width` columns wide.
    fn checked(expect: &str, texts: &[(String, &str)], width: u16) -> (Checker, Report, Style) {
        let yaml = format!("claims:\n  - id: pact\n    claim: The pact was signed.\n    support: ['signed']\n{expect}");
        let Ok((checker, _)) = Checker::from_yaml("claims.yaml", &yaml) else {
            panic!("claims load")
        };
        let report = checker.check_texts(texts.iter().map(|(id, text)| (id.as_str(), *text)));
        let style = Style {
            color: false,
            width,
        };
        (checker, report, style)
    }

    #[test]
    fn a_long_sentence_is_quoted_around_its_matches() {
        let filler = |word: &str, n: usize| vec![word; n].join(" ");
        let sentence = format!(
            "{} it was signed {} and signed again {}",
            filler("before", 100),
            filler("between", 60),
            filler("after", 100)
        );
        let mut piece = (*crate::report::test_piece(0, &sentence)).clone();
        let first = sentence.find("signed").unwrap_or_default();
        let second = sentence.rfind("signed").unwrap_or_default();
        piece.marks = vec![(first, first + 6), (second, second + 6)];
        let style = Style {
            color: false,
            width: 80,
        };
        let shown = marked(&piece, style);
        assert!(shown.chars().count() < 4 * CONTEXT + 60, "{shown}");
        assert!(shown.starts_with("… before before"), "{shown}");
        assert!(shown.contains("it was «signed» between between"), "{shown}");
        assert!(
            shown.contains("between between … between between"),
            "{shown}"
        );
        assert!(shown.contains("and «signed» again after"), "{shown}");
        assert!(shown.ends_with("after after …"), "{shown}");
        // A sentence of ordinary length is quoted whole.
        let mut piece = (*crate::report::test_piece(0, "It was signed.")).clone();
        piece.marks = vec![(7, 13)];
        assert_eq!(marked(&piece, style), "It was «signed».");
    }

    #[test]
    fn past_ten_plain_omissions_the_others_are_listed_in_one_paragraph() {
        let texts: Vec<(String, &str)> = (0..16)
            .map(|i| {
                let text = if i < 2 { "It was signed." } else { "Nothing." };
                (format!("doc-{i:02}"), text)
            })
            .collect();
        let expect = "    expect: {documents: {doc-13: omits}}\n";
        let (checker, report, style) = checked(expect, &texts, 200);
        let Some(claim) = report.claims.first() else {
            panic!("one claim")
        };
        let text = render(&report, claim, &[], None, &[], &[], style);
        // Supported and pinned documents keep their own paragraph, and so do the first ten
        // that just omit the claim.
        assert!(text.contains("\ndoc-00: supports"), "{text}");
        assert!(text.contains("\ndoc-13: omits"), "{text}");
        assert!(text.contains("\ndoc-11: omits"), "{text}");
        assert!(!text.contains("\ndoc-12: omits"), "{text}");
        assert!(
            text.contains("3 more documents omit it, with no pattern of this claim matched: doc-12, doc-14, doc-15 ("),
            "{text}"
        );
        // Asked for by id, a document is shown whatever it is.
        let one = render(
            &report,
            claim,
            &["doc-02".to_string()],
            None,
            &[],
            &[],
            style,
        );
        assert!(one.contains("\ndoc-02: omits"), "{one}");
        // Ranked by their near misses, the closest are shown in place of the first by id.
        let ranked = render(&report, claim, &[], Some(&["doc-15"]), &[], &[], style);
        assert!(ranked.contains("\ndoc-15: omits"), "{ranked}");
        assert!(!ranked.contains("\ndoc-02: omits"), "{ranked}");
        assert!(ranked.contains("\ndoc-13: omits"), "pinned: {ranked}");
        assert!(
            ranked.contains("with no pattern of this claim matched and no sentence closer to it than those shown: doc-02, doc-03"),
            "{ranked}"
        );
        // Ranked with none close, none is shown on its own: a paragraph that says "no
        // sentence shares a word" tells nothing. Documents with evidence come first.
        let none_close = render(&report, claim, &[], Some(&[]), &[], &[], style);
        assert!(!none_close.contains("\ndoc-02: omits"), "{none_close}");
        assert!(
            none_close.find("\ndoc-01: supports") < none_close.find("\ndoc-13: omits"),
            "{none_close}"
        );
        // Up to ten, each has its paragraph.
        let few = checker.check_texts(texts[..12].iter().map(|(id, text)| (id.as_str(), *text)));
        let Some(claim) = few.claims.first() else {
            panic!("one claim")
        };
        let text = render(&few, claim, &[], None, &[], &[], style);
        assert!(text.contains("\ndoc-02: omits"), "{text}");
        assert!(!text.contains("documents omit it"), "{text}");
    }

    #[test]
    fn the_closest_omissions_are_those_whose_best_sentence_scores_highest() {
        let near = |score: f64| NearMiss {
            line: 1,
            column: 1,
            score,
            sentence: String::new(),
            shared: Vec::new(),
            wider: None,
        };
        let mut misses: Vec<(String, Vec<NearMiss>)> = vec![
            ("a".to_string(), vec![near(0.5)]),
            ("b".to_string(), Vec::new()),
            ("c".to_string(), vec![near(0.2), near(2.0)]),
            ("d".to_string(), vec![near(0.5)]),
        ];
        // Ten or fewer are all shown: nothing to rank.
        assert_eq!(closest(&misses), None);
        misses.extend((0..7).map(|i| (format!("y{i}"), Vec::new())));
        assert_eq!(closest(&misses), Some(vec!["c", "a", "d"]));
        misses.extend((0..20).map(|i| (format!("z{i:02}"), vec![near(1.0)])));
        let ten = closest(&misses).unwrap_or_default();
        assert_eq!(ten.len(), SHOWN_OMISSIONS);
        assert_eq!(ten[..2], ["c", "z00"]);
    }

    /// A failure's details lead with what fails the claim: a pinned document with another
    /// verdict (shown however many documents share its verdict), then the documents on a
    /// side the expectation finds too many of, then the others; `explain` itself keeps id
    /// order.
    #[test]
    fn failure_details_lead_with_what_fails_the_claim() {
        let texts: Vec<(String, &str)> = vec![
            ("a".to_string(), "It was signed."),
            ("b".to_string(), "It was not signed."),
            ("c".to_string(), "It was signed."),
            ("d".to_string(), "Nothing."),
        ];
        let order = |text: &str, ids: &[&str]| -> Vec<usize> {
            ids.iter()
                .map(|id| text.find(&format!("\n{id}: ")).unwrap_or(usize::MAX))
                .collect()
        };
        let lead = |expect: &str| -> (String, String) {
            let (_, report, style) = checked(expect, &texts, 200);
            let Some(claim) = report.claims.first() else {
                panic!("one claim")
            };
            assert!(!claim.passed, "{expect}");
            (
                render_failure(&report, claim, Unlisted::default(), style),
                render(&report, claim, &[], Some(&[]), &[], &[], style),
            )
        };
        // Failed by b, which contradicts it: b first, then a and c.
        let (failure, explained) = lead("");
        let [a, b, c] = order(&failure, &["a", "b", "c"])[..] else {
            panic!("three")
        };
        assert!(b < a && a < c, "{failure}");
        let [a, b] = order(&explained, &["a", "b"])[..] else {
            panic!("two")
        };
        assert!(a < b, "explain keeps id order: {explained}");
        // Expected to be contradicted: the supporting a and c fail it, before b.
        let (failure, _) = lead("    expect: contradicted\n");
        let [a, b, c] = order(&failure, &["a", "b", "c"])[..] else {
            panic!("three")
        };
        assert!(a < c && c < b, "{failure}");
        // A pinned document with another verdict leads.
        let (failure, _) = lead("    expect: {supports: '>= 1', documents: {c: omits}}\n");
        let [a, b, c] = order(&failure, &["a", "b", "c"])[..] else {
            panic!("three")
        };
        assert!(c < a && a < b, "only the pin fails it: {failure}");
        // Too many supporting documents fail `supports: 0`; the contradicting b does not.
        let (failure, _) = lead("    expect: {supports: 0}\n");
        let [a, b, c] = order(&failure, &["a", "b", "c"])[..] else {
            panic!("three")
        };
        assert!(a < c && c < b, "{failure}");
        // A pinned document past the twenty shown of its verdict is shown, and leads.
        let mut many: Vec<(String, &str)> = (0..30)
            .map(|i| (format!("s{i:02}"), "It was signed."))
            .collect();
        many.push(("k".to_string(), "It was not signed."));
        let (_, report, style) = checked("    expect: {documents: {s29: omits}}\n", &many, 200);
        let Some(claim) = report.claims.first() else {
            panic!("one claim")
        };
        let failure = render_failure(&report, claim, Unlisted::default(), style);
        let [pin, k, first] = order(&failure, &["s29", "k", "s00"])[..] else {
            panic!("three")
        };
        assert!(pin < k && k < first, "{failure}");
        assert!(
            !failure.contains("\ns20: "),
            "twenty others shown: {failure}"
        );
    }

    /// Marks read back from a merged JSON report may be anything: one out of order, past
    /// the sentence or inside a character is skipped, not cut (an inverted one crashed
    /// merge's JUnit).
    #[test]
    fn marks_out_of_order_or_out_of_the_sentence_are_skipped() {
        let mut piece =
            (*crate::report::test_piece(0, "24 years first visit in £24 years.")).clone();
        piece.marks = vec![(10, 5), (0, 2), (1, 1), (25, 26), (30, 99)];
        let style = Style {
            color: false,
            width: 80,
        };
        assert_eq!(
            marked(&piece, style),
            "«24» years first visit in £24 years."
        );
    }

    /// A document that omits more than thirty claims with no pattern matched lists the
    /// first thirty and counts the others, as a failed count's documents are (`a, b and
    /// N more`).
    #[test]
    fn past_thirty_plain_omissions_of_a_document_the_others_are_counted() {
        let claims: String = (0..33)
            .map(|i| format!("  - id: c{i:02}\n    claim: C{i}.\n    support: ['word{i}']\n"))
            .collect();
        let Ok((checker, _)) = Checker::from_yaml("claims.yaml", &format!("claims:\n{claims}"))
        else {
            panic!("claims load")
        };
        let report = checker.check_texts([("a", "Nothing.")]);
        let style = Style {
            color: false,
            width: 1000,
        };
        let plain: Vec<usize> = (0..33).collect();
        let text = render_document(&report, "a", &[], &plain, &[], style);
        assert!(
            text.contains("33 claims omitted, with no pattern matched: c00, c01, "),
            "{text}"
        );
        assert!(
            text.contains(", c28, c29 and 3 more (`factcheck explain"),
            "{text}"
        );
    }

    /// Past twenty documents of one verdict with evidence, the others are listed by id:
    /// a claim 3,000 documents support was 90,000 lines.
    #[test]
    fn many_documents_with_evidence_are_listed_by_id() {
        let texts: Vec<(String, &str)> = (0..25)
            .map(|i| (format!("doc-{i:02}"), "It was signed."))
            .collect();
        let (_, report, style) = checked("", &texts, 300);
        let Some(claim) = report.claims.first() else {
            panic!("one claim")
        };
        let text = render(&report, claim, &[], None, &[], &[], style);
        assert!(text.contains("\ndoc-19: supports"), "{text}");
        assert!(!text.contains("\ndoc-20: supports"), "{text}");
        assert!(
            text.contains("5 more documents support it (the first 20 are shown above): doc-20, doc-21, doc-22, doc-23, doc-24 (`factcheck explain pact --document ID` shows one; `factcheck check --claim pact --format json` has them all)"),
            "{text}"
        );
        let one = render(
            &report,
            claim,
            &["doc-24".to_string()],
            None,
            &[],
            &[],
            style,
        );
        assert!(one.contains("\ndoc-24: supports"), "{one}");
    }
}
