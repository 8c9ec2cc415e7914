//! Compiling the patterns of a claims file: `{term}` and `{n}` expansion, whole-word
//! anchoring, and one compiled regex per distinct pattern.
//!
//! This module owns the meaning of pattern syntax and every error about a pattern. It does
//! not run patterns (`scan`).

use crate::claims::{Claim, ClaimsFile, Matcher, PatternSource, Side, Target, Within};
use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::numbers::{NUMBER_PATTERN, NUMBER_SHAPE};
use crate::prefilter::{self, Factors, Prefilter, Starts};
use crate::search::Regex;
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

/// Index of a distinct pattern in `CompiledClaims::patterns`.
pub type PatternId = usize;

/// Everything the scanner needs, built once per run whatever the number of documents.
#[derive(Debug)]
pub struct CompiledClaims {
    /// One entry per claim of the file, in file order.
    pub claims: Vec<CompiledClaim>,
    /// Distinct patterns: the same pattern text in many claims is matched once.
    pub patterns: Vec<Pattern>,
    /// Finds where each pattern can match, so most regexes run on few sentences.
    pub prefilter: Prefilter,
    /// For each pattern, whether a matcher uses it alone (so all its hits count).
    pub alone: Vec<bool>,
    /// The distinct `all:` matchers, as their parts and the unit they must share: a part's
    /// hits count only in units where every other part can match too.
    pub groups: Vec<(Vec<PatternId>, Within)>,
    /// For each pattern, the indexes of the `groups` it is a part of.
    pub groups_of: Vec<Vec<u32>>,
}

#[derive(Debug)]
pub struct CompiledClaim {
    pub matchers: Vec<CompiledMatcher>,
}

#[derive(Debug)]
pub struct CompiledMatcher {
    pub side: Side,
    /// Position among the claim's matchers of this side, for messages (`support[1]`).
    pub index: usize,
    pub parts: Vec<PatternId>,
    pub within: Within,
}

#[derive(Debug)]
pub struct Pattern {
    /// The pattern with `{term}` and `{n}` expanded, before anchoring.
    pub source: String,
    /// The pattern as the analyst wrote it (its first use), for checks that ask what they
    /// spelled out, such as `{n}-year-old`.
    pub written: String,
    /// `written` in lower case, for the checks that ask it of every figure `{n}` captures.
    pub written_lower: String,
    /// The regex the scanner runs. Each `{n}` in it is the small `NUMBER_SHAPE`, so the
    /// scanner checks every number it captures with `numbers::is_number`.
    pub regex: Regex,
    /// For a pattern with `{n}`: the same pattern with the full number grammar, which the
    /// scanner runs where a capture of `regex` is not a number (see `exact_regex`).
    exact: Option<Exact>,
    /// How many `{n}` captures the pattern has; they are named `n0`, `n1`, ….
    pub numbers: usize,
    /// Whether every claim that uses the pattern is about the size of a change ("a council
    /// tax rise of 4.99%"): then a figure that reads as a change ("will go up by 4.99%") is
    /// the figure the claim is about, not a level to skip (`states_a_change`).
    pub for_a_change: bool,
    /// The times ("september 2024", "2024") that every claim using the pattern names
    /// (`scan::times_named`): a figure in an aside dated one of them ("the backlog, which
    /// stood at 73,105 cases at the end of September 2024, …") is the claim's, not another
    /// time's.
    pub claim_times: Vec<String>,
    /// Whether every claim using the pattern is about money (its sentence gives a sum:
    /// "cut its bus subsidy budget by £3.6m"): then a sum of money is the figure it asks for,
    /// whether or not the pattern spells a currency.
    pub claim_money: bool,
    /// Where matches can start, when a few literals say so (`None`: anywhere).
    pub starts: Option<Starts>,
}

/// A pattern with the full number grammar, built the first time it is needed: most patterns
/// never need it, and each would cost about 300 KB and a few milliseconds to build.
#[derive(Debug)]
struct Exact {
    pattern: String,
    regex: OnceLock<Option<Regex>>,
}

impl Pattern {
    /// The regex whose matches are the pattern's meaning: `regex` for a pattern without
    /// `{n}`, else the one with the full number grammar (built on first use; should it fail
    /// to build, which its twin did not, `regex`).
    pub fn exact_regex(&self) -> &Regex {
        let Some(exact) = &self.exact else {
            return &self.regex;
        };
        exact
            .regex
            .get_or_init(|| build_regex(&exact.pattern).ok())
            .as_ref()
            .unwrap_or(&self.regex)
    }

    /// Whether `regex` matches numbers by their shape only, so its captures need checking.
    pub fn checks_numbers(&self) -> bool {
        self.exact.is_some()
    }
}

