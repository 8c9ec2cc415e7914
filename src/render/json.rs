//! The JSON report: a contract with scripts and CI, so its fields only ever grow.

use crate::report::Report;

pub fn render(report: &Report) -> String {
    // Serializing plain data cannot fail; an empty object is a safe fallback regardless.
    let mut text = serde_json::to_string_pretty(report).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    text
}
