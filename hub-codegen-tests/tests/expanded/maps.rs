/// Generated forwarders of the `maps` namespace.
pub mod maps {
    /// Generated forwarders of the package `maps:demo`.
    pub mod demo {
        pub mod api {
            //! Generated forwarders for `maps:demo/api@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "maps:demo/api@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &[];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &["count-words", "sum-values", "reverse4"]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[]
                }
                fn items(&self) -> &'static [__rt::GeneratedItem] {
                    &[]
                }
                fn wire(&self) -> &'static [__rt::WireFunction] {
                    const WIRE: &[__rt::WireFunction] = &[];
                    WIRE
                }
                fn bind(
                    &self,
                    binder: &mut __rt::TypedBinder<'_, '_>,
                ) -> ::core::result::Result<
                    ::std::boxed::Box<dyn __rt::DefineForwarders>,
                    ::hub_runtime::GeneratedMismatch,
                > {
                    bind(binder)
                }
            }
            /// Resolves every function's `TypedFunc` in each instance, which type-checks it
            /// against the component.
            fn bind(
                binder: &mut __rt::TypedBinder<'_, '_>,
            ) -> ::core::result::Result<
                ::std::boxed::Box<dyn __rt::DefineForwarders>,
                ::hub_runtime::GeneratedMismatch,
            > {
                ::core::result::Result::Ok(
                    ::std::boxed::Box::new(__Forwarders {
                        provider: binder.provider(),
                        f_count_words: binder.func("count-words")?,
                        f_sum_values: binder.func("sum-values")?,
                        f_reverse4: binder.func("reverse4")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_count_words: __rt::InstanceFuncs<
                    (::std::string::String,),
                    (::std::collections::HashMap<::std::string::String, u32>,),
                >,
                f_sum_values: __rt::InstanceFuncs<
                    (::std::collections::HashMap<::std::string::String, u32>,),
                    (u32,),
                >,
                f_reverse4: __rt::InstanceFuncs<([u8; 4],), ([u8; 4],)>,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_count_words);
                        linker
                            .func_wrap(
                                "count-words",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (::std::string::String,),
                                | -> __rt::Result<
                                    (::std::collections::HashMap<::std::string::String, u32>,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "count-words", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_sum_values);
                        linker
                            .func_wrap(
                                "sum-values",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::std::collections::HashMap<::std::string::String, u32>,
                                    ),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "sum-values", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_reverse4);
                        linker
                            .func_wrap(
                                "reverse4",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): ([u8; 4],),
                                | -> __rt::Result<([u8; 4],)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "reverse4", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    let _ = linker;
                    ::core::result::Result::Ok(())
                }
                __rt::if_async! {
                    fn define_async_one < const EVENTS : bool > (& self, linker : & mut
                    __rt::LinkerInstance < '_, ::hub_runtime::HostState >, function : &
                    str, as_name : & str,) -> __rt::Result < () > { match function {
                    "count-words" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_count_words);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (::std::string::String,) | { let provider = ::std::sync::Arc::clone(&
                    provider); let func = ::std::sync::Arc::clone(& func);
                    ::std::boxed::Box::pin(async move { let __cx = &
                    __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall
                    < '_ > = & provider.call(); let __result : __rt::Result <
                    (::std::collections::HashMap < ::std::string::String, u32 >,) > = {
                    __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "count-words",
                    1usize, & func, (arg0,)). await }; __result }) },) } "sum-values" =>
                    { let provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_sum_values); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::std::collections::HashMap <
                    ::std::string::String, u32 >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "sum-values", 1usize, & func, (arg0,)). await }; __result })
                    },) } "reverse4" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_reverse4);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) : ([u8; 4],) | {
                    let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < ([u8; 4],) > = { __p.forward_concurrent:: < EVENTS, _,
                    _ > (__cx, "reverse4", 1usize, & func, (arg0,)). await }; __result })
                    },) } _ => { let _ = (linker, as_name);
                    ::core::result::Result::Err(__rt::wasmtime::format_err!("`{function}` has no generated forwarder"))
                    } } }
                }
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
                __rt::if_async! {
                    fn define_async(& self, linker : & mut __rt::LinkerInstance < '_,
                    ::hub_runtime::HostState >, function : & str, as_name : & str,
                    call_events : bool,) -> __rt::Result < () > { if call_events { self
                    .define_async_one:: < true > (linker, function, as_name) } else {
                    self.define_async_one:: < false > (linker, function, as_name) } }
                }
            }
        }
    }
}
/// Every interface with generated forwarders.
pub static INTERFACES: &[&dyn ::hub_runtime::__internal::GeneratedInterface] = &[
    &maps::demo::api::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
