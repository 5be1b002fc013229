//! Typed errors, one enum per operation.
//!
//! Each error's `Display` is its own message only; the cause (wasmtime's error, an I/O
//! error, a binding error) is its [`source`](std::error::Error::source), so an embedder can
//! walk the chain. Rendering a chain as one line is the edge's job (hub-demo does it).

use std::path::PathBuf;
use std::time::Duration;

use crate::library::LibraryId;
use crate::limits::DisplaySize;
use crate::run_control::{DisplayDuration, Stopped};

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
    /// Its imports cannot be linked to what is loaded.
    #[error("`{}` cannot be linked", path.display())]
    Link {
        /// The library's file.
        path: PathBuf,
        /// Which import, and why.
        #[source]
        source: Box<LinkError>,
    },
    /// It exports an interface of a `wasi:` package the host provides, without
    /// [`LoadOptions::override_wasi`](crate::LoadOptions::override_wasi).
    #[error(
        "`{}` exports `{export}`, which the host provides to every component (load it with --override-wasi to let it serve components loaded or run after it)",
        path.display()
    )]
    WasiExport {
        /// The library's file.
        path: PathBuf,
        /// The WASI interface.
        export: String,
    },
    /// Instantiation failed (a trap in a start function, a limit).
    #[error("cannot instantiate `{}`", path.display())]
    Instantiate {
        /// The library's file.
        path: PathBuf,
        /// wasmtime's error.
        #[source]
        source: wasmtime::Error,
    },
    /// Instantiation (its start functions) ran out of time or was interrupted.
    #[error("`{}` was stopped while instantiating: {stopped}", path.display())]
    Stopped {
        /// The library's file.
        path: PathBuf,
        /// Why.
        stopped: Stopped,
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

/// Why a component's imports cannot be linked.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LinkError {
    /// Neither a loaded library nor the host provides an import.
    #[error("it imports `{import}`, which no loaded library exports (load its provider first)")]
    Unsatisfied {
        /// The import's name.
        import: String,
    },
    /// A `wasi:` interface the host does not provide.
    #[error("it imports `{import}`, a WASI interface the hub does not provide")]
    UnsupportedWasi {
        /// The import's name.
        import: String,
    },
    /// Several loaded libraries export the name, none wrapping the others.
    #[error(
        "it imports `{import}`, which {} loaded libraries export ({}): wire one by hand, e.g. `with {import}=<library>/<export>`",
        candidates.len(),
        candidates.join(", ")
    )]
    Ambiguous {
        /// The import's name.
        import: String,
        /// The candidates, `#n file.wasm`.
        candidates: Vec<String>,
    },
    /// An imported function's signature differs from the export it links to.
    #[error(
        "`{interface}` function `{function}`: it expects `{expected}`, but `{provider}` exports `{found}`"
    )]
    Signature {
        /// The import (an interface name, or `top-level` for a top-level function).
        interface: String,
        /// The function.
        function: String,
        /// The importer's signature, in WIT syntax.
        expected: String,
        /// The exporter's signature, in WIT syntax (`missing` when it has none).
        found: String,
        /// The exporting library, `#n file.wasm`.
        provider: String,
    },
    /// A wire names something that does not exist or does not fit.
    #[error("wire `{import}={library}/{export}`: {problem}")]
    Wire {
        /// The wired import.
        import: String,
        /// The library it names.
        library: LibraryId,
        /// The export it names.
        export: String,
        /// What is wrong.
        problem: WireProblem,
    },
    /// The forwarders could not be defined for this component.
    #[error("cannot define the forwarders")]
    Define(#[source] wasmtime::Error),
}

/// What is wrong with a wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WireProblem {
    /// The component has no such import.
    #[error("the component has no such import")]
    NoSuchImport,
    /// No loaded library has that id.
    #[error("no such library is loaded")]
    NoSuchLibrary,
    /// The library has no such export.
    #[error("the library has no such export")]
    NoSuchExport,
    /// An interface wired to a function, or the other way round.
    #[error("an interface import needs an interface export, a function import a function export")]
    KindMismatch,
}

/// Where guest code failed: the library and the function that was running.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// The library's file name.
    pub library: String,
    /// The function the call was in.
    pub function: String,
}

impl std::fmt::Display for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`{}` in `{}`", self.library, self.function)
    }
}

/// ` (in `lib` in `fn`)` when the failure happened in a library, nothing in the app.
struct AtSite<'a>(&'a Option<Site>);

