//! A claims file on disk with its sources folder: the one place that wires loading,
//! discovery and checking together, shared by the command line and the test harness.

use crate::claims::{Claim, ClaimsFile};
use crate::diagnostic::{self, Diagnostic};
use crate::document::Text;
use crate::engine::{Checker, DocumentResult, SkippedFigure, BATCH};
use crate::nearmiss::{self, NearMiss};
use crate::render::json::{DocumentEvidence, EvidenceSpill, SpillStore};
use crate::render::jsonl;
pub use crate::report::Shard;
use crate::report::{DocumentInfo, Report};
use crate::scan::UsageTotals;
use crate::sources::{self, Listing, SourceFile};
use crate::{claims, lint, pattern};
use rayon::prelude::*;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A checked document, any warning about reading it, and its evidence laid out for the sink.
type Checked = (DocumentResult, Option<Diagnostic>, Laid);

/// Where a run's evidence goes as documents are checked, other than into the report.
enum Sink<'a> {
    /// Nowhere: the report keeps it (if the checker keeps evidence).
    Report,
    /// Each document's JSON Lines line, written as soon as it is checked.
    JsonLines(&'a mut (dyn Write + Send)),
    /// Each document's evidence laid out for the JSON report, spilled.
    JsonSpill(&'a mut EvidenceSpill),
}

/// A document's evidence as its sink takes it, laid out on the checking thread.
enum Laid {
    Nothing,
    Line(Vec<u8>),
    Evidence(DocumentEvidence),
}

/// Spilled evidence in a file (a temporary one, for the CLI): appended through a buffer,
/// read back at any offset from any thread without moving a shared cursor.
pub struct FileSpill {
    file: io::BufWriter<std::fs::File>,
    len: u64,
}

impl FileSpill {
    /// A spill in `file`, which must be open for reading and writing, and empty.
    pub fn new(file: std::fs::File) -> FileSpill {
        FileSpill {
            file: io::BufWriter::with_capacity(1 << 20, file),
            len: 0,
        }
    }
}

impl SpillStore for FileSpill {
    fn append(&mut self, bytes: &[u8]) -> io::Result<u64> {
        let offset = self.len;
        self.file.write_all(bytes)?;
        self.len += bytes.len() as u64;
        Ok(offset)
    }

    fn finish(&mut self) -> io::Result<()> {
        self.file.flush()
    }

    #[cfg(unix)]
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        std::os::unix::fs::FileExt::read_exact_at(self.file.get_ref(), buf, offset)
    }

    #[cfg(windows)]
    fn read_at(&self, offset: u64, mut buf: &mut [u8]) -> io::Result<()> {
        let mut offset = offset;
        while !buf.is_empty() {
            match std::os::windows::fs::FileExt::seek_read(self.file.get_ref(), buf, offset)? {
                0 => return Err(io::ErrorKind::UnexpectedEof.into()),
                n => {
                    buf = &mut buf[n..];
                    offset += n as u64;
                }
            }
        }
        Ok(())
    }

    #[cfg(not(any(unix, windows)))]
    fn read_at(&self, _offset: u64, _buf: &mut [u8]) -> io::Result<()> {
        Err(io::ErrorKind::Unsupported.into())
    }
}

/// The document ids `lint::document_ids` needs to see: all of a listing in memory; of one
/// in a temporary file (past `sources::SORTED_IN_MEMORY` documents), those that matter
/// (`lint::ids_worth_checking`).
fn ids_to_check(file: &ClaimsFile, files: &Listing) -> Vec<String> {
    let ids = || files.iter().map(|f| f.id().to_string());
    match files.is_on_disk() {
        false => ids().collect(),
        true => lint::ids_worth_checking(file, ids),
    }
}

/// The error of a listing whose temporary file could not be read back (`Listing::iter`):
/// the run has not seen every document.
fn listing_unread(files: &Listing) -> Option<Diagnostic> {
    let error = files.read_error()?;
    Some(
        Diagnostic::error(
            "unreadable",
            format!("{error}: not every document was seen"),
        )
        .hint("check the disk that holds $TMPDIR (or set TMPDIR to another folder) and run again"),
    )
}

