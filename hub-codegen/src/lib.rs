//! The generator behind component-hub's forwarders: WIT in, Rust tokens out.
//!
//! [`WitSet::load`] parses every package under a folder; [`generate`] writes, for every
//! interface, Rust types for its records, variants, enums and flags, a marker type per
//! resource, its ownership table (what it defines, what it uses) and one typed forwarder
//! per function, registered with `func_wrap` and calling the provider through a
//! `TypedFunc` resolved once at load. `hub-macros` is a thin proc macro over this crate;
//! keeping the generator a plain library lets it be unit- and snapshot-tested.

mod crossing;
mod generate;
mod interface;
mod load;
mod names;
mod types;

pub use generate::generate;
pub use load::{WitError, WitSet};
