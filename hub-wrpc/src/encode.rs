//! Values to bytes, directed by their types.

use wasmtime::component::Val;
use wasmtime::component::types::Type;

use crate::error::EncodeError;
use crate::handles::HandleEncoder;
use crate::leb128::{write_signed, write_unsigned};

/// The encoding of `values`, one of each of `types` (a function's params or results),
/// one after another.
///
/// # Errors
///
/// As [`encode_value`]; [`EncodeError::Mismatch`] when the counts differ.
pub fn encode_values(
    values: &[Val],
    types: &[Type],
    handles: &mut dyn HandleEncoder,
) -> Result<Vec<u8>, EncodeError> {
    if values.len() != types.len() {
        return Err(EncodeError::Mismatch {
            value: "value list",
            expected: "value per type",
        });
    }
    let mut out = Vec::new();
    for (value, ty) in values.iter().zip(types) {
        encode_value(value, ty, handles, &mut out)?;
    }
    Ok(out)
}

/// Appends the encoding of `value`, of type `ty`, to `out`; its handles' bytes come
/// from `handles`.
///
/// # Errors
///
/// A value not of its type, a name its type lacks, a stream, future or error context,
/// a list longer than `u32::MAX`, or a handle `handles` refuses.
pub fn encode_value(
    value: &Val,
    ty: &Type,
    handles: &mut dyn HandleEncoder,
    out: &mut Vec<u8>,
) -> Result<(), EncodeError> {
    match (value, ty) {
        (Val::Bool(v), Type::Bool) => out.push(u8::from(*v)),
        (Val::S8(v), Type::S8) => out.extend(v.to_le_bytes()),
        (Val::U8(v), Type::U8) => out.push(*v),
        (Val::S16(v), Type::S16) => write_signed(i64::from(*v), out),
        (Val::U16(v), Type::U16) => write_unsigned(u64::from(*v), out),
        (Val::S32(v), Type::S32) => write_signed(i64::from(*v), out),
        (Val::U32(v), Type::U32) => write_unsigned(u64::from(*v), out),
        (Val::S64(v), Type::S64) => write_signed(*v, out),
        (Val::U64(v), Type::U64) => write_unsigned(*v, out),
        (Val::Float32(v), Type::Float32) => out.extend(v.to_le_bytes()),
        (Val::Float64(v), Type::Float64) => out.extend(v.to_le_bytes()),
        (Val::Char(v), Type::Char) => out.extend(v.encode_utf8(&mut [0; 4]).as_bytes()),
        (Val::String(v), Type::String) => {
            write_length(v.len(), out)?;
            out.extend(v.as_bytes());
        }
        (Val::List(items), Type::List(list)) => {
            write_length(items.len(), out)?;
            let item = list.ty();
            if item == Type::U8 {
                // A byte list is its bytes, written in one pass.
                out.reserve(items.len());
                for v in items {
                    let Val::U8(byte) = v else {
                        return Err(mismatch(v, &item));
                    };
                    out.push(*byte);
                }
                return Ok(());
            }
            for v in items {
                encode_value(v, &item, handles, out)?;
            }
        }
        (Val::FixedLengthList(items), Type::FixedLengthList(list)) => {
            if u32::try_from(items.len()) != Ok(list.len()) {
                return Err(mismatch(value, ty));
            }
            let item = list.ty();
            for v in items {
                encode_value(v, &item, handles, out)?;
            }
        }
        (Val::Map(pairs), Type::Map(map)) => {
            write_length(pairs.len(), out)?;
            let (key, val) = (map.key(), map.value());
            for (k, v) in pairs {
                encode_value(k, &key, handles, out)?;
                encode_value(v, &val, handles, out)?;
            }
        }
        (Val::Record(fields), Type::Record(record)) => {
            if fields.len() != record.fields().len() {
                return Err(mismatch(value, ty));
            }
            for ((_, v), field) in fields.iter().zip(record.fields()) {
                encode_value(v, &field.ty, handles, out)?;
            }
        }
        (Val::Tuple(items), Type::Tuple(tuple)) => {
            if items.len() != tuple.types().len() {
                return Err(mismatch(value, ty));
            }
            for (v, t) in items.iter().zip(tuple.types()) {
                encode_value(v, &t, handles, out)?;
            }
        }
        (Val::Variant(name, payload), Type::Variant(variant)) => {
            let (index, case) = variant
                .cases()
                .enumerate()
                .find(|(_, c)| c.name == name)
                .ok_or_else(|| unknown(name))?;
            write_unsigned(index as u64, out);
            match (payload, case.ty) {
                (Some(v), Some(t)) => encode_value(v, &t, handles, out)?,
                (None, None) => {}
                _ => return Err(mismatch(value, ty)),
            }
        }
        (Val::Enum(name), Type::Enum(e)) => {
            let index = e
                .names()
                .position(|n| n == name)
                .ok_or_else(|| unknown(name))?;
            write_unsigned(index as u64, out);
        }
        (Val::Option(v), Type::Option(option)) => match v {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                encode_value(v, &option.ty(), handles, out)?;
            }
        },
        (Val::Result(v), Type::Result(result)) => {
            let (tag, payload, t) = match v {
                Ok(payload) => (0, payload, result.ok()),
                Err(payload) => (1, payload, result.err()),
            };
            out.push(tag);
            match (payload, t) {
                (Some(v), Some(t)) => encode_value(v, &t, handles, out)?,
                (None, None) => {}
                _ => return Err(mismatch(value, ty)),
            }
        }
        (Val::Flags(set), Type::Flags(flags)) => {
            let names: Vec<&str> = flags.names().collect();
            let mut bits = vec![0u8; names.len().div_ceil(8)];
            for name in set {
                let index = names
                    .iter()
                    .position(|n| n == name)
                    .ok_or_else(|| unknown(name))?;
                bits[index / 8] |= 1 << (index % 8);
            }
            out.extend(bits);
        }
        (Val::Resource(handle), Type::Own(resource) | Type::Borrow(resource)) => {
            let own = matches!(ty, Type::Own(_));
            let bytes = handles
                .encode_handle(handle, resource, own)
                .map_err(EncodeError::Handle)?;
            write_length(bytes.len(), out)?;
            out.extend(bytes);
        }
        (_, Type::Stream(_)) => return Err(EncodeError::Unsupported("stream")),
        (_, Type::Future(_)) => return Err(EncodeError::Unsupported("future")),
        (_, Type::ErrorContext) => return Err(EncodeError::Unsupported("error-context")),
        _ => return Err(mismatch(value, ty)),
    }
    Ok(())
}

