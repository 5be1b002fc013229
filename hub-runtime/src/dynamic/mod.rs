//! The dynamic (`Val`-based) forwarding path, for interfaces not seen at build time and
//! for comparison with the generated one.

mod forwarder;
mod handle_walk;
mod plan;
mod transfer;

use std::sync::Arc;

use crate::define_forwarders::DefineForwarders;
use crate::error::ForwardError;
use crate::export_resolver::ExportResolver;
use crate::export_resource::ExportResource;
use crate::exports::ExportedInterface;
use crate::resource_type::DynamicCodec;
pub(crate) use forwarder::DynamicFunction;
use forwarder::DynamicInterface;
#[cfg(feature = "async")]
pub(crate) use forwarder::define_concurrent;
pub(crate) use handle_walk::HandleOwner;
#[cfg(feature = "async")]
pub(crate) use handle_walk::HandleValFn;
pub(crate) use plan::{Plan, Streams};

/// An export bound through the dynamic path: its resources (the export's ownership
/// table) and its functions, planned from their real types.
pub(crate) struct DynamicBinding {
    pub(crate) resources: Vec<ExportResource>,
    pub(crate) functions: Vec<Arc<DynamicFunction>>,
}

impl DynamicBinding {
    /// The forwarders of its functions, for any linker.
    pub(crate) fn forwarders(&self) -> Box<dyn DefineForwarders> {
        Box::new(DynamicInterface {
            functions: self.functions.clone(),
        })
    }
}

/// Binds an exported interface through the dynamic path: its resources get
/// `host_dynamic` types, its functions `Val` forwarders planned from their real types.
///
/// # Errors
///
/// [`ForwardError`] when a function uses a type the hub cannot forward.
pub(crate) fn bind_interface(
    cx: &mut ExportResolver<'_>,
    interface: &ExportedInterface,
) -> Result<DynamicBinding, ForwardError> {
    let resources = dynamic_resources(cx, interface)?;
    let functions = plan_functions(cx, Some(&interface.name), &interface.functions)?;
    Ok(DynamicBinding {
        resources,
        functions,
    })
}

/// The resources of the exported `interface`, recorded in `cx`'s types with
/// `host_dynamic` types for those the library defines.
///
/// # Errors
///
/// [`ForwardError`] when the interface or one of its resources is not exported.
pub(crate) fn dynamic_resources(
    cx: &mut ExportResolver<'_>,
    interface: &ExportedInterface,
) -> Result<Vec<ExportResource>, ForwardError> {
    let index = cx.export_index(None, &interface.name)?;
    let mut origins = Vec::new();
    for name in &interface.resources {
        origins.push((name.clone(), cx.resource(&index, name)?));
    }
    Ok(cx.export_resources(&interface.name, origins, |id| Arc::new(DynamicCodec { id })))
}

/// Binds a library's top-level functions (always dynamic: generated sets are per interface).
///
/// # Errors
///
/// [`ForwardError`] when a function uses a type the hub cannot forward.
pub(crate) fn bind_top_level(
    cx: &mut ExportResolver<'_>,
    functions: &[String],
) -> Result<DynamicBinding, ForwardError> {
    Ok(DynamicBinding {
        resources: Vec::new(),
        functions: plan_functions(cx, None, functions)?,
    })
}

/// Plans the functions `names` of the exported `interface` (or top-level ones) for calls
/// through `Val`s, from their real types: the dynamic path's forwarders, and how the host
/// calls any export.
///
/// # Errors
///
/// [`ForwardError`] when a function uses a type the hub cannot forward.
pub(crate) fn plan_functions(
    cx: &mut ExportResolver<'_>,
    interface: Option<&str>,
    names: &[String],
) -> Result<Vec<Arc<DynamicFunction>>, ForwardError> {
    let interface = match interface {
        Some(name) => Some(cx.export_index(None, name)?),
        None => None,
    };
    let interface = interface.as_ref();
    let mut functions = Vec::with_capacity(names.len());
    for name in names {
        let funcs = cx.funcs(interface, name)?;
        let ty = funcs[0].ty(&*cx.store);
        let plan = |t: wasmtime::component::types::Type| {
            Plan::for_type(&t, cx.library.id, cx.types, Streams::Refused).map_err(|reason| {
                ForwardError::UnsupportedType {
                    function: name.clone(),
                    reason,
                }
            })
        };
        let params: Box<[Plan]> = ty
            .params()
            .map(|(_, t)| plan(t))
            .collect::<Result<_, _>>()?;
        let results: Box<[Plan]> = ty.results().map(plan).collect::<Result<_, _>>()?;
        let plain = params.iter().chain(results.iter()).all(Plan::is_keep);
        let pins = params.iter().any(Plan::has_callee_handles);
        functions.push(Arc::new(DynamicFunction {
            name: name.clone(),
            funcs,
            ty,
            library: Arc::clone(cx.library),
            registry: Arc::clone(cx.registry),
            params,
            results,
            plain,
            pins,
        }));
    }
    Ok(functions)
}
