//! The generated module of one WIT interface: its types, a marker per resource, its
//! ownership table and one typed forwarder per function.

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::{InterfaceId, Resolve, TypeDefKind, TypeId, TypeOwner};

use crate::conversion::Conversion;
use crate::error::Unsupported;
use crate::forwarder::forwarder;
use crate::handles::HandleIndex;
use crate::names::upper_camel;
use crate::typedef::{conversions, doc_lines, type_definition};
use crate::types::{TypeRender, View};

/// Depth of an interface module below the generated root (`ns::pkg::iface`).
const INTERFACE_DEPTH: usize = 3;

/// The module body for `interface`.
///
/// # Errors
///
/// Why it is not generated (it then uses the dynamic path at runtime).
pub(crate) fn interface_module(
    resolve: &Resolve,
    handles: &HandleIndex,
    interface: InterfaceId,
) -> Result<TokenStream, Unsupported> {
    let full_name = resolve.id_of(interface).ok_or(Unsupported::Anonymous)?;
    let iface = &resolve.interfaces[interface];
    let host = TypeRender {
        resolve,
        handles,
        current: interface,
        depth: INTERFACE_DEPTH,
    };
    let provider = TypeRender {
        depth: INTERFACE_DEPTH + 1,
        ..host
    };

    let defined_here: Vec<TypeId> = iface
        .types
        .values()
        .copied()
        .filter(|id| is_defined_here(resolve, *id, interface))
        .collect();
    let owned: Vec<TypeId> = defined_here
        .iter()
        .copied()
        .filter(|id| matches!(resolve.types[*id].kind, TypeDefKind::Resource))
        .collect();

    let mut host_items = Vec::new();
    let mut provider_items = Vec::new();
    for &id in &defined_here {
        host_items.push(type_definition(&host, id, View::Host)?);
        if host.needs_provider(id) {
            provider_items.push(type_definition(&provider, id, View::Provider)?);
            provider_items.push(conversions(&provider, &owned, id));
        }
    }

    let conversion = Conversion::new(&host, &owned, quote!(__provider::));
    let mut fields = Vec::new();
    let mut binds = Vec::new();
    let mut defines = Vec::new();
    let mut names = Vec::new();
    for function in iface.functions.values() {
        let parts = forwarder(function, &conversion)?;
        fields.push(parts.field);
        binds.push(parts.bind);
        defines.push(parts.define);
        names.push(function.name.clone());
    }

    let resource_names: Vec<String> = owned
        .iter()
        .map(|id| resolve.types[*id].name.clone().unwrap_or_default())
        .collect();
    let resources = resource_names.iter().map(|name| {
        let marker = upper_camel(name);
        quote!(__rt::GeneratedResource { name: #name, codec: __rt::codec::<#marker> })
    });
    let used = used_resources(&host);
    let uses = used.iter().map(|u| format!("{}#{}", u.interface, u.name));
    let generated_uses = used.iter().map(|u| {
        let (interface, name, marker) = (&u.interface, &u.name, &u.marker);
        quote!(__rt::GeneratedUse { interface: #interface, name: #name, codec: __rt::codec::<#marker> })
    });
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
    let mut doc = vec![format!(" Generated forwarders for `{full_name}`.")];
    if iface.docs.contents.is_some() {
        doc.push(String::new());
        doc.extend(doc_lines(&iface.docs, ""));
    }
    Ok(quote! {
        #(#![doc = #doc])*
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
            fn uses(&self) -> &'static [__rt::GeneratedUse] {
                &[#(#generated_uses),*]
            }
            fn bind(
                &self,
                binder: &mut __rt::TypedBinder<'_, '_>,
            ) -> ::core::result::Result<::std::boxed::Box<dyn __rt::DefineForwarders>, __rt::GeneratedMismatch> {
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
            fn define_all<const EVENTS: bool>(
                &self,
                linker: &mut __rt::LinkerInstance<'_, __rt::HostState>,
            ) -> __rt::Result<()> {
                #(#defines)*
                let _ = linker;
                ::core::result::Result::Ok(())
            }
        }

        impl __rt::DefineForwarders for __Forwarders {
            fn define(
                &self,
                linker: &mut __rt::LinkerInstance<'_, __rt::HostState>,
                call_events: bool,
            ) -> __rt::Result<()> {
                if call_events {
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

/// A resource of another interface the current one uses.
struct UsedResource {
    /// The full name of the interface defining it.
    interface: String,
    name: String,
    /// The path of its marker type from the interface module.
    marker: TokenStream,
}

/// Every resource of another interface that the current one uses.
fn used_resources(render: &TypeRender<'_>) -> Vec<UsedResource> {
    let resolve = render.resolve;
    resolve.interfaces[render.current]
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
            let name = def.name.clone()?;
            let module = render.interface_path(owner);
            let marker = upper_camel(&name);
            Some(UsedResource {
                interface: resolve.id_of(owner)?,
                name,
                marker: quote!(#module::#marker),
            })
        })
        .collect()
}