/// Compiles every pattern of `file`. Returns the compiled claims only if no pattern has an
/// error, and every problem found (unused terms are warnings) either way.
pub fn compile(file: &ClaimsFile) -> (Option<CompiledClaims>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let terms: HashMap<&str, String> = file
        .terms
        .iter()
        .filter_map(|term| {
            let mut group = String::from("(?:");
            for (i, alternative) in term.alternatives.iter().enumerate() {
                if let Err(error) = regex_syntax::Parser::new().parse(alternative) {
                    let (offset, reason) = syntax_error(&error);
                    problems.push(pattern_error(
                        file,
                        &PatternSource {
                            text: alternative.clone(),
                            path: term.path.index(i),
                        },
                        offset,
                        1,
                        format!("invalid regex in term `{}`: {reason}", term.name),
                    ));
                    return None;
                }
                if i > 0 {
                    group.push('|');
                }
                group.push_str("(?:");
                group.push_str(alternative);
                group.push(')');
            }
            group.push(')');
            Some((term.name.as_str(), group))
        })
        .collect();
    let term_names: Vec<&str> = file.terms.iter().map(|t| t.name.as_str()).collect();
    let mut used_terms: Vec<bool> = vec![false; file.terms.len()];
    let mut by_text: HashMap<String, PatternId> = HashMap::new();
    let mut pending: Vec<Pending> = Vec::new();
    let mut pattern_problems: Vec<(usize, Diagnostic)> = Vec::new();
    let mut claims = Vec::with_capacity(file.claims.len());
    for claim in &file.claims {
        let mut matchers = Vec::new();
        let sides = [
            (Side::Support, &claim.support),
            (Side::Contradict, &claim.contradict),
        ];
        for (side, list) in sides {
            for (index, matcher) in list.iter().enumerate() {
                let parts = compile_matcher(
                    file,
                    (
                        &claim.id,
                        states_a_change(claim),
                        &crate::scan::times_named(&claim.claim),
                        crate::scan::names_money(&claim.claim),
                    ),
                    matcher,
                    &terms,
                    &term_names,
                    &mut used_terms,
                    &mut by_text,
                    &mut pending,
                    &mut pattern_problems,
                );
                if let Some(parts) = parts {
                    matchers.push(CompiledMatcher {
                        side,
                        index,
                        parts,
                        within: matcher.within,
                    });
                }
            }
        }
        let captures_numbers = matchers
            .iter()
            .filter(|m| m.side == Side::Support)
            .flat_map(|m| &m.parts)
            .any(|&id| pending.get(id).is_some_and(|p: &Pending| p.numbers > 0));
        let all_compiled = matchers.len() == claim.support.len() + claim.contradict.len();
        if claim.number.is_some() && !captures_numbers && all_compiled {
            let location = file.origin.locate(Target::Key(&claim.path, "number"), 6);
            problems.push(
                Diagnostic::warning("number-unused", format!("claim `{}` has `number:` but no support pattern captures `{{n}}`", claim.id))
                    .at(location)
                    .hint("the constraint is never checked: put `{n}` where the number stands in a support pattern, e.g. '{n} containers'"),
            );
        }
        if claim.number.is_none() && captures_numbers {
            let location = file.origin.locate(Target::Key(&claim.path, "support"), 7);
            problems.push(
                Diagnostic::warning("number-missing", format!("claim `{}` captures `{{n}}` but has no `number:`", claim.id))
                    .at(location)
                    .hint("add `number:` (e.g. `number: 24` or `number: \">= 11000\"`) so the number is checked, or write the digits in the pattern"),
            );
        }
        if let Some(written) = thousands_as_decimal(claim) {
            let width = claim
                .number
                .as_ref()
                .and_then(|n| n.exact_written_figure())
                .map_or(1, |figure| figure.len());
            let location = file
                .origin
                .locate(Target::Value(&claim.path.key("number")), width);
            let digits: String = written.chars().filter(|c| *c != ',').collect();
            problems.push(
                Diagnostic::warning(
                    "number-decimal-point",
                    format!(
                        "claim `{}`: `number:` has a decimal point where the claim's sentence writes {written}, with a thousands separator",
                        claim.id
                    ),
                )
                .at(location)
                .hint(format!("a point in `number:` is a decimal point: for {written}, write `number: {digits}`")),
            );
        }
        claims.push(CompiledClaim { matchers });
    }
    // Parsing and compiling regexes is most of the start-up time of a large claims file, and
    // each distinct pattern is independent of the others: they are built in parallel.
    let built: Vec<Built> = pending.par_iter().map(|p| build(file, p)).collect();
    let mut patterns = Vec::with_capacity(built.len());
    let mut factors = Vec::with_capacity(built.len());
    for result in built {
        match result {
            Ok((pattern, pattern_factors)) => {
                patterns.push(pattern);
                factors.push(pattern_factors);
            }
            Err(errors) => pattern_problems.extend(errors),
        }
    }
    // Problems in the order of the file, whatever order they were found in.
    pattern_problems.sort_by_key(|(seq, _)| *seq);
    problems.extend(pattern_problems.into_iter().map(|(_, problem)| problem));
    // After an error, a term may look unused only because the pattern using it is broken.
    let has_errors = problems.iter().any(Diagnostic::is_error);
    for (term, used) in file.terms.iter().zip(&used_terms) {
        if !used && !has_errors {
            let location = file.origin.locate(
                Target::Key(&term.path.parent(), &term.name),
                term.name.chars().count(),
            );
            problems.push(
                Diagnostic::warning(
                    "unused-term",
                    format!("term `{}` is not used by any pattern", term.name),
                )
                .at(location)
                .hint(format!(
                    "use it as `{{{}}}` in a pattern, or remove it",
                    term.name
                )),
            );
        }
    }
    if problems.iter().any(Diagnostic::is_error) {
        (None, problems)
    } else {
        let prefilter = Prefilter::new(factors);
        let mut alone = vec![false; patterns.len()];
        let mut groups: Vec<(Vec<PatternId>, Within)> = Vec::new();
        for matcher in claims.iter().flat_map(|c| &c.matchers) {
            match matcher.parts.as_slice() {
                [one] => alone[*one] = true,
                parts => {
                    let group = (parts.to_vec(), matcher.within);
                    if !groups.contains(&group) {
                        groups.push(group);
                    }
                }
            }
        }
        let mut groups_of = vec![Vec::new(); patterns.len()];
        for (g, (parts, _)) in groups.iter().enumerate() {
            for &part in parts {
                if groups_of[part].last() != Some(&(g as u32)) {
                    groups_of[part].push(g as u32);
                }
            }
        }
        (
            Some(CompiledClaims {
                claims,
                patterns,
                prefilter,
                alone,
                groups,
                groups_of,
            }),
            problems,
        )
    }
}

