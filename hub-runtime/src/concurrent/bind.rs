//! Binding an async library's exports to its event loop: an interface with generated
//! forwarders that fit is bound to them (their calls go to the loop with typed values),
//! every other interface and the top-level functions become [`LoopInterface`]s, the
//! resources it defines get host types as on the dynamic path, and a signature the loop
//! cannot carry yet is refused at load, naming the function and the type. The host
//! calls every export through its [`LoopFunction`]s.

use std::sync::Arc;

use wasmtime::component::types::{ComponentFunc, Type};
use wasmtime::component::{ComponentExportIndex, Func};

use super::forwarder::{LoopFunction, LoopInterface};
use super::handles::{HandlePlans, ResourceItems};
use super::transit::{ItemCarriers, not_carried, stream_items};
use crate::bound_export::BoundExport;
use crate::dynamic::{self, Plan, Streams};
use crate::error::{ForwardError, GeneratedMismatch, UnsupportedType};
use crate::export_resolver::ExportResolver;
use crate::export_resource::ExportResource;
use crate::exports::{ExportedInterface, ExportedItems};
use crate::forwarding_path::ForwardingPath;
use crate::generated::{self, GeneratedFor, GeneratedItem};

/// The exports of the async library `cx` resolves (before its loop takes the store),
/// bound to its event loop, each interface through what the build `generated` for it
/// (in the order of `items`), its streams and futures of generated types carried by
/// `item_types`' carriers. The resources it defines are recorded in `cx`'s types.
///
/// # Errors
///
/// The export (interface name, or `top-level functions`) and why, for the first that
/// cannot be bound: a missing function, or a type the loop cannot carry yet.
pub(crate) fn bind_loop_exports(
    cx: &mut ExportResolver<'_>,
    items: &ExportedItems,
    generated: Vec<GeneratedFor>,
    item_types: &[&GeneratedItem],
) -> Result<Vec<BoundExport>, (String, ForwardError)> {
    let mut exports = Vec::new();
    for (interface, generated) in items.interfaces.iter().zip(generated) {
        let fail = |err| (interface.name.clone(), err);
        let bound = match generated {
            GeneratedFor::Set(set) => match generated::bind_interface(cx, interface, set) {
                Ok(mut bound) => {
                    // Only the host calls these (it passes no streams): the generated
                    // forwarders carry the streams whose items they have Rust types for.
                    bound.event_loop =
                        loop_functions(cx, interface, item_types, Carried::ByGenerated)
                            .map_err(fail)?;
                    bound
                }
                Err(mismatch) => {
                    bind_interface(cx, interface, Some(mismatch), item_types).map_err(fail)?
                }
            },
            GeneratedFor::Skipped(reason) => {
                let fallback = Some(GeneratedMismatch::NotGenerated { reason });
                bind_interface(cx, interface, fallback, item_types).map_err(fail)?
            }
            GeneratedFor::Nothing => {
                bind_interface(cx, interface, None, item_types).map_err(fail)?
            }
        };
        exports.push(bound);
    }
    if !items.functions.is_empty() {
        let fail = |err| ("top-level functions".to_owned(), err);
        let mut functions = Vec::new();
        for (name, _) in &items.functions {
            let function = loop_function(cx, None, name, name, item_types, Carried::Here);
            functions.push(function.map_err(fail)?);
        }
        exports.push(bound(None, None, functions, Vec::new()));
    }
    Ok(exports)
}

/// `interface` bound to the loop through `Val`s (the generated forwarders, if any, did
/// not fit: `fallback` says why), its resources given host types.
///
/// # Errors
///
/// A missing function or resource, or a type the loop cannot carry.
fn bind_interface(
    cx: &mut ExportResolver<'_>,
    interface: &ExportedInterface,
    fallback: Option<GeneratedMismatch>,
    item_types: &[&GeneratedItem],
) -> Result<BoundExport, ForwardError> {
    let resources = dynamic::dynamic_resources(cx, interface)?;
    let functions = loop_functions(cx, interface, item_types, Carried::Here)?;
    Ok(bound(
        Some(interface.name.clone()),
        fallback,
        functions,
        resources,
    ))
}

