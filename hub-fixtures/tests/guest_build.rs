//! The guest build (hub-fixtures' build script): where the guests go and which files it watches so
//! that they rebuild when their sources or WIT change.

// The build script's module, for its pure parts; `build` itself only runs in build.rs.
#[allow(dead_code)]
#[path = "../build/guests.rs"]
mod guests;

use std::path::{Path, PathBuf};

#[test]
fn dep_info_prerequisites_unescape_spaces_and_skip_the_target() {
    let text = "/t/out/a.wasm: /w/my\\ guests/a/src/lib.rs /w/wit/x.wit\n\n/w/wit/x.wit:\n";
    assert_eq!(
        guests::dep_info_prerequisites(text),
        [
            PathBuf::from("/w/my guests/a/src/lib.rs"),
            PathBuf::from("/w/wit/x.wit")
        ]
    );
}

#[test]
fn guests_follow_cargo_target_dir_relative_to_the_workspace() {
    let root = Path::new("/w");
    assert_eq!(
        guests::target_dir(root, None),
        Path::new("/w/target/guests")
    );
    assert_eq!(
        guests::target_dir(root, Some("".into())),
        Path::new("/w/target/guests")
    );
    assert_eq!(
        guests::target_dir(root, Some("out".into())),
        Path::new("/w/out/guests")
    );
    assert_eq!(
        guests::target_dir(root, Some("/tmp/t".into())),
        Path::new("/tmp/t/guests")
    );
}

/// Every `.wit` file under `guests/` is read by some guest and is in the list the build
/// script watches (from the guests' dep-info), so editing any of them rebuilds the guests.
#[test]
fn every_wit_file_under_guests_is_watched() {
    let watched =
        guests::files_read(Path::new(hub_fixtures::GUESTS_DIR)).unwrap_or_else(|e| panic!("{e}"));
    let guests_src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../guests")
        .canonicalize()
        .expect("the guests folder");
    let mut wit_files = Vec::new();
    collect_wit_files(&guests_src, &mut wit_files);
    assert!(
        wit_files.len() > 10,
        "found only {wit_files:?} under {}",
        guests_src.display()
    );
    let unwatched: Vec<_> = wit_files
        .iter()
        .filter(|file| !watched.contains(file))
        .collect();
    assert!(
        unwatched.is_empty(),
        "read by no guest, or not watched by the build script: {unwatched:?}"
    );
}

fn collect_wit_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a readable folder entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                collect_wit_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "wit") {
            out.push(path);
        }
    }
}
