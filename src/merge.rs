//! Combining the JSON reports of shards (`check --shard K/N --format json`) into the report
//! of one unsharded run: documents joined in id order, each claim's expectation decided
//! again over all of them.
//!
//! This module owns reading a JSON report back. It takes the reports' texts and returns a
//! `Report`; reading the files and printing happen at the edge (`src/main.rs`).

use crate::claims::{ExpectKind, Expectation};
use crate::diagnostic::Diagnostic;
use crate::numbers::Constraint;
use crate::render::json::{EvidenceSpill, InTwoRuns};
use crate::report::{
    ClaimReport, DocumentInfo, DocumentVerdict, Evidence, Folding, Report, Shard, Verdicts,
};
use crate::verdict::Verdict;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, BufRead};
use std::ops::Range;
use std::sync::Arc;

/// Merges shard reports one at a time, each read as it is parsed (`add_reader`) and kept as
/// compactly as a report (see `report::Verdicts`). Every report must come from the same
/// claims (same ids, same expectations, in the same order), and no document may be in two
/// of them.
///
/// With a spill for its documents (`spill_evidence`, `spill_documents`), a merge folds its
/// report to counts as `check` does (`fold_from`, `Report::folded`): each claim keeps how
/// many documents have each verdict, the few a failed count names and the pinned documents'
/// verdicts, and the documents wait in the spill, so memory does not grow with the number
/// of documents merged. A merge that fails to add a report is not to be finished.
#[derive(Debug, Default)]
pub struct Merger {
    /// The first report's name and claims, which every other report must match.
    first: Option<(String, Vec<ClaimHead>)>,
    /// The documents added, in the order added, until the report folds; a folded
    /// report's documents are in the spill only.
    documents: Vec<DocumentInfo>,
    /// Each report's name and the documents it added (a range of the order added).
    sources: Vec<(String, Range<usize>)>,
    /// How many documents were added.
    added: usize,
    /// One per claim, documents in the order added (counts once folded).
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
    /// Where the documents go as they are read (and the evidence, when it is
    /// `KeptEvidence::Spilled`); boxed, a spill is some 300 bytes.
    spill: Option<Box<EvidenceSpill>>,
    /// Fold once this many documents are added (`fold_from`), if there is a spill.
    fold_at: Option<usize>,
    /// What a folded report keeps of each claim beside its counts.
    folding: Option<Folding>,
    /// A report failed to merge after some of it was added: the merge cannot be finished.
    broken: bool,
    /// Why the spill failed while a report was read (a full disk, most often), to be said
    /// as such rather than as a report that cannot be read.
    spill_failed: Option<io::Error>,
}

