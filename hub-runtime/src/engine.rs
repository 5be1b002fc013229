//! The one wasmtime [`Engine`] a hub compiles and runs everything with.

use wasmtime::{Config, Engine};

/// Builds the engine every store of a hub shares.
///
/// # Errors
///
/// Fails only if wasmtime rejects the configuration for this host.
/// `guards` off leaves out epoch checks (only for measuring what they cost).
pub(crate) fn new_engine(guards: bool) -> wasmtime::Result<Engine> {
    let mut config = Config::new();
    // Component-model async is not used by the hub: every forwarder is a synchronous
    // host function. With concurrency support on (wasmtime's default), every boundary
    // crossing pays for task bookkeeping: measured on this project's machine, a host
    // import went from 52 ns to 123 ns and a typed forward from 152 ns to 494 ns.
    config.concurrency_support(false);
    config.wasm_component_model(true);
    // Plugins built with current toolchains use these WIT types.
    config.wasm_component_model_map(true);
    config.wasm_component_model_fixed_length_lists(true);
    // Every guest entry is bounded: each store checks its run's budget and interrupt at
    // every epoch tick (see `run_control`).
    config.epoch_interruption(guards);
    Engine::new(&config)
}
