//! JSON Lines: one line per document as it is checked, then one line for the run.
//!
//! The JSON report lists claims, each with every document's verdict, so it can only be
//! written once every document is checked, and the run must keep all the evidence until
//! then. This format lists documents instead: a document's line is written as soon as it is
//! checked and its evidence is then dropped, so memory does not grow with the evidence of
//! the corpus. A document's line holds only the claims it does not simply omit.

use crate::claims::Claim;
use crate::engine::DocumentResult;
use crate::report::{DocumentInfo, Evidence, Report, Shard, Summary};
use crate::verdict::Verdict;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
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

/// One document's line from its cells: (claim id, verdict, evidence).
fn line(document: &DocumentInfo, cells: Vec<Cell<'_>>) -> Vec<u8> {
    let line = DocumentLine {
        document,
        verdicts: Cells(cells),
    };
    finish(serde_json::to_vec(&line))
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
struct DocumentLine<'a> {
    document: &'a DocumentInfo,
    verdicts: Cells<'a>,
}

/// The claims a document does not simply omit, keyed by claim id.
struct Cells<'a>(Vec<Cell<'a>>);

#[derive(Serialize)]
struct CellView<'a> {
    verdict: Verdict,
    evidence: &'a [Arc<Evidence>],
}

impl Serialize for Cells<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for &(id, verdict, evidence) in &self.0 {
            if verdict != Verdict::Omits || !evidence.is_empty() {
                map.serialize_entry(id, &CellView { verdict, evidence })?;
            }
        }
        map.end()
    }
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
