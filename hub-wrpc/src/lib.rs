//! wRPC for component-hub. wRPC (`wrpc.0.0.1`, the protocol wasmCloud speaks over NATS)
//! carries a function's parameters and results in the component model's [value
//! definition encoding]: LEB128 integers, strings and lists as a length and their items,
//! variants and enums as a discriminant (and payload), flags as bit bytes; resources as
//! opaque byte strings the serving side chooses. This crate is that codec for
//! wasmtime 48's [`Val`](wasmtime::component::Val), written from the spec: no wRPC
//! implementation supports wasmtime 48 (`wrpc-runtime-wasmtime` pins 45, `wrpc-wasmtime`
//! needs 50).
//!
//! - [`encode_values`] writes values of known types; a handle goes through a
//!   [`HandleEncoder`] (the hub's registry decides which bytes name it).
//! - [`decode_values`] reads them back, checking everything it reads: every length is
//!   bounded by the bytes left before anything is allocated for it, integers cannot
//!   overflow their type, strings must be UTF-8, discriminants must name a case, and
//!   nothing may follow the last value. A peer sending garbage gets a [`DecodeError`],
//!   never a panic.
//!
//! - [`NatsTransport`] moves those bytes over NATS as wRPC does (wRPC's own NATS
//!   transport underneath), bounded in size and time both ways, to any server of a
//!   prefix or to one ([`Route`]).
//! - [`Server`] serves a library loaded in a hub; [`RemoteLibrary`] links a served one
//!   into another hub, as host interfaces whose calls cross the wire. Where the build
//!   generated typed ends of a wire for a function (plain data under `wit/`:
//!   `Hub::wire_functions`), both use them, so its values skip `Val`s; the runtime's
//!   [`WireValue`](hub_runtime::WireValue) writes the same bytes as this codec, whose
//!   primitives (LEB128, tags, lengths) are the runtime's.
//! - The hub's extensions of wRPC: the describe call ([`Description`]), resource drops
//!   ([`wire_drop`]), handle bytes ([`WireHandle`]), answers to hubs ([`HubAnswer`]),
//!   heartbeats for the server's handle leases.
//!
//! Streams, futures and error contexts are not encoded yet ([`EncodeError::Unsupported`]);
//! a function passing one is refused when it would be served ([`uncarried`]).
//!
//! [value definition encoding]: https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md#-value-definitions

#![deny(missing_docs)]

mod complete;
mod decode;
mod describe;
mod encode;
mod error;
mod handles;
mod leb128;
mod nats;
mod reader;
mod remote;
mod runtime;
mod serve;
mod wire;

pub use complete::complete;
pub use decode::{decode_value, decode_values};
pub use describe::{
    DESCRIBE, DescribeError, DescribedPackage, Description, HUB_INSTANCE, InterfaceShape,
};
pub use encode::{encode_value, encode_values, uncarried};
pub use error::{DecodeError, EncodeError, HandleError};
pub use handles::{HandleDecoder, HandleEncoder, NoHandles};
pub use nats::{Invocation, NatsTransport, Route, TransportError};
pub use reader::Reader;
pub use remote::{RemoteError, RemoteHandle, RemoteLibrary, RemoteOptions};
pub use serve::{ServeError, ServeOptions, Server};
pub use wire::{HubAnswer, WireHandle, wire_drop, wire_function};
