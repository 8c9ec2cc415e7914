//! Evidence laid out as JSON while documents are checked, kept outside the report until the
//! report is written.
//!
//! The JSON report lists claims, each with every document's verdict, so it can only be
//! written once the last document is checked. Holding every piece of evidence until then
//! cost 115 MB at 1,000 claims over 20,000 generated documents, and grows with the corpus.
//! Instead, each document's evidence is laid out as the report will show it (on the
//! checking threads) and appended to a [`SpillStore`] (a temporary file, for the CLI).
//!
//! The pieces go to the store a group of documents at a time, claim by claim, so that a
//! claim's pieces lie together and are read back a window at a time ([`Cursor`]).
//!
//! Which pieces each claim quotes in each document (a cell) goes to the store too, a run at
//! a time: cells wait in memory, grouped by claim, until a run's worth (`RUN_BYTES`) has
//! gathered, then each claim's cells are appended as blocks. Memory holds one run and 16
//! bytes per block, whatever the number of documents; as an index of every cell in memory,
//! it grew by 0.55 MB per 1,000 documents at 1,000 claims. Writing the report reads each
//! claim's blocks back in turn.
//!
//! The documents go to the store too ([`SpilledDocuments`]): each one's element of the
//! report's `documents` and its entry in a claim's `verdicts` when it omits the claim, a
//! block of documents at a time. With each cell's verdict, the spill then holds everything
//! the report lists per document, and a run can fold its report to counts
//! (`Report::folded`): the JSON report of any number of documents is written in the same
//! memory.

use crate::engine::DocumentResult;
use crate::render::explain::{self, Unlisted};
use crate::report::{ClaimReport, DocumentInfo, DocumentVerdict, Evidence, Report, Verdicts};
use crate::verdict::Verdict;
use std::collections::HashMap;
use std::io;
use std::ops::Range;
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
    /// The document as an element of the report's `documents`, and as its entry in a
    /// claim's `verdicts` when it omits the claim (`super::push_listed`, `push_entry`).
    listed: Vec<u8>,
    entry: Vec<u8>,
    /// Each distinct piece of evidence as the report writes it (an element of a verdict's
    /// `evidence` array), one after another.
    bytes: Vec<u8>,
    /// Where each piece ends in `bytes`.
    ends: Vec<u32>,
    /// For each claim the document does not simply omit (a verdict other than omits, or
    /// evidence): (claim index, where its pieces end in `pieces`, its verdict); they start
    /// where the previous claim's end.
    cells: Vec<(u32, u32, Verdict)>,
    /// Pieces by their index in `ends`: claims that share a pattern share its pieces.
    pieces: Vec<u32>,
}

impl DocumentEvidence {
    /// Lays out `result`'s document, verdicts and evidence. A piece that several claims
    /// quote (the same `Arc`) is laid out once.
    pub fn of(result: &DocumentResult) -> DocumentEvidence {
        let mut laid = DocumentEvidence::listing(&result.document);
        let mut seen: HashMap<*const Evidence, u32> = HashMap::new();
        for (claim, verdict, evidence) in result.cells() {
            for piece in evidence {
                let index = *seen.entry(Arc::as_ptr(piece)).or_insert_with(|| {
                    super::value(&mut laid.bytes, &**piece, super::EVIDENCE_LEVEL)
                        .unwrap_or_default();
                    laid.ends.push(offset(laid.bytes.len()));
                    offset(laid.ends.len() - 1)
                });
                laid.pieces.push(index);
            }
            laid.cells
                .push((offset(claim), offset(laid.pieces.len()), verdict));
        }
        laid
    }

    /// `document` laid out as the report lists it, without verdicts yet.
    fn listing(document: &DocumentInfo) -> DocumentEvidence {
        let mut laid = DocumentEvidence {
            id: document.id().to_string(),
            ..DocumentEvidence::default()
        };
        super::push_listed(&mut laid.listed, document);
        super::push_entry(&mut laid.entry, document.id());
        laid
    }

    /// The bytes of piece `p`.
    fn piece(&self, p: u32) -> &[u8] {
        self.bytes.get(item(&self.ends, p as usize)).unwrap_or(&[])
    }
}

/// Where item `i` lies in a run of items laid one after another, given where each ends.
fn item(ends: &[u32], i: usize) -> Range<usize> {
    let start = i
        .checked_sub(1)
        .and_then(|p| ends.get(p))
        .map_or(0, |&end| end as usize);
    let end = ends.get(i).map_or(start, |&end| end as usize);
    start..end
}

/// An index or length as kept here (u32: four billion pieces or bytes of one document's
/// evidence are far beyond any archive).
fn offset(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Bytes of cells held in memory before they go to the store: large enough that a claim's
/// block is rarely tiny, small beside the compiled patterns (26 MB for 1,000 claims).
const RUN_BYTES: usize = 1 << 20;

/// Bytes of evidence held in memory before it goes to the store, laid out claim by claim:
/// a claim's pieces from that group of documents (about 90 generated ones at 1,000 claims)
/// then lie together, and the report reads them back in one read where it took one a
/// piece. At 1,000 claims over 20,000 generated documents: 94,838 reads where there were
/// 487,513, and the report written in 0.18-0.27 s after the last document where it took
/// 0.36-0.41 s; 4 MB groups took 10 MB more at their peak for no fewer reads to speak of.
const GROUP_BYTES: usize = 1 << 20;

/// A claim's cells are cut into blocks of about this many bytes, so that a reader wanting
/// the cells from some document on starts near it.
const BLOCK_BYTES: usize = 16 << 10;

/// Where one piece of spilled evidence is in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PieceAt {
    start: u64,
    len: u32,
}

/// Documents a block of the spilled documents holds ([`SpilledDocuments`]): as many as
/// the report lays out at a time (`super::DOCUMENTS_PER_SEGMENT`), so a segment of a
/// claim reads one or two blocks.
const DOCUMENT_BLOCK: usize = super::DOCUMENTS_PER_SEGMENT;

/// Bytes of omitted entries the report holds in memory at once when it can: every
/// document's (about 80 bytes a document, 8 MB at 100,000), read once and shared by every
/// claim, as when the report lists its own documents. Past it (400,000 documents and
/// more), each segment of a claim reads its documents' entries from the store: a copy
/// more per entry, in memory that does not grow with the documents.
const ENTRIES_IN_MEMORY: usize = 32 << 20;

/// Every checked document's evidence, spilled: the pieces, which pieces each claim quotes
/// in each document and with which verdict, and the documents themselves.
/// [`super::write_spilled`] writes the report with it.
pub struct EvidenceSpill {
    store: Box<dyn SpillStore>,
    /// One per claim, in the report's claim order.
    claims: Vec<SpilledClaim>,
    /// Bytes of cells waiting in the claims' runs.
    buffered: usize,
    /// Documents added whose evidence is not yet in the store, each with its index, and
    /// the bytes of evidence they hold.
    group: Vec<(u32, DocumentEvidence)>,
    group_bytes: usize,
    sizes: Sizes,
    /// The documents, in the order they were added.
    documents: SpilledDocuments,
}

/// How much a spill gathers before it writes to the store, and reads back at once:
/// `RUN_BYTES`, `BLOCK_BYTES`, `GROUP_BYTES`, `DOCUMENT_BLOCK` and `ENTRIES_IN_MEMORY`,
/// smaller in tests.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    run_bytes: usize,
    block_bytes: usize,
    group_limit: usize,
    document_block: usize,
    entries_in_memory: usize,
}

