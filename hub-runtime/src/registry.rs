//! The global handle registry: every resource that crosses the hub is a host handle
//! whose `rep` is a slot here, pointing back at the provider's own `ResourceAny`.

use std::sync::Arc;

use parking_lot::Mutex;
use slab::Slab;
use wasmtime::component::ResourceAny;

use crate::resource_type::ResourceTypeEntry;

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
    /// Handles ever registered, for tests and status.
    registered: u64,
}

impl HandleRegistry {
    /// Registers a provider's handle and returns the `rep` every other store will see.
    pub(crate) fn insert(
        &self,
        ty: &Arc<ResourceTypeEntry>,
        handle: ResourceAny,
    ) -> wasmtime::Result<u32> {
        let mut slots = self.slots.lock();
        slots.registered += 1;
        let key = slots.live.insert(HandleEntry {
            ty: Arc::clone(ty),
            handle,
        });
        u32::try_from(key).map_err(|_| wasmtime::format_err!("handle registry is full"))
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

    /// Number of handles ever registered.
    pub(crate) fn registered(&self) -> u64 {
        self.slots.lock().registered
    }

    /// Forgets every handle, without running destructors (their stores are going away).
    pub(crate) fn clear(&self) {
        self.slots.lock().live.clear();
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
