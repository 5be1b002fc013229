//! The anonymous containers a generated expression takes apart and puts back together
//! around the parts that change (a handle converted, a stream crossing): options,
//! results, tuples and lists. Shared by [`Conversion`](crate::conversion::Conversion)
//! and [`Crossing`](crate::crossing::Crossing), which differ only in what they do to
//! the parts.

use std::cell::Cell;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use wit_parser::{Type, TypeDefKind};

/// Fresh variable names for one forwarder set's expressions (`__v0`, `__items1`, ...).
#[derive(Default)]
pub(crate) struct Vars(Cell<usize>);

impl Vars {
    /// A name not used before, starting with `prefix`.
    pub(crate) fn fresh(&self, prefix: &str) -> Ident {
        let n = self.0.get();
        self.0.set(n + 1);
        Ident::new(&format!("__{prefix}{n}"), Span::call_site())
    }
}

/// `expr`, a value of the container `kind`, rebuilt with `part` applied to each of its
/// elements (`part(ty, element)`); `None` when `kind` is not an option, result, tuple
/// or list.
pub(crate) fn rebuilt(
    kind: &TypeDefKind,
    expr: &TokenStream,
    vars: &Vars,
    part: impl Fn(&Type, TokenStream) -> TokenStream,
) -> Option<TokenStream> {
    Some(match kind {
        TypeDefKind::Option(t) => {
            let v = vars.fresh("v");
            let inner = part(t, quote!(#v));
            quote!(match #expr { ::core::option::Option::Some(#v) => ::core::option::Option::Some(#inner), ::core::option::Option::None => ::core::option::Option::None })
        }
        TypeDefKind::Result(r) => {
            let v = vars.fresh("v");
            let ok = r.ok.as_ref().map_or(quote!(#v), |t| part(t, quote!(#v)));
            let err = r.err.as_ref().map_or(quote!(#v), |t| part(t, quote!(#v)));
            quote!(match #expr { ::core::result::Result::Ok(#v) => ::core::result::Result::Ok(#ok), ::core::result::Result::Err(#v) => ::core::result::Result::Err(#err) })
        }
        TypeDefKind::Tuple(t) => {
            let names: Vec<Ident> = t.types.iter().map(|_| vars.fresh("t")).collect();
            let parts = t.types.iter().zip(&names).map(|(t, v)| part(t, quote!(#v)));
            quote!({ let (#(#names,)*) = #expr; (#(#parts,)*) })
        }
        TypeDefKind::List(t) => {
            let (items, out, v) = (vars.fresh("items"), vars.fresh("out"), vars.fresh("v"));
            let inner = part(t, quote!(#v));
            quote!({
                let #items = #expr;
                let mut #out = ::std::vec::Vec::with_capacity(#items.len());
                for #v in #items { #out.push(#inner); }
                #out
            })
        }
        _ => return None,
    })
}
