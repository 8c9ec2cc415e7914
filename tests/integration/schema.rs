//! `factcheck schema` and claims.schema.json: the committed file is the command's output,
//! the schema is valid, and it agrees with the loader, checked with a real JSON Schema
//! validator on the seeds' claims.yaml and on every fixture.

use crate::support::{project_dir, Test};
use factcheck::claims::{KNOWN_CLAIM_KEYS, KNOWN_EXPECT_KEYS, KNOWN_MATCHER_KEYS, KNOWN_TOP_KEYS};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn schema() -> Value {
    let text = std::fs::read_to_string(project_dir().join("claims.schema.json"))
        .unwrap_or_else(|e| panic!("claims.schema.json: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("claims.schema.json: {e}"))
}

fn yaml_files(dir: &str) -> Vec<PathBuf> {
    let dir = project_dir().join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

/// Whether the loader (parse and compile) accepts the file, and whether the schema does
/// (`None` when the YAML does not even parse, which the loader rejects too).
fn verdicts(validator: &jsonschema::Validator, path: &Path) -> (bool, Option<bool>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let accepted = factcheck::Checker::from_yaml("claims.yaml", &text).is_ok();
    let valid = serde_yaml::from_str::<Value>(&text)
        .ok()
        .map(|json| validator.is_valid(&json));
    (accepted, valid)
}

#[test]
fn committed_schema_is_the_commands_output() {
    let run = Test::in_project().args(["schema"]).run();
    assert_eq!(run.status, 0, "{}", run.stderr);
    let committed =
        std::fs::read_to_string(project_dir().join("claims.schema.json")).unwrap_or_default();
    assert!(
        run.stdout == committed,
        "claims.schema.json is stale: run `cargo run -- schema > claims.schema.json`"
    );
}

#[test]
fn schema_is_a_valid_draft_2020_12_schema() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    if let Err(error) = jsonschema::meta::validate(&schema) {
        panic!("{error}");
    }
}

#[test]
fn every_file_the_loader_accepts_validates() {
    let validator = jsonschema::validator_for(&schema()).unwrap_or_else(|e| panic!("{e}"));
    let mut files = vec![project_dir().join("claims.yaml")];
    for dir in [
        "tests/fixtures/errors",
        "tests/fixtures/lint",
        "tests/fixtures/schema",
    ] {
        files.extend(yaml_files(dir));
    }
    let mut accepted_count = 0;
    for path in &files {
        let (accepted, valid) = verdicts(&validator, path);
        if accepted {
            accepted_count += 1;
            assert_eq!(
                valid,
                Some(true),
                "{}: the loader accepts it, the schema does not",
                path.display()
            );
        }
    }
    assert!(accepted_count >= 5, "only {accepted_count} files accepted");
}

#[test]
fn every_broken_file_both_reject() {
    let validator = jsonschema::validator_for(&schema()).unwrap_or_else(|e| panic!("{e}"));
    let files = yaml_files("tests/fixtures/schema");
    assert!(files.len() >= 15);
    for path in &files {
        let (accepted, valid) = verdicts(&validator, path);
        assert!(!accepted, "{}: the loader accepts it", path.display());
        assert_eq!(
            valid,
            Some(false),
            "{}: the schema accepts it",
            path.display()
        );
    }
}

fn keys(object: &Value) -> BTreeSet<String> {
    object
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

fn set(keys: &[&str]) -> BTreeSet<String> {
    keys.iter().map(|k| k.to_string()).collect()
}

#[test]
fn schema_keys_are_the_loaders() {
    let schema = schema();
    let defs = &schema["$defs"];
    assert_eq!(keys(&schema["properties"]), set(KNOWN_TOP_KEYS));
    assert_eq!(keys(&defs["claim"]["properties"]), set(KNOWN_CLAIM_KEYS));
    assert_eq!(
        keys(&defs["matcher"]["anyOf"][1]["properties"]),
        set(KNOWN_MATCHER_KEYS)
    );
    assert_eq!(
        keys(&defs["expect"]["anyOf"][1]["properties"]),
        set(KNOWN_EXPECT_KEYS)
    );
}

/// Every key the schema lists has a description and examples, for the editor's hover.
#[test]
fn every_key_has_a_description_and_examples() {
    fn walk(value: &Value, path: &str, missing: &mut Vec<String>) {
        match value {
            Value::Object(object) => {
                if let Some(Value::Object(properties)) = object.get("properties") {
                    for (key, property) in properties {
                        for needed in ["description", "examples"] {
                            if property.get(needed).is_none() {
                                missing.push(format!("{path}.{key}: no {needed}"));
                            }
                        }
                    }
                }
                for (key, child) in object {
                    walk(child, &format!("{path}/{key}"), missing);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}/{i}"), missing);
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(&schema(), "#", &mut missing);
    assert!(missing.is_empty(), "{missing:#?}");
}
