//! The `factcheck` command: parses arguments, wires the library together, and maps
//! outcomes to exit statuses (0 all claims pass, 1 a claim fails or `lint --deny-warnings`
//! found warnings, 2 usage or input error).

use clap::{Args, Parser, Subcommand, ValueEnum};
use factcheck::diagnostic::did_you_mean;
use factcheck::project::{FileSpill, Progress, Shard};
use factcheck::render::json::EvidenceSpill;
use factcheck::render::{self, Style};
use factcheck::{Diagnostic, Project, Report};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(
    name = "factcheck",
    version,
    about = "Check which sources support, omit or contradict the claims in claims.yaml"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// With no subcommand, factcheck runs `check`.
    #[command(flatten)]
    check: CheckArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Check every claim against every document and print the coverage table.
    Check(CheckArgs),
    /// Show, for one claim, each document's verdict and the evidence behind it (or, with
    /// only `--document`, one document's verdict on every claim).
    Explain(ExplainArgs),
    /// Check claims.yaml for mistakes without judging anything, reporting every problem.
    Lint(LintArgs),
    /// Print the JSON Schema of claims.yaml, for editors (see README: editor setup).
    Schema,
    /// Write a starter claims.yaml for a folder of documents (never overwrites a file).
    Init(InitArgs),
    /// Run every claim as a test, like `cargo test`: one line per claim, and each failing
    /// claim's evidence. Arguments after the options filter and list as libtest's do.
    Test(TestArgs),
    /// Combine the JSON reports of shards (`check --shard K/N --format json`) into the
    /// report, table and exit status of one unsharded run.
    Merge(MergeArgs),
}

#[derive(Args)]
struct MergeArgs {
    /// The shards' JSON reports.
    #[arg(value_name = "REPORT.json", required = true)]
    reports: Vec<PathBuf>,
    /// Output format [default: table, or what --output's extension says: .json, .jsonl, .xml, .md, .txt]
    #[arg(long, value_enum, ignore_case = true)]
    format: Option<Format>,
    /// Write the merged report in --format to FILE (atomically) and print the table;
    /// repeatable, each file in the format its extension names.
    #[arg(long, value_name = "FILE")]
    output: Vec<PathBuf>,
}

#[derive(Args, Clone)]
struct Inputs {
    /// The claims file.
    #[arg(long, value_name = "FILE", default_value = factcheck::claims::DEFAULT_FILE)]
    claims: PathBuf,
    /// The folder of documents (default: `sources:` of the claims file, relative to it).
    #[arg(long, value_name = "DIR")]
    sources: Option<PathBuf>,
}

#[derive(Args, Clone)]
struct CheckArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format [default: table, or what --output's extension says: .json, .jsonl, .xml, .md, .txt]
    #[arg(long, value_enum, ignore_case = true)]
    format: Option<Format>,
    /// Check only this claim (repeatable).
    #[arg(long = "claim", id = "claim_ids", value_name = "ID")]
    claims: Vec<String>,
    /// Check only claims with this tag (repeatable).
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
    /// Write the report in --format to FILE (atomically) and print the table; repeatable,
    /// each file in the format its extension names.
    #[arg(long, value_name = "FILE")]
    output: Vec<PathBuf>,
    /// Check only the documents of shard K of N (by a hash of each document id); combine
    /// the shards' JSON reports with `factcheck merge`.
    #[arg(long, value_name = "K/N", value_parser = Shard::parse)]
    shard: Option<Shard>,
}

#[derive(Args)]
struct ExplainArgs {
    /// The id of the claim to explain; without one, `--document` explains the documents'
    /// verdicts on every claim.
    id: Option<String>,
    #[command(flatten)]
    inputs: Inputs,
    /// Explain only this document, by id or label (repeatable).
    #[arg(long = "document", value_name = "DOC")]
    documents: Vec<String>,
}

#[derive(Args)]
struct TestArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// libtest's arguments: a filter (`first-visit` runs the claims whose id holds it),
    /// `--exact`, `--list`, `--skip ID`, `-q`, … (put them after `--`).
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "FILTER"
    )]
    libtest: Vec<String>,
}

#[derive(Args)]
struct LintArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Exit with status 1 when there are warnings (errors always exit with 2).
    #[arg(long)]
    deny_warnings: bool,
}

#[derive(Args)]
struct InitArgs {
    /// The folder to write claims.yaml into; its documents are in DIR/seeds, DIR/docs or DIR.
    #[arg(value_name = "DIR", default_value = ".")]
    dir: PathBuf,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The coverage table, for people.
    Table,
    /// The JSON report (a stable contract).
    Json,
    /// JUnit XML, one test case per claim, for CI test reports.
    Junit,
    /// GitHub-flavoured Markdown, for a pull-request comment.
    Markdown,
    /// JSON Lines: a line per document as it is checked, then a summary line; memory does
    /// not grow with the evidence found.
    Jsonl,
}

impl Format {
    /// Whether the report quotes evidence (JSON, JUnit, JSON Lines): the table and
    /// Markdown show verdicts, which are the same without it.
    fn quotes_evidence(self) -> bool {
        matches!(self, Format::Json | Format::Junit | Format::Jsonl)
    }

    /// The format's name in a sentence.
    fn title(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "JSON",
            Format::Jsonl => "JSON Lines",
            Format::Junit => "JUnit",
            Format::Markdown => "Markdown",
        }
    }
}

/// Why a run ended: the three exit statuses.
enum Outcome {
    Passed,
    Failed,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = terminal_style();
    match run(cli, style) {
        Ok(Outcome::Passed) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Err(problems) => {
            show_problems(&problems);
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli, style: Style) -> Result<Outcome, Vec<Diagnostic>> {
    match cli.command {
        None => check(cli.check, style),
        Some(Command::Check(args)) => check(args, style),
        Some(Command::Explain(args)) => explain(args, style),
        Some(Command::Lint(args)) => lint(args),
        Some(Command::Init(args)) => init(&args.dir),
        Some(Command::Schema) => {
            print(&factcheck::schema::render())?;
            Ok(Outcome::Passed)
        }
        Some(Command::Merge(args)) => merge(args, style),
        Some(Command::Test(args)) => test(args),
    }
}

/// `factcheck test`: the claims as tests, as `cargo test --test claims` runs them, for a
/// claims file anywhere and without a Rust project.
fn test(args: TestArgs) -> Result<Outcome, Vec<Diagnostic>> {
    let arguments = std::iter::once("factcheck test".to_string()).chain(args.libtest);
    let arguments = libtest_mimic::Arguments::try_parse_from(arguments).map_err(|error| {
        vec![Diagnostic::error("arguments", format!("factcheck test: {error}"))
            .hint("pass a filter (a part of a claim id) or libtest flags such as --exact, --list or --skip ID after `--`")]
    })?;
    // libtest-mimic waits for ever on no threads (`--test-threads 0`), and spawns as many
    // as asked otherwise (panicking when the system refuses one).
    if arguments
        .test_threads
        .is_some_and(|threads| threads == 0 || threads > 1024)
    {
        return Err(vec![Diagnostic::error(
            "arguments",
            "factcheck test: --test-threads must be 1 to 1024",
        )
        .hint(
            "leave it out to use every core, or give 1 to run the claims one at a time",
        )]);
    }
    let project = open_for_claims(&args.inputs, None)?;
    // A filter that names no claim runs nothing and passes: a typo in CI would pass unseen.
    if let Some(filter) = &arguments.filter {
        let ids = project
            .checker
            .file
            .claims
            .iter()
            .map(|claim| claim.id.as_str());
        let matches = |id: &str| {
            if arguments.exact {
                id == filter
            } else {
                id.contains(filter.as_str())
            }
        };
        if !ids.clone().any(matches) {
            let hint = match factcheck::diagnostic::did_you_mean(filter, ids) {
                Some(id) => format!("did you mean `{id}`? (`factcheck test -- --list` lists the claims)"),
                None => "`factcheck test -- --list` lists the claims; a filter runs the claims whose id contains it".to_string(),
            };
            return Err(vec![Diagnostic::error(
                "no-claim",
                format!(
                    "no claim id in {} {} `{filter}`",
                    factcheck::project::display_path(&args.inputs.claims),
                    if arguments.exact { "is" } else { "contains" }
                ),
            )
            .hint(hint)]);
        }
    }
    let shown = args.inputs.claims.display().to_string();
    let claims = factcheck::harness::project_trials(&project, &shown);
    let would_fail = claims.would_fail(&arguments);
    // libtest-mimic panics when standard output is closed (`factcheck test | head`): such
    // a panic is silenced, and the outcome is the claims' the run would have tested.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !is_broken_pipe(info.payload()) {
            default_hook(info);
        }
    }));
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        libtest_mimic::run(&arguments, claims.trials)
    }));
    drop(std::panic::take_hook());
    let failed = match run {
        Ok(conclusion) => conclusion.has_failed(),
        Err(payload) if is_broken_pipe(&*payload) => would_fail,
        Err(payload) => std::panic::resume_unwind(payload),
    };
    Ok(if failed {
        Outcome::Failed
    } else {
        Outcome::Passed
    })
}

