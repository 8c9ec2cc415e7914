//! Evidence laid out as JSON while documents are checked, kept outside the report until the
//! report is written.
//!
//! The JSON report lists claims, each with every document's verdict, so it can only be
//! written once the last document is checked. Holding every piece of evidence until then
//! cost 115 MB at 1,000 claims over 20,000 generated documents, and grows with the corpus.
//! Instead, each document's evidence is laid out as the report will show it (on the
//! checking threads), appended to a [`SpillStore`] (a temporary file, for the CLI), and
//! only where each piece is stays in memory: 16 bytes per distinct piece, 4 per cell.

use crate::engine::DocumentResult;
use crate::report::{ClaimReport, DocumentVerdict, Evidence, Report, Verdicts};
use std::collections::HashMap;
use std::io;
use std::sync::Arc;

/// Where spilled evidence waits: bytes appended once, read back later from any thread.
pub trait SpillStore: Send + Sync {
    /// Appends `bytes` and returns the offset they start at.
    fn append(&mut self, bytes: &[u8]) -> io::Result<u64>;

    /// Makes everything appended readable (a buffered file flushes).
    fn finish(&mut self) -> io::Result<()> {
        Ok(())
    }

    /// Fills `buf` with the bytes that start at `offset`.
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()>;
}

/// Evidence kept in memory, laid out: for tests and for library users without a file to
/// spare (the CLI keeps the evidence itself when it cannot make a temporary file: laid out,
/// it takes more room than the pieces).
impl SpillStore for Vec<u8> {
    fn append(&mut self, bytes: &[u8]) -> io::Result<u64> {
        let offset = self.len() as u64;
        self.extend_from_slice(bytes);
        Ok(offset)
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        let start = usize::try_from(offset).map_err(|_| past_the_end())?;
        let bytes = self
            .get(start..start + buf.len())
            .ok_or_else(past_the_end)?;
        buf.copy_from_slice(bytes);
        Ok(())
    }
}

fn past_the_end() -> io::Error {
    io::Error::new(
        io::ErrorKind::UnexpectedEof,
        "read past the spilled evidence",
    )
}

/// One document's evidence laid out as JSON, ready to spill: built on the checking thread,
/// so the serial part of a run only appends bytes.
#[derive(Debug, Default)]
pub struct DocumentEvidence {
    id: String,
    /// Each distinct piece of evidence as the report writes it (an element of a verdict's
    /// `evidence` array), one after another.
    bytes: Vec<u8>,
    /// Where each piece ends in `bytes`.
    ends: Vec<u32>,
    /// For each claim with evidence in this document: (claim index, where its pieces end
    /// in `pieces`); they start where the previous claim's end.
    cells: Vec<(u32, u32)>,
    /// Pieces by their index in `ends`: claims that share a pattern share its pieces.
    pieces: Vec<u32>,
}

impl DocumentEvidence {
    /// Lays out `result`'s evidence. A piece that several claims quote (the same `Arc`) is
    /// laid out once.
    pub fn of(result: &DocumentResult) -> DocumentEvidence {
        let mut laid = DocumentEvidence {
            id: result.document.id.clone(),
            ..DocumentEvidence::default()
        };
        let mut seen: HashMap<*const Evidence, u32> = HashMap::new();
        for (claim, evidence) in &result.evidence {
            for piece in evidence {
                let index = *seen.entry(Arc::as_ptr(piece)).or_insert_with(|| {
                    super::value(&mut laid.bytes, &**piece, super::EVIDENCE_LEVEL)
                        .unwrap_or_default();
                    laid.ends.push(offset(laid.bytes.len()));
                    offset(laid.ends.len() - 1)
                });
                laid.pieces.push(index);
            }
            laid.cells.push((offset(*claim), offset(laid.pieces.len())));
        }
        laid
    }
}

