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
use super::{Hub, RunOptions, Wire, link, linker};
use crate::component_file;
use crate::error::RunError;
use crate::holder::Holder;
use crate::ids::RunId;
use crate::library_cell::file_name;
use crate::run_control::RunControl;
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
            if library.cell.is_out_of_service() {
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
            "{name} finished; its store is dropped ({} in the hub)",
            Count(live, "live resource handle")
        );
        outcome
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
