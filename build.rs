//! Build script of the root package: validates the WIT under `wit/` (the proc macro
//! generates forwarders from it) and builds the guest components, so the demo and the
//! tests find them after a plain cargo build.

#[path = "build/guests.rs"]
mod guests;
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
        fail(&message);
    }
    match guests::build(&workspace) {
        Ok(dir) => println!("cargo:rustc-env=HUB_GUESTS_DIR={}", dir.display()),
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
