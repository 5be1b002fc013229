//! Function signatures and value types written in WIT syntax, for errors: named types
//! are written out structurally (`record { x: s32 }`), since names are not part of
//! component types.

use std::fmt::{self, Write as _};

use wasmtime::component::types::{ComponentFunc, Type};

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

pub(crate) struct WitType<'a>(pub(crate) &'a Type);

impl fmt::Display for WitType<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let join =
            |f: &mut fmt::Formatter<'_>, items: &mut dyn Iterator<Item = String>| -> fmt::Result {
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
