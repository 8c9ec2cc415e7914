//! A small builder that runs the real `factcheck` binary in a fresh folder.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A fresh folder holding a generated corpus (`factcheck::corpus::Corpus`) of `documents`
/// documents under `seeds/` and its claims file of `claims` claims.
pub fn corpus_folder(documents: usize, claims: usize) -> Test {
    let corpus = factcheck::corpus::Corpus::new(documents, claims);
    let mut folder = Test::new().file("claims.yaml", corpus.claims_yaml());
    for i in 0..corpus.documents {
        folder = folder.file(
            &format!("seeds/{}.txt", corpus.document_id(i)),
            corpus.document(i),
        );
    }
    folder
}

/// A fresh folder holding claims file `claims` and a document `text` at `seeds/NAME.txt`
/// for each of `names`.
pub fn documents_folder(claims: &str, names: impl IntoIterator<Item = String>, text: &str) -> Test {
    let mut folder = Test::new().file("claims.yaml", claims);
    for name in names {
        folder = folder.file(&format!("seeds/{name}.txt"), text);
    }
    folder
}

/// The project's own folder (where claims.yaml and seeds/ are).
pub fn project_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// How many claims the project's claims.yaml holds: an editor adds claims (README invites
/// it), and tests of the seeds' run should not then fail on a count.
pub fn seed_claims() -> usize {
    let text = std::fs::read_to_string(project_dir().join("claims.yaml")).unwrap_or_default();
    text.lines()
        .filter(|line| line.starts_with("  - id:"))
        .count()
}

pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(output: std::process::Output) -> Run {
        Run {
            status: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Asserts that the run was refused as bad input (exit status 2) and that standard
    /// error says `says`.
    #[track_caller]
    pub fn assert_refused(&self, says: &str) {
        self.assert_says(2, says);
    }

    /// Asserts that the run exited with `status` and that standard error says `says`.
    #[track_caller]
    pub fn assert_says(&self, status: i32, says: &str) {
        assert_eq!(self.status, status, "{}", self.stderr);
        assert!(self.stderr.contains(says), "{}", self.stderr);
    }
}

/// A temporary folder with files, and a command line to run in it.
pub struct Test {
    dir: PathBuf,
    args: Vec<String>,
    env: Vec<(String, String)>,
}

impl Test {
    pub fn new() -> Test {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let dir =
            PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("t{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
        Test {
            dir,
            args: Vec::new(),
            env: Vec::new(),
        }
    }

    /// Another command line, run in the same folder as `other`.
    pub fn new_in(other: &Test) -> Test {
        Test {
            dir: other.dir.clone(),
            args: Vec::new(),
            env: Vec::new(),
        }
    }

    /// Runs in the project folder itself (for the seeds); writes nothing there.
    pub fn in_project() -> Test {
        Test {
            dir: project_dir(),
            args: Vec::new(),
            env: Vec::new(),
        }
    }

    pub fn file(self, path: &str, contents: impl AsRef<[u8]>) -> Test {
        let path = self.dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&path, contents)
            .unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        self
    }

    /// The text of a file in the test's folder (empty if there is none).
    pub fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.dir.join(path)).unwrap_or_default()
    }

    /// The folder the command runs in.
    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    pub fn args<I: IntoIterator<Item = S>, S: Into<String>>(mut self, args: I) -> Test {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Test {
        self.env.push((key.into(), value.into()));
        self
    }

    /// A path inside the test's folder.
    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.join(relative)
    }

    pub fn run(&self) -> Run {
        self.run_args(&self.args)
    }

    /// Runs with `args` in place of the test's own, in the same folder: for a test that
    /// runs several commands over the same files.
    pub fn run_args<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run {
        let output = self
            .command(args)
            .output()
            .unwrap_or_else(|e| panic!("running factcheck: {e}"));
        Run::from(output)
    }

    /// The command that runs factcheck with `args` in the test's folder, with its
    /// environment.
    fn command<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_factcheck"));
        command
            .current_dir(&self.dir)
            .args(args)
            .env_remove("NO_COLOR")
            .env_remove("COLUMNS");
        for (key, value) in &self.env {
            command.env(key, value);
        }
        command
    }
}

impl Test {
    /// Runs with `args`, standard output a pipe closed before anything is written to it
    /// (as `factcheck … | head` closes it): the status and standard error.
    pub fn run_into_closed_pipe(&self, args: &[&str]) -> Run {
        let mut child = self
            .command(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("running factcheck: {e}"));
        drop(child.stdout.take());
        let output = child
            .wait_with_output()
            .unwrap_or_else(|e| panic!("running factcheck: {e}"));
        Run::from(output)
    }

    /// Runs with `args`, standard output the file `file` in the test's folder, emptied
    /// first (as the shell's `> FILE` does): the status and standard error.
    pub fn run_into_file(&self, args: &[&str], file: &str) -> Run {
        let out = std::fs::File::create(self.dir.join(file))
            .unwrap_or_else(|e| panic!("creating {file}: {e}"));
        let output = self
            .command(args)
            .stdout(out)
            .output()
            .unwrap_or_else(|e| panic!("running factcheck: {e}"));
        Run::from(output)
    }
}

/// Checks `text` against `tests/snapshots/NAME.snap`; review changes with `cargo insta review`.
pub fn snapshot(name: &str, text: &str) {
    insta::with_settings!({snapshot_path => "../snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!(name, text);
    });
}
