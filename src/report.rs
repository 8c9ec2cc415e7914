//! The report: every claim's verdict in every document, with the evidence behind it.
//!
//! This module owns the values that renderers draw and the JSON contract. It holds
//! evidence, never documents, so its size does not grow with the corpus's text.

use crate::claims::Side;
use crate::verdict::Verdict;
use serde::Serialize;

/// The outcome of checking a claims file against a set of documents.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Report {
    pub documents: Vec<DocumentInfo>,
    pub claims: Vec<ClaimReport>,
    /// Problems that did not stop the run (a skipped file, a fallback decoding, …), as
    /// messages without a `warning:` prefix. The CLI prints them on standard error.
    pub warnings: Vec<String>,
    pub summary: Summary,
}

/// A checked document, in id order.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DocumentInfo {
    /// The path below the sources folder, without extension, with `/` separators.
    pub id: String,
    pub label: Option<String>,
    /// The path as given relative to the sources folder (with extension).
    pub path: String,
}

impl DocumentInfo {
    /// The column header: the label when there is one, else the id.
    pub fn name(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.id)
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClaimReport {
    pub id: String,
    pub claim: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The claim's line in the claims file.
    pub line: usize,
    pub passed: bool,
    /// Each unmet expectation, as a sentence.
    pub failures: Vec<String>,
    /// Keyed by document id, in the order of `Report::documents`.
    #[serde(serialize_with = "serialize_verdicts")]
    pub verdicts: Vec<(String, DocumentVerdict)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl ClaimReport {
    /// How many documents support (mixed included) and contradict (mixed included) it.
    pub fn counts(&self) -> (usize, usize) {
        let supports = self
            .verdicts
            .iter()
            .filter(|(_, v)| v.verdict.counts_as_support())
            .count();
        let contradicts = self
            .verdicts
            .iter()
            .filter(|(_, v)| v.verdict.counts_as_contradiction())
            .count();
        (supports, contradicts)
    }

    pub fn verdict_for(&self, document: &str) -> Option<&DocumentVerdict> {
        self.verdicts
            .iter()
            .find(|(id, _)| id == document)
            .map(|(_, v)| v)
    }
}

fn serialize_verdicts<S: serde::Serializer>(
    verdicts: &[(String, DocumentVerdict)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(verdicts.len()))?;
    for (id, verdict) in verdicts {
        map.serialize_entry(id, verdict)?;
    }
    map.end()
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocumentVerdict {
    pub verdict: Verdict,
    /// The verdict the claim pins for this document under `expect.documents`, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<Verdict>,
    pub evidence: Vec<Evidence>,
}

impl DocumentVerdict {
    /// True when the claim pins a different verdict for this document.
    pub fn is_unexpected(&self) -> bool {
        self.expected
            .is_some_and(|expected| expected != self.verdict)
    }
}

/// One match that argued for or against a claim, and how it was counted.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Evidence {
    /// What the match counts as after negation and number checks.
    pub role: Side,
    /// False when the match was hedged, inconclusive or dropped: shown, not counted.
    pub counted: bool,
    /// Negation turned it around (support into contradiction, or dropped a contradiction).
    pub negated: bool,
    /// An uncertainty cue ("reportedly", "it is not clear whether") weakened it.
    pub hedged: bool,
    /// The word or phrase that negated or hedged it, as written in the document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Which matcher of the claim produced it, e.g. `support[0]`.
    pub matcher: String,
    /// Why it counted as it did, in one sentence.
    pub why: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub numbers: Vec<NumberFound>,
    pub line: usize,
    pub column: usize,
    /// Byte offsets of the match in the original file.
    pub start: usize,
    pub end: usize,
    /// The original text of the sentence (or sentences) the match is in.
    pub sentence: String,
    /// The original text of the match; for `all:` matchers, the parts joined by ` … `.
    pub matched: String,
    /// Byte ranges within `sentence` of each matched part, for highlighting.
    pub marks: Vec<(usize, usize)>,
}

impl Serialize for Side {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Serialize for Verdict {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A number captured by `{n}` and what the claim's `number:` made of it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NumberFound {
    /// The number as written, with its qualifier ("more than 11,000").
    pub text: String,
    /// The range of values it stands for.
    pub low: f64,
    pub high: f64,
    /// `holds`, `breaks` or `inconclusive` against the claim's `number:`; absent without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default)]
pub struct Summary {
    pub claims: usize,
    pub passed: usize,
    pub failed: usize,
}

impl Report {
    /// True when every claim met its expectation.
    pub fn passed(&self) -> bool {
        self.claims.iter().all(|claim| claim.passed)
    }

    pub fn summarize(claims: &[ClaimReport]) -> Summary {
        let passed = claims.iter().filter(|c| c.passed).count();
        Summary {
            claims: claims.len(),
            passed,
            failed: claims.len() - passed,
        }
    }
}
