//! App runs: an app is compiled once, linked once per set of loaded libraries and
//! pre-instantiated; each run instantiates it in a fresh store, calls its entry point,
//! drops the store and releases what the run still holds.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use wasmtime::component::{Component, InstancePre};

use super::app_cache::FileStamp;
use super::entry_point::{EntryError, EntryPoint, call_entry, entry_point, outcome};
use super::release::release_held;
use super::{Hub, LoadedSet, RunOptions, Wire, link, linker};
use crate::component_file::Origin;
use crate::error::RunError;
use crate::holder::Holder;
use crate::ids::RunId;
use crate::library_cell::file_name;
use crate::state::HostState;
use crate::trace::{Count, HUB_TARGET};

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
    pub fn run(&self, path: impl AsRef<Path>) -> Result<(), RunError> {
        self.run_with(path, &RunOptions::default())
    }

    /// [`Hub::run`] with wires, its own time budget or its own interrupt handle.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use hub_runtime::{Hub, HubOptions, InterruptHandle, RunError, RunOptions};
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let hub = Hub::new(HubOptions::default())?;
    /// hub.load("provider_logging.wasm")?;
    /// // Another thread may stop this run, and only this one.
    /// let stop = InterruptHandle::new();
    /// let options = RunOptions::default()
    ///     .timeout(Some(Duration::from_secs(1)))
    ///     .interrupt(&stop);
    /// std::thread::scope(|scope| {
    ///     scope.spawn(|| stop.interrupt());
    ///     match hub.run_with("app.wasm", &options) {
    ///         Ok(()) | Err(RunError::Interrupted { .. }) => {}
    ///         Err(err) => eprintln!("{}", hub_runtime::OneLine(&err)),
    ///     }
    /// });
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Hub::run`].
    pub fn run_with(&self, path: impl AsRef<Path>, options: &RunOptions) -> Result<(), RunError> {
        self.run_origin(&Origin::File(path.as_ref().to_owned()), options)
    }

    /// Runs the app component in `bytes`, which the embedder already holds, as
    /// [`Hub::run_with`] runs a file; `name` stands for it in errors and events. It is
    /// compiled once per content (a file and the same bytes share one entry) and kept
    /// prepared while the same bytes (`Arc`) are run again.
    ///
    /// # Errors
    ///
    /// As [`Hub::run`]; bytes that are not a component are
    /// [`ComponentFileError`](crate::ComponentFileError)s naming `name`.
    pub fn run_bytes(
        &self,
        name: &str,
        bytes: impl Into<Arc<[u8]>>,
        options: &RunOptions,
    ) -> Result<(), RunError> {
        let origin = Origin::Memory {
            name: name.into(),
            bytes: bytes.into(),
        };
        self.run_origin(&origin, options)
    }

    fn run_origin(&self, origin: &Origin, options: &RunOptions) -> Result<(), RunError> {
        let path = origin.path();
        let running = self.in_progress(
            options.timeout.unwrap_or(self.options.timeout),
            options.interrupt.as_ref(),
        );
        let set = self.snapshot();
        let (pre, entry) = self.prepare_app(origin, &options.wires, &set)?;
        if running.control.cancelled() {
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
        // The budget is the run's own: it starts now, after compiling and linking.
        running.control.restart();
        // Said once the run can be interrupted, so whoever waits for this line to
        // interrupt it does reach it.
        tracing::info!(target: HUB_TARGET, app = %name, "Running {name} in a fresh store");
        let outcome = match () {
            #[cfg(feature = "async")]
            () if self.concurrent.owns(pre.component()) => {
                self.run_in_event_loop(&pre, &entry, path, &name, run, &running.control)
            }
            () => {
                let mut store = self.new_app_store(Holder::Run(run), Arc::clone(&running.control));
                match pre.instantiate(&mut store) {
                    Ok(instance) => {
                        call_entry(&mut store, &instance, &entry, path).or_else(|err| match err {
                            EntryError::Call(err) => outcome(path, &name, err, &store),
                            EntryError::Run(err) => Err(err),
                        })
                    }
                    Err(err) => outcome(path, &name, err, &store).map_err(|err| match err {
                        RunError::Failed { path, source } => RunError::Instantiate { path, source },
                        other => other,
                    }),
                }
            }
        };
        drop(running);
        let released = self.release_run(run, &set);
        let live = self.registry.len();
        tracing::info!(
            target: HUB_TARGET,
            app = %name,
            released,
            live_handles = live,
            "{name} finished; its store is dropped ({} in the hub)",
            Count(live, "live resource handle")
        );
        outcome
    }

    /// Releases what run `run` still holds, and what libraries of `set` disabled during
    /// it held (they lost their stores; the providers of what they held run their
    /// destructors). Returns how many handles the run held.
    pub(super) fn release_run(&self, run: RunId, set: &LoadedSet) -> usize {
        let released = release_held(&self.registry, Holder::Run(run), self.options.timeout);
        for library in &set.libraries {
            if library.cell.is_out_of_service() {
                // One being unloaded may still have a call in progress (another run's)
                // using what it holds.
                library.cell.wait_for_calls();
                release_held(
                    &self.registry,
                    Holder::Library(library.id()),
                    self.options.timeout,
                );
            }
        }
        released
    }

    /// The app from `origin`, compiled (once per content), linked against the libraries of
    /// `set` (once per set) and pre-instantiated, with its entry point. The app cache is
    /// locked only to look up and store: never while compiling or linking.
    pub(super) fn prepare_app(
        &self,
        origin: &Origin,
        wires: &[Wire],
        set: &LoadedSet,
    ) -> Result<(InstancePre<HostState>, Option<EntryPoint>), RunError> {
        let path = origin.path();
        let stamp = FileStamp::of(origin);
        let cached = self.apps.lock().get(path, stamp, wires).map(|app| {
            let linked = app
                .pre
                .as_ref()
                .filter(|(generation, _)| *generation == set.generation)
                .map(|(_, pre)| pre.clone());
            (app.component.clone(), app.entry.clone(), linked)
        });
        let (component, entry) = match cached {
            Some((_, entry, Some(pre))) => return Ok((pre, entry)),
            Some((component, entry, None)) => (component, entry),
            None => {
                let compiled = self.compile(origin)?;
                // A file that cannot be stamped was read fine just now: it is kept, and
                // checked again next time.
                let stamp = FileStamp::of(origin).unwrap_or(FileStamp::Unknown);
                let entry = entry_point(compiled.component.engine(), &compiled.component);
                let (name, source) = (file_name(path), compiled.source);
                tracing::info!(
                    target: HUB_TARGET,
                    app = %name,
                    %source,
                    "Prepared {name} for runs ({source})"
                );
                let component = compiled.component;
                self.apps
                    .lock()
                    .insert(path, stamp, wires, component.clone(), entry.clone());
                (component, entry)
            }
        };
        let pre = self.link_app(path, &component, wires, set)?;
        // Kept only while `set` is still the loaded one: links to libraries that are gone
        // would keep them alive.
        let loaded = self.loaded.read();
        if loaded.generation == set.generation {
            self.apps
                .lock()
                .link(path, wires, set.generation, pre.clone());
        }
        drop(loaded);
        Ok((pre, entry))
    }

    /// An app linked against every loaded library, ready to instantiate.
    fn link_app(
        &self,
        path: &Path,
        component: &Component,
        wires: &[Wire],
        set: &LoadedSet,
    ) -> Result<InstancePre<HostState>, RunError> {
        let link_error = |source| RunError::Link {
            path: path.to_owned(),
            source: Box::new(source),
        };
        let links = link::link(
            component.engine(),
            component,
            wires,
            &set.libraries,
            &set.served,
        )
        .map_err(link_error)?;
        let host = self.host_linker_for(component);
        let linker = linker::build(
            host,
            &links,
            &set.libraries,
            &set.served,
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
