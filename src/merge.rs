//! Combining the JSON reports of shards (`check --shard K/N --format json`) into the report
//! of one unsharded run: documents joined in id order, each claim's expectation decided
//! again over all of them.
//!
//! This module owns reading a JSON report back. It takes the reports' texts and returns a
//! `Report`; reading the files and printing happen at the edge (`src/main.rs`).

use crate::claims::{ExpectKind, Expectation};
use crate::diagnostic::Diagnostic;
use crate::numbers::Constraint;
use crate::render::json::EvidenceSpill;
use crate::report::{
    ClaimReport, DocumentInfo, DocumentVerdict, Evidence, Report, Shard, Verdicts,
};
use crate::verdict::Verdict;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, BufRead};
use std::sync::Arc;

/// Merges shard reports one at a time, each read as it is parsed (`add_reader`) and kept as
/// compactly as a report (see `report::Verdicts`). Every report must come from the same
/// claims (same ids, same expectations, in the same order), and no document may be in two
/// of them.
#[derive(Debug, Default)]
pub struct Merger {
    /// The first report's name and claims, which every other report must match.
    first: Option<(String, Vec<ClaimHead>)>,
    documents: Vec<DocumentInfo>,
    /// Which report each document came from, by id, to name both in an error.
    owners: HashMap<String, String>,
    /// One per claim, documents in the order added.
    verdicts: Vec<Verdicts>,
    warnings: Vec<String>,
    /// Each report's name and the shard it says it checked (`None`: a whole run, or a
    /// report written before reports named their shard).
    shards: Vec<(String, Option<Shard>)>,
    /// The first report's claims file digest, which every other report must match.
    claims_digest: Option<String>,
    /// The first report's digest of the run's document ids, which every other report must
    /// match.
    documents_digest: Option<String>,
    /// Where the evidence read goes.
    evidence: KeptEvidence,
}

/// Where a merge keeps the evidence it reads.
#[derive(Debug, Default)]
enum KeptEvidence {
    /// In the merged report, as `check` keeps it (JSON Lines needs it there).
    #[default]
    InReport,
    /// Nowhere: the report's verdicts are the same without it (the table, Markdown).
    Dropped,
    /// Laid out in a spill, as `check` does for JSON and JUnit, so that memory does not
    /// grow with the evidence of the whole run (boxed: a spill is some 260 bytes).
    Spilled(Box<EvidenceSpill>),
}

/// What a claim is, apart from its verdicts.
#[derive(Debug, PartialEq)]
struct ClaimHead {
    id: String,
    claim: String,
    tags: Vec<String>,
    line: usize,
    note: Option<String>,
    expect: JsonExpect,
}

impl Merger {
    /// Drops the evidence of the reports merged from now on: the verdicts are the same.
    pub fn drop_evidence(&mut self) {
        self.evidence = KeptEvidence::Dropped;
    }

    /// Keeps the evidence of the reports merged from now on in `spill` (an empty one), out
    /// of the report; `finish_spilled` gives it back to write the report with.
    pub fn spill_evidence(&mut self, spill: EvidenceSpill) {
        self.evidence = KeptEvidence::Spilled(Box::new(spill));
    }

    /// Adds one shard's JSON report, `name` being how messages call it.
    pub fn add(&mut self, name: &str, text: &str) -> Result<(), Vec<Diagnostic>> {
        let mut parser = serde_json::Deserializer::from_str(text);
        let report = self
            .reading()
            .deserialize(&mut parser)
            .and_then(|report| parser.end().map(|()| report))
            .map_err(|error| not_a_report(name, text.as_bytes(), &error))?;
        self.add_report(name, report)
    }

    /// `add`, reading the report from `reader` as it is parsed: a shard's JSON can be
    /// gigabytes, and neither its text nor a map per claim is held, only its verdicts as a
    /// report keeps them (a shard of 5,000 documents x 1,000 claims, 620 MB of JSON, took
    /// 1.4 GB read as text into maps).
    pub fn add_reader(&mut self, name: &str, reader: impl io::Read) -> Result<(), Vec<Diagnostic>> {
        let mut reader = io::BufReader::with_capacity(1 << 16, reader);
        let start = reader.fill_buf().map(<[u8]>::to_vec).unwrap_or_default();
        let mut parser = serde_json::Deserializer::from_reader(reader);
        let report = self
            .reading()
            .deserialize(&mut parser)
            .and_then(|report| parser.end().map(|()| report))
            .map_err(|error| not_a_report(name, &start, &error))?;
        self.add_report(name, report)
    }

