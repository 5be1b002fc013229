//! component-hub's runtime: links WebAssembly components to each other at runtime.
//!
//! Load library components one by one with [`Hub::load`]; each may import interfaces that
//! earlier libraries export. Then [`Hub::run`] apps against everything loaded. Every
//! library lives in its own wasmtime store for as long as it is loaded (its state persists
//! between runs, and a trap in it touches no other library); every app run gets a fresh
//! store.
//!
//! Resources cross the hub as host handles. Each resource type a library defines gets its
//! own host type, and every live instance a slot in a global handle registry that maps
//! the handle's `rep` back to the provider's own `ResourceAny`. Dropping the last host
//! handle drops the provider's resource, so destructors chain from store to store.
//!
//! Two forwarding paths plug into the same linker: typed forwarders generated at build
//! time from the WIT under `wit/`, and the dynamic (`Val`-based) path in this crate for
//! everything else.

mod bind;
mod component_file;
mod dynamic;
mod engine;
mod error;
mod exports;
mod forwarding;
mod function_kind;
mod host_log;
mod hub;
mod interface_name;
mod library;
mod registry;
mod resource_type;
mod state;
mod status;

pub use error::{ComponentFileError, LoadError, RunError, SetupError};
pub use forwarding::{DefineForwarders, ForwardingPath};
pub use function_kind::FunctionKind;
pub use host_log::HostLog;
pub use hub::{Hub, HubOptions};
pub use library::LibraryId;
pub use resource_type::{HandleCodec, MarkerCodec};
pub use state::{GuestOutput, HostState};
pub use status::{ExportStatus, HubStatus, LibraryStatus};
