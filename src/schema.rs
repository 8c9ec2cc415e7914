//! The JSON Schema of the claims file, for editors: with it, VS Code and Neovim (through
//! yaml-language-server) complete keys, show what each one means and flag mistakes as the
//! user types.
//!
//! This module owns the schema's text only. The loader (`claims`) stays the authority: the
//! schema describes the same format, and tests check that the two agree (every file the
//! loader accepts validates; the key lists are the loader's). Some checks only the loader
//! can make (regex syntax, placeholders, duplicate ids, document ids), so a valid file may
//! still fail `factcheck lint`.

use serde_json::{json, Value};

/// A number as `number:` and `expect:` counts write it: optional sign, digits with `,` or
/// `_` separators, optional decimals. Looser than the loader about where separators go; the
/// loader says precisely what is wrong.
const NUMBER: &str = r"[+-]?[0-9][0-9_,]*(?:\.[0-9]+)?";

/// The JSON Schema (draft 2020-12) of claims.yaml.
pub fn claims_schema() -> Value {
    let constraint_pattern = format!(
        r"^\s*(?:(?:>=|≥|<=|≤|==|=|>|<)\s*{NUMBER}|{NUMBER}(?:\s*\.\.\s*{NUMBER}|\s*(?:\+/-|±)\s*{NUMBER}\s*%?)?)\s*$"
    );
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "factcheck claims file",
        "description": "Facts you expect your sources to state, each with regex matchers for support and contradiction. `factcheck lint` checks what this schema cannot: regex syntax, placeholders, duplicate ids, document ids, dead and too-broad patterns.",
        "type": "object",
        "required": ["claims"],
        "additionalProperties": false,
        "properties": {
            "sources": {
                "description": "The folder of documents (every .txt and .md file below it), relative to this file. Default: seeds.",
                "type": "string",
                "pattern": r"\S",
                "default": "seeds",
                "examples": ["seeds", "docs", "."]
            },
            "documents": {
                "description": "Short labels for the coverage table's columns, keyed by document id (the path below the sources folder, without the extension, with `/` separators). Optional: a document without a label shows its id.",
                "type": "object",
                "additionalProperties": {
                    "description": "The document's label.",
                    "type": ["string", "number", "boolean"],
                    "examples": ["AP"]
                },
                "examples": [{"001_ccea62db62f7ebb3": "AP", "2024/june/afp": "AFP"}]
            },
            "terms": {
                "description": "Named alternatives (regex fragments), used in patterns as `{name}`: `{putin}` matches any of them.",
                "type": "object",
                "propertyNames": {
                    "pattern": "^[A-Za-z][A-Za-z0-9_-]*$",
                    "not": {"const": "n"}
                },
                "additionalProperties": {
                    "description": "The term's alternatives, each a regex fragment. A term name uses letters, digits, '-' and '_' and starts with a letter; `n` is reserved for numbers.",
                    "anyOf": [
                        {"$ref": "#/$defs/scalar"},
                        {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/scalar"}}
                    ],
                    "examples": [["Putin", "Russian president", "Kremlin"]]
                },
                "examples": [{"putin": ["Putin", "Russian president"], "pact": ["pact", "treaty", "agreement"]}]
            },
            "claims": {
                "description": "The claims, each a fact the documents should state (or contradict).",
                "type": "array",
                "items": {"$ref": "#/$defs/claim"},
                "examples": [[{
                    "id": "mutual-assistance",
                    "claim": "The pact includes mutual assistance.",
                    "support": ["mutual (assistance|defen[cs]e)"]
                }]]
            }
        },
        "$defs": {
            "scalar": {"type": ["string", "number", "boolean"]},
            "claim": {
                "description": "One claim: a fact, its matchers and what you expect of it.",
                "type": "object",
                "required": ["id", "claim"],
                "anyOf": [{"required": ["support"]}, {"required": ["contradict"]}],
                "additionalProperties": false,
                "properties": {
                    "id": {
                        "description": "A unique slug naming the claim: letters, digits, '-', '_' and '.'. Used by `--claim ID`, `explain ID` and the test names.",
                        "type": ["string", "number", "boolean"],
                        "pattern": "^[A-Za-z0-9._-]+$",
                        "examples": ["first-visit-24-years"]
                    },
                    "claim": {
                        "description": "The fact, in one plain sentence.",
                        "type": ["string", "number", "boolean"],
                        "examples": ["The trip was Putin's first visit to North Korea in 24 years."]
                    },
                    "tags": {
                        "description": "Tags to select claims with `--tag TAG`.",
                        "anyOf": [
                            {"type": "array", "items": {"$ref": "#/$defs/scalar"}},
                            {"$ref": "#/$defs/scalar"}
                        ],
                        "examples": [["visit", "treaty"]]
                    },
                    "support": {
                        "description": "Matchers whose match is evidence for the claim; any one may match.",
                        "$ref": "#/$defs/matchers",
                        "examples": [["mutual (assistance|defen[cs]e)", {"all": ["{putin}", "first visit"]}]]
                    },
                    "contradict": {
                        "description": "Matchers whose match is evidence against the claim.",
                        "$ref": "#/$defs/matchers",
                        "examples": [["first (visit|trip) to North Korea since (?:19|20)\\d\\d"]]
                    },
                    "number": {
                        "description": "A constraint on every `{n}` a support matcher captures: a number, or a quoted comparison.",
                        "$ref": "#/$defs/constraint",
                        "examples": [24, ">= 11000", "10..12", "11000 +/- 5%"]
                    },
                    "expect": {
                        "description": "What the run expects of the claim. Default: supported.",
                        "$ref": "#/$defs/expect",
                        "examples": ["supported", {"supports": ">= 2", "contradicts": 0}]
                    },
                    "hedged": {
                        "description": "What uncertain evidence (\"reportedly\", \"may\") counts as: `ignore` (neither way, the default) or `support`.",
                        "enum": ["ignore", "support"],
                        "default": "ignore",
                        "examples": ["support"]
                    },
                    "note": {
                        "description": "Free text for people, shown by `factcheck explain`.",
                        "type": ["string", "number", "boolean", "null"],
                        "examples": ["The MT report dates the previous visit to 2000 instead."]
                    }
                }
            },
            "matchers": {
                "description": "One matcher or a non-empty list of them.",
                "anyOf": [
                    {"$ref": "#/$defs/matcher"},
                    {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/matcher"}}
                ]
            },
            "matcher": {
                "description": "A pattern, or `{all: [...], within: ...}`: every part must occur in the same sentence (or paragraph).",
                "anyOf": [
                    {"$ref": "#/$defs/pattern"},
                    {
                        "type": "object",
                        "required": ["all"],
                        "additionalProperties": false,
                        "properties": {
                            "all": {
                                "description": "Patterns that must all occur within one sentence (or paragraph).",
                                "type": "array",
                                "minItems": 1,
                                "items": {"$ref": "#/$defs/pattern"},
                                "examples": [["{putin}", "first (visit|trip)"]]
                            },
                            "within": {
                                "description": "Where all parts must occur: the same sentence (the default) or the same paragraph.",
                                "enum": ["sentence", "paragraph"],
                                "default": "sentence",
                                "examples": ["paragraph"]
                            }
                        }
                    }
                ]
            },
            "pattern": {
                "description": "A Rust regex (no look-around, no back-references), matched case-insensitively on whole words. `{name}` is a term, `{n}` captures a number; quote it in YAML ('...').",
                "type": ["string", "number"],
                "pattern": r"\S",
                "examples": ["first (visit|trip)\\b.{0,60}\\bin {n} years"]
            },
            "constraint": {
                "description": "A number, or a comparison: \">= 11000\", \"> 5\", \"<= 3\", \"< 10\", \"10..12\" (inclusive), \"11000 +/- 5%\", \"11000 +/- 500\".",
                "anyOf": [
                    {"type": "number"},
                    {"type": "string", "pattern": constraint_pattern}
                ]
            },
            "verdict": {
                "description": "A document's verdict on a claim.",
                "enum": ["supports", "omits", "contradicts", "mixed"]
            },
            "expect": {
                "anyOf": [
                    {
                        "description": "`supported`: at least one document supports and none contradicts or is mixed (a mixed document counts on both sides); `contradicted`: the other way round.",
                        "enum": ["supported", "contradicted"]
                    },
                    {
                        "description": "Counts of documents and exact verdicts for named documents; mixed documents count on both sides.",
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "supports": {
                                "description": "How many documents support the claim (mixed ones count).",
                                "$ref": "#/$defs/constraint",
                                "examples": [">= 2", 5]
                            },
                            "contradicts": {
                                "description": "How many documents contradict the claim (mixed ones count).",
                                "$ref": "#/$defs/constraint",
                                "examples": [0, "1..3"]
                            },
                            "documents": {
                                "description": "The exact verdict expected of named documents, keyed by document id.",
                                "type": "object",
                                "additionalProperties": {"$ref": "#/$defs/verdict"},
                                "examples": [{"001_ccea62db62f7ebb3": "supports"}]
                            }
                        }
                    }
                ]
            }
        }
    })
}

/// The schema as `factcheck schema` prints it and claims.schema.json holds it.
pub fn render() -> String {
    let mut text = serde_json::to_string_pretty(&claims_schema()).unwrap_or_default();
    text.push('\n');
    text
}
