//! Reading claims.yaml into a `ClaimsFile`, reporting every problem at once.
//!
//! The YAML is first parsed into a generic tree (a syntax error stops here, since nothing
//! after it can be trusted), then walked by hand so that each problem gets its own
//! message, location and hint instead of serde's first-error-wins.

use super::locate::{Target, YamlPath};
use super::{
    Claim, ClaimsFile, ExpectKind, Expectation, HedgePolicy, Matcher, Origin, PatternSource, Side,
    Term, Within,
};
use crate::diagnostic::{did_you_mean, Diagnostic, Location};
use crate::numbers::Constraint;
use crate::verdict::Verdict;
use serde_yaml::Value;
use std::collections::HashMap;

/// Keys allowed at the top of a claims file.
pub const KNOWN_TOP_KEYS: &[&str] = &["sources", "documents", "terms", "claims"];
/// Keys allowed in a claim.
pub const KNOWN_CLAIM_KEYS: &[&str] = &[
    "id",
    "claim",
    "tags",
    "support",
    "contradict",
    "number",
    "expect",
    "hedged",
    "note",
];
/// Keys allowed in an `{all: [...]}` matcher.
pub const KNOWN_MATCHER_KEYS: &[&str] = &["all", "within"];
/// Keys allowed in an `expect:` mapping.
pub const KNOWN_EXPECT_KEYS: &[&str] = &["supports", "contradicts", "documents"];

/// Parses the text of a claims file named `file`. Returns the file when it has no errors,
/// and every problem found (warnings too) either way.
pub fn parse(file: &str, text: &str) -> (Option<ClaimsFile>, Vec<Diagnostic>) {
    let (claims_file, problems) = parse_partial(file, text);
    if problems.iter().any(Diagnostic::is_error) {
        (None, problems)
    } else {
        (claims_file, problems)
    }
}

/// Like `parse`, but returns what loaded even when there are errors (`None` only when the
/// YAML itself is broken), so that `lint` can go on to check patterns and document ids and
/// report every problem in one run. Never judge documents with a partial file.
pub fn parse_partial(file: &str, text: &str) -> (Option<ClaimsFile>, Vec<Diagnostic>) {
    // A byte-order mark (some Windows editors write one) is not YAML's: the parser read it
    // as a second document, with no place to point at.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let origin = Origin {
        file: file.to_string(),
        text: text.to_string(),
        claim_lines: None,
        line_starts: Default::default(),
    };
    let mut loader = Loader {
        origin,
        problems: Vec::new(),
    };
    let root = match serde_yaml::from_str::<Value>(text) {
        Ok(root) => root,
        Err(error) => {
            loader.problems.push(syntax_error(file, text, &error));
            return (None, loader.problems);
        }
    };
    let mut claims_file = loader.root(&root);
    // The file keeps the text it came from, and what loading learnt of its layout.
    claims_file.origin = loader.origin;
    (Some(claims_file), loader.problems)
}

/// A syntax error the parser places by byte offset alone: most often a control character
/// (a NUL byte from a file saved as UTF-16, a form feed pasted from a PDF).
fn at_position(file: &str, text: &str, problem: &str, offset: usize) -> Diagnostic {
    let location = Location::at_offset(file, text, offset, 1);
    let control = text
        .get(offset..)
        .and_then(|rest| rest.chars().next())
        .filter(|c| c.is_control());
    match control {
        Some(c) => Diagnostic::error(
            "yaml-syntax",
            format!(
                "invalid YAML: a control character (U+{:04X}) is not allowed",
                u32::from(c)
            ),
        )
        .hint(match c {
            '\0' => "delete it: YAML allows no control character but tab and line breaks (NUL bytes all through the file mean it was saved as UTF-16: save it as UTF-8)",
            _ => "delete it: YAML allows no control character but tab and line breaks (it may have come with text pasted from a PDF or a web page)",
        }),
        None => Diagnostic::error("yaml-syntax", format!("invalid YAML: {problem}")),
    }
    .at(Some(location))
}

