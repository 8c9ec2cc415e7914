//! Writes a deterministic synthetic corpus for the benchmark (bench/run.sh):
//! `OUT/seeds/*.txt`, `OUT/claims.yaml` and `OUT/patterns.txt` (the same patterns for
//! `rg -c -f`).
//!
//! ```text
//! cargo run --release --example gen-corpus -- --docs 20000 --claims 1000 OUT
//! ```

use factcheck::corpus::Corpus;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen-corpus [--docs N] [--claims N] OUT";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut documents = 1000;
    let mut claims = 100;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--docs" | "--claims" => {
                let value = args.next().ok_or(format!("{arg} needs a number"))?;
                let n: usize = value
                    .parse()
                    .map_err(|_| format!("{arg} needs a number, found `{value}`"))?;
                if arg == "--docs" {
                    documents = n;
                } else {
                    claims = n;
                }
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option `{arg}`")),
            _ if out.is_none() => out = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument `{arg}`")),
        }
    }
    let out = out.ok_or("missing the output folder OUT")?;
    let corpus = Corpus::new(documents, claims);
    let seeds = out.join("seeds");
    // A previous corpus with more documents would leave extra files behind.
    if seeds.exists() {
        std::fs::remove_dir_all(&seeds)
            .map_err(|e| format!("clearing {}: {e}", seeds.display()))?;
    }
    std::fs::create_dir_all(&seeds).map_err(|e| format!("creating {}: {e}", seeds.display()))?;
    let write = |path: PathBuf, text: &str| {
        std::fs::write(&path, text).map_err(|e| format!("writing {}: {e}", path.display()))
    };
    let mut bytes = 0;
    for i in 0..documents {
        let text = corpus.document(i);
        bytes += text.len();
        write(seeds.join(format!("{}.txt", corpus.document_id(i))), &text)?;
    }
    write(out.join("claims.yaml"), &corpus.claims_yaml())?;
    write(out.join("patterns.txt"), &corpus.ripgrep_patterns())?;
    eprintln!(
        "wrote {documents} documents ({:.1} MB) and {claims} claims to {}",
        bytes as f64 / 1e6,
        out.display()
    );
    Ok(())
}
