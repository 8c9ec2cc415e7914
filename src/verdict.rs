//! Verdicts: what a document does to a claim, and whether a claim meets its expectation.
//!
//! This module owns the two decisions made after matching: evidence → verdict for one
//! document, and verdicts across documents → pass or fail. It never looks at text.

use crate::claims::{ExpectKind, Expectation};
use crate::numbers::Constraint;
use std::fmt;

/// What one document does to one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Supports,
    Omits,
    Contradicts,
    Mixed,
}

impl Verdict {
    pub const NAMES: [&'static str; 4] = ["supports", "omits", "contradicts", "mixed"];

    /// Every verdict, in the order of `NAMES`.
    pub const ALL: [Verdict; 4] = [
        Verdict::Supports,
        Verdict::Omits,
        Verdict::Contradicts,
        Verdict::Mixed,
    ];

    /// This verdict's place in `ALL` and `NAMES`: where per-verdict counts and lists keep
    /// it (`explain`'s groups, a spilled cell's code).
    pub fn index(self) -> usize {
        match self {
            Verdict::Supports => 0,
            Verdict::Omits => 1,
            Verdict::Contradicts => 2,
            Verdict::Mixed => 3,
        }
    }

    pub fn parse(text: &str) -> Option<Verdict> {
        match text {
            "supports" => Some(Verdict::Supports),
            "omits" => Some(Verdict::Omits),
            "contradicts" => Some(Verdict::Contradicts),
            "mixed" => Some(Verdict::Mixed),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supports => "supports",
            Verdict::Omits => "omits",
            Verdict::Contradicts => "contradicts",
            Verdict::Mixed => "mixed",
        }
    }

    /// The verdict from counted evidence: support only, contradiction only, both, or none.
    pub fn from_evidence(has_support: bool, has_contradiction: bool) -> Verdict {
        match (has_support, has_contradiction) {
            (true, false) => Verdict::Supports,
            (false, true) => Verdict::Contradicts,
            (true, true) => Verdict::Mixed,
            (false, false) => Verdict::Omits,
        }
    }

    /// Mixed documents count on both sides.
    pub fn counts_as_support(self) -> bool {
        matches!(self, Verdict::Supports | Verdict::Mixed)
    }

    pub fn counts_as_contradiction(self) -> bool {
        matches!(self, Verdict::Contradicts | Verdict::Mixed)
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Checks a claim's expectation against its verdicts, one per document id, and returns
/// each unmet part as a sentence a person can act on (empty: the claim passes).
pub fn unmet(expectation: &Expectation, verdicts: &[(&str, Verdict)]) -> Vec<String> {
    let tally = Tally::of(verdicts.iter().map(|&(_, verdict)| verdict));
    unmet_by(
        expectation,
        tally,
        |document| {
            verdicts
                .iter()
                .find(|(id, _)| *id == document)
                .map(|&(_, verdict)| verdict)
        },
        |support| {
            verdicts
                .iter()
                .filter(|(_, v)| counts_for(*v, support))
                .map(|(id, _)| id.to_string())
                .take(NAMED_DOCUMENTS)
                .collect()
        },
    )
}

/// Whether `verdict` counts as support (`support`) or as contradiction (`!support`).
pub fn counts_for(verdict: Verdict, support: bool) -> bool {
    if support {
        verdict.counts_as_support()
    } else {
        verdict.counts_as_contradiction()
    }
}

/// How many document ids a failure names before it says how many more there are.
pub const NAMED_DOCUMENTS: usize = 3;

/// How many documents count as supporting and as contradicting a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub supports: usize,
    pub contradicts: usize,
}

impl Tally {
    pub fn of(verdicts: impl IntoIterator<Item = Verdict>) -> Tally {
        let mut tally = Tally::default();
        for verdict in verdicts {
            tally.supports += usize::from(verdict.counts_as_support());
            tally.contradicts += usize::from(verdict.counts_as_contradiction());
        }
        tally
    }
}

/// `unmet`, from the tally of all documents and the verdict of each document the
/// expectation names (`None`: no such document was checked). A report keeps its verdicts
/// packed (`report::Verdicts`); this needs no list of (id, verdict) pairs, which for 1,000 claims
/// over 20,000 documents was 480 MB written and read again while the report was finished.
/// `counted(support)` lists the ids of the first `NAMED_DOCUMENTS` documents (in id order)
/// that count as support (or, `false`, as contradiction); it is asked only for a failed
/// count, which names them and says how many more the tally holds. A report folded to its
/// counts (`ReportBuilder::fold_from`) keeps only those first few.
pub fn unmet_by(
    expectation: &Expectation,
    tally: Tally,
    verdict_of: impl Fn(&str) -> Option<Verdict>,
    counted: impl Fn(bool) -> Vec<String>,
) -> Vec<String> {
    let Tally {
        supports,
        contradicts,
    } = tally;
    let mut failures = Vec::new();
    let mut count = |support: bool, constraint: &Constraint, actual: usize| {
        if constraint.admits(actual as f64) {
            return;
        }
        let what = if support {
            "supporting"
        } else {
            "contradicting"
        };
        let mut failure = format!(
            "expected {what} documents {}, found {actual}",
            describe_count(constraint)
        );
        let ids = counted(support);
        if !ids.is_empty() {
            let named = ids.len().min(NAMED_DOCUMENTS);
            failure.push_str(&format!(" ({}", ids[..named].join(", ")));
            if actual > named {
                failure.push_str(&format!(" and {} more", actual - named));
            }
            failure.push(')');
        }
        failures.push(failure);
    };
    for (support, constraint) in counts_expected(expectation) {
        let actual = if support { supports } else { contradicts };
        count(support, &constraint, actual);
    }
    for (document, wanted) in &expectation.documents {
        match verdict_of(document) {
            Some(actual) if actual == *wanted => {}
            Some(actual) => failures.push(format!(
                "expected {document} to be {wanted}, found {actual}"
            )),
            None => failures.push(format!(
                "expected {document} to be {wanted}, but no such document was checked"
            )),
        }
    }
    failures
}

/// What `expectation` asks of the counts, in the order `unmet_by` states failures: each a
/// side (`true`: supporting documents, `false`: contradicting ones) and its constraint.
fn counts_expected(expectation: &Expectation) -> Vec<(bool, Constraint)> {
    let mut expected = match expectation.kind {
        ExpectKind::Supported => vec![
            (true, Constraint::at_least(1.0)),
            (false, Constraint::exact(0.0)),
        ],
        ExpectKind::Contradicted => vec![
            (false, Constraint::at_least(1.0)),
            (true, Constraint::exact(0.0)),
        ],
        ExpectKind::Custom => Vec::new(),
    };
    expected.extend(expectation.supports.iter().map(|c| (true, c.clone())));
    expected.extend(expectation.contradicts.iter().map(|c| (false, c.clone())));
    expected
}

/// Which sides fail `expectation` by having too many documents (`[supporting,
/// contradicting]`): a count it does not admit, where it would admit none (`= 0`, `<= 3`;
/// not `>= 1`, which too few fail). The documents on such a side are what fails the
/// claim, and a failure's details show them first.
pub fn too_many(expectation: &Expectation, tally: Tally) -> [bool; 2] {
    let mut too_many = [false; 2];
    for (support, constraint) in counts_expected(expectation) {
        let actual = if support {
            tally.supports
        } else {
            tally.contradicts
        };
        if !constraint.admits(actual as f64) && constraint.admits(0.0) {
            too_many[usize::from(!support)] = true;
        }
    }
    too_many
}

fn describe_count(constraint: &Constraint) -> String {
    let text = constraint.to_string();
    if text.starts_with(['<', '>', '=']) {
        text
    } else {
        format!("= {text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::*;

    fn expect(kind: ExpectKind) -> Expectation {
        Expectation {
            kind,
            ..Expectation::default()
        }
    }

    #[test]
    fn verdict_from_evidence_covers_all_four() {
        assert_eq!(Verdict::from_evidence(true, false), Supports);
        assert_eq!(Verdict::from_evidence(false, true), Contradicts);
        assert_eq!(Verdict::from_evidence(true, true), Mixed);
        assert_eq!(Verdict::from_evidence(false, false), Omits);
    }

    #[test]
    fn supported_needs_one_support_and_no_contradiction() {
        let e = expect(ExpectKind::Supported);
        assert!(unmet(&e, &[("a", Supports), ("b", Omits)]).is_empty());
        assert_eq!(
            unmet(&e, &[("a", Omits)]),
            ["expected supporting documents >= 1, found 0"]
        );
        assert_eq!(
            unmet(&e, &[("a", Mixed)]),
            ["expected contradicting documents = 0, found 1 (a)"]
        );
    }

    #[test]
    fn a_failed_count_names_the_documents_counted() {
        let mut e = expect(ExpectKind::Custom);
        e.supports = Some(Constraint::exact(0.0));
        let five = [
            ("e", Supports),
            ("a", Mixed),
            ("b", Contradicts),
            ("c", Supports),
            ("d", Supports),
        ];
        assert_eq!(
            unmet(&e, &five),
            ["expected supporting documents = 0, found 4 (e, a, c and 1 more)"]
        );
    }

    /// `expect: {}` records the verdicts and asserts nothing: for a probe, or a claims file
    /// still being written.
    #[test]
    fn an_empty_map_expects_nothing() {
        let e = expect(ExpectKind::Custom);
        for verdicts in [
            &[][..],
            &[("a", Omits)],
            &[("a", Supports), ("b", Contradicts)],
            &[("a", Mixed)],
        ] {
            assert!(unmet(&e, verdicts).is_empty(), "{verdicts:?}");
        }
    }

    #[test]
    fn contradicted_needs_one_contradiction_and_no_support() {
        let e = expect(ExpectKind::Contradicted);
        assert!(unmet(&e, &[("a", Contradicts), ("b", Omits)]).is_empty());
        assert_eq!(unmet(&e, &[("a", Contradicts), ("b", Supports)]).len(), 1);
    }

    #[test]
    fn custom_counts_mixed_on_both_sides_and_pins_documents() {
        let mut e = expect(ExpectKind::Custom);
        e.supports = Some(Constraint::exact(2.0));
        e.contradicts = Some(Constraint::exact(1.0));
        e.documents = vec![("b".into(), Mixed), ("c".into(), Omits)];
        assert!(unmet(&e, &[("a", Supports), ("b", Mixed), ("c", Omits)]).is_empty());
        assert_eq!(
            unmet(&e, &[("a", Supports), ("b", Supports), ("c", Omits)]),
            [
                "expected contradicting documents = 1, found 0",
                "expected b to be mixed, found supports"
            ]
        );
    }
}