/// An index or length as kept here (u32: four billion pieces or bytes of one document's
/// evidence are far beyond any archive).
fn offset(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Every checked document's evidence, spilled: where each piece is, and which pieces each
/// claim quotes in each document. [`super::write_spilled`] writes the report with it.
pub struct EvidenceSpill {
    store: Box<dyn SpillStore>,
    /// Each distinct piece: where it starts in `store`, and its length.
    pieces: Vec<(u64, u32)>,
    /// One per claim, in the report's claim order.
    claims: Vec<SpilledClaim>,
    /// The documents' ids, in the order they were added.
    ids: Vec<String>,
}

/// A claim's spilled evidence: (document index, where its pieces end in `pieces`) for each
/// document with evidence, in the order documents were added.
#[derive(Default)]
struct SpilledClaim {
    cells: Vec<(u32, u32)>,
    pieces: Vec<u32>,
    /// A cell was added for a document before one already there (`add_cell`): `finish`
    /// puts the cells in document order.
    unsorted: bool,
}

impl SpilledClaim {
    /// Puts the cells (and their pieces) in document order.
    fn sort(&mut self) {
        let mut cells: Vec<(u32, &[u32])> = Vec::with_capacity(self.cells.len());
        let mut from = 0;
        for &(document, end) in &self.cells {
            cells.push((document, &self.pieces[from as usize..end as usize]));
            from = end;
        }
        cells.sort_by_key(|&(document, _)| document);
        let mut sorted = SpilledClaim::default();
        for (document, pieces) in cells {
            sorted.pieces.extend_from_slice(pieces);
            sorted.cells.push((document, offset(sorted.pieces.len())));
        }
        *self = sorted;
    }
}

impl std::fmt::Debug for EvidenceSpill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EvidenceSpill")
            .field("pieces", &self.pieces.len())
            .field("documents", &self.ids.len())
            .finish_non_exhaustive()
    }
}

impl EvidenceSpill {
    /// An empty spill for a report of `claims` claims, kept in `store`.
    pub fn new(store: Box<dyn SpillStore>, claims: usize) -> EvidenceSpill {
        EvidenceSpill {
            store,
            pieces: Vec::new(),
            claims: (0..claims).map(|_| SpilledClaim::default()).collect(),
            ids: Vec::new(),
        }
    }