#[allow(clippy::too_many_arguments)]
fn compile_matcher(
    file: &ClaimsFile,
    (claim_id, for_a_change, times, money): (&str, bool, &[String], bool),
    matcher: &Matcher,
    terms: &HashMap<&str, String>,
    term_names: &[&str],
    used_terms: &mut [bool],
    by_text: &mut HashMap<String, PatternId>,
    pending: &mut Vec<Pending>,
    problems: &mut Vec<(usize, Diagnostic)>,
) -> Option<Vec<PatternId>> {
    let mut parts = Vec::with_capacity(matcher.parts.len());
    let mut ok = true;
    for part in &matcher.parts {
        // The position of this part in the file, to report problems in file order.
        let seq = problems.len() + pending.iter().map(|p| p.users.len()).sum::<usize>();
        let expansion = match expand(&part.text, terms, term_names) {
            Ok(expansion) => expansion,
            Err(ExpandError { message: None, .. }) => {
                ok = false;
                continue;
            }
            Err(ExpandError {
                offset,
                width,
                message: Some(message),
            }) => {
                problems.push((
                    seq,
                    pattern_error(
                        file,
                        part,
                        offset,
                        width,
                        format!("in claim `{claim_id}`, `{}`: {message}", part.path),
                    ),
                ));
                ok = false;
                continue;
            }
        };
        for name in &expansion.terms {
            if let Some(i) = term_names.iter().position(|t| t == name) {
                used_terms[i] = true;
            }
        }
        if part.text.trim().is_empty() {
            problems.push((
                seq,
                pattern_error(
                    file,
                    part,
                    0,
                    1,
                    format!("in claim `{claim_id}`, `{}`: empty pattern", part.path),
                ),
            ));
            ok = false;
            continue;
        }
        let user = User {
            seq,
            part: part.clone(),
            claim_id: claim_id.to_string(),
            anchors: expansion.anchors,
        };
        if let Some(&id) = by_text.get(&expansion.regex) {
            pending[id].users.push(user);
            pending[id].for_a_change &= for_a_change;
            pending[id].claim_times.retain(|time| times.contains(time));
            pending[id].claim_money &= money;
            parts.push(id);
            continue;
        }
        let id = pending.len();
        by_text.insert(expansion.regex.clone(), id);
        pending.push(Pending {
            regex: expansion.regex,
            numbers: expansion.numbers,
            number_at: expansion.number_at,
            users: vec![user],
            for_a_change,
            claim_times: times.to_vec(),
            claim_money: money,
        });
        parts.push(id);
    }
    ok.then_some(parts)
}

/// Whether `claim` is about the size of a change: its sentence gives one
/// (`scan::figures_of_change`) and, when it has a `number:`, the figure of the change
/// meets it. "Unemployment fell 0.2 points to 4.1%" with `number: 4.1` is about the level:
/// read as the claim's figure, the change would break it.
fn states_a_change(claim: &Claim) -> bool {
    let figures = crate::scan::figures_of_change(&claim.claim);
    figures.iter().any(|figure| {
        claim.number.as_ref().is_none_or(|number| {
            crate::numbers::parse_quantity(figure)
                .is_some_and(|found| number.admits(found.lo) && number.admits(found.hi))
        })
    })
}

/// A distinct pattern waiting to be parsed and compiled, with every part that uses it.
struct Pending {
    regex: String,
    numbers: usize,
    number_at: Vec<usize>,
    users: Vec<User>,
    /// Whether every user's claim states the size of a change (`Pattern::for_a_change`).
    for_a_change: bool,
    /// The times every user's claim names (`Pattern::claim_times`).
    claim_times: Vec<String>,
    /// Whether every user's claim is about money (`Pattern::claim_money`).
    claim_money: bool,
}

/// A part of a matcher that uses a pending pattern: where to point if the pattern is bad.
struct User {
    seq: usize,
    part: PatternSource,
    claim_id: String,
    /// How offsets in the expanded pattern map back into this part (see `Expansion`).
    anchors: Vec<(usize, usize)>,
}

/// A compiled pattern with its prefilter factors, or its problems numbered in file order.
type Built = Result<(Pattern, Option<Factors>), Vec<(usize, Diagnostic)>>;

/// Parses and compiles one distinct pattern, and extracts its prefilter factors from the
/// same parse. A bad pattern is reported once for each part that uses it.
fn build(file: &ClaimsFile, pending: &Pending) -> Built {
    let report = |offset: Option<usize>, reason: &str, prefix: &str| {
        pending
            .users
            .iter()
            .map(|user| {
                let at = offset.map_or(0, |offset| original_offset(&user.anchors, offset));
                let message = format!(
                    "{prefix}in claim `{}`, `{}`: {reason}",
                    user.claim_id, user.part.path
                );
                (user.seq, pattern_error(file, &user.part, at, 1, message))
            })
            .collect::<Vec<_>>()
    };
    // The scanner runs the pattern with the number shape; problems are reported from the
    // pattern as expanded with the full grammar, whose offsets `anchors` maps back.
    let fast = with_number_shape(&pending.regex, &pending.number_at);
    let hir = match regex_syntax::Parser::new().parse(&fast) {
        Ok(hir) => hir,
        Err(_) => {
            let Err(error) = regex_syntax::Parser::new().parse(&pending.regex) else {
                return Err(report(None, "the pattern does not parse", "invalid regex "));
            };
            let (offset, reason) = syntax_error(&error);
            return Err(report(Some(offset), &reason, "invalid regex "));
        }
    };
    // Factors of the pattern that runs: every match of the exact one is a match of it.
    let factors = prefilter::factors_of(&hir);
    let regex = build_regex(&fast).map_err(|error| report(None, &error, ""))?;
    let exact = (pending.numbers > 0).then(|| Exact {
        pattern: pending.regex.clone(),
        regex: OnceLock::new(),
    });
    let written = pending
        .users
        .first()
        .map(|u| u.part.text.clone())
        .unwrap_or_default();
    Ok((
        Pattern {
            source: pending.regex.clone(),
            written_lower: written.to_lowercase(),
            written,
            regex,
            exact,
            numbers: pending.numbers,
            for_a_change: pending.for_a_change && pending.numbers > 0,
            claim_times: if pending.numbers > 0 {
                pending.claim_times.clone()
            } else {
                Vec::new()
            },
            claim_money: pending.claim_money,
            starts: Starts::of(&hir),
        },
        factors,
    ))
}

