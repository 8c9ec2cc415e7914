//! Finds where a node of a YAML file starts, for diagnostics.
//!
//! The YAML parser gives positions only in its errors, so to locate a node we walk the
//! document once more and raise an error on purpose when we reach it: the parser stamps
//! that error with the node's line and column. This costs one parse per diagnostic, and
//! keeps the loader free of a second parser; a node inside a claim is located by parsing
//! that claim's lines alone (`Origin::locate`), so hundreds of warnings stay cheap.

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// One step into a YAML document: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// A path from the document root to a node, such as `claims[3].support[0]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct YamlPath(pub Vec<Step>);

impl YamlPath {
    pub fn key(&self, key: &str) -> YamlPath {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key.to_string()));
        YamlPath(steps)
    }

    /// The path of the node that holds this one (the root's parent is the root).
    pub fn parent(&self) -> YamlPath {
        let mut steps = self.0.clone();
        steps.pop();
        YamlPath(steps)
    }

    pub fn index(&self, index: usize) -> YamlPath {
        let mut steps = self.0.clone();
        steps.push(Step::Index(index));
        YamlPath(steps)
    }
}

impl fmt::Display for YamlPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => write!(f, "{key}")?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// What to point at: the value at a path, or a key of the mapping at a path.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    Value(&'a YamlPath),
    Key(&'a YamlPath, &'a str),
}

/// The marker message of the deliberate error; any other error means the path was not found.
const FOUND: &str = "\u{0}factcheck-locate";

/// Returns the 1-based line and column where `target` starts in `source`, if it exists.
pub fn locate(source: &str, target: Target<'_>) -> Option<(usize, usize)> {
    let (path, key) = match target {
        Target::Value(path) => (path, None),
        Target::Key(path, key) => (path, Some(key)),
    };
    let probe = Probe { rest: &path.0, key };
    let deserializer = serde_yaml::Deserializer::from_str(source);
    match probe.deserialize(deserializer) {
        Err(error) if error.to_string().contains(FOUND) => {
            let location = error.location()?;
            Some((location.line(), location.column()))
        }
        _ => None,
    }
}

/// The line of each item of the block sequence at `path`, found in one pass over the text
/// instead of one parse per item (`locate` parses the whole file each time, which made a
/// claims file of 1,000 claims take seconds to load). Returns `None` whenever the layout
/// is not the plain one (`- ` items at one indentation), when the number of items found is
/// not `count`, or when the first or last disagrees with `locate`: callers then fall back
/// to `locate`.
pub fn sequence_item_lines(source: &str, path: &YamlPath, count: usize) -> Option<Vec<usize>> {
    if count == 0 {
        return Some(Vec::new());
    }
    let (line, column) = locate(source, Target::Value(path))?;
    let indent = column.checked_sub(1)?;
    let lines: Vec<&str> = source.lines().collect();
    let mut items = Vec::with_capacity(count);
    let mut pending = false;
    for (i, text) in lines.iter().enumerate().skip(line - 1) {
        let content = text.trim_start_matches(' ');
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let here = text.len() - content.len();
        if pending {
            // An item whose dash stands alone: its node starts on the next content line.
            items.push(i + 1);
            pending = false;
            if here <= indent {
                return None;
            }
            continue;
        }
        let is_item = here == indent && (content == "-" || content.starts_with("- "));
        if is_item {
            let rest = content[1..].trim_start();
            if rest.is_empty() || rest.starts_with('#') {
                pending = true;
            } else {
                items.push(i + 1);
            }
        } else if here <= indent {
            break;
        }
    }
    let agrees = |index: usize| {
        let mut item = path.clone();
        item.0.push(Step::Index(index));
        locate(source, Target::Value(&item)).map(|(line, _)| line) == items.get(index).copied()
    };
    // The first item starts where the sequence does, but for a dash alone on its line:
    // that needs no parse of its own (each is a parse of the whole file).
    let first_agrees = items.first() == Some(&line) || agrees(0);
    (items.len() == count && first_agrees && agrees(count - 1)).then_some(items)
}

struct Probe<'p> {
    rest: &'p [Step],
    key: Option<&'p str>,
}

