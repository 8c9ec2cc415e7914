//! JSON Lines: one line per document as it is checked, then one line for the run.
//!
//! The JSON report lists claims, each with every document's verdict, so it can only be
//! written once every document is checked, and the run must keep all the evidence until
//! then. This format lists documents instead: a document's line is written as soon as it is
//! checked and its evidence is then dropped, so memory does not grow with the evidence of
//! the corpus. A document's line holds only the claims it does not simply omit.

use crate::claims::Claim;
use crate::engine::DocumentResult;
use crate::render::json::EvidenceSpill;
use crate::report::{DocumentInfo, Evidence, Report, Shard, Summary};
use crate::verdict::Verdict;
use serde::Serialize;
use std::io::{self, Write};
use std::sync::Arc;

/// One document's line: `{"document": {...}, "verdicts": {"<claim id>": {"verdict": ...,
/// "evidence": [...]}}}` and a newline. `claims` are the checked claims, which
/// `result`'s claim indices index.
pub fn document_line(claims: &[Claim], result: &DocumentResult) -> Vec<u8> {
    let cells = result
        .cells()
        .filter_map(|(index, verdict, pieces)| {
            Some((claims.get(index)?.id.as_str(), verdict, pieces))
        })
        .collect();
    line(&result.document, cells)
}

/// A whole report as JSON Lines (for `factcheck merge`, whose shards are already checked):
/// the same lines as a streamed run of the same documents.
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for (i, document) in report.documents.iter().enumerate() {
        let cells = report
            .claims
            .iter()
            .map(|claim| {
                let verdict = claim.verdicts.get(i);
                (
                    claim.id.as_str(),
                    verdict.map_or(Verdict::Omits, |v| v.verdict),
                    verdict.map_or(&[][..], |v| v.evidence),
                )
            })
            .collect();
        out.write_all(&line(document, cells))?;
    }
    out.write_all(&summary_line(report))
}

/// `write` for a report whose evidence, and documents when it is folded to counts, are in
/// `spill` (`merge` into JSON Lines): the same lines, written a document at a time from the
/// spill, in memory that does not grow with the documents.
pub fn write_spilled(
    report: &Report,
    spill: &mut EvidenceSpill,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut evidence: Vec<(usize, Verdict, Vec<Arc<Evidence>>)> = Vec::new();
    spill.each_document(report, |document, cells| {
        evidence.clear();
        for (claim, verdict, pieces) in cells {
            // Laid out for the JSON report, read back to be written as a line writes it.
            let pieces = pieces
                .iter()
                .map(|piece| serde_json::from_slice(piece).map(Arc::new))
                .collect::<serde_json::Result<Vec<Arc<Evidence>>>>()
                .map_err(io::Error::from)?;
            evidence.push((*claim, *verdict, pieces));
        }
        let cells = (evidence.iter())
            .filter_map(|(claim, verdict, pieces)| {
                let id = report.claims.get(*claim)?.id.as_str();
                Some((id, *verdict, &pieces[..]))
            })
            .collect();
        out.write_all(&line(document, cells))
    })?;
    out.write_all(&summary_line(report))
}

/// One document's line from its cells: (claim id, verdict, evidence), as serde_json lays
/// out `{"document": …, "verdicts": {…}}`, written by hand so that a piece of evidence
/// several claims quote (they share it: the same contradiction pattern, say) is serialized
/// once and copied for the others: in the generated corpus, 2.4 quotes a piece.
fn line(document: &DocumentInfo, cells: Vec<Cell<'_>>) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(b"{\"document\":");
    // Serializing these types cannot fail (string keys, finite or null numbers).
    let _ = serde_json::to_writer(&mut out, document);
    out.extend_from_slice(b",\"verdicts\":{");
    // Where each piece already written is in `out`, by address.
    let mut written: Vec<(*const Evidence, std::ops::Range<usize>)> = Vec::new();
    let mut first = true;
    for (id, verdict, evidence) in cells {
        if verdict == Verdict::Omits && evidence.is_empty() {
            continue;
        }
        if !std::mem::take(&mut first) {
            out.push(b',');
        }
        let _ = serde_json::to_writer(&mut out, id);
        out.extend_from_slice(b":{\"verdict\":\"");
        out.extend_from_slice(verdict.as_str().as_bytes());
        out.extend_from_slice(b"\",\"evidence\":[");
        for (i, piece) in evidence.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            let at = Arc::as_ptr(piece);
            match written.iter().find(|(of, _)| *of == at) {
                Some((_, range)) => out.extend_from_within(range.clone()),
                None => {
                    let start = out.len();
                    let _ = serde_json::to_writer(&mut out, &**piece);
                    written.push((at, start..out.len()));
                }
            }
        }
        out.extend_from_slice(b"]}");
    }
    out.extend_from_slice(b"}}\n");
    out
}