/// Compiles an expanded pattern for the scanner: case-insensitive, whole words at both ends.
/// `source` (a pattern as `Pattern::source` holds it) as a plain `regex` and with each
/// bounded gap (`.{0,30}`, `[^.]{0,30}`) allowed to run four times as far, at least 60
/// characters more: for `explain`'s hint that a sentence it missed is one a wider gap would
/// match. The widened regex is None when the pattern has no such gap. (Built with the
/// `regex` crate, as `build_regex` wraps the pattern: only `explain` asks, for one claim.)
pub fn widened_gaps(source: &str) -> Option<(regex::Regex, Option<regex::Regex>)> {
    static GAP: LazyLock<Option<regex::Regex>> =
        LazyLock::new(|| regex::Regex::new(r"([.\]])\{(\d+),(\d+)\}").ok());
    let wrap = |expanded: &str| regex::Regex::new(&whole_words(expanded)).ok();
    let own = wrap(source)?;
    let gap = GAP.as_ref()?;
    if !gap.is_match(source) {
        return Some((own, None));
    }
    let widened = gap.replace_all(source, |caps: &regex::Captures<'_>| {
        let low = &caps[2];
        let high: usize = caps[3].parse().unwrap_or(0);
        let wider = (high * 4).max(high + 60).min(400);
        format!("{}{{{low},{wider}}}", &caps[1])
    });
    Some((own, wrap(&widened)))
}

/// Case-insensitive, and multi-line: the normalized sentences are joined by `\n`, so `^`
/// and `$` hold at a sentence's start and end, as a user who reads "patterns run on each
/// sentence" expects (without it they held at the document's).
fn build_regex(expanded: &str) -> Result<Regex, String> {
    Regex::new(&whole_words(expanded))
}

/// `expanded`, case-insensitive and multi-line, matched as whole words: no word character
/// right before its start or after its end. Not at an edge that is a symbol, which no word
/// can run into: `the correct fare was £` must match before "£17.90", and `\$\d+` after
/// "US" (trial 165: a pattern that ended in "£" matched nothing, and lint said nothing).
fn whole_words(expanded: &str) -> String {
    let symbol = |c: Option<char>| {
        c.is_some_and(|c| !c.is_alphanumeric() && c != '_' && !"()[]{}*+?|.^$\\".contains(c))
    };
    let start = expanded.starts_with("\\$") || symbol(expanded.chars().next());
    let end = expanded.ends_with("\\$") && !expanded.ends_with("\\\\$")
        || symbol(expanded.chars().next_back());
    format!(
        "(?im){}(?:{expanded}){}",
        if start { "" } else { "(?-u:\\b{start-half})" },
        if end { "" } else { "(?-u:\\b{end-half})" },
    )
}

/// The number grammar as a pattern embeds it: ASCII words and digits, compiled without
/// Unicode case folding (which only adds the Kelvin sign and the long s, both gone after
/// NFKC), which builds in a third of the time.
fn number_fragment(grammar: &str) -> String {
    format!("(?-u:{grammar})")
}

/// `number_fragment` for a `{n}` the pattern glues a unit to (`{n}kg`, `{n}p`): the
/// grammar's closing word boundary would refuse "12kg", and the letters after it end the
/// number as well.
fn glued_number_fragment(grammar: &str) -> String {
    number_fragment(grammar.strip_suffix(WORD_BOUNDARY).unwrap_or(grammar))
}

/// Whether what follows a `{n}` in a pattern is a unit that may be glued to the number:
/// a letter, perhaps after an optional space (`{n} ?km`, `{n}\\s*kg`), or a group with an
/// alternative that starts with one (`{n} ?(?:p|pence)`, `{n} ?(?:%|pc)`).
fn unit_follows(rest: &str) -> bool {
    let rest = [" ?", " *", "\\s?", "\\s*"]
        .iter()
        .find_map(|space| rest.strip_prefix(space))
        .unwrap_or(rest);
    let letter = |alternative: &str| {
        alternative
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic())
    };
    match ["(?:", "("]
        .iter()
        .find_map(|group| rest.strip_prefix(group))
    {
        // Any alternative of the group may be the glued unit: `(?:%|pc)` reads "3.2pc".
        Some(group) => group
            .split(')')
            .next()
            .is_some_and(|alternatives| alternatives.split('|').any(letter)),
        // `{n}%` reads "58pc" too (`PER_CENT`).
        None => {
            letter(rest)
                || rest
                    .strip_prefix('%')
                    .is_some_and(|after| per_cent_of_a_figure("{n}", after))
        }
    }
}

/// How the number grammars end.
const WORD_BOUNDARY: &str = "(?-u:\\b)";

/// `expanded` with the full number grammar of each `{n}` (starting at `number_at`) replaced
/// by the small `NUMBER_SHAPE`.
fn with_number_shape(expanded: &str, number_at: &[usize]) -> String {
    let exact = number_fragment(NUMBER_PATTERN);
    let (glued_exact, glued_shape) = (
        glued_number_fragment(NUMBER_PATTERN),
        glued_number_fragment(NUMBER_SHAPE),
    );
    let shape = number_fragment(NUMBER_SHAPE);
    let mut out = String::with_capacity(expanded.len());
    let mut from = 0;
    for &at in number_at {
        out.push_str(&expanded[from..at]);
        if expanded[at..].starts_with(&exact) {
            out.push_str(&shape);
            from = at + exact.len();
        } else {
            out.push_str(&glued_shape);
            from = at + glued_exact.len();
        }
    }
    out.push_str(&expanded[from..]);
    out
}

