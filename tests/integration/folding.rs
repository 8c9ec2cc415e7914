//! A run folded to counts (`Project::fold_from`, `Report::folded`): the table and JSON
//! Lines of tens of thousands of documents need no document's own verdict, so the report
//! keeps counts, and prints what the full report prints.

use crate::support::{corpus_folder, Test};
use factcheck::project::Project;
use factcheck::render::{markdown, table, Style};
use factcheck::report::Shard;

/// The table without the note under it, which says how the counts were chosen: a full
/// report of fewer than `table::FOLD_MIN` documents says how wide a column each would be,
/// which a folded one cannot know.
fn without_note(table: &str) -> String {
    let (grid, rest) = table.split_once("┘\n").unwrap_or((table, ""));
    let after_note = rest.split_once("\n\n").map_or("", |(_, after)| after);
    format!("{grid}┘\n…\n{after_note}")
}

#[test]
fn a_folded_run_prints_the_table_and_json_lines_of_the_full_run() {
    let folder = corpus_folder(300, 60);
    let open = |fold: bool| {
        let mut project = Project::open(&folder.path("claims.yaml"), None)
            .unwrap_or_else(|problems| panic!("{problems:?}"));
        if fold {
            project.fold_from(0);
        }
        project
    };
    let (full, folded) = (open(false), open(true));
    for shard in [None, Some(Shard { index: 2, count: 3 })] {
        let (full_report, _) = full.check_with(shard, &|_| {});
        let (folded_report, _) = folded.check_with(shard, &|_| {});
        assert_eq!(folded_report.folded, Some(full_report.documents.len()));
        assert!(folded_report.documents.is_empty());
        assert_eq!(folded_report.summary, full_report.summary);
        assert!(
            full_report.claims.iter().any(|c| !c.failures.is_empty()),
            "some claim fails, so failures are compared"
        );
        for (folded, full) in folded_report.claims.iter().zip(&full_report.claims) {
            assert_eq!(
                (folded.verdict_counts(), folded.passed, &folded.failures),
                (full.verdict_counts(), full.passed, &full.failures),
                "{}",
                full.id
            );
        }
        let folded_markdown = markdown::render(&folded_report);
        assert_eq!(folded_markdown, markdown::render(&full_report), "{shard:?}");
        // Counts are never unexpected: their key has no `!`.
        assert!(folded_markdown.contains("\n✓ supports, ✗ contradicts, ± mixed, · omits\n"));
        assert!(!folded_markdown.contains("not the verdict expected"));
        let full_table = table::render(&full_report, Style::PLAIN);
        assert!(
            full_table
                .replace('\n', " ")
                .contains("counts per verdict shown"),
            "{full_table}"
        );
        assert_eq!(
            without_note(&table::render(&folded_report, Style::PLAIN)),
            without_note(&full_table),
            "{shard:?}"
        );

        let lines = |project: &Project| {
            let mut out = Vec::new();
            let (_, _, written) = project.check_streaming(shard, &|_| {}, &mut out);
            assert!(written.is_ok());
            String::from_utf8(out).unwrap_or_else(|e| panic!("{e}"))
        };
        let full_lines = lines(&full);
        assert_eq!(full_lines.lines().count(), full_report.documents.len() + 1);
        assert_eq!(lines(&folded), full_lines, "{shard:?}");
    }
}

/// A run folds once it has checked as many documents as `fold_from` says, not once it has
/// listed them: a skipped file is no document of the report.
#[test]
fn a_run_folds_on_the_documents_it_checked_not_those_it_listed() {
    let folder = corpus_folder(40, 10).file("seeds/binary.txt", b"\0\0\0".as_slice());
    let mut project = Project::open(&folder.path("claims.yaml"), None)
        .unwrap_or_else(|problems| panic!("{problems:?}"));
    assert_eq!(project.files.len(), 41);
    for (fold_from, folded) in [(41, None), (40, Some(40)), (39, Some(40))] {
        project.fold_from(fold_from);
        let (report, _) = project.check();
        assert_eq!(report.folded, folded, "{fold_from}");
        assert_eq!(report.document_count(), 40);
        assert!(report.warnings.iter().any(|w| w.contains("binary.txt")));
    }
}

/// From `table::FOLD_MIN` documents checked, the CLI folds the table's report and that of
/// JSON Lines: it prints the very table that the full report (kept for a JSON report)
/// prints beside `--output`, and the JSON Lines' summary decides each claim as the JSON
/// report does. A file skipped (binary) is not counted, and the list of documents, longer
/// than `sources::SORTED_IN_MEMORY`, is sorted on disk.
#[test]
fn the_cli_folds_tens_of_thousands_of_documents_and_prints_the_same_table() {
    let mut folder = Test::new().file(
        "claims.yaml",
        "claims:\n  - id: rose\n    claim: Sales rose.\n    support: ['sales rose']\n    \
         contradict: ['sales fell']\n    expect:\n      supports: '>= 1'\n      \
         documents:\n        d00006: contradicts\n",
    );
    let text = [
        "Sales rose.",
        "Sales fell.",
        "Sales fell. Sales rose.",
        "Nothing.",
    ];
    for i in 0..table::FOLD_MIN {
        folder = folder.file(&format!("seeds/d{i:05}.txt"), text[i % text.len()]);
    }
    const { assert!(table::FOLD_MIN >= factcheck::sources::SORTED_IN_MEMORY) };
    folder = folder.file("seeds/binary.txt", b"\0\0".as_slice());
    let folded = folder.run_args(&["check"]);
    // Where no temporary file can be made for the list, the run stops and says why.
    let no_room = Test::new_in(&folder)
        .env("TMPDIR", "/nonexistent/factcheck-tmp")
        .run_args(&["check"]);
    assert_eq!(no_room.status, 2, "{}", no_room.stderr);
    for says in [
        "cannot sort the list of documents",
        "set TMPDIR to a folder with room",
    ] {
        assert!(no_room.stderr.contains(says), "{says}\n{}", no_room.stderr);
    }
    let full = folder.run_args(&["check", "--format", "json", "--output", "report.json"]);
    assert_eq!(folded.status, 1, "{}", folded.stderr);
    assert_eq!(full.status, folded.status);
    assert_eq!(folded.stdout, full.stdout);
    assert!(folded.stderr.contains("binary.txt"), "{}", folded.stderr);

    let lines = folder.run_args(&["check", "--format", "jsonl"]);
    assert_eq!(lines.status, 1, "{}", lines.stderr);
    assert_eq!(lines.stdout.lines().count(), table::FOLD_MIN + 1);
    let summary: serde_json::Value = lines
        .stdout
        .lines()
        .last()
        .and_then(|line| serde_json::from_str(line).ok())
        .unwrap_or_default();
    let report: serde_json::Value =
        serde_json::from_str(&folder.read("report.json")).unwrap_or_default();
    assert_eq!(summary["summary"], report["summary"]);
    assert_eq!(
        summary["claims"][0]["failures"],
        report["claims"][0]["failures"]
    );
    let shown = folded.stdout.replace('\n', " ");
    for says in [
        "32768 documents are too many for one column each: counts per verdict shown",
        "│ rose  ┆8192┆8192┆8192┆8192┆16384┆16384┆  FAIL  │",
        "expected d00006 to be contradicts, found mixed",
    ] {
        assert!(shown.contains(says), "{says}\n{}", folded.stdout);
    }
}
