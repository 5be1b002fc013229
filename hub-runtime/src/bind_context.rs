//! What binding one export of a freshly instantiated library needs: its functions, the
//! resources it defines, and the hub's registry and type table.

use std::sync::Arc;

use wasmtime::Store;
use wasmtime::component::{ComponentExportIndex, Func, Instance, ResourceType};

use crate::error::ForwardError;
use crate::library::LibraryCell;
use crate::registry::HandleRegistry;
use crate::resource_type::{HandleCodec, ResourceTypeEntry, ResourceTypes};
use crate::state::HostState;

/// Everything a forwarding path needs to bind one export of a library.
pub(crate) struct BindContext<'a> {
    pub(crate) store: &'a mut Store<HostState>,
    pub(crate) instance: Instance,
    pub(crate) library: &'a Arc<LibraryCell>,
    pub(crate) registry: &'a Arc<HandleRegistry>,
    pub(crate) types: &'a mut ResourceTypes,
}

impl BindContext<'_> {
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

    /// The instantiated type of resource `name` inside `interface`, and whether the
    /// library defines it (`true`) or only re-exports one it imported (`false`).
    pub(crate) fn resource(
        &mut self,
        interface: &ComponentExportIndex,
        name: &str,
    ) -> Result<(ResourceType, bool), ForwardError> {
        let index = self.export_index(Some(interface), name)?;
        let ty = self
            .instance
            .get_resource(&mut *self.store, index)
            .ok_or_else(|| ForwardError::NotAResource { name: name.into() })?;
        Ok((ty, self.types.by_host_type(ty).is_none()))
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
