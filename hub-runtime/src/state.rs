//! The data every store of the hub carries: WASI for the guest, nothing else.

use wasmtime::Engine;
use wasmtime::Store;
use wasmtime::component::ResourceTable;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

use crate::hub::GuestOutput;

/// Per-store state: each library and each app run gets its own, with WASI p2.
pub struct HostState {
    wasi: WasiCtx,
    table: ResourceTable,
}

impl HostState {
    fn new(output: GuestOutput) -> Self {
        let mut builder = WasiCtx::builder();
        match output {
            GuestOutput::Inherit => {
                builder.inherit_stdout().inherit_stderr();
            }
            GuestOutput::Discard => {}
        }
        HostState {
            wasi: builder.build(),
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
