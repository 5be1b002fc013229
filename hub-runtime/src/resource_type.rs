//! Host resource types: one per resource a library defines, never shared between two.

use std::marker::PhantomData;
use std::sync::Arc;

use parking_lot::RwLock;

use wasmtime::StoreContextMut;
use wasmtime::component::{Resource, ResourceAny, ResourceDynamic, ResourceType};

use crate::ids::LibraryId;
use crate::interface_name::compatibility_key;
use crate::library_cell::LibraryCell;
use crate::state::HostState;

/// Converts between a host handle (a `ResourceAny` of the hub's host type, in some store)
/// and the registry `rep` behind it. One implementation per kind of host type: the
/// dynamic path uses [`ResourceType::host_dynamic`], generated code a marker type.
pub trait HandleCodec: Send + Sync + 'static {
    /// The host type components see for this resource.
    fn host_type(&self) -> ResourceType;

    /// The `rep` of a host handle received from `store`. For an `own` handle this takes it
    /// out of the store's table without running a destructor: ownership moves to the hub.
    ///
    /// # Errors
    ///
    /// Fails when `handle` is not of this host type or was already taken.
    fn rep_of(
        &self,
        handle: ResourceAny,
        store: StoreContextMut<'_, HostState>,
    ) -> wasmtime::Result<u32>;

    /// A host handle for `rep` to hand to `store`, owned or borrowed.
    ///
    /// # Errors
    ///
    /// Fails only when the store's handle table is full.
    fn handle_for(
        &self,
        rep: u32,
        owned: bool,
        store: StoreContextMut<'_, HostState>,
    ) -> wasmtime::Result<ResourceAny>;
}

/// The dynamic path's host type: `ResourceType::host_dynamic(id)`.
pub(crate) struct DynamicCodec {
    pub(crate) id: u32,
}

impl HandleCodec for DynamicCodec {
    fn host_type(&self) -> ResourceType {
        ResourceType::host_dynamic(self.id)
    }

    fn rep_of(
        &self,
        handle: ResourceAny,
        store: StoreContextMut<'_, HostState>,
    ) -> wasmtime::Result<u32> {
        Ok(ResourceDynamic::try_from_resource_any(handle, store)?.rep())
    }

    fn handle_for(
        &self,
        rep: u32,
        owned: bool,
        store: StoreContextMut<'_, HostState>,
    ) -> wasmtime::Result<ResourceAny> {
        let handle = if owned {
            ResourceDynamic::new_own(rep, self.id)
        } else {
            ResourceDynamic::new_borrow(rep, self.id)
        };
        handle.try_into_resource_any(store)
    }
}

/// A generated path's host type: `ResourceType::host::<M>()` for a generated marker `M`.
pub struct MarkerCodec<M: 'static>(PhantomData<fn() -> M>);

impl<M: 'static> MarkerCodec<M> {
    /// The codec for marker type `M`.
    pub const fn new() -> Self {
        MarkerCodec(PhantomData)
    }
}

impl<M: 'static> Default for MarkerCodec<M> {
    fn default() -> Self {
        Self::new()
    }
}

impl<M: 'static> HandleCodec for MarkerCodec<M> {
    fn host_type(&self) -> ResourceType {
        ResourceType::host::<M>()
    }

    fn rep_of(
        &self,
        handle: ResourceAny,
        store: StoreContextMut<'_, HostState>,
    ) -> wasmtime::Result<u32> {
        Ok(Resource::<M>::try_from_resource_any(handle, store)?.rep())
    }

    fn handle_for(
        &self,
        rep: u32,
        owned: bool,
        store: StoreContextMut<'_, HostState>,
    ) -> wasmtime::Result<ResourceAny> {
        let handle = if owned {
            Resource::<M>::new_own(rep)
        } else {
            Resource::<M>::new_borrow(rep)
        };
        handle.try_into_resource_any(store)
    }
}

/// A resource type a loaded library defines, as the hub tracks it.
pub(crate) struct ResourceTypeEntry {
    /// Unique for the hub's lifetime; also the payload of dynamic host types.
    pub(crate) id: u32,
    pub(crate) interface: String,
    pub(crate) name: String,
    /// The library that defines the resource and holds every instance of it.
    pub(crate) owner: Arc<LibraryCell>,
    pub(crate) codec: Arc<dyn HandleCodec>,
    /// The host type components see (cached from `codec`).
    pub(crate) host_type: ResourceType,
    /// The guest-defined type inside the owner's first instance: what the types read at
    /// load (all off that instance) name it by. Every instance has its own, which only
    /// that instance's functions check.
    pub(crate) guest_type: ResourceType,
}

impl ResourceTypeEntry {
    /// `interface.resource`, for messages.
    pub(crate) fn qualified_name(&self) -> String {
        format!("{}.{}", self.interface, self.name)
    }
}

