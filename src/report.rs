//! The report: every claim's verdict in every document, with the evidence behind it.
//!
//! This module owns the values that renderers draw (the JSON contract is written by
//! `render::json`). It holds evidence, never documents, so its size does not grow with the
//! corpus's text; and a claim keeps two bits per document plus the evidence found, so
//! 1,000 claims over 20,000 documents stay small.

use crate::claims::{Expectation, Side};
use crate::verdict::Verdict;
use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// The outcome of checking a claims file against a set of documents.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub documents: Vec<DocumentInfo>,
    pub claims: Vec<ClaimReport>,
    /// Problems that did not stop the run (a skipped file, a fallback decoding, …), as
    /// messages without a `warning:` prefix. The CLI prints them on standard error.
    pub warnings: Vec<String>,
    pub summary: Summary,
    /// The shard this report checked (`check --shard K/N`), so that `factcheck merge` can
    /// tell when a shard is missing; `None` for a whole run, merged or not.
    pub shard: Option<Shard>,
    /// In a shard's report, a digest of the claims file's text, so that `factcheck merge` can
    /// refuse shards checked with different claims files (a stale CI artifact, say).
    pub claims_digest: Option<String>,
    /// In a shard's report, a digest of the ids of every document of the run (all shards'),
    /// so that `factcheck merge` can refuse a shard checked over other documents (another
    /// checkout, another `--sources`), whose verdicts would merge into wrong ones silently.
    pub documents_digest: Option<String>,
}

/// The claims file's digest as reports carry it: `fnv1a64:` and 16 hex digits.
pub fn claims_digest(text: &str) -> String {
    format!("fnv1a64:{:016x}", fnv1a(text.as_bytes()))
}

/// The digest of a run's document ids (in id order), as shard reports carry it.
pub fn documents_digest<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let mut all = String::new();
    for id in ids {
        all.push_str(id);
        all.push('\n');
    }
    claims_digest(&all)
}

/// A checked document, in id order.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
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

#[derive(Debug, Clone, PartialEq)]
pub struct ClaimReport {
    pub id: String,
    pub claim: String,
    pub tags: Vec<String>,
    /// The claim's line in the claims file.
    pub line: usize,
    pub passed: bool,
    /// Each unmet expectation, as a sentence.
    pub failures: Vec<String>,
    /// What the claims file expects of the claim: carried in the JSON report so that
    /// `factcheck merge` can decide it again over all shards.
    pub expect: Expectation,
    /// One verdict per document, in the order of `Report::documents`.
    pub verdicts: Verdicts,
    pub note: Option<String>,
}

impl ClaimReport {
    /// How many documents support (mixed included) and contradict (mixed included) it.
    pub fn counts(&self) -> (usize, usize) {
        let supports = self
            .verdicts
            .iter()
            .filter(|v| v.verdict.counts_as_support())
            .count();
        let contradicts = self
            .verdicts
            .iter()
            .filter(|v| v.verdict.counts_as_contradiction())
            .count();
        (supports, contradicts)
    }
}

impl ClaimReport {
    /// How many documents have each verdict, in the order count columns show them.
    pub fn verdict_counts(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        for verdict in self.verdicts.iter() {
            let column = match verdict.verdict {
                Verdict::Supports => 0,
                Verdict::Contradicts => 1,
                Verdict::Mixed => 2,
                Verdict::Omits => 3,
            };
            counts[column] += 1;
        }
        counts
    }

    /// True when the claim pins a different verdict for this document.
    pub fn is_unexpected(&self, document: &str, verdict: Verdict) -> bool {
        self.expect
            .documents
            .iter()
            .any(|(id, expected)| id == document && *expected != verdict)
    }
}

/// Puts documents in id order and each claim's verdicts with them, so that a report never
/// depends on the order its documents were checked or merged in.
pub fn sort_documents(
    documents: Vec<DocumentInfo>,
    verdicts: &mut [Verdicts],
) -> Vec<DocumentInfo> {
    if documents.windows(2).all(|w| w[0].id <= w[1].id) {
        return documents;
    }
    let mut order: Vec<usize> = (0..documents.len()).collect();
    order.sort_by(|&a, &b| documents[a].id.cmp(&documents[b].id));
    for claim in verdicts.iter_mut() {
        claim.permute(&order);
    }
    let mut taken: Vec<Option<DocumentInfo>> = documents.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| taken[i].take()).collect()
}

