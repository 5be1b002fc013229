/// Generated forwarders of the `share` namespace.
pub mod share {
    /// Generated forwarders of the package `share:res`.
    pub mod res {
        pub mod e1 {
            //! Generated forwarders for `share:res/e1@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "share:res/e1@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &["x"];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// Host marker of the WIT resource `x`: handles to it cross the hub as `Resource<X>`.
            pub struct X;
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &["[constructor]x", "[method]x.get", "make"]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[
                        __rt::GeneratedResource {
                            name: "x",
                            codec: __rt::codec::<X>,
                        },
                    ]
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
                        f_constructor__x: binder.func("[constructor]x")?,
                        f_method__x__get: binder.func("[method]x.get")?,
                        f_make: binder.func("make")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_constructor__x: __rt::InstanceFuncs<(u32,), (__rt::ResourceAny,)>,
                f_method__x__get: __rt::InstanceFuncs<(__rt::ResourceAny,), (u32,)>,
                f_make: __rt::InstanceFuncs<(u32,), (__rt::ResourceAny,)>,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_constructor__x);
                        linker
                            .func_wrap(
                                "[constructor]x",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (u32,),
                                | -> __rt::Result<
                                    (__rt::Resource<super::super::super::share::res::e1::X>,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "[constructor]x", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((
                                        __p.handle_out(result0, 0usize, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__x__get);
                        linker
                            .func_wrap(
                                "[method]x.get",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (__rt::Resource<super::super::super::share::res::e1::X>,),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "[method]x.get",
                                        1usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?,),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_make);
                        linker
                            .func_wrap(
                                "make",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (u32,),
                                | -> __rt::Result<
                                    (__rt::Resource<super::super::super::share::res::e1::X>,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "make", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((
                                        __p.handle_out(result0, 0usize, __cx)?,
                                    ))
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
                    "[constructor]x" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self
                    .f_constructor__x); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (u32,) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::share::res::e1::X >,) > = { let (result0,) = __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "[constructor]x",
                    1usize, & func, (arg0,)). await ?; ::core::result::Result::Ok((__p
                    .handle_out(result0, 0usize, __cx) ?,)) }; __result }) },) }
                    "[method]x.get" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self
                    .f_method__x__get); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (__rt::Resource < super::super::super::share::res::e1::X >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]x.get", 1usize, & func, (__p.handle_in(arg0, 0usize)
                    ?,)). await }; __result }) },) } "make" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_make); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (u32,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::share::res::e1::X >,) > = { let (result0,) = __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "make", 1usize, & func,
                    (arg0,)). await ?; ::core::result::Result::Ok((__p
                    .handle_out(result0, 0usize, __cx) ?,)) }; __result }) },) } _ => {
                    let _ = (linker, as_name);
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
        pub mod e2 {
            //! Generated forwarders for `share:res/e2@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "share:res/e2@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &[];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &["share:res/e1@0.1.0#x"];
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &["describe", "consume", "make-y"]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[
                        __rt::GeneratedUse {
                            interface: "share:res/e1@0.1.0",
                            name: "x",
                            codec: __rt::codec::<super::super::super::share::res::e1::X>,
                        },
                    ]
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
                    if binder.owns_uses() {
                        __owned_uses::bind(binder)
                    } else {
                        bind(binder)
                    }
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
                        f_describe: binder.func("describe")?,
                        f_consume: binder.func("consume")?,
                        f_make_y: binder.func("make-y")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_describe: __rt::InstanceFuncs<
                    (__rt::Resource<super::super::super::share::res::e1::X>,),
                    (::std::string::String,),
                >,
                f_consume: __rt::InstanceFuncs<
                    (__rt::Resource<super::super::super::share::res::e1::X>,),
                    (u32,),
                >,
                f_make_y: __rt::InstanceFuncs<
                    (u32,),
                    (__rt::Resource<super::super::super::share::res::e1::X>,),
                >,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_describe);
                        linker
                            .func_wrap(
                                "describe",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (__rt::Resource<super::super::super::share::res::e1::X>,),
                                | -> __rt::Result<(::std::string::String,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "describe", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_consume);
                        linker
                            .func_wrap(
                                "consume",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (__rt::Resource<super::super::super::share::res::e1::X>,),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "consume", 1usize, &func, (__p.pass_in(arg0)?,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_make_y);
                        linker
                            .func_wrap(
                                "make-y",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (u32,),
                                | -> __rt::Result<
                                    (__rt::Resource<super::super::super::share::res::e1::X>,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "make-y", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((__p.pass_out(result0, __cx)?,))
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
                    "describe" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_describe);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (__rt::Resource < super::super::super::share::res::e1::X >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::string::String,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "describe", 1usize, &
                    func, (arg0,)). await }; __result }) },) } "consume" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_consume); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::share::res::e1::X >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "consume", 1usize, & func, (__p.pass_in(arg0) ?,)). await };
                    __result }) },) } "make-y" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_make_y); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (u32,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::share::res::e1::X >,) > = { let (result0,) = __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "make-y", 1usize, &
                    func, (arg0,)). await ?; ::core::result::Result::Ok((__p
                    .pass_out(result0, __cx) ?,)) }; __result }) },) } _ => { let _ =
                    (linker, as_name);
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
            /// The forwarders bound when the provider also defines every resource this
            /// interface uses (it exports their interfaces too): it owns them, and they
            /// are unwrapped to its handles like the interface's own.
            #[doc(hidden)]
            pub mod __owned_uses {
                #[allow(unused_imports)]
                use ::hub_runtime::__internal as __rt;
                /// Resolves every function's `TypedFunc` in each instance, which type-checks it
                /// against the component.
                pub(super) fn bind(
                    binder: &mut __rt::TypedBinder<'_, '_>,
                ) -> ::core::result::Result<
                    ::std::boxed::Box<dyn __rt::DefineForwarders>,
                    ::hub_runtime::GeneratedMismatch,
                > {
                    ::core::result::Result::Ok(
                        ::std::boxed::Box::new(__Forwarders {
                            provider: binder.provider(),
                            f_describe: binder.func("describe")?,
                            f_consume: binder.func("consume")?,
                            f_make_y: binder.func("make-y")?,
                        }),
                    )
                }
                /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
                /// at load.
                #[allow(non_snake_case)]
                struct __Forwarders {
                    provider: ::std::sync::Arc<__rt::Provider>,
                    f_describe: __rt::InstanceFuncs<
                        (__rt::ResourceAny,),
                        (::std::string::String,),
                    >,
                    f_consume: __rt::InstanceFuncs<(__rt::ResourceAny,), (u32,)>,
                    f_make_y: __rt::InstanceFuncs<(u32,), (__rt::ResourceAny,)>,
                }
                impl __Forwarders {
                    fn define_all<const EVENTS: bool>(
                        &self,
                        linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                    ) -> __rt::Result<()> {
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_describe);
                            linker
                                .func_wrap(
                                    "describe",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::share::res::e1::X,
                                            >,
                                        ),
                                    | -> __rt::Result<(::std::string::String,)> {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        __p.forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(
                                            __cx,
                                            "describe",
                                            1usize,
                                            &func,
                                            (__p.handle_in(arg0, 0usize)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_consume);
                            linker
                                .func_wrap(
                                    "consume",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::share::res::e1::X,
                                            >,
                                        ),
                                    | -> __rt::Result<(u32,)> {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        __p.forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(
                                            __cx,
                                            "consume",
                                            1usize,
                                            &func,
                                            (__p.handle_in(arg0, 0usize)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_make_y);
                            linker
                                .func_wrap(
                                    "make-y",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (arg0,): (u32,),
                                    | -> __rt::Result<
                                        (
                                            __rt::Resource<
                                                super::super::super::super::share::res::e1::X,
                                            >,
                                        ),
                                    > {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        let (result0,) = __p
                                            .forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(__cx, "make-y", 1usize, &func, (arg0,))?;
                                        ::core::result::Result::Ok((
                                            __p.handle_out(result0, 0usize, __cx)?,
                                        ))
                                    },
                                )?;
                        }
                        let _ = linker;
                        ::core::result::Result::Ok(())
                    }
                    __rt::if_async! {
                        fn define_async_one < const EVENTS : bool > (& self, linker : &
                        mut __rt::LinkerInstance < '_, ::hub_runtime::HostState >,
                        function : & str, as_name : & str,) -> __rt::Result < () > {
                        match function { "describe" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_describe); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::share::res::e1::X >,) | { let
                        provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (::std::string::String,) > = { __p
                        .forward_concurrent:: < EVENTS, _, _ > (__cx, "describe", 1usize,
                        & func, (__p.handle_in(arg0, 0usize) ?,)). await }; __result })
                        },) } "consume" => { let provider = ::std::sync::Arc::clone(&
                        self.provider); let func = ::std::sync::Arc::clone(& self
                        .f_consume); linker.func_wrap_concurrent(as_name, move | accessor
                        : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                        (__rt::Resource < super::super::super::super::share::res::e1::X
                        >,) | { let provider = ::std::sync::Arc::clone(& provider); let
                        func = ::std::sync::Arc::clone(& func);
                        ::std::boxed::Box::pin(async move { let __cx = &
                        __rt::ConcurrentCaller::of(accessor); let __p : &
                        __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "consume", 1usize, & func, (__p.handle_in(arg0,
                        0usize) ?,)). await }; __result }) },) } "make-y" => { let
                        provider = ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_make_y); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (u32,) | { let provider =
                        ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (__rt::Resource <
                        super::super::super::super::share::res::e1::X >,) > = { let
                        (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                        "make-y", 1usize, & func, (arg0,)). await ?;
                        ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                        ?,)) }; __result }) },) } _ => { let _ = (linker, as_name);
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
                        call_events : bool,) -> __rt::Result < () > { if call_events {
                        self.define_async_one:: < true > (linker, function, as_name) }
                        else { self.define_async_one:: < false > (linker, function,
                        as_name) } }
                    }
                }
            }
        }
    }
}
/// Every interface with generated forwarders.
pub static INTERFACES: &[&dyn ::hub_runtime::__internal::GeneratedInterface] = &[
    &share::res::e1::__Interface,
    &share::res::e2::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
