//! Problems found in a user's input, each carrying where it is and how to fix it.
//!
//! This module owns the `Diagnostic` value only; turning one into text is the job of
//! `render::diagnostic`, so that every problem the program reports looks alike.

use std::fmt;

/// How bad a problem is: errors stop a run (exit status 2), warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// A place in a user's file. Lines and columns are 1-based; columns count characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The text of the line, kept so a renderer can draw a caret without the file.
    pub line_text: String,
    /// How many characters the caret should underline (at least one).
    pub width: usize,
}

impl Location {
    /// Finds line and column of byte `offset` in `source`, which is the text of `file`.
    pub fn at_offset(file: &str, source: &str, offset: usize, width: usize) -> Location {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[offset..]
            .find('\n')
            .map_or(source.len(), |i| offset + i);
        let line = source[..line_start].matches('\n').count() + 1;
        let column = source[line_start..offset].chars().count() + 1;
        Location {
            file: file.to_string(),
            line,
            column,
            line_text: source[line_start..line_end]
                .trim_end_matches('\r')
                .to_string(),
            width: width.max(1),
        }
    }

    /// The location of `line:column` (both 1-based) in `source`.
    pub fn at_line_column(
        file: &str,
        source: &str,
        line: usize,
        column: usize,
        width: usize,
    ) -> Location {
        let line_text = source
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("")
            .trim_end_matches('\r')
            .to_string();
        Location {
            file: file.to_string(),
            line,
            column: column.max(1),
            line_text,
            width: width.max(1),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// One problem in a claims file, a document or a command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable, short name for the kind of problem, e.g. `unknown-key`.
    pub code: &'static str,
    pub message: String,
    /// Boxed: most diagnostics travel in `Result`s and should stay small.
    pub location: Option<Box<Location>>,
    /// What to do about it, in one sentence.
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
            hint: None,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn at(mut self, location: Option<Location>) -> Diagnostic {
        self.location = location.map(Box::new);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The one-line form, `file:line:column: error: message`, used in JSON reports and logs.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(location) = &self.location {
            write!(f, "{location}: ")?;
        }
        write!(f, "{}: {}", self.severity, self.message)
    }
}

/// Puts diagnostics in the order a person fixes them: down the file, then those without a
/// place. The sort is stable, so problems at one spot keep the order they were found in.
pub fn sort_by_position(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| match &d.location {
        Some(at) => (false, at.file.clone(), at.line, at.column),
        None => (true, String::new(), 0, 0),
    });
}

/// Suggests the closest of `candidates` to a misspelt `word`, if one is close enough
/// to be what the user meant.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(&word, &candidate.to_lowercase()), candidate))
        .filter(|(distance, candidate)| {
            *distance <= (candidate.chars().count() / 3).max(1)
                || candidate.starts_with(word.as_str())
                || word.starts_with(*candidate)
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_finds_plural_and_typo() {
        let keys = ["support", "contradict", "number"];
        assert_eq!(did_you_mean("contradicts", keys), Some("contradict"));
        assert_eq!(did_you_mean("suport", keys), Some("support"));
        assert_eq!(did_you_mean("banana", keys), None);
    }

    #[test]
    fn location_counts_characters_not_bytes() {
        let source = "a: é\nb: ü x\n";
        let location = Location::at_offset("f.yaml", source, source.find('x').unwrap_or(0), 1);
        assert_eq!((location.line, location.column), (2, 6));
        assert_eq!(location.line_text, "b: ü x");
    }
}
