//! component-hub: runtime linking of WebAssembly components.
//!
//! This crate is the hub as its users see it: the runtime from [`hub_runtime`], the typed
//! forwarders generated from every WIT interface under `wit/` ([`generated`]). Create
//! hubs with [`new_hub`] so the generated forwarders are used. See the README for the
//! architecture.

#![deny(missing_docs)]

pub use hub_runtime::*;

/// Typed forwarders for every interface under `wit/`, regenerated on every change there.
pub mod generated {
    hub_macros::generate_forwarders!("wit");
}

/// A hub that forwards the interfaces known at build time through [`generated`]
/// forwarders and everything else through the dynamic path.
///
/// # Errors
///
/// Fails if wasmtime cannot be configured for this host or WASI cannot be linked.
pub fn new_hub(options: HubOptions) -> Result<Hub, SetupError> {
    Hub::with_generated(options, &generated::FORWARDERS)
}