/// Where a merge keeps the evidence it reads.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum KeptEvidence {
    /// In the merged report, as `check` keeps it (JSON Lines needs it there).
    #[default]
    InReport,
    /// Nowhere: the report's verdicts are the same without it (the table, Markdown).
    Dropped,
    /// Laid out in the spill, as `check` does for JSON and JUnit, so that memory does not
    /// grow with the evidence of the whole run.
    Spilled,
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

    /// Keeps the documents and evidence of the reports merged from now on in `spill` (an
    /// empty one, given before the first report), out of the report; `finish_spilled`
    /// gives it back to write the report with.
    pub fn spill_evidence(&mut self, spill: EvidenceSpill) {
        self.evidence = KeptEvidence::Spilled;
        self.spill = Some(Box::new(spill));
    }

    /// Keeps the documents of the reports merged from now on in `spill` (an empty one,
    /// given before the first report), so that the report can fold (`fold_from`), and
    /// drops their evidence, which it is not written with (the table, Markdown).
    pub fn spill_documents(&mut self, spill: EvidenceSpill) {
        self.evidence = KeptEvidence::Dropped;
        self.spill = Some(Box::new(spill));
    }

    /// Folds the merged report to its counts (`Report::folded`) once `documents` documents
    /// have been added, as `ReportBuilder::fold_from` does for `check`: every claim passes
    /// or fails as in the full report, in memory that does not grow with the documents.
    /// Needs a spill (`spill_evidence`, `spill_documents`); without one, the report keeps
    /// every document.
    pub fn fold_from(&mut self, documents: usize) {
        self.fold_at = Some(documents);
        self.fold_if_due();
    }

    /// Adds one shard's JSON report, `name` being how messages call it.
    pub fn add(&mut self, name: &str, text: &str) -> Result<(), Vec<Diagnostic>> {
        let mut parser = serde_json::Deserializer::from_str(text);
        let report = Reading::new(self)
            .deserialize(&mut parser)
            .and_then(|report| parser.end().map(|()| report))
            .map_err(|error| self.unread(name, text.as_bytes(), &error));
        let added = report.and_then(|report| self.add_report(name, report));
        self.broken |= added.is_err();
        added
    }

    /// `add`, reading the report from `reader` as it is parsed: a shard's JSON can be
    /// gigabytes, and neither its text nor a map per claim is held, only its verdicts as a
    /// report keeps them (a shard of 5,000 documents x 1,000 claims, 620 MB of JSON, took
    /// 1.4 GB read as text into maps).
    pub fn add_reader(&mut self, name: &str, reader: impl io::Read) -> Result<(), Vec<Diagnostic>> {
        let mut reader = io::BufReader::with_capacity(1 << 16, reader);
        let start = reader.fill_buf().map(<[u8]>::to_vec).unwrap_or_default();
        let mut parser = serde_json::Deserializer::from_reader(reader);
        let report = Reading::new(self)
            .deserialize(&mut parser)
            .and_then(|report| parser.end().map(|()| report))
            .map_err(|error| self.unread(name, &start, &error));
        let added = report.and_then(|report| self.add_report(name, report));
        self.broken |= added.is_err();
        added
    }

    /// The error for report `name` (which starts with `start`) that could not be read:
    /// the spill's failure if it failed, else what is wrong with the report.
    fn unread(&mut self, name: &str, start: &[u8], error: &serde_json::Error) -> Vec<Diagnostic> {
        match self.spill_failed.take() {
            Some(error) => vec![cannot_spill(&error)],
            None => not_a_report(name, start, error),
        }
    }

    /// Notes that the spill failed with `error`, for `unread`, and gives the parser an
    /// error to stop with.
    fn spill_failed<E: de::Error>(&mut self, error: io::Error) -> E {
        let stop = E::custom(format!(
            "cannot keep the report in a temporary file: {error}"
        ));
        self.spill_failed = Some(error);
        stop
    }

    /// Whether the report is folded to counts.
    fn folded(&self) -> bool {
        self.folding.is_some()
    }

    /// Folds the report if it has a spill and enough documents (`fold_from`): what the
    /// claims hold turns into counts, named documents and pinned verdicts, and the
    /// documents are left in the spill.
    fn fold_if_due(&mut self) {
        let due = self.fold_at.is_some_and(|at| self.added >= at);
        if self.folding.is_some() || self.spill.is_none() || !due {
            return;
        }
        let mut folding = Folding::default();
        let heads = self.first.iter().flat_map(|(_, heads)| heads);
        for head in heads {
            folding.add_claim(head.expect.documents.iter().map(|(id, _)| id.as_str()));
        }
        let documents = std::mem::take(&mut self.documents);
        for (claim, verdicts) in self.verdicts.iter_mut().enumerate() {
            for i in verdicts.not_omitted() {
                let (id, verdict) = (documents[i].id(), verdicts.verdict(i));
                folding.note(claim, id, verdict);
                folding.pin_one(claim, id, verdict);
            }
            *verdicts = verdicts.folded_counts();
        }
        self.folding = Some(folding);
    }

    /// Counts document `id`'s verdict on claim `claim`, the merge being folded.
    fn count(&mut self, claim: usize, id: &str, verdict: Verdict) {
        if self.verdicts.len() <= claim {
            self.verdicts
                .resize_with(claim + 1, || Verdicts::default().folded_counts());
        }
        self.verdicts[claim].push(DocumentVerdict {
            verdict,
            evidence: Vec::new(),
        });
        if let Some(folding) = &mut self.folding {
            if verdict != Verdict::Omits {
                folding.note(claim, id, verdict);
                folding.pin_one(claim, id, verdict);
            }
        }
    }

    /// Adds a report's next document (in the order of its `documents`).
    fn add_document(&mut self, document: DocumentInfo) -> io::Result<()> {
        if let Some(spill) = &mut self.spill {
            spill.add_documents([&document])?;
        }
        if !self.folded() {
            self.documents.push(document);
        }
        self.added += 1;
        self.fold_if_due();
        Ok(())
    }

    fn add_report(&mut self, name: &str, report: ShardReport) -> Result<(), Vec<Diagnostic>> {
        let (heads, claim_verdicts): (Vec<ClaimHead>, Vec<Option<Verdicts>>) = report
            .claims
            .into_iter()
            .map(|claim| (claim.head, claim.verdicts))
            .unzip();
        match &self.first {
            None => {
                // Folded while this report was read, its claims' counts are in place.
                let folded = self.folded();
                self.verdicts.resize_with(heads.len(), || match folded {
                    true => Verdicts::default().folded_counts(),
                    false => Verdicts::default(),
                });
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
        self.sources
            .push((name.to_string(), report.documents.clone()));
        // Documents in two reports are found by `finish`, as it puts them in order.
        if !self.folded() {
            for (merged, shard) in self.verdicts.iter_mut().zip(claim_verdicts) {
                merged.append(&shard.unwrap_or_default());
            }
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
            spill,
            mut folding,
            sources,
            added,
            broken,
            ..
        } = self;
        if broken {
            return Err(vec![Diagnostic::error(
                "bad-report",
                "a report could not be merged: the merge cannot be finished",
            )]);
        }
        let mut spill = spill.map(|spill| *spill);
        let Some((first_name, heads)) = first else {
            return Err(vec![Diagnostic::error("no-reports", "no reports to merge")]);
        };
        every_shard_once(&shards, true)?;
        let cannot_keep = |error: io::Error| vec![cannot_spill(&error)];
        if let Some(problem) = in_two(&documents, &sources) {
            return Err(vec![runs_problem(&sources, problem)]);
        }
        match (&mut folding, &mut spill) {
            (Some(folding), Some(spill)) => {
                let runs: Vec<Range<usize>> = sources.iter().map(|(_, run)| run.clone()).collect();
                let merged = spill
                    .merge_runs(&runs, |id| folding.present(id))
                    .map_err(cannot_keep)?;
                if let Err(problem) = merged {
                    return Err(vec![runs_problem(&sources, problem)]);
                }
            }
            (None, Some(spill)) if evidence == KeptEvidence::Spilled => {
                documents = crate::report::sort_documents(documents, &mut verdicts);
                spill
                    .put_in_order(documents.iter().map(|d| d.id()))
                    .map_err(cannot_keep)?;
            }
            _ => documents = crate::report::sort_documents(documents, &mut verdicts),
        }
        let mut claims = Vec::with_capacity(heads.len());
        for (i, (head, verdicts)) in heads.into_iter().zip(verdicts).enumerate() {
            let expect = head.expect.to_expectation().map_err(|message| {
                vec![Diagnostic::error(
                    "bad-report",
                    format!("{first_name}: claim `{}`: {message}", head.id),
                )]
            })?;
            let failures = match &folding {
                Some(folding) => folding.unmet(i, &expect, verdicts.tally()),
                None => verdicts.unmet(&expect, &documents),
            };
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
            folded: folding.map(|_| added),
        };
        // A spill of documents only has nothing the report is written from.
        let spill = spill.filter(|_| evidence == KeptEvidence::Spilled);
        Ok((report, spill))
    }
}

/// The first document (in id order) that two reports hold, among `documents` (a merge's,
/// in the order added; `sources` says which report added which), as
/// `EvidenceSpill::merge_runs` finds it in a folded merge.
fn in_two(documents: &[DocumentInfo], sources: &[(String, Range<usize>)]) -> Option<InTwoRuns> {
    let source = |i: usize| {
        sources
            .iter()
            .position(|(_, run)| run.contains(&i))
            .unwrap_or(0)
    };
    let mut order: Vec<usize> = (0..documents.len()).collect();
    order.sort_by(|&a, &b| documents[a].id().cmp(documents[b].id()).then(a.cmp(&b)));
    let mut found: Option<InTwoRuns> = None;
    for pair in order.windows(2) {
        let id = documents[pair[0]].id();
        if id != documents[pair[1]].id() {
            continue;
        }
        match &mut found {
            Some(InTwoRuns { more, .. }) => *more += 1,
            _ => {
                found = Some(InTwoRuns {
                    id: id.to_string(),
                    runs: (source(pair[0]), source(pair[1])),
                    more: 0,
                });
            }
        }
    }
    found
}

/// What to do when the temporary file is full (`merge` and `check`).
pub const SPILL_ROOM: &str = "the temporary file goes beside the --output file, else in $TMPDIR: make room there, or set TMPDIR or --output to a folder with room";

/// The error for a spill (the temporary file) that failed.
fn cannot_spill(error: &io::Error) -> Diagnostic {
    Diagnostic::error(
        "output",
        format!("cannot keep the merged report in a temporary file: {error}"),
    )
    .hint(SPILL_ROOM)
}

/// The error for document `id` given in reports `first` and `second` (and `more` other
/// documents in two reports).
fn in_two_reports(id: &str, first: &str, second: &str, more: usize) -> Diagnostic {
    let more = match more {
        0 => String::new(),
        n => format!(" (and {n} more documents)"),
    };
    Diagnostic::error(
        "duplicate-document",
        format!("document `{id}` is in both {first} and {second}{more}"),
    )
    .hint("each shard K/N of one run holds different documents")
}

/// The error for a document in two reports, `sources` being each report's name and
/// documents.
fn runs_problem(sources: &[(String, Range<usize>)], problem: InTwoRuns) -> Diagnostic {
    let name = |run: usize| sources.get(run).map_or("?", |(name, _)| name.as_str());
    in_two_reports(
        &problem.id,
        name(problem.runs.0),
        name(problem.runs.1),
        problem.more,
    )
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
    if start.iter().all(u8::is_ascii_whitespace) {
        return vec![Diagnostic::error("bad-report", format!("{name} is empty"))
            .hint("write it again: its job wrote nothing (it may have failed first), or a shell redirect (`> FILE`) emptied it")];
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

/// A JSON report as `render::json` writes it, read in one pass: its documents go to the
/// merge as they are read, and each claim's verdicts straight into `Verdicts` (or the
/// merge's counts), in the order of the report's `documents` (which come first); fields
/// merge does not need are skipped.
struct ShardReport {
    /// The report's documents, as a range of the merge's order of documents added.
    documents: Range<usize>,
    claims: Vec<ShardClaim>,
    warnings: Vec<String>,
    shard: Option<Shard>,
    claims_digest: Option<String>,
    documents_digest: Option<String>,
}

struct ShardClaim {
    head: ClaimHead,
    /// `None` when the merge is folded: the verdicts went to its counts.
    verdicts: Option<Verdicts>,
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
        let mut documents: Option<Range<usize>> = None;
        let mut reading = self;
        let mut claims = None;
        let mut warnings = Vec::new();
        let mut shard = None;
        let mut claims_digest = None;
        let mut documents_digest = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "documents" => {
                    if documents.is_some() {
                        return Err(de::Error::duplicate_field("documents"));
                    }
                    let start = reading.merger.added;
                    map.next_value_seed(DocumentsSeed {
                        reading: &mut reading,
                    })?;
                    documents = Some(start..reading.merger.added);
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

/// The `documents` array, each document added to the merge as it is read.
struct DocumentsSeed<'r, 'm> {
    reading: &'r mut Reading<'m>,
}

impl<'de> DeserializeSeed<'de> for DocumentsSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for DocumentsSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list of documents")
    }

    /// Documents in id order, as `check` writes them: the merge puts the reports' lists
    /// together as they are (`EvidenceSpill::merge_runs`) rather than sort each one.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut last: Option<String> = None;
        while let Some(document) = seq.next_element::<DocumentInfo>()? {
            let id = document.id();
            match &last {
                Some(before) if before.as_str() == id => {
                    return Err(de::Error::custom(format!(
                        "document `{id}` is listed twice"
                    )));
                }
                Some(before) if before.as_str() > id => {
                    return Err(de::Error::custom(format!(
                        "its documents are not in id order (`{id}` comes after `{before}`)"
                    )));
                }
                _ => last = Some(id.to_string()),
            }
            self.reading.index.push(document.id());
            let merger = &mut *self.reading.merger;
            if let Err(error) = merger.add_document(document) {
                return Err(merger.spill_failed(error));
            }
        }
        Ok(())
    }
}

/// Where each of a report's documents stands in its `documents`, by id, in eight bytes a
/// document (a map of ids took about 70, 70 MB for a shard of a million documents): each
/// id's hash, in order. A claim lists its verdicts in the order of `documents`, so an id
/// is looked for first where the one before it was found, and the hashes are sorted to be
/// searched only for a report in another order.
#[derive(Default)]
struct DocumentIndex {
    hashes: Vec<u64>,
    /// (hash, place), sorted: built the first time an id is not where it was looked for.
    sorted: Vec<(u64, u32)>,
}

impl DocumentIndex {
    fn push(&mut self, id: &str) {
        self.hashes.push(crate::report::fnv1a(id.as_bytes()));
    }

    fn len(&self) -> usize {
        self.hashes.len()
    }

    /// The place of document `id`, looked for first at `likely`; `Err` when no document
    /// has its hash, or two do (a million ids share a hash about once in thirty million
    /// reports; the merge then stops rather than guess).
    fn find(&mut self, id: &str, likely: usize) -> Result<u32, String> {
        let hash = crate::report::fnv1a(id.as_bytes());
        if self.hashes.get(likely) == Some(&hash) {
            return u32::try_from(likely).map_err(|_| "too many documents".to_string());
        }
        if self.sorted.is_empty() {
            self.sorted = (0..)
                .zip(&self.hashes)
                .map(|(at, &hash)| (hash, at))
                .collect();
            self.sorted.sort_unstable();
        }
        let from = self.sorted.partition_point(|&(h, _)| h < hash);
        match &self.sorted[from..] {
            [(h, _), (next, _), ..] if *h == hash && *next == hash => Err(format!(
                "`{id}`, and two of the report's documents share its hash: merge cannot tell which"
            )),
            [(h, at), ..] if *h == hash => Ok(*at),
            _ => Err(format!("`{id}`, which is not in the report's documents")),
        }
    }
}

/// What reading a report needs to know and keeps: the merge it goes into, where each
/// document id stands in the report's `documents`, and the evidence kept in the report so
/// far by document and place, so that a piece several claims quote (the same pattern) is
/// kept once, as `check` keeps it.
struct Reading<'m> {
    merger: &'m mut Merger,
    index: DocumentIndex,
    shared: HashMap<(u32, usize, usize), Vec<Arc<Evidence>>>,
    /// The merge's index of the report's first document (its index in the spill).
    first: usize,
    /// Folded, which of the report's documents the claim being read has a verdict for
    /// (one buffer for every claim).
    seen: Vec<u64>,
}

impl Reading<'_> {
    fn new(merger: &mut Merger) -> Reading<'_> {
        Reading {
            first: merger.added,
            merger,
            index: DocumentIndex::default(),
            shared: HashMap::new(),
            seen: Vec::new(),
        }
    }

    /// Document `at`'s evidence `pieces` for claim `claim`, where it is to be kept: what
    /// the report keeps of it.
    fn keep(
        &mut self,
        claim: usize,
        at: u32,
        verdict: Verdict,
        pieces: Vec<Arc<Evidence>>,
    ) -> io::Result<Vec<Arc<Evidence>>> {
        match (self.merger.evidence, &mut self.merger.spill) {
            (KeptEvidence::InReport, _) => Ok(pieces
                .into_iter()
                .map(|piece| self.share(at, piece))
                .collect()),
            // A cell for every document that does not simply omit the claim, as `check`
            // spills them: JUnit's failure details read the verdicts back from them.
            (KeptEvidence::Spilled, Some(spill))
                if !pieces.is_empty() || verdict != Verdict::Omits =>
            {
                let spilled = pieces
                    .iter()
                    .map(|piece| spill.add_piece(piece))
                    .collect::<io::Result<Vec<crate::render::json::PieceAt>>>()?;
                let document = u32::try_from(self.first + at as usize)
                    .map_err(|_| io::Error::other("too many documents"))?;
                spill.add_cell(claim, document, verdict, &spilled)?;
                Ok(Vec::new())
            }
            _ => Ok(Vec::new()),
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
                "expect" => {
                    let read: JsonExpect = map.next_value()?;
                    // The first report's claims come into a folded merge as they are read.
                    if let Some(folding) = &mut self.reading.merger.folding {
                        if folding.claims() == self.index {
                            folding.add_claim(read.documents.iter().map(|(id, _)| id.as_str()));
                        }
                    }
                    expect = Some(read);
                }
                "note" => note = map.next_value()?,
                "verdicts" => {
                    // A folded merge reads the pinned documents' verdicts as they go by.
                    if expect.is_none() {
                        return Err(de::Error::custom(format!(
                            "claim `{}`: `expect` must come before `verdicts`",
                            id.as_deref().unwrap_or("?")
                        )));
                    }
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
    type Value = Option<Verdicts>;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for VerdictsSeed<'_, '_> {
    type Value = Option<Verdicts>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object of document ids and verdicts")
    }

    /// The claim's verdicts in the order of the report's documents; `None` when the merge
    /// is folded, the verdicts counted in it.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<Verdicts>, A::Error> {
        let reading = self.reading;
        let documents = reading.index.len();
        // (A report with more claims than the first is refused once read, `add_report`.)
        let folded = reading.merger.folded();
        let mut verdicts = Verdicts::default();
        // Written in the order of `documents`; in any other order, sorted at the end.
        let mut out_of_order: Vec<(u32, DocumentVerdict)> = Vec::new();
        // Folded, which documents have a verdict, and how many.
        let mut seen = std::mem::take(&mut reading.seen);
        seen.clear();
        seen.resize(if folded { documents.div_ceil(64) } else { 0 }, 0);
        let mut counted = 0;
        let mut likely = 0;
        while let Some(id) = map.next_key::<Cow<'de, str>>()? {
            let verdict: JsonVerdict = map.next_value()?;
            let at = reading.index.find(&id, likely).map_err(|problem| {
                de::Error::custom(format!(
                    "claim `{}` has a verdict for {problem}",
                    self.claim
                ))
            })?;
            likely = at as usize + 1;
            let evidence = match reading.keep(self.index, at, verdict.verdict, verdict.evidence) {
                Ok(evidence) => evidence,
                Err(error) => return Err(reading.merger.spill_failed(error)),
            };
            let verdict = DocumentVerdict {
                verdict: verdict.verdict,
                evidence,
            };
            if folded {
                let (word, bit) = (at as usize / 64, 1u64 << (at % 64));
                if seen[word] & bit != 0 {
                    return Err(two_verdicts(self.claim, at));
                }
                seen[word] |= bit;
                counted += 1;
                reading.merger.count(self.index, &id, verdict.verdict);
            } else if out_of_order.is_empty() && at as usize == verdicts.len() {
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
                return Err(two_verdicts(self.claim, pair[0].0));
            }
            verdicts = Verdicts::default();
            for (_, verdict) in all {
                verdicts.push(verdict);
            }
        }
        reading.seen = seen;
        // Every document of the report has a verdict.
        let given = if folded { counted } else { verdicts.len() };
        if given != documents {
            return Err(de::Error::custom(format!(
                "claim `{}` has {given} verdicts for {documents} documents",
                self.claim
            )));
        }
        Ok((!folded).then_some(verdicts))
    }
}