    /// Appends the next document's evidence.
    pub fn add(&mut self, document: DocumentEvidence) -> io::Result<()> {
        let start = self.store.append(&document.bytes)?;
        let first = self.pieces.len();
        let mut from = 0;
        for &end in &document.ends {
            self.pieces.push((start + u64::from(from), end - from));
            from = end;
        }
        let index = offset(self.ids.len());
        self.ids.push(document.id);
        let mut from = 0;
        for &(claim, end) in &document.cells {
            let Some(spilled) = self.claims.get_mut(claim as usize) else {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "evidence for a claim the report does not have",
                ));
            };
            let pieces = &document.pieces[from as usize..end as usize];
            spilled
                .pieces
                .extend(pieces.iter().map(|&p| offset(first + p as usize)));
            spilled.cells.push((index, offset(spilled.pieces.len())));
            from = end;
        }
        Ok(())
    }

    /// Appends documents, by id, that `add_cell` then names by index (the first one's
    /// index is returned): for evidence that comes claim by claim rather than document by
    /// document, as a shard's JSON report gives it to `merge`.
    pub fn add_documents(&mut self, ids: impl IntoIterator<Item = String>) -> u32 {
        let first = offset(self.ids.len());
        self.ids.extend(ids);
        first
    }

    /// Appends one piece of evidence, laid out as the report writes it, and returns its
    /// index for `add_cell`.
    pub fn add_piece(&mut self, piece: &Evidence) -> io::Result<u32> {
        let mut bytes = Vec::new();
        super::value(&mut bytes, piece, super::EVIDENCE_LEVEL)?;
        let start = self.store.append(&bytes)?;
        self.pieces.push((start, offset(bytes.len())));
        Ok(offset(self.pieces.len() - 1))
    }

    /// Records that claim `claim` quotes `pieces` (from `add_piece`) in document
    /// `document` (from `add_documents`). Cells may come in any order of documents.
    pub fn add_cell(&mut self, claim: usize, document: u32, pieces: &[u32]) -> io::Result<()> {
        if (document as usize) >= self.ids.len()
            || pieces.iter().any(|&p| p as usize >= self.pieces.len())
        {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "evidence for a document or piece the spill does not have",
            ));
        }
        if self.claims.len() <= claim {
            self.claims.resize_with(claim + 1, SpilledClaim::default);
        }
        let spilled = &mut self.claims[claim];
        spilled.unsorted |= spilled.cells.last().is_some_and(|&(d, _)| d >= document);
        spilled.pieces.extend_from_slice(pieces);
        spilled.cells.push((document, offset(spilled.pieces.len())));
        Ok(())
    }

    /// Renumbers the documents to `ids`' order (the same documents): a report's documents
    /// are in id order, and a spill in that order is read straight through where one in
    /// another order is looked up document by document (`merge` adds each shard's
    /// documents in turn: merging 4 shards of 20,000 documents x 1,000 claims took 12.1 s
    /// in shard order, 9.7 s once renumbered).
    pub fn put_in_order<'a>(
        &mut self,
        ids: impl ExactSizeIterator<Item = &'a str>,
    ) -> io::Result<()> {
        let Some(order) = self.order_for(ids)? else {
            return Ok(());
        };
        // `order[new]` is the old index of the report's document `new`.
        let mut new_index = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old as usize] = offset(new);
        }
        for claim in &mut self.claims {
            for cell in &mut claim.cells {
                cell.0 = new_index[cell.0 as usize];
            }
            claim.unsorted = true;
        }
        let mut ids: Vec<String> = Vec::with_capacity(self.ids.len());
        for &old in &order {
            ids.push(std::mem::take(&mut self.ids[old as usize]));
        }
        self.ids = ids;
        Ok(())
    }

    /// Makes the store readable; called once every document is added.
    pub(super) fn finish(&mut self) -> io::Result<()> {
        for claim in self.claims.iter_mut().filter(|claim| claim.unsorted) {
            claim.sort();
        }
        self.store.finish()
    }

    /// For a report whose documents are `ids` (in id order): where each is in this spill.
    /// `None` when they are in the order they were added (a project's documents always are).
    pub(super) fn order_for<'a>(
        &self,
        ids: impl ExactSizeIterator<Item = &'a str>,
    ) -> io::Result<Option<Vec<u32>>> {
        let mismatch = || {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "the spilled evidence is for other documents than the report's",
            )
        };
        if ids.len() != self.ids.len() {
            return Err(mismatch());
        }
        let ids: Vec<&str> = ids.collect();
        if ids.iter().zip(&self.ids).all(|(a, b)| *a == b.as_str()) {
            return Ok(None);
        }
        let at: HashMap<&str, u32> = self
            .ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), offset(i)))
            .collect();
        ids.iter()
            .map(|id| at.get(id).copied().ok_or_else(mismatch))
            .collect::<io::Result<Vec<u32>>>()
            .map(Some)
    }

    /// A cursor over claim `claim`'s cells, for documents visited in report order from
    /// the report's document `from`.
    pub(super) fn cursor<'s>(
        &'s self,
        claim: usize,
        order: Option<&'s [u32]>,
        from: usize,
    ) -> Cursor<'s> {
        let claim = self.claims.get(claim);
        let next = match (claim, order) {
            (Some(claim), None) => claim.cells.partition_point(|&(d, _)| (d as usize) < from),
            _ => 0,
        };
        Cursor {
            spill: self,
            claim,
            order,
            next,
        }
    }

    /// The spilled evidence of `report`'s claims, one claim at a time: for a renderer
    /// that shows one claim's evidence at a time (JUnit's failure details), so that memory
    /// holds one claim's evidence, never the run's.
    pub fn claims_of(&mut self, report: &Report) -> io::Result<SpilledClaims<'_>> {
        self.finish()?;
        let order = self.order_for(report.documents.iter().map(|d| d.id.as_str()))?;
        Ok(SpilledClaims { spill: self, order })
    }

    /// Appends piece `piece` to `out`.
    fn read_piece(&self, piece: u32, out: &mut Vec<u8>) -> io::Result<()> {
        let &(start, len) = self.pieces.get(piece as usize).ok_or_else(past_the_end)?;
        let at = out.len();
        out.resize(at + len as usize, 0);
        self.store.read_at(start, &mut out[at..])
    }
}