/// A claim's verdict in every document: dense verdicts (two bits each) and sparse evidence,
/// since most documents omit most claims.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Verdicts {
    verdicts: Packed,
    /// For each document with evidence, by index: (document index, where its evidence ends
    /// in `pieces`); it starts where the previous one's ends. One list for the whole claim,
    /// where a list per document cost an allocation each (400,000 for 1,000 claims over
    /// 20,000 generated documents).
    cells: Vec<(u32, u32)>,
    pieces: Vec<Arc<Evidence>>,
}

/// One document's verdict on one claim, borrowed from `Verdicts`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VerdictRef<'a> {
    pub verdict: Verdict,
    pub evidence: &'a [Arc<Evidence>],
}

impl Verdicts {
    /// Room for `documents` verdicts.
    pub fn with_capacity(documents: usize) -> Verdicts {
        Verdicts {
            verdicts: Packed::with_capacity(documents),
            ..Verdicts::default()
        }
    }

    /// The parts of `expect` these verdicts (over `documents`, in order) do not meet.
    pub fn unmet(
        &self,
        expect: &crate::claims::Expectation,
        documents: &[DocumentInfo],
    ) -> Vec<String> {
        let checked = self.verdicts.len().min(documents.len());
        let tally = crate::verdict::Tally::of(self.verdicts.iter().take(checked));
        crate::verdict::unmet_by(
            expect,
            tally,
            |id| {
                let i = documents[..checked]
                    .iter()
                    .position(|document| document.id == id)?;
                self.verdicts.get(i)
            },
            |support| {
                documents[..checked]
                    .iter()
                    .zip(self.verdicts.iter())
                    .filter(|&(_, v)| crate::verdict::counts_for(v, support))
                    .map(|(document, _)| document.id.clone())
                    .collect()
            },
        )
    }

    /// Appends the next document's verdict.
    pub fn push(&mut self, verdict: DocumentVerdict) {
        if !verdict.evidence.is_empty() {
            self.pieces.extend(verdict.evidence);
            self.cells
                .push((index(self.verdicts.len()), index(self.pieces.len())));
        }
        self.verdicts.push(verdict.verdict);
    }

    /// Appends `other`'s documents after these (a shard's, when merging).
    pub fn append(&mut self, other: &Verdicts) {
        for verdict in other.iter() {
            self.push(DocumentVerdict {
                verdict: verdict.verdict,
                evidence: verdict.evidence.to_vec(),
            });
        }
    }

    pub fn len(&self) -> usize {
        self.verdicts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.verdicts.is_empty()
    }

    /// The verdict of document `i` (in `Report::documents` order).
    pub fn verdict(&self, i: usize) -> Verdict {
        self.verdicts.get(i).unwrap_or(Verdict::Omits)
    }

    /// The evidence of the `k`th document with evidence.
    fn cell(&self, k: usize) -> &[Arc<Evidence>] {
        let start = k.checked_sub(1).map_or(0, |p| self.cells[p].1 as usize);
        &self.pieces[start..self.cells[k].1 as usize]
    }

    /// The evidence found in document `i`; empty for most.
    pub fn evidence(&self, i: usize) -> &[Arc<Evidence>] {
        match self.cells.binary_search_by_key(&i, |&(at, _)| at as usize) {
            Ok(k) => self.cell(k),
            Err(_) => &[],
        }
    }

