//! What one store may allocate: linear memory in total, table elements, instances,
//! tables and memories, and how much data the host lifts out of it in one call.

use wasmtime::ResourceLimiter;

/// The limits every store of a hub gets.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StoreLimitsConfig {
    /// Linear memory, in bytes, summed over every memory of the store.
    pub(crate) max_memory: usize,
    /// Elements of any one table.
    pub(crate) max_table_elements: usize,
    /// Core and component instances, tables and memories, each.
    pub(crate) max_instances: usize,
    /// Bytes the host may lift out of the store in one call (wasmtime's hostcall fuel);
    /// it bounds the hub's own memory for values crossing it.
    pub(crate) hostcall_fuel: usize,
}

impl Default for StoreLimitsConfig {
    fn default() -> Self {
        StoreLimitsConfig {
            max_memory: 1 << 30,
            max_table_elements: 1_000_000,
            max_instances: 10_000,
            hostcall_fuel: 256 << 20,
        }
    }
}

/// A store's [`ResourceLimiter`]: wasmtime's `StoreLimits` counts per memory, but a
/// component has several memories, so this one keeps the store's total, and records a
/// refused growth so the error it leads to (a Rust guest aborts on a failed allocation)
/// can say why.
#[derive(Debug)]
pub(crate) struct MemoryLimiter {
    config: StoreLimitsConfig,
    total: usize,
    /// The size a refused `memory.grow` asked for, if one was refused.
    pub(crate) refused: Option<usize>,
}

impl MemoryLimiter {
    pub(crate) fn new(config: StoreLimitsConfig) -> Self {
        MemoryLimiter {
            config,
            total: 0,
            refused: None,
        }
    }

    /// The limit, in bytes.
    pub(crate) fn max_memory(&self) -> usize {
        self.config.max_memory
    }
}

impl ResourceLimiter for MemoryLimiter {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let total = self.total - current.min(self.total) + desired;
        if total > self.config.max_memory {
            self.refused = Some(total);
            return Ok(false);
        }
        self.total = total;
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= self.config.max_table_elements)
    }

    fn instances(&self) -> usize {
        self.config.max_instances
    }

    fn tables(&self) -> usize {
        self.config.max_instances
    }

    fn memories(&self) -> usize {
        self.config.max_instances
    }
}

/// `1 GiB`, `512 MiB`, `64 KiB`: a size as a person writes it.
pub(crate) struct DisplaySize(pub(crate) usize);

impl std::fmt::Display for DisplaySize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const UNITS: [&str; 4] = ["GiB", "MiB", "KiB", "bytes"];
        for (i, unit) in UNITS.iter().enumerate() {
            let scale = 1usize << (10 * (3 - i));
            if self.0 >= scale && self.0.is_multiple_of(scale) || i == 3 {
                return write!(f, "{} {unit}", self.0 / scale);
            }
        }
        Ok(())
    }
}
