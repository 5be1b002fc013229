//! An app instantiated for the embedder to drive ([`App`]): its fresh store, its
//! instance, and the handles it holds, released when it is dropped.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use wasmtime::Store;
use wasmtime::component::{ComponentNamedList, Func, Instance, Lift, Lower, TypedFunc, Val};

use super::failure::Failure;
use super::host_caller::export_name;
use super::release::release_held;
use super::{Hub, InProgress};
use crate::component_file::Origin;
use crate::error::{CallError, ExportError, RunError};
use crate::holder::Holder;
use crate::ids::RunId;
use crate::interrupt::InterruptHandle;
use crate::library_cell::file_name;
use crate::registry::HandleRegistry;
use crate::state::HostState;
use crate::val_type::check_arguments;

/// An app instantiated in its own fresh store (see [`Hub::instantiate`]), for the
/// embedder to call. Every call gets the hub's time budget, started when the call
/// starts: through [`App::call`] and [`App::call_typed`], and through the store itself
/// (each [`App::store`] or `as_context_mut` starts it again). The hub's interrupt handle
/// and [`App::interrupt_handle`] interrupt the call in progress. Dropping the app drops
/// its store and releases every resource handle it still holds (their destructors run in
/// their providers).
pub struct App {
    store: Store<HostState>,
    instance: Instance,
    run: RunId,
    registry: Arc<HandleRegistry>,
    cleanup_budget: Option<Duration>,
    /// The app's file name, for errors.
    name: String,
    /// Its control, attached to the hub's interrupt handle and to `interrupt`.
    calls: InProgress,
    interrupt: InterruptHandle,
}

impl Drop for App {
    fn drop(&mut self) {
        release_held(&self.registry, Holder::Run(self.run), self.cleanup_budget);
    }
}

impl App {
    /// The app's store, to call its exports with; the time budget starts again.
    pub fn store(&mut self) -> &mut Store<HostState> {
        self.calls.control.resume();
        &mut self.store
    }

    /// Interrupts the call into this app in progress (and only this app's), from any
    /// thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.interrupt.clone()
    }

    /// Calls the export `function` of `interface` (or a top-level one) with `args`, and
    /// returns its results, under the hub's time budget.
    ///
    /// # Errors
    ///
    /// [`CallError`] when there is no such function, the arguments do not fit, or the
    /// call fails (a trap in a library disables it, as in a run).
    pub fn call(
        &mut self,
        interface: Option<&str>,
        function: &str,
        args: &[Val],
    ) -> Result<Vec<Val>, CallError> {
        let func = self.func(interface, function)?;
        let export = export_name(interface, function);
        let ty = func.ty(&self.store);
        check_arguments(&export, &ty, args)?;
        let mut results = vec![Val::Bool(false); ty.results().len()];
        self.calls.control.resume();
        func.call(&mut self.store, args, &mut results)
            .map_err(|err| self.failed(&export, err))?;
        Ok(results)
    }

    /// Calls the export `function` of `interface` (or a top-level one) with typed
    /// parameters and results, under the hub's time budget.
    ///
    /// # Errors
    ///
    /// As [`App::call`]; other types than the function's are [`ExportError::Types`].
    pub fn call_typed<P, R>(
        &mut self,
        interface: Option<&str>,
        function: &str,
        params: P,
    ) -> Result<R, CallError>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        let func = self.typed_func::<P, R>(interface, function)?;
        self.calls.control.resume();
        func.call(&mut self.store, params)
            .map_err(|err| self.failed(&export_name(interface, function), err))
    }

    /// What a failed call of `export` means (a WASI `exit(0)` is a failure here: the app
    /// ended).
    fn failed(&self, export: &str, err: wasmtime::Error) -> CallError {
        Failure::call_error_of(err, &self.name, &self.store.data().limiter, export)
    }

    /// The export `function` of `interface` (or a top-level one).
    ///
    /// # Errors
    ///
    /// [`ExportError`] when the export does not exist or is not a function.
    pub fn func(&mut self, interface: Option<&str>, function: &str) -> Result<Func, ExportError> {
        let export = export_name(interface, function);
        let missing = || ExportError::NoSuchExport {
            component: self.name.clone(),
            export: export.clone(),
        };
        let parent = match interface {
            Some(name) => Some(
                self.instance
                    .get_export_index(&mut self.store, None, name)
                    .ok_or_else(missing)?,
            ),
            None => None,
        };
        let index = self
            .instance
            .get_export_index(&mut self.store, parent.as_ref(), function)
            .ok_or_else(missing)?;
        self.instance
            .get_func(&mut self.store, index)
            .ok_or_else(|| ExportError::NotAFunction {
                component: self.name.clone(),
                export: export.clone(),
            })
    }

    /// The export `function` of `interface` (or a top-level one) as a typed function.
    ///
    /// # Errors
    ///
    /// [`ExportError`] when the export does not exist, is not a function or has other
    /// types.
    pub fn typed_func<P, R>(
        &mut self,
        interface: Option<&str>,
        function: &str,
    ) -> Result<TypedFunc<P, R>, ExportError>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        self.func(interface, function)?
            .typed(&self.store)
            .map_err(|source| ExportError::Types {
                component: self.name.clone(),
                export: export_name(interface, function),
                source,
            })
    }
}

