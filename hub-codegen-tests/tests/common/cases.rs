//! The corpus of WIT cases, listed from the WIT inputs: every package directly in the
//! workspace's `wit/` (the one the root crate generates from) and in `tests/codegen/`.
//! Only `std`: the build script includes this file too, to compile each case's snapshot.

use std::path::{Path, PathBuf};

/// One WIT case: a package file or folder, generated alone into its snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// Its file stem or folder name: it names the snapshot and the compiled module.
    pub name: String,
    /// The `.wit` file, or the folder of a folder package.
    pub wit: PathBuf,
    /// `tests/expanded/<name>.rs`.
    pub snapshot: PathBuf,
    /// Whether it comes from the workspace's `wit/` (rather than `tests/codegen/`).
    pub workspace_wit: bool,
}

/// The workspace's `wit/`, from the manifest folder of hub-codegen-tests.
pub fn workspace_wit(manifest: &Path) -> PathBuf {
    manifest.parent().unwrap_or(manifest).join("wit")
}

/// The folders cases are listed from: the workspace's `wit/`, then `tests/codegen/`.
pub fn case_folders(manifest: &Path) -> [PathBuf; 2] {
    [workspace_wit(manifest), manifest.join("tests/codegen")]
}

/// `tests/expanded/`.
pub fn snapshot_folder(manifest: &Path) -> PathBuf {
    manifest.join("tests/expanded")
}

/// Every case, sorted by folder then name. As `WitSet::load` does, a package is a `.wit`
/// file or a folder directly in a case folder; `deps/` holds dependencies, not cases.
///
/// # Panics
///
/// If a case folder cannot be read: a corpus that cannot be listed checks nothing.
pub fn cases(manifest: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    for (index, folder) in case_folders(manifest).iter().enumerate() {
        let entries = std::fs::read_dir(folder)
            .unwrap_or_else(|err| panic!("cannot list {}: {err}", folder.display()));
        let mut found: Vec<Case> = entries
            .map(|entry| {
                entry
                    .unwrap_or_else(|err| panic!("cannot list {}: {err}", folder.display()))
                    .path()
            })
            .filter_map(|wit| {
                let name = if wit.is_dir() {
                    wit.file_name().filter(|n| *n != "deps")?
                } else if wit.extension().is_some_and(|e| e == "wit") && wit.is_file() {
                    wit.file_stem()?
                } else {
                    return None;
                };
                let name = name
                    .to_str()
                    .unwrap_or_else(|| panic!("{} is not a UTF-8 name", wit.display()))
                    .to_owned();
                let snapshot = snapshot_folder(manifest).join(format!("{name}.rs"));
                Some(Case {
                    name,
                    wit,
                    snapshot,
                    workspace_wit: index == 0,
                })
            })
            .collect();
        found.sort_by(|a, b| a.name.cmp(&b.name));
        cases.extend(found);
    }
    cases
}

/// The Rust module a case's snapshot is compiled as: `case_` and its name, every
/// character that cannot be in an identifier replaced by `_`.
pub fn module_name(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("case_{name}")
}
