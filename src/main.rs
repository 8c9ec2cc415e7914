//! The `factcheck` command: parses arguments, wires the library together, and maps
//! outcomes to exit statuses (0 all claims pass, 1 a claim fails, 2 usage or input error).

use clap::{Args, Parser, Subcommand, ValueEnum};
use factcheck::diagnostic::did_you_mean;
use factcheck::project::{Progress, Shard};
use factcheck::render::{self, Style};
use factcheck::{Diagnostic, Project, Report};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
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
    /// Show, for one claim, each document's verdict and the evidence behind it.
    Explain(ExplainArgs),
    /// Combine the JSON reports of shards (`check --shard K/N --format json`) into the
    /// report, table and exit status of one unsharded run.
    Merge(MergeArgs),
}

#[derive(Args)]
struct MergeArgs {
    /// The shards' JSON reports.
    #[arg(value_name = "REPORT.json", required = true)]
    reports: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Args, Clone)]
struct Inputs {
    /// The claims file.
    #[arg(long, value_name = "FILE", default_value = "claims.yaml")]
    claims: PathBuf,
    /// The folder of documents (default: `sources:` of the claims file, relative to it).
    #[arg(long, value_name = "DIR")]
    sources: Option<PathBuf>,
}

#[derive(Args, Clone)]
struct CheckArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Check only this claim (repeatable).
    #[arg(long = "claim", id = "claim_ids", value_name = "ID")]
    claims: Vec<String>,
    /// Check only claims with this tag (repeatable).
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
    /// Check only the documents of shard K of N (by a hash of each document id); combine
    /// the shards' JSON reports with `factcheck merge`.
    #[arg(long, value_name = "K/N", value_parser = Shard::parse)]
    shard: Option<Shard>,
}

#[derive(Args)]
struct ExplainArgs {
    /// The id of the claim to explain.
    id: String,
    #[command(flatten)]
    inputs: Inputs,
    /// Explain only this document (repeatable).
    #[arg(long = "document", value_name = "DOC")]
    documents: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
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
            let err_style = Style {
                color: style_for_stderr(),
                ..Style::PLAIN
            };
            eprint!("{}", render::diagnostic::render_all(&problems, err_style));
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli, style: Style) -> Result<Outcome, Vec<Diagnostic>> {
    match cli.command {
        None => check(cli.check, style),
        Some(Command::Check(args)) => check(args, style),
        Some(Command::Explain(args)) => explain(args, style),
        Some(Command::Merge(args)) => merge(args, style),
    }
}

fn merge(args: MergeArgs, style: Style) -> Result<Outcome, Vec<Diagnostic>> {
    // One report's text in memory at a time: a shard's JSON can be gigabytes.
    let mut merger = factcheck::merge::Merger::default();
    for path in &args.reports {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|error| {
            vec![Diagnostic::error(
                "unreadable",
                format!("cannot read report `{shown}`: {error}"),
            )]
        })?;
        merger.add(&shown, &text)?;
    }
    let report = merger.finish()?;
    show(&report, args.format, style)?;
    Ok(outcome(&report))
}

/// Prints a report in the chosen format.
fn show(report: &Report, format: Format, style: Style) -> Result<(), Vec<Diagnostic>> {
    match format {
        Format::Table => print(&render::table::render(report, style)),
        // Streamed: the JSON of a large run is far bigger than the report behind it.
        Format::Json => emit(|out| render::json::write(report, out)),
    }
}

fn open(inputs: &Inputs) -> Result<Project, Vec<Diagnostic>> {
    let project = Project::open(&inputs.claims, inputs.sources.as_deref())?;
    if !project.warnings.is_empty() {
        let err_style = Style {
            color: style_for_stderr(),
            ..Style::PLAIN
        };
        eprintln!(
            "{}",
            render::diagnostic::render_all(&project.warnings, err_style)
        );
    }
    Ok(project)
}

fn check(args: CheckArgs, style: Style) -> Result<Outcome, Vec<Diagnostic>> {
    let mut project = open(&args.inputs)?;
    select_claims(&mut project, &args.claims, &args.tags)?;
    let bar = Bar::new();
    let report = project
        .check_with(args.shard, &|progress| bar.update(progress))
        .map_err(|problem| vec![problem])?;
    bar.finish();
    show(&report, args.format, style)?;
    let outcome = outcome(&report);
    // Freeing a large run's evidence and compiled patterns one allocation at a time takes
    // longer than the operating system takes to reclaim the memory when the process exits.
    std::mem::forget(report);
    std::mem::forget(project);
    Ok(outcome)
}

fn explain(args: ExplainArgs, style: Style) -> Result<Outcome, Vec<Diagnostic>> {
    let mut project = open(&args.inputs)?;
    select_claims(&mut project, std::slice::from_ref(&args.id), &[])?;
    let report = project.check().map_err(|problem| vec![problem])?;
    for document in &args.documents {
        if !report.documents.iter().any(|d| &d.id == document) {
            let ids = report.documents.iter().map(|d| d.id.as_str());
            let mut problem = Diagnostic::error(
                "unknown-document",
                format!(
                    "no document `{document}` in {}",
                    project.sources_dir.display()
                ),
            );
            if let Some(suggestion) = did_you_mean(document, ids) {
                problem = problem.hint(format!("did you mean `{suggestion}`?"));
            }
            return Err(vec![problem]);
        }
    }
    let Some(claim) = report.claims.first() else {
        return Ok(Outcome::Passed);
    };
    print(&render::explain::render(
        &report,
        claim,
        &args.documents,
        style,
    ))?;
    Ok(outcome(&report))
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
            if let Some(suggestion) = did_you_mean(id, known.iter().map(String::as_str)) {
                problem = problem.hint(format!("did you mean `{suggestion}`?"));
            }
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

fn outcome(report: &Report) -> Outcome {
    if report.passed() {
        Outcome::Passed
    } else {
        Outcome::Failed
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
    match write(&mut stdout).and_then(|()| stdout.flush()) {
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
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok())
        .or_else(|| {
            if tty {
                render::table::terminal_width()
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
}