/// Whether a panic's payload is a write to a closed pipe failing.
fn is_broken_pipe(payload: &(dyn std::any::Any + Send)) -> bool {
    let message = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("");
    message.contains("BrokenPipe") || message.contains("Broken pipe")
}

fn merge(args: MergeArgs, style: Style) -> Result<Outcome, Vec<Diagnostic>> {
    for output in &args.output {
        let target = where_written(output);
        let is_input = |report: &PathBuf| std::fs::canonicalize(report).ok() == target;
        if target.is_some() && args.reports.iter().any(is_input) {
            return Err(vec![Diagnostic::error(
                "output-is-input",
                format!(
                    "--output {} would overwrite a report being merged",
                    output.display()
                ),
            )
            .hint("name a new file, e.g. --output merged.json")]);
        }
        refuse_unwritable_output(output)?;
    }
    // The same file twice (a glob and a name, say) is said as such, not as documents that
    // two shards share.
    let mut seen: Vec<(PathBuf, &PathBuf)> = Vec::new();
    for path in &args.reports {
        let Ok(real) = std::fs::canonicalize(path) else {
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(other, _)| *other == real) {
            return Err(vec![Diagnostic::error(
                "duplicate-report",
                format!(
                    "{} is given twice (also as {})",
                    path.display(),
                    first.display()
                ),
            )
            .hint("give each shard's report once")]);
        }
        seen.push((real, path));
    }
    // `merge a.json b.json > b.json`: the shell emptied b.json before merge could read it.
    if let Some(path) = args.reports.iter().find(|path| is_standard_output(path)) {
        return Err(vec![Diagnostic::error(
            "output-is-input",
            format!(
                "standard output is {}, a report being merged: the shell opened it for the merged report (`>` empties it) before merge could read it",
                path.display()
            ),
        )
        .hint("write that report again, and the merged one to a new file (`> merged.json`, or --output merged.json)")]);
    }
    // Each report is read as it is parsed: a shard's JSON can be gigabytes. As `check`
    // does, JSON, JUnit and JSON Lines keep the evidence in a temporary file until the
    // report is written; the table and Markdown keep none. Past as many documents as
    // `check` would fold from, the merged report folds to counts too, its documents in the
    // temporary file, so memory does not grow with the shards.
    let outputs = outputs(args.format, &args.output)?;
    let written = Written::new(args.format, &outputs);
    let mut merger = factcheck::merge::Merger::default();
    let spill = || {
        spill_file(written.spill_beside(&outputs))
            .map(|file| EvidenceSpill::new(Box::new(FileSpill::new(file)), 0))
    };
    let spilled = if written.quotes_evidence() {
        spill().map(|spill| merger.spill_evidence(spill))
    } else {
        merger.drop_evidence();
        spill().map(|spill| merger.spill_documents(spill))
    };
    merger.fold_from(written.fold_from(spilled.is_some(), style));
    for path in &args.reports {
        let shown = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|error| {
            vec![Diagnostic::error(
                "unreadable",
                format!("cannot read report `{shown}`: {error}"),
            )]
        })?;
        merger.add_reader(&shown, file)?;
    }
    let (report, mut spill) = merger.finish_spilled()?;
    written.write(&report, "merged", spill.as_mut(), &outputs, style)?;
    say_failed_claims(&report, written.format, !outputs.is_empty());
    Ok(outcome(&report))
}

/// A file `--output` names, and the format it is written in.
struct Output {
    path: PathBuf,
    format: Format,
}

/// The files `--output` names, each with its format: `--format` if given (with one
/// `--output`), else the one its extension names. Several `--output` write one run in
/// several formats (a CI job's table in the log, JSON, JUnit), so each file's extension
/// picks its format and `--format` is refused, as is one file named twice.
fn outputs(asked: Option<Format>, paths: &[PathBuf]) -> Result<Vec<Output>, Vec<Diagnostic>> {
    if paths.len() > 1 && asked.is_some() {
        return Err(vec![Diagnostic::error(
            "usage",
            format!(
                "--format names one format, but --output is given {} times",
                paths.len()
            ),
        )
        .hint("leave out --format: each --output file's extension picks its format (.json, .jsonl, .xml, .md, .txt)")]);
    }
    let mut outputs: Vec<Output> = Vec::with_capacity(paths.len());
    for path in paths {
        let target = where_written(path);
        if let Some(first) = outputs
            .iter()
            .find(|o| target.is_some() && where_written(&o.path) == target)
        {
            return Err(vec![Diagnostic::error(
                "usage",
                format!(
                    "--output {} is given twice (also as {})",
                    path.display(),
                    first.path.display()
                ),
            )
            .hint("name each report file once")]);
        }
        let format = format_for(asked, Some(path))?;
        outputs.push(Output {
            path: path.clone(),
            format,
        });
    }
    Ok(outputs)
}

/// What a run writes: its reports' formats (those of `--output`, or the one for standard
/// output), and so what it keeps while it checks or merges.
struct Written {
    /// The format on standard output when there is no `--output`, else the first file's.
    format: Format,
    formats: Vec<Format>,
    to_files: bool,
}

impl Written {
    fn new(asked: Option<Format>, outputs: &[Output]) -> Written {
        let formats: Vec<Format> = match outputs {
            [] => vec![asked.unwrap_or(Format::Table)],
            outputs => outputs.iter().map(|o| o.format).collect(),
        };
        Written {
            format: formats[0],
            formats,
            to_files: !outputs.is_empty(),
        }
    }

