//! Where generated forwarders plug in: the trait each generated interface implements,
//! the binder that type-checks it against a real component ([`typed_binder`]), and the provider
//! its forwarders call through ([`provider`]).

mod item;
mod provider;
mod typed_binder;
mod wire;

use std::collections::BTreeSet;
use std::sync::Arc;

pub use item::{GeneratedItem, ItemCarrier, item_carrier};
pub use provider::{CallerHolder, ForwardCaller, InstanceFuncs, Provider, ProviderCall};
pub use typed_binder::TypedBinder;
pub use wire::{
    EnteredCall, StopCheck, TypedCalls, WireCallError, WireFunction, WireInvoke, wire_function,
};

use crate::bound_export::BoundExport;
use crate::define_forwarders::DefineForwarders;
use crate::error::GeneratedMismatch;
use crate::export_resolver::{ExportResolver, ResourceOrigin};
use crate::exports::ExportedInterface;
use crate::forwarding_path::ForwardingPath;
use crate::resource_type::{HandleCodec, MarkerCodec, ResourceTypeEntry};

/// One WIT interface's generated forwarders, as `hub-codegen` emits them. Implemented by
/// generated code only (reached through `__internal`).
pub trait GeneratedInterface: Sync {
    /// Full interface name, `ns:pkg/iface@version`.
    fn name(&self) -> &'static str;
    /// Export names of every function (`[method]calc.add`, `quick-add`, ...).
    fn functions(&self) -> &'static [&'static str];
    /// Ownership table: the resources the interface defines.
    fn resources(&self) -> &'static [GeneratedResource];
    /// Ownership table: resources of other interfaces it uses. A provider either defines
    /// none of them (they pass through) or all of them (they are its own, and the
    /// forwarders of [`TypedBinder::owns_uses`] convert them).
    fn uses(&self) -> &'static [GeneratedUse];
    /// The types it defines that can be stream and future items (plain data).
    fn items(&self) -> &'static [GeneratedItem] {
        &[]
    }
    /// The typed ends of a wire of its plain functions (no handles, streams or futures;
    /// not `async`), for forwarding them to another machine.
    fn wire(&self) -> &'static [WireFunction] {
        &[]
    }
    /// Resolves a `TypedFunc` for every function through `binder`, which type-checks each
    /// against the component's real types.
    ///
    /// # Errors
    ///
    /// The first function whose types do not match.
    fn bind(
        &self,
        binder: &mut TypedBinder<'_, '_>,
    ) -> Result<Box<dyn DefineForwarders>, GeneratedMismatch>;
}

/// Everything generated from the WIT under a folder: the interfaces with forwarders and
/// the ones the generator left to the dynamic path, with why.
pub struct GeneratedForwarders {
    interfaces: &'static [&'static dyn GeneratedInterface],
    skipped: &'static [(&'static str, &'static str)],
}

impl GeneratedForwarders {
    /// No generated forwarders: every interface is forwarded dynamically.
    pub const NONE: GeneratedForwarders = GeneratedForwarders::new(&[], &[]);

    /// `interfaces` with forwarders; `skipped` as `(interface name, reason)` pairs. What
    /// generated code calls.
    #[doc(hidden)]
    pub const fn new(
        interfaces: &'static [&'static dyn GeneratedInterface],
        skipped: &'static [(&'static str, &'static str)],
    ) -> Self {
        GeneratedForwarders {
            interfaces,
            skipped,
        }
    }

    /// The interfaces with generated forwarders.
    pub(crate) fn interfaces(&self) -> &'static [&'static dyn GeneratedInterface] {
        self.interfaces
    }

    /// The generated types that can be stream and future items, of every interface.
    #[cfg(feature = "async")]
    pub(crate) fn items(&self) -> Vec<&'static GeneratedItem> {
        self.interfaces.iter().flat_map(|set| set.items()).collect()
    }

    /// The typed ends of a wire of `interface`'s plain functions (its full name).
    pub(crate) fn wire_functions(&self, interface: &str) -> &'static [WireFunction] {
        self.interfaces
            .iter()
            .find(|set| set.name() == interface)
            .map_or(&[], |set| set.wire())
    }

    /// The full names (`ns:pkg/iface@version`) of the interfaces with generated
    /// forwarders.
    pub fn interface_names(&self) -> impl Iterator<Item = &'static str> {
        self.interfaces.iter().map(|set| set.name())
    }

    /// The interfaces the generator skipped, with its reason for each.
    pub fn skipped(&self) -> &'static [(&'static str, &'static str)] {
        self.skipped
    }
}