/// The documents of a spill, laid out as the report writes them and kept in the store a
/// block at a time: each one's element of `documents` and its entry in a claim's
/// `verdicts` when it omits the claim (which holds its id, read back from there). Memory
/// holds the block being filled and 40 bytes for each block in the store, whatever the
/// number of documents: the report's own list of documents and its entries cost about
/// 200 bytes a document (84 MB at 100,000 documents x 1,000 claims).
#[derive(Debug, Default)]
struct SpilledDocuments {
    count: usize,
    /// The block being filled: the documents' elements of `documents`, one after another,
    /// and where each ends; their entries, and where each ends.
    listed: Vec<u8>,
    listed_ends: Vec<u32>,
    entries: Vec<u8>,
    ends: Vec<u32>,
    blocks: Vec<DocumentBlock>,
    /// The last id added, and whether an id came at or before the one added before it.
    last_id: String,
    out_of_order: bool,
    /// The cells were renumbered to a report's order (`put_in_order`): the documents here
    /// are not in the cells' order any more, and are not what the report lists.
    renumbered: bool,
    /// Bytes of entries in the store.
    entry_bytes: usize,
}

/// Documents `first..first + count` in the store: their elements of `documents`, and their
/// entries, each with where each one ends (`append_with_ends`).
#[derive(Debug, Clone, Copy)]
struct DocumentBlock {
    first: usize,
    count: usize,
    listed: PieceAt,
    entries: PieceAt,
}

/// A claim's cells, each its document's index and the pieces it quotes (encoded by
/// `encode_cell`): those already in the store, in blocks, then those waiting in `run`.
#[derive(Default)]
struct SpilledClaim {
    blocks: Vec<Block>,
    run: Vec<u8>,
    /// The blocks `run` is cut into: each one's first document and where it starts.
    run_blocks: Vec<(u32, u32)>,
    /// The document of the last cell added.
    last: Option<u32>,
    /// A cell was added for a document at or before one already there (`add_cell`, or
    /// documents renumbered): `finish` puts the cells in document order.
    unsorted: bool,
}

/// Cells in the store, in document order unless their claim is `unsorted`.
#[derive(Debug, Clone, Copy)]
struct Block {
    first_document: u32,
    start: u64,
    len: u32,
}

impl std::fmt::Debug for EvidenceSpill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EvidenceSpill")
            .field("claims", &self.claims.len())
            .field("documents", &self.documents.count)
            .finish_non_exhaustive()
    }
}

