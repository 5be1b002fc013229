//! How a hub behaves: [`HubOptions`], built from its defaults with chained setters so it
//! can grow without breaking embedders.

/// Where guests' stdout and stderr go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum GuestOutput {
    /// Inherited from the host process, so guest lines interleave with the hub's own.
    #[default]
    Inherit,
    /// Discarded (for tests and benchmarks that only look at results).
    Discard,
}

/// How a hub behaves. Start from [`HubOptions::default`] and change what you need:
///
/// ```
/// use hub_runtime::{GuestOutput, HubOptions};
/// let options = HubOptions::default()
///     .call_events(false)
///     .guest_output(GuestOutput::Discard);
/// # let _ = options;
/// ```
#[derive(Clone, Debug)]
pub struct HubOptions {
    pub(crate) call_events: bool,
    pub(crate) guest_output: GuestOutput,
    pub(crate) force_dynamic: bool,
    pub(crate) max_handles_per_store: usize,
}

impl Default for HubOptions {
    fn default() -> Self {
        HubOptions {
            call_events: true,
            guest_output: GuestOutput::default(),
            force_dynamic: false,
            max_handles_per_store: 1_000_000,
        }
    }
}

impl HubOptions {
    /// Whether every forwarded call emits a `tracing` event (target `component_hub::call`).
    /// On by default; off, forwarders are linked without any event code at all, so a hub
    /// that does not show calls does not pay for them.
    #[must_use]
    pub fn call_events(mut self, on: bool) -> Self {
        self.call_events = on;
        self
    }

    /// Where guests' stdout and stderr go ([`GuestOutput::Inherit`] by default).
    #[must_use]
    pub fn guest_output(mut self, output: GuestOutput) -> Self {
        self.guest_output = output;
        self
    }

    /// Forward everything through the dynamic path, even interfaces with generated
    /// forwarders (to compare the two). Off by default.
    #[must_use]
    pub fn force_dynamic(mut self, on: bool) -> Self {
        self.force_dynamic = on;
        self
    }

    /// Most component-model handles alive at once in one store (wasmtime's DoS limit,
    /// 100,000 by default there). A provider holds two per live resource (its guest's and
    /// the hub's), so the hub raises it: 1,000,000 by default.
    #[must_use]
    pub fn max_handles_per_store(mut self, max: usize) -> Self {
        self.max_handles_per_store = max;
        self
    }
}
