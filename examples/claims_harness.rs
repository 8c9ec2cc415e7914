//! What a repository with its own claims.yaml puts in `tests/claims.rs` to get one
//! `cargo test` test per claim (with `[[test]] name = "claims"`, `harness = false` in its
//! Cargo.toml). Built as an example here so the tests can run it on their own claims files.

fn main() {
    factcheck::harness::run("claims.yaml").exit();
}
