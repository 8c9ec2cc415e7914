//! Lint: the problems of a claims file that only show beside its documents: document ids
//! that do not exist, patterns that match nothing (dead) and patterns that match nearly
//! every sentence (too broad).
//!
//! Problems that the file shows on its own (YAML, keys, ids, regexes, placeholders, unused
//! terms, `number:` and `expect:`) belong to `claims` and `pattern`; this module adds the rest
//! and judges nothing. Like the rest of the core it takes values (a loaded file, document
//! ids, how much of each document each pattern matched) and never reads a file.

use crate::claims::{
    Claim, ClaimsFile, ExpectKind, Matcher, PatternSource, Side, Target, Within, YamlPath,
};
use crate::diagnostic::{did_you_mean, Diagnostic, Location};
use crate::document::Text;
use crate::engine::Checker;
use crate::pattern::CompiledClaims;
use crate::scan::UsageTotals;
use crate::verdict::Verdict;
use std::collections::HashSet;

/// Documents shorter than this do not count for "too broad" (see `UsageTotals`).
pub const MIN_SENTENCES: usize = UsageTotals::MIN_SENTENCES;

/// Every problem `lint` finds past loading, for `(id, text)` documents: the whole check in one
/// call for library users and tests. `folder` names where the documents came from, for
/// messages.
pub fn lint_texts(checker: &Checker, folder: &str, documents: &[(&str, &Text)]) -> Vec<Diagnostic> {
    let ids: Vec<&str> = documents.iter().map(|(id, _)| *id).collect();
    let mut problems = document_ids(&checker.file, &ids, ids.len(), folder);
    let mut usage = UsageTotals::default();
    for (_, text) in documents {
        usage.add(&checker.usage(text));
    }
    problems.extend(patterns(&checker.file, checker.compiled(), &usage));
    problems.extend(pattern_slips(&checker.file));
    problems
}

/// Document ids the claims file names that are not among `ids`: a verdict pinned under
/// `expect.documents` for a missing document is an error (it can never be checked, and is
/// almost always a typo); a label under `documents:` for one is a warning (it does no harm).
///
/// `ids` holds every document id, or at least those the claims file names and those close
/// to a missing one (a listing too long to hold: `Project::open`); `listed` is how many
/// documents there are.
pub fn document_ids(
    file: &ClaimsFile,
    ids: &[&str],
    listed: usize,
    folder: &str,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let unknown = |id: &str| !ids.contains(&id);
    for claim in &file.claims {
        let pins = claim.expect.path.key("documents");
        for (id, _) in claim.expect.documents.iter().filter(|(id, _)| unknown(id)) {
            problems.push(
                Diagnostic::error(
                    "unknown-document",
                    format!(
                        "in claim `{}`, `expect.documents` names `{id}`, which is not a document in {folder}",
                        claim.id
                    ),
                )
                .at(at_key(file, &pins, id))
                .hint(suggest(id, ids, listed)),
            );
        }
    }
    let labels = YamlPath::default().key("documents");
    for (id, _) in file.labels.iter().filter(|(id, _)| unknown(id)) {
        problems.push(
            Diagnostic::warning(
                "unknown-document",
                format!(
                    "`documents:` gives a label to `{id}`, which is not a document in {folder}"
                ),
            )
            .at(at_key(file, &labels, id))
            .hint(suggest(id, ids, listed)),
        );
    }
    problems
}

/// The ids `document_ids` needs of a listing too long to hold (`Project::open`), read as
/// `ids()` streams them: those the claims file names that are there, and for each it names
/// that is not, the one `suggest` would offer (`did_you_mean` judges each candidate alone
/// and takes the closest, the first of equals, so the best so far against each next one
/// finds it). Memory holds a few ids, not the listing. `ids()` gives them in id order.
pub fn ids_worth_checking<I: Iterator<Item = String>>(
    file: &ClaimsFile,
    ids: impl Fn() -> I,
) -> Vec<String> {
    let named: HashSet<&str> = file
        .claims
        .iter()
        .flat_map(|claim| claim.expect.documents.iter().map(|(id, _)| id.as_str()))
        .chain(file.labels.iter().map(|(id, _)| id.as_str()))
        .collect();
    let mut worth: Vec<String> = ids().filter(|id| named.contains(id.as_str())).collect();
    let mut missing: Vec<(&str, Option<String>)> = named
        .iter()
        .filter(|id| !worth.iter().any(|found| found == *id))
        .map(|&id| (id, None))
        .collect();
    if missing.is_empty() {
        return worth;
    }
    for id in ids() {
        for (word, best) in &mut missing {
            let closer = match best.as_deref() {
                Some(best) => did_you_mean(word, [best, id.as_str()]) != Some(best),
                None => did_you_mean(word, [id.as_str()]).is_some(),
            };
            if closer {
                *best = Some(id.clone());
            }
        }
    }
    worth.extend(missing.into_iter().filter_map(|(_, best)| best));
    // In the listing's order (by id), which decides between equally close suggestions.
    worth.sort();
    worth.dedup();
    worth
}

