//! What both forwarding paths produce: an export of a library bound to it, ready to be
//! defined in any linker.

use std::sync::Arc;

use wasmtime::component::LinkerInstance;

use crate::dynamic::DynamicFunction;
use crate::error::GeneratedMismatch;
use crate::forwarding_path::ForwardingPath;
use crate::resource_type::ResourceTypeEntry;
use crate::state::HostState;

/// Defines one interface's forwarders in a linker. Definitions are store-independent
/// closures, so the hub can rebuild its linker from these whenever its libraries change.
pub trait DefineForwarders: Send + Sync {
    /// Defines every function of the interface in `linker`, with a call event compiled in
    /// only when `call_events` is on.
    ///
    /// # Errors
    ///
    /// Fails when the linker already has a definition of the same name.
    fn define(
        &self,
        linker: &mut LinkerInstance<'_, HostState>,
        call_events: bool,
    ) -> wasmtime::Result<()>;

    /// Defines only `function`, under the name `as_name` (a top-level function wired to
    /// an import of another name).
    ///
    /// # Errors
    ///
    /// Fails when there is no such function, or the linker already has `as_name`.
    fn define_renamed(
        &self,
        linker: &mut LinkerInstance<'_, HostState>,
        function: &str,
        as_name: &str,
        call_events: bool,
    ) -> wasmtime::Result<()> {
        let _ = (linker, as_name, call_events);
        wasmtime::bail!("`{function}` cannot be defined under another name")
    }
}

/// One export of a library (an interface, or its top-level functions), bound to it.
pub(crate) struct BoundExport {
    /// The full interface name (`demo:logging/logging@0.1.0`), or `None` for the
    /// library's top-level functions.
    pub(crate) interface: Option<String>,
    pub(crate) path: ForwardingPath,
    /// Why a generated set was not used, when one matched by name.
    pub(crate) fallback: Option<Arc<GeneratedMismatch>>,
    pub(crate) functions: Vec<String>,
    /// The resources of the library this export names, under the export's names (its
    /// ownership table); resources it only uses belong to the library that defines them.
    pub(crate) resources: Vec<ExportResource>,
    pub(crate) forwarders: Box<dyn DefineForwarders>,
    /// Each function as the host calls it (through `Val`s, whichever path forwards it to
    /// components), in the order of `functions`.
    pub(crate) callable: Vec<Arc<DynamicFunction>>,
}

/// A resource of the library, as one export names it.
pub(crate) struct ExportResource {
    /// Its name in the export (`y` for `use e1.{x as y}`).
    pub(crate) name: String,
    pub(crate) entry: Arc<ResourceTypeEntry>,
    /// This export is where the resource was first named (an alias otherwise).
    pub(crate) defines: bool,
}
