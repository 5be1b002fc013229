//! Why a component's imports cannot be linked.

use std::fmt;

use crate::ids::LinkProvider;

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
        "it imports `{import}`, which {} loaded libraries export ({}): wire it to one of them",
        candidates.len(),
        candidates.join(", ")
    )]
    Ambiguous {
        /// The import's name.
        import: String,
        /// The candidates, `#n file.wasm`.
        candidates: Vec<String>,
    },
    /// An `async func` import linked to an interface the host serves, whose function
    /// is a plain host function (a typed closure, or `bindgen!`'s).
    #[error(
        "it imports `{import}`, whose `{function}` is an `async func`, and the host's `{export}` serves it only as a plain function (typed and `bindgen!` functions are plain; closures over `Val`s serve both)"
    )]
    AsyncServed {
        /// The import's name.
        import: String,
        /// Its first `async func`.
        function: String,
        /// The interface the host serves.
        export: String,
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
    #[error("wire `{import}={}/{export}`: {problem}", WiredTo(*provider))]
    Wire {
        /// The wired import.
        import: String,
        /// The library (or the host) it names.
        provider: LinkProvider,
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
    /// The library has no such export, or the host serves no such interface.
    #[error("it has no such export")]
    NoSuchExport,
    /// A `bindgen!` interface of the host wired to an import of another name: its
    /// `add_to_linker` defines it under its own name only.
    #[error("the host serves it through `add_to_linker`, which defines it under its own name only")]
    HostRename,
    /// An interface wired to a function, or the other way round.
    #[error("an interface import needs an interface export, a function import a function export")]
    KindMismatch,
}

/// A wire's provider as typed: `#2`, or `host`.
struct WiredTo(LinkProvider);

impl fmt::Display for WiredTo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            LinkProvider::Library(id) => write!(f, "{id}"),
            LinkProvider::Host => f.write_str("host"),
        }
    }
}
