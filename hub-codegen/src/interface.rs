//! The generated module of one WIT interface: its types, a marker per resource, its
//! ownership table and its forwarder sets (one typed forwarder per function each).
//!
//! Every interface has the pass-through set, in its module: the provider owns the
//! resources the interface defines, and resources of other interfaces pass through as
//! host handles. An interface that uses resources of other interfaces also has the
//! owned-uses set, in its `__owned_uses` module, for a provider that defines those
//! resources as well (it exports the interfaces defining them): there the provider owns
//! them too. The runtime says which set to bind (`TypedBinder::owns_uses`); both are
//! written by [`forwarder_set`], from the set's owned resources.

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::{InterfaceId, Resolve, Type, TypeDefKind, TypeId, TypeOwner};

use crate::conversion::Conversion;
use crate::crossing::Crossing;
use crate::error::Unsupported;
use crate::forwarder::forwarder;
use crate::handles::{HandleIndex, defined_type};
use crate::items::{ItemTypes, item_types};
use crate::names::upper_camel;
use crate::typedef::{conversions, doc_lines, type_definition};
use crate::types::{ForwarderSet, INTERFACE_DEPTH, TypeRender, View};
use crate::wire::{wire_entries, wire_impls};

/// The module body for `interface`.
///
/// # Errors
///
/// Why it is not generated (it then uses the dynamic path at runtime).
pub(crate) fn interface_module(
    resolve: &Resolve,
    handles: &HandleIndex,
    interface: InterfaceId,
) -> Result<InterfaceModule, Unsupported> {
    let full_name = resolve.id_of(interface).ok_or(Unsupported::Anonymous)?;
    let iface = &resolve.interfaces[interface];

    let defined_here: Vec<TypeId> = iface
        .types
        .values()
        .copied()
        .filter(|id| is_defined_here(resolve, *id, interface))
        .collect();
    let own_resources: Vec<TypeId> = defined_here
        .iter()
        .copied()
        .filter(|id| matches!(resolve.types[*id].kind, TypeDefKind::Resource))
        .collect();
    let pass_through = TypeRender {
        resolve,
        handles,
        current: interface,
        owned: &own_resources,
        set: ForwarderSet::PassThrough,
        depth: INTERFACE_DEPTH,
    };

    let host_items = defined_here
        .iter()
        .map(|id| type_definition(&pass_through, *id, View::Host))
        .collect::<Result<Vec<_>, _>>()?;
    let pass_through_set = forwarder_set(&pass_through, &defined_here)?;
    let ItemTypes {
        definitions: item_definitions,
        entries: item_entries,
    } = item_types(resolve, &full_name, &defined_here);

    let wire_values = wire_impls(resolve, &defined_here);
    let wire_functions = wire_entries(&pass_through)?;

    let used = used_resources(&pass_through);
    // The owned-uses set owns the interface's resources, then the used ones: the order
    // of the provider's slots when the runtime binds it.
    let owned_with_uses: Vec<TypeId> = own_resources
        .iter()
        .copied()
        .chain(used.iter().map(|u| u.id))
        .collect();
    let owned_uses_set = if used.is_empty() {
        None
    } else {
        let render = TypeRender {
            owned: &owned_with_uses,
            set: ForwarderSet::OwnedUses,
            depth: INTERFACE_DEPTH + 1,
            ..pass_through
        };
        Some(forwarder_set(&render, &defined_here)?)
    };

    let names = iface.functions.values().map(|f| f.name.as_str());
    let resource_names: Vec<String> = own_resources
        .iter()
        .map(|id| resolve.types[*id].name.clone().unwrap_or_default())
        .collect();
    let resources = resource_names.iter().map(|name| {
        let marker = upper_camel(name);
        quote!(__rt::GeneratedResource { name: #name, codec: __rt::codec::<#marker> })
    });
    let uses = used.iter().map(|u| format!("{}#{}", u.interface, u.name));
    let generated_uses = used.iter().map(|u| {
        let (interface, name, marker) = (&u.interface, &u.name, &u.marker);
        quote!(__rt::GeneratedUse { interface: #interface, name: #name, codec: __rt::codec::<#marker> })
    });
    let (owned_uses_module, bind) = match owned_uses_set {
        Some(set) => (
            quote! {
                /// The forwarders bound when the provider also defines every resource this
                /// interface uses (it exports their interfaces too): it owns them, and they
                /// are unwrapped to its handles like the interface's own.
                #[doc(hidden)]
                pub mod __owned_uses {
                    #[allow(unused_imports)]
                    use ::hub_runtime::__internal as __rt;
                    #set
                }
            },
            quote! {
                if binder.owns_uses() {
                    __owned_uses::bind(binder)
                } else {
                    bind(binder)
                }
            },
        ),
        None => (quote!(), quote!(bind(binder))),
    };
    let mut doc = vec![format!(" Generated forwarders for `{full_name}`.")];
    if iface.docs.contents.is_some() {
        doc.push(String::new());
        doc.extend(doc_lines(&iface.docs, ""));
    }
    let async_only = passes_streams(&pass_through);
    if async_only {
        doc.push(String::new());
        doc.push(" Only in hub-runtime's `async` build: it passes streams or futures.".into());
    }
    let contents = quote! {
        #[allow(unused_imports)]
        use ::hub_runtime::__internal as __rt;

        /// The full interface name this module forwards.
        pub const NAME: &str = #full_name;
        /// Ownership table: the resources this interface defines (their provider holds them).
        pub const DEFINES: &[&str] = &[#(#resource_names),*];
        /// Ownership table: resources of other interfaces its values can hold. They pass
        /// through, unless the provider defines them all (then it owns them too).
        pub const USES: &[&str] = &[#(#uses),*];

        #(#host_items)*

        #(#item_definitions)*

        #(#wire_values)*

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
            fn uses(&self) -> &'static [__rt::GeneratedUse] {
                &[#(#generated_uses),*]
            }
            fn items(&self) -> &'static [__rt::GeneratedItem] {
                &[#(#item_entries),*]
            }
            fn wire(&self) -> &'static [__rt::WireFunction] {
                const WIRE: &[__rt::WireFunction] = &[#(#wire_functions),*];
                WIRE
            }
            fn bind(
                &self,
                binder: &mut __rt::TypedBinder<'_, '_>,
            ) -> ::core::result::Result<::std::boxed::Box<dyn __rt::DefineForwarders>, ::hub_runtime::GeneratedMismatch> {
                #bind
            }
        }

        #pass_through_set
        #owned_uses_module
    };
    // Its types and forwarders name `StreamReader`s, which only that build has.
    let contents = if async_only {
        quote!(::hub_runtime::__internal::if_async! { #contents })
    } else {
        contents
    };
    Ok(InterfaceModule {
        body: quote! {
            #(#![doc = #doc])*
            #contents
        },
        async_only,
    })
}

/// The generated module of one interface.
pub(crate) struct InterfaceModule {
    /// Its body.
    pub(crate) body: TokenStream,
    /// Whether it exists only in hub-runtime's `async` build (it passes streams or
    /// futures, whose Rust types only that build has).
    pub(crate) async_only: bool,
}

/// Whether a type of `render`'s interface, or a function of it, holds a stream or future.
fn passes_streams(render: &TypeRender<'_>) -> bool {
    let iface = &render.resolve.interfaces[render.current];
    let crossing = Crossing::new(render);
    iface
        .types
        .values()
        .any(|id| render.holds_streams(&Type::Id(*id)))
        || iface.functions.values().any(|f| crossing.passes_streams(f))
}

/// One forwarder set, written for the module of `render`'s set: the provider views and
/// conversions it needs (its `__provider` module), `bind`, and one forwarder per function.
///
/// # Errors
///
/// Why a function or a type it crosses cannot be generated.
fn forwarder_set(
    render: &TypeRender<'_>,
    defined_here: &[TypeId],
) -> Result<TokenStream, Unsupported> {
    let iface = &render.resolve.interfaces[render.current];
    let provider = TypeRender {
        depth: render.depth + 1,
        ..*render
    };
    let mut provider_items = Vec::new();
    for id in converted_types(render, defined_here) {
        if render.needs_provider_twin(id) {
            provider_items.push(type_definition(&provider, id, View::Provider)?);
        }
        provider_items.push(conversions(&provider, id)?);
    }
    let provider_module = if provider_items.is_empty() {
        quote!()
    } else {
        quote! {
            /// The provider's view of the records and variants that hold handles it owns,
            /// and the functions converting values that hold handles between the caller's
            /// view and the provider's.
            pub mod __provider {
                #[allow(unused_imports)]
                use ::hub_runtime::__internal as __rt;
                #(#provider_items)*
            }
        }
    };

    let conversion = Conversion::new(render, quote!(__provider::));
    let mut fields = Vec::new();
    let mut binds = Vec::new();
    let mut defines = Vec::new();
    let mut async_defines = Vec::new();
    for function in iface.functions.values() {
        let parts = forwarder(function, &conversion)?;
        fields.push(parts.field);
        binds.push(parts.bind);
        defines.push(parts.define);
        async_defines.push(parts.define_async);
    }
    // An interface without functions keeps the trait's default (nothing to define).
    let (define_async_one, define_async) = if async_defines.is_empty() {
        (quote!(), quote!())
    } else {
        let define_async_one = quote! {
            __rt::if_async! {
                fn define_async_one<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                    function: &str,
                    as_name: &str,
                ) -> __rt::Result<()> {
                    match function {
                        #(#async_defines)*
                        _ => {
                            let _ = (linker, as_name);
                            ::core::result::Result::Err(__rt::wasmtime::format_err!(
                                "`{function}` has no generated forwarder"
                            ))
                        }
                    }
                }
            }
        };
        let define_async = quote! {
            __rt::if_async! {
                fn define_async(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                    function: &str,
                    as_name: &str,
                    call_events: bool,
                ) -> __rt::Result<()> {
                    if call_events {
                        self.define_async_one::<true>(linker, function, as_name)
                    } else {
                        self.define_async_one::<false>(linker, function, as_name)
                    }
                }
            }
        };
        (define_async_one, define_async)
    };
    let visibility = match render.set {
        ForwarderSet::PassThrough => quote!(),
        ForwarderSet::OwnedUses => quote!(pub(super)),
    };
    Ok(quote! {
        #provider_module

        /// Resolves every function's `TypedFunc` in each instance, which type-checks it
        /// against the component.
        #visibility fn bind(
            binder: &mut __rt::TypedBinder<'_, '_>,
        ) -> ::core::result::Result<::std::boxed::Box<dyn __rt::DefineForwarders>, ::hub_runtime::GeneratedMismatch> {
            ::core::result::Result::Ok(::std::boxed::Box::new(__Forwarders {
                provider: binder.provider(),
                #(#binds,)*
            }))
        }

        /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
        /// at load.
        // Fields are named after export names, their `]` and `.` written `__`.
        #[allow(non_snake_case)]
        struct __Forwarders {
            provider: ::std::sync::Arc<__rt::Provider>,
            #(#fields,)*
        }

        impl __Forwarders {
            fn define_all<const EVENTS: bool>(
                &self,
                linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
            ) -> __rt::Result<()> {
                #(#defines)*
                let _ = linker;
                ::core::result::Result::Ok(())
            }

            #define_async_one
        }

        impl __rt::DefineForwarders for __Forwarders {
            fn define(
                &self,
                linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                call_events: bool,
            ) -> __rt::Result<()> {
                if call_events {
                    self.define_all::<true>(linker)
                } else {
                    self.define_all::<false>(linker)
                }
            }

            #define_async
        }
    })
}

/// The records and variants the set converts values of (`TypeRender::needs_conversion`):
/// of those the interface defines and those its types and functions reach, in that order.
fn converted_types(render: &TypeRender<'_>, defined_here: &[TypeId]) -> Vec<TypeId> {
    let iface = &render.resolve.interfaces[render.current];
    let mut found = Vec::new();
    let roots = defined_here.iter().map(|id| Type::Id(*id)).chain(
        iface
            .functions
            .values()
            .flat_map(|f| f.params.iter().map(|p| p.ty).chain(f.result)),
    );
    for ty in roots {
        records_and_variants(render.resolve, &ty, &mut found);
    }
    found.retain(|id| render.needs_conversion(*id));
    found
}

/// Adds the records and variants `ty` is or holds to `found`, each once.
fn records_and_variants(resolve: &Resolve, ty: &Type, found: &mut Vec<TypeId>) {
    let Some(id) = defined_type(ty) else {
        return;
    };
    let def = &resolve.types[id];
    let inner: Vec<&Type> = match &def.kind {
        TypeDefKind::Record(_) | TypeDefKind::Variant(_) if found.contains(&id) => return,
        TypeDefKind::Record(record) => {
            found.push(id);
            record.fields.iter().map(|f| &f.ty).collect()
        }
        TypeDefKind::Variant(variant) => {
            found.push(id);
            variant.cases.iter().flat_map(|c| &c.ty).collect()
        }
        TypeDefKind::Type(t)
        | TypeDefKind::Option(t)
        | TypeDefKind::List(t)
        | TypeDefKind::FixedLengthList(t, _) => vec![t],
        TypeDefKind::Map(k, v) => vec![k, v],
        TypeDefKind::Result(r) => r.ok.iter().chain(&r.err).collect(),
        TypeDefKind::Tuple(t) => t.types.iter().collect(),
        TypeDefKind::Resource
        | TypeDefKind::Handle(_)
        | TypeDefKind::Enum(_)
        | TypeDefKind::Flags(_)
        | TypeDefKind::Future(_)
        | TypeDefKind::Stream(_)
        | TypeDefKind::Unknown => Vec::new(),
    };
    for ty in inner {
        records_and_variants(resolve, ty, found);
    }
}

/// Whether `id` is defined by `interface` itself (not a `use` of another interface's type).
fn is_defined_here(resolve: &Resolve, id: TypeId, interface: InterfaceId) -> bool {
    let def = &resolve.types[id];
    def.owner == TypeOwner::Interface(interface)
        && def.name.is_some()
        && !matches!(def.kind, TypeDefKind::Type(_))
}

/// A resource of another interface the current one uses.
struct UsedResource {
    /// Its definition.
    id: TypeId,
    /// The full name of the interface defining it.
    interface: String,
    name: String,
    /// The path of its marker type from the interface module.
    marker: TokenStream,
}

/// Every resource of another interface that values of the current one can hold, each
/// once: those its types name (a `use`, a field of a used record), then those its
/// functions name, in order.
fn used_resources(render: &TypeRender<'_>) -> Vec<UsedResource> {
    let resolve = render.resolve;
    let iface = &resolve.interfaces[render.current];
    let types = iface.types.values().map(|id| Type::Id(*id)).chain(
        iface
            .functions
            .values()
            .flat_map(|f| f.params.iter().map(|p| p.ty).chain(f.result)),
    );
    let mut used: Vec<UsedResource> = Vec::new();
    for ty in types {
        for (id, _) in render.handles.resources_in(&ty) {
            let def = &resolve.types[id];
            let TypeOwner::Interface(owner) = def.owner else {
                continue;
            };
            if owner == render.current || used.iter().any(|u| u.id == id) {
                continue;
            }
            let (Some(interface), Some(name)) = (resolve.id_of(owner), def.name.clone()) else {
                continue;
            };
            let module = render.interface_path(owner);
            let marker = upper_camel(&name);
            used.push(UsedResource {
                id,
                interface,
                name,
                marker: quote!(#module::#marker),
            });
        }
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Wit;

    const WIT: &str = "package t:uses;
        interface a {
            resource x;
            resource z;
            record boxed { z: z }
        }
        interface b {
            use a.{x, x as also-x, boxed};
            resource own-one;
            f: func(x: borrow<also-x>) -> own-one;
        }
        interface c { resource plain; }";

    fn code(wit: &Wit, interface: &str) -> String {
        let id = wit.interface(interface);
        let tokens = interface_module(&wit.resolve, &wit.handles, id)
            .expect("generated")
            .body;
        tokens.to_string().split_whitespace().collect()
    }

    #[test]
    fn used_resources_are_every_foreign_resource_reachable_each_once() {
        let wit = Wit::parse(WIT);
        let render = wit.render("b", &[]);
        let used: Vec<String> = used_resources(&render)
            .iter()
            .map(|u| format!("{}#{}", u.interface, u.name))
            .collect();
        // `x` is named twice, `z` only inside the used record `boxed`.
        assert_eq!(used, ["t:uses/a#x", "t:uses/a#z"]);
        assert!(used_resources(&wit.render("a", &[])).is_empty());
    }

    #[test]
    fn only_interfaces_with_uses_get_an_owned_uses_set_and_bind_dispatches_to_it() {
        let wit = Wit::parse(WIT);
        let with_uses = code(&wit, "b");
        assert!(
            with_uses
                .contains("ifbinder.owns_uses(){__owned_uses::bind(binder)}else{bind(binder)}"),
            "{with_uses}"
        );
        assert!(with_uses.contains("pubmod__owned_uses{"));
        // Owned uses come after the interface's own resource: `x` is slot 1 there.
        assert!(with_uses.contains("__p.handle_in(arg0,1usize)?"));
        assert!(with_uses.contains("__p.handle_out(result0,0usize,__cx)?"));
        for without in [code(&wit, "a"), code(&wit, "c")] {
            assert!(!without.contains("__owned_uses"), "{without}");
            assert!(!without.contains("owns_uses"), "{without}");
        }
    }
}
