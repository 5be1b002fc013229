//! Bytes to values, directed by their types, trusting nothing the bytes say: a length is
//! checked against the bytes left before anything is allocated for it (every value takes
//! at least one byte), and the recursion follows the type, never the data.

use wasmtime::component::Val;
use wasmtime::component::types::Type;

use crate::error::DecodeError;
use crate::handles::HandleDecoder;
use crate::leb128::{read_signed, read_unsigned};
use crate::reader::Reader;

/// The most items allocated ahead for a list: more are added as they are read.
const PREALLOCATED_ITEMS: usize = 1024;

/// The values `bytes` encode, one of each of `types`, with nothing after the last.
///
/// # Errors
///
/// As [`decode_value`], and [`DecodeError::TrailingBytes`].
pub fn decode_values(
    bytes: &[u8],
    types: &[Type],
    handles: &mut dyn HandleDecoder,
) -> Result<Vec<Val>, DecodeError> {
    let mut reader = Reader::new(bytes);
    let values = types
        .iter()
        .map(|ty| decode_value(&mut reader, ty, handles))
        .collect::<Result<Vec<_>, _>>()?;
    match reader.left() {
        0 => Ok(values),
        left => Err(DecodeError::TrailingBytes { left }),
    }
}

/// The next value in `reader`, of type `ty`; its handles come from `handles`.
///
/// # Errors
///
/// Bytes that end early, a length past the end, an integer too wide for its type, a
/// string that is not UTF-8, a tag, discriminant or flag its type does not have, a
/// stream, future or error context, or handle bytes `handles` refuses.
pub fn decode_value(
    reader: &mut Reader<'_>,
    ty: &Type,
    handles: &mut dyn HandleDecoder,
) -> Result<Val, DecodeError> {
    let at = reader.position();
    // Widths checked by `read_*`: the conversions cannot fail.
    let narrow = |_| DecodeError::IntegerOverflow { at, bits: 64 };
    Ok(match ty {
        Type::Bool => Val::Bool(tag(reader, "bool")?),
        Type::S8 => Val::S8(i8::from_le_bytes([reader.byte()?])),
        Type::U8 => Val::U8(reader.byte()?),
        Type::S16 => Val::S16(i16::try_from(read_signed(reader, 16)?).map_err(narrow)?),
        Type::U16 => Val::U16(u16::try_from(read_unsigned(reader, 16)?).map_err(narrow)?),
        Type::S32 => Val::S32(i32::try_from(read_signed(reader, 32)?).map_err(narrow)?),
        Type::U32 => Val::U32(u32::try_from(read_unsigned(reader, 32)?).map_err(narrow)?),
        Type::S64 => Val::S64(read_signed(reader, 64)?),
        Type::U64 => Val::U64(read_unsigned(reader, 64)?),
        Type::Float32 => Val::Float32(f32::from_le_bytes(array(reader)?)),
        Type::Float64 => Val::Float64(f64::from_le_bytes(array(reader)?)),
        Type::Char => Val::Char(char(reader)?),
        Type::String => {
            let length = reader.length()?;
            let bytes = reader.take(length)?;
            let text = std::str::from_utf8(bytes).map_err(|_| DecodeError::NotUtf8 { at })?;
            Val::String(text.to_owned())
        }
        Type::List(list) => {
            let length = reader.length()?;
            let item = list.ty();
            // A byte list is its bytes: read at once (checked against the bytes left).
            match item {
                Type::U8 => Val::List(reader.take(length)?.iter().map(|&b| Val::U8(b)).collect()),
                Type::S8 => Val::List(
                    reader
                        .take(length)?
                        .iter()
                        .map(|&b| Val::S8(i8::from_le_bytes([b])))
                        .collect(),
                ),
                _ => Val::List(items(reader, length, |r| decode_value(r, &item, handles))?),
            }
        }
        Type::FixedLengthList(list) => {
            let length = list.len() as usize;
            if length > reader.left() {
                return Err(DecodeError::LengthTooLarge {
                    at,
                    length: u64::from(list.len()),
                    left: reader.left(),
                });
            }
            let item = list.ty();
            Val::FixedLengthList(items(reader, length, |r| decode_value(r, &item, handles))?)
        }
        Type::Map(map) => {
            let length = reader.length()?;
            let (key, value) = (map.key(), map.value());
            Val::Map(items(reader, length, |r| {
                Ok((
                    decode_value(r, &key, handles)?,
                    decode_value(r, &value, handles)?,
                ))
            })?)
        }
        Type::Record(record) => {
            let mut fields = Vec::with_capacity(record.fields().len());
            for field in record.fields() {
                fields.push((
                    field.name.to_owned(),
                    decode_value(reader, &field.ty, handles)?,
                ));
            }
            Val::Record(fields)
        }
        Type::Tuple(tuple) => {
            let mut values = Vec::with_capacity(tuple.types().len());
            for t in tuple.types() {
                values.push(decode_value(reader, &t, handles)?);
            }
            Val::Tuple(values)
        }
        Type::Variant(variant) => {
            let index = discriminant(reader, variant.cases().len())?;
            let case = variant
                .cases()
                .nth(index)
                .expect("checked by `discriminant`");
            let payload = match &case.ty {
                Some(t) => Some(Box::new(decode_value(reader, t, handles)?)),
                None => None,
            };
            Val::Variant(case.name.to_owned(), payload)
        }
        Type::Enum(e) => {
            let index = discriminant(reader, e.names().len())?;
            Val::Enum(
                e.names()
                    .nth(index)
                    .expect("checked by `discriminant`")
                    .to_owned(),
            )
        }
        Type::Option(option) => Val::Option(match tag(reader, "option")? {
            false => None,
            true => Some(Box::new(decode_value(reader, &option.ty(), handles)?)),
        }),
        Type::Result(result) => {
            let (is_err, t) = match tag(reader, "result")? {
                false => (false, result.ok()),
                true => (true, result.err()),
            };
            let payload = match t {
                Some(t) => Some(Box::new(decode_value(reader, &t, handles)?)),
                None => None,
            };
            Val::Result(if is_err { Err(payload) } else { Ok(payload) })
        }
        Type::Flags(flags) => {
            let names: Vec<&str> = flags.names().collect();
            let bits = reader.take(names.len().div_ceil(8))?;
            let set = |i: usize| bits[i / 8] & (1 << (i % 8)) != 0;
            if (names.len()..bits.len() * 8).any(set) {
                return Err(DecodeError::UnknownFlags {
                    at,
                    flags: names.len(),
                });
            }
            Val::Flags(
                (0..names.len())
                    .filter(|i| set(*i))
                    .map(|i| names[i].to_owned())
                    .collect(),
            )
        }
        Type::Own(resource) | Type::Borrow(resource) => {
            let length = reader.length()?;
            let bytes = reader.take(length)?;
            let own = matches!(ty, Type::Own(_));
            let handle =
                handles
                    .decode_handle(bytes, resource, own)
                    .map_err(|err| DecodeError::Handle {
                        at,
                        reason: err.to_string(),
                    })?;
            Val::Resource(handle)
        }
        Type::Stream(_) => return Err(DecodeError::Unsupported("stream")),
        Type::Future(_) => return Err(DecodeError::Unsupported("future")),
        Type::ErrorContext => return Err(DecodeError::Unsupported("error-context")),
    })
}

