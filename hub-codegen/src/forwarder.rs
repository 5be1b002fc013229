//! One function's forwarder: its field (a `TypedFunc` per instance of the library), how
//! it is resolved at load, the `func_wrap` closure that converts the arguments, calls
//! the runtime's one forwarding helper and converts the results, and the same as a
//! `func_wrap_concurrent` closure, for an import that is an `async func` (wasmtime
//! serves those only with concurrent host functions). Both serve every function, `async`
//! or not in `wit/`: whether a call is async is the importer's choice, and the provider
//! may be a sync library or an async one. A function passing streams or futures (only
//! async libraries have them) crosses them between the stores as well ([`Crossing`]).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wit_parser::{Function, FunctionKind};

use crate::conversion::{Conversion, Direction};
use crate::crossing::Crossing;
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
    let signature: Signature<'_> = (
        &host_params,
        &host_result,
        &provider_params,
        &provider_result,
    );
    let crossing = Crossing::new(types);
    if crossing.passes_streams(function) {
        for ty in function
            .params
            .iter()
            .map(|p| &p.ty)
            .chain(&function.result)
        {
            crossing.check(name, ty)?;
        }
        let bodies = CrossingBodies {
            function,
            conversion,
            crossing: &crossing,
            args: &args,
            provider_params: &provider_params,
            provider_result: &provider_result,
        };
        return Ok(parts(
            function,
            signature,
            &args,
            bodies.body(false),
            bodies.body(true),
            true,
        ));
    }
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
    let plain = body(false);
    let plain = quote! {
        let __cx: &::hub_runtime::HostState = caller.data();
        #plain
    };
    Ok(parts(function, signature, &args, plain, body(true), false))
}

/// The Rust types of a function's params and result, in the host view and the
/// provider's.
type Signature<'t> = (
    &'t [TokenStream],
    &'t [TokenStream],
    &'t [TokenStream],
    &'t [TokenStream],
);

