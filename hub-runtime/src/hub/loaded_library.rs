//! A loaded library as the hub keeps it: its store (in the shared cell), its bound
//! exports, the links of its imports, and what it was loaded from and with.

use std::sync::Arc;

use wasmtime::component::Component;

use super::link::{Link, LinkTarget};
use super::options::LoadOptions;
use crate::bound_export::BoundExport;
use crate::compile_cache::{CacheSource, ContentDigest};
use crate::component_file::Origin;
use crate::error::OneLine;
use crate::exports::ExportedItems;
use crate::ids::LibraryId;
use crate::library_cell::LibraryCell;
use crate::trace::{Count, HUB_TARGET};

/// A loaded library.
pub(crate) struct LoadedLibrary {
    pub(crate) cell: Arc<LibraryCell>,
    /// Where it was loaded from, to read it again on reload.
    pub(crate) origin: Origin,
    pub(crate) exports: Vec<BoundExport>,
    /// How each of its imports is served.
    pub(crate) links: Vec<Link>,
    /// Kept to instantiate it again when a library it depends on is reloaded.
    pub(crate) component: Component,
    pub(crate) digest: ContentDigest,
    /// Where its compiled code came from.
    pub(crate) source: CacheSource,
    pub(crate) options: LoadOptions,
    /// What its component exports, with the types of its functions.
    pub(crate) items: ExportedItems,
}

impl LoadedLibrary {
    pub(crate) fn id(&self) -> LibraryId {
        self.cell.id
    }

    /// `#n file.wasm`, for messages.
    pub(crate) fn describe(&self) -> String {
        format!("{} {}", self.cell.id, self.cell.name)
    }

    /// Its bound export `name` (an interface).
    pub(crate) fn export(&self, name: &str) -> Option<&BoundExport> {
        self.exports
            .iter()
            .find(|e| e.interface.as_deref() == Some(name))
    }

    /// Its bound top-level functions.
    pub(crate) fn top_level(&self) -> Option<&BoundExport> {
        self.exports.iter().find(|e| e.interface.is_none())
    }

    /// Emits one event per export saying how it is forwarded, and one per import served
    /// by another library.
    pub(crate) fn trace_links(&self) {
        let library = &self.cell.name;
        for export in &self.exports {
            let name = export.interface.as_deref().unwrap_or("top-level functions");
            let (functions, resources, path) =
                (export.functions.len(), export.resources.len(), export.path);
            match &export.fallback {
                None => tracing::info!(
                    target: HUB_TARGET,
                    export = name,
                    %path,
                    "Linked {name} from {library}: {}, {}, {path} path",
                    Count(functions, "function"),
                    Count(resources, "resource")
                ),
                Some(mismatch) => tracing::info!(
                    target: HUB_TARGET,
                    export = name,
                    %path,
                    "Linked {name} from {library}: {}, {}, {path} path (generated forwarders not used: {})",
                    Count(functions, "function"),
                    Count(resources, "resource"),
                    OneLine(&**mismatch)
                ),
            }
        }
        for link in &self.links {
            if let LinkTarget::Interface {
                library: target,
                export,
                ..
            }
            | LinkTarget::Function {
                library: target,
                export,
            } = &link.target
            {
                let renamed = if *export == link.import {
                    String::new()
                } else {
                    format!(" (its {export})")
                };
                tracing::info!(
                    target: HUB_TARGET,
                    import = %link.import,
                    "{library} imports {} from {target}{renamed}",
                    link.import
                );
            }
        }
    }
}