impl wasmtime::AsContext for App {
    type Data = HostState;
    fn as_context(&self) -> wasmtime::StoreContext<'_, HostState> {
        self.store.as_context()
    }
}

impl wasmtime::AsContextMut for App {
    fn as_context_mut(&mut self) -> wasmtime::StoreContextMut<'_, HostState> {
        self.calls.control.resume();
        self.store.as_context_mut()
    }
}

impl Hub {
    /// Instantiates the app at `path` in a fresh store against every loaded library,
    /// without calling anything: for embedders that drive the app's exports themselves.
    /// Calls into it get the hub's time budget and interrupt (see [`App`]). Dropping the
    /// [`App`] drops its store and releases what it holds.
    ///
    /// # Errors
    ///
    /// [`RunError`] for a bad file, an import that cannot be linked, or a failed
    /// instantiation.
    pub fn instantiate(&self, path: impl AsRef<Path>) -> Result<App, RunError> {
        self.instantiate_origin(&Origin::File(path.as_ref().to_owned()))
    }

    /// [`Hub::instantiate`] for an app component in `bytes` the embedder already holds;
    /// `name` stands for it in errors.
    ///
    /// # Errors
    ///
    /// As [`Hub::instantiate`].
    pub fn instantiate_bytes(
        &self,
        name: &str,
        bytes: impl Into<Arc<[u8]>>,
    ) -> Result<App, RunError> {
        self.instantiate_origin(&Origin::Memory {
            name: name.into(),
            bytes: bytes.into(),
        })
    }

    fn instantiate_origin(&self, origin: &Origin) -> Result<App, RunError> {
        let path = origin.path();
        let set = self.snapshot();
        let (pre, _) = self.prepare_app(origin, &[], &set)?;
        let run = RunId(self.next_run.fetch_add(1, Ordering::Relaxed));
        let interrupt = InterruptHandle::new();
        let calls = self.in_progress(self.options.timeout, Some(&interrupt));
        let mut store = self.new_app_store(Holder::Run(run), Arc::clone(&calls.control));
        let instance = match pre.instantiate(&mut store) {
            Ok(instance) => instance,
            Err(source) => {
                // Start functions may have made resources before failing.
                drop(store);
                self.release_run(run, &set);
                return Err(RunError::Instantiate {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        Ok(App {
            store,
            instance,
            run,
            registry: Arc::clone(&self.registry),
            cleanup_budget: self.options.timeout,
            name: file_name(path),
            calls,
            interrupt,
        })
    }
}