fn invalid(message: &'static str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

impl EvidenceSpill {
    /// An empty spill for a report of `claims` claims, kept in `store`.
    pub fn new(store: Box<dyn SpillStore>, claims: usize) -> EvidenceSpill {
        EvidenceSpill::with_sizes(
            store,
            claims,
            Sizes {
                run_bytes: RUN_BYTES,
                block_bytes: BLOCK_BYTES,
                group_limit: GROUP_BYTES,
                document_block: DOCUMENT_BLOCK,
                entries_in_memory: ENTRIES_IN_MEMORY,
            },
        )
    }

    fn with_sizes(store: Box<dyn SpillStore>, claims: usize, sizes: Sizes) -> EvidenceSpill {
        EvidenceSpill {
            store,
            claims: (0..claims).map(|_| SpilledClaim::default()).collect(),
            buffered: 0,
            group: Vec::new(),
            group_bytes: 0,
            sizes,
            documents: SpilledDocuments::default(),
        }
    }

    /// A spill that writes its cells out every few bytes, in tiny blocks, keeps documents
    /// in blocks of three and reads every segment's entries from the store: for tests that
    /// must cross run and block boundaries with a handful of documents.
    #[cfg(test)]
    pub(crate) fn tiny_runs(store: Box<dyn SpillStore>, claims: usize) -> EvidenceSpill {
        EvidenceSpill::with_sizes(
            store,
            claims,
            Sizes {
                run_bytes: 64,
                block_bytes: 16,
                group_limit: 200,
                document_block: 3,
                entries_in_memory: 0,
            },
        )
    }

    /// Appends the next document: it, its verdicts and its evidence.
    pub fn add(&mut self, mut document: DocumentEvidence) -> io::Result<()> {
        if document
            .cells
            .iter()
            .any(|&(claim, _, _)| claim as usize >= self.claims.len())
        {
            return Err(invalid("evidence for a claim the report does not have"));
        }
        let index = offset(self.documents.count);
        self.documents.push(
            &document.id,
            &document.listed,
            &document.entry,
            &mut *self.store,
            self.sizes.document_block,
        )?;
        // The document is in `documents` now (its id too, which may be kilobytes); only its
        // cells wait in the group, and a document without any (most, where evidence is
        // rare) does not wait at all. Each that waits counts for what it holds beside its
        // evidence: counted by evidence alone, 300,000 documents without any waited to the
        // end (197 MB).
        if document.cells.is_empty() {
            return Ok(());
        }
        document.id = String::new();
        document.listed = Vec::new();
        document.entry = Vec::new();
        self.group_bytes += document.bytes.len()
            + std::mem::size_of::<DocumentEvidence>()
            + 12 * document.cells.len()
            + 4 * document.pieces.len()
            + 4 * document.ends.len();
        self.group.push((index, document));
        if self.group_bytes >= self.sizes.group_limit {
            self.lay_out_group()?;
        }
        Ok(())
    }

    /// Appends the waiting documents' evidence to the store claim by claim, each claim's
    /// pieces in document order, and records their cells. A piece that several claims
    /// quote goes in once, with the first of them.
    fn lay_out_group(&mut self) -> io::Result<()> {
        let group = std::mem::take(&mut self.group);
        self.group_bytes = 0;
        // Every cell of the group: its claim, its document's place in `group`, the range
        // of that document's `pieces` it quotes, and its verdict.
        let mut cells: Vec<(u32, u32, Range<u32>, Verdict)> = Vec::new();
        for (k, (_, document)) in group.iter().enumerate() {
            let mut from = 0;
            for &(claim, end, verdict) in &document.cells {
                cells.push((claim, offset(k), from..end, verdict));
                from = end;
            }
        }
        cells.sort_unstable_by_key(|(claim, k, _, _)| (*claim, *k));
        let mut placed: Vec<Vec<Option<PieceAt>>> = group
            .iter()
            .map(|(_, document)| vec![None; document.ends.len()])
            .collect();
        let mut pieces: Vec<PieceAt> = Vec::new();
        for (claim, k, range, verdict) in cells {
            let (index, document) = &group[k as usize];
            let placed = &mut placed[k as usize];
            pieces.clear();
            for &p in document
                .pieces
                .get(range.start as usize..range.end as usize)
                .unwrap_or(&[])
            {
                let at = match placed.get(p as usize).copied().flatten() {
                    Some(at) => at,
                    None => {
                        let bytes = document.piece(p);
                        let at = PieceAt {
                            start: self.store.append(bytes)?,
                            len: offset(bytes.len()),
                        };
                        if let Some(slot) = placed.get_mut(p as usize) {
                            *slot = Some(at);
                        }
                        at
                    }
                };
                pieces.push(at);
            }
            self.push_cell(claim as usize, *index, verdict, pieces.iter().copied())?;
        }
        Ok(())
    }

    /// Appends documents that `add_cell` then names by index (the first one's index is
    /// returned): for verdicts and evidence that come claim by claim rather than document
    /// by document, as a shard's JSON report gives them to `merge`.
    pub fn add_documents<'d>(
        &mut self,
        documents: impl IntoIterator<Item = &'d DocumentInfo>,
    ) -> io::Result<u32> {
        let first = offset(self.documents.count);
        for document in documents {
            let laid = DocumentEvidence::listing(document);
            self.documents.push(
                &laid.id,
                &laid.listed,
                &laid.entry,
                &mut *self.store,
                self.sizes.document_block,
            )?;
        }
        Ok(first)
    }

    /// Appends one piece of evidence, laid out as the report writes it, for `add_cell`.
    pub fn add_piece(&mut self, piece: &Evidence) -> io::Result<PieceAt> {
        let mut bytes = Vec::new();
        super::value(&mut bytes, piece, super::EVIDENCE_LEVEL)?;
        let start = self.store.append(&bytes)?;
        Ok(PieceAt {
            start,
            len: offset(bytes.len()),
        })
    }

    /// Records that document `document` (from `add_documents`) has `verdict` on claim
    /// `claim` and quotes `pieces` (from `add_piece`). Cells may come in any order of
    /// documents.
    pub fn add_cell(
        &mut self,
        claim: usize,
        document: u32,
        verdict: Verdict,
        pieces: &[PieceAt],
    ) -> io::Result<()> {
        if (document as usize) >= self.documents.count {
            return Err(invalid("evidence for a document the spill does not have"));
        }
        if self.claims.len() <= claim {
            self.claims.resize_with(claim + 1, SpilledClaim::default);
        }
        self.push_cell(claim, document, verdict, pieces.iter().copied())
    }

    /// Adds a cell to claim `claim`'s run, and spills the runs once they hold enough.
    fn push_cell(
        &mut self,
        claim: usize,
        document: u32,
        verdict: Verdict,
        pieces: impl ExactSizeIterator<Item = PieceAt>,
    ) -> io::Result<()> {
        let Some(spilled) = self.claims.get_mut(claim) else {
            return Err(invalid("evidence for a claim the report does not have"));
        };
        spilled.unsorted |= spilled.last.is_some_and(|last| last >= document);
        spilled.last = Some(document);
        let before = spilled.run.len();
        let block_full = spilled
            .run_blocks
            .last()
            .is_none_or(|&(_, at)| before - at as usize >= self.sizes.block_bytes);
        if block_full {
            spilled.run_blocks.push((document, offset(before)));
        }
        encode_cell(&mut spilled.run, document, verdict, pieces);
        self.buffered += spilled.run.len() - before;
        if self.buffered >= self.sizes.run_bytes {
            self.spill_runs()?;
        }
        Ok(())
    }

    /// Appends every claim's waiting cells to the store, as blocks.
    fn spill_runs(&mut self) -> io::Result<()> {
        for claim in &mut self.claims {
            if claim.run.is_empty() {
                continue;
            }
            let start = self.store.append(&claim.run)?;
            let ends = claim.run_blocks.iter().skip(1).map(|&(_, at)| at);
            let ends = ends.chain([offset(claim.run.len())]);
            for (&(first_document, at), end) in claim.run_blocks.iter().zip(ends) {
                claim.blocks.push(Block {
                    first_document,
                    start: start + u64::from(at),
                    len: end - at,
                });
            }
            claim.run = Vec::new();
            claim.run_blocks.clear();
        }
        self.buffered = 0;
        Ok(())
    }

    /// Renumbers the cells' documents to `ids`' order (the same documents): a report's
    /// documents are in id order, and its evidence is read claim by claim in that order.
    pub fn put_in_order<'a>(
        &mut self,
        ids: impl ExactSizeIterator<Item = &'a str>,
    ) -> io::Result<()> {
        self.flush()?;
        let Some(order) = self.order_for(ids)? else {
            return Ok(());
        };
        // `order[new]` is the old index of the report's document `new`.
        let mut new_index = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old as usize] = offset(new);
        }
        for claim in 0..self.claims.len() {
            self.rewrite(claim, Some(&new_index))?;
        }
        self.documents.renumbered = true;
        Ok(())
    }

    /// Puts documents added as `runs` (consecutive ranges of the order they were added in,
    /// each in id order: the shards' reports, as `merge` adds them) into one id order, and
    /// renumbers the cells to it, so that a report folded to counts is written from the
    /// spill as if its documents had been added in id order. `visit` is called with each id
    /// in that order. Memory holds a block of documents per run and four bytes a document.
    pub fn merge_runs(
        &mut self,
        runs: &[Range<usize>],
        mut visit: impl FnMut(&str),
    ) -> io::Result<Result<(), InTwoRuns>> {
        self.flush()?;
        let covered = runs.iter().map(Range::len).sum::<usize>();
        if covered != self.documents.count || runs.windows(2).any(|w| w[0].end != w[1].start) {
            return Err(invalid("runs that are not the spill's documents"));
        }
        let mut readers: Vec<RunReader> =
            runs.iter().map(|run| RunReader::new(run.clone())).collect();
        let mut heap = std::collections::BinaryHeap::new();
        for (r, reader) in readers.iter_mut().enumerate() {
            if let Some(id) = reader.id(&self.documents, &*self.store)? {
                heap.push(std::cmp::Reverse((id, r)));
            }
        }
        let mut merged = SpilledDocuments::default();
        let mut new_index = vec![0u32; self.documents.count];
        let mut last: Option<(String, usize)> = None;
        let mut duplicate: Option<InTwoRuns> = None;
        while let Some(std::cmp::Reverse((id, r))) = heap.pop() {
            if let Some((last_id, last_run)) = &last {
                if *last_id == id {
                    match &mut duplicate {
                        Some(InTwoRuns { more, .. }) => *more += 1,
                        _ => {
                            duplicate = Some(InTwoRuns {
                                id: id.clone(),
                                runs: (*last_run, r),
                                more: 0,
                            });
                        }
                    }
                }
            }
            let reader = &mut readers[r];
            new_index[reader.next] = offset(merged.count);
            let (listed, entry) = reader.laid_out()?;
            merged.push(
                &id,
                listed,
                entry,
                &mut *self.store,
                self.sizes.document_block,
            )?;
            visit(&id);
            reader.next += 1;
            if let Some(next) = reader.id(&self.documents, &*self.store)? {
                // `merge` refuses a report out of id order as it reads it.
                if next <= id {
                    return Err(invalid("a run of documents out of id order"));
                }
                heap.push(std::cmp::Reverse((next, r)));
            }
            last = Some((id, r));
        }
        if let Some(duplicate) = duplicate {
            return Ok(Err(duplicate));
        }
        merged.flush(&mut *self.store)?;
        self.documents = merged;
        for claim in 0..self.claims.len() {
            self.rewrite(claim, Some(&new_index))?;
        }
        Ok(Ok(()))
    }

    /// Reads claim `claim`'s cells back, renumbers their documents (`renumber[old]` is a
    /// document's new index), sorts them by document, and appends them as new blocks. Holds
    /// one claim's cells at a time.
    fn rewrite(&mut self, claim: usize, renumber: Option<&[u32]>) -> io::Result<()> {
        let Some(spilled) = self.claims.get(claim) else {
            return Ok(());
        };
        let mut cells: Vec<(u32, Verdict, Range<usize>)> = Vec::new();
        let mut pieces: Vec<PieceAt> = Vec::new();
        let mut bytes = Vec::new();
        for block in &spilled.blocks {
            self.read_block(block, &mut bytes)?;
            let mut reader = CellReader::new(&bytes);
            let mut cell_pieces = Vec::new();
            while let Some((document, verdict)) = reader.next_cell(&mut cell_pieces)? {
                let document = match renumber {
                    Some(renumber) => *renumber
                        .get(document as usize)
                        .ok_or_else(|| invalid("spilled evidence for an unknown document"))?,
                    None => document,
                };
                let from = pieces.len();
                pieces.extend_from_slice(&cell_pieces);
                cells.push((document, verdict, from..pieces.len()));
            }
        }
        cells.sort_by_key(|(document, _, _)| *document);
        self.claims[claim] = SpilledClaim::default();
        for (document, verdict, range) in cells {
            self.push_cell(claim, document, verdict, pieces[range].iter().copied())?;
        }
        // The cells are in order now, and pushing them in order leaves the claim sorted.
        self.claims[claim].unsorted = false;
        Ok(())
    }

    /// Puts everything waiting in memory in the store, and makes the store readable.
    fn flush(&mut self) -> io::Result<()> {
        self.lay_out_group()?;
        self.spill_runs()?;
        self.documents.flush(&mut *self.store)?;
        self.store.finish()
    }

    /// Makes the store readable, every claim's cells in document order; called once every
    /// document is added.
    pub(super) fn finish(&mut self) -> io::Result<()> {
        self.flush()?;
        let unsorted: Vec<usize> = (0..self.claims.len())
            .filter(|&claim| self.claims[claim].unsorted)
            .collect();
        if unsorted.is_empty() {
            return Ok(());
        }
        for claim in unsorted {
            self.rewrite(claim, None)?;
        }
        self.spill_runs()?;
        self.store.finish()
    }

    /// For a report whose documents are `ids` (in id order): where each is in this spill.
    /// `None` when they are in the order they were added (a project's documents always
    /// are). The spill's ids are read back from the store: compared as they come when in
    /// order, held in memory only to find each one's place when not (as `merge`, which
    /// holds its report's documents anyway, adds them).
    fn order_for<'a>(
        &self,
        ids: impl ExactSizeIterator<Item = &'a str>,
    ) -> io::Result<Option<Vec<u32>>> {
        let mismatch = || invalid("the spilled evidence is for other documents than the report's");
        if ids.len() != self.documents.count {
            return Err(mismatch());
        }
        let keys = ids.map(super::entry_key);
        if !self.documents.out_of_order {
            let mut same = true;
            let mut keys = keys;
            self.documents.each_entry(&*self.store, |_, key| {
                same &= keys.next().is_some_and(|expected| expected == key);
            })?;
            return if same { Ok(None) } else { Err(mismatch()) };
        }
        let mut at: HashMap<Vec<u8>, u32> = HashMap::new();
        self.documents.each_entry(&*self.store, |i, key| {
            at.insert(key.to_vec(), offset(i));
        })?;
        keys.map(|key| at.get(&key).copied().ok_or_else(mismatch))
            .collect::<io::Result<Vec<u32>>>()
            .map(Some)
    }

    /// Makes the spill ready to be read for `report`: its cells numbered in the report's
    /// order of documents, every cell in the store. A report folded to counts lists no
    /// documents: it takes the spill's, which must be its documents in id order.
    pub(super) fn ready_for(&mut self, report: &Report) -> io::Result<()> {
        match report.folded {
            Some(count) => {
                if count != self.documents.count {
                    return Err(invalid(
                        "the spilled evidence is for other documents than the report's",
                    ));
                }
                if self.documents.out_of_order || self.documents.renumbered {
                    return Err(invalid(
                        "a report folded to counts is written from a spill of documents added in id order",
                    ));
                }
            }
            None if self.documents.renumbered => {}
            None => self.put_in_order(report.documents.iter().map(|d| d.id()))?,
        }
        self.finish()
    }

    /// A cursor over claim `claim`'s cells, for documents visited in order from `from`
    /// (after `ready_for`).
    pub(super) fn cursor(&self, claim: usize, from: usize) -> Cursor<'_> {
        let blocks = self.claims.get(claim).map_or(&[][..], |c| &c.blocks[..]);
        // The block that holds `from`'s cell, if there is one, is the last that starts at
        // or before it.
        let skip = blocks
            .partition_point(|block| block.first_document as usize <= from)
            .saturating_sub(1);
        Cursor::new(self, &blocks[skip..])
    }

    /// The spilled evidence of `report`'s claims, one claim at a time: for a renderer
    /// that shows one claim's evidence at a time (JUnit's failure details), so that memory
    /// holds one claim's evidence, never the run's.
    pub fn claims_of(&mut self, report: &Report) -> io::Result<SpilledClaims<'_>> {
        self.ready_for(report)?;
        // (A report folded to counts lists its documents from the spill; one that is not
        // lists its own: the spill's may be in another order, `put_in_order`.)
        let listed = super::Listed::of(report, Some(self))?;
        let pinned = super::pinned_documents(report, listed)?
            .into_iter()
            .map(|pins| pins.into_iter().map(|(i, _)| i).collect())
            .collect();
        Ok(SpilledClaims {
            spill: self,
            pinned,
        })
    }

    /// Each of `report`'s documents, in order, with the claims it does not simply omit:
    /// (claim, verdict, pieces), for a renderer that writes a line per document (JSON
    /// Lines). Memory holds one block of documents, one document's cells and a small window
    /// per claim (`LINE_WINDOW_BYTES`), whatever the number of documents.
    pub fn each_document(
        &mut self,
        report: &Report,
        mut visit: impl FnMut(&DocumentInfo, &[(usize, Verdict, Pieces)]) -> io::Result<()>,
    ) -> io::Result<()> {
        self.ready_for(report)?;
        let listed = super::Listed::of(report, Some(self))?;
        let mut cursors: Vec<Cursor<'_>> = (0..report.claims.len())
            .map(|claim| {
                let mut cursor = self.cursor(claim, 0);
                cursor.window_limit = LINE_WINDOW_BYTES;
                cursor
            })
            .collect();
        let count = listed.count();
        let mut cells = Vec::new();
        for start in (0..count).step_by(self.sizes.document_block.max(1)) {
            let indices: Vec<usize> =
                (start..count.min(start + self.sizes.document_block.max(1))).collect();
            let documents = listed.documents_at(&indices)?;
            for (document, i) in documents.iter().zip(indices) {
                cells.clear();
                for (claim, cursor) in cursors.iter_mut().enumerate() {
                    if let Some((verdict, pieces)) = cursor.pieces(i)? {
                        cells.push((claim, verdict, pieces));
                    }
                }
                visit(document, &cells)?;
            }
        }
        Ok(())
    }

    /// How many documents were added.
    pub(super) fn document_count(&self) -> usize {
        self.documents.count
    }

    /// Documents `indices` (in increasing order), read back (after `ready_for`).
    pub(super) fn documents_at(&self, indices: &[usize]) -> io::Result<Vec<DocumentInfo>> {
        self.documents.documents_at(&*self.store, indices)
    }

    /// Writes the documents as the value of the report's `documents` (after `ready_for`).
    pub(super) fn write_documents(&self, out: &mut impl io::Write) -> io::Result<()> {
        self.documents.write_listed(&*self.store, out)
    }

    /// Whether every document's omitted entry fits in memory (`ENTRIES_IN_MEMORY`), to be
    /// read once with `entries` and shared by every claim.
    pub(super) fn entries_fit_in_memory(&self) -> bool {
        self.documents.entry_bytes <= self.sizes.entries_in_memory
    }

    /// The omitted entries of documents `range` (after `ready_for`).
    pub(super) fn entries(&self, range: Range<usize>) -> io::Result<super::OmitsEntries> {
        self.documents.entries(&*self.store, range)
    }

    /// Where each of `ids` is among the documents (after `ready_for`): for the few a claims
    /// file pins. One pass over the documents' entries.
    pub(super) fn find_documents(&self, ids: &[&str]) -> io::Result<HashMap<String, usize>> {
        let wanted: HashMap<Vec<u8>, &str> =
            ids.iter().map(|id| (super::entry_key(id), *id)).collect();
        let mut found = HashMap::new();
        self.documents.each_entry(&*self.store, |i, key| {
            if let Some(id) = wanted.get(key) {
                found.entry(id.to_string()).or_insert(i);
            }
        })?;
        Ok(found)
    }

    /// Reads `block` into `bytes`.
    fn read_block(&self, block: &Block, bytes: &mut Vec<u8>) -> io::Result<()> {
        bytes.clear();
        bytes.resize(block.len as usize, 0);
        self.store.read_at(block.start, bytes)
    }

    /// Appends piece `piece` to `out`.
    fn read_piece(&self, piece: PieceAt, out: &mut Vec<u8>) -> io::Result<()> {
        read_appended(&*self.store, piece, out)
    }
}

