//! The hub's lifecycle: creating it, loading libraries into their own stores, and
//! releasing everything. Unloading and reloading (`replace`), app runs, the link graph,
//! building linkers, binding, releasing handles and status live in the submodules.

mod app;
mod app_cache;
pub mod bench;
mod disk_cache;
mod entry_point;
mod link;
mod linker;
mod loaded_library;
mod options;
mod path_choice;
mod release;
mod replace;
mod run;
mod signature;
mod status;
mod wasi;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use parking_lot::Mutex;
use wasmtime::component::Linker;
use wasmtime::{Engine, Store};

pub use app::App;
pub use options::{HubOptions, LoadOptions, RunOptions, Wire};
pub use status::{ExportStatus, HubStatus, LibraryStatus, LinkStatus};

use app_cache::AppCache;
pub(crate) use loaded_library::LoadedLibrary;

use crate::compile_cache::CompileCache;
use crate::component_file::{self, CompiledFile};
use crate::error::{LoadError, SetupError};
use crate::exports::exported_items;
use crate::generated::GeneratedForwarders;
use crate::holder::Holder;
use crate::http_policy::HttpPolicy;
use crate::ids::LibraryId;
use crate::library_cell::LibraryCell;
use crate::limits::StoreLimitsConfig;
use crate::registry::HandleRegistry;
use crate::resource_type::ResourceTypes;
use crate::run_control::{InterruptHandle, RunControl, Stopped, start_ticker};
use crate::state::{HostState, StoreSettings, new_store};
use crate::trace::{Count, HUB_TARGET};

/// The component hub.
///
/// Each library lives in its own store for as long as it stays loaded, so its state
/// persists between app runs; each app run gets a fresh store, dropped when it returns.
/// Dropping the hub releases every library and every handle.
pub struct Hub {
    engine: Engine,
    options: HubOptions,
    settings: StoreSettings,
    /// What the host provides (WASI, wasi:http); every component's linker starts from it.
    host: Linker<HostState>,
    /// Loaded libraries, in load order (a library links only to those before it).
    libraries: Vec<Arc<LoadedLibrary>>,
    registry: Arc<HandleRegistry>,
    types: ResourceTypes,
    /// The number of the last library loaded.
    last_number: u32,
    next_run: AtomicU64,
    /// Bumped whenever the set of libraries changes: what was linked against the old
    /// set must be linked again.
    link_generation: u64,
    /// Generated forwarder sets to bind matching interfaces with.
    generated: &'static GeneratedForwarders,
    /// The run (or load) in progress, for [`InterruptHandle`]s.
    current: Arc<Mutex<Option<Arc<RunControl>>>>,
    /// Compiled components, in memory and on disk.
    compile_cache: CompileCache,
    /// Apps run before, compiled, linked and pre-instantiated.
    apps: Mutex<AppCache>,
}

impl Hub {
    /// A hub with nothing loaded and no generated forwarders: everything is forwarded
    /// through the dynamic path. See [`Hub::with_generated`].
    ///
    /// # Errors
    ///
    /// Fails if wasmtime cannot be configured for this host or WASI cannot be linked.
    pub fn new(options: HubOptions) -> Result<Hub, SetupError> {
        Hub::with_generated(options, &GeneratedForwarders::NONE)
    }

