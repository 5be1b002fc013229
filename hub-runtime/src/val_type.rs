//! Whether a value fits a component type, checked before a call from the host so a
//! wrong argument is a one-line error naming it, not wasmtime's type error from deep
//! inside the call.

use wasmtime::component::Val;
use wasmtime::component::types::{ComponentFunc, Type};

use crate::error::CallError;
use crate::wit_syntax::WitType;

/// Checks that `args` fit the parameters of `ty`, the function `function`.
///
/// # Errors
///
/// [`CallError::ArgumentCount`] or [`CallError::ArgumentType`] for the first that does
/// not.
pub(crate) fn check_arguments(
    function: &str,
    ty: &ComponentFunc,
    args: &[Val],
) -> Result<(), CallError> {
    let params: Vec<(String, Type)> = ty.params().map(|(n, t)| (n.to_owned(), t)).collect();
    if params.len() != args.len() {
        return Err(CallError::ArgumentCount {
            function: function.to_owned(),
            expected: params.len(),
            given: args.len(),
        });
    }
    for (position, ((name, ty), arg)) in params.iter().zip(args).enumerate() {
        if !fits(arg, ty) {
            return Err(CallError::ArgumentType {
                function: function.to_owned(),
                position: position + 1,
                name: name.clone(),
                expected: WitType(ty).to_string(),
                given: describe(arg),
            });
        }
    }
    Ok(())
}

/// Whether `val` is a value of `ty` (resources by kind only: which resource a handle is
/// is checked where it is converted).
pub(crate) fn fits(val: &Val, ty: &Type) -> bool {
    match (val, ty) {
        (Val::Bool(_), Type::Bool)
        | (Val::S8(_), Type::S8)
        | (Val::U8(_), Type::U8)
        | (Val::S16(_), Type::S16)
        | (Val::U16(_), Type::U16)
        | (Val::S32(_), Type::S32)
        | (Val::U32(_), Type::U32)
        | (Val::S64(_), Type::S64)
        | (Val::U64(_), Type::U64)
        | (Val::Float32(_), Type::Float32)
        | (Val::Float64(_), Type::Float64)
        | (Val::Char(_), Type::Char)
        | (Val::String(_), Type::String)
        | (Val::Future(_), Type::Future(_))
        | (Val::Stream(_), Type::Stream(_))
        | (Val::ErrorContext(_), Type::ErrorContext) => true,
        (Val::Resource(_), Type::Own(_) | Type::Borrow(_)) => true,
        // The item type once per list, not per item (each `ty()` builds a `Type`).
        (Val::List(items), Type::List(list)) => {
            let item = list.ty();
            items.iter().all(|v| fits(v, &item))
        }
        (Val::FixedLengthList(items), Type::FixedLengthList(list)) => {
            let item = list.ty();
            items.len() == list.len() as usize && items.iter().all(|v| fits(v, &item))
        }
        (Val::Map(entries), Type::Map(map)) => entries
            .iter()
            .all(|(k, v)| fits(k, &map.key()) && fits(v, &map.value())),
        (Val::Record(fields), Type::Record(record)) => {
            let types: Vec<_> = record.fields().collect();
            fields.len() == types.len()
                && fields
                    .iter()
                    .zip(&types)
                    .all(|((name, v), field)| name == field.name && fits(v, &field.ty))
        }
        (Val::Tuple(items), Type::Tuple(tuple)) => {
            let types: Vec<Type> = tuple.types().collect();
            items.len() == types.len() && items.iter().zip(&types).all(|(v, t)| fits(v, t))
        }
        (Val::Variant(name, payload), Type::Variant(variant)) => variant.cases().any(|case| {
            case.name == name
                && match (payload, &case.ty) {
                    (Some(v), Some(t)) => fits(v, t),
                    (None, None) => true,
                    (Some(_), None) | (None, Some(_)) => false,
                }
        }),
        (Val::Enum(name), Type::Enum(e)) => e.names().any(|n| n == name),
        (Val::Flags(names), Type::Flags(flags)) => {
            names.iter().all(|name| flags.names().any(|n| n == name))
        }
        (Val::Option(value), Type::Option(option)) => {
            value.as_deref().is_none_or(|v| fits(v, &option.ty()))
        }
        (Val::Result(value), Type::Result(result)) => match value {
            Ok(v) => optional_fits(v.as_deref(), result.ok()),
            Err(v) => optional_fits(v.as_deref(), result.err()),
        },
        _ => false,
    }
}

fn optional_fits(val: Option<&Val>, ty: Option<Type>) -> bool {
    match (val, ty) {
        (Some(v), Some(t)) => fits(v, &t),
        (None, None) => true,
        (Some(_), None) | (None, Some(_)) => false,
    }
}

/// `a string`, `a u32`, `a record`: what kind of value `val` is, for errors.
pub(crate) fn describe(val: &Val) -> String {
    let kind = match val {
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
        Val::FixedLengthList(_) => "fixed-length list",
        Val::Map(_) => "map",
        Val::Record(_) => "record",
        Val::Tuple(_) => "tuple",
        Val::Variant(_, _) => "variant",
        Val::Enum(_) => "enum",
        Val::Option(_) => "option",
        Val::Result(_) => "result",
        Val::Flags(_) => "flags",
        Val::Resource(_) => "resource",
        Val::Future(_) => "future",
        Val::Stream(_) => "stream",
        Val::ErrorContext(_) => "error-context",
    };
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {kind}")
}