/// A loaded, compiled claims file and where its documents are.
#[derive(Debug)]
pub struct Project {
    pub checker: Checker,
    /// The claims file as the user named it, for messages.
    pub claims_path: PathBuf,
    /// The sources folder, as shown in reports (relative to where the user is).
    pub sources_dir: PathBuf,
    /// Warnings from loading the claims file and matching it with the document ids.
    pub warnings: Vec<Diagnostic>,
    /// The documents found in the sources folder, sorted by id.
    pub files: Listing,
    /// Files skipped while looking for documents.
    pub discovery: Vec<Diagnostic>,
    /// A run that checks this many documents folds its report to counts (`fold_from`).
    fold_from: usize,
}

impl Project {
    /// Reads and compiles `claims_path` and lists its documents. `sources` overrides the file's
    /// `sources:` folder.
    ///
    /// Everything that can be known without reading a document is checked here, so `check`,
    /// `explain` and `lint` report the same problems the same way. On error, every problem
    /// found comes back: load errors do not hide pattern errors or unknown document ids.
    pub fn open(claims_path: &Path, sources: Option<&Path>) -> Result<Project, Vec<Diagnostic>> {
        let shown = claims_path.display().to_string();
        let bytes = std::fs::read(claims_path).map_err(|error| {
            let hint = if error.kind() == std::io::ErrorKind::NotFound {
                "run factcheck in the folder that holds claims.yaml, pass --claims FILE, or create one with `factcheck init`"
            } else {
                "check the file's permissions"
            };
            vec![Diagnostic::error("unreadable", format!("cannot read claims file `{shown}`: {error}")).hint(hint)]
        })?;
        let yaml = String::from_utf8(bytes).map_err(|error| {
            let offset = error.utf8_error().valid_up_to();
            vec![Diagnostic::error(
                "not-utf8",
                format!("claims file `{shown}` is not valid UTF-8 (at byte {offset})"),
            )
            .hint("save claims.yaml as UTF-8")]
        })?;
        let (file, mut problems) = claims::parse_partial(&shown, &yaml);
        // Broken YAML: nothing after it can be trusted.
        let Some(file) = file else {
            return Err(problems);
        };
        let load_failed = problems.iter().any(Diagnostic::is_error);
        let sources_dir = match sources {
            Some(dir) => dir.to_path_buf(),
            None => {
                let base = claims_path.parent().unwrap_or(Path::new(""));
                base.join(&file.sources)
            }
        };
        let own = [
            claims_path.to_path_buf(),
            claims_path.with_file_name(crate::init::SCHEMA_FILE),
        ];
        // The folder is listed while the patterns compile (20,000 files: about 12 ms).
        let ((compiled, pattern_problems), discovered) = rayon::join(
            || pattern::compile(&file),
            || sources::discover_except(&sources_dir, &own),
        );
        // After a load error, a term can look unused only because its claim did not load.
        problems.extend(
            pattern_problems
                .into_iter()
                .filter(|p| !(load_failed && matches!(p.code, "unused-term" | "number-missing"))),
        );
        let (files, discovery) = match discovered {
            Ok((files, discovery)) => {
                let ids = ids_to_check(&file, &files);
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                let folder = sources_dir.display().to_string();
                problems.extend(lint::document_ids(&file, &ids, files.len(), &folder));
                problems.extend(listing_unread(&files));
                (files, discovery)
            }
            Err(problem) => {
                // Point at `sources:` in claims.yaml when that is where the folder came from.
                let location = sources.is_none().then(|| {
                    let path = claims::YamlPath::default().key("sources");
                    file.origin
                        .locate(claims::Target::Value(&path), file.sources.chars().count())
                });
                let problem = match sources {
                    Some(_) if problem.code == "bad-sources" => problem
                        .hint("--sources is relative to the current folder: check the folder name"),
                    _ => problem,
                };
                problems.push(problem.at(location.flatten()));
                (Listing::of(Vec::new()), Vec::new())
            }
        };
        diagnostic::sort_by_position(&mut problems);
        let compiled = match compiled {
            Some(compiled) if !problems.iter().any(Diagnostic::is_error) => compiled,
            _ => return Err(problems),
        };
        Ok(Project {
            checker: Checker::new(file, compiled),
            claims_path: claims_path.to_path_buf(),
            sources_dir,
            warnings: problems,
            files,
            discovery,
            fold_from: usize::MAX,
        })
    }

