//! The report in every format, snapshotted on the seeds: a snapshot changes when, and only
//! when, a verdict, a piece of evidence or a claim changes. Review changes with
//! `cargo insta review`.

use crate::support::{snapshot, Test};
use std::path::PathBuf;

/// Snapshots a run's output with its exit status, so that a changed verdict shows up as a
/// reviewable diff even when it makes a claim fail.
fn snapshot_run(name: &str, run: &crate::support::Run) {
    snapshot(
        name,
        &format!("{}\n[exit status {}]\n", run.stdout, run.status),
    );
}

#[test]
fn seeds_coverage_table() {
    let run = Test::in_project().args(["check"]).run();
    snapshot_run("seeds-table", &run);
}

#[test]
fn seeds_json_report() {
    let run = Test::in_project().args(["check", "--format", "json"]).run();
    snapshot_run("seeds-report-json", &run);
}

#[test]
fn seeds_explain_the_three_facts_of_the_brief() {
    for id in [
        "mutual-assistance",
        "first-visit-24-years",
        "replaces-1961-treaty",
    ] {
        let run = Test::in_project().args(["explain", id]).run();
        snapshot_run(&format!("seeds-explain-{id}"), &run);
    }
}

/// One passing and one failing claim, for the CI formats.
fn one_pass_one_fail() -> Test {
    Test::new()
        .file(
            "claims.yaml",
            "documents:\n  ap: AP\nclaims:\n  - id: signed\n    claim: The pact was signed.\n    support: ['signed']\n  - id: ratified\n    claim: The pact was ratified & <published>.\n    tags: [treaty]\n    support: ['ratified']\n",
        )
        .file("seeds/ap.txt", "The pact was signed on Wednesday.\nIt was not ratified.\n")
        .file("seeds/afp.txt", "Nothing about it.\n")
}

/// A report on standard output that is not the table (most often redirected to a file in
/// CI) leaves the terminal without a word of why the run exits 1: the failed claims are
/// stated on standard error, as the table's FAIL lines state them. The table, printed or
/// beside `--output`, says it itself.
#[test]
fn failed_claims_are_named_on_standard_error_when_no_table_is_printed() {
    // (Markdown, like the table, has verdicts without evidence.)
    for (format, evidence) in [
        (
            "json",
            "the JSON report on standard output has the evidence",
        ),
        (
            "jsonl",
            "the JSON Lines report on standard output has the evidence",
        ),
        (
            "junit",
            "the JUnit report on standard output has the evidence",
        ),
        ("markdown", "`factcheck explain ID` shows the evidence"),
    ] {
        let run = one_pass_one_fail()
            .args(["check", "--format", format])
            .run();
        assert_eq!(run.status, 1, "{format}: {}", run.stderr);
        let said = format!(
            "1 of 2 claims failed ({evidence}):\n\
             FAIL ratified (line 7): expected supporting documents >= 1, found 0\n\
             FAIL ratified (line 7): expected contradicting documents = 0, found 1 (ap)\n"
        );
        assert!(run.stderr.ends_with(&said), "{format}: {}", run.stderr);
    }
    let table = one_pass_one_fail().args(["check"]).run();
    let beside = one_pass_one_fail()
        .args(["check", "--output", "report.json"])
        .run();
    for run in [table, beside] {
        assert_eq!(run.status, 1, "{}", run.stderr);
        assert!(!run.stderr.contains("claims failed"), "{}", run.stderr);
    }
    // Past five, the others are named, then counted.
    let mut claims = String::from("claims:\n");
    for n in 1..=12 {
        claims.push_str(&format!(
            "  - id: c{n:02}\n    claim: Never.\n    support: ['never said']\n"
        ));
    }
    let many = Test::new()
        .file("claims.yaml", &claims)
        .file("seeds/ap.txt", "Nothing.\n")
        .args(["check", "--format", "jsonl"])
        .run();
    assert_eq!(many.status, 1, "{}", many.stderr);
    assert!(
        many.stderr.contains("12 of 12 claims failed (")
            && many.stderr.contains("FAIL c05 (line ")
            && !many.stderr.contains("FAIL c06")
            && many
                .stderr
                .ends_with("7 more failed: c06, c07, c08, c09, c10 and 2 more\n"),
        "{}",
        many.stderr
    );
    let passing = one_pass_one_fail()
        .args(["check", "--format", "json", "--claim", "signed"])
        .run();
    assert_eq!(passing.status, 0, "{}", passing.stderr);
    assert!(!passing.stderr.contains("failed"), "{}", passing.stderr);
}