    /// How the next report is read: where its evidence goes.
    fn reading(&mut self) -> Reading<'_> {
        Reading {
            index: HashMap::new(),
            shared: HashMap::new(),
            evidence: &mut self.evidence,
            first_spilled: 0,
        }
    }

    fn add_report(&mut self, name: &str, report: ShardReport) -> Result<(), Vec<Diagnostic>> {
        let (heads, claim_verdicts): (Vec<ClaimHead>, Vec<Verdicts>) = report
            .claims
            .into_iter()
            .map(|claim| (claim.head, claim.verdicts))
            .unzip();
        match &self.first {
            None => {
                self.verdicts = vec![Verdicts::default(); heads.len()];
                self.first = Some((name.to_string(), heads));
            }
            Some((first, first_heads)) if *first_heads != heads => {
                return Err(vec![Diagnostic::error(
                    "different-claims",
                    format!("{name} does not check the same claims as {first}"),
                )
                .hint(
                    "merge the shards of one run: the same claims file, --claim and --tag",
                )]);
            }
            Some(_) => {}
        }
        // The first report's digests are the ones every other report must match.
        let first_report = self.shards.is_empty();
        let first_name = self.first.as_ref().map_or("", |(n, _)| n.as_str());
        same_digest(
            &mut self.claims_digest,
            &report.claims_digest,
            first_report,
            || {
                Diagnostic::error(
                "different-claims",
                format!("{name} was checked with another claims file than {first_name} (its claims_digest differs)"),
            )
            .hint("merge the shards of one run: the same claims file, --claim and --tag (a report from another commit will not do)")
            },
        )?;
        same_digest(
            &mut self.documents_digest,
            &report.documents_digest,
            first_report,
            || {
                Diagnostic::error(
                "different-documents",
                format!("{name} was checked over other documents than {first_name} (its documents_digest differs)"),
            )
            .hint("merge the shards of one run: every shard over the same sources folder (the same checkout and --sources)")
            },
        )?;
        // A shard given twice or from another run is named as such, not as the documents
        // it shares with another report.
        self.shards.push((name.to_string(), report.shard));
        every_shard_once(&self.shards, false)?;
        let duplicates: Vec<&DocumentInfo> = report
            .documents
            .iter()
            .filter(|d| self.owners.contains_key(d.id()))
            .collect();
        if let Some(document) = duplicates.first() {
            let other = self.owners.get(document.id()).map_or("", String::as_str);
            let more = match duplicates.len() {
                1 => String::new(),
                n => format!(" (and {} more documents)", n - 1),
            };
            return Err(vec![Diagnostic::error(
                "duplicate-document",
                format!(
                    "document `{}` is in both {other} and {name}{more}",
                    document.id()
                ),
            )
            .hint("each shard K/N of one run holds different documents")]);
        }
        for (merged, shard) in self.verdicts.iter_mut().zip(claim_verdicts) {
            merged.append(&shard);
        }
        for document in report.documents {
            self.owners
                .insert(document.id().to_string(), name.to_string());
            self.documents.push(document);
        }
        self.warnings.extend(report.warnings);
        Ok(())
    }

    /// The merged report: documents in id order, expectations decided over all of them.
    pub fn finish(self) -> Result<Report, Vec<Diagnostic>> {
        self.finish_spilled().map(|(report, _)| report)
    }

    /// `finish`, with the spill the evidence went to if `spill_evidence` was called (the
    /// report then has none of its own: write it with `json::write_spilled`).
    pub fn finish_spilled(self) -> Result<(Report, Option<EvidenceSpill>), Vec<Diagnostic>> {
        let Merger {
            first,
            mut documents,
            mut verdicts,
            mut warnings,
            shards,
            evidence,
            ..
        } = self;
        let mut spill = match evidence {
            KeptEvidence::Spilled(spill) => Some(*spill),
            _ => None,
        };
        let Some((first_name, heads)) = first else {
            return Err(vec![Diagnostic::error("no-reports", "no reports to merge")]);
        };
        every_shard_once(&shards, true)?;
        documents = crate::report::sort_documents(documents, &mut verdicts);
        if let Some(spill) = &mut spill {
            spill
                .put_in_order(documents.iter().map(|d| d.id()))
                .map_err(|error| {
                    vec![Diagnostic::error(
                        "output",
                        format!("cannot keep the report's evidence in a temporary file: {error}"),
                    )]
                })?;
        }
        let mut claims = Vec::with_capacity(heads.len());
        for (head, verdicts) in heads.into_iter().zip(verdicts) {
            let expect = head.expect.to_expectation().map_err(|message| {
                vec![Diagnostic::error(
                    "bad-report",
                    format!("{first_name}: claim `{}`: {message}", head.id),
                )]
            })?;
            let failures = verdicts.unmet(&expect, &documents);
            claims.push(ClaimReport {
                id: head.id,
                claim: head.claim,
                tags: head.tags,
                line: head.line,
                passed: failures.is_empty(),
                failures,
                expect,
                verdicts,
                note: head.note,
            });
        }
        warnings.sort();
        warnings.dedup();
        let report = Report {
            documents,
            summary: Report::summarize(&claims),
            claims,
            warnings,
            shard: None,
            // A whole run's report carries none.
            claims_digest: None,
            documents_digest: None,
            folded: None,
        };
        Ok((report, spill))
    }
}

