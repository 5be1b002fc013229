//! Snapshot tests: the generated code for every WIT case (`tests/common/cases.rs`: each
//! package in the workspace's `wit/` and in `tests/codegen/`), each generated alone and
//! pretty-printed into `tests/expanded/<case>.rs`. Adding a case is adding a `.wit` file.
//! Run with `BLESS=1` to write the snapshots after an intended change, then review the
//! diff; `tests/compiles.rs` compiles every snapshot against the runtime.

mod common;

use std::ffi::OsStr;

use common::cases::Case;
use hub_codegen::{OneLine, generate};

/// Generates for one case alone and pretty-prints the result.
fn expand(case: &Case) -> String {
    let wit = common::load_alone(case);
    let tokens =
        generate(&wit).unwrap_or_else(|e| panic!("{}: {}", case.wit.display(), OneLine(&e)));
    let syntax = syn::parse2::<syn::File>(tokens).expect("the generated code parses as Rust");
    prettyplease::unparse(&syntax)
}

/// Whether a `BLESS` value asks to rewrite the snapshots: `1` or `true` do; unset,
/// empty, `0` or `false` do not.
///
/// # Errors
///
/// Any other value, which would otherwise be a guess either way (`BLESS=0` used to bless).
fn bless_requested(value: Option<&OsStr>) -> Result<bool, String> {
    let Some(value) = value else {
        return Ok(false);
    };
    match value.to_str() {
        Some("1" | "true") => Ok(true),
        Some("" | "0" | "false") => Ok(false),
        _ => Err(format!(
            "BLESS={value:?} is not understood: `BLESS=1` rewrites the snapshots, \
             `BLESS=0` or no BLESS compares with them"
        )),
    }
}

#[test]
fn generated_code_matches_the_snapshots() {
    let bless =
        bless_requested(std::env::var_os("BLESS").as_deref()).unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    for case in common::corpus() {
        let expanded = expand(&case);
        if bless {
            std::fs::write(&case.snapshot, &expanded).expect("write the snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&case.snapshot).unwrap_or_default();
        if expected != expanded {
            let diff = similar::TextDiff::from_lines(&expected, &expanded)
                .unified_diff()
                .context_radius(3)
                .header(&case.snapshot.display().to_string(), "generated")
                .to_string();
            failures.push(format!("{}:\n{diff}", case.wit.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "generated code differs from its snapshot (run with BLESS=1 and review):\n{}",
        failures.join("\n")
    );
}

#[test]
fn only_one_and_true_bless() {
    let bless = |value: &str| bless_requested(Some(OsStr::new(value)));
    assert_eq!(bless_requested(None), Ok(false));
    for value in ["1", "true"] {
        assert_eq!(bless(value), Ok(true), "BLESS={value}");
    }
    for value in ["", "0", "false"] {
        assert_eq!(bless(value), Ok(false), "BLESS={value}");
    }
    for value in ["yes", "2", "TRUE", " 1"] {
        let err = bless(value).expect_err(value);
        assert!(err.contains("`BLESS=1` rewrites"), "{err}");
    }
}

#[test]
fn every_snapshot_has_its_case() {
    let snapshots: Vec<_> = common::corpus().into_iter().map(|c| c.snapshot).collect();
    let dir = common::cases::snapshot_folder(common::manifest());
    for entry in std::fs::read_dir(dir).expect("snapshot folder") {
        let path = entry.expect("snapshot entry").path();
        assert!(
            snapshots.contains(&path),
            "{} has no WIT case any more: delete it",
            path.display()
        );
    }
}
