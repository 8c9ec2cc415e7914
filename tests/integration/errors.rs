//! Bad input: each gets a clear message naming file:line:column, and exit status 2.
//! Messages are snapshotted whole, carets included.

use crate::support::{project_dir, Test};

/// Runs `check` on tests/fixtures/errors/NAME.yaml and returns its standard error.
fn error_of(name: &str) -> String {
    let claims = format!("tests/fixtures/errors/{name}.yaml");
    let run = Test::in_project()
        .args(["check", "--claims", &claims])
        .run();
    assert_eq!(
        run.status, 2,
        "{name}: stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    assert!(
        run.stdout.is_empty(),
        "{name}: nothing goes to stdout on an input error"
    );
    run.stderr
}

macro_rules! snapshot_error {
    ($name:ident, $file:literal) => {
        #[test]
        fn $name() {
            crate::support::snapshot(concat!("error-", $file), &error_of($file));
        }
    };
}

snapshot_error!(yaml_syntax_error, "yaml-syntax");
// `'Putin's second summit'` (a trial's reader was told to fix the indentation): the
// apostrophe is pointed at, and the value shown with it doubled.
snapshot_error!(
    an_apostrophe_in_single_quotes_is_pointed_at,
    "apostrophe-in-quotes"
);
snapshot_error!(
    an_apostrophe_in_a_quoted_list_item_is_pointed_at,
    "apostrophe-in-flow-list"
);
// A pattern that ends in a backslash (a trial's crash): the regex's own error, placed.
snapshot_error!(
    a_pattern_ending_in_a_backslash_is_placed,
    "trailing-backslash"
);
snapshot_error!(missing_required_key, "missing-claim");
snapshot_error!(unknown_key_suggests_the_right_one, "unknown-key");
// `- {putin} visited`: YAML's own words are about indentation; the message says to quote it.
snapshot_error!(
    an_unquoted_placeholder_is_told_to_take_quotes,
    "unquoted-placeholder"
);
// `within:` beside `support:`: the hint says where it belongs.
snapshot_error!(
    within_at_claim_level_says_where_it_belongs,
    "within-at-claim-level"
);
// `number:` under a matcher: the hint says it belongs to the claim.
snapshot_error!(
    number_under_a_matcher_says_where_it_belongs,
    "number-under-a-matcher"
);
// One error: not also "has no `support:` or `contradict:` matchers".
snapshot_error!(a_misspelt_support_is_one_error, "misspelt-support");
snapshot_error!(duplicate_id, "duplicate-id");
snapshot_error!(invalid_regex_points_into_the_pattern, "bad-regex");
// Through `\\` and `''` escapes to the very character; a folded pattern at its `>-`.
snapshot_error!(invalid_regex_points_through_escapes, "bad-regex-escaped");
snapshot_error!(unknown_placeholder_suggests_a_term, "unknown-placeholder");
// One error at the term: its uses are not called unknown placeholders as well.
snapshot_error!(a_broken_term_is_reported_once, "broken-term");
// `\b` in double quotes is a backspace to YAML: an error at the escape, not a dead pattern.
snapshot_error!(
    a_backspace_in_double_quotes_says_single_quotes,
    "backspace-in-double-quotes"
);
// `number:12` is a plain value to YAML, which stumbles past the end: point at the key.
snapshot_error!(a_key_with_no_space_after_its_colon, "no-space-after-colon");
// An unquoted pattern with ": " is a one-key mapping to YAML: say to quote it.
snapshot_error!(
    an_unquoted_pattern_with_a_colon_says_quote_it,
    "unquoted-colon-pattern"
);
snapshot_error!(pattern_too_large_says_what_to_change, "pattern-too-large");
snapshot_error!(unclosed_quote_points_at_the_quote, "unclosed-quote");
snapshot_error!(tab_in_indentation_says_spaces, "tab-indent");
// A tab before a list item's `-` is a token YAML cannot start, to the parser (trial 21).
snapshot_error!(tab_before_a_dash_says_spaces, "tab-before-dash");
snapshot_error!(within_misspelt_says_which_it_means, "within-misspelt");
snapshot_error!(key_indented_too_far_says_so, "key-indented-too-far");
snapshot_error!(line_indented_less_says_so, "line-indented-less");
// `within:` at the column of the list's `- ` (trial 20): it belongs to the `all:` above.
snapshot_error!(
    within_beside_the_dash_says_where_it_belongs,
    "within-beside-dash"
);
// `within:` after the `all:` list on its line (trials 86 and 93): two keys of a matcher on
// one line need braces, which the hint writes out.
snapshot_error!(
    within_on_the_all_line_says_to_use_braces,
    "within-on-the-all-line"
);
// `within:` inside the `all:` list (trial 27): YAML reads it as a part that is a mapping.
snapshot_error!(
    within_inside_the_all_list_says_where_it_belongs,
    "within-in-all-list"
);
snapshot_error!(bad_number_constraint, "bad-number");
snapshot_error!(bad_expect_verdict, "bad-expect");
// `all: []` is "an empty list", not just "a list", beside "must be a non-empty list".
snapshot_error!(an_empty_all_says_it_is_empty, "empty-all");
snapshot_error!(sources_folder_missing, "missing-sources");
snapshot_error!(sources_folder_without_documents, "empty-sources");