fn syntax_error(file: &str, text: &str, error: &serde_yaml::Error) -> Diagnostic {
    let full = error.to_string();
    // The parser says "PROBLEM at line L column C[, while parsing CONTEXT at line L column C]".
    let (problem, context) = match full.split_once(", while parsing ") {
        Some((problem, context)) => (problem, Some(context)),
        None => (full.as_str(), None),
    };
    let problem = problem.split(" at line ").next().unwrap_or(problem);
    // "control characters are not allowed at position 47": a byte offset, where the
    // error's own location is the file's start.
    if let Some((problem, offset)) = problem
        .rsplit_once(" at position ")
        .and_then(|(problem, n)| Some((problem, n.trim().parse::<usize>().ok()?)))
    {
        return at_position(file, text, problem, offset);
    }
    let mut location = error
        .location()
        .map(|at| Location::at_line_column(file, text, at.line(), at.column(), 1));
    let mut message = format!("invalid YAML: {problem}");
    if let Some(context) = context {
        let (what, at) = context.split_once(" at line ").unwrap_or((context, ""));
        let mut numbers = at.split(" column ").map(|n| n.trim().parse::<usize>().ok());
        let start = (numbers.next().flatten(), numbers.next().flatten());
        // An unclosed `[` or `{` is found far from where it was opened: point at the opening.
        if let (true, (Some(line), Some(column))) = (what.starts_with("a flow"), start) {
            let bracket = if what.contains("sequence") { "[" } else { "{" };
            message = format!("invalid YAML: this `{bracket}` is never closed ({problem})");
            location = Some(Location::at_line_column(file, text, line, column, 1));
        } else if let (Some(line), Some(_)) = start {
            message.push_str(&format!(
                " (while reading {what} that starts on line {line})"
            ));
        }
    }
    let error_line = error.location().map_or(1, |at| at.line());
    // A slip found where it was made: its line, column and width, what it is, how to mend it.
    let slip = |(line, column, width): (usize, usize, usize), message: String, hint: String| {
        Diagnostic::error("yaml-syntax", message)
            .at(Some(Location::at_line_column(
                file, text, line, column, width,
            )))
            .hint(hint)
    };
    // `'Putin's second summit'`: the apostrophe closes the quoted value, and the parser
    // stumbles on the letters after it (a trial's reader was told to fix the indentation).
    if let Some((line, column, value)) = apostrophe_in_single_quotes(text, error_line) {
        return slip(
            (line, column, 1),
            "invalid YAML: this apostrophe ends the quoted value early".into(),
            format!("inside '...', write an apostrophe as two: {value}"),
        );
    }
    // A quote left open runs on to the next lines, and the parser stumbles there: point at
    // the quote instead, when a line at or above the error leaves one open.
    if let Some((line, column)) = unclosed_quote(text, error_line) {
        return slip(
            (line, column, 1),
            format!("invalid YAML: this quote is not closed on its line ({problem})"),
            "close the quoted value on the same line; inside '...', write a quote as ''".into(),
        );
    }
    // `number:12` is a plain value to YAML, which then stumbles on a later line.
    if let Some((line, column, key, value)) = key_without_space(text, error_line) {
        return slip(
            (line, column, key.chars().count() + 1),
            format!("invalid YAML: `{key}:{value}` needs a space after the colon ({problem})"),
            format!("write `{key}: {value}`"),
        );
    }
    // `supports: >= 1`: YAML reads a value that starts with `>` as a folded block.
    if let Some((line, column, key, value)) = comparison_unquoted(text, error_line) {
        return slip(
            (line, column, value.chars().count()),
            format!("invalid YAML: `{value}` needs quotes: YAML reads a value that starts with `>` as a block of text ({problem})"),
            format!("write `{key}: '{value}'`"),
        );
    }
    // `- {putin} visited`: YAML reads a value that starts with `{` as a mapping.
    if let Some((line, column, value)) = unquoted_placeholder(text, error_line) {
        return slip(
            (line, column, value.chars().count()),
            format!("invalid YAML: `{value}` needs quotes: YAML reads a value that starts with `{{` as a mapping ({problem})"),
            format!("write '{value}'"),
        );
    }
    // A tab before the first character of a line is reported as a character that cannot
    // start a token when it opens a list item (`\t- 'x'`).
    let tab_at_start = problem.contains("cannot start any token")
        && text
            .lines()
            .nth(error_line.saturating_sub(1))
            .is_some_and(|line| line.trim_start_matches(' ').starts_with('\t'));
    if problem.contains("tab character") || tab_at_start {
        // The tab may sit on the line before the one the parser names.
        let (line, column) = tab_in_indentation(text, error_line).unwrap_or((error_line, 1));
        return slip(
            (line, column, 1),
            "invalid YAML: a tab in the indentation".into(),
            "YAML indents with spaces only: replace the tab with spaces, lined up with the keys above".into(),
        );
    }
    let key_indented_too_far = problem.contains("mapping values are not allowed")
        && error.location().is_some_and(|at| {
            let line = text.lines().nth(at.line().saturating_sub(1)).unwrap_or("");
            let before: String = line.chars().take(at.column().saturating_sub(1)).collect();
            let key = before.trim_start().trim_start_matches("- ");
            !key.is_empty() && !key.contains(':') && !key.contains(' ')
        });
    // libyaml's words describe the parser's state; say what the user most likely did, in
    // the message too, and keep the parser's words after it for a search.
    let misindented =
        problem.contains("expected '-' indicator") || problem.contains("did not find expected key");
    let error_text = text
        .lines()
        .nth(error_line.saturating_sub(1))
        .unwrap_or("")
        .trim_start();
    // "- all: ['pact', 'signed'], within: paragraph" on one line: a matcher of two keys
    // needs braces there (trial 86's reader was told to line keys up under `id:`).
    let flow_then_key = misindented
        && error_text.split_once("],").is_some_and(|(before, after)| {
            before.contains(": [")
                && after.trim_start().split_once(':').is_some_and(|(key, _)| {
                    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                })
        });
    let said = |what: &str| {
        let parser = message.trim_start_matches("invalid YAML: ");
        format!("invalid YAML: {what} (the YAML parser: {parser})")
    };
    let message = if flow_then_key {
        said("two keys of a matcher on one line, without braces")
    } else if key_indented_too_far {
        said("this key is indented further than the key above it")
    } else if misindented {
        said("this line is not indented like the lines above it")
    } else {
        message
    };
    // A key where a list's next `- ` item should be: "      within: paragraph" under
    // "      - all: [...]" belongs to that item.
    let key_in_list = misindented
        && problem.contains("expected '-' indicator")
        && error_text.split_once(':').is_some_and(|(key, _)| {
            !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
    // `number:` under a list of patterns, indented like the patterns: a key of the claim,
    // which belongs under `id:` (a trial's reader was told to indent it further).
    let claim_key = key_in_list
        .then(|| error_text.split_once(':').map(|(key, _)| key))
        .flatten()
        .filter(|key| KNOWN_CLAIM_KEYS.contains(key))
        .and_then(|key| Some((key, claim_key_column(text, error_line)?)));
    let braced;
    let hint = if flow_then_key {
        let item = error_text.strip_prefix("- ").unwrap_or(error_text);
        braced = format!(
            "a matcher with two keys on one line needs braces: write `- {{{item}}}`, or put the second key on a line of its own under the first"
        );
        braced.as_str()
    } else if key_in_list && error_text.starts_with("within:") {
        "`within:` belongs to the `all:` matcher above it: indent it two more spaces, to line up under `all:`"
    } else if let Some((key, column)) = claim_key {
        braced = format!(
            "`{key}:` is a key of the claim: indent it {} spaces, to line up under `id:`",
            column - 1
        );
        braced.as_str()
    } else if key_in_list {
        "this key stands where the list's next `- ` item should: indent it two more spaces to put it in the item above, or start a new item with `- `"
    } else if key_indented_too_far {
        "this key is indented further than the key above it: keys of one claim line up under `id:`"
    } else if misindented {
        "line it up with the lines above: keys of one claim line up under `id:`, and each claim starts with `- ` under the `- ` of the claim before"
    } else if problem.contains("mapping values are not allowed") {
        "a value contains `: `; put the whole value in quotes ('...')"
    } else if problem.contains("cannot start any token") {
        "a value starts with a character YAML reserves (`@`, a backtick, `%`) or the line has a tab: quote the value and indent with spaces"
    } else if problem.contains("found unknown escape character") {
        "in double quotes, `\\` starts an escape: write the pattern in single quotes ('...') instead"
    } else {
        "check the indentation and quoting on this line and the one before it; patterns with `:`, `{`, `[`, `#` or a leading `*` need quotes ('...')"
    };
    Diagnostic::error("yaml-syntax", message)
        .at(location)
        .hint(hint)
}

/// A single-quoted value closed by an apostrophe within it (`'Putin's visit'`: a letter
/// right after the closing quote), on the line of a YAML error or the one before it: the
/// apostrophe's line and column, and the value written as it should be (`'Putin''s
/// visit'`).
fn apostrophe_in_single_quotes(text: &str, error_line: usize) -> Option<(usize, usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let last = error_line.min(lines.len());
    for number in (last.saturating_sub(1).max(1)..=last).rev() {
        let chars: Vec<char> = lines[number - 1].chars().collect();
        let mut i = 0;
        while i < chars.len() {
            // A quote that opens a value: after `- `, `: `, `[`, `, ` or at the start.
            let opens = chars[i] == '\''
                && chars[..i]
                    .iter()
                    .rev()
                    .find(|c| **c != ' ')
                    .is_none_or(|c| matches!(c, '-' | ':' | '[' | ','));
            if !opens {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < chars.len() {
                if chars[j] == '\'' && chars.get(j + 1) == Some(&'\'') {
                    j += 2;
                    continue;
                }
                if chars[j] == '\'' {
                    break;
                }
                j += 1;
            }
            if chars.get(j + 1).is_some_and(|c| c.is_alphanumeric()) {
                // The value runs on to a quote that ends a value (then the line ends, or a
                // list goes on), else to the last quote of the line.
                let ends_value = |k: usize| {
                    chars[k] == '\''
                        && chars[k + 1..]
                            .iter()
                            .find(|c| **c != ' ')
                            .is_none_or(|c| matches!(c, ',' | ']' | '}' | '#'))
                };
                let end = (j + 1..chars.len())
                    .find(|&k| ends_value(k))
                    .or_else(|| chars.iter().rposition(|c| *c == '\''))
                    .filter(|&end| end > j)?;
                let inner: String = chars[i + 1..end].iter().collect();
                let fixed = format!("'{}'", inner.replace("''", "'").replace('\'', "''"));
                return Some((number, j + 1, fixed));
            }
            i = j + 1;
        }
    }
    None
}

/// A value that starts with an unquoted placeholder and goes on (`{putin} visited`), on the
/// line of a YAML error or one of the three before it: its line, column and text.
fn unquoted_placeholder(text: &str, error_line: usize) -> Option<(usize, usize, String)> {
    let first = error_line.saturating_sub(3).max(1);
    for (index, line) in text
        .lines()
        .enumerate()
        .skip(first - 1)
        .take(error_line + 1 - first)
    {
        let bytes = line.as_bytes();
        for (at, _) in line.match_indices('{') {
            // It opens a value: after `- `, `: `, `[` or `, ` (and spaces).
            let before = line[..at].trim_end();
            let opens =
                before.ends_with(['[', ',', ':']) || before.ends_with('-') || before.is_empty();
            if !opens || before.ends_with(['\'', '"']) {
                continue;
            }
            let rest = &line[at..];
            let Some(close) = rest.find('}') else {
                continue;
            };
            let name = &rest[1..close];
            let placeholder = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            let value: &str = rest
                .split([',', ']', '#'])
                .next()
                .unwrap_or(rest)
                .trim_end();
            // A value that is only `{name}` is a YAML mapping the loader reports itself.
            if placeholder && value.len() > close + 1 && bytes.get(at + close + 1) == Some(&b' ') {
                let column = line[..at].chars().count() + 1;
                return Some((index + 1, column, value.to_string()));
            }
        }
    }
    None
}

/// A key of the claims file written with no space after its colon (`number:12`), on line
/// `error_line` (or just past the end) or one of the five lines above it, nearest first:
/// its line, column (1-based), key and what follows the colon.
fn key_without_space(text: &str, error_line: usize) -> Option<(usize, usize, String, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let last = error_line.min(lines.len());
    (last.saturating_sub(5)..last).rev().find_map(|index| {
        let line = lines[index];
        let indent = line.len() - line.trim_start().len();
        let body = line.trim_start();
        let (dash, body) = match body.strip_prefix("- ") {
            Some(rest) => (2, rest),
            None => (0, body),
        };
        let (key, value) = body.split_once(':')?;
        let value = value.trim_end();
        let glued = value
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace() && c != '/');
        let known = KNOWN_TOP_KEYS
            .iter()
            .chain(KNOWN_CLAIM_KEYS)
            .chain(KNOWN_MATCHER_KEYS)
            .any(|k| *k == key);
        (known && glued).then(|| {
            let column = line[..indent + dash].chars().count() + 1;
            (index + 1, column, key.to_string(), value.to_string())
        })
    })
}

/// The column (1-based) of the keys of the claim around line `error_line`: that of `id`
/// in the nearest `- id:` above it.
fn claim_key_column(text: &str, error_line: usize) -> Option<usize> {
    let lines: Vec<&str> = text.lines().take(error_line.saturating_sub(1)).collect();
    lines.iter().rev().find_map(|line| {
        let body = line.trim_start();
        let rest = body.strip_prefix("- ")?;
        let id = rest.trim_start();
        id.starts_with("id:")
            .then(|| line[..line.len() - id.len()].chars().count() + 1)
    })
}

/// A count written as a comparison without quotes (`supports: >= 1`, `contradicts: > 0`) on
/// line `error_line` or one of the three above it, nearest first: its line, the column of
/// its value (1-based), its key and its value.
fn comparison_unquoted(text: &str, error_line: usize) -> Option<(usize, usize, String, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let last = error_line.min(lines.len());
    (last.saturating_sub(4)..last).rev().find_map(|index| {
        let line = lines[index];
        let (key, value) = line.trim_start().split_once(": ")?;
        let value = value.trim();
        let comparison = value
            .strip_prefix('>')
            .map(|rest| rest.trim_start_matches('=').trim_start())
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        comparison.then(|| {
            let at = line.len() - line.trim_start().len() + key.len() + 2;
            let at = at + (line[at..].len() - line[at..].trim_start().len());
            (
                index + 1,
                line[..at].chars().count() + 1,
                key.to_string(),
                value.to_string(),
            )
        })
    })
}

/// The line and column (1-based) of a quote that opens a quoted value and is not closed on
/// its line, on line `error_line` or one of the ten lines above it (nearest first). Quotes
/// inside a plain value (`Russia's`) open nothing: only one at the start of a value does.
fn unclosed_quote(text: &str, error_line: usize) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let last = error_line.min(lines.len());
    (last.saturating_sub(10).max(1)..=last)
        .rev()
        .filter_map(|number| open_quote_in(lines[number - 1]).map(|column| (number, column)))
        .find(|&(number, column)| !closes_cleanly(&lines, number, column, error_line))
}

/// Whether the quoted value opened at `line`:`column` is a well-formed value on several
/// lines: closed before `error_line`, with nothing after the closing quote but the end of
/// the line, a comment or the punctuation of a list.
fn closes_cleanly(lines: &[&str], line: usize, column: usize, error_line: usize) -> bool {
    let Some(opening) = lines[line - 1].chars().nth(column - 1) else {
        return false;
    };
    let mut skip = column; // characters of the first line up to and with the opening quote
    for (number, text) in lines.iter().enumerate().skip(line - 1) {
        if number + 1 >= error_line {
            return false;
        }
        let chars: Vec<char> = text.chars().skip(skip).collect();
        skip = 0;
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '\'' if opening == '\'' && chars.get(i + 1) == Some(&'\'') => i += 2,
                '\\' if opening == '"' => i += 2,
                c if c == opening => {
                    let rest: String = chars[i + 1..].iter().collect();
                    let rest = rest.trim_start();
                    return rest.is_empty() || rest.starts_with(['#', ',', ']', '}']);
                }
                _ => i += 1,
            }
        }
    }
    false
}