fn pattern_error(
    file: &ClaimsFile,
    part: &PatternSource,
    offset: usize,
    width: usize,
    message: String,
) -> Diagnostic {
    let mut location = file
        .origin
        .locate(Target::Value(&part.path), part.text.chars().count() + 2);
    if let Some(location) = location.as_mut() {
        crate::claims::point_inside(location, &part.text, offset, width);
    }
    let hint = if message.contains("too large") {
        "lower its repetition counts (a gap such as `.{0,60}` is plenty), or split it into the parts of an `all:` matcher"
    } else if message.contains("placeholder") {
        "placeholders are `{n}` for a number or `{name}` for a term under `terms:`; write `\\{` for a literal brace"
    } else {
        "patterns use Rust regex syntax (no look-around, no back-references); escape special characters such as `(`, `.` or `?` with `\\`"
    };
    Diagnostic::error("bad-pattern", message)
        .at(location)
        .hint(hint)
}

fn syntax_error(error: &regex_syntax::Error) -> (usize, String) {
    match error {
        regex_syntax::Error::Parse(error) => (error.span().start.offset, error.kind().to_string()),
        regex_syntax::Error::Translate(error) => {
            (error.span().start.offset, error.kind().to_string())
        }
        other => (0, other.to_string()),
    }
}

/// A user pattern with its placeholders replaced, and how to map offsets back.
#[derive(Debug)]
struct Expansion {
    regex: String,
    numbers: usize,
    /// Where in `regex` each `{n}`'s number grammar starts (see `number_fragment`).
    number_at: Vec<usize>,
    terms: Vec<String>,
    /// (offset in `regex`, offset in the user's pattern) at each place the two diverge.
    anchors: Vec<(usize, usize)>,
}

impl Expansion {
    #[cfg(test)]
    fn original_offset(&self, expanded: usize) -> usize {
        original_offset(&self.anchors, expanded)
    }
}

/// Maps an offset in an expanded pattern back into the user's pattern.
fn original_offset(anchors: &[(usize, usize)], expanded: usize) -> usize {
    let i = anchors.partition_point(|&(at, _)| at <= expanded);
    match i.checked_sub(1).map(|i| anchors[i]) {
        Some((at, original)) => original + expanded.saturating_sub(at),
        None => expanded,
    }
}

#[derive(Debug)]
struct ExpandError {
    offset: usize,
    /// How many characters of the pattern are wrong (the whole placeholder).
    width: usize,
    /// `None`: the placeholder names a term whose own regex is invalid, which is reported
    /// at the term; a second error here would call a term that exists unknown.
    message: Option<String>,
}

/// Replaces `{term}` by the term's alternatives, `{n}` by a number capture, and `\b` by an
/// ASCII word boundary (Unicode ones stop the regex crate's fast engines on non-ASCII text;
/// the scanner re-checks the edges of each match with Unicode rules).
fn expand(
    pattern: &str,
    terms: &HashMap<&str, String>,
    term_names: &[&str],
) -> Result<Expansion, ExpandError> {
    let mut out = Expansion {
        regex: String::with_capacity(pattern.len()),
        numbers: 0,
        number_at: Vec::new(),
        terms: Vec::new(),
        anchors: Vec::new(),
    };
    let bytes = pattern.as_bytes();
    let mut i = 0;
    let mut in_class = false;
    while i < bytes.len() {
        let c = bytes[i];
        // A gap such as `.{0,60}` or `.*` matches as little as it can: `{n}` then reads the
        // nearest number ("in 24 years and … in five years" reads 24), and evidence is tight.
        let after_dot = !in_class && i > 0 && bytes[i - 1] == b'.' && !escaped(bytes, i - 1);
        let already_lazy = |end: usize| bytes.get(end) == Some(&b'?');
        if after_dot && matches!(c, b'*' | b'+' | b'?') {
            out.regex.push(char::from(c));
            i += 1;
            if !already_lazy(i) {
                out.regex.push('?');
                out.anchors.push((out.regex.len(), i));
            }
            continue;
        }
        match c {
            b'\\' => {
                // A backslash that ends the pattern has nothing after it: the regex crate
                // says so ("incomplete escape"), with the pattern's place in the file.
                let next = pattern.get(i + 1..).and_then(|rest| rest.chars().next());
                let after = pattern.get(i + 2..).unwrap_or("");
                // `\b{start-half}` is a regex assertion; `\b{term}` is a boundary before a term.
                let special = ["{start}", "{end}", "{start-half}", "{end-half}"]
                    .iter()
                    .any(|s| after.starts_with(s));
                if next == Some('b') && !in_class && !special {
                    if !boundary_beside_sign(pattern, i) {
                        out.regex.push_str("(?-u:\\b)");
                    }
                    i += 2;
                    out.anchors.push((out.regex.len(), i));
                    continue;
                }
                let mut width = 1 + next.map_or(0, char::len_utf8);
                // `\p{Greek}`, `\x{2014}`, `\b{start-half}`: the braces belong to the escape.
                if next
                    .is_some_and(|c| c.is_ascii_alphabetic() && !matches!(c, 'b' | 'B') || special)
                    && bytes.get(i + 2) == Some(&b'{')
                {
                    width = pattern[i..].find('}').map_or(width, |close| close + 1);
                }
                out.regex.push_str(&pattern[i..i + width]);
                i += width;
            }
            b'[' if !in_class => {
                in_class = true;
                out.regex.push('[');
                i += 1;
                // A `]` right after `[` or `[^` is a literal member of the class.
                if bytes.get(i) == Some(&b'^') {
                    out.regex.push('^');
                    i += 1;
                }
                if bytes.get(i) == Some(&b']') {
                    out.regex.push(']');
                    i += 1;
                }
            }
            b']' if in_class => {
                in_class = false;
                out.regex.push(']');
                i += 1;
            }
            b'{' if !in_class => {
                let Some(close) = pattern[i..].find('}').map(|j| i + j) else {
                    out.regex.push('{');
                    i += 1;
                    continue;
                };
                let name = &pattern[i + 1..close];
                if is_repetition(name) {
                    out.regex.push_str(&pattern[i..=close]);
                    if after_dot && !already_lazy(close + 1) {
                        out.regex.push('?');
                    }
                } else if name == "n" {
                    // A minus sign may stand before the figure ("growth was -0.3%"): outside
                    // the capture, where the engine reads it (`numbers::sign_before`). Not
                    // where the pattern glues something else to the figure (`\d{4}-{n}`,
                    // `£{n}`).
                    let glued_before =
                        out.regex.chars().next_back().is_some_and(|c| {
                            !c.is_whitespace() && c != ')' && c != '?' && c != '*'
                        });
                    if !glued_before {
                        out.regex.push_str("(?:-|minus )?");
                    }
                    out.regex.push_str(&format!("(?P<n{}>", out.numbers));
                    out.number_at.push(out.regex.len());
                    let scale = scale_after(&pattern[close + 1..]);
                    out.regex.push_str(
                        &if scale.is_some() || unit_follows(&pattern[close + 1..]) {
                            glued_number_fragment(NUMBER_PATTERN)
                        } else {
                            number_fragment(NUMBER_PATTERN)
                        },
                    );
                    out.regex.push(')');
                    out.numbers += 1;
                    if let Some((spelled, alternatives)) = scale {
                        out.regex.push_str(alternatives);
                        i = close + 1 + spelled;
                        out.anchors.push((out.regex.len(), i));
                        continue;
                    }
                } else if let Some(group) = terms.get(name) {
                    out.regex.push_str(group);
                    out.terms.push(name.to_string());
                } else if term_names.contains(&name) {
                    return Err(ExpandError {
                        offset: i,
                        width: close + 1 - i,
                        message: None,
                    });
                } else {
                    let mut message = format!("unknown placeholder `{{{name}}}`");
                    let candidates = term_names.iter().copied().chain(["n"]);
                    if let Some(suggestion) = did_you_mean(name, candidates) {
                        message.push_str(&format!(" (did you mean `{{{suggestion}}}`?)"));
                    } else if term_names.is_empty() {
                        message.push_str(" (no terms are defined under `terms:`)");
                    }
                    return Err(ExpandError {
                        offset: i,
                        width: close + 1 - i,
                        message: Some(message),
                    });
                }
                i = close + 1;
                out.anchors.push((out.regex.len(), i));
            }
            b'%' if !in_class && per_cent_of_a_figure(&pattern[..i], &pattern[i + 1..]) => {
                out.regex.push_str(PER_CENT);
                i += 1;
                out.anchors.push((out.regex.len(), i));
            }
            _ => {
                let width = pattern[i..].chars().next().map_or(1, char::len_utf8);
                out.regex.push_str(&pattern[i..i + width]);
                i += width;
            }
        }
    }
    Ok(out)
}

