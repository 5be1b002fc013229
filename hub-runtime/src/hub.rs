//! The hub: loads libraries into their own stores, links each one's exports to the
//! components loaded after it, and runs apps against everything loaded.

use std::path::Path;
use std::sync::Arc;

use wasmtime::component::types::ComponentItem;
use wasmtime::component::{
    Component, ComponentNamedList, Func, Instance, Lift, Linker, LinkerInstance, Lower, TypedFunc,
};
use wasmtime::error::Context as _;
use wasmtime::{Engine, Store};

use crate::bind::BindContext;
use crate::component_file;
use crate::dynamic;
use crate::error::{LoadError, RunError, SetupError, one_line};
use crate::exports::{ExportedItems, exported_items, imported_names};
use crate::forwarding::BoundExport;
use crate::generated::{self, GeneratedInterface};
use crate::host_log::HostLog;
use crate::interface_name::compatibility_key;
use crate::library::{LibraryCell, LibraryId};
use crate::registry::HandleRegistry;
use crate::resource_type::{ResourceTypeEntry, ResourceTypes};
use crate::state::{GuestOutput, HostState, new_store};
use crate::status::{ExportStatus, HubStatus, LibraryStatus};

/// How a hub behaves; every field has a sensible default.
#[derive(Clone, Copy, Debug)]
pub struct HubOptions {
    /// Hide the `[HOST]` lines. Forwarders are then linked without any logging code.
    pub quiet: bool,
    /// Where guests' stdout and stderr go.
    pub guest_output: GuestOutput,
    /// Forward everything through the dynamic path, even interfaces with generated
    /// forwarders (to compare the two).
    pub force_dynamic: bool,
    /// Most component-model handles alive at once in one store (wasmtime's DoS limit,
    /// 100,000 by default there). A provider holds two per live resource (its guest's and
    /// the hub's), so the hub raises it: 1,000,000 by default.
    pub max_handles_per_store: usize,
}

impl Default for HubOptions {
    fn default() -> Self {
        HubOptions {
            quiet: false,
            guest_output: GuestOutput::default(),
            force_dynamic: false,
            max_handles_per_store: 1_000_000,
        }
    }
}

/// A loaded library and its bound exports.
struct Library {
    cell: Arc<LibraryCell>,
    exports: Vec<BoundExport>,
}

