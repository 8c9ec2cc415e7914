//! Behaviour tests of factcheck, built as one test binary (see STYLE: one `mod` per area).

mod cli;
mod errors;
mod eval;

mod rules;
mod scanning;
mod shards;
mod support;
