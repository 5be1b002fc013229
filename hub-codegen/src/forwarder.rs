//! One function's forwarder: its field (a `TypedFunc` per instance of the library), how
//! it is resolved at load, the `func_wrap` closure that converts the arguments, calls
//! the runtime's one forwarding helper and converts the results, and the same as a
//! `func_wrap_concurrent` closure, for an import that is an `async func` (wasmtime
//! serves those only with concurrent host functions). Both serve every function, `async`
//! or not in `wit/`: whether a call is async is the importer's choice, and the provider
//! may be a sync library or an async one.

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
    /// The match arm defining it for an `async func` import, as `as_name`.
    pub(crate) define_async: TokenStream,
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
        | FunctionKind::Constructor(_)
        | FunctionKind::AsyncFreestanding
        | FunctionKind::AsyncMethod(_)
        | FunctionKind::AsyncStatic(_) => {}
        FunctionKind::Getter
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
    let arg_count = args.len();
    // The body between the caller's `__cx` and `__p` and its answer; `concurrent` awaits
    // the forwarded call.
    let body = |concurrent: bool| {
        let converted_args: Vec<_> = function
            .params
            .iter()
            .zip(&args)
            .map(|(p, a)| conversion.convert(&p.ty, quote!(#a), Direction::In))
            .collect();
        let forwarded = quote!((__cx, #name, #arg_count, &func, (#(#converted_args,)*)));
        let call = if concurrent {
            quote!(__p.forward_concurrent::<EVENTS, _, _>#forwarded.await)
        } else {
            quote!(__p.forward::<EVENTS, _, _>#forwarded)
        };
        let results_converted = function.result.as_ref().is_some_and(|t| types.converts(t));
        if !results_converted {
            return call;
        }
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
    };
    let (plain, concurrent) = (body(false), body(true));
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
                        #plain
                    },
                )?;
            }
        },
        define_async: quote! {
            #name => {
                let provider = ::std::sync::Arc::clone(&self.provider);
                let func = ::std::sync::Arc::clone(&self.#field);
                linker.func_wrap_concurrent(
                    as_name,
                    move |accessor: &__rt::Accessor<::hub_runtime::HostState>,
                          (#(#args,)*): (#(#host_params,)*)| {
                        let provider = ::std::sync::Arc::clone(&provider);
                        let func = ::std::sync::Arc::clone(&func);
                        ::std::boxed::Box::pin(async move {
                            let __cx = &__rt::ConcurrentCaller::of(accessor);
                            let __p: &__rt::ProviderCall<'_> = &provider.call();
                            let __result: __rt::Result<(#(#host_result,)*)> = { #concurrent };
                            __result
                        })
                    },
                )
            }
        },
    })
}