/// The signs a figure is written with that are not letters or digits, as a pattern spells
/// them: a `\b` beside one needs a letter or digit on the sign's other side.
const SIGNS: &[&str] = &["£", "€", "¥", "\\$", "%"];

/// Whether the `\b` at `at` in `pattern` stands right before a sign the pattern requires
/// (`\b£{n}`, `price\b.{0,20}\b£{n}`) or right after a per cent sign (`{n}%\b`). Text
/// writes a space there ("for £72m", "12% of"), where a regex's `\b` never holds: the
/// pattern would silently match nothing. Readers mean the edge of the figure, the way
/// `\b{n}` is one, so such a `\b` is left out (nine of forty new users' claims files had
/// one, each losing every cell of its claim). An optional sign (`\b\$?{n}`) keeps its
/// `\b`: without the sign it stands before the digits, where it holds.
fn boundary_beside_sign(pattern: &str, at: usize) -> bool {
    let rest = &pattern[at + 2..];
    let before_sign = SIGNS.iter().any(|sign| {
        rest.strip_prefix(sign)
            .is_some_and(|after| !after.starts_with(['?', '*']) && !after.starts_with("{0"))
    });
    let after_per_cent = pattern[..at].ends_with('%');
    before_sign || after_per_cent
}

/// The scale a pattern spells right after a `{n}` (`£{n}m`, `{n} million`), as (its
/// length in the pattern, what it matches): both ways a paper writes it, "£212m" and
/// "£212 million", so that `£{n}m` does not miss half the reports of a figure (trial 133's
/// reader, whose `£{n}m` read no "£212 million"). `{n}` reads the same figure either way
/// (212: the scale is the pattern's, outside the figure).
fn scale_after(rest: &str) -> Option<(usize, &'static str)> {
    const SCALES: &[(&str, &str)] = &[
        ("m", r"(?:m| million)"),
        ("bn", r"(?:bn| billion)"),
        (" million", r"(?: million|m)"),
        (" billion", r"(?: billion|bn)"),
    ];
    SCALES.iter().find_map(|&(spelled, alternatives)| {
        let after = rest.strip_prefix(spelled)?;
        // Only the whole word: not `{n}mph`, `{n} millions`, nor a scale made optional.
        let ends = after.is_empty()
            || after.starts_with([' ', ')', '|', '.', ',', ';', '\\', '$', '/', '\''])
                && !after.starts_with("\\w");
        (ends && !after.starts_with(['?', '*', '+', '{'])).then_some((spelled.len(), alternatives))
    })
}

/// What a per cent sign after `{n}` matches: the sign, and the words a paper writes for it
/// ("58 per cent", "58 percent", "58pc"), so that `{n}%` reads every way of writing a share.
const PER_CENT: &str = r"(?:%| ?per ?cent(?-u:\b)|pc(?-u:\b))";