/// Checks a report's digest (`this`) against the one kept from the first report, keeping
/// it when the report is the first; a report without one (a whole run's, or one written
/// before reports carried it) is not compared.
fn same_digest(
    kept: &mut Option<String>,
    this: &Option<String>,
    first_report: bool,
    differs: impl FnOnce() -> Diagnostic,
) -> Result<(), Vec<Diagnostic>> {
    match (&*kept, this) {
        (Some(first), Some(this)) if first != this => Err(vec![differs()]),
        (None, Some(this)) if first_report => {
            *kept = Some(this.clone());
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Shard reports merge only when every shard K/N of one N is there exactly once: without
/// one, its documents would be missing, and a claim supported only there would fail (or
/// one expected to be absent would pass) with nothing to say why. Reports that name no
/// shard (whole runs, or reports from before reports named theirs) merge as given.
/// `complete`: every report is in, so a shard not given is missing.
fn every_shard_once(
    shards: &[(String, Option<Shard>)],
    complete: bool,
) -> Result<(), Vec<Diagnostic>> {
    let named: Vec<(&str, Shard)> = shards
        .iter()
        .filter_map(|(name, shard)| shard.map(|shard| (name.as_str(), shard)))
        .collect();
    let Some(&(first_name, first)) = named.first() else {
        return Ok(());
    };
    let error = |code: &'static str, message: String, hint: &'static str| {
        Err(vec![Diagnostic::error(code, message).hint(hint)])
    };
    if let Some((name, _)) = shards.iter().find(|(_, shard)| shard.is_none()) {
        return error(
            "mixed-reports",
            format!(
                "{name} is not a shard's report, but {first_name} is shard {}/{}",
                first.index, first.count
            ),
            "merge the reports of `check --shard K/N --format json` for one N, and nothing else",
        );
    }
    if let Some(&(name, shard)) = named.iter().find(|(_, s)| s.count != first.count) {
        return error(
            "different-shards",
            format!(
                "{name} is shard {}/{} but {first_name} is shard {}/{}",
                shard.index, shard.count, first.index, first.count
            ),
            "merge the shards of one run: every report from `--shard K/N` with the same N",
        );
    }
    for (i, &(name, shard)) in named.iter().enumerate() {
        if let Some((other, _)) = named[..i].iter().find(|(_, s)| s.index == shard.index) {
            return error(
                "duplicate-shard",
                format!(
                    "shard {}/{} is given twice: {other} and {name}",
                    shard.index, shard.count
                ),
                "give each shard's report once",
            );
        }
    }
    if !complete {
        return Ok(());
    }
    let missing: Vec<String> = (1..=first.count)
        .filter(|k| named.iter().all(|(_, s)| s.index != *k))
        .map(|k| format!("{k}/{}", first.count))
        .collect();
    if !missing.is_empty() {
        let (noun, list) = match missing.len() {
            1 => ("shard", missing[0].clone()),
            _ => ("shards", missing.join(", ")),
        };
        return error(
            "missing-shard",
            format!(
                "{noun} {list} missing: without {} documents, the merged verdicts and \
                 expectations would not be those of the whole run",
                if missing.len() == 1 { "its" } else { "their" }
            ),
            "merge every shard's report, 1/N to N/N (a shard with no documents still writes one)",
        );
    }
    Ok(())
}

/// The error for a report merge cannot read, `start` being its first bytes.
fn not_a_report(name: &str, start: &[u8], error: &serde_json::Error) -> Vec<Diagnostic> {
    // JSON Lines is the other report a shard can write, and the likeliest mix-up.
    let lines = String::from_utf8_lossy(start)
        .trim_start()
        .starts_with("{\"document\"");
    if lines {
        return vec![Diagnostic::error(
            "bad-report",
            format!("{name} is a JSON Lines report, not a JSON report"),
        )
        .hint("merge reads what `factcheck check --shard K/N --format json` writes (for JSON Lines out of merge, use `merge --format jsonl`)")];
    }
    let problem = Diagnostic::error(
        "bad-report",
        format!("{name} is not a factcheck JSON report: {error}"),
    );
    if error.is_eof() {
        // A job that failed or timed out while writing, or an upload cut short.
        return vec![problem.hint(
            "the report stops in the middle: write it again (its job may have failed or run out of time while writing it)",
        )];
    }
    vec![problem.hint("merge reads what `factcheck check --shard K/N --format json` writes")]
}

/// A JSON report as `render::json` writes it, read in one pass: each claim's verdicts go
/// straight into `Verdicts`, in the order of the report's `documents` (which come first);
/// fields merge does not need are skipped.
struct ShardReport {
    documents: Vec<DocumentInfo>,
    claims: Vec<ShardClaim>,
    warnings: Vec<String>,
    shard: Option<Shard>,
    claims_digest: Option<String>,
    documents_digest: Option<String>,
}

struct ShardClaim {
    head: ClaimHead,
    verdicts: Verdicts,
}

impl<'de> DeserializeSeed<'de> for Reading<'_> {
    type Value = ShardReport;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<ShardReport, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Reading<'_> {
    type Value = ShardReport;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a factcheck JSON report")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ShardReport, A::Error> {
        let mut documents: Option<Vec<DocumentInfo>> = None;
        let mut reading = self;
        let mut claims = None;
        let mut warnings = Vec::new();
        let mut shard = None;
        let mut claims_digest = None;
        let mut documents_digest = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "documents" => {
                    let list: Vec<DocumentInfo> = map.next_value()?;
                    reading.index = list
                        .iter()
                        .enumerate()
                        .map(|(i, d)| (d.id().to_string(), u32::try_from(i).unwrap_or(u32::MAX)))
                        .collect();
                    if let KeptEvidence::Spilled(spill) = reading.evidence {
                        reading.first_spilled = spill.add_documents(&list).map_err(|error| {
                            de::Error::custom(format!(
                                "cannot keep the documents in a temporary file: {error}"
                            ))
                        })?;
                    }
                    documents = Some(list);
                }
                "claims" => {
                    if documents.is_none() {
                        return Err(de::Error::custom("`documents` must come before `claims`"));
                    }
                    claims = Some(map.next_value_seed(ClaimsSeed {
                        reading: &mut reading,
                    })?);
                }
                "warnings" => warnings = map.next_value()?,
                "shard" => shard = map.next_value()?,
                "claims_digest" => claims_digest = map.next_value()?,
                "documents_digest" => documents_digest = map.next_value()?,
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        Ok(ShardReport {
            documents: documents.ok_or_else(|| de::Error::missing_field("documents"))?,
            claims: claims.ok_or_else(|| de::Error::missing_field("claims"))?,
            warnings,
            shard,
            claims_digest,
            documents_digest,
        })
    }
}

/// What reading a report's claims needs to know and keeps: where each document id stands in
/// `documents`, where the evidence goes, and the evidence kept in the report so far by
/// document and place, so that a piece several claims quote (the same pattern) is kept
/// once, as `check` keeps it.
struct Reading<'m> {
    index: HashMap<String, u32>,
    shared: HashMap<(u32, usize, usize), Vec<Arc<Evidence>>>,
    evidence: &'m mut KeptEvidence,
    /// The spill's index of the report's first document.
    first_spilled: u32,
}

