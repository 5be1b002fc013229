//! Compile check: the snapshot of every WIT case (`tests/common/cases.rs`: the packages
//! in the workspace's `wit/` and in `tests/codegen/`) is compiled here against the real
//! `hub-runtime`, and nothing else (no `wasmtime` dependency: the generated code must
//! need none), as a module of its own. The build script lists the cases from the WIT
//! inputs and compiles each one's snapshot; the tests below check that every case was.

// Generated code is written for the compiler, not for reading: clippy's style lints
// about it are not actionable here.
#![allow(dead_code, clippy::type_complexity, clippy::module_inception)]

mod common;

use std::collections::BTreeSet;

use hub_codegen::WitSet;

include!(concat!(env!("OUT_DIR"), "/expanded_cases.rs"));

/// The interface names one compiled snapshot knows: those it forwards and those it
/// leaves to the dynamic path. Reading its `FORWARDERS` also makes the compiler build
/// every forwarder it reaches, not only type-check them.
fn compiled_names(forwarders: &hub_runtime::GeneratedForwarders) -> BTreeSet<String> {
    let generated = forwarders.interface_names().map(str::to_owned);
    let skipped = forwarders
        .skipped()
        .iter()
        .map(|(name, _)| (*name).to_owned());
    generated.chain(skipped).collect()
}

fn compiled(name: &str) -> Option<&'static hub_runtime::GeneratedForwarders> {
    COMPILED.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// Every case on disk now has a snapshot that this binary compiled, and this binary
/// compiled nothing else: a new case not blessed, a snapshot deleted, or a case removed
/// since the build fails here.
#[test]
fn every_wit_case_was_compiled() {
    let corpus = common::corpus();
    assert!(
        !corpus.is_empty(),
        "no WIT cases: the compile check checks nothing"
    );
    let missing: Vec<String> = corpus
        .iter()
        .filter(|case| compiled(&case.name).is_none())
        .map(|case| {
            let why = if case.snapshot.is_file() {
                "was not compiled (a stale build?)"
            } else {
                "has no snapshot"
            };
            format!("{} {why}", case.wit.display())
        })
        .collect();
    assert!(
        missing.is_empty(),
        "run `BLESS=1 cargo test --workspace --test expanded`, review and commit:\n{}",
        missing.join("\n")
    );
    let extra: Vec<&str> = COMPILED
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| !corpus.iter().any(|case| case.name == *name))
        .collect();
    assert!(
        extra.is_empty(),
        "compiled, but no WIT case any more: {extra:?}"
    );
}

/// Each compiled snapshot covers exactly the interfaces of its WIT case as it is now.
#[test]
fn each_compiled_snapshot_covers_its_cases_interfaces() {
    for case in common::corpus() {
        let Some(forwarders) = compiled(&case.name) else {
            continue; // `every_wit_case_was_compiled` names it.
        };
        let expected: BTreeSet<String> = common::load_alone(&case)
            .interface_names()
            .into_iter()
            .collect();
        assert_eq!(
            compiled_names(forwarders),
            expected,
            "{}: the compiled snapshot is not of this WIT (bless it again)",
            case.wit.display()
        );
    }
}

/// Together the cases of the workspace's `wit/` cover every interface the root crate
/// generates from it: a package the case list misses (in `deps/`, say) fails here.
#[test]
fn the_cases_cover_every_interface_under_wit() {
    let wit = common::cases::workspace_wit(common::manifest());
    let whole: BTreeSet<String> = WitSet::load(&wit)
        .unwrap_or_else(|e| panic!("{}: {}", wit.display(), hub_codegen::OneLine(&e)))
        .interface_names()
        .into_iter()
        .collect();
    let covered: BTreeSet<String> = common::corpus()
        .iter()
        .filter(|case| case.workspace_wit)
        .filter_map(|case| compiled(&case.name))
        .flat_map(compiled_names)
        .collect();
    assert_eq!(covered, whole);
}

/// Two cases with one name (or one module name) would share a snapshot.
#[test]
fn case_names_are_unique() {
    let corpus = common::corpus();
    let modules: BTreeSet<String> = corpus
        .iter()
        .map(|case| common::cases::module_name(&case.name))
        .collect();
    assert_eq!(modules.len(), corpus.len(), "{corpus:#?}");
}
