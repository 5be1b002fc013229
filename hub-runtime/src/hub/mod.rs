//! The hub's lifecycle: creating it, loading libraries into their own stores, and
//! releasing everything. Unloading and reloading (`replace`), app runs, the link graph,
//! building linkers, binding, releasing handles and status live in the submodules.
//!
//! # Threads and the lock order
//!
//! A [`Hub`] is shared (`&self`) by many threads. Runs link against a snapshot of the
//! loaded libraries ([`LoadedSet`]), which a change replaces whole: a run in flight keeps
//! the snapshot it linked against, and a library unloaded under it answers its calls
//! with a one-line error. Locks, in the one order they are taken:
//!
//! 1. `changes`: one load, unload, reload or purge at a time, held for all of it.
//! 2. `loaded`: read to take a snapshot and released at once; written only by a change,
//!    to publish its new set.
//! 3. `apps`: the prepared apps, held only to look up or store one, never while compiling
//!    or linking.
//! 4. Library stores (`LibraryCell`), one per call into a library (of a library loaded
//!    as several instances: its thread's own, or a free one found with `try_lock`, or
//!    the one holding a resource the call passes), taken along the link graph from
//!    later libraries to earlier ones (a library imports only from libraries
//!    loaded before it, so the graph is a DAG and two calls never wait for each other in
//!    a cycle). A change holding `changes` waits for the call in a store it needs; budgets
//!    bound every call, and a hub without a budget waits as long as the call runs.
//!    What a library out of service held is released only once no call is in progress
//!    in it (`LibraryCell::wait_for_calls`, by the change removing it and by a run
//!    ending, holding no store): a call in flight never loses a value it was given.
//!    An async library's store is its event loop's (`concurrent/event_loop.rs`): a call
//!    or a resource drop sent to the loop waits for it as a sync call waits for a
//!    store's lock, along the same graph; the channels streams cross on are lock-free.
//! 5. Leaves, never held while taking another lock or calling guest code: the handle
//!    registry's slots, the host's table of its shared values and its list of shared
//!    resources, a library's out-of-service flag, an interrupt handle's list.

mod app;
mod app_cache;
pub mod bench;
#[cfg(feature = "async")]
mod concurrent_library;
#[cfg(feature = "async")]
mod concurrent_run;
mod disk_cache;
mod entry_point;
mod failure;
mod host_caller;
mod inspect;
mod link;
mod linker;
mod loaded_library;
mod loaded_set;
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

use parking_lot::{Mutex, RwLock};
use wasmtime::component::{InstancePre, Linker, ResourceType};
use wasmtime::{Engine, Store};

pub use app::App;
pub use host_caller::HostCaller;
pub use inspect::{ImportInspection, Inspection, ServedBy};
pub use options::{HubOptions, LoadOptions, RunOptions, Wire};
pub use status::{ExportStatus, HubStatus, LibraryStatus, LinkStatus};

use app_cache::AppCache;
use link::LinkTarget;
pub(crate) use loaded_library::LoadedLibrary;
use loaded_set::LoadedSet;

use crate::bound_export::BoundExport;
use crate::compile_cache::CompileCache;
use crate::component_file::{self, CompiledFile, Origin};
use crate::embedder_state::Factories;
use crate::error::{HostInterfaceError, LoadError, SetupError};
use crate::exports::{ExportedItems, exported_items};
use crate::generated::{GeneratedForwarders, WireFunction};
use crate::holder::Holder;
use crate::host_interface::{HostInterface, Implementation, ServedInterface};
use crate::host_resources::HostResources;
use crate::http_policy::HttpPolicy;
use crate::ids::LibraryId;
use crate::interface_name::{compatibility_key, is_version_of, only_one};
use crate::interrupt::{Attached, InterruptHandle};
use crate::library_cell::LibraryCell;
use crate::limits::StoreLimitsConfig;
use crate::registry::HandleRegistry;
use crate::resource_type::{
    DynamicCodec, HandleCodec, MarkerCodec, ResourceTypes, SharedHostResource, SharedHostResources,
};
use crate::run_control::{RunControl, Stopped, start_ticker};
use crate::state::{HostState, StoreSettings, new_store};
use crate::trace::{Count, HUB_TARGET};

