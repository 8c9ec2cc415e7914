//! GitHub-flavoured Markdown: the coverage table and failures, for a pull-request comment.

use super::table::{symbol, LEGEND};
use crate::report::Report;
use std::fmt::Write;

pub fn render(report: &Report) -> String {
    let summary = report.summary;
    let mut out = String::new();
    let shard = super::shard_note(report);
    match &shard {
        Some(note) => {
            let _ = writeln!(out, "## factcheck: {}\n", cell(note));
        }
        None => {
            let status = if summary.failed == 0 { "✅" } else { "❌" };
            let _ = writeln!(
                out,
                "## {status} factcheck: {} of {} claims pass\n",
                summary.passed, summary.claims
            );
        }
    }
    out.push_str("| claim |");
    for document in &report.documents {
        let _ = write!(out, " {} |", cell(document.name()));
    }
    out.push_str(" supports | contradicts | result |\n|:--|");
    for _ in &report.documents {
        out.push_str(":-:|");
    }
    out.push_str("--:|--:|:-:|\n");
    for claim in &report.claims {
        let _ = write!(out, "| `{}` |", cell(&claim.id));
        for (document, verdict) in report.documents.iter().zip(claim.verdicts.iter()) {
            let unexpected = claim.is_unexpected(&document.id, verdict.verdict);
            let _ = write!(
                out,
                " {}{} |",
                symbol(verdict.verdict),
                if unexpected { "!" } else { "" }
            );
        }
        let (supports, contradicts) = claim.counts();
        let result = match (&shard, claim.passed) {
            (Some(_), _) => "—",
            (None, true) => "PASS",
            (None, false) => "**FAIL**",
        };
        let _ = writeln!(out, " {supports} | {contradicts} | {result} |");
    }
    let _ = writeln!(out, "\n{LEGEND}");
    let failed: Vec<_> = report
        .claims
        .iter()
        .filter(|c| !c.passed && shard.is_none())
        .collect();
    if !failed.is_empty() {
        out.push_str("\n### Failures\n\n");
        for claim in failed {
            let _ = writeln!(
                out,
                "- **`{}`** (line {}): {}",
                claim.id,
                claim.line,
                cell(&claim.claim)
            );
            for failure in &claim.failures {
                let _ = writeln!(out, "  - {}", cell(failure));
            }
        }
    }
    if !report.warnings.is_empty() {
        out.push_str("\n### Warnings\n\n");
        for warning in &report.warnings {
            let _ = writeln!(out, "- {}", cell(warning));
        }
    }
    out
}

/// Text safe inside a table cell: pipes escaped, line breaks folded.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}