fn at_key(file: &ClaimsFile, path: &YamlPath, key: &str) -> Option<Location> {
    file.origin
        .locate(Target::Key(path, key), key.chars().count())
}

fn suggest(id: &str, ids: &[&str], listed: usize) -> String {
    if let Some(suggestion) = did_you_mean(id, ids.iter().copied()) {
        return format!("did you mean `{suggestion}`?");
    }
    let mut hint =
        "a document's id is its path below the sources folder, without the extension".to_string();
    if !ids.is_empty() && listed <= 8 {
        hint.push_str(&format!(": {}", ids.join(", ")));
    }
    hint
}

/// One place a distinct pattern is written in the claims file.
struct Use<'a> {
    claim: &'a Claim,
    matcher: &'a Matcher,
    part: &'a PatternSource,
    side: Side,
    /// The pattern is a whole matcher, not one part of an `all:` list.
    whole: bool,
}

/// Where each distinct pattern (indexed like `CompiledClaims::patterns`) is written, in
/// file order.
fn uses<'a>(file: &'a ClaimsFile, compiled: &CompiledClaims) -> Vec<Vec<Use<'a>>> {
    let mut uses: Vec<Vec<Use<'a>>> = (0..compiled.patterns.len()).map(|_| Vec::new()).collect();
    for (claim, compiled_claim) in file.claims.iter().zip(&compiled.claims) {
        for matcher in &compiled_claim.matchers {
            let written = match matcher.side {
                Side::Support => claim.support.get(matcher.index),
                Side::Contradict => claim.contradict.get(matcher.index),
            };
            let Some(written) = written else { continue };
            for (&id, part) in matcher.parts.iter().zip(&written.parts) {
                if let Some(list) = uses.get_mut(id) {
                    list.push(Use {
                        claim,
                        matcher: written,
                        part,
                        side: matcher.side,
                        whole: written.parts.len() == 1,
                    });
                }
            }
        }
    }
    uses
}

/// "1 document", "3 documents".
fn documents_count(n: usize) -> String {
    match n {
        1 => "1 document".to_string(),
        n => format!("{n} documents"),
    }
}

/// What to do about a pattern whose figures were all skipped as no count.
fn skipped_hint(file: &ClaimsFile, claim: &str) -> String {
    format!(
        "`{}` shows where; if that figure is the one you mean, spell its context in the pattern (docs/rules.md, \"Numbers that are not counts are skipped\")",
        explain_command(file, claim)
    )
}

/// The command that explains claim `id`, with `--claims` when the file is not the default
/// one `explain` would read.
fn explain_command(file: &ClaimsFile, id: &str) -> String {
    let path = file.origin.file.as_str();
    match path.trim_start_matches("./") {
        "" | crate::claims::DEFAULT_FILE => format!("factcheck explain {id}"),
        _ => format!("factcheck explain --claims {path} {id}"),
    }
}

