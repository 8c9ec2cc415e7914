//! The JSON report: a contract with scripts and CI, so its fields only ever grow.
//!
//! The report is written straight to a `Write`, in serde_json's pretty layout but for each
//! document's verdict on a claim, which is one line (`LINE_LEVEL`): over 20,000 documents
//! and 1,000 claims it is gigabytes, which are never held in memory. Claims are laid out
//! in parallel, a few at a time, and written in order. Most entries say that a document
//! omits a claim: those are copied from bytes prepared once per document.

use crate::claims::{ExpectKind, Expectation};
use crate::report::{ClaimReport, DocumentInfo, Evidence, Report};
use crate::verdict::Verdict;
use rayon::prelude::*;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use std::collections::HashMap;
use std::io::{self, Write};
use std::sync::Arc;

mod spill;

pub use spill::{DocumentEvidence, EvidenceSpill, InTwoRuns, PieceAt, SpillStore, SpilledClaims};

/// The indentation level of a piece of evidence: an element of `claims[i].verdicts[id].evidence`.
const EVIDENCE_LEVEL: usize = 6;

/// Arrays and objects this deep or deeper are laid out on one line: each document's verdict
/// on a claim (`claims[i].verdicts[id]`, evidence and all) and a claim's pinned documents
/// (`claims[i].expect.documents`). Then a line names a document and its verdict, so `grep`
/// and a snapshot's diff show which document a change is in, and the report of 1,000
/// claims over 20,000 documents is 1.5 GB instead of 2.3 (most of it omitted entries, four
/// lines each before).
const LINE_LEVEL: usize = 5;

/// The report as a string (for tests and small reports; the CLI uses `write`).
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write(report, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// An omitted claim without evidence, as `value` writes it as the value of
/// `claims[i].verdicts[id]`.
const OMITS: &[u8] = b"{\"verdict\": \"omits\", \"evidence\": []}";

/// Writes the report and a final newline to `out`.
pub fn write(report: &Report, out: impl Write) -> io::Result<()> {
    write_with(report, None, DOCUMENTS_PER_SEGMENT, out)
}

/// `write` for a report whose evidence was spilled as its documents were checked (the
/// report itself holds none): the same bytes as `write` on the report with its evidence.
pub fn write_spilled(
    report: &Report,
    spill: &mut EvidenceSpill,
    out: impl Write,
) -> io::Result<()> {
    spill.ready_for(report)?;
    write_with(report, Some(spill), DOCUMENTS_PER_SEGMENT, out)
}

/// Spilled evidence, ready for the report (`EvidenceSpill::ready_for`).
type Spilled<'s> = Option<&'s EvidenceSpill>;

/// `write` or `write_spilled`, laying out claims `documents_per_segment` documents at a time.
fn write_with(
    report: &Report,
    spilled: Spilled<'_>,
    documents_per_segment: usize,
    out: impl Write,
) -> io::Result<()> {
    let listed = Listed::of(report, spilled)?;
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    out.write_all(b"{\n  \"documents\": ")?;
    listed.write_documents(&mut out)?;
    out.write_all(b",\n  \"claims\": ")?;
    if report.claims.is_empty() {
        out.write_all(b"[]")?;
    } else {
        out.write_all(b"[")?;
        // Every document's omitted entries, shared by all claims, when they fit in memory.
        let entries = match listed.entries_fit_in_memory() {
            true => Some(listed.entries(0..listed.count())?),
            false => None,
        };
        let pinned = pinned_documents(report, listed)?;
        let mut segments = segments(report, documents_per_segment);
        let batch = 8 * rayon::current_num_threads().max(1);
        // Each batch lays out into the buffers the previous one was written from: a
        // buffer per segment, allocated afresh, left the allocator holding tens of MB it
        // had not yet given back.
        let mut spare: Vec<Parts> = Vec::new();
        loop {
            let chunk: Vec<ClaimSegment> = segments.by_ref().take(batch).collect();
            if chunk.is_empty() {
                break;
            }
            let buffers: Vec<Parts> = (0..chunk.len())
                .map(|_| spare.pop().unwrap_or_default())
                .collect();
            let laid_out: Vec<io::Result<Parts>> = chunk
                .par_iter()
                .zip(buffers)
                .map(|(segment, mut parts)| {
                    let claim = &report.claims[segment.claim];
                    match segment.part {
                        Segment::Head => write_head(&mut parts.own, claim, segment.claim)?,
                        Segment::Verdicts(ref range) => {
                            let spilled =
                                spilled.map(|spill| spill.cursor(segment.claim, range.start));
                            // Past `ENTRIES_IN_MEMORY`, each segment reads its own.
                            let own_entries;
                            let entries = match &entries {
                                Some(entries) => SegmentEntries::Shared(entries),
                                None => {
                                    own_entries = listed.entries(range.clone())?;
                                    SegmentEntries::Copied(&own_entries)
                                }
                            };
                            write_verdicts(
                                &mut parts,
                                claim,
                                &pinned[segment.claim],
                                range.clone(),
                                entries,
                                spilled,
                            )?;
                        }
                        Segment::Tail => write_tail(&mut parts.own, claim),
                    }
                    Ok(parts)
                })
                .collect();
            let mut laid: Vec<Parts> = Vec::with_capacity(laid_out.len());
            for parts in laid_out {
                laid.push(parts?);
            }
            write_parts(&mut out, &mut laid)?;
            spare.extend(laid);
        }
        out.write_all(b"\n  ]")?;
    }
    out.write_all(b",\n  \"warnings\": ")?;
    value(&mut out, &report.warnings, 1)?;
    out.write_all(b",\n  \"summary\": ")?;
    value(&mut out, &report.summary, 1)?;
    if let Some(shard) = &report.shard {
        out.write_all(b",\n  \"shard\": ")?;
        value(&mut out, shard, 1)?;
    }
    if let Some(digest) = &report.claims_digest {
        out.write_all(b",\n  \"claims_digest\": ")?;
        value(&mut out, digest, 1)?;
    }
    if let Some(digest) = &report.documents_digest {
        out.write_all(b",\n  \"documents_digest\": ")?;
        value(&mut out, digest, 1)?;
    }
    out.write_all(b"\n}\n")?;
    out.flush()
}

/// Where the documents a report lists come from: the report's own list, or, for a report
/// folded to counts (`Report::folded`), its spill.
#[derive(Clone, Copy)]
enum Listed<'r> {
    Report(&'r [DocumentInfo]),
    Spill(&'r EvidenceSpill),
}

impl<'r> Listed<'r> {
    /// The documents `report` lists: its own, or, folded to counts, `spill`'s (an error
    /// without one).
    fn of(report: &'r Report, spill: Option<&'r EvidenceSpill>) -> io::Result<Listed<'r>> {
        match (report.folded, spill) {
            (None, _) => Ok(Listed::Report(&report.documents)),
            (Some(_), Some(spill)) => Ok(Listed::Spill(spill)),
            (Some(_), None) => Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "a report folded to counts lists no documents: write it from its spill",
            )),
        }
    }

    fn count(self) -> usize {
        match self {
            Listed::Report(documents) => documents.len(),
            Listed::Spill(spill) => spill.document_count(),
        }
    }

    /// Writes the documents as the value of the report's `documents`.
    fn write_documents(self, out: &mut impl Write) -> io::Result<()> {
        match self {
            Listed::Report(documents) => value(out, documents, 1),
            Listed::Spill(spill) => spill.write_documents(out),
        }
    }

    /// Whether every document's omitted entry may be held at once (a report's own
    /// documents are in memory already).
    fn entries_fit_in_memory(self) -> bool {
        match self {
            Listed::Report(_) => true,
            Listed::Spill(spill) => spill.entries_fit_in_memory(),
        }
    }

    /// The omitted entries of documents `range`.
    fn entries(self, range: std::ops::Range<usize>) -> io::Result<OmitsEntries> {
        match self {
            Listed::Report(documents) => {
                let listed = documents.get(range.clone()).ok_or_else(|| {
                    io::Error::new(io::ErrorKind::InvalidInput, "no such documents")
                })?;
                Ok(OmitsEntries::new(listed, range.start))
            }
            Listed::Spill(spill) => spill.entries(range),
        }
    }

    /// Where each of `ids` is among the documents, for those that are (the few a claims
    /// file pins).
    fn find(self, ids: &[&str]) -> io::Result<HashMap<String, usize>> {
        match self {
            Listed::Report(documents) => Ok(ids
                .iter()
                .filter_map(|id| {
                    let i = documents.binary_search_by(|d| d.id().cmp(id)).ok()?;
                    Some((id.to_string(), i))
                })
                .collect()),
            Listed::Spill(spill) => spill.find_documents(ids),
        }
    }

    /// Documents `indices` (in increasing order).
    fn documents_at(self, indices: &[usize]) -> io::Result<Vec<DocumentInfo>> {
        match self {
            Listed::Report(documents) => indices
                .iter()
                .map(|&i| {
                    documents.get(i).cloned().ok_or_else(|| {
                        io::Error::new(io::ErrorKind::InvalidInput, "no such document")
                    })
                })
                .collect(),
            Listed::Spill(spill) => spill.documents_at(indices),
        }
    }
}

