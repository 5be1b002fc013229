//! What a closure of a [`HostInterface`](crate::HostInterface) gets besides its `Val`s
//! when it makes or reads the interface's resources: the calling store, and the host's
//! shared table the values live in.

use std::sync::Arc;

use wasmtime::StoreContextMut;
use wasmtime::component::types::ComponentFunc;
use wasmtime::component::{ResourceAny, ResourceDynamic, ResourceType, Val};

use crate::error::HostResourceError;
use crate::run_control::Stopped;
use crate::state::HostState;
use crate::val_type::describe;

/// A resource of a closures interface: the interface, its name and the payload of its
/// host type (`ResourceType::host_dynamic`), unique in the hub.
#[derive(Clone, Debug)]
pub(crate) struct ClosureResource {
    pub(crate) interface: String,
    pub(crate) name: String,
    pub(crate) id: u32,
}

/// One call of a host function served by closures
/// ([`HostInterface::func_with_resources`](crate::HostInterface::func_with_resources)):
/// makes handles of the interface's resources and reads the values behind them. The
/// values live in the hub's shared table, so a handle crosses between stores like a
/// library's: an app may give one to a library, which may keep it, use it and give it
/// back.
///
/// An `own` handle passed to the function is the host's once the call returns: the hub
/// removes its value from the table then (keep the `Arc` that [`get`](Self::get) returns
/// to keep the value).
pub struct HostCall<'a> {
    store: StoreContextMut<'a, HostState>,
    resources: &'a [ClosureResource],
    /// The resources of the host's other closures interfaces when the call's was linked,
    /// if it uses any: a function may take or return one of those (`use other.{r}`).
    others: &'a [ClosureResource],
    signature: &'a ComponentFunc,
    /// Handles of the arguments read so far, with their `rep` and whether they are owned:
    /// reading one takes it out of the store's handle table, so each is read once.
    read: Vec<(ResourceAny, u32, bool)>,
}

impl<'a> HostCall<'a> {
    pub(crate) fn new(
        store: StoreContextMut<'a, HostState>,
        resources: &'a [ClosureResource],
        others: &'a [ClosureResource],
        signature: &'a ComponentFunc,
    ) -> Self {
        HostCall {
            store,
            resources,
            others,
            signature,
            read: Vec::new(),
        }
    }

    /// The type of the function being called, as the interface's WIT gives it: what a
    /// closure serving many functions alike (forwarding them elsewhere, say) reads its
    /// parameters' and results' types from.
    pub fn signature(&self) -> &ComponentFunc {
        self.signature
    }