/// Dead and too-broad patterns, from how much of each document every pattern matched
/// (`usage`, one per document). Only the claims of `file` (and so of a `--claim` selection)
/// are looked at.
///
/// A pattern is **dead** when it matches no sentence of any document. It is reported only on
/// a side the claim expects to match: a contradict pattern that matches nothing is exactly
/// what a `supported` claim wants. A whole matcher is **too broad** when it matches more
/// than half the sentences of most documents (of those with at least `MIN_SENTENCES`); a
/// part of an `all:` list may be broad on purpose, since the other parts narrow it.
pub fn patterns(
    file: &ClaimsFile,
    compiled: &CompiledClaims,
    usage: &UsageTotals,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    if usage.documents == 0 {
        return problems;
    }
    let documents = match usage.documents {
        1 => "the document".to_string(),
        n => format!("any of the {n} documents"),
    };
    // `all:` matchers already reported as never matching.
    let mut never_together: Vec<*const Matcher> = Vec::new();
    let uses = uses(file, compiled);
    // For each `all:` matcher, a part's skipped figures: the parts met, but every figure
    // `{n}` read there was no count, so no hit stood. That is not "never together".
    let skipped_in_matcher = |matcher: &Matcher| {
        uses.iter()
            .enumerate()
            .filter(|(_, uses)| uses.iter().any(|u| std::ptr::eq(u.matcher, matcher)))
            .find_map(|(id, _)| {
                let totals = usage.patterns.get(id).copied().unwrap_or_default();
                totals.skipped_why.map(|why| (totals.skipped_in, why))
            })
    };
    for (id, uses) in uses.iter().enumerate() {
        let totals = usage.patterns.get(id).copied().unwrap_or_default();
        let alone = uses.iter().any(|u| u.whole);
        if totals.documents == 0 && !alone {
            // A part of an `all:` is only looked for in sentences where the other parts can
            // match, so no hit says that the parts never meet, not that this one matches
            // nothing: said once per matcher, not once per part.
            for u in uses.iter().filter(|u| expects_matches(u.claim, u.side)) {
                if never_together.contains(&std::ptr::from_ref(u.matcher)) {
                    continue;
                }
                never_together.push(std::ptr::from_ref(u.matcher));
                if let Some((skipped_in, why)) = skipped_in_matcher(u.matcher) {
                    problems.push(
                        Diagnostic::warning(
                            "dead-pattern",
                            format!(
                                "in claim `{}`, `{}`: its `all:` parts match together in {}, but no figure `{{n}}` reads there counts (the first: {why})",
                                u.claim.id,
                                u.matcher.path,
                                documents_count(skipped_in)
                            ),
                        )
                        .at(file.origin.locate(Target::Value(&u.matcher.path), 4))
                        .hint(skipped_hint(file, &u.claim.id)),
                    );
                    continue;
                }
                let (span, wider) = match u.matcher.within {
                    Within::Sentence => (
                        "one sentence",
                        "; parts of one statement that spans sentences need `within: paragraph`",
                    ),
                    Within::Paragraph => ("one paragraph", ""),
                };
                problems.push(
                    Diagnostic::warning(
                        "dead-pattern",
                        format!(
                            "in claim `{}`, `{}`: its `all:` parts never match together in {span} of {documents}",
                            u.claim.id, u.matcher.path
                        ),
                    )
                    .at(file.origin.locate(Target::Value(&u.matcher.path), 4))
                    .hint(format!(
                        "one part may match nothing at all (often a gap such as `.{{0,20}}` too short for the words between), or they match in different places: try each part on its own (`{}` shows the sentences closest to the claim, and which would match with longer gaps){wider}",
                        explain_command(file, &u.claim.id)
                    )),
                );
            }
            continue;
        }
        if totals.documents == 0 {
            let Some(first) = uses.iter().find(|u| expects_matches(u.claim, u.side)) else {
                continue;
            };
            // A pattern whose every match read a figure that is no count is not dead: the
            // warning says which figure was skipped, and why.
            let (what, hint) = match totals.skipped_why {
                Some(why) => (
                    format!(
                        "pattern matches in {}, but no figure `{{n}}` reads there counts (the first: {why})",
                        documents_count(totals.skipped_in)
                    ),
                    skipped_hint(file, &first.claim.id),
                ),
                None => (
                    format!("pattern matches nothing in {documents}"),
                    format!(
                        "compare it with the documents (`{}` shows the sentences closest to the claim), or remove it",
                        explain_command(file, &first.claim.id)
                    ),
                ),
            };
            problems.push(
                Diagnostic::warning(
                    "dead-pattern",
                    format!(
                        "in claim `{}`, `{}`: {what}{}",
                        first.claim.id,
                        first.part.path,
                        elsewhere(uses.len())
                    ),
                )
                .at(at_pattern(file, first.part))
                .hint(hint),
            );
            continue;
        }
        let broad = totals.broad_in;
        if usage.long_documents == 0 || broad * 2 <= usage.long_documents {
            continue;
        }
        let Some(first) = uses.iter().find(|u| u.whole) else {
            continue;
        };
        let hit = totals.long_matched;
        let total = usage.long_sentences;
        let share = (hit * 100 + total / 2) / total.max(1);
        problems.push(
            Diagnostic::warning(
                "broad-pattern",
                format!(
                    "in claim `{}`, `{}`: pattern is too broad: it matches {share}% of the sentences ({hit} of {total}), more than half in {broad} of the {} documents{}",
                    first.claim.id,
                    first.part.path,
                    usage.long_documents,
                    elsewhere(uses.len())
                ),
            )
            .at(at_pattern(file, first.part))
            .hint("a pattern should match only sentences that state the claim: look for `.*`, a part that may match nothing (`?`, `*`, `{0,n}`), or a missing word"),
        );
    }
    problems
}

/// Patterns with a `\b` that needs a word character where text has none and that
/// `pattern` does not read as the figure's edge: after a group that may end in a per cent
/// sign (`(?:%|per cent)\b`: "12% of" has a space after the sign) and between a figure and
/// a unit glued to it (`{n}\bC`). Such a pattern silently matches nothing there. (A `\b`
/// right beside a sign, `\b£{n}` or `{n}%\b`, is left out by `pattern`: see
/// `pattern::boundary_beside_sign`.)
pub fn boundaries(file: &ClaimsFile) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for claim in &file.claims {
        let parts = claim
            .support
            .iter()
            .chain(&claim.contradict)
            .flat_map(|matcher| &matcher.parts);
        for part in parts {
            // `(?:%|per cent)\b`: the `\b` after a group that may end in `%`.
            if let Some(at) = percent_group_then_boundary(&part.text) {
                problems.push(
                    Diagnostic::warning(
                        "boundary-at-sign",
                        format!(
                            "in claim `{}`, `{}`: the `\\b` after a group that may end in `%` needs a letter or digit after the sign, and text has a space there (\"12% of\"), so the pattern never matches where the group reads `%`",
                            claim.id, part.path
                        ),
                    )
                    .at(at_pattern_bytes(file, part, Some(at), 2))
                    .hint("leave the `\\b` out after the group, or put it inside, after the word alternatives only: `(?:%|per cent\\b)`"),
                );
            } else if let Some(problem) = boundary_before_glued_unit(file, claim, part) {
                problems.push(problem);
            }
        }
    }
    problems
}

