//! Where generated forwarders plug in: the trait each generated interface implements,
//! the binder that type-checks it against a real component, and the provider handle its
//! forwarders call through.

use std::collections::BTreeSet;
use std::sync::Arc;

use parking_lot::MutexGuard;
use wasmtime::Store;
use wasmtime::component::{
    ComponentExportIndex, ComponentNamedList, Lift, Lower, Resource, ResourceAny, TypedFunc,
};

use crate::bind::BindContext;
use crate::error::one_line;
use crate::exports::ExportedInterface;
use crate::forwarding::{BoundExport, DefineForwarders, ForwardingPath};
use crate::function_kind::call_line;
use crate::library::LibraryCell;
use crate::registry::HandleRegistry;
use crate::resource_type::{HandleCodec, MarkerCodec, ResourceTypeEntry};
use crate::state::HostState;

/// One WIT interface's generated forwarders, as `hub-codegen` emits them.
pub trait GeneratedInterface: Sync {
    /// Full interface name, `ns:pkg/iface@version`.
    fn name(&self) -> &'static str;
    /// Export names of every function (`[method]calc.add`, `quick-add`, ...).
    fn functions(&self) -> &'static [&'static str];
    /// Ownership table: the resources the interface defines.
    fn resources(&self) -> &'static [GeneratedResource];
    /// Ownership table: resources of other interfaces it uses (`iface#resource`).
    fn uses(&self) -> &'static [&'static str];
    /// Resolves a `TypedFunc` for every function through `binder`, which type-checks each
    /// against the component's real types.
    ///
    /// # Errors
    ///
    /// A one-line reason for the first function whose types do not match.
    fn bind(&self, binder: &mut TypedBinder<'_, '_>) -> Result<Box<dyn DefineForwarders>, String>;
}

/// A resource a generated interface defines, with the codec of its marker type.
pub struct GeneratedResource {
    pub name: &'static str,
    pub codec: fn() -> Arc<dyn HandleCodec>,
}

/// The codec of marker type `M`, for [`GeneratedResource::codec`].
pub fn codec<M: 'static>() -> Arc<dyn HandleCodec> {
    Arc::new(MarkerCodec::<M>::new())
}

/// Prints the `[HOST]` line of one forwarded call (linked in only when logging is on).
pub fn log_call(name: &str, args: usize) {
    println!("[HOST] {}", call_line(name, args));
}

/// The library behind a generated interface, shared by all its forwarders.
pub struct Provider {
    library: Arc<LibraryCell>,
    registry: Arc<HandleRegistry>,
    /// The interface's own resource types, in the generated ownership table's order.
    owned: Box<[Arc<ResourceTypeEntry>]>,
}

impl Provider {
    /// Locks the provider's store for a call.
    ///
    /// # Errors
    ///
    /// Fails when the library trapped earlier.
    pub fn enter(&self) -> wasmtime::Result<MutexGuard<'_, Store<HostState>>> {
        self.library.enter()
    }

    /// Disables the library after a failed call and names it in the error.
    pub fn call_failed(&self, function: &str, err: wasmtime::Error) -> wasmtime::Error {
        self.library.call_failed(function, err)
    }

    /// The provider's own handle behind a caller's host handle to resource `slot`:
    /// moved out of the registry for an `own`, looked up for a `borrow`.
    ///
    /// # Errors
    ///
    /// Fails when the handle is not live.
    pub fn handle_in<M: 'static>(
        &self,
        handle: Resource<M>,
        slot: usize,
    ) -> wasmtime::Result<ResourceAny> {
        let entry = &self.owned[slot];
        if handle.owned() {
            self.registry.take(handle.rep(), entry)
        } else {
            self.registry.get(handle.rep(), entry)
        }
    }

    /// Registers a handle the provider returned and gives the caller's host handle.
    ///
    /// # Errors
    ///
    /// Fails when the registry is full.
    pub fn handle_out<M: 'static>(
        &self,
        handle: ResourceAny,
        slot: usize,
    ) -> wasmtime::Result<Resource<M>> {
        let rep = self.registry.insert(&self.owned[slot], handle)?;
        Ok(Resource::new_own(rep))
    }
}

/// Resolves and type-checks a generated interface's functions against one component.
pub struct TypedBinder<'a, 'b> {
    cx: &'a mut BindContext<'b>,
    interface: ComponentExportIndex,
    provider: Arc<Provider>,
}

impl TypedBinder<'_, '_> {
    /// The provider handle the forwarders call through.
    pub fn provider(&self) -> Arc<Provider> {
        Arc::clone(&self.provider)
    }

    /// The provider's function `name` as a `TypedFunc<P, R>`.
    ///
    /// # Errors
    ///
    /// A one-line reason when the component's function has other types.
    pub fn func<P, R>(&mut self, name: &str) -> Result<TypedFunc<P, R>, String>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        let func = self.cx.func(Some(&self.interface), name)?;
        func.typed::<P, R>(&*self.cx.store)
            .map_err(|err| format!("`{name}` has other types than in wit/ ({})", one_line(&err)))
    }
}

/// Binds `interface` through `generated`.
///
/// # Errors
///
/// The reason the component does not match the generated set (other functions, other
/// resources, other types); nothing is left registered then, and the caller falls back
/// to the dynamic path.
pub(crate) fn bind_interface(
    cx: &mut BindContext<'_>,
    interface: &ExportedInterface,
    generated: &dyn GeneratedInterface,
) -> Result<BoundExport, String> {
    let expected: BTreeSet<&str> = generated.functions().iter().copied().collect();
    let actual: BTreeSet<&str> = interface.functions.iter().map(String::as_str).collect();
    if let Some(extra) = actual.difference(&expected).next() {
        return Err(format!(
            "the component exports `{extra}`, which wit/ does not declare"
        ));
    }
    if let Some(missing) = expected.difference(&actual).next() {
        return Err(format!("the component lacks `{missing}`"));
    }
    let index = cx.export_index(None, &interface.name)?;
    let mut defined = Vec::new();
    for name in &interface.resources {
        let (_, defined_here) = cx.resource(&index, name)?;
        if defined_here {
            defined.push(name.as_str());
        }
    }
    let declared: Vec<&str> = generated.resources().iter().map(|r| r.name).collect();
    if defined != declared {
        return Err(format!(
            "the component defines resources [{}], wit/ declares [{}]",
            defined.join(", "),
            declared.join(", ")
        ));
    }

    let mark = cx.types.mark();
    let mut owned = Vec::new();
    for resource in generated.resources() {
        let (guest_type, _) = cx.resource(&index, resource.name)?;
        owned.push(
            cx.define_resource(&interface.name, resource.name, guest_type, |_| {
                (resource.codec)()
            }),
        );
    }
    let provider = Arc::new(Provider {
        library: Arc::clone(cx.library),
        registry: Arc::clone(cx.registry),
        owned: owned.clone().into_boxed_slice(),
    });
    let mut binder = TypedBinder {
        cx,
        interface: index,
        provider,
    };
    match generated.bind(&mut binder) {
        Ok(forwarders) => Ok(BoundExport {
            interface: Some(interface.name.clone()),
            path: ForwardingPath::Generated,
            fallback_reason: None,
            functions: interface.functions.clone(),
            resources: owned,
            forwarders,
        }),
        Err(reason) => {
            binder.cx.types.rollback(mark);
            Err(reason)
        }
    }
}
