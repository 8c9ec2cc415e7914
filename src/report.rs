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
use std::collections::HashMap;
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
    /// `Some(n)`: a report of `n` documents folded to its counts as it was built
    /// (`ReportBuilder::fold_from`), for a run whose table shows counts only (tens of
    /// thousands of documents) or whose documents were written as they were checked (JSON
    /// Lines). `documents` is then empty and each claim keeps how many documents have each
    /// verdict, not which: memory does not grow with the number of documents. What each
    /// claim's expectation reads was kept (the documents a failed count names, the pinned
    /// documents' verdicts), so `passed` and `failures` are those of the full report.
    pub folded: Option<usize>,
}

/// The claims file's digest as reports carry it: `fnv1a64:` and 16 hex digits.
pub fn claims_digest(text: &str) -> String {
    format!("fnv1a64:{:016x}", fnv1a(text.as_bytes()))
}

/// The digest of a run's document ids (in id order), as shard reports carry it: that of
/// the ids, each followed by a newline, hashed as they come (a million ids are not joined
/// first).
pub fn documents_digest<S: AsRef<str>>(ids: impl IntoIterator<Item = S>) -> String {
    let hash = ids.into_iter().fold(FNV_OFFSET, |hash, id| {
        fnv1a_from(fnv1a_from(hash, id.as_ref().as_bytes()), b"\n")
    });
    format!("fnv1a64:{hash:016x}")
}

/// A checked document, in id order.
///
/// A report keeps one for every document of the run, so it is one allocation: the path,
/// then the id unless the path holds it (it nearly always does: the sources folder, the id,
/// the extension). Three strings (id, label, path) took 160 bytes a document; this takes 80.
#[derive(Clone, PartialEq, Eq)]
pub struct DocumentInfo {
    /// The path, then the id when the path does not hold it.
    text: Box<str>,
    path_len: u32,
    /// Where the id is in `text`.
    id_at: (u32, u32),
    label: Option<Box<str>>,
}

impl DocumentInfo {
    /// A document with id `id`, read from `path` (as given relative to the sources folder,
    /// with extension), shown as `label` when it has one.
    pub fn new(id: &str, label: Option<&str>, path: &str) -> DocumentInfo {
        // The id, where a document's path is its folder, its id and its extension.
        let stem = path.rsplit_once('.').map_or(path, |(stem, _)| stem);
        let at = if stem.ends_with(id) {
            Some(stem.len() - id.len())
        } else {
            path.find(id)
        };
        let (text, id_at) = match at {
            Some(at) => (Box::from(path), (at, at + id.len())),
            None => (
                format!("{path}{id}").into_boxed_str(),
                (path.len(), path.len() + id.len()),
            ),
        };
        DocumentInfo {
            text,
            path_len: index(path.len()),
            id_at: (index(id_at.0), index(id_at.1)),
            label: label.map(Box::from),
        }
    }

    /// The path below the sources folder, without extension, `/`-separated.
    pub fn id(&self) -> &str {
        &self.text[self.id_at.0 as usize..self.id_at.1 as usize]
    }

    /// The path as given relative to the sources folder (with extension).
    pub fn path(&self) -> &str {
        &self.text[..self.path_len as usize]
    }

    /// The label claims.yaml gives the document, if any.
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }

    /// The column header: the label when there is one, else the id.
    pub fn name(&self) -> &str {
        self.label().unwrap_or(self.id())
    }
}

impl std::fmt::Debug for DocumentInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DocumentInfo")
            .field("id", &self.id())
            .field("label", &self.label())
            .field("path", &self.path())
            .finish()
    }
}

/// A document as the JSON report lists it.
#[derive(Serialize, Deserialize)]
struct DocumentJson<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    label: Option<Cow<'a, str>>,
    #[serde(borrow)]
    path: Cow<'a, str>,
}

