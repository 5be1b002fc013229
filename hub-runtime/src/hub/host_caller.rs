//! Calls from the host into loaded libraries ([`HostCaller`]): a store of the host's own
//! that holds what the calls return, and the same guards as a run.

use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use wasmtime::component::types::ComponentFunc;
use wasmtime::component::{ComponentNamedList, Lift, Lower, ResourceAny, ResourceType, Val};
use wasmtime::{AsContextMut, Store};

use super::failure::Failure;
use super::linker::drop_handle;
use super::release::release_held;
use super::{Hub, InProgress, LoadedLibrary, served_resource};
use crate::bound_export::BoundExport;
use crate::dynamic::{DynamicFunction, HandleOwner, Plan};
use crate::error::{CallError, ExportError, HostInterfaceError, HostResourceError};
use crate::generated::{EnteredCall, TypedCalls};
use crate::holder::Holder;
use crate::host_interface::Implementation;
use crate::ids::{LibraryId, RunId};
use crate::interface_name::{is_version_of, only_one};
use crate::interrupt::InterruptHandle;
use crate::run_control::RunControl;
use crate::state::HostState;
use crate::val_type::check_arguments;

/// The host calling loaded libraries' exports, made by [`Hub::caller`].
///
/// Each call looks the library up among those loaded now and runs under the same guards
/// as an app run: the hub's time budget (or the library's own), started when the call
/// starts; the hub's interrupt handle and this caller's
/// ([`interrupt_handle`](HostCaller::interrupt_handle)); the libraries' memory limits;
/// the handle quota. A call that fails in a library's own code disables that library, as
/// in a run. Resources the calls return are held by this caller, usable as arguments of
/// later calls, and released (their destructors run in their providers) by
/// [`release`](HostCaller::release) or when the caller is dropped.
///
/// A caller is used by one thread at a time (`&mut self`); make one per thread to call
/// from many. Calls into one library serialize on its store.
///
/// ```no_run
/// # use hub_runtime::{Hub, HubOptions, LoadOptions};
/// # use hub_runtime::wasmtime::component::Val;
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let hub = Hub::new(HubOptions::default())?;
/// let plugin = hub.load_with("plugin.wasm", &LoadOptions::default())?;
/// let mut caller = hub.caller();
/// let results = caller.call(plugin, Some("my:plugin/transform"), "transform", &[Val::String("hi".into())])?;
/// let upper: String = caller.call_typed(plugin, Some("my:plugin/transform"), "transform", ("hi",))
///     .map(|(s,): (String,)| s)?;
/// # let _ = (results, upper);
/// # Ok(())
/// # }
/// ```
pub struct HostCaller<'hub> {
    hub: &'hub Hub,
    /// The caller's own store: what calls return lives in its table.
    store: Store<HostState>,
    run: RunId,
    interrupt: InterruptHandle,
    /// The handles its calls returned, each with its registry rep: lent to the calls that
    /// borrow them, given up by the calls that take them.
    held: Vec<(ResourceAny, u32, HandleOwner)>,
    /// The control of its calls, attached to the hub's interrupt handle and its own for
    /// the caller's life, resumed for each call and paused after it: a call attaching
    /// anew would take the hub's interrupt list lock, which every thread's calls share.
    calls: InProgress,
}

impl Hub {
    /// A caller for calling loaded libraries' exports from the host (see
    /// [`HostCaller`]).
    pub fn caller(&self) -> HostCaller<'_> {
        let run = RunId(self.next_run.fetch_add(1, Ordering::Relaxed));
        let mut store =
            crate::state::new_store(&self.engine, &self.settings, Holder::Run(run), None);
        let interrupt = InterruptHandle::new();
        // A library's own budget replaces this one in its cell.
        let calls = self.in_progress(self.options.timeout, Some(&interrupt));
        calls.control.pause();
        store.data_mut().run = Some(Arc::clone(&calls.control));
        HostCaller {
            hub: self,
            store,
            run,
            interrupt,
            held: Vec::new(),
            calls,
        }
    }
}

impl Drop for HostCaller<'_> {
    fn drop(&mut self) {
        release_held(
            &self.hub.registry,
            Holder::Run(self.run),
            self.hub.options.timeout,
        );
    }
}

