//! Why a file, a load or the hub itself failed.

use super::{ForwardError, LinkError};
use std::path::PathBuf;

use crate::run_control::Stopped;

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
    /// The component uses component-model async (an `async func`, a `stream` or a
    /// `future`), which this hub cannot link: its engine is built without wasmtime's
    /// `component-model-async`, which slows every sync crossing even when unused.
    #[error(
        "`{}` uses component-model async ({what}), which the hub does not link yet",
        path.display()
    )]
    Async {
        /// The file.
        path: PathBuf,
        /// The first async function, stream or future, and where it is.
        what: String,
        /// wasmtime's validation error.
        #[source]
        source: wasmtime::Error,
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
        "`{}` exports `{export}`, which the host provides to every component",
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
    #[error("`{}` was stopped while instantiating", path.display())]
    Stopped {
        /// The library's file.
        path: PathBuf,
        /// Why.
        #[source]
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
    /// An async library (the `async` feature) was asked for several instances: its one
    /// store lives in one event loop.
    #[cfg(feature = "async")]
    #[error(
        "`{}` uses component-model async, so it is loaded as one instance (not {instances})",
        path.display()
    )]
    AsyncInstances {
        /// The library's file.
        path: PathBuf,
        /// How many were asked for.
        instances: usize,
    },
    /// The thread of an async library's event loop could not start.
    #[cfg(feature = "async")]
    #[error("cannot start the event loop of `{}`", path.display())]
    EventLoop {
        /// The library's file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

impl LoadError {
    /// Why instantiating the library at `path` failed with `source`: its start functions
    /// were stopped, or anything else.
    pub(crate) fn instantiating(path: &std::path::Path, source: wasmtime::Error) -> Self {
        match source.downcast_ref::<Stopped>() {
            Some(stopped) => LoadError::Stopped {
                path: path.to_owned(),
                stopped: *stopped,
            },
            None => LoadError::Instantiate {
                path: path.to_owned(),
                source,
            },
        }
    }
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
    /// The thread that advances the engine's epoch (deadlines, interrupts) could not
    /// start.
    #[error("cannot start the hub's epoch ticker thread")]
    Ticker(#[source] std::io::Error),
    /// A folder to give guests does not exist.
    #[error("`{}` is not a folder, so it cannot be given to guests", path.display())]
    NoSuchDir {
        /// The folder.
        path: PathBuf,
    },
}
