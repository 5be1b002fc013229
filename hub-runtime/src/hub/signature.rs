//! Function signatures compared: an import is linked only to an export of the same
//! shape, checked before any guest code runs (`wit_syntax` prints them).
//!
//! wasmtime offers neither: `types::ComponentFunc` has no equality, and comparing two
//! `types::Type`s of different, uninstantiated components panics when a resource is
//! inside an aggregate. So the comparison here is structural over value types, and
//! resources compare by kind (`own` or `borrow`): which resource an import means is
//! checked by wasmtime itself at instantiation, through the resource types the hub
//! defines in the linker.

use wasmtime::component::types::{ComponentFunc, Type};

/// Whether `import` can be served by `export`. Whether either is an `async func` does
/// not matter: every crossing is a host function, which serves an async or a sync
/// lowering alike (a sync caller of an async export waits for it, an async caller of a
/// sync one gets its answer at once).
pub(crate) fn compatible(import: &ComponentFunc, export: &ComponentFunc) -> bool {
    import.params().len() == export.params().len()
        && import
            .params()
            .zip(export.params())
            .all(|((_, a), (_, b))| same(&a, &b))
        && import.results().len() == export.results().len()
        && import
            .results()
            .zip(export.results())
            .all(|(a, b)| same(&a, &b))
}

fn same(a: &Type, b: &Type) -> bool {
    match (a, b) {
        (Type::Bool, Type::Bool)
        | (Type::S8, Type::S8)
        | (Type::U8, Type::U8)
        | (Type::S16, Type::S16)
        | (Type::U16, Type::U16)
        | (Type::S32, Type::S32)
        | (Type::U32, Type::U32)
        | (Type::S64, Type::S64)
        | (Type::U64, Type::U64)
        | (Type::Float32, Type::Float32)
        | (Type::Float64, Type::Float64)
        | (Type::Char, Type::Char)
        | (Type::String, Type::String)
        | (Type::ErrorContext, Type::ErrorContext)
        | (Type::Own(_), Type::Own(_))
        | (Type::Borrow(_), Type::Borrow(_)) => true,
        (Type::List(a), Type::List(b)) => same(&a.ty(), &b.ty()),
        (Type::FixedLengthList(a), Type::FixedLengthList(b)) => {
            a.len() == b.len() && same(&a.ty(), &b.ty())
        }
        (Type::Map(a), Type::Map(b)) => same(&a.key(), &b.key()) && same(&a.value(), &b.value()),
        (Type::Option(a), Type::Option(b)) => same(&a.ty(), &b.ty()),
        (Type::Result(a), Type::Result(b)) => {
            same_optional(a.ok(), b.ok()) && same_optional(a.err(), b.err())
        }
        (Type::Record(a), Type::Record(b)) => {
            a.fields().len() == b.fields().len()
                && a.fields()
                    .zip(b.fields())
                    .all(|(a, b)| a.name == b.name && same(&a.ty, &b.ty))
        }
        (Type::Tuple(a), Type::Tuple(b)) => {
            a.types().len() == b.types().len()
                && a.types().zip(b.types()).all(|(a, b)| same(&a, &b))
        }
        (Type::Variant(a), Type::Variant(b)) => {
            a.cases().len() == b.cases().len()
                && a.cases()
                    .zip(b.cases())
                    .all(|(a, b)| a.name == b.name && same_optional(a.ty, b.ty))
        }
        (Type::Enum(a), Type::Enum(b)) => a.names().eq(b.names()),
        (Type::Flags(a), Type::Flags(b)) => a.names().eq(b.names()),
        (Type::Future(a), Type::Future(b)) => same_optional(a.ty(), b.ty()),
        (Type::Stream(a), Type::Stream(b)) => same_optional(a.ty(), b.ty()),
        (
            Type::Bool
            | Type::S8
            | Type::U8
            | Type::S16
            | Type::U16
            | Type::S32
            | Type::U32
            | Type::S64
            | Type::U64
            | Type::Float32
            | Type::Float64
            | Type::Char
            | Type::String
            | Type::ErrorContext
            | Type::Own(_)
            | Type::Borrow(_)
            | Type::List(_)
            | Type::FixedLengthList(_)
            | Type::Map(_)
            | Type::Option(_)
            | Type::Result(_)
            | Type::Record(_)
            | Type::Tuple(_)
            | Type::Variant(_)
            | Type::Enum(_)
            | Type::Flags(_)
            | Type::Future(_)
            | Type::Stream(_),
            _,
        ) => false,
    }
}

fn same_optional(a: Option<Type>, b: Option<Type>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same(&a, &b),
        (None, None) => true,
        (Some(_), None) | (None, Some(_)) => false,
    }
}
