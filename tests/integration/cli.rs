//! The command line end to end: the seeds, exit statuses, formats, discovery of documents.

use crate::support::{documents_folder, Test};
use serde_json::Value;

const ONE_CLAIM: &str = "claims:\n  - id: mutual-assistance\n    claim: The pact includes mutual assistance.\n    support: ['mutual (assistance|defen[cs]e)']\n";

#[test]
fn seeds_json_keeps_its_contract() {
    // Whether the seeds' claims pass is tests/claims.rs's business: this test stays green
    // while an editor reviews a change that makes one fail.
    let run = Test::in_project().args(["check", "--format", "json"]).run();
    assert!(
        run.status == 0 || run.status == 1,
        "{}{}",
        run.stdout,
        run.stderr
    );
    let report: Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    let documents = report["documents"].as_array().map(Vec::len);
    assert_eq!(documents, Some(5));
    assert_eq!(report["documents"][1]["id"], "001_ccea62db62f7ebb3");
    assert_eq!(report["documents"][1]["label"], "AP");
    assert_eq!(
        report["documents"][1]["path"],
        "seeds/001_ccea62db62f7ebb3.txt"
    );
    let claims = report["claims"].as_array().cloned().unwrap_or_default();
    assert!(
        claims.len() >= 23,
        "the seeds need the 3 facts of the brief and 20 more"
    );
    for claim in &claims {
        for key in ["id", "claim", "passed", "failures", "verdicts"] {
            assert!(claim.get(key).is_some(), "claim without `{key}`: {claim}");
        }
        for (_, verdict) in claim["verdicts"].as_object().cloned().unwrap_or_default() {
            for evidence in verdict["evidence"].as_array().cloned().unwrap_or_default() {
                for key in [
                    "role", "negated", "line", "column", "start", "end", "sentence", "matched",
                ] {
                    assert!(
                        evidence.get(key).is_some(),
                        "evidence without `{key}`: {evidence}"
                    );
                }
            }
        }
    }
    let summary = &report["summary"];
    assert_eq!(summary["claims"].as_u64(), Some(claims.len() as u64));
    assert_eq!(
        summary["failed"].as_u64().unwrap_or(0) + summary["passed"].as_u64().unwrap_or(0),
        claims.len() as u64
    );
    assert!(report["warnings"].is_array());
}

#[test]
fn evidence_offsets_point_into_the_file() {
    let run = Test::in_project()
        .args([
            "check",
            "--format",
            "json",
            "--claim",
            "first-visit-24-years",
        ])
        .run();
    let report: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
    let verdicts = report["claims"][0]["verdicts"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let mut checked = 0;
    for (id, verdict) in verdicts {
        let bytes = std::fs::read(crate::support::project_dir().join(format!("seeds/{id}.txt")))
            .unwrap_or_default();
        for evidence in verdict["evidence"].as_array().cloned().unwrap_or_default() {
            let (start, end) = (
                evidence["start"].as_u64().unwrap_or(0) as usize,
                evidence["end"].as_u64().unwrap_or(0) as usize,
            );
            let quoted = String::from_utf8_lossy(&bytes[start..end]).into_owned();
            // For `all:` matchers `matched` is the parts joined by " … "; the span runs from
            // the first part to the last.
            let matched = evidence["matched"].as_str().unwrap_or("");
            let first = matched.split(" … ").next().unwrap_or("");
            let last = matched.rsplit(" … ").next().unwrap_or("");
            assert!(
                quoted.starts_with(first) && quoted.ends_with(last),
                "{quoted:?} vs {matched:?}"
            );
            let line = String::from_utf8_lossy(&bytes[..start])
                .matches('\n')
                .count()
                + 1;
            assert_eq!(evidence["line"].as_u64(), Some(line as u64));
            checked += 1;
        }
    }
    assert!(
        checked >= 5,
        "every seed should carry evidence for the first visit"
    );
}

#[test]
fn no_subcommand_means_check() {
    let bare = Test::in_project().run();
    let check = Test::in_project().args(["check"]).run();
    assert_eq!(bare.status, check.status, "{}", bare.stderr);
    assert_eq!(bare.stdout, check.stdout);
}

#[test]
fn output_is_plain_when_not_a_terminal() {
    let run = Test::in_project().run();
    assert!(!run.stdout.contains('\x1b'), "no colour codes in a pipe");
    assert!(
        run.stdout.lines().all(|l| l.chars().count() <= 80),
        "the table fits 80 columns:\n{}",
        run.stdout
    );
}

#[test]
fn table_fits_the_width_in_columns() {
    for columns in ["60", "120"] {
        let run = Test::in_project().env("COLUMNS", columns).run();
        assert!(run.stdout.contains(" claims: "), "{}", run.stderr);
        let width: usize = columns.parse().unwrap_or(80);
        assert!(
            run.stdout.lines().all(|l| l.chars().count() <= width),
            "{}",
            run.stdout
        );
    }
}

/// `text` on one line, each run of white space one space: what a wrapped note says.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_table_of_counts_says_how_to_see_each_document() {
    let project = documents_folder(
        ONE_CLAIM,
        (0..40).map(|i| format!("document-{i:02}")),
        "Nothing.",
    );
    let run = project.run();
    let flat = one_line(&run.stdout);
    assert!(
        flat.contains("counts per verdict shown (✓ supports, ✗ contradicts, ± mixed, · omits)")
            && flat.contains("`factcheck explain --document DOC` a document's claims")
            && flat.contains("`--format jsonl` every document's verdicts"),
        "{}",
        run.stdout
    );
    // It says how wide a terminal shows a column each, and that width does.
    let needed: usize = flat
        .split("set COLUMNS=")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(needed > 80, "{}", run.stdout);
    let wide = project.env("COLUMNS", &needed.to_string()).run();
    assert!(
        wide.stdout.contains("document-39") || wide.stdout.contains("D40"),
        "{}",
        wide.stdout
    );
}