/// A resource of an interface the host serves whose handles may cross between stores
/// (`Hub::share_resource`, or any resource of a closures interface): its values live in the host's shared table, so a handle
/// passes from store to store with its `rep` unchanged.
pub(crate) struct SharedHostResource {
    pub(crate) name: String,
    pub(crate) codec: Arc<dyn HandleCodec>,
    /// The host type components see (cached from `codec`).
    pub(crate) host_type: ResourceType,
}

/// The host's shared resources, readable from any thread: a leaf lock, held only to
/// find one.
#[derive(Clone, Default)]
pub(crate) struct SharedHostResources(Arc<RwLock<Vec<Arc<SharedHostResource>>>>);

impl SharedHostResources {
    /// The one whose host type is `ty`, if any.
    pub(crate) fn find(&self, ty: ResourceType) -> Option<Arc<SharedHostResource>> {
        self.0.read().iter().find(|s| s.host_type == ty).cloned()
    }
}

/// Every resource type of every loaded library, and the host's shared ones.
#[derive(Default)]
pub(crate) struct ResourceTypes {
    entries: Vec<Arc<ResourceTypeEntry>>,
    next_id: u32,
    /// Kept while the host serves them: loads, failed bindings and purges leave them.
    /// Written only holding the hub's `changes` (as the rest), and read without it by
    /// the host's own calls ([`SharedHostResources`]).
    shared: SharedHostResources,
    /// The host types of every resource of the interfaces the host serves, shared or
    /// not: a library naming one re-exports the host's resource.
    served: Vec<ResourceType>,
}

impl ResourceTypes {
    /// A fresh id for a new dynamic host type.
    pub(crate) fn next_id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    /// A point to [`rollback`](Self::rollback) to.
    pub(crate) fn mark(&self) -> u32 {
        self.next_id
    }

    /// Forgets every type defined after `mark` (a binding attempt that failed).
    pub(crate) fn rollback(&mut self, mark: u32) {
        self.entries.retain(|e| e.id <= mark);
    }

    pub(crate) fn push(&mut self, entry: Arc<ResourceTypeEntry>) {
        self.entries.push(entry);
    }

    /// The entry whose host type is `ty`, if any. A linear scan: used while planning
    /// forwarders at load time, never per call.
    pub(crate) fn by_host_type(&self, ty: ResourceType) -> Option<&Arc<ResourceTypeEntry>> {
        self.entries.iter().find(|e| e.host_type == ty)
    }

    /// The host's shared resource whose host type is `ty`, if any.
    pub(crate) fn shared_host(&self, ty: ResourceType) -> Option<Arc<SharedHostResource>> {
        self.shared.find(ty)
    }

    /// The host's shared resources, to read without the hub's `changes` lock.
    pub(crate) fn shared_hosts(&self) -> SharedHostResources {
        self.shared.clone()
    }

    /// Records the host types of resources the host serves.
    pub(crate) fn serve(&mut self, types: impl IntoIterator<Item = ResourceType>) {
        self.served.extend(types);
    }

    /// Whether `ty` is the host type of a resource the host serves.
    pub(crate) fn is_served(&self, ty: ResourceType) -> bool {
        self.served.contains(&ty)
    }

    /// Lets handles of `shared` cross between stores from now on (again, if it already
    /// could).
    pub(crate) fn share(&mut self, shared: SharedHostResource) {
        let mut all = self.shared.0.write();
        all.retain(|s| s.host_type != shared.host_type);
        all.push(Arc::new(shared));
    }

    /// The entry whose guest type (in its owner's store) is `ty`.
    pub(crate) fn by_guest_type(&self, ty: ResourceType) -> Option<&Arc<ResourceTypeEntry>> {
        self.entries.iter().find(|e| e.guest_type == ty)
    }

    /// The first entry named `name`, for tests.
    #[cfg(test)]
    pub(crate) fn by_name(&self, name: &str) -> Option<&Arc<ResourceTypeEntry>> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The resource `name` of `interface` (semver-compatible) that `library` defines.
    pub(crate) fn defined_by(
        &self,
        library: LibraryId,
        interface: &str,
        name: &str,
    ) -> Option<&Arc<ResourceTypeEntry>> {
        let key = compatibility_key(interface);
        self.entries.iter().find(|e| {
            e.owner.id == library && e.name == name && compatibility_key(&e.interface) == key
        })
    }

    /// Drops the entries of the given library (after a failed load).
    pub(crate) fn retain(&mut self, keep: impl Fn(&ResourceTypeEntry) -> bool) {
        self.entries.retain(|e| keep(e));
    }

    pub(crate) fn clear(&mut self) {
        self.entries.clear();
    }
}