/// `length` items read by `item`, allocated as they are read beyond the first
/// [`PREALLOCATED_ITEMS`].
fn items<T>(
    reader: &mut Reader<'_>,
    length: usize,
    mut item: impl FnMut(&mut Reader<'_>) -> Result<T, DecodeError>,
) -> Result<Vec<T>, DecodeError> {
    let mut items = Vec::with_capacity(length.min(PREALLOCATED_ITEMS));
    for _ in 0..length {
        items.push(item(reader)?);
    }
    Ok(items)
}

/// A `bool`, `option` or `result` tag: `false` for 0, `true` for 1.
pub(crate) fn tag(reader: &mut Reader<'_>, what: &'static str) -> Result<bool, DecodeError> {
    Ok(reader.input().tag(what)?)
}

/// A variant or enum discriminant, below `cases`.
pub(crate) fn discriminant(reader: &mut Reader<'_>, cases: usize) -> Result<usize, DecodeError> {
    Ok(reader.input().discriminant(cases)?)
}

/// `N` bytes, for a float.
fn array<const N: usize>(reader: &mut Reader<'_>) -> Result<[u8; N], DecodeError> {
    let mut bytes = [0; N];
    bytes.copy_from_slice(reader.take(N)?);
    Ok(bytes)
}

/// A `char`: one scalar value in UTF-8, its length told by its first byte.
pub(crate) fn char(reader: &mut Reader<'_>) -> Result<char, DecodeError> {
    Ok(reader.input().char()?)
}
