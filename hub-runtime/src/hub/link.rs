//! Linking: which loaded library provides a name, and the linker rebuilt from every
//! library's bound exports (WASI plus their forwarders and resource destructors).

use std::path::Path;
use std::sync::Arc;

use wasmtime::component::{Component, Linker, LinkerInstance};

use super::{Hub, Library};
use crate::error::{ForwardError, LoadError};
use crate::exports::{ExportedItems, imported_names};
use crate::forwarding::BoundExport;
use crate::interface_name::compatibility_key;
use crate::library::LibraryCell;
use crate::registry::HandleRegistry;
use crate::resource_type::ResourceTypeEntry;
use crate::state::HostState;
use crate::trace::HUB_TARGET;

impl Hub {
    /// The first import of `component` that neither WASI nor a loaded library provides.
    pub(super) fn missing_import(&self, component: &Component) -> Option<String> {
        imported_names(&self.engine, component)
            .into_iter()
            .find(|name| !name.starts_with("wasi:") && self.provider_of(name).is_none())
    }

    /// The library that exports `name` (an interface, semver-compatible, or a top-level function).
    fn provider_of(&self, name: &str) -> Option<&LibraryCell> {
        let key = compatibility_key(name);
        self.libraries.iter().find_map(|library| {
            library
                .exports
                .iter()
                .any(|export| match &export.interface {
                    Some(interface) => compatibility_key(interface) == key,
                    None => export.functions.iter().any(|f| f == name),
                })
                .then_some(&*library.cell)
        })
    }

    /// Refuses a library exporting a name a loaded library already provides.
    pub(super) fn check_unique(&self, path: &Path, items: &ExportedItems) -> Result<(), LoadError> {
        let names = items
            .interfaces
            .iter()
            .map(|i| &i.name)
            .chain(&items.functions);
        for name in names {
            if let Some(provider) = self.provider_of(name) {
                return Err(LoadError::DuplicateExport {
                    path: path.to_owned(),
                    export: name.clone(),
                    provider: provider.name.clone(),
                });
            }
        }
        Ok(())
    }

    /// A linker with WASI and the forwarders of `libraries`.
    pub(super) fn link<'a>(
        &self,
        libraries: impl Iterator<Item = &'a Library>,
    ) -> Result<Linker<HostState>, ForwardError> {
        let mut linker = self.wasi_linker.clone();
        for library in libraries {
            for export in &library.exports {
                let mut instance = match &export.interface {
                    Some(name) => linker.instance(name).map_err(ForwardError::Link)?,
                    None => linker.root(),
                };
                for resource in &export.resources {
                    define_destructor(&mut instance, resource, &self.registry)
                        .map_err(ForwardError::Link)?;
                }
                export
                    .forwarders
                    .define(&mut instance, self.options.call_events)
                    .map_err(ForwardError::Link)?;
            }
        }
        Ok(linker)
    }
}

/// Defines the host type of `resource` with the destructor that chains back to its
/// provider: dropping the last host handle drops the provider's own resource.
fn define_destructor(
    linker: &mut LinkerInstance<'_, HostState>,
    resource: &Arc<ResourceTypeEntry>,
    registry: &Arc<HandleRegistry>,
) -> wasmtime::Result<()> {
    let registry = Arc::clone(registry);
    linker.resource(&resource.name, resource.host_type, move |_caller, rep| {
        let Some(entry) = registry.remove(rep) else {
            wasmtime::bail!("resource handle {rep} dropped twice");
        };
        tracing::info!(
            target: HUB_TARGET,
            resource = %entry.ty.name,
            rep,
            library = %entry.ty.owner.name,
            "Resource destructor called: {} handle {rep}, dropping it in {}",
            entry.ty.name,
            entry.ty.owner.name
        );
        let mut store = entry.ty.owner.enter()?;
        entry.handle.resource_drop(&mut *store).map_err(|err| {
            entry
                .ty
                .owner
                .call_failed(&format!("[resource-drop]{}", entry.ty.name), err)
        })
    })
}

/// Emits the event describing how one export of `library` was linked.
pub(super) fn trace_linked(library: &str, export: &BoundExport) {
    let name = export.interface.as_deref().unwrap_or("top-level functions");
    let (functions, resources, path) =
        (export.functions.len(), export.resources.len(), export.path);
    match &export.fallback {
        None => tracing::info!(
            target: HUB_TARGET,
            export = name,
            %path,
            "Linked {name} from {library}: {functions} functions, {resources} resources, {path} path"
        ),
        Some(mismatch) => tracing::info!(
            target: HUB_TARGET,
            export = name,
            %path,
            "Linked {name} from {library}: {functions} functions, {resources} resources, {path} path (generated forwarders not used: {})",
            crate::error::OneLine(&**mismatch)
        ),
    }
}