/// A list or string length, which the encoding holds as a `u32`.
fn write_length(length: usize, out: &mut Vec<u8>) -> Result<(), EncodeError> {
    let length = u32::try_from(length).map_err(|_| EncodeError::TooLong(length))?;
    write_unsigned(u64::from(length), out);
    Ok(())
}

fn unknown(name: &str) -> EncodeError {
    EncodeError::UnknownName {
        name: name.to_owned(),
    }
}

fn mismatch(value: &Val, ty: &Type) -> EncodeError {
    EncodeError::Mismatch {
        value: val_kind(value),
        expected: type_kind(ty),
    }
}

/// What kind of value `value` is, for errors.
fn val_kind(value: &Val) -> &'static str {
    match value {
        Val::Bool(_) => "bool",
        Val::S8(_) => "s8",
        Val::U8(_) => "u8",
        Val::S16(_) => "s16",
        Val::U16(_) => "u16",
        Val::S32(_) => "s32",
        Val::U32(_) => "u32",
        Val::S64(_) => "s64",
        Val::U64(_) => "u64",
        Val::Float32(_) => "f32",
        Val::Float64(_) => "f64",
        Val::Char(_) => "char",
        Val::String(_) => "string",
        Val::List(_) => "list",
        Val::Map(_) => "map",
        Val::Record(_) => "record",
        Val::Tuple(_) => "tuple",
        Val::Variant(..) => "variant",
        Val::Enum(_) => "enum",
        Val::Option(_) => "option",
        Val::Result(_) => "result",
        Val::Flags(_) => "flags",
        Val::Resource(_) => "resource",
        Val::Future(_) => "future",
        Val::Stream(_) => "stream",
        Val::ErrorContext(_) => "error-context",
        Val::FixedLengthList(_) => "fixed-length list",
    }
}

/// What kind of type `ty` is, for errors.
pub(crate) fn type_kind(ty: &Type) -> &'static str {
    match ty {
        Type::Bool => "bool",
        Type::S8 => "s8",
        Type::U8 => "u8",
        Type::S16 => "s16",
        Type::U16 => "u16",
        Type::S32 => "s32",
        Type::U32 => "u32",
        Type::S64 => "s64",
        Type::U64 => "u64",
        Type::Float32 => "f32",
        Type::Float64 => "f64",
        Type::Char => "char",
        Type::String => "string",
        Type::List(_) => "list",
        Type::Map(_) => "map",
        Type::Record(_) => "record",
        Type::Tuple(_) => "tuple",
        Type::Variant(_) => "variant",
        Type::Enum(_) => "enum",
        Type::Option(_) => "option",
        Type::Result(_) => "result",
        Type::Flags(_) => "flags",
        Type::Own(_) => "own",
        Type::Borrow(_) => "borrow",
        Type::Future(_) => "future",
        Type::Stream(_) => "stream",
        Type::ErrorContext => "error-context",
        Type::FixedLengthList(_) => "fixed-length list",
    }
}

/// The kind of the first type inside `ty` the codec cannot carry (a stream, a future,
/// an error context), if any: a function passing one is refused before any call.
pub fn uncarried(ty: &Type) -> Option<&'static str> {
    fn first(mut types: impl Iterator<Item = Type>) -> Option<&'static str> {
        types.find_map(|t| uncarried(&t))
    }
    match ty {
        Type::Stream(_) => Some("stream"),
        Type::Future(_) => Some("future"),
        Type::ErrorContext => Some("error-context"),
        Type::List(list) => uncarried(&list.ty()),
        Type::FixedLengthList(list) => uncarried(&list.ty()),
        Type::Map(map) => uncarried(&map.key()).or_else(|| uncarried(&map.value())),
        Type::Record(record) => first(record.fields().map(|f| f.ty)),
        Type::Tuple(tuple) => first(tuple.types()),
        Type::Variant(variant) => first(variant.cases().filter_map(|c| c.ty)),
        Type::Option(option) => uncarried(&option.ty()),
        Type::Result(result) => first(result.ok().into_iter().chain(result.err())),
        _ => None,
    }
}
