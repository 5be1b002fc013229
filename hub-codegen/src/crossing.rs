//! Crossing expressions for the streams and futures in a forwarder's values. A
//! `StreamReader<T>` or `FutureReader<T>` belongs to the store it was lifted in, so a
//! value holding one cannot go to another store as it is: *leaving* its store, each is
//! replaced by its crossing (`__rt::stream_leaves`), the rest of the value taken apart
//! around it (a record into a tuple of its fields); *entering* the other store, each
//! crossing becomes that store's own new end (`__rt::stream_enters`) and the value is
//! put back together. Values without streams or futures are passed as they are.
//!
//! Both run in the provider's view (handles are converted before the params leave and
//! after the results enter). Expressions may use `?` and the store `__s`, a mutable
//! `StoreContextMut`.

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use wit_parser::{Function, Type, TypeDefKind, TypeId};

use crate::containers::{Vars, rebuilt};
use crate::error::Unsupported;
use crate::handles::defined_type;
use crate::items::is_plain;
use crate::names::snake;
use crate::types::{TypeRender, View};

/// Which way a value crosses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Way {
    Leave,
    Enter,
}

/// Writes crossing expressions for one forwarder set's types.
pub(crate) struct Crossing<'a> {
    types: &'a TypeRender<'a>,
    vars: Vars,
}

impl<'a> Crossing<'a> {
    pub(crate) fn new(types: &'a TypeRender<'a>) -> Self {
        Crossing {
            types,
            vars: Vars::default(),
        }
    }

    /// Whether values of `ty` hold a stream or future.
    pub(crate) fn holds(&self, ty: &Type) -> bool {
        self.types.holds_streams(ty)
    }

    /// Whether `function` passes a stream or future anywhere in its params or result.
    pub(crate) fn passes_streams(&self, function: &Function) -> bool {
        function.params.iter().any(|p| self.holds(&p.ty))
            || function.result.as_ref().is_some_and(|t| self.holds(t))
    }

    /// Checks that every stream and future in `ty` (of `function`) can cross here.
    ///
    /// # Errors
    ///
    /// A stream or future of items with no carrier (handles, streams of streams of
    /// streams), or one inside a variant, map or fixed-length list.
    pub(crate) fn check(&self, function: &str, ty: &Type) -> Result<(), Unsupported> {
        let Some(id) = defined_type(ty) else {
            return Ok(());
        };
        let check = |t: &Type| self.check(function, t);
        let refused = || Unsupported::StreamPlace(function.to_owned());
        match &self.types.resolve.types[id].kind {
            TypeDefKind::Stream(item) | TypeDefKind::Future(item) => {
                self.carrier(item.as_ref(), function).map(drop)
            }
            TypeDefKind::Type(t) | TypeDefKind::Option(t) | TypeDefKind::List(t) => check(t),
            TypeDefKind::Result(r) => r.ok.iter().chain(&r.err).try_for_each(check),
            TypeDefKind::Tuple(t) => t.types.iter().try_for_each(check),
            TypeDefKind::Record(r) => r.fields.iter().try_for_each(|f| check(&f.ty)),
            TypeDefKind::Variant(_) | TypeDefKind::Map(..) | TypeDefKind::FixedLengthList(..)
                if self.holds(ty) =>
            {
                Err(refused())
            }
            TypeDefKind::Variant(_)
            | TypeDefKind::Map(..)
            | TypeDefKind::FixedLengthList(..)
            | TypeDefKind::Resource
            | TypeDefKind::Handle(_)
            | TypeDefKind::Enum(_)
            | TypeDefKind::Flags(_)
            | TypeDefKind::Unknown => Ok(()),
        }
    }

