//! Rust definitions of an interface's named types, and the functions converting the ones
//! that hold its own resources between the host view and the provider view.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wit_parser::{Docs, TypeDefKind, TypeId};

use crate::conversion::{Conversion, Direction, named_conversion};
use crate::error::Unsupported;
use crate::names::{shouty, snake, upper_camel};
use crate::types::{TypeRender, View};

/// The lines of WIT documentation, or of `fallback` when there is none, as doc strings.
pub(crate) fn doc_lines(docs: &Docs, fallback: &str) -> Vec<String> {
    let text = docs.contents.as_deref().unwrap_or(fallback);
    text.lines().map(|line| format!(" {line}")).collect()
}

/// `#[doc]` attributes from WIT documentation, or from `fallback` when there is none.
pub(crate) fn doc_attrs(docs: &Docs, fallback: &str) -> TokenStream {
    let lines = doc_lines(docs, fallback);
    quote!(#(#[doc = #lines])*)
}

/// The Rust definition of a named WIT type in `view`.
///
/// # Errors
///
/// Why a type inside it has no generated representation.
pub(crate) fn type_definition(
    render: &TypeRender<'_>,
    id: TypeId,
    view: View,
) -> Result<TokenStream, Unsupported> {
    let def = &render.resolve.types[id];
    let wit_name = def.name.as_deref().unwrap_or_default();
    let name = upper_camel(wit_name);
    let doc = doc_attrs(&def.docs, &format!("WIT `{wit_name}`."));
    Ok(match &def.kind {
        TypeDefKind::Record(record) => {
            let clone = !record.fields.iter().any(|f| render.contains_handle(&f.ty));
            let derives = derives(clone);
            let fields = record
                .fields
                .iter()
                .map(|f| {
                    let (field, wit) = (snake(&f.name), &f.name);
                    let ty = render.rust_type(&f.ty, view)?;
                    let doc = doc_attrs(&f.docs, &format!("WIT field `{wit}`."));
                    Ok(quote!(#doc #[component(name = #wit)] pub #field: #ty))
                })
                .collect::<Result<Vec<_>, Unsupported>>()?;
            quote! {
                #doc
                #derives
                #[component(record)]
                pub struct #name { #(#fields,)* }
            }
        }
        TypeDefKind::Variant(variant) => {
            let clone = !variant
                .cases
                .iter()
                .flat_map(|c| &c.ty)
                .any(|t| render.contains_handle(t));
            let derives = derives(clone);
            let cases = variant
                .cases
                .iter()
                .map(|c| {
                    let (case, wit) = (upper_camel(&c.name), &c.name);
                    let doc = doc_attrs(&c.docs, &format!("WIT case `{wit}`."));
                    Ok(match &c.ty {
                        Some(t) => {
                            let ty = render.rust_type(t, view)?;
                            quote!(#doc #[component(name = #wit)] #case(#ty))
                        }
                        None => quote!(#doc #[component(name = #wit)] #case),
                    })
                })
                .collect::<Result<Vec<_>, Unsupported>>()?;
            quote! {
                #doc
                #derives
                #[component(variant)]
                pub enum #name { #(#cases,)* }
            }
        }
        TypeDefKind::Enum(e) => {
            let repr = if e.cases.len() <= 256 {
                quote!(u8)
            } else {
                quote!(u16)
            };
            let cases = e.cases.iter().map(|c| {
                let (case, wit) = (upper_camel(&c.name), &c.name);
                let doc = doc_attrs(&c.docs, &format!("WIT case `{wit}`."));
                quote!(#doc #[component(name = #wit)] #case)
            });
            quote! {
                #doc
                #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Clone, Copy, Debug, PartialEq, Eq, Hash)]
                #[component(enum)]
                #[repr(#repr)]
                pub enum #name { #(#cases,)* }
            }
        }
        TypeDefKind::Flags(flags) => {
            let flags = flags.flags.iter().map(|f| {
                let (flag, wit) = (shouty(&f.name), &f.name);
                quote!(#[component(name = #wit)] const #flag;)
            });
            // wasmtime's `flags!` writes items without docs: it lives in a module of its
            // own that allows that, and the re-export carries the documentation.
            let module = format_ident!(
                "__flags_{}",
                snake(wit_name).to_string().trim_start_matches("r#")
            );
            quote! {
                #[doc(hidden)]
                pub mod #module {
                    #![allow(missing_docs)]
                    use ::hub_runtime::__internal as __rt;
                    __rt::flags! {
                        #name { #(#flags)* }
                    }
                }
                #doc
                pub use #module::#name;
            }
        }
        TypeDefKind::Resource => {
            let doc = format!(
                " Host marker of the WIT resource `{wit_name}`: handles to it cross the hub as `Resource<{name}>`."
            );
            quote! {
                #[doc = #doc]
                pub struct #name;
            }
        }
        // Anonymous types are written inline where they are used, and aliases (`type`,
        // `use`) name a definition written in its own interface.
        TypeDefKind::Handle(_)
        | TypeDefKind::Tuple(_)
        | TypeDefKind::Option(_)
        | TypeDefKind::Result(_)
        | TypeDefKind::List(_)
        | TypeDefKind::Type(_) => quote!(),
        TypeDefKind::Map(..) => return Err(Unsupported::Map),
        TypeDefKind::FixedLengthList(..) => return Err(Unsupported::FixedLengthList),
        TypeDefKind::Future(_) | TypeDefKind::Stream(_) => {
            return Err(Unsupported::FutureOrStream);
        }
        TypeDefKind::Unknown => return Err(Unsupported::Unresolved),
    })
}

fn derives(clone: bool) -> TokenStream {
    if clone {
        quote!(#[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Clone, Debug, PartialEq)])
    } else {
        quote!(#[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)])
    }
}

/// `name_in` and `name_out`: convert a record or variant between the host view (the
/// parent module's type) and the provider view (the `__provider` module's type).
pub(crate) fn conversions(render: &TypeRender<'_>, owned: &[TypeId], id: TypeId) -> TokenStream {
    let def = &render.resolve.types[id];
    let wit_name = def.name.as_deref().unwrap_or_default();
    let name = upper_camel(wit_name);
    let conversion = Conversion::new(render, owned, quote!());
    let body = |direction: Direction| -> TokenStream {
        let (from, to) = match direction {
            Direction::In => (quote!(super::#name), quote!(#name)),
            Direction::Out => (quote!(#name), quote!(super::#name)),
        };
        match &def.kind {
            TypeDefKind::Record(record) => {
                let fields = record.fields.iter().map(|f| {
                    let field = snake(&f.name);
                    let value = conversion.convert(&f.ty, quote!(value.#field), direction);
                    quote!(#field: #value)
                });
                quote!(#to { #(#fields,)* })
            }
            TypeDefKind::Variant(variant) => {
                let arms = variant.cases.iter().map(|c| {
                    let case = upper_camel(&c.name);
                    match &c.ty {
                        Some(t) => {
                            let payload = conversion.convert(t, quote!(payload), direction);
                            quote!(#from::#case(payload) => #to::#case(#payload))
                        }
                        None => quote!(#from::#case => #to::#case),
                    }
                });
                quote!(match value { #(#arms,)* })
            }
            // Only records and variants have a provider twin (`needs_provider`).
            TypeDefKind::Resource
            | TypeDefKind::Handle(_)
            | TypeDefKind::Flags(_)
            | TypeDefKind::Tuple(_)
            | TypeDefKind::Enum(_)
            | TypeDefKind::Option(_)
            | TypeDefKind::Result(_)
            | TypeDefKind::List(_)
            | TypeDefKind::Map(..)
            | TypeDefKind::FixedLengthList(..)
            | TypeDefKind::Future(_)
            | TypeDefKind::Stream(_)
            | TypeDefKind::Type(_)
            | TypeDefKind::Unknown => unreachable!("`{wit_name}` has no provider twin"),
        }
    };
    let (into_provider, into_host) = (
        named_conversion(wit_name, Direction::In),
        named_conversion(wit_name, Direction::Out),
    );
    let (body_in, body_out) = (body(Direction::In), body(Direction::Out));
    quote! {
        /// Host view to provider view: unwraps this interface's own handles.
        pub fn #into_provider(value: super::#name, __p: &__rt::Provider, __cx: &__rt::HostState) -> __rt::Result<#name> {
            ::core::result::Result::Ok(#body_in)
        }
        /// Provider view to host view: registers this interface's own handles.
        pub fn #into_host(value: #name, __p: &__rt::Provider, __cx: &__rt::HostState) -> __rt::Result<super::#name> {
            ::core::result::Result::Ok(#body_out)
        }
    }
}
