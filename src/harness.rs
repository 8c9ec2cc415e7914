//! Claims as tests: one libtest test per claim, for `cargo test` (a `harness = false` target).
//!
//! This module owns turning a checked `Report` into libtest-mimic trials. Filtering,
//! `--list`, `--exact`, `--ignored` and the exit status (101 on failure) are libtest-mimic's,
//! so they behave exactly like ordinary Rust tests.

use crate::project::Project;
use crate::render::{self, Style};
use crate::verdict::Verdict;
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;

pub use libtest_mimic::Conclusion;

/// Checks the claims file at `claims_path` (relative to the package root, where `cargo test`
/// runs test binaries) and runs one test per claim, named by its id.
///
/// ```no_run
/// // tests/claims.rs, with `[[test]] name = "claims", harness = false` in Cargo.toml:
/// factcheck::harness::run("claims.yaml").exit();
/// ```
pub fn run(claims_path: impl AsRef<Path>) -> Conclusion {
    let args = Arguments::from_args();
    libtest_mimic::run(&args, trials(claims_path.as_ref()))
}

/// A failure's row of verdicts lists every document up to this many.
const ROW_DOCUMENTS: usize = 12;

/// The tests for a claims file: one per claim, or a single failing test that shows why the
/// file could not be checked.
pub fn trials(claims_path: &Path) -> Vec<Trial> {
    let shown = claims_path.display().to_string();
    let style = Style {
        color: false,
        width: 100,
    };
    match Project::open(claims_path, None) {
        Ok(project) => project_trials(&project, &shown).trials,
        Err(problems) => {
            let text = render::diagnostic::render_all(&problems, style);
            vec![Trial::test(shown, move || Err(Failed::from(text)))]
        }
    }
}

/// One test per claim, and which claims fail.
pub struct ClaimTrials {
    pub trials: Vec<Trial>,
    /// The ids of the claims whose test fails: `factcheck test` cut short by a closed pipe
    /// (`| head`) still knows its outcome without running the rest.
    pub failing: Vec<String>,
}

impl ClaimTrials {
    /// Whether a claim that `arguments` selects fails (none with `--list`, which runs
    /// nothing): libtest-mimic's own filtering, by `--exact`, a filter and `--skip`.
    pub fn would_fail(&self, arguments: &Arguments) -> bool {
        let selected = |id: &str| {
            let names = |pattern: &String| {
                if arguments.exact {
                    id == pattern
                } else {
                    id.contains(pattern.as_str())
                }
            };
            arguments.filter.as_ref().is_none_or(names) && !arguments.skip.iter().any(names)
        };
        !arguments.list && !arguments.ignored && self.failing.iter().any(|id| selected(id))
    }
}

/// The tests for an opened project (`factcheck test` opens it itself, to report a file it
/// cannot load as the other commands do): one per claim. `shown` names the claims file in
/// failures.
pub fn project_trials(project: &Project, shown: &str) -> ClaimTrials {
    let style = Style {
        color: false,
        width: 100,
    };
    let (report, _dead_or_broad_patterns) = project.check();
    let failing = report
        .claims
        .iter()
        .filter(|claim| !claim.passed)
        .map(|claim| claim.id.clone())
        .collect();
    let trials = report
        .claims
        .iter()
        .map(|claim| {
            let outcome = if claim.passed {
                Ok(())
            } else {
                let mut text = format!("claim `{}` ({}:{}) failed:\n", claim.id, shown, claim.line);
                for failure in &claim.failures {
                    text.push_str(&format!("  - {failure}\n"));
                }
                text.push_str("verdicts: ");
                // Every document's verdict while the row stays short; past that, those that
                // do not omit the claim, and how many do (explain below has them all).
                let omits = claim
                    .verdicts
                    .iter()
                    .filter(|v| v.verdict == Verdict::Omits)
                    .count();
                let whole_row = report.documents.len() <= ROW_DOCUMENTS;
                let mut row: Vec<String> = report
                    .documents
                    .iter()
                    .zip(claim.verdicts.iter())
                    .filter(|(_, v)| whole_row || v.verdict != Verdict::Omits)
                    .map(|(doc, v)| format!("{} {}", doc.name(), render::table::symbol(v.verdict)))
                    .collect();
                if !whole_row && omits > 0 {
                    row.push(format!("{omits} others omit it"));
                }
                text.push_str(&row.join(", "));
                text.push_str("\n\n");
                // The documents that just omit the claim are listed by id, not one by one:
                // without their near misses, each would only say that nothing matched.
                text.push_str(&render::explain::render(
                    &report,
                    claim,
                    &[],
                    Some(&[]),
                    &[],
                    &[],
                    style,
                ));
                Err(Failed::from(text))
            };
            Trial::test(claim.id.clone(), move || outcome.clone())
        })
        .collect();
    ClaimTrials { trials, failing }
}
