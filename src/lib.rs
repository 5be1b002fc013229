//! component-hub: runtime linking of WebAssembly components.
//!
//! This crate is the hub as its users see it: the runtime from [`hub_runtime`] plus the
//! guest components its build produced. See the README for the architecture.

use std::path::PathBuf;

pub use hub_runtime::*;

/// The folder where the build put the guest components (`<name>.wasm`).
pub const GUESTS_DIR: &str = env!("HUB_GUESTS_DIR");

/// Path of the guest component `name` (for example `provider_logging`) built with the hub.
pub fn guest(name: &str) -> PathBuf {
    PathBuf::from(GUESTS_DIR).join(format!("{name}.wasm"))
}
