//! Loading an async library (the `async` feature): instantiated in a store of the
//! concurrent engine, its exports bound to the event loop that then owns the store.

use std::path::Path;
use std::sync::Arc;

use wasmtime::component::InstancePre;

use super::{Hub, LoadOptions};
use crate::bound_export::BoundExport;
use crate::concurrent::{bind_loop_exports, block_on};
use crate::error::LoadError;
use crate::export_resolver::ExportResolver;
use crate::exports::ExportedItems;
use crate::holder::Holder;
use crate::ids::LibraryId;
use crate::library_cell::LibraryCell;
use crate::resource_type::ResourceTypes;
use crate::run_control::RunControl;
use crate::state::{HostState, new_store};

impl Hub {
    /// Instantiates the async library at `path` from `pre` (its start functions bounded by
    /// `control`), binds its exports (recording the resources it defines in `types`) and
    /// starts its event loop. Nothing of the hub changes on error.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn instantiate_in_event_loop(
        &self,
        types: &mut ResourceTypes,
        id: LibraryId,
        path: &Path,
        pre: &InstancePre<HostState>,
        options: &LoadOptions,
        items: &ExportedItems,
        control: &Arc<RunControl>,
    ) -> Result<(Arc<LibraryCell>, Vec<BoundExport>), LoadError> {
        let instances = options.instance_count();
        if instances > 1 {
            return Err(LoadError::AsyncInstances {
                path: path.to_owned(),
                instances,
            });
        }
        let mut store = new_store(
            &self.concurrent.engine,
            &self.settings,
            Holder::Library(id),
            Some(Arc::clone(control)),
        );
        let instantiated = block_on(control.race(None, pre.instantiate_async(&mut store)));
        let instance = instantiated
            .and_then(|instance| instance)
            .map_err(|source| LoadError::instantiating(path, source))?;
        store.data_mut().run = None;
        let cell = Arc::new(LibraryCell::for_event_loop(id, path, options.timeout));
        let mut cx = ExportResolver {
            store: &mut store,
            instance,
            others: Vec::new(),
            library: &cell,
            registry: &self.registry,
            types,
        };
        let generated = items
            .interfaces
            .iter()
            .map(|i| self.generated_for(&i.name))
            .collect();
        // Forcing the dynamic path leaves the generated types out too.
        let item_types = if self.options.force_dynamic {
            Vec::new()
        } else {
            self.generated.items()
        };
        let bound = bind_loop_exports(&mut cx, items, generated, &item_types)
            .map_err(|(export, source)| LoadError::Forward {
                path: path.to_owned(),
                export,
                source,
            })
            .and_then(|exports| {
                cell.start_event_loop(store, self.options.timeout, self.interrupts.clone())
                    .map_err(|source| LoadError::EventLoop {
                        path: path.to_owned(),
                        source,
                    })
                    .map(|()| exports)
            });
        match bound {
            Ok(exports) => Ok((cell, exports)),
            Err(err) => {
                types.retain(|e| e.owner.id != id);
                Err(err)
            }
        }
    }
}
