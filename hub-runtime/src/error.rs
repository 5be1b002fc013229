//! Typed errors, one enum per operation.
//!
//! Each error's `Display` is its own message only; the cause (wasmtime's error, an I/O
//! error, a binding error) is its [`source`](std::error::Error::source), so an embedder can
//! walk the chain. Rendering a chain as one line is the edge's job (hub-demo does it).

use std::path::PathBuf;

/// Why a file could not be taken as a component.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ComponentFileError {
    /// The file could not be read (missing, unreadable, a directory).
    #[error("cannot read `{}`", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file does not start with the WebAssembly magic bytes.
    #[error("`{}` is not a WebAssembly file", path.display())]
    NotWasm {
        /// The file.
        path: PathBuf,
    },
    /// The file is a core module; the hub links components only.
    #[error(
        "`{}` is a core WebAssembly module, not a component (wrap it with `wasm-tools component new`)",
        path.display()
    )]
    CoreModule {
        /// The file.
        path: PathBuf,
    },
    /// wasmtime rejected the component while validating or compiling it.
    #[error("`{}` is not a valid component", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// wasmtime's validation or compilation error.
        #[source]
        source: wasmtime::Error,
    },
}

/// Why [`Hub::load`](crate::Hub::load) refused a library. The loaded set is unchanged.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The file is not a loadable component.
    #[error(transparent)]
    File(#[from] ComponentFileError),
    /// An import that neither WASI nor any loaded library provides.
    #[error(
        "`{}` imports `{import}`, which no loaded library exports (load its provider first)",
        path.display()
    )]
    UnsatisfiedImport {
        /// The library's file.
        path: PathBuf,
        /// The import's full name.
        import: String,
    },
    /// Another loaded library already exports this name.
    #[error("`{}` exports `{export}`, which `{provider}` already provides", path.display())]
    DuplicateExport {
        /// The library's file.
        path: PathBuf,
        /// The export's full name.
        export: String,
        /// The file name of the library that provides it.
        provider: String,
    },
    /// Instantiation failed (a type mismatch with what the hub provides, a trap in a
    /// start function).
    #[error("cannot instantiate `{}`", path.display())]
    Instantiate {
        /// The library's file.
        path: PathBuf,
        /// wasmtime's error.
        #[source]
        source: wasmtime::Error,
    },
    /// An export could not be forwarded (an unsupported type, for example).
    #[error("cannot forward `{export}` of `{}`", path.display())]
    Forward {
        /// The library's file.
        path: PathBuf,
        /// The export (an interface name, or `top-level functions`).
        export: String,
        /// Why.
        #[source]
        source: ForwardError,
    },
}

/// Why [`Hub::run`](crate::Hub::run) failed. Libraries stay loaded; only a library that
/// trapped during the run is disabled.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// The file is not a runnable component.
    #[error(transparent)]
    File(#[from] ComponentFileError),
    /// The app imports something no loaded library provides.
    #[error(
        "`{}` imports `{import}`, which no loaded library exports (load its provider first)",
        path.display()
    )]
    UnsatisfiedImport {
        /// The app's file.
        path: PathBuf,
        /// The import's full name.
        import: String,
    },
    /// The app has no entry point the hub knows how to call.
    #[error(
        "`{}` exports neither `run: func()` nor `wasi:cli/run`, so it cannot be run as an app",
        path.display()
    )]
    NoEntryPoint {
        /// The app's file.
        path: PathBuf,
    },
    /// Instantiating the app failed.
    #[error("cannot instantiate `{}`", path.display())]
    Instantiate {
        /// The app's file.
        path: PathBuf,
        /// wasmtime's error.
        #[source]
        source: wasmtime::Error,
    },
    /// The app, or a library it called, trapped.
    #[error("`{}` failed", path.display())]
    Trap {
        /// The app's file.
        path: PathBuf,
        /// The trap, with the library and function it happened in when it was not the app.
        #[source]
        source: wasmtime::Error,
    },
    /// A `wasi:cli/run` command returned an error.
    #[error("`{}` exited with an error status", path.display())]
    ExitFailure {
        /// The app's file.
        path: PathBuf,
    },
}