impl TypedCalls for HostCaller<'_> {
    fn call_with(
        &mut self,
        library: LibraryId,
        interface: &str,
        function: &str,
        call: &mut EnteredCall<'_>,
    ) -> Result<(), CallError> {
        let (loaded, target) = self.typed_target(library, Some(interface), function)?;
        let export = export_name(Some(interface), function);
        self.call_entered(&loaded, &target, &export, call)
    }
}

impl HostCaller<'_> {
    /// Calls `function` of the exported `interface` (or a top-level function, with
    /// `None`) of library `library` with `args`, and returns its results. The interface
    /// is named in full (`demo:logging/logging@0.1.0`) or without its version when one
    /// export has that name.
    ///
    /// # Errors
    ///
    /// [`CallError`]: no such library or export, arguments that do not fit, or a failed
    /// call (a trap, the budget, an interrupt, a memory limit, the handle quota).
    pub fn call(
        &mut self,
        library: LibraryId,
        interface: Option<&str>,
        function: &str,
        args: &[Val],
    ) -> Result<Vec<Val>, CallError> {
        #[cfg(feature = "async")]
        if let Some(target) = self.event_loop_target(library, interface, function)? {
            return self.call_event_loop(&target, interface, args);
        }
        let (_loaded, target) = self.target(library, interface, function)?;
        let export = export_name(interface, function);
        check_arguments(&export, &target.ty, args)?;
        let failed = |source| CallError::Failed {
            function: export.clone(),
            source,
        };
        let args = self.lend(&target.params, args).map_err(failed)?;
        let mut results = vec![Val::Bool(false); target.results.len()];
        let calling = self.start();
        let outcome = if self.hub.options.call_events {
            target.call::<true>(self.store.as_context_mut(), &args, &mut results)
        } else {
            target.call::<false>(self.store.as_context_mut(), &args, &mut results)
        };
        drop(calling);
        outcome.map_err(|err| self.failed(&export, err))?;
        self.keep(&target.results, results).map_err(failed)
    }

    /// `args` as the call takes them: a handle this caller holds is lent (as a fresh
    /// handle to the same resource) where the function borrows it, and given up where
    /// the function takes it.
    /// Arguments whose types hold no handles are passed as they are, not copied.
    fn lend<'a>(&mut self, plans: &[Plan], args: &'a [Val]) -> wasmtime::Result<Cow<'a, [Val]>> {
        if plans.iter().all(|plan| matches!(plan, Plan::Keep)) {
            return Ok(Cow::Borrowed(args));
        }
        let (store, held) = (&mut self.store, &mut self.held);
        args.iter()
            .zip(plans)
            .map(|(value, plan)| {
                plan.map_handles(value.clone(), &mut |owner, borrow, handle| {
                    let Some(index) = held.iter().position(|(h, ..)| *h == handle) else {
                        wasmtime::bail!(
                            "a `{}` handle this caller does not hold (released, or given to an earlier call)",
                            owner.name()
                        );
                    };
                    if borrow {
                        owner
                            .codec()
                            .handle_for(held[index].1, true, store.as_context_mut())
                    } else {
                        held.swap_remove(index);
                        Ok(handle)
                    }
                })
            })
            .collect::<wasmtime::Result<_>>()
            .map(Cow::Owned)
    }

    /// Keeps the handles in `results`, so later calls can lend them or give them up.
    fn keep(&mut self, plans: &[Plan], results: Vec<Val>) -> wasmtime::Result<Vec<Val>> {
        let (store, held) = (&mut self.store, &mut self.held);
        results
            .into_iter()
            .zip(plans)
            .map(|(value, plan)| {
                plan.map_handles(value, &mut |owner, _, handle| {
                    // Taken out of the table and put back, to learn its rep.
                    let rep = owner.codec().rep_of(handle, store.as_context_mut())?;
                    let handle = owner
                        .codec()
                        .handle_for(rep, true, store.as_context_mut())?;
                    held.push((handle, rep, owner.clone()));
                    Ok(handle)
                })
            })
            .collect()
    }

    /// Calls `function` of the exported `interface` (or a top-level one) of library
    /// `library` with typed parameters and results, entering the library's store
    /// directly (no `Val`s). For functions without resources in their signature; call
    /// those with [`call`](HostCaller::call).
    ///
    /// # Errors
    ///
    /// As [`call`](HostCaller::call); other types than the function's are
    /// [`ExportError::Types`].
    pub fn call_typed<P, R>(
        &mut self,
        library: LibraryId,
        interface: Option<&str>,
        function: &str,
        params: P,
    ) -> Result<R, CallError>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        let (loaded, target) = self.typed_target(library, interface, function)?;
        let export = export_name(interface, function);
        let mut params = Some(params);
        let mut results = None;
        self.call_entered(&loaded, &target, &export, &mut |store, func| {
            let func = match func.typed::<P, R>(&*store) {
                Ok(func) => func,
                Err(types) => return Ok(Err(types)),
            };
            let params = params.take().expect("called once");
            results = Some(func.call(store, params)?);
            Ok(Ok(()))
        })?;
        Ok(results.expect("set when the call succeeds"))
    }

    /// The function a typed call calls: not one of an async library, whose store is in
    /// its event loop.
    fn typed_target(
        &self,
        library: LibraryId,
        interface: Option<&str>,
        function: &str,
    ) -> Result<(Arc<LoadedLibrary>, Arc<DynamicFunction>), CallError> {
        #[cfg(feature = "async")]
        if self
            .event_loop_target(library, interface, function)?
            .is_some()
        {
            return Err(CallError::NotTyped {
                function: export_name(interface, function),
            });
        }
        self.target(library, interface, function)
    }

    /// Runs `call` with the library's store entered and its function `target` (of
    /// `loaded`, exported as `export`), under the caller's guards: what a typed call does
    /// around wasmtime's own. `call` answers `Ok(Err(_))` when the function's types are
    /// not the ones it wants (nothing ran), `Err(_)` when the call failed (a trap
    /// disables the library, as for any call).
    fn call_entered(
        &mut self,
        loaded: &LoadedLibrary,
        target: &DynamicFunction,
        export: &str,
        call: &mut EnteredCall<'_>,
    ) -> Result<(), CallError> {
        let types_error = |source| {
            CallError::Export(ExportError::Types {
                component: loaded.cell.name.clone(),
                export: export.to_owned(),
                source,
            })
        };
        if !target.plain {
            return Err(types_error(wasmtime::format_err!(
                "it has resources in its signature, which typed calls cannot carry: call it with `Val`s"
            )));
        }
        let calling = self.start();
        let outcome = (|| {
            let mut callee = target.library.enter(Some(&calling.0))?;
            let func = target.funcs[callee.instance()];
            match call(&mut callee, func) {
                Ok(outcome) => Ok(outcome),
                Err(err) => Err(target.library.call_failed(&target.name, err, callee)),
            }
        })();
        drop(calling);
        match outcome {
            Ok(Ok(())) => Ok(()),
            Ok(Err(types)) => Err(types_error(types)),
            Err(err) => Err(self.failed(export, err)),
        }
    }

    /// Makes `value` a new `resource` of the host's `interface`, held by this caller: a
    /// handle to lend or give to the libraries' functions like one a call returned, and
    /// released with the caller (the value dropped) if no call takes it. For a
    /// `bindgen!` interface the resource must be shared ([`Hub::share_resource`]) and
    /// `T` its Rust type; for a closures interface any `T` does, and the host's
    /// functions read it back with [`HostCall::get`](crate::HostCall::get).
    ///
    /// # Errors
    ///
    /// [`CallError::HostInterface`] when the host serves no such resource, a `bindgen!`
    /// one is not shared or has another type; [`CallError::HostResource`] when the
    /// caller is at its handle quota or the table is full.
    pub fn push<T: Send + Sync + 'static>(
        &mut self,
        interface: &str,
        resource: &str,
        value: T,
    ) -> Result<ResourceAny, CallError> {
        let set = self.hub.snapshot();
        let (served, host_type) = served_resource(&set, interface, resource)?;
        if matches!(served.implementation, Implementation::Bindgen(_))
            && host_type != ResourceType::host::<T>()
        {
            return Err(HostInterfaceError::ResourceType {
                interface: served.name.clone(),
                resource: resource.to_owned(),
                expected: std::any::type_name::<T>(),
            }
            .into());
        }
        let shared = self.hub.shared_host.find(host_type);
        let shared = shared.ok_or_else(|| HostInterfaceError::NotShared {
            interface: served.name.clone(),
            resource: resource.to_owned(),
        })?;
        let cannot_keep = |source| CallError::HostResource {
            resource: format!("{}.{resource}", served.name),
            source,
        };
        // The caller's store holds what its view of the host's table pushes.
        let host = self.store.data().host_resources().clone();
        let rep = host.push_rep(value).map_err(cannot_keep)?;
        match shared
            .codec
            .handle_for(rep, true, self.store.as_context_mut())
        {
            Ok(handle) => {
                self.held.push((handle, rep, HandleOwner::Host(shared)));
                Ok(handle)
            }
            Err(_) => {
                host.remove_any(rep);
                Err(cannot_keep(HostResourceError::Full))
            }
        }
    }

    /// Releases a resource handle a call returned (its destructor runs in the library
    /// that made it, or, for the host's own shared resource, its value is dropped) before
    /// the caller is dropped.
    ///
    /// # Errors
    ///
    /// [`CallError::Failed`] for a handle this caller does not hold, or a destructor that
    /// fails (which disables its library).
    pub fn release(&mut self, handle: ResourceAny) -> Result<(), CallError> {
        let function = "[resource-drop]";
        let failed = |source| CallError::Failed {
            function: function.to_owned(),
            source,
        };
        let index = self
            .held
            .iter()
            .position(|(h, ..)| *h == handle)
            .ok_or_else(|| {
                failed(wasmtime::format_err!(
                    "a handle this caller does not hold (released, or given to an earlier call)"
                ))
            })?;
        let (_, rep, owner) = self.held.swap_remove(index);
        // Out of the caller's table: the registry entry (or the host's table) is what
        // holds the resource.
        handle.resource_drop(&mut self.store).map_err(failed)?;
        match owner {
            HandleOwner::Library(entry) => {
                let releasing = self.start();
                drop_handle(&self.hub.registry, rep, &entry, Some(&releasing.0))
                    .map_err(|err| self.failed(function, err))
            }
            HandleOwner::Host(_) => {
                // Dropped here, outside the table's lock.
                let value = self.hub.registry.host.remove(rep);
                value.map(drop).map_err(|err| failed(err.into()))
            }
        }
    }

    /// Interrupts the call of this caller in progress (and only this caller's), from any
    /// thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.interrupt.clone()
    }

    /// The type of `function` of the exported `interface` (or a top-level one) of
    /// `library`, named as [`call`](HostCaller::call) names it: to build its arguments
    /// (from text, say).
    ///
    /// # Errors
    ///
    /// [`CallError::NoSuchLibrary`], or [`CallError::Export`] when it has no such export.
    pub fn signature(
        &self,
        library: LibraryId,
        interface: Option<&str>,
        function: &str,
    ) -> Result<ComponentFunc, CallError> {
        #[cfg(feature = "async")]
        if let Some(target) = self.event_loop_target(library, interface, function)? {
            return Ok(target.ty.clone());
        }
        Ok(self.target(library, interface, function)?.1.ty.clone())
    }

    /// The function `interface#function` of `library` when the library is async: its
    /// event loop's forwarder (the `async` feature).
    #[cfg(feature = "async")]
    fn event_loop_target(
        &self,
        library: LibraryId,
        interface: Option<&str>,
        function: &str,
    ) -> Result<Option<Arc<crate::concurrent::LoopFunction>>, CallError> {
        let (loaded, export) = self.export(library, interface, function)?;
        Ok(loaded.exports[export]
            .event_loop
            .iter()
            .find(|f| &*f.name == function)
            .cloned())
    }

    /// Calls an async library's `target` through its event loop, from this caller's
    /// store: handles it holds are lent or given up as for a sync library's function,
    /// and those it returns are kept.
    #[cfg(feature = "async")]
    fn call_event_loop(
        &mut self,
        target: &Arc<crate::concurrent::LoopFunction>,
        interface: Option<&str>,
        args: &[Val],
    ) -> Result<Vec<Val>, CallError> {
        let export = export_name(interface, &target.name);
        check_arguments(&export, &target.ty, args)?;
        let failed = |source| CallError::Failed {
            function: export.clone(),
            source,
        };
        if target.crosses {
            return Err(failed(wasmtime::format_err!(
                "it passes a stream or future, which only components can hold"
            )));
        }
        let args = match &target.handles {
            Some(handles) => self.lend(&handles.params, args).map_err(failed)?,
            None => Cow::Borrowed(args),
        };
        let mut results = vec![Val::Bool(false); target.results.len()];
        let calling = self.start();
        let outcome = target.call_blocking(self.store.as_context_mut(), &args, &mut results);
        drop(calling);
        outcome.map_err(|err| self.failed(&export, err))?;
        match &target.handles {
            Some(handles) => self.keep(&handles.results, results).map_err(failed),
            None => Ok(results),
        }
    }

    /// Whether this caller still holds `handle` (a call that took it, or a release,
    /// gave it up).
    pub fn holds(&self, handle: ResourceAny) -> bool {
        self.held.iter().any(|(h, ..)| *h == handle)
    }

    /// How many resource handles this caller holds (libraries' and the host's own).
    pub fn held_handles(&self) -> usize {
        let holder = Holder::Run(self.run);
        self.hub.registry.held_by(holder) + self.hub.registry.host.held_by(holder)
    }

    /// The loaded library `library` and its function `interface#function`.
    fn target(
        &self,
        library: LibraryId,
        interface: Option<&str>,
        function: &str,
    ) -> Result<(Arc<LoadedLibrary>, Arc<DynamicFunction>), CallError> {
        let (loaded, export) = self.export(library, interface, function)?;
        let target = loaded.exports[export]
            .callable
            .iter()
            .find(|f| f.name == function)
            .cloned()
            .ok_or_else(|| self.missing(&loaded, interface, function))?;
        Ok((loaded, target))
    }

    /// The loaded library `library` and the index of its export that `interface` names
    /// (its top-level functions for `None`).
    fn export(
        &self,
        library: LibraryId,
        interface: Option<&str>,
        function: &str,
    ) -> Result<(Arc<LoadedLibrary>, usize), CallError> {
        let set = self.hub.snapshot();
        let loaded = Arc::clone(
            set.library(library)
                .ok_or(CallError::NoSuchLibrary(library))?,
        );
        let position =
            |export: &BoundExport| loaded.exports.iter().position(|e| std::ptr::eq(e, export));
        let export = match interface {
            None => loaded.top_level(),
            Some(name) => loaded.export(name).or_else(|| {
                only_one(loaded.exports.iter().filter(|e| {
                    e.interface
                        .as_deref()
                        .is_some_and(|i| is_version_of(i, name))
                }))
            }),
        }
        .and_then(position);
        match export {
            Some(export) => Ok((loaded, export)),
            None => Err(self.missing(&loaded, interface, function)),
        }
    }

    /// The error for a function `library` does not export.
    fn missing(
        &self,
        loaded: &LoadedLibrary,
        interface: Option<&str>,
        function: &str,
    ) -> CallError {
        CallError::Export(ExportError::NoSuchExport {
            component: loaded.cell.name.clone(),
            export: export_name(interface, function),
        })
    }

    /// Starts a call: the budget from now (the library's own replaces it in the
    /// library), reached by the hub's interrupt handle and this caller's. [`Calling`]
    /// ends it when dropped.
    fn start(&self) -> Calling {
        self.calls.control.resume();
        Calling(Arc::clone(&self.calls.control))
    }

    /// What a failed call of `export` means.
    fn failed(&self, export: &str, err: wasmtime::Error) -> CallError {
        Failure::call_error_of(err, "host", &self.store.data().limiter, export)
    }
}

/// A call of a [`HostCaller`] in progress; paused again when dropped (however the call
/// ends).
struct Calling(Arc<RunControl>);

impl Drop for Calling {
    fn drop(&mut self) {
        self.0.pause();
    }
}

/// `interface#function`, or `function` at the top level: an export as errors name it.
pub(super) fn export_name(interface: Option<&str>, function: &str) -> String {
    match interface {
        Some(interface) => format!("{interface}#{function}"),
        None => function.to_owned(),
    }
}
