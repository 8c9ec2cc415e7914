//! A claims file on disk with its sources folder: the one place that wires loading,
//! discovery and checking together, shared by the command line and the test harness.

use crate::diagnostic::Diagnostic;
use crate::engine::Checker;
use crate::report::{DocumentInfo, Report};
use crate::sources;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// A loaded, compiled claims file and where its documents are.
#[derive(Debug)]
pub struct Project {
    pub checker: Checker,
    /// The claims file as the user named it, for messages.
    pub claims_path: PathBuf,
    /// The sources folder, as shown in reports (relative to where the user is).
    pub sources_dir: PathBuf,
    /// Warnings from loading the claims file.
    pub warnings: Vec<Diagnostic>,
}

impl Project {
    /// Reads and compiles `claims_path`. `sources` overrides the file's `sources:` folder.
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
        let (checker, warnings) = Checker::from_yaml(&shown, &yaml)?;
        let sources_dir = match sources {
            Some(dir) => dir.to_path_buf(),
            None => {
                let base = claims_path.parent().unwrap_or(Path::new(""));
                base.join(&checker.file.sources)
            }
        };
        Ok(Project {
            checker,
            claims_path: claims_path.to_path_buf(),
            sources_dir,
            warnings,
        })
    }

    /// Checks every document of the sources folder. Only a missing or empty folder is an
    /// error; a document that cannot be read is skipped with a warning in the report.
    pub fn check(&self) -> Result<Report, Diagnostic> {
        self.check_with(None, &|_| {})
    }

    /// `check`, of the documents of one shard only (all of them with `None`), telling
    /// `progress` how many documents there are and when each is done (from any thread).
    ///
    /// Documents are read and checked in parallel, a batch at a time: memory holds one
    /// batch of texts, never the corpus, and results are added to the report in id order,
    /// so the report does not depend on thread timing.
    pub fn check_with(
        &self,
        shard: Option<Shard>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Report, Diagnostic> {
        let (mut files, discovery) = sources::discover(&self.sources_dir)?;
        if let Some(shard) = shard {
            files.retain(|file| shard.holds(&file.id));
        }
        progress(Progress::Found(files.len()));
        let mut warnings: Vec<String> = discovery.iter().map(ToString::to_string).collect();
        let mut builder = self.checker.report_builder();
        let batch = 64 * rayon::current_num_threads().max(1);
        for chunk in files.chunks(batch) {
            let results: Vec<Result<_, Diagnostic>> = chunk
                .par_iter()
                .map(|file| {
                    let result = sources::read(file).map(|(text, warning)| {
                        let info = DocumentInfo {
                            id: file.id.clone(),
                            label: self.checker.label(&file.id),
                            path: display_path(&self.sources_dir.join(&file.relative)),
                        };
                        (self.checker.check_document(info, &text), warning)
                    });
                    progress(Progress::Checked);
                    result
                })
                .collect();
            for result in results {
                match result {
                    Ok((result, warning)) => {
                        warnings.extend(warning.map(|w| w.to_string()));
                        builder.add(result);
                    }
                    Err(problem) => warnings.push(problem.to_string()),
                }
            }
        }
        Ok(builder.finish(warnings))
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

/// Shard K of N (`--shard K/N`): a share of the documents, for spreading a large archive
/// over several machines. A document belongs to shard `fnv1a(id) % N + 1`: the same shard
/// whatever other documents there are, on every machine and version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        if count == 0 || index == 0 || index > count {
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

/// A path as shown to people and in reports: `/` separators, no leading `./`.
fn display_path(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_string).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_reject_what_does_not_exist() {
        assert_eq!(Shard::parse("2/4"), Ok(Shard { index: 2, count: 4 }));
        assert!(Shard::parse("3/2").is_err_and(|e| e.contains("between 1 and N")));
        assert!(Shard::parse("0/2").is_err());
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