/// Every function of `interface` (whose resources are recorded) as its loop forwards
/// it, with the carriers of `item_types` for its streams' items.
///
/// # Errors
///
/// As [`loop_function`].
fn loop_functions(
    cx: &mut ExportResolver<'_>,
    interface: &ExportedInterface,
    item_types: &[&GeneratedItem],
    carried: Carried,
) -> Result<Vec<Arc<LoopFunction>>, ForwardError> {
    let index = cx.export_index(None, &interface.name)?;
    let mut functions = Vec::new();
    for name in &interface.functions {
        let export = format!("{}#{name}", interface.name);
        functions.push(loop_function(
            cx,
            Some(&index),
            name,
            &export,
            item_types,
            carried,
        )?);
    }
    Ok(functions)
}

/// Who carries the streams and futures of an async library's functions between stores.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Carried {
    /// Their [`LoopFunction`]s: a function passing what they cannot carry is refused.
    Here,
    /// Generated forwarders, which were checked when they were generated: the
    /// [`LoopFunction`]s only take the host's calls, which pass no streams.
    ByGenerated,
}

/// The exported function `name` (of the interface at `interface`, or top-level) as its
/// loop forwards it, unless its signature holds what the loop cannot carry (the items
/// of its streams and futures may be of `item_types`) and `carried` says the loop
/// must. Its type is read off the instance, whose resource types are the ones the hub
/// recorded.
fn loop_function(
    cx: &mut ExportResolver<'_>,
    interface: Option<&ComponentExportIndex>,
    name: &str,
    export: &str,
    item_types: &[&GeneratedItem],
    carried: Carried,
) -> Result<Arc<LoopFunction>, ForwardError> {
    let func: Func = cx.func(interface, name)?;
    let ty: ComponentFunc = func.ty(&*cx.store);
    let types: Vec<Type> = ty.params().map(|(_, t)| t).chain(ty.results()).collect();
    let unsupported = |reason| ForwardError::UnsupportedType {
        function: export.to_owned(),
        reason,
    };
    // Handles in the values cross through the registry; streams and futures (whose
    // items may be handles) as channels.
    let plan =
        |t: &Type| Plan::for_type(t, cx.library.id, cx.types, Streams::Kept).map_err(unsupported);
    let mut carriers = ItemCarriers::default();
    let mut stream_item_types = Vec::new();
    types
        .iter()
        .for_each(|t| stream_items(t, &mut stream_item_types));
    for item in stream_item_types {
        if let Type::Own(resource) = item {
            if let Some(owner) = plan(&item)?.handle_owner() {
                carriers.push(resource, ResourceItems::new(owner, cx.registry));
            }
        } else if let Some(generated) = item_types.iter().find(|g| (g.shape)(&item)) {
            carriers.push_generated(item, (generated.carrier)().carrier);
        }
    }
    if carried == Carried::Here
        && let Some(what) = types.iter().find_map(|t| not_carried(t, &carriers))
    {
        return Err(unsupported(UnsupportedType::InAsyncLibrary { what }));
    }
    let params = ty
        .params()
        .map(|(_, t)| plan(&t))
        .collect::<Result<_, _>>()?;
    let results = ty.results().map(|t| plan(&t)).collect::<Result<_, _>>()?;
    let handles = HandlePlans::new(params, results, cx.registry, cx.library.id);
    let function = LoopFunction::new(name, func, &ty, cx.library, handles, carriers);
    Ok(Arc::new(function))
}

/// An export bound to the loop, naming the `resources` it defines.
fn bound(
    interface: Option<String>,
    fallback: Option<GeneratedMismatch>,
    functions: Vec<Arc<LoopFunction>>,
    resources: Vec<ExportResource>,
) -> BoundExport {
    BoundExport {
        interface,
        path: ForwardingPath::Dynamic,
        fallback: fallback.map(Arc::new),
        functions: functions.iter().map(|f| f.name.to_string()).collect(),
        resources,
        forwarders: Box::new(LoopInterface {
            functions: functions.clone(),
        }),
        // The host calls them through `event_loop`.
        callable: Vec::new(),
        event_loop: functions,
    }
}