/// Appends the bytes of `piece` in `store` to `out`.
fn read_appended(store: &dyn SpillStore, piece: PieceAt, out: &mut Vec<u8>) -> io::Result<()> {
    let at = out.len();
    out.resize(at + piece.len as usize, 0);
    store.read_at(piece.start, &mut out[at..])
}

/// A document in two runs of `EvidenceSpill::merge_runs` (two reports): the first in id
/// order, the two runs, and how many more documents are in two runs.
#[derive(Debug, Clone, PartialEq)]
pub struct InTwoRuns {
    pub id: String,
    pub runs: (usize, usize),
    pub more: usize,
}

/// One run's documents read back in order, a block at a time, for `merge_runs`.
struct RunReader {
    /// The next document's index, and the end of the run.
    next: usize,
    end: usize,
    /// The block read (its index among the spill's blocks), its documents' elements of
    /// `documents` and omitted entries, with where each ends.
    block: Option<(usize, DocumentBlock)>,
    listed: Vec<u8>,
    listed_ends: Vec<usize>,
    entries: Vec<u8>,
    ends: Vec<usize>,
}

impl RunReader {
    fn new(run: Range<usize>) -> RunReader {
        RunReader {
            next: run.start,
            end: run.end,
            block: None,
            listed: Vec::new(),
            listed_ends: Vec::new(),
            entries: Vec::new(),
            ends: Vec::new(),
        }
    }

