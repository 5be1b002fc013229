//! What binding one export of a freshly instantiated library needs: its functions, the
//! resources it defines, and the hub's registry and type table.

use std::sync::Arc;

use wasmtime::Store;
use wasmtime::component::{ComponentExportIndex, Func, Instance, ResourceType};

use crate::error::ForwardError;
use crate::export_resource::ExportResource;
use crate::library_cell::LibraryCell;
use crate::registry::HandleRegistry;
use crate::resource_type::{HandleCodec, ResourceTypeEntry, ResourceTypes};
use crate::state::HostState;

/// Where a resource an exported interface names comes from.
pub(crate) enum ResourceOrigin {
    /// The library defines it, and no interface bound before named it: a new resource
    /// type, with this guest type.
    New(ResourceType),
    /// The library defines it and an interface bound before already named it.
    Defined(Arc<ResourceTypeEntry>),
    /// It is another library's resource (or the host's shared one), which this one
    /// imports and re-exports.
    Imported,
}

/// Everything a forwarding path needs to bind one export of a library.
///
/// Types and resources are read off the library's first instance; the others are
/// instances of the same component, so only their functions are looked up
/// ([`funcs`](Self::funcs)).
pub(crate) struct ExportResolver<'a> {
    pub(crate) store: &'a mut Store<HostState>,
    pub(crate) instance: Instance,
    /// The library's other instances, in order.
    pub(crate) others: Vec<(&'a mut Store<HostState>, Instance)>,
    pub(crate) library: &'a Arc<LibraryCell>,
    pub(crate) registry: &'a Arc<HandleRegistry>,
    pub(crate) types: &'a mut ResourceTypes,
}

impl ExportResolver<'_> {
    /// The export index of `name` inside `interface` (or at the top level).
    pub(crate) fn export_index(
        &mut self,
        interface: Option<&ComponentExportIndex>,
        name: &str,
    ) -> Result<ComponentExportIndex, ForwardError> {
        self.instance
            .get_export_index(&mut *self.store, interface, name)
            .ok_or_else(|| ForwardError::MissingExport { name: name.into() })
    }

    /// The provider's function `name` inside `interface` (or at the top level).
    pub(crate) fn func(
        &mut self,
        interface: Option<&ComponentExportIndex>,
        name: &str,
    ) -> Result<Func, ForwardError> {
        let index = self.export_index(interface, name)?;
        self.instance
            .get_func(&mut *self.store, index)
            .ok_or_else(|| ForwardError::NotAFunction { name: name.into() })
    }

    /// The provider's function `name` inside `interface` (or at the top level) in each
    /// of its instances, in instance order.
    pub(crate) fn funcs(
        &mut self,
        interface: Option<&ComponentExportIndex>,
        name: &str,
    ) -> Result<Box<[Func]>, ForwardError> {
        let first = self.func(interface, name)?;
        // Export indices are the component's, the same in each of its instances.
        let index = self.export_index(interface, name)?;
        let mut funcs = vec![first];
        for (store, instance) in &mut self.others {
            let func = instance
                .get_func(&mut **store, index)
                .ok_or_else(|| ForwardError::NotAFunction { name: name.into() })?;
            funcs.push(func);
        }
        Ok(funcs.into_boxed_slice())
    }

    /// Each instance's store with `func`, one of [`funcs`](Self::funcs), in instance
    /// order.
    pub(crate) fn stores_with<'f>(
        &'f self,
        funcs: &'f [Func],
    ) -> impl Iterator<Item = (&'f Store<HostState>, Func)> + 'f {
        std::iter::once(&*self.store)
            .chain(self.others.iter().map(|(store, _)| &**store))
            .zip(funcs.iter().copied())
    }

    /// Where resource `name` inside `interface` comes from. A resource is identified by
    /// its guest type, whatever name an interface gives it: the same resource named by
    /// two interfaces of the library (`use e1.{x as y}`) is one resource.
    pub(crate) fn resource(
        &mut self,
        interface: &ComponentExportIndex,
        name: &str,
    ) -> Result<ResourceOrigin, ForwardError> {
        let index = self.export_index(Some(interface), name)?;
        let ty = self
            .instance
            .get_resource(&mut *self.store, index)
            .ok_or_else(|| ForwardError::NotAResource { name: name.into() })?;
        let library = self.library.id;
        let shared = self.types.shared_host(ty).is_some();
        if !shared && self.types.is_served(ty) {
            return Err(ForwardError::UnsharedHostResource {
                resource: name.to_owned(),
            });
        }
        Ok(if shared || self.types.by_host_type(ty).is_some() {
            ResourceOrigin::Imported
        } else if let Some(entry) = self
            .types
            .by_guest_type(ty)
            .filter(|e| e.owner.id == library)
        {
            ResourceOrigin::Defined(Arc::clone(entry))
        } else {
            ResourceOrigin::New(ty)
        })
    }

    /// The resources an export names, as its ownership table: a new one is defined with
    /// the codec `codec` gives for its host-type id, one an earlier interface of the
    /// library defined is an alias, one imported from another library is left out.
    pub(crate) fn export_resources(
        &mut self,
        interface: &str,
        origins: Vec<(String, ResourceOrigin)>,
        mut codec: impl FnMut(u32) -> Arc<dyn HandleCodec>,
    ) -> Vec<ExportResource> {
        let mut resources = Vec::new();
        for (name, origin) in origins {
            match origin {
                ResourceOrigin::New(guest_type) => {
                    let entry = self.define_resource(interface, &name, guest_type, &mut codec);
                    resources.push(ExportResource {
                        name,
                        entry,
                        defines: true,
                    });
                }
                ResourceOrigin::Defined(entry) => resources.push(ExportResource {
                    name,
                    entry,
                    defines: false,
                }),
                ResourceOrigin::Imported => {}
            }
        }
        resources
    }

    /// Records a resource the library defines, with the host type it will cross as.
    pub(crate) fn define_resource(
        &mut self,
        interface: &str,
        name: &str,
        guest_type: ResourceType,
        codec: impl FnOnce(u32) -> Arc<dyn HandleCodec>,
    ) -> Arc<ResourceTypeEntry> {
        let id = self.types.next_id();
        let codec = codec(id);
        let entry = Arc::new(ResourceTypeEntry {
            id,
            interface: interface.to_owned(),
            name: name.to_owned(),
            owner: Arc::clone(self.library),
            host_type: codec.host_type(),
            codec,
            guest_type,
        });
        self.types.push(Arc::clone(&entry));
        entry
    }
}
