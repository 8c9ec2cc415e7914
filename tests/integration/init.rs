//! `factcheck init`: a starter claims.yaml that loads and lints cleanly, never over a file.

use crate::support::Test;

const NEWS: &str = "Putin visited Pyongyang. He met Kim. They signed a pact.";

/// Runs `init ARGS` then `lint` on what it wrote, and returns the test, init's stdout and
/// lint's stdout.
fn init_then_lint(test: Test, args: &[&str], claims: &str) -> (Test, String) {
    let test = test.args(["init"]).args(args.iter().copied());
    let init = test.run();
    assert_eq!(init.status, 0, "{}", init.stderr);
    let lint = Test::new_in(&test)
        .args(["lint", "--deny-warnings", "--claims", claims])
        .run();
    assert_eq!(lint.status, 0, "{}{}", lint.stdout, lint.stderr);
    assert_eq!(lint.stderr, "");
    (test, format!("{}{}", init.stdout, lint.stdout))
}

/// A claims file with no claims yet (init's) passes `check`, with a warning that nothing
/// was checked: a CI job on it does not pass unseen.
#[test]
fn checking_no_claims_says_nothing_is_checked() {
    let test = Test::new().file("seeds/ap.txt", NEWS);
    let (test, _) = init_then_lint(test, &[], "claims.yaml");
    let run = test.run_args(&["check"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("claims.yaml has no claims: nothing is checked"),
        "{}",
        run.stderr
    );
    // No empty table on standard output, just what was (not) checked.
    assert_eq!(run.stdout, "0 claims: nothing is checked in 1 document\n");
}

#[test]
fn seeds_folder_is_the_sources_and_the_file_lints_clean() {
    let test = Test::new()
        .file("README.md", "Not a document.")
        .file("seeds/ap.txt", NEWS)
        .file("seeds/2024/afp.md", NEWS)
        .file("seeds/12.txt", NEWS);
    let (test, output) = init_then_lint(test, &[], "claims.yaml");
    insta::assert_snapshot!(output, @"
    wrote claims.yaml (3 documents in `seeds`)
    wrote claims.schema.json (for editors)
    next: label the documents, add claims, then run `factcheck lint`
    claims.yaml: 0 claims, 3 documents: no problems
    ");
    insta::assert_snapshot!(test.read("claims.yaml"), @"
    # yaml-language-server: $schema=claims.schema.json
    # Claims: facts you expect the documents to state. `factcheck lint` checks this file,
    # `factcheck` checks the documents against it, `factcheck explain ID` shows why.

    # The folder of documents (.txt and .md files), relative to this file.
    sources: seeds

    # Short labels for the table's columns, keyed by document id. Replace the placeholders
    # with names such as AP or Reuters, or delete a line to show the document's id.
    documents:
      '12': D1
      2024/afp: D2
      ap: D3

    # Named alternatives, used in patterns as {name}:
    # terms:
    #   pact: ['pact', 'treaty', 'agreement']

    # One fact per claim. To start, replace `claims: []` with a list like the example
    # below (remove the `# `, and the `# ` before `terms:` and `pact:` above, which the
    # example uses), then run `factcheck lint`.
    claims: []
    # claims:
    #   - id: mutual-assistance
    #     claim: The pact commits both countries to mutual assistance.
    #     tags: [treaty]
    #     support:
    #       - 'mutual (assistance|defen[cs]e)'
    #       - all: ['{pact}', 'come to each other''s aid']
    #     contradict:
    #       - 'no (mutual )?defen[cs]e (clause|commitment)'
    #     expect: supported
    #     note: Why the patterns are what they are, for the next editor.
    ");
    assert_eq!(test.read("claims.schema.json"), factcheck::schema::render());
}

/// The example claim, uncommented as the file says, loads and checks (with its term).
#[test]
fn the_example_claim_works_once_uncommented() {
    let test = Test::new().file(
        "seeds/ap.txt",
        "The treaty says they will come to each other's aid.",
    );
    let (test, _) = init_then_lint(test, &[], "claims.yaml");
    let text = test.read("claims.yaml");
    let edited: String = text
        .lines()
        .filter(|line| *line != "claims: []")
        .map(|line| match line.strip_prefix("# ") {
            Some(rest)
                if rest.starts_with("terms:")
                    || rest.starts_with("  ")
                    || rest.starts_with("claims:") =>
            {
                rest
            }
            _ => line,
        })
        .map(|line| format!("{line}\n"))
        .collect();
    let test = test.file("claims.yaml", edited);
    let run = Test::new_in(&test).args(["check"]).run();
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("1 claim: 1 passed"), "{}", run.stdout);
}

#[test]
fn documents_directly_in_the_folder_are_sources_dot() {
    let test = Test::new()
        .file("corpus/a.txt", NEWS)
        .file("corpus/b.md", NEWS);
    let (test, output) = init_then_lint(test, &["corpus"], "corpus/claims.yaml");
    assert!(
        output.starts_with("wrote corpus/claims.yaml (2 documents in `.`)"),
        "{output}"
    );
    assert!(test.read("corpus/claims.yaml").contains("\nsources: .\n"));
}

#[test]
fn documents_in_topic_folders_are_sources_dot() {
    let test = Test::new()
        .file("corpus/health/a.md", NEWS)
        .file("corpus/election/b.txt", NEWS);
    let (test, output) = init_then_lint(test, &["corpus"], "corpus/claims.yaml");
    assert!(
        output.starts_with("wrote corpus/claims.yaml (2 documents in `.`)"),
        "{output}"
    );
    assert!(test.read("corpus/claims.yaml").contains("\nsources: .\n"));
}

#[test]
fn docs_folder_is_used_when_there_is_no_seeds_folder() {
    let test = Test::new().file("docs/a.txt", NEWS);
    let (test, _) = init_then_lint(test, &[], "claims.yaml");
    assert!(test.read("claims.yaml").contains("\nsources: docs\n"));
}

#[test]
fn sources_folder_is_used_when_there_is_no_seeds_or_docs_folder() {
    let test = Test::new()
        .file("notes.txt", "Not a document.")
        .file("sources/h01.txt", NEWS);
    let (test, _) = init_then_lint(test, &[], "claims.yaml");
    let claims = test.read("claims.yaml");
    assert!(claims.contains("\nsources: sources\n"), "{claims}");
    assert!(
        claims.contains("\n  h01: D1\n"),
        "ids are the folder's: {claims}"
    );
}

#[test]
fn init_never_overwrites_a_file() {
    let test = Test::new()
        .file("seeds/a.txt", NEWS)
        .file("claims.yaml", "mine")
        .file("claims.schema.json", "mine too")
        .args(["init"]);
    let run = test.run();
    assert_eq!(run.status, 2);
    insta::assert_snapshot!(run.stderr, @"
    error: `claims.yaml` already exists
      = help: factcheck init never overwrites a file: edit it (`factcheck lint` checks it), or move it away first
    ");
    assert_eq!(test.read("claims.yaml"), "mine");
    // An existing schema is left alone too.
    let test = Test::new()
        .file("seeds/a.txt", NEWS)
        .file("claims.schema.json", "mine too")
        .args(["init"]);
    let run = test.run();
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("claims.schema.json"), "{}", run.stdout);
    assert_eq!(test.read("claims.schema.json"), "mine too");
}

#[test]
fn folder_without_documents_is_an_error() {
    let run = Test::new().file("notes.pdf", "%PDF").args(["init"]).run();
    assert_eq!(run.status, 2);
    insta::assert_snapshot!(run.stderr, @"
    error: no documents in `.`, `./seeds`, `./docs`, `./sources`
      = help: put the .txt and .md documents in a `seeds` folder, or run `factcheck init FOLDER` on the folder that holds them
    ");
}