/// The first `to` in `chars` that no `from` before it in `chars` pairs with: a group's
/// closing bracket reading forwards (`'('`, `')'`), its opening one reading backwards.
fn unmatched(chars: impl Iterator<Item = (usize, char)>, from: char, to: char) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in chars {
        if c == from {
            depth += 1;
        } else if c == to {
            match depth.checked_sub(1) {
                Some(outer) => depth = outer,
                None => return Some(i),
            }
        }
    }
    None
}

/// Where a `\b` right after a group one of whose alternatives ends in `%` starts
/// (`(?:%|per cent)\b`): after `%`, the boundary needs a letter or digit.
fn percent_group_then_boundary(pattern: &str) -> Option<usize> {
    pattern.match_indices(")\\b").find_map(|(close, _)| {
        // The group's opening bracket, counting nested ones.
        let open = unmatched(pattern[..close].char_indices().rev(), ')', '(')?;
        let inside = pattern[open + 1..close].trim_start_matches("?:");
        inside
            .split('|')
            .any(|alternative| alternative.ends_with('%'))
            .then_some(close + 1)
    })
}

/// The scale a pattern spells right after a `{n}`, which `{n}` then reads its figure in:
/// `{n} million` and `{n}m` read "1.2 million" as 1.2; `{n}` alone reads it as 1,200,000
/// ("whole"). `None` when the pattern makes the scale optional or a choice (`{n}
/// ?(?:million)?`): the unit then depends on the text.
fn scale_after_figure(pattern: &str, at: usize) -> Option<&'static str> {
    let after = after_figure(pattern, at);
    if after.starts_with(['(', '[', '?', '*']) {
        return None;
    }
    let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    let rest = &after[word.len()..];
    if rest.starts_with(['?', '*']) {
        return None;
    }
    match scale_named(&word) {
        // A letter is a scale after money only: `£{n}m` is millions, `{n}m` may be metres.
        Some((_, true)) if !after_money(pattern, at) => None,
        Some((scale, _)) => Some(scale),
        None => Some("whole"),
    }
}

/// What the pattern says after its `{n}` at byte `at`, in lower case, past an optional
/// space (`\s?`, ` ?` or ` `).
fn after_figure(pattern: &str, at: usize) -> String {
    let after = pattern.get(at + "{n}".len()..).unwrap_or("").to_lowercase();
    let rest = after
        .strip_prefix("\\s?")
        .or_else(|| after.strip_prefix(" ?"))
        .or_else(|| after.strip_prefix(' '))
        .unwrap_or(&after);
    rest.to_string()
}

/// Whether the `{n}` at byte `at` comes after a currency sign (`£{n}m`).
fn after_money(pattern: &str, at: usize) -> bool {
    pattern[..at]
        .trim_end_matches('?')
        .ends_with(crate::numbers::CURRENCY_SIGNS)
}

/// The scale `word` (lower case) names, in the plural, and whether it is a letter
/// (`m`, `bn`, `k`), which names one only after money.
fn scale_named(word: &str) -> Option<(&'static str, bool)> {
    Some(match word {
        "thousand" | "thousands" => ("thousands", false),
        "million" | "millions" => ("millions", false),
        "billion" | "billions" => ("billions", false),
        "trillion" | "trillions" => ("trillions", false),
        "k" => ("thousands", true),
        "m" | "mn" => ("millions", true),
        "bn" | "b" => ("billions", true),
        "tn" => ("trillions", true),
        _ => return None,
    })
}

/// The scale word that opens an optional group right after the `{n}` at byte `at`
/// (`{n} (?:million )?potholes`, `£{n} ?(?:bn|billion)?`), in the plural: the figure's
/// grammar takes the scale first, so the group always matches nothing.
fn optional_scale_after_figure(pattern: &str, at: usize) -> Option<&'static str> {
    let after = after_figure(pattern, at);
    let inside = after.strip_prefix("(?:")?;
    // The group's end, counting nested ones, and a `?` right after it.
    let close = unmatched(inside.char_indices(), '(', ')')?;
    if !inside[close + 1..].starts_with('?') {
        return None;
    }
    let money = after_money(pattern, at);
    inside[..close].split('|').find_map(|alternative| {
        let word: String = alternative
            .trim_start_matches(' ')
            .trim_start_matches("\\s")
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        scale_named(&word)
            .filter(|&(_, letter)| money || !letter)
            .map(|(scale, _)| scale)
    })
}

/// The checks of the claims file's patterns that need no documents: a `\b` beside a sign
/// (`boundaries`), support patterns in different scales (`scales`), and a doubled
/// apostrophe outside single quotes (`doubled_apostrophes`). `lint` and `check` both run them.
pub fn pattern_slips(file: &ClaimsFile) -> Vec<Diagnostic> {
    let mut problems = boundaries(file);
    problems.extend(scales(file));
    problems.extend(doubled_apostrophes(file));
    problems
}

