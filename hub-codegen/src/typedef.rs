//! Rust definitions of an interface's named types, their twins in a forwarder set's
//! provider view, and the functions converting records and variants across.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wit_parser::{Docs, Type, TypeDefKind, TypeId};

use crate::conversion::{Conversion, Direction, conversion_name};
use crate::error::Unsupported;
use crate::names::{shouty, snake, upper_camel};
use crate::types::{INTERFACE_DEPTH, TypeRender, View};

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
    let (name, allow) = match view {
        View::Host => (upper_camel(wit_name), quote!()),
        // A twin of another interface's type has that interface's path in its name.
        View::Provider if render.foreign_prefix(id).is_some() => {
            (render.twin_name(id), quote!(#[allow(non_camel_case_types)]))
        }
        View::Provider => (render.twin_name(id), quote!()),
    };
    let doc = doc_attrs(&def.docs, &format!("WIT `{wit_name}`."));
    // The derives' expansions name `wasmtime` by path: pointing them at the runtime's
    // re-export spares the crate using the generated code a `wasmtime` dependency.
    let wasmtime_crate = quote!(#[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]);
    Ok(match &def.kind {
        TypeDefKind::Record(record) => {
            let clone = !record
                .fields
                .iter()
                .any(|f| render.contains_handle(&f.ty) || render.holds_streams(&f.ty));
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
                #allow
                #[component(record)]
                #wasmtime_crate
                pub struct #name { #(#fields,)* }
            }
        }
        TypeDefKind::Variant(variant) => {
            let clone = !variant
                .cases
                .iter()
                .flat_map(|c| &c.ty)
                .any(|t| render.contains_handle(t) || render.holds_streams(t));
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
                #allow
                #[component(variant)]
                #wasmtime_crate
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
                #wasmtime_crate
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
            // own that allows that, and the re-export carries the documentation. It has no
            // `wasmtime_crate` option and names `wasmtime::component::..` by a relative
            // path, so the module imports the runtime's `wasmtime` under that name.
            let module = format_ident!(
                "__flags_{}",
                snake(wit_name).to_string().trim_start_matches("r#")
            );
            quote! {
                #[doc(hidden)]
                pub mod #module {
                    #![allow(missing_docs)]
                    use ::hub_runtime::__internal as __rt;
                    use ::hub_runtime::__internal::wasmtime;
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
        // Written inline where used too; checked here so that a named map or list
        // the generator cannot represent refuses the interface like any other type.
        TypeDefKind::Map(..) | TypeDefKind::FixedLengthList(..) => {
            render.rust_type(&Type::Id(id), view)?;
            quote!()
        }
        TypeDefKind::Future(_) | TypeDefKind::Stream(_) => {
            render.rust_type(&Type::Id(id), view)?;
            quote!()
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

/// `name_in` and `name_out`: convert the record or variant `id` between the host view
/// and the set's provider view (its twin, or the host view itself when the set owns none
/// of the resources it holds and only `own` handles change holder). A type holding a
/// borrow has no `name_out`: it never is a result.
///
/// # Errors
///
/// Why a type inside it has no generated representation.
pub(crate) fn conversions(render: &TypeRender<'_>, id: TypeId) -> Result<TokenStream, Unsupported> {
    let def = &render.resolve.types[id];
    let wit_name = def.name.as_deref().unwrap_or_default();
    // The interface's own types by their short paths (the interface module is an
    // ancestor); others by their full ones.
    let host = if render.foreign_prefix(id).is_none() {
        let supers = std::iter::repeat_n(quote!(super::), render.depth - INTERFACE_DEPTH);
        let name = upper_camel(wit_name);
        quote!(#(#supers)* #name)
    } else {
        render.rust_type(&Type::Id(id), View::Host)?
    };
    let provider = if render.needs_provider_twin(id) {
        let twin = render.twin_name(id);
        quote!(#twin)
    } else {
        host.clone()
    };
    let conversion = Conversion::new(render, quote!());
    let body = |direction: Direction| -> TokenStream {
        let (from, to) = match direction {
            Direction::In => (&host, &provider),
            Direction::Out => (&provider, &host),
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
            // Only records and variants are converted (`needs_conversion`).
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
            | TypeDefKind::Unknown => unreachable!("`{wit_name}` is not converted"),
        }
    };
    let (into_provider, into_host) = (
        conversion_name(render, id, Direction::In),
        conversion_name(render, id, Direction::Out),
    );
    let allow = if render.foreign_prefix(id).is_some() {
        quote!(#[allow(non_snake_case)])
    } else {
        quote!()
    };
    let body_in = body(Direction::In);
    // A value holding a borrow is only ever an argument: WIT results cannot borrow.
    let out = if render.holds_borrow(&Type::Id(id)) {
        quote!()
    } else {
        let body_out = body(Direction::Out);
        quote! {
            /// Provider view to host view: registers the provider's own handles, and hands
            /// the others it returns to the caller.
            #allow
            pub fn #into_host(value: #provider, __p: &__rt::ProviderCall<'_>, __cx: &impl __rt::ForwardCaller) -> __rt::Result<#host> {
                ::core::result::Result::Ok(#body_out)
            }
        }
    };
    Ok(quote! {
        /// Host view to provider view: unwraps the provider's own handles, and hands the
        /// others it receives to the provider.
        #allow
        pub fn #into_provider(value: #host, __p: &__rt::ProviderCall<'_>, __cx: &impl __rt::ForwardCaller) -> __rt::Result<#provider> {
            ::core::result::Result::Ok(#body_in)
        }
        #out
    })
}
