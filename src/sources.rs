//! The edge where documents come from disk: finding them under the sources folder and
//! reading their bytes. Nothing else in the library touches the file system layout.

use crate::diagnostic::Diagnostic;
use crate::document::{Encoding, Text};
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// A document found under the sources folder.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
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

    /// The order of a listing: by id, then (for two files with the same id) by path.
    fn order(&self, other: &SourceFile) -> Ordering {
        self.id()
            .cmp(other.id())
            .then_with(|| self.relative.cmp(&other.relative))
    }
}

/// How many documents a listing sorts in memory. Past it, `discover` sorts them in runs of
/// this many, each in a temporary file, and merges the runs into one more, which each
/// pass over the documents reads in order: a listing takes the same memory for any number
/// of documents (its paths took about 50 MB a million in memory).
pub const SORTED_IN_MEMORY: usize = 32_768;

/// How many runs are merged at once: past it, the runs so far are merged into one, so
/// that open files stay few whatever the number of documents (4 million a merge).
const MERGED_AT_ONCE: usize = 128;

/// The documents found under the sources folder, in id order, each id once: in memory up
/// to `SORTED_IN_MEMORY` files found, past that in a temporary file (each path and a NUL
/// byte, which no path holds).
#[derive(Debug)]
pub struct Listing {
    len: usize,
    store: Store,
    /// Why the temporary file could not be read again, the first time it could not
    /// (`read_error`).
    failed: Mutex<Option<String>>,
}

#[derive(Debug)]
enum Store {
    Memory(Vec<SourceFile>),
    File(File),
}

impl Listing {
    /// A listing of `files`, which are in id order, each id once.
    pub fn of(files: Vec<SourceFile>) -> Listing {
        Listing {
            len: files.len(),
            store: Store::Memory(files),
            failed: Mutex::new(None),
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether the listing is kept in a temporary file rather than in memory.
    pub fn is_on_disk(&self) -> bool {
        matches!(self.store, Store::File(_))
    }

    /// Every document, in id order. A listing in a temporary file is read again on each
    /// call, and should that fail (the file is the run's own: only a failing disk does it),
    /// the documents stop there and `read_error` says why.
    pub fn iter(&self) -> impl Iterator<Item = SourceFile> + '_ {
        let (memory, file) = match &self.store {
            Store::Memory(files) => (Some(files.iter().cloned()), None),
            Store::File(file) => (
                None,
                Some(Entries::new(file).map_while(|entry| {
                    entry
                        .map_err(|error| {
                            self.fail(format!(
                                "cannot read the list of documents back from its temporary file: {error}"
                            ))
                        })
                        .ok()
                })),
            ),
        };
        memory
            .into_iter()
            .flatten()
            .chain(file.into_iter().flatten())
    }

    /// The document with id `id`.
    pub fn find(&self, id: &str) -> Option<SourceFile> {
        match &self.store {
            Store::Memory(files) => files
                .binary_search_by(|file| file.id().cmp(id))
                .ok()
                .map(|i| files[i].clone()),
            Store::File(_) => self.iter().find(|file| file.id() == id),
        }
    }

    /// Why a pass over the listing's temporary file stopped early, if one ever did: what
    /// read the listing then has not seen every document.
    pub fn read_error(&self) -> Option<String> {
        self.failed.lock().ok().and_then(|failed| failed.clone())
    }

    fn fail(&self, why: String) {
        if let Ok(mut failed) = self.failed.lock() {
            failed.get_or_insert(why);
        }
    }
}

/// The entries of a listing's or a run's file (each path and a NUL byte), read in blocks
/// at its own offset: passes over one file do not share a cursor.
struct Entries<F> {
    file: F,
    offset: u64,
    buffer: Vec<u8>,
    /// Where the next entry starts in `buffer`.
    start: usize,
    ended: bool,
}

impl<F: std::borrow::Borrow<File>> Entries<F> {
    fn new(file: F) -> Entries<F> {
        Entries {
            file,
            offset: 0,
            buffer: Vec::new(),
            start: 0,
            ended: false,
        }
    }

