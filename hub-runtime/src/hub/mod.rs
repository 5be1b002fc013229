//! The hub's lifecycle: creating it, loading libraries into their own stores, and
//! releasing them. App runs, linking, binding and status live in the submodules.

mod app;
mod bind;
mod link;
mod options;
mod status;

use std::path::Path;
use std::sync::Arc;

use wasmtime::component::Linker;
use wasmtime::{Engine, Store};

pub use app::App;
pub use options::{GuestOutput, HubOptions};
pub use status::{ExportStatus, HubStatus, LibraryStatus};

use crate::component_file;
use crate::error::{LoadError, SetupError};
use crate::exports::exported_items;
use crate::forwarding::BoundExport;
use crate::generated::GeneratedForwarders;
use crate::library::{LibraryCell, LibraryId};
use crate::registry::HandleRegistry;
use crate::resource_type::ResourceTypes;
use crate::state::{HostState, new_store};
use crate::trace::HUB_TARGET;

/// A loaded library and its bound exports.
struct Library {
    cell: Arc<LibraryCell>,
    exports: Vec<BoundExport>,
}

/// The component hub.
///
/// Each library lives in its own store for as long as it stays loaded, so its state
/// persists between app runs; each app run gets a fresh store, dropped when it returns.
/// Dropping the hub releases every library and every handle.
pub struct Hub {
    engine: Engine,
    options: HubOptions,
    /// A linker with WASI only; every rebuild starts from a clone of it.
    wasi_linker: Linker<HostState>,
    /// WASI plus the forwarders of every loaded library. Rebuilt, never patched.
    linker: Linker<HostState>,
    libraries: Vec<Library>,
    registry: Arc<HandleRegistry>,
    types: ResourceTypes,
    next_library: u32,
    /// Generated forwarder sets to bind matching interfaces with.
    generated: &'static GeneratedForwarders,
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
        let engine = crate::engine::new_engine().map_err(SetupError::Engine)?;
        let mut wasi_linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut wasi_linker).map_err(SetupError::Wasi)?;
        Ok(Hub {
            linker: wasi_linker.clone(),
            wasi_linker,
            engine,
            options,
            libraries: Vec::new(),
            registry: Arc::default(),
            types: ResourceTypes::default(),
            next_library: 0,
            generated,
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

        let mut store = self.new_store();
        let instance = self
            .linker
            .instantiate(&mut store, &component)
            .map_err(|source| LoadError::Instantiate {
                path: path.to_owned(),
                source,
            })?;
        let id = LibraryId(self.next_library + 1);
        let cell = Arc::new(LibraryCell::new(id, path, store));

        let library = match self.bind(&cell, instance, &items) {
            Ok(exports) => Library { cell, exports },
            Err((export, source)) => {
                self.types.retain(|e| e.owner.id != id);
                return Err(LoadError::Forward {
                    path: path.to_owned(),
                    export,
                    source,
                });
            }
        };
        let linker = match self.link(self.libraries.iter().chain([&library])) {
            Ok(linker) => linker,
            Err(source) => {
                self.types.retain(|e| e.owner.id != id);
                return Err(LoadError::Forward {
                    path: path.to_owned(),
                    export: "(linking)".into(),
                    source,
                });
            }
        };
        self.next_library += 1;
        self.linker = linker;
        tracing::info!(
            target: HUB_TARGET,
            library = %library.cell.name,
            %id,
            "Loaded library {} as {id} in its own store",
            library.cell.name
        );
        for export in &library.exports {
            link::trace_linked(&library.cell.name, export);
        }
        self.libraries.push(library);
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
            "Purged {count} libraries; their stores are dropped"
        );
        count
    }

    /// Number of live resource handles in the registry.
    pub fn live_handles(&self) -> usize {
        self.registry.len()
    }

    /// A fresh store for a library or an app run, with this hub's options.
    fn new_store(&self) -> Store<HostState> {
        new_store(
            &self.engine,
            self.options.guest_output,
            self.options.max_handles_per_store,
        )
    }

    /// Drops every library, handle and forwarder.
    fn release_all(&mut self) {
        // Registry entries and the linker's closures hold the libraries' stores, and
        // those stores hold closures that hold the registry: break the cycle first so the
        // stores go with the libraries.
        self.registry.clear();
        self.linker = self.wasi_linker.clone();
        self.types.clear();
        self.libraries.clear();
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        self.release_all();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Weak;

    use super::*;

    fn quiet() -> HubOptions {
        HubOptions::default()
            .call_events(false)
            .guest_output(GuestOutput::Discard)
    }

    #[test]
    fn dropping_the_hub_releases_every_library_store() {
        let mut hub = Hub::new(quiet()).expect("hub");
        hub.load(component_hub::guest("provider_logging"))
            .expect("loads");
        hub.load(component_hub::guest("provider_calculator"))
            .expect("loads");
        // A live `calc` in the registry: its entry holds the calculator's store, whose
        // logging forwarders hold the registry. Nothing but the hub can break that cycle.
        let calc = hub
            .types
            .by_name("calc")
            .map(Arc::clone)
            .expect("the calculator defines `calc`");
        let handle = {
            let mut store = calc.owner.lock();
            wasmtime::component::Resource::<u32>::new_own(7)
                .try_into_resource_any(&mut *store)
                .expect("a handle in the calculator's store")
        };
        hub.registry.insert(&calc, handle).expect("registered");
        drop(calc);
        let libraries: Vec<Weak<LibraryCell>> = hub
            .libraries
            .iter()
            .map(|l| Arc::downgrade(&l.cell))
            .collect();
        let registry = Arc::downgrade(&hub.registry);
        drop(hub);
        assert!(
            libraries.iter().all(|l| l.upgrade().is_none()),
            "a library store outlived the hub"
        );
        assert!(
            registry.upgrade().is_none(),
            "the registry outlived the hub"
        );
    }
}
