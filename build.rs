//! Build script of the root package: builds the guest components so the demo and the
//! tests find them after a plain cargo build.

#[path = "build/guests.rs"]
mod guests;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    let workspace = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    match guests::build(&workspace) {
        Ok(dir) => println!("cargo:rustc-env=HUB_GUESTS_DIR={}", dir.display()),
        Err(message) => {
            eprintln!("error: {message}");
            std::process::exit(1);
        }
    }
}