    /// A check for a host function that waits on something outside the hub (the
    /// network, say) to poll, from any thread: `Err` once the run or call it serves must
    /// stop (its time budget ran out, or it was interrupted), so that the wait ends
    /// under the same guards as a guest's WASI wait.
    pub fn stop_check(&self) -> impl Fn() -> Result<(), Stopped> + Send + Sync + 'static {
        self.store.data().stop_check()
    }

    /// The name of the interface's resource whose handles have type `ty` (as
    /// [`signature`](Self::signature) gives it), if it is one of the interface's.
    pub fn resource_named(&self, ty: ResourceType) -> Option<&str> {
        self.resources
            .iter()
            .find(|r| ResourceType::host_dynamic(r.id) == ty)
            .map(|r| r.name.as_str())
    }

    /// The interface and name of the host resource whose handles have type `ty`: one of
    /// the interface's, or of another interface the host serves with closures (which
    /// this one uses: `use other.{r}`).
    pub fn resource_of(&self, ty: ResourceType) -> Option<(&str, &str)> {
        self.closure_resource(ty)
            .map(|r| (r.interface.as_str(), r.name.as_str()))
    }

    /// The resource of this interface, or of one it uses, whose handles have type `ty`.
    fn closure_resource(&self, ty: ResourceType) -> Option<&ClosureResource> {
        self.resources
            .iter()
            .chain(self.others)
            .find(|r| ResourceType::host_dynamic(r.id) == ty)
    }

    /// Keeps `value` as a new resource of type `ty` (as [`signature`](Self::signature)
    /// gives it): one of [`resource_of`](Self::resource_of)'s, this interface's or one it
    /// uses. The `own` handle to put among the results.
    ///
    /// # Errors
    ///
    /// As [`push`](Self::push), [`HostResourceError::NoSuchResource`] when `ty` is no
    /// closures interface's resource.
    pub fn push_of<T: Send + Sync + 'static>(
        &mut self,
        ty: ResourceType,
        value: T,
    ) -> Result<Val, HostResourceError> {
        let id = self
            .closure_resource(ty)
            .ok_or_else(|| HostResourceError::NoSuchResource {
                resource: format!("{ty:?}"),
            })?
            .id;
        self.push_id(id, value)
    }

    /// Keeps `value` as a new `resource` (one of the interface's), held by the calling
    /// store; the `own` handle to put among the results.
    ///
    /// # Errors
    ///
    /// [`HostResourceError::NoSuchResource`] when the interface defines no `resource`;
    /// [`HostResourceError::Quota`] when the caller is a run at its handle quota;
    /// [`HostResourceError::Full`] when the table or the store's handle table is full.
    pub fn push<T: Send + Sync + 'static>(
        &mut self,
        resource: &str,
        value: T,
    ) -> Result<Val, HostResourceError> {
        let id = self
            .resources
            .iter()
            .find(|r| r.name == resource)
            .ok_or_else(|| HostResourceError::NoSuchResource {
                resource: resource.to_owned(),
            })?
            .id;
        self.push_id(id, value)
    }

    fn push_id<T: Send + Sync + 'static>(
        &mut self,
        id: u32,
        value: T,
    ) -> Result<Val, HostResourceError> {
        let host = self.store.data().host_resources().clone();
        let rep = host.push_rep(value)?;
        match ResourceDynamic::new_own(rep, id).try_into_resource_any(&mut self.store) {
            Ok(handle) => Ok(Val::Resource(handle)),
            Err(_) => {
                host.remove_any(rep);
                Err(HostResourceError::Full)
            }
        }
    }

    /// The value behind `handle` (an argument, or a handle inside one), whichever store
    /// made it: a handle of the interface's resources or of one it uses.
    ///
    /// # Errors
    ///
    /// [`HostResourceError::NotAHandle`] when `handle` is not a handle of one of the
    /// interface's resources; [`HostResourceError::Dead`] or
    /// [`HostResourceError::WrongType`] as for
    /// [`HostResources::get`](crate::HostResources::get).
    pub fn get<T: Send + Sync + 'static>(
        &mut self,
        handle: &Val,
    ) -> Result<Arc<T>, HostResourceError> {
        let rep = self.rep_of(handle)?;
        self.store.data().host_resources().get_rep(rep)
    }

    /// The `rep` behind `handle`, read from the store once.
    fn rep_of(&mut self, handle: &Val) -> Result<u32, HostResourceError> {
        let not_a_handle = || HostResourceError::NotAHandle {
            found: describe(handle),
        };
        let Val::Resource(handle) = handle else {
            return Err(not_a_handle());
        };
        if let Some((_, rep, _)) = self.read.iter().find(|(h, _, _)| h == handle) {
            return Ok(*rep);
        }
        if !self.is_ours(handle.ty()) {
            return Err(not_a_handle());
        }
        let owned = handle.owned();
        let rep = ResourceDynamic::try_from_resource_any(*handle, &mut self.store)
            .map_err(|_| not_a_handle())?
            .rep();
        self.read.push((*handle, rep, owned));
        Ok(rep)
    }

    fn is_ours(&self, ty: ResourceType) -> bool {
        self.resource_of(ty).is_some()
    }

    /// Ends the call: reads every handle among `params` the closure did not (so no
    /// borrow outlives the call), and removes the values of the `own` ones, which the
    /// guest gave to the host.
    pub(crate) fn finish(mut self, params: &[Val]) {
        let mut handles = Vec::new();
        for param in params {
            handles_in(param, &mut handles);
        }
        for handle in handles {
            // A handle of another resource type is not the hub's to read here.
            let _ = self.rep_of(&Val::Resource(handle));
        }
        let host = self.store.data().host_resources().clone();
        for (_, rep, owned) in self.read {
            if owned {
                host.remove_any(rep);
            }
        }
    }
}

/// Every handle inside `val`.
fn handles_in(val: &Val, out: &mut Vec<ResourceAny>) {
    match val {
        Val::Resource(handle) => out.push(*handle),
        // A list's items share one type: when the first cannot hold a handle, none can
        // (so a long list of scalars is not walked).
        Val::List(items) | Val::FixedLengthList(items)
            if items.first().is_some_and(may_hold_handles) =>
        {
            items.iter().for_each(|v| handles_in(v, out));
        }
        Val::Tuple(items) => items.iter().for_each(|v| handles_in(v, out)),
        Val::Map(entries) => entries.iter().for_each(|(k, v)| {
            handles_in(k, out);
            handles_in(v, out);
        }),
        Val::Record(fields) => fields.iter().for_each(|(_, v)| handles_in(v, out)),
        Val::Variant(_, Some(v)) | Val::Option(Some(v)) => handles_in(v, out),
        Val::Result(Ok(Some(v)) | Err(Some(v))) => handles_in(v, out),
        _ => {}
    }
}

/// Whether a value of `val`'s type can hold a handle: `false` for the types that never
/// do, whatever their value.
fn may_hold_handles(val: &Val) -> bool {
    !matches!(
        val,
        Val::Bool(_)
            | Val::S8(_)
            | Val::U8(_)
            | Val::S16(_)
            | Val::U16(_)
            | Val::S32(_)
            | Val::U32(_)
            | Val::S64(_)
            | Val::U64(_)
            | Val::Float32(_)
            | Val::Float64(_)
            | Val::Char(_)
            | Val::String(_)
            | Val::Enum(_)
            | Val::Flags(_)
    )
}