/// The pieces of `function`'s forwarder around its two bodies (`plain` for `func_wrap`,
/// `concurrent` for `func_wrap_concurrent`), which see `caller` (or `accessor`) and the
/// arguments `args`; `mut_caller` when the plain body uses its store.
fn parts(
    function: &Function,
    (host_params, host_result, provider_params, provider_result): Signature<'_>,
    args: &[proc_macro2::Ident],
    plain: TokenStream,
    concurrent: TokenStream,
    mut_caller: bool,
) -> ForwarderParts {
    let name = &function.name;
    let field = function_field(name);
    let caller = if mut_caller {
        quote!(mut caller)
    } else {
        quote!(caller)
    };
    ForwarderParts {
        field: quote!(#field: __rt::InstanceFuncs<(#(#provider_params,)*), (#(#provider_result,)*)>),
        bind: quote!(#field: binder.func(#name)?),
        define: quote! {
            {
                let provider = ::std::sync::Arc::clone(&self.provider);
                let func = ::std::sync::Arc::clone(&self.#field);
                linker.func_wrap(
                    #name,
                    move |#caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                          (#(#args,)*): (#(#host_params,)*)|
                          -> __rt::Result<(#(#host_result,)*)> {
                        let __p: &__rt::ProviderCall<'_> = &provider.call();
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
    }
}

/// The bodies of a forwarder whose function passes streams or futures: the arguments
/// converted (handles) and taken out of the caller's store (streams), the call made
/// with closures that land them in the library's store and take its results' streams
/// out of it, and the results landed in the caller's store and converted back.
struct CrossingBodies<'a> {
    function: &'a Function,
    conversion: &'a Conversion<'a>,
    crossing: &'a Crossing<'a>,
    args: &'a [proc_macro2::Ident],
    provider_params: &'a [TokenStream],
    provider_result: &'a [TokenStream],
}

impl CrossingBodies<'_> {
    fn body(&self, concurrent: bool) -> TokenStream {
        let (function, crossing, args) = (self.function, self.crossing, self.args);
        let name = &function.name;
        let arg_count = args.len();
        let (provider_params, provider_result) = (self.provider_params, self.provider_result);
        let store = quote!(__rt::StoreContextMut<'_, ::hub_runtime::HostState>);
        // `inner` with `__s`, the caller's store.
        let in_caller = |inner: TokenStream| {
            if concurrent {
                quote!(accessor.with(|mut __a| -> __rt::Result<_> {
                    let mut __s = __rt::AsContextMut::as_context_mut(&mut __a);
                    ::core::result::Result::Ok(#inner)
                })?)
            } else {
                quote!({
                    let mut __s = __rt::AsContextMut::as_context_mut(&mut caller);
                    #inner
                })
            }
        };
        let converted_args = function
            .params
            .iter()
            .zip(args)
            .map(|(p, a)| self.conversion.convert(&p.ty, quote!(#a), Direction::In));
        let params_cross = function.params.iter().any(|p| crossing.holds(&p.ty));
        let (leave_params, arrive) = if params_cross {
            let left = function
                .params
                .iter()
                .zip(args)
                .map(|(p, a)| crossing.leave(&p.ty, quote!(#a)));
            let entered = function
                .params
                .iter()
                .zip(args)
                .map(|(p, a)| crossing.enter(&p.ty, quote!(#a)));
            (
                in_caller(quote!((#(#left,)*))),
                quote!(move |mut __s: #store| -> __rt::Result<(#(#provider_params,)*)> {
                    let (#(#args,)*) = __params;
                    ::core::result::Result::Ok((#(#entered,)*))
                }),
            )
        } else {
            (
                quote!((#(#args,)*)),
                quote!(move |_: #store| -> __rt::Result<(#(#provider_params,)*)> {
                    ::core::result::Result::Ok(__params)
                }),
            )
        };
        let results: Vec<_> = (0..provider_result.len())
            .map(|i| format_ident!("result{i}"))
            .collect();
        let result_cross = function.result.as_ref().is_some_and(|t| crossing.holds(t));
        let (depart, enter_results) = if result_cross {
            let left = function
                .result
                .iter()
                .zip(&results)
                .map(|(t, r)| crossing.leave(t, quote!(#r)));
            let entered = function
                .result
                .iter()
                .zip(&results)
                .map(|(t, r)| crossing.enter(t, quote!(#r)));
            (
                quote!(|mut __s: #store, (#(#results,)*): (#(#provider_result,)*)| -> __rt::Result<_> {
                    ::core::result::Result::Ok((#(#left,)*))
                }),
                in_caller(quote!({
                    let (#(#results,)*) = __answer;
                    (#(#entered,)*)
                })),
            )
        } else {
            (
                quote!(|_: #store, __r: (#(#provider_result,)*)| -> __rt::Result<_> {
                    ::core::result::Result::Ok(__r)
                }),
                quote!(__answer),
            )
        };
        let converted_results = function
            .result
            .iter()
            .zip(&results)
            .map(|(t, r)| self.conversion.convert(t, quote!(#r), Direction::Out));
        let forwarded = quote!((__cx, #name, #arg_count, &func, #arrive, #depart));
        let (caller_state, call) = if concurrent {
            (
                quote!(),
                quote!(__p.forward_crossing_concurrent::<EVENTS, _, _, _>#forwarded.await?),
            )
        } else {
            (
                quote!(#[allow(unused_variables)] let __cx: &::hub_runtime::HostState = caller.data();),
                quote!(__p.forward_crossing::<EVENTS, _, _, _>#forwarded?),
            )
        };
        quote! {
            #caller_state
            let (#(#args,)*) = (#(#converted_args,)*);
            let __params = #leave_params;
            let __answer = { #caller_state #call };
            let (#(#results,)*) = #enter_results;
            #caller_state
            ::core::result::Result::Ok((#(#converted_results,)*))
        }
    }
}
