/// Generated forwarders of the `hub` namespace.
pub mod hub {
    /// Generated forwarders of the package `hub:async-guests`.
    pub mod async_guests {
        pub mod echo {
            //! Generated forwarders for `hub:async-guests/echo@0.1.0`.
            //!
            //! `hub:async-guests/echo`: async functions across a link. Under `wit/`, so the hub has
            //! generated forwarders for it; the async guests (`guests/wit-async`, whose `echo.wit`
            //! links here) import and export it. `guests/wit-echo-sync` is the same interface with no
            //! `async` (and no `bloat`, so a sync provider of it falls back to the dynamic path).
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "hub:async-guests/echo@0.1.0";
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
                    &["shout", "count", "spin", "fail", "quick", "bloat"]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[]
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
                        f_shout: binder.func("shout")?,
                        f_count: binder.func("count")?,
                        f_spin: binder.func("spin")?,
                        f_fail: binder.func("fail")?,
                        f_quick: binder.func("quick")?,
                        f_bloat: binder.func("bloat")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_shout: __rt::InstanceFuncs<
                    (::std::string::String,),
                    (::std::string::String,),
                >,
                f_count: __rt::InstanceFuncs<(), (u32,)>,
                f_spin: __rt::InstanceFuncs<(), ()>,
                f_fail: __rt::InstanceFuncs<(), ()>,
                f_quick: __rt::InstanceFuncs<(u32, u32), (u32,)>,
                f_bloat: __rt::InstanceFuncs<(u32,), ()>,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_shout);
                        linker
                            .func_wrap(
                                "shout",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (::std::string::String,),
                                | -> __rt::Result<(::std::string::String,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "shout", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_count);
                        linker
                            .func_wrap(
                                "count",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "count", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_spin);
                        linker
                            .func_wrap(
                                "spin",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<()> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<EVENTS, _, _>(__cx, "spin", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_fail);
                        linker
                            .func_wrap(
                                "fail",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<()> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<EVENTS, _, _>(__cx, "fail", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_quick);
                        linker
                            .func_wrap(
                                "quick",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0, arg1): (u32, u32),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "quick", 2usize, &func, (arg0, arg1))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_bloat);
                        linker
                            .func_wrap(
                                "bloat",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (u32,),
                                | -> __rt::Result<()> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "bloat", 1usize, &func, (arg0,))
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
                    "shout" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_shout); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::std::string::String,) | {
                    let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::string::String,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "shout", 1usize, &
                    func, (arg0,)). await }; __result }) },) } "count" => { let provider
                    = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_count); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "count", 0usize, & func, ()). await }; __result }) },) }
                    "spin" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_spin); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "spin", 0usize, & func, ()). await }; __result }) },) } "fail"
                    => { let provider = ::std::sync::Arc::clone(& self.provider); let
                    func = ::std::sync::Arc::clone(& self.f_fail); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "fail", 0usize, & func, ()). await }; __result }) },) }
                    "quick" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_quick); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (u32, u32,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "quick", 2usize, & func, (arg0, arg1,)). await }; __result })
                    },) } "bloat" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_bloat);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) : (u32,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "bloat", 1usize, & func, (arg0,)). await }; __result }) },) }
                    _ => { let _ = (linker, as_name);
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
    &hub::async_guests::echo::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
