//! The JSON report: a contract with scripts and CI, so its fields only ever grow.
//!
//! The report is written straight to a `Write`, in serde_json's pretty layout: over 20,000
//! documents and 1,000 claims it is gigabytes, which are never held in memory. Most entries
//! say that a document omits a claim; those are written from one prepared fragment.

use crate::claims::{ExpectKind, Expectation};
use crate::report::{ClaimReport, DocumentInfo, Evidence, Report, Summary, Verdicts};
use crate::verdict::Verdict;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;
use std::io::Write;

/// The report as a string (for tests and small reports; the CLI uses `write`).
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write(report, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the report and a final newline to `out`.
pub fn write(report: &Report, out: impl Write) -> std::io::Result<()> {
    write_with(report, out, true)
}

/// An omitted claim without evidence, exactly as serde_json's pretty printer writes it at
/// the depth of `claims[i].verdicts[id]`.
const OMITS: &str = "{\n          \"verdict\": \"omits\",\n          \"evidence\": []\n        }";

fn write_with(report: &Report, out: impl Write, prepared_omits: bool) -> std::io::Result<()> {
    let omits = RawValue::from_string(OMITS.to_string()).map_err(std::io::Error::from)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    let view = ReportView {
        documents: &report.documents,
        claims: ClaimsView {
            report,
            omits: prepared_omits.then_some(&*omits),
        },
        warnings: &report.warnings,
        summary: report.summary,
    };
    serde_json::to_writer_pretty(&mut out, &view).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

#[derive(Serialize)]
struct ReportView<'a> {
    documents: &'a [DocumentInfo],
    claims: ClaimsView<'a>,
    warnings: &'a [String],
    summary: Summary,
}

struct ClaimsView<'a> {
    report: &'a Report,
    omits: Option<&'a RawValue>,
}

impl Serialize for ClaimsView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.report.claims.len()))?;
        for claim in &self.report.claims {
            seq.serialize_element(&ClaimView::new(claim, &self.report.documents, self.omits))?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct ClaimView<'a> {
    id: &'a str,
    claim: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    tags: &'a [String],
    line: usize,
    passed: bool,
    failures: &'a [String],
    expect: ExpectView<'a>,
    verdicts: VerdictsView<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

impl<'a> ClaimView<'a> {
    fn new(
        claim: &'a ClaimReport,
        documents: &'a [DocumentInfo],
        omits: Option<&'a RawValue>,
    ) -> ClaimView<'a> {
        ClaimView {
            id: &claim.id,
            claim: &claim.claim,
            tags: &claim.tags,
            line: claim.line,
            passed: claim.passed,
            failures: &claim.failures,
            expect: ExpectView::new(&claim.expect),
            verdicts: VerdictsView {
                documents,
                verdicts: &claim.verdicts,
                expected: &claim.expect.documents,
                omits,
            },
            note: claim.note.as_deref(),
        }
    }
}

/// `{"kind": "supported|contradicted|custom", "supports": ">= 1", "contradicts": "0",
/// "documents": {"<id>": "<verdict>"}}`, the optional parts only when set: enough for
/// `factcheck merge` to decide the expectation again.
#[derive(Serialize)]
pub struct ExpectView<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    supports: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contradicts: Option<String>,
    #[serde(
        skip_serializing_if = "<[(String, Verdict)]>::is_empty",
        serialize_with = "pairs"
    )]
    documents: &'a [(String, Verdict)],
}

impl<'a> ExpectView<'a> {
    fn new(expect: &'a Expectation) -> ExpectView<'a> {
        ExpectView {
            kind: match expect.kind {
                ExpectKind::Supported => "supported",
                ExpectKind::Contradicted => "contradicted",
                ExpectKind::Custom => "custom",
            },
            supports: expect.supports.as_ref().map(ToString::to_string),
            contradicts: expect.contradicts.as_ref().map(ToString::to_string),
            documents: &expect.documents,
        }
    }
}

fn pairs<S: Serializer>(pairs: &&[(String, Verdict)], serializer: S) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(pairs.len()))?;
    for (id, verdict) in pairs.iter() {
        map.serialize_entry(id, verdict)?;
    }
    map.end()
}

/// `{"<document id>": {"verdict": …, "evidence": […]}, …}` in document order.
struct VerdictsView<'a> {
    documents: &'a [DocumentInfo],
    verdicts: &'a Verdicts,
    /// The verdicts the claim pins, by document id (`expect.documents`).
    expected: &'a [(String, Verdict)],
    omits: Option<&'a RawValue>,
}

#[derive(Serialize)]
struct DocumentVerdictView<'a> {
    verdict: Verdict,
    #[serde(skip_serializing_if = "Option::is_none")]
    expected: Option<Verdict>,
    evidence: &'a [Evidence],
}

impl Serialize for VerdictsView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.verdicts.len()))?;
        for (document, verdict) in self.documents.iter().zip(self.verdicts.iter()) {
            let expected = self
                .expected
                .iter()
                .find(|(id, _)| *id == document.id)
                .map(|(_, v)| *v);
            match self.omits {
                Some(omits)
                    if verdict.verdict == Verdict::Omits
                        && verdict.evidence.is_empty()
                        && expected.is_none() =>
                {
                    map.serialize_entry(&document.id, omits)?
                }
                _ => map.serialize_entry(
                    &document.id,
                    &DocumentVerdictView {
                        verdict: verdict.verdict,
                        expected,
                        evidence: verdict.evidence,
                    },
                )?,
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Checker;

    #[test]
    fn the_prepared_omits_fragment_is_what_serde_json_writes() {
        let yaml = "claims:\n  - id: pact\n    claim: The pact includes mutual assistance.\n    support: ['mutual assistance']\n  - id: none\n    claim: Nothing.\n    support: ['never written']\n";
        let Ok((checker, _)) = Checker::from_yaml("claims.yaml", yaml) else {
            panic!("claims load")
        };
        let report = checker.check_texts([
            ("a", "The treaty provides for mutual assistance."),
            ("b", "Nothing here."),
        ]);
        let mut prepared = Vec::new();
        let mut plain = Vec::new();
        assert!(write_with(&report, &mut prepared, true).is_ok());
        assert!(write_with(&report, &mut plain, false).is_ok());
        assert_eq!(
            String::from_utf8_lossy(&prepared),
            String::from_utf8_lossy(&plain)
        );
        assert!(String::from_utf8_lossy(&plain).contains(OMITS));
    }
}
