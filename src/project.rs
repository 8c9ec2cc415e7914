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
        self.check_with(|_| {})
    }

    /// `check`, calling `progress` with the number of bytes of each document checked (from
    /// any thread, in any order), for a progress bar.
    ///
    /// Documents are read and checked in parallel, a batch at a time: memory holds one
    /// batch of texts, never the corpus, and results are added to the report in id order,
    /// so the report does not depend on thread timing.
    pub fn check_with(&self, progress: impl Fn(u64) + Sync) -> Result<Report, Diagnostic> {
        let (files, discovery) = sources::discover(&self.sources_dir)?;
        let mut warnings: Vec<String> = discovery.iter().map(ToString::to_string).collect();
        let mut builder = self.checker.report_builder();
        let batch = 64 * rayon::current_num_threads().max(1);
        for chunk in files.chunks(batch) {
            let results: Vec<Result<_, Diagnostic>> = chunk
                .par_iter()
                .map(|file| {
                    let (text, warning) = sources::read(file)?;
                    let info = DocumentInfo {
                        id: file.id.clone(),
                        label: self.checker.label(&file.id),
                        path: display_path(&self.sources_dir.join(&file.relative)),
                    };
                    let result = self.checker.check_document(info, &text);
                    progress(text.text.len() as u64);
                    Ok((result, warning))
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

/// A path as shown to people and in reports: `/` separators, no leading `./`.
fn display_path(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_string).unwrap_or(text)
}
