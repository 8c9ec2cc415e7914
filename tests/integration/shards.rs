//! `check --shard K/N` and `merge`: the shards of a run, merged, give the table, the JSON and
//! the exit status of the unsharded run.

use crate::support::{Run, Test};

/// Runs `check` (with `args`) unsharded and as `n` shards merged, in the folder `project`
/// makes, and asserts that the table, the JSON and the exit status are the same.
fn merged_equals_unsharded(project: impl Fn() -> Test, n: usize, args: &[&str]) {
    let check = |format: &str, shard: Option<String>| {
        let mut test = project()
            .args(["check", "--format", format])
            .args(args.iter().copied());
        if let Some(shard) = shard {
            test = test.args(["--shard".to_string(), shard]);
        }
        test.run()
    };
    let mut outputs = Test::new();
    let mut names = Vec::new();
    for k in 1..=n {
        let run = check("json", Some(format!("{k}/{n}")));
        // A shard cannot know whether expectations are met: `merge` decides, so it passes.
        assert_eq!(run.status, 0, "shard {k}/{n}: {}", run.stderr);
        assert!(
            run.stderr.contains("decided by `factcheck merge`"),
            "shard {k}/{n} says who decides: {}",
            run.stderr
        );
        let name = format!("shard-{k}.json");
        outputs = outputs.file(&name, &run.stdout);
        names.push(name);
    }
    // `temporary`: whether merge can make the temporary file that JSON and JUnit keep
    // their evidence in (else it keeps it in memory).
    let merge = |format: &str, temporary: bool| -> Run {
        let mut test = Test::new().args(["merge", "--format", format]);
        for name in &names {
            test = test.args([outputs.dir().join(name).display().to_string()]);
        }
        if !temporary {
            test = test.env("TMPDIR", "/nonexistent/factcheck-test");
        }
        test.run()
    };
    for (format, temporary) in [
        ("json", true),
        ("json", false),
        ("junit", true),
        ("junit", false),
        ("table", true),
        ("markdown", true),
        ("jsonl", true),
        ("jsonl", false),
    ] {
        let whole = check(format, None);
        let merged = merge(format, temporary);
        assert!(whole.status <= 1, "{}", whole.stderr);
        // Nothing on standard error but, for a report that is not the table, the claims
        // that failed and why, as `check` states them (after its warnings).
        let said = |run: &Run| -> String {
            let from = run
                .stderr
                .find(" claims failed (")
                .map_or(run.stderr.len(), |at| {
                    run.stderr[..at].rfind('\n').map_or(0, |line| line + 1)
                });
            run.stderr[from..].to_string()
        };
        assert_eq!(
            said(&merged),
            merged.stderr,
            "merge {format}: only the failures"
        );
        assert_eq!(said(&merged), said(&whole), "merge {format}");
        assert_eq!(merged.status, whole.status, "exit status, {format}");
        // JUnit names its suite after the claims file, which merge calls `merged`.
        let suite = |run: &Run| -> String {
            let name = run
                .stdout
                .split("<testsuite name=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or("");
            run.stdout.replacen(
                &format!("<testsuite name=\"{name}\""),
                "<testsuite name=\"…\"",
                1,
            )
        };
        let (merged_out, whole_out) = (suite(&merged), suite(&whole));
        assert!(
            merged_out == whole_out,
            "{n} shards merged as {format} (temporary file: {temporary}) differ:\n{}\n---\n{}",
            merged_out,
            whole_out
        );
    }
    // One merge writes every format, each file the one a merge of that format alone writes.
    let files = ["m.json", "m.xml", "m.jsonl", "m.md", "m.txt"];
    let merge_into = |files: &[&str]| {
        let mut test = Test::new_in(&outputs).args(["merge"]);
        for name in &names {
            test = test.args([name.as_str()]);
        }
        for file in files {
            test = test.args(["--output", file]);
        }
        test.run()
    };
    let all = merge_into(&files);
    for file in files {
        let written = outputs.read(file);
        let alone = merge_into(&[file]);
        assert_eq!(alone.status, all.status, "{}", alone.stderr);
        assert_eq!(alone.stdout, all.stdout, "the table");
        assert!(!written.is_empty(), "{file}");
        assert_eq!(written, outputs.read(file), "{file}");
    }
}

#[test]
fn merged_shards_of_the_seeds_equal_the_unsharded_run() {
    for n in [2, 3, 7] {
        merged_equals_unsharded(Test::in_project, n, &[]);
    }
    // A selection of claims merges the same way.
    merged_equals_unsharded(Test::in_project, 2, &["--tag", "numbers"]);
}

#[test]
fn merged_shards_of_a_generated_corpus_equal_the_unsharded_run() {
    let folder = crate::support::corpus_folder(300, 60);
    // Each run starts in a fresh folder and names the claims file (its sources are beside it).
    let claims = folder.dir().join("claims.yaml").display().to_string();
    merged_equals_unsharded(Test::new, 4, &["--claims", &claims]);
}

#[test]
fn a_shard_that_does_not_exist_is_a_usage_error() {
    for (shard, message) in [
        (
            "3/2",
            "shard `3/2` does not exist: K must be between 1 and N (here 2)",
        ),
        ("0/2", "shard `0/2` does not exist"),
        (
            "x",
            "`x` is not a shard: write K/N, such as 1/4 (shard 1 of 4)",
        ),
        ("1/", "`1/` is not a shard"),
    ] {
        let run = Test::in_project().args(["check", "--shard", shard]).run();
        assert_eq!(run.status, 2, "--shard {shard}");
        assert!(
            run.stderr.contains(message),
            "--shard {shard}: {}",
            run.stderr
        );
    }
}

#[test]
fn merging_the_same_shard_twice_is_an_error() {
    let shard = seeds_shard_reports(2).read("s1.json");
    let folder = Test::new().file("a.json", &shard).file("b.json", &shard);
    let run = folder.args(["merge", "a.json", "b.json"]).run();
    assert_eq!(run.status, 2);
    // Named as the same shard, not as the documents the two share.
    assert!(
        run.stderr
            .contains("shard 1/2 is given twice: a.json and b.json"),
        "{}",
        run.stderr
    );
}

/// One file given twice, and a whole run's report given twice (no shard to name), are
/// said to be given twice, not to share documents; a report cut short says so.
#[test]
fn a_report_given_twice_or_cut_short_says_so() {
    let folder = seeds_shard_reports(2);
    let run = folder
        .args(["merge", "s1.json", "./s1.json", "s2.json"])
        .run();
    run.assert_refused("./s1.json is given twice (also as s1.json)");
    let whole = Test::in_project().args(["check", "--format", "json"]).run();
    let run = Test::new()
        .file("full.json", &whole.stdout)
        .args(["merge", "full.json", "full.json"])
        .run();
    assert!(
        run.stderr.contains("full.json is given twice"),
        "{}",
        run.stderr
    );
    let half = whole.stdout.chars().count() / 2;
    let cut: String = whole.stdout.chars().take(half).collect();
    let run = Test::new()
        .file("cut.json", &cut)
        .args(["merge", "cut.json"])
        .run();
    run.assert_refused("the report stops in the middle");
    // A report that is empty (a job that wrote nothing) says so.
    let run = Test::new()
        .file("empty.json", "")
        .args(["merge", "empty.json"])
        .run();
    run.assert_refused("error: empty.json is empty");
    run.assert_refused("or a shell redirect (`> FILE`) emptied it");
}

/// `merge s1.json s2.json > s2.json`: the shell empties s2.json before merge runs; merge
/// says that standard output is the report, not that the report is empty or cut short.
#[test]
fn merging_into_a_report_being_merged_through_the_shell_says_so() {
    let folder = seeds_shard_reports(2);
    let run = folder.run_into_file(&["merge", "s1.json", "s2.json"], "s2.json");
    run.assert_refused(
        "error: standard output is s2.json, a report being merged: the shell opened it for the merged report (`>` empties it)",
    );
}

#[test]
fn merging_a_json_lines_report_says_which_report_merge_reads() {
    let shard = Test::in_project()
        .args(["check", "--format", "jsonl", "--shard", "1/2"])
        .run();
    let run = Test::new()
        .file("a.jsonl", &shard.stdout)
        .args(["merge", "a.jsonl"])
        .run();
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .contains("a.jsonl is a JSON Lines report, not a JSON report"),
        "{}",
        run.stderr
    );
}

