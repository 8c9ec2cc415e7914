//! factcheck: a fact-check assertion harness.
//!
//! A claims file lists facts the user expects their sources to state, each with regex
//! matchers for support and contradiction. factcheck reads every document and decides,
//! for every claim and every document, whether the document **supports**, **omits** or
//! **contradicts** the claim (or both: **mixed**), with the evidence quoted.
//!
//! Data flows one way (see ARCHITECTURE.md): load (`claims`, `document`) → segment and
//! normalize (`segment`, `normalize`) → match (`pattern`, `scan`) → decide (`negation`,
//! `numbers`, `verdict`) → report (`report`, rendered by `render`).
//!
//! ```
//! use factcheck::Checker;
//!
//! let claims = r#"
//! claims:
//!   - id: mutual-assistance
//!     claim: The pact includes mutual assistance.
//!     support: ['mutual (assistance|defen[cs]e)']
//! "#;
//! let (checker, _warnings) = Checker::from_yaml("claims.yaml", claims).map_err(|e| format!("{e:?}"))?;
//! let report = checker.check_texts([
//!     ("afp", "The treaty provides for mutual assistance in the event of aggression."),
//!     ("other", "The leaders exchanged gifts."),
//! ]);
//! let claim = &report.claims[0];
//! assert_eq!(claim.verdicts.verdict(0), factcheck::Verdict::Supports);
//! assert_eq!(claim.verdicts.evidence(0)[0].matched(), "mutual assistance");
//! assert!(report.passed());
//! # Ok::<(), String>(())
//! ```

pub mod claims;
pub mod corpus;
pub mod diagnostic;
pub mod document;
pub mod engine;
pub mod gaps;
pub mod harness;
pub mod init;
pub mod lint;
pub mod merge;
pub mod nearmiss;
pub mod negation;
pub mod normalize;
pub mod numbers;
pub mod pattern;
pub mod prefilter;
pub mod project;
pub mod render;
pub mod report;
pub mod scan;
pub mod schema;
pub mod search;
pub mod segment;
pub mod sources;
pub mod verdict;

/// The examples in README.md, compiled and run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use diagnostic::{Diagnostic, Location, Severity};
pub use engine::Checker;
pub use project::Project;
pub use report::{ClaimReport, DocumentInfo, Evidence, Report};
pub use verdict::Verdict;
