//! The edge where documents come from disk: finding them under the sources folder and
//! reading their bytes. Nothing else in the library touches the file system layout.

use crate::diagnostic::Diagnostic;
use crate::document::{Encoding, Text};
use std::path::{Path, PathBuf};

/// A document found under the sources folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The path below the folder with its extension, `/`-separated (the file is
    /// `folder.join(relative)`). The id is this path without its extension: one string per
    /// file, not a full path, an id and this (104 bytes a document, of the 280 a document
    /// cost a run with 10 claims; 32 bytes so).
    relative: Box<str>,
}

impl SourceFile {
    /// A document at `relative` below the folder; `None` unless it ends in an extension.
    pub fn new(relative: &str) -> Option<SourceFile> {
        relative.rsplit_once('.')?;
        Some(SourceFile {
            relative: relative.into(),
        })
    }

    /// The path below the folder without its extension, `/`-separated: the document id.
    pub fn id(&self) -> &str {
        self.relative
            .rsplit_once('.')
            .map_or(&self.relative, |(id, _)| id)
    }

    /// The path below the folder with its extension, `/`-separated.
    pub fn relative(&self) -> &str {
        &self.relative
    }
}

/// Extensions of the documents read; other files are skipped with a warning.
pub const EXTENSIONS: &[&str] = &["txt", "md"];

/// Lists the documents under `dir`, sorted by id. A folder that is missing or holds no
/// documents is an error; anything skipped along the way is a warning.
pub fn discover(dir: &Path) -> Result<(Vec<SourceFile>, Vec<Diagnostic>), Diagnostic> {
    discover_except(dir, &[])
}

/// `discover`, skipping `own` files without a warning: the claims file and its schema when
/// they sit among the documents (`sources: .`, as `factcheck init` writes for a folder that
/// holds its documents directly).
pub fn discover_except(
    dir: &Path,
    own: &[PathBuf],
) -> Result<(Vec<SourceFile>, Vec<Diagnostic>), Diagnostic> {
    let shown = dir.display();
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            return Err(Diagnostic::error("bad-sources", format!("sources `{shown}` is not a folder"))
                .hint("point `sources:` in claims.yaml (or --sources) at the folder that holds the .txt and .md documents"))
        }
        Err(error) => {
            return Err(Diagnostic::error("bad-sources", format!("cannot open sources folder `{shown}`: {error}"))
                .hint("`sources:` is relative to the claims file; check the folder name, or pass --sources DIR"))
        }
    }
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let own: Vec<PathBuf> = own.iter().filter_map(|p| p.canonicalize().ok()).collect();
    walk(dir, "", &own, &mut files, &mut warnings);
    files.sort_by(|a: &SourceFile, b| a.id().cmp(b.id()).then(a.relative.cmp(&b.relative)));
    let mut unique: Vec<SourceFile> = Vec::with_capacity(files.len());
    for file in files {
        match unique.last() {
            Some(previous) if previous.id() == file.id() => warnings.push(Diagnostic::warning(
                "duplicate-document",
                format!(
                    "skipped {}: it has the same document id `{}` as {}",
                    file.relative,
                    file.id(),
                    previous.relative
                ),
            )),
            _ => unique.push(file),
        }
    }
    if unique.is_empty() {
        let skipped = warnings.len();
        let mut hint = "factcheck reads every .txt and .md file below the sources folder; add some, or point --sources elsewhere".to_string();
        if skipped > 0 {
            hint.push_str(&format!(
                " ({skipped} other file{} skipped)",
                if skipped == 1 { " was" } else { "s were" }
            ));
        }
        return Err(
            Diagnostic::error("no-documents", format!("no documents in `{shown}`")).hint(hint),
        );
    }
    Ok((unique, warnings))
}

fn walk(
    dir: &Path,
    prefix: &str,
    own: &[PathBuf],
    files: &mut Vec<SourceFile>,
    warnings: &mut Vec<Diagnostic>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            warnings.push(Diagnostic::warning(
                "unreadable",
                format!("skipped folder {}: {error}", dir.display()),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let relative = format!("{prefix}{name}");
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            // A build or cache folder (Cargo's `target/`, and any other that carries the
            // standard CACHEDIR.TAG) holds no documents: a claims file kept beside a crate's
            // Cargo.toml with `sources: .` would otherwise read hundreds of build files.
            if !path.join("CACHEDIR.TAG").is_file() {
                walk(&path, &format!("{relative}/"), own, files, warnings);
            }
            continue;
        }
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension {
            Some(ext) if EXTENSIONS.contains(&ext.as_str()) => {
                files.extend(SourceFile::new(&relative));
            }
            _ if path.canonicalize().is_ok_and(|p| own.contains(&p)) => {}
            _ => warnings.push(Diagnostic::warning(
                "skipped-file",
                format!("skipped {relative}: only .txt and .md files are read as documents"),
            )),
        }
    }
}

/// Reads and decodes `file`, found under `folder`. A file that cannot be read is an error
/// for that document only; one that is not UTF-8 is read anyway, with a warning.
pub fn read(folder: &Path, file: &SourceFile) -> Result<(Text, Option<Diagnostic>), Diagnostic> {
    let bytes = std::fs::read(folder.join(file.relative())).map_err(|error| {
        Diagnostic::warning(
            "unreadable",
            format!("skipped {}: cannot read it: {error}", file.relative),
        )
    })?;
    let text = Text::decode(&bytes);
    // Text in UTF-8 or Windows-1252 never holds a NUL byte: such a file is binary (an
    // image or a PDF saved as .txt), and reading it as text would show a document that
    // omits everything.
    if text.encoding != Encoding::Utf16 && bytes.contains(&0) {
        return Err(Diagnostic::warning(
            "binary",
            format!(
                "skipped {}: it looks binary, not text (it holds NUL bytes)",
                file.relative
            ),
        ));
    }
    let warning = (text.encoding == Encoding::Windows1252).then(|| {
        Diagnostic::warning(
            "not-utf8",
            format!(
                "{} is not valid UTF-8: read it as Windows-1252",
                file.relative
            ),
        )
        .hint("save the file as UTF-8 to silence this warning")
    });
    // A failed download or an unsaved file looks like a source that says nothing.
    let warning = warning.or_else(|| {
        text.text.trim().is_empty().then(|| {
            Diagnostic::warning(
                "empty",
                format!("{} is empty: it omits every claim", file.relative),
            )
            .hint("check that the document was saved or downloaded whole, or remove it")
        })
    });
    Ok((text, warning))
}