    /// The id of the next document, reading its block if need be; `None` past the run.
    fn id(
        &mut self,
        documents: &SpilledDocuments,
        store: &dyn SpillStore,
    ) -> io::Result<Option<String>> {
        if self.next >= self.end {
            return Ok(None);
        }
        let i = self.next;
        if !self
            .block
            .is_some_and(|(_, block)| (block.first..block.first + block.count).contains(&i))
        {
            let b = documents
                .blocks
                .partition_point(|block| block.first + block.count <= i);
            let block = *documents.blocks.get(b).ok_or_else(past_the_end)?;
            read_with_ends(
                store,
                block.listed,
                block.count,
                &mut self.listed,
                &mut self.listed_ends,
            )?;
            read_with_ends(
                store,
                block.entries,
                block.count,
                &mut self.entries,
                &mut self.ends,
            )?;
            self.block = Some((b, block));
        }
        let (_, entry) = self.laid_out()?;
        let key = super::OmitsEntries::key_of(entry).ok_or_else(corrupt)?;
        // The key is the id as a JSON string between eight spaces and `: `.
        let quoted = key
            .strip_prefix(b"        ")
            .and_then(|key| key.strip_suffix(b": "))
            .ok_or_else(corrupt)?;
        serde_json::from_slice(quoted)
            .map(Some)
            .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))
    }

    /// The next document's element of `documents` and omitted entry (its block read).
    fn laid_out(&self) -> io::Result<(&[u8], &[u8])> {
        let (_, block) = self.block.ok_or_else(corrupt)?;
        let k = self.next.checked_sub(block.first).ok_or_else(corrupt)?;
        let listed = self
            .listed
            .get(span(&self.listed_ends, k))
            .ok_or_else(corrupt)?;
        let entry = self.entries.get(span(&self.ends, k)).ok_or_else(corrupt)?;
        Ok((listed, entry))
    }
}

/// Where item `k` is among items whose ends are `ends`.
fn span(ends: &[usize], k: usize) -> Range<usize> {
    let start = k
        .checked_sub(1)
        .and_then(|p| ends.get(p))
        .copied()
        .unwrap_or(0);
    start..ends.get(k).copied().unwrap_or(0)
}

/// Appends `bytes` (a block's items, one after another) and then where each item ends
/// (`ends`, each a little-endian u32) to `store`, as one piece; empties `bytes`.
fn append_with_ends(
    store: &mut dyn SpillStore,
    bytes: &mut Vec<u8>,
    ends: &[u32],
) -> io::Result<PieceAt> {
    for end in ends {
        bytes.extend_from_slice(&end.to_le_bytes());
    }
    let piece = PieceAt {
        start: store.append(bytes)?,
        len: offset(bytes.len()),
    };
    bytes.clear();
    Ok(piece)
}

/// Reads a piece `append_with_ends` appended, of `count` items: the items into `bytes`, and
/// where each ends into `ends`.
fn read_with_ends(
    store: &dyn SpillStore,
    piece: PieceAt,
    count: usize,
    bytes: &mut Vec<u8>,
    ends: &mut Vec<usize>,
) -> io::Result<()> {
    bytes.clear();
    read_appended(store, piece, bytes)?;
    let table = bytes.len().checked_sub(4 * count).ok_or_else(corrupt)?;
    ends.clear();
    for end in bytes[table..].chunks_exact(4) {
        let end = u32::from_le_bytes([end[0], end[1], end[2], end[3]]) as usize;
        if end > table || ends.last().is_some_and(|&last| end < last) {
            return Err(corrupt());
        }
        ends.push(end);
    }
    bytes.truncate(table);
    Ok(())
}

impl SpilledDocuments {
    /// Adds a document laid out by `DocumentEvidence::listing`; a full block goes to `store`.
    fn push(
        &mut self,
        id: &str,
        listed: &[u8],
        entry: &[u8],
        store: &mut dyn SpillStore,
        block: usize,
    ) -> io::Result<()> {
        if self.count > 0 && id <= self.last_id.as_str() {
            self.out_of_order = true;
        }
        self.last_id.clear();
        self.last_id.push_str(id);
        self.count += 1;
        self.listed.extend_from_slice(listed);
        self.listed_ends.push(offset(self.listed.len()));
        self.entries.extend_from_slice(entry);
        self.ends.push(offset(self.entries.len()));
        if self.ends.len() >= block.max(1) {
            self.flush(store)?;
        }
        Ok(())
    }

    /// Appends the block being filled to `store`.
    fn flush(&mut self, store: &mut dyn SpillStore) -> io::Result<()> {
        if self.ends.is_empty() {
            return Ok(());
        }
        self.entry_bytes += self.entries.len();
        let listed = append_with_ends(store, &mut self.listed, &self.listed_ends)?;
        let entries = append_with_ends(store, &mut self.entries, &self.ends)?;
        self.blocks.push(DocumentBlock {
            first: self.count - self.ends.len(),
            count: self.ends.len(),
            listed,
            entries,
        });
        self.listed_ends.clear();
        self.ends.clear();
        Ok(())
    }

    /// Documents `indices` (in increasing order), read from their elements of `documents`.
    fn documents_at(
        &self,
        store: &dyn SpillStore,
        indices: &[usize],
    ) -> io::Result<Vec<DocumentInfo>> {
        let mut documents = Vec::with_capacity(indices.len());
        let (mut bytes, mut ends) = (Vec::new(), Vec::new());
        let mut read: Option<usize> = None;
        for &i in indices {
            let b = self
                .blocks
                .partition_point(|block| block.first + block.count <= i);
            let block = self.blocks.get(b).ok_or_else(past_the_end)?;
            if read != Some(b) {
                read_with_ends(store, block.listed, block.count, &mut bytes, &mut ends)?;
                read = Some(b);
            }
            let k = i - block.first;
            let start = k.checked_sub(1).map_or(0, |before| ends[before]);
            let element = &bytes[start..ends[k]];
            let element = element.strip_prefix(b",\n    ").ok_or_else(corrupt)?;
            let document: DocumentInfo = serde_json::from_slice(element)
                .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
            documents.push(document);
        }
        Ok(documents)
    }