/// A column each for 14,000 documents needs some 98,000 columns, more than COLUMNS can
/// say (65,535): the note advises no width.
#[test]
fn a_table_no_terminal_could_widen_advises_no_width() {
    let project = documents_folder(
        ONE_CLAIM,
        (0..14_000).map(|i| format!("d{i:05}")),
        "Nothing.",
    );
    let run = project.run();
    let flat = one_line(&run.stdout);
    assert!(
        flat.contains("14000 documents are too many for one column each: counts per verdict"),
        "{}",
        run.stdout
    );
    assert!(!flat.contains("COLUMNS"), "{}", run.stdout);
}

#[test]
fn a_table_too_wide_for_a_column_each_shows_a_strip_of_symbols() {
    // 23 documents: a column each needs more than 80 columns, a strip of 25 characters
    // fits. Each claim's verdicts read across, in tens, the documents numbered below.
    let mut project = Test::new().file(
        "claims.yaml",
        "claims:\n  - id: mutual-assistance\n    claim: The pact includes mutual assistance.\n    support: ['mutual (assistance|defen[cs]e)']\n    contradict: ['no mutual assistance']\n    expect: {}\n",
    );
    for i in 0..23 {
        let text = match i {
            0 | 11 => "The pact includes mutual assistance.",
            12 => "There is no mutual assistance in the pact.",
            _ => "Nothing.",
        };
        project = project.file(&format!("seeds/document-{i:02}.txt"), text);
    }
    let run = project.run();
    assert!(
        run.stdout.lines().all(|l| l.chars().count() <= 80),
        "{}",
        run.stdout
    );
    crate::support::snapshot("table-strip", &run.stdout);
}

#[test]
fn a_strip_holds_36_documents_in_80_columns_and_70_in_120() {
    // What the README promises, with ids as trial readers name them and a claim id longer
    // than the claim column.
    let strip = |documents: usize, columns: &str| {
        let mut project = Test::new().file(
            "claims.yaml",
            "claims:\n  - id: northdale-bus-cuts-2024\n    claim: C.\n    support: ['mutual assistance']\n    expect: {}\n",
        );
        for i in 1..=documents {
            project = project.file(&format!("seeds/ab-{i:02}.txt"), "Nothing.");
        }
        let run = project.env("COLUMNS", columns).run();
        let width: usize = columns.parse().unwrap_or(80);
        assert!(
            run.stdout.lines().all(|l| l.chars().count() <= width),
            "{}",
            run.stdout
        );
        run.stdout
    };
    assert!(strip(36, "80").contains("31-36"));
    assert!(strip(70, "120").contains("61-70"));
    // Beyond that, counts per verdict.
    assert!(strip(80, "120").contains("counts per verdict shown"));
}

#[test]
fn a_claim_failed_by_a_rival_report_alone_says_how_to_track_it() {
    let claims = "claims:\n  - id: mutual-assistance\n    claim: The pact includes mutual assistance.\n    support: ['mutual assistance']\n    contradict: ['no mutual assistance']\n";
    let run = Test::new()
        .file("claims.yaml", claims)
        .file("seeds/a.txt", "The pact includes mutual assistance.")
        .file("seeds/b.txt", "There is no mutual assistance in the pact.")
        .run();
    assert_eq!(run.status, 1, "{}", run.stdout);
    let flat = one_line(&run.stdout);
    assert!(
        flat.contains("note: 1 claim above fails only because a document contradicts it")
            && flat.contains("write `expect: {}` to track a claim without failing it"),
        "{}",
        run.stdout
    );
    // Not for a claim no document supports: that one fails for want of support.
    let run = Test::new()
        .file("claims.yaml", claims)
        .file("seeds/b.txt", "There is no mutual assistance in the pact.")
        .run();
    assert!(!run.stdout.contains("note:"), "{}", run.stdout);
}

#[test]
fn a_table_that_fits_shows_a_column_per_document() {
    // Nine documents of three letters, coverage of two or three characters each: 76
    // columns wide, so 80 show them all.
    let mut project = Test::new().file("claims.yaml", ONE_CLAIM);
    for i in 1..=9 {
        project = project.file(&format!("seeds/h0{i}.txt"), "Nothing.");
    }
    let run = project.run();
    assert!(run.stdout.contains("h09"), "{}", run.stdout);
    assert!(
        run.stdout.lines().all(|l| l.chars().count() <= 80),
        "{}",
        run.stdout
    );
}

#[test]
fn a_long_claim_id_wraps_after_its_hyphens() {
    // Nine documents leave the claim column 19 characters at 80 columns: the id is cut
    // after a hyphen, not inside a word (trial 20: "northvell-12hr-de" / "c-2024").
    let mut project = Test::new().file(
        "claims.yaml",
        "claims:\n  - id: northvell-12hr-dec-2024\n    claim: A claim.\n    support: ['twelve-hour waits']\n",
    );
    for i in 1..=9 {
        project = project.file(&format!("seeds/h0{i}.txt"), "Nothing.");
    }
    let run = project.run();
    assert!(
        run.stdout.contains("│ northvell-12hr-dec- ")
            && run.stdout.contains("│ 2024 ")
            && run.stdout.lines().all(|l| l.chars().count() <= 80),
        "{}",
        run.stdout
    );
}

/// `COLUMNS=0` (a terminal that does not know its size, as some CI runners report) is no
/// width at all: the table takes 80 columns, as without `COLUMNS`, not the 40 minimum.
#[test]
fn a_width_of_zero_is_unknown() {
    let unknown = Test::in_project().run();
    let zero = Test::in_project().env("COLUMNS", "0").run();
    assert_eq!(zero.stdout, unknown.stdout);
}

#[test]
fn failing_claim_exits_1_and_says_why() {
    let run = Test::new()
        .file(
            "claims.yaml",
            format!("{ONE_CLAIM}    expect: contradicted\n"),
        )
        .file("seeds/a.txt", "The pact provides for mutual assistance.")
        .run();
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "FAIL mutual-assistance (line 2): expected contradicting documents >= 1, found 0"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("1 claim: 0 passed, 1 failed"),
        "{}",
        run.stdout
    );
}