    /// A hub with nothing loaded that binds every exported interface matching one of
    /// `generated` (same name, semver-compatible version, same types) through those
    /// generated forwarders, and everything else through the dynamic path.
    ///
    /// # Errors
    ///
    /// Fails if wasmtime cannot be configured for this host or WASI cannot be linked.
    pub fn with_generated(
        options: HubOptions,
        generated: &'static GeneratedForwarders,
    ) -> Result<Hub, SetupError> {
        for (host, _) in &options.dirs {
            if !host.is_dir() {
                return Err(SetupError::NoSuchDir { path: host.clone() });
            }
        }
        let limits = StoreLimitsConfig {
            max_memory: options.max_memory,
            ..StoreLimitsConfig::default()
        };
        let engine =
            crate::engine::new_engine(options.guards, &limits).map_err(SetupError::Engine)?;
        let host = wasi::host_linker(&engine).map_err(SetupError::Wasi)?;
        if options.guards {
            start_ticker(&engine).map_err(SetupError::Ticker)?;
        }
        let compile_cache = CompileCache::new(match (options.disk_cache, &options.cache_dir) {
            (false, _) => None,
            (true, Some(dir)) => Some(dir.clone()),
            (true, None) => CompileCache::default_dir(),
        })
        .max_disk_size(options.cache_max_size);
        compile_cache.prune_disk();
        let settings = StoreSettings {
            output: options.guest_output.clone(),
            max_handles: options.max_handles_per_store,
            limits,
            http: HttpPolicy::new(options.allow_http.iter().cloned()),
            guards: options.guards,
            dirs: options.dirs.clone(),
        };
        Ok(Hub {
            registry: Arc::new(HandleRegistry::new(options.handle_quota)),
            engine,
            settings,
            options,
            host,
            libraries: Vec::new(),
            types: ResourceTypes::default(),
            last_number: 0,
            next_run: AtomicU64::new(1),
            link_generation: 0,
            generated,
            current: Arc::default(),
            compile_cache,
            apps: Mutex::default(),
        })
    }

    /// Loads the library component at `path`: instantiates it in a store of its own,
    /// against the libraries loaded before it, and forwards its exports to every
    /// component loaded or run after it.
    ///
    /// # Errors
    ///
    /// [`LoadError`] says what is wrong with the file or its imports and exports. On
    /// error nothing changes: the loaded set is exactly as it was.
    pub fn load(&mut self, path: impl AsRef<Path>) -> Result<LibraryId, LoadError> {
        self.load_with(path, &LoadOptions::default())
    }

    /// [`Hub::load`] with wires, a WASI override or the library's own time budget.
    ///
    /// # Errors
    ///
    /// As [`Hub::load`].
    pub fn load_with(
        &mut self,
        path: impl AsRef<Path>,
        options: &LoadOptions,
    ) -> Result<LibraryId, LoadError> {
        let path = path.as_ref();
        let (compiled, interrupted) = self
            .while_preparing(|| component_file::compile(&self.engine, &self.compile_cache, path));
        let compiled = compiled?;
        if interrupted {
            return Err(LoadError::Stopped {
                path: path.to_owned(),
                stopped: Stopped::Interrupted,
            });
        }
        let id = LibraryId {
            number: self.last_number + 1,
            generation: 0,
        };
        let view = self.libraries.clone();
        let source = compiled.source;
        let library = self.instantiate_library(id, path, compiled, options.clone(), &view)?;
        self.last_number += 1;
        self.libraries.push(Arc::new(library));
        self.libraries_changed();
        let library = &self.libraries[self.libraries.len() - 1];
        tracing::info!(
            target: HUB_TARGET,
            library = %library.cell.name,
            %id,
            %source,
            "Loaded library {} as {id} in its own store ({source})",
            library.cell.name
        );
        library.trace_links();
        Ok(id)
    }

    /// Unloads every library and forgets every handle: all library state is reset.
    /// Returns how many libraries were unloaded.
    pub fn purge(&mut self) -> usize {
        let count = self.libraries.len();
        self.release_all();
        tracing::info!(
            target: HUB_TARGET,
            count,
            "Purged {}; their stores are dropped",
            Count(count, "library")
        );
        count
    }