    /// The carrier of a stream's or future's `item`s: plain items as they are, streams
    /// and futures of plain items each as one of its own.
    fn carrier(&self, item: Option<&Type>, function: &str) -> Result<TokenStream, Unsupported> {
        let refused = || Unsupported::StreamItems(function.to_owned());
        let item = item.ok_or_else(refused)?;
        let resolve = self.types.resolve;
        if is_plain(resolve, item) {
            let t = self.types.rust_type(item, View::Provider)?;
            return Ok(quote!(__rt::plain_items::<#t>()));
        }
        let nested = defined_type(item).map(|id| &resolve.types[id].kind);
        let Some(TypeDefKind::Stream(Some(inner)) | TypeDefKind::Future(Some(inner))) = nested
        else {
            return Err(refused());
        };
        if !is_plain(resolve, inner) {
            return Err(refused());
        }
        let t = self.types.rust_type(inner, View::Provider)?;
        Ok(match nested {
            Some(TypeDefKind::Stream(_)) => quote!(__rt::stream_items::<#t>()),
            _ => quote!(__rt::future_items::<#t>()),
        })
    }

    /// `expr` leaving its store: each stream and future in it a crossing. Only for
    /// types [`check`](Self::check) passed.
    pub(crate) fn leave(&self, ty: &Type, expr: TokenStream) -> TokenStream {
        self.cross(ty, expr, Way::Leave)
    }

    /// `expr` (what [`leave`](Self::leave) made of a `ty`) entering the store `__s`.
    pub(crate) fn enter(&self, ty: &Type, expr: TokenStream) -> TokenStream {
        self.cross(ty, expr, Way::Enter)
    }

    fn cross(&self, ty: &Type, expr: TokenStream, way: Way) -> TokenStream {
        if !self.holds(ty) {
            return expr;
        }
        let Some(id) = defined_type(ty) else {
            return expr;
        };
        self.cross_typedef(id, expr, way)
    }

    fn cross_typedef(&self, id: TypeId, expr: TokenStream, way: Way) -> TokenStream {
        let kind = &self.types.resolve.types[id].kind;
        match (kind, way) {
            (TypeDefKind::Stream(item), Way::Leave) => {
                let carrier = self.carrier(item.as_ref(), "").unwrap_or_default();
                quote!(__rt::stream_leaves(&mut __s, #expr, #carrier)?)
            }
            (TypeDefKind::Stream(_), Way::Enter) => quote!(__rt::stream_enters(&mut __s, #expr)?),
            (TypeDefKind::Future(item), Way::Leave) => {
                let carrier = self.carrier(item.as_ref(), "").unwrap_or_default();
                quote!(__rt::future_leaves(&mut __s, #expr, #carrier)?)
            }
            (TypeDefKind::Future(_), Way::Enter) => quote!(__rt::future_enters(&mut __s, #expr)?),
            (TypeDefKind::Type(t), _) => self.cross(t, expr, way),
            (
                TypeDefKind::Option(_)
                | TypeDefKind::Result(_)
                | TypeDefKind::Tuple(_)
                | TypeDefKind::List(_),
                _,
            ) => {
                rebuilt(kind, &expr, &self.vars, |t, part| self.cross(t, part, way)).unwrap_or(expr)
            }
            // A record leaves as the tuple of its fields and enters as itself again.
            (TypeDefKind::Record(record), _) => {
                let path = self
                    .types
                    .rust_type(&Type::Id(id), View::Provider)
                    .unwrap_or_default();
                let fields: Vec<Ident> = record.fields.iter().map(|f| snake(&f.name)).collect();
                let vars: Vec<Ident> = fields.iter().map(|_| self.vars.fresh("f")).collect();
                let crossed = record
                    .fields
                    .iter()
                    .zip(&vars)
                    .map(|(f, v)| self.cross(&f.ty, quote!(#v), way));
                match way {
                    Way::Leave => quote!({
                        let #path { #(#fields: #vars),* } = #expr;
                        (#(#crossed,)*)
                    }),
                    Way::Enter => quote!({
                        let (#(#vars,)*) = #expr;
                        #path { #(#fields: #crossed),* }
                    }),
                }
            }
            // Refused by `check` when they hold streams; nothing to cross otherwise.
            (
                TypeDefKind::Variant(_)
                | TypeDefKind::Map(..)
                | TypeDefKind::FixedLengthList(..)
                | TypeDefKind::Resource
                | TypeDefKind::Handle(_)
                | TypeDefKind::Enum(_)
                | TypeDefKind::Flags(_)
                | TypeDefKind::Unknown,
                _,
            ) => expr,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Wit;

    const WIT: &str = "package t:crossing;
        interface a {
            resource r;
            record shape { name: string }
            record tagged { tag: string, value: future<u32> }
            variant either { one(stream<u8>), none }
            f: func(
                bytes: stream<u8>,
                shapes: stream<shape>,
                spelled: stream<stream<u8>>,
                later: option<tagged>,
                handles: stream<r>,
                deep: stream<stream<stream<u8>>>,
                in-variant: either,
                plain: list<string>,
            );
        }";

    fn tokens(t: TokenStream) -> String {
        t.to_string().split_whitespace().collect()
    }

    #[test]
    fn plain_and_nested_items_have_carriers_and_handles_or_deeper_streams_none() {
        let wit = Wit::parse(WIT);
        let render = wit.render("a", &[]);
        let crossing = Crossing::new(&render);
        let param = |name| wit.param("a", "f", name);
        for carried in ["bytes", "shapes", "spelled", "later", "plain"] {
            assert_eq!(crossing.check("f", &param(carried)), Ok(()), "{carried}");
        }
        for refused in ["handles", "deep"] {
            assert_eq!(
                crossing.check("f", &param(refused)),
                Err(Unsupported::StreamItems("f".into())),
                "{refused}"
            );
        }
        assert_eq!(
            crossing.check("f", &param("in-variant")),
            Err(Unsupported::StreamPlace("f".into()))
        );
        assert!(!crossing.holds(&param("plain")));
    }

    #[test]
    fn a_stream_leaves_with_its_items_carrier_and_a_record_as_its_fields() {
        let wit = Wit::parse(WIT);
        let render = wit.render("a", &[]);
        let crossing = Crossing::new(&render);
        let param = |name| wit.param("a", "f", name);
        let spelled = tokens(crossing.leave(&param("spelled"), quote!(x)));
        assert_eq!(
            spelled,
            "__rt::stream_leaves(&mut__s,x,__rt::stream_items::<u8>())?"
        );
        let later = tokens(crossing.leave(&param("later"), quote!(x)));
        assert!(
            later.contains("Tagged{tag:__f1,value:__f2}=__v0;(__f1,__rt::future_leaves(&mut__s,__f2,__rt::plain_items::<u32>())?,)"),
            "{later}"
        );
        let entered = tokens(crossing.enter(&param("later"), quote!(x)));
        assert!(
            entered.contains("Tagged{tag:__f4,value:__rt::future_enters(&mut__s,__f5)?}"),
            "{entered}"
        );
        assert_eq!(tokens(crossing.leave(&param("plain"), quote!(x))), "x");
    }
}