#[test]
fn junit_report_is_valid_xml_with_a_case_per_claim() {
    let run = one_pass_one_fail()
        .args(["check", "--format", "junit"])
        .run();
    assert_eq!(run.status, 1, "{}", run.stderr);
    let xml =
        roxmltree::Document::parse(&run.stdout).unwrap_or_else(|e| panic!("{e}\n{}", run.stdout));
    let root = xml.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suite = root
        .children()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap_or(root);
    assert_eq!(suite.attribute("tests"), Some("2"));
    assert_eq!(suite.attribute("failures"), Some("1"));
    let cases: Vec<_> = suite
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), 2);
    for case in &cases {
        assert!(case.attribute("name").is_some() && case.attribute("classname").is_some());
    }
    let failure = cases[1].children().find(|n| n.has_tag_name("failure"));
    let message = failure.and_then(|f| f.attribute("message")).unwrap_or("");
    assert!(
        message.contains("expected contradicting documents = 0, found 1"),
        "{message}"
    );
    snapshot("junit-one-pass-one-fail", &run.stdout);
}

#[test]
fn markdown_report_for_a_pull_request() {
    let run = one_pass_one_fail()
        .args(["check", "--format", "markdown"])
        .run();
    assert_eq!(run.status, 1, "{}", run.stderr);
    snapshot("markdown-one-pass-one-fail", &run.stdout);
}

/// Runs `check --output PATH` on the one-pass-one-fail project, checks that it printed the
/// table and failed, and returns the project and what PATH holds.
fn check_with_output(path: &str) -> (Test, String) {
    let test = one_pass_one_fail()
        .args(["check", "--output", path])
        .file("out/.keep", "");
    let run = test.run();
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("2 claims: 1 passed, 1 failed"),
        "{}",
        run.stdout
    );
    let saved = std::fs::read_to_string(test.path(path)).unwrap_or_default();
    (test, saved)
}

/// `merge` of one whole run's JSON report writes it in another format.
#[test]
fn merge_of_one_whole_runs_report_converts_it() {
    let test = one_pass_one_fail();
    let checked = test.run_args(&["check", "--output", "report.json"]);
    assert_eq!(checked.status, 1, "{}", checked.stderr);
    let converted = test.run_args(&["merge", "report.json", "--output", "report.xml"]);
    assert_eq!(converted.status, 1, "{}", converted.stderr);
    assert_eq!(converted.stdout, checked.stdout, "the same table");
    let junit = test.run_args(&["check", "--format", "junit"]);
    let saved = std::fs::read_to_string(test.path("report.xml")).unwrap_or_default();
    assert_eq!(
        saved.replacen(
            "<testsuite name=\"merged\"",
            "<testsuite name=\"claims.yaml\"",
            1
        ),
        junit.stdout
    );
}

/// `--output` given several times writes one run in each file's format, each file the same
/// as a run with that `--output` alone, and prints the table once; `--format` with several
/// `--output`, and one file named twice, are refused.
#[test]
fn several_outputs_write_one_run_in_each_format() {
    let files = ["r.json", "r.xml", "r.jsonl", "r.md", "r.txt"];
    let test = one_pass_one_fail();
    let mut args = vec!["check"];
    for file in files {
        args.extend(["--output", file]);
    }
    let all = test.run_args(&args);
    assert_eq!(all.status, 1, "{}", all.stderr);
    let alone = one_pass_one_fail();
    for file in files {
        let run = alone.run_args(&["check", "--output", file]);
        assert_eq!(run.stdout, all.stdout, "the table, once");
        let written = std::fs::read_to_string(test.path(file)).unwrap_or_default();
        assert!(!written.is_empty(), "{file}");
        let expected = std::fs::read_to_string(alone.path(file)).unwrap_or_default();
        assert_eq!(written, expected, "{file}");
    }
    assert_eq!(
        all.stdout.matches("2 claims: 1 passed, 1 failed").count(),
        1
    );
    test.run_args(&[
        "check", "--format", "json", "--output", "a.json", "--output", "b.xml",
    ])
    .assert_refused("error: --format names one format, but --output is given 2 times");
    test.run_args(&["check", "--output", "a.json", "--output", "./a.json"])
        .assert_refused("error: --output ./a.json is given twice (also as a.json)");
}

