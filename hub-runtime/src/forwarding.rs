//! What both forwarding paths produce: an exported interface bound to its provider,
//! ready to be defined in any linker.

use std::fmt;
use std::sync::Arc;

use wasmtime::component::LinkerInstance;

use crate::error::GeneratedMismatch;
use crate::resource_type::ResourceTypeEntry;
use crate::state::HostState;

/// Which path forwards an interface's calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForwardingPath {
    /// Typed forwarders generated from the WIT under `wit/` at build time.
    Generated,
    /// `Val`-based forwarders planned from the component's types at load time.
    Dynamic,
}

impl fmt::Display for ForwardingPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ForwardingPath::Generated => "generated",
            ForwardingPath::Dynamic => "dynamic",
        })
    }
}

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
    /// The resources this export defines (its ownership table); resources it only uses
    /// belong to the library that defines them.
    pub(crate) resources: Vec<Arc<ResourceTypeEntry>>,
    pub(crate) forwarders: Box<dyn DefineForwarders>,
}
