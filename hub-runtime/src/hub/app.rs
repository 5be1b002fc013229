//! App runs: an app is instantiated in a fresh store against everything loaded, its entry
//! point called, and the store dropped.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use wasmtime::Store;
use wasmtime::component::{
    Component, ComponentNamedList, Func, Instance, InstancePre, Lift, Lower, TypedFunc,
};
use wasmtime::error::Context as _;

use super::apps::{EntryPoint, FileStamp};
use super::entry::{EntryError, call_entry, entry_point, outcome};
use super::release::release_held;
use super::{Hub, RunOptions, Wire, link, linker};
use crate::component_file;
use crate::error::RunError;
use crate::holder::{Holder, RunId};
use crate::library::file_name;
use crate::registry::HandleRegistry;
use crate::run_control::RunControl;
use crate::state::HostState;
use crate::trace::HUB_TARGET;

/// An app instantiated in its own fresh store (see [`Hub::instantiate`]). Dropping it
/// drops its store and releases every resource handle it still holds (their destructors
/// run in their providers).
pub struct App {
    store: Store<HostState>,
    instance: Instance,
    run: RunId,
    registry: Arc<HandleRegistry>,
    cleanup_budget: Option<Duration>,
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

impl Hub {
    /// Runs the app at `path` in a fresh store against every loaded library, then drops
    /// that store and releases every resource handle the app still holds. The app
    /// exports `run: func()` or is a `wasi:cli/run` command; a WASI `exit(0)` is success.
    ///
    /// # Errors
    ///
    /// [`RunError`] for a bad file, an import that cannot be linked, a missing entry point,
    /// a trap, the time budget running out, an interrupt, a memory limit, the handle
    /// quota, or a non-zero exit. Libraries stay loaded; one whose own code failed is
    /// disabled, every other keeps its state.
    pub fn run(&mut self, path: impl AsRef<Path>) -> Result<(), RunError> {
        self.run_with(path, &RunOptions::default())
    }

    /// [`Hub::run`] with wires or its own time budget.
    ///
    /// # Errors
    ///
    /// As [`Hub::run`].
    pub fn run_with(
        &mut self,
        path: impl AsRef<Path>,
        options: &RunOptions,
    ) -> Result<(), RunError> {
        let path = path.as_ref();
        let (prepared, interrupted) =
            self.while_preparing(|| self.prepare_app(path, &options.wires));
        let (pre, entry) = prepared?;
        if interrupted {
            return Err(RunError::Interrupted {
                path: path.to_owned(),
                at: None,
            });
        }
        let entry = entry.ok_or_else(|| RunError::NoEntryPoint {
            path: path.to_owned(),
        })?;
        let name = file_name(path);
        let run = RunId(self.next_run.fetch_add(1, Ordering::Relaxed));
        let control = RunControl::start(options.timeout.unwrap_or(self.options.timeout));
        let outcome = self.while_current(&control, || {
            // Said once the run can be interrupted, so whoever waits for this line to
            // interrupt it does reach it.
            tracing::info!(target: HUB_TARGET, app = %name, "Running {name} in a fresh store");
            let mut store = self.new_app_store(Holder::Run(run), Arc::clone(&control));
            let instance = match pre.instantiate(&mut store) {
                Ok(instance) => instance,
                Err(err) => {
                    return outcome(path, &name, err, &store).map_err(|err| match err {
                        RunError::Failed { path, source } => RunError::Instantiate { path, source },
                        other => other,
                    });
                }
            };
            call_entry(&mut store, &instance, &entry, path).or_else(|err| match err {
                EntryError::Call(err) => outcome(path, &name, err, &store),
                EntryError::Run(err) => Err(err),
            })
        });
        let released = release_held(&self.registry, Holder::Run(run), self.options.timeout);
        // A library disabled during the run lost its store: what it held is released
        // too (its providers run their destructors).
        for library in &self.libraries {
            if library.cell.disabled_reason().is_some() {
                release_held(
                    &self.registry,
                    Holder::Library(library.id()),
                    self.options.timeout,
                );
            }
        }
        let live = self.registry.len();
        tracing::info!(
            target: HUB_TARGET,
            app = %name,
            released,
            live_handles = live,
            "{name} finished; its store is dropped ({live} live resource handles in the hub)"
        );
        outcome
    }

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
        })
    }

    /// The app at `path`, compiled (once per content), linked against the loaded
    /// libraries (once per set of them) and pre-instantiated, with its entry point.
    pub(super) fn prepare_app(
        &self,
        path: &Path,
        wires: &[Wire],
    ) -> Result<(InstancePre<HostState>, Option<EntryPoint>), RunError> {
        let stamp = FileStamp::of(path);
        let generation = self.link_generation;
        let mut apps = self.apps.lock();
        let cached = apps.get(path, stamp, wires);
        if let Some(app) = &cached
            && let Some((linked, pre)) = &app.pre
            && *linked == generation
        {
            return Ok((pre.clone(), app.entry.clone()));
        }
        let app = match cached {
            Some(app) => app,
            None => {
                let compiled = component_file::compile(&self.engine, &self.compile_cache, path)?;
                // A file that cannot be stamped was read fine just now: it is kept, and
                // checked again next time.
                let stamp = FileStamp::of(path).unwrap_or(FileStamp::UNKNOWN);
                let entry = entry_point(&self.engine, &compiled.component);
                let (name, source) = (file_name(path), compiled.source);
                tracing::info!(
                    target: HUB_TARGET,
                    app = %name,
                    %source,
                    "Prepared {name} for runs ({source})"
                );
                apps.insert(path, stamp, wires, compiled.component, entry)
            }
        };
        let pre = self.link_app(path, &app.component, wires)?;
        app.pre = Some((generation, pre.clone()));
        Ok((pre, app.entry.clone()))
    }

    /// An app linked against every loaded library, ready to instantiate.
    fn link_app(
        &self,
        path: &Path,
        component: &Component,
        wires: &[Wire],
    ) -> Result<InstancePre<HostState>, RunError> {
        let link_error = |source| RunError::Link {
            path: path.to_owned(),
            source: Box::new(source),
        };
        let links =
            link::link(&self.engine, component, wires, &self.libraries).map_err(link_error)?;
        let linker = linker::build(
            &self.host,
            &links,
            &self.libraries,
            &self.registry,
            self.options.call_events,
        )
        .map_err(link_error)?;
        linker
            .instantiate_pre(component)
            .map_err(|source| RunError::Instantiate {
                path: path.to_owned(),
                source,
            })
    }
}