/// Two claims over one document: `mutual-assistance` fails (it expects a contradiction),
/// `visit` passes.
fn one_failing_claim_and_one_passing() -> Test {
    Test::new()
        .file(
            "claims.yaml",
            format!(
                "{ONE_CLAIM}    expect: contradicted\n  - id: visit\n    claim: Putin visited.\n    support: ['visited']\n"
            ),
        )
        .file(
            "seeds/a.txt",
            "The pact provides for mutual assistance. Putin visited.",
        )
}

#[test]
fn test_runs_each_claim_as_a_test_without_a_rust_project() {
    let project = one_failing_claim_and_one_passing();
    let run = project.run_args(&["test"]);
    assert_eq!(
        run.status, 1,
        "a failing claim fails the run: {}",
        run.stderr
    );
    assert!(
        run.stdout.contains("test mutual-assistance ... FAILED"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("expected contradicting documents >= 1, found 0"),
        "the failure says why: {}",
        run.stdout
    );
    assert!(run.stdout.contains("test visit"), "{}", run.stdout);
    // A filter runs the matching claims only, as `cargo test` does.
    let run = project.run_args(&["test", "visit"]);
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert!(run.stdout.contains("1 passed; 0 failed"), "{}", run.stdout);
    let run = project.run_args(&["test", "--", "--list"]);
    assert!(
        run.stdout.contains("mutual-assistance: test"),
        "{}",
        run.stdout
    );
    // A filter that names no claim is an error: a typo in CI would otherwise pass.
    let run = project.run_args(&["test", "visti"]);
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert!(
        run.stderr
            .contains("no claim id in claims.yaml contains `visti`"),
        "{}",
        run.stderr
    );
    // An argument libtest does not know is an error that says where they go.
    let run = project.run_args(&["test", "--", "--bogus"]);
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("unexpected argument '--bogus'")
            && run.stderr.contains("libtest flags"),
        "{}",
        run.stderr
    );
    // With `--exact`, the filter is a whole id.
    let run = project.run_args(&["test", "--", "--exact", "visit"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = project.run_args(&["test", "--", "--exact", "visi"]);
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("no claim id in claims.yaml is `visi`"),
        "{}",
        run.stderr
    );
    // A claims file that cannot be loaded is an error, as for `check`.
    let run = project.run_args(&["test", "--claims", "missing.yaml"]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(run.stderr.contains("missing.yaml"), "{}", run.stderr);
}

#[test]
fn explain_with_only_a_document_shows_its_verdict_on_every_claim() {
    let project = Test::new()
        .file(
            "claims.yaml",
            format!(
                "{ONE_CLAIM}  - id: visit\n    claim: Putin visited.\n    support: ['visited']\n    expect: {{documents: {{a: contradicts}}}}\n  - id: shells\n    claim: Shells were shipped.\n    support: ['shipped shells']\n"
            ),
        )
        .file("seeds/a.txt", "Putin visited Pyongyang on Tuesday.")
        .file("seeds/b.txt", "Nothing happened.");
    let run = project.run_args(&["explain", "--document", "a"]);
    assert_eq!(run.status, 1, "the run's outcome: {}", run.stderr);
    for expected in [
        "visit (line",
        "supports ! expected contradicts",
        "«visited»",
        "2 claims omitted, with no pattern matched: mutual-assistance, shells",
    ] {
        assert!(run.stdout.contains(expected), "{expected}: {}", run.stdout);
    }
    assert!(!run.stdout.contains("Nothing happened"), "{}", run.stdout);
    // The claims' dead patterns are counted in one line, not drawn one by one.
    assert!(
        run.stderr
            .contains("warning: the claims' patterns have 2 warnings over these documents (`factcheck lint` shows them)")
            && !run.stderr.contains("matches nothing"),
        "{}",
        run.stderr
    );
    // Neither a claim nor a document: an error that says what to name.
    let run = project.run_args(&["explain"]);
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert!(
        run.stderr
            .contains("explain needs a claim id, or --document DOC"),
        "{}",
        run.stderr
    );
}

#[test]
fn explain_with_only_a_document_shows_the_claims_it_nearly_states() {
    let run = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: fraud-rise\n    claim: Online fraud reports in Kestmoor rose 23% in 2024.\n    support: ['fraud reports rose {n}%']\n    number: 23\n    expect: {}\n  - id: bridge\n    claim: The Ostrel Bridge closed for repairs.\n    support: ['bridge closed']\n    expect: {}\n  - id: kestmoor-flood\n    claim: Kestmoor flooded in March.\n    support: ['Kestmoor flooded']\n    expect: {}\n",
        )
        .file(
            "seeds/a.txt",
            "Reports of online fraud in Kestmoor climbed by 23% in 2024, police said.",
        )
        .run_args(&["explain", "--document", "a"]);
    assert!(
        run.stdout
            .contains("3 claims omitted, with no pattern matched"),
        "{}",
        run.stdout
    );
    let nearly = run.stdout.split("nearly stated").nth(1).unwrap_or_default();
    // The claim the sentence nearly states, with its sentence and the words they share;
    // not a claim that shares only the place's name with it.
    assert!(
        nearly.contains("fraud-rise (line 2)")
            && nearly.contains("shares: Reports, online, fraud, Kestmoor, 23, 2024")
            && nearly.contains("seeds/a.txt:1:1")
            && nearly.contains("| Reports of online fraud in Kestmoor climbed")
            && !nearly.contains("kestmoor-flood")
            && !nearly.contains("bridge"),
        "{}",
        run.stdout
    );
}

#[test]
fn explain_with_only_a_document_hints_at_a_gap_too_short() {
    // A nearly stated claim whose support matcher would match with longer gaps says so,
    // as `explain CLAIM`'s near misses do.
    let run = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: fraud-climbed\n    claim: Online fraud in Kestmoor climbed.\n    support: ['fraud\\b.{0,5}\\bclimbed']\n    expect: {}\n",
        )
        .file(
            "seeds/a.txt",
            "Reports of online fraud in Kestmoor climbed by 23% in 2024, police said.",
        )
        .run_args(&["explain", "--document", "a"]);
    let nearly = run.stdout.split("nearly stated").nth(1).unwrap_or_default();
    assert!(
        nearly.contains("fraud-climbed (line 2)")
            && nearly.contains("hint: support[0] would match this sentence with longer gaps"),
        "{}",
        run.stdout
    );
}