/// For each claim, the documents its `expect.documents` pins, by index, with the verdict
/// pinned, in document order: they get an entry whatever their verdict, and an explanation
/// shows them whatever else it leaves out.
fn pinned_documents(report: &Report, listed: Listed<'_>) -> io::Result<Vec<Vec<(usize, Verdict)>>> {
    let ids: Vec<&str> = report
        .claims
        .iter()
        .flat_map(|claim| claim.expect.documents.iter().map(|(id, _)| id.as_str()))
        .collect();
    let found = listed.find(&ids)?;
    Ok(report
        .claims
        .iter()
        .map(|claim| {
            let mut pinned: Vec<(usize, Verdict)> = claim
                .expect
                .documents
                .iter()
                .filter_map(|(id, verdict)| Some((*found.get(id)?, *verdict)))
                .collect();
            // The first pin of a document is the one that counts (as in `unmet_by`).
            pinned.sort_by_key(|&(i, _)| i);
            pinned.dedup_by_key(|&mut (i, _)| i);
            pinned
        })
        .collect())
}

/// The omitted entries a segment of a claim takes its runs from: every document's, shared
/// by all segments (the runs then go to the output without a copy), or the segment's own,
/// read from the spill (copied into the segment's bytes).
#[derive(Clone, Copy)]
enum SegmentEntries<'a, 'b> {
    Shared(&'a OmitsEntries),
    Copied(&'b OmitsEntries),
}

impl<'a> SegmentEntries<'a, '_> {
    /// Adds the entries of documents `range` to `parts`.
    fn run(self, parts: &mut Parts<'a>, range: std::ops::Range<usize>) {
        match self {
            SegmentEntries::Shared(entries) => parts.shared(entries.run(range)),
            SegmentEntries::Copied(entries) => parts.own.extend_from_slice(entries.run(range)),
        }
    }

    fn key(&self, i: usize) -> &[u8] {
        match self {
            SegmentEntries::Shared(entries) | SegmentEntries::Copied(entries) => entries.key(i),
        }
    }
}

/// A segment of a claim laid out as pieces of bytes: its own, or runs of omitted documents'
/// entries shared by every claim (a claim over 20,000 documents is megabytes, mostly such
/// runs, which are then written without being copied first). Its own bytes are one buffer,
/// so a segment allocates once, however many runs it interleaves.
#[derive(Default)]
struct Parts<'a> {
    parts: Vec<Part<'a>>,
    own: Vec<u8>,
    /// Where the own bytes not yet in `parts` start.
    pending: usize,
}