/// The column of a quoted value that `line` opens and does not close.
fn open_quote_in(line: &str) -> Option<usize> {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    // Where a value can start: after the indentation, `- `, `: `, `[`, `{` or `, `.
    let mut at_start = true;
    while i < chars.len() {
        let c = chars[i];
        if at_start && (c == '\'' || c == '"') {
            let opened = i;
            i += 1;
            loop {
                match chars.get(i) {
                    None => return Some(opened + 1),
                    Some('\'') if c == '\'' && chars.get(i + 1) == Some(&'\'') => i += 2,
                    Some('\\') if c == '"' => i += 2,
                    Some(&q) if q == c => break,
                    Some(_) => i += 1,
                }
            }
            i += 1;
            at_start = false;
            continue;
        }
        if c == '#' && (i == 0 || chars[i - 1] == ' ') {
            return None;
        }
        at_start = match c {
            ' ' => at_start || matches!(chars.get(i.wrapping_sub(1)), Some(':' | '-' | ',')),
            '[' | '{' => true,
            _ => false,
        };
        i += 1;
    }
    None
}

/// The first tab in the indentation of `error_line` or the line above it.
fn tab_in_indentation(text: &str, error_line: usize) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    [error_line.saturating_sub(1), error_line]
        .into_iter()
        .filter(|&number| number >= 1 && number <= lines.len())
        .find_map(|number| {
            let line = lines[number - 1];
            let indentation = line.len() - line.trim_start_matches([' ', '\t']).len();
            line[..indentation]
                .find('\t')
                .map(|at| (number, line[..at].chars().count() + 1))
        })
}

