//! Whether some bytes already hold the whole encoding of a function's values: the value
//! encoding is self-delimiting, so a server can start a call as soon as its parameters
//! are all there, instead of waiting for the end of the caller's stream (a round trip
//! later in wRPC over NATS). Only the structure is read here; the values are decoded,
//! and checked, afterwards.

use wasmtime::component::types::Type;

use crate::decode::{char, discriminant, tag};
use crate::error::DecodeError;
use crate::leb128::{read_signed, read_unsigned};
use crate::reader::Reader;

/// `Ok(true)` when `bytes` hold exactly one value of each of `types`, `Ok(false)` when
/// they end early (more may come).
///
/// # Errors
///
/// What can be told of the bytes already: a bad tag or discriminant, too many bytes, a
/// type the codec does not carry.
pub fn complete(bytes: &[u8], types: &[Type]) -> Result<bool, DecodeError> {
    let mut reader = Reader::new(bytes);
    for ty in types {
        match skip(&mut reader, ty) {
            Ok(()) => {}
            Err(DecodeError::Truncated { .. } | DecodeError::LengthTooLarge { .. }) => {
                return Ok(false);
            }
            Err(err) => return Err(err),
        }
    }
    match reader.left() {
        0 => Ok(true),
        left => Err(DecodeError::TrailingBytes { left }),
    }
}

/// Reads past one value of type `ty`.
fn skip(reader: &mut Reader<'_>, ty: &Type) -> Result<(), DecodeError> {
    let many = |reader: &mut Reader<'_>, count: usize, ty: &Type| {
        (0..count).try_for_each(|_| skip(reader, ty))
    };
    match ty {
        Type::Bool => {
            tag(reader, "bool")?;
        }
        Type::S8 | Type::U8 => {
            reader.byte()?;
        }
        Type::S16 => {
            read_signed(reader, 16)?;
        }
        Type::U16 => {
            read_unsigned(reader, 16)?;
        }
        Type::S32 => {
            read_signed(reader, 32)?;
        }
        Type::U32 => {
            read_unsigned(reader, 32)?;
        }
        Type::S64 => {
            read_signed(reader, 64)?;
        }
        Type::U64 => {
            read_unsigned(reader, 64)?;
        }
        Type::Float32 => {
            reader.take(4)?;
        }
        Type::Float64 => {
            reader.take(8)?;
        }
        Type::Char => {
            char(reader)?;
        }
        // A string, a handle's bytes, a list of bytes: a length, then that many bytes.
        Type::String | Type::Own(_) | Type::Borrow(_) => {
            let length = reader.length()?;
            reader.take(length)?;
        }
        Type::List(list) if matches!(list.ty(), Type::U8 | Type::S8) => {
            let length = reader.length()?;
            reader.take(length)?;
        }
        Type::List(list) => {
            let length = reader.length()?;
            many(reader, length, &list.ty())?;
        }
        Type::FixedLengthList(list) => many(reader, list.len() as usize, &list.ty())?,
        Type::Map(map) => {
            let length = reader.length()?;
            let (key, value) = (map.key(), map.value());
            (0..length).try_for_each(|_| {
                skip(reader, &key)?;
                skip(reader, &value)
            })?;
        }
        Type::Record(record) => record.fields().try_for_each(|f| skip(reader, &f.ty))?,
        Type::Tuple(tuple) => tuple.types().try_for_each(|t| skip(reader, &t))?,
        Type::Variant(variant) => {
            let index = discriminant(reader, variant.cases().len())?;
            if let Some(payload) = variant.cases().nth(index).and_then(|c| c.ty) {
                skip(reader, &payload)?;
            }
        }
        Type::Enum(e) => {
            discriminant(reader, e.names().len())?;
        }
        Type::Option(option) => {
            if tag(reader, "option")? {
                skip(reader, &option.ty())?;
            }
        }
        Type::Result(result) => {
            let payload = if tag(reader, "result")? {
                result.err()
            } else {
                result.ok()
            };
            if let Some(payload) = payload {
                skip(reader, &payload)?;
            }
        }
        Type::Flags(flags) => {
            reader.take(flags.names().len().div_ceil(8))?;
        }
        Type::Stream(_) => return Err(DecodeError::Unsupported("stream")),
        Type::Future(_) => return Err(DecodeError::Unsupported("future")),
        Type::ErrorContext => return Err(DecodeError::Unsupported("error-context")),
    }
    Ok(())
}