/// The component hub.
///
/// Each library lives in its own store for as long as it stays loaded, so its state
/// persists between app runs; each app run gets a fresh store, dropped when it returns.
/// Dropping the hub releases every library and every handle. A hub is `Send + Sync`:
/// runs, calls and status work from many threads at once (see the module's lock order).
///
/// ```no_run
/// use hub_runtime::{Hub, HubOptions};
///
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let hub = Hub::new(HubOptions::default())?;
/// hub.load("provider_logging.wasm")?;
/// hub.load("provider_calculator.wasm")?;
/// hub.run("app_consumer.wasm")?; // a fresh store; the libraries keep their state
/// println!("{}", hub.status());
/// # Ok(())
/// # }
/// ```
pub struct Hub {
    engine: Engine,
    options: HubOptions,
    settings: StoreSettings,
    /// What the host provides (WASI, wasi:http); every component's linker starts from it.
    host: Linker<HostState>,
    registry: Arc<HandleRegistry>,
    next_run: AtomicU64,
    /// Generated forwarder sets to bind matching interfaces with.
    generated: &'static GeneratedForwarders,
    /// Compiled components, in memory and on disk.
    compile_cache: CompileCache,
    /// The loaded libraries runs link against (lock 2).
    loaded: RwLock<Arc<LoadedSet>>,
    /// What only changes to the set of libraries touch (lock 1).
    changes: Mutex<Changes>,
    /// Apps run before, compiled, linked and pre-instantiated (lock 3).
    apps: Mutex<AppCache>,
    /// Every run, load and call in progress is attached to it.
    interrupts: InterruptHandle,
    /// The host's shared resources, as `changes` has them, read without that lock
    /// (by `HostCaller::push`, which may run while a change waits for a call).
    shared_host: SharedHostResources,
    /// The second engine, for components that use component-model async, and what the
    /// host provides there.
    #[cfg(feature = "async")]
    concurrent: crate::concurrent::ConcurrentEngine,
}

/// What changes to the set of libraries need, behind the `changes` lock.
struct Changes {
    /// Every resource type of every loaded library.
    types: ResourceTypes,
    /// The number of the last library loaded.
    last_number: u32,
}