    pub fn get(&self, i: usize) -> Option<VerdictRef<'_>> {
        Some(VerdictRef {
            verdict: self.verdicts.get(i)?,
            evidence: self.evidence(i),
        })
    }

    /// Every document's verdict, in document order.
    pub fn iter(&self) -> impl Iterator<Item = VerdictRef<'_>> + '_ {
        let mut next = 0;
        self.verdicts.iter().enumerate().map(move |(i, verdict)| {
            let evidence = match self.cells.get(next) {
                Some(&(at, _)) if at as usize == i => {
                    next += 1;
                    self.cell(next - 1)
                }
                _ => &[],
            };
            VerdictRef { verdict, evidence }
        })
    }

    /// The first document at or after `from` that does not simply omit the claim: its
    /// verdict is not omits, or it has evidence (hedged, say).
    pub fn next_notable(&self, from: usize) -> Option<usize> {
        if from > self.verdicts.len() {
            return None;
        }
        let by_verdict = self.verdicts.next_not_omits(from);
        let first_cell = self.cells.partition_point(|&(at, _)| (at as usize) < from);
        let by_evidence = self.cells.get(first_cell).map(|&(at, _)| at as usize);
        by_verdict.into_iter().chain(by_evidence).min()
    }

    /// Whether any document has evidence, counted or not.
    pub fn has_evidence(&self) -> bool {
        !self.cells.is_empty()
    }

    /// Reorders documents: the document at new index `k` is the one that was at `order[k]`.
    pub fn permute(&mut self, order: &[usize]) {
        let mut permuted = Verdicts::with_capacity(order.len());
        for &old in order {
            permuted.push(DocumentVerdict {
                verdict: self.verdict(old),
                evidence: self.evidence(old).to_vec(),
            });
        }
        *self = permuted;
    }
}

/// Verdicts two bits each, four to a byte: 1,000 claims over 100,000 documents take 25 MB
/// (a byte each took 100 MB, the largest part of a large run's memory). Omits is 0, so a
/// byte of four omissions is 0, and the next document that does not omit a claim is found
/// a byte at a time.
#[derive(Debug, Clone, PartialEq, Default)]
struct Packed {
    bytes: Vec<u8>,
    len: usize,
}

impl Packed {
    fn with_capacity(verdicts: usize) -> Packed {
        Packed {
            bytes: Vec::with_capacity(verdicts.div_ceil(4)),
            len: 0,
        }
    }

    fn code(verdict: Verdict) -> u8 {
        match verdict {
            Verdict::Omits => 0,
            Verdict::Supports => 1,
            Verdict::Contradicts => 2,
            Verdict::Mixed => 3,
        }
    }

    fn decode(code: u8) -> Verdict {
        match code & 3 {
            0 => Verdict::Omits,
            1 => Verdict::Supports,
            2 => Verdict::Contradicts,
            _ => Verdict::Mixed,
        }
    }

    fn len(&self) -> usize {
        self.len
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn push(&mut self, verdict: Verdict) {
        if self.len % 4 == 0 {
            self.bytes.push(0);
        }
        let last = self.bytes.len() - 1;
        self.bytes[last] |= Packed::code(verdict) << (2 * (self.len % 4));
        self.len += 1;
    }

    fn code_at(&self, i: usize) -> u8 {
        (self.bytes[i / 4] >> (2 * (i % 4))) & 3
    }

    fn get(&self, i: usize) -> Option<Verdict> {
        (i < self.len).then(|| Packed::decode(self.code_at(i)))
    }

    fn iter(&self) -> impl Iterator<Item = Verdict> + '_ {
        (0..self.len).map(|i| Packed::decode(self.code_at(i)))
    }

    /// The first document at or after `from` whose verdict is not omits.
    fn next_not_omits(&self, from: usize) -> Option<usize> {
        let mut i = from;
        while i % 4 != 0 {
            if i >= self.len {
                return None;
            }
            if self.code_at(i) != 0 {
                return Some(i);
            }
            i += 1;
        }
        let byte = i / 4 + self.bytes.get(i / 4..)?.iter().position(|&b| b != 0)?;
        (4 * byte..(4 * byte + 4).min(self.len)).find(|&i| self.code_at(i) != 0)
    }
}

/// A document index or evidence count as kept in `Verdicts` (u32: a run of four billion
/// documents or pieces of evidence per claim is far beyond any archive).
fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// One document's verdict on one claim, as the engine hands it over.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocumentVerdict {
    pub verdict: Verdict,
    /// Shared: claims whose matchers are the same pattern (a common contradiction, say)
    /// find the very same evidence in a document, and keep one copy of it.
    pub evidence: Vec<Arc<Evidence>>,
}