    /// The omitted entries of documents `range`, read from the blocks that hold them.
    fn entries(
        &self,
        store: &dyn SpillStore,
        range: Range<usize>,
    ) -> io::Result<super::OmitsEntries> {
        let first_block = self
            .blocks
            .partition_point(|block| block.first + block.count <= range.start);
        // Sized up front: grown by doubling, all of them (up to `ENTRIES_IN_MEMORY`) took
        // up to twice their size.
        let size: usize = (self.blocks[first_block..].iter())
            .take_while(|block| block.first < range.end)
            .map(|block| (block.entries.len as usize).saturating_sub(4 * block.count))
            .sum();
        let mut starts = Vec::with_capacity(range.len() + 1);
        starts.push(0);
        let mut entries = super::OmitsEntries {
            first: range.start,
            bytes: Vec::with_capacity(size),
            starts,
        };
        let (mut bytes, mut ends) = (Vec::new(), Vec::new());
        for block in self.blocks[first_block..]
            .iter()
            .take_while(|block| block.first < range.end)
        {
            read_with_ends(store, block.entries, block.count, &mut bytes, &mut ends)?;
            let from = range.start.max(block.first) - block.first;
            let to = range.end.min(block.first + block.count) - block.first;
            let start = from.checked_sub(1).map_or(0, |p| ends[p]);
            let base = entries.bytes.len();
            entries.bytes.extend_from_slice(&bytes[start..ends[to - 1]]);
            entries
                .starts
                .extend(ends[from..to].iter().map(|&end| base + end - start));
        }
        if entries.starts.len() != range.len() + 1 {
            return Err(invalid(
                "entries asked for documents the spill does not have",
            ));
        }
        Ok(entries)
    }

    /// Calls `visit` with each document's index and key (`super::entry_key`), in order.
    fn each_entry(
        &self,
        store: &dyn SpillStore,
        mut visit: impl FnMut(usize, &[u8]),
    ) -> io::Result<()> {
        let (mut bytes, mut ends) = (Vec::new(), Vec::new());
        for block in &self.blocks {
            read_with_ends(store, block.entries, block.count, &mut bytes, &mut ends)?;
            let mut start = 0;
            for (k, &end) in ends.iter().enumerate() {
                let key = super::OmitsEntries::key_of(&bytes[start..end]).ok_or_else(corrupt)?;
                visit(block.first + k, key);
                start = end;
            }
        }
        Ok(())
    }

    /// Writes the value of the report's `documents`, as serde_json's pretty printer lays it
    /// out one level deep (`super::push_listed`).
    fn write_listed(&self, store: &dyn SpillStore, out: &mut impl io::Write) -> io::Result<()> {
        if self.count == 0 {
            return out.write_all(b"[]");
        }
        out.write_all(b"[")?;
        let (mut bytes, mut ends) = (Vec::new(), Vec::new());
        for block in &self.blocks {
            read_with_ends(store, block.listed, block.count, &mut bytes, &mut ends)?;
            // The first element has no comma before it.
            let skip = usize::from(block.first == 0);
            out.write_all(bytes.get(skip..).unwrap_or_default())?;
        }
        out.write_all(b"\n  ]")
    }
}

/// Appends a cell to `out`: its document, its verdict, how many pieces, and where each is,
/// as LEB128 numbers (a cell of two pieces takes about 16 bytes).
fn encode_cell(
    out: &mut Vec<u8>,
    document: u32,
    verdict: Verdict,
    pieces: impl ExactSizeIterator<Item = PieceAt>,
) {
    put_number(out, u64::from(document));
    // A verdict's index is below 4.
    out.push(verdict.index() as u8);
    put_number(out, pieces.len() as u64);
    for piece in pieces {
        put_number(out, piece.start);
        put_number(out, u64::from(piece.len));
    }
}

fn put_number(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads the cells `encode_cell` wrote, one after another.
struct CellReader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> CellReader<'b> {
    fn new(bytes: &'b [u8]) -> CellReader<'b> {
        CellReader { bytes, at: 0 }
    }

    /// The next cell's document and verdict, its pieces in `pieces`; `None` at the end.
    fn next_cell(&mut self, pieces: &mut Vec<PieceAt>) -> io::Result<Option<(u32, Verdict)>> {
        if self.at >= self.bytes.len() {
            return Ok(None);
        }
        let document = u32::try_from(self.number()?).map_err(|_| corrupt())?;
        let &code = self.bytes.get(self.at).ok_or_else(corrupt)?;
        self.at += 1;
        let verdict = *Verdict::ALL.get(usize::from(code)).ok_or_else(corrupt)?;
        let count = self.number()?;
        pieces.clear();
        for _ in 0..count {
            let start = self.number()?;
            let len = u32::try_from(self.number()?).map_err(|_| corrupt())?;
            pieces.push(PieceAt { start, len });
        }
        Ok(Some((document, verdict)))
    }

    fn number(&mut self) -> io::Result<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let &byte = self.bytes.get(self.at).ok_or_else(corrupt)?;
            self.at += 1;
            n |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(n);
            }
        }
        Err(corrupt())
    }
}

fn corrupt() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "the spilled evidence is damaged",
    )
}

/// A spill made readable for one report (see [`EvidenceSpill::claims_of`]).
pub struct SpilledClaims<'s> {
    spill: &'s EvidenceSpill,
    /// For each claim, the documents its `expect.documents` pins, by index, in order.
    pinned: Vec<Vec<usize>>,
}

impl SpilledClaims<'_> {
    /// What explaining the report's claim `index` needs, read back from the spill: a
    /// report of the few documents the explanation shows and names (the pinned ones, every
    /// other document of a verdict up to `explain::LISTED_PER_VERDICT`, and the first
    /// `explain::LISTED_PLAIN` that just omit it), the claim with their verdicts and evidence, and how many
    /// documents the excerpt leaves out. Explained (`explain::render_failure`), it reads as
    /// the whole report's claim does, in memory that does not grow with the documents,
    /// whether the report is folded to counts or not.
    pub fn excerpt(
        &self,
        report: &Report,
        index: usize,
    ) -> io::Result<(Report, ClaimReport, Unlisted)> {
        let Some(claim) = report.claims.get(index) else {
            return Err(invalid("no such claim in the report"));
        };
        let count = self.spill.documents.count;
        let pinned = self.pinned.get(index).map_or(&[][..], Vec::as_slice);
        let mut unlisted = Unlisted::default();
        let mut held = [0usize; 4];
        let mut kept: Vec<(usize, Verdict, Vec<Arc<Evidence>>)> = Vec::new();
        let mut notable = 0;
        let mut cells = self.spill.cursor(index, 0);
        let mut from = 0;
        while let Some(i) = next_notable(&mut cells, pinned, from)? {
            from = i + 1;
            notable += 1;
            // Pinned without a cell: it omits the claim, with no evidence.
            let verdict = cells.verdict(i)?.unwrap_or(Verdict::Omits);
            // A pinned document is always shown, and counts for no verdict's share.
            if pinned.binary_search(&i).is_err() {
                let group = verdict.index();
                if held[group] == explain::LISTED_PER_VERDICT {
                    unlisted.by_verdict[group] += 1;
                    continue;
                }
                held[group] += 1;
            }
            let pieces = cells.pieces(i)?.map(|(_, pieces)| pieces);
            let mut evidence = Vec::new();
            for piece in pieces.iter().flat_map(|pieces| pieces.iter()) {
                let piece: Evidence = serde_json::from_slice(piece)
                    .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
                evidence.push(Arc::new(piece));
            }
            kept.push((i, verdict, evidence));
        }
        // The first documents that just omit the claim: those between the notable ones.
        let mut plain: Vec<usize> = Vec::new();
        let mut cells = self.spill.cursor(index, 0);
        let mut at = 0;
        while plain.len() < explain::LISTED_PLAIN && at < count {
            let next = next_notable(&mut cells, pinned, at)?.unwrap_or(count);
            let room = explain::LISTED_PLAIN - plain.len();
            plain.extend((at..next).take(room));
            at = next + 1;
        }
        unlisted.plain = count.saturating_sub(notable + plain.len());
        let mut listed: Vec<(usize, Verdict, Vec<Arc<Evidence>>)> = kept;
        listed.extend(plain.into_iter().map(|i| (i, Verdict::Omits, Vec::new())));
        listed.sort_by_key(|(i, _, _)| *i);
        let indices: Vec<usize> = listed.iter().map(|(i, _, _)| *i).collect();
        let documents = super::Listed::of(report, Some(self.spill))?.documents_at(&indices)?;
        let mut verdicts = Verdicts::default();
        for (_, verdict, evidence) in listed {
            verdicts.push(DocumentVerdict { verdict, evidence });
        }
        let excerpt = Report {
            documents,
            claims: Vec::new(),
            warnings: Vec::new(),
            summary: Default::default(),
            shard: None,
            claims_digest: None,
            documents_digest: None,
            folded: None,
        };
        let claim = ClaimReport {
            verdicts,
            ..claim.clone()
        };
        Ok((excerpt, claim, unlisted))
    }
}

