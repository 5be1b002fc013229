//! The data every store of the hub carries: WASI for the guest, nothing else.

use wasmtime::Engine;
use wasmtime::Store;
use wasmtime::component::ResourceTable;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// Per-store state: each library and each app run gets its own.
///
/// Guests see WASI p2 with stdout and stderr inherited from the host process, so their
/// lines interleave with the hub's own `[HOST]` lines.
pub struct HostState {
    wasi: WasiCtx,
    table: ResourceTable,
}

impl HostState {
    fn new() -> Self {
        let wasi = WasiCtx::builder().inherit_stdout().inherit_stderr().build();
        HostState {
            wasi,
            table: ResourceTable::new(),
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

/// A new store with fresh WASI state.
pub(crate) fn new_store(engine: &Engine) -> Store<HostState> {
    Store::new(engine, HostState::new())
}