enum Part<'a> {
    /// A range of `Parts::own`.
    Own(std::ops::Range<usize>),
    Shared(&'a [u8]),
}

impl<'a> Parts<'a> {
    fn shared(&mut self, bytes: &'a [u8]) {
        if bytes.is_empty() {
            return;
        }
        self.close_own();
        self.parts.push(Part::Shared(bytes));
    }

    fn close_own(&mut self) {
        if self.pending < self.own.len() {
            self.parts.push(Part::Own(self.pending..self.own.len()));
            self.pending = self.own.len();
        }
    }

    /// The parts in order, as bytes.
    fn slices(&self) -> impl Iterator<Item = &[u8]> + '_ {
        self.parts.iter().map(|part| match part {
            Part::Own(range) => &self.own[range.clone()],
            Part::Shared(bytes) => bytes,
        })
    }

    /// Empties the parts for the next segment, keeping the buffers.
    fn clear(&mut self) {
        self.parts.clear();
        self.own.clear();
        self.pending = 0;
    }
}

/// How many slices one vectored write takes at most (Linux's `IOV_MAX` is 1,024).
const SLICES_PER_WRITE: usize = 1024;

/// Writes segments' parts in order with vectored writes, and empties them. The runs of
/// omitted entries (most of a large report) go from `OmitsEntries` to the output without
/// a copy into a buffer: a `BufWriter` passes a write larger than its buffer straight on.
/// (20,000 documents x 1,000 claims: 2.70 s with a `write_all` per part, 2.47 s so.)
fn write_parts(out: &mut impl Write, segments: &mut [Parts]) -> io::Result<()> {
    let mut slices: Vec<io::IoSlice<'_>> = Vec::with_capacity(SLICES_PER_WRITE);
    for parts in segments.iter_mut() {
        parts.close_own();
    }
    for bytes in segments.iter().flat_map(Parts::slices) {
        if bytes.is_empty() {
            continue;
        }
        slices.push(io::IoSlice::new(bytes));
        if slices.len() == SLICES_PER_WRITE {
            write_all_vectored(out, &mut slices)?;
        }
    }
    write_all_vectored(out, &mut slices)?;
    for parts in segments.iter_mut() {
        parts.clear();
    }
    Ok(())
}

/// Writes every byte of `slices` (`Write::write_all_vectored` is not stable yet), and
/// empties the list.
fn write_all_vectored<'a>(
    out: &mut impl Write,
    slices: &mut Vec<io::IoSlice<'a>>,
) -> io::Result<()> {
    let mut rest: &mut [io::IoSlice<'a>] = slices;
    while !rest.is_empty() {
        match out.write_vectored(rest) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(written) => io::IoSlice::advance_slices(&mut rest, written),
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    slices.clear();
    Ok(())
}

/// How many documents' verdicts of one claim are laid out at a time. A claim over a large
/// corpus can be tens of megabytes (a broad pattern quoted in every document), so claims are
/// laid out in parts, and what is held at once does not grow with the corpus.
const DOCUMENTS_PER_SEGMENT: usize = 1024;

/// A part of the `claims` array that is laid out on its own.
struct ClaimSegment {
    claim: usize,
    part: Segment,
}

enum Segment {
    /// The claim's fields up to its verdicts (with the comma before it, if not the first).
    Head,
    /// The verdicts of these documents.
    Verdicts(std::ops::Range<usize>),
    /// The end of the verdicts and the fields after them.
    Tail,
}

/// Every claim as its head, its verdicts `per_segment` documents at a time, and its tail,
/// made as they are laid out: as a list, they took 32 bytes for every 1,024 documents of
/// every claim (1 MB at 1,000 claims over 20,000 documents, growing with both).
fn segments(report: &Report, per_segment: usize) -> impl Iterator<Item = ClaimSegment> + '_ {
    let per_segment = per_segment.max(1);
    report
        .claims
        .iter()
        .enumerate()
        .flat_map(move |(claim, report_claim)| {
            let documents = report_claim.verdicts.len().min(report.document_count());
            let verdicts = (0..documents)
                .step_by(per_segment)
                .map(move |start| Segment::Verdicts(start..(start + per_segment).min(documents)));
            std::iter::once(Segment::Head)
                .chain(verdicts)
                .chain(std::iter::once(Segment::Tail))
                .map(move |part| ClaimSegment { claim, part })
        })
}

/// Claim number `index` up to its verdicts, as an element of `claims` (its lines indented
/// three levels).
fn write_head(out: &mut Vec<u8>, claim: &ClaimReport, index: usize) -> io::Result<()> {
    out.extend_from_slice(if index == 0 { b"\n    " } else { b",\n    " });
    field(out, "id", true);
    value(out, &claim.id, 3)?;
    field(out, "claim", false);
    value(out, &claim.claim, 3)?;
    if !claim.tags.is_empty() {
        field(out, "tags", false);
        value(out, &claim.tags, 3)?;
    }
    field(out, "line", false);
    value(out, &claim.line, 3)?;
    field(out, "passed", false);
    value(out, &claim.passed, 3)?;
    field(out, "failures", false);
    value(out, &claim.failures, 3)?;
    field(out, "expect", false);
    value(out, &ExpectView::new(&claim.expect), 3)?;
    field(out, "verdicts", false);
    out.extend_from_slice(if claim.verdicts.is_empty() {
        b"{}"
    } else {
        b"{"
    });
    Ok(())
}

/// A claim's field name, after the `{` or the comma before it.
fn field(out: &mut Vec<u8>, name: &str, first: bool) {
    out.extend_from_slice(if first {
        b"{\n      \""
    } else {
        b",\n      \""
    });
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\": ");
}