    fn next_entry(&mut self) -> io::Result<Option<SourceFile>> {
        const BLOCK: usize = 1 << 16;
        loop {
            let rest = &self.buffer[self.start..];
            if let Some(end) = rest.iter().position(|&b| b == 0) {
                let entry = std::str::from_utf8(&rest[..end])
                    .ok()
                    .and_then(SourceFile::new);
                self.start += end + 1;
                return match entry {
                    Some(entry) => Ok(Some(entry)),
                    None => Err(io::Error::other("a damaged entry")),
                };
            }
            if self.ended {
                return match rest.is_empty() {
                    true => Ok(None),
                    false => Err(io::Error::other("a damaged last entry")),
                };
            }
            self.buffer.drain(..self.start);
            self.start = 0;
            let kept = self.buffer.len();
            self.buffer.resize(kept + BLOCK, 0);
            let read = read_at(self.file.borrow(), &mut self.buffer[kept..], self.offset);
            let read = read.inspect_err(|_| self.ended = true).unwrap_or(0);
            self.buffer.truncate(kept + read);
            self.offset += read as u64;
            self.ended |= read == 0;
        }
    }
}

impl<F: std::borrow::Borrow<File>> Iterator for Entries<F> {
    type Item = io::Result<SourceFile>;

    fn next(&mut self) -> Option<io::Result<SourceFile>> {
        self.next_entry().transpose()
    }
}

#[cfg(unix)]
fn read_at(file: &File, buffer: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buffer, offset)
}

#[cfg(windows)]
fn read_at(file: &File, buffer: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buffer, offset)
}

#[cfg(not(any(unix, windows)))]
fn read_at(_file: &File, _buffer: &mut [u8], _offset: u64) -> io::Result<usize> {
    Err(io::ErrorKind::Unsupported.into())
}

/// The documents a walk finds, sorted: in memory up to `limit`, then in sorted runs of
/// `limit` in temporary files, merged by `finish`.
struct Sorter {
    files: Vec<SourceFile>,
    runs: Vec<File>,
    limit: usize,
    /// `MERGED_AT_ONCE`.
    at_once: usize,
}

/// A source of files in the listing's order, for a merge.
type Sorted = Box<dyn Iterator<Item = io::Result<SourceFile>>>;

impl Sorter {
    fn push(&mut self, file: SourceFile) -> io::Result<()> {
        self.files.push(file);
        if self.files.len() <= self.limit {
            return Ok(());
        }
        self.files.sort_by(SourceFile::order);
        let run = write_run(self.files.drain(..).map(Ok))?;
        self.runs.push(run);
        if self.runs.len() >= self.at_once {
            let runs: Vec<Sorted> = (self.runs.drain(..))
                .map(|run| Box::new(Entries::new(run)) as Sorted)
                .collect();
            let run = write_run(Merged::new(runs)?)?;
            self.runs.push(run);
        }
        Ok(())
    }

    /// The listing, each id once: of two files with the same id, the first by path is
    /// kept and the other skipped with a warning.
    fn finish(mut self, warnings: &mut Vec<Diagnostic>) -> io::Result<Listing> {
        self.files.sort_by(SourceFile::order);
        let mut previous: Option<SourceFile> = None;
        let mut unique = |file: SourceFile| match &previous {
            Some(kept) if kept.id() == file.id() => {
                warnings.push(Diagnostic::warning(
                    "duplicate-document",
                    format!(
                        "skipped {}: it has the same document id `{}` as {}",
                        file.relative,
                        file.id(),
                        kept.relative
                    ),
                ));
                None
            }
            _ => {
                previous = Some(file.clone());
                Some(file)
            }
        };
        if self.runs.is_empty() {
            let kept: Vec<SourceFile> = self.files.into_iter().filter_map(unique).collect();
            return Ok(Listing::of(kept));
        }
        // The files still in memory are one more run.
        let mut runs: Vec<Sorted> = (self.runs.into_iter())
            .map(|run| Box::new(Entries::new(run)) as Sorted)
            .collect();
        runs.push(Box::new(self.files.into_iter().map(Ok)));
        let mut len = 0;
        let merged = Merged::new(runs)?.filter_map(|file| match file {
            Ok(file) => unique(file).map(|file| {
                len += 1;
                Ok(file)
            }),
            Err(error) => Some(Err(error)),
        });
        let file = write_run(merged)?;
        Ok(Listing {
            len,
            store: Store::File(file),
            failed: Mutex::new(None),
        })
    }
}