struct Loader {
    origin: Origin,
    problems: Vec<Diagnostic>,
}

impl Loader {
    fn at_value(&self, path: &YamlPath, value: Option<&Value>) -> Option<Location> {
        let mut location = self.origin.locate(Target::Value(path), 1)?;
        if let Some(Value::String(text)) = value {
            let written: String = location
                .line_text
                .chars()
                .skip(location.column - 1)
                .collect();
            let quotes = if written.starts_with(['\'', '"']) {
                2
            } else {
                0
            };
            location.width = text.chars().count() + quotes;
        }
        Some(location)
    }

    /// A YAML float at `path` as it is written in the file (`12.60`), when what is written
    /// there reads as `value`.
    fn written_number(&self, path: &YamlPath, value: f64) -> Option<String> {
        let location = self.origin.locate(Target::Value(path), 1)?;
        let written: String = location
            .line_text
            .chars()
            .skip(location.column - 1)
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '+' | '-' | '_' | 'e' | 'E'))
            .collect();
        let parsed: f64 = written.replace('_', "").parse().ok()?;
        (parsed == value).then_some(written)
    }

    fn at_key(&self, path: &YamlPath, key: &str) -> Option<Location> {
        self.origin
            .locate(Target::Key(path, key), key.chars().count())
    }

    fn error(
        &mut self,
        code: &'static str,
        message: String,
        location: Option<Location>,
        hint: &str,
    ) {
        let mut diagnostic = Diagnostic::error(code, message).at(location);
        if !hint.is_empty() {
            diagnostic = diagnostic.hint(hint);
        }
        self.problems.push(diagnostic);
    }

    fn wrong_type(&mut self, path: &YamlPath, value: &Value, wanted: &str, hint: &str) {
        let location = self.at_value(path, Some(value));
        self.error(
            "wrong-type",
            format!("`{path}` must be {wanted}, found {}", describe(value)),
            location,
            hint,
        );
    }

    /// Reports keys of `map` that are not in `known`, with a suggestion.
    fn unknown_keys(
        &mut self,
        path: &YamlPath,
        map: &serde_yaml::Mapping,
        known: &[&str],
        what: &str,
    ) {
        for key in map.keys() {
            let Some(key) = key.as_str() else {
                let location = self.at_value(path, None);
                self.error(
                    "wrong-type",
                    format!("{what} has a key that is not text"),
                    location,
                    "",
                );
                continue;
            };
            if known.contains(&key) {
                continue;
            }
            let hint = match did_you_mean(key, known.iter().copied()) {
                Some(suggestion) => format!("did you mean `{suggestion}`?"),
                // `within:` written beside `support:` instead of under its `all:`.
                None if KNOWN_MATCHER_KEYS.contains(&key) && known == KNOWN_CLAIM_KEYS => format!(
                    "`{key}:` belongs to an `all:` matcher: move it to the line after `- all: [...]`, indented two spaces more than that line's `-`, so it lines up under `all:` (README, \"A matcher\")"
                ),
                // `number:` (or `hedged:`, …) indented under a matcher instead of beside
                // `support:`.
                None if KNOWN_CLAIM_KEYS.contains(&key) && known == KNOWN_MATCHER_KEYS => format!(
                    "`{key}:` belongs to the claim, not to one matcher: indent it as far as `support:` (and `id:`), as in `    support: [...]` / `    {key}: ...`"
                ),
                None => format!("the keys of {what} are: {}", known.join(", ")),
            };
            let location = self.at_key(path, key);
            self.error(
                "unknown-key",
                format!("unknown key `{key}` in {what}"),
                location,
                &hint,
            );
        }
    }

    fn root(&mut self, root: &Value) -> ClaimsFile {
        let top = YamlPath::default();
        let mut file = ClaimsFile {
            sources: "seeds".to_string(),
            labels: Vec::new(),
            terms: Vec::new(),
            claims: Vec::new(),
            origin: Origin::default(),
        };
        let Value::Mapping(map) = root else {
            let location = self.at_value(&top, Some(root));
            self.error(
                "wrong-type",
                format!(
                    "a claims file must be a mapping with `claims:`, found {}",
                    describe(root)
                ),
                location,
                "start from `factcheck init`, or see the claims.yaml tour in README.md",
            );
            return file;
        };
        self.unknown_keys(&top, map, KNOWN_TOP_KEYS, "the claims file");
        if let Some(value) = map.get("sources") {
            match value.as_str() {
                Some(sources) if !sources.trim().is_empty() => file.sources = sources.to_string(),
                _ => self.wrong_type(
                    &top.key("sources"),
                    value,
                    "a folder name",
                    "e.g. `sources: seeds`",
                ),
            }
        }
        if let Some(value) = map.get("documents") {
            file.labels = self.labels(&top.key("documents"), value);
        }
        if let Some(value) = map.get("terms") {
            file.terms = self.terms(&top.key("terms"), value);
        }
        match map.get("claims") {
            Some(Value::Sequence(items)) => {
                let path = top.key("claims");
                let lines =
                    super::locate::sequence_item_lines(&self.origin.text, &path, items.len());
                self.origin.claim_lines.clone_from(&lines);
                let mut seen: HashMap<String, usize> = HashMap::new();
                for (index, item) in items.iter().enumerate() {
                    let line = lines.as_ref().and_then(|lines| lines.get(index).copied());
                    if let Some(claim) = self.claim(&path.index(index), item, line) {
                        if let Some(first_line) = seen.get(&claim.id) {
                            let location = self.at_value(
                                &claim.path.key("id"),
                                Some(&Value::String(claim.id.clone())),
                            );
                            self.error(
                                "duplicate-id",
                                format!(
                                    "duplicate claim id `{}` (first used on line {first_line})",
                                    claim.id
                                ),
                                location,
                                "every claim needs its own id: rename one of them",
                            );
                        } else {
                            seen.insert(claim.id.clone(), claim.line);
                        }
                        file.claims.push(claim);
                    }
                }
            }
            Some(Value::Null) | None => {
                let location = self.at_value(&top, None);
                self.error(
                    "missing-key",
                    "the claims file has no `claims:` list".to_string(),
                    location,
                    "add `claims:` with at least one claim; see the claims.yaml tour in README.md",
                );
            }
            Some(other) => self.wrong_type(
                &top.key("claims"),
                other,
                "a list of claims",
                "each claim starts with `- id: ...`",
            ),
        }
        file
    }

    fn labels(&mut self, path: &YamlPath, value: &Value) -> Vec<(String, String)> {
        let Value::Mapping(map) = value else {
            self.wrong_type(
                path,
                value,
                "a mapping of document id to label",
                "e.g. `001_ccea62db62f7ebb3: AP`",
            );
            return Vec::new();
        };
        let mut labels = Vec::new();
        for (key, label) in map {
            let id = scalar_text(key).unwrap_or_default();
            match scalar_text(label) {
                Some(text) => labels.push((id, text)),
                None => self.wrong_type(&path.key(&id), label, "a short label", "e.g. `AP`"),
            }
        }
        labels
    }

    fn terms(&mut self, path: &YamlPath, value: &Value) -> Vec<Term> {
        let Value::Mapping(map) = value else {
            self.wrong_type(
                path,
                value,
                "a mapping of term name to alternatives",
                "e.g. `putin: ['Putin', 'Russian president']`",
            );
            return Vec::new();
        };
        let mut terms = Vec::new();
        for (key, alternatives) in map {
            let name = scalar_text(key).unwrap_or_default();
            let term_path = path.key(&name);
            if !is_term_name(&name) || name == "n" {
                let location = self.at_key(path, &name);
                self.error(
                    "bad-term-name",
                    format!("term name `{name}` is not allowed"),
                    location,
                    "a term name uses letters, digits, '-' and '_' and starts with a letter; `n` is reserved for numbers",
                );
                continue;
            }
            let list = match alternatives {
                Value::Sequence(items) => items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, item)| match scalar_text(item) {
                        Some(text) => Some(text),
                        None => {
                            self.wrong_type(
                                &term_path.index(i),
                                item,
                                "a regex fragment",
                                "quote it: 'Russian president'",
                            );
                            None
                        }
                    })
                    .collect(),
                other => match scalar_text(other) {
                    Some(text) => vec![text],
                    None => {
                        self.wrong_type(
                            &term_path,
                            other,
                            "a list of alternatives",
                            "e.g. `['pact', 'treaty']`",
                        );
                        continue;
                    }
                },
            };
            if list.is_empty() {
                let location = self.at_value(&term_path, Some(alternatives));
                self.error(
                    "empty-term",
                    format!("term `{name}` has no alternatives"),
                    location,
                    "give at least one alternative, e.g. `['pact', 'treaty']`",
                );
                continue;
            }
            terms.push(Term {
                name,
                alternatives: list,
                path: term_path,
            });
        }
        terms
    }

    /// `line` is the claim's line when already known (see `locate::sequence_item_lines`).
    fn claim(&mut self, path: &YamlPath, value: &Value, line: Option<usize>) -> Option<Claim> {
        let line = line.unwrap_or_else(|| {
            self.origin
                .locate(Target::Value(path), 1)
                .map_or(0, |location| location.line)
        });
        let Value::Mapping(map) = value else {
            self.wrong_type(
                path,
                value,
                "a claim (a mapping with `id:`, `claim:` and `support:`)",
                "start each claim with `- id: my-claim`",
            );
            return None;
        };
        self.unknown_keys(path, map, KNOWN_CLAIM_KEYS, "a claim");
        let id = match map.get("id") {
            Some(value) => match scalar_text(value) {
                Some(id) if is_slug(&id) => id,
                Some(id) => {
                    let location = self.at_value(&path.key("id"), Some(value));
                    self.error(
                        "bad-id",
                        format!("claim id `{id}` is not a slug"),
                        location,
                        "use letters, digits, '-', '_' and '.', e.g. `first-visit-24-years`",
                    );
                    id
                }
                None => {
                    self.wrong_type(
                        &path.key("id"),
                        value,
                        "a short slug",
                        "e.g. `id: first-visit-24-years`",
                    );
                    return None;
                }
            },
            None => {
                let location = self.at_value(path, None);
                self.error(
                    "missing-key",
                    "claim has no `id:`".to_string(),
                    location,
                    "add `id: some-slug` as the first key of the claim",
                );
                return None;
            }
        };
        let what = format!("claim `{id}`");
        let claim_text = match map.get("claim") {
            Some(value) => scalar_text(value).unwrap_or_else(|| {
                self.wrong_type(
                    &path.key("claim"),
                    value,
                    "a sentence",
                    "e.g. `claim: The pact includes mutual assistance.`",
                );
                String::new()
            }),
            None => {
                let location = self.at_key(path, "id");
                self.error(
                    "missing-key",
                    format!("{what} has no `claim:` sentence"),
                    location,
                    "add `claim:` with the fact in one plain sentence",
                );
                String::new()
            }
        };
        let tags = match map.get("tags") {
            None => Vec::new(),
            Some(Value::Sequence(items)) => items.iter().filter_map(scalar_text).collect(),
            Some(other) => match scalar_text(other) {
                Some(tag) => vec![tag],
                None => {
                    self.wrong_type(
                        &path.key("tags"),
                        other,
                        "a list of tags",
                        "e.g. `tags: [visit, treaty]`",
                    );
                    Vec::new()
                }
            },
        };
        let support = self.matchers(path, map, Side::Support);
        let contradict = self.matchers(path, map, Side::Contradict);
        // A misspelt `suport:` is reported as an unknown key with its suggestion; saying
        // the claim has no matchers as well would be the same mistake twice.
        let misspelt_matchers = map.keys().filter_map(Value::as_str).any(|key| {
            !KNOWN_CLAIM_KEYS.contains(&key)
                && did_you_mean(key, ["support", "contradict"]).is_some()
        });
        if support.is_empty()
            && contradict.is_empty()
            && !map.contains_key("support")
            && !map.contains_key("contradict")
            && !misspelt_matchers
        {
            let location = self.at_key(path, "id");
            self.error(
                "missing-key",
                format!("{what} has no `support:` or `contradict:` matchers"),
                location,
                "add `support:` with at least one pattern, e.g. `support: ['mutual (assistance|defen[cs]e)']`",
            );
        }
        let number = map
            .get("number")
            .and_then(|value| self.constraint(&path.key("number"), value, "number"));
        let expect = match map.get("expect") {
            Some(value) => self.expectation(&path.key("expect"), value),
            None => Expectation {
                path: path.key("expect"),
                ..Expectation::default()
            },
        };
        let hedged = match map.get("hedged") {
            None => HedgePolicy::Ignore,
            Some(value) => match value.as_str() {
                Some("support") => HedgePolicy::Support,
                Some("ignore") => HedgePolicy::Ignore,
                _ => {
                    let location = self.at_value(&path.key("hedged"), Some(value));
                    self.error("bad-hedged", format!("`hedged:` must be `support` or `ignore`, found {}", describe(value)), location, "`hedged: support` counts uncertain evidence (\"reportedly\", \"may\") as support");
                    HedgePolicy::Ignore
                }
            },
        };
        let note = map.get("note").and_then(scalar_text);
        Some(Claim {
            id,
            claim: claim_text,
            tags,
            support,
            contradict,
            number,
            expect,
            hedged,
            note,
            path: path.clone(),
            line,
        })
    }

    fn matchers(
        &mut self,
        claim: &YamlPath,
        map: &serde_yaml::Mapping,
        side: Side,
    ) -> Vec<Matcher> {
        let key = side.as_str();
        let path = claim.key(key);
        let items: Vec<(YamlPath, &Value)> = match map.get(key) {
            None => return Vec::new(),
            Some(Value::Sequence(items)) => items
                .iter()
                .enumerate()
                .map(|(i, item)| (path.index(i), item))
                .collect(),
            Some(single) => vec![(path.clone(), single)],
        };
        if items.is_empty() {
            let location = self.at_value(&path, None);
            self.error(
                "empty-matchers",
                format!("`{path}` is an empty list"),
                location,
                "give at least one pattern, or remove the key",
            );
        }
        items
            .into_iter()
            .filter_map(|(item_path, item)| self.matcher(&item_path, item))
            .collect()
    }

    /// A pattern as written. One that holds a control character (other than the white
    /// space of a `(?x)` pattern) is an error: `\b` in double quotes is a backspace to YAML,
    /// not a word boundary, and such a pattern matches nothing.
    fn pattern_source(&mut self, path: YamlPath, text: String) -> PatternSource {
        if let Some(c) = text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        {
            let what = match c {
                '\u{8}' => {
                    "a backspace (YAML reads `\\b` in double quotes as one, not as a word boundary)"
                        .to_string()
                }
                c => format!("the control character U+{:04X}", u32::from(c)),
            };
            let mut location = self.at_value(&path, None);
            if let (Some(location), Some(at)) = (location.as_mut(), text.find(c)) {
                point_inside(location, &text, at, c.len_utf8());
            }
            self.error(
                "pattern-control",
                format!("`{path}` holds {what}"),
                location,
                "write the pattern in single quotes ('\\bword\\b'), where `\\` is the regex's own",
            );
        }
        PatternSource { text, path }
    }

    fn matcher(&mut self, path: &YamlPath, value: &Value) -> Option<Matcher> {
        if let Some(text) = pattern_text(value) {
            return Some(Matcher {
                parts: vec![self.pattern_source(path.clone(), text)],
                within: Within::Sentence,
                path: path.clone(),
            });
        }
        let Value::Mapping(map) = value else {
            self.wrong_type(
                path,
                value,
                "a pattern or `{all: [...], within: sentence|paragraph}`",
                "quote patterns: 'first visit'",
            );
            return None;
        };
        // `support: [Kim said: approved]`: YAML read an unquoted pattern holding ": " as a
        // one-key mapping. Say so, rather than that `Kim said` is no matcher key.
        if let [(Value::String(key), value)] = map.iter().collect::<Vec<_>>().as_slice() {
            if !KNOWN_MATCHER_KEYS.contains(&key.as_str())
                && did_you_mean(key, KNOWN_MATCHER_KEYS.iter().copied()).is_none()
                && !matches!(value, Value::Mapping(_) | Value::Sequence(_))
            {
                let rest = match value {
                    Value::String(rest) => rest.clone(),
                    Value::Null => String::new(),
                    other => serde_yaml::to_string(other)
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                };
                let location = self.at_key(path, key);
                self.error(
                    "unquoted-pattern",
                    format!("`{path}` reads as `{key}:` and a value: a pattern with \": \" in it must be quoted"),
                    location,
                    &format!("quote the pattern: '{key}: {rest}'"),
                );
                return None;
            }
        }
        self.unknown_keys(path, map, KNOWN_MATCHER_KEYS, "a matcher");
        let within = match map.get("within") {
            None => Within::Sentence,
            Some(value) => match value.as_str() {
                Some("sentence") => Within::Sentence,
                Some("paragraph") => Within::Paragraph,
                _ => {
                    let location = self.at_value(&path.key("within"), Some(value));
                    let hint = match value.as_str().and_then(|v| did_you_mean(v, ["sentence", "paragraph"])) {
                        Some(suggestion) => format!("did you mean `{suggestion}`? All parts must occur in the same sentence (the default) or the same paragraph"),
                        None => "all parts must occur in the same sentence (the default) or the same paragraph".to_string(),
                    };
                    self.error(
                        "bad-within",
                        format!(
                            "`within:` must be `sentence` or `paragraph`, found {}",
                            describe(value)
                        ),
                        location,
                        &hint,
                    );
                    Within::Sentence
                }
            },
        };
        let all_path = path.key("all");
        let parts: Vec<PatternSource> = match map.get("all") {
            Some(Value::Sequence(items)) if !items.is_empty() => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| match pattern_text(item) {
                    Some(text) => Some(self.pattern_source(all_path.index(i), text)),
                    // `all: ['Putin', 'Pyongyang', within: paragraph]`: a `within:` among
                    // the parts, where YAML reads it as a mapping.
                    None if item.as_mapping().is_some_and(|m| {
                        m.len() == 1 && m.contains_key(Value::from("within"))
                    }) =>
                    {
                        let location = self.at_value(&all_path.index(i), Some(item));
                        self.error(
                            "misplaced-within",
                            format!("`within:` is inside the list of `{all_path}`, as if it were a part"),
                            location,
                            "put it beside `all:`, not in its list: `- {all: ['Putin', 'Pyongyang'], within: paragraph}`, or `within: paragraph` on a line of its own, lined up with `all:`",
                        );
                        None
                    }
                    None => {
                        self.wrong_type(
                            &all_path.index(i),
                            item,
                            "a pattern",
                            "quote patterns: 'first visit'",
                        );
                        None
                    }
                })
                .collect(),
            Some(other) => {
                self.wrong_type(
                    &all_path,
                    other,
                    "a non-empty list of patterns",
                    "e.g. `all: ['{putin}', 'first visit']`",
                );
                return None;
            }
            None => {
                let location = self.at_value(path, None);
                self.error(
                    "missing-key",
                    "matcher has no `all:` list".to_string(),
                    location,
                    "write `- all: ['part one', 'part two']`, or a single pattern string",
                );
                return None;
            }
        };
        Some(Matcher {
            parts,
            within,
            path: path.clone(),
        })
    }

    fn constraint(&mut self, path: &YamlPath, value: &Value, what: &str) -> Option<Constraint> {
        let parsed = match value {
            Value::Number(number) => match number.as_f64() {
                Some(value) => {
                    // YAML hands over a float without the zeros it ended with (`12.60`
                    // is 12.6, `96.000` is 96): its places are read where it is written.
                    let written = if number.is_f64() {
                        self.written_number(path, value)
                    } else {
                        None
                    };
                    let written = written.unwrap_or_else(|| number.to_string());
                    Ok(Constraint::exact_written(value, &written))
                }
                None => Err(None),
            },
            Value::String(text) => Constraint::parse(text).map_err(Some),
            _ => Err(None),
        };
        match parsed {
            Ok(constraint) => Some(constraint),
            Err(error) => {
                let mut location = self.at_value(path, Some(value));
                let message = match error {
                    Some(error) => {
                        if let (Some(location), Value::String(text)) = (location.as_mut(), value) {
                            point_inside(
                                location,
                                text,
                                error.offset,
                                text.len().saturating_sub(error.offset).max(1),
                            );
                        }
                        format!("bad `{what}:` value: {error}")
                    }
                    None => format!(
                        "bad `{what}:` value: expected a number or a comparison, found {}",
                        describe(value)
                    ),
                };
                self.error("bad-number", message, location, "write a number (`24`) or a quoted comparison: \">= 11000\", \"10..12\", \"11000 +/- 5%\"");
                None
            }
        }
    }

    fn expectation(&mut self, path: &YamlPath, value: &Value) -> Expectation {
        let mut expectation = Expectation {
            path: path.clone(),
            ..Expectation::default()
        };
        match value {
            Value::String(text) if text == "supported" => {}
            Value::String(text) if text == "contradicted" => {
                expectation.kind = ExpectKind::Contradicted
            }
            Value::Mapping(map) => {
                expectation.kind = ExpectKind::Custom;
                self.unknown_keys(path, map, KNOWN_EXPECT_KEYS, "`expect:`");
                expectation.supports = map
                    .get("supports")
                    .and_then(|v| self.constraint(&path.key("supports"), v, "expect.supports"));
                expectation.contradicts = map.get("contradicts").and_then(|v| {
                    self.constraint(&path.key("contradicts"), v, "expect.contradicts")
                });
                match map.get("documents") {
                    None => {}
                    Some(Value::Mapping(documents)) => {
                        let documents_path = path.key("documents");
                        for (key, verdict) in documents {
                            let id = scalar_text(key).unwrap_or_default();
                            match verdict.as_str().and_then(Verdict::parse) {
                                Some(verdict) => expectation.documents.push((id, verdict)),
                                None => {
                                    let location =
                                        self.at_value(&documents_path.key(&id), Some(verdict));
                                    let hint = match verdict.as_str().and_then(|v| did_you_mean(v, Verdict::NAMES)) {
                                        Some(suggestion) => format!("did you mean `{suggestion}`?"),
                                        None => "a document's verdict is one of: supports, omits, contradicts, mixed".to_string(),
                                    };
                                    self.error(
                                        "bad-expect",
                                        format!(
                                            "bad verdict for document `{id}`: {}",
                                            describe(verdict)
                                        ),
                                        location,
                                        &hint,
                                    );
                                }
                            }
                        }
                    }
                    Some(other) => self.wrong_type(
                        &path.key("documents"),
                        other,
                        "a mapping of document id to verdict",
                        "e.g. `documents: {001_ccea62db62f7ebb3: supports}`",
                    ),
                }
            }
            other => {
                let location = self.at_value(path, Some(other));
                let hint = match other.as_str().and_then(|v| did_you_mean(v, ["supported", "contradicted"])) {
                    Some(suggestion) => format!("did you mean `{suggestion}`?"),
                    None => "write `supported`, `contradicted`, or a map: `{supports: \">= 2\", contradicts: 0, documents: {DOC: supports}}`".to_string(),
                };
                self.error(
                    "bad-expect",
                    format!("bad `expect:` value: {}", describe(other)),
                    location,
                    &hint,
                );
            }
        }
        expectation
    }
}