/// A CI matrix whose one job failed to upload its report must not merge into a report that
/// passes claims the missing documents would fail: merge names the missing shard.
#[test]
fn merging_without_a_shard_names_the_missing_one() {
    let folder = seeds_shard_reports(3);
    for k in 1..=3 {
        let report = folder.read(&format!("s{k}.json"));
        assert!(
            report.contains(&format!(
                "\"shard\": {{\n    \"index\": {k},\n    \"count\": 3\n  }}"
            )),
            "a shard's report says which shard it is: {}",
            &report[report.len().saturating_sub(200)..]
        );
    }
    let run = folder.args(["merge", "s1.json", "s3.json"]).run();
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(run.stdout.is_empty(), "no report: {}", run.stdout);
    assert!(run.stderr.contains("shard 2/3 missing"), "{}", run.stderr);
}

/// A shard cannot know whether a claim meets its expectation, so its table, Markdown and
/// JUnit do not pass or fail claims: they say that merge decides, and JUnit skips every
/// case, so a CI matrix that uploads each shard's JUnit shows no false failures.
#[test]
fn a_shard_neither_passes_nor_fails_claims() {
    let shard = |format: &str| {
        Test::in_project()
            .args(["check", "--shard", "1/3", "--format", format])
            .run()
    };
    let table = shard("table");
    assert_eq!(table.status, 0, "{}", table.stderr);
    assert!(!table.stdout.contains("FAIL"), "{}", table.stdout);
    assert!(!table.stdout.contains("PASS"), "{}", table.stdout);
    assert!(
        table
            .stdout
            .contains("shard 1/3 (2 documents): expectations are decided by"),
        "{}",
        table.stdout
    );
    assert_eq!(table.stderr, "", "the table says it; stderr need not");
    let junit = shard("junit");
    let claims = crate::support::seed_claims();
    let skipped = format!("failures=\"0\" errors=\"0\" skipped=\"{claims}\"");
    assert!(junit.stdout.contains(&skipped), "{}", junit.stdout);
    assert_eq!(junit.stdout.matches("<skipped message=").count(), claims);
    assert!(!junit.stdout.contains("<failure"), "{}", junit.stdout);
    let markdown = shard("markdown");
    assert!(
        markdown.stdout.starts_with("## factcheck: shard 1/3"),
        "{}",
        markdown.stdout
    );
    assert!(!markdown.stdout.contains("FAIL"), "{}", markdown.stdout);
    // JSON Lines' summary line says it is a shard's, and the note goes to stderr.
    let lines = shard("jsonl");
    assert_eq!(lines.status, 0, "{}", lines.stderr);
    let summary = lines.stdout.lines().last().unwrap_or("");
    assert!(
        summary.ends_with(r#""shard":{"index":1,"count":3}}"#),
        "{summary}"
    );
    assert!(
        lines.stderr.contains("decided by `factcheck merge`"),
        "{}",
        lines.stderr
    );
}

/// A shard checked with another claims file (a stale CI artifact from another commit)
/// must not merge: its claims may read the same and count numbers differently.
#[test]
fn shards_of_different_claims_files_do_not_merge() {
    let claims = std::fs::read_to_string(crate::support::project_dir().join("claims.yaml"))
        .unwrap_or_default();
    let edited = claims.replacen("number: 24", "number: 25", 1);
    assert_ne!(edited, claims, "the seeds' claims pin a number to edit");
    let seeds = crate::support::project_dir()
        .join("seeds")
        .display()
        .to_string();
    let shard = |k: usize, claims: &str| {
        Test::new()
            .file("claims.yaml", claims)
            .args(["check", "--format", "json", "--sources", &seeds])
            .args(["--shard", &format!("{k}/2")])
            .run()
            .stdout
    };
    let refused = merge_refused(&shard(1, &claims), &shard(2, &edited));
    assert!(
        refused.contains("s2.json was checked with another claims file than s1.json"),
        "{refused}"
    );
}

/// Merges two shard reports, saved as s1.json and s2.json, which must be refused (exit 2);
/// returns what merge said.
fn merge_refused(first: &str, second: &str) -> String {
    let run = Test::new()
        .file("s1.json", first)
        .file("s2.json", second)
        .args(["merge", "s1.json", "s2.json"])
        .run();
    assert_eq!(run.status, 2, "{}", run.stderr);
    run.stderr
}

/// A shard checked over other documents (another checkout, another `--sources`) must not
/// merge: its verdicts would merge into the wrong run's without a word.
#[test]
fn shards_of_different_documents_do_not_merge() {
    let claims = crate::support::project_dir().join("claims.yaml");
    let claims = std::fs::read_to_string(claims).unwrap_or_default();
    let seeds = crate::support::project_dir().join("seeds");
    let shard = |k: usize, folder: Test| {
        folder
            .file("claims.yaml", &claims)
            .args(["check", "--format", "json", "--shard", &format!("{k}/2")])
            .run()
            .stdout
    };
    let copy = |folder: Test| {
        let mut folder = folder;
        for entry in std::fs::read_dir(&seeds).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            folder = folder.file(&format!("seeds/{name}"), &text);
        }
        folder
    };
    // Shard 2 of a folder with one more report (another checkout).
    let first = shard(1, copy(Test::new()));
    let second = shard(
        2,
        copy(Test::new()).file("seeds/zz.txt", "Russia and North Korea signed a pact."),
    );
    let refused = merge_refused(&first, &second);
    assert!(
        refused.contains("s2.json was checked over other documents than s1.json"),
        "{refused}"
    );
    assert!(refused.contains("--sources"), "{refused}");
}

