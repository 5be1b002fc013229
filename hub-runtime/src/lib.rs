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
//! time from the WIT under `wit/` ([`GeneratedForwarders`]), and the dynamic
//! (`Val`-based) path in this crate for everything else.
//!
//! The library never prints: what it links and forwards is reported as `tracing` events
//! (see [`HUB_TARGET`] and [`CALL_TARGET`]). Errors display their own message and keep
//! their cause as [`source`](std::error::Error::source); [`OneLine`] renders a chain.

#![deny(missing_docs)]

// The modules form layers; each imports only from its own layer and those below it.
//
// Vocabulary: ids, who holds a handle, names, what a component exports, budgets, limits,
// faults, errors and event targets.
mod error;
mod exports;
mod fault;
mod forwarding_path;
mod function_kind;
mod holder;
mod ids;
mod interface_name;
mod interrupt;
mod limits;
mod run_control;
mod trace;
mod val_type;
mod weight;
mod wire_value;
mod wit_syntax;
// Stores: the engine, compiled code, every store's state, guests' output and the host's
// WASI policy, a library's store behind its lock.
mod async_use;
mod bounded_wasi;
mod compile_cache;
mod component_file;
mod embedder_state;
mod engine;
mod guest_output;
mod http_policy;
mod library_cell;
mod state;
// Handles: host resource types, the registry, the host's shared resources.
mod host_call;
mod host_resources;
mod host_table;
mod host_uses;
mod registry;
mod rep;
mod resource_type;
// Forwarding: binding a library's exports, through either path.
mod bound_export;
mod define_forwarders;
mod dynamic;
mod export_resolver;
mod export_resource;
mod generated;
mod host_interface;
// Component-model async: the second engine, async libraries' event loops, their
// forwarders.
#[cfg(feature = "async")]
mod concurrent;
// The hub: libraries, links, linkers, runs, status.
mod hub;

pub use compile_cache::{CacheSource, CacheUsage, ContentDigest, DiskCacheError};
pub use error::{
    CallError, ComponentFileError, ExportError, ForwardError, GeneratedMismatch,
    HostInterfaceError, HostResourceError, InspectError, LinkError, LoadError, OneLine,
    ReloadError, RunError, SetupError, Site, UnloadError, UnsupportedType, WireProblem,
};
pub use fault::{FaultKind, LibraryFault};
pub use forwarding_path::ForwardingPath;
pub use generated::{
    EnteredCall, GeneratedForwarders, StopCheck, TypedCalls, WireCallError, WireFunction,
    WireInvoke,
};
pub use guest_output::{CapturedOutput, GuestOutput};
pub use host_call::HostCall;
pub use host_interface::{HostFunctionError, HostInterface, TypedHostFn};
pub use host_resources::HostResources;
pub use hub::{
    App, ExportStatus, HostCaller, Hub, HubOptions, HubStatus, ImportInspection, Inspection,
    LibraryStatus, LinkStatus, LoadOptions, RunOptions, ServedBy, Wire,
};
pub use ids::{LibraryId, LinkProvider};
pub use interrupt::InterruptHandle;
pub use run_control::Stopped;
pub use state::HostState;
pub use trace::{CALL_TARGET, HUB_TARGET};
/// The wasmtime the hub is built on: use its `Val`, `ResourceAny` and `bindgen!` from
/// here so they are the hub's own version.
pub use wasmtime;
pub use wire_value::{
    WireInput, WireValue, WireValueError, WireValueProblem, decode_wire, encode_wire, write_flags,
    write_length, write_signed, write_unsigned,
};

/// Its tokens in a build with the `async` feature, nothing in one without: generated
/// code wraps its forwarders for `async func` imports in it, so one expansion compiles
/// either way (the feature is this crate's, not the generated code's crate's).
#[cfg(feature = "async")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_async {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Its tokens in a build with the `async` feature, nothing in one without.
#[cfg(not(feature = "async"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_async {
    ($($tokens:tt)*) => {};
}

/// Its tokens in a build without the `async` feature, nothing in one with it: generated
/// code lists the interfaces passing streams or futures, whose types exist only in the
/// `async` build, in the lists of that build alone.
#[cfg(not(feature = "async"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sync {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Its tokens in a build without the `async` feature, nothing in one with it.
#[cfg(feature = "async")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sync {
    ($($tokens:tt)*) => {};
}

/// What code generated by `hub-macros` refers to. Not a stable API.
#[doc(hidden)]
pub mod __internal {
    pub use crate::__if_async as if_async;
    pub use crate::__if_sync as if_sync;
    #[cfg(feature = "async")]
    pub use crate::concurrent::{
        ConcurrentCaller, FutureInTransit, StreamInTransit, TypedCarrier, future_enters,
        future_items, future_leaves, plain_items, stream_enters, stream_items, stream_leaves,
    };
    pub use crate::define_forwarders::DefineForwarders;
    pub use crate::generated::WireFunction;
    pub use crate::generated::{
        CallerHolder, ForwardCaller, GeneratedInterface, GeneratedItem, GeneratedResource,
        GeneratedUse, InstanceFuncs, ItemCarrier, Provider, ProviderCall, TypedBinder, codec,
        item_carrier, wire_function,
    };
    pub use crate::hub::bench;
    pub use crate::resource_type::{HandleCodec, MarkerCodec};
    pub use crate::weight::{Weight, heap_weight};
    pub use crate::wire_value::write_unsigned;
    pub use crate::wire_value::{WireInput, WireValue, WireValueError, write_flags};
    pub use wasmtime;
    pub use wasmtime::component::types;
    #[cfg(feature = "async")]
    pub use wasmtime::component::{Accessor, FutureReader, StreamReader};
    pub use wasmtime::component::{
        ComponentType, Lift, LinkerInstance, Lower, Resource, ResourceAny, TypedFunc, flags,
    };
    pub use wasmtime::{AsContextMut, Result, StoreContextMut};
}
