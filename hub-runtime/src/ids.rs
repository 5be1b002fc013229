//! The ids of the hub's two kinds of stores (libraries and app runs), and of what can
//! serve an import.

use std::fmt;

/// Opaque id of a loaded library, unique for the hub's lifetime.
///
/// It shows as `#n`, the library's number; a reloaded library keeps its number but gets a
/// new id (its instance, state and handles are new), so an id never names two instances.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LibraryId {
    pub(crate) number: u32,
    pub(crate) generation: u32,
}

impl LibraryId {
    /// The number the library shows as (`#n`), the same across reloads.
    pub fn number(self) -> u32 {
        self.number
    }
}

impl fmt::Display for LibraryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.number)
    }
}

/// Identifies one app run (or one [`App`](crate::App)) for the hub's lifetime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct RunId(pub(crate) u64);

/// What serves an import: a loaded library, or the host (an interface it serves).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkProvider {
    /// A loaded library's export.
    Library(LibraryId),
    /// An interface the host serves.
    Host,
}

/// `#2`, or `the host`.
impl fmt::Display for LinkProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkProvider::Library(id) => write!(f, "{id}"),
            LinkProvider::Host => f.write_str("the host"),
        }
    }
}