/// Whether a `%` between `before` and `after` (the pattern around it) is the unit of a
/// `{n}`: right after it, or after an optional space (`{n} ?%`, `{n}\s*%`), and not itself
/// made optional or repeated (`{n}%?`).
fn per_cent_of_a_figure(before: &str, after: &str) -> bool {
    let figure = ["", " ", " ?", " *", "\\s?", "\\s*"].iter().any(|space| {
        before
            .strip_suffix(space)
            .is_some_and(|b| b.ends_with("{n}"))
    });
    figure && !after.starts_with(['?', '*', '+', '{'])
}

/// The words a pattern spells out literally, lowercased: what a person would search the
/// documents for. Escapes (`\b`, `\d`), groups, repetitions and placeholders end a word; a
/// class of letters inside a word (`defen[cs]e`) stands for its first letter, so the word
/// comes out whole (`defence`). A `{term}` gives no words: its alternatives name one thing
/// in every spelling, and as search words they would outweigh what the pattern says of it.
pub fn literal_words(pattern: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut chars = pattern.char_indices().peekable();
    let end_word = |word: &mut String, words: &mut Vec<String>| {
        if !word.is_empty() {
            words.push(std::mem::take(word).to_lowercase());
        }
    };
    while let Some((i, c)) = chars.next() {
        match c {
            c if c.is_alphanumeric() => word.push(c),
            '\\' => {
                end_word(&mut word, &mut words);
                // `\p{Greek}`, `\x{2014}`, `\b{start-half}`: the braces belong to the escape.
                if let Some((_, escaped)) = chars.next() {
                    if escaped.is_ascii_alphabetic() && chars.peek().is_some_and(|&(_, c)| c == '{')
                    {
                        for (_, c) in chars.by_ref() {
                            if c == '}' {
                                break;
                            }
                        }
                    }
                }
            }
            '[' => {
                let rest = &pattern[i + 1..];
                let class = rest.find(']').map(|close| &rest[..close]).unwrap_or(rest);
                let letters = !class.is_empty() && class.chars().all(char::is_alphabetic);
                match class.chars().next() {
                    Some(first) if letters && !word.is_empty() => word.push(first),
                    _ => end_word(&mut word, &mut words),
                }
                for _ in 0..class.chars().count() + 1 {
                    chars.next();
                }
            }
            '{' => {
                end_word(&mut word, &mut words);
                let rest = &pattern[i + 1..];
                let inside = rest.find('}').map(|close| &rest[..close]).unwrap_or("");
                for _ in 0..inside.chars().count() + 1 {
                    chars.next();
                }
            }
            '(' if chars.peek().is_some_and(|&(_, c)| c == '?') => {
                // Group flags and names: `(?:`, `(?i)`, `(?P<name>`.
                end_word(&mut word, &mut words);
                let named = pattern[i..].starts_with("(?P<") || pattern[i..].starts_with("(?<");
                for (_, c) in chars.by_ref() {
                    if (named && c == '>') || (!named && matches!(c, ':' | ')')) {
                        break;
                    }
                }
            }
            _ => end_word(&mut word, &mut words),
        }
    }
    end_word(&mut word, &mut words);
    words
}

/// Whether the byte at `at` is escaped by an odd run of backslashes before it.
fn escaped(bytes: &[u8], at: usize) -> bool {
    bytes[..at]
        .iter()
        .rev()
        .take_while(|&&b| b == b'\\')
        .count()
        % 2
        == 1
}

/// `{3}`, `{0,60}` and `{2,}` are regex repetitions, not placeholders.
fn is_repetition(inside: &str) -> bool {
    let mut parts = inside.splitn(2, ',');
    let first = parts.next().unwrap_or("");
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(first.trim())
        && parts
            .next()
            .is_none_or(|rest| rest.trim().is_empty() || digits(rest.trim()))
}

