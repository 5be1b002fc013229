//! Releasing handles: what a run still holds when it ends, and what a library held or
//! defined when it goes away.

use std::sync::Arc;

use super::{Hub, LoadedLibrary};
use crate::holder::Holder;
use crate::ids::LibraryId;
use crate::registry::{HandleEntry, HandleRegistry};
use crate::run_control::RunControl;
use crate::trace::{Count, HUB_TARGET};

/// Drops every handle `holder` still holds in its provider, newest first, within a
/// fresh `budget` (the run's may be spent). Returns how many there were.
pub(crate) fn release_held(
    registry: &HandleRegistry,
    holder: Holder,
    budget: Option<std::time::Duration>,
) -> usize {
    let entries = registry.release_holder(holder);
    if entries.is_empty() {
        return 0;
    }
    let count = entries.len();
    let control = RunControl::start(budget);
    for entry in entries {
        drop_in_provider(entry, &control);
    }
    tracing::info!(
        target: HUB_TARGET,
        %holder,
        count,
        "Released {} {holder} still held",
        Count(count, "resource handle")
    );
    count
}

/// Runs the provider's destructor of one released handle. A disabled provider has no
/// store left: the handle is gone with it. A failing destructor disables its library (it
/// is that library's own code) and is reported, not raised: nobody is waiting for it.
fn drop_in_provider(entry: HandleEntry, control: &Arc<RunControl>) {
    let owner = &entry.ty.owner;
    let Ok(mut store) = owner.enter(Some(control)) else {
        return;
    };
    if let Err(err) = entry.handle.resource_drop(&mut *store) {
        let err = owner.call_failed(&format!("[resource-drop]{}", entry.ty.name), err, store);
        tracing::warn!(
            target: HUB_TARGET,
            library = %owner.name,
            "Releasing a `{}` failed: {}",
            entry.ty.name,
            crate::error::OneLine(&*err)
        );
    }
}

impl Hub {
    /// Removes the libraries `ids` (and everything of theirs) from the hub, last loaded
    /// first. Returns them, `#n file.wasm`.
    pub(super) fn remove_libraries(&mut self, ids: &[LibraryId]) -> Vec<String> {
        let mut gone: Vec<Arc<LoadedLibrary>> = self
            .libraries
            .iter()
            .filter(|l| ids.contains(&l.id()))
            .cloned()
            .collect();
        gone.reverse();
        self.libraries.retain(|l| !ids.contains(&l.id()));
        self.forget(&gone, "was unloaded");
        self.libraries_changed();
        gone.iter().map(|l| l.describe()).collect()
    }

    /// Forgets libraries that are no longer (or never became) part of the hub: releases
    /// the handles they held (destructors in the providers that stay), forgets the
    /// handles of resources they defined and their resource types, and retires them
    /// (their stores are dropped; components still linked to them get `why`).
    pub(super) fn forget(&mut self, libraries: &[Arc<LoadedLibrary>], why: &'static str) {
        let ids: Vec<LibraryId> = libraries.iter().map(|l| l.id()).collect();
        for id in &ids {
            release_held(&self.registry, Holder::Library(*id), self.options.timeout);
        }
        let dead = self.registry.forget_types(|ty| ids.contains(&ty.owner.id));
        drop(dead);
        self.types.retain(|ty| !ids.contains(&ty.owner.id));
        for library in libraries {
            library.cell.retire(why);
        }
    }
}
