//! Conversion expressions that move a value between the host view and the provider
//! view. Only the interface's own resources change representation; a value whose type
//! holds none of them is passed as it is, with no code at all.

use std::cell::Cell;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use wit_parser::{Handle, Type, TypeDefKind, TypeId};

use crate::handles::defined_type;
use crate::names::snake;
use crate::types::TypeRender;

/// Which way a value goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// Caller to provider: arguments.
    In,
    /// Provider to caller: results.
    Out,
}

/// Writes conversion expressions for one interface. Expressions may use `?`, the
/// provider handle `__p: &__rt::Provider` and the caller's state `__cx: &__rt::HostState`.
pub(crate) struct Conversion<'a> {
    pub(crate) types: &'a TypeRender<'a>,
    /// The interface's own resources; a resource's index here is its slot in the provider.
    pub(crate) owned: &'a [TypeId],
    /// Path prefix of the `__provider` module's conversion functions from where the
    /// expression is written.
    provider_module: TokenStream,
    next_var: Cell<usize>,
}

impl<'a> Conversion<'a> {
    pub(crate) fn new(
        types: &'a TypeRender<'a>,
        owned: &'a [TypeId],
        provider_module: TokenStream,
    ) -> Self {
        Conversion {
            types,
            owned,
            provider_module,
            next_var: Cell::new(0),
        }
    }

    fn var(&self, prefix: &str) -> Ident {
        let n = self.next_var.get();
        self.next_var.set(n + 1);
        Ident::new(&format!("__{prefix}{n}"), Span::call_site())
    }

    /// `expr` converted for `direction`.
    pub(crate) fn convert(
        &self,
        ty: &Type,
        expr: TokenStream,
        direction: Direction,
    ) -> TokenStream {
        if !self.types.contains_owned(ty) {
            return expr;
        }
        let Some(id) = defined_type(ty) else {
            return expr;
        };
        self.convert_typedef(id, expr, direction)
    }

    fn convert_typedef(&self, id: TypeId, expr: TokenStream, direction: Direction) -> TokenStream {
        let resolve = self.types.resolve;
        let def = &resolve.types[id];
        match &def.kind {
            TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r)) => {
                self.handle(*r, expr, direction)
            }
            TypeDefKind::Resource => self.handle(id, expr, direction),
            TypeDefKind::Type(t) => self.convert(t, expr, direction),
            TypeDefKind::Record(_) | TypeDefKind::Variant(_) => {
                let name = def.name.as_deref().unwrap_or_default();
                let function = named_conversion(name, direction);
                let module = &self.provider_module;
                quote!(#module #function(#expr, __p, __cx)?)
            }
            TypeDefKind::Option(t) => {
                let v = self.var("v");
                let inner = self.convert(t, quote!(#v), direction);
                quote!(match #expr { ::core::option::Option::Some(#v) => ::core::option::Option::Some(#inner), ::core::option::Option::None => ::core::option::Option::None })
            }
            TypeDefKind::Result(r) => {
                let v = self.var("v");
                let ok =
                    r.ok.as_ref()
                        .map_or(quote!(#v), |t| self.convert(t, quote!(#v), direction));
                let err = r
                    .err
                    .as_ref()
                    .map_or(quote!(#v), |t| self.convert(t, quote!(#v), direction));
                quote!(match #expr { ::core::result::Result::Ok(#v) => ::core::result::Result::Ok(#ok), ::core::result::Result::Err(#v) => ::core::result::Result::Err(#err) })
            }
            TypeDefKind::Tuple(t) => {
                let vars: Vec<Ident> = t.types.iter().map(|_| self.var("t")).collect();
                let crossed = t
                    .types
                    .iter()
                    .zip(&vars)
                    .map(|(t, v)| self.convert(t, quote!(#v), direction));
                quote!({ let (#(#vars,)*) = #expr; (#(#crossed,)*) })
            }
            TypeDefKind::List(t) => {
                let (items, out, v) = (self.var("items"), self.var("out"), self.var("v"));
                let inner = self.convert(t, quote!(#v), direction);
                quote!({
                    let #items = #expr;
                    let mut #out = ::std::vec::Vec::with_capacity(#items.len());
                    for #v in #items { #out.push(#inner); }
                    #out
                })
            }
            // These hold no handles a value carries (`contains_owned` is false), or have no
            // generated representation at all (the interface was refused earlier).
            TypeDefKind::Enum(_)
            | TypeDefKind::Flags(_)
            | TypeDefKind::Map(..)
            | TypeDefKind::FixedLengthList(..)
            | TypeDefKind::Future(_)
            | TypeDefKind::Stream(_)
            | TypeDefKind::Unknown => expr,
        }
    }

    fn handle(&self, resource: TypeId, expr: TokenStream, direction: Direction) -> TokenStream {
        let resource = self.types.resource_definition(resource);
        let slot = self
            .owned
            .iter()
            .position(|r| *r == resource)
            .unwrap_or_default();
        match direction {
            Direction::In => quote!(__p.handle_in(#expr, #slot)?),
            Direction::Out => quote!(__p.handle_out(#expr, #slot, __cx)?),
        }
    }
}

/// The name of the generated function converting the named type `name`.
pub(crate) fn named_conversion(name: &str, direction: Direction) -> Ident {
    let base = snake(name).to_string().trim_start_matches("r#").to_owned();
    let suffix = match direction {
        Direction::In => "in",
        Direction::Out => "out",
    };
    Ident::new(&format!("{base}_{suffix}"), Span::call_site())
}