/// A spill made readable for one report (see [`EvidenceSpill::claims_of`]).
pub struct SpilledClaims<'s> {
    spill: &'s EvidenceSpill,
    order: Option<Vec<u32>>,
}

impl SpilledClaims<'_> {
    /// The report's claim `index` with its evidence read back.
    pub fn claim(&self, report: &Report, index: usize) -> io::Result<ClaimReport> {
        let Some(claim) = report.claims.get(index) else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "no such claim in the report",
            ));
        };
        let mut cursor = self.spill.cursor(index, self.order.as_deref(), 0);
        let mut verdicts = Verdicts::with_capacity(claim.verdicts.len());
        let mut bytes = Vec::new();
        for document in 0..claim.verdicts.len() {
            let mut evidence = Vec::new();
            for &piece in cursor.pieces(document).map_or(&[][..], |p| p.pieces) {
                bytes.clear();
                self.spill.read_piece(piece, &mut bytes)?;
                let piece: Evidence = serde_json::from_slice(&bytes)
                    .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
                evidence.push(Arc::new(piece));
            }
            verdicts.push(DocumentVerdict {
                verdict: claim.verdicts.verdict(document),
                evidence,
            });
        }
        Ok(ClaimReport {
            id: claim.id.clone(),
            claim: claim.claim.clone(),
            tags: claim.tags.clone(),
            line: claim.line,
            passed: claim.passed,
            failures: claim.failures.clone(),
            expect: claim.expect.clone(),
            verdicts,
            note: claim.note.clone(),
        })
    }
}

/// Finds a claim's spilled pieces document by document (see [`EvidenceSpill::cursor`]).
pub(super) struct Cursor<'s> {
    spill: &'s EvidenceSpill,
    claim: Option<&'s SpilledClaim>,
    order: Option<&'s [u32]>,
    /// The next cell, when documents are visited in the order they were added.
    next: usize,
}

impl<'s> Cursor<'s> {
    /// The first document at or after `from` that may have pieces: the next one with
    /// pieces when documents are in the order they were spilled, else `from` itself.
    pub(super) fn next_document(&self, from: usize) -> Option<usize> {
        let claim = self.claim?;
        match self.order {
            None => claim
                .cells
                .get(self.next..)?
                .iter()
                .map(|&(at, _)| at as usize)
                .find(|&at| at >= from),
            Some(_) => Some(from),
        }
    }

    /// The pieces of the report's document `document`, if it has any. Documents must be
    /// asked for in increasing order.
    pub(super) fn pieces(&mut self, document: usize) -> Option<Pieces<'s>> {
        let claim = self.claim?;
        let k = match self.order {
            None => {
                let &(at, _) = claim.cells.get(self.next)?;
                if at as usize != document {
                    return None;
                }
                self.next += 1;
                self.next - 1
            }
            Some(order) => {
                let at = *order.get(document)?;
                claim.cells.binary_search_by_key(&at, |&(d, _)| d).ok()?
            }
        };
        let start = k.checked_sub(1).map_or(0, |p| claim.cells[p].1 as usize);
        Some(Pieces {
            spill: self.spill,
            pieces: &claim.pieces[start..claim.cells[k].1 as usize],
        })
    }
}

/// One document's pieces of evidence for one claim, still in the store.
pub(super) struct Pieces<'s> {
    spill: &'s EvidenceSpill,
    pieces: &'s [u32],
}

impl Pieces<'_> {
    /// Writes the pieces as the elements of an `evidence` array: each on its own line,
    /// separated by commas, as serde_json's pretty printer puts them.
    pub(super) fn write(&self, out: &mut Vec<u8>, indent: &[u8]) -> io::Result<()> {
        for (i, &piece) in self.pieces.iter().enumerate() {
            out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
            out.extend_from_slice(indent);
            self.spill.read_piece(piece, out)?;
        }
        Ok(())
    }
}
