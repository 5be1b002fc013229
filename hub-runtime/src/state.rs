//! The data every store of the hub carries: WASI for the guest, nothing else.

use wasmtime::Engine;
use wasmtime::Store;
use wasmtime::component::ResourceTable;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// Where guests' stdout and stderr go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GuestOutput {
    /// Inherited from the host process, so guest lines interleave with `[HOST]` lines.
    #[default]
    Inherit,
    /// Discarded (for tests and benchmarks that only look at results).
    Discard,
}

/// Per-store state: each library and each app run gets its own, with WASI p2.
pub struct HostState {
    wasi: WasiCtx,
    table: ResourceTable,
    /// Calls into this store through the dynamic path (see `Hub::dynamic_calls`). Kept
    /// here rather than in a shared atomic: the forwarder holds the store's lock anyway.
    pub(crate) dynamic_calls: u64,
}

impl HostState {
    fn new(output: GuestOutput) -> Self {
        let mut builder = WasiCtx::builder();
        if output == GuestOutput::Inherit {
            builder.inherit_stdout().inherit_stderr();
        }
        let wasi = builder.build();
        HostState {
            wasi,
            table: ResourceTable::new(),
            dynamic_calls: 0,
        }
    }
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

/// A new store with fresh WASI state, allowing `max_handles` live handles.
pub(crate) fn new_store(
    engine: &Engine,
    output: GuestOutput,
    max_handles: usize,
) -> Store<HostState> {
    let mut store = Store::new(engine, HostState::new(output));
    store.set_max_component_handles(max_handles);
    store
}
