//! The generated module of one WIT interface: its types, a marker per resource, its
//! ownership table and one typed forwarder per function.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wit_parser::{FunctionKind, InterfaceId, Resolve, TypeDefKind, TypeId, TypeOwner};

use crate::crossing::{Crossing, Direction, named_conversion};
use crate::names::{function_field, shouty, snake, upper_camel};
use crate::types::{TypeRender, View};

/// Depth of an interface module below the generated root (`ns::pkg::iface`).
const INTERFACE_DEPTH: usize = 3;

/// The module body for `interface`, or why it is not generated (it then uses the
/// dynamic path at runtime).
pub(crate) fn interface_module(
    resolve: &Resolve,
    interface: InterfaceId,
) -> Result<TokenStream, String> {
    let full_name = resolve
        .id_of(interface)
        .ok_or("anonymous interfaces are not generated")?;
    let iface = &resolve.interfaces[interface];
    let host = TypeRender {
        resolve,
        current: interface,
        depth: INTERFACE_DEPTH,
    };
    let provider = TypeRender {
        resolve,
        current: interface,
        depth: INTERFACE_DEPTH + 1,
    };

    let owned: Vec<TypeId> = iface
        .types
        .values()
        .copied()
        .filter(|id| {
            is_defined_here(resolve, *id, interface)
                && matches!(resolve.types[*id].kind, TypeDefKind::Resource)
        })
        .collect();

    let mut host_items = Vec::new();
    let mut provider_items = Vec::new();
    for id in iface
        .types
        .values()
        .copied()
        .filter(|id| is_defined_here(resolve, *id, interface))
    {
        host_items.push(type_definition(&host, id, View::Host)?);
        if host.needs_provider(id) {
            provider_items.push(type_definition(&provider, id, View::Provider)?);
            provider_items.push(conversions(&provider, &owned, id)?);
        }
    }

    let crossing = Crossing::new(&host, &owned, quote!(__provider::));
    let mut fields = Vec::new();
    let mut binds = Vec::new();
    let mut defines = Vec::new();
    let mut names = Vec::new();
    for function in iface.functions.values() {
        if !matches!(
            function.kind,
            FunctionKind::Freestanding
                | FunctionKind::Method(_)
                | FunctionKind::Static(_)
                | FunctionKind::Constructor(_)
        ) {
            return Err(format!(
                "`{}` is an async, getter or setter function",
                function.name
            ));
        }
        let name = &function.name;
        let field = function_field(name);
        let host_params = function
            .params
            .iter()
            .map(|p| host.rust_type(&p.ty, View::Host))
            .collect::<Result<Vec<_>, _>>()?;
        let provider_params = function
            .params
            .iter()
            .map(|p| host.rust_type(&p.ty, View::Provider))
            .collect::<Result<Vec<_>, _>>()?;
        let (host_result, provider_result) = match &function.result {
            Some(t) => (
                vec![host.rust_type(t, View::Host)?],
                vec![host.rust_type(t, View::Provider)?],
            ),
            None => (Vec::new(), Vec::new()),
        };
        let args: Vec<_> = (0..function.params.len())
            .map(|i| format_ident!("arg{i}"))
            .collect();
        let crossed_args = function
            .params
            .iter()
            .zip(&args)
            .map(|(p, a)| crossing.cross(&p.ty, quote!(#a), Direction::In));
        let results: Vec<_> = host_result
            .iter()
            .enumerate()
            .map(|(i, _)| format_ident!("result{i}"))
            .collect();
        let crossed_results = function
            .result
            .iter()
            .zip(&results)
            .map(|(t, r)| crossing.cross(t, quote!(#r), Direction::Out));
        let arg_count = args.len();

        fields.push(
            quote!(#field: __rt::TypedFunc<(#(#provider_params,)*), (#(#provider_result,)*)>),
        );
        binds.push(quote!(#field: binder.func(#name)?));
        names.push(name.clone());
        defines.push(quote! {
            {
                let provider = ::std::sync::Arc::clone(&self.provider);
                let func = self.#field;
                linker.func_wrap(
                    #name,
                    move |_caller: __rt::StoreContextMut<'_, __rt::HostState>,
                          (#(#args,)*): (#(#host_params,)*)|
                          -> __rt::Result<(#(#host_result,)*)> {
                        if LOG {
                            __rt::log_call(#name, #arg_count);
                        }
                        let __p: &__rt::Provider = &provider;
                        let args = (#(#crossed_args,)*);
                        let (#(#results,)*) = {
                            let mut store = __p.enter()?;
                            func.call(&mut *store, args).map_err(|err| __p.call_failed(#name, err))?
                        };
                        ::core::result::Result::Ok((#(#crossed_results,)*))
                    },
                )?;
            }
        });
    }

    let resources = owned.iter().map(|id| {
        let name = resolve.types[*id].name.clone().unwrap_or_default();
        let marker = upper_camel(&name);
        quote!(__rt::GeneratedResource { name: #name, codec: __rt::codec::<#marker> })
    });
    let resource_names: Vec<String> = owned
        .iter()
        .map(|id| resolve.types[*id].name.clone().unwrap_or_default())
        .collect();
    let uses = used_resources(resolve, interface);
    let provider_module = if provider_items.is_empty() {
        quote!()
    } else {
        quote! {
            /// The provider's view of the types above that hold this interface's own
            /// resources: there they are the provider's `ResourceAny`.
            pub mod __provider {
                #[allow(unused_imports)]
                use ::hub_runtime::__internal as __rt;
                #(#provider_items)*
            }
        }
    };
    let doc = format!(" Generated forwarders for `{full_name}`.");
    Ok(quote! {
        #![doc = #doc]
        #[allow(unused_imports)]
        use ::hub_runtime::__internal as __rt;

        /// The full interface name this module forwards.
        pub const NAME: &str = #full_name;
        /// Ownership table: the resources this interface defines (their provider holds them).
        pub const DEFINES: &[&str] = &[#(#resource_names),*];
        /// Ownership table: resources of other interfaces this one uses (passed through).
        pub const USES: &[&str] = &[#(#uses),*];

        #(#host_items)*
        #provider_module

        /// Binds this interface of a loaded library to the generated forwarders.
        pub struct __Interface;

        impl __rt::GeneratedInterface for __Interface {
            fn name(&self) -> &'static str {
                NAME
            }
            fn functions(&self) -> &'static [&'static str] {
                &[#(#names),*]
            }
            fn resources(&self) -> &'static [__rt::GeneratedResource] {
                &[#(#resources),*]
            }
            fn uses(&self) -> &'static [&'static str] {
                USES
            }
            fn bind(
                &self,
                binder: &mut __rt::TypedBinder<'_, '_>,
            ) -> ::core::result::Result<::std::boxed::Box<dyn __rt::DefineForwarders>, ::std::string::String> {
                ::core::result::Result::Ok(::std::boxed::Box::new(__Forwarders {
                    provider: binder.provider(),
                    #(#binds,)*
                }))
            }
        }

        /// One `TypedFunc` per function, resolved and type-checked once at load.
        struct __Forwarders {
            provider: ::std::sync::Arc<__rt::Provider>,
            #(#fields,)*
        }

        impl __Forwarders {
            fn define_all<const LOG: bool>(
                &self,
                linker: &mut __rt::LinkerInstance<'_, __rt::HostState>,
            ) -> __rt::Result<()> {
                #(#defines)*
                ::core::result::Result::Ok(())
            }
        }

        impl __rt::DefineForwarders for __Forwarders {
            fn define(
                &self,
                linker: &mut __rt::LinkerInstance<'_, __rt::HostState>,
                log: __rt::HostLog,
            ) -> __rt::Result<()> {
                if log.enabled {
                    self.define_all::<true>(linker)
                } else {
                    self.define_all::<false>(linker)
                }
            }
        }
    })
}

/// Whether `id` is defined by `interface` itself (not a `use` of another interface's type).
fn is_defined_here(resolve: &Resolve, id: TypeId, interface: InterfaceId) -> bool {
    let def = &resolve.types[id];
    def.owner == TypeOwner::Interface(interface)
        && def.name.is_some()
        && !matches!(def.kind, TypeDefKind::Type(_))
}

/// `iface#resource` for every resource of another interface that `interface` uses.
fn used_resources(resolve: &Resolve, interface: InterfaceId) -> Vec<String> {
    let render = TypeRender {
        resolve,
        current: interface,
        depth: 0,
    };
    resolve.interfaces[interface]
        .types
        .values()
        .filter(|id| matches!(resolve.types[**id].kind, TypeDefKind::Type(_)))
        .map(|id| render.resource_definition(*id))
        .filter(|id| matches!(resolve.types[*id].kind, TypeDefKind::Resource))
        .filter_map(|id| {
            let def = &resolve.types[id];
            let TypeOwner::Interface(owner) = def.owner else {
                return None;
            };
            Some(format!(
                "{}#{}",
                resolve.id_of(owner)?,
                def.name.as_deref()?
            ))
        })
        .collect()
}

/// The Rust definition of a named WIT type in `view`.
fn type_definition(render: &TypeRender<'_>, id: TypeId, view: View) -> Result<TokenStream, String> {
    let def = &render.resolve.types[id];
    let wit_name = def.name.as_deref().unwrap_or_default();
    let name = upper_camel(wit_name);
    let doc = format!(" WIT `{wit_name}`.");
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
                    Ok(quote!(#[component(name = #wit)] pub #field: #ty))
                })
                .collect::<Result<Vec<_>, String>>()?;
            quote! {
                #[doc = #doc]
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
                    Ok(match &c.ty {
                        Some(t) => {
                            let ty = render.rust_type(t, view)?;
                            quote!(#[component(name = #wit)] #case(#ty))
                        }
                        None => quote!(#[component(name = #wit)] #case),
                    })
                })
                .collect::<Result<Vec<_>, String>>()?;
            quote! {
                #[doc = #doc]
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
                quote!(#[component(name = #wit)] #case)
            });
            quote! {
                #[doc = #doc]
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
            quote! {
                __rt::flags! {
                    #name { #(#flags)* }
                }
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
        _ => quote!(),
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
fn conversions(
    render: &TypeRender<'_>,
    owned: &[TypeId],
    id: TypeId,
) -> Result<TokenStream, String> {
    let def = &render.resolve.types[id];
    let wit_name = def.name.as_deref().unwrap_or_default();
    let name = upper_camel(wit_name);
    let crossing = Crossing::new(render, owned, quote!());
    let body = |direction: Direction| -> TokenStream {
        let (from, to) = match direction {
            Direction::In => (quote!(super::#name), quote!(#name)),
            Direction::Out => (quote!(#name), quote!(super::#name)),
        };
        match &def.kind {
            TypeDefKind::Record(record) => {
                let fields = record.fields.iter().map(|f| {
                    let field = snake(&f.name);
                    let value = crossing.cross(&f.ty, quote!(value.#field), direction);
                    quote!(#field: #value)
                });
                quote!(#to { #(#fields,)* })
            }
            TypeDefKind::Variant(variant) => {
                let arms = variant.cases.iter().map(|c| {
                    let case = upper_camel(&c.name);
                    match &c.ty {
                        Some(t) => {
                            let payload = crossing.cross(t, quote!(payload), direction);
                            quote!(#from::#case(payload) => #to::#case(#payload))
                        }
                        None => quote!(#from::#case => #to::#case),
                    }
                });
                quote!(match value { #(#arms,)* })
            }
            _ => quote!(value),
        }
    };
    let (into_provider, into_host) = (
        named_conversion(wit_name, Direction::In),
        named_conversion(wit_name, Direction::Out),
    );
    let (body_in, body_out) = (body(Direction::In), body(Direction::Out));
    Ok(quote! {
        /// Host view to provider view: unwraps this interface's own handles.
        pub fn #into_provider(value: super::#name, __p: &__rt::Provider) -> __rt::Result<#name> {
            ::core::result::Result::Ok(#body_in)
        }
        /// Provider view to host view: registers this interface's own handles.
        pub fn #into_host(value: #name, __p: &__rt::Provider) -> __rt::Result<super::#name> {
            ::core::result::Result::Ok(#body_out)
        }
    })
}
