//! The whole generated output: one module per interface, nested `ns::pkg::iface`, plus
//! the lists the hub selects generated forwarders from.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::error::{GenerateError, Unsupported};
use crate::handles::HandleIndex;
use crate::interface::{InterfaceModule, interface_module};
use crate::load::WitSet;
use crate::names::snake;
use crate::types::module_names;

/// An interface under the WIT folder the generator leaves to the dynamic path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedInterface {
    /// Its full name, `ns:pkg/iface@version`.
    pub name: String,
    /// Why it has no generated forwarders.
    pub reason: Unsupported,
}

/// Generates forwarders for every interface in `wit`.
///
/// The output defines `pub mod <ns> { pub mod <pkg> { pub mod <iface> { .. } } }` for
/// each interface, `pub static INTERFACES` listing every generated set,
/// `pub static NOT_GENERATED` naming the interfaces left to the dynamic path and why, and
/// `pub static FORWARDERS`, both lists for `Hub::with_generated`. It names only
/// `::hub_runtime::__internal` (wasmtime included, through its re-export), so the crate
/// using it needs `hub-runtime` as a dependency and nothing else.
///
/// # Errors
///
/// Fails when two interfaces would land in the same module (the same interface name in
/// two versions of one package).
pub fn generate(wit: &WitSet) -> Result<TokenStream, GenerateError> {
    let resolve = &wit.resolve;
    let handles = HandleIndex::new(resolve);
    // ns -> pkg -> iface -> body
    let mut tree: BTreeMap<String, BTreeMap<String, BTreeMap<String, TokenStream>>> =
        BTreeMap::new();
    let mut generated = Vec::new();
    // Interfaces passing streams or futures: generated in hub-runtime's `async` build
    // only (the other one has no Rust types for them), and dynamic in the other.
    let mut async_only_generated = Vec::new();
    let mut skipped = Vec::new();
    for (id, _) in resolve.interfaces.iter() {
        let Some(full_name) = resolve.id_of(id) else {
            continue;
        };
        let [ns, pkg, name] = module_names(resolve, id);
        match interface_module(resolve, &handles, id) {
            Ok(InterfaceModule { body, async_only }) => {
                let slot = tree
                    .entry(ns.clone())
                    .or_default()
                    .entry(pkg.clone())
                    .or_default();
                if slot.insert(name.clone(), body).is_some() {
                    return Err(GenerateError::TwoVersions {
                        interface: full_name,
                    });
                }
                let (ns, pkg, name) = (snake(&ns), snake(&pkg), snake(&name));
                let entry = quote!(&#ns::#pkg::#name::__Interface);
                if async_only {
                    async_only_generated.push((entry, full_name));
                } else {
                    generated.push(entry);
                }
            }
            Err(reason) => {
                let reason = reason.to_string();
                skipped.push(quote!((#full_name, #reason)));
            }
        }
    }
    let namespaces = tree.into_iter().map(|(ns, packages)| {
        let packages = packages.into_iter().map(|(pkg, interfaces)| {
            let interfaces = interfaces.into_iter().map(|(name, body)| {
                let name = snake(&name);
                quote!(pub mod #name { #body })
            });
            let doc = format!(" Generated forwarders of the package `{ns}:{pkg}`.");
            let pkg = snake(&pkg);
            quote!(#[doc = #doc] pub mod #pkg { #(#interfaces)* })
        });
        let doc = format!(" Generated forwarders of the `{ns}` namespace.");
        let ns = snake(&ns);
        quote!(#[doc = #doc] pub mod #ns { #(#packages)* })
    });
    let lists = |generated: &[TokenStream], skipped: &[TokenStream]| {
        quote! {
            /// Every interface with generated forwarders.
            pub static INTERFACES: &[&dyn ::hub_runtime::__internal::GeneratedInterface] = &[#(#generated),*];

            /// Interfaces under `wit/` without generated forwarders, and why: they are
            /// forwarded through the dynamic path.
            pub static NOT_GENERATED: &[(&str, &str)] = &[#(#skipped),*];
        }
    };
    let lists = if async_only_generated.is_empty() {
        lists(&generated, &skipped)
    } else {
        let (entries, names): (Vec<_>, Vec<_>) = async_only_generated.into_iter().unzip();
        let with_async = lists(&[generated.clone(), entries].concat(), &skipped);
        let reason = ASYNC_ONLY;
        let not_async = names.iter().map(|name| quote!((#name, #reason)));
        let without_async = lists(&generated, &[skipped, not_async.collect()].concat());
        quote! {
            ::hub_runtime::__internal::if_async! { #with_async }
            ::hub_runtime::__internal::if_sync! { #without_async }
        }
    };
    Ok(quote! {
        #(#namespaces)*

        #lists

        /// Both lists, for `Hub::with_generated`.
        pub static FORWARDERS: ::hub_runtime::GeneratedForwarders =
            ::hub_runtime::GeneratedForwarders::new(INTERFACES, NOT_GENERATED);
    })
}

/// Why an interface passing streams or futures is not generated in a build without
/// hub-runtime's `async` feature (which also refuses the components using it).
const ASYNC_ONLY: &str = "passes streams or futures, generated in the `async` build only";

/// The interfaces of `wit` the generator leaves to the dynamic path, and why: what
/// [`generate`] lists in `NOT_GENERATED`, for a build script to warn about.
pub fn skipped_interfaces(wit: &WitSet) -> Vec<SkippedInterface> {
    let resolve = &wit.resolve;
    let handles = HandleIndex::new(resolve);
    resolve
        .interfaces
        .iter()
        .filter_map(|(id, _)| {
            let name = resolve.id_of(id)?;
            let reason = interface_module(resolve, &handles, id).err()?;
            Some(SkippedInterface { name, reason })
        })
        .collect()
}