/// The figure of the claim's sentence that `number:` misreads, if any: an exact value with
/// a decimal point whose digits are those of a figure the sentence writes with a thousands
/// separator (`number: 36.816` beside "36,816 migrants"), as a European writer would put it.
fn thousands_as_decimal(claim: &crate::claims::Claim) -> Option<String> {
    // As written: `number: 96.000` (a float of value 96 to YAML) keeps its three places.
    let written = claim.number.as_ref()?.exact_written_figure()?;
    if !written.contains('.') {
        return None;
    }
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    claim
        .claim
        .split(|c: char| !(c.is_ascii_digit() || c == ','))
        .map(|figure| figure.trim_matches(','))
        // (A thousands separator groups three digits: "1,5" is a decimal comma, and
        // `number: 1.5` reads it right.)
        .find(|figure| {
            figure.contains(',')
                && figure.split(',').skip(1).all(|group| group.len() == 3)
                && figure.chars().filter(|c| *c != ',').eq(digits.chars())
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand_with(pattern: &str) -> Result<String, String> {
        let terms: HashMap<&str, String> = [("pact", "(?:(?:pact)|(?:treaty))".to_string())].into();
        expand(pattern, &terms, &["pact"])
            .map(|e| e.regex)
            .map_err(|e| e.message.unwrap_or_default())
    }

    /// Whatever a pattern ends or breaks off with (an escape, a brace, a class, a group, a
    /// term, a placeholder, a multi-byte character), expanding it and loading it as a claim
    /// gives a result or an error, never a panic: a pattern ending in a backslash crashed
    /// the run (a trial).
    #[test]
    fn a_pattern_cut_short_anywhere_is_an_error_not_a_crash() {
        let whole = r"\b{pact}\b \p{Greek}\x{2014} [a-z\]]{2,3} (?:é|ü)\b{start-half}.{0,60} {n} £{n}m \{ \\";
        let mut cuts: Vec<&str> = (0..=whole.len())
            .filter(|&i| whole.is_char_boundary(i))
            .map(|i| &whole[..i])
            .collect();
        cuts.extend([
            "\\", "\\p", "\\x{", "{", "{n", "{pact", "\\b{", "[", "(?", "é\\",
        ]);
        for pattern in cuts {
            let _ = expand_with(pattern);
            let yaml = format!(
                "terms:\n  pact: [pact, treaty]\nclaims:\n  - id: c\n    claim: C.\n    support: ['{}']\n    number: 3\n",
                pattern.replace('\'', "''")
            );
            let _ = crate::engine::Checker::from_yaml("claims.yaml", &yaml);
        }
    }

    #[test]
    fn a_scale_after_n_reads_both_ways_papers_write_it() {
        for (pattern, alternatives) in [
            ("£{n}m", "(?:m| million)"),
            ("£{n}m a year", "(?:m| million) a year"),
            ("£{n}bn\\b", "(?:bn| billion)(?-u:\\b)"),
            ("{n} million tonnes", "(?: million|m) tonnes"),
            ("{n} billion", "(?: billion|bn)"),
        ] {
            let regex = expand_with(pattern).unwrap_or_default();
            assert!(regex.ends_with(alternatives), "{pattern}: {regex}");
        }
        // Not another word that starts so, nor a scale made optional.
        for pattern in [
            "{n}mph",
            "{n} millions",
            "{n}m?",
            "{n} million?",
            "{n}m\\w+",
        ] {
            let regex = expand_with(pattern).unwrap_or_default();
            assert!(!regex.contains(" million)"), "{pattern}: {regex}");
            assert!(!regex.contains("|m)"), "{pattern}: {regex}");
        }
    }

    #[test]
    fn a_per_cent_sign_after_n_expands_to_its_words_too() {
        for pattern in ["{n}%", "{n} ?%", "{n}\\s*%"] {
            let regex = expand_with(pattern).unwrap_or_default();
            assert!(regex.ends_with(PER_CENT), "{pattern}: {regex}");
        }
        // Not a sign the pattern makes optional, nor one of another place.
        for pattern in ["{n}%?", "{n}%{2}", "50%", "{n} of 90%", "[%]"] {
            let regex = expand_with(pattern).unwrap_or_default();
            assert!(!regex.contains(PER_CENT), "{pattern}: {regex}");
        }
    }

    #[test]
    fn terms_expand_to_a_group_of_alternatives() {
        assert_eq!(
            expand_with("the {pact}").as_deref(),
            Ok("the (?:(?:pact)|(?:treaty))")
        );
    }

    #[test]
    fn n_expands_to_numbered_number_captures() {
        let regex = expand_with("{n} of {n}").unwrap_or_default();
        assert!(
            regex.contains("(?P<n0>") && regex.contains("(?P<n1>"),
            "{regex}"
        );
    }

    #[test]
    fn repetitions_and_escaped_braces_and_classes_stay_regex() {
        assert_eq!(
            expand_with("a{3} .{0,60} b{2,}").as_deref(),
            Ok("a{3} .{0,60}? b{2,}")
        );
        assert_eq!(expand_with(r"\{pact\}").as_deref(), Ok(r"\{pact\}"));
        assert_eq!(expand_with("[{pact}]").as_deref(), Ok("[{pact}]"));
    }

    #[test]
    fn unknown_placeholder_suggests_a_term() {
        assert_eq!(
            expand_with("{packt}"),
            Err("unknown placeholder `{packt}` (did you mean `{pact}`?)".to_string())
        );
    }

    #[test]
    fn gaps_match_as_little_as_they_can() {
        assert_eq!(
            expand_with("a.{0,60}b .* c.+d e.?").as_deref(),
            Ok("a.{0,60}?b .*? c.+?d e.??")
        );
        assert_eq!(
            expand_with("a.{0,60}?b .*?").as_deref(),
            Ok("a.{0,60}?b .*?")
        );
        assert_eq!(
            expand_with(r"a\.{3} [.]{2} \w{2}").as_deref(),
            Ok(r"a\.{3} [.]{2} \w{2}")
        );
    }

    #[test]
    fn word_boundaries_become_ascii() {
        assert_eq!(expand_with(r"first\b").as_deref(), Ok(r"first(?-u:\b)"));
    }

    #[test]
    fn a_word_boundary_beside_a_sign_is_the_edge_of_the_figure() {
        // Text writes a space before the sign ("for £72m") and after `%` ("12% of"), where
        // `\b` never holds: it is left out.
        for (written, expanded) in [
            (r"cost\b.{0,20}\b£5m", r"cost(?-u:\b).{0,20}?£5m"),
            (r"\b€5", "€5"),
            (r"\b\$5", r"\$5"),
            (r"5%\b of", "5% of"),
            // Without the sign the `\b` stands before the digits, where it holds.
            (r"\b\$?5", r"(?-u:\b)\$?5"),
            (r"\b£*5", r"(?-u:\b)£*5"),
        ] {
            assert_eq!(expand_with(written).as_deref(), Ok(expanded), "{written}");
        }
        assert_eq!(
            expand_with(r"\b{start-half}x").as_deref(),
            Ok(r"\b{start-half}x")
        );
    }

    #[test]
    fn literal_words_are_what_a_person_would_search_for() {
        let words = |p: &str| literal_words(p).join(" ");
        assert_eq!(
            words(r"first (?:visit|trip)\b.{0,60}\bin {n} years"),
            "first visit trip in years"
        );
        assert_eq!(words("mutual defen[cs]e"), "mutual defence");
        assert_eq!(words("{putin} met (?P<x>Kim)"), "met kim");
        assert_eq!(
            words(r"since (?:19|20)\d\d [^a-z]x \p{Greek}"),
            "since 19 20 x"
        );
    }

    #[test]
    fn error_offsets_map_back_through_expansions() {
        let terms: HashMap<&str, String> = [("pact", "(?:(?:pact)|(?:treaty))".to_string())].into();
        let expansion = expand("{pact} (x", &terms, &["pact"])
            .unwrap_or_else(|e| panic!("{}", e.message.unwrap_or_default()));
        let expanded_paren = expansion.regex.find(" (").unwrap_or(0) + 1;
        assert_eq!(expansion.original_offset(expanded_paren), 7);
    }
}
