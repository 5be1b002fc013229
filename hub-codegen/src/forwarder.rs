//! One function's forwarder: its field (a `TypedFunc` per instance of the library), how
//! it is resolved at load, and the `func_wrap` closure that converts the arguments, calls
//! the runtime's one forwarding helper and converts the results.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wit_parser::{Function, FunctionKind};

use crate::conversion::{Conversion, Direction};
use crate::error::Unsupported;
use crate::names::function_field;
use crate::types::View;

/// The three pieces of one forwarder.
pub(crate) struct ForwarderParts {
    /// `f_name: InstanceFuncs<(provider params), (provider results)>`
    pub(crate) field: TokenStream,
    /// `f_name: binder.func("name")?`
    pub(crate) bind: TokenStream,
    /// The block defining it in the linker.
    pub(crate) define: TokenStream,
}

/// The forwarder of `function`.
///
/// # Errors
///
/// Why the function cannot be generated (its kind, or a type in its signature).
pub(crate) fn forwarder(
    function: &Function,
    conversion: &Conversion<'_>,
) -> Result<ForwarderParts, Unsupported> {
    match function.kind {
        FunctionKind::Freestanding
        | FunctionKind::Method(_)
        | FunctionKind::Static(_)
        | FunctionKind::Constructor(_) => {}
        FunctionKind::AsyncFreestanding
        | FunctionKind::AsyncMethod(_)
        | FunctionKind::AsyncStatic(_)
        | FunctionKind::Getter
        | FunctionKind::Setter
        | FunctionKind::MethodGetter(_)
        | FunctionKind::MethodSetter(_)
        | FunctionKind::StaticGetter(_)
        | FunctionKind::StaticSetter(_) => {
            return Err(Unsupported::FunctionKind(function.name.clone()));
        }
    }
    let types = conversion.types;
    let name = &function.name;
    let field = function_field(name);
    let rust_types = |view: View| {
        function
            .params
            .iter()
            .map(|p| types.rust_type(&p.ty, view))
            .collect::<Result<Vec<_>, _>>()
    };
    let (host_params, provider_params) = (rust_types(View::Host)?, rust_types(View::Provider)?);
    let (host_result, provider_result) = match &function.result {
        Some(t) => (
            vec![types.rust_type(t, View::Host)?],
            vec![types.rust_type(t, View::Provider)?],
        ),
        None => (Vec::new(), Vec::new()),
    };
    let args: Vec<_> = (0..function.params.len())
        .map(|i| format_ident!("arg{i}"))
        .collect();
    let converted_args = function
        .params
        .iter()
        .zip(&args)
        .map(|(p, a)| conversion.convert(&p.ty, quote!(#a), Direction::In));
    let arg_count = args.len();
    let call =
        quote!(__p.forward::<EVENTS, _, _>(__cx, #name, #arg_count, &func, (#(#converted_args,)*)));
    let results_converted = function.result.as_ref().is_some_and(|t| types.converts(t));
    let body = if results_converted {
        let results: Vec<_> = (0..host_result.len())
            .map(|i| format_ident!("result{i}"))
            .collect();
        let converted = function
            .result
            .iter()
            .zip(&results)
            .map(|(t, r)| conversion.convert(t, quote!(#r), Direction::Out));
        quote! {
            let (#(#results,)*) = #call?;
            ::core::result::Result::Ok((#(#converted,)*))
        }
    } else {
        call
    };
    Ok(ForwarderParts {
        field: quote!(#field: __rt::InstanceFuncs<(#(#provider_params,)*), (#(#provider_result,)*)>),
        bind: quote!(#field: binder.func(#name)?),
        define: quote! {
            {
                let provider = ::std::sync::Arc::clone(&self.provider);
                let func = ::std::sync::Arc::clone(&self.#field);
                linker.func_wrap(
                    #name,
                    move |caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                          (#(#args,)*): (#(#host_params,)*)|
                          -> __rt::Result<(#(#host_result,)*)> {
                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                        let __cx: &::hub_runtime::HostState = caller.data();
                        #body
                    },
                )?;
            }
        },
    })
}
