//! Builds the guest components under `guests/` (see `build/guests.rs`), so a plain cargo
//! build, run or test of anything that uses them leaves them ready to load, and tells the
//! crate where they are and where tests keep compiled components.

#[path = "build/guests.rs"]
mod guests;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let workspace = manifest.parent().map(PathBuf::from).unwrap_or(manifest);
    match guests::build(&workspace) {
        Ok(dir) => println!("cargo:rustc-env=HUB_GUESTS_DIR={}", dir.display()),
        Err(message) => {
            eprintln!("error: {message}");
            std::process::exit(1);
        }
    }
    // Beside the guests, in the build's own target folder: tests never touch the user's
    // cache, and every test binary shares one folder, so each component compiles once.
    let target = guests::target_dir(&workspace, std::env::var_os("CARGO_TARGET_DIR"));
    let cache = target
        .parent()
        .map_or_else(|| target.join("tmp"), |t| t.join("tmp"))
        .join("compile-cache");
    println!("cargo:rustc-env=HUB_TEST_COMPILE_CACHE={}", cache.display());
}
