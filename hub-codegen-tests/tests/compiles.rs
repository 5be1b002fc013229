//! Compile check: every generated-code snapshot in `tests/expanded/` is compiled here
//! against the real `hub-runtime` and `wasmtime`, as a module of its own. The build
//! script lists them, so adding a case (a `.wit` file, blessed) adds it here too.

// Generated code is written for the compiler, not for reading: clippy's style lints
// about it are not actionable here.
#![allow(dead_code, clippy::type_complexity, clippy::module_inception)]

include!(concat!(env!("OUT_DIR"), "/expanded_cases.rs"));

#[test]
fn every_snapshot_compiles() {
    // Compiling this file is the test: a snapshot that does not type-check against the
    // runtime fails the build of this test binary.
}