/// Moves a location from the start of a YAML scalar to `offset` bytes into its text, and
/// makes it `width` bytes of the text wide, when the scalar is written on one line: plain,
/// single-quoted (`''` for a quote) or double-quoted (with escapes such as `\\`), so that
/// a caret points at the very character, wherever the escapes put it. A block scalar
/// (`>-`, `|`) keeps the location on its indicator, as wide as the indicator.
pub(crate) fn point_inside(location: &mut Location, text: &str, offset: usize, width: usize) {
    let line = &location.line_text;
    let start_char = location.column.saturating_sub(1);
    let Some(start_byte) = line.char_indices().nth(start_char).map(|(i, _)| i) else {
        return;
    };
    let written = &line[start_byte..];
    if written.starts_with(['>', '|']) {
        location.width = written
            .split_whitespace()
            .next()
            .map_or(1, |w| w.chars().count());
        return;
    }
    let Some(columns) = written_columns(written, text) else {
        return;
    };
    // Byte offsets into `text`, widened to whole characters.
    let char_at = |byte: usize| {
        let mut byte = byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte += 1;
        }
        text[..byte].chars().count()
    };
    let (first, last) = (char_at(offset), char_at(offset.saturating_add(width)));
    location.column += columns[first];
    location.width = (columns[last.max(first + 1).min(columns.len() - 1)] - columns[first]).max(1);
}