/// What the build generated for an interface name.
pub(crate) enum GeneratedFor {
    /// Forwarders to try.
    Set(&'static dyn GeneratedInterface),
    /// The generator skipped this interface, for this reason.
    Skipped(&'static str),
    /// Nothing: the interface is not under `wit/` (or the hub forwards dynamically).
    Nothing,
}

/// A resource a generated interface defines, with the codec of its marker type.
pub struct GeneratedResource {
    /// The resource's WIT name.
    pub name: &'static str,
    /// The codec of its marker type ([`codec`]).
    pub codec: fn() -> Arc<dyn HandleCodec>,
}

/// A resource of another interface a generated interface uses.
pub struct GeneratedUse {
    /// The full name of the interface that defines it (`share:res/e1@0.1.0`).
    pub interface: &'static str,
    /// The resource's WIT name there.
    pub name: &'static str,
    /// The codec of its marker type.
    pub codec: fn() -> Arc<dyn HandleCodec>,
}

/// The codec of marker type `M`, for [`GeneratedResource::codec`].
pub fn codec<M: 'static>() -> Arc<dyn HandleCodec> {
    Arc::new(MarkerCodec::<M>::new())
}

/// Binds `interface` through `generated`.
///
/// # Errors
///
/// Why the component does not match the generated set (other functions, other resources,
/// other types); nothing is left registered then, and the caller falls back to the
/// dynamic path.
pub(crate) fn bind_interface(
    cx: &mut ExportResolver<'_>,
    interface: &ExportedInterface,
    generated: &dyn GeneratedInterface,
) -> Result<BoundExport, GeneratedMismatch> {
    let expected: BTreeSet<&str> = generated.functions().iter().copied().collect();
    let actual: BTreeSet<&str> = interface.functions.iter().map(String::as_str).collect();
    if let Some(extra) = actual.difference(&expected).next() {
        return Err(GeneratedMismatch::UndeclaredFunction {
            function: (*extra).to_owned(),
        });
    }
    if let Some(missing) = expected.difference(&actual).next() {
        return Err(GeneratedMismatch::MissingFunction {
            function: (*missing).to_owned(),
        });
    }
    let index = cx
        .export_index(None, &interface.name)
        .map_err(GeneratedMismatch::Export)?;
    let mut origins = Vec::new();
    for name in &interface.resources {
        let origin = cx
            .resource(&index, name)
            .map_err(GeneratedMismatch::Export)?;
        origins.push((name.clone(), origin));
    }
    let defined: Vec<String> = origins
        .iter()
        .filter(|(_, origin)| matches!(origin, ResourceOrigin::New(_)))
        .map(|(name, _)| name.clone())
        .collect();
    let declared: Vec<String> = generated
        .resources()
        .iter()
        .map(|r| r.name.to_owned())
        .collect();
    if defined != declared {
        return Err(GeneratedMismatch::Resources { defined, declared });
    }
    let used = owned_uses(cx, generated)?;

    let mark = cx.types.mark();
    // The new resources are exactly the declared ones, in order (checked above).
    let mut codecs = generated.resources().iter().map(|r| (r.codec)());
    let resources = cx.export_resources(&interface.name, origins, |id| {
        codecs
            .next()
            .unwrap_or_else(|| Arc::new(crate::resource_type::DynamicCodec { id }))
    });
    let mut owned: Vec<Arc<ResourceTypeEntry>> = resources
        .iter()
        .filter(|r| r.defines)
        .map(|r| Arc::clone(&r.entry))
        .collect();
    let owns_uses = !used.is_empty();
    owned.extend(used);
    let provider = Arc::new(Provider {
        library: Arc::clone(cx.library),
        registry: Arc::clone(cx.registry),
        owned: owned.into_boxed_slice(),
        // An async library's cell has no stores: its loop gets the one it has.
        #[cfg(feature = "async")]
        event_loop: cx.library.instances_in_stores() == 0,
    });
    let mut binder = TypedBinder {
        cx,
        interface: index,
        provider,
        owns_uses,
    };
    match generated.bind(&mut binder) {
        Ok(forwarders) => Ok(BoundExport {
            interface: Some(interface.name.clone()),
            path: ForwardingPath::Generated,
            fallback: None,
            functions: interface.functions.clone(),
            resources,
            forwarders,
            // Planned by the caller once the interface is bound.
            callable: Vec::new(),
            #[cfg(feature = "async")]
            event_loop: Vec::new(),
        }),
        Err(mismatch) => {
            binder.cx.types.rollback(mark);
            Err(mismatch)
        }
    }
}

/// The library's own entries for the resources `generated` uses when it defines them
/// all (empty when it defines none: they pass through).
///
/// # Errors
///
/// When it defines some but not all, or one crosses as another host type than the
/// generated forwarders expect (its interface is bound dynamically).
fn owned_uses(
    cx: &ExportResolver<'_>,
    generated: &dyn GeneratedInterface,
) -> Result<Vec<Arc<ResourceTypeEntry>>, GeneratedMismatch> {
    let found: Vec<Option<&Arc<ResourceTypeEntry>>> = generated
        .uses()
        .iter()
        .map(|u| cx.types.defined_by(cx.library.id, u.interface, u.name))
        .collect();
    if found.iter().all(Option::is_none) {
        return Ok(Vec::new());
    }
    let mut owned = Vec::new();
    for (used, entry) in generated.uses().iter().zip(found) {
        let resource = format!("{}#{}", used.interface, used.name);
        let Some(entry) = entry else {
            return Err(GeneratedMismatch::SomeUsesOwned { resource });
        };
        if entry.host_type != (used.codec)().host_type() {
            return Err(GeneratedMismatch::UsedResourceIsDynamic { resource });
        }
        owned.push(Arc::clone(entry));
    }
    Ok(owned)
}