/// Terms and patterns whose text has `''`: inside single quotes YAML reads that as one
/// apostrophe, but written in double quotes or unquoted it stays two, and "St Aldhelm''s"
/// matches no document (trial 93's reader wrote `"St Aldhelm''s Hospital"`, and lint only
/// said the `all:` parts never met).
pub fn doubled_apostrophes(file: &ClaimsFile) -> Vec<Diagnostic> {
    let message = |what: String, text: &str| {
        Diagnostic::warning(
            "doubled-apostrophe",
            format!("{what}: `{text}` has `''`, two apostrophes in a row, which no document writes"),
        )
        .hint("`''` stands for one apostrophe only inside single quotes ('St Aldhelm''s'); in double quotes or unquoted, write one: \"St Aldhelm's\"")
    };
    let mut problems = Vec::new();
    for term in &file.terms {
        for alternative in term.alternatives.iter().filter(|a| a.contains("''")) {
            let width = alternative.chars().count();
            problems.push(
                message(format!("in term `{}`", term.name), alternative)
                    .at(file.origin.locate(Target::Value(&term.path), width + 2)),
            );
        }
    }
    for claim in &file.claims {
        let parts = claim
            .support
            .iter()
            .chain(&claim.contradict)
            .flat_map(|matcher| &matcher.parts);
        for part in parts.filter(|part| part.text.contains("''")) {
            let at = part.text.find("''");
            problems.push(
                message(
                    format!("in claim `{}`, `{}`", claim.id, part.path),
                    &part.text,
                )
                .at(at_pattern_bytes(file, part, at, 2)),
            );
        }
    }
    problems
}

/// Support patterns of one claim that read `{n}` in different scales (`£{n} million` and
/// `£{n}bn`, or `{n} million` and `{n}`): `number:` is in one unit, so the figures one of
/// them reads are compared in the wrong one, and a true figure breaks the claim.
pub fn scales(file: &ClaimsFile) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for claim in file.claims.iter().filter(|c| c.number.is_some()) {
        let mut read: Vec<(&PatternSource, usize, &'static str)> = Vec::new();
        let mut unsure = false;
        for part in claim.support.iter().flat_map(|m| &m.parts) {
            for (at, _) in part.text.match_indices("{n}") {
                // Only when `number:` is in the scale's units: `number: 1200000` with
                // `{n} (?:million )?workers` reads "1.2 million workers" right.
                let in_scale = |scale: &str| {
                    let size = match scale {
                        "thousands" => 1e3,
                        "millions" => 1e6,
                        "billions" => 1e9,
                        _ => 1e12,
                    };
                    claim.number.as_ref().is_some_and(|number| {
                        let bounds = number.bounds();
                        let top = if bounds.hi.is_finite() {
                            bounds.hi
                        } else {
                            bounds.lo
                        };
                        top < size
                    })
                };
                if let Some(scales) =
                    optional_scale_after_figure(&part.text, at).filter(|scale| in_scale(scale))
                {
                    let scale = scales.trim_end_matches('s');
                    problems.push(
                        Diagnostic::warning(
                            "optional-scale",
                            format!(
                                "in claim `{}`, `{}`: `{{n}}` reads a scale word itself, so over \"1.9 {scale} …\" it reads 1.9 {scale} whole and the optional `{scale}` after it matches nothing: the figure is compared with `number:` in units, not in {scales}",
                                claim.id, part.path
                            ),
                        )
                        .at(at_pattern_bytes(file, part, Some(at), "{n}".len()))
                        .hint(format!("write the scale outside an optional group (`{{n}} {scale}`), so that `number:` is in {scales}, or leave it out and write `number:` in units")),
                    );
                }
                match scale_after_figure(&part.text, at) {
                    Some(scale) => read.push((part, at, scale)),
                    None => unsure = true,
                }
            }
        }
        let Some(&(first, _, first_scale)) = read.first() else {
            continue;
        };
        let Some(&(other, at, scale)) = read.iter().find(|(_, _, s)| *s != first_scale) else {
            continue;
        };
        if unsure {
            continue;
        }
        let describe = |scale: &str| match scale {
            "whole" => "whole".to_string(),
            scale => format!("in {scale}"),
        };
        problems.push(
            Diagnostic::warning(
                "scale-mismatch",
                format!(
                    "in claim `{}`, `{}` reads its figure {} but `{}` reads it {}: `number:` is in one unit, so a true figure that one of them reads breaks the claim",
                    claim.id,
                    other.path,
                    describe(scale),
                    first.path,
                    describe(first_scale)
                ),
            )
            .at(at_pattern_bytes(file, other, Some(at), "{n}".len()))
            .hint("write the same scale after `{n}` in every support pattern of the claim (`{n} million` in each, with `number:` in millions), or none (`{n}` reads \"1.2 million\" as 1200000, so write `number: 1200000`)"),
        );
    }
    problems
}

