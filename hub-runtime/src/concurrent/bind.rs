//! Binding an async library's exports to its event loop: every interface and the
//! top-level functions become [`LoopInterface`]s, and a signature the loop cannot carry
//! yet is refused at load, naming the function and the type.

use std::sync::Arc;

use wasmtime::Store;
use wasmtime::component::types::ComponentFunc;
use wasmtime::component::{Func, Instance};

use super::forwarder::{LoopFunction, LoopInterface};
use super::transit::not_carried;
use crate::bound_export::BoundExport;
use crate::error::{ForwardError, UnsupportedType};
use crate::exports::ExportedItems;
use crate::forwarding_path::ForwardingPath;
use crate::library_cell::LibraryCell;
use crate::state::HostState;

/// The exports of the async library `cell` (instance `instance` in `store`, before its
/// loop takes the store), bound to its event loop.
///
/// # Errors
///
/// The export (interface name, or `top-level functions`) and why, for the first that
/// cannot be bound: a missing function, or a type the loop cannot carry yet.
pub(crate) fn bind_loop_exports(
    store: &mut Store<HostState>,
    instance: &Instance,
    items: &ExportedItems,
    cell: &Arc<LibraryCell>,
) -> Result<Vec<BoundExport>, (String, ForwardError)> {
    let mut exports = Vec::new();
    for interface in &items.interfaces {
        let fail = |err| (interface.name.clone(), err);
        if let Some(resource) = interface.resources.first() {
            return Err(fail(ForwardError::UnsupportedType {
                function: format!("{}#{resource}", interface.name),
                reason: UnsupportedType::InAsyncLibrary {
                    what: format!("resource `{resource}`"),
                },
            }));
        }
        let parent = instance
            .get_export_index(&mut *store, None, &interface.name)
            .ok_or_else(|| {
                fail(ForwardError::MissingExport {
                    name: interface.name.clone(),
                })
            })?;
        let mut functions = Vec::new();
        for (name, ty) in interface.functions.iter().zip(&interface.function_types) {
            let export = format!("{}#{name}", interface.name);
            let func = function(store, instance, Some(&parent), name, &export).map_err(fail)?;
            functions.push(loop_function(name, func, ty, &export, cell).map_err(fail)?);
        }
        exports.push(bound(Some(interface.name.clone()), functions));
    }
    if !items.functions.is_empty() {
        let fail = |err| ("top-level functions".to_owned(), err);
        let mut functions = Vec::new();
        for (name, ty) in &items.functions {
            let func = function(store, instance, None, name, name).map_err(fail)?;
            functions.push(loop_function(name, func, ty, name, cell).map_err(fail)?);
        }
        exports.push(bound(None, functions));
    }
    Ok(exports)
}

/// The exported function `name` (of the interface at `parent`, or top-level).
fn function(
    store: &mut Store<HostState>,
    instance: &Instance,
    parent: Option<&wasmtime::component::ComponentExportIndex>,
    name: &str,
    export: &str,
) -> Result<Func, ForwardError> {
    let index = instance
        .get_export_index(&mut *store, parent, name)
        .ok_or_else(|| ForwardError::MissingExport {
            name: export.to_owned(),
        })?;
    instance
        .get_func(&mut *store, index)
        .ok_or_else(|| ForwardError::NotAFunction {
            name: export.to_owned(),
        })
}

/// `func` as its loop forwards it, unless its signature holds what the loop cannot
/// carry.
fn loop_function(
    name: &str,
    func: Func,
    ty: &ComponentFunc,
    export: &str,
    cell: &Arc<LibraryCell>,
) -> Result<Arc<LoopFunction>, ForwardError> {
    let types = ty.params().map(|(_, t)| t).chain(ty.results());
    for ty in types {
        if let Some(what) = not_carried(&ty) {
            return Err(ForwardError::UnsupportedType {
                function: export.to_owned(),
                reason: UnsupportedType::InAsyncLibrary { what },
            });
        }
    }
    Ok(Arc::new(LoopFunction::new(name, func, ty, cell)))
}

/// An export bound to the loop.
fn bound(interface: Option<String>, functions: Vec<Arc<LoopFunction>>) -> BoundExport {
    BoundExport {
        interface,
        path: ForwardingPath::Dynamic,
        fallback: None,
        functions: functions.iter().map(|f| f.name.to_string()).collect(),
        resources: Vec::new(),
        forwarders: Box::new(LoopInterface {
            functions: functions.clone(),
        }),
        // The host calls them through `event_loop`.
        callable: Vec::new(),
        event_loop: functions,
    }
}