    /// Makes a run fold its report to counts once it has checked `documents` documents
    /// (`ReportBuilder::fold_from`, `Report::folded`): for output that needs no document's
    /// own verdict (a table of counts, JSON Lines, whose lines are written as documents are
    /// checked), so that memory does not grow with the number of documents.
    pub fn fold_from(&mut self, documents: usize) {
        self.fold_from = documents;
    }

    /// Checks every document. A document that cannot be read is skipped with a warning in
    /// the report. Also returns the dead and too-broad patterns found along the way (the
    /// scan that decides verdicts measures them for free).
    pub fn check(&self) -> (Report, Vec<Diagnostic>) {
        self.check_with(None, &|_| {})
    }

    /// `check` on one shard of the documents (all of them without one), telling `progress`
    /// how many documents there are and each time one is done (from any thread).
    ///
    /// Documents are read and checked in parallel, a round of a few batches (`BATCH`) at a
    /// time: memory holds the texts being checked and two rounds of results, never the
    /// corpus, and results are added to the report in id order, so the report does not
    /// depend on thread timing.
    /// Dead and too-broad patterns are only judged over the whole corpus, never over one
    /// shard.
    pub fn check_with(
        &self,
        shard: Option<Shard>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> (Report, Vec<Diagnostic>) {
        // Without a sink nothing is written, so nothing can fail to be.
        let (report, problems, _) = self.check_documents(shard, progress, Sink::Report);
        (report, problems)
    }

    /// `check_with`, writing each document's JSON Lines line (`render::jsonl`) to `out` as
    /// soon as it is checked, in id order, then the summary line. The report returned keeps
    /// verdicts but no evidence, whatever `Checker::keep_evidence` says: each document's
    /// evidence is written with its line and then dropped, so memory
    /// does not grow with the corpus's evidence. The last value says whether every line was
    /// written: after a failed write (a closed pipe) the run goes on without writing, so
    /// its verdicts still decide the exit status.
    pub fn check_streaming(
        &self,
        shard: Option<Shard>,
        progress: &(dyn Fn(Progress) + Sync),
        out: &mut (dyn Write + Send),
    ) -> (Report, Vec<Diagnostic>, io::Result<()>) {
        self.check_documents(shard, progress, Sink::JsonLines(out))
    }

    /// `check_with` for a JSON report: each document's evidence is laid out as JSON and
    /// added to `spill` as soon as it is checked, and the report returned keeps none, so
    /// memory holds where each piece is, not the pieces. Write the report with
    /// `render::json::write_spilled`. The last value says whether every document's evidence
    /// reached the spill (after a failure, none is tried again; the verdicts are complete).
    pub fn check_spilling(
        &self,
        shard: Option<Shard>,
        progress: &(dyn Fn(Progress) + Sync),
        spill: &mut EvidenceSpill,
    ) -> (Report, Vec<Diagnostic>, io::Result<()>) {
        self.check_documents(shard, progress, Sink::JsonSpill(spill))
    }

    /// Reads and checks a batch of documents together (`engine::BATCH` says why), laying
    /// out each one's evidence for the sink. A document that cannot be read gives its
    /// problem in its place; the others are checked all the same.
    fn check_batch(
        &self,
        batch: &[SourceFile],
        laying_out: bool,
        spilling: bool,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Vec<Result<Checked, Diagnostic>> {
        let read: Vec<_> = batch
            .iter()
            .map(|file| sources::read(&self.sources_dir, file))
            .collect();
        let documents = batch
            .iter()
            .zip(&read)
            .filter_map(|(file, read)| {
                let (text, _) = read.as_ref().ok()?;
                let info = DocumentInfo::new(
                    file.id(),
                    self.checker.label(file.id()),
                    &display_path(&self.sources_dir.join(file.relative())),
                );
                Some((info, text))
            })
            .collect();
        let mut results = self
            .checker
            .check_documents_keeping(documents, laying_out || self.checker.keeps_evidence())
            .into_iter();
        read.into_iter()
            .map(|read| {
                progress(Progress::Checked);
                let (_, warning) = read?;
                let Some(mut result) = results.next() else {
                    unreachable!("every document read has a result");
                };
                let laid = if spilling {
                    Laid::Evidence(DocumentEvidence::of(&result))
                } else if laying_out {
                    Laid::Line(jsonl::document_line(&self.checker.file.claims, &result))
                } else {
                    Laid::Nothing
                };
                if laying_out {
                    result.evidence.clear();
                }
                Ok((result, warning, laid))
            })
            .collect()
    }

    /// The work of `check_with`, `check_streaming` and `check_spilling`; the last value
    /// says whether all evidence reached the sink (after a failed write, none is tried again).
    fn check_documents(
        &self,
        shard: Option<Shard>,
        progress: &(dyn Fn(Progress) + Sync),
        mut sink: Sink<'_>,
    ) -> (Report, Vec<Diagnostic>, io::Result<()>) {
        // Shard 1/1 holds every document: it is the whole run, and decides like one.
        let shard = shard.filter(|shard| shard.count > 1);
        let in_shard = |file: &SourceFile| shard.is_none_or(|shard| shard.holds(file.id()));
        let count = match shard {
            None => self.files.len(),
            Some(_) => self.files.iter().filter(|file| in_shard(file)).count(),
        };
        progress(Progress::Found(count));
        let mut warnings: Vec<String> = self.discovery.iter().map(|d| d.message.clone()).collect();
        let mut builder = self
            .checker
            .report_builder_for(count.min(self.fold_from))
            .fold_from(self.fold_from);
        let mut usage = UsageTotals::default();
        let mut written = Ok(());
        let laying_out = !matches!(sink, Sink::Report);
        let spilling = matches!(sink, Sink::JsonSpill(_));
        let threads = rayon::current_num_threads().max(1);
        // Two batches per thread in each round, so a thread that finishes early takes work.
        let round = BATCH * 2 * threads;
        let mut add = |results: Vec<Result<Checked, Diagnostic>>| {
            for result in results {
                match result {
                    Ok((mut result, warning, laid)) => {
                        if written.is_ok() {
                            written = match (&mut sink, laid) {
                                (Sink::JsonLines(out), Laid::Line(line)) => out.write_all(&line),
                                (Sink::JsonSpill(spill), Laid::Evidence(evidence)) => {
                                    spill.add(evidence)
                                }
                                _ => Ok(()),
                            };
                        }
                        warnings.extend(warning.map(|w| w.message));
                        usage.add(&std::mem::take(&mut result.usage));
                        builder.add(result);
                    }
                    Err(problem) => warnings.push(problem.message),
                }
            }
        };
        // Each round is checked in parallel while the previous one is added to the report
        // (adding is serial, and would otherwise leave the other threads idle); documents
        // are added in file order whatever the threads do.
        let mut previous = Vec::new();
        // A round of documents at a time from the listing, which may be in a file.
        let mut files = self.files.iter().filter(|file| in_shard(file));
        loop {
            let chunk: Vec<SourceFile> = files.by_ref().take(round).collect();
            if chunk.is_empty() {
                break;
            }
            let ((), results) = rayon::join(
                || add(std::mem::take(&mut previous)),
                || {
                    chunk
                        .par_chunks(BATCH.min(chunk.len().div_ceil(threads)))
                        .flat_map_iter(|batch| {
                            self.check_batch(batch, laying_out, spilling, progress)
                        })
                        .collect::<Vec<_>>()
                },
            );
            previous = results;
        }
        add(previous);
        let mut problems = if shard.is_none() {
            lint::patterns(&self.checker.file, self.checker.compiled(), &usage)
        } else {
            Vec::new()
        };
        // A `\b` that keeps a pattern from ever matching is the likeliest cause of a dead
        // pattern: `check` says so where `lint` does.
        problems.extend(lint::pattern_slips(&self.checker.file));
        lint::without_dead_explained_by_boundaries(&mut problems);
        diagnostic::sort_by_position(&mut problems);
        let mut report = builder.finish(warnings);
        if shard.is_some() {
            report.shard = shard;
            report.claims_digest =
                Some(crate::report::claims_digest(&self.checker.file.origin.text));
            report.documents_digest = Some(crate::report::documents_digest(
                self.files.iter().map(|file| file.id().to_string()),
            ));
        }
        // Last, once every pass over the listing is made.
        if let Some(problem) = listing_unread(&self.files) {
            report.warnings.push(problem.message);
        }
        if let (Sink::JsonLines(out), Ok(())) = (sink, &written) {
            written = out.write_all(&jsonl::summary_line(&report));
        }
        (report, problems, written)
    }

    /// Lints without judging: every document-level problem (skipped and unreadable files,
    /// dead and too-broad patterns). Problems of the claims file alone were found by `open`
    /// and are in `warnings`.
    pub fn lint(&self) -> Vec<Diagnostic> {
        let mut problems = self.discovery.clone();
        let mut usage = UsageTotals::default();
        for file in self.files.iter() {
            let file = &file;
            match sources::read(&self.sources_dir, file) {
                Ok((text, warning)) => {
                    problems.extend(warning);
                    usage.add(&self.checker.usage(&text));
                }
                Err(problem) => problems.push(problem),
            }
        }
        problems.extend(listing_unread(&self.files));
        problems.extend(lint::patterns(
            &self.checker.file,
            self.checker.compiled(),
            &usage,
        ));
        problems.extend(lint::pattern_slips(&self.checker.file));
        lint::without_dead_explained_by_boundaries(&mut problems);
        diagnostic::sort_by_position(&mut problems);
        problems
    }
}

impl Project {
    /// The near misses of `claim` in each document of `ids` (those that can be read): the
    /// sentences closest to it, for `explain`.
    /// For each document of `ids`, where claim `claim` (its index) matched but the figure
    /// it read was not counted (`Checker::skipped_figures`).
    pub fn skipped_figures(&self, claim: usize, ids: &[&str]) -> Vec<(String, Vec<SkippedFigure>)> {
        self.files
            .iter()
            .filter(|file| ids.contains(&file.id()))
            .filter_map(|file| {
                let (text, _) = sources::read(&self.sources_dir, &file).ok()?;
                let skipped = self.checker.skipped_figures(claim, &text);
                (!skipped.is_empty()).then(|| (file.id().to_string(), skipped))
            })
            .collect()
    }

    /// Document `id` read again, for a view of one document (`explain --document`); `None`
    /// when it cannot be read.
    pub fn read_document(&self, id: &str) -> Option<Text> {
        self.files
            .find(id)
            .and_then(|file| sources::read(&self.sources_dir, &file).ok())
            .map(|(text, _)| text)
    }

    /// The sentences closest to `claim` in each of the documents `ids`, read again (in
    /// parallel), in the documents' order.
    pub fn near_misses(&self, claim: &Claim, ids: &[&str]) -> Vec<(String, Vec<NearMiss>)> {
        let ids: std::collections::HashSet<&str> = ids.iter().copied().collect();
        let files: Vec<SourceFile> = self
            .files
            .iter()
            .filter(|file| ids.contains(file.id()))
            .collect();
        let matchers = self.widened_matchers(claim);
        files
            .par_iter()
            .filter_map(|file| {
                let (text, _) = sources::read(&self.sources_dir, file).ok()?;
                let mut near = nearmiss::near_misses(claim, &text);
                for miss in &mut near {
                    miss.wider = nearmiss::widened_match(&matchers, &miss.sentence);
                }
                Some((file.id().to_string(), near))
            })
            .collect()
    }

    /// Of `claims` (indexes in the claims file), the `count` whose closest sentence in
    /// document `text` shares most with them, closest first, each with that sentence: which claims the
    /// document nearly states. A sentence that shares a single word with a claim is no near
    /// miss of it here (every claim about a place shares its name).
    pub fn closest_claims(
        &self,
        text: &Text,
        claims: &[usize],
        count: usize,
    ) -> Vec<(usize, NearMiss)> {
        let written = &self.checker.file.claims;
        let mut closest: Vec<(usize, NearMiss)> = claims
            .iter()
            .filter_map(|&c| {
                let miss = nearmiss::near_misses(written.get(c)?, text)
                    .into_iter()
                    .next()?;
                (miss.shared.len() >= 2).then_some((c, miss))
            })
            .collect();
        // Closest first: the most words shared (scores of different claims' queries do not
        // compare well), then the score; among equals, the claims file's order.
        closest.sort_by(|a, b| {
            (b.1.shared.len().cmp(&a.1.shared.len()))
                .then(b.1.score.total_cmp(&a.1.score))
                .then(a.0.cmp(&b.0))
        });
        closest.truncate(count);
        for (c, miss) in &mut closest {
            if let Some(claim) = written.get(*c) {
                miss.wider = nearmiss::widened_match(&self.widened_matchers(claim), &miss.sentence);
            }
        }
        closest
    }

    /// `claim`'s support matchers with their gaps widened, for the hint that one would
    /// match a near miss if its gaps ran further.
    fn widened_matchers(&self, claim: &Claim) -> Vec<nearmiss::WidenedMatcher> {
        let compiled = self.checker.compiled();
        let index = self
            .checker
            .file
            .claims
            .iter()
            .position(|c| c.id == claim.id);
        index
            .and_then(|i| compiled.claims.get(i))
            .map(|compiled_claim| {
                compiled_claim
                    .matchers
                    .iter()
                    .filter(|m| m.side == crate::claims::Side::Support)
                    .filter_map(|m| {
                        let parts = m
                            .parts
                            .iter()
                            .map(|&id| {
                                compiled
                                    .patterns
                                    .get(id)
                                    .and_then(|p| crate::pattern::widened_gaps(&p.source))
                            })
                            .collect::<Option<Vec<_>>>()?;
                        Some(nearmiss::WidenedMatcher {
                            label: format!("support[{}]", m.index),
                            parts,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// What `Project::init` wrote.
#[derive(Debug)]
pub struct Initialized {
    pub claims_path: PathBuf,
    /// The `sources:` written, relative to the claims file.
    pub sources: String,
    pub documents: usize,
    /// The schema file, when it was written (an existing one is left alone).
    pub schema_path: Option<PathBuf>,
}

impl Project {
    /// Writes a starter claims.yaml into `dir` for its documents, found in `dir/seeds`, else
    /// `dir/docs`, else `dir` itself (when it holds .txt or .md files, directly or in
    /// folders of its own), and the schema its first line points at. Never overwrites a file.
    pub fn init(dir: &Path) -> Result<Initialized, Vec<Diagnostic>> {
        let claims_path = dir.join(crate::claims::DEFAULT_FILE);
        let shown = display_path(&claims_path);
        if claims_path.exists() {
            return Err(vec![Diagnostic::error(
                "exists",
                format!("`{shown}` already exists"),
            )
            .hint("factcheck init never overwrites a file: edit it (`factcheck lint` checks it), or move it away first")]);
        }
        let holds_documents = |folder: &Path| {
            std::fs::read_dir(folder).is_ok_and(|entries| {
                entries.flatten().any(|entry| {
                    let path = entry.path();
                    path.is_file()
                        && path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                            sources::EXTENSIONS.contains(&e.to_ascii_lowercase().as_str())
                        })
                })
            })
        };
        let found = crate::init::DOCUMENT_FOLDERS
            .iter()
            .copied()
            .find(|name| {
                let folder = dir.join(name);
                folder.is_dir() && sources::discover(&folder).is_ok()
            })
            // Documents in topic folders (`health/`, `election/`) are read there too.
            .or_else(|| {
                (holds_documents(dir) || sources::discover(dir).is_ok_and(|(f, _)| !f.is_empty()))
                    .then_some(".")
            });
        let Some(folder) = found else {
            let shown_dir = display_path(dir);
            let folders: Vec<String> = crate::init::DOCUMENT_FOLDERS
                .iter()
                .map(|name| format!("`{shown_dir}/{name}`"))
                .collect();
            return Err(vec![Diagnostic::error(
                "no-documents",
                format!("no documents in `{shown_dir}`, {}", folders.join(", ")),
            )
            .hint("put the .txt and .md documents in a `seeds` folder, or run `factcheck init FOLDER` on the folder that holds them")]);
        };
        let files = match sources::discover(&dir.join(folder)) {
            Ok((files, _skipped)) => files,
            Err(problem) => return Err(vec![problem]),
        };
        let ids: Vec<SourceFile> = files.iter().collect();
        let ids: Vec<&str> = ids.iter().map(|f| f.id()).collect();
        let write = |path: &Path, text: &str| {
            std::fs::write(path, text).map_err(|error| {
                vec![Diagnostic::error(
                    "unwritable",
                    format!("cannot write `{}`: {error}", display_path(path)),
                )
                .hint("check the folder's permissions")]
            })
        };
        write(&claims_path, &crate::init::starter(folder, &ids))?;
        let schema_path = dir.join(crate::init::SCHEMA_FILE);
        let schema_path = if schema_path.exists() {
            None
        } else {
            write(&schema_path, &crate::schema::render())?;
            Some(schema_path)
        };
        Ok(Initialized {
            claims_path,
            sources: folder.to_string(),
            documents: ids.len(),
            schema_path,
        })
    }
}

/// What `Project::check_with` reports as it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// How many documents will be checked.
    Found(usize),
    /// One more document was checked (or could not be read).
    Checked,
}

/// A path as shown to people and in reports: `/` separators, no leading `./`.
pub fn display_path(path: &Path) -> String {
    let text = tidy(path).to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_string).unwrap_or(text)
}

/// `path` without `.` and with each `folder/..` pair dropped: `probe/scratch/../sources/h01.txt`
/// is shown as `probe/sources/h01.txt`. (Lexically: a folder that is a symbolic link may
/// lead elsewhere, but a path shown to a reader is one to find the file by.)
fn tidy(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut tidied: Vec<Component> = Vec::new();
    for component in path.components() {
        match component {
            Component::CurDir if !tidied.is_empty() => {}
            Component::ParentDir if matches!(tidied.last(), Some(Component::Normal(_))) => {
                tidied.pop();
            }
            other => tidied.push(other),
        }
    }
    if tidied.is_empty() {
        return PathBuf::from(".");
    }
    tidied.iter().collect()
}

#[cfg(test)]
mod tests {
    use super::display_path;
    use std::path::Path;

    /// A listing too long to hold in memory gives `lint::document_ids` only the ids that
    /// matter to it, and the problems (a missing pinned document and its suggestion, a
    /// missing labelled one) are those found with every id.
    #[test]
    fn ids_checked_from_a_listing_on_disk_find_the_same_problems() {
        use super::{ids_to_check, lint, sources};
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        for i in 0..40 {
            let name = format!("report-{i:02}.txt");
            std::fs::write(dir.path().join(name), "text").unwrap_or_else(|e| panic!("{e}"));
        }
        let yaml = "documents:\n  report-03: AP\n  wire-9: Wire\n  report: All\n  report-3: Three\nclaims:\n  - id: c\n    claim: C.\n    \
                    support: ['c']\n    expect:\n      documents:\n        report-07: supports\n        \
                    reprot-12: omits\n";
        let (file, problems) = crate::claims::parse("claims.yaml", yaml);
        let file = file.unwrap_or_else(|| panic!("{problems:?}"));
        let problems_with = |in_memory: usize| {
            let (listing, _) = sources::discover_sorting(dir.path(), &[], in_memory)
                .unwrap_or_else(|e| panic!("{e:?}"));
            assert_eq!(listing.is_on_disk(), in_memory < 40);
            let ids = ids_to_check(&file, &listing);
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            let found = lint::document_ids(&file, &ids, listing.len(), "seeds");
            (ids.len(), format!("{found:?}"))
        };
        let (all, in_memory) = problems_with(100);
        let (few, on_disk) = problems_with(7);
        assert_eq!(all, 40);
        // The two named that are there, and one suggestion for each of three missing (a
        // prefix of every id, and two misspellings), not every id close to them.
        assert!(few <= 5, "{few}");
        assert_eq!(on_disk, in_memory);
        assert!(
            in_memory.contains("did you mean `report-12`?"),
            "{in_memory}"
        );
        assert!(in_memory.contains("wire-9"), "{in_memory}");
        assert!(in_memory.contains("`report-3`"), "{in_memory}");
    }

    #[test]
    fn a_shown_path_drops_dots_and_folders_left_by_dot_dot() {
        let shown = |p: &str| display_path(Path::new(p));
        assert_eq!(
            shown("probe/scratch/../sources/h01.txt"),
            "probe/sources/h01.txt"
        );
        assert_eq!(shown("./seeds/./a.txt"), "seeds/a.txt");
        // A `..` that leaves the folder the user is in stays.
        assert_eq!(shown("../shared/seeds/a.txt"), "../shared/seeds/a.txt");
        assert_eq!(shown("a/../../b.txt"), "../b.txt");
        assert_eq!(shown("a/.."), ".");
    }
}