/// The first document at or after `from` that does not just omit the claim of `cells`: it
/// has a cell (a verdict other than omits, or evidence), or it is `pinned`.
fn next_notable(
    cells: &mut Cursor<'_>,
    pinned: &[usize],
    from: usize,
) -> io::Result<Option<usize>> {
    let pin = pinned.get(pinned.partition_point(|&i| i < from)).copied();
    Ok([cells.next_document(from)?, pin]
        .into_iter()
        .flatten()
        .min())
}

/// Reads a claim's cells from the store, block by block, for documents visited in order
/// (see [`EvidenceSpill::cursor`]).
pub(super) struct Cursor<'s> {
    spill: &'s EvidenceSpill,
    /// The blocks not yet read.
    blocks: &'s [Block],
    /// The block being read, and where its next cell starts.
    bytes: Vec<u8>,
    at: usize,
    /// The next cell, read but not yet taken: its document, verdict and pieces.
    cell: Option<(usize, Verdict, Vec<PieceAt>)>,
    /// Bytes of the store read ahead, from `window_start`: the pieces of this cell and of
    /// the cells after it that lie together (see `GROUP_BYTES`).
    window: Vec<u8>,
    window_start: u64,
    /// At most this many bytes are read ahead (`WINDOW_BYTES`, or `LINE_WINDOW_BYTES`).
    window_limit: u64,
}

/// At most this many bytes of the store are read ahead for a claim's next pieces.
const WINDOW_BYTES: u64 = 256 << 10;

/// The read-ahead of each claim's cursor when every claim is read at once, a document at a
/// time (`EvidenceSpill::each_document`): 1,000 claims then hold 16 MB of windows.
const LINE_WINDOW_BYTES: u64 = 16 << 10;

/// A gap of at most this many bytes between a claim's pieces is read through rather than
/// read around: cheaper than another read.
const WINDOW_GAP: u64 = 4 << 10;

/// At most this many of the pieces that follow are looked at to decide how far to read.
const WINDOW_LOOKAHEAD: usize = 512;

impl<'s> Cursor<'s> {
    fn new(spill: &'s EvidenceSpill, blocks: &'s [Block]) -> Cursor<'s> {
        Cursor {
            spill,
            blocks,
            bytes: Vec::new(),
            at: 0,
            cell: None,
            window: Vec::new(),
            window_start: 0,
            window_limit: WINDOW_BYTES,
        }
    }

    /// Reads the next cell into `cell`, the next block first if this one is done; leaves
    /// `cell` empty at the end of the claim.
    fn read_cell(&mut self) -> io::Result<()> {
        loop {
            let mut reader = CellReader {
                bytes: &self.bytes,
                at: self.at,
            };
            let mut pieces = Vec::new();
            if let Some((document, verdict)) = reader.next_cell(&mut pieces)? {
                self.at = reader.at;
                self.cell = Some((document as usize, verdict, pieces));
                return Ok(());
            }
            let Some((block, rest)) = self.blocks.split_first() else {
                self.cell = None;
                return Ok(());
            };
            self.spill.read_block(block, &mut self.bytes)?;
            self.at = 0;
            self.blocks = rest;
        }
    }

    /// The first document at or after `from` with pieces, if any.
    pub(super) fn next_document(&mut self, from: usize) -> io::Result<Option<usize>> {
        loop {
            if let Some((document, _, _)) = &self.cell {
                if *document >= from {
                    return Ok(Some(*document));
                }
            }
            // The cell is before `from`, or taken: read the next; none left ends the claim.
            self.read_cell()?;
            if self.cell.is_none() {
                return Ok(None);
            }
        }
    }

    /// The verdict of the report's document `document` if it has a cell, without taking
    /// the cell: `pieces` then reads its pieces, or the next document asked for passes it
    /// by unread. Documents must be asked for in increasing order.
    fn verdict(&mut self, document: usize) -> io::Result<Option<Verdict>> {
        if self.next_document(document)? != Some(document) {
            return Ok(None);
        }
        Ok(self.cell.as_ref().map(|(_, verdict, _)| *verdict))
    }

    /// The verdict and pieces of the report's document `document` if it has a cell (it
    /// does not simply omit the claim), its pieces read from the store. Documents must be
    /// asked for in increasing order.
    pub(super) fn pieces(&mut self, document: usize) -> io::Result<Option<(Verdict, Pieces)>> {
        if self.next_document(document)? != Some(document) {
            return Ok(None);
        }
        let Some((_, verdict, at)) = self.cell.take() else {
            return Ok(None);
        };
        let mut pieces = Pieces::default();
        for (i, &piece) in at.iter().enumerate() {
            self.copy_piece(piece, &at[i + 1..], &mut pieces.bytes)?;
            pieces.ends.push(pieces.bytes.len());
        }
        Ok(Some((verdict, pieces)))
    }

    /// Appends `piece` to `out`, from the window, or from a new window that also holds the
    /// pieces after it (`rest` of its cell, then the cells not yet read) that lie close
    /// enough.
    fn copy_piece(
        &mut self,
        piece: PieceAt,
        rest: &[PieceAt],
        out: &mut Vec<u8>,
    ) -> io::Result<()> {
        let end = piece.start + u64::from(piece.len);
        let window_end = self.window_start + self.window.len() as u64;
        if piece.start >= self.window_start && end <= window_end {
            let from = (piece.start - self.window_start) as usize;
            out.extend_from_slice(&self.window[from..from + piece.len as usize]);
            return Ok(());
        }
        if piece.start < self.window_start {
            // Behind the window (a piece another claim quoted first): read it alone and
            // keep the window for the pieces ahead.
            return self.spill.read_piece(piece, out);
        }
        // How far to read: on through the pieces that follow while each starts close to
        // the end of the one before (skipping any behind, quoted first by another claim).
        let mut reach = end;
        // Whether `next` is read too (moving `reach`), or the window ends before it.
        let mut takes = |next: &PieceAt| {
            let next_end = next.start + u64::from(next.len);
            if next.start < piece.start || next_end <= reach {
                return true;
            }
            if next.start > reach + WINDOW_GAP || next_end - piece.start > self.window_limit {
                return false;
            }
            reach = next_end;
            true
        };
        let mut looked = 0;
        let mut open = rest.iter().all(|next| {
            looked += 1;
            takes(next)
        });
        let mut reader = CellReader {
            bytes: &self.bytes,
            at: self.at,
        };
        let mut cell = Vec::new();
        while open && looked < WINDOW_LOOKAHEAD && reader.next_cell(&mut cell)?.is_some() {
            open = cell.iter().all(|next| {
                looked += 1;
                takes(next)
            });
        }
        self.window.clear();
        self.window.resize((reach - piece.start) as usize, 0);
        self.spill.store.read_at(piece.start, &mut self.window)?;
        self.window_start = piece.start;
        out.extend_from_slice(&self.window[..piece.len as usize]);
        Ok(())
    }
}

