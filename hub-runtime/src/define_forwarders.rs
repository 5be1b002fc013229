//! What each forwarding path gives the hub for one bound export: something that defines
//! its forwarders in any linker.

use wasmtime::component::LinkerInstance;

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

    /// Defines only `function`, as `as_name`, for an import that is an `async func`
    /// (the `async` feature): wasmtime serves those only with concurrent host
    /// functions. Generated forwarders and those of async libraries have their own; sync
    /// exports bound dynamically are served to async imports from the export's `Val`
    /// forwarders ([`BoundExport::callable`](crate::bound_export::BoundExport)).
    ///
    /// # Errors
    ///
    /// Fails when there is no such function, or the linker already has `as_name`.
    #[cfg(feature = "async")]
    fn define_async(
        &self,
        linker: &mut LinkerInstance<'_, HostState>,
        function: &str,
        as_name: &str,
        call_events: bool,
    ) -> wasmtime::Result<()> {
        let _ = (linker, as_name, call_events);
        wasmtime::bail!("`{function}` has no forwarder for an async import")
    }
}