    /// The `--output` file the temporary file goes beside (`spill_file`): the first that
    /// quotes evidence, which the temporary file is about as large as, else the first.
    fn spill_beside<'o>(&self, outputs: &'o [Output]) -> Option<&'o Path> {
        let quotes = |o: &&Output| o.format.quotes_evidence();
        (outputs.iter().find(quotes).or(outputs.first())).map(|o| o.path.as_path())
    }

    /// Whether a report written quotes evidence (JSON, JUnit, JSON Lines): the table and
    /// Markdown show verdicts, which are the same without it.
    fn quotes_evidence(&self) -> bool {
        self.formats.iter().any(|f| f.quotes_evidence())
    }

    /// From how many documents the report folds to counts: where every report written
    /// (and the table printed beside files) shows counts or reads the temporary file.
    fn fold_from(&self, spilled: bool, style: Style) -> usize {
        (self.formats.iter())
            .map(|&format| fold_from(format, self.to_files, spilled, style))
            .max()
            .unwrap_or(usize::MAX)
    }

    /// Writes `report` (whose evidence, if it quotes any, is in `spill`) to each of
    /// `outputs`, atomically, and prints the table; without `--output`, writes it in
    /// `self.format` to standard output.
    fn write(
        &self,
        report: &Report,
        suite: &str,
        mut spill: Option<&mut EvidenceSpill>,
        outputs: &[Output],
        style: Style,
    ) -> Result<(), Vec<Diagnostic>> {
        let mut write = |format: Format, out: &mut dyn Write| match (&mut spill, format) {
            (Some(spill), Format::Json | Format::Junit | Format::Jsonl) => {
                write_spilled(report, suite, format, spill, out)
            }
            _ => write_report(report, suite, format, Style::PLAIN, out),
        };
        if outputs.is_empty() {
            return match self.format {
                Format::Table | Format::Markdown => show(report, suite, self.format, style),
                format => emit(|out| write(format, out)),
            };
        }
        let paths: Vec<&Path> = outputs.iter().map(|o| o.path.as_path()).collect();
        write_files(&paths, |i, out| match outputs.get(i) {
            Some(output) => write(output.format, out),
            None => Ok(()),
        })?;
        show(report, suite, Format::Table, style)
    }
}

/// The number of documents from which a report in `format` (to a file if `output`, the
/// table then printed beside it) folds to counts (`Report::folded`): past the documents
/// where each renderer it goes to shows counts, the report keeps counts only, and memory
/// stays the same for any number of documents. The table of tens of thousands of
/// documents and the Markdown of more than twenty show counts, and the temporary file
/// (`spilled`) the JSON, JUnit and JSON Lines reports are written from keeps every
/// document's verdicts (as JSON Lines written as documents are checked does).
fn fold_from(format: Format, output: bool, spilled: bool, style: Style) -> usize {
    let table_from = render::table::counts_only_from;
    let fold_from = match (format, output) {
        (Format::Table, false) => table_from(style.width),
        (Format::Table, true) => table_from(Style::PLAIN.width),
        (Format::Markdown, _) => render::markdown::COUNTS_FROM,
        (Format::Json | Format::Junit | Format::Jsonl, _) if spilled => 0,
        (Format::Json | Format::Junit | Format::Jsonl, _) => usize::MAX,
    };
    match output {
        true => fold_from.max(table_from(style.width)),
        false => fold_from,
    }
}

/// Whether standard output is the file at `path` (redirected to it by the shell).
#[cfg(unix)]
fn is_standard_output(path: &Path) -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;
    let Ok(out) = std::io::stdout().as_fd().try_clone_to_owned() else {
        return false;
    };
    let (Ok(out), Ok(file)) = (std::fs::File::from(out).metadata(), std::fs::metadata(path)) else {
        return false;
    };
    out.is_file() && out.dev() == file.dev() && out.ino() == file.ino()
}

#[cfg(not(unix))]
fn is_standard_output(_: &Path) -> bool {
    false
}

/// How many failed claims the summary on standard error states.
const NAMED_FAILURES: usize = 5;

/// When claims failed and standard output had no table (a JSON, JSON Lines, JUnit or
/// Markdown report, most often redirected to a file), says which and why on standard
/// error, as the table's FAIL lines do: a CI log otherwise shows exit status 1 and nothing
/// else (with `--output`, the table printed beside the file says it).
fn say_failed_claims(report: &Report, format: Format, output: bool) {
    if output || format == Format::Table || report.passed() {
        return;
    }
    let failed: Vec<&factcheck::report::ClaimReport> =
        report.claims.iter().filter(|c| !c.passed).collect();
    let report_name = format.title();
    let claims = match report.claims.len() {
        1 => "claim",
        _ => "claims",
    };
    // Markdown, like the table, keeps verdicts without their evidence.
    let evidence = match format.quotes_evidence() {
        true => format!("the {report_name} report on standard output has the evidence"),
        false => "`factcheck explain ID` shows the evidence".to_string(),
    };
    let mut said = format!(
        "{} of {} {claims} failed ({evidence}):\n",
        failed.len(),
        report.claims.len(),
    );
    for claim in failed.iter().take(NAMED_FAILURES) {
        for line in render::failure_lines(claim, Style::PLAIN) {
            said.push_str(&line);
            said.push('\n');
        }
    }
    if failed.len() > NAMED_FAILURES {
        let more = failed.len() - NAMED_FAILURES;
        let ids: Vec<&str> = failed[NAMED_FAILURES..]
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let shown = ids.len().min(NAMED_FAILURES);
        let rest = match ids.len() - shown {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        said.push_str(&format!(
            "{more} more failed: {}{rest}\n",
            ids[..shown].join(", ")
        ));
    }
    eprint!("{said}");
}

/// The format asked for, else the one `--output`'s extension names (`report.json` means
/// JSON), else the table.
///
/// An extension that names no format is an error, not the table: `--output report.junit`
/// or `out.yaml` would otherwise get a box-drawn table under a name that promises otherwise.
fn format_for(asked: Option<Format>, output: Option<&Path>) -> Result<Format, Vec<Diagnostic>> {
    if output.is_some_and(|path| path == Path::new("-")) {
        return Err(vec![Diagnostic::error(
            "usage",
            "`--output -` would write a file named `-`",
        )
        .hint(
            "to write to standard output, leave out --output (and choose with --format)",
        )]);
    }
    let Some(path) = output else {
        return Ok(asked.unwrap_or(Format::Table));
    };
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let named = match extension.as_deref() {
        None | Some("txt") => Some(Format::Table),
        Some("json") => Some(Format::Json),
        Some("jsonl") => Some(Format::Jsonl),
        Some("xml" | "junit") => Some(Format::Junit),
        Some("md" | "markdown") => Some(Format::Markdown),
        Some(_) => None,
    };
    // `--format junit --output report.json` writes what was asked, but the next reader
    // of report.json (a CI step, a script) expects JSON: say so.
    if let (Some(asked), Some(named), Some(_)) = (asked, named, &extension) {
        if asked != named {
            warn(&[Diagnostic::warning(
                "output",
                format!(
                    "writing the {} report to `{}`, whose extension says {}",
                    asked.title(),
                    path.display(),
                    named.title()
                ),
            )
            .hint("name the file after the format (.json, .jsonl, .xml, .md, .txt), or leave out --format")]);
        }
    }
    if let Some(asked) = asked {
        return Ok(asked);
    }
    match (named, extension.as_deref()) {
        (Some(named), _) => Ok(named),
        (None, other) => Err(vec![Diagnostic::error(
            "usage",
            format!(
                "cannot tell which report to write to `{}` from its extension `.{}`",
                path.display(),
                other.unwrap_or_default()
            ),
        )
        .hint("name it .json, .jsonl, .xml or .junit (JUnit), .md (Markdown) or .txt (the table), or give --format")]),
    }
}

/// Prints a report in the chosen format; `suite` names the claims file in JUnit.
fn show(report: &Report, suite: &str, format: Format, style: Style) -> Result<(), Vec<Diagnostic>> {
    emit(|out| write_report(report, suite, format, style, out))
}

/// Writes a report in the chosen format. JSON is streamed: the JSON of a large run is far
/// bigger than the report behind it.
fn write_report(
    report: &Report,
    suite: &str,
    format: Format,
    style: Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Table => out.write_all(render::table::render(report, style).as_bytes()),
        Format::Json => render::json::write(report, out),
        Format::Junit => render::junit::write(
            report,
            suite,
            |i| Ok(render::junit::failure(report, i)),
            out,
        ),
        Format::Markdown => out.write_all(render::markdown::render(report).as_bytes()),
        Format::Jsonl => render::jsonl::write(report, out),
    }
}