/// The component hub.
///
/// Each library lives in its own store for as long as it stays loaded, so its state
/// persists between app runs; each app run gets a fresh store, dropped when it returns.
pub struct Hub {
    engine: Engine,
    log: HostLog,
    guest_output: GuestOutput,
    max_handles_per_store: usize,
    /// A linker with WASI only; every rebuild starts from a clone of it.
    wasi_linker: Linker<HostState>,
    /// WASI plus the forwarders of every loaded library. Rebuilt, never patched.
    linker: Linker<HostState>,
    libraries: Vec<Library>,
    registry: Arc<HandleRegistry>,
    types: ResourceTypes,
    next_library: u32,
    /// Dynamic calls into libraries purged since (the live ones count in their stores).
    purged_dynamic_calls: u64,
    /// Generated forwarder sets to bind matching interfaces with.
    generated: &'static [&'static dyn GeneratedInterface],
    force_dynamic: bool,
}

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
    /// A hub with nothing loaded and no generated forwarders: everything is forwarded
    /// through the dynamic path. See [`Hub::with_generated`].
    ///
    /// # Errors
    ///
    /// Fails if wasmtime cannot be configured for this host or WASI cannot be linked.
    pub fn new(options: HubOptions) -> Result<Hub, SetupError> {
        Hub::with_generated(options, &[])
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
        generated: &'static [&'static dyn GeneratedInterface],
    ) -> Result<Hub, SetupError> {
        let engine = crate::engine::new_engine().map_err(|e| SetupError::Engine(one_line(&e)))?;
        let mut wasi_linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut wasi_linker)
            .map_err(|e| SetupError::Wasi(one_line(&e)))?;
        Ok(Hub {
            linker: wasi_linker.clone(),
            wasi_linker,
            engine,
            log: HostLog {
                enabled: !options.quiet,
            },
            guest_output: options.guest_output,
            max_handles_per_store: options.max_handles_per_store,
            libraries: Vec::new(),
            registry: Arc::default(),
            types: ResourceTypes::default(),
            next_library: 0,
            purged_dynamic_calls: 0,
            generated,
            force_dynamic: options.force_dynamic,
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
        let path = path.as_ref();
        let component = component_file::compile(&self.engine, path)?;
        if let Some(import) = self.missing_import(&component) {
            return Err(LoadError::UnsatisfiedImport {
                path: path.to_owned(),
                import,
            });
        }
        let items = exported_items(&self.engine, &component);
        self.check_unique(path, &items)?;

        let mut store = new_store(&self.engine, self.guest_output, self.max_handles_per_store);
        let instance = self
            .linker
            .instantiate(&mut store, &component)
            .map_err(|e| LoadError::Instantiate {
                path: path.to_owned(),
                reason: one_line(&e),
            })?;
        let id = LibraryId(self.next_library + 1);
        let cell = Arc::new(LibraryCell::new(id, path, store));

        let library = match self.bind(&cell, instance, &items) {
            Ok(exports) => Library { cell, exports },
            Err((export, reason)) => {
                self.types.retain(|e| e.owner.id != id);
                return Err(LoadError::Forward {
                    path: path.to_owned(),
                    export,
                    reason,
                });
            }
        };
        let linker = match self.link(self.libraries.iter().chain([&library])) {
            Ok(linker) => linker,
            Err(err) => {
                self.types.retain(|e| e.owner.id != id);
                return Err(LoadError::Forward {
                    path: path.to_owned(),
                    export: "(linking)".into(),
                    reason: one_line(&err),
                });
            }
        };
        self.next_library += 1;
        self.linker = linker;
        self.log.line(|| {
            format!(
                "Loaded library {} as {id} in its own store",
                library.cell.name
            )
        });
        for export in &library.exports {
            self.log
                .line(|| describe_export(&library.cell.name, export));
        }
        self.libraries.push(library);
        Ok(id)
    }

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
        self.log.line(|| format!("Running {name} in a fresh store"));
        let App {
            mut store,
            instance,
        } = self.instantiate_component(path, &component)?;
        let trap = |e: wasmtime::Error| RunError::Trap {
            path: path.to_owned(),
            reason: one_line(&e),
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
        self.log.line(|| {
            format!(
                "{name} finished; its store is dropped ({} live resource handles in the hub)",
                self.registry.len()
            )
        });
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
        let mut store = new_store(&self.engine, self.guest_output, self.max_handles_per_store);
        let instance = self
            .linker
            .instantiate(&mut store, component)
            .map_err(|e| RunError::Instantiate {
                path: path.to_owned(),
                reason: one_line(&e),
            })?;
        Ok(App { store, instance })
    }

    /// What is loaded, how each export is forwarded, and how many handles are live.
    pub fn status(&self) -> HubStatus {
        HubStatus {
            libraries: self
                .libraries
                .iter()
                .map(|library| LibraryStatus {
                    id: library.cell.id,
                    path: library.cell.path.clone(),
                    trapped: library.cell.is_trapped(),
                    exports: library
                        .exports
                        .iter()
                        .map(|export| ExportStatus {
                            interface: export.interface.clone(),
                            path: export.path,
                            fallback_reason: export.fallback_reason.clone(),
                            functions: export.functions.len(),
                            resources: export.resources.iter().map(|r| r.name.clone()).collect(),
                        })
                        .collect(),
                })
                .collect(),
            live_handles: self.registry.len(),
        }
    }

    /// Unloads every library and forgets every handle: all library state is reset.
    /// Returns how many libraries were unloaded.
    pub fn purge(&mut self) -> usize {
        let count = self.libraries.len();
        self.purged_dynamic_calls = self.dynamic_calls();
        // Registry entries and the linker's closures hold the libraries' stores: drop
        // them first so the stores go with the libraries.
        self.registry.clear();
        self.linker = self.wasi_linker.clone();
        self.types.clear();
        self.libraries.clear();
        self.log
            .line(|| format!("Purged {count} libraries; their stores are dropped"));
        count
    }

    /// Number of live resource handles in the registry.
    pub fn live_handles(&self) -> usize {
        self.registry.len()
    }

    /// Number of resource handles registered since the hub was created.
    pub fn handles_registered(&self) -> u64 {
        self.registry.registered()
    }

    /// Number of calls forwarded through the dynamic path since the hub was created.
    pub fn dynamic_calls(&self) -> u64 {
        self.purged_dynamic_calls
            + self
                .libraries
                .iter()
                .map(|library| library.cell.dynamic_calls())
                .sum::<u64>()
    }

    /// The first import of `component` that neither WASI nor a loaded library provides.
    fn missing_import(&self, component: &Component) -> Option<String> {
        imported_names(&self.engine, component)
            .into_iter()
            .find(|name| !name.starts_with("wasi:") && self.provider_of(name).is_none())
    }

    /// The library that exports `name` (an interface, semver-compatible, or a top-level function).
    fn provider_of(&self, name: &str) -> Option<&LibraryCell> {
        let key = compatibility_key(name);
        self.libraries.iter().find_map(|library| {
            library
                .exports
                .iter()
                .any(|export| match &export.interface {
                    Some(interface) => compatibility_key(interface) == key,
                    None => export.functions.iter().any(|f| f == name),
                })
                .then_some(&*library.cell)
        })
    }

    fn check_unique(&self, path: &Path, items: &ExportedItems) -> Result<(), LoadError> {
        let names = items
            .interfaces
            .iter()
            .map(|i| &i.name)
            .chain(&items.functions);
        for name in names {
            if let Some(provider) = self.provider_of(name) {
                return Err(LoadError::DuplicateExport {
                    path: path.to_owned(),
                    export: name.clone(),
                    provider: provider.name.clone(),
                });
            }
        }
        Ok(())
    }

    /// The generated set for an interface name (semver-compatible), unless forced dynamic.
    fn generated_set(&self, name: &str) -> Option<&'static dyn GeneratedInterface> {
        if self.force_dynamic {
            return None;
        }
        let key = compatibility_key(name);
        self.generated
            .iter()
            .copied()
            .find(|set| compatibility_key(set.name()) == key)
    }

    /// Binds every export of a new library. On error, the export and why.
    fn bind(
        &mut self,
        cell: &Arc<LibraryCell>,
        instance: wasmtime::component::Instance,
        items: &ExportedItems,
    ) -> Result<Vec<BoundExport>, (String, String)> {
        let sets: Vec<_> = items
            .interfaces
            .iter()
            .map(|i| self.generated_set(&i.name))
            .collect();
        let mut store = cell
            .enter()
            .map_err(|e| ("(library)".to_owned(), one_line(&e)))?;
        let mut cx = BindContext {
            store: &mut store,
            instance,
            library: cell,
            registry: &self.registry,
            types: &mut self.types,
        };
        let mut exports = Vec::new();
        for (interface, set) in items.interfaces.iter().zip(sets) {
            let bound = match set {
                Some(set) => generated::bind_interface(&mut cx, interface, set)
                    .or_else(|reason| dynamic::bind_interface(&mut cx, interface, Some(reason))),
                None => dynamic::bind_interface(&mut cx, interface, None),
            };
            exports.push(bound.map_err(|why| (interface.name.clone(), why))?);
        }
        if !items.functions.is_empty() {
            let bound = dynamic::bind_top_level(&mut cx, &items.functions)
                .map_err(|why| ("(top-level functions)".to_owned(), why))?;
            exports.push(bound);
        }
        Ok(exports)
    }

    /// A linker with WASI and the forwarders of `libraries`.
    fn link<'a>(
        &self,
        libraries: impl Iterator<Item = &'a Library>,
    ) -> wasmtime::Result<Linker<HostState>> {
        let mut linker = self.wasi_linker.clone();
        for library in libraries {
            for export in &library.exports {
                let mut instance = match &export.interface {
                    Some(name) => linker.instance(name)?,
                    None => linker.root(),
                };
                for resource in &export.resources {
                    define_destructor(&mut instance, resource, &self.registry, self.log)?;
                }
                export.forwarders.define(&mut instance, self.log)?;
            }
        }
        Ok(linker)
    }
}

