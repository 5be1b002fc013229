//! Typed errors, one enum per operation, each rendered as one line.

use std::path::PathBuf;

/// Why a file could not be taken as a component.
#[derive(Debug, thiserror::Error)]
pub enum ComponentFileError {
    /// The file could not be read (missing, unreadable, a directory).
    #[error("cannot read `{path}`: {reason}")]
    Read { path: PathBuf, reason: String },
    /// The file does not start with the WebAssembly magic bytes.
    #[error("`{path}` is not a WebAssembly file")]
    NotWasm { path: PathBuf },
    /// The file is a core module; the hub links components only.
    #[error(
        "`{path}` is a core WebAssembly module, not a component (wrap it with `wasm-tools component new`)"
    )]
    CoreModule { path: PathBuf },
    /// wasmtime rejected the component while validating or compiling it.
    #[error("`{path}` is not a valid component: {reason}")]
    Invalid { path: PathBuf, reason: String },
}

/// Why [`Hub::load`](crate::Hub::load) refused a library. The loaded set is unchanged.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    File(#[from] ComponentFileError),
    /// An import that neither WASI nor any loaded library provides.
    #[error(
        "`{path}` imports `{import}`, which no loaded library exports (load its provider first)"
    )]
    UnsatisfiedImport { path: PathBuf, import: String },
    /// Another loaded library already exports this name.
    #[error("`{path}` exports `{export}`, which `{provider}` already provides")]
    DuplicateExport {
        path: PathBuf,
        export: String,
        provider: String,
    },
    /// Instantiation failed (a type mismatch with what the hub provides, a trap in a start function).
    #[error("cannot instantiate `{path}`: {reason}")]
    Instantiate { path: PathBuf, reason: String },
    /// An export could not be forwarded (an unsupported type, for example).
    #[error("cannot forward `{export}` of `{path}`: {reason}")]
    Forward {
        path: PathBuf,
        export: String,
        reason: String,
    },
}

/// Why [`Hub::run`](crate::Hub::run) failed. Libraries stay loaded; only a library that
/// trapped during the run is disabled.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    File(#[from] ComponentFileError),
    /// The app imports something no loaded library provides.
    #[error(
        "`{path}` imports `{import}`, which no loaded library exports (load its provider first)"
    )]
    UnsatisfiedImport { path: PathBuf, import: String },
    /// The app has no entry point the hub knows how to call.
    #[error(
        "`{path}` exports neither `run: func()` nor `wasi:cli/run`, so it cannot be run as an app"
    )]
    NoEntryPoint { path: PathBuf },
    /// Instantiating the app failed.
    #[error("cannot instantiate `{path}`: {reason}")]
    Instantiate { path: PathBuf, reason: String },
    /// The app, or a library it called, trapped.
    #[error("`{path}` failed: {reason}")]
    Trap { path: PathBuf, reason: String },
    /// A `wasi:cli/run` command returned an error.
    #[error("`{path}` exited with an error status")]
    ExitFailure { path: PathBuf },
}

/// Why the hub could not be created.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("cannot configure wasmtime: {0}")]
    Engine(String),
    #[error("cannot link WASI: {0}")]
    Wasi(String),
}

/// Renders a wasmtime error as one line: its chain of messages without the multi-line
/// wasm backtrace, so the hub's errors fit the one-line-per-error promise.
pub(crate) fn one_line(err: &wasmtime::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = cause.to_string();
        let text = text.lines().next().unwrap_or_default().trim().to_owned();
        if text.starts_with("error while executing at wasm backtrace") {
            continue;
        }
        if !text.is_empty() && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
    }
    parts.join(": ")
}