/// Where each character of `text` is written at the start of `written`, a YAML scalar on
/// one line, in characters from the scalar's start, and where the last one ends; `None`
/// when `written` does not spell `text` (another form, or a scalar that goes on below).
fn written_columns(written: &str, text: &str) -> Option<Vec<usize>> {
    let quote = written.chars().next().filter(|c| matches!(c, '\'' | '"'));
    let mut chars = written.chars();
    let mut column = 0;
    if quote.is_some() {
        chars.next();
        column = 1;
    }
    let mut next = |column: &mut usize| {
        *column += 1;
        chars.next()
    };
    let mut columns = Vec::with_capacity(text.len() + 1);
    for expected in text.chars() {
        columns.push(column);
        let c = next(&mut column)?;
        let decoded = match (quote, c) {
            (Some('\''), '\'') => {
                // `''` is one quote; a lone quote ends the scalar.
                (next(&mut column)? == '\'').then_some('\'')?
            }
            (Some('"'), '\\') => match next(&mut column)? {
                'n' => '\n',
                't' => '\t',
                '0' => '\0',
                'b' => '\u{8}',
                'r' => '\r',
                'a' => '\u{7}',
                'e' => '\u{1b}',
                'f' => '\u{c}',
                'v' => '\u{b}',
                'x' => hex(&mut next, &mut column, 2)?,
                'u' => hex(&mut next, &mut column, 4)?,
                'U' => hex(&mut next, &mut column, 8)?,
                escaped @ ('\\' | '"' | '/' | ' ') => escaped,
                _ => return None,
            },
            _ => c,
        };
        if decoded != expected {
            return None;
        }
    }
    columns.push(column);
    Some(columns)
}

