//! Releasing handles: what a run still holds when it ends, and what a library held or
//! defined when it goes away.

use std::sync::Arc;

use super::{Changes, Hub, LoadedLibrary, LoadedSet};
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
    // The host's own values first: dropped here, outside the table's lock.
    let host_values = registry.host.release_holder(holder).len();
    let entries = registry.release_holder(holder);
    if entries.is_empty() && host_values == 0 {
        return 0;
    }
    let count = entries.len() + host_values;
    let control = RunControl::start(budget, None);
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
    let dropped = owner.drop_resource(entry.instance, entry.handle, &entry.ty.name, Some(control));
    if let Err(err) = dropped {
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
    /// first (called holding `changes`). Returns them, `#n file.wasm`.
    pub(super) fn remove_libraries(
        &self,
        changes: &mut Changes,
        set: &LoadedSet,
        ids: &[LibraryId],
    ) -> Vec<String> {
        let (mut gone, stay): (Vec<Arc<LoadedLibrary>>, Vec<Arc<LoadedLibrary>>) = set
            .libraries
            .iter()
            .cloned()
            .partition(|l| ids.contains(&l.id()));
        gone.reverse();
        self.publish(stay);
        self.forget(changes, &gone, "was unloaded");
        gone.iter().map(|l| l.describe()).collect()
    }

    /// Forgets libraries that are no longer (or never became) part of the hub: takes
    /// them out of service (calls still reaching them get `why`), releases the handles
    /// they held (destructors in the providers that stay), forgets the handles of
    /// resources they defined and their resource types, and drops their stores.
    ///
    /// Out of service first, dependents before their providers: a call already inside
    /// one of them that returns a handle after its resources were forgotten finds it
    /// refused by the registry, so no entry of a library that is gone is left behind.
    pub(super) fn forget(
        &self,
        changes: &mut Changes,
        libraries: &[Arc<LoadedLibrary>],
        why: &'static str,
    ) {
        // Dependents first (a library imports only from libraries loaded before it, so
        // higher numbers first): a call in flight inside a dependent that then fails in
        // its provider finds the dependent already retired, and does not disable it
        // as "unwound" for the runs that come after.
        let mut last_first: Vec<&Arc<LoadedLibrary>> = libraries.iter().collect();
        last_first.sort_by_key(|l| std::cmp::Reverse(l.id().number));
        for library in &last_first {
            library.cell.take_out_of_service(why);
        }
        // Calls already inside them return before what they hold goes (new ones are
        // refused now): a call in flight still finds the host's values and the handles
        // it was given, instead of failing on one released under it.
        for library in &last_first {
            library.cell.wait_for_calls();
        }
        let ids: Vec<LibraryId> = libraries.iter().map(|l| l.id()).collect();
        for id in &ids {
            release_held(&self.registry, Holder::Library(*id), self.options.timeout);
        }
        let dead = self.registry.forget_types(|ty| ids.contains(&ty.owner.id));
        drop(dead);
        changes.types.retain(|ty| !ids.contains(&ty.owner.id));
        for library in libraries {
            library.cell.retire(why);
        }
    }
}
