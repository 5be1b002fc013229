//! Snapshot tests: the generated code for every `.wit` file in the workspace's `wit/`
//! and in `tests/codegen/`, each generated alone and pretty-printed into
//! `tests/expanded/<file>.rs`. Adding a case is adding a `.wit` file. Run with `BLESS=1`
//! to write the snapshots after an intended change, then review the diff;
//! `tests/compiles.rs` compiles every snapshot against the runtime.

use std::path::{Path, PathBuf};

use hub_codegen::{WitSet, generate};

/// Generates for one WIT file alone and pretty-prints the result.
fn expand(file: &Path) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        file,
        dir.path().join(file.file_name().expect("a file name")),
    )
    .expect("copy the WIT file");
    let wit = WitSet::load(dir.path()).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let tokens = generate(&wit).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let syntax = syn::parse2::<syn::File>(tokens).expect("the generated code parses as Rust");
    prettyplease::unparse(&syntax)
}

/// Every `.wit` file of the corpus: the workspace's `wit/` and `tests/codegen/`.
fn cases() -> Vec<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [manifest.join("../wit"), manifest.join("tests/codegen")] {
        for entry in std::fs::read_dir(&dir).expect("corpus folder") {
            let path = entry.expect("corpus entry").path();
            if path.extension().is_some_and(|e| e == "wit") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn snapshot_path(case: &Path) -> PathBuf {
    let stem = case.file_stem().expect("a file name");
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expanded")
        .join(stem)
        .with_extension("rs")
}

#[test]
fn generated_code_matches_the_snapshots() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for case in cases() {
        let expanded = expand(&case);
        let snapshot = snapshot_path(&case);
        if bless {
            std::fs::write(&snapshot, &expanded).expect("write the snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&snapshot).unwrap_or_default();
        if expected != expanded {
            let diff = similar::TextDiff::from_lines(&expected, &expanded)
                .unified_diff()
                .context_radius(3)
                .header(&snapshot.display().to_string(), "generated")
                .to_string();
            failures.push(format!("{}:\n{diff}", case.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "generated code differs from its snapshot (run with BLESS=1 and review):\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_snapshot_has_its_case() {
    let cases: Vec<PathBuf> = cases().iter().map(|c| snapshot_path(c)).collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expanded");
    for entry in std::fs::read_dir(dir).expect("snapshot folder") {
        let path = entry.expect("snapshot entry").path();
        assert!(
            cases.contains(&path),
            "{} has no `.wit` case any more: delete it",
            path.display()
        );
    }
}
