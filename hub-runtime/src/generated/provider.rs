//! The provider behind a generated interface: the one place its forwarders lock the
//! library's store, call it, apply the error policy and convert handles.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use wasmtime::component::{ComponentNamedList, Lift, Lower, Resource, ResourceAny, TypedFunc};

use crate::forwarding_path::ForwardingPath;
use crate::holder::Holder;
use crate::library_cell::LibraryCell;
use crate::registry::HandleRegistry;
use crate::resource_type::ResourceTypeEntry;
use crate::run_control::RunControl;
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
    /// An async library: its store is in its event loop, which calls go to.
    #[cfg(feature = "async")]
    pub(crate) event_loop: bool,
}

impl Provider {
    /// Starts one forwarded call.
    #[inline]
    pub fn call(&self) -> ProviderCall<'_> {
        ProviderCall {
            provider: self,
            instance: AtomicUsize::new(NO_INSTANCE),
        }
    }
}

/// The caller's side of a forwarded call, as handle conversions need it: who holds the
/// handles it is given. A plain forwarder's caller is its store's [`HostState`]; a
/// concurrent one's, what it read of its store before awaiting the call.
pub trait ForwardCaller {
    /// The store that holds what the call returns.
    #[doc(hidden)]
    fn holder(&self) -> CallerHolder;
}

/// Who holds a forwarded call's returned handles (opaque to generated code).
#[doc(hidden)]
pub struct CallerHolder(pub(crate) Holder);

impl ForwardCaller for HostState {
    #[inline]
    fn holder(&self) -> CallerHolder {
        CallerHolder(self.holder)
    }
}

/// No instance chosen yet.
const NO_INSTANCE: usize = usize::MAX;

/// One call through a generated forwarder: which instance of the library it goes to,
/// once a handle it passes (or the call itself) has chosen one. Every generated
/// forwarder is [`forward`](Self::forward) between two conversions through this.
/// (The instance is an atomic, not a `Cell`, so a concurrent forwarder's future holding
/// the call across its await is `Send`; loads and stores are relaxed: one thread.)
pub struct ProviderCall<'p> {
    provider: &'p Provider,
    instance: AtomicUsize,
}