/// One match that argued for or against a claim, and how it was counted.
///
/// A large run keeps hundreds of thousands of these, so text that many pieces repeat is
/// shared: the sentence between the pieces of evidence of one document that quote it, the
/// matcher's name and its usual `why` between every piece that matcher produced; and the
/// matched text is not kept at all but cut from the sentence by `marks` ([`Evidence::matched`]).
#[derive(Debug, Clone, Deserialize, PartialEq)]
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
    #[serde(default)]
    pub cue: Option<String>,
    /// Which matcher of the claim produced it, e.g. `support[0]`.
    pub matcher: Arc<str>,
    /// Why it counted as it did, in one sentence.
    pub why: Arc<str>,
    #[serde(default)]
    pub numbers: Vec<NumberFound>,
    pub line: usize,
    pub column: usize,
    /// Byte offsets of the match in the original file.
    pub start: usize,
    pub end: usize,
    /// The original text of the sentence (or sentences) the match is in.
    pub sentence: Arc<str>,
    /// Byte ranges within `sentence` of each matched part, for highlighting.
    pub marks: Vec<(usize, usize)>,
}

impl Evidence {
    /// The original text of the match; for `all:` matchers, the parts joined by ` … `.
    pub fn matched(&self) -> String {
        Matched(self).to_string()
    }
}

/// [`Evidence::matched`] as it is written, without building the string first: a JSON
/// report of 1,000 claims over 20,000 documents writes it 464,000 times.
struct Matched<'a>(&'a Evidence);

impl std::fmt::Display for Matched<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let evidence = self.0;
        let parts = evidence
            .marks
            .iter()
            .filter_map(|&(start, end)| evidence.sentence.get(start..end));
        for (i, part) in parts.enumerate() {
            if i > 0 {
                f.write_str(" … ")?;
            }
            f.write_str(part)?;
        }
        Ok(())
    }
}

impl Serialize for Matched<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The JSON form of a piece of evidence: the fields in the contract's order, with `matched`.
#[derive(Serialize)]
struct EvidenceJson<'a> {
    role: Side,
    counted: bool,
    negated: bool,
    hedged: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    cue: &'a Option<String>,
    matcher: &'a str,
    why: &'a str,
    #[serde(skip_serializing_if = "<[NumberFound]>::is_empty")]
    numbers: &'a [NumberFound],
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    sentence: &'a str,
    matched: Matched<'a>,
    marks: &'a [(usize, usize)],
}

impl Serialize for Evidence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        EvidenceJson {
            role: self.role,
            counted: self.counted,
            negated: self.negated,
            hedged: self.hedged,
            cue: &self.cue,
            matcher: &self.matcher,
            why: &self.why,
            numbers: &self.numbers,
            line: self.line,
            column: self.column,
            start: self.start,
            end: self.end,
            sentence: &self.sentence,
            matched: Matched(self),
            marks: &self.marks,
        }
        .serialize(serializer)
    }
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

impl<'de> Deserialize<'de> for Side {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Side, D::Error> {
        let text = String::deserialize(deserializer)?;
        match text.as_str() {
            "support" => Ok(Side::Support),
            "contradict" => Ok(Side::Contradict),
            _ => Err(serde::de::Error::unknown_variant(
                &text,
                &["support", "contradict"],
            )),
        }
    }
}

impl<'de> Deserialize<'de> for Verdict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Verdict, D::Error> {
        let text = String::deserialize(deserializer)?;
        Verdict::parse(&text)
            .ok_or_else(|| serde::de::Error::unknown_variant(&text, &Verdict::NAMES))
    }
}

/// A number captured by `{n}` and what the claim's `number:` made of it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(from = "NumberFoundJson")]
pub struct NumberFound {
    /// The number as written, with its qualifier ("more than 11,000").
    pub text: String,
    /// The range of values it stands for.
    pub low: f64,
    pub high: f64,
    /// `holds`, `breaks` or `inconclusive` against the claim's `number:`; absent without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Cow<'static, str>>,
}

/// `NumberFound` as JSON has it: JSON writes a value that is not finite as `null`, so
/// an open bound ("more than 11,000": 11,000 to infinity) and an unread number (NaN to NaN)
/// both come back with `null`s. One `null` is the open side of a range; two, a number
/// that was not read.
#[derive(Deserialize)]
struct NumberFoundJson {
    text: String,
    low: Option<f64>,
    high: Option<f64>,
    #[serde(default)]
    outcome: Option<Cow<'static, str>>,
}