impl<'de> DeserializeSeed<'de> for Probe<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Probe<'_> {
    fn here<E: de::Error>(&self) -> Result<(), E> {
        if self.rest.is_empty() && self.key.is_none() {
            Err(E::custom(FOUND))
        } else {
            Ok(())
        }
    }
}

impl<'de> Visitor<'de> for Probe<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML node")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.here()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.here()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.here()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.here()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.here()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.here()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.here()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.here()?;
        let mut index = 0;
        loop {
            let found = match self.rest.first() {
                Some(Step::Index(wanted)) if *wanted == index => seq.next_element_seed(Probe {
                    rest: &self.rest[1..],
                    key: self.key,
                })?,
                _ => seq.next_element::<IgnoredAny>()?.map(|_| ()),
            };
            if found.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.here()?;
        let wanted_key = if self.rest.is_empty() { self.key } else { None };
        while let Some(key) = map.next_key_seed(KeyProbe { wanted: wanted_key })? {
            match self.rest.first() {
                Some(Step::Key(wanted)) if key.as_deref() == Some(wanted.as_str()) => {
                    map.next_value_seed(Probe {
                        rest: &self.rest[1..],
                        key: self.key,
                    })?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// Reads a mapping key as text, failing on purpose when it is the key being located.
struct KeyProbe<'p> {
    wanted: Option<&'p str>,
}

impl<'de> DeserializeSeed<'de> for KeyProbe<'_> {
    type Value = Option<String>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyProbe<'_> {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        if self.wanted == Some(key) {
            return Err(E::custom(FOUND));
        }
        Ok(Some(key.to_string()))
    }
    fn visit_bool<E: de::Error>(self, key: bool) -> Result<Self::Value, E> {
        self.visit_str(&key.to_string())
    }
    fn visit_i64<E: de::Error>(self, key: i64) -> Result<Self::Value, E> {
        self.visit_str(&key.to_string())
    }
    fn visit_u64<E: de::Error>(self, key: u64) -> Result<Self::Value, E> {
        self.visit_str(&key.to_string())
    }
    fn visit_f64<E: de::Error>(self, key: f64) -> Result<Self::Value, E> {
        self.visit_str(&key.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str =
        "sources: seeds\nclaims:\n  - id: a\n    support:\n      - 'x'\n      - all: [y, 'z']\n";

    fn path(steps: &[Step]) -> YamlPath {
        YamlPath(steps.to_vec())
    }

    #[test]
    fn locates_nested_values_and_keys() {
        use Step::*;
        let claims = || Key("claims".into());
        let p = path(&[
            claims(),
            Index(0),
            Key("support".into()),
            Index(1),
            Key("all".into()),
            Index(1),
        ]);
        assert_eq!(locate(SOURCE, Target::Value(&p)), Some((6, 18)));
        let p = path(&[claims(), Index(0), Key("support".into()), Index(0)]);
        assert_eq!(locate(SOURCE, Target::Value(&p)), Some((5, 9)));
        let p = path(&[claims(), Index(0)]);
        assert_eq!(locate(SOURCE, Target::Key(&p, "support")), Some((4, 5)));
    }

    #[test]
    fn missing_paths_are_none() {
        let p = path(&[Step::Key("nope".into())]);
        assert_eq!(locate(SOURCE, Target::Value(&p)), None);
    }

    /// Each item's line found in one pass is the line `locate` finds, item by item.
    #[test]
    fn item_lines_in_one_pass_agree_with_locate() {
        let claims = path(&[Step::Key("claims".into())]);
        let sources = [
            "claims:\n  - id: a\n    note: >-\n      - not an item\n  # a comment\n\n  - id: b\n  -\n    id: c\nterms: {}\n",
            "claims:\n- id: a\n- id: b\n  support: ['- x']\n- id: c\n",
        ];
        for source in sources {
            let lines = sequence_item_lines(source, &claims, 3);
            let expected: Vec<usize> = (0..3)
                .filter_map(|i| {
                    let mut item = claims.clone();
                    item.0.push(Step::Index(i));
                    locate(source, Target::Value(&item)).map(|(line, _)| line)
                })
                .collect();
            assert_eq!(lines, Some(expected), "{source}");
        }
        let flow = "claims: [{id: a}, {id: b}]\n";
        assert_eq!(sequence_item_lines(flow, &claims, 2), None);
        assert_eq!(sequence_item_lines(sources[1], &claims, 4), None);
    }
}
