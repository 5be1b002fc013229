//! Building the wasmtime linker one component is instantiated with: the host's WASI plus,
//! for each link, the serving export's forwarders and resource types under the import's
//! name. Rebuilt from the link graph, never patched (wasmtime cannot remove a definition).

use std::sync::Arc;

use wasmtime::component::{Linker, LinkerInstance};

use super::LoadedLibrary;
use super::link::{Link, LinkTarget};
use crate::error::LinkError;
use crate::export_resource::ExportResource;
use crate::host_interface::{AddToLinker, Implementation, ServedInterface};
use crate::registry::HandleRegistry;
use crate::resource_type::ResourceTypeEntry;
use crate::run_control::RunControl;
use crate::state::HostState;
use crate::trace::HUB_TARGET;

/// A linker serving `links` from `libraries` and the host's `served` interfaces,
/// starting from `host` (the host's WASI).
///
/// # Errors
///
/// [`LinkError::Define`] when wasmtime refuses a definition.
pub(crate) fn build(
    host: &Linker<HostState>,
    links: &[Link],
    libraries: &[Arc<LoadedLibrary>],
    served: &[Arc<ServedInterface>],
    registry: &Arc<HandleRegistry>,
    call_events: bool,
) -> Result<Linker<HostState>, LinkError> {
    let mut linker = host.clone();
    // `bindgen!` groups first, once each: they define their interfaces under their own
    // names, which a library's forwarders may then shadow.
    let mut applied: Vec<&Arc<AddToLinker>> = Vec::new();
    for link in links {
        let LinkTarget::Served { export } = &link.target else {
            continue;
        };
        if let Some(Implementation::Bindgen(add)) = served
            .iter()
            .find(|s| s.name == *export)
            .map(|s| &s.implementation)
            && !applied.iter().any(|a| Arc::ptr_eq(a, add))
        {
            add(&mut linker).map_err(LinkError::Define)?;
            applied.push(add);
        }
    }
    let shadow = !applied.is_empty();
    linker.allow_shadowing(shadow);
    for link in links {
        let library = |id| libraries.iter().find(|l| l.id() == id);
        match &link.target {
            LinkTarget::Host | LinkTarget::TypesOnly => {}
            LinkTarget::Served { export } => {
                let Some(interface) = served
                    .iter()
                    .find(|s| s.name == *export)
                    .filter(|s| matches!(s.implementation, Implementation::Closures { .. }))
                else {
                    continue;
                };
                let mut instance = linker.instance(&link.import).map_err(LinkError::Define)?;
                interface
                    .define(&mut instance, served, &link.async_functions)
                    .map_err(LinkError::Define)?;
            }
            LinkTarget::Interface {
                library: id,
                export,
                wasi_host_name,
            } => {
                let Some(bound) = library(*id).and_then(|l| l.export(export)) else {
                    continue;
                };
                // A library standing in for a WASI interface replaces the host's
                // functions under the name the host registered them with.
                let name = wasi_host_name.as_deref().unwrap_or(&link.import);
                linker.allow_shadowing(shadow || wasi_host_name.is_some());
                let mut instance = linker.instance(name).map_err(LinkError::Define)?;
                for resource in &bound.resources {
                    define_resource(&mut instance, resource, registry)
                        .map_err(LinkError::Define)?;
                }
                bound
                    .forwarders
                    .define(&mut instance, call_events)
                    .map_err(LinkError::Define)?;
                // Its `async func`s again, as wasmtime serves those.
                #[cfg(feature = "async")]
                if !link.async_functions.is_empty() {
                    linker.allow_shadowing(true);
                    let mut instance = linker.instance(name).map_err(LinkError::Define)?;
                    let functions: Vec<(String, String)> = link
                        .async_functions
                        .iter()
                        .map(|f| (f.clone(), f.clone()))
                        .collect();
                    define_async_functions(&mut instance, bound, &functions, call_events)
                        .map_err(LinkError::Define)?;
                }
                linker.allow_shadowing(shadow);
            }
            LinkTarget::Function {
                library: id,
                export,
            } => {
                let Some(bound) = library(*id).and_then(|l| l.top_level()) else {
                    continue;
                };
                #[cfg(feature = "async")]
                if !link.async_functions.is_empty() {
                    let functions = [(export.clone(), link.import.clone())];
                    define_async_functions(&mut linker.root(), bound, &functions, call_events)
                        .map_err(LinkError::Define)?;
                    continue;
                }
                bound
                    .forwarders
                    .define_renamed(&mut linker.root(), export, &link.import, call_events)
                    .map_err(LinkError::Define)?;
            }
        }
    }
    Ok(linker)
}

/// Defines the forwarders of the `async func`s of `link` again (the `async` feature):
/// wasmtime serves those only with concurrent host functions. Generated forwarders and
/// an async library's have their own; a sync export bound dynamically is served from
/// its `Val` forwarder.
#[cfg(feature = "async")]
fn define_async_functions(
    instance: &mut LinkerInstance<'_, HostState>,
    bound: &crate::bound_export::BoundExport,
    functions: &[(String, String)],
    call_events: bool,
) -> wasmtime::Result<()> {
    let generated = bound.path == crate::forwarding_path::ForwardingPath::Generated;
    for (function, as_name) in functions {
        let callable = bound.callable.iter().find(|f| f.name == *function);
        match callable.filter(|_| !generated) {
            Some(callable) => {
                crate::dynamic::define_concurrent(instance, callable, as_name, call_events)?;
            }
            None => bound
                .forwarders
                .define_async(instance, function, as_name, call_events)?,
        }
    }
    Ok(())
}

/// Drops the host handle `rep` (its last holder let go of it): the provider's own
/// resource is dropped in the provider's store, under `run`'s budget and interrupt.
///
/// # Errors
///
/// For a handle dropped twice, and when the provider's destructor fails (which disables
/// the provider: it is its own code).
pub(crate) fn drop_handle(
    registry: &HandleRegistry,
    rep: u32,
    expected: &ResourceTypeEntry,
    run: Option<&Arc<RunControl>>,
) -> wasmtime::Result<()> {
    let Some(entry) = registry.remove(rep) else {
        // Its library went away (unloaded while a run in flight held the handle), and
        // the resource with it.
        if expected.owner.is_out_of_service() {
            return Ok(());
        }
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
    // A handle into a disabled library is released quietly: its store is gone.
    entry
        .ty
        .owner
        .drop_resource(entry.instance, entry.handle, &entry.ty.name, run)
}

/// Defines the host type of `resource` with the destructor that chains back to its
/// provider: dropping the last host handle drops the provider's own resource.
fn define_resource(
    linker: &mut LinkerInstance<'_, HostState>,
    resource: &ExportResource,
    registry: &Arc<HandleRegistry>,
) -> wasmtime::Result<()> {
    let registry = Arc::clone(registry);
    let expected = Arc::clone(&resource.entry);
    linker.resource(
        &resource.name,
        resource.entry.host_type,
        move |caller, rep| drop_handle(&registry, rep, &expected, caller.data().run.as_ref()),
    )
}
