//! The loaded libraries as runs see them: an immutable snapshot in load order, replaced
//! whole by each load, unload, reload or purge (see the hub's lock order).

use std::sync::Arc;

use super::LoadedLibrary;
use crate::host_interface::ServedInterface;
use crate::ids::LibraryId;

/// The libraries loaded at one moment, in load order (a library links only to those
/// before it).
#[derive(Default)]
pub(crate) struct LoadedSet {
    pub(crate) libraries: Vec<Arc<LoadedLibrary>>,
    /// The interfaces the host serves, linked as if served by a library loaded first.
    pub(crate) served: Vec<Arc<ServedInterface>>,
    /// Bumped by every change: what was linked against an older set is linked again.
    pub(crate) generation: u64,
}

impl LoadedSet {
    /// The library with id `id`, if loaded.
    pub(crate) fn library(&self, id: LibraryId) -> Option<&Arc<LoadedLibrary>> {
        self.libraries.iter().find(|l| l.id() == id)
    }

    /// Where library `id` is in load order.
    pub(crate) fn position(&self, id: LibraryId) -> Option<usize> {
        self.libraries.iter().position(|l| l.id() == id)
    }

    /// The libraries linked to `id`, directly or through others, in load order.
    pub(crate) fn dependents(&self, id: LibraryId) -> Vec<LibraryId> {
        let mut found: Vec<LibraryId> = Vec::new();
        for library in &self.libraries {
            let depends = library.links.iter().any(|link| {
                link.target
                    .library()
                    .is_some_and(|target| target == id || found.contains(&target))
            });
            if depends {
                found.push(library.id());
            }
        }
        found
    }
}
