//! The provider behind a generated interface: the one place its forwarders lock the
//! library's store, call it, apply the error policy and convert handles.

use std::sync::Arc;

use wasmtime::component::{ComponentNamedList, Lift, Lower, Resource, ResourceAny, TypedFunc};

use crate::forwarding_path::ForwardingPath;
use crate::holder::Holder;
use crate::library_cell::LibraryCell;
use crate::registry::HandleRegistry;
use crate::resource_type::ResourceTypeEntry;
use crate::state::HostState;
use crate::trace;

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
    /// Forwards one call from the store whose state is `caller`: emits its event when
    /// `EVENTS` (`arg_count` is for the event), locks the provider's store for the
    /// caller's run, calls `func` with arguments already in the provider's view, and
    /// applies the error policy. Every generated forwarder is this call between two
    /// conversions.
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
        func: &TypedFunc<P, R>,
        args: P,
    ) -> wasmtime::Result<R>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        if EVENTS {
            trace::call(ForwardingPath::Generated, function, arg_count);
        }
        let mut store = self.library.enter(caller.run.as_ref())?;
        match func.call(&mut *store, args) {
            Ok(results) => Ok(results),
            Err(err) => Err(self.library.call_failed(function, err, store)),
        }
    }

    /// The provider's own handle behind a caller's host handle to its resource `slot`:
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

    /// Registers a handle the provider returned, held by the store whose state is
    /// `caller`, and gives that store's host handle.
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
        match self
            .registry
            .insert(&self.owned[slot], handle, caller.holder)
        {
            Ok(rep) => Ok(Resource::new_own(rep)),
            Err(err) => {
                self.drop_unregistered(handle);
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
        self.registry
            .move_to(handle.rep(), Holder::Library(self.library.id))?;
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
        self.registry.move_to(handle.rep(), caller.holder)?;
        Ok(handle)
    }

    /// Drops a resource the provider returned that could not be registered.
    fn drop_unregistered(&self, handle: ResourceAny) {
        if let Ok(mut store) = self.library.enter(None) {
            // The caller gets the registration error; a failing destructor on top of it
            // would only hide that.
            let _ = handle.resource_drop(&mut *store);
        }
    }
}
