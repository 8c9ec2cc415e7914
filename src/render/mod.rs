//! Renderers: each turns a `Report` (or diagnostics) into text. They never decide anything.
//!
//! Only this module knows comfy-table and colour; every renderer returns a `String` so tests
//! capture output without a terminal.

pub mod diagnostic;
pub mod explain;
pub mod json;
pub mod jsonl;
pub mod junit;
pub mod markdown;
pub mod table;

use crate::report::{ClaimReport, Report};

/// How text output should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// ANSI colour: only on a terminal and never with NO_COLOR set (the CLI decides).
    pub color: bool,
    /// The width to fit in, in columns.
    pub width: u16,
}

impl Style {
    /// No colour, 80 columns: what snapshots and pipes get.
    pub const PLAIN: Style = Style {
        color: false,
        width: 80,
    };
}

/// Wraps `text` to `width` columns, prefixing every line with `indent`.
pub(crate) fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    let room = width.saturating_sub(indent.chars().count()).max(20);
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > room {
            out.push_str(indent);
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(indent);
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// What a shard's report says instead of passing or failing claims: a shard holds some of
/// the documents, so whether a claim meets its expectation is only known once `merge` has
/// every shard. (Its JSON still carries the shard's own `passed` and `failures`, with its
/// `shard`, for scripts; merge decides again.)
pub(crate) fn shard_note(report: &Report) -> Option<String> {
    let shard = report.shard?;
    let documents = match report.document_count() {
        1 => "1 document".to_string(),
        n => format!("{n} documents"),
    };
    Some(format!(
        "shard {}/{} ({documents}): expectations are decided by `factcheck merge` over every shard's JSON report",
        shard.index, shard.count
    ))
}

/// Each unmet expectation of a failed `claim` as the table states it:
/// `FAIL <id> (line <n>): <why>`, one line each (unwrapped).
pub fn failure_lines(claim: &ClaimReport, style: Style) -> Vec<String> {
    claim
        .failures
        .iter()
        .map(|failure| {
            format!(
                "{} {} (line {}): {failure}",
                paint("FAIL", "1;31", style),
                claim.id,
                claim.line
            )
        })
        .collect()
}

pub(crate) fn paint(text: &str, code: &str, style: Style) -> String {
    if style.color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}