/// Drops from `problems` the dead-pattern warnings that a `\b` warning (`boundaries`)
/// explains: the same pattern, or the `all:` holding it, said dead twice over is one
/// mistake, and only the `\b` warning says what to fix.
pub fn without_dead_explained_by_boundaries(problems: &mut Vec<Diagnostic>) {
    // "in claim `ID`, `claims[0].support[1]`: …": the pattern's path.
    let path = |message: &str| message.split('`').nth(3).map(str::to_string);
    let explained: Vec<String> = problems
        .iter()
        .filter(|p| p.code == "boundary-at-sign")
        .filter_map(|p| path(&p.message))
        .collect();
    problems.retain(|p| {
        p.code != "dead-pattern"
            || !path(&p.message).is_some_and(|dead| {
                explained
                    .iter()
                    .any(|boundary| boundary == &dead || boundary.starts_with(&format!("{dead}.")))
            })
    });
}

/// `{n}\b ?C` or `{n}\bmm`: a unit the text may glue to the figure ("38.2C", "121mm"),
/// after a `\b` that needs a break between the figure and the unit, which a glued unit
/// does not have. With ` ?`, the pattern matches "38.2 C" and never "38.2C".
fn boundary_before_glued_unit(
    file: &ClaimsFile,
    claim: &Claim,
    part: &PatternSource,
) -> Option<Diagnostic> {
    const FIGURE_THEN_BOUNDARY: &str = "{n}\\b";
    let text = part.text.as_str();
    let (at, _) = text
        .match_indices(FIGURE_THEN_BOUNDARY)
        .find(|(at, found)| {
            let rest = &text[at + found.len()..];
            let rest = rest.strip_prefix(" ?").unwrap_or(rest);
            let rest = rest.strip_prefix("(?:").unwrap_or(rest);
            rest.starts_with(|c: char| c.is_alphabetic() || c == '°')
        })?;
    let unit: String = text[at + FIGURE_THEN_BOUNDARY.len()..]
        .trim_start_matches(" ?")
        .trim_start_matches("(?:")
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '°')
        .collect();
    Some(
        Diagnostic::warning(
            "boundary-at-sign",
            format!(
                "in claim `{}`, `{}`: `{{n}}\\b` before the unit `{unit}` needs a space or a mark after the figure, so the pattern never matches a unit glued to it (\"38.2{unit}\")",
                claim.id, part.path
            ),
        )
        .at(at_pattern_bytes(file, part, Some(at), FIGURE_THEN_BOUNDARY.len()))
        .hint("write `{n}` without the `\\b` after it: `{n}` ends where the number ends, and reads a unit glued to it"),
    )
}

fn elsewhere(uses: usize) -> String {
    match uses {
        0 | 1 => String::new(),
        2 => " (it is also written in one other place)".to_string(),
        n => format!(" (it is also written in {} other places)", n - 1),
    }
}

/// Whether the claim's expectation wants at least one document on `side`: only then is a
/// pattern of that side that never matches a problem.
fn expects_matches(claim: &Claim, side: Side) -> bool {
    let expect = &claim.expect;
    // `expect: {}` asserts nothing, but a probe's support pattern that never matches is
    // as broken as any other's.
    if side == Side::Support && expect.asserts_nothing() {
        return true;
    }
    let (kind, count, pinned): (_, _, fn(Verdict) -> bool) = match side {
        Side::Support => (
            ExpectKind::Supported,
            &expect.supports,
            Verdict::counts_as_support,
        ),
        Side::Contradict => (
            ExpectKind::Contradicted,
            &expect.contradicts,
            Verdict::counts_as_contradiction,
        ),
    };
    expect.kind == kind
        || count.as_ref().is_some_and(|c| !c.admits(0.0))
        || expect.documents.iter().any(|(_, v)| pinned(*v))
}

/// The pattern's text in the claims file, underlined whole.
fn at_pattern(file: &ClaimsFile, part: &PatternSource) -> Option<Location> {
    at_pattern_bytes(file, part, Some(0), part.text.len())
}