impl std::fmt::Display for AtSite<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(site) => write!(f, " while {site} was running"),
            None => Ok(()),
        }
    }
}

/// Why [`Hub::run`](crate::Hub::run) failed. Libraries stay loaded; only a library whose
/// own code failed (a trap, its time budget, an interrupt, `exit`) is disabled.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// The file is not a runnable component.
    #[error(transparent)]
    File(#[from] ComponentFileError),
    /// Its imports cannot be linked to what is loaded.
    #[error("`{}` cannot be linked", path.display())]
    Link {
        /// The app's file.
        path: PathBuf,
        /// Which import, and why.
        #[source]
        source: Box<LinkError>,
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
    #[error("`{}` trapped{}", path.display(), AtSite(at))]
    Trap {
        /// The app's file.
        path: PathBuf,
        /// The library whose code trapped, if not the app's.
        at: Option<Site>,
        /// The trap.
        #[source]
        source: wasmtime::Error,
    },
    /// The run's time budget ran out.
    #[error("`{}` ran out of its time budget of {}{}", path.display(), DisplayDuration(*budget), AtSite(at))]
    Deadline {
        /// The app's file.
        path: PathBuf,
        /// The library that was running, if not the app.
        at: Option<Site>,
        /// The budget.
        budget: Duration,
    },
    /// The run was interrupted ([`InterruptHandle`](crate::InterruptHandle), Ctrl-C).
    #[error("`{}` was interrupted by the user{}", path.display(), AtSite(at))]
    Interrupted {
        /// The app's file.
        path: PathBuf,
        /// The library that was running, if not the app.
        at: Option<Site>,
    },
    /// A store ran out of memory.
    #[error("`{}` failed: `{store}` ran out of memory (its limit is {})", path.display(), DisplaySize(*limit))]
    MemoryLimit {
        /// The app's file.
        path: PathBuf,
        /// Whose store: the app's file name, or a library's.
        store: String,
        /// The limit, in bytes.
        limit: usize,
    },
    /// The app exited with a failure code, or a library called `exit`.
    #[error("`{}` exited with code {code}{}", path.display(), AtSite(at))]
    Exit {
        /// The app's file.
        path: PathBuf,
        /// The library that called `exit`, if not the app.
        at: Option<Site>,
        /// The exit code (WASI 0.2 tells only 0 from 1 for Rust guests).
        code: i32,
    },
    /// The run held more resource handles than its quota.
    #[error("`{}` held too many resource handles (its quota is {quota})", path.display())]
    HandleQuota {
        /// The app's file.
        path: PathBuf,
        /// The quota.
        quota: usize,
    },
    /// A call failed on the host's side (a dead handle, a disabled library).
    #[error("`{}` failed", path.display())]
    Failed {
        /// The app's file.
        path: PathBuf,
        /// The host's error.
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

/// Why [`Hub::unload`](crate::Hub::unload) refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum UnloadError {
    /// No loaded library has that id.
    #[error("no library {0} is loaded")]
    NotLoaded(LibraryId),
    /// Loaded libraries import from it.
    #[error(
        "{library} is imported by {} (unload them first, or unload with --with-dependents)",
        dependents.join(", ")
    )]
    HasDependents {
        /// The library, `#n file.wasm`.
        library: String,
        /// Its dependents, `#n file.wasm`.
        dependents: Vec<String>,
    },
}

/// Why [`Hub::reload`](crate::Hub::reload) failed; the hub is exactly as it was.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReloadError {
    /// No loaded library has that id.
    #[error("no library {0} is loaded")]
    NotLoaded(LibraryId),
    /// The library, or one that depends on it, failed to load again.
    #[error("reloading `{library}` failed; nothing changed")]
    Load {
        /// The library whose reload failed, `#n file.wasm`.
        library: String,
        /// Why.
        #[source]
        source: LoadError,
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
    /// The provider defines some of the resources the interface uses, not all: the
    /// generated forwarders convert either all of them or none.
    #[error("the component defines some of the resources the interface uses, but not `{resource}`")]
    SomeUsesOwned {
        /// A used resource it does not define, `interface#name`.
        resource: String,
    },
    /// A used resource the provider defines crosses on the dynamic path (its interface
    /// fell back), so it is not the host type the generated forwarders expect.
    #[error("the used resource `{resource}` crosses on the dynamic path")]
    UsedResourceIsDynamic {
        /// The resource, `interface#name`.
        resource: String,
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