/// Shard 1/1 holds every document, so it decides like the whole run it is.
#[test]
fn shard_one_of_one_is_the_whole_run() {
    let project = || {
        Test::new()
            .file(
                "claims.yaml",
                "claims:\n  - id: signed\n    claim: The pact was signed.\n    support: ['ratified']\n",
            )
            .file("seeds/ap.txt", "The pact was signed on Wednesday.\n")
    };
    let whole = project().args(["check", "--format", "json"]).run();
    let one = project()
        .args(["check", "--format", "json", "--shard", "1/1"])
        .run();
    assert_eq!(whole.status, 1, "{}", whole.stderr);
    assert_eq!(one.status, 1, "a failing claim fails: {}", one.stderr);
    assert_eq!(one.stdout, whole.stdout);
    assert!(!one.stdout.contains("\"shard\""), "{}", one.stdout);
}

/// `merge --output merged.json` writes the merged JSON and prints the table, as `check
/// --output` does, and never overwrites a report it merges.
#[test]
fn merge_writes_its_report_to_a_file_and_prints_the_table() {
    let folder = seeds_shard_reports(2);
    let whole = Test::in_project().args(["check", "--format", "json"]).run();
    let merge = |output: &str| {
        Test::new_in(&folder)
            .args(["merge", "s1.json", "s2.json", "--output", output])
            .run()
    };
    let run = merge("merged.json");
    assert_eq!(run.status, whole.status, "{}", run.stderr);
    // The table is printed (whatever the seeds say: an editor may have changed one).
    let claims = format!("{} claims: ", crate::support::seed_claims());
    assert!(run.stdout.contains(&claims), "{}", run.stdout);
    assert_eq!(folder.read("merged.json"), whole.stdout);
    let before = folder.read("s1.json");
    let run = merge("s1.json");
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("would overwrite a report being merged"),
        "{}",
        run.stderr
    );
    assert_eq!(folder.read("s1.json"), before);
    // A folder that does not exist is an error before any report is read.
    merge("missing/merged.json").assert_refused("error: cannot write missing/merged.json");
}

