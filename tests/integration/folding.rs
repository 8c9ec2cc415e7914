//! A run folded to counts (`Project::fold_from`, `Report::folded`): the table and JSON
//! Lines of tens of thousands of documents need no document's own verdict, so the report
//! keeps counts, and prints what the full report prints.

use crate::support::Test;
use factcheck::corpus::Corpus;
use factcheck::project::Project;
use factcheck::render::{table, Style};
use factcheck::report::Shard;

/// A folder holding a generated corpus of `documents` documents and `claims` claims.
fn corpus_folder(documents: usize, claims: usize) -> Test {
    let corpus = Corpus::new(documents, claims);
    let mut folder = Test::new().file("claims.yaml", corpus.claims_yaml());
    for i in 0..corpus.documents {
        folder = folder.file(
            &format!("seeds/{}.txt", corpus.document_id(i)),
            corpus.document(i),
        );
    }
    folder
}

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

/// From `table::FOLD_MIN` documents, the CLI folds the table's report: it prints the very
/// table that the full report (kept for a JSON report) prints beside `--output`.
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
    let folded = folder.run_args(&["check"]);
    let full = folder.run_args(&["check", "--format", "json", "--output", "report.json"]);
    assert_eq!(folded.status, 1, "{}", folded.stderr);
    assert_eq!(full.status, folded.status);
    assert_eq!(folded.stdout, full.stdout);
    let shown = folded.stdout.replace('\n', " ");
    for says in [
        "32768 documents are too many for one column each: counts per verdict shown",
        "│ rose  ┆8192┆8192┆8192┆8192┆16384┆16384┆  FAIL  │",
        "expected d00006 to be contradicts, found mixed",
    ] {
        assert!(shown.contains(says), "{says}\n{}", folded.stdout);
    }
}
