//! Conversion expressions that move a value between the host view and the provider view
//! of one forwarder set. A handle to a resource the provider owns changes representation
//! (the registry unwraps or wraps it); an `own` handle to any other resource keeps its
//! representation but changes holder (the hub records who must release it). A value whose
//! type holds neither is passed as it is, with no code at all.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use wit_parser::{Handle, Type, TypeDefKind, TypeId};

use crate::containers::{Vars, rebuilt};
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

/// How a handle is held.
#[derive(Clone, Copy, PartialEq, Eq)]
enum HandleKind {
    Own,
    Borrow,
}

/// Writes conversion expressions for one forwarder set. Expressions may use `?`, the
/// provider handle `__p: &__rt::ProviderCall` and the caller `__cx: &impl __rt::ForwardCaller`.
pub(crate) struct Conversion<'a> {
    /// The set's types; its owned resources decide what is unwrapped.
    pub(crate) types: &'a TypeRender<'a>,
    /// Path prefix of the set's `__provider` module (holding the conversion functions of
    /// records and variants) from where the expression is written.
    provider_module: TokenStream,
    vars: Vars,
}

impl<'a> Conversion<'a> {
    pub(crate) fn new(types: &'a TypeRender<'a>, provider_module: TokenStream) -> Self {
        Conversion {
            types,
            provider_module,
            vars: Vars::default(),
        }
    }

    /// `expr` converted for `direction`.
    pub(crate) fn convert(
        &self,
        ty: &Type,
        expr: TokenStream,
        direction: Direction,
    ) -> TokenStream {
        if !self.types.converts(ty) {
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
            TypeDefKind::Handle(Handle::Own(r)) => {
                self.handle(*r, HandleKind::Own, expr, direction)
            }
            TypeDefKind::Handle(Handle::Borrow(r)) => {
                self.handle(*r, HandleKind::Borrow, expr, direction)
            }
            // A resource named in a value position is an `own` handle to it.
            TypeDefKind::Resource => self.handle(id, HandleKind::Own, expr, direction),
            TypeDefKind::Type(t) => self.convert(t, expr, direction),
            TypeDefKind::Record(_) | TypeDefKind::Variant(_) => {
                let function = conversion_name(self.types, id, direction);
                let module = &self.provider_module;
                quote!(#module #function(#expr, __p, __cx)?)
            }
            TypeDefKind::Option(_)
            | TypeDefKind::Result(_)
            | TypeDefKind::Tuple(_)
            | TypeDefKind::List(_) => rebuilt(&def.kind, &expr, &self.vars, |t, part| {
                self.convert(t, part, direction)
            })
            .unwrap_or(expr),
            // Maps and fixed-length lists holding handles have no generated
            // representation (`TypeRender::rust_type` refuses the interface before any
            // conversion is written); the others hold no handles.
            TypeDefKind::Map(..)
            | TypeDefKind::FixedLengthList(..)
            | TypeDefKind::Enum(_)
            | TypeDefKind::Flags(_)
            | TypeDefKind::Future(_)
            | TypeDefKind::Stream(_)
            | TypeDefKind::Unknown => expr,
        }
    }

    fn handle(
        &self,
        resource: TypeId,
        kind: HandleKind,
        expr: TokenStream,
        direction: Direction,
    ) -> TokenStream {
        match (self.types.slot(resource), kind, direction) {
            (Some(slot), _, Direction::In) => quote!(__p.handle_in(#expr, #slot)?),
            (Some(slot), _, Direction::Out) => quote!(__p.handle_out(#expr, #slot, __cx)?),
            (None, HandleKind::Own, Direction::In) => quote!(__p.pass_in(#expr)?),
            (None, HandleKind::Own, Direction::Out) => quote!(__p.pass_out(#expr, __cx)?),
            // The caller keeps it, and the provider sees the caller's own host handle.
            (None, HandleKind::Borrow, _) => expr,
        }
    }
}

/// The name of the generated function converting the record or variant `id` in the set
/// of `types`: `labeled_in`, or for a type of another interface
/// `zoo__types__handles__labeled_in`.
pub(crate) fn conversion_name(types: &TypeRender<'_>, id: TypeId, direction: Direction) -> Ident {
    let name = types.resolve.types[id].name.as_deref().unwrap_or_default();
    let base = snake(name).to_string().trim_start_matches("r#").to_owned();
    let prefix = types.foreign_prefix(id).unwrap_or_default();
    let suffix = match direction {
        Direction::In => "in",
        Direction::Out => "out",
    };
    Ident::new(&format!("{prefix}{base}_{suffix}"), Span::call_site())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Wit;

    const WIT: &str = "package t:conversion;
        interface a { resource x; }
        interface b {
            use a.{x};
            resource w;
            f: func(owned: option<x>, borrowed: list<borrow<x>>, plain: list<string>);
        }";

    fn converted(conversion: &Conversion<'_>, ty: &Type, direction: Direction) -> String {
        let tokens = conversion.convert(ty, quote!(value), direction);
        tokens.to_string().split_whitespace().collect()
    }

    #[test]
    fn own_handles_of_other_resources_change_holder_and_borrows_cross_untouched() {
        let wit = Wit::parse(WIT);
        let owned = [wit.named("b", "w")];
        let render = wit.render("b", &owned);
        let conversion = Conversion::new(&render, quote!(__provider::));
        let option = wit.param("b", "f", "owned");
        let converted_in = converted(&conversion, &option, Direction::In);
        assert!(
            converted_in.contains("Some(__p.pass_in(__v0)?)"),
            "{converted_in}"
        );
        let converted_out = converted(&conversion, &option, Direction::Out);
        assert!(
            converted_out.contains("Some(__p.pass_out(__v1,__cx)?)"),
            "{converted_out}"
        );
        for untouched in ["borrowed", "plain"] {
            let ty = wit.param("b", "f", untouched);
            assert_eq!(converted(&conversion, &ty, Direction::In), "value");
        }
    }

    #[test]
    fn handles_of_owned_resources_are_unwrapped_in_their_slot() {
        let wit = Wit::parse(WIT);
        // The owned-uses order: the interface's own `w`, then the used `x`.
        let owned = [wit.named("b", "w"), wit.named("a", "x")];
        let render = wit.render("b", &owned);
        let conversion = Conversion::new(&render, quote!(__provider::));
        let option = wit.param("b", "f", "owned");
        let converted_in = converted(&conversion, &option, Direction::In);
        assert!(
            converted_in.contains("Some(__p.handle_in(__v0,1usize)?)"),
            "{converted_in}"
        );
        let list = wit.param("b", "f", "borrowed");
        let converted_list = converted(&conversion, &list, Direction::In);
        assert!(
            converted_list.contains(".push(__p.handle_in(__v3,1usize)?)"),
            "{converted_list}"
        );
        assert!(!converted_list.contains("pass_in"), "{converted_list}");
    }
}