/// The entries of documents `range` in a claim's verdicts. Runs of documents that omit the
/// claim (most of them) are taken from `entries`, not laid out. `pinned` are the documents
/// the claim pins, with the verdict pinned (`pinned_documents`).
fn write_verdicts<'a>(
    parts: &mut Parts<'a>,
    claim: &ClaimReport,
    pinned: &[(usize, Verdict)],
    range: std::ops::Range<usize>,
    entries: SegmentEntries<'a, '_>,
    mut spilled: Option<spill::Cursor<'_>>,
) -> io::Result<()> {
    let first_pinned = pinned.partition_point(|&(i, _)| i < range.start);
    let mut pins = pinned[first_pinned..]
        .iter()
        .copied()
        .take_while(|&(i, _)| i < range.end)
        .peekable();
    let mut run_start = range.start;
    let mut from = range.start;
    // Only documents that do not simply omit the claim are visited: most are skipped in
    // a scan of verdict bytes, or of spilled cells.
    while from < range.end {
        let spilled_next = match spilled.as_mut() {
            Some(cursor) => cursor.next_document(from)?,
            None => None,
        };
        let next = [
            claim.verdicts.next_notable(from),
            spilled_next,
            pins.peek().map(|&(i, _)| i),
        ]
        .into_iter()
        .flatten()
        .min();
        let Some(i) = next.filter(|&i| i < range.end) else {
            break;
        };
        from = i + 1;
        let expected = pins.next_if(|&(at, _)| at == i).map(|(_, verdict)| verdict);
        let evidence = claim.verdicts.evidence(i);
        let cell = match spilled.as_mut() {
            Some(cursor) => cursor.pieces(i)?,
            None => None,
        };
        // A spilled cell has the document's verdict (a report folded to counts has none).
        let verdict = match &cell {
            Some((verdict, _)) => *verdict,
            None => claim.verdicts.verdict(i),
        };
        let pieces = cell.map(|(_, pieces)| pieces);
        if verdict == Verdict::Omits
            && evidence.is_empty()
            && pieces.as_ref().is_none_or(|pieces| pieces.is_empty())
            && expected.is_none()
        {
            continue;
        }
        entries.run(parts, run_start..i);
        let out = &mut parts.own;
        out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        out.extend_from_slice(entries.key(i));
        match pieces {
            Some(pieces) => write_spilled_entry(out, verdict, expected, &pieces)?,
            None => {
                let view = DocumentVerdictView {
                    verdict,
                    expected,
                    evidence,
                };
                value(out, &view, 4)?;
            }
        }
        run_start = i + 1;
    }
    entries.run(parts, run_start..range.end);
    Ok(())
}

/// The end of a claim's verdicts and its fields after them.
fn write_tail(out: &mut Vec<u8>, claim: &ClaimReport) {
    if !claim.verdicts.is_empty() {
        out.extend_from_slice(b"\n      }");
    }
    if let Some(note) = &claim.note {
        field(out, "note", false);
        // A string always serializes.
        let _ = value(out, note, 3);
    }
    out.extend_from_slice(b"\n    }");
}

/// A `DocumentVerdictView` with spilled evidence, as `value` lays it out at level 4 (on one
/// line): the pieces were laid out at `EVIDENCE_LEVEL` when spilled, so they are copied as
/// they are.
fn write_spilled_entry(
    out: &mut Vec<u8>,
    verdict: Verdict,
    expected: Option<Verdict>,
    pieces: &spill::Pieces,
) -> io::Result<()> {
    out.extend_from_slice(b"{\"verdict\": ");
    value(out, &verdict, 5)?;
    if let Some(expected) = expected {
        out.extend_from_slice(b", \"expected\": ");
        value(out, &expected, 5)?;
    }
    out.extend_from_slice(b", \"evidence\": [");
    pieces.write(out);
    out.extend_from_slice(b"]}");
    Ok(())
}

/// Documents' entries in a claim's verdicts as they read when a document omits the claim
/// without evidence, laid out once, one after another: `,\n        "<id>": {…}`. A run of
/// such documents is then one slice, and a claim over 20,000 documents a few copies.
struct OmitsEntries {
    /// The index of the first document here (0 but for a segment's entries read from a
    /// spill).
    first: usize,
    bytes: Vec<u8>,
    /// Where each document's entry starts in `bytes`, and where the last one ends. Its key
    /// starts after the entry's comma and newline.
    starts: Vec<usize>,
}

