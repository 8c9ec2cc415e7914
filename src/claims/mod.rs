//! The claims file: what the user asserts, as loaded from claims.yaml (format version 1).
//!
//! This module owns the data model and its validation; it does not compile patterns
//! (`pattern`) or judge documents (`check`).

mod load;
pub mod locate;

pub(crate) use load::point_inside;
pub use load::{
    parse, parse_partial, KNOWN_CLAIM_KEYS, KNOWN_EXPECT_KEYS, KNOWN_MATCHER_KEYS, KNOWN_TOP_KEYS,
};
pub use locate::{Step, Target, YamlPath};

use crate::diagnostic::Location;
use crate::numbers::Constraint;
use crate::verdict::Verdict;
use std::ops::Range;
use std::sync::OnceLock;

/// The claims file that commands read when none is named (`--claims`).
pub const DEFAULT_FILE: &str = "claims.yaml";

/// A loaded claims file, with the text it came from so later stages can point into it.
#[derive(Debug, Clone)]
pub struct ClaimsFile {
    /// The folder of documents, relative to the claims file (`sources:`).
    pub sources: String,
    /// Display labels for documents, keyed by document id, in file order.
    pub labels: Vec<(String, String)>,
    pub terms: Vec<Term>,
    pub claims: Vec<Claim>,
    pub origin: Origin,
}

/// The name and text of the claims file, kept for locating problems in it.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    pub file: String,
    pub text: String,
    /// The line where each item of `claims:` starts, when the file has the plain layout
    /// (see `locate::sequence_item_lines`), so that a node inside a claim is found by
    /// parsing that claim's lines alone.
    pub claim_lines: Option<Vec<usize>>,
    /// Where each line of `text` starts, found on first use: a claims file with thousands
    /// of warnings looked each line up from the start of the file, once per warning.
    pub line_starts: OnceLock<Vec<usize>>,
}

impl Origin {
    /// Where the node at `target` starts, for a diagnostic. `width` is the caret's length.
    pub fn locate(&self, target: Target<'_>, width: usize) -> Option<Location> {
        let (line, column) = self
            .locate_in_claim(target)
            .or_else(|| locate::locate(&self.text, target))?;
        let line_text = self.line_range(line).map_or("", |range| &self.text[range]);
        Some(Location {
            file: self.file.clone(),
            line,
            column: column.max(1),
            line_text: line_text.trim_end_matches(['\n', '\r']).to_string(),
            width: width.max(1),
        })
    }

    /// The bytes of 1-based `line`, with its line break.
    fn line_range(&self, line: usize) -> Option<Range<usize>> {
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(at, _)| at + 1))
                .collect()
        });
        let start = *starts.get(line.checked_sub(1)?)?;
        let end = starts.get(line).copied().unwrap_or(self.text.len());
        Some(start..end)
    }

    /// `locate` for a node inside claim `claims[i]`, parsing only the claim's lines: `locate`
    /// parses the file up to the node, and a file of 1,000 claims with 400 warnings took
    /// 1.6 s to report them. The claim's lines are a YAML document of their own (a sequence
    /// of one item, at the same columns); `None` when that parse does not reach the node
    /// (an alias to an anchor outside the claim, say), and the whole file is parsed instead.
    fn locate_in_claim(&self, target: Target<'_>) -> Option<(usize, usize)> {
        let path = match target {
            Target::Value(path) | Target::Key(path, _) => path,
        };
        let (Some(Step::Key(top)), Some(&Step::Index(index))) = (path.0.first(), path.0.get(1))
        else {
            return None;
        };
        if top != "claims" {
            return None;
        }
        let lines = self.claim_lines.as_ref()?;
        let first = *lines.get(index)?;
        let start = self.line_range(first)?.start;
        let end = lines
            .get(index + 1)
            .and_then(|&next| self.line_range(next))
            .map_or(self.text.len(), |next| next.start);
        let mut within = YamlPath(vec![Step::Index(0)]);
        within.0.extend_from_slice(&path.0[2..]);
        let target = match target {
            Target::Value(_) => Target::Value(&within),
            Target::Key(_, key) => Target::Key(&within, key),
        };
        let (line, column) = locate::locate(self.text.get(start..end)?, target)?;
        Some((first + line - 1, column))
    }
}

/// A named list of alternatives, used in patterns as `{name}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub name: String,
    pub alternatives: Vec<String>,
    pub path: YamlPath,
}