/// `--format` wins over `--output`'s extension, with a warning when they disagree: the
/// next reader of `report.json` expects JSON.
#[test]
fn a_format_other_than_the_outputs_extension_says_is_written_with_a_warning() {
    let test = one_pass_one_fail().args(["check", "--format", "junit", "--output", "report.json"]);
    test.run().assert_says(
        1,
        "warning: writing the JUnit report to `report.json`, whose extension says JSON",
    );
    let saved = std::fs::read_to_string(test.path("report.json")).unwrap_or_default();
    assert!(saved.starts_with("<?xml"), "{saved}");
    for (format, path) in [
        ("json", "report.json"),
        ("json", "report"),
        ("table", "out.txt"),
    ] {
        let agreed = one_pass_one_fail()
            .args(["check", "--format", format, "--output", path])
            .run();
        assert!(
            !agreed.stderr.contains("whose extension"),
            "{format} {path}: {}",
            agreed.stderr
        );
    }
}

#[test]
fn output_writes_the_format_to_a_file_and_prints_the_table() {
    // No --format: the extension of --output says JSON.
    let (test, saved) = check_with_output("out/report.json");
    let report: serde_json::Value = serde_json::from_str(&saved).unwrap_or_default();
    assert_eq!(report["summary"]["failed"], 1);
    let leftovers: Vec<_> = std::fs::read_dir(test.path("out"))
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(
        leftovers.len(),
        2,
        "no temporary file is left behind: {leftovers:?}"
    );
}

/// Without a folder for the temporary file that JSON and JUnit spill evidence to, the
/// report keeps its evidence in memory, and says the same.
#[test]
fn json_and_junit_without_a_temporary_folder_are_the_same_report() {
    // The seeds' claims all pass; JUnit quotes evidence only for a failing claim.
    type Project = fn() -> Test;
    let projects: [(&str, Project, &str); 2] = [
        ("json", Test::in_project, "\"matched\""),
        ("junit", one_pass_one_fail, "«ratified»"),
    ];
    for (format, project, quoted) in projects {
        let spilled = project().args(["check", "--format", format]).run();
        let kept = project()
            .args(["check", "--format", format])
            .env("TMPDIR", "/nonexistent/factcheck-test")
            .run();
        assert_eq!(kept.status, spilled.status, "{format}: {}", kept.stderr);
        assert!(spilled.stdout.contains(quoted), "{}", spilled.stdout);
        assert_eq!(kept.stdout, spilled.stdout, "{format}");
    }
}