impl From<NumberFoundJson> for NumberFound {
    fn from(json: NumberFoundJson) -> NumberFound {
        let (low, high) = match (json.low, json.high) {
            (Some(low), Some(high)) => (low, high),
            (Some(low), None) => (low, f64::INFINITY),
            (None, Some(high)) => (f64::NEG_INFINITY, high),
            (None, None) => (f64::NAN, f64::NAN),
        };
        NumberFound {
            text: json.text,
            low,
            high,
            outcome: json.outcome,
        }
    }
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

/// Shard K of N (`--shard K/N`): a share of the documents, for spreading a large archive
/// over several machines. A document belongs to shard `fnv1a(id) % N + 1`: the same shard
/// whatever other documents there are, on every machine and version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    /// 1-based.
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// Parses `K/N` with 1 <= K <= N.
    pub fn parse(text: &str) -> Result<Shard, String> {
        let bad = || format!("`{text}` is not a shard: write K/N, such as 1/4 (shard 1 of 4)");
        let (k, n) = text.split_once('/').ok_or_else(bad)?;
        let index: u32 = k.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 {
            return Err(format!(
                "shard `{text}` does not exist: N, the number of shards, must be at least 1"
            ));
        }
        if index == 0 || index > count {
            return Err(format!(
                "shard `{text}` does not exist: K must be between 1 and N (here {count})"
            ));
        }
        Ok(Shard { index, count })
    }

    /// Whether the document with id `id` belongs to this shard.
    pub fn holds(&self, id: &str) -> bool {
        (fnv1a(id.as_bytes()) % u64::from(self.count)) as u32 + 1 == self.index
    }
}

