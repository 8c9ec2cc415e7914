//! `cargo test` runs every claim of claims.yaml as its own test, named by its id:
//! `cargo test -- first-visit` runs the matching claims only.

fn main() {
    factcheck::harness::run("claims.yaml").exit();
}