/// Writes `files` (in order) to a new temporary file, each path and a NUL byte.
fn write_run(files: impl Iterator<Item = io::Result<SourceFile>>) -> io::Result<File> {
    let mut out = io::BufWriter::new(tempfile::tempfile()?);
    for file in files {
        out.write_all(file?.relative.as_bytes())?;
        out.write_all(&[0])?;
    }
    out.into_inner().map_err(|e| e.into_error())
}

/// Sorted runs merged into one sorted sequence (of two equal files, the earlier run's
/// first).
struct Merged {
    runs: Vec<Sorted>,
    heads: BinaryHeap<Reverse<Ordered>>,
}

impl Merged {
    fn new(mut runs: Vec<Sorted>) -> io::Result<Merged> {
        let mut heads = BinaryHeap::new();
        for (i, run) in runs.iter_mut().enumerate() {
            if let Some(file) = run.next() {
                heads.push(Reverse(Ordered(file?, i)));
            }
        }
        Ok(Merged { runs, heads })
    }
}

impl Iterator for Merged {
    type Item = io::Result<SourceFile>;

    fn next(&mut self) -> Option<io::Result<SourceFile>> {
        let Reverse(Ordered(file, i)) = self.heads.pop()?;
        match self.runs[i].next() {
            Some(Ok(next)) => self.heads.push(Reverse(Ordered(next, i))),
            Some(Err(error)) => return Some(Err(error)),
            None => {}
        }
        Some(Ok(file))
    }
}

/// A file of a sorted run, in the listing's order (`SourceFile::order`), with the run it
/// came from.
struct Ordered(SourceFile, usize);

