//! What the hub's tests, benchmarks and demo share: the guest components the build
//! makes ([`guest`]), options for a hub that prints nothing and keeps its compiled code in
//! the build's folder ([`quiet_options!`]), and a recorder of the hub's `tracing` events
//! that is safe when tests run in parallel ([`events`]), and a `nats-server` for the
//! tests that cross NATS ([`nats`]).
//!
//! It depends on neither `hub-runtime` nor `component-hub`, so hub-runtime's own unit
//! tests can use it; [`quiet_options!`] is a macro for that reason: it names the runtime
//! crate it is given.

#![deny(missing_docs)]

pub mod events;
pub mod nats;

use std::path::{Path, PathBuf};

/// The folder where the build put the guest components (`<name>.wasm`).
pub const GUESTS_DIR: &str = env!("HUB_GUESTS_DIR");

/// Path of the guest component `name` (for example `provider_logging`) built with the hub.
pub fn guest(name: &str) -> PathBuf {
    Path::new(GUESTS_DIR).join(format!("{name}.wasm"))
}

/// Where tests cache compiled components: a folder in the build's target folder, shared
/// by every test, never the user's cache.
pub fn compile_cache_dir() -> PathBuf {
    PathBuf::from(env!("HUB_TEST_COMPILE_CACHE"))
}

/// `HubOptions` for tests: no call events, guest output discarded, compiled components
/// cached in [`compile_cache_dir`]. Give it the path of the runtime crate in use:
/// `quiet_options!(component_hub)`, or `quiet_options!(crate)` inside hub-runtime.
#[macro_export]
macro_rules! quiet_options {
    ($($runtime:ident)::+) => {
        $($runtime)::+::HubOptions::default()
            .call_events(false)
            .guest_output($($runtime)::+::GuestOutput::Discard)
            .cache_dir($crate::compile_cache_dir())
    };
}
