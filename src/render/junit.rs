//! JUnit XML: one test case per claim, for the test report views of CI systems.
//!
//! The shape follows the common Ant/Jenkins JUnit schema that GitLab, Jenkins, GitHub
//! actions and Azure read: `testsuites` > `testsuite` > `testcase` with `failure`. Times are
//! written as 0 so that the file is byte-for-byte stable between runs.

use super::{explain, Style};
use crate::report::Report;
use std::fmt::Write;

/// Renders `report`; `suite` names the test suite (the claims file, as the user named it).
pub fn render(report: &Report, suite: &str) -> String {
    let summary = report.summary;
    // A shard's claims are skipped: whether they pass is decided by `merge`.
    let shard = super::shard_note(report);
    let (failed, skipped) = match shard {
        Some(_) => (0, summary.claims),
        None => (summary.failed, 0),
    };
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"factcheck\" tests=\"{}\" failures=\"{failed}\" errors=\"0\" time=\"0\">",
        summary.claims
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failed}\" errors=\"0\" skipped=\"{skipped}\" time=\"0\">",
        escape(suite),
        summary.claims
    );
    let style = Style {
        color: false,
        width: 100,
    };
    for claim in &report.claims {
        let _ = write!(
            out,
            "    <testcase name=\"{}\" classname=\"factcheck.{}\" time=\"0\"",
            escape(&claim.id),
            escape(
                &claim
                    .tags
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "claims".to_string())
            )
        );
        if let Some(note) = &shard {
            let _ = writeln!(
                out,
                ">\n      <skipped message=\"{}\"/>\n    </testcase>",
                escape(note)
            );
            continue;
        }
        if claim.passed {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        let message = claim.failures.join("; ");
        let details = explain::render(report, claim, &[], &[], style);
        let _ = writeln!(
            out,
            "      <failure type=\"expectation\" message=\"{}\">{}</failure>",
            escape(&message),
            escape(&details)
        );
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

/// Escapes text for XML attributes and content, and drops the control characters XML 1.0
/// cannot hold at all.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' | '\t' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}
