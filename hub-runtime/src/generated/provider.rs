//! The provider behind a generated interface: the one place its forwarders lock the
//! library's store, call it, apply the error policy and convert handles.

use std::sync::Arc;

use wasmtime::component::{ComponentNamedList, Lift, Lower, Resource, ResourceAny, TypedFunc};

use crate::forwarding::ForwardingPath;
use crate::library::LibraryCell;
use crate::registry::HandleRegistry;
use crate::resource_type::ResourceTypeEntry;
use crate::trace;

/// The library behind a generated interface, shared by all its forwarders.
pub struct Provider {
    pub(crate) library: Arc<LibraryCell>,
    pub(crate) registry: Arc<HandleRegistry>,
    /// The interface's own resource types, in the generated ownership table's order.
    pub(crate) owned: Box<[Arc<ResourceTypeEntry>]>,
}

impl Provider {
    /// Forwards one call: emits its event when `EVENTS` (`arg_count` is for the event),
    /// locks the provider's store, calls `func` with arguments already in the provider's
    /// view, and applies the error policy. Every generated forwarder is this call
    /// between two conversions.
    ///
    /// # Errors
    ///
    /// Fails when the library is disabled, or when the call fails inside it (the
    /// library is then disabled, and the error names it and `function`).
    #[inline]
    pub fn forward<const EVENTS: bool, P, R>(
        &self,
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
        let mut store = self.library.enter()?;
        func.call(&mut *store, args)
            .map_err(|err| self.library.call_failed(function, err))
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
