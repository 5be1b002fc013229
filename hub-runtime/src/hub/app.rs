//! App runs: an app is instantiated in a fresh store against everything loaded, its entry
//! point called, and the store dropped.

use std::path::Path;

use wasmtime::component::types::ComponentItem;
use wasmtime::component::{Component, ComponentNamedList, Func, Instance, Lift, Lower, TypedFunc};
use wasmtime::error::Context as _;
use wasmtime::{Engine, Store};

use super::Hub;
use crate::component_file;
use crate::error::RunError;
use crate::state::HostState;
use crate::trace::HUB_TARGET;

/// An app instantiated in its own fresh store (see [`Hub::instantiate`]).
pub struct App {
    store: Store<HostState>,
    instance: Instance,
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
    /// Fails when the export does not exist or is not a function.
    pub fn func(&mut self, interface: Option<&str>, function: &str) -> wasmtime::Result<Func> {
        let parent = match interface {
            Some(name) => Some(
                self.instance
                    .get_export_index(&mut self.store, None, name)
                    .ok_or_else(|| wasmtime::format_err!("the app does not export `{name}`"))?,
            ),
            None => None,
        };
        let index = self
            .instance
            .get_export_index(&mut self.store, parent.as_ref(), function)
            .ok_or_else(|| wasmtime::format_err!("the app does not export `{function}`"))?;
        self.instance
            .get_func(&mut self.store, index)
            .ok_or_else(|| wasmtime::format_err!("the app's export `{function}` is not a function"))
    }

    /// The export `function` of `interface` (or a top-level one) as a typed function.
    ///
    /// # Errors
    ///
    /// Fails when the export does not exist or has other types.
    pub fn typed_func<P, R>(
        &mut self,
        interface: Option<&str>,
        function: &str,
    ) -> wasmtime::Result<TypedFunc<P, R>>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        self.func(interface, function)?
            .typed(&self.store)
            .with_context(|| format!("the app's export `{function}` has other types"))
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

/// The entry point of an app.
enum EntryPoint {
    /// A top-level `run: func()`.
    Run,
    /// A `wasi:cli/run` command, by its full interface name.
    WasiCliRun(String),
}

impl Hub {
    /// Runs the app at `path` in a fresh store against every loaded library, then drops
    /// that store. The app exports `run: func()` or is a `wasi:cli/run` command.
    ///
    /// # Errors
    ///
    /// [`RunError`] for a bad file, a missing import or entry point, a trap, or a command
    /// that exits with an error. Libraries stay loaded; one that trapped is disabled.
    pub fn run(&mut self, path: impl AsRef<Path>) -> Result<(), RunError> {
        let path = path.as_ref();
        let component = self.compile_app(path)?;
        let entry =
            entry_point(&self.engine, &component).ok_or_else(|| RunError::NoEntryPoint {
                path: path.to_owned(),
            })?;
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        tracing::info!(target: HUB_TARGET, app = %name, "Running {name} in a fresh store");
        let App {
            mut store,
            instance,
        } = self.instantiate_component(path, &component)?;
        let trap = |source: wasmtime::Error| RunError::Trap {
            path: path.to_owned(),
            source,
        };
        match entry {
            EntryPoint::Run => {
                let run = instance
                    .get_typed_func::<(), ()>(&mut store, "run")
                    .map_err(trap)?;
                run.call(&mut store, ()).map_err(trap)?;
            }
            EntryPoint::WasiCliRun(interface) => {
                let index = instance
                    .get_export_index(&mut store, None, &interface)
                    .and_then(|i| instance.get_export_index(&mut store, Some(&i), "run"))
                    .ok_or_else(|| RunError::NoEntryPoint {
                        path: path.to_owned(),
                    })?;
                let run = instance
                    .get_typed_func::<(), (Result<(), ()>,)>(&mut store, &index)
                    .map_err(trap)?;
                let (status,) = run.call(&mut store, ()).map_err(trap)?;
                status.map_err(|()| RunError::ExitFailure {
                    path: path.to_owned(),
                })?;
            }
        }
        drop(store);
        let live = self.registry.len();
        tracing::info!(
            target: HUB_TARGET,
            app = %name,
            live_handles = live,
            "{name} finished; its store is dropped ({live} live resource handles in the hub)"
        );
        Ok(())
    }

    /// Instantiates the app at `path` in a fresh store against every loaded library,
    /// without calling anything: for embedders and benchmarks that drive the app's
    /// exports themselves. Dropping the [`App`] drops its store.
    ///
    /// # Errors
    ///
    /// [`RunError`] for a bad file, a missing import or a failed instantiation.
    pub fn instantiate(&self, path: impl AsRef<Path>) -> Result<App, RunError> {
        let path = path.as_ref();
        let component = self.compile_app(path)?;
        self.instantiate_component(path, &component)
    }

    fn compile_app(&self, path: &Path) -> Result<Component, RunError> {
        let component = component_file::compile(&self.engine, path)?;
        if let Some(import) = self.missing_import(&component) {
            return Err(RunError::UnsatisfiedImport {
                path: path.to_owned(),
                import,
            });
        }
        Ok(component)
    }

    fn instantiate_component(&self, path: &Path, component: &Component) -> Result<App, RunError> {
        let mut store = self.new_store();
        let instance = self
            .linker
            .instantiate(&mut store, component)
            .map_err(|source| RunError::Instantiate {
                path: path.to_owned(),
                source,
            })?;
        Ok(App { store, instance })
    }
}

/// How to run `component` as an app, if it can be run at all.
fn entry_point(engine: &Engine, component: &Component) -> Option<EntryPoint> {
    let ty = component.component_type();
    let mut cli_run = None;
    for (name, export) in ty.exports(engine) {
        match export.ty {
            ComponentItem::ComponentFunc(f)
                if name == "run" && f.params().len() == 0 && f.results().len() == 0 =>
            {
                return Some(EntryPoint::Run);
            }
            ComponentItem::ComponentInstance(_) if name.starts_with("wasi:cli/run@") => {
                cli_run = Some(EntryPoint::WasiCliRun(name.to_owned()));
            }
            _ => {}
        }
    }
    cli_run
}
