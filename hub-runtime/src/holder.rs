//! Who holds a host handle: every registry entry has a holder, so ending a run or
//! unloading a library releases exactly what it still holds.

use std::fmt;

use crate::ids::{LibraryId, RunId};

/// The store a host handle was handed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Holder {
    /// An app run's store: released when the run ends.
    Run(RunId),
    /// A library's store: released when the library is unloaded or reloaded.
    Library(LibraryId),
}

impl fmt::Display for Holder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Holder::Run(run) => write!(f, "run {}", run.0),
            Holder::Library(library) => write!(f, "library {library}"),
        }
    }
}
