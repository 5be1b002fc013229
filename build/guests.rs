//! Builds the guest components under `guests/` for `wasm32-wasip2`, so a plain
//! `cargo build` (or `cargo run`, `cargo test`) of the host leaves them ready to load.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

const TARGET: &str = "wasm32-wasip2";

/// Builds every guest in release mode into [`target_dir`] and returns the folder holding
/// the `.wasm` files.
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

    println!("cargo:rerun-if-env-changed=CARGO_TARGET_DIR");
    let target_dir = target_dir(workspace, std::env::var_os("CARGO_TARGET_DIR"));
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

/// Where the guests are built: `guests/` under the outer build's target directory, so
/// that `CARGO_TARGET_DIR` moves them with everything else (`target/guests` without it).
///
/// A relative `CARGO_TARGET_DIR` is taken from the workspace root. Cargo takes it from
/// the folder it was started in, which a build script cannot know (it runs in the
/// package's folder), so the two agree when cargo is started at the root, as the README's
/// commands are. `--target-dir` and `build.target-dir` are not passed to build scripts:
/// with those the guests stay in `target/guests`.
pub fn target_dir(workspace: &Path, cargo_target_dir: Option<OsString>) -> PathBuf {
    match cargo_target_dir {
        Some(dir) if !dir.is_empty() => workspace.join(dir).join("guests"),
        _ => workspace.join("target").join("guests"),
    }
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