#[test]
fn explain_with_only_a_document_shows_figures_it_skipped() {
    let run = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: arrests\n    claim: Police arrested 40 protesters.\n    support: ['arrested {n}']\n    number: 40\n    expect: {}\n",
        )
        .file("seeds/a.txt", "Police arrested 12 of the 40 protesters.")
        .run_args(&["explain", "--document", "a"]);
    assert!(
        run.stdout.contains("arrests (line 2): omits")
            && run
                .stdout
                .contains("a pattern matched, but the figure it read is not counted")
            && !run.stdout.contains("claim omitted"),
        "{}",
        run.stdout
    );
}

#[test]
fn explain_marks_a_figure_the_sentence_revised_to_the_claims() {
    let run = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: turnout\n    claim: Turnout was 67.4%.\n    support: ['turnout\\b.{0,40}\\b{n}%']\n    number: 67.4\n    expect: {}\n",
        )
        .file(
            "seeds/a.txt",
            "Turnout was reported as 62% in early returns, since revised to 67.4%.",
        )
        .run_args(&["explain", "turnout"]);
    assert!(
        run.stdout.contains("a: supports")
            && run
                .stdout
                .contains("number: \"62\" = 62: breaks, but the sentence revises it (see why)"),
        "{}",
        run.stdout
    );
}

