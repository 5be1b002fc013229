//! What the snapshot and compile tests share: the corpus, and loading one case alone.

// Each test binary uses its own part of this module.
#![allow(dead_code)]

pub mod cases;

use std::path::Path;

use cases::Case;
use hub_codegen::{OneLine, WitSet};

/// hub-codegen-tests' manifest folder.
pub fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The corpus, listed now from the WIT inputs on disk.
pub fn corpus() -> Vec<Case> {
    cases::cases(manifest())
}

/// Loads `case` alone (copied into a folder of its own), as its snapshot is generated.
///
/// # Panics
///
/// If it cannot be copied or does not load, with the error's whole chain.
pub fn load_alone(case: &Case) -> WitSet {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join(case.wit.file_name().expect("a file name"));
    if case.wit.is_dir() {
        std::fs::create_dir(&copy).expect("create the package folder");
        for entry in std::fs::read_dir(&case.wit).expect("list the package folder") {
            let file = entry.expect("a package folder entry").path();
            if file.is_file() {
                std::fs::copy(&file, copy.join(file.file_name().expect("a file name")))
                    .expect("copy a WIT file");
            }
        }
    } else {
        std::fs::copy(&case.wit, &copy).expect("copy the WIT file");
    }
    WitSet::load(dir.path()).unwrap_or_else(|e| panic!("{}: {}", case.wit.display(), OneLine(&e)))
}
