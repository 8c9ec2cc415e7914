//! Draws a `Diagnostic` the one way every problem in the program is shown: the message,
//! `file:line:column`, the offending line with a caret under the spot, and a hint.

use super::{paint, Style};
use crate::diagnostic::{Diagnostic, Severity};
use std::fmt::Write;

pub fn render(diagnostic: &Diagnostic, style: Style) -> String {
    let mut out = String::new();
    let (label, code) = match diagnostic.severity {
        Severity::Error => ("error", "1;31"),
        Severity::Warning => ("warning", "1;33"),
    };
    let _ = writeln!(out, "{}: {}", paint(label, code, style), diagnostic.message);
    if let Some(location) = &diagnostic.location {
        let number = location.line.to_string();
        let gutter = " ".repeat(number.len());
        let _ = writeln!(out, "{gutter}--> {location}");
        if !location.line_text.trim().is_empty() {
            // A tab is drawn as one visible character, so the caret stays under the spot
            // and a tab in the indentation (a YAML error) can be seen.
            let shown: String = location.line_text.replace('\t', "→");
            let pad = " ".repeat(location.column.saturating_sub(1).min(shown.chars().count()));
            let carets = "^".repeat(location.width.max(1));
            let _ = writeln!(out, "{gutter} |");
            let _ = writeln!(out, "{number} | {shown}");
            let _ = writeln!(out, "{gutter} | {pad}{}", paint(&carets, code, style));
        }
    }
    if let Some(hint) = &diagnostic.hint {
        // `=` under the gutter's `|`, however many digits the line number has.
        let gutter = diagnostic
            .location
            .as_ref()
            .map_or(1, |location| location.line.to_string().len());
        let _ = writeln!(out, "{} = help: {hint}", " ".repeat(gutter));
    }
    out
}

/// Renders many diagnostics, errors and warnings alike, separated by blank lines.
pub fn render_all(diagnostics: &[Diagnostic], style: Style) -> String {
    diagnostics
        .iter()
        .map(|d| render(d, style))
        .collect::<Vec<_>>()
        .join("\n")
}