/// A run, load or call in progress: its control, attached to the hub's interrupt handle
/// (and its own, if it was given one) until it is dropped.
pub(crate) struct InProgress {
    pub(crate) control: Arc<RunControl>,
    _attached: [Option<Attached>; 2],
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
        #[cfg(feature = "async")]
        let concurrent = crate::concurrent::ConcurrentEngine::new(
            options.guards,
            &limits,
            wasi::concurrent_host_linker,
        )?;
        let compile_cache = CompileCache::new(match (options.disk_cache, &options.cache_dir) {
            (false, _) => None,
            (true, Some(dir)) => Some(dir.clone()),
            (true, None) => CompileCache::default_dir(),
        })
        .max_disk_size(options.cache_max_size);
        compile_cache.prune_disk();
        let registry = Arc::new(HandleRegistry::new(options.handle_quota));
        let settings = StoreSettings {
            output: options.guest_output.clone(),
            max_handles: options.max_handles_per_store,
            limits,
            http: HttpPolicy::new(options.allow_http.iter().cloned()),
            guards: options.guards,
            dirs: options.dirs.clone(),
            factories: Factories::default(),
            host_table: Arc::clone(&registry.host),
        };
        let types = ResourceTypes::default();
        let shared_host = types.shared_hosts();
        Ok(Hub {
            registry,
            engine,
            settings,
            options,
            host,
            next_run: AtomicU64::new(1),
            generated,
            compile_cache,
            loaded: RwLock::new(Arc::new(LoadedSet::default())),
            changes: Mutex::new(Changes {
                types,
                last_number: 0,
            }),
            apps: Mutex::default(),
            interrupts: InterruptHandle::new(),
            shared_host,
            #[cfg(feature = "async")]
            concurrent,
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
    pub fn load(&self, path: impl AsRef<Path>) -> Result<LibraryId, LoadError> {
        self.load_with(path, &LoadOptions::default())
    }

    /// [`Hub::load`] with wires, a WASI override, the library's own time budget or
    /// several instances.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use hub_runtime::{Hub, HubOptions, LoadOptions, Wire};
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let hub = Hub::new(HubOptions::default())?;
    /// let logging = hub.load("provider_logging.wasm")?;
    /// // A stateless plugin that many threads call: two instances, each call bounded,
    /// // its import of another name wired by hand.
    /// let options = LoadOptions::default()
    ///     .instances(2)
    ///     .timeout(Some(Duration::from_millis(200)))
    ///     .wire(Wire::new("my:plugin/log", logging, "demo:logging/logging@0.1.0"));
    /// hub.load_with("plugin.wasm", &options)?;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Hub::load`].
    pub fn load_with(
        &self,
        path: impl AsRef<Path>,
        options: &LoadOptions,
    ) -> Result<LibraryId, LoadError> {
        self.load_origin(Origin::File(path.as_ref().to_owned()), options)
    }

    /// Loads the library component in `bytes`, which the embedder already holds, as
    /// [`Hub::load_with`] loads a file; `name` stands for it in errors and status. The
    /// compile cache is keyed by content, so a file and the same bytes share one entry.
    /// A reload instantiates the same bytes again, with fresh state.
    ///
    /// # Errors
    ///
    /// As [`Hub::load`]; bytes that are not a component are
    /// [`ComponentFileError`](crate::ComponentFileError)s naming `name`.
    pub fn load_bytes(
        &self,
        name: &str,
        bytes: impl Into<Arc<[u8]>>,
        options: &LoadOptions,
    ) -> Result<LibraryId, LoadError> {
        let origin = Origin::Memory {
            name: name.into(),
            bytes: bytes.into(),
        };
        self.load_origin(origin, options)
    }

    fn load_origin(&self, origin: Origin, options: &LoadOptions) -> Result<LibraryId, LoadError> {
        let path = origin.path();
        let budget = options.timeout.unwrap_or(self.options.timeout);
        let loading = self.in_progress(budget, None);
        let compiled = self.compile(&origin)?;
        if loading.control.cancelled() {
            return Err(LoadError::Stopped {
                path: path.to_owned(),
                stopped: Stopped::Interrupted,
            });
        }
        let source = compiled.source;
        let mut changes = self.changes.lock();
        let set = self.snapshot();
        let id = LibraryId {
            number: changes.last_number + 1,
            generation: 0,
        };
        // The budget is the instantiation's: it starts now, after compiling.
        loading.control.restart();
        let library = self.instantiate_library(
            &mut changes.types,
            id,
            &origin,
            compiled,
            options.clone(),
            &set.libraries,
            &loading.control,
        )?;
        changes.last_number += 1;
        let library = Arc::new(library);
        let mut libraries = set.libraries.clone();
        libraries.push(Arc::clone(&library));
        self.publish(libraries);
        drop(changes);
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

    /// Serves `host` to every component loaded or run from now on: imports of its name
    /// (semver-compatible) link to it as to a library's export, with the same signature
    /// checks, and a library that imports it and exports the same name wraps it.
    ///
    /// A host function called by a library must not unload or reload that library (or
    /// one whose call led to it): the change waits for the calls in progress in what it
    /// removes, that call among them. Hand such a change to another thread.
    ///
    /// # Errors
    ///
    /// [`HostInterfaceError`] when its WIT does not parse, its functions and closures do
    /// not match, or the host already serves that name; nothing changes then.
    pub fn serve(&self, host: HostInterface) -> Result<(), HostInterfaceError> {
        let served = ServedInterface::new(&self.engine, host)?;
        self.add_served(vec![served])
    }

    /// Serves the interfaces `interfaces` of the WIT package `wit` through what
    /// wasmtime's `bindgen!` generated for them: `add_to_linker` is called on the linker
    /// of every component one of them is linked to (usually it calls the generated
    /// `add_to_linker` with the getter `|state: &mut HostState|
    /// state.embedder_state::<T>()`), and each store gets its own `T`, made by `state`
    /// (from the store's view of the host's shared resources) the first time a host
    /// function of that store runs. Linking follows the same rules as [`Hub::serve`].
    /// The interfaces may define resources; their handles stay in the store that got
    /// them unless [`Hub::share_resource`] lets them cross (a library's export that
    /// passes an unshared one on is refused at load, naming the type).
    ///
    /// ```no_run
    /// use hub_runtime::wasmtime::component::HasSelf;
    /// use hub_runtime::{Hub, HubOptions, HostState};
    ///
    /// const WIT: &str = "package my:app@0.1.0;
    ///     interface clock { now: func() -> u64; }
    ///     world plugin { import clock; }";
    ///
    /// hub_runtime::wasmtime::component::bindgen!({
    ///     inline: "package my:app@0.1.0;
    ///         interface clock { now: func() -> u64; }
    ///         world plugin { import clock; }",
    ///     wasmtime_crate: hub_runtime::wasmtime,
    /// });
    ///
    /// /// The embedder's state in one store.
    /// struct Clock { ticks: u64 }
    ///
    /// impl my::app::clock::Host for Clock {
    ///     fn now(&mut self) -> u64 {
    ///         self.ticks += 1;
    ///         self.ticks
    ///     }
    /// }
    ///
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let hub = Hub::new(HubOptions::default())?;
    /// hub.serve_bindgen(WIT, &["clock"], |_| Clock { ticks: 0 }, |linker| {
    ///     my::app::clock::add_to_linker::<HostState, HasSelf<Clock>>(linker, |state| {
    ///         state.embedder_state::<Clock>()
    ///     })
    /// })?;
    /// hub.run("clock_app.wasm")?; // its `my:app/clock` import is the host's
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// [`HostInterfaceError`] when the WIT does not parse or names no such interface,
    /// when `add_to_linker` fails or does not define them with their types, or when the
    /// host already serves one of their names; nothing changes then.
    pub fn serve_bindgen<T: Send + 'static>(
        &self,
        wit: &str,
        interfaces: &[&str],
        state: impl Fn(HostResources) -> T + Send + Sync + 'static,
        add_to_linker: impl Fn(&mut Linker<HostState>) -> wasmtime::Result<()> + Send + Sync + 'static,
    ) -> Result<(), HostInterfaceError> {
        let served =
            ServedInterface::bindgen(&self.engine, wit, interfaces, Arc::new(add_to_linker))?;
        self.settings.factories.add(state);
        self.add_served(served)
    }

    /// Lets handles of the host's resource `resource` (of `interface`, served through
    /// [`Hub::serve_bindgen`]) cross between stores: an app may pass a `connection` the
    /// host made for it to a library, which may keep it, use it and give it back, as
    /// with a library's resources. Call it before loading the libraries that take or
    /// return one (without it such a library is refused at load, naming the type).
    ///
    /// `T` is the Rust type bindgen's `with` maps the resource to, and its values must
    /// live in the store's [`HostResources`] (the factory's argument), not in a
    /// `ResourceTable`: a `rep` there means the same value in every store. Each value is
    /// held by one store at a time; what a run or a library still holds when it ends is
    /// released (the value dropped; the interface's `drop` is for guests dropping
    /// handles).
    ///
    /// # Errors
    ///
    /// [`HostInterfaceError::NoSuchResource`] when no bindgen interface the host serves
    /// (by full name, semver-compatible, or without its version) defines `resource`;
    /// [`HostInterfaceError::ResourceType`] when `add_to_linker` gives it another type.
    pub fn share_resource<T: Send + Sync + 'static>(
        &self,
        interface: &str,
        resource: &str,
    ) -> Result<(), HostInterfaceError> {
        let mut changes = self.changes.lock();
        let set = self.snapshot();
        let (served, host_type) = served_resource(&set, interface, resource)?;
        let codec = MarkerCodec::<T>::new();
        if codec.host_type() != host_type {
            return Err(HostInterfaceError::ResourceType {
                interface: served.name.clone(),
                resource: resource.to_owned(),
                expected: std::any::type_name::<T>(),
            });
        }
        changes.types.share(SharedHostResource {
            name: resource.to_owned(),
            host_type,
            codec: Arc::new(codec),
        });
        tracing::info!(
            target: HUB_TARGET,
            interface = %served.name,
            resource,
            "Handles of the host's `{}.{resource}` may cross between stores",
            served.name
        );
        Ok(())
    }

    /// Adds `served` to what the host serves, unless one of their names already is.
    fn add_served(&self, served: Vec<ServedInterface>) -> Result<(), HostInterfaceError> {
        let mut changes = self.changes.lock();
        let set = self.snapshot();
        let mut all = set.served.clone();
        for mut new in served {
            let key = compatibility_key(&new.name);
            if all.iter().any(|s| compatibility_key(&s.name) == key) {
                return Err(HostInterfaceError::AlreadyServed {
                    interface: new.name.clone(),
                });
            }
            tracing::info!(
                target: HUB_TARGET,
                interface = %new.name,
                "Serving {} from the host",
                new.name
            );
            new.number_resources(|| changes.types.next_id());
            all.push(Arc::new(new));
        }
        for new in &all[set.served.len()..] {
            changes
                .types
                .serve(new.resource_types.iter().map(|(_, ty)| *ty));
            // A closures interface keeps its resources' values in the shared table: its
            // handles always cross.
            if let Implementation::Closures { resources, .. } = &new.implementation {
                for resource in resources.iter() {
                    changes.types.share(SharedHostResource {
                        name: resource.name.clone(),
                        host_type: wasmtime::component::ResourceType::host_dynamic(resource.id),
                        codec: Arc::new(DynamicCodec { id: resource.id }),
                    });
                }
            }
        }
        self.publish_with(set.libraries.clone(), all);
        drop(changes);
        Ok(())
    }

    /// Stops serving the host's interfaces `interfaces` (full names), all of them or
    /// none: components loaded or run from now on no longer link to them. Handles of
    /// their resources that runs or libraries still hold stay usable until dropped.
    ///
    /// # Errors
    ///
    /// [`HostInterfaceError::NotServed`] when the host serves one of them not,
    /// [`HostInterfaceError::InUse`] while a loaded library imports one; nothing changes
    /// then.
    pub fn unserve<S: AsRef<str>>(&self, interfaces: &[S]) -> Result<(), HostInterfaceError> {
        let changes = self.changes.lock();
        let set = self.snapshot();
        for interface in interfaces.iter().map(AsRef::as_ref) {
            if !set.served.iter().any(|s| s.name == interface) {
                return Err(HostInterfaceError::NotServed {
                    interface: interface.to_owned(),
                });
            }
            let importer = set.libraries.iter().find(|library| {
                library.links.iter().any(|link| {
                    matches!(&link.target, LinkTarget::Served { export } if export == interface)
                })
            });
            if let Some(importer) = importer {
                return Err(HostInterfaceError::InUse {
                    interface: interface.to_owned(),
                    library: importer.describe(),
                });
            }
        }
        let gone = |name: &str| interfaces.iter().any(|i| i.as_ref() == name);
        let served = set
            .served
            .iter()
            .filter(|s| !gone(&s.name))
            .cloned()
            .collect();
        for interface in interfaces.iter().map(AsRef::as_ref) {
            tracing::info!(
                target: HUB_TARGET,
                interface,
                "No longer serving {interface} from the host"
            );
        }
        self.publish_with(set.libraries.clone(), served);
        drop(changes);
        Ok(())
    }

    /// Unloads every library and forgets every handle: all library state is reset.
    /// Returns how many libraries were unloaded.
    pub fn purge(&self) -> usize {
        let mut changes = self.changes.lock();
        let count = self.release_all(&mut changes);
        drop(changes);
        tracing::info!(
            target: HUB_TARGET,
            count,
            "Purged {}; their stores are dropped",
            Count(count, "library")
        );
        count
    }

    /// A handle that interrupts every run, load and call of this hub in progress, from
    /// any thread. (To interrupt one run only, give it its own handle:
    /// [`RunOptions::interrupt`].)
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.interrupts.clone()
    }