impl Reading<'_> {
    /// Document `at`'s evidence `pieces` for claim `claim`, where it is to be kept: what
    /// the report keeps of it.
    fn keep(
        &mut self,
        claim: usize,
        at: u32,
        verdict: Verdict,
        pieces: Vec<Arc<Evidence>>,
    ) -> io::Result<Vec<Arc<Evidence>>> {
        match &mut *self.evidence {
            KeptEvidence::InReport => Ok(pieces
                .into_iter()
                .map(|piece| self.share(at, piece))
                .collect()),
            KeptEvidence::Dropped => Ok(Vec::new()),
            // A cell for every document that does not simply omit the claim, as `check`
            // spills them: JUnit's failure details read the verdicts back from them.
            KeptEvidence::Spilled(spill) if !pieces.is_empty() || verdict != Verdict::Omits => {
                let spilled = pieces
                    .iter()
                    .map(|piece| spill.add_piece(piece))
                    .collect::<io::Result<Vec<crate::render::json::PieceAt>>>()?;
                spill.add_cell(claim, self.first_spilled + at, verdict, &spilled)?;
                Ok(Vec::new())
            }
            KeptEvidence::Spilled(_) => Ok(Vec::new()),
        }
    }

    /// `piece` of document `at`, or the same piece already read for another claim.
    fn share(&mut self, at: u32, piece: Arc<Evidence>) -> Arc<Evidence> {
        let kept = self.shared.entry((at, piece.start, piece.end)).or_default();
        match kept.iter().find(|k| ***k == *piece) {
            Some(same) => Arc::clone(same),
            None => {
                kept.push(Arc::clone(&piece));
                piece
            }
        }
    }
}