/// `--format jsonl` streams a line per document, then a summary line, and says what the
/// JSON report says: each document's line lists the claims it does not simply omit, with
/// the same verdict and evidence as the report.
#[test]
fn json_lines_say_what_the_json_report_says() {
    use serde_json::Value;
    let parse = |text: &str| -> Value {
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
    };
    let json = Test::in_project().args(["check", "--format", "json"]).run();
    let lines = Test::in_project()
        .args(["check", "--format", "jsonl"])
        .run();
    assert_eq!(lines.status, json.status, "{}", lines.stderr);
    let report = parse(&json.stdout);
    let lines: Vec<Value> = lines.stdout.lines().map(parse).collect();
    let documents = report["documents"].as_array().cloned().unwrap_or_default();
    assert_eq!(lines.len(), documents.len() + 1);
    let claims = report["claims"].as_array().cloned().unwrap_or_default();
    let mut shown = 0;
    for (line, document) in lines.iter().zip(&documents) {
        assert_eq!(&line["document"], document);
        let id = document["id"].as_str().unwrap_or_default();
        for claim in &claims {
            let cell = &claim["verdicts"][id];
            let listed = &line["verdicts"][claim["id"].as_str().unwrap_or_default()];
            let omitted = cell["verdict"] == "omits"
                && cell["evidence"].as_array().is_some_and(Vec::is_empty);
            if omitted {
                assert_eq!(listed, &Value::Null, "{id}: {}", claim["id"]);
            } else {
                assert_eq!(listed["verdict"], cell["verdict"], "{id}: {}", claim["id"]);
                assert_eq!(
                    listed["evidence"], cell["evidence"],
                    "{id}: {}",
                    claim["id"]
                );
                shown += 1;
            }
        }
    }
    assert!(shown > 50, "only {shown} verdicts compared");
    let summary = &lines[documents.len()];
    assert_eq!(summary["summary"], report["summary"]);
    assert_eq!(summary["warnings"], report["warnings"]);
    for (outcome, claim) in summary["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .zip(&claims)
    {
        assert_eq!(outcome["id"], claim["id"]);
        assert_eq!(outcome["passed"], claim["passed"]);
        assert_eq!(outcome["failures"], claim["failures"]);
    }
}

/// `.txt` (or no extension) gets the table, as README says.
#[test]
fn output_named_txt_gets_the_table() {
    let (_, saved) = check_with_output("out/report.txt");
    assert!(saved.contains("2 claims: 1 passed, 1 failed"), "{saved}");
}

/// An extension that names no report is refused before the check (a table under
/// `report.junit` or `out.yaml` would be a surprise), unless --format says which; so is
/// `--output -`. `--format` takes any case.
#[test]
fn output_with_an_unknown_extension_needs_a_format() {
    for target in ["out/report.yaml", "out/report.html", "-"] {
        let test = one_pass_one_fail()
            .args(["check", "--output", target])
            .file("out/.keep", "");
        let run = test.run();
        assert_eq!(run.status, 2, "{target}: {}", run.stderr);
        assert!(run.stderr.contains("help:"), "{}", run.stderr);
        assert!(!test.path(target).exists(), "{target} written");
        // The hint names every extension that is accepted.
        if target != "-" {
            for extension in [".json", ".jsonl", ".xml", ".junit", ".md", ".txt"] {
                assert!(
                    run.stderr.contains(extension),
                    "{extension}: {}",
                    run.stderr
                );
            }
        }
    }
    let test = one_pass_one_fail()
        .args(["check", "--output", "out/report.yaml", "--format", "JSON"])
        .file("out/.keep", "");
    let run = test.run();
    assert_eq!(run.status, 1, "{}", run.stderr);
    let saved = std::fs::read_to_string(test.path("out/report.yaml")).unwrap_or_default();
    assert!(saved.starts_with("{\n  \"documents\""), "{saved}");
    let (_, junit) = check_with_output("out/report.junit");
    assert!(junit.starts_with("<?xml"), "{junit}");
}

#[test]
fn json_lines_to_a_file_print_the_table() {
    let (_, saved) = check_with_output("out/report.jsonl");
    let last = saved.lines().last().unwrap_or_default();
    let summary: serde_json::Value = serde_json::from_str(last).unwrap_or_default();
    assert_eq!(summary["summary"]["failed"], 1, "{saved}");
}

#[test]
fn output_never_overwrites_the_claims_or_a_document() {
    for target in ["claims.yaml", "seeds/ap.txt"] {
        let test = one_pass_one_fail().args(["check", "--output", target]);
        let before = std::fs::read(test.path(target)).unwrap_or_default();
        let run = test.run();
        assert_eq!(run.status, 2, "{}", run.stderr);
        assert!(run.stderr.contains("would overwrite"), "{}", run.stderr);
        assert_eq!(std::fs::read(test.path(target)).unwrap_or_default(), before);
    }
}

#[test]
fn output_is_never_written_where_the_next_check_would_read_it() {
    for (target, refusal) in [
        ("seeds/summary.md", "among the source documents"),
        // With an extension documents do not have, every later check would warn that it
        // skips it (and `lint --deny-warnings` would fail).
        ("seeds/report.json", "in the sources folder"),
    ] {
        let test = one_pass_one_fail().args(["check", "--output", target]);
        let run = test.run();
        assert_eq!(run.status, 2, "{}", run.stderr);
        assert!(run.stderr.contains(refusal), "{target}: {}", run.stderr);
        assert!(!test.path(target).exists(), "{target}");
        // The example keeps the file's name, and so the format asked for.
        let name = target.trim_start_matches("seeds/");
        assert!(
            run.stderr.contains(&format!("e.g. --output {name}")),
            "{}",
            run.stderr
        );
    }
    // With the sources in the claims file's own folder (`sources: .`, as `init` writes
    // it), the example is outside it; `--output -` is told it means standard output.
    let here = Test::new()
        .file(
            "claims.yaml",
            "sources: .\nclaims:\n  - id: a\n    claim: A.\n    support: ['signed']\n",
        )
        .file("ap.txt", "The pact was signed.\n");
    let run = here.run_args(&["check", "--output", "r.json"]);
    run.assert_refused("e.g. --output ../r.json");
    let run = here.run_args(&["check", "--output", "-"]);
    run.assert_refused("`--output -` would write a file named `-`");
    // Beside the sources, it is written.
    let test = one_pass_one_fail().args(["check", "--output", "summary.md"]);
    let run = test.run();
    assert!(run.status <= 1, "{}", run.stderr);
    assert!(test.path("summary.md").exists());
}

/// An `--output` whose folder does not exist fails before any document is read, not after
/// a long run: no warning about a document comes before the error.
#[test]
fn an_unwritable_output_fails_before_the_check() {
    let check_to = |output: &str| {
        one_pass_one_fail()
            .file(
                "seeds/latin1.txt",
                b"The pact was signed in Pyongyang \xe0 l'aube.\n",
            )
            .args(["check", "--output", output])
            .run()
    };
    let run = check_to("missing/report.json");
    run.assert_refused("error: cannot write missing/report.json");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    // The same project with a writable output reads the document, and says how.
    let run = check_to("report.json");
    assert!(run.stderr.contains("latin1"), "{}", run.stderr);
}

/// `--output` never replaces a file factcheck did not write (a user's notes), and a folder
/// is refused before the check, with the file to name instead; a report it wrote is
/// replaced, in every format.
#[test]
fn output_replaces_only_its_own_reports() {
    let test = one_pass_one_fail()
        .file("notes.md", b"my notes\n")
        .file("empty.json", b"")
        .file("adir/keep.txt", b"kept\n");
    for (output, says) in [
        (
            "notes.md",
            "--output notes.md is a file factcheck did not write",
        ),
        ("adir", "--output adir names a folder, not a report file"),
        ("adir/", "e.g. --output adir/report.json"),
        ("new.json/", "--output new.json/ names a folder"),
    ] {
        let run = test.run_args(&["check", "--output", output]);
        run.assert_refused(says);
        assert!(
            run.stdout.is_empty(),
            "refused before the check: {}",
            run.stdout
        );
    }
    assert_eq!(
        std::fs::read_to_string(test.path("notes.md"))
            .ok()
            .as_deref(),
        Some("my notes\n")
    );
    for output in ["empty.json", "r.json", "r.md", "r.txt", "r.junit"] {
        for _ in 0..2 {
            let run = test.run_args(&["check", "--output", output]);
            assert!(run.status <= 1, "{output}: {}", run.stderr);
        }
    }
    for _ in 0..2 {
        let run = test.run_args(&["check", "--format", "jsonl", "--output", "r.jsonl"]);
        assert!(run.status <= 1, "jsonl: {}", run.stderr);
    }
}

/// The per-claim test harness, as a user's repository runs it (examples/claims_harness.rs).
fn harness(test: &Test, args: &[&str]) -> crate::support::Run {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_factcheck"));
    let example = bin
        .with_file_name("examples")
        .join(format!("claims_harness{}", std::env::consts::EXE_SUFFIX));
    let output = std::process::Command::new(&example)
        .args(args)
        .current_dir(test.path(""))
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "running {}: {e} (cargo test builds examples first)",
                example.display()
            )
        });
    crate::support::Run {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn harness_runs_one_test_per_claim_and_fails_with_101() {
    let test = one_pass_one_fail();
    let run = harness(&test, &[]);
    assert_eq!(run.status, 101, "{}{}", run.stdout, run.stderr);
    // libtest aligns the names, so compare words.
    let line = |name: &str| {
        run.stdout
            .lines()
            .find(|l| l.split_whitespace().nth(1) == Some(name))
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    assert_eq!(
        line("signed").as_deref(),
        Some("test signed ... ok"),
        "{}",
        run.stdout
    );
    assert_eq!(
        line("ratified").as_deref(),
        Some("test ratified ... FAILED"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("claim `ratified` (claims.yaml:7) failed:"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("support match negated by \"was not\""),
        "{}",
        run.stdout
    );
}

#[test]
fn harness_lists_filters_and_matches_exactly() {
    let test = one_pass_one_fail();
    let list = harness(&test, &["--list"]);
    assert_eq!(list.status, 0);
    assert_eq!(
        list.stdout
            .lines()
            .filter(|l| l.ends_with(": test"))
            .count(),
        2,
        "{}",
        list.stdout
    );
    let filtered = harness(&test, &["sign"]);
    assert_eq!(filtered.status, 0, "{}", filtered.stdout);
    assert!(
        filtered.stdout.contains("1 passed; 0 failed")
            && filtered.stdout.contains("1 filtered out"),
        "{}",
        filtered.stdout
    );
    let exact = harness(&test, &["--exact", "sign"]);
    assert!(
        exact.stdout.contains("0 passed; 0 failed"),
        "{}",
        exact.stdout
    );
}

/// The seeds checked twice: keeping every piece of evidence in the report, and spilling it
/// to a real file (`file`, read back at offsets) as the CLI does for JSON and JUnit, the
/// second report folded to counts from `fold_from` documents on. Returns the report that
/// kept it, the one that did not, and the spill.
fn seeds_kept_and_spilled(
    file: &str,
    fold_from: usize,
) -> (
    factcheck::Report,
    factcheck::Report,
    factcheck::render::json::EvidenceSpill,
) {
    use factcheck::project::{FileSpill, Project};
    use factcheck::render::json::EvidenceSpill;
    let dir = crate::support::project_dir();
    let open = || {
        Project::open(&dir.join("claims.yaml"), None)
            .unwrap_or_else(|problems| panic!("{problems:?}"))
    };
    let mut keeping = open();
    keeping.checker.keep_evidence(true);
    let (kept, _) = keeping.check();

    let mut spilling = open();
    spilling.fold_from(fold_from);
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(file);
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let claims = spilling.checker.file.claims.len();
    let mut spill = EvidenceSpill::new(Box::new(FileSpill::new(file)), claims);
    let (without_evidence, _, spilled) = spilling.check_spilling(None, &|_| {}, &mut spill);
    assert!(spilled.is_ok(), "{spilled:?}");
    assert!(
        without_evidence
            .claims
            .iter()
            .all(|c| !c.verdicts.has_evidence()),
        "the report itself keeps no evidence"
    );
    (kept, without_evidence, spill)
}

/// The CLI's JSON report spills each document's evidence to a temporary file as it is
/// checked: on the seeds, written from the spill, it is byte for byte the report that kept
/// every piece of evidence in memory.
#[test]
fn json_from_spilled_evidence_is_the_report_that_kept_it() {
    use factcheck::render::json;
    let (kept, without_evidence, mut spill) =
        seeds_kept_and_spilled("spilled-for-json", usize::MAX);
    let kept = json::render(&kept);
    let mut written = Vec::new();
    json::write_spilled(&without_evidence, &mut spill, &mut written)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        kept.matches("\"matched\"").count() > 50,
        "the seeds have evidence"
    );
    assert_eq!(String::from_utf8_lossy(&written), kept);
}

/// The CLI's JSON report is folded to counts as documents are checked (`Report::folded`):
/// the spill keeps each document, its verdicts and its evidence, and the report written
/// from it is byte for byte the one that kept everything, however soon it folds.
#[test]
fn json_of_a_report_folded_to_counts_is_the_report_that_kept_everything() {
    use factcheck::render::json;
    for fold_from in [0, 2] {
        let file = format!("spilled-folded-from-{fold_from}");
        let (kept, folded, mut spill) = seeds_kept_and_spilled(&file, fold_from);
        assert_eq!(folded.folded, Some(kept.documents.len()));
        assert!(
            folded.documents.is_empty(),
            "a folded report lists no documents"
        );
        let mut written = Vec::new();
        json::write_spilled(&folded, &mut spill, &mut written).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            String::from_utf8_lossy(&written),
            json::render(&kept),
            "folded from {fold_from}"
        );
    }
}

/// JUnit's failure details quote evidence, read back one claim at a time from the spill:
/// every claim's excerpt explains itself as the claim that kept its evidence does, from a
/// real file, the report folded to counts or not.
#[test]
fn claims_read_back_from_the_spill_explain_as_the_kept_ones() {
    use factcheck::render::explain::{self, Unlisted};
    use factcheck::render::Style;
    let style = Style {
        color: false,
        width: 100,
    };
    for fold_from in [usize::MAX, 0] {
        let file = format!("spilled-for-junit-folded-from-{fold_from}");
        let (kept, without_evidence, mut spill) = seeds_kept_and_spilled(&file, fold_from);
        let claims = spill
            .claims_of(&without_evidence)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut quoted = 0;
        for (i, kept_claim) in kept.claims.iter().enumerate() {
            let (excerpt, read, unlisted) = claims
                .excerpt(&without_evidence, i)
                .unwrap_or_else(|e| panic!("{}: {e}", kept_claim.id));
            quoted += (0..read.verdicts.len())
                .map(|d| read.verdicts.evidence(d).len())
                .sum::<usize>();
            assert_eq!(
                explain::render_failure(&excerpt, &read, unlisted, style),
                explain::render_failure(&kept, kept_claim, Unlisted::default(), style),
                "{}",
                kept_claim.id
            );
        }
        assert!(quoted > 50, "the seeds have evidence: {quoted}");
    }
}

/// A CI timeout (SIGTERM) or Ctrl-C during `--output` removes the half-written temporary
/// file and exits with 130, instead of leaving a hidden `.FILE.<pid>.tmp` behind.
#[cfg(unix)]
#[test]
fn an_interrupted_output_leaves_no_temporary_file() {
    use std::time::{Duration, Instant};
    let folder = crate::support::corpus_folder(800, 60);
    let leftovers = || -> Vec<String> {
        std::fs::read_dir(folder.dir())
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
            })
            .into_iter()
            .flatten()
            .filter(|name| name.ends_with(".tmp"))
            .collect()
    };
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(["check", "--output", "report.jsonl"])
        .current_dir(folder.dir())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    // JSON Lines are written to the temporary file as documents are checked.
    let started = Instant::now();
    while leftovers().is_empty() && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(2));
    }
    assert!(!leftovers().is_empty(), "the run never started writing");
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    assert!(sent.is_ok_and(|s| s.success()), "kill -TERM failed");
    let status = child.wait().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(status.code(), Some(130), "interrupted while writing");
    assert_eq!(leftovers(), Vec::<String>::new());
    assert!(!folder.path("report.jsonl").exists(), "no half report");
}

