//! Build script of the root package: validates the WIT under `wit/`, which the proc macro
//! generates forwarders from, so bad WIT stops the build with the parser's message. (The
//! guest components are built by `hub-fixtures`' build script.)

#[path = "build/wit.rs"]
mod wit;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    let workspace = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    if let Err(message) = wit::check(&workspace) {
        eprintln!("error: {message}");
        std::process::exit(1);
    }
}