/// The char a double-quoted escape's `digits` hex digits stand for.
fn hex(
    next: &mut impl FnMut(&mut usize) -> Option<char>,
    column: &mut usize,
    digits: usize,
) -> Option<char> {
    let mut value = 0;
    for _ in 0..digits {
        value = value * 16 + next(column)?.to_digit(16)?;
    }
    char::from_u32(value)
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "nothing".to_string(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("`{n}`"),
        Value::String(s) => format!("\"{s}\""),
        Value::Sequence(items) if items.is_empty() => "an empty list".to_string(),
        Value::Sequence(_) => "a list".to_string(),
        Value::Mapping(_) => "a mapping".to_string(),
        Value::Tagged(tagged) => format!("a value tagged `{}`", tagged.tag),
    }
}

/// Text of a scalar; numbers and booleans are accepted as their YAML spelling.
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A pattern must be written as text; a bare number (`- 2000`) is taken as its digits.
fn pattern_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

pub(crate) fn is_term_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A byte-order mark before the first key (some Windows editors write one) is not a
    /// second YAML document: the file loads.
    #[test]
    fn a_byte_order_mark_is_not_read_as_yaml() {
        let (file, problems) = parse(
            "claims.yaml",
            "\u{feff}claims:\n  - id: a\n    claim: A.\n    support: [signed]\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(file.map(|f| f.claims.len()), Some(1));
    }

    #[test]
    fn written_columns_follow_every_kind_of_escape() {
        // Plain, `''`, and double-quoted escapes of one, two, four and eight characters.
        assert_eq!(written_columns("ab: x", "ab"), Some(vec![0, 1, 2]));
        assert_eq!(written_columns("'a''b'", "a'b"), Some(vec![1, 2, 4, 5]));
        assert_eq!(
            written_columns(r#""\\b\u00e9\x41\U0001F600z""#, "\\béA😀z"),
            Some(vec![1, 3, 4, 10, 14, 24, 25])
        );
        // Not this text, or a quote that ends the scalar early.
        assert_eq!(written_columns("'a'b'", "a'b"), None);
        assert_eq!(written_columns("abc", "abd"), None);
    }

    #[test]
    fn an_open_quote_is_one_that_starts_a_value() {
        assert_eq!(open_quote_in("    claim: Russia's pact"), None);
        assert_eq!(open_quote_in("      - 'mutual defen[cs]e"), Some(9));
        assert_eq!(open_quote_in("    claim: 'it''s closed'"), None);
        assert_eq!(open_quote_in("    claim: 'it''s open"), Some(12));
        assert_eq!(open_quote_in(r#"    support: ["a \" b", 'c"#), Some(25));
        assert_eq!(open_quote_in("    support: ['a', 'b']  # it's fine"), None);
    }

    fn errors(text: &str) -> Vec<String> {
        parse("claims.yaml", text)
            .1
            .iter()
            .map(|d| format!("{d}"))
            .collect()
    }

    #[test]
    fn minimal_claim_loads() {
        let (file, problems) = parse(
            "c.yaml",
            "claims:\n  - id: a\n    claim: A.\n    support: ['x']\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let file = file.unwrap_or_else(|| panic!("no file"));
        assert_eq!(file.sources, "seeds");
        assert_eq!(file.claims[0].line, 2);
        assert_eq!(file.claims[0].support[0].parts[0].text, "x");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let text = "claims:\n  - id: a\n    claim: A.\n    contradicts: ['x']\n    support: ['y']\n  - id: a\n    claim: B.\n    support: ['z']\n    expect: suported\n";
        let found = errors(text);
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(
            found[0].starts_with("claims.yaml:4:5: error: unknown key `contradicts`"),
            "{found:#?}"
        );
        assert!(found.iter().any(|e| e.contains("duplicate claim id `a`")));
        assert!(
            found
                .iter()
                .any(|e| e.contains("claims.yaml:9:13: error: bad `expect:`")),
            "{found:#?}"
        );
    }

    #[test]
    fn a_claim_key_under_a_list_of_patterns_is_told_where_it_belongs() {
        for indent in ["      ", "        "] {
            let text = format!("claims:\n  - id: a\n    claim: A.\n    support:\n      - 'x'\n{indent}number: 1953\n");
            let (_, problems) = parse_partial("claims.yaml", &text);
            let hint = problems
                .first()
                .and_then(|p| p.hint.clone())
                .unwrap_or_default();
            assert_eq!(
                hint, "`number:` is a key of the claim: indent it 4 spaces, to line up under `id:`",
                "{indent:?}"
            );
        }
    }

    #[test]
    fn a_comparison_without_quotes_is_told_to_take_them() {
        let found = errors(
            "claims:\n  - id: a\n    claim: A.\n    support: ['x']\n    expect:\n      supports: >= 1\n",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("claims.yaml:6:17: error: invalid YAML: `>= 1` needs quotes"),
            "{found:?}"
        );
    }

    #[test]
    fn a_control_character_is_placed_at_its_line_and_column() {
        let found = errors("claims:\n  - id: a\n    claim: Ééé.\n    support: [x\u{0}y]\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0],
            "claims.yaml:4:16: error: invalid YAML: a control character (U+0000) is not allowed"
        );
        let (_, problems) = parse_partial("claims.yaml", "claims:\n  - id: a\u{0}\n");
        let hint = problems
            .first()
            .and_then(|p| p.hint.clone())
            .unwrap_or_default();
        assert!(hint.contains("save it as UTF-8"), "{hint}");
        let found = errors("claims:\n  - id: a\u{7}\n");
        assert!(
            found[0]
                .starts_with("claims.yaml:2:10: error: invalid YAML: a control character (U+0007)"),
            "{found:?}"
        );
    }

    #[test]
    fn syntax_error_has_location() {
        let found = errors("claims:\n  - id: a\n   claim: [\n");
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("claims.yaml:"), "{found:?}");
        assert!(found[0].contains("invalid YAML"), "{found:?}");
    }
}