/// A folder holding the seeds' shard reports `s1.json` … `sN.json`, as `check --shard k/N
/// --format json` writes them.
fn seeds_shard_reports(n: usize) -> Test {
    (1..=n).fold(Test::new(), |folder, k| {
        let shard = Test::in_project()
            .args(["check", "--format", "json", "--shard", &format!("{k}/{n}")])
            .run();
        folder.file(&format!("s{k}.json"), &shard.stdout)
    })
}

/// Whole runs' reports merge as given, but a document in two of them is an error that
/// names both, whether the merge keeps every document (the table of a few) or folds to
/// counts with its documents in a temporary file (JSON, Markdown).
#[test]
fn a_document_in_two_whole_runs_reports_is_named() {
    let run = |seeds: &[(&str, &str)]| {
        let mut project = Test::new().file(
            "claims.yaml",
            "claims:\n  - id: signed\n    claim: The pact was signed.\n    support: ['signed']\n",
        );
        for (name, text) in seeds {
            project = project.file(&format!("seeds/{name}.txt"), text);
        }
        project.args(["check", "--format", "json"]).run().stdout
    };
    let first = run(&[("ap", "The pact was signed."), ("bbc", "Nothing.")]);
    let second = run(&[("bbc", "Nothing."), ("cnn", "Signed today.")]);
    let third = run(&[("ap", "Signed."), ("cnn", "Signed today.")]);
    let folder = Test::new()
        .file("a.json", &first)
        .file("b.json", &second)
        .file("c.json", &third);
    for format in ["table", "json", "markdown", "junit", "jsonl"] {
        let merge = |reports: &[&str]| {
            Test::new_in(&folder)
                .args(["merge", "--format", format])
                .args(reports.iter().copied())
                .run()
        };
        merge(&["a.json", "b.json"])
            .assert_refused("error: document `bbc` is in both a.json and b.json\n");
        // The first such document in id order, whatever the format.
        merge(&["a.json", "b.json", "c.json"]).assert_refused(
            "error: document `ap` is in both a.json and c.json (and 2 more documents)\n",
        );
    }
}