/// `write_report` for a report whose evidence is in `spill` (JSON, JUnit and JSON Lines;
/// the table and Markdown quote none).
fn write_spilled(
    report: &Report,
    suite: &str,
    format: Format,
    spill: &mut EvidenceSpill,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Junit => {
            let claims = spill.claims_of(report)?;
            let details = |i| {
                let (excerpt, claim, unlisted) = claims.excerpt(report, i)?;
                Ok(render::junit::failure_details(&excerpt, &claim, unlisted))
            };
            render::junit::write(report, suite, details, out)
        }
        Format::Jsonl => render::jsonl::write_spilled(report, spill, out),
        _ => render::json::write_spilled(report, spill, out),
    }
}

/// Opens the project for `explain` and `test`, which are about claims, not the file: its own warnings
/// (an unused term, a label for no document) are counted in one line, which `check` and
/// `lint` spell out, rather than drawn in full before every answer.
fn open_for_claims(inputs: &Inputs, explained: Option<&str>) -> Result<Project, Vec<Diagnostic>> {
    let project = Project::open(&inputs.claims, inputs.sources.as_deref())?;
    // The warnings on the lines of the claim `explain` explains are drawn in full (a
    // `number:` read otherwise than meant is often why it fails); the others are counted.
    let claims = &project.checker.file.claims;
    let span = explained.and_then(|id| {
        let claim = claims.iter().find(|c| c.id == id)?;
        let end = claims
            .iter()
            .map(|c| c.line)
            .filter(|&line| line > claim.line)
            .min()
            .unwrap_or(usize::MAX);
        Some(claim.line..end)
    });
    let (own, others): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
        project.warnings.iter().partition(|warning| {
            let line = warning.location.as_ref().map(|at| at.line);
            span.as_ref()
                .is_some_and(|span| line.is_some_and(|line| span.contains(&line)))
        });
    let other = match own.is_empty() {
        true => "",
        false => " other",
    };
    if !own.is_empty() {
        let own: Vec<Diagnostic> = own.into_iter().cloned().collect();
        warn(&own);
    }
    let count = others.len();
    if count > 0 {
        let (what, them) = if count == 1 {
            (format!("1{other} warning"), "it")
        } else {
            (format!("{count}{other} warnings"), "them")
        };
        eprintln!(
            "warning: {} has {what} (`factcheck lint{}` shows {them})",
            factcheck::project::display_path(&inputs.claims),
            lint_arguments(inputs)
        );
    }
    Ok(project)
}

/// The `--claims` and `--sources` options a `lint` suggestion needs to read the same files.
fn lint_arguments(inputs: &Inputs) -> String {
    let mut arguments = String::new();
    let claims = factcheck::project::display_path(&inputs.claims);
    if claims != factcheck::claims::DEFAULT_FILE {
        arguments.push_str(&format!(" --claims {claims}"));
    }
    if let Some(sources) = &inputs.sources {
        arguments.push_str(&format!(
            " --sources {}",
            factcheck::project::display_path(sources)
        ));
    }
    arguments
}

/// Shows problems that do not stop the run on standard error, drawn like every diagnostic.
fn warn(problems: &[Diagnostic]) {
    if !problems.is_empty() {
        show_problems(problems);
        eprintln!();
    }
}

/// Every diagnostic, on standard error, drawn the one way (in colour on a terminal).
fn show_problems(problems: &[Diagnostic]) {
    let err_style = Style {
        color: style_for_stderr(),
        ..Style::PLAIN
    };
    eprint!("{}", render::diagnostic::render_all(problems, err_style));
}

/// How many of the claims file's warnings `check` draws in full on each run. A claims file
/// of hundreds of claims can hold dozens (a pattern that matches nothing in these
/// documents), which drawn in full on every run push the report off the screen; past
/// these, `check` counts them in one line and `lint` draws them all.
const WARNINGS_IN_FULL: usize = 3;

/// The claims file's warnings as `check` shows them: the first `WARNINGS_IN_FULL` drawn in
/// full, the rest counted by `finish`. The warnings of loading come before the run and
/// those the run finds after it, so the budget spans both.
struct CheckWarnings<'a> {
    inputs: &'a Inputs,
    drawn: usize,
    held: usize,
}

impl<'a> CheckWarnings<'a> {
    fn new(inputs: &'a Inputs) -> Self {
        CheckWarnings {
            inputs,
            drawn: 0,
            held: 0,
        }
    }

    fn show(&mut self, problems: &[Diagnostic]) {
        let room = WARNINGS_IN_FULL
            .saturating_sub(self.drawn)
            .min(problems.len());
        let (full, rest) = problems.split_at(room);
        warn(full);
        self.drawn += full.len();
        self.held += rest.len();
    }

    /// Shows the run's own warnings, the last, then counts those not drawn.
    fn finish(mut self, problems: &[Diagnostic]) {
        self.show(problems);
        if self.held == 0 {
            return;
        }
        let (what, them) = if self.held == 1 {
            ("1 more warning".to_string(), "it")
        } else {
            (format!("{} more warnings", self.held), "them all")
        };
        eprintln!(
            "warning: {} has {what}, not drawn here (`factcheck lint{}` shows {them})\n",
            factcheck::project::display_path(&self.inputs.claims),
            lint_arguments(self.inputs)
        );
    }
}

