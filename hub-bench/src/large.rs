//! The large component of the load benchmarks, and loading it in a new process.
//!
//! The component is `py_logging`, our Python library (`hub-bench/foreign/`) built with
//! componentize-py by `hub-bench/foreign/build.sh`: CPython is linked into it, about
//! 18 MB against the Rust guests' 15 to 130 KB. When it cannot be built (no PyPI, no
//! python3), the benchmarks fall back to the largest Rust guest that loads on its own,
//! and [`LargeComponent::note`] says so, for the report.
//!
//! Each load is a new `bench-load` process with the cache folder it is given, so a warm
//! load is what a second process of a user sees: nothing in memory, everything on disk.

use std::path::{Path, PathBuf};
use std::process::Command;

use component_hub::new_hub;
use hub_fixtures::GUESTS_DIR;
use serde_json::json;
use wasmtime::error::Context;
use wasmtime::{Result, bail, format_err};

use crate::runners::bench_options;
use crate::scratch::{results_dir, workspace};

/// The component the large-load group measures.
#[derive(Clone, Debug)]
pub struct LargeComponent {
    /// Its file.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// Whether it is the Python component (or the Rust fallback).
    pub python: bool,
    /// What it is, and for the fallback why the Python component is missing.
    pub note: String,
}

/// Where `hub-bench/foreign/build.sh` puts the Python component.
pub fn python_component() -> PathBuf {
    workspace()
        .join("target")
        .join("foreign")
        .join("py_logging.wasm")
}

/// Runs `hub-bench/foreign/build.sh` (quick when nothing changed); returns the Python
/// component.
///
/// # Errors
///
/// Fails with the script's last lines of output when it fails.
pub fn build_python() -> Result<PathBuf> {
    let script = workspace()
        .join("hub-bench")
        .join("foreign")
        .join("build.sh");
    let output = Command::new("bash")
        .arg(&script)
        .output()
        .with_context(|| format!("running {}", script.display()))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(3).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        bail!("`{}` failed: {}", script.display(), tail.join(" / "));
    }
    let path = python_component();
    if !path.is_file() {
        bail!("`{}` built no {}", script.display(), path.display());
    }
    Ok(path)
}

/// The largest Rust guest that a hub loads as a library with nothing else loaded.
///
/// # Errors
///
/// Fails when the guests folder cannot be read or no guest loads alone.
pub fn largest_rust_library() -> Result<(PathBuf, u64)> {
    let mut guests = Vec::new();
    for entry in std::fs::read_dir(GUESTS_DIR).with_context(|| format!("reading {GUESTS_DIR}"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "wasm") {
            guests.push((std::fs::metadata(&path)?.len(), path));
        }
    }
    guests.sort_by(|a, b| b.cmp(a));
    for (bytes, path) in guests {
        let hub = new_hub(bench_options(false).disk_cache(false))?;
        if hub.load(&path).is_ok() {
            return Ok((path, bytes));
        }
    }
    bail!("no guest in {GUESTS_DIR} loads on its own")
}

/// Set to skip the Python component (and its minutes of cold compiles): the benchmarks
/// then load the fallback, and the report says why.
pub const SKIP_PYTHON: &str = "HUB_BENCH_NO_PYTHON";

/// The Python component when `build.sh` builds it, else the largest Rust library, with
/// a note that says which and why. [`SKIP_PYTHON`] set skips the build.
///
/// # Errors
///
/// Fails only when neither exists.
pub fn choose() -> Result<LargeComponent> {
    if std::env::var_os(SKIP_PYTHON).is_some() {
        return fallback(&format!("`{SKIP_PYTHON}` is set"));
    }
    eprintln!("large component: running hub-bench/foreign/build.sh (quick when up to date)");
    match build_python() {
        Ok(path) => {
            let bytes = std::fs::metadata(&path)?.len();
            Ok(LargeComponent {
                note: format!(
                    "`py_logging` (our Python logging library, componentize-py, {})",
                    megabytes(bytes)
                ),
                path,
                bytes,
                python: true,
            })
        }
        Err(err) => fallback(&format!("{err:#}")),
    }
}

/// The largest Rust library, with a note that the Python component is not there and
/// `why`.
///
/// # Errors
///
/// Fails when no Rust guest loads alone.
pub fn fallback(why: &str) -> Result<LargeComponent> {
    let (path, bytes) = largest_rust_library()?;
    let name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    Ok(LargeComponent {
        note: format!(
            "the Python component was not built ({why}); measured instead: the largest \
             Rust guest that loads alone, `{}` ({})",
            name.unwrap_or_default(),
            megabytes(bytes)
        ),
        path,
        bytes,
        python: false,
    })
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// Where [`LargeComponent::record`] writes.
pub fn record_path() -> PathBuf {
    results_dir().join("large-component.json")
}

impl LargeComponent {
    /// Writes what was measured to `target/hub-bench/large-component.json`, for the report.
    ///
    /// # Errors
    ///
    /// Fails when the file cannot be written.
    pub fn record(&self) -> Result<()> {
        let path = record_path();
        std::fs::create_dir_all(results_dir())?;
        let value = json!({
            "path": self.path,
            "bytes": self.bytes,
            "python": self.python,
            "note": self.note,
        });
        std::fs::write(&path, serde_json::to_string_pretty(&value)?)
            .with_context(|| format!("writing {}", path.display()))?;
        Ok(())
    }
}

/// Loads `file` in a new `bench-load` process (the binary `exe`) with its disk cache in
/// `cache_dir`; returns what the process said about the load (where the compiled code
/// came from, and how long the load took inside the process).
///
/// # Errors
///
/// Fails when the process cannot start or fails.
pub fn load_in_new_process(exe: &Path, cache_dir: &Path, file: &Path) -> Result<String> {
    let output = Command::new(exe)
        .arg("--cache-dir")
        .arg(cache_dir)
        .arg(file)
        .output()
        .with_context(|| format!("starting {}", exe.display()))?;
    if !output.status.success() {
        return Err(format_err!(
            "`{}` failed: {}",
            exe.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}
