//! A plain wasmtime setup, without the hub, for the floors: the same engine settings as
//! the hub's, WASI p2 with output discarded, and a resource table for host resources.

use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// Store data of the floors.
pub struct PlainState {
    wasi: WasiCtx,
    /// Host resources the floors hand to guests.
    pub table: ResourceTable,
}

impl WasiView for PlainState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

/// An engine configured like the hub's (component-model async off).
///
/// # Errors
///
/// Fails if wasmtime rejects the configuration.
pub fn engine() -> wasmtime::Result<Engine> {
    let mut config = Config::new();
    config.concurrency_support(false);
    Engine::new(&config)
}

/// A store with fresh WASI state.
pub fn store(engine: &Engine) -> Store<PlainState> {
    Store::new(
        engine,
        PlainState {
            wasi: WasiCtx::builder().build(),
            table: ResourceTable::new(),
        },
    )
}

/// A linker with WASI p2.
///
/// # Errors
///
/// Fails if WASI cannot be linked.
pub fn wasi_linker(engine: &Engine) -> wasmtime::Result<Linker<PlainState>> {
    let mut linker = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
    Ok(linker)
}

/// Compiles a component file.
///
/// # Errors
///
/// Fails when the file cannot be read or is not a valid component.
pub fn compile(engine: &Engine, path: &std::path::Path) -> wasmtime::Result<Component> {
    Component::from_file(engine, path)
}
