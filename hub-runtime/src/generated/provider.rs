//! The provider behind a generated interface: the one place its forwarders lock the
//! library's store, call it, apply the error policy and convert handles.

use std::cell::Cell;
use std::sync::Arc;

use wasmtime::component::{ComponentNamedList, Lift, Lower, Resource, ResourceAny, TypedFunc};

use crate::forwarding_path::ForwardingPath;
use crate::holder::Holder;
use crate::library_cell::LibraryCell;
use crate::registry::HandleRegistry;
use crate::resource_type::ResourceTypeEntry;
use crate::state::HostState;
use crate::trace;

/// One function of a generated interface in each instance of its library, in instance
/// order: what a forwarder holds.
pub type InstanceFuncs<P, R> = Arc<[TypedFunc<P, R>]>;

/// The library behind a generated interface, shared by all its forwarders.
pub struct Provider {
    pub(crate) library: Arc<LibraryCell>,
    pub(crate) registry: Arc<HandleRegistry>,
    /// The resource types the provider defines that the interface's handles may be, in
    /// the generated ownership table's order: the interface's own, then (when the
    /// provider defines them too) the ones it uses.
    pub(crate) owned: Box<[Arc<ResourceTypeEntry>]>,
}

impl Provider {
    /// Starts one forwarded call.
    #[inline]
    pub fn call(&self) -> ProviderCall<'_> {
        ProviderCall {
            provider: self,
            instance: Cell::new(None),
        }
    }
}

/// One call through a generated forwarder: which instance of the library it goes to,
/// once a handle it passes (or the call itself) has chosen one. Every generated
/// forwarder is [`forward`](Self::forward) between two conversions through this.
pub struct ProviderCall<'p> {
    provider: &'p Provider,
    instance: Cell<Option<usize>>,
}

impl ProviderCall<'_> {
    /// Forwards the call from the store whose state is `caller`: emits its event when
    /// `EVENTS` (`arg_count` is for the event), locks a store of the provider for the
    /// caller's run (the instance the handles among the arguments chose, or a free one),
    /// calls its `funcs` with arguments already in the provider's view, and applies the
    /// error policy.
    ///
    /// # Errors
    ///
    /// Fails when the library is disabled, or when the call fails inside it (a failure
    /// of its own code disables it, and the error names it and `function`).
    #[inline]
    pub fn forward<const EVENTS: bool, P, R>(
        &self,
        caller: &HostState,
        function: &'static str,
        arg_count: usize,
        funcs: &[TypedFunc<P, R>],
        args: P,
    ) -> wasmtime::Result<R>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        if EVENTS {
            trace::call(ForwardingPath::Generated, function, arg_count);
        }
        let library = &self.provider.library;
        let mut store = match self.instance.get() {
            Some(instance) => library.enter_at(instance, caller.run.as_ref())?,
            None => library.enter(caller.run.as_ref())?,
        };
        let instance = store.instance();
        self.instance.set(Some(instance));
        match funcs[instance].call(&mut *store, args) {
            Ok(results) => Ok(results),
            Err(err) => Err(library.call_failed(function, err, store)),
        }
    }

    /// The provider's own handle behind a caller's host handle to its resource `slot`:
    /// moved out of the registry for an `own`, looked up for a `borrow`. The instance
    /// holding it is the one the call goes to.
    ///
    /// # Errors
    ///
    /// Fails when the handle is not live, or another handle of the call lives in
    /// another instance.
    pub fn handle_in<M: 'static>(
        &self,
        handle: Resource<M>,
        slot: usize,
    ) -> wasmtime::Result<ResourceAny> {
        let (registry, entry) = (&self.provider.registry, &self.provider.owned[slot]);
        let instance = self.instance.get();
        let found = if handle.owned() {
            registry.take(handle.rep(), entry, instance)?
        } else {
            registry.get(handle.rep(), entry, instance)?
        };
        self.instance.set(Some(found.instance));
        Ok(found.handle)
    }

    /// Registers a handle the provider returned (made by the instance the call went
    /// to), held by the store whose state is `caller`, and gives that store's host
    /// handle.
    ///
    /// # Errors
    ///
    /// Fails when the caller's run is at its handle quota (the provider's resource is
    /// dropped then) or the registry is full.
    pub fn handle_out<M: 'static>(
        &self,
        handle: ResourceAny,
        slot: usize,
        caller: &HostState,
    ) -> wasmtime::Result<Resource<M>> {
        // Results come after `forward`, which chose the instance.
        let instance = self.instance.get().unwrap_or_default();
        let provider = self.provider;
        match provider
            .registry
            .insert(&provider.owned[slot], handle, instance, caller.holder)
        {
            Ok(rep) => Ok(Resource::new_own(rep)),
            Err(err) => {
                // The caller gets the registration error; a failing destructor on top of
                // it would only hide that.
                if let Ok(mut store) = provider.library.enter_at(instance, None) {
                    let _ = handle.resource_drop(&mut *store);
                }
                Err(err)
            }
        }
    }

    /// An `own` host handle of a resource the provider does not define, passed to it:
    /// the provider holds it from now on.
    ///
    /// # Errors
    ///
    /// Fails when the handle is not live.
    pub fn pass_in<M: 'static>(&self, handle: Resource<M>) -> wasmtime::Result<Resource<M>> {
        let provider = self.provider;
        provider
            .registry
            .move_to(handle.rep(), Holder::Library(provider.library.id))?;
        Ok(handle)
    }

    /// An `own` host handle of a resource the provider does not define, returned by it:
    /// the store whose state is `caller` holds it from now on.
    ///
    /// # Errors
    ///
    /// Fails when the handle is not live or the caller's run is at its quota.
    pub fn pass_out<M: 'static>(
        &self,
        handle: Resource<M>,
        caller: &HostState,
    ) -> wasmtime::Result<Resource<M>> {
        self.provider
            .registry
            .move_to(handle.rep(), caller.holder)?;
        Ok(handle)
    }
}