/// The 64-bit FNV-1a hash, written here so shard membership never changes with a library.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// JSON has no infinity: an open bound is written as `null` and must come back open
    /// (merged reports and JUnit from spilled evidence explain numbers read back), and an
    /// unread number's NaN bounds must come back NaN.
    #[test]
    fn numbers_read_back_from_json_keep_their_open_bounds() {
        let found = |low: f64, high: f64| NumberFound {
            text: "more than 11,000".to_string(),
            low,
            high,
            outcome: Some(Cow::Borrowed("holds")),
        };
        let round_trip = |number: &NumberFound| -> (f64, f64) {
            let json = serde_json::to_string(number).unwrap_or_default();
            let back: Option<NumberFound> = serde_json::from_str(&json).ok();
            back.map_or((0.0, 0.0), |back| (back.low, back.high))
        };
        assert_eq!(
            round_trip(&found(11000.0, f64::INFINITY)),
            (11000.0, f64::INFINITY)
        );
        assert_eq!(
            round_trip(&found(f64::NEG_INFINITY, 10.0)),
            (f64::NEG_INFINITY, 10.0)
        );
        assert_eq!(round_trip(&found(3.0, 5.0)), (3.0, 5.0));
        let (low, high) = round_trip(&found(f64::NAN, f64::NAN));
        assert!(low.is_nan() && high.is_nan(), "{low} {high}");
    }

    fn piece(start: usize) -> Arc<Evidence> {
        Arc::new(Evidence {
            role: Side::Support,
            counted: true,
            negated: false,
            hedged: false,
            cue: None,
            matcher: "support[0]".into(),
            why: "matches".into(),
            numbers: Vec::new(),
            line: 1,
            column: start + 1,
            start,
            end: start + 1,
            sentence: "x".into(),
            marks: vec![(0, 1)],
        })
    }

    fn verdicts(cells: &[(Verdict, &[usize])]) -> Verdicts {
        let mut verdicts = Verdicts::default();
        for (verdict, starts) in cells {
            verdicts.push(DocumentVerdict {
                verdict: *verdict,
                evidence: starts.iter().map(|&s| piece(s)).collect(),
            });
        }
        verdicts
    }

    fn starts(evidence: &[Arc<Evidence>]) -> Vec<usize> {
        evidence.iter().map(|e| e.start).collect()
    }

    #[test]
    fn each_document_keeps_its_own_evidence() {
        use Verdict::*;
        let v = verdicts(&[
            (Omits, &[]),
            (Supports, &[1, 2]),
            (Omits, &[]),
            (Mixed, &[3]),
        ]);
        assert_eq!(v.len(), 4);
        assert_eq!(starts(v.evidence(0)), Vec::<usize>::new());
        assert_eq!(starts(v.evidence(1)), [1, 2]);
        assert_eq!(starts(v.evidence(3)), [3]);
        assert_eq!(starts(v.evidence(9)), Vec::<usize>::new());
        let walked: Vec<(Verdict, Vec<usize>)> =
            v.iter().map(|r| (r.verdict, starts(r.evidence))).collect();
        assert_eq!(
            walked,
            [
                (Omits, vec![]),
                (Supports, vec![1, 2]),
                (Omits, vec![]),
                (Mixed, vec![3])
            ]
        );
        assert!(v.has_evidence());
    }

    #[test]
    fn packed_verdicts_read_back_what_was_pushed_and_find_the_next_non_omission() {
        use Verdict::*;
        // Every verdict at every position of a byte, runs of omissions across bytes.
        let mut written = Vec::new();
        for i in 0..61 {
            written.push(match i {
                3 | 4 | 17 | 40 | 60 => Supports,
                9 => Contradicts,
                10 => Mixed,
                i if i % 13 == 0 => Mixed,
                _ => Omits,
            });
        }
        let mut packed = Packed::with_capacity(written.len());
        for &verdict in &written {
            packed.push(verdict);
        }
        assert_eq!(packed.len(), written.len());
        assert_eq!(packed.iter().collect::<Vec<_>>(), written);
        assert_eq!(packed.get(61), None);
        for from in 0..=62 {
            let naive = written
                .iter()
                .enumerate()
                .skip(from)
                .find(|(_, &v)| v != Omits)
                .map(|(i, _)| i);
            assert_eq!(packed.next_not_omits(from), naive, "from {from}");
        }
    }

    #[test]
    fn the_next_notable_document_has_a_verdict_or_evidence() {
        use Verdict::*;
        let v = verdicts(&[
            (Omits, &[]),
            (Omits, &[4]),
            (Omits, &[]),
            (Contradicts, &[]),
            (Omits, &[]),
        ]);
        let notable: Vec<Option<usize>> = (0..6).map(|from| v.next_notable(from)).collect();
        assert_eq!(
            notable,
            [Some(1), Some(1), Some(3), Some(3), None, None],
            "an omission with (hedged) evidence is notable, a plain one is not"
        );
    }

    #[test]
    fn permuting_moves_evidence_with_its_document() {
        use Verdict::*;
        let mut v = verdicts(&[(Supports, &[1]), (Omits, &[]), (Contradicts, &[2, 3])]);
        v.permute(&[2, 0, 1]);
        let walked: Vec<(Verdict, Vec<usize>)> =
            v.iter().map(|r| (r.verdict, starts(r.evidence))).collect();
        assert_eq!(
            walked,
            [
                (Contradicts, vec![2, 3]),
                (Supports, vec![1]),
                (Omits, vec![])
            ]
        );
    }

    #[test]
    fn shards_parse_and_reject_what_does_not_exist() {
        assert_eq!(Shard::parse("2/4"), Ok(Shard { index: 2, count: 4 }));
        assert!(Shard::parse("3/2").is_err_and(|e| e.contains("between 1 and N")));
        assert!(Shard::parse("0/2").is_err());
        assert!(Shard::parse("1/0")
            .is_err_and(|e| e.contains("N, the number of shards, must be at least 1")));
        assert!(Shard::parse("x").is_err_and(|e| e.contains("write K/N")));
        assert!(Shard::parse("1/x").is_err());
    }

    #[test]
    fn every_document_is_in_exactly_one_shard() {
        for id in ["000_af3fd7736e4ff5ea", "a", "", "é/b"] {
            let holding = (1..=5)
                .filter(|&k| Shard { index: k, count: 5 }.holds(id))
                .count();
            assert_eq!(holding, 1, "{id}");
        }
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
