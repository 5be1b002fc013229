//! Snapshot tests: the generated code for each package under the workspace's `wit/`,
//! pretty-printed into `tests/expanded/<package>.rs`. Run with `BLESS=1` to rewrite the
//! snapshots after an intended change, then review the diff.

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
    let tokens = generate(&wit).expect("generates");
    let syntax = syn::parse2::<syn::File>(tokens).expect("the generated code parses as Rust");
    prettyplease::unparse(&syntax)
}

fn check_snapshot(package_file: &str) {
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let expanded = expand(&workspace.join("wit").join(package_file));
    let snapshot = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expanded")
        .join(package_file.replace(".wit", ".rs"));
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&snapshot, &expanded).expect("write the snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&snapshot)
        .unwrap_or_else(|_| panic!("no snapshot at {}: run with BLESS=1", snapshot.display()));
    assert!(
        expected == expanded,
        "generated code for {package_file} differs from {}; run with BLESS=1 and review the diff",
        snapshot.display()
    );
}

#[test]
fn demo_package() {
    check_snapshot("demo-logging.wit");
}

#[test]
fn type_zoo() {
    check_snapshot("zoo.wit");
}

#[test]
fn rust_keywords() {
    check_snapshot("keywords.wit");
}
