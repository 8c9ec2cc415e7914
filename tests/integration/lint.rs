//! `factcheck lint`: every problem of a claims file at once, drawn like every diagnostic,
//! with exit statuses 0 (clean or warnings), 1 (warnings under `--deny-warnings`), 2 (errors).
//! Output is snapshotted whole, carets included.

use crate::support::{project_dir, Test};

/// Runs `lint` on tests/fixtures/lint/NAME.yaml and returns its status, stderr and stdout.
fn lint_of(name: &str, extra: &[&str]) -> String {
    let claims = format!("tests/fixtures/lint/{name}.yaml");
    let run = Test::in_project()
        .args(["lint", "--claims", &claims])
        .args(extra.iter().copied())
        .run();
    format!(
        "status: {}\n--- stderr\n{}--- stdout\n{}",
        run.status, run.stderr, run.stdout
    )
}

macro_rules! snapshot_lint {
    ($name:ident, $file:literal) => {
        #[test]
        fn $name() {
            crate::support::snapshot(concat!("lint-", $file), &lint_of($file, &[]));
        }
    };
}

snapshot_lint!(clean_file_has_no_problems, "clean");
snapshot_lint!(every_stage_reports_at_once, "many-problems");
snapshot_lint!(wrong_types_and_missing_keys, "wrong-types");
snapshot_lint!(unused_term_is_a_warning, "unused-term");
snapshot_lint!(unknown_document_suggests_one, "unknown-document");
snapshot_lint!(dead_pattern_is_a_warning, "dead-pattern");
snapshot_lint!(too_broad_pattern_says_its_share, "too-broad");
snapshot_lint!(a_decimal_point_for_a_thousands_separator, "decimal-number");
// Support patterns of one claim that read `{n}` in different scales (trial 26).
snapshot_lint!(
    patterns_that_read_figures_in_different_scales,
    "scale-mismatch"
);
// An optional scale after `{n}` with `number:` in the scale's units (trial 34).
snapshot_lint!(an_optional_scale_after_the_figure, "optional-scale");
// One `{n}\b` mistake, one warning: the dead pattern it explains is not said again.
snapshot_lint!(
    a_boundary_before_a_unit_explains_a_dead_pattern,
    "boundary-before-unit"
);

#[test]
fn deny_warnings_makes_warnings_fail_with_1() {
    let output = lint_of("unused-term", &["--deny-warnings"]);
    assert!(output.starts_with("status: 1\n"), "{output}");
    let output = lint_of("clean", &["--deny-warnings"]);
    assert!(output.starts_with("status: 0\n"), "{output}");
    let output = lint_of("many-problems", &["--deny-warnings"]);
    assert!(output.starts_with("status: 2\n"), "{output}");
}

#[test]
fn the_seeds_lint_clean() {
    let run = Test::in_project().args(["lint"]).run();
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.stdout,
        format!(
            "claims.yaml: {} claims, 5 documents: no problems\n",
            crate::support::seed_claims()
        )
    );
}

/// A file found but not read (binary, or not .txt or .md) is counted apart from the
/// documents.
#[test]
fn skipped_files_are_not_counted_as_documents() {
    let run = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: a\n    claim: A.\n    support: ['signed']\n",
        )
        .file("seeds/a.txt", "The pact was signed.\n")
        .file("seeds/image.txt", b"GIF89a\0\0")
        .file("seeds/data.csv", "a,b\n")
        .args(["lint"])
        .run();
    assert_eq!(
        run.stdout, "claims.yaml: 1 claim, 1 document (2 more skipped): 2 warnings\n",
        "{}",
        run.stderr
    );
}

/// `check` stops on the same errors as `lint`, drawn the same way.
#[test]
fn check_reports_what_lint_reports() {
    let fixtures = ["errors", "lint"].map(|dir| project_dir().join("tests/fixtures").join(dir));
    let mut compared = 0;
    for dir in fixtures {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .flatten()
            .map(|entry| entry.path())
            .collect();
        files.sort();
        for file in files {
            let claims = file
                .strip_prefix(project_dir())
                .unwrap_or(&file)
                .display()
                .to_string();
            let lint = Test::in_project().args(["lint", "--claims", &claims]).run();
            let check = Test::in_project()
                .args(["check", "--claims", &claims])
                .run();
            if lint.status == 2 {
                assert_eq!(check.status, 2, "{claims}");
                assert_eq!(check.stderr, lint.stderr, "{claims}");
            } else {
                // Warnings: `check` draws the first three as `lint` does before its table,
                // and counts the rest.
                let warnings: Vec<&str> = lint
                    .stderr
                    .split("\n\n")
                    .map(str::trim_end)
                    .filter(|w| !w.trim().is_empty())
                    .collect();
                let drawn = warnings
                    .iter()
                    .filter(|w| check.stderr.contains(**w))
                    .count();
                assert_eq!(
                    drawn,
                    warnings.len().min(3),
                    "{claims}: `check` draws {drawn} of lint's warnings\n{}",
                    check.stderr
                );
                let held = warnings.len().saturating_sub(3);
                let counted = match held {
                    0 => "more warning".to_string(),
                    1 => "has 1 more warning,".to_string(),
                    n => format!("has {n} more warnings,"),
                };
                assert_eq!(
                    check.stderr.contains(&counted),
                    held > 0,
                    "{claims}: {held} warnings past three\n{}",
                    check.stderr
                );
            }
            compared += 1;
        }
    }
    assert!(compared >= 19, "only {compared} fixtures compared");
}

/// On a terminal both streams interleave: the count (standard output) must come after the
/// diagnostics (standard error), with errors as with warnings, or it scrolls out of sight.
#[test]
fn the_count_is_the_last_line_when_both_streams_are_one() {
    let bin = env!("CARGO_BIN_EXE_factcheck");
    for name in ["many-problems", "dead-pattern"] {
        let claims = format!("tests/fixtures/lint/{name}.yaml");
        let output = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("'{bin}' lint --claims '{claims}' 2>&1"))
            .current_dir(project_dir())
            .output()
            .unwrap_or_else(|error| panic!("cannot run sh: {error}"));
        let text = String::from_utf8_lossy(&output.stdout);
        let last = text.lines().last().unwrap_or_default();
        assert!(
            last.starts_with(&claims) && last.contains("warning"),
            "{name}: the last line is {last:?}"
        );
    }
}

/// A doubled apostrophe outside single quotes (trial 93): `lint` and `check` both say so,
/// and the claim it kills still runs.
#[test]
fn a_doubled_apostrophe_is_reported_by_lint_and_check() {
    for command in ["lint", "check"] {
        let run = Test::new()
            .file(
                "claims.yaml",
                "terms:\n  hospital: \"St Aldhelm''s Hospital\"\nclaims:\n  - id: a\n    claim: A.\n    support: ['{hospital} recorded']\n",
            )
            .file("seeds/a.txt", "St Aldhelm's Hospital recorded 37 cases.\n")
            .args([command])
            .run();
        assert!(
            run.stderr.contains(
                "in term `hospital`: `St Aldhelm''s Hospital` has `''`, two apostrophes in a row"
            ),
            "{command}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains(" --> claims.yaml:2:13"),
            "{command}: {}",
            run.stderr
        );
    }
}
