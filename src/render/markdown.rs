//! GitHub-flavoured Markdown: the coverage table and failures, for a pull-request comment.

use super::table::{symbol, COUNTS_LEGEND, LEGEND};
use crate::report::Report;
use std::fmt::Write;

/// Up to this many documents get a column each.
const MAX_DOCUMENT_COLUMNS: usize = 20;

/// From this many documents the Markdown shows counts per verdict, which a report folded
/// to its counts (`Report::folded`) can give.
pub const COUNTS_FROM: usize = MAX_DOCUMENT_COLUMNS + 1;

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
    // A column per document fits a comment up to a point; beyond it, counts per verdict
    // (GitHub refuses comments over 65,536 characters).
    let per_document = report.folded.is_none() && report.documents.len() <= MAX_DOCUMENT_COLUMNS;
    out.push_str("| claim |");
    if per_document {
        for document in &report.documents {
            let _ = write!(out, " {} |", cell(document.name()));
        }
    } else {
        out.push_str(" ✓ | ✗ | ± | · |");
    }
    out.push_str(" supports | contradicts | result |\n|:--|");
    for _ in 0..if per_document {
        report.documents.len()
    } else {
        4
    } {
        out.push_str(":-:|");
    }
    out.push_str("--:|--:|:-:|\n");
    for claim in &report.claims {
        let _ = write!(out, "| `{}` |", cell(&claim.id));
        if per_document {
            for (document, verdict) in report.documents.iter().zip(claim.verdicts.iter()) {
                let unexpected = claim.is_unexpected(document.id(), verdict.verdict);
                let _ = write!(
                    out,
                    " {}{} |",
                    symbol(verdict.verdict),
                    if unexpected { "!" } else { "" }
                );
            }
        } else {
            for count in claim.verdict_counts() {
                let _ = write!(out, " {count} |");
            }
        }
        let (supports, contradicts) = claim.counts();
        let result = match (&shard, claim.passed) {
            (Some(_), _) => "—",
            (None, true) => "PASS",
            (None, false) => "**FAIL**",
        };
        let _ = writeln!(out, " {supports} | {contradicts} | {result} |");
    }
    // (A count is never unexpected: its key has no `!`.)
    let legend = if per_document { LEGEND } else { COUNTS_LEGEND };
    let _ = writeln!(out, "\n{legend}");
    if !per_document {
        let _ = writeln!(
            out,
            "\n{} documents are too many for a column each: the number of documents with each verdict is shown. `factcheck explain ID` shows a claim's documents, `factcheck explain --document DOC` a document's claims; `--format jsonl` gives every cell.",
            report.document_count()
        );
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Checker;

    fn report_of(documents: usize) -> Report {
        let yaml =
            "claims:\n  - id: pact\n    claim: The pact was signed.\n    support: ['signed']\n";
        let Ok((checker, _)) = Checker::from_yaml("claims.yaml", yaml) else {
            panic!("claims load")
        };
        let texts: Vec<(String, &str)> = (0..documents)
            .map(|i| {
                let text = if i % 2 == 0 {
                    "It was signed."
                } else {
                    "Nothing."
                };
                (format!("doc-{i:02}"), text)
            })
            .collect();
        checker.check_texts(texts.iter().map(|(id, text)| (id.as_str(), *text)))
    }

    #[test]
    fn documents_get_a_column_each_up_to_a_point_then_counts() {
        let few = render(&report_of(MAX_DOCUMENT_COLUMNS));
        assert!(few.contains("| claim | doc-00 |"), "{few}");
        let many = render(&report_of(MAX_DOCUMENT_COLUMNS + 1));
        assert!(!many.contains("doc-00"), "{many}");
        assert!(
            many.contains("| claim | ✓ | ✗ | ± | · | supports | contradicts | result |"),
            "{many}"
        );
        assert!(
            many.contains("| `pact` | 11 | 0 | 0 | 10 | 11 | 0 | PASS |"),
            "{many}"
        );
        assert!(
            many.contains("21 documents are too many for a column each")
                && many.contains("`factcheck explain --document DOC` a document's claims"),
            "{many}"
        );
    }
}