/// One assertion: a fact the user expects the sources to state.
#[derive(Debug, Clone)]
pub struct Claim {
    pub id: String,
    pub claim: String,
    pub tags: Vec<String>,
    pub support: Vec<Matcher>,
    pub contradict: Vec<Matcher>,
    /// Constraint on every `{n}` captured by a support matcher.
    pub number: Option<Constraint>,
    pub expect: Expectation,
    pub hedged: HedgePolicy,
    pub note: Option<String>,
    /// Where the claim starts in the claims file (`claims[i]`).
    pub path: YamlPath,
    /// 1-based line of the claim in the claims file, for messages that name it.
    pub line: usize,
}

/// Which side of a claim a matcher argues for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Support,
    Contradict,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Support => "support",
            Side::Contradict => "contradict",
        }
    }
}

/// A unit of text inside which all parts of a matcher must occur.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Within {
    Sentence,
    Paragraph,
}

/// A matcher: one regex, or several that must all occur within one sentence or paragraph.
#[derive(Debug, Clone)]
pub struct Matcher {
    pub parts: Vec<PatternSource>,
    pub within: Within,
    pub path: YamlPath,
}

/// A pattern as the user wrote it, with where they wrote it.
#[derive(Debug, Clone)]
pub struct PatternSource {
    pub text: String,
    pub path: YamlPath,
}

/// What uncertain (hedged) evidence counts as for a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum HedgePolicy {
    /// Hedged evidence is shown but counts neither way (the default).
    #[default]
    Ignore,
    /// Hedged support counts as support (`hedged: support`).
    Support,
}

/// What the user expects of a claim across documents.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Expectation {
    pub kind: ExpectKind,
    /// How many documents must support it (mixed ones count).
    pub supports: Option<Constraint>,
    /// How many documents must contradict it (mixed ones count).
    pub contradicts: Option<Constraint>,
    /// Exact verdicts for named documents.
    pub documents: Vec<(String, Verdict)>,
    pub path: YamlPath,
}

impl Expectation {
    /// `expect: {}`: the verdicts are recorded (and snapshotted), nothing is asserted.
    pub fn asserts_nothing(&self) -> bool {
        self.kind == ExpectKind::Custom
            && self.supports.is_none()
            && self.contradicts.is_none()
            && self.documents.is_empty()
    }
}

/// The short forms of `expect:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExpectKind {
    /// At least one document supports; none contradicts or is mixed (a mixed document
    /// counts on both sides).
    #[default]
    Supported,
    /// At least one document contradicts; none supports or is mixed.
    Contradicted,
    /// Only the counts and document verdicts given in the map.
    Custom,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every path of the claims in `text`, as deep as the test cares: the claim, its keys,
    /// their values, and the items of its lists.
    fn paths(file: &ClaimsFile) -> Vec<(YamlPath, Option<&'static str>)> {
        let mut paths = Vec::new();
        for claim in &file.claims {
            paths.push((claim.path.clone(), None));
            for key in [
                "id",
                "claim",
                "support",
                "contradict",
                "expect",
                "number",
                "tags",
            ] {
                paths.push((claim.path.clone(), Some(key)));
                paths.push((claim.path.key(key), None));
                for i in 0..4 {
                    paths.push((claim.path.key(key).index(i), None));
                    paths.push((claim.path.key(key).index(i).key("all"), None));
                    paths.push((claim.path.key(key).index(i).key("all").index(1), None));
                }
            }
        }
        paths
    }

    #[test]
    fn a_node_inside_a_claim_is_where_the_whole_file_says() {
        let text = "\
# claims
sources: seeds
terms:
  kim: &who ['Kim Jong Un', 'Kim']
claims:
  - id: first
    claim: >-
      Folded text
      on two lines.
    support:
      - 'mutual assistance'
      - all: ['{kim}', 'Putin']
    # a comment between keys
    contradict: [ 'no pact' ]

  -
    id: second   # a dash alone on its line
    claim: Second.
    support: *who
  - id: third
    claim: \"Third, quoted\"
    tags: [a, b]
    expect: {supported: true}
    number: '>= 10'
documents:
  a.txt: Agency A
";
        let (file, problems) = parse_partial("claims.yaml", text);
        let Some(file) = file else {
            panic!("does not load: {problems:?}");
        };
        assert!(
            file.origin.claim_lines.is_some(),
            "the plain layout is recognized"
        );
        let mut found = 0;
        for (path, key) in paths(&file) {
            let target = match key {
                Some(key) => Target::Key(&path, key),
                None => Target::Value(&path),
            };
            let whole = locate::locate(&file.origin.text, target);
            let located = file.origin.locate(target, 1).map(|l| (l.line, l.column));
            assert_eq!(located, whole, "{path} {key:?}");
            found += usize::from(whole.is_some());
        }
        assert!(found > 20, "only {found} nodes found");
        // The alias points outside its claim: the claim's lines alone do not reach it.
        let support = file.claims[1].path.key("support");
        assert_eq!(file.origin.locate_in_claim(Target::Value(&support)), None);
    }
}