/// Why the hub could not be created.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SetupError {
    /// wasmtime rejected the engine configuration for this host.
    #[error("cannot configure wasmtime")]
    Engine(#[source] wasmtime::Error),
    /// WASI could not be added to the linker.
    #[error("cannot link WASI")]
    Wasi(#[source] wasmtime::Error),
}

/// Why an export of a library cannot be forwarded at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ForwardError {
    /// The component's type lists an export its instance does not have.
    #[error("export `{name}` not found")]
    MissingExport {
        /// The export's name.
        name: String,
    },
    /// An export expected to be a function is something else.
    #[error("export `{name}` is not a function")]
    NotAFunction {
        /// The export's name.
        name: String,
    },
    /// An export expected to be a resource type is something else.
    #[error("export `{name}` is not a resource")]
    NotAResource {
        /// The export's name.
        name: String,
    },
    /// A function's signature holds a type the hub cannot forward.
    #[error("`{function}` {reason}")]
    UnsupportedType {
        /// The function's export name.
        function: String,
        /// Which type, and why.
        reason: UnsupportedType,
    },
    /// The forwarders could not be defined in the linker.
    #[error("cannot define the forwarders")]
    Link(#[source] wasmtime::Error),
}

/// A type in a signature the hub cannot forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UnsupportedType {
    /// A resource no loaded library defines (a WASI resource, say).
    #[error("uses a resource that no loaded library defines")]
    UnknownResource,
    /// `future`, `stream` or `error-context`.
    #[error("uses an async type (future, stream or error-context), which the hub does not forward")]
    Async,
    /// A fixed-length list whose elements hold resources.
    #[error("has a fixed-length list of resources, which is not supported")]
    ResourcesInFixedLengthList,
    /// A map whose keys or values hold resources.
    #[error("has a map with resources, which is not supported")]
    ResourcesInMap,
}

/// Why an exported interface was not bound to the generated forwarders of its name; it
/// is then forwarded through the dynamic path, and [`status`](crate::Hub::status) says why.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GeneratedMismatch {
    /// The interface is under `wit/`, but the generator left it to the dynamic path.
    #[error("not generated at build time: {reason}")]
    NotGenerated {
        /// The generator's reason.
        reason: &'static str,
    },
    /// The component exports a function the WIT under `wit/` does not declare.
    #[error("the component exports `{function}`, which wit/ does not declare")]
    UndeclaredFunction {
        /// The function's export name.
        function: String,
    },
    /// The component lacks a function the WIT under `wit/` declares.
    #[error("the component lacks `{function}`")]
    MissingFunction {
        /// The function's export name.
        function: String,
    },
    /// The component defines other resources than the WIT under `wit/` declares.
    #[error(
        "the component defines resources [{}], wit/ declares [{}]",
        defined.join(", "),
        declared.join(", ")
    )]
    Resources {
        /// What the component defines.
        defined: Vec<String>,
        /// What `wit/` declares.
        declared: Vec<String>,
    },
    /// A function's types differ from the generated ones (including the host type of a
    /// resource that crosses on the dynamic path).
    #[error("`{function}` has other types than in wit/")]
    FunctionType {
        /// The function's export name.
        function: String,
        /// wasmtime's type-check error.
        #[source]
        source: wasmtime::Error,
    },
    /// The component's instance does not match its own type (should not happen).
    #[error("the component's exports cannot be resolved")]
    Export(#[source] ForwardError),
}

/// Displays an error and its chain of causes on one line, `outer: cause: root cause`,
/// without wasmtime's multi-line wasm backtraces and without repeating a cause whose
/// text an outer message already holds. For the edge (a CLI, a log line); the errors
/// themselves display their own message only.
///
/// ```
/// use hub_runtime::OneLine;
/// let err = std::io::Error::other("disk on fire");
/// assert_eq!(OneLine(&err).to_string(), "disk on fire");
/// ```
pub struct OneLine<'a>(pub &'a (dyn std::error::Error + 'static));

impl std::fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        let mut next = Some(self.0);
        while let Some(err) = next {
            let text = err.to_string();
            let text = text.lines().next().unwrap_or_default().trim();
            let is_backtrace = text.starts_with("error while executing at wasm backtrace");
            if !text.is_empty() && !is_backtrace && !parts.iter().any(|p| p.contains(text)) {
                parts.push(text.to_owned());
            }
            next = err.source();
        }
        f.write_str(&parts.join(": "))
    }
}
