//! The read floor for the benchmark (bench/run.sh): reads every file under a folder and
//! splits it into lines, the least any tool that checks documents must do.
//!
//! ```text
//! cargo run --release --example read-floor -- DIR
//! ```

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: read-floor DIR");
        return ExitCode::from(2);
    };
    let (mut files, mut bytes, mut lines) = (0usize, 0usize, 0usize);
    if let Err(error) = walk(Path::new(&dir), &mut |data: &[u8]| {
        files += 1;
        bytes += data.len();
        lines += data
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count();
    }) {
        eprintln!("error: {error}");
        return ExitCode::from(2);
    }
    println!("{files} files, {bytes} bytes, {lines} lines");
    ExitCode::SUCCESS
}

fn walk(dir: &Path, each: &mut dyn FnMut(&[u8])) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, each)?;
        } else {
            each(&std::fs::read(&path)?);
        }
    }
    Ok(())
}
