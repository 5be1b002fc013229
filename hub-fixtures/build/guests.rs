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
    for entry in ["Cargo.toml", "Cargo.lock"] {
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
    let out = target_dir.join(TARGET).join("release");
    for file in files_read(&out)? {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    Ok(out)
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

/// Every file the guests' compiler read, from the dep-info files (`<guest>.d`) the
/// nested cargo writes next to the `.wasm` files: their sources and every WIT file their
/// `generate!` read (wit-bindgen records each one, `deps/` folders included).
///
/// The build script watches these because the nested cargo rebuilds a guest exactly when
/// one of them changes: this covers `guests/wit*`, the workspace's `wit/` and any folder
/// a guest names, however it names it. Parsing the `generate!` arguments would redo the
/// macro's rules, and scanning `guests/` for WIT folders would miss `wit/`. A `.wit` file
/// only added to a folder a guest reads is seen at the next change to a watched file, as
/// by the nested cargo itself. Files that no longer exist are left out: a removed guest's
/// stale dep-info would otherwise make cargo rerun the script on every build.
pub fn files_read(out: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(out).map_err(|e| format!("cannot list {}: {e}", out.display()))?;
    let mut files = Vec::new();
    let mut dep_infos = 0;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_none_or(|e| e != "d") {
            continue;
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        files.extend(dep_info_prerequisites(&text));
        dep_infos += 1;
    }
    if dep_infos == 0 {
        return Err(format!(
            "no dep-info (*.d) in {} after building the guests: cannot tell which files they read",
            out.display()
        ));
    }
    files.retain(|file| file.is_file());
    files.sort();
    files.dedup();
    Ok(files)
}

/// The prerequisites of a dep-info file in Makefile syntax (`target: a.rs b\ c.wit`, a
/// space inside a path escaped with a backslash).
pub fn dep_info_prerequisites(text: &str) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for line in text.lines() {
        let Some((_target, prerequisites)) = line.split_once(": ") else {
            continue;
        };
        let mut path = String::new();
        let mut chars = prerequisites.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some(' ') => path.push(' '),
                    Some(other) => {
                        path.push('\\');
                        path.push(other);
                    }
                    None => path.push('\\'),
                },
                ' ' => {
                    if !path.is_empty() {
                        paths.push(PathBuf::from(std::mem::take(&mut path)));
                    }
                }
                c => path.push(c),
            }
        }
        if !path.is_empty() {
            paths.push(PathBuf::from(path));
        }
    }
    paths
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
