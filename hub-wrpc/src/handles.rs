//! Resource handles on the wire. wRPC sends a resource as an opaque byte string whose
//! meaning the serving side chooses (the hub: which registry entry, on which server), so
//! the codec asks its caller for the bytes of each handle, and for the handle of each
//! byte string it reads.

use wasmtime::component::{ResourceAny, ResourceType};

use crate::error::HandleError;

/// Turns handles into the bytes that name them on the wire.
pub trait HandleEncoder {
    /// The bytes naming `handle`, of resource type `ty`, passed as an `own` (`true`) or a
    /// `borrow`.
    ///
    /// # Errors
    ///
    /// The handle cannot cross (not live, or of a resource that stays local).
    fn encode_handle(
        &mut self,
        handle: &ResourceAny,
        ty: &ResourceType,
        own: bool,
    ) -> Result<Vec<u8>, HandleError>;
}

/// Turns the bytes that name a handle on the wire into a handle.
pub trait HandleDecoder {
    /// The handle `bytes` name, of resource type `ty`, received as an `own` (`true`) or a
    /// `borrow`.
    ///
    /// # Errors
    ///
    /// The bytes name no handle this side knows.
    fn decode_handle(
        &mut self,
        bytes: &[u8],
        ty: &ResourceType,
        own: bool,
    ) -> Result<ResourceAny, HandleError>;
}

/// For values that hold no handles: any handle is refused.
pub struct NoHandles;

impl HandleEncoder for NoHandles {
    fn encode_handle(
        &mut self,
        _: &ResourceAny,
        _: &ResourceType,
        _: bool,
    ) -> Result<Vec<u8>, HandleError> {
        Err("no resource handles are expected here".into())
    }
}

impl HandleDecoder for NoHandles {
    fn decode_handle(
        &mut self,
        _: &[u8],
        _: &ResourceType,
        _: bool,
    ) -> Result<ResourceAny, HandleError> {
        Err("no resource handles are expected here".into())
    }
}
