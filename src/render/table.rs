//! The coverage table: claims down the side, documents across the top, one symbol per cell.
//!
//! Fits the given width: long document names become `D1`, `D2`, … with a key below; when
//! a column each does not fit, each claim's verdicts are a strip of symbols in one column,
//! the documents numbered below; and when even that does not fit, counts per verdict.

use super::Style;
use crate::claims::ExpectKind;
use crate::report::Report;
use crate::verdict::Verdict;
use comfy_table::{
    presets, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table,
};
use std::fmt::Write;

/// Room for the claim column (at least `CLAIM_ID_MIN` characters of id, longer ids wrap),
/// the counts and the result, with borders.
const FIXED_COLUMNS: usize = 40;
const CLAIM_ID_MIN: usize = 16;
/// Longest document name shown as a header; longer ones get a short key.
const MAX_HEADER: usize = 8;

pub const LEGEND: &str =
    "✓ supports, ✗ contradicts, ± mixed, · omits, ! not the verdict expected of it";

/// The key to the count columns (a count cannot be unexpected: no `!`).
pub const COUNTS_LEGEND: &str = "✓ supports, ✗ contradicts, ± mixed, · omits";

/// The width of the terminal on standard output, when it is one.
pub fn terminal_width() -> Option<u16> {
    Table::new().width()
}

/// The prefix of the keys that long document names get in the table's header: `D`
/// (`D12`, by position), unless another document's id or label reads as such a key
/// ("D3" on any document but the third), which would head two columns and name two
/// documents to `explain --document`; then `K`, `X`, `doc`, or `D` repeated until free.
pub fn key_prefix(report: &Report) -> String {
    // Whether `name`, document `index`'s, reads as another document's key.
    let anothers_key = |name: &str, prefix: &str, index: usize| {
        key_number(name, prefix).is_some_and(|number| number != index + 1)
    };
    let taken = |prefix: &str| {
        report.documents.iter().enumerate().any(|(index, d)| {
            anothers_key(d.id(), prefix, index)
                || d.label().is_some_and(|l| anothers_key(l, prefix, index))
        })
    };
    let fixed = ["D", "K", "X", "doc"].map(String::from);
    let repeated = (2..).map(|n| "D".repeat(n));
    fixed
        .into_iter()
        .chain(repeated)
        .find(|prefix| !taken(prefix))
        .unwrap_or_default()
}

/// The number (from 1) of the key `name` reads as, with `prefix` in any case and digits
/// after it (`d12` is 12 under `D`); none if it reads as no key.
pub fn key_number(name: &str, prefix: &str) -> Option<usize> {
    let digits = name
        .get(..prefix.len())
        .filter(|start| start.eq_ignore_ascii_case(prefix))
        .map(|_| &name[prefix.len()..])?;
    match !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        true => digits.parse().ok(),
        false => None,
    }
}

/// The key of document `index` (from 0) in the table's header, when its name is long.
pub fn document_key(prefix: &str, index: usize) -> String {
    format!("{prefix}{}", index + 1)
}

pub fn symbol(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Supports => "✓",
        Verdict::Contradicts => "✗",
        Verdict::Mixed => "±",
        Verdict::Omits => "·",
    }
}

fn color(verdict: Verdict) -> Color {
    match verdict {
        Verdict::Supports => Color::Green,
        Verdict::Contradicts => Color::Red,
        Verdict::Mixed => Color::Yellow,
        Verdict::Omits => Color::DarkGrey,
    }
}

