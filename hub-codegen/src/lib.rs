//! The generator behind component-hub's forwarders: WIT in, Rust tokens out.
//!
//! [`WitSet::load`] parses every package under a folder; [`generate`] writes, for every
//! interface, Rust types for its records, variants, enums and flags, a marker type per
//! resource, its ownership table (what it defines, what it uses) and one typed forwarder
//! per function, registered with `func_wrap` and calling the provider through a
//! `TypedFunc` resolved once at load, plus its twin for an `async func` import
//! (`func_wrap_concurrent`, compiled only in hub-runtime's `async` build; a function
//! passing streams or futures crosses their ends between the stores too, and its
//! interface exists only in that build), and the typed
//! ends of a wire for its plain functions (the value encoding of its plain types and a
//! `WireFunction` each, which hub-wrpc uses). [`skipped_interfaces`] says which interfaces get no
//! forwarders and why. `hub-macros` is a thin proc macro over this crate; keeping the
//! generator a plain library lets it be unit- and snapshot-tested.

#![deny(missing_docs)]

mod containers;
mod conversion;
mod crossing;
mod error;
mod forwarder;
mod generate;
mod handles;
mod interface;
mod items;
mod load;
mod names;
#[cfg(test)]
mod testing;
mod typedef;
mod types;
mod wire;

pub use error::{GenerateError, OneLine, Unsupported};
pub use generate::{SkippedInterface, generate, skipped_interfaces};
pub use load::{WitError, WitSet};