fn check(args: CheckArgs, style: Style) -> Result<Outcome, Vec<Diagnostic>> {
    let mut project = Project::open(&args.inputs.claims, args.inputs.sources.as_deref())?;
    let mut warnings = CheckWarnings::new(&args.inputs);
    warnings.show(&project.warnings);
    select_claims(&mut project, &args.claims, &args.tags)?;
    // (`--output -` is told that it would be a file named `-` (`format_for`), wherever the
    // sources are.)
    for path in args.output.iter().filter(|path| path.as_os_str() != "-") {
        refuse_to_overwrite_inputs(&project, path)?;
        refuse_unwritable_output(path)?;
    }
    let outputs = outputs(args.format, &args.output)?;
    let written = Written::new(args.format, &outputs);
    let format = written.format;
    // A claims file with no claims (as `init` writes it) passes every check: say so, so that
    // a CI job does not pass on nothing without anyone seeing.
    if project.checker.file.claims.is_empty() {
        warn(&[Diagnostic::warning(
            "no-claims",
            format!(
                "{} has no claims: nothing is checked",
                project.claims_path.display()
            ),
        )
        .hint("add claims under `claims:` (see the claims.yaml tour in README.md)")]);
    }
    let bar = Bar::new();
    let progress = |progress| bar.update(progress);
    let suite = project.claims_path.display().to_string();
    // JSON Lines alone is written as documents are checked, each document's evidence then
    // dropped (`check_streaming`), so its report folds from the first document.
    if let [Format::Jsonl] = written.formats[..] {
        project.checker.keep_evidence(false);
        project.fold_from(written.fold_from(true, style));
        let output = outputs.first().map(|o| o.path.as_path());
        let mut checked = None;
        let mut stream = |out: &mut (dyn Write + Send)| {
            let (report, problems, written) = project.check_streaming(args.shard, &progress, out);
            checked = Some((report, problems));
            written
        };
        let streamed = match output {
            Some(path) => write_atomically(path, stream),
            // Not through `emit`: lines are written from the checking threads, which
            // must not wait for a lock on standard output that this thread holds.
            None => {
                let mut out = std::io::BufWriter::new(std::io::stdout());
                written_out(stream(&mut out).and_then(|()| out.flush()))
            }
        };
        bar.finish();
        let Some((report, problems)) = checked else {
            // The check runs unless the output file could not be created.
            streamed?;
            return Err(Vec::new());
        };
        print_warnings(&report);
        warnings.finish(&problems);
        streamed?;
        if output.is_some() {
            show(&report, &suite, Format::Table, style)?;
        }
        return Ok(check_outcome(report, project, format, &outputs));
    }
    // The table and Markdown show verdicts, which are the same without their evidence; a
    // large run then holds two bits per claim and document. JSON, JUnit and JSON Lines
    // quote evidence; their report needs none when it can be spilled to a temporary file
    // (`check_spilling`), which then also keeps every document and verdict, so that the
    // report folds to counts (`Written::fold_from`).
    let spill = written
        .quotes_evidence()
        .then(|| spill_file(written.spill_beside(&outputs)))
        .flatten()
        .map(|file| {
            let claims = project.checker.file.claims.len();
            EvidenceSpill::new(Box::new(FileSpill::new(file)), claims)
        });
    project
        .checker
        .keep_evidence(written.quotes_evidence() && spill.is_none());
    project.fold_from(written.fold_from(spill.is_some(), style));
    let (report, problems, mut spill) = match spill {
        Some(mut spill) => {
            let (report, problems, spilled) =
                project.check_spilling(args.shard, &progress, &mut spill);
            (report, problems, Some((spill, spilled)))
        }
        None => {
            let (report, problems) = project.check_with(args.shard, &progress);
            (report, problems, None)
        }
    };
    bar.finish();
    print_warnings(&report);
    warnings.finish(&problems);
    let spill = match &mut spill {
        Some((spill, spilled)) => {
            if let Err(error) = spilled {
                return Err(vec![Diagnostic::error(
                    "output",
                    format!("cannot keep the report's evidence in a temporary file: {error}"),
                )
                .hint(factcheck::merge::SPILL_ROOM)]);
            }
            Some(spill)
        }
        None => None,
    };
    written.write(&report, &suite, spill, &outputs, style)?;
    Ok(check_outcome(report, project, format, &outputs))
}

/// The outcome of a checked `report` (whose `project` is dropped here), written in
/// `format` to standard output or to `outputs`.
fn check_outcome(report: Report, project: Project, format: Format, outputs: &[Output]) -> Outcome {
    // The report says which shard it checked (none for shard 1/1, the whole run).
    let outcome = match report.shard {
        // A shard holds some of the documents, so whether a claim meets its expectation
        // (supported somewhere, a pinned document's verdict) is decided only when the shards
        // are merged: a CI matrix's shard jobs must not all fail on what they cannot know.
        Some(shard) => {
            // The table, Markdown and JUnit say so themselves (and the table is printed
            // beside any --output); JSON on standard output cannot.
            let said = !outputs.is_empty()
                || matches!(format, Format::Table | Format::Markdown | Format::Junit);
            if !said {
                eprintln!(
                    "shard {}/{}: expectations are decided by `factcheck merge` over every \
                     shard's JSON report, so a shard exits 0 unless its input is bad",
                    shard.index, shard.count,
                );
            }
            Outcome::Passed
        }
        None => {
            say_failed_claims(&report, format, !outputs.is_empty());
            outcome(&report)
        }
    };
    // Freeing a large run's evidence and compiled patterns one allocation at a time takes
    // longer than the operating system takes to reclaim the memory when the process exits.
    std::mem::forget(report);
    std::mem::forget(project);
    outcome
}

/// How many documents that just omit a claim `explain` ranks by their near misses, at most.
const RANKED_OMISSIONS: usize = 5_000;

/// How many of the claims a document omits `explain --document` shows with the sentence
/// that comes closest to each (trials 17 and 18 asked which claims a document nearly states).
const NEARLY_STATED: usize = 5;

fn explain(args: ExplainArgs, style: Style) -> Result<Outcome, Vec<Diagnostic>> {
    let Some(id) = &args.id else {
        return explain_documents(&args, style);
    };
    let mut project = open_for_claims(&args.inputs, args.id.as_deref())?;
    select_claims(&mut project, std::slice::from_ref(id), &[])?;
    let (report, problems) = project.check();
    print_warnings(&report);
    warn(&problems);
    // A document may be named by its id or by the label the table shows.
    let mut documents = Vec::with_capacity(args.documents.len());
    for named in &args.documents {
        documents.push(document_named(&report, named, &project)?);
    }
    let Some(claim) = report.claims.first() else {
        return Ok(Outcome::Passed);
    };
    let Some(written) = project.checker.file.claims.first() else {
        return Ok(Outcome::Passed);
    };
    // Without --document, the documents that just omit the claim are ranked by their
    // closest sentence, and the closest shown: the first by id were mostly documents that
    // share no word with it. Each means reading a document again (5,000 took 2.9 s on one
    // thread), so past `RANKED_OMISSIONS` the first by id are shown.
    let plain = render::explain::plain_omissions(&report, claim);
    let ranked = if documents.is_empty() && plain.len() <= RANKED_OMISSIONS {
        project.near_misses(written, &plain)
    } else {
        Vec::new()
    };
    let closest = render::explain::closest(&ranked);
    // Near misses for the documents shown that omit the claim.
    let omitting = render::explain::omissions_shown(&report, claim, &documents, closest.as_deref());
    let near_misses = if ranked.is_empty() {
        project.near_misses(written, &omitting)
    } else {
        ranked
            .iter()
            .filter(|(id, _)| omitting.contains(&id.as_str()))
            .cloned()
            .collect()
    };
    let skipped = project.skipped_figures(0, &omitting);
    print(&render::explain::render(
        &report,
        claim,
        &documents,
        closest.as_deref(),
        &near_misses,
        &skipped,
        style,
    ))?;
    Ok(outcome(&report))
}

/// `factcheck explain --document DOC` without a claim: each document's verdict on every
/// claim, with the evidence.
fn explain_documents(args: &ExplainArgs, style: Style) -> Result<Outcome, Vec<Diagnostic>> {
    if args.documents.is_empty() {
        return Err(vec![Diagnostic::error(
            "arguments",
            "explain needs a claim id, or --document DOC",
        )
        .hint("`factcheck explain CLAIM` explains one claim over every document; `factcheck explain --document DOC` one document's verdicts on every claim (`factcheck check` lists both)")]);
    }
    let project = open_for_claims(&args.inputs, None)?;
    let (report, problems) = project.check();
    print_warnings(&report);
    // Every claim's dead or too broad patterns would bury the document's verdicts: counted.
    if !problems.is_empty() {
        let (count, them) = match problems.len() {
            1 => ("1 warning".to_string(), "it"),
            n => (format!("{n} warnings"), "them"),
        };
        eprintln!(
            "warning: the claims' patterns have {count} over these documents (`factcheck lint{}` shows {them})",
            lint_arguments(&args.inputs)
        );
    }
    let mut texts = Vec::with_capacity(args.documents.len());
    for named in &args.documents {
        let id = document_named(&report, named, &project)?;
        // Read once for both: the figures its patterns skipped, and its near misses.
        let text = project.read_document(&id);
        let skipped = text
            .as_ref()
            .map(|text| project.checker.skipped_figures_by_claim(text))
            .unwrap_or_default();
        let omitted = render::explain::plain_omitted_claims(&report, &id, &skipped);
        let closest = text
            .as_ref()
            .map(|text| project.closest_claims(text, &omitted, NEARLY_STATED))
            .unwrap_or_default();
        texts.push(render::explain::render_document(
            &report, &id, &skipped, &omitted, &closest, style,
        ));
    }
    print(&texts.join("\n"))?;
    Ok(outcome(&report))
}