/// What starts each entry before its key.
const ENTRY_SEPARATOR: &[u8] = b",\n";

/// Appends document `id`'s entry as `OmitsEntries` holds it.
fn push_entry(bytes: &mut Vec<u8>, id: &str) {
    bytes.extend_from_slice(ENTRY_SEPARATOR);
    push_key(bytes, id);
    bytes.extend_from_slice(OMITS);
}

/// Appends document `id`'s key in a claim's verdicts: `        "<id>": `.
fn push_key(bytes: &mut Vec<u8>, id: &str) {
    bytes.extend_from_slice(b"        ");
    // A string always serializes.
    let _ = serde_json::to_writer(&mut *bytes, id);
    bytes.extend_from_slice(b": ");
}

/// Document `id`'s key in a claim's verdicts, as `OmitsEntries::key` gives it.
fn entry_key(id: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(id.len() + 12);
    push_key(&mut key, id);
    key
}

/// Appends `document` as an element of the report's `documents`, with the comma before it:
/// as serde_json's pretty printer lays out the array one level deep (the first element's
/// comma is dropped).
fn push_listed(bytes: &mut Vec<u8>, document: &DocumentInfo) {
    bytes.extend_from_slice(b",\n    ");
    // A document always serializes.
    let _ = value(bytes, document, 2);
}

impl OmitsEntries {
    /// The entries of `documents`, the first of which is document `first`.
    fn new(documents: &[DocumentInfo], first: usize) -> OmitsEntries {
        // Sized up front (ids escape to their length, but for a quote or backslash): grown
        // by doubling, the bytes took up to twice their size, 100 bytes a document.
        let each = ENTRY_SEPARATOR.len() + b"        \"\": ".len() + OMITS.len();
        let ids: usize = documents.iter().map(|document| document.id().len()).sum();
        let mut bytes = Vec::with_capacity(ids + each * documents.len());
        let mut starts = Vec::with_capacity(documents.len() + 1);
        for document in documents {
            starts.push(bytes.len());
            push_entry(&mut bytes, document.id());
        }
        starts.push(bytes.len());
        bytes.shrink_to_fit();
        OmitsEntries {
            first,
            bytes,
            starts,
        }
    }

    /// The entries of documents `range`, the first without its comma if it is the first
    /// document's.
    fn run(&self, range: std::ops::Range<usize>) -> &[u8] {
        if range.is_empty() {
            return &[];
        }
        // The first entry of an object starts with a newline alone.
        let start = self.starts[range.start - self.first] + usize::from(range.start == 0);
        &self.bytes[start..self.starts[range.end - self.first]]
    }

    /// Document `i`'s key, `        "<id>": `.
    fn key(&self, i: usize) -> &[u8] {
        let i = i - self.first;
        OmitsEntries::key_of(&self.bytes[self.starts[i]..self.starts[i + 1]]).unwrap_or_default()
    }

    /// The key of one entry (`push_entry`), if it is one.
    fn key_of(entry: &[u8]) -> Option<&[u8]> {
        entry.strip_prefix(ENTRY_SEPARATOR)?.strip_suffix(OMITS)
    }
}

/// Writes `value` as serde_json's pretty printer would at `level` levels of indentation,
/// but for what is `LINE_LEVEL` deep or deeper, on one line.
fn value<W: Write, T: Serialize + ?Sized>(out: &mut W, value: &T, level: usize) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, Indented::at(level));
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// serde_json's `PrettyFormatter` (two spaces), starting at a given depth, that puts an
/// array or object `LINE_LEVEL` deep or deeper on one line, with a space after each `:`
/// and `,`.
struct Indented {
    level: usize,
    has_value: bool,
}

impl Indented {
    fn at(level: usize) -> Indented {
        Indented {
            level,
            has_value: false,
        }
    }

    fn indent<W: ?Sized + Write>(&self, out: &mut W) -> io::Result<()> {
        const SPACES: &[u8; 32] = b"                                ";
        let mut left = 2 * self.level;
        while left > 0 {
            let now = left.min(SPACES.len());
            out.write_all(&SPACES[..now])?;
            left -= now;
        }
        Ok(())
    }

