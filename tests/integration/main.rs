//! Behaviour tests of factcheck, built as one test binary (see STYLE: one `mod` per area).

mod cli;
mod errors;
mod eval;
mod folding;
mod init;
mod lint;
mod reports;
mod rules;
mod scanning;
mod schema;
mod shards;
mod support;
mod trials;