/// The id of the document `named` by its id or, failing that, by its label (in any case),
/// as the coverage table shows documents by their labels.
fn document_named(
    report: &Report,
    named: &str,
    project: &Project,
) -> Result<String, Vec<Diagnostic>> {
    // (An empty name ends every path: it named the first skipped file.)
    if named.trim().is_empty() {
        return Err(vec![Diagnostic::error(
            "unknown-document",
            "`--document` names no document (it is empty)",
        )
        .hint(
            "name a document by its id (its file name) or its label, as `check` shows them",
        )]);
    }
    if report.documents.iter().any(|d| d.id() == named) {
        return Ok(named.to_string());
    }
    // Its file, as `check` prints its path or as the end of it (`bridge-blog.md`).
    let by_file: Vec<&str> = report
        .documents
        .iter()
        .filter(|d| Path::new(d.path()).ends_with(named))
        .map(|d| d.id())
        .collect();
    if let [id] = by_file.as_slice() {
        return Ok(id.to_string());
    }
    let labelled: Vec<&str> = report
        .documents
        .iter()
        .filter(|d| {
            d.label()
                .is_some_and(|label| label.to_lowercase() == named.to_lowercase())
        })
        .map(|d| d.id())
        .collect();
    match labelled.as_slice() {
        [id] => return Ok(id.to_string()),
        [] => {}
        several => {
            return Err(vec![Diagnostic::error(
                "ambiguous-document",
                format!("`{named}` is the label of {} documents", several.len()),
            )
            .hint(format!("name one by its id: {}", several.join(", ")))])
        }
    }
    // The key the table gives a long name (`D5`, by position in id order).
    let prefix = render::table::key_prefix(report);
    let key = render::table::key_number(named, &prefix)
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| report.documents.get(i));
    if let Some(document) = key {
        return Ok(document.id().to_string());
    }
    // A file that is there but was skipped (unreadable, binary): its warning says why.
    if let Some(file) = project.files.iter().find(|f| {
        f.id() == named
            || f.relative() == named
            || project.sources_dir.join(f.relative()).ends_with(named)
    }) {
        return Err(vec![Diagnostic::error(
            "unread-document",
            format!(
                "document `{}` was skipped, so it has no verdicts",
                file.id()
            ),
        )
        .hint(
            "its warning above says why; fix the file, or name another document",
        )]);
    }
    let names = report
        .documents
        .iter()
        .flat_map(|d| std::iter::once(d.id()).chain(d.label()));
    let mut problem = Diagnostic::error(
        "unknown-document",
        format!("no document `{named}` in {}", project.sources_dir.display()),
    );
    problem = match did_you_mean(named, names) {
        Some(suggestion) => problem.hint(format!("did you mean `{suggestion}`?")),
        None => problem
            .hint("name a document by its id (its file name) or its label, as `check` shows them"),
    };
    Err(vec![problem])
}

/// Reports every problem of the claims file at once, judging nothing. Errors exit with 2 (as
/// they would stop `check`); warnings alone exit with 0, or with 1 under `--deny-warnings`,
/// the status of a failed check, since the file still works.
fn lint(args: LintArgs) -> Result<Outcome, Vec<Diagnostic>> {
    let project = match Project::open(&args.inputs.claims, args.inputs.sources.as_deref()) {
        Ok(project) => project,
        Err(problems) => {
            // The diagnostics go to standard error, then the count closes standard output,
            // as it does when there are only warnings (on a terminal, the count is last).
            let errors = problems.iter().filter(|p| p.is_error()).count();
            let warnings = problems.len() - errors;
            let plural =
                |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
            show_problems(&problems);
            print(&format!(
                "{}: {}, {}\n",
                args.inputs.claims.display(),
                plural(errors, "error"),
                plural(warnings, "warning")
            ))?;
            // Already shown: `main` only sets the exit status.
            return Err(Vec::new());
        }
    };
    let mut problems = project.warnings.clone();
    problems.extend(project.lint());
    factcheck::diagnostic::sort_by_position(&mut problems);
    warn(&problems);
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let found = if problems.is_empty() {
        "no problems".to_string()
    } else {
        plural(problems.len(), "warning")
    };
    // A file found but not read (unreadable, binary, not .txt or .md) is no document the claims were
    // checked against.
    let unread = problems
        .iter()
        .filter(|p| matches!(p.code, "unreadable" | "binary"))
        .count();
    let skipped = unread + problems.iter().filter(|p| p.code == "skipped-file").count();
    let documents = match skipped {
        0 => plural(project.files.len(), "document"),
        _ => format!(
            "{} ({skipped} more skipped)",
            plural(project.files.len() - unread, "document")
        ),
    };
    print(&format!(
        "{}: {}, {documents}: {found}\n",
        project.claims_path.display(),
        plural(project.checker.file.claims.len(), "claim"),
    ))?;
    Ok(if args.deny_warnings && !problems.is_empty() {
        Outcome::Failed
    } else {
        Outcome::Passed
    })
}

fn init(dir: &std::path::Path) -> Result<Outcome, Vec<Diagnostic>> {
    let done = Project::init(dir)?;
    let shown = factcheck::project::display_path;
    let mut text = format!(
        "wrote {} ({} document{} in `{}`)\n",
        shown(&done.claims_path),
        done.documents,
        if done.documents == 1 { "" } else { "s" },
        done.sources
    );
    if let Some(schema) = &done.schema_path {
        text.push_str(&format!("wrote {} (for editors)\n", shown(schema)));
    }
    text.push_str("next: label the documents, add claims, then run `factcheck lint`\n");
    print(&text)?;
    Ok(Outcome::Passed)
}

/// The first `most` of `names`, then how many more and where they are: a list that fits
/// a hint.
fn list_some(names: &[String], most: usize, more_where: &str) -> String {
    let shown: Vec<&str> = names.iter().take(most).map(String::as_str).collect();
    match names.len().saturating_sub(most) {
        0 => shown.join(", "),
        more => format!("{} and {more} more {more_where}", shown.join(", ")),
    }
}