#[test]
fn missing_claims_file_says_how_to_start() {
    let run = Test::new().run();
    assert_eq!(run.status, 2);
    insta::assert_snapshot!(run.stderr, @"
    error: cannot read claims file `claims.yaml`: No such file or directory (os error 2)
      = help: run factcheck in the folder that holds claims.yaml, pass --claims FILE, or create one with `factcheck init`
    ");
}

#[test]
fn unknown_claim_id_suggests_one() {
    let run = Test::in_project()
        .args(["check", "--claim", "first-visit-24-year"])
        .run();
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("did you mean `first-visit-24-years`?"),
        "{}",
        run.stderr
    );
}

/// An id like none lists the file's claims; ids joined by a comma say to repeat `--claim`.
#[test]
fn unknown_claim_id_lists_the_claims_or_says_to_repeat_the_option() {
    Test::in_project()
        .args(["check", "--claim", "nonsense"])
        .run()
        .assert_refused("the claims in this file are: mutual-assistance, first-visit-24-years");
    Test::in_project()
        .args(["check", "--claim", "mutual-assistance,dagger-gift"])
        .run()
        .assert_refused(
            "give --claim once for each claim: --claim mutual-assistance --claim dagger-gift",
        );
}

/// A document with nothing in it (a failed download) is checked, and said to be empty.
#[test]
fn an_empty_document_is_a_warning() {
    let test = Test::new()
        .file(
            "claims.yaml",
            "claims:\n  - id: a\n    claim: A.\n    support: ['signed']\n",
        )
        .file("seeds/a.txt", "The pact was signed.\n")
        .file("seeds/empty.txt", "")
        .file("seeds/blank.md", "\n  \n");
    let run = test.run_args(&["check"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    for name in ["empty.txt", "blank.md"] {
        assert!(
            run.stderr
                .contains(&format!("{name} is empty: it omits every claim")),
            "{}",
            run.stderr
        );
    }
    let lint = test.run_args(&["lint"]);
    assert!(
        lint.stderr.contains("empty.txt is empty"),
        "{}",
        lint.stderr
    );
}

#[test]
fn bad_command_line_is_a_usage_error() {
    let run = Test::in_project().args(["check", "--format", "yaml"]).run();
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("invalid value 'yaml'"),
        "{}",
        run.stderr
    );
    let _ = project_dir();
}

/// A misspelt sources folder is placed at `sources:` and named as the folder beside it
/// whose name is closest; with none close, the hint says where the path is read from.
#[test]
fn a_misspelt_sources_folder_is_named_as_the_one_beside_it() {
    let claims = "sources: nws\nclaims:\n  - id: a\n    claim: A pact.\n    support: [pact]\n";
    let run = Test::new()
        .file("claims.yaml", claims)
        .file("news/a.txt", "A pact was signed.")
        .run();
    run.assert_refused("cannot open sources folder `nws`");
    assert!(run.stderr.contains("claims.yaml:1:10"), "{}", run.stderr);
    assert!(
        run.stderr.contains("did you mean `news`?"),
        "{}",
        run.stderr
    );
    let far = Test::new()
        .file("claims.yaml", claims)
        .file("archive/a.txt", "A pact was signed.")
        .run();
    far.assert_refused("cannot open sources folder `nws`");
    assert!(!far.stderr.contains("did you mean"), "{}", far.stderr);
    assert!(
        far.stderr.contains("relative to the claims file"),
        "{}",
        far.stderr
    );
}