    /// A handle that interrupts whatever run (or load) is in progress, from any thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            current: Arc::clone(&self.current),
            engine: self.engine.weak(),
        }
    }

    /// Number of live resource handles in the registry.
    pub fn live_handles(&self) -> usize {
        self.registry.len()
    }

    /// The library with id `id`, if loaded.
    fn library(&self, id: LibraryId) -> Option<Arc<LoadedLibrary>> {
        self.libraries.iter().find(|l| l.id() == id).cloned()
    }

    /// Where library `id` is in load order.
    fn position(&self, id: LibraryId) -> Option<usize> {
        self.libraries.iter().position(|l| l.id() == id)
    }

    /// Instantiates a library in a store of its own, linked against `view`, and binds
    /// its exports. Nothing of the hub changes on error.
    fn instantiate_library(
        &mut self,
        id: LibraryId,
        path: &Path,
        compiled: CompiledFile,
        options: LoadOptions,
        view: &[Arc<LoadedLibrary>],
    ) -> Result<LoadedLibrary, LoadError> {
        let CompiledFile {
            component,
            digest,
            source,
        } = compiled;
        let items = exported_items(&self.engine, &component);
        if !options.override_wasi
            && let Some(export) = items
                .interfaces
                .iter()
                .find(|i| wasi::host_name(&i.name).is_some())
        {
            return Err(LoadError::WasiExport {
                path: path.to_owned(),
                export: export.name.clone(),
            });
        }
        let link_error = |source| LoadError::Link {
            path: path.to_owned(),
            source: Box::new(source),
        };
        let links =
            link::link(&self.engine, &component, &options.wires, view).map_err(link_error)?;
        let linker = linker::build(
            &self.host,
            &links,
            view,
            &self.registry,
            self.options.call_events,
        )
        .map_err(link_error)?;
        let budget = options.timeout.unwrap_or(self.options.timeout);
        let control = RunControl::start(budget);
        let mut store = new_store(
            &self.engine,
            &self.settings,
            Holder::Library(id),
            Some(Arc::clone(&control)),
        );
        let instance = self
            .while_current(&control, || linker.instantiate(&mut store, &component))
            .map_err(|source| match source.downcast_ref::<Stopped>() {
                Some(stopped) => LoadError::Stopped {
                    path: path.to_owned(),
                    stopped: *stopped,
                },
                None => LoadError::Instantiate {
                    path: path.to_owned(),
                    source,
                },
            })?;
        store.data_mut().run = None;
        let cell = Arc::new(LibraryCell::new(id, path, store, options.timeout));
        let exports = match self.bind(&cell, instance, &items) {
            Ok(exports) => exports,
            Err((export, source)) => {
                self.types.retain(|e| e.owner.id != id);
                return Err(LoadError::Forward {
                    path: path.to_owned(),
                    export,
                    source,
                });
            }
        };
        Ok(LoadedLibrary {
            cell,
            exports,
            links,
            component,
            digest,
            source,
            options,
            items,
        })
    }

    /// Runs `work` as the hub's current run, so an [`InterruptHandle`] reaches it.
    fn while_current<R>(&self, control: &Arc<RunControl>, work: impl FnOnce() -> R) -> R {
        *self.current.lock() = Some(Arc::clone(control));
        let result = work();
        *self.current.lock() = None;
        result
    }

    /// Runs `work`, host work that cannot be stopped midway (compiling, linking an app), as the
    /// hub's current run without a budget, and says whether an interrupt came meanwhile:
    /// the load or run then ends as interrupted before any guest code runs.
    fn while_preparing<R>(&self, work: impl FnOnce() -> R) -> (R, bool) {
        let control = RunControl::start(None);
        let result = self.while_current(&control, work);
        (result, control.cancelled())
    }

    /// A fresh store for an app run with this hub's settings.
    fn new_app_store(&self, holder: Holder, control: Arc<RunControl>) -> Store<HostState> {
        new_store(&self.engine, &self.settings, holder, Some(control))
    }

    /// Drops every library, handle and forwarder.
    fn release_all(&mut self) {
        // Registry entries hold the libraries' stores, and those stores hold closures
        // that hold the registry: break the cycle first so the stores go with the
        // libraries.
        self.registry.clear();
        self.types.clear();
        // Apps still instantiated may hold forwarders into them: their stores go now all
        // the same.
        for library in self.libraries.drain(..) {
            library.cell.retire("was purged");
        }
        self.libraries_changed();
    }

    /// What was linked against the old set of libraries must be linked again, and
    /// holds nothing of them any more.
    fn libraries_changed(&mut self) {
        self.link_generation += 1;
        self.apps.lock().unlink();
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        self.release_all();
    }
}

#[cfg(test)]
mod tests;