    /// Number of the host's shared resources alive: made through [`HostResources`] and
    /// neither deleted nor released with their holder.
    pub fn host_resource_count(&self) -> usize {
        self.registry.host.len()
    }

    /// The engine the hub compiles and runs everything with (pooled instances, epoch
    /// interruption when guards are on): for the embedder's own wasmtime work beside the
    /// hub, and for measuring the hub against wasmtime alone. A store of its own made
    /// with it needs an epoch deadline (`Store::set_epoch_deadline`) when guards are on.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The typed ends of a wire the build generated for the plain functions of
    /// `interface` (its full name, as under `wit/`), for a transport that forwards it
    /// to or from another machine; none for an interface not under `wit/`.
    pub fn wire_functions(&self, interface: &str) -> &'static [WireFunction] {
        self.generated.wire_functions(interface)
    }

    /// Number of live resource handles in the registry.
    pub fn live_handles(&self) -> usize {
        self.registry.len()
    }

    /// Reads and compiles the component from `origin` (through the compile cache). Built
    /// with the `async` feature, a component that uses component-model async is compiled
    /// by the concurrent engine instead: compiled code belongs to one engine.
    ///
    /// # Errors
    ///
    /// [`ComponentFileError`](crate::ComponentFileError) for a file that cannot be read
    /// or is not a valid component.
    fn compile(&self, origin: &Origin) -> Result<CompiledFile, crate::ComponentFileError> {
        let compiled = component_file::compile(&self.engine, &self.compile_cache, origin);
        #[cfg(feature = "async")]
        if let Err(crate::ComponentFileError::Async { .. }) = &compiled {
            return component_file::compile(&self.concurrent.engine, &self.compile_cache, origin);
        }
        compiled
    }

    /// The host's linker for `component`'s engine.
    fn host_linker_for(&self, component: &wasmtime::component::Component) -> &Linker<HostState> {
        #[cfg(feature = "async")]
        if self.concurrent.owns(component) {
            return &self.concurrent.host;
        }
        let _ = component;
        &self.host
    }

    /// The libraries loaded now, as a run links against them.
    fn snapshot(&self) -> Arc<LoadedSet> {
        Arc::clone(&self.loaded.read())
    }

    /// Makes `libraries` the loaded set (called holding `changes`): what was linked
    /// against the old set must be linked again, and holds nothing of it any more.
    fn publish(&self, libraries: Vec<Arc<LoadedLibrary>>) {
        let served = self.snapshot().served.clone();
        self.publish_with(libraries, served);
    }

    /// [`publish`](Self::publish), with `served` as the host's interfaces.
    fn publish_with(&self, libraries: Vec<Arc<LoadedLibrary>>, served: Vec<Arc<ServedInterface>>) {
        let mut loaded = self.loaded.write();
        let generation = loaded.generation + 1;
        *loaded = Arc::new(LoadedSet {
            libraries,
            served,
            generation,
        });
        drop(loaded);
        self.apps.lock().unlink();
    }

    /// A control for a run, load or call with `budget` (starting now), attached to the
    /// hub's interrupt handle and to `own`, if given, until it is dropped.
    pub(crate) fn in_progress(
        &self,
        budget: Option<std::time::Duration>,
        own: Option<&InterruptHandle>,
    ) -> InProgress {
        let control = RunControl::start(budget, Some(&self.engine));
        InProgress {
            _attached: [
                Some(self.interrupts.attach(&control)),
                own.map(|handle| handle.attach(&control)),
            ],
            control,
        }
    }

    /// Instantiates a library in a store of its own, linked against `view`, and binds
    /// its exports. Nothing of the hub changes on error.
    #[allow(clippy::too_many_arguments)]
    fn instantiate_library(
        &self,
        types: &mut ResourceTypes,
        id: LibraryId,
        origin: &Origin,
        compiled: CompiledFile,
        options: LoadOptions,
        view: &[Arc<LoadedLibrary>],
        control: &Arc<RunControl>,
    ) -> Result<LoadedLibrary, LoadError> {
        let CompiledFile {
            component,
            digest,
            source,
        } = compiled;
        let path = origin.path();
        let items = exported_items(component.engine(), &component);
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
        let served = self.snapshot().served.clone();
        let links = link::link(
            component.engine(),
            &component,
            &options.wires,
            view,
            &served,
        )
        .map_err(link_error)?;
        let host = self.host_linker_for(&component);
        let linker = linker::build(
            host,
            &links,
            view,
            &served,
            &self.registry,
            self.options.call_events,
        )
        .map_err(link_error)?;
        let pre = linker
            .instantiate_pre(&component)
            .map_err(|source| LoadError::Instantiate {
                path: path.to_owned(),
                source,
            })?;
        let (cell, exports) = match () {
            #[cfg(feature = "async")]
            () if self.concurrent.owns(&component) => {
                self.instantiate_in_event_loop(types, id, path, &pre, &options, &items, control)?
            }
            () => self.instantiate_in_stores(types, id, path, &pre, &options, &items, control)?,
        };
        Ok(LoadedLibrary {
            cell,
            origin: origin.clone(),
            exports,
            links,
            component,
            digest,
            source,
            options,
            items,
        })
    }

    /// Instantiates a library from `pre` in stores of its own, one per instance (their
    /// start functions bounded by `control`), and binds its exports.
    #[allow(clippy::too_many_arguments)]
    fn instantiate_in_stores(
        &self,
        types: &mut ResourceTypes,
        id: LibraryId,
        path: &Path,
        pre: &InstancePre<HostState>,
        options: &LoadOptions,
        items: &ExportedItems,
        control: &Arc<RunControl>,
    ) -> Result<(Arc<LibraryCell>, Vec<BoundExport>), LoadError> {
        let count = options.instance_count();
        let mut stores = Vec::with_capacity(count);
        let mut instances = Vec::with_capacity(count);
        for _ in 0..count {
            let mut store = new_store(
                &self.engine,
                &self.settings,
                Holder::Library(id),
                Some(Arc::clone(control)),
            );
            let instance = pre
                .instantiate(&mut store)
                .map_err(|source| LoadError::instantiating(path, source))?;
            store.data_mut().run = None;
            stores.push(store);
            instances.push(instance);
        }
        let cell = Arc::new(LibraryCell::new(id, path, stores, options.timeout));
        match self.bind(types, &cell, &instances, items) {
            Ok(exports) => Ok((cell, exports)),
            Err((export, source)) => {
                types.retain(|e| e.owner.id != id);
                Err(LoadError::Forward {
                    path: path.to_owned(),
                    export,
                    source,
                })
            }
        }
    }

    /// A fresh store for an app run with this hub's settings.
    fn new_app_store(&self, holder: Holder, control: Arc<RunControl>) -> Store<HostState> {
        new_store(&self.engine, &self.settings, holder, Some(control))
    }

    /// Drops every library, handle and forwarder (called holding `changes`). Returns how
    /// many libraries there were.
    fn release_all(&self, changes: &mut Changes) -> usize {
        let set = self.snapshot();
        // Registry entries hold the libraries' stores, and those stores hold closures
        // that hold the registry: break the cycle first so the stores go with the
        // libraries.
        self.registry.clear();
        changes.types.clear();
        // Apps still instantiated may hold forwarders into them: their stores go now all
        // the same.
        for library in &set.libraries {
            library.cell.retire("was purged");
        }
        self.publish(Vec::new());
        set.libraries.len()
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        let mut changes = self.changes.lock();
        self.release_all(&mut changes);
    }
}

/// The interface the host serves under `interface` (by full name, semver-compatible, or
/// without its version when one matches) and the host type of its resource `resource`.
///
/// # Errors
///
/// [`HostInterfaceError::NoSuchResource`] when no such interface defines `resource`.
fn served_resource<'s>(
    set: &'s LoadedSet,
    interface: &str,
    resource: &str,
) -> Result<(&'s ServedInterface, ResourceType), HostInterfaceError> {
    let key = compatibility_key(interface);
    let served = set
        .served
        .iter()
        .find(|s| compatibility_key(&s.name) == key)
        .or_else(|| {
            only_one(
                set.served
                    .iter()
                    .filter(|s| is_version_of(&s.name, interface)),
            )
        });
    served
        .and_then(|served| {
            let (_, host_type) = served
                .resource_types
                .iter()
                .find(|(name, _)| name == resource)?;
            Some((&**served, *host_type))
        })
        .ok_or_else(|| HostInterfaceError::NoSuchResource {
            interface: interface.to_owned(),
            resource: resource.to_owned(),
        })
}

#[cfg(test)]
mod tests;