/// Applies `--claim` and `--tag`; an id that names no claim is an error with a suggestion.
fn select_claims(
    project: &mut Project,
    ids: &[String],
    tags: &[String],
) -> Result<(), Vec<Diagnostic>> {
    let known: Vec<String> = project
        .checker
        .file
        .claims
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let mut problems = Vec::new();
    for id in ids {
        if !known.contains(id) {
            let mut problem = Diagnostic::error(
                "unknown-claim",
                format!(
                    "no claim with id `{id}` in {}",
                    project.claims_path.display()
                ),
            );
            let listed = id.contains(',')
                && id
                    .split(',')
                    .all(|part| known.iter().any(|k| k == part.trim()));
            problem = if listed {
                let each: Vec<String> = id
                    .split(',')
                    .map(|part| format!("--claim {}", part.trim()))
                    .collect();
                problem.hint(format!(
                    "give --claim once for each claim: {}",
                    each.join(" ")
                ))
            } else if let Some(suggestion) = did_you_mean(id, known.iter().map(String::as_str)) {
                problem.hint(format!("did you mean `{suggestion}`?"))
            } else {
                problem.hint(format!(
                    "the claims in this file are: {}",
                    list_some(&known, 8, &format!("in {}", project.claims_path.display()))
                ))
            };
            problems.push(problem);
        }
    }
    let all_tags: Vec<&str> = project
        .checker
        .file
        .claims
        .iter()
        .flat_map(|c| c.tags.iter().map(String::as_str))
        .collect();
    for tag in tags {
        if !all_tags.contains(&tag.as_str()) {
            let mut problem =
                Diagnostic::error("unknown-tag", format!("no claim has the tag `{tag}`"));
            problem = match did_you_mean(tag, all_tags.iter().copied()) {
                Some(suggestion) => problem.hint(format!("did you mean `{suggestion}`?")),
                None if all_tags.is_empty() => problem
                    .hint("no claim in this file has `tags:`; add e.g. `tags: [visit]` to a claim"),
                None => {
                    let mut known = all_tags.clone();
                    known.sort_unstable();
                    known.dedup();
                    problem.hint(format!("the tags in this file are: {}", known.join(", ")))
                }
            };
            problems.push(problem);
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if ids.is_empty() && tags.is_empty() {
        return Ok(());
    }
    project.checker.retain_claims(|claim| {
        ids.contains(&claim.id) || claim.tags.iter().any(|t| tags.contains(t))
    });
    if project.checker.file.claims.is_empty() {
        return Err(vec![Diagnostic::error(
            "no-claims",
            format!(
                "no claim has the tag{} {}",
                if tags.len() > 1 { "s" } else { "" },
                tags.join(", ")
            ),
        )
        .hint("tags are listed under `tags:` in each claim")]);
    }
    Ok(())
}

/// Problems met while reading documents go to standard error, so they never mix with a
/// report on standard output.
fn print_warnings(report: &Report) {
    let style = Style {
        color: style_for_stderr(),
        ..Style::PLAIN
    };
    for warning in &report.warnings {
        eprint!(
            "{}",
            render::diagnostic::render(&Diagnostic::warning("document", warning.clone()), style)
        );
    }
}

fn outcome(report: &Report) -> Outcome {
    if report.passed() {
        Outcome::Passed
    } else {
        Outcome::Failed
    }
}

/// `--output` must never replace what the user wrote: the claims file or a document.
fn refuse_to_overwrite_inputs(project: &Project, output: &Path) -> Result<(), Vec<Diagnostic>> {
    let canonical = |p: &Path| std::fs::canonicalize(p).ok();
    let Some(target) = where_written(output) else {
        return Ok(());
    };
    let is_claims = canonical(&project.claims_path).is_some_and(|c| c == target);
    let in_sources = canonical(&project.sources_dir).is_some_and(|dir| target.starts_with(dir));
    let document_like = target
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| factcheck::sources::EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
    let problem = if is_claims {
        "would overwrite the claims file"
    } else if in_sources && document_like && output.exists() {
        "would overwrite a source document"
    } else if in_sources && document_like {
        "would put the report among the source documents, where the next check would read it as one"
    } else if in_sources {
        "would put the report in the sources folder, where every later check would warn that it skips it"
    } else {
        return Ok(());
    };
    // The example keeps the file name asked for (and so its format).
    let name = output
        .file_name()
        .map_or_else(|| "report.json".into(), |n| n.to_string_lossy());
    let name = if is_claims {
        "report.json".into()
    } else {
        name
    };
    let hint = if is_claims {
        format!("name a report file, e.g. --output {name}")
    } else {
        // Beside the sources folder: its parent (`..` when the sources are `.`, as `init`
        // writes them).
        let sources = std::path::absolute(&project.sources_dir).unwrap_or_default();
        let here = std::env::current_dir().unwrap_or_default();
        let beside = match sources.parent() {
            Some(parent) => parent
                .strip_prefix(&here)
                .map(Path::to_path_buf)
                .unwrap_or_else(|_| match here.starts_with(parent) {
                    true => {
                        let up = here.components().count() - parent.components().count();
                        std::iter::repeat_n(Path::new(".."), up).collect()
                    }
                    false => parent.to_path_buf(),
                }),
            None => std::path::PathBuf::new(),
        };
        format!(
            "write the report outside the sources folder, e.g. --output {}",
            beside.join(name.as_ref()).display()
        )
    };
    Err(vec![Diagnostic::error(
        "output-is-input",
        format!("--output {} {problem}", output.display()),
    )
    .hint(hint)])
}

/// The folder `--output` writes into (`.` for a bare file name).
fn output_folder(output: &Path) -> &Path {
    match output.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    }
}

/// The absolute path `--output` would write, whether or not the file exists yet (one that
/// does not is where its folder is), to compare with the inputs; `None` when the folder
/// does not exist either.
fn where_written(output: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(output).ok().or_else(|| {
        Some(
            std::fs::canonicalize(output_folder(output))
                .ok()?
                .join(output.file_name()?),
        )
    })
}

/// The error for an `--output` that cannot be written.
fn cannot_write(path: &Path, error: std::io::Error) -> Vec<Diagnostic> {
    vec![Diagnostic::error(
        "output",
        format!("cannot write {}: {error}", path.display()),
    )
    .hint("check that the folder exists and is writable")]
}

/// Fails before the check, not after it, when `--output` names a folder, or a file that
/// factcheck did not write, or its folder is missing or not writable: a large archive's run
/// would otherwise be lost at the last step, or replace a user's own file.
fn refuse_unwritable_output(output: &Path) -> Result<(), Vec<Diagnostic>> {
    let refuse = |problem: String, hint: String| {
        Err(vec![Diagnostic::error(
            "output",
            format!("--output {} {problem}", output.display()),
        )
        .hint(hint)])
    };
    let written = output.to_string_lossy();
    if output.is_dir() || written.ends_with(['/', std::path::MAIN_SEPARATOR]) {
        let folder = written.trim_end_matches(['/', std::path::MAIN_SEPARATOR]);
        let folder = if folder.is_empty() { "." } else { folder };
        return refuse(
            "names a folder, not a report file".to_string(),
            format!("name a file in it, e.g. --output {folder}/report.json"),
        );
    }
    // `--output /dev/stdout` or a pipe: the report is renamed into place, which would
    // replace the device or the pipe with a file (a fuzzer turned /dev/full into one).
    // `/dev/stdout` links to `/proc/self/fd/1`, a regular file when standard output is
    // redirected to one; no report belongs in /proc.
    let into_proc = |at: &Path| at.starts_with("/proc");
    let special = std::fs::metadata(output).is_ok_and(|metadata| !metadata.is_file())
        || std::fs::read_link(output).is_ok_and(|target| into_proc(&target))
        || where_written(output).is_some_and(|at| into_proc(&at));
    if special {
        return refuse(
            "is not a report file (a device, a pipe or a link to one): a report replaces its file".to_string(),
            "to write to standard output, leave out --output (and choose with --format); else name a file, e.g. --output report.json".to_string(),
        );
    }
    if let Ok(metadata) = std::fs::metadata(output) {
        let mut head = Vec::new();
        let read = std::fs::File::open(output).and_then(|file| {
            std::io::Read::read_to_end(&mut std::io::Read::take(file, 256), &mut head)
        });
        if metadata.len() > 0 && !(read.is_ok() && is_report(&head)) {
            return refuse(
                "is a file factcheck did not write: it would be replaced by the report".to_string(),
                "name a new file, e.g. --output report.json, or delete this one first".to_string(),
            );
        }
    }
    let probe = output_folder(output).join(format!(".factcheck-probe.{}", std::process::id()));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .and_then(|_| std::fs::remove_file(&probe))
        .map_err(|error| cannot_write(output, error))
}

/// Whether a file that starts with `head` is a report factcheck wrote, in any format: such
/// a file is replaced by the next run's report, any other is the user's.
fn is_report(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let first_line = text.lines().next().unwrap_or("");
    text.starts_with("{\n  \"documents\": ")
        || text.starts_with("{\"document\":")
        || text.starts_with("{\"summary\":")
        || text.starts_with("<?xml") && text.contains("<testsuites name=\"factcheck\"")
        || first_line.starts_with("## ") && first_line.contains("factcheck:")
        || text.starts_with('┌')
}

/// Where a JSON report's evidence waits until the last document is checked: an unnamed
/// temporary file (deleted by the system even if the run is killed), beside the report when
/// it goes to a file, else in the temporary folder. Without one, the report keeps its
/// evidence in memory (the same report, with more memory for a large run).
fn spill_file(output: Option<&Path>) -> Option<std::fs::File> {
    let dir = output.map_or_else(std::env::temp_dir, |output| {
        output_folder(output).to_path_buf()
    });
    tempfile::tempfile_in(dir).ok()
}

/// Writes `text` to `path` through a temporary file in the same folder and a rename, so
/// readers never see a half-written report, even if the run is interrupted.
///
/// Interrupted (Ctrl-C, or a CI timeout's SIGTERM), the run removes the temporary file and
/// exits with 130; only a run killed outright (SIGKILL) leaves it behind.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut (dyn Write + Send)) -> std::io::Result<()>,
) -> Result<(), Vec<Diagnostic>> {
    let mut write = Some(write);
    write_files(&[path], |_, out| match write.take() {
        Some(write) => write(out),
        None => Ok(()),
    })
}