pub fn render(report: &Report, style: Style) -> String {
    let width = usize::from(style.width);
    // No claims: an empty table (and a note on columns for documents) says nothing the
    // warning on standard error does not.
    if report.claims.is_empty() {
        return format!(
            "0 claims: nothing is checked in {} document{}\n",
            report.document_count(),
            if report.document_count() == 1 {
                ""
            } else {
                "s"
            }
        );
    }
    // Each document's coverage, the footer of its column: the share of claims it does not
    // omit, counted from each claim's verdicts that are not omits.
    let mut covered = vec![0usize; report.documents.len()];
    for claim in &report.claims {
        for i in claim.verdicts.not_omitted() {
            if let Some(count) = covered.get_mut(i) {
                *count += 1;
            }
        }
    }
    let claims = report.claims.len().max(1);
    let prefix = key_prefix(report);
    let coverage: Vec<String> = covered
        .iter()
        .map(|covered| format!("{}%", (covered * 100 + claims / 2) / claims))
        .collect();
    // Each document column is as wide as its header (a short name, or a key such as `D12`)
    // and its coverage, plus a border.
    let document_columns: usize = report
        .documents
        .iter()
        .zip(&coverage)
        .enumerate()
        .map(|(i, (d, coverage))| {
            let name = d.name().chars().count();
            let header = if name > MAX_HEADER {
                document_key(&prefix, i).len()
            } else {
                name
            };
            header.max(coverage.len()) + 1
        })
        .sum();
    // The claim column needs no more than its longest id (or "coverage").
    let claim_column = report
        .claims
        .iter()
        .map(|c| c.id.chars().count())
        .max()
        .unwrap_or(0)
        .clamp("coverage".len(), CLAIM_ID_MIN);
    let needed = FIXED_COLUMNS - CLAIM_ID_MIN + claim_column + document_columns;
    // A report folded to its counts (`Report::folded`) shows counts: the CLI folds one only
    // past the documents where the table shows nothing else (`counts_only_from`).
    let folded = report.folded.is_some();
    let per_document = !folded && needed <= width;
    // Between a column a document and counts, a strip: one symbol a document, in tens, in
    // one column, numbered in its header (36 documents fit in 80 columns so, where a
    // column each needs 220; trial readers with 36 documents saw counts only).
    let strip_width = strip_len(report.documents.len());
    // (With the column's border.)
    let strip = !folded
        && !per_document
        && FIXED_COLUMNS - CLAIM_ID_MIN + claim_column + strip_width < width;
    // Built twice when a claim id is longer than the claim column comfy-table gives it:
    // the second time, ids are cut after their hyphens to fit, where comfy-table would
    // cut them anywhere ("northvell-12hr-de" / "c-2024").
    let build = |wrap_ids: Option<usize>| {
        let mut table = Table::new();
        table
            .load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(style.width);
        if !style.color {
            table.force_no_tty();
        } else {
            table.enforce_styling();
        }
        let mut key = Vec::new();
        let mut header = vec![Cell::new("claim")];
        if per_document {
            for (i, document) in report.documents.iter().enumerate() {
                if document.name().chars().count() > MAX_HEADER {
                    let name = document_key(&prefix, i);
                    key.push(format!("{name} = {}", document.name()));
                    header.push(Cell::new(name));
                } else {
                    header.push(Cell::new(document.name()));
                }
            }
        } else if strip {
            header.push(Cell::new(strip_header(report.documents.len())));
        } else {
            for verdict in ["✓", "✗", "±", "·"] {
                header.push(Cell::new(verdict));
            }
        }
        header.extend([Cell::new(" sup"), Cell::new(" con"), Cell::new(" result ")]);
        let columns = header.len();
        table.set_header(header);
        // Every column but the claim's is as wide as its content, so the claim ids get the rest.
        for i in 1..columns {
            if let Some(column) = table.column_mut(i) {
                column.set_constraint(ColumnConstraint::ContentWidth);
                column.set_padding((0, 0));
            }
        }

        for claim in &report.claims {
            let mut row = vec![Cell::new(match wrap_ids {
                Some(room) => wrap_at_hyphens(&claim.id, room),
                None => claim.id.clone(),
            })];
            if per_document {
                for (document, verdict) in report
                    .documents
                    .iter()
                    .map(|d| d.id())
                    .zip(claim.verdicts.iter())
                {
                    let pinned = claim.is_unexpected(document, verdict.verdict);
                    let text = format!(
                        "{}{}",
                        symbol(verdict.verdict),
                        if pinned { "!" } else { "" }
                    );
                    let mut cell = Cell::new(text).set_alignment(CellAlignment::Center);
                    if style.color {
                        cell = cell.fg(color(verdict.verdict));
                    }
                    row.push(cell);
                }
            } else if strip {
                let symbols: Vec<&str> = claim.verdicts.iter().map(|v| symbol(v.verdict)).collect();
                row.push(Cell::new(in_groups(&symbols)));
            } else {
                for count in claim.verdict_counts() {
                    row.push(Cell::new(count).set_alignment(CellAlignment::Right));
                }
            }
            let (supports, contradicts) = claim.counts();
            row.push(Cell::new(supports).set_alignment(CellAlignment::Right));
            row.push(Cell::new(contradicts).set_alignment(CellAlignment::Right));
            let shown = match (report.shard, claim.passed) {
                // A shard cannot know (see `shard_note`).
                (Some(_), _) => "—",
                (None, true) => "PASS",
                (None, false) => "FAIL",
            };
            let mut result = Cell::new(shown).set_alignment(CellAlignment::Center);
            if style.color && report.shard.is_none() {
                result = result.fg(if claim.passed {
                    Color::Green
                } else {
                    Color::Red
                });
            }
            row.push(result);
            table.add_row(row);
        }

        if per_document && !report.claims.is_empty() {
            let mut footer = vec![Cell::new("coverage")];
            for percent in &coverage {
                footer.push(Cell::new(percent).set_alignment(CellAlignment::Center));
            }
            footer.extend([Cell::new(""), Cell::new(""), Cell::new("")]);
            table.add_row(footer);
        }
        (table, key)
    };
    let (table, mut key) = build(None);
    let mut rendered = table.to_string();
    let room = claim_column_room(&rendered);
    if let Some(room) =
        room.filter(|&room| report.claims.iter().any(|c| c.id.chars().count() > room))
    {
        let (table, cut_key) = build(Some(room));
        (rendered, key) = (table.to_string(), cut_key);
    }

    let mut out = rendered;
    out.push('\n');
    if per_document {
        out.push_str(&super::wrap(LEGEND, width, ""));
    } else if strip {
        out.push_str(&super::wrap(STRIP_LEGEND, width, ""));
        let numbered: Vec<String> = report
            .documents
            .iter()
            .enumerate()
            .map(|(i, document)| format!("{}={}", i + 1, document.name()))
            .collect();
        out.push_str(&super::wrap(
            &format!("documents: {}", numbered.join(", ")),
            width,
            "",
        ));
    } else {
        let documents = report.document_count();
        // No terminal is wider than COLUMNS can say (65,535): past it, and past `FOLD_MIN`
        // documents, whatever they are called (a folded report does not know how wide its
        // columns would be), the note advises no width.
        let beyond = folded || documents >= FOLD_MIN || needed > usize::from(u16::MAX);
        let (room, widen) = match beyond {
            true => (String::new(), String::new()),
            false => (
                format!(" in {width} columns"),
                format!(
                    " (a column each needs {needed}: set COLUMNS={needed} on a terminal that wide)"
                ),
            ),
        };
        let note = format!(
            "{documents} documents are too many for one column each{room}: counts per verdict shown ({COUNTS_LEGEND}){widen}; `factcheck explain ID` shows a claim's documents, `factcheck explain --document DOC` a document's claims, `--format jsonl` every document's verdicts",
        );
        out.push_str(&super::wrap(&note, width, ""));
    }
    for line in &key {
        let _ = writeln!(out, "{line}");
    }
    if let Some(note) = super::shard_note(report) {
        out.push('\n');
        out.push_str(&super::wrap(&note, width, ""));
        return out;
    }
    let failed: Vec<_> = report.claims.iter().filter(|c| !c.passed).collect();
    if !failed.is_empty() {
        out.push('\n');
        for claim in &failed {
            for line in super::failure_lines(claim, style) {
                out.push_str(&super::wrap(&line, width, ""));
            }
        }
        // Trial readers with rival reports saw nearly every claim fail under the default
        // expectation and took the tool for broken: say what fails them and what to write.
        let rivals = failed
            .iter()
            .filter(|claim| {
                let (supports, contradicts) = claim.counts();
                claim.expect.kind == ExpectKind::Supported
                    && claim.expect.supports.is_none()
                    && claim.expect.contradicts.is_none()
                    && claim.expect.documents.is_empty()
                    && supports > 0
                    && contradicts > 0
            })
            .count();
        if rivals > 0 {
            let note = format!(
                "note: {rivals} claim{} above fail{} only because a document contradicts {}, which the default expectation (`supported`) allows none of; where your sources are rival reports, write `expect: {{}}` to track a claim without failing it, or pin what you expect (README, \"Expectations\")",
                if rivals == 1 { "" } else { "s" },
                if rivals == 1 { "s" } else { "" },
                if rivals == 1 { "it" } else { "them" },
            );
            out.push('\n');
            out.push_str(&super::wrap(&note, width, ""));
        }
    }
    let summary = report.summary;
    let _ = writeln!(
        out,
        "\n{} claim{}: {} passed, {} failed",
        summary.claims,
        if summary.claims == 1 { "" } else { "s" },
        summary.passed,
        summary.failed
    );
    out
}

