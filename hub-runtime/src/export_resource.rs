//! A library's resource as one of its exports names it: an entry of the export's
//! ownership table.

use std::sync::Arc;

use crate::resource_type::ResourceTypeEntry;

/// A resource of the library, as one export names it.
pub(crate) struct ExportResource {
    /// Its name in the export (`y` for `use e1.{x as y}`).
    pub(crate) name: String,
    pub(crate) entry: Arc<ResourceTypeEntry>,
    /// This export is where the resource was first named (an alias otherwise).
    pub(crate) defines: bool,
}
