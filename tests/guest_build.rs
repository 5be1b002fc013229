//! The root build script's guest build: where the guests go.

// The build script's module, for its pure parts; `build` itself only runs in build.rs.
#[allow(dead_code)]
#[path = "../build/guests.rs"]
mod guests;

use std::path::Path;

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