/// The `claims` array.
struct ClaimsSeed<'r, 'm> {
    reading: &'r mut Reading<'m>,
}

impl<'de> DeserializeSeed<'de> for ClaimsSeed<'_, '_> {
    type Value = Vec<ShardClaim>;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ClaimsSeed<'_, '_> {
    type Value = Vec<ShardClaim>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list of claims")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut claims = Vec::new();
        while let Some(claim) = seq.next_element_seed(ClaimSeed {
            reading: &mut *self.reading,
            index: claims.len(),
        })? {
            claims.push(claim);
        }
        Ok(claims)
    }
}

struct ClaimSeed<'r, 'm> {
    reading: &'r mut Reading<'m>,
    /// The claim's index in the report.
    index: usize,
}

impl<'de> DeserializeSeed<'de> for ClaimSeed<'_, '_> {
    type Value = ShardClaim;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ClaimSeed<'_, '_> {
    type Value = ShardClaim;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a claim")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ShardClaim, A::Error> {
        let (mut id, mut claim, mut line, mut expect) = (None, None, None, None);
        let (mut tags, mut note, mut verdicts) = (Vec::new(), None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => id = Some(map.next_value::<String>()?),
                "claim" => claim = Some(map.next_value()?),
                "tags" => tags = map.next_value()?,
                "line" => line = Some(map.next_value()?),
                "expect" => expect = Some(map.next_value()?),
                "note" => note = map.next_value()?,
                "verdicts" => {
                    let seed = VerdictsSeed {
                        reading: &mut *self.reading,
                        claim: id.as_deref().unwrap_or("?"),
                        index: self.index,
                    };
                    verdicts = Some(map.next_value_seed(seed)?);
                }
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        let verdicts = verdicts.ok_or_else(|| de::Error::missing_field("verdicts"))?;
        let id = id.ok_or_else(|| de::Error::missing_field("id"))?;
        // Every document of the report has a verdict.
        if verdicts.len() != self.reading.index.len() {
            return Err(de::Error::custom(format!(
                "claim `{id}` has {} verdicts for {} documents",
                verdicts.len(),
                self.reading.index.len()
            )));
        }
        Ok(ShardClaim {
            head: ClaimHead {
                id,
                claim: claim.ok_or_else(|| de::Error::missing_field("claim"))?,
                tags,
                line: line.ok_or_else(|| de::Error::missing_field("line"))?,
                note,
                expect: expect.ok_or_else(|| de::Error::missing_field("expect"))?,
            },
            verdicts,
        })
    }
}

/// A claim's `verdicts` object, into `Verdicts` in the order of the report's documents.
struct VerdictsSeed<'r, 'm> {
    reading: &'r mut Reading<'m>,
    claim: &'r str,
    /// The claim's index in the report.
    index: usize,
}

impl<'de> DeserializeSeed<'de> for VerdictsSeed<'_, '_> {
    type Value = Verdicts;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for VerdictsSeed<'_, '_> {
    type Value = Verdicts;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object of document ids and verdicts")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Verdicts, A::Error> {
        let mut verdicts = Verdicts::default();
        // Written in the order of `documents`; in any other order, sorted at the end.
        let mut out_of_order: Vec<(u32, DocumentVerdict)> = Vec::new();
        while let Some(id) = map.next_key::<Cow<'de, str>>()? {
            let verdict: JsonVerdict = map.next_value()?;
            let Some(&at) = self.reading.index.get(id.as_ref()) else {
                return Err(de::Error::custom(format!(
                    "claim `{}` has a verdict for `{id}`, which is not in the report's documents",
                    self.claim
                )));
            };
            let evidence = self
                .reading
                .keep(self.index, at, verdict.verdict, verdict.evidence)
                .map_err(|error| {
                    de::Error::custom(format!(
                        "cannot keep the evidence in a temporary file: {error}"
                    ))
                })?;
            let verdict = DocumentVerdict {
                verdict: verdict.verdict,
                evidence,
            };
            if out_of_order.is_empty() && at as usize == verdicts.len() {
                verdicts.push(verdict);
            } else {
                out_of_order.push((at, verdict));
            }
        }
        if !out_of_order.is_empty() {
            let mut all: Vec<(u32, DocumentVerdict)> = (0..)
                .zip(verdicts.iter())
                .map(|(at, v)| {
                    let verdict = DocumentVerdict {
                        verdict: v.verdict,
                        evidence: v.evidence.to_vec(),
                    };
                    (at, verdict)
                })
                .chain(out_of_order)
                .collect();
            all.sort_by_key(|(at, _)| *at);
            if let Some(pair) = all.windows(2).find(|pair| pair[0].0 == pair[1].0) {
                return Err(de::Error::custom(format!(
                    "claim `{}` has two verdicts for document number {}",
                    self.claim,
                    pair[0].0 + 1
                )));
            }
            verdicts = Verdicts::default();
            for (_, verdict) in all {
                verdicts.push(verdict);
            }
        }
        Ok(verdicts)
    }
}

