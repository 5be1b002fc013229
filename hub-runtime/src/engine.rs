//! The wasmtime [`Engine`] a hub compiles and runs everything with (and, built with the
//! `async` feature, its second engine for components that use component-model async).

use wasmtime::{Config, Enabled, Engine, InstanceAllocationStrategy, PoolingAllocationConfig};

use crate::limits::StoreLimitsConfig;

/// Most stores' worth of instances, memories and tables alive at once in one hub
/// (libraries plus runs in progress plus instantiated apps). The pooling allocator
/// reserves address space for all of them when the hub starts: each memory slot is
/// wasmtime's 4 GiB reservation plus guard pages, so 500 memories are about 2 TiB of
/// the 128 TiB a 64-bit process can map, leaving room for many hubs in one process.
const POOLED_MEMORIES: u32 = 500;

/// Bytes of a freed memory slot kept mapped, its dirty pages zeroed in place, so the
/// next store in that slot takes no page faults there. The `PAGEMAP_SCAN` ioctl (Linux
/// 6.7 and later) finds the dirty pages; elsewhere the first
/// `min(this, memory size)` bytes are zeroed with `memset`.
const MEMORY_KEEP_RESIDENT: usize = 4 << 20;

/// The same for tables (function references).
const TABLE_KEEP_RESIDENT: usize = 64 << 10;

/// Builds the engine every store of a hub shares.
///
/// # Errors
///
/// Fails only if wasmtime rejects the configuration for this host.
/// `guards` off leaves out epoch checks (only for measuring what they cost); `limits`
/// are what the stores will allow, which the pools' slots must hold.
pub(crate) fn new_engine(guards: bool, limits: &StoreLimitsConfig) -> wasmtime::Result<Engine> {
    let mut config = base_config(guards);
    // Component-model async is not used by this engine: every forwarder is a synchronous
    // host function. With concurrency support on (wasmtime's default), every boundary
    // crossing pays for task bookkeeping: measured on this project's machine, a host
    // import went from 52 ns to 123 ns and a typed forward from 152 ns to 494 ns.
    // wasmtime's `component-model-async` cargo feature is left out of the default build
    // altogether: compiled in, its bookkeeping runs on every host call even with support
    // off (measured: a generated forward +10% instructions and +20% time), so async
    // components are refused by name at load (`async_use`) unless the hub is built with
    // its `async` feature, which adds the second engine below.
    config.concurrency_support(false);
    with_pools(config, limits, POOLED_MEMORIES, "the instance pools")
}

/// Builds the hub's second engine (the `async` feature), for the components that use
/// component-model async: concurrency support on, so their stores run event loops. A
/// component compiled by one engine cannot be instantiated by the other, so each
/// component belongs to one of them; they meet only through host functions.
///
/// # Errors
///
/// As [`new_engine`].
#[cfg(feature = "async")]
pub(crate) fn new_concurrent_engine(
    guards: bool,
    limits: &StoreLimitsConfig,
) -> wasmtime::Result<Engine> {
    let mut config = base_config(guards);
    config.concurrency_support(true);
    config.wasm_component_model_async(true);
    // Fewer slots: async plugins are the few, and each pool reserves its address space.
    with_pools(
        config,
        limits,
        POOLED_MEMORIES / 5,
        "the async engine's instance pools",
    )
}

/// What both engines share: the component model with the WIT types current toolchains
/// use, and epoch interruption when `guards` is on.
fn base_config(guards: bool) -> Config {
    let mut config = Config::new();
    config.wasm_component_model(true);
    // Plugins built with current toolchains use these WIT types.
    config.wasm_component_model_map(true);
    config.wasm_component_model_fixed_length_lists(true);
    // Every guest entry is bounded: each store checks its run's budget and interrupt at
    // every epoch tick (see `run_control`).
    config.epoch_interruption(guards);
    config
}

/// The engine of `config` with instances from pools of `memories` slots, or without
/// pools where the process cannot reserve them (`pools` names them in the warning).
fn with_pools(
    mut config: Config,
    limits: &StoreLimitsConfig,
    memories: u32,
    pools: &str,
) -> wasmtime::Result<Engine> {
    config.allocation_strategy(InstanceAllocationStrategy::Pooling(pooling(
        limits, memories,
    )));
    match Engine::new(&config) {
        Ok(engine) => Ok(engine),
        // The pools' address space is reserved up front; where a process may not map
        // that much (`ulimit -v`, valgrind), every store maps its own memory instead.
        Err(err) => {
            tracing::warn!(
                target: crate::trace::HUB_TARGET,
                "Cannot reserve {pools} ({}); each store maps its own memory",
                crate::error::OneLine(&*err)
            );
            config.allocation_strategy(InstanceAllocationStrategy::OnDemand);
            Engine::new(&config)
        }
    }
}

/// Instances, memories and tables come from pools: a store reuses the slots of a store
/// dropped before it instead of mapping fresh memory and unmapping it afterwards, and
/// the dirty pages kept resident spare the next run its page faults. Measured on
/// `app_consumer` (hub-bench `runs`): a repeat run went from 113 µs to 71 µs, and the
/// instantiation alone from 18.7 µs to 8.4 µs.
///
/// Per-component limits are wide enough for componentize-py and componentize-js plugins
/// (the hub's own [`crate::limits`] bound what a guest may grow to); a component beyond
/// them fails to load with wasmtime's error naming the limit.
fn pooling(limits: &StoreLimitsConfig, memories: u32) -> PoolingAllocationConfig {
    let mut pool = PoolingAllocationConfig::new();
    pool.total_component_instances(memories)
        .total_memories(memories)
        .total_tables(4 * memories)
        .total_core_instances(20 * memories)
        .max_tables_per_module(8)
        .max_memories_per_module(4)
        .table_elements(limits.max_table_elements)
        .linear_memory_keep_resident(MEMORY_KEEP_RESIDENT)
        .table_keep_resident(TABLE_KEEP_RESIDENT)
        .pagemap_scan(Enabled::Auto);
    pool
}