/// Defines the host type of `resource` with the destructor that chains back to its
/// provider: dropping the last host handle drops the provider's own resource.
fn define_destructor(
    linker: &mut LinkerInstance<'_, HostState>,
    resource: &Arc<ResourceTypeEntry>,
    registry: &Arc<HandleRegistry>,
    log: HostLog,
) -> wasmtime::Result<()> {
    let registry = Arc::clone(registry);
    linker.resource(&resource.name, resource.host_type, move |_caller, rep| {
        let Some(entry) = registry.remove(rep) else {
            wasmtime::bail!("resource handle {rep} dropped twice");
        };
        log.line(|| {
            format!(
                "Resource destructor called: {} handle {rep}, dropping it in {}",
                entry.ty.name, entry.ty.owner.name
            )
        });
        let mut store = entry.ty.owner.enter()?;
        entry.handle.resource_drop(&mut *store).map_err(|err| {
            entry
                .ty
                .owner
                .call_failed(&format!("[resource-drop]{}", entry.ty.name), err)
        })
    })
}

/// The `[HOST]` line describing how one export was linked.
fn describe_export(library: &str, export: &BoundExport) -> String {
    let name = export.interface.as_deref().unwrap_or("top-level functions");
    let mut line = format!(
        "Linked {name} from {library}: {} functions, {} resources, {} path",
        export.functions.len(),
        export.resources.len(),
        export.path
    );
    if let Some(reason) = &export.fallback_reason {
        line.push_str(&format!(" (generated forwarders not used: {reason})"));
    }
    line
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
