//! The whole generated output: one module per interface, nested `ns::pkg::iface`, plus
//! the list the hub selects generated forwarders from.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::interface::interface_module;
use crate::load::WitSet;
use crate::names::snake;
use crate::types::module_names;

/// Generates forwarders for every interface in `wit`.
///
/// The output defines `pub mod <ns> { pub mod <pkg> { pub mod <iface> { .. } } }` for
/// each interface, `pub static INTERFACES` listing every generated set, and
/// `pub static NOT_GENERATED` naming the interfaces left to the dynamic path and why.
/// It expects `::hub_runtime` and `::wasmtime` to be dependencies of the crate using it.
///
/// # Errors
///
/// Fails when two interfaces would land in the same module (the same interface name in
/// two versions of one package).
pub fn generate(wit: &WitSet) -> Result<TokenStream, String> {
    let resolve = &wit.resolve;
    // ns -> pkg -> iface -> body
    let mut tree: BTreeMap<String, BTreeMap<String, BTreeMap<String, TokenStream>>> =
        BTreeMap::new();
    let mut generated = Vec::new();
    let mut skipped = Vec::new();
    for (id, _) in resolve.interfaces.iter() {
        let Some(full_name) = resolve.id_of(id) else {
            continue;
        };
        let [ns, pkg, name] = module_names(resolve, id);
        match interface_module(resolve, id) {
            Ok(body) => {
                let slot = tree
                    .entry(ns.clone())
                    .or_default()
                    .entry(pkg.clone())
                    .or_default();
                if slot.insert(name.clone(), body).is_some() {
                    return Err(format!(
                        "`{full_name}`: two versions of one package in wit/ are not supported"
                    ));
                }
                let (ns, pkg, name) = (snake(&ns), snake(&pkg), snake(&name));
                generated.push(quote!(&#ns::#pkg::#name::__Interface));
            }
            Err(reason) => skipped.push(quote!((#full_name, #reason))),
        }
    }
    let namespaces = tree.into_iter().map(|(ns, packages)| {
        let packages = packages.into_iter().map(|(pkg, interfaces)| {
            let interfaces = interfaces.into_iter().map(|(name, body)| {
                let name = snake(&name);
                quote!(pub mod #name { #body })
            });
            let pkg = snake(&pkg);
            quote!(pub mod #pkg { #(#interfaces)* })
        });
        let ns = snake(&ns);
        quote!(pub mod #ns { #(#packages)* })
    });
    Ok(quote! {
        #(#namespaces)*

        /// Every interface with generated forwarders, for `Hub::with_generated`.
        pub static INTERFACES: &[&dyn ::hub_runtime::__internal::GeneratedInterface] = &[#(#generated),*];

        /// Interfaces under `wit/` without generated forwarders, and why: they are
        /// forwarded through the dynamic path.
        pub static NOT_GENERATED: &[(&str, &str)] = &[#(#skipped),*];
    })
}
