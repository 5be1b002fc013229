//! `generate_forwarders!("wit")`: component-hub's typed forwarders for every WIT
//! interface under a folder of the calling crate.
//!
//! A thin shell: it parses its argument, asks `hub-codegen` for the code and turns
//! errors, with their causes on the same line, into `compile_error!`. Every WIT file
//! read is tracked with `include_bytes!`, so editing one rebuilds the forwarders.

#![deny(missing_docs)]

use std::path::PathBuf;

use hub_codegen::OneLine;
use proc_macro::TokenStream;
use quote::quote;
use syn::{LitStr, parse_macro_input};

/// Expands to generated forwarders for every interface of every WIT package under the
/// given folder (relative to the calling crate's `Cargo.toml`). See `hub_codegen::generate`
/// for what is generated.
#[proc_macro]
pub fn generate_forwarders(input: TokenStream) -> TokenStream {
    let folder = parse_macro_input!(input as LitStr);
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    let dir = manifest_dir.join(folder.value());
    let wit = match hub_codegen::WitSet::load(&dir) {
        Ok(wit) => wit,
        Err(err) => {
            return syn::Error::new(folder.span(), OneLine(&err))
                .to_compile_error()
                .into();
        }
    };
    let code = match hub_codegen::generate(&wit) {
        Ok(code) => code,
        Err(err) => {
            return syn::Error::new(folder.span(), OneLine(&err))
                .to_compile_error()
                .into();
        }
    };
    let files = wit.files().iter().map(|f| f.display().to_string());
    quote! {
        #code
        const _: () = { #( const _: &[u8] = include_bytes!(#files); )* };
    }
    .into()
}
