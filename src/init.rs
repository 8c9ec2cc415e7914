//! The starter claims.yaml that `factcheck init` writes for a folder of documents: the schema
//! line, the sources folder, every document with a placeholder label, and a commented example
//! claim. It loads and lints cleanly as written.
//!
//! This module owns the text only; finding the documents and writing the file happen at the
//! edge (`Project::init`).

use std::fmt::Write;

/// Where a starter file's `yaml-language-server` line points: the schema written beside it.
pub const SCHEMA_FILE: &str = "claims.schema.json";

/// The folders `init` looks in for documents, in order, before the folder itself: a README
/// beside a `seeds/` folder is not one of the documents.
pub const DOCUMENT_FOLDERS: &[&str] = &["seeds", "docs", "sources"];

/// Up to this many documents, the starter file gives each a placeholder label to replace.
const LABELLED_DOCUMENTS: usize = 12;

/// The starter claims file for documents `ids` in folder `sources` (relative to the file).
pub fn starter(sources: &str, ids: &[&str]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# yaml-language-server: $schema={SCHEMA_FILE}");
    out.push_str(
        "# Claims: facts you expect the documents to state. `factcheck lint` checks this file,\n\
         # `factcheck` checks the documents against it, `factcheck explain ID` shows why.\n\n",
    );
    let _ = writeln!(
        out,
        "# The folder of documents (.txt and .md files), relative to this file.\nsources: {}\n",
        yaml_scalar(sources)
    );
    if ids.len() <= LABELLED_DOCUMENTS {
        out.push_str(
            "# Short labels for the table's columns, keyed by document id. Replace the placeholders\n\
             # with names such as AP or Reuters, or delete a line to show the document's id.\n\
             documents:\n",
        );
        for (i, id) in ids.iter().enumerate() {
            let _ = writeln!(out, "  {}: D{}", yaml_scalar(id), i + 1);
        }
    } else {
        // Past a dozen the table shows counts, not a column per document: placeholders
        // would only hide the ids, which name the documents better.
        let _ = writeln!(
            out,
            "# Short labels for documents, keyed by document id, if you want them (the {} documents\n\
             # are shown by their ids otherwise), for example:\n\
             # documents:",
            ids.len()
        );
        // Three different outlets: the same label thrice read as a mistake (trial 21).
        for (id, label) in ids.iter().zip(["AP", "Reuters", "BBC"]) {
            let _ = writeln!(out, "#   {}: {label}", yaml_scalar(id));
        }
    }
    out.push_str(
        "\n# Named alternatives, used in patterns as {name}:\n\
         # terms:\n\
         #   pact: ['pact', 'treaty', 'agreement']\n\
         \n\
         # One fact per claim. To start, replace `claims: []` with a list like the example\n\
         # below (remove the `# `, and the `# ` before `terms:` and `pact:` above, which the\n\
         # example uses), then run `factcheck lint`.\n\
         claims: []\n\
         # claims:\n\
         #   - id: mutual-assistance\n\
         #     claim: The pact commits both countries to mutual assistance.\n\
         #     tags: [treaty]\n\
         #     support:\n\
         #       - 'mutual (assistance|defen[cs]e)'\n\
         #       - all: ['{pact}', 'come to each other''s aid']\n\
         #     contradict:\n\
         #       - 'no (mutual )?defen[cs]e (clause|commitment)'\n\
         #     expect: supported\n\
         #     note: Why the patterns are what they are, for the next editor.\n",
    );
    out
}

/// `text` as a YAML scalar that reads back as the same string: plain when it is safe, else
/// single-quoted (an id such as `001` or `true` would read as a number or a boolean).
fn yaml_scalar(text: &str) -> String {
    let plain = text
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
        && text.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.')
        && matches!(
            serde_yaml::from_str::<serde_yaml::Value>(text),
            Ok(serde_yaml::Value::String(read)) if read == text
        );
    // A line break inside single quotes is folded to a space (and a control character is
    // not allowed at all): such a file name is written with escapes, in double quotes.
    let escaped = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
    if plain {
        text.to_string()
    } else if text.chars().any(escaped) {
        let mut quoted = String::from("\"");
        for c in text.chars() {
            match c {
                '"' => quoted.push_str("\\\""),
                '\\' => quoted.push_str("\\\\"),
                c if escaped(c) => quoted.push_str(&format!("\\u{:04X}", u32::from(c))),
                c => quoted.push(c),
            }
        }
        quoted.push('"');
        quoted
    } else {
        format!("'{}'", text.replace('\'', "''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_would_not_read_back_are_quoted() {
        assert_eq!(yaml_scalar("2024/june/ap"), "2024/june/ap");
        assert_eq!(yaml_scalar("12"), "'12'");
        assert_eq!(yaml_scalar("true"), "'true'");
        assert_eq!(yaml_scalar("it's: #1"), "'it''s: #1'");
        assert_eq!(yaml_scalar("."), ".");
        // A line break or a control character: escaped in double quotes, and read back.
        for id in ["a\nb", "tab\there", "nul\u{0}", "q\"\\'\r\u{85}\u{2028}é"] {
            let written = yaml_scalar(id);
            assert!(
                written.starts_with('"') && !written.contains('\n'),
                "{written}"
            );
            let read: serde_yaml::Value = serde_yaml::from_str(&written).unwrap_or_default();
            assert_eq!(read, serde_yaml::Value::String(id.to_string()), "{written}");
        }
    }

    #[test]
    fn starter_loads_with_its_labels() {
        let text = starter("seeds", &["12", "ap", "it's: #1"]);
        let (file, problems) = crate::claims::parse("claims.yaml", &text);
        assert!(problems.is_empty(), "{problems:#?}");
        let file = file.unwrap_or_else(|| panic!("no file"));
        assert_eq!(file.sources, "seeds");
        let ids: Vec<&str> = file.labels.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["12", "ap", "it's: #1"]);
        assert!(file.claims.is_empty());
    }

    #[test]
    fn past_a_dozen_documents_the_labels_are_an_example_only() {
        let ids: Vec<String> = (1..=13).map(|i| format!("c{i:02}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let text = starter("sources", &ids);
        let (file, problems) = crate::claims::parse("claims.yaml", &text);
        assert!(problems.is_empty(), "{problems:#?}");
        let file = file.unwrap_or_else(|| panic!("no file"));
        assert!(file.labels.is_empty(), "{text}");
        assert!(
            text.contains("\n#   c01: AP\n#   c02: Reuters\n#   c03: BBC\n"),
            "{text}"
        );
        assert!(!text.contains("c04"), "{text}");
    }
}