/// The fewest documents whose table cannot have a column each on any terminal: a column
/// takes at least two characters, and COLUMNS says at most 65,535.
pub const FOLD_MIN: usize = 32_768;

/// The fewest documents from which the table `width` characters wide shows counts per
/// verdict whatever the claims are called (neither a column each nor a strip fits), and
/// at least `FOLD_MIN`: from there on a run can fold its report to counts
/// (`ReportBuilder::fold_from`) and print the same table, in memory that does not grow with the
/// documents.
pub fn counts_only_from(width: u16) -> usize {
    // A strip's row with the narrowest claim column ("coverage" is its least width).
    let least = FIXED_COLUMNS - CLAIM_ID_MIN + "coverage".len();
    let mut documents = FOLD_MIN;
    while least + strip_len(documents) < usize::from(width) {
        documents += 1;
    }
    documents
}

/// Documents per group of a strip (`render`), set apart by a space.
const STRIP_GROUP: usize = 10;

const STRIP_LEGEND: &str = "✓ supports, ✗ contradicts, ± mixed, · omits; one symbol a document, numbered as below (`factcheck explain ID` shows a claim's documents)";

/// How many characters a strip of `documents` symbols takes, spaces between groups included.
fn strip_len(documents: usize) -> usize {
    documents + documents.saturating_sub(1) / STRIP_GROUP
}

