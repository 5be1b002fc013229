//! What both forwarding paths produce: an export of a library bound to it, ready to be
//! defined in any linker and called by the host.

use std::sync::Arc;

use crate::define_forwarders::DefineForwarders;
use crate::dynamic::{DynamicBinding, DynamicFunction};
use crate::error::GeneratedMismatch;
use crate::export_resource::ExportResource;
use crate::forwarding_path::ForwardingPath;

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
    /// components), in the order of `functions`; empty for an async library's.
    pub(crate) callable: Vec<Arc<DynamicFunction>>,
    /// An async library's functions, as the host calls them through its event loop (the
    /// `async` feature).
    #[cfg(feature = "async")]
    pub(crate) event_loop: Vec<Arc<crate::concurrent::LoopFunction>>,
}

impl BoundExport {
    /// An export bound through the dynamic path: `interface` (`None` for top-level
    /// functions), with why a generated set was not used, if one matched by name.
    pub(crate) fn dynamic(
        interface: Option<String>,
        fallback: Option<GeneratedMismatch>,
        binding: DynamicBinding,
    ) -> Self {
        let forwarders = binding.forwarders();
        BoundExport {
            interface,
            path: ForwardingPath::Dynamic,
            fallback: fallback.map(Arc::new),
            functions: binding.functions.iter().map(|f| f.name.clone()).collect(),
            resources: binding.resources,
            forwarders,
            callable: binding.functions,
            #[cfg(feature = "async")]
            event_loop: Vec::new(),
        }
    }
}
