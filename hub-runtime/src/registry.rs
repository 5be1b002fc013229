//! The global handle registry: every resource that crosses the hub is a host handle
//! whose `rep` is a slot here, pointing back at the provider's own `ResourceAny`.

use std::sync::Arc;

use parking_lot::Mutex;
use slab::Slab;
use wasmtime::component::ResourceAny;

use crate::resource_type::ResourceTypeEntry;
use crate::trace::HUB_TARGET;

/// One live resource: the provider-side handle and the type it belongs to (which knows the
/// provider). Kept only while some component holds the host handle.
pub(crate) struct HandleEntry {
    pub(crate) ty: Arc<ResourceTypeEntry>,
    /// The owned handle in the provider's store.
    pub(crate) handle: ResourceAny,
}

/// Slab-backed map from `rep` to [`HandleEntry`]: O(1) insert, lookup and remove.
#[derive(Default)]
pub(crate) struct HandleRegistry {
    slots: Mutex<Slots>,
}

#[derive(Default)]
struct Slots {
    live: Slab<HandleEntry>,
}

impl HandleRegistry {
    /// Registers a provider's handle and returns the `rep` every other store will see.
    pub(crate) fn insert(
        &self,
        ty: &Arc<ResourceTypeEntry>,
        handle: ResourceAny,
    ) -> wasmtime::Result<u32> {
        let mut slots = self.slots.lock();
        let key = slots.live.insert(HandleEntry {
            ty: Arc::clone(ty),
            handle,
        });
        drop(slots);
        let rep =
            u32::try_from(key).map_err(|_| wasmtime::format_err!("handle registry is full"))?;
        tracing::trace!(
            target: HUB_TARGET,
            rep,
            resource = %ty.name,
            "Registered handle {rep} of {}",
            ty.qualified_name()
        );
        Ok(rep)
    }

    /// The provider's handle behind `rep`, for a `borrow`: the entry stays.
    ///
    /// # Errors
    ///
    /// Fails when `rep` is not live or belongs to another resource type.
    pub(crate) fn get(
        &self,
        rep: u32,
        expected: &ResourceTypeEntry,
    ) -> wasmtime::Result<ResourceAny> {
        let slots = self.slots.lock();
        match slots.live.get(rep as usize) {
            Some(entry) if entry.ty.id == expected.id => Ok(entry.handle),
            Some(entry) => Err(mismatch(rep, &entry.ty, expected)),
            None => Err(dead(rep, expected)),
        }
    }

    /// Moves the entry behind `rep` out of the registry, for an `own` passed back to its
    /// provider.
    ///
    /// # Errors
    ///
    /// Fails when `rep` is not live or belongs to another resource type.
    pub(crate) fn take(
        &self,
        rep: u32,
        expected: &ResourceTypeEntry,
    ) -> wasmtime::Result<ResourceAny> {
        let mut slots = self.slots.lock();
        match slots.live.get(rep as usize) {
            Some(entry) if entry.ty.id == expected.id => Ok(slots.live.remove(rep as usize).handle),
            Some(entry) => Err(mismatch(rep, &entry.ty, expected)),
            None => Err(dead(rep, expected)),
        }
    }

    /// Removes `rep` whatever its type: the host handle was dropped.
    pub(crate) fn remove(&self, rep: u32) -> Option<HandleEntry> {
        self.slots.lock().live.try_remove(rep as usize)
    }

    /// Number of live handles.
    pub(crate) fn len(&self) -> usize {
        self.slots.lock().live.len()
    }

    /// Forgets every handle, without running destructors (their stores are going away).
    pub(crate) fn clear(&self) {
        // Dropping an entry may drop the last reference to a library, and with it the
        // library's store and the closures in it: not under the registry's lock.
        let live = std::mem::take(&mut self.slots.lock().live);
        drop(live);
    }
}

fn mismatch(rep: u32, actual: &ResourceTypeEntry, expected: &ResourceTypeEntry) -> wasmtime::Error {
    wasmtime::format_err!(
        "handle {rep} is a `{}`, not a `{}`",
        actual.qualified_name(),
        expected.qualified_name()
    )
}

fn dead(rep: u32, expected: &ResourceTypeEntry) -> wasmtime::Error {
    wasmtime::format_err!(
        "handle {rep} (`{}`) is no longer live",
        expected.qualified_name()
    )
}