impl Serialize for DocumentInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        DocumentJson {
            id: Cow::Borrowed(self.id()),
            label: self.label().map(Cow::Borrowed),
            path: Cow::Borrowed(self.path()),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for DocumentInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<DocumentInfo, D::Error> {
        let json = DocumentJson::deserialize(deserializer)?;
        Ok(DocumentInfo::new(
            &json.id,
            json.label.as_deref(),
            &json.path,
        ))
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
        let tally = self.verdicts.tally();
        (tally.supports, tally.contradicts)
    }
}

impl ClaimReport {
    /// How many documents have each verdict, in the order count columns show them.
    pub fn verdict_counts(&self) -> [usize; 4] {
        self.verdicts.counts()
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
    if documents.windows(2).all(|w| w[0].id() <= w[1].id()) {
        return documents;
    }
    let mut order: Vec<usize> = (0..documents.len()).collect();
    order.sort_by(|&a, &b| documents[a].id().cmp(documents[b].id()));
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
    /// The parts of `expect` these verdicts (over `documents`, in order) do not meet.
    pub fn unmet(
        &self,
        expect: &crate::claims::Expectation,
        documents: &[DocumentInfo],
    ) -> Vec<String> {
        let checked = self.verdicts.len().min(documents.len());
        let tally = if checked == self.verdicts.len() {
            self.tally()
        } else {
            crate::verdict::Tally::of(self.verdicts.iter().take(checked))
        };
        crate::verdict::unmet_by(
            expect,
            tally,
            |id| {
                let i = documents[..checked]
                    .iter()
                    .position(|document| document.id() == id)?;
                self.verdicts.get(i)
            },
            // From the documents that do not omit the claim only: a walk of every
            // document for each failing claim was most of finishing a large report.
            |support| {
                self.not_omitted()
                    .take_while(|&i| i < checked)
                    .filter(|&i| crate::verdict::counts_for(self.verdict(i), support))
                    .map(|i| documents[i].id().to_string())
                    .take(crate::verdict::NAMED_DOCUMENTS)
                    .collect()
            },
        )
    }

    /// These verdicts' counts, of as many documents (`Report::folded`): pushing a
    /// document's verdict on them counts it and drops its evidence, and `iter`, `get` and
    /// `not_omitted` find no document.
    pub fn folded_counts(&self) -> Verdicts {
        let [supports, contradicts, mixed, _] = self.counts();
        Verdicts {
            verdicts: Packed::Folded {
                counts: [supports, contradicts, mixed],
                len: self.len(),
            },
            ..Verdicts::default()
        }
    }

    /// How many documents count as supporting and as contradicting (mixed in both).
    pub fn tally(&self) -> crate::verdict::Tally {
        let [supports, contradicts, mixed, _] = self.counts();
        crate::verdict::Tally {
            supports: supports + mixed,
            contradicts: contradicts + mixed,
        }
    }

    /// Whether these are counts only (`Verdicts::folded_counts`).
    pub fn is_folded(&self) -> bool {
        matches!(self.verdicts, Packed::Folded { .. })
    }

    /// Appends the next document's verdict.
    pub fn push(&mut self, verdict: DocumentVerdict) {
        if !verdict.evidence.is_empty() && !self.is_folded() {
            self.pieces.extend(verdict.evidence);
            self.cells
                .push((index(self.verdicts.len()), index(self.pieces.len())));
        }
        self.verdicts.push(verdict.verdict);
    }

    /// Sets document `at`'s verdict, the documents between the last one set and it
    /// omitting the claim (`at` is past the last one set).
    pub fn push_at(&mut self, at: usize, verdict: DocumentVerdict) {
        self.pad(at);
        self.push(verdict);
    }

    /// Makes these the verdicts of `len` documents, those not set yet omitting the claim.
    pub fn pad(&mut self, len: usize) {
        self.verdicts.pad(len);
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

    /// How many documents have each verdict: supports, contradicts, mixed, omits.
    pub fn counts(&self) -> [usize; 4] {
        self.verdicts.counts()
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

    /// The documents whose verdict is not omits, in order: a walk of the verdicts that are
    /// not omits only (the coverage of 20,000 documents x 1,000 claims asked every cell,
    /// 20 million look-ups).
    pub fn not_omitted(&self) -> impl Iterator<Item = usize> + '_ {
        let mut from = 0;
        std::iter::from_fn(move || {
            let i = self.verdicts.next_not_omits(from)?;
            from = i + 1;
            Some(i)
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
    /// Counts (`Verdicts::folded_counts`) have no order to change.
    pub fn permute(&mut self, order: &[usize]) {
        if self.is_folded() {
            return;
        }
        let mut permuted = Verdicts::default();
        for &old in order {
            permuted.push(DocumentVerdict {
                verdict: self.verdict(old),
                evidence: self.evidence(old).to_vec(),
            });
        }
        *self = permuted;
    }
}

/// What a report folded to its counts keeps so that each claim's expectation is decided
/// as the full report's is: the few documents a failed count names, and the verdicts of
/// the documents claims.yaml pins. Its size does not grow with the number of documents,
/// and documents may be told in any order (`merge` tells them shard by shard).
#[derive(Debug, Default)]
pub(crate) struct Folding {
    /// One per claim: the first documents, in id order (at most `NAMED_DOCUMENTS`), that
    /// count as support, then as contradiction.
    named: Vec<[Vec<String>; 2]>,
    /// One per claim: the verdict of each document its `expect.documents` pins, in that
    /// order (`None` until the document is checked).
    pinned: Vec<Vec<Option<Verdict>>>,
    /// For each pinned document id: the (claim, place in `pinned`) that pin it.
    pins: HashMap<String, Vec<(usize, usize)>>,
}

impl Folding {
    /// For claims with these expectations, in order.
    pub(crate) fn new<'e>(expectations: impl Iterator<Item = &'e Expectation>) -> Folding {
        let mut folding = Folding::default();
        for expect in expectations {
            folding.add_claim(expect.documents.iter().map(|(id, _)| id.as_str()));
        }
        folding
    }

    /// Adds the next claim, which pins documents `pinned` (its `expect.documents`).
    pub(crate) fn add_claim<'i>(&mut self, pinned: impl Iterator<Item = &'i str>) {
        let claim = self.pinned.len();
        let mut slots = 0;
        for (slot, id) in pinned.enumerate() {
            self.pins
                .entry(id.to_string())
                .or_default()
                .push((claim, slot));
            slots += 1;
        }
        self.pinned.push(vec![None; slots]);
        self.named.push(Default::default());
    }

    /// How many claims there are.
    pub(crate) fn claims(&self) -> usize {
        self.pinned.len()
    }

    /// Whether any claim pins document `id`.
    pub(crate) fn pins(&self, id: &str) -> bool {
        !self.pins.is_empty() && self.pins.contains_key(id)
    }

    /// Notes document `id`'s verdict on `claim`; only verdicts that are not omits are told.
    pub(crate) fn note(&mut self, claim: usize, id: &str, verdict: Verdict) {
        for (side, counts) in [
            verdict.counts_as_support(),
            verdict.counts_as_contradiction(),
        ]
        .into_iter()
        .enumerate()
        {
            let Some(named) = self.named.get_mut(claim).map(|named| &mut named[side]) else {
                continue;
            };
            // In id order, the first few are kept and the rest pass by this comparison;
            // any order keeps the same few.
            if !counts
                || named.len() == crate::verdict::NAMED_DOCUMENTS
                    && named.last().is_some_and(|last| last.as_str() <= id)
            {
                continue;
            }
            let at = named.partition_point(|n| n.as_str() < id);
            named.insert(at, id.to_string());
            named.truncate(crate::verdict::NAMED_DOCUMENTS);
        }
    }

    /// Notes the verdicts of document `id` on the claims that pin it: `told` are its
    /// verdicts that are not omits, by claim.
    pub(crate) fn pin(&mut self, id: &str, told: &[(usize, Verdict)]) {
        let Some(pins) = self.pins.get(id) else {
            return;
        };
        for &(claim, slot) in pins {
            let verdict = told
                .iter()
                .find(|&&(c, _)| c == claim)
                .map_or(Verdict::Omits, |&(_, verdict)| verdict);
            self.pinned[claim][slot] = Some(verdict);
        }
    }

    /// Notes document `id`'s verdict on `claim` alone, when a claim's verdicts come one
    /// claim at a time (`merge`); `present` then says which pinned documents omit.
    pub(crate) fn pin_one(&mut self, claim: usize, id: &str, verdict: Verdict) {
        let Some(pins) = self.pins.get(id) else {
            return;
        };
        for &(c, slot) in pins {
            if c == claim {
                self.pinned[claim][slot] = Some(verdict);
            }
        }
    }

    /// Notes that document `id` is in the run: the claims that pin it and were told no
    /// verdict (`pin_one`) have its verdict omits.
    pub(crate) fn present(&mut self, id: &str) {
        let Some(pins) = self.pins.get(id) else {
            return;
        };
        for &(claim, slot) in pins {
            self.pinned[claim][slot].get_or_insert(Verdict::Omits);
        }
    }

    /// The parts of `expect`, claim `claim`'s expectation, that a folded report whose
    /// counts are `tally` does not meet (`Verdicts::unmet` for a report that is not).
    pub(crate) fn unmet(
        &self,
        claim: usize,
        expect: &Expectation,
        tally: crate::verdict::Tally,
    ) -> Vec<String> {
        crate::verdict::unmet_by(
            expect,
            tally,
            |id| {
                let slot = expect.documents.iter().position(|(d, _)| d == id)?;
                *self.pinned.get(claim)?.get(slot)?
            },
            |support| {
                self.named
                    .get(claim)
                    .map(|named| named[usize::from(!support)].clone())
                    .unwrap_or_default()
            },
        )
    }
}

/// One claim's verdicts over the documents, in order, in whichever of two layouts is
/// smaller. Most documents omit most claims (in the generated corpus, 15 of 1,000 claims
/// per document are not omitted), so a claim starts as the list of its documents that do
/// not omit it, four bytes each: 1,000 claims over 20,000 such documents take 1.2 MB, where
/// two bits for every document took 5 MB, and the cost grows with what documents state,
/// not with how many there are. A claim that more than one document in sixteen states
/// switches to two bits per document, four to a byte (a byte each took 100 MB for 1,000
/// claims over 100,000 documents).
#[derive(Debug, Clone, PartialEq)]
enum Packed {
    /// `(index << 2) | code` of each document whose verdict is not omits, in order.
    Sparse { notable: Vec<u32>, len: usize },
    /// Two bits a document; omits is 0, so a byte of four omissions is 0, and the next
    /// document that does not omit the claim is found a byte at a time.
    Dense { bytes: Vec<u8>, len: usize },
    /// How many documents support, contradict and are mixed on the claim, not which
    /// (`Verdicts::folded_counts`): no document is found by index.
    Folded { counts: [usize; 3], len: usize },
}

impl Default for Packed {
    fn default() -> Packed {
        Packed::Sparse {
            notable: Vec::new(),
            len: 0,
        }
    }
}

/// The sparse list's entries past which the dense layout is smaller, beyond a small slack
/// that keeps claims over a few documents sparse.
fn sparse_is_larger(notable: usize, len: usize) -> bool {
    notable * 16 > len + 256 || len >= 1 << 30
}

impl Packed {
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
        match self {
            Packed::Sparse { len, .. } | Packed::Dense { len, .. } | Packed::Folded { len, .. } => {
                *len
            }
        }
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn push(&mut self, verdict: Verdict) {
        let code = Packed::code(verdict);
        match self {
            Packed::Sparse { notable, len } => {
                if code != 0 {
                    notable.push(((*len as u32) << 2) | u32::from(code));
                }
                *len += 1;
                if sparse_is_larger(notable.len(), *len) {
                    *self = self.to_dense();
                }
            }
            Packed::Dense { bytes, len } => {
                if *len % 4 == 0 {
                    bytes.push(0);
                }
                if let Some(last) = bytes.last_mut() {
                    *last |= code << (2 * (*len % 4));
                }
                *len += 1;
            }
            Packed::Folded { counts, len } => {
                if let Some(count) = usize::from(code).checked_sub(1).map(|k| &mut counts[k]) {
                    *count += 1;
                }
                *len += 1;
            }
        }
    }

    /// Grows to `len` documents, the new ones omitting the claim.
    fn pad(&mut self, new_len: usize) {
        match self {
            Packed::Sparse { len, .. } | Packed::Folded { len, .. } => *len = new_len.max(*len),
            Packed::Dense { bytes, len } => {
                if new_len > *len {
                    bytes.resize(new_len.div_ceil(4), 0);
                    *len = new_len;
                }
            }
        }
    }

    fn to_dense(&self) -> Packed {
        let len = self.len();
        let mut bytes = vec![0u8; len.div_ceil(4)];
        for (i, verdict) in self.iter().enumerate() {
            bytes[i / 4] |= Packed::code(verdict) << (2 * (i % 4));
        }
        Packed::Dense { bytes, len }
    }

    fn get(&self, i: usize) -> Option<Verdict> {
        if i >= self.len() {
            return None;
        }
        Some(match self {
            Packed::Sparse { notable, .. } => {
                match notable.binary_search_by_key(&i, |&entry| (entry >> 2) as usize) {
                    Ok(k) => Packed::decode(notable[k] as u8),
                    Err(_) => Verdict::Omits,
                }
            }
            Packed::Dense { bytes, .. } => Packed::decode(bytes[i / 4] >> (2 * (i % 4))),
            Packed::Folded { .. } => return None,
        })
    }

    fn iter(&self) -> impl Iterator<Item = Verdict> + '_ {
        let mut next = 0;
        let len = match self {
            Packed::Folded { .. } => 0,
            _ => self.len(),
        };
        (0..len).map(move |i| match self {
            Packed::Sparse { notable, .. } => match notable.get(next) {
                Some(&entry) if (entry >> 2) as usize == i => {
                    next += 1;
                    Packed::decode(entry as u8)
                }
                _ => Verdict::Omits,
            },
            Packed::Dense { bytes, .. } => Packed::decode(bytes[i / 4] >> (2 * (i % 4))),
            Packed::Folded { .. } => Verdict::Omits,
        })
    }

    /// How many documents have each verdict: supports, contradicts, mixed, omits.
    fn counts(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        let mut tally = |code: u8| match code & 3 {
            1 => counts[0] += 1,
            2 => counts[1] += 1,
            3 => counts[2] += 1,
            _ => {}
        };
        match self {
            Packed::Sparse { notable, .. } => notable.iter().for_each(|&e| tally(e as u8)),
            Packed::Dense { bytes, .. } => {
                for &byte in bytes.iter().filter(|&&b| b != 0) {
                    (0..4).for_each(|k| tally(byte >> (2 * k)));
                }
            }
            Packed::Folded { counts: folded, .. } => counts[..3].copy_from_slice(folded),
        }
        counts[3] = self.len() - counts[0] - counts[1] - counts[2];
        counts
    }

    /// The first document at or after `from` whose verdict is not omits.
    fn next_not_omits(&self, from: usize) -> Option<usize> {
        match self {
            Packed::Sparse { notable, .. } => {
                let k = notable.partition_point(|&entry| ((entry >> 2) as usize) < from);
                notable.get(k).map(|&entry| (entry >> 2) as usize)
            }
            Packed::Dense { bytes, len } => {
                let code_at = |i: usize| (bytes[i / 4] >> (2 * (i % 4))) & 3;
                let mut i = from;
                while i % 4 != 0 {
                    if i >= *len {
                        return None;
                    }
                    if code_at(i) != 0 {
                        return Some(i);
                    }
                    i += 1;
                }
                let byte = i / 4 + bytes.get(i / 4..)?.iter().position(|&b| b != 0)?;
                (4 * byte..(4 * byte + 4).min(*len)).find(|&i| code_at(i) != 0)
            }
            Packed::Folded { .. } => None,
        }
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

    /// How many documents the report covers (folded or not).
    pub fn document_count(&self) -> usize {
        self.folded.unwrap_or(self.documents.len())
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
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(FNV_OFFSET, bytes)
}

/// FNV-1a of `bytes` continued from `hash` (of the bytes before them).
fn fnv1a_from(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A piece of evidence for tests: a plain support match of one byte at `start`, quoting
/// `sentence`.
#[cfg(test)]
pub(crate) fn test_piece(start: usize, sentence: &str) -> Arc<Evidence> {
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
        sentence: sentence.into(),
        marks: vec![(0, 1)],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document keeps its id inside its path where the path holds it, and on its own
    /// where it does not (a merged report may say anything); either way it gives back what
    /// it was given, and the JSON is the three fields.
    #[test]
    fn a_document_gives_back_its_id_path_and_label_however_they_relate() {
        for (id, label, path) in [
            ("000_af3f", Some("AFP"), "seeds/000_af3f.txt"),
            ("a/b", None, "seeds/a/b.md"),
            ("b", None, "seeds/a/b/b.txt"),
            ("seeds", None, "seeds/seeds.txt"),
            ("x", None, "x"),
            ("other", Some("É \"q\""), "seeds/a.txt"),
            ("", None, ""),
        ] {
            let document = DocumentInfo::new(id, label, path);
            assert_eq!(
                (document.id(), document.label(), document.path()),
                (id, label, path)
            );
            let json = serde_json::to_value(&document).unwrap_or_default();
            assert_eq!(
                json,
                serde_json::json!({"id": id, "label": label, "path": path})
            );
            let back: Result<DocumentInfo, _> = serde_json::from_value(json);
            assert_eq!(back.ok(), Some(document));
        }
    }

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
        test_piece(start, "x")
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
    fn packed_verdicts_read_back_what_was_pushed_in_either_layout() {
        use Verdict::*;
        // A claim few documents state stays a sparse list; one that many state turns dense
        // on the way. Every verdict at every position of a byte, runs of omissions.
        for (len, every) in [(61, 13), (700, 97), (2000, 3), (2000, 40)] {
            let written: Vec<Verdict> = (0..len)
                .map(|i| match i {
                    3 | 4 | 17 | 40 | 60 => Supports,
                    9 => Contradicts,
                    10 => Mixed,
                    i if i % every == 0 => [Supports, Contradicts, Mixed][i % 3],
                    _ => Omits,
                })
                .collect();
            let mut packed = Packed::default();
            for &verdict in &written {
                packed.push(verdict);
            }
            // The report builder sets only the verdicts that are not omits and pads the
            // rest: the same verdicts in the same layout.
            let mut padded = Verdicts::default();
            for (i, &verdict) in written.iter().enumerate() {
                if verdict != Omits {
                    let evidence = Vec::new();
                    padded.push_at(i, DocumentVerdict { verdict, evidence });
                }
            }
            padded.pad(len);
            assert_eq!(padded.verdicts, packed, "{len} documents, one in {every}");
            let dense = matches!(packed, Packed::Dense { .. });
            assert_eq!(
                dense,
                every == 3,
                "layout at {len} documents, one in {every}"
            );
            assert_eq!(packed.len(), written.len());
            assert_eq!(packed.iter().collect::<Vec<_>>(), written);
            for (i, &verdict) in written.iter().enumerate() {
                assert_eq!(packed.get(i), Some(verdict), "document {i}");
            }
            assert_eq!(packed.get(len), None);
            let mut counts = [0; 4];
            for verdict in &written {
                counts[[Supports, Contradicts, Mixed, Omits]
                    .iter()
                    .position(|v| v == verdict)
                    .unwrap_or(3)] += 1;
            }
            assert_eq!(packed.counts(), counts);
            for from in 0..=len + 1 {
                let naive = written
                    .iter()
                    .enumerate()
                    .skip(from)
                    .find(|(_, &v)| v != Omits)
                    .map(|(i, _)| i);
                assert_eq!(packed.next_not_omits(from), naive, "from {from}");
            }
            let not_omitted: Vec<usize> = (0..len).filter(|&i| written[i] != Omits).collect();
            assert_eq!(padded.not_omitted().collect::<Vec<_>>(), not_omitted);
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
