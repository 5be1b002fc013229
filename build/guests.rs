//! Builds the guest components under `guests/` for `wasm32-wasip2`, so a plain
//! `cargo build` (or `cargo run`, `cargo test`) of the host leaves them ready to load.

use std::path::{Path, PathBuf};
use std::process::Command;

const TARGET: &str = "wasm32-wasip2";

/// Builds every guest in release mode into `<workspace>/target/guests` and returns the
/// folder holding the `.wasm` files.
///
/// The nested cargo gets its own target directory (sharing the outer one would deadlock
/// on cargo's build lock) and none of the outer build's flags, which are for the host.
pub fn build(workspace: &Path) -> Result<PathBuf, String> {
    let guests = workspace.join("guests");
    for entry in ["Cargo.toml", "Cargo.lock", "wit"] {
        println!("cargo:rerun-if-changed={}", guests.join(entry).display());
    }
    for crate_dir in
        std::fs::read_dir(&guests).map_err(|e| format!("cannot list {}: {e}", guests.display()))?
    {
        let crate_dir = crate_dir.map_err(|e| e.to_string())?.path();
        if crate_dir.join("Cargo.toml").is_file() {
            println!(
                "cargo:rerun-if-changed={}",
                crate_dir.join("Cargo.toml").display()
            );
            println!("cargo:rerun-if-changed={}", crate_dir.join("src").display());
        }
    }
    ensure_target()?;

    let target_dir = workspace.join("target").join("guests");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "--locked", "--target", TARGET])
        .current_dir(&guests)
        .env("CARGO_TARGET_DIR", &target_dir)
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET")
        .env_remove("CARGO_PROFILE_RELEASE_DEBUG")
        .status()
        .map_err(|e| format!("cannot start cargo to build the guests: {e}"))?;
    if !status.success() {
        return Err(format!(
            "building the guests in {} failed ({status})",
            guests.display()
        ));
    }
    Ok(target_dir.join(TARGET).join("release"))
}

/// Installs the `wasm32-wasip2` target with rustup when it is missing.
fn ensure_target() -> Result<(), String> {
    let instruction =
        format!("the `{TARGET}` Rust target is missing: run `rustup target add {TARGET}`");
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|_| instruction.clone())?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|l| l.trim() == TARGET)
    {
        return Ok(());
    }
    println!(
        "cargo:warning=installing the `{TARGET}` Rust target with rustup (needed to build the guest components)"
    );
    let added = Command::new("rustup")
        .args(["target", "add", TARGET])
        .status();
    match added {
        Ok(status) if status.success() => Ok(()),
        _ => Err(instruction),
    }
}
