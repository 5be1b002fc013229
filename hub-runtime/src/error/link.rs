//! Why a component's imports cannot be linked.

use crate::ids::LibraryId;

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
