//! An app instantiated for the embedder to drive ([`App`]): its fresh store, its
//! instance, and the handles it holds, released when it is dropped.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use wasmtime::Store;
use wasmtime::component::{ComponentNamedList, Func, Instance, Lift, Lower, TypedFunc};

use super::Hub;
use super::release::release_held;
use crate::error::{ExportError, RunError};
use crate::holder::Holder;
use crate::ids::RunId;
use crate::library_cell::file_name;
use crate::registry::HandleRegistry;
use crate::run_control::RunControl;
use crate::state::HostState;

/// An app instantiated in its own fresh store (see [`Hub::instantiate`]). Dropping it
/// drops its store and releases every resource handle it still holds (their destructors
/// run in their providers).
pub struct App {
    store: Store<HostState>,
    instance: Instance,
    run: RunId,
    registry: Arc<HandleRegistry>,
    cleanup_budget: Option<Duration>,
    /// The app's file name, for errors.
    name: String,
}

impl Drop for App {
    fn drop(&mut self) {
        release_held(&self.registry, Holder::Run(self.run), self.cleanup_budget);
    }
}

impl App {
    /// The app's store, to call its exports with.
    pub fn store(&mut self) -> &mut Store<HostState> {
        &mut self.store
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

/// `interface#function`, or `function` at the top level: an export as errors name it.
fn export_name(interface: Option<&str>, function: &str) -> String {
    match interface {
        Some(interface) => format!("{interface}#{function}"),
        None => function.to_owned(),
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
        self.store.as_context_mut()
    }
}

impl Hub {
    /// Instantiates the app at `path` in a fresh store against every loaded library,
    /// without calling anything: for embedders and benchmarks that drive the app's
    /// exports themselves. Calls into it have no time budget. Dropping the [`App`] drops
    /// its store and releases what it holds.
    ///
    /// # Errors
    ///
    /// [`RunError`] for a bad file, an import that cannot be linked, or a failed
    /// instantiation.
    pub fn instantiate(&self, path: impl AsRef<Path>) -> Result<App, RunError> {
        let path = path.as_ref();
        let (pre, _) = self.prepare_app(path, &[])?;
        let run = RunId(self.next_run.fetch_add(1, Ordering::Relaxed));
        let mut store = self.new_app_store(Holder::Run(run), RunControl::start(None));
        let instance = match pre.instantiate(&mut store) {
            Ok(instance) => instance,
            Err(source) => {
                // Start functions may have made resources before failing.
                drop(store);
                release_held(&self.registry, Holder::Run(run), self.options.timeout);
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
        })
    }
}