/// `len` bytes of the pattern's text from `start` (the whole pattern when `start` is
/// `None`), underlined in the claims file: the `\b` a warning is about, not the pattern.
fn at_pattern_bytes(
    file: &ClaimsFile,
    part: &PatternSource,
    start: Option<usize>,
    len: usize,
) -> Option<Location> {
    let width = part.text.chars().count();
    let mut location = file.origin.locate(Target::Value(&part.path), width + 2)?;
    let (start, width) = match start {
        Some(start) => (start, len),
        None => (0, part.text.len()),
    };
    crate::claims::point_inside(&mut location, &part.text, start, width);
    Some(location)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_boundary_after_a_group_that_may_end_in_a_per_cent_sign() {
        let at = |pattern: &str| percent_group_then_boundary(pattern);
        assert_eq!(at("{n} ?(?:%|per cent)\\b.{0,5}\\bin 2023"), Some(19));
        assert_eq!(at("{n} ?(?:per cent|%)\\b"), Some(19));
        assert_eq!(at("{n} ?(?:%|per cent\\b)"), None);
        assert_eq!(at("(?:rose|fell)\\b.{0,9}\\b{n}%"), None);
    }

    #[test]
    fn the_scale_a_pattern_reads_a_figure_in() {
        let scale = |pattern: &str| scale_after_figure(pattern, pattern.find("{n}").unwrap_or(0));
        assert_eq!(scale("£{n} million"), Some("millions"));
        assert_eq!(scale("£{n}m"), Some("millions"));
        assert_eq!(scale("\\$?{n}bn"), Some("billions"));
        assert_eq!(scale("\\${n}bn"), Some("billions"));
        assert_eq!(scale("{n} visitors"), Some("whole"));
        assert_eq!(scale("{n}%"), Some("whole"));
        // Metres, not millions; a scale left to the text.
        assert_eq!(scale("{n}m tall"), None);
        assert_eq!(scale("{n} ?(?:million|m)"), None);
        assert_eq!(scale("{n} million?"), None);
    }

    /// Lints `claims` (YAML) against documents `(id, text)` and returns each problem's
    /// one-line form.
    fn check(claims: &str, documents: &[(&str, &str)]) -> Vec<String> {
        let (checker, warnings) = Checker::from_yaml("claims.yaml", claims)
            .unwrap_or_else(|problems| panic!("{problems:#?}"));
        assert!(warnings.is_empty(), "{warnings:#?}");
        let texts: Vec<(&str, Text)> = documents
            .iter()
            .map(|(id, text)| (*id, Text::plain(text)))
            .collect();
        let refs: Vec<(&str, &Text)> = texts.iter().map(|(id, text)| (*id, text)).collect();
        lint_texts(&checker, "docs", &refs)
            .iter()
            .map(|d| format!("{d}"))
            .collect()
    }

    #[test]
    fn the_explain_hint_names_a_claims_file_that_is_not_the_default() {
        let yaml = claim("pact", "");
        for (path, command) in [
            ("claims.yaml", "factcheck explain c"),
            ("./claims.yaml", "factcheck explain c"),
            (
                "fixtures/other.yaml",
                "factcheck explain --claims fixtures/other.yaml c",
            ),
        ] {
            let (file, _) = crate::claims::parse(path, &yaml);
            let Some(file) = file else {
                panic!("{yaml}");
            };
            assert_eq!(explain_command(&file, "c"), command);
        }
    }

    const LONG: &str = "The pact was signed. Putin visited Pyongyang. Kim met him. \
        They toasted. Crowds cheered. The West objected.";

    fn claim(support: &str, expect: &str) -> String {
        format!("claims:\n  - id: c\n    claim: C.\n    support: ['{support}']\n{expect}")
    }

    #[test]
    fn clean_file_has_no_problems() {
        assert_eq!(
            check(&claim("pact", ""), &[("a", LONG)]),
            Vec::<String>::new()
        );
    }

    #[test]
    fn pinned_document_that_does_not_exist_suggests_one() {
        let yaml = claim(
            "pact",
            "    expect:\n      documents:\n        ap-report: supports\n",
        );
        assert_eq!(
            check(&yaml, &[("ap_report", LONG), ("afp", LONG)]),
            ["claims.yaml:7:9: error: in claim `c`, `expect.documents` names `ap-report`, which is not a document in docs"]
        );
    }

    #[test]
    fn label_for_a_missing_document_is_a_warning() {
        let yaml = format!("documents:\n  zz: Z\n{}", claim("pact", ""));
        assert_eq!(
            check(&yaml, &[("a", LONG)]),
            ["claims.yaml:2:3: warning: `documents:` gives a label to `zz`, which is not a document in docs"]
        );
    }

    #[test]
    fn dead_support_pattern_is_a_warning() {
        assert_eq!(
            check(&claim("mutual defence", ""), &[("a", LONG), ("b", "Nothing.")]),
            ["claims.yaml:4:16: warning: in claim `c`, `claims[0].support[0]`: pattern matches nothing in any of the 2 documents"]
        );
    }

    #[test]
    fn a_probe_under_expect_nothing_still_has_its_dead_support_patterns_reported() {
        let yaml = "claims:\n  - id: c\n    claim: C.\n    support: ['mutual defence']\n    contradict: ['no pact']\n    expect: {}\n";
        assert_eq!(
            check(yaml, &[("a", LONG)]),
            ["claims.yaml:4:16: warning: in claim `c`, `claims[0].support[0]`: pattern matches nothing in the document"]
        );
    }

    /// The problems `found` that say `needle`.
    fn containing<'f>(found: &'f [String], needle: &str) -> Vec<&'f String> {
        found.iter().filter(|f| f.contains(needle)).collect()
    }

    #[test]
    fn a_word_boundary_beside_a_sign_is_no_mistake() {
        // `pattern` reads a `\b` right beside a sign as the figure's edge: both patterns
        // match, and neither is reported.
        let found = check(
            "claims:\n  - id: c\n    claim: C.\n    support: ['paid\\b.{0,9}\\b€{n}m', '{n}%\\b']\n    number: 72\n",
            &[("a", "They paid €72m, 12% of it.")],
        );
        assert!(
            containing(&found, "beside the sign").is_empty(),
            "{found:#?}"
        );
        assert!(containing(&found, "never match").is_empty(), "{found:#?}");
    }

    #[test]
    fn a_doubled_apostrophe_outside_single_quotes_is_reported() {
        // Trial 93: `''` in double quotes stays two apostrophes; in single quotes it is one.
        let found = check(
            "terms:\n  hospital: \"St Aldhelm''s Hospital\"\nclaims:\n  - id: c\n    claim: C.\n    support: [\"Aldhelm''s recorded {n}\", '{hospital} recorded', 'Aldhelm''s Hospital']\n    number: 37\n",
            &[("a", "St Aldhelm's Hospital recorded 37 cases.")],
        );
        let doubled = containing(&found, "two apostrophes in a row");
        assert_eq!(doubled.len(), 2, "{found:#?}");
        assert!(
            doubled[0].starts_with("claims.yaml:2:13: ")
                && doubled[0].contains("in term `hospital`"),
            "{found:#?}"
        );
        assert!(doubled[1].contains("`claims[0].support[0]`"), "{found:#?}");
    }

    #[test]
    fn a_word_boundary_between_a_figure_and_its_unit_is_reported() {
        let found = check(
            "claims:\n  - id: c\n    claim: C.\n    support: ['Brindley\\b.{0,40}\\b{n}\\b ?C', 'rain of {n}\\bmm', '{n}\\b C', '{n} ?C']\n    number: 38.2\n",
            &[("a", "Brindley recorded 38.2C, and a rain of 38.2mm, or 38.2 C.")],
        );
        let units: Vec<&String> = found
            .iter()
            .filter(|f| f.contains("needs a space or a mark after the figure"))
            .collect();
        assert_eq!(units.len(), 2, "{found:#?}");
        assert!(units[0].contains("before the unit `C`"), "{found:#?}");
        assert!(units[1].contains("before the unit `mm`"), "{found:#?}");
    }

    #[test]
    fn dead_contradict_pattern_is_what_a_supported_claim_wants() {
        let yaml = "claims:\n  - id: c\n    claim: C.\n    support: ['pact']\n    contradict: ['no pact']\n";
        assert_eq!(check(yaml, &[("a", LONG)]), Vec::<String>::new());
        let contradicted = format!("{yaml}    expect: contradicted\n");
        let found = check(&contradicted, &[("a", LONG)]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].contains("`claims[0].contradict[0]`: pattern matches nothing"));
    }

    #[test]
    fn omitted_claim_may_have_dead_patterns() {
        let yaml = claim("mutual defence", "    expect: {supports: 0}\n");
        assert_eq!(check(&yaml, &[("a", LONG)]), Vec::<String>::new());
    }

    #[test]
    fn pattern_matching_most_sentences_is_too_broad() {
        assert_eq!(
            check(&claim(".*", ""), &[("a", LONG), ("b", LONG)]),
            ["claims.yaml:4:16: warning: in claim `c`, `claims[0].support[0]`: pattern is too broad: it matches 100% of the sentences (12 of 12), more than half in 2 of the 2 documents"]
        );
    }

    #[test]
    fn short_documents_and_all_parts_are_never_too_broad() {
        assert_eq!(
            check(&claim(".*", ""), &[("a", "A pact.")]),
            Vec::<String>::new()
        );
        let yaml = "claims:\n  - id: c\n    claim: C.\n    support:\n      - all: ['.*', 'pact']\n";
        assert_eq!(check(yaml, &[("a", LONG)]), Vec::<String>::new());
    }

    #[test]
    fn parts_of_all_that_never_meet_in_a_sentence_are_reported_once_as_such() {
        // Both parts match in the document, never in one sentence.
        let yaml =
            "claims:\n  - id: c\n    claim: C.\n    support:\n      - all: ['Putin', 'objected']\n";
        assert_eq!(
            check(yaml, &[("a", LONG)]),
            ["claims.yaml:5:9: warning: in claim `c`, `claims[0].support[0]`: its `all:` parts never match together in one sentence of the document"]
        );
    }

    #[test]
    fn parts_of_all_that_meet_where_every_figure_is_skipped_say_so() {
        // The parts meet, but "the estimate of 31 million" is no count: not "never together".
        let yaml = "claims:\n  - id: c\n    claim: C.\n    support:\n      - all: ['Lisvora', '{n} million visitors']\n    number: 31\n";
        let found = check(
            yaml,
            &[(
                "a",
                "The estimate of 31 million visitors to Lisvora was wrong.",
            )],
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].contains("its `all:` parts match together in 1 document, but no figure `{n}` reads there counts (the first: a forecast"),
            "{found:#?}"
        );
    }

    #[test]
    fn a_pattern_written_twice_is_reported_once() {
        let yaml = "claims:\n  - id: c\n    claim: C.\n    support: ['mutual defence']\n  - id: d\n    claim: D.\n    support: ['mutual defence']\n";
        let found = check(yaml, &[("a", LONG)]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].ends_with("(it is also written in one other place)"));
    }
}
