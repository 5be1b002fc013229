//! Why unloading or reloading a library failed.

use super::LoadError;

use crate::ids::LibraryId;

/// Why [`Hub::unload`](crate::Hub::unload) refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum UnloadError {
    /// No loaded library has that id.
    #[error("no library {0} is loaded")]
    NotLoaded(LibraryId),
    /// Loaded libraries import from it.
    #[error(
        "{library} is imported by {}",
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