/// `symbols` in groups of `STRIP_GROUP`, a space between groups.
fn in_groups(symbols: &[&str]) -> String {
    symbols
        .chunks(STRIP_GROUP)
        .map(|group| group.concat())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The header of a strip of `documents`: the numbers of each group's documents over it,
/// "1-10       11-20      21-30      31-36".
fn strip_header(documents: usize) -> String {
    let mut header = String::new();
    for start in (0..documents).step_by(STRIP_GROUP) {
        let end = (start + STRIP_GROUP).min(documents);
        let label = if end - start == 1 {
            format!("{}", start + 1)
        } else {
            format!("{}-{}", start + 1, end)
        };
        if !header.is_empty() {
            header.push(' ');
        }
        // Each label over its group, padded to the group's width (the last one is left as
        // it is: trailing spaces would widen the column).
        let room = end - start;
        if end < documents {
            header.push_str(&format!("{label:<room$}"));
        } else {
            header.push_str(&label);
        }
    }
    header
}

/// The room for text in the claim column of a rendered table: the width of its first
/// column between the borders, less its padding.
fn claim_column_room(rendered: &str) -> Option<usize> {
    let top = rendered.lines().next()?;
    let inner = top.strip_prefix('┌')?;
    let width = inner.chars().take_while(|&c| c == '─').count();
    width.checked_sub(2).filter(|&room| room > 0)
}

/// `id` cut into lines of at most `room` characters after its hyphens
/// ("northvell-12hr-" / "dec-2024"); a piece longer than `room` is left to the table.
fn wrap_at_hyphens(id: &str, room: usize) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    for piece in id.split_inclusive('-') {
        let line = lines.last_mut().map(|l| l.chars().count()).unwrap_or(0);
        if line > 0 && line + piece.chars().count() > room {
            lines.push(String::new());
        }
        if let Some(last) = lines.last_mut() {
            last.push_str(piece);
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report folds to counts only where the table could show nothing else: past
    /// `FOLD_MIN` documents, and past where a strip fits the width even with the narrowest
    /// claim column.
    #[test]
    fn a_table_folds_only_where_it_shows_counts() {
        assert_eq!(counts_only_from(80), FOLD_MIN);
        assert_eq!(counts_only_from(u16::MAX), 59_549);
        for width in [80, 40_000, u16::MAX] {
            let from = counts_only_from(width);
            let least = FIXED_COLUMNS - CLAIM_ID_MIN + "coverage".len();
            assert!(least + strip_len(from) >= usize::from(width), "{width}");
            if from > FOLD_MIN {
                assert!(least + strip_len(from - 1) < usize::from(width), "{width}");
            }
        }
    }

    #[test]
    fn a_strip_reads_in_tens_under_their_numbers() {
        assert_eq!(strip_len(36), 39);
        assert_eq!(strip_len(10), 10);
        assert_eq!(strip_len(11), 12);
        assert_eq!(strip_header(36), "1-10       11-20      21-30      31-36");
        assert_eq!(strip_header(21), "1-10       11-20      21");
        let symbols = ["✓"; 12];
        assert_eq!(in_groups(&symbols), "✓✓✓✓✓✓✓✓✓✓ ✓✓");
        // Each label starts over its group's first symbol.
        let header: Vec<char> = strip_header(36).chars().collect();
        let strip: Vec<char> = in_groups(&["·"; 36]).chars().collect();
        for (at, first) in [(0, '1'), (11, '1'), (22, '2'), (33, '3')] {
            assert_eq!(header[at], first, "{at}");
            assert_eq!(strip[at], '·', "{at}");
            if at > 0 {
                assert_eq!((header[at - 1], strip[at - 1]), (' ', ' '), "{at}");
            }
        }
    }
}
