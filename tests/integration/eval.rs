//! The labelled evaluation set (tests/eval/cases.yaml): precision and recall of each
//! verdict against what a careful human said, with a confusion matrix.
//!
//! It fails if any `contradicts` or `mixed` verdict is wrong (precision below 1.0: a false
//! contradiction is the worst thing factcheck can print) or accuracy falls below 95%.

use factcheck::{Checker, Verdict};
use serde::Deserialize;
use std::fmt::Write;

#[derive(Deserialize)]
struct Case {
    name: String,
    topic: String,
    text: String,
    claim: serde_yaml::Mapping,
    verdict: String,
    #[serde(default)]
    why: String,
}

const VERDICTS: [Verdict; 4] = [
    Verdict::Supports,
    Verdict::Omits,
    Verdict::Contradicts,
    Verdict::Mixed,
];

/// A verdict's row and column in a confusion matrix (`write_matrix`'s order).
pub fn index(verdict: Verdict) -> usize {
    VERDICTS.iter().position(|v| *v == verdict).unwrap_or(0)
}

/// Runs every case; returns (name, topic, expected, actual, why) for each.
fn evaluate() -> Vec<(String, String, Verdict, Verdict, String)> {
    let mut cases: Vec<Case> = Vec::new();
    for file in ["cases.yaml", "adversarial.yaml"] {
        let path = format!("{}/tests/eval/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        let more: Vec<Case> = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        cases.extend(more);
    }
    assert!(
        cases.len() >= 80,
        "the labelled set must have at least 80 cases"
    );
    cases
        .into_iter()
        .map(|case| {
            let mut claim = case.claim.clone();
            claim.insert("id".into(), case.name.clone().into());
            let mut file = serde_yaml::Mapping::new();
            file.insert(
                "claims".into(),
                serde_yaml::Value::Sequence(vec![claim.into()]),
            );
            let yaml = serde_yaml::to_string(&file).unwrap_or_default();
            let (mut checker, _) = Checker::from_yaml(&case.name, &yaml)
                .unwrap_or_else(|p| panic!("case {}: {p:#?}", case.name));
            let report = checker.check_texts([(case.name.as_str(), case.text.as_str())]);
            let actual = report.claims[0].verdicts.verdict(0);
            // The table's reports keep no evidence and decide without writing it out: every
            // rule must give the same verdict that way.
            checker.keep_evidence(false);
            let bare = checker.check_texts([(case.name.as_str(), case.text.as_str())]);
            assert_eq!(
                bare.claims[0].verdicts.verdict(0),
                actual,
                "case {}: the verdict without evidence differs",
                case.name
            );
            let expected = Verdict::parse(&case.verdict)
                .unwrap_or_else(|| panic!("case {}: bad verdict {}", case.name, case.verdict));
            (case.name, case.topic, expected, actual, case.why)
        })
        .collect()
}

/// Writes a confusion matrix (rows: what the reader said, columns: factcheck's verdict),
/// as the labelled sets and the trials print it.
pub fn write_matrix(out: &mut String, matrix: &[[usize; 4]; 4]) {
    let _ = writeln!(
        out,
        "{:>12} {:>9} {:>9} {:>12} {:>9}",
        "", "supports", "omits", "contradicts", "mixed"
    );
    for (verdict, row) in VERDICTS.iter().zip(matrix) {
        let _ = writeln!(
            out,
            "{:>12} {:>9} {:>9} {:>12} {:>9}",
            verdict.as_str(),
            row[0],
            row[1],
            row[2],
            row[3]
        );
    }
}

#[test]
fn labelled_set_precision_and_recall() {
    let results = evaluate();
    let mut matrix = [[0usize; 4]; 4];
    for (_, _, expected, actual, _) in &results {
        matrix[index(*expected)][index(*actual)] += 1;
    }
    let mut out = String::new();
    let _ = writeln!(out, "confusion matrix (rows: expected, columns: factcheck)");
    write_matrix(&mut out, &matrix);
    let mut precision = [1.0f64; 4];
    for (i, verdict) in VERDICTS.iter().enumerate() {
        let predicted: usize = (0..4).map(|r| matrix[r][i]).sum();
        let actual: usize = matrix[i].iter().sum();
        precision[i] = if predicted == 0 {
            1.0
        } else {
            matrix[i][i] as f64 / predicted as f64
        };
        let recall = if actual == 0 {
            1.0
        } else {
            matrix[i][i] as f64 / actual as f64
        };
        let _ = writeln!(
            out,
            "{:>12}: precision {:.3} ({}/{predicted}), recall {recall:.3} ({}/{actual})",
            verdict.as_str(),
            precision[i],
            matrix[i][i],
            matrix[i][i]
        );
    }
    let correct = (0..4).map(|i| matrix[i][i]).sum::<usize>();
    let accuracy = correct as f64 / results.len() as f64;
    let _ = writeln!(out, "accuracy {accuracy:.3} ({correct}/{})", results.len());
    for (name, topic, expected, actual, why) in &results {
        if expected != actual {
            let _ = writeln!(
                out,
                "wrong: {name} [{topic}]: expected {expected}, got {actual} ({why})"
            );
        }
    }
    println!("{out}");
    assert!(
        precision[index(Verdict::Contradicts)] == 1.0,
        "a false `contradicts`:\n{out}"
    );
    assert!(
        precision[index(Verdict::Mixed)] == 1.0,
        "a false `mixed`:\n{out}"
    );
    assert!(accuracy >= 0.95, "accuracy below 95%:\n{out}");
}