/// `write_atomically` for several files (`--output` given several times), `write` called
/// with each one's index: every file is written to its temporary file first, and only
/// then are they all renamed, so a failure (a full disk) or an interrupt while any is
/// written leaves every file as it was, not some new reports beside stale ones.
fn write_files(
    paths: &[&Path],
    mut write: impl FnMut(usize, &mut (dyn Write + Send)) -> std::io::Result<()>,
) -> Result<(), Vec<Diagnostic>> {
    let writing = Writing::start();
    let mut temporaries: Vec<PathBuf> = Vec::with_capacity(paths.len());
    let remove_all = |temporaries: &[PathBuf]| {
        for temporary in temporaries {
            let _ = std::fs::remove_file(temporary);
        }
    };
    for (i, path) in paths.iter().enumerate() {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        writing.add(&temporary);
        temporaries.push(temporary.clone());
        let written = std::fs::File::create(&temporary).and_then(|file| {
            let mut out = std::io::BufWriter::new(file);
            write(i, &mut out)?;
            let file = out.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()
        });
        if let Err(error) = written {
            remove_all(&temporaries);
            return Err(cannot_write(path, error));
        }
    }
    for (i, (temporary, path)) in temporaries.iter().zip(paths).enumerate() {
        if let Err(error) = std::fs::rename(temporary, path) {
            remove_all(&temporaries[i..]);
            return Err(cannot_write(path, error));
        }
    }
    Ok(())
}

/// The temporary files being written, for the interrupt handler to remove.
static WRITING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// While alive, an interrupt removes the temporary files `add`ed before the run exits.
struct Writing;

impl Writing {
    fn start() -> Writing {
        static HANDLER: std::sync::Once = std::sync::Once::new();
        HANDLER.call_once(|| {
            // Without a handler (another one is set), an interrupt stops the run as usual.
            let _ = ctrlc::set_handler(|| {
                if let Ok(writing) = WRITING.lock() {
                    for path in writing.iter() {
                        let _ = std::fs::remove_file(path);
                    }
                }
                // 128 + SIGINT, as a shell reports a run stopped by Ctrl-C.
                std::process::exit(130);
            });
        });
        Writing
    }

    fn add(&self, path: &Path) {
        if let Ok(mut writing) = WRITING.lock() {
            writing.push(path.to_path_buf());
        }
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        if let Ok(mut writing) = WRITING.lock() {
            writing.clear();
        }
    }
}

fn print(text: &str) -> Result<(), Vec<Diagnostic>> {
    emit(|out| out.write_all(text.as_bytes()))
}

/// Runs `write` on standard output and turns a failure into a diagnostic.
fn emit(
    write: impl FnOnce(&mut std::io::StdoutLock<'static>) -> std::io::Result<()>,
) -> Result<(), Vec<Diagnostic>> {
    let mut stdout = std::io::stdout().lock();
    written_out(write(&mut stdout).and_then(|()| stdout.flush()))
}

/// What writing to standard output came to.
fn written_out(written: std::io::Result<()>) -> Result<(), Vec<Diagnostic>> {
    match written {
        Ok(()) => Ok(()),
        // A closed pipe (`factcheck | head`) is not an error worth a message.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(vec![Diagnostic::error(
            "output",
            format!("cannot write output: {error}"),
        )]),
    }
}

/// A progress bar on standard error: only on a terminal, and only once a run has taken a
/// second (a quick run should print nothing but its result).
struct Bar {
    bar: ProgressBar,
    started: Instant,
    shown: AtomicBool,
    terminal: bool,
}

impl Bar {
    fn new() -> Bar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} checking {pos}/{len} documents [{bar:30}] {elapsed}, {eta} left",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        Bar {
            bar,
            started: Instant::now(),
            shown: AtomicBool::new(false),
            terminal: std::io::stderr().is_terminal(),
        }
    }

    fn update(&self, progress: Progress) {
        match progress {
            Progress::Found(documents) => self.bar.set_length(documents as u64),
            Progress::Checked => self.bar.inc(1),
        }
        if self.terminal
            && self.started.elapsed() > Duration::from_secs(1)
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

fn style_for_stderr() -> bool {
    std::io::stderr().is_terminal() && !no_color()
}

/// Colour only on a terminal without NO_COLOR; the width of the terminal, else 80.
fn terminal_style() -> Style {
    let tty = std::io::stdout().is_terminal();
    // A width of 0 is a terminal that does not know its size (some CI runners, `docker
    // exec -t`): as unknown as no terminal at all.
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok())
        .filter(|&width| width > 0)
        .or_else(|| {
            if tty {
                render::table::terminal_width().filter(|&width| width > 0)
            } else {
                None
            }
        })
        .unwrap_or(80)
        .max(40);
    Style {
        color: tty && !no_color(),
        width,
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Several `--output` files are renamed into place only once every one is written: a
    /// failure while writing the second leaves the first file as it was, and no
    /// temporary file behind.
    #[test]
    fn several_files_are_written_all_or_none() {
        let Ok(dir) = tempfile::tempdir() else {
            panic!("a temporary folder")
        };
        let (first, second) = (dir.path().join("a.json"), dir.path().join("b.xml"));
        if let Err(error) = std::fs::write(&first, "old") {
            panic!("{error}");
        }
        let paths = [first.as_path(), second.as_path()];
        let failed = super::write_files(&paths, |i, out| match i {
            0 => out.write_all(b"new"),
            _ => Err(std::io::Error::other("No space left on device")),
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&first).ok().as_deref(), Some("old"));
        assert!(!second.exists());
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(left, vec![std::ffi::OsString::from("a.json")]);
        let written = super::write_files(&paths, |i, out| out.write_all(&[b'0' + i as u8]));
        assert!(written.is_ok());
        assert_eq!(std::fs::read_to_string(&first).ok().as_deref(), Some("0"));
        assert_eq!(std::fs::read_to_string(&second).ok().as_deref(), Some("1"));
    }
}