#[derive(Deserialize)]
struct JsonVerdict {
    verdict: Verdict,
    evidence: Vec<Arc<Evidence>>,
}

#[derive(Debug, Deserialize, PartialEq, Default)]
struct JsonExpect {
    kind: String,
    #[serde(default)]
    supports: Option<String>,
    #[serde(default)]
    contradicts: Option<String>,
    /// In the order of the claims file, which is the order failures are listed in.
    #[serde(default, deserialize_with = "ordered")]
    documents: Vec<(String, Verdict)>,
}

/// A JSON object as (key, value) pairs in the order written.
fn ordered<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<(String, Verdict)>, D::Error> {
    struct Pairs;
    impl<'de> serde::de::Visitor<'de> for Pairs {
        type Value = Vec<(String, Verdict)>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object of document ids and verdicts")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut pairs = Vec::new();
            while let Some(pair) = map.next_entry()? {
                pairs.push(pair);
            }
            Ok(pairs)
        }
    }
    deserializer.deserialize_map(Pairs)
}

impl JsonExpect {
    fn to_expectation(&self) -> Result<Expectation, String> {
        let kind = match self.kind.as_str() {
            "supported" => ExpectKind::Supported,
            "contradicted" => ExpectKind::Contradicted,
            "custom" => ExpectKind::Custom,
            other => return Err(format!("unknown expectation kind `{other}`")),
        };
        let constraint = |text: &Option<String>| {
            text.as_deref()
                .map(|t| Constraint::parse(t).map_err(|e| format!("bad count `{t}`: {e}")))
                .transpose()
        };
        Ok(Expectation {
            kind,
            supports: constraint(&self.supports)?,
            contradicts: constraint(&self.contradicts)?,
            documents: self.documents.clone(),
            ..Expectation::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shards(given: &[(&str, Option<(u32, u32)>)]) -> Result<(), String> {
        let shards: Vec<(String, Option<Shard>)> = given
            .iter()
            .map(|&(name, shard)| {
                let shard = shard.map(|(index, count)| Shard { index, count });
                (name.to_string(), shard)
            })
            .collect();
        every_shard_once(&shards, true).map_err(|problems| {
            problems
                .iter()
                .map(|p| format!("{}: {}", p.code, p.message))
                .collect()
        })
    }

    /// A report of two documents, `a` and `b`, whose one claim's verdicts are `verdicts`.
    fn report_with(verdicts: &str) -> String {
        format!(
            r#"{{"documents": [{{"id": "a", "label": null, "path": "a.txt"}}, {{"id": "b", "label": null, "path": "b.txt"}}],
  "claims": [{{"id": "c", "claim": "C.", "line": 2, "passed": true, "failures": [],
    "expect": {{"kind": "supported"}}, "verdicts": {{{verdicts}}}}}],
  "warnings": [], "summary": {{"claims": 1, "passed": 1, "failed": 0}}}}"#
        )
    }

    fn merged(text: &str) -> Result<Vec<Verdict>, String> {
        let mut merger = Merger::default();
        let added = merger.add("r.json", text).and_then(|()| merger.finish());
        match added {
            Ok(report) => Ok(report.claims[0]
                .verdicts
                .iter()
                .map(|v| v.verdict)
                .collect()),
            Err(problems) => Err(problems.iter().map(|p| p.message.clone()).collect()),
        }
    }

    #[test]
    fn verdicts_are_read_in_any_order_and_each_document_needs_one() {
        let a = r#""a": {"verdict": "supports", "evidence": []}"#;
        let b = r#""b": {"verdict": "omits", "evidence": []}"#;
        let in_order = merged(&report_with(&format!("{a}, {b}")));
        assert_eq!(in_order, Ok(vec![Verdict::Supports, Verdict::Omits]));
        assert_eq!(merged(&report_with(&format!("{b}, {a}"))), in_order);
        let missing = merged(&report_with(a));
        assert!(
            missing
                .as_ref()
                .is_err_and(|e| e.contains("claim `c` has 1 verdicts for 2 documents")),
            "{missing:?}"
        );
        let twice = merged(&report_with(&format!("{b}, {a}, {a}")));
        assert!(
            twice
                .as_ref()
                .is_err_and(|e| e.contains("two verdicts for document number 1")),
            "{twice:?}"
        );
        let unknown = merged(&report_with(&format!(
            r#"{a}, {b}, "z": {{"verdict": "omits", "evidence": []}}"#
        )));
        assert!(
            unknown.as_ref().is_err_and(
                |e| e.contains("a verdict for `z`, which is not in the report's documents")
            ),
            "{unknown:?}"
        );
    }

    #[test]
    fn a_report_must_list_its_documents_before_its_claims() {
        let text = r#"{"claims": [], "documents": []}"#;
        let problems = Merger::default().add("r.json", text).err();
        assert!(
            problems.is_some_and(|p| p[0]
                .message
                .contains("`documents` must come before `claims`")),
            "a report written by hand in another order is refused, not misread"
        );
    }

    #[test]
    fn a_piece_two_claims_quote_is_kept_once() {
        let yaml = "claims:\n  - id: one\n    claim: One.\n    support: ['signed']\n  - id: two\n    claim: Two.\n    support: ['signed']\n";
        let Ok((checker, _)) = crate::engine::Checker::from_yaml("claims.yaml", yaml) else {
            panic!("claims load")
        };
        let report = checker.check_texts([("a", "The pact was signed.")]);
        let json = crate::render::json::render(&report);
        let mut merger = Merger::default();
        let merged = merger.add("r.json", &json).and_then(|()| merger.finish());
        let Ok(merged) = merged else {
            panic!("{merged:?}")
        };
        let pieces: Vec<&Arc<Evidence>> = merged
            .claims
            .iter()
            .flat_map(|claim| claim.verdicts.evidence(0))
            .collect();
        assert_eq!(pieces.len(), 2, "each claim quotes the piece");
        assert!(Arc::ptr_eq(pieces[0], pieces[1]), "one piece, shared");
        assert_eq!(crate::render::json::render(&merged), json);
    }

    /// Merged with its evidence in a spill, documents added in another order than the
    /// report's, the JSON written from the spill is the unsharded run's.
    #[test]
    fn evidence_spilled_while_merging_writes_the_unsharded_report() {
        let yaml = "claims:\n  - id: one\n    claim: One.\n    support: ['signed']\n  - id: two\n    claim: Two.\n    support: ['signed', '{n} troops']\n    number: '> 100'\n";
        let Ok((checker, _)) = crate::engine::Checker::from_yaml("claims.yaml", yaml) else {
            panic!("claims load")
        };
        let texts = [
            (
                "a",
                "The pact was signed. Russia sent more than 1,000 troops.",
            ),
            ("b", "Nothing here."),
            ("c", "It was signed. They sent 12 troops."),
        ];
        let whole = crate::render::json::render(&checker.check_texts(texts));
        assert!(whole.contains("more than 1,000"), "{whole}");
        // Cells kept in memory to the end, and cells written out every few bytes.
        for spill in [
            EvidenceSpill::new(Box::<Vec<u8>>::default(), 0),
            EvidenceSpill::tiny_runs(Box::<Vec<u8>>::default(), 0),
        ] {
            let mut merger = Merger::default();
            merger.spill_evidence(spill);
            for part in [&texts[2..], &texts[..2]] {
                let json = crate::render::json::render(&checker.check_texts(part.iter().copied()));
                if let Err(problems) = merger.add("part.json", &json) {
                    panic!("{problems:?}");
                }
            }
            let Ok((merged, Some(mut spill))) = merger.finish_spilled() else {
                panic!("merged with a spill")
            };
            assert!(merged.claims.iter().all(|c| !c.verdicts.has_evidence()));
            let mut written = Vec::new();
            if let Err(error) =
                crate::render::json::write_spilled(&merged, &mut spill, &mut written)
            {
                panic!("{error}");
            }
            assert_eq!(String::from_utf8_lossy(&written), whole);
        }
    }

    #[test]
    fn every_shard_of_one_n_merges_in_any_order() {
        assert_eq!(shards(&[("b", Some((2, 2))), ("a", Some((1, 2)))]), Ok(()));
        assert_eq!(shards(&[("whole", Some((1, 1)))]), Ok(()));
    }

    #[test]
    fn reports_that_name_no_shard_merge_as_given() {
        assert_eq!(shards(&[("a", None), ("b", None)]), Ok(()));
    }

    #[test]
    fn a_missing_shard_is_named() {
        assert_eq!(
            shards(&[("a", Some((1, 3)))]),
            Err(
                "missing-shard: shards 2/3, 3/3 missing: without their documents, the merged \
                 verdicts and expectations would not be those of the whole run"
                    .to_string()
            )
        );
    }

    #[test]
    fn a_shard_twice_other_ns_and_whole_runs_do_not_merge_with_shards() {
        let twice = shards(&[("a", Some((1, 2))), ("b", Some((1, 2)))]);
        assert!(twice.is_err_and(|e| e.contains("shard 1/2 is given twice: a and b")));
        let other_n = shards(&[("a", Some((1, 2))), ("b", Some((2, 3)))]);
        assert!(other_n.is_err_and(|e| e.contains("b is shard 2/3 but a is shard 1/2")));
        let mixed = shards(&[("a", Some((1, 2))), ("b", None)]);
        assert!(mixed.is_err_and(|e| e.contains("b is not a shard's report")));
    }
}
