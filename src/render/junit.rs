//! JUnit XML: one test case per claim, for the test report views of CI systems.
//!
//! The shape follows the common Ant/Jenkins JUnit schema that GitLab, Jenkins, GitHub
//! actions and Azure read: `testsuites` > `testsuite` > `testcase` with `failure`. Times are
//! written as 0 so that the file is byte-for-byte stable between runs.

use super::{explain, Style};
use crate::report::{ClaimReport, Report};
use std::fmt::Write;
use std::io;

/// Renders `report`; `suite` names the test suite (the claims file, as the user named it).
pub fn render(report: &Report, suite: &str) -> String {
    let mut out = Vec::new();
    let written = write(report, suite, |i| Ok(failure(report, i)), &mut out);
    match written {
        Ok(()) => String::from_utf8_lossy(&out).into_owned(),
        Err(error) => unreachable!("writing to memory failed: {error}"),
    }
}

/// The failure details of claim `index` of `report`, which keeps its evidence.
pub fn failure(report: &Report, index: usize) -> String {
    failure_details(report, &report.claims[index], explain::Unlisted::default())
}

/// The failure details of `claim`: its explanation (`explain::render_failure`), from a
/// report that keeps its evidence or from an excerpt read back from the spill
/// (`json::SpilledClaims::excerpt`), with the documents it leaves out in `unlisted`.
pub fn failure_details(
    report: &Report,
    claim: &ClaimReport,
    unlisted: explain::Unlisted,
) -> String {
    let style = Style {
        color: false,
        width: 100,
    };
    explain::render_failure(report, claim, unlisted, style)
}

/// Writes `report` to `out` one test case at a time. `details(i)` gives the failure
/// details of claim `i` (`failure`, or `failure_details` of an excerpt read back from
/// where the evidence was spilled), so that a large run never holds all its evidence, nor
/// all its documents, at once.
pub fn write(
    report: &Report,
    suite: &str,
    details: impl Fn(usize) -> io::Result<String>,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let summary = report.summary;
    // A shard's claims are skipped: whether they pass is decided by `merge`.
    let shard = super::shard_note(report);
    let (failed, skipped) = match shard {
        Some(_) => (0, summary.claims),
        None => (summary.failed, 0),
    };
    let mut text = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        text,
        "<testsuites name=\"factcheck\" tests=\"{}\" failures=\"{failed}\" errors=\"0\" time=\"0\">",
        summary.claims
    );
    let _ = writeln!(
        text,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failed}\" errors=\"0\" skipped=\"{skipped}\" time=\"0\">",
        escape(suite),
        summary.claims
    );
    for (index, claim) in report.claims.iter().enumerate() {
        out.write_all(text.as_bytes())?;
        text.clear();
        let _ = write!(
            text,
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
                text,
                ">\n      <skipped message=\"{}\"/>\n    </testcase>",
                escape(note)
            );
            continue;
        }
        if claim.passed {
            text.push_str("/>\n");
            continue;
        }
        text.push_str(">\n");
        let message = claim.failures.join("; ");
        // Documents that just omit the claim are listed by id: with no near misses at hand,
        // each would only say that nothing matched.
        let details = details(index)?;
        let _ = writeln!(
            text,
            "      <failure type=\"expectation\" message=\"{}\">{}</failure>",
            escape(&message),
            escape(&details)
        );
        text.push_str("    </testcase>\n");
    }
    text.push_str("  </testsuite>\n</testsuites>\n");
    out.write_all(text.as_bytes())
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