impl ProviderCall<'_> {
    #[inline]
    fn instance(&self) -> Option<usize> {
        let instance = self.instance.load(Ordering::Relaxed);
        (instance != NO_INSTANCE).then_some(instance)
    }

    #[inline]
    fn set_instance(&self, instance: usize) {
        self.instance.store(instance, Ordering::Relaxed);
    }

    /// Forwards the call from the store whose state is `caller`: emits its event when
    /// `EVENTS` (`arg_count` is for the event), locks a store of the provider for the
    /// caller's run (the instance the handles among the arguments chose, or a free one),
    /// calls its `funcs` with arguments already in the provider's view, and applies the
    /// error policy. An async library's call goes to its event loop instead.
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
        P: ComponentNamedList + Lower + Send + 'static,
        R: ComponentNamedList + Lift + Send + 'static,
    {
        if EVENTS {
            trace::call(ForwardingPath::Generated, function, arg_count);
        }
        #[cfg(feature = "async")]
        if self.provider.event_loop {
            self.set_instance(0);
            let (library, run) = (&self.provider.library, caller.run.as_ref());
            return crate::concurrent::call_typed_blocking(library, run, function, funcs[0], args);
        }
        self.forward_to_store(caller.run.as_ref(), function, funcs, args)
    }

    /// [`forward`](Self::forward) for an `async func` import (the `async` feature): the
    /// caller's event loop runs on while an async library's loop answers. A sync
    /// library is called at once, as the dynamic path's concurrent forwarders do.
    ///
    /// # Errors
    ///
    /// As [`forward`](Self::forward).
    #[cfg(feature = "async")]
    pub async fn forward_concurrent<const EVENTS: bool, P, R>(
        &self,
        caller: &crate::concurrent::ConcurrentCaller,
        function: &'static str,
        arg_count: usize,
        funcs: &[TypedFunc<P, R>],
        args: P,
    ) -> wasmtime::Result<R>
    where
        P: ComponentNamedList + Lower + Send + 'static,
        R: ComponentNamedList + Lift + Send + 'static,
    {
        if EVENTS {
            trace::call(ForwardingPath::Generated, function, arg_count);
        }
        if self.provider.event_loop {
            self.set_instance(0);
            let library = &self.provider.library;
            return crate::concurrent::call_typed(library, caller, function, funcs[0], args).await;
        }
        self.forward_to_store(caller.run.as_ref(), function, funcs, args)
    }

    /// [`forward`](Self::forward) of a function passing streams or futures (the `async`
    /// feature), which only async libraries have: `arrive` makes its params in the
    /// library's store, `depart` what its results send back (their streams and futures
    /// as crossings, [`stream_leaves`](crate::__internal::stream_leaves)).
    ///
    /// # Errors
    ///
    /// As [`forward`](Self::forward), and a stream or future that could not enter the
    /// library's store.
    #[cfg(feature = "async")]
    pub fn forward_crossing<const EVENTS: bool, P, R, O>(
        &self,
        caller: &HostState,
        function: &'static str,
        arg_count: usize,
        funcs: &[TypedFunc<P, R>],
        arrive: impl crate::concurrent::ArriveParams<P>,
        depart: impl crate::concurrent::DepartResults<R, O>,
    ) -> wasmtime::Result<O>
    where
        P: ComponentNamedList + Lower + 'static,
        R: ComponentNamedList + Lift + 'static,
        O: Send + 'static,
    {
        if EVENTS {
            trace::call(ForwardingPath::Generated, function, arg_count);
        }
        self.async_library(function)?;
        let (library, run) = (&self.provider.library, caller.run.as_ref());
        crate::concurrent::call_crossing_blocking(library, run, function, funcs[0], arrive, depart)
    }

    /// [`forward_crossing`](Self::forward_crossing) for an `async func` import.
    ///
    /// # Errors
    ///
    /// As [`forward_crossing`](Self::forward_crossing).
    #[cfg(feature = "async")]
    pub async fn forward_crossing_concurrent<const EVENTS: bool, P, R, O>(
        &self,
        caller: &crate::concurrent::ConcurrentCaller,
        function: &'static str,
        arg_count: usize,
        funcs: &[TypedFunc<P, R>],
        arrive: impl crate::concurrent::ArriveParams<P>,
        depart: impl crate::concurrent::DepartResults<R, O>,
    ) -> wasmtime::Result<O>
    where
        P: ComponentNamedList + Lower + 'static,
        R: ComponentNamedList + Lift + 'static,
        O: Send + 'static,
    {
        if EVENTS {
            trace::call(ForwardingPath::Generated, function, arg_count);
        }
        self.async_library(function)?;
        let library = &self.provider.library;
        crate::concurrent::call_crossing(library, caller, function, funcs[0], arrive, depart).await
    }

    /// Checks that the provider is an async library, as one passing streams is (its
    /// component needs the concurrent engine), and picks its only instance.
    #[cfg(feature = "async")]
    fn async_library(&self, function: &str) -> wasmtime::Result<()> {
        if !self.provider.event_loop {
            wasmtime::bail!(
                "`{function}` passes streams or futures, but its library has no event loop"
            );
        }
        self.set_instance(0);
        Ok(())
    }

    /// Calls `funcs` in a store of a sync library, locked for `run`.
    #[inline]
    fn forward_to_store<P, R>(
        &self,
        run: Option<&Arc<RunControl>>,
        function: &'static str,
        funcs: &[TypedFunc<P, R>],
        args: P,
    ) -> wasmtime::Result<R>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        let library = &self.provider.library;
        let mut store = match self.instance() {
            Some(instance) => library.enter_at(instance, run)?,
            None => library.enter(run)?,
        };
        let instance = store.instance();
        self.set_instance(instance);
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
        let instance = self.instance();
        let found = if handle.owned() {
            registry.take(handle.rep(), entry, instance)?
        } else {
            registry.get(handle.rep(), entry, instance)?
        };
        self.set_instance(found.instance);
        Ok(found.handle)
    }

    /// Registers a handle the provider returned (made by the instance the call went
    /// to), held by `caller`'s store, and gives that store's host handle.
    ///
    /// # Errors
    ///
    /// Fails when the caller's run is at its handle quota (the provider's resource is
    /// dropped then) or the registry is full.
    pub fn handle_out<M: 'static>(
        &self,
        handle: ResourceAny,
        slot: usize,
        caller: &impl ForwardCaller,
    ) -> wasmtime::Result<Resource<M>> {
        // Results come after `forward`, which chose the instance.
        let instance = self.instance().unwrap_or_default();
        let provider = self.provider;
        let entry = &provider.owned[slot];
        match provider
            .registry
            .insert(entry, handle, instance, caller.holder().0)
        {
            Ok(rep) => Ok(Resource::new_own(rep)),
            Err(err) => {
                // The caller gets the registration error; a failing destructor on top of
                // it would only hide that.
                let _ = provider
                    .library
                    .drop_resource(instance, handle, &entry.name, None);
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
    /// `caller`'s store holds it from now on.
    ///
    /// # Errors
    ///
    /// Fails when the handle is not live or the caller's run is at its quota.
    pub fn pass_out<M: 'static>(
        &self,
        handle: Resource<M>,
        caller: &impl ForwardCaller,
    ) -> wasmtime::Result<Resource<M>> {
        self.provider
            .registry
            .move_to(handle.rep(), caller.holder().0)?;
        Ok(handle)
    }
}
