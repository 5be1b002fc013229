//! Function signatures, compared and printed: an import is linked only to an export of
//! the same shape, checked before any guest code runs.
//!
//! wasmtime offers neither: `types::ComponentFunc` has no equality, and comparing two
//! `types::Type`s of different, uninstantiated components panics when a resource is
//! inside an aggregate. So the comparison here is structural over value types, and
//! resources compare by kind (`own` or `borrow`): which resource an import means is
//! checked by wasmtime itself at instantiation, through the resource types the hub
//! defines in the linker.

use std::fmt::{self, Write as _};

use wasmtime::component::types::{ComponentFunc, Type};

/// Whether `import` can be served by `export`.
pub(crate) fn compatible(import: &ComponentFunc, export: &ComponentFunc) -> bool {
    import.async_() == export.async_()
        && import.params().len() == export.params().len()
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

/// A function signature in WIT syntax: `func(x: string) -> u32`. Named types are written
/// out structurally (`record { x: s32 }`): names are not part of component types.
pub(crate) struct Wit<'a>(pub(crate) &'a ComponentFunc);

impl fmt::Display for Wit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let func = self.0;
        f.write_str(if func.async_() {
            "async func("
        } else {
            "func("
        })?;
        for (i, (name, ty)) in func.params().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{name}: {}", WitType(&ty))?;
        }
        f.write_char(')')?;
        let results: Vec<Type> = func.results().collect();
        match results.as_slice() {
            [] => Ok(()),
            [one] => write!(f, " -> {}", WitType(one)),
            many => {
                f.write_str(" -> (")?;
                for (i, ty) in many.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{}", WitType(ty))?;
                }
                f.write_char(')')
            }
        }
    }
}

struct WitType<'a>(&'a Type);

impl fmt::Display for WitType<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let join = |f: &mut fmt::Formatter<'_>, items: &mut dyn Iterator<Item = String>| {
            for (i, item) in items.enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                f.write_str(&item)?;
            }
            Ok(())
        };
        match self.0 {
            Type::Bool => f.write_str("bool"),
            Type::S8 => f.write_str("s8"),
            Type::U8 => f.write_str("u8"),
            Type::S16 => f.write_str("s16"),
            Type::U16 => f.write_str("u16"),
            Type::S32 => f.write_str("s32"),
            Type::U32 => f.write_str("u32"),
            Type::S64 => f.write_str("s64"),
            Type::U64 => f.write_str("u64"),
            Type::Float32 => f.write_str("f32"),
            Type::Float64 => f.write_str("f64"),
            Type::Char => f.write_str("char"),
            Type::String => f.write_str("string"),
            Type::ErrorContext => f.write_str("error-context"),
            Type::Own(_) => f.write_str("own<resource>"),
            Type::Borrow(_) => f.write_str("borrow<resource>"),
            Type::List(l) => write!(f, "list<{}>", WitType(&l.ty())),
            Type::FixedLengthList(l) => write!(f, "list<{}, {}>", WitType(&l.ty()), l.len()),
            Type::Map(m) => write!(f, "map<{}, {}>", WitType(&m.key()), WitType(&m.value())),
            Type::Option(o) => write!(f, "option<{}>", WitType(&o.ty())),
            Type::Result(r) => match (r.ok(), r.err()) {
                (None, None) => f.write_str("result"),
                (Some(ok), None) => write!(f, "result<{}>", WitType(&ok)),
                (None, Some(err)) => write!(f, "result<_, {}>", WitType(&err)),
                (Some(ok), Some(err)) => write!(f, "result<{}, {}>", WitType(&ok), WitType(&err)),
            },
            Type::Record(r) => {
                f.write_str("record { ")?;
                join(
                    f,
                    &mut r
                        .fields()
                        .map(|fd| format!("{}: {}", fd.name, WitType(&fd.ty))),
                )?;
                f.write_str(" }")
            }
            Type::Tuple(t) => {
                f.write_str("tuple<")?;
                join(f, &mut t.types().map(|t| WitType(&t).to_string()))?;
                f.write_char('>')
            }
            Type::Variant(v) => {
                f.write_str("variant { ")?;
                join(
                    f,
                    &mut v.cases().map(|c| match &c.ty {
                        Some(t) => format!("{}({})", c.name, WitType(t)),
                        None => c.name.to_owned(),
                    }),
                )?;
                f.write_str(" }")
            }
            Type::Enum(e) => {
                f.write_str("enum { ")?;
                join(f, &mut e.names().map(str::to_owned))?;
                f.write_str(" }")
            }
            Type::Flags(fl) => {
                f.write_str("flags { ")?;
                join(f, &mut fl.names().map(str::to_owned))?;
                f.write_str(" }")
            }
            Type::Future(fu) => match fu.ty() {
                Some(t) => write!(f, "future<{}>", WitType(&t)),
                None => f.write_str("future"),
            },
            Type::Stream(st) => match st.ty() {
                Some(t) => write!(f, "stream<{}>", WitType(&t)),
                None => f.write_str("stream"),
            },
        }
    }
}
