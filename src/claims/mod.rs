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
}

impl Origin {
    /// Where the node at `target` starts, for a diagnostic. `width` is the caret's length.
    pub fn locate(&self, target: Target<'_>, width: usize) -> Option<Location> {
        let (line, column) = locate::locate(&self.text, target)?;
        Some(Location::at_line_column(
            &self.file, &self.text, line, column, width,
        ))
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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

/// The short forms of `expect:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExpectKind {
    /// At least one document supports or is mixed; none contradicts or is mixed.
    #[default]
    Supported,
    /// At least one document contradicts or is mixed; none supports or is mixed.
    Contradicted,
    /// Only the counts and document verdicts given in the map.
    Custom,
}