type Cell<'a> = (&'a str, Verdict, &'a [Arc<Evidence>]);

/// The last line: `{"summary": {...}, "claims": [{"id", "passed", "failures"}],
/// "warnings": [...]}` and a newline.
pub fn summary_line(report: &Report) -> Vec<u8> {
    let line = SummaryLine {
        summary: report.summary,
        claims: report
            .claims
            .iter()
            .map(|claim| ClaimOutcome {
                id: &claim.id,
                passed: claim.passed,
                failures: &claim.failures,
            })
            .collect(),
        warnings: &report.warnings,
        shard: report.shard,
    };
    finish(serde_json::to_vec(&line))
}

/// Serializing these types cannot fail (string keys, finite or null numbers).
fn finish(json: serde_json::Result<Vec<u8>>) -> Vec<u8> {
    let mut line = json.unwrap_or_default();
    line.push(b'\n');
    line
}

#[derive(Serialize)]
struct SummaryLine<'a> {
    summary: Summary,
    claims: Vec<ClaimOutcome<'a>>,
    warnings: &'a [String],
    /// A shard's lines say so: its `passed` and `failures` count its documents only, and
    /// only `merge` (of the shards' JSON reports) decides the claims.
    #[serde(skip_serializing_if = "Option::is_none")]
    shard: Option<Shard>,
}

#[derive(Serialize)]
struct ClaimOutcome<'a> {
    id: &'a str,
    passed: bool,
    failures: &'a [String],
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::test_piece as piece;
    use serde_json::{json, Value};

    #[test]
    fn a_line_lists_the_cells_that_say_something_and_repeats_shared_pieces_whole() {
        let document = DocumentInfo::new("a/b", Some("AP \"wire\""), "seeds/a/b.txt");
        let shared = piece(3, "Kim said \"yes\".\nAnd é");
        let own = piece(9, "other");
        let pieces = [Arc::clone(&shared), own];
        let cells: Vec<Cell<'_>> = vec![
            ("first", Verdict::Supports, &pieces[..]),
            ("silent", Verdict::Omits, &[]),
            ("hedged", Verdict::Omits, &pieces[..1]),
            ("third", Verdict::Mixed, &[]),
        ];
        let line = line(&document, cells);
        assert_eq!(line.last(), Some(&b'\n'));
        assert_eq!(line.iter().filter(|&&b| b == b'\n').count(), 1);
        let parsed: Value = serde_json::from_slice(&line).unwrap_or_default();
        let as_json = |p: &Arc<Evidence>| serde_json::to_value(&**p).unwrap_or_default();
        assert_eq!(
            parsed,
            json!({
                "document": {"id": "a/b", "label": "AP \"wire\"", "path": "seeds/a/b.txt"},
                "verdicts": {
                    "first": {"verdict": "supports", "evidence": [as_json(&shared), as_json(&pieces[1])]},
                    "hedged": {"verdict": "omits", "evidence": [as_json(&shared)]},
                    "third": {"verdict": "mixed", "evidence": []},
                }
            })
        );
        // serde_json's own layout of a cell: "verdict" before "evidence".
        let text = String::from_utf8_lossy(&line);
        assert!(text.contains(r#""first":{"verdict":"supports","evidence":[{"#));
    }
}