/// One document's pieces of evidence for one claim, read from the store.
#[derive(Default)]
pub struct Pieces {
    bytes: Vec<u8>,
    /// Where each piece ends in `bytes`.
    ends: Vec<usize>,
}

impl Pieces {
    pub(super) fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Each piece, as it was laid out (an element of a verdict's `evidence` array in the
    /// JSON report).
    pub fn iter(&self) -> impl Iterator<Item = &[u8]> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.bytes[start..end])
    }

    /// Writes the pieces as the elements of an `evidence` array, on one line: separated by
    /// a comma and a space.
    pub(super) fn write(&self, out: &mut Vec<u8>) {
        for (i, piece) in self.iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(b", ");
            }
            out.extend_from_slice(piece);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Evidence kept in memory that counts the reads made of it.
    struct CountedReads {
        bytes: Vec<u8>,
        reads: Arc<AtomicUsize>,
    }

    impl SpillStore for CountedReads {
        fn append(&mut self, bytes: &[u8]) -> io::Result<u64> {
            SpillStore::append(&mut self.bytes, bytes)
        }

        fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
            self.reads.fetch_add(1, Ordering::Relaxed);
            self.bytes.read_at(offset, buf)
        }
    }

    /// A document `id` whose pieces are `pieces` and whose cells are `(claim, indices of
    /// the pieces it quotes)`.
    fn document(id: &str, pieces: &[&str], cells: &[(u32, &[u32])]) -> DocumentEvidence {
        let mut laid = DocumentEvidence::listing(&DocumentInfo::new(id, None, id));
        for piece in pieces {
            laid.bytes.extend_from_slice(piece.as_bytes());
            laid.ends.push(offset(laid.bytes.len()));
        }
        for (claim, quoted) in cells {
            laid.pieces.extend_from_slice(quoted);
            laid.cells
                .push((*claim, offset(laid.pieces.len()), Verdict::Supports));
        }
        laid
    }

    /// Every claim's pieces, document by document, read back as text.
    fn read_back(spill: &EvidenceSpill, claims: usize, documents: usize) -> Vec<Vec<String>> {
        (0..claims)
            .map(|claim| {
                let mut cursor = spill.cursor(claim, 0);
                let mut quoted = Vec::new();
                for document in 0..documents {
                    let Ok(Some((_, pieces))) = cursor.pieces(document) else {
                        continue;
                    };
                    let text: Vec<String> = pieces
                        .iter()
                        .map(|p| String::from_utf8_lossy(p).into_owned())
                        .collect();
                    quoted.push(format!("{document}: {}", text.join(" ")));
                }
                quoted
            })
            .collect()
    }

    #[test]
    fn a_claims_pieces_lie_together_and_are_read_back_in_few_reads() {
        let reads = Arc::new(AtomicUsize::new(0));
        let store = CountedReads {
            bytes: Vec::new(),
            reads: Arc::clone(&reads),
        };
        let mut spill = EvidenceSpill::new(Box::new(store), 2);
        let documents = 40;
        for d in 0..documents {
            // Claim 1 quotes its own piece, then the piece claim 0 quoted first: that one
            // lies behind the claim's own pieces. The own pieces are long: laid out
            // document by document, claim 0's pieces would lie too far apart to read
            // together.
            let own = format!("<one of {d}>{}", "x".repeat(2 * WINDOW_GAP as usize));
            let shared = format!("<shared of {d}>");
            let laid = document(
                &format!("d{d:02}"),
                &[&shared, &own],
                &[(0, &[0]), (1, &[1, 0])],
            );
            if let Err(error) = spill.add(laid) {
                panic!("spilling: {error}");
            }
        }
        if let Err(error) = spill.finish() {
            panic!("finishing: {error}");
        }
        reads.store(0, Ordering::Relaxed);
        let quoted = read_back(&spill, 2, documents);
        let all_reads = reads.swap(0, Ordering::Relaxed);
        assert_eq!(quoted[0].len(), documents);
        assert_eq!(quoted[0][3], "3: <shared of 3>");
        assert!(quoted[1][39].starts_with("39: <one of 39>xxx"));
        assert!(quoted[1][39].ends_with("xxx <shared of 39>"));
        // Claim 0's 40 pieces in one read (and one of its cells).
        let _ = read_back(&spill, 1, documents);
        let claim_0_reads = reads.load(Ordering::Relaxed);
        assert_eq!(claim_0_reads, 2, "claim 0's 40 pieces");
        // Claim 1's own in two (320 KB: more than a window), each shared piece alone.
        let claim_1_reads = all_reads - claim_0_reads;
        assert!(
            claim_1_reads <= 1 + 2 + 40,
            "{claim_1_reads} reads for claim 1's 80 pieces"
        );
    }

    /// Documents wait in the group for their evidence to be laid out claim by claim; one
    /// without cells does not wait, and each that waits counts for more than its evidence:
    /// counted by evidence alone, a corpus where evidence is rare held every document to
    /// the end (300,000 documents: 197 MB).
    #[test]
    fn documents_with_little_or_no_evidence_do_not_pile_up_in_the_group() {
        let mut spill = EvidenceSpill::new(Box::new(Vec::new()), 1);
        for d in 0..20_000 {
            let cells: &[(u32, &[u32])] = if d % 2 == 0 { &[] } else { &[(0, &[0])] };
            let laid = document(&format!("d{d:05}"), &["x"], cells);
            if let Err(error) = spill.add(laid) {
                panic!("spilling: {error}");
            }
        }
        assert!(
            spill.group.len() < 5_000,
            "{} documents waiting in the group",
            spill.group.len()
        );
        assert!(
            (spill.group.iter()).all(|(_, d)| d.id.is_empty() && d.listed.is_empty()),
            "what is in the spill's documents is not kept twice"
        );
    }

    #[test]
    fn pieces_far_apart_are_read_one_by_one_and_read_right() {
        // Tiny groups: each document's pieces go to the store before the next document's,
        // and claim 0's pieces lie apart, with claim 1's between them.
        let sizes = Sizes {
            group_limit: 1,
            ..EvidenceSpill::tiny_runs(Box::new(Vec::new()), 0).sizes
        };
        let mut spill = EvidenceSpill::with_sizes(Box::new(Vec::new()), 2, sizes);
        let long = "x".repeat(2 * WINDOW_GAP as usize);
        for d in 0..5 {
            let mine = format!("<{d}>");
            let laid = document(&format!("d{d}"), &[&mine, &long], &[(0, &[0]), (1, &[1])]);
            if let Err(error) = spill.add(laid) {
                panic!("spilling: {error}");
            }
        }
        if let Err(error) = spill.finish() {
            panic!("finishing: {error}");
        }
        let quoted = read_back(&spill, 2, 5);
        assert_eq!(
            quoted[0],
            ["0: <0>", "1: <1>", "2: <2>", "3: <3>", "4: <4>"]
        );
        assert!(quoted[1].iter().all(|q| q.ends_with(&long)));
    }
}