#[test]
fn explain_shows_the_closest_omissions_first() {
    let run = Test::new()
        .file("claims.yaml", ONE_CLAIM)
        .file("seeds/a.txt", "The pact was discussed.")
        .file("seeds/b.txt", "The pact includes mutual help.")
        .file("seeds/c.txt", "It includes assistance.")
        .run_args(&["explain", "mutual-assistance"]);
    // b shares three words with the claim, c two, a one: not the order of their ids.
    let at = |id: &str| run.stdout.find(&format!("\n{id}: omits"));
    assert!(
        at("b").is_some() && at("b") < at("c") && at("c") < at("a"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_closed_pipe_ends_a_run_quietly_with_its_outcome() {
    let project = one_failing_claim_and_one_passing();
    // `factcheck test | head`: libtest's printer fails on the pipe; the status is still
    // the claims' (1: one fails; 0 for a filter that selects a passing claim only).
    for (args, status) in [
        (&["test"][..], 1),
        (&["test", "visit"], 0),
        (&["test", "--", "--skip", "mutual"], 0),
        (&["check"], 1),
    ] {
        let run = project.run_into_closed_pipe(args);
        assert_eq!(run.status, status, "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn a_failing_claims_row_over_many_documents_lists_those_that_do_not_omit_it() {
    let mut project = Test::new().file(
        "claims.yaml",
        format!("{ONE_CLAIM}    expect: contradicted\n"),
    );
    for i in 0..13 {
        let text = if i == 4 {
            "It provides for mutual assistance."
        } else {
            "Nothing."
        };
        project = project.file(&format!("seeds/d{i:02}.txt"), text);
    }
    let run = project.run_args(&["test"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("verdicts: d04 ✓, 12 others omit it"),
        "{}",
        run.stdout
    );
    // Below, those twelve are listed by id in one paragraph, not one by one.
    assert!(
        run.stdout
            .contains("12 documents omit it, with no pattern of this claim matched: d00")
            && !run.stdout.contains("d00: omits"),
        "{}",
        run.stdout
    );
}

#[test]
fn claim_and_tag_select_claims() {
    let run = Test::in_project()
        .args([
            "check",
            "--format",
            "json",
            "--claim",
            "mutual-assistance",
            "--claim",
            "first-visit-24-years",
        ])
        .run();
    let report: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
    assert_eq!(report["summary"]["claims"], 2);
    let run = Test::in_project()
        .args(["check", "--format", "json", "--tag", "visit"])
        .run();
    let report: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
    let claims = report["claims"].as_array().cloned().unwrap_or_default();
    assert!(!claims.is_empty());
    assert!(claims.iter().any(|c| c["id"] == "first-visit-24-years"));
}

#[test]
fn documents_are_found_recursively_with_ids_from_their_paths() {
    let run = Test::new()
        .file("claims.yaml", ONE_CLAIM)
        .file("seeds/top.txt", "Mutual assistance was agreed.")
        .file("seeds/2024/june/ap.md", "Nothing here.")
        .file("seeds/notes.pdf", "%PDF")
        .file("seeds/.hidden.txt", "ignored")
        .file("seeds/.git/HEAD.txt", "ignored")
        // A build folder (Cargo's target/ carries this tag): no documents, no warnings.
        .file(
            "seeds/target/CACHEDIR.TAG",
            "Signature: 8a477f597d28d172789f06886806bc55",
        )
        .file(
            "seeds/target/debug/build/out.txt",
            "Mutual assistance was agreed.",
        )
        .file("seeds/target/debug/lib.rlib", "\0")
        .file("seeds/scan.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
        .args(["check", "--format", "json"])
        .run();
    assert_eq!(run.status, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
    let ids: Vec<&str> = report["documents"]
        .as_array()
        .map(|d| d.iter().filter_map(|d| d["id"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(ids, ["2024/june/ap", "top"]);
    assert_eq!(
        report["warnings"],
        serde_json::json!([
            "skipped notes.pdf: only .txt and .md files are read as documents",
            "skipped scan.txt: it looks binary, not text (it holds NUL bytes)"
        ])
    );
    // Warnings go to standard error, once, and never into the report on standard output.
    assert_eq!(
        run.stderr.matches("warning: skipped notes.pdf").count(),
        1,
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("warning: warning"), "{}", run.stderr);
}

#[test]
fn bom_crlf_and_windows_1252_documents_are_read() {
    let run = Test::new()
        .file("claims.yaml", "claims:\n  - id: caf\n    claim: A caf\u{e9} opened.\n    support: ['caf\u{e9} opened']\n    expect: {supports: 4}\n")
        .file("seeds/bom.txt", b"\xEF\xBB\xBFThe caf\xC3\xA9 opened.\r\n")
        .file("seeds/notepad.txt", utf16le("The caf\u{e9} opened.\r\n"))
        .file("seeds/crlf.txt", b"Title\r\n\r\nThe caf\xC3\xA9\r\nopened today.\r\n")
        .file("seeds/latin.txt", b"The caf\xE9 opened \x93today\x94.")
        .args(["check", "--format", "json"])
        .run();
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
    assert_eq!(
        report["warnings"][0],
        "latin.txt is not valid UTF-8: read it as Windows-1252"
    );
    let bom = &report["claims"][0]["verdicts"]["bom"]["evidence"][0];
    assert_eq!(
        (
            bom["line"].as_u64(),
            bom["column"].as_u64(),
            bom["start"].as_u64()
        ),
        (Some(1), Some(5), Some(7))
    );
    let latin = &report["claims"][0]["verdicts"]["latin"]["evidence"][0];
    assert_eq!(
        (latin["start"].as_u64(), latin["end"].as_u64()),
        (Some(4), Some(15))
    );
    // UTF-16 (Notepad's "Unicode"): no warning, byte offsets in the file (2 a char).
    let notepad = &report["claims"][0]["verdicts"]["notepad"]["evidence"][0];
    assert_eq!(
        (notepad["start"].as_u64(), notepad["end"].as_u64()),
        (Some(10), Some(32))
    );
    assert_eq!(report["warnings"].as_array().map(Vec::len), Some(1));
}

/// `text` as UTF-16 little-endian with its byte order mark.
fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

#[test]
fn explain_shows_each_documents_evidence() {
    let run = Test::new()
        .file("claims.yaml", ONE_CLAIM)
        .file(
            "seeds/a.txt",
            "Line one.\nThe pact does not provide mutual assistance, officials said.\n",
        )
        .file("seeds/b.txt", "Unrelated.")
        .args(["explain", "mutual-assistance"])
        .run();
    assert_eq!(run.status, 1);
    insta::assert_snapshot!(run.stdout, @r#"
    mutual-assistance (line 2)
      The pact includes mutual assistance.
      FAIL: 0 supporting, 1 contradicting
      - expected supporting documents >= 1, found 0
      - expected contradicting documents = 0, found 1 (a)

    a: contradicts
      seeds/a.txt:2:27  contradict  support[0]
        why: support match negated by "does not": counts against the claim
        | The pact does not provide «mutual assistance», officials said.

    b: omits
      no pattern of this claim matched in this document
      no sentence shares a word with the claim or its patterns
    "#);
}

/// A warning on the lines of the claim explained is drawn in full (a trial's reader saw
/// only "claims.yaml has 1 warning" while `number: 11.000`, read as eleven, failed the
/// claim); the file's other warnings are counted.
#[test]
fn explain_draws_the_warnings_of_the_claim_it_explains() {
    let claims = "claims:\n  - id: boxes\n    claim: 11,000 containers.\n    number: 11.000\n    support: ['{n} containers']\n  - id: other\n    claim: Other.\n    support: ['other']\n";
    let explain = |terms: &str, id: &str| {
        Test::new()
            .file("claims.yaml", format!("{terms}{claims}"))
            .file("seeds/a.txt", "It sent 11,000 containers.\n")
            .args(["explain", id])
            .run()
    };
    // `number: 11.000` is on line 6 here, below an unused term.
    let run = explain("terms:\n  pact: ['pact']\n", "boxes");
    assert!(run.stderr.contains("claims.yaml:6:"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning: claims.yaml has 1 other warning"),
        "{}",
        run.stderr
    );
    // Another claim's explanation draws none of them.
    let run = explain("", "other");
    assert!(!run.stderr.contains("claims.yaml:4:"), "{}", run.stderr);
    assert!(
        run.stderr.contains("warning: claims.yaml has 1 warning"),
        "{}",
        run.stderr
    );
}

/// `explain kim-called-it-alliance --document DOC` on the seeds (El País omits the claim).
fn explain_alliance_in(document: &str) -> crate::support::Run {
    Test::in_project()
        .args(["explain", "kim-called-it-alliance", "--document", document])
        .run()
}

#[test]
fn explain_and_test_count_the_files_own_warnings_in_one_line() {
    let project = Test::new()
        .file(
            "claims.yaml",
            format!("terms:\n  pact: ['pact']\n{ONE_CLAIM}"),
        )
        .file("seeds/a.txt", "The pact provides for mutual assistance.");
    for args in [&["explain", "mutual-assistance"][..], &["test"]] {
        let run = project.run_args(args);
        assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
        assert_eq!(
            run.stderr, "warning: claims.yaml has 1 warning (`factcheck lint` shows it)\n",
            "{args:?}"
        );
    }
    // A claims file named with --claims is named in the suggestion too.
    let run = project.run_args(&["test", "--claims", "./claims.yaml"]);
    assert!(
        run.stderr.contains("(`factcheck lint` shows it)"),
        "./claims.yaml is the default file: {}",
        run.stderr
    );
    std::fs::copy(project.path("claims.yaml"), project.path("mine.yaml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let run = project.run_args(&["explain", "--claims", "mine.yaml", "mutual-assistance"]);
    assert!(
        run.stderr.contains(
            "warning: mine.yaml has 1 warning (`factcheck lint --claims mine.yaml` shows it)"
        ),
        "{}",
        run.stderr
    );
    // `check` draws it in full.
    let run = project.run_args(&["check"]);
    assert!(
        run.stderr
            .contains("term `pact` is not used by any pattern"),
        "{}",
        run.stderr
    );
}

/// A claims file of hundreds of claims can hold dozens of warnings: `check` draws the first
/// three in full on every run, loading's and the run's alike, and counts the rest.
#[test]
fn check_draws_three_warnings_in_full_and_counts_the_rest() {
    let unused = "terms:\n  a: ['a']\n  b: ['b']\n  c: ['c']\n  d: ['d']\n";
    let dead = "  - id: dead\n    claim: Never said.\n    support: ['never written anywhere']\n";
    let project = Test::new()
        .file("claims.yaml", format!("{unused}{ONE_CLAIM}{dead}"))
        .file("seeds/a.txt", "The pact provides for mutual assistance.");
    let run = project.run_args(&["check"]);
    assert_eq!(run.stderr.matches("warning:").count(), 4, "{}", run.stderr);
    assert_eq!(run.stderr.matches(" = help: ").count(), 3, "{}", run.stderr);
    for term in ["a", "b", "c"] {
        assert!(
            run.stderr.contains(&format!("term `{term}` is not used")),
            "{}",
            run.stderr
        );
    }
    // The fourth unused term and the run's dead pattern are counted, not drawn.
    assert!(!run.stderr.contains("term `d`"), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "warning: claims.yaml has 2 more warnings, not drawn here (`factcheck lint` shows them all)"
        ),
        "{}",
        run.stderr
    );
    // lint draws all five.
    let run = project.run_args(&["lint"]);
    assert_eq!(run.stderr.matches(" = help: ").count(), 5, "{}", run.stderr);
    // One past three is counted in the singular.
    let project = Test::new()
        .file("claims.yaml", format!("{unused}{ONE_CLAIM}"))
        .file("seeds/a.txt", "The pact provides for mutual assistance.");
    let run = project.run_args(&["check"]);
    assert!(
        run.stderr.contains(
            "warning: claims.yaml has 1 more warning, not drawn here (`factcheck lint` shows it)"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn explain_says_when_a_longer_gap_would_match_a_near_miss() {
    let run = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: turnout\n    claim: Turnout in Valdmark was 71.3%.\n    support: ['turnout\\b.{0,20}\\b{n}%']\n    number: 71.3\n",
        )
        .file(
            "seeds/a.txt",
            "Turnout in Sunday's Valdmark general election reached 71.3%.",
        )
        .file("seeds/b.txt", "Turnout was low in the rain, at about half.")
        .args(["explain", "turnout"])
        .run();
    assert!(
        run.stdout
            .contains("hint: support[0] would match this sentence with longer gaps"),
        "{}",
        run.stdout
    );
    // Only where a wider gap would match: the other near miss has no such hint.
    assert_eq!(run.stdout.matches("hint:").count(), 1, "{}", run.stdout);
}

#[test]
fn explain_shows_near_misses_where_a_document_omits_the_claim() {
    let run = explain_alliance_in("003_3b775621d2f2f765");
    assert_eq!(run.status, 0, "{}", run.stderr);
    crate::support::snapshot("explain-near-misses", &run.stdout);
}

/// A pattern that matches but whose figure is skipped is not "dead": lint and explain say
/// which figure was skipped and why.
#[test]
fn a_figure_skipped_as_no_count_is_named_by_lint_and_explain() {
    let claims = "sources: seeds\nclaims:\n  - id: arrests\n    claim: Police arrested 12 protesters.\n    support: ['arrested {n}']\n    number: 12\n";
    let test = Test::new()
        .file("claims.yaml", claims)
        .file("seeds/a.txt", "Police arrested 12 of the 40 protesters.");
    let lint = test.run_args(&["lint"]);
    assert!(
        lint.stderr.contains("pattern matches in 1 document, but no figure `{n}` reads there counts (the first: a part of a larger number"),
        "{}",
        lint.stderr
    );
    let explain = test.run_args(&["explain", "arrests"]);
    insta::assert_snapshot!(explain.stdout, @r#"
    arrests (line 3)
      Police arrested 12 protesters.
      FAIL: 0 supporting, 0 contradicting
      - expected supporting documents >= 1, found 0

    a: omits
      a pattern matched, but the figure it read is not counted (docs/rules.md, "Numbers that are not counts are skipped"):
      seeds/a.txt:1:17  support[0]  "12": a part of a larger number (like "one of the …"), not the count
        | Police arrested 12 of the 40 protesters.
      closest sentences (near misses):
      seeds/a.txt:1:1  score 1.2  shares: Police, arrested, 12, protesters
        | Police arrested 12 of the 40 protesters.
    "#);
}

/// The table shows documents by their labels, so `explain --document` takes a label too.
#[test]
fn explain_takes_a_document_by_its_label() {
    let by_id = explain_alliance_in("003_3b775621d2f2f765");
    let label = explain_alliance_in("EL PAÍS");
    assert_eq!(label.status, by_id.status, "{}", label.stderr);
    assert_eq!(label.stdout, by_id.stdout);
    // And its file, as a user would type it.
    for file in ["003_3b775621d2f2f765.txt", "seeds/003_3b775621d2f2f765.txt"] {
        let by_file = explain_alliance_in(file);
        assert_eq!(by_file.stdout, by_id.stdout, "{file}: {}", by_file.stderr);
    }
    // And the key the table shows for a long name (`D5 = Spanish MT`), by position.
    let by_key = explain_alliance_in("D4");
    assert_eq!(by_key.stdout, by_id.stdout, "{}", by_key.stderr);
    let unknown = explain_alliance_in("Reuters");
    assert_eq!(unknown.status, 2);
    assert!(
        unknown
            .stderr
            .contains("its id (its file name) or its label"),
        "{}",
        unknown.stderr
    );
}

/// A document labelled like a table key ("D2") does not share its header with the key of
/// a long name at that position: the keys take another letter, and `--document` takes
/// the label and the key each for its own document.
#[test]
fn a_label_that_reads_as_a_key_takes_no_other_documents_column() {
    let claims = format!("{ONE_CLAIM}documents:\n  a: D2\n");
    let test = Test::new()
        .file("claims.yaml", &claims)
        .file("seeds/a.txt", "Mutual assistance was agreed.")
        .file("seeds/a-very-long-document-name.txt", "Nothing was agreed.")
        .file(
            "seeds/b-another-long-document-name.txt",
            "Mutual assistance was agreed.",
        )
        .env("COLUMNS", "200");
    let table = test.run_args(&["check"]);
    assert!(
        table.stdout.contains("K2 = a-very-long-document-name")
            && table.stdout.contains("K3 = b-another-long-document-name"),
        "{}",
        table.stdout
    );
    let header = table
        .stdout
        .lines()
        .find(|l| l.contains("claim"))
        .unwrap_or_default();
    assert_eq!(header.matches("D2").count(), 1, "{header}");
    assert_eq!(header.matches("K2").count(), 1, "{header}");
    let explained = |named: &str| {
        let run = test.run_args(&["explain", "--document", named]);
        assert_eq!(run.status, 0, "{named}: {}", run.stderr);
        run.stdout.lines().next().unwrap_or_default().to_string()
    };
    assert!(explained("D2").contains("a"), "{}", explained("D2"));
    assert!(!explained("D2").contains("long"), "{}", explained("D2"));
    assert!(
        explained("K2").contains("a-very-long-document-name"),
        "{}",
        explained("K2")
    );
    assert!(
        explained("k3").contains("b-another-long-document-name"),
        "{}",
        explained("k3")
    );
    // A label that is its own document's key takes nothing; when every prefix is taken,
    // `D` repeated is free.
    let keys = |labels: &str| {
        let claims = format!("{ONE_CLAIM}documents:\n{labels}");
        let run = Test::new()
            .file("claims.yaml", &claims)
            .file("seeds/a.txt", "Mutual assistance was agreed.")
            .file("seeds/b.txt", "Nothing was agreed.")
            .file("seeds/c.txt", "Nothing was agreed.")
            .file("seeds/d.txt", "Nothing was agreed.")
            .file("seeds/e-a-long-document-name.txt", "Nothing was agreed.")
            .env("COLUMNS", "200")
            .run_args(&["check"]);
        run.stdout
    };
    let own = keys("  b: D2\n");
    assert!(own.contains("D5 = e-a-long-document-name"), "{own}");
    let all_taken = keys("  a: D9\n  b: K9\n  c: X9\n  d: doc9\n");
    assert!(
        all_taken.contains("DD5 = e-a-long-document-name"),
        "{all_taken}"
    );
}

/// A label two documents share names neither: the error lists their ids.
/// A document that was skipped (here binary) is named as skipped, not as unknown.
#[test]
fn explain_says_a_skipped_document_was_skipped() {
    // By its file name, or by its path as a shell would complete it.
    for named in ["scan.txt", "seeds/scan.txt"] {
        let run = Test::new()
            .file("claims.yaml", ONE_CLAIM)
            .file("seeds/a.txt", "Mutual assistance was agreed.")
            .file("seeds/scan.txt", b"\x89PNG\r\n\x1a\n\0\0")
            .args(["explain", "mutual-assistance", "--document", named])
            .run();
        run.assert_refused("document `scan` was skipped, so it has no verdicts");
        assert!(run.stderr.contains("it looks binary"), "{}", run.stderr);
    }
    // An empty name ends every path: it is refused as empty, not taken for `scan`.
    let run = Test::new()
        .file("claims.yaml", ONE_CLAIM)
        .file("seeds/scan.txt", b"\x89PNG\r\n\x1a\n\0\0")
        .args(["explain", "mutual-assistance", "--document", ""])
        .run();
    run.assert_refused("`--document` names no document (it is empty)");
}

#[test]
fn explain_refuses_a_label_two_documents_share() {
    let run = Test::new()
        .file(
            "claims.yaml",
            "documents:\n  a: AP\n  b: ap\nclaims:\n  - id: signed\n    claim: Signed.\n    support: ['signed']\n",
        )
        .file("seeds/a.txt", "The pact was signed.\n")
        .file("seeds/b.txt", "Nothing.\n")
        .args(["explain", "signed", "--document", "AP"])
        .run();
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("`AP` is the label of 2 documents")
            && run.stderr.contains("name one by its id: a, b"),
        "{}",
        run.stderr
    );
}

/// Runs factcheck under a pseudo-terminal (util-linux `script`), so stdout is a terminal.
fn on_a_terminal(no_color: bool) -> Option<String> {
    let bin = env!("CARGO_BIN_EXE_factcheck");
    let mut command = std::process::Command::new("script");
    command
        .args([
            "-qec",
            &format!("{bin} check --claim mutual-assistance"),
            "/dev/null",
        ])
        .current_dir(crate::support::project_dir())
        .env_remove("NO_COLOR");
    if no_color {
        command.env("NO_COLOR", "1");
    }
    let output = command.output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    // `script` comes with util-linux on every Debian machine; without it there is no
    // terminal to test on, and the pipe case is covered by output_is_plain_when_not_a_terminal.
    let Some(coloured) = on_a_terminal(false) else {
        eprintln!("skipped: `script` is not installed");
        return;
    };
    assert!(
        coloured.contains('\x1b'),
        "a terminal gets colour:\n{coloured}"
    );
    let plain = on_a_terminal(true).unwrap_or_default();
    assert!(plain.contains("1 claim: 1 passed"), "{plain}");
    assert!(
        !plain.contains('\x1b'),
        "NO_COLOR turns colour off:\n{plain}"
    );
}

#[test]
fn explain_shows_the_omitting_documents_closest_to_the_claim() {
    // Twelve documents that share no word with the claim, sorted first by id, and one
    // that nearly states it, last.
    let mut test = Test::new().file(
        "claims.yaml",
        "claims:\n  - id: turnout\n    claim: Turnout in the Norrmark election was 67.4%.\n    support: ['turnout was {n}%']\n    number: 67.4\n",
    );
    for i in 0..12 {
        test = test.file(&format!("seeds/a{i:02}.txt"), "The weather was mild.\n");
    }
    let run = test
        .file(
            "seeds/z.txt",
            "Norrmark's election drew a record share of voters.\n",
        )
        .args(["explain", "turnout"])
        .run();
    assert!(run.stdout.contains("\nz: omits"), "{}", run.stdout);
    assert!(run.stdout.contains("shares: Norrmark"), "{}", run.stdout);
    assert!(!run.stdout.contains("\na00: omits"), "{}", run.stdout);
    // The paragraph is wrapped to the terminal's width.
    let folded = one_line(&run.stdout);
    assert!(
        folded.contains("12 more documents omit it, with no pattern of this claim matched and no sentence closer to it than those shown: a00"),
        "{}",
        run.stdout
    );
}

#[test]
fn expect_an_empty_map_records_verdicts_and_passes() {
    let run = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: pact\n    claim: The pact was signed.\n    support: ['pact was signed']\n    contradict: ['pact was not signed']\n    expect: {}\n",
        )
        .file("seeds/a.txt", "The pact was not signed.\n")
        .file("seeds/b.txt", "Nothing here.\n")
        .args(["check"])
        .run();
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("PASS"), "{}", run.stdout);
    assert!(
        run.stdout.contains('✗'),
        "the contradiction is still shown: {}",
        run.stdout
    );
    // `explain` says the PASS asserts nothing, beside the contradiction it shows.
    let explained = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: pact\n    claim: The pact was signed.\n    support: ['pact was signed']\n    contradict: ['pact was not signed']\n    expect: {}\n",
        )
        .file("seeds/a.txt", "The pact was not signed.\n")
        .args(["explain", "pact"])
        .run();
    assert!(
        explained
            .stdout
            .contains("PASS (`expect: {}` asserts nothing): 0 supporting, 1 contradicting"),
        "{}",
        explained.stdout
    );
}

/// Every hint that sends the user to a named place in README.md or docs/rules.md
/// (`(README, "Expectations")`) names one that is there: the rules reference moved from
/// README to docs/rules.md once, and a hint that points nowhere is a broken promise.
#[test]
fn every_place_a_hint_cites_in_the_docs_is_there() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &std::path::Path| {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let mut sources = vec![root.join("src")];
    let mut cited = Vec::new();
    while let Some(dir) = sources.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.map(|e| e.path()).unwrap_or_else(|e| panic!("{e}"));
            if path.is_dir() {
                sources.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = read(&path);
                for (doc, file) in [("README", "README.md"), ("docs/rules.md", "docs/rules.md")] {
                    let opening = format!("({doc}, \\\"");
                    for (at, _) in text.match_indices(&opening) {
                        let rest = &text[at + opening.len()..];
                        let place = &rest[..rest.find("\\\"").unwrap_or(0)];
                        cited.push((path.clone(), file, place.to_string()));
                    }
                }
            }
        }
    }
    assert!(
        cited.len() >= 3,
        "the hints' citations were not found: {cited:?}"
    );
    for (path, file, place) in cited {
        assert!(
            read(&root.join(file)).contains(&place),
            "{} cites {file}, \"{place}\", which {file} does not hold",
            path.display()
        );
    }
}

#[test]
fn explain_says_a_figure_set_aside_is_set_aside_not_inconclusive() {
    // Trial 135's reader took "inconclusive" for a problem reading the number.
    let run = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: fares\n    claim: Fares rose 4.6% in 2025.\n    support: ['fares rose (?:by )?{n}%']\n    number: 4.6\n    expect: {}\n",
        )
        .file("seeds/a.txt", "In 2024, fares rose by 4.9%.")
        .run_args(&["explain", "fares"]);
    assert!(
        run.stdout
            .contains("number: \"4.9\" = 4.9: set aside (see why)")
            && !run.stdout.contains("inconclusive"),
        "{}",
        run.stdout
    );
}

#[test]
fn explain_does_not_offer_a_sentence_it_showed_as_not_counted_as_a_near_miss() {
    // Trial 142's reader took the repeated sentence for one the patterns missed.
    let run = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: fares\n    claim: Fares rose 4.6% in 2025.\n    support: ['fares rose (?:by )?{n}%']\n    number: 4.6\n    expect: {}\n",
        )
        .file(
            "seeds/a.txt",
            "In 2024, fares rose by 4.9%.\nRail fares in England are regulated.",
        )
        .run_args(&["explain", "fares"]);
    assert!(
        run.stdout.contains("set aside (see why)")
            && run.stdout.matches("fares rose by 4.9%").count() == 1,
        "{}",
        run.stdout
    );
}

#[test]
fn explain_says_a_range_neither_meets_nor_breaks_an_exact_figure() {
    // README: "neither meets nor breaks" for "nearly 480" against an exact 480, not "set
    // aside".
    let run = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: tickets\n    claim: The club sold 480 tickets.\n    support: ['sold\\b.{0,10}\\b{n} tickets']\n    number: 480\n    expect: {}\n",
        )
        .file("seeds/b.txt", "The club sold nearly 480 tickets.")
        .run_args(&["explain", "tickets"]);
    assert!(
        run.stdout.contains(": neither meets nor breaks `number:`")
            && !run.stdout.contains("set aside"),
        "{}",
        run.stdout
    );
}

/// `factcheck test -- --test-threads 0` waited for ever (libtest-mimic runs no thread):
/// now refused with what to give.
#[test]
fn test_with_no_threads_is_refused() {
    Test::in_project()
        .args(["test", "--", "--test-threads", "0"])
        .run()
        .assert_refused("--test-threads must be 1 to 1024");
}

/// A pipe among the sources (`x.txt` made with mkfifo) blocked every command for ever: it
/// is skipped with a warning, as a file that is not a document is.
#[test]
fn a_pipe_among_the_sources_is_skipped() {
    let test = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: a\n    claim: A.\n    support: [signed]\n",
        )
        .file("seeds/a.txt", "It was signed.\n");
    let made = std::process::Command::new("mkfifo")
        .arg(test.dir().join("seeds/pipe.txt"))
        .status();
    if !made.is_ok_and(|status| status.success()) {
        return; // no mkfifo here: nothing to try
    }
    test.args(["check"])
        .run()
        .assert_says(0, "skipped pipe.txt: not a regular file");
}

/// A link to a folder among the sources is not followed, and the warning says that is what
/// it is.
#[cfg(unix)]
#[test]
fn a_link_to_a_folder_among_the_sources_is_named_as_such() {
    let test = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: a\n    claim: A.\n    support: [signed]\n",
        )
        .file("seeds/a.txt", "It was signed.\n")
        .file("elsewhere/b.txt", "It was signed too.\n");
    let linked =
        std::os::unix::fs::symlink(test.dir().join("elsewhere"), test.dir().join("seeds/more"));
    assert!(linked.is_ok(), "{linked:?}");
    test.args(["check"])
        .run()
        .assert_says(0, "skipped more: a link to a folder, which is not followed");
}