impl PartialEq for Ordered {
    fn eq(&self, other: &Ordered) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ordered {}

impl PartialOrd for Ordered {
    fn partial_cmp(&self, other: &Ordered) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ordered {
    fn cmp(&self, other: &Ordered) -> Ordering {
        self.0.order(&other.0).then(self.1.cmp(&other.1))
    }
}

/// Extensions of the documents read; other files are skipped with a warning.
pub const EXTENSIONS: &[&str] = &["txt", "md"];

/// Lists the documents under `dir`, sorted by id. A folder that is missing or holds no
/// documents is an error; anything skipped along the way is a warning.
pub fn discover(dir: &Path) -> Result<(Listing, Vec<Diagnostic>), Diagnostic> {
    discover_except(dir, &[])
}

/// `discover`, skipping `own` files without a warning: the claims file and its schema when
/// they sit among the documents (`sources: .`, as `factcheck init` writes for a folder that
/// holds its documents directly).
pub fn discover_except(
    dir: &Path,
    own: &[PathBuf],
) -> Result<(Listing, Vec<Diagnostic>), Diagnostic> {
    discover_sorting(dir, own, SORTED_IN_MEMORY)
}

/// The folder beside `dir` whose name is closest to its misspelt name (`sources: nws`
/// beside `news/`), if one is close enough.
fn folder_like(dir: &Path) -> Option<PathBuf> {
    let name = dir.file_name()?.to_string_lossy();
    let parent = dir.parent().filter(|p| !p.as_os_str().is_empty());
    let folders: Vec<String> = std::fs::read_dir(parent.unwrap_or(Path::new(".")))
        .ok()?
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    let like = crate::diagnostic::did_you_mean(&name, folders.iter().map(String::as_str))?;
    Some(parent.map_or_else(|| PathBuf::from(like), |p| p.join(like)))
}

/// `discover_except`, sorting `in_memory` documents at a time in memory
/// (`SORTED_IN_MEMORY`).
pub fn discover_sorting(
    dir: &Path,
    own: &[PathBuf],
    in_memory: usize,
) -> Result<(Listing, Vec<Diagnostic>), Diagnostic> {
    let shown = dir.display();
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            return Err(Diagnostic::error("bad-sources", format!("sources `{shown}` is not a folder"))
                .hint("point `sources:` in claims.yaml (or --sources) at the folder that holds the .txt and .md documents"))
        }
        Err(error) => {
            let hint = match folder_like(dir) {
                Some(like) => format!("did you mean `{}`? (`sources:` is relative to the claims file; or pass --sources DIR)", like.display()),
                None => "`sources:` is relative to the claims file; check the folder name, or pass --sources DIR".to_string(),
            };
            return Err(Diagnostic::error("bad-sources", format!("cannot open sources folder `{shown}`: {error}"))
                .hint(hint))
        }
    }
    let mut sorter = Sorter {
        files: Vec::new(),
        runs: Vec::new(),
        limit: in_memory.max(1),
        at_once: MERGED_AT_ONCE,
    };
    let mut warnings = Vec::new();
    let own: Vec<PathBuf> = own.iter().filter_map(|p| p.canonicalize().ok()).collect();
    let mut sorted = Ok(());
    walk(
        dir,
        "",
        &own,
        &mut |file| {
            if sorted.is_ok() {
                sorted = sorter.push(file);
            }
        },
        &mut warnings,
    );
    let unique =
        sorted
            .and_then(|()| sorter.finish(&mut warnings))
            .map_err(|error| {
                Diagnostic::error(
            "bad-sources",
            format!("cannot sort the list of documents in `{shown}` in a temporary file: {error}"),
        )
        .hint("set TMPDIR to a folder with room")
            })?;
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
    found: &mut dyn FnMut(SourceFile),
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
                walk(&path, &format!("{relative}/"), own, found, warnings);
            }
            continue;
        }
        // A pipe (or a device, a socket) would block the run or never end: not a document.
        let regular =
            kind.is_file() || kind.is_symlink() && path.metadata().is_ok_and(|m| m.is_file());
        if !regular {
            let what = if kind.is_symlink() && path.is_dir() {
                "a link to a folder, which is not followed"
            } else {
                "not a regular file (a pipe, a device, a socket or a broken link)"
            };
            warnings.push(Diagnostic::warning(
                "skipped-file",
                format!("skipped {relative}: {what}"),
            ));
            continue;
        }
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension {
            Some(ext) if EXTENSIONS.contains(&ext.as_str()) => {
                if let Some(file) = SourceFile::new(&relative) {
                    found(file);
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of documents: nested folders, two files with one id, a skipped file.
    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let files = [
            "b.txt",
            "a.md",
            "a.txt",
            "c-1.txt",
            "c/0.txt",
            "c/b/z.md",
            "c0.md",
            "notes.pdf",
            "d.TXT",
            "é.txt",
            "e.txt",
        ];
        for name in files {
            let path = dir.path().join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
            }
            std::fs::write(&path, name).unwrap_or_else(|e| panic!("{e}"));
        }
        dir
    }

    /// A listing sorted in runs in temporary files and merged is the listing sorted in
    /// memory, with the same warnings, whatever the size of the runs; each pass over it
    /// reads it whole again.
    #[test]
    fn a_listing_sorted_in_runs_on_disk_is_the_one_sorted_in_memory() {
        let dir = folder();
        let (memory, memory_warnings) =
            discover_sorting(dir.path(), &[], SORTED_IN_MEMORY).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(!memory.is_on_disk());
        let relative: Vec<String> = memory.iter().map(|f| f.relative().to_string()).collect();
        assert_eq!(
            relative,
            [
                "a.md", "b.txt", "c-1.txt", "c/0.txt", "c/b/z.md", "c0.md", "d.TXT", "e.txt",
                "é.txt"
            ]
        );
        let messages = |warnings: &[Diagnostic]| -> Vec<String> {
            let mut messages: Vec<String> = warnings.iter().map(|w| w.message.clone()).collect();
            messages.sort();
            messages
        };
        assert_eq!(
            messages(&memory_warnings),
            [
                "skipped a.txt: it has the same document id `a` as a.md",
                "skipped notes.pdf: only .txt and .md files are read as documents",
            ]
        );
        for runs_of in [1, 2, 3, 4, 9] {
            let (disk, warnings) =
                discover_sorting(dir.path(), &[], runs_of).unwrap_or_else(|e| panic!("{e:?}"));
            assert!(disk.is_on_disk(), "{runs_of}");
            assert_eq!(disk.len(), memory.len());
            for _ in 0..2 {
                let read: Vec<SourceFile> = disk.iter().collect();
                assert_eq!(read, memory.iter().collect::<Vec<_>>(), "{runs_of}");
            }
            assert_eq!(messages(&warnings), messages(&memory_warnings), "{runs_of}");
            assert_eq!(
                disk.find("c/b/z").map(|f| f.relative().to_string()),
                Some("c/b/z.md".into())
            );
            assert_eq!(memory.find("c/b/z"), disk.find("c/b/z"));
            assert_eq!(disk.find("c/b"), None);
            assert_eq!(disk.read_error(), None);
        }
    }

    /// Runs merged in stages (a few at a time) give the listing sorted all at once, each id
    /// once.
    #[test]
    fn runs_merged_in_stages_give_the_listing_sorted_in_memory() {
        let names: Vec<String> = (0..200)
            .map(|i| {
                format!(
                    "{:03}.{}",
                    (i * 37) % 150,
                    if i % 2 == 0 { "txt" } else { "md" }
                )
            })
            .collect();
        let sorted = |limit: usize, at_once: usize| {
            let mut sorter = Sorter {
                files: Vec::new(),
                runs: Vec::new(),
                limit,
                at_once,
            };
            for name in &names {
                let file = SourceFile::new(name).unwrap_or_else(|| panic!("{name}"));
                sorter.push(file).unwrap_or_else(|e| panic!("{e}"));
            }
            let mut warnings = Vec::new();
            let listing = sorter
                .finish(&mut warnings)
                .unwrap_or_else(|e| panic!("{e}"));
            let mut warned: Vec<String> = warnings.into_iter().map(|w| w.message).collect();
            warned.sort();
            (
                listing.iter().collect::<Vec<_>>(),
                warned,
                listing.is_on_disk(),
            )
        };
        let (in_memory, warned, on_disk) = sorted(1000, MERGED_AT_ONCE);
        assert!(!on_disk);
        assert_eq!(in_memory.len(), 150);
        assert_eq!(warned.len(), 50);
        for (limit, at_once) in [(1, 2), (2, 3), (7, 4), (50, 2), (199, 2), (200, 2)] {
            let (listed, warned_too, on_disk) = sorted(limit, at_once);
            assert_eq!(on_disk, limit < 200, "{limit} {at_once}");
            assert_eq!(listed, in_memory, "{limit} {at_once}");
            assert_eq!(warned_too, warned, "{limit} {at_once}");
        }
    }

    /// A pass over a listing's file reads entries that span its blocks.
    #[test]
    fn a_listing_on_disk_reads_entries_across_its_blocks() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let long = "x".repeat(200);
        let names: Vec<String> = (0..1000).map(|i| format!("{i:04}-{long}.txt")).collect();
        for name in &names {
            std::fs::write(dir.path().join(name), "text").unwrap_or_else(|e| panic!("{e}"));
        }
        let (listing, _) =
            discover_sorting(dir.path(), &[], 100).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(listing.is_on_disk());
        let read: Vec<String> = listing.iter().map(|f| f.relative().to_string()).collect();
        assert_eq!(read, names);
    }
}