/// The error for claim `claim` given two verdicts for the report's document `at`.
fn two_verdicts<E: de::Error>(claim: &str, at: u32) -> E {
    E::custom(format!(
        "claim `{claim}` has two verdicts for document number {}",
        at + 1
    ))
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

    /// Verdicts in another order than the report's documents are read as in order, and a
    /// document without a verdict, with two, or not in the report is an error, whether
    /// the merge keeps every document or folds to counts.
    #[test]
    fn verdicts_are_read_in_any_order_and_each_document_needs_one() {
        let a = r#""a": {"verdict": "supports", "evidence": []}"#;
        let b = r#""b": {"verdict": "omits", "evidence": []}"#;
        let in_order = merged(&report_with(&format!("{a}, {b}")));
        assert_eq!(in_order, Ok(vec![Verdict::Supports, Verdict::Omits]));
        assert_eq!(merged(&report_with(&format!("{b}, {a}"))), in_order);
        for fold in [false, true] {
            let counts = |verdicts: &str| -> Result<[usize; 4], String> {
                let mut merger = folded_or_not(fold);
                let text = report_with(verdicts);
                match merger.add("r.json", &text).and_then(|()| merger.finish()) {
                    Ok(report) => Ok(report.claims[0].verdicts.counts()),
                    Err(problems) => Err(problems.iter().map(|p| p.message.clone()).collect()),
                }
            };
            assert_eq!(
                counts(&format!("{b}, {a}")),
                Ok([1, 0, 0, 1]),
                "folded: {fold}"
            );
            let z = r#""z": {"verdict": "omits", "evidence": []}"#;
            for (verdicts, says) in [
                (a.to_string(), "claim `c` has 1 verdicts for 2 documents"),
                (
                    format!("{b}, {a}, {a}"),
                    "two verdicts for document number 1",
                ),
                (
                    format!("{a}, {b}, {z}"),
                    "a verdict for `z`, which is not in the report's documents",
                ),
            ] {
                let refused = counts(&verdicts);
                assert!(
                    refused.as_ref().is_err_and(|e| e.contains(says)),
                    "{refused:?}, folded: {fold}"
                );
            }
        }
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

    /// The documents of `pinned_claims_in_three_reports`.
    const SIX_TEXTS: [(&str, &str); 6] = [
        ("a", "The pact was signed. Russia sent 1,000 troops."),
        ("b", "Nothing here."),
        ("c", "It was never signed. They sent 12 troops."),
        ("d", "Signed, sealed. 5,000 troops went."),
        ("e", "The pact was signed."),
        ("f", "They sent 40 troops."),
    ];

    /// Claims that count and pin documents (one pinned document omits the claims, one is
    /// not in the run), and six documents split into three reports whose ids interleave.
    fn pinned_claims_in_three_reports() -> (crate::engine::Checker, Vec<String>) {
        let yaml = "claims:
  - id: one
    claim: One.
    support: ['signed']
    contradict: ['never signed']
    expect: {supports: '>= 2', documents: {e: supports, b: omits}}
  - id: two
    claim: Two.
    support: ['{n} troops']
    number: '> 100'
    expect: {supports: 1, contradicts: 0, documents: {f: contradicts, z: supports}}
  - id: three
    claim: Three.
    support: ['nothing says this']
";
        let Ok((checker, _)) = crate::engine::Checker::from_yaml("claims.yaml", yaml) else {
            panic!("claims load")
        };
        let texts = SIX_TEXTS;
        let reports = [[0, 3], [1, 4], [2, 5]]
            .iter()
            .map(|part| {
                let texts = part.iter().map(|&i| texts[i]);
                crate::render::json::render(&checker.check_texts(texts))
            })
            .collect();
        (checker, reports)
    }

    /// Merges `reports` in reverse order into `merger`.
    fn merge_into(mut merger: Merger, reports: &[String]) -> (Report, Option<EvidenceSpill>) {
        for (i, json) in reports.iter().enumerate().rev() {
            if let Err(problems) = merger.add(&format!("{i}.json"), json) {
                panic!("{problems:?}");
            }
        }
        match merger.finish_spilled() {
            Ok(merged) => merged,
            Err(problems) => panic!("{problems:?}"),
        }
    }

    /// A merger that folds from `from` documents, its documents in `spill` (with its
    /// evidence too when `evidence`, else none kept).
    fn folded_merger(from: usize, spill: EvidenceSpill, evidence: bool) -> Merger {
        let mut merger = Merger::default();
        if evidence {
            merger.spill_evidence(spill);
        } else {
            merger.drop_evidence();
            merger.spill_documents(spill);
        }
        merger.fold_from(from);
        merger
    }

    /// A merger that folds from the first document (its documents in a spill in memory),
    /// or one that keeps every document.
    fn folded_or_not(fold: bool) -> Merger {
        match fold {
            true => folded_merger(0, in_memory(), false),
            false => Merger::default(),
        }
    }

    /// A spill in memory.
    fn in_memory() -> EvidenceSpill {
        EvidenceSpill::new(Box::<Vec<u8>>::default(), 0)
    }

    /// `reports` merged in order, named `0.json`, `1.json`, ….
    fn merged_in_order(mut merger: Merger, reports: &[String]) -> Result<Report, Vec<Diagnostic>> {
        (reports.iter().enumerate())
            .try_for_each(|(i, json)| merger.add(&format!("{i}.json"), json))
            .and_then(|()| merger.finish())
    }

    /// A merge folded to counts (from the first document, or from within a report)
    /// passes and fails each claim as the merge that keeps every document, and its JSON,
    /// written from the spill, is the same.
    #[test]
    fn a_folded_merge_decides_as_the_merge_that_keeps_every_document() {
        let (checker, reports) = pinned_claims_in_three_reports();
        let (whole, _) = merge_into(Merger::default(), &reports);
        assert_eq!(whole.folded, None);
        let decided = |report: &Report| -> Vec<(bool, Vec<String>, [usize; 3])> {
            let claims = report.claims.iter();
            claims
                .map(|c| {
                    let [supports, contradicts, mixed, _] = c.verdicts.counts();
                    (c.passed, c.failures.clone(), [supports, contradicts, mixed])
                })
                .collect()
        };
        // Failures that name documents and pins are among them.
        let failures: Vec<String> = whole
            .claims
            .iter()
            .flat_map(|c| c.failures.clone())
            .collect();
        assert!(
            failures.iter().any(|f| f.contains("z to be supports")),
            "{failures:?}"
        );
        let json = crate::render::json::render(&checker.check_texts(SIX_TEXTS));
        assert_eq!(crate::render::json::render(&whole), json);
        for fold_from in [0, 1, 3, 5] {
            let merger = folded_merger(fold_from, in_memory(), false);
            let (folded, spill) = merge_into(merger, &reports);
            assert_eq!(folded.folded, Some(6), "folded from {fold_from}");
            assert!(folded.documents.is_empty());
            assert!(
                spill.is_none(),
                "a spill of documents alone is not given back"
            );
            assert_eq!(decided(&folded), decided(&whole), "folded from {fold_from}");

            let tiny = EvidenceSpill::tiny_runs(Box::<Vec<u8>>::default(), 0);
            let (folded, spill) = merge_into(folded_merger(fold_from, tiny, true), &reports);
            let Some(mut spill) = spill else {
                panic!("the evidence's spill is given back")
            };
            assert_eq!(decided(&folded), decided(&whole), "folded from {fold_from}");
            let mut written = Vec::new();
            if let Err(error) =
                crate::render::json::write_spilled(&folded, &mut spill, &mut written)
            {
                panic!("{error}");
            }
            assert_eq!(
                String::from_utf8_lossy(&written),
                json,
                "folded from {fold_from}"
            );
            // JSON Lines, written a document at a time from the spill.
            let tiny = EvidenceSpill::tiny_runs(Box::<Vec<u8>>::default(), 0);
            let (folded, spill) = merge_into(folded_merger(fold_from, tiny, true), &reports);
            let Some(mut spill) = spill else {
                panic!("the evidence's spill is given back")
            };
            let mut lines = Vec::new();
            if let Err(error) = crate::render::jsonl::write_spilled(&folded, &mut spill, &mut lines)
            {
                panic!("{error}");
            }
            let mut expected = Vec::new();
            if let Err(error) = crate::render::jsonl::write(&whole, &mut expected) {
                panic!("{error}");
            }
            assert!(String::from_utf8_lossy(&expected).contains("1,000 troops"));
            assert_eq!(
                String::from_utf8_lossy(&lines),
                String::from_utf8_lossy(&expected),
                "folded from {fold_from}"
            );
        }
    }

    /// A folded merge finds a document that two reports hold when it puts their documents
    /// in order, and names both reports, as the merge that keeps every document does.
    #[test]
    fn a_folded_merge_names_a_document_in_two_reports() {
        let (_, mut reports) = pinned_claims_in_three_reports();
        reports.push(reports[1].clone());
        for fold in [false, true] {
            let Err(problems) = merged_in_order(folded_or_not(fold), &reports) else {
                panic!("a document in two reports merged (folded: {fold})")
            };
            assert_eq!(
                problems[0].message,
                "document `b` is in both 1.json and 3.json (and 1 more documents)",
                "folded: {fold}"
            );
        }
    }

    /// A report's documents must be in id order, each once, and a claim's `expect` must
    /// come before its `verdicts` (a folded merge reads the pinned documents' verdicts as
    /// they go by): refused folded or not, whatever the format, not misread.
    #[test]
    fn a_report_out_of_order_is_refused_folded_or_not() {
        let report = |documents: [&str; 2], claim: &str| {
            let [first, second] = documents;
            format!(
                r#"{{"documents": [{{"id": "{first}", "label": null, "path": "{first}.txt"}}, {{"id": "{second}", "label": null, "path": "{second}.txt"}}],
  "claims": [{{"id": "c", "claim": "C.", "line": 2, {claim}}}]}}"#
            )
        };
        let verdicts = r#""verdicts": {"a": {"verdict": "omits", "evidence": []}, "b": {"verdict": "omits", "evidence": []}}"#;
        let expect = r#""expect": {"kind": "supported"}"#;
        let in_order = format!("{expect}, {verdicts}");
        let cases = [
            (
                report(["b", "a"], &in_order),
                "its documents are not in id order (`a` comes after `b`)",
            ),
            (
                report(["a", "a"], &in_order),
                "document `a` is listed twice",
            ),
            (
                report(["a", "b"], &format!("{verdicts}, {expect}")),
                "claim `c`: `expect` must come before `verdicts`",
            ),
        ];
        for fold in [false, true] {
            let mut merger = folded_or_not(fold);
            assert!(
                merger.add("r.json", &report(["a", "b"], &in_order)).is_ok()
                    && merger.finish().is_ok(),
                "in order (folded: {fold})"
            );
            for (text, says) in &cases {
                let mut merger = folded_or_not(fold);
                let problems = merger.add("r.json", text).err();
                assert!(
                    problems
                        .as_ref()
                        .is_some_and(|p| p[0].message.contains(says)),
                    "{problems:?}, folded: {fold}"
                );
            }
        }
    }

    /// A report with another claim than the first report's is named as such, folded or
    /// not (folded, it was told `expect` must come before `verdicts`), and a merge that
    /// failed to add a report refuses to finish (its documents are already in).
    #[test]
    fn a_report_of_other_claims_is_named_and_the_merge_not_finished() {
        let (_, reports) = pinned_claims_in_three_reports();
        let extra = reports[1].replacen(
            "\"claims\": [",
            "\"claims\": [{\"id\": \"x\", \"claim\": \"X.\", \"line\": 1, \"expect\": {\"kind\": \"supported\"}, \"verdicts\": {\"b\": {\"verdict\": \"omits\", \"evidence\": []}, \"e\": {\"verdict\": \"omits\", \"evidence\": []}}},",
            1,
        );
        for fold in [false, true] {
            let mut merger = folded_or_not(fold);
            assert!(merger.add("0.json", &reports[0]).is_ok());
            let problems = merger.add("1.json", &extra).err().unwrap_or_default();
            assert!(
                problems.first().is_some_and(|p| p.message
                    == "1.json does not check the same claims as 0.json"),
                "{problems:?}, folded: {fold}"
            );
            let finished = merger.finish().err().unwrap_or_default();
            assert!(
                finished
                    .first()
                    .is_some_and(|p| p.message
                        == "a report could not be merged: the merge cannot be finished"),
                "{finished:?}"
            );
        }
    }

    /// A temporary file that is full.
    struct Full;

    impl crate::render::json::SpillStore for Full {
        fn append(&mut self, _: &[u8]) -> io::Result<u64> {
            Err(io::Error::other("No space left on device"))
        }

        fn read_at(&self, _: u64, _: &mut [u8]) -> io::Result<()> {
            Err(io::Error::other("nothing was written"))
        }
    }

    /// A temporary file that fails while a report is read (its documents, a block of
    /// three at a time, or its evidence) or once every report is in is said to fail, with
    /// what to do, not taken for a report that cannot be read.
    #[test]
    fn a_temporary_file_that_fails_is_said_to() {
        let (_, reports) = pinned_claims_in_three_reports();
        fn tiny() -> EvidenceSpill {
            EvidenceSpill::tiny_runs(Box::new(Full), 0)
        }
        /// How a merge gets its temporary file.
        type Spills = fn(&mut Merger);
        let spills: [(&str, Spills); 3] = [
            ("documents", |m| m.spill_documents(tiny())),
            ("evidence", |m| m.spill_evidence(tiny())),
            ("at the end", |m| {
                // Documents wait in memory a block of 1,024 at a time: until `finish`.
                m.drop_evidence();
                m.spill_documents(EvidenceSpill::new(Box::new(Full), 0));
            }),
        ];
        for (when, spill) in spills {
            let mut merger = Merger::default();
            spill(&mut merger);
            merger.fold_from(0);
            let Err(problems) = merged_in_order(merger, &reports) else {
                panic!("merged without a temporary file ({when})")
            };
            assert_eq!(
                (problems[0].code, problems[0].message.as_str()),
                (
                    "output",
                    "cannot keep the merged report in a temporary file: No space left on device"
                ),
                "{when}"
            );
            assert!(problems[0]
                .hint
                .as_deref()
                .is_some_and(|h| h.contains("TMPDIR")));
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
