//! Why a component cannot be inspected.

use std::path::PathBuf;

use super::ComponentFileError;
use crate::ids::LibraryId;

/// Why [`Hub::inspect`](crate::Hub::inspect) or
/// [`Hub::inspect_library`](crate::Hub::inspect_library) failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InspectError {
    /// The file cannot be read or is not a component.
    #[error(transparent)]
    File(#[from] ComponentFileError),
    /// Its types cannot be read back as WIT.
    #[error("cannot read the WIT of {}", path.display())]
    Wit {
        /// The component.
        path: PathBuf,
        /// What wit-component said.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// No loaded library has that id.
    #[error("no library {0} is loaded")]
    NotLoaded(LibraryId),
}