/// `--output /dev/stdout` (or any device or pipe) is refused before the run: the report is
/// renamed into place, which replaced the device with a file (a fuzzer's run).
#[test]
fn output_to_a_device_is_refused() {
    for device in ["/dev/stdout", "/dev/null"] {
        one_pass_one_fail()
            .args(["check", "--output", device])
            .run()
            .assert_refused("is not a report file (a device, a pipe or a link to one)");
    }
    assert!(std::fs::metadata("/dev/null").is_ok_and(|m| !m.is_file()));
    // Standard output redirected to a file: /dev/stdout then links to a regular file in
    // /proc, and is refused all the same.
    one_pass_one_fail()
        .run_into_file(&["check", "--output", "/dev/stdout"], "out.txt")
        .assert_refused("is not a report file");
    // A folder under /dev that holds files (a tmpfs) takes a report like any other.
    let shm = std::path::Path::new("/dev/shm");
    if shm.is_dir() {
        let report = shm.join(format!("factcheck-test-{}.json", std::process::id()));
        let run = one_pass_one_fail()
            .args(["check", "--output", &report.display().to_string()])
            .run();
        let written = report.is_file();
        let _ = std::fs::remove_file(&report);
        assert_eq!(run.status, 1, "{}", run.stderr);
        assert!(written);
    }
}
