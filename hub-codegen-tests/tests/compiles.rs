//! Compile check: every generated-code snapshot in `tests/expanded/` is compiled here
//! against the real `hub-runtime` and `wasmtime`, as a module of its own. The build
//! script lists them, so adding a case (a `.wit` file, blessed) adds it here too.

// Generated code is written for the compiler, not for reading: clippy's style lints
// about it are not actionable here.
#![allow(dead_code, clippy::type_complexity, clippy::module_inception)]

include!(concat!(env!("OUT_DIR"), "/expanded_cases.rs"));

/// Compiling this file is the check: a snapshot that does not type-check against the
/// runtime fails the build of this test binary. The test makes sure that build compiled
/// every snapshot there is now.
#[test]
fn every_snapshot_compiles() {
    let expanded = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("expanded");
    let mut on_disk: Vec<String> = std::fs::read_dir(&expanded)
        .expect("the snapshot folder")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .filter_map(|path| path.file_stem()?.to_str().map(str::to_owned))
        .collect();
    on_disk.sort();
    let mut compiled = COMPILED_CASES.to_vec();
    compiled.sort_unstable();
    assert!(!on_disk.is_empty());
    assert_eq!(on_disk, compiled);
}