    /// `[` or `{`: one level deeper.
    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    /// `]` or `}`, on a line of its own unless the array or object is empty or on one line.
    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        let one_line = self.level >= LINE_LEVEL;
        self.level -= 1;
        if self.has_value && !one_line {
            out.write_all(b"\n")?;
            self.indent(out)?;
        }
        out.write_all(bracket)
    }

    /// The start of an element or a key: a new line, after a comma unless it is the first
    /// (on one line, a space after the comma).
    fn next<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        if self.level >= LINE_LEVEL {
            return out.write_all(if first { b"" } else { b", " });
        }
        out.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(out)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.next(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.next(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[derive(Serialize)]
struct DocumentVerdictView<'a> {
    verdict: Verdict,
    /// The verdict the claim pins for this document (`expect.documents`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    expected: Option<Verdict>,
    evidence: &'a [Arc<Evidence>],
}

/// `{"kind": "supported|contradicted|custom", "supports": ">= 1", "contradicts": "0",
/// "documents": {"<id>": "<verdict>"}}`, the optional parts only when set: enough for
/// `factcheck merge` to decide the expectation again.
#[derive(Serialize)]
struct ExpectView<'a> {
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

/// The same document serialized whole, through serde_json and the formatter (`Indented`):
/// the reference that the hand-laid-out writer above must match byte for byte.
#[cfg(test)]
mod reference {
    use super::*;
    use crate::report::{DocumentInfo, Shard, Summary};
    use serde::ser::SerializeSeq;

    pub fn render(report: &Report) -> String {
        let view = ReportView {
            documents: &report.documents,
            claims: ClaimsView(report),
            warnings: &report.warnings,
            summary: report.summary,
            shard: report.shard,
            claims_digest: report.claims_digest.as_deref(),
            documents_digest: report.documents_digest.as_deref(),
        };
        let mut out = Vec::new();
        let _ = value(&mut out, &view, 0);
        out.push(b'\n');
        String::from_utf8(out).unwrap_or_default()
    }

    #[derive(Serialize)]
    struct ReportView<'a> {
        documents: &'a [DocumentInfo],
        claims: ClaimsView<'a>,
        warnings: &'a [String],
        summary: Summary,
        #[serde(skip_serializing_if = "Option::is_none")]
        shard: Option<Shard>,
        #[serde(skip_serializing_if = "Option::is_none")]
        claims_digest: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        documents_digest: Option<&'a str>,
    }

    struct ClaimsView<'a>(&'a Report);

    impl Serialize for ClaimsView<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut seq = serializer.serialize_seq(Some(self.0.claims.len()))?;
            for claim in &self.0.claims {
                seq.serialize_element(&ClaimView {
                    id: &claim.id,
                    claim: &claim.claim,
                    tags: &claim.tags,
                    line: claim.line,
                    passed: claim.passed,
                    failures: &claim.failures,
                    expect: ExpectView::new(&claim.expect),
                    verdicts: VerdictsView(&self.0.documents, claim),
                    note: claim.note.as_deref(),
                })?;
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

    /// The verdict `claim` pins for `document`, if it pins one.
    fn expected_for(claim: &ClaimReport, document: &str) -> Option<Verdict> {
        claim
            .expect
            .documents
            .iter()
            .find(|(id, _)| id == document)
            .map(|(_, verdict)| *verdict)
    }

    struct VerdictsView<'a>(&'a [DocumentInfo], &'a ClaimReport);

    impl Serialize for VerdictsView<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(Some(self.1.verdicts.len()))?;
            for (document, verdict) in self.0.iter().zip(self.1.verdicts.iter()) {
                let view = DocumentVerdictView {
                    verdict: verdict.verdict,
                    expected: expected_for(self.1, document.id()),
                    evidence: verdict.evidence,
                };
                map.serialize_entry(&document.id(), &view)?;
            }
            map.end()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::engine::Checker;

    fn same_as_serde_json(report: &Report) {
        let written = render(report);
        let reference = reference::render(report);
        if written != reference {
            let line = written
                .lines()
                .zip(reference.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "differs at line {line}:\n{}\n---\n{}",
                written.lines().nth(line).unwrap_or(""),
                reference.lines().nth(line).unwrap_or("")
            );
        }
    }

    /// Above `LINE_LEVEL` the formatter is serde_json's pretty printer; from it on, a value
    /// is on one line, with a space after each `:` and `,` outside strings.
    #[test]
    fn the_formatter_is_serde_jsons_pretty_one_but_for_deep_values() {
        let deep = serde_json::json!({"a": [1, {"b": [2, 3], "c": {}, "e": []}], "d": "x,y: z\n"});
        let laid = |level: usize| {
            let mut out = Vec::new();
            let _ = value(&mut out, &deep, level);
            String::from_utf8(out).unwrap_or_default()
        };
        let one_line = r#"{"a": [1, {"b": [2, 3], "c": {}, "e": []}], "d": "x,y: z\n"}"#;
        assert_eq!(laid(LINE_LEVEL - 1), one_line);
        assert_eq!(laid(LINE_LEVEL + 2), one_line);
        let pretty = serde_json::to_string_pretty(&deep).unwrap_or_default();
        assert_eq!(laid(0), pretty);
        // One level above: the outer object is pretty, its values on one line.
        assert_eq!(
            laid(LINE_LEVEL - 2),
            "{\n        \"a\": [1, {\"b\": [2, 3], \"c\": {}, \"e\": []}],\n        \"d\": \"x,y: z\\n\"\n      }"
        );
    }

    #[test]
    fn the_writer_lays_out_what_serde_json_lays_out() {
        let yaml = "claims:\n  - id: pact\n    claim: The pact includes mutual assistance.\n    tags: [treaty]\n    support: ['mutual assistance']\n    note: A note.\n  - id: none\n    claim: Nothing.\n    support: ['never written']\n    expect: {supports: 0, documents: {b: omits}}\n";
        let Ok((checker, _)) = Checker::from_yaml("claims.yaml", yaml) else {
            panic!("claims load")
        };
        let report = checker.check_texts([
            ("a", "The treaty provides for mutual assistance."),
            ("b \"quoted\"", "Nothing here."),
        ]);
        same_as_serde_json(&report);
        assert!(render(&report).contains(std::str::from_utf8(OMITS).unwrap_or("")));
        same_as_serde_json(&checker.check_texts([]));
    }

    /// The report of `texts`, after checking that it is written the same ways: with its
    /// evidence, whole and in segments of a few documents, and with evidence spilled as
    /// `texts` are checked in the order given, whole and in segments, by a spill that keeps
    /// its cells in memory to the end and by one that writes them out every few bytes.
    /// An output that takes a few bytes per write, of the first slices of a vectored one,
    /// and is interrupted every other call, as a pipe or a signal may make any output.
    #[derive(Default)]
    struct Trickle {
        bytes: Vec<u8>,
        calls: usize,
    }

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.write_vectored(&[io::IoSlice::new(buf)])
        }

        fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
            self.calls += 1;
            if self.calls % 2 == 0 {
                return Err(io::ErrorKind::Interrupted.into());
            }
            let mut room = 1 + self.calls % 13;
            let mut written = 0;
            for buf in bufs {
                let take = buf.len().min(room);
                self.bytes.extend_from_slice(&buf[..take]);
                written += take;
                room -= take;
                if room == 0 {
                    break;
                }
            }
            Ok(written)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// The report of `texts` checked one by one into `builder`, each document's evidence
    /// spilled to `spill` and dropped from the report.
    fn spilled_report(
        checker: &Checker,
        mut builder: crate::engine::ReportBuilder<'_>,
        texts: &[(String, String)],
        spill: &mut EvidenceSpill,
    ) -> Report {
        for (id, text) in texts {
            let info = crate::report::DocumentInfo::new(id, checker.label(id), id);
            let mut result = checker.check_document(info, &crate::document::Text::plain(text));
            if let Err(error) = spill.add(DocumentEvidence::of(&result)) {
                panic!("spilling: {error}");
            }
            result.evidence.clear();
            builder.add(result);
        }
        builder.finish(Vec::new())
    }

    /// A spill that keeps its cells and documents in memory to the end, and one that writes
    /// them out every few bytes and reads each segment's entries back from the store.
    fn two_spills(claims: usize) -> [(EvidenceSpill, &'static str); 2] {
        [
            (EvidenceSpill::new(Box::new(Vec::new()), claims), "one run"),
            (
                EvidenceSpill::tiny_runs(Box::new(Vec::new()), claims),
                "tiny runs",
            ),
        ]
    }

    /// `report` written from `spill`, whole and in segments of seven documents.
    fn written_from(report: &Report, spill: &mut EvidenceSpill) -> [String; 2] {
        let mut whole = Vec::new();
        if let Err(error) = write_spilled(report, spill, &mut whole) {
            panic!("writing: {error}");
        }
        let mut segmented = Vec::new();
        if let Err(error) = write_with(report, Some(spill), 7, &mut segmented) {
            panic!("writing in segments: {error}");
        }
        [whole, segmented].map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The report of `texts`, after checking that it is written the same ways: with its
    /// evidence, whole and in segments of a few documents; with evidence spilled as `texts`
    /// are checked in the order given, whole and in segments, by `two_spills`; and folded
    /// to counts (`Report::folded`), its documents and verdicts written from the spill,
    /// checked in id order as a project checks them.
    fn written_the_same_four_ways(checker: &Checker, texts: &[(String, String)]) -> String {
        let report = checker.check_texts(texts.iter().map(|(id, t)| (id.as_str(), t.as_str())));
        let whole = render(&report);
        let mut segmented = Vec::new();
        let _ = write_with(&report, None, 7, &mut segmented);
        assert_eq!(String::from_utf8_lossy(&segmented), whole, "in segments");
        let mut trickled = Trickle::default();
        if let Err(error) = write_with(&report, None, 7, &mut trickled) {
            panic!("writing a few bytes at a time: {error}");
        }
        assert_eq!(
            String::from_utf8_lossy(&trickled.bytes),
            whole,
            "a few bytes at a time"
        );
        let claims = report.claims.len();
        for (mut spill, how) in two_spills(claims) {
            let without_evidence =
                spilled_report(checker, checker.report_builder(), texts, &mut spill);
            let [spilled, spilled_segmented] = written_from(&without_evidence, &mut spill);
            assert_eq!(spilled, whole, "spilled, {how}");
            assert_eq!(spilled_segmented, whole, "spilled, in segments, {how}");
        }
        let mut in_order = texts.to_vec();
        in_order.sort();
        for (mut spill, how) in two_spills(claims) {
            let builder = checker.report_builder().fold_from(0);
            let folded = spilled_report(checker, builder, &in_order, &mut spill);
            assert_eq!(folded.folded, Some(texts.len()));
            assert!(folded.documents.is_empty(), "folded: no documents");
            let [spilled, spilled_segmented] = written_from(&folded, &mut spill);
            assert_eq!(spilled, whole, "folded, {how}");
            assert_eq!(spilled_segmented, whole, "folded, in segments, {how}");
        }
        whole
    }

    /// JUnit's failure details of a run whose evidence was spilled are explanations of
    /// excerpts read back from the spill (`SpilledClaims::excerpt`): each reads as the
    /// explanation of the claim in the report that kept everything, whether the report is
    /// folded to counts or not, and with documents left out of the excerpt.
    #[test]
    fn an_excerpt_of_a_spilled_claim_explains_it_as_the_whole_report() {
        use crate::render::explain::{render_failure, Unlisted};
        let corpus = Corpus::new(400, 24);
        let Ok((checker, _)) = Checker::from_yaml("claims.yaml", &corpus.claims_yaml()) else {
            panic!("claims load")
        };
        let mut texts = corpus.texts();
        texts.sort();
        let whole = checker.check_texts(texts.iter().map(|(id, t)| (id.as_str(), t.as_str())));
        let style = crate::render::Style {
            color: false,
            width: 100,
        };
        let mut left_out = Unlisted::default();
        for fold_from in [usize::MAX, 0] {
            for (mut spill, how) in two_spills(whole.claims.len()) {
                let builder = checker.report_builder().fold_from(fold_from);
                let report = spilled_report(&checker, builder, &texts, &mut spill);
                let claims = spill.claims_of(&report).unwrap_or_else(|e| panic!("{e}"));
                for (i, claim) in whole.claims.iter().enumerate() {
                    let (excerpt, excerpt_claim, unlisted) =
                        claims.excerpt(&report, i).unwrap_or_else(|e| panic!("{e}"));
                    assert_eq!(
                        render_failure(&excerpt, &excerpt_claim, unlisted, style),
                        render_failure(&whole, claim, Unlisted::default(), style),
                        "{}, {how}, folded from {fold_from}",
                        claim.id
                    );
                    left_out.plain = left_out.plain.max(unlisted.plain);
                    for (most, now) in left_out.by_verdict.iter_mut().zip(unlisted.by_verdict) {
                        *most = (*most).max(now);
                    }
                }
            }
        }
        assert!(
            left_out.plain > 0,
            "an excerpt left out documents that omit"
        );
        assert!(
            left_out.by_verdict[0] > 0,
            "an excerpt left out supporting documents: {left_out:?}"
        );
    }

    /// A report folded to counts lists no documents: written without its spill, or from a
    /// spill of documents out of id order, it is refused rather than written wrong.
    #[test]
    fn a_folded_report_is_written_only_from_a_spill_of_its_documents_in_order() {
        let Ok((checker, _)) = Checker::from_yaml(
            "claims.yaml",
            "claims:\n  - id: a\n    claim: A.\n    support: ['a']\n",
        ) else {
            panic!("claims load")
        };
        let texts: Vec<(String, String)> = [("y", "a"), ("x", "b")]
            .iter()
            .map(|(id, text)| (id.to_string(), text.to_string()))
            .collect();
        let mut spill = EvidenceSpill::new(Box::new(Vec::new()), 1);
        let builder = checker.report_builder().fold_from(0);
        let folded = spilled_report(&checker, builder, &texts, &mut spill);
        let without_spill = write(&folded, Vec::new()).err();
        assert!(
            without_spill.is_some_and(|e| e.to_string().contains("write it from its spill")),
            "no documents to list"
        );
        let out_of_order = write_spilled(&folded, &mut spill, Vec::new()).err();
        assert!(
            out_of_order.is_some_and(|e| e.to_string().contains("in id order")),
            "documents out of id order"
        );
        let mut other = EvidenceSpill::new(Box::new(Vec::new()), 1);
        let fewer = spilled_report(&checker, checker.report_builder(), &texts[..1], &mut other);
        assert_eq!(fewer.documents.len(), 1);
        let of_other_documents = write_spilled(&folded, &mut other, Vec::new()).err();
        assert!(
            of_other_documents.is_some_and(|e| e.to_string().contains("other documents")),
            "a spill of one document for a report of two"
        );
    }

    #[test]
    fn spilled_evidence_follows_documents_checked_out_of_order() {
        let yaml = "claims:\n  - id: pact\n    claim: The pact includes mutual assistance.\n    support: ['mutual assistance']\n    contradict: ['no mutual assistance']\n    expect: {documents: {b: omits, j: omits}}\n  - id: same\n    claim: The same words.\n    support: ['mutual assistance']\n";
        let Ok((checker, _)) = Checker::from_yaml("claims.yaml", yaml) else {
            panic!("claims load")
        };
        // Ten documents, so that the one pinned to omit the claim (j) is in the second
        // segment of seven.
        let mut texts: Vec<(String, String)> = [
            ("c", "Mutual assistance, and no mutual assistance."),
            ("a", "The treaty provides for mutual assistance."),
            ("b", "Nothing here."),
        ]
        .iter()
        .map(|(id, text)| (id.to_string(), text.to_string()))
        .collect();
        for id in ["j", "d", "e", "f", "g", "h", "i"] {
            texts.push((id.to_string(), "Nothing here either.".to_string()));
        }
        let whole = written_the_same_four_ways(&checker, &texts);
        assert!(
            whole.find("\"a\"") < whole.find("\"c\""),
            "documents sorted"
        );
        assert!(
            whole.contains("\"j\": {\"verdict\": \"omits\", \"expected\""),
            "the pinned document has its entry"
        );
    }

    #[test]
    fn a_spill_refuses_a_report_of_other_documents() {
        let Ok((checker, _)) = Checker::from_yaml(
            "claims.yaml",
            "claims:\n  - id: a\n    claim: A.\n    support: ['a']\n",
        ) else {
            panic!("claims load")
        };
        let report = checker.check_texts([("x", "a")]);
        let mut spill = EvidenceSpill::new(Box::new(Vec::new()), 1);
        let error = write_spilled(&report, &mut spill, Vec::new()).err();
        assert!(
            error.is_some_and(|e| e.to_string().contains("other documents")),
            "a spill of no documents cannot write a report of one"
        );
    }

    #[test]
    fn the_writer_lays_out_a_generated_corpus_as_serde_json_does() {
        let corpus = Corpus::new(60, 40);
        let Ok((checker, _)) = Checker::from_yaml("claims.yaml", &corpus.claims_yaml()) else {
            panic!("claims load")
        };
        let texts = corpus.texts();
        let report = checker.check_texts(texts.iter().map(|(id, t)| (id.as_str(), t.as_str())));
        same_as_serde_json(&report);
        // And the same in segments and from spilled evidence.
        let whole = written_the_same_four_ways(&checker, &texts);
        assert!(
            whole.contains("\"evidence\": [{"),
            "the corpus has evidence"
        );
    }
}
