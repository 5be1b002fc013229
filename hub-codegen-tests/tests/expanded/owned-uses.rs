/// Generated forwarders of the `cases` namespace.
pub mod cases {
    /// Generated forwarders of the package `cases:elsewhere`.
    pub mod elsewhere {
        pub mod consumer {
            //! Generated forwarders for `cases:elsewhere/consumer@0.1.0`.
            //!
            //! Another package using `defs.token`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "cases:elsewhere/consumer@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &[];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &["cases:owned-uses/defs@0.1.0#token"];
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &["hold", "lend", "hand-back"]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[
                        __rt::GeneratedUse {
                            interface: "cases:owned-uses/defs@0.1.0",
                            name: "token",
                            codec: __rt::codec::<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
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
                        f_hold: binder.func("hold")?,
                        f_lend: binder.func("lend")?,
                        f_hand_back: binder.func("hand-back")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_hold: __rt::InstanceFuncs<
                    (
                        __rt::Resource<
                            super::super::super::cases::owned_uses::defs::Token,
                        >,
                    ),
                    (u32,),
                >,
                f_lend: __rt::InstanceFuncs<
                    (
                        __rt::Resource<
                            super::super::super::cases::owned_uses::defs::Token,
                        >,
                    ),
                    (u32,),
                >,
                f_hand_back: __rt::InstanceFuncs<
                    (),
                    (
                        ::core::option::Option<
                            __rt::Resource<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
                        >,
                    ),
                >,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_hold);
                        linker
                            .func_wrap(
                                "hold",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::defs::Token,
                                        >,
                                    ),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "hold", 1usize, &func, (__p.pass_in(arg0)?,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_lend);
                        linker
                            .func_wrap(
                                "lend",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::defs::Token,
                                        >,
                                    ),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "lend", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_hand_back);
                        linker
                            .func_wrap(
                                "hand-back",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<
                                    (
                                        ::core::option::Option<
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::defs::Token,
                                            >,
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
                                        >(__cx, "hand-back", 0usize, &func, ())?;
                                    ::core::result::Result::Ok((
                                        match result0 {
                                            ::core::option::Option::Some(__v0) => {
                                                ::core::option::Option::Some(__p.pass_out(__v0, __cx)?)
                                            }
                                            ::core::option::Option::None => ::core::option::Option::None,
                                        },
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
                    "hold" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_hold); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "hold", 1usize, & func, (__p.pass_in(arg0) ?,)). await };
                    __result }) },) } "lend" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_lend); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "lend", 1usize, & func, (arg0,)). await }; __result }) },) }
                    "hand-back" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_hand_back);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, () : () | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::option::Option < __rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token > >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "hand-back", 0usize, & func, ()). await ?;
                    ::core::result::Result::Ok((match result0 {
                    ::core::option::Option::Some(__v1) =>
                    ::core::option::Option::Some(__p.pass_out(__v1, __cx) ?),
                    ::core::option::Option::None => ::core::option::Option::None },)) };
                    __result }) },) } _ => { let _ = (linker, as_name);
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
                            f_hold: binder.func("hold")?,
                            f_lend: binder.func("lend")?,
                            f_hand_back: binder.func("hand-back")?,
                        }),
                    )
                }
                /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
                /// at load.
                #[allow(non_snake_case)]
                struct __Forwarders {
                    provider: ::std::sync::Arc<__rt::Provider>,
                    f_hold: __rt::InstanceFuncs<(__rt::ResourceAny,), (u32,)>,
                    f_lend: __rt::InstanceFuncs<(__rt::ResourceAny,), (u32,)>,
                    f_hand_back: __rt::InstanceFuncs<
                        (),
                        (::core::option::Option<__rt::ResourceAny>,),
                    >,
                }
                impl __Forwarders {
                    fn define_all<const EVENTS: bool>(
                        &self,
                        linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                    ) -> __rt::Result<()> {
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_hold);
                            linker
                                .func_wrap(
                                    "hold",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::cases::owned_uses::defs::Token,
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
                                            "hold",
                                            1usize,
                                            &func,
                                            (__p.handle_in(arg0, 0usize)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_lend);
                            linker
                                .func_wrap(
                                    "lend",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::cases::owned_uses::defs::Token,
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
                                            "lend",
                                            1usize,
                                            &func,
                                            (__p.handle_in(arg0, 0usize)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_hand_back);
                            linker
                                .func_wrap(
                                    "hand-back",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (): (),
                                    | -> __rt::Result<
                                        (
                                            ::core::option::Option<
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::defs::Token,
                                                >,
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
                                            >(__cx, "hand-back", 0usize, &func, ())?;
                                        ::core::result::Result::Ok((
                                            match result0 {
                                                ::core::option::Option::Some(__v0) => {
                                                    ::core::option::Option::Some(
                                                        __p.handle_out(__v0, 0usize, __cx)?,
                                                    )
                                                }
                                                ::core::option::Option::None => ::core::option::Option::None,
                                            },
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
                        match function { "hold" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_hold); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token >,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "hold", 1usize, & func, (__p.handle_in(arg0, 0usize)
                        ?,)). await }; __result }) },) } "lend" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_lend); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token >,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "lend", 1usize, & func, (__p.handle_in(arg0, 0usize)
                        ?,)). await }; __result }) },) } "hand-back" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_hand_back); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, () : () | { let provider =
                        ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (::core::option::Option < __rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token > >,)
                        > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "hand-back", 0usize, & func, ()). await ?;
                        ::core::result::Result::Ok((match result0 {
                        ::core::option::Option::Some(__v1) =>
                        ::core::option::Option::Some(__p.handle_out(__v1, 0usize, __cx)
                        ?), ::core::option::Option::None => ::core::option::Option::None
                        },)) }; __result }) },) } _ => { let _ = (linker, as_name);
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
    /// Generated forwarders of the package `cases:owned-uses`.
    pub mod owned_uses {
        pub mod defs {
            //! Generated forwarders for `cases:owned-uses/defs@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "cases:owned-uses/defs@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &["token"];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// Host marker of the WIT resource `token`: handles to it cross the hub as `Resource<Token>`.
            pub struct Token;
            /// A record of `defs` holding a token: its users convert it with their own functions.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(record)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub struct Slot {
                /// WIT field `name`.
                #[component(name = "name")]
                pub name: ::std::string::String,
                /// WIT field `token`.
                #[component(name = "token")]
                pub token: __rt::Resource<
                    super::super::super::cases::owned_uses::defs::Token,
                >,
            }
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &["[constructor]token", "[method]token.value"]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[
                        __rt::GeneratedResource {
                            name: "token",
                            codec: __rt::codec::<Token>,
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
            /// The provider's view of the records and variants that hold handles it owns,
            /// and the functions converting values that hold handles between the caller's
            /// view and the provider's.
            pub mod __provider {
                #[allow(unused_imports)]
                use ::hub_runtime::__internal as __rt;
                /// A record of `defs` holding a token: its users convert it with their own functions.
                #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                #[component(record)]
                #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                pub struct Slot {
                    /// WIT field `name`.
                    #[component(name = "name")]
                    pub name: ::std::string::String,
                    /// WIT field `token`.
                    #[component(name = "token")]
                    pub token: __rt::ResourceAny,
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                pub fn slot_in(
                    value: super::Slot,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<Slot> {
                    ::core::result::Result::Ok(Slot {
                        name: value.name,
                        token: __p.handle_in(value.token, 0usize)?,
                    })
                }
                /// Provider view to host view: registers the provider's own handles, and hands
                /// the others it returns to the caller.
                pub fn slot_out(
                    value: Slot,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Slot> {
                    ::core::result::Result::Ok(super::Slot {
                        name: value.name,
                        token: __p.handle_out(value.token, 0usize, __cx)?,
                    })
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
                        f_constructor__token: binder.func("[constructor]token")?,
                        f_method__token__value: binder.func("[method]token.value")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_constructor__token: __rt::InstanceFuncs<(u32,), (__rt::ResourceAny,)>,
                f_method__token__value: __rt::InstanceFuncs<
                    (__rt::ResourceAny,),
                    (u32,),
                >,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_constructor__token);
                        linker
                            .func_wrap(
                                "[constructor]token",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (u32,),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::defs::Token,
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
                                        >(__cx, "[constructor]token", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((
                                        __p.handle_out(result0, 0usize, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__token__value);
                        linker
                            .func_wrap(
                                "[method]token.value",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::defs::Token,
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
                                        "[method]token.value",
                                        1usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?,),
                                    )
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
                    "[constructor]token" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_constructor__token); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (u32,) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[constructor]token", 1usize, & func, (arg0,)). await ?;
                    ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                    ?,)) }; __result }) },) } "[method]token.value" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__token__value); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]token.value", 1usize, & func, (__p.handle_in(arg0,
                    0usize) ?,)). await }; __result }) },) } _ => { let _ = (linker,
                    as_name);
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
        pub mod users {
            //! Generated forwarders for `cases:owned-uses/users@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "cases:owned-uses/users@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &["pouch"];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &["cases:owned-uses/defs@0.1.0#token"];
            /// Host marker of the WIT resource `pouch`: handles to it cross the hub as `Resource<Pouch>`.
            pub struct Pouch;
            /// An owned and a borrowed token.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(record)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub struct Pair {
                /// WIT field `left`.
                #[component(name = "left")]
                pub left: __rt::Resource<
                    super::super::super::cases::owned_uses::defs::Token,
                >,
                /// WIT field `right`.
                #[component(name = "right")]
                pub right: __rt::Resource<
                    super::super::super::cases::owned_uses::defs::Token,
                >,
            }
            /// WIT `either`.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(variant)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub enum Either {
                /// WIT case `one`.
                #[component(name = "one")]
                One(__rt::Resource<super::super::super::cases::owned_uses::defs::Token>),
                /// WIT case `none`.
                #[component(name = "none")]
                None,
                /// WIT case `many`.
                #[component(name = "many")]
                Many(
                    ::std::vec::Vec<
                        __rt::Resource<
                            super::super::super::cases::owned_uses::defs::Token,
                        >,
                    >,
                ),
            }
            /// The interface's own resource next to a used one.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(record)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub struct Wrap {
                /// WIT field `pouch`.
                #[component(name = "pouch")]
                pub pouch: __rt::Resource<
                    super::super::super::cases::owned_uses::users::Pouch,
                >,
                /// WIT field `inner`.
                #[component(name = "inner")]
                pub inner: ::core::option::Option<
                    __rt::Resource<super::super::super::cases::owned_uses::defs::Token>,
                >,
            }
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &[
                        "[constructor]pouch",
                        "[method]pouch.take",
                        "[method]pouch.compare",
                        "peek",
                        "keep",
                        "give",
                        "maybe",
                        "all",
                        "try-give",
                        "pair-values",
                        "choose",
                        "reslot",
                        "rewrap",
                        "split",
                    ]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[
                        __rt::GeneratedResource {
                            name: "pouch",
                            codec: __rt::codec::<Pouch>,
                        },
                    ]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[
                        __rt::GeneratedUse {
                            interface: "cases:owned-uses/defs@0.1.0",
                            name: "token",
                            codec: __rt::codec::<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
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
            /// The provider's view of the records and variants that hold handles it owns,
            /// and the functions converting values that hold handles between the caller's
            /// view and the provider's.
            pub mod __provider {
                #[allow(unused_imports)]
                use ::hub_runtime::__internal as __rt;
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                pub fn pair_in(
                    value: super::Pair,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Pair> {
                    ::core::result::Result::Ok(super::Pair {
                        left: __p.pass_in(value.left)?,
                        right: value.right,
                    })
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                pub fn either_in(
                    value: super::Either,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Either> {
                    ::core::result::Result::Ok(
                        match value {
                            super::Either::One(payload) => {
                                super::Either::One(__p.pass_in(payload)?)
                            }
                            super::Either::None => super::Either::None,
                            super::Either::Many(payload) => {
                                super::Either::Many({
                                    let __items0 = payload;
                                    let mut __out1 = ::std::vec::Vec::with_capacity(
                                        __items0.len(),
                                    );
                                    for __v2 in __items0 {
                                        __out1.push(__p.pass_in(__v2)?);
                                    }
                                    __out1
                                })
                            }
                        },
                    )
                }
                /// Provider view to host view: registers the provider's own handles, and hands
                /// the others it returns to the caller.
                pub fn either_out(
                    value: super::Either,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Either> {
                    ::core::result::Result::Ok(
                        match value {
                            super::Either::One(payload) => {
                                super::Either::One(__p.pass_out(payload, __cx)?)
                            }
                            super::Either::None => super::Either::None,
                            super::Either::Many(payload) => {
                                super::Either::Many({
                                    let __items3 = payload;
                                    let mut __out4 = ::std::vec::Vec::with_capacity(
                                        __items3.len(),
                                    );
                                    for __v5 in __items3 {
                                        __out4.push(__p.pass_out(__v5, __cx)?);
                                    }
                                    __out4
                                })
                            }
                        },
                    )
                }
                /// The interface's own resource next to a used one.
                #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                #[component(record)]
                #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                pub struct Wrap {
                    /// WIT field `pouch`.
                    #[component(name = "pouch")]
                    pub pouch: __rt::ResourceAny,
                    /// WIT field `inner`.
                    #[component(name = "inner")]
                    pub inner: ::core::option::Option<
                        __rt::Resource<
                            super::super::super::super::cases::owned_uses::defs::Token,
                        >,
                    >,
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                pub fn wrap_in(
                    value: super::Wrap,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<Wrap> {
                    ::core::result::Result::Ok(Wrap {
                        pouch: __p.handle_in(value.pouch, 0usize)?,
                        inner: match value.inner {
                            ::core::option::Option::Some(__v0) => {
                                ::core::option::Option::Some(__p.pass_in(__v0)?)
                            }
                            ::core::option::Option::None => ::core::option::Option::None,
                        },
                    })
                }
                /// Provider view to host view: registers the provider's own handles, and hands
                /// the others it returns to the caller.
                pub fn wrap_out(
                    value: Wrap,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Wrap> {
                    ::core::result::Result::Ok(super::Wrap {
                        pouch: __p.handle_out(value.pouch, 0usize, __cx)?,
                        inner: match value.inner {
                            ::core::option::Option::Some(__v1) => {
                                ::core::option::Option::Some(__p.pass_out(__v1, __cx)?)
                            }
                            ::core::option::Option::None => ::core::option::Option::None,
                        },
                    })
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                #[allow(non_snake_case)]
                pub fn cases__owned_uses__defs__slot_in(
                    value: super::super::super::super::cases::owned_uses::defs::Slot,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<
                    super::super::super::super::cases::owned_uses::defs::Slot,
                > {
                    ::core::result::Result::Ok(super::super::super::super::cases::owned_uses::defs::Slot {
                        name: value.name,
                        token: __p.pass_in(value.token)?,
                    })
                }
                /// Provider view to host view: registers the provider's own handles, and hands
                /// the others it returns to the caller.
                #[allow(non_snake_case)]
                pub fn cases__owned_uses__defs__slot_out(
                    value: super::super::super::super::cases::owned_uses::defs::Slot,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<
                    super::super::super::super::cases::owned_uses::defs::Slot,
                > {
                    ::core::result::Result::Ok(super::super::super::super::cases::owned_uses::defs::Slot {
                        name: value.name,
                        token: __p.pass_out(value.token, __cx)?,
                    })
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
                        f_constructor__pouch: binder.func("[constructor]pouch")?,
                        f_method__pouch__take: binder.func("[method]pouch.take")?,
                        f_method__pouch__compare: binder.func("[method]pouch.compare")?,
                        f_peek: binder.func("peek")?,
                        f_keep: binder.func("keep")?,
                        f_give: binder.func("give")?,
                        f_maybe: binder.func("maybe")?,
                        f_all: binder.func("all")?,
                        f_try_give: binder.func("try-give")?,
                        f_pair_values: binder.func("pair-values")?,
                        f_choose: binder.func("choose")?,
                        f_reslot: binder.func("reslot")?,
                        f_rewrap: binder.func("rewrap")?,
                        f_split: binder.func("split")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_constructor__pouch: __rt::InstanceFuncs<
                    (
                        __rt::Resource<
                            super::super::super::cases::owned_uses::defs::Token,
                        >,
                    ),
                    (__rt::ResourceAny,),
                >,
                f_method__pouch__take: __rt::InstanceFuncs<
                    (__rt::ResourceAny,),
                    (
                        ::core::option::Option<
                            __rt::Resource<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
                        >,
                    ),
                >,
                f_method__pouch__compare: __rt::InstanceFuncs<
                    (
                        __rt::ResourceAny,
                        __rt::Resource<
                            super::super::super::cases::owned_uses::defs::Token,
                        >,
                    ),
                    (bool,),
                >,
                f_peek: __rt::InstanceFuncs<
                    (
                        __rt::Resource<
                            super::super::super::cases::owned_uses::defs::Token,
                        >,
                    ),
                    (u32,),
                >,
                f_keep: __rt::InstanceFuncs<
                    (
                        __rt::Resource<
                            super::super::super::cases::owned_uses::defs::Token,
                        >,
                    ),
                    (),
                >,
                f_give: __rt::InstanceFuncs<
                    (u32,),
                    (
                        __rt::Resource<
                            super::super::super::cases::owned_uses::defs::Token,
                        >,
                    ),
                >,
                f_maybe: __rt::InstanceFuncs<
                    (
                        ::core::option::Option<
                            __rt::Resource<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
                        >,
                    ),
                    (
                        ::core::option::Option<
                            __rt::Resource<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
                        >,
                    ),
                >,
                f_all: __rt::InstanceFuncs<
                    (
                        ::std::vec::Vec<
                            __rt::Resource<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
                        >,
                    ),
                    (
                        ::std::vec::Vec<
                            __rt::Resource<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
                        >,
                    ),
                >,
                f_try_give: __rt::InstanceFuncs<
                    (u32,),
                    (
                        ::core::result::Result<
                            __rt::Resource<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
                            ::std::string::String,
                        >,
                    ),
                >,
                f_pair_values: __rt::InstanceFuncs<
                    (super::super::super::cases::owned_uses::users::Pair,),
                    (u32,),
                >,
                f_choose: __rt::InstanceFuncs<
                    (super::super::super::cases::owned_uses::users::Either,),
                    (super::super::super::cases::owned_uses::users::Either,),
                >,
                f_reslot: __rt::InstanceFuncs<
                    (super::super::super::cases::owned_uses::defs::Slot,),
                    (super::super::super::cases::owned_uses::defs::Slot,),
                >,
                f_rewrap: __rt::InstanceFuncs<
                    (super::super::super::cases::owned_uses::users::__provider::Wrap,),
                    (super::super::super::cases::owned_uses::users::__provider::Wrap,),
                >,
                f_split: __rt::InstanceFuncs<
                    (
                        (
                            __rt::Resource<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
                            __rt::ResourceAny,
                        ),
                    ),
                    (
                        (
                            __rt::ResourceAny,
                            __rt::Resource<
                                super::super::super::cases::owned_uses::defs::Token,
                            >,
                        ),
                    ),
                >,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_constructor__pouch);
                        linker
                            .func_wrap(
                                "[constructor]pouch",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::defs::Token,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::users::Pouch,
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
                                        >(
                                            __cx,
                                            "[constructor]pouch",
                                            1usize,
                                            &func,
                                            (__p.pass_in(arg0)?,),
                                        )?;
                                    ::core::result::Result::Ok((
                                        __p.handle_out(result0, 0usize, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__pouch__take);
                        linker
                            .func_wrap(
                                "[method]pouch.take",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::users::Pouch,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (
                                        ::core::option::Option<
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::defs::Token,
                                            >,
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
                                        >(
                                            __cx,
                                            "[method]pouch.take",
                                            1usize,
                                            &func,
                                            (__p.handle_in(arg0, 0usize)?,),
                                        )?;
                                    ::core::result::Result::Ok((
                                        match result0 {
                                            ::core::option::Option::Some(__v0) => {
                                                ::core::option::Option::Some(__p.pass_out(__v0, __cx)?)
                                            }
                                            ::core::option::Option::None => ::core::option::Option::None,
                                        },
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(
                            &self.f_method__pouch__compare,
                        );
                        linker
                            .func_wrap(
                                "[method]pouch.compare",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::users::Pouch,
                                        >,
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::defs::Token,
                                        >,
                                    ),
                                | -> __rt::Result<(bool,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "[method]pouch.compare",
                                        2usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?, arg1),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_peek);
                        linker
                            .func_wrap(
                                "peek",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::defs::Token,
                                        >,
                                    ),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "peek", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_keep);
                        linker
                            .func_wrap(
                                "keep",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::defs::Token,
                                        >,
                                    ),
                                | -> __rt::Result<()> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "keep", 1usize, &func, (__p.pass_in(arg0)?,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_give);
                        linker
                            .func_wrap(
                                "give",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (u32,),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::cases::owned_uses::defs::Token,
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
                                        >(__cx, "give", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((__p.pass_out(result0, __cx)?,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_maybe);
                        linker
                            .func_wrap(
                                "maybe",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::core::option::Option<
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::defs::Token,
                                            >,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (
                                        ::core::option::Option<
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::defs::Token,
                                            >,
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
                                        >(
                                            __cx,
                                            "maybe",
                                            1usize,
                                            &func,
                                            (
                                                match arg0 {
                                                    ::core::option::Option::Some(__v2) => {
                                                        ::core::option::Option::Some(__p.pass_in(__v2)?)
                                                    }
                                                    ::core::option::Option::None => ::core::option::Option::None,
                                                },
                                            ),
                                        )?;
                                    ::core::result::Result::Ok((
                                        match result0 {
                                            ::core::option::Option::Some(__v3) => {
                                                ::core::option::Option::Some(__p.pass_out(__v3, __cx)?)
                                            }
                                            ::core::option::Option::None => ::core::option::Option::None,
                                        },
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_all);
                        linker
                            .func_wrap(
                                "all",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::std::vec::Vec<
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::defs::Token,
                                            >,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (
                                        ::std::vec::Vec<
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::defs::Token,
                                            >,
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
                                        >(
                                            __cx,
                                            "all",
                                            1usize,
                                            &func,
                                            (
                                                {
                                                    let __items6 = arg0;
                                                    let mut __out7 = ::std::vec::Vec::with_capacity(
                                                        __items6.len(),
                                                    );
                                                    for __v8 in __items6 {
                                                        __out7.push(__p.pass_in(__v8)?);
                                                    }
                                                    __out7
                                                },
                                            ),
                                        )?;
                                    ::core::result::Result::Ok((
                                        {
                                            let __items9 = result0;
                                            let mut __out10 = ::std::vec::Vec::with_capacity(
                                                __items9.len(),
                                            );
                                            for __v11 in __items9 {
                                                __out10.push(__p.pass_out(__v11, __cx)?);
                                            }
                                            __out10
                                        },
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_try_give);
                        linker
                            .func_wrap(
                                "try-give",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (u32,),
                                | -> __rt::Result<
                                    (
                                        ::core::result::Result<
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::defs::Token,
                                            >,
                                            ::std::string::String,
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
                                        >(__cx, "try-give", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((
                                        match result0 {
                                            ::core::result::Result::Ok(__v18) => {
                                                ::core::result::Result::Ok(__p.pass_out(__v18, __cx)?)
                                            }
                                            ::core::result::Result::Err(__v18) => {
                                                ::core::result::Result::Err(__v18)
                                            }
                                        },
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_pair_values);
                        linker
                            .func_wrap(
                                "pair-values",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::cases::owned_uses::users::Pair,),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "pair-values",
                                        1usize,
                                        &func,
                                        (__provider::pair_in(arg0, __p, __cx)?,),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_choose);
                        linker
                            .func_wrap(
                                "choose",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::cases::owned_uses::users::Either,),
                                | -> __rt::Result<
                                    (super::super::super::cases::owned_uses::users::Either,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                            __cx,
                                            "choose",
                                            1usize,
                                            &func,
                                            (__provider::either_in(arg0, __p, __cx)?,),
                                        )?;
                                    ::core::result::Result::Ok((
                                        __provider::either_out(result0, __p, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_reslot);
                        linker
                            .func_wrap(
                                "reslot",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::cases::owned_uses::defs::Slot,),
                                | -> __rt::Result<
                                    (super::super::super::cases::owned_uses::defs::Slot,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                            __cx,
                                            "reslot",
                                            1usize,
                                            &func,
                                            (
                                                __provider::cases__owned_uses__defs__slot_in(
                                                    arg0,
                                                    __p,
                                                    __cx,
                                                )?,
                                            ),
                                        )?;
                                    ::core::result::Result::Ok((
                                        __provider::cases__owned_uses__defs__slot_out(
                                            result0,
                                            __p,
                                            __cx,
                                        )?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_rewrap);
                        linker
                            .func_wrap(
                                "rewrap",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::cases::owned_uses::users::Wrap,),
                                | -> __rt::Result<
                                    (super::super::super::cases::owned_uses::users::Wrap,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                            __cx,
                                            "rewrap",
                                            1usize,
                                            &func,
                                            (__provider::wrap_in(arg0, __p, __cx)?,),
                                        )?;
                                    ::core::result::Result::Ok((
                                        __provider::wrap_out(result0, __p, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_split);
                        linker
                            .func_wrap(
                                "split",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        (
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::defs::Token,
                                            >,
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::users::Pouch,
                                            >,
                                        ),
                                    ),
                                | -> __rt::Result<
                                    (
                                        (
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::users::Pouch,
                                            >,
                                            __rt::Resource<
                                                super::super::super::cases::owned_uses::defs::Token,
                                            >,
                                        ),
                                    ),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                            __cx,
                                            "split",
                                            1usize,
                                            &func,
                                            (
                                                {
                                                    let (__t20, __t21) = arg0;
                                                    (__p.pass_in(__t20)?, __p.handle_in(__t21, 0usize)?)
                                                },
                                            ),
                                        )?;
                                    ::core::result::Result::Ok((
                                        {
                                            let (__t22, __t23) = result0;
                                            (
                                                __p.handle_out(__t22, 0usize, __cx)?,
                                                __p.pass_out(__t23, __cx)?,
                                            )
                                        },
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
                    "[constructor]pouch" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_constructor__pouch); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (__rt::Resource < super::super::super::cases::owned_uses::defs::Token
                    >,) | { let provider = ::std::sync::Arc::clone(& provider); let func
                    = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move
                    { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::cases::owned_uses::users::Pouch >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[constructor]pouch", 1usize, & func, (__p.pass_in(arg0) ?,)). await
                    ?; ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                    ?,)) }; __result }) },) } "[method]pouch.take" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__pouch__take); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::cases::owned_uses::users::Pouch >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::option::Option < __rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token > >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[method]pouch.take", 1usize, & func, (__p.handle_in(arg0, 0usize)
                    ?,)). await ?; ::core::result::Result::Ok((match result0 {
                    ::core::option::Option::Some(__v1) =>
                    ::core::option::Option::Some(__p.pass_out(__v1, __cx) ?),
                    ::core::option::Option::None => ::core::option::Option::None },)) };
                    __result }) },) } "[method]pouch.compare" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__pouch__compare); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (__rt::Resource <
                    super::super::super::cases::owned_uses::users::Pouch >,
                    __rt::Resource < super::super::super::cases::owned_uses::defs::Token
                    >,) | { let provider = ::std::sync::Arc::clone(& provider); let func
                    = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move
                    { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (bool,) > = { __p.forward_concurrent:: < EVENTS, _, _
                    > (__cx, "[method]pouch.compare", 2usize, & func, (__p
                    .handle_in(arg0, 0usize) ?, arg1,)). await }; __result }) },) }
                    "peek" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_peek); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "peek", 1usize, & func, (arg0,)). await }; __result }) },) }
                    "keep" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_keep); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "keep", 1usize, & func, (__p.pass_in(arg0) ?,)). await };
                    __result }) },) } "give" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_give); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (u32,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "give",
                    1usize, & func, (arg0,)). await ?; ::core::result::Result::Ok((__p
                    .pass_out(result0, __cx) ?,)) }; __result }) },) } "maybe" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_maybe); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::core::option::Option <
                    __rt::Resource < super::super::super::cases::owned_uses::defs::Token
                    > >,) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::option::Option < __rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token > >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "maybe", 1usize, & func, (match arg0 {
                    ::core::option::Option::Some(__v4) =>
                    ::core::option::Option::Some(__p.pass_in(__v4) ?),
                    ::core::option::Option::None => ::core::option::Option::None },)).
                    await ?; ::core::result::Result::Ok((match result0 {
                    ::core::option::Option::Some(__v5) =>
                    ::core::option::Option::Some(__p.pass_out(__v5, __cx) ?),
                    ::core::option::Option::None => ::core::option::Option::None },)) };
                    __result }) },) } "all" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self.f_all);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (::std::vec::Vec < __rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token > >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::vec::Vec < __rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token > >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "all",
                    1usize, & func, ({ let __items12 = arg0; let mut __out13 =
                    ::std::vec::Vec::with_capacity(__items12.len()); for __v14 in
                    __items12 { __out13.push(__p.pass_in(__v14) ?); } __out13 },)). await
                    ?; ::core::result::Result::Ok(({ let __items15 = result0; let mut
                    __out16 = ::std::vec::Vec::with_capacity(__items15.len()); for __v17
                    in __items15 { __out16.push(__p.pass_out(__v17, __cx) ?); } __out16
                    },)) }; __result }) },) } "try-give" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_try_give); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (u32,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::result::Result < __rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token >,
                    ::std::string::String >,) > = { let (result0,) = __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "try-give", 1usize, &
                    func, (arg0,)). await ?; ::core::result::Result::Ok((match result0 {
                    ::core::result::Result::Ok(__v19) => ::core::result::Result::Ok(__p
                    .pass_out(__v19, __cx) ?), ::core::result::Result::Err(__v19) =>
                    ::core::result::Result::Err(__v19) },)) }; __result }) },) }
                    "pair-values" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_pair_values);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::cases::owned_uses::users::Pair,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "pair-values", 1usize, & func, (__provider::pair_in(arg0, __p,
                    __cx) ?,)). await }; __result }) },) } "choose" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_choose); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::cases::owned_uses::users::Either,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result <
                    (super::super::super::cases::owned_uses::users::Either,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "choose", 1usize, & func, (__provider::either_in(arg0, __p, __cx)
                    ?,)). await ?;
                    ::core::result::Result::Ok((__provider::either_out(result0, __p,
                    __cx) ?,)) }; __result }) },) } "reslot" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_reslot); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::cases::owned_uses::defs::Slot,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::cases::owned_uses::defs::Slot,)
                    > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "reslot", 1usize, & func,
                    (__provider::cases__owned_uses__defs__slot_in(arg0, __p, __cx) ?,)).
                    await ?;
                    ::core::result::Result::Ok((__provider::cases__owned_uses__defs__slot_out(result0,
                    __p, __cx) ?,)) }; __result }) },) } "rewrap" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_rewrap); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::cases::owned_uses::users::Wrap,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::cases::owned_uses::users::Wrap,)
                    > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "rewrap", 1usize, & func, (__provider::wrap_in(arg0, __p,
                    __cx) ?,)). await ?;
                    ::core::result::Result::Ok((__provider::wrap_out(result0, __p, __cx)
                    ?,)) }; __result }) },) } "split" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_split); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : ((__rt::Resource <
                    super::super::super::cases::owned_uses::defs::Token >, __rt::Resource
                    < super::super::super::cases::owned_uses::users::Pouch >,),) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < ((__rt::Resource <
                    super::super::super::cases::owned_uses::users::Pouch >,
                    __rt::Resource < super::super::super::cases::owned_uses::defs::Token
                    >,),) > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _
                    > (__cx, "split", 1usize, & func, ({ let (__t24, __t25,) = arg0; (__p
                    .pass_in(__t24) ?, __p.handle_in(__t25, 0usize) ?,) },)). await ?;
                    ::core::result::Result::Ok(({ let (__t26, __t27,) = result0; (__p
                    .handle_out(__t26, 0usize, __cx) ?, __p.pass_out(__t27, __cx) ?,)
                    },)) }; __result }) },) } _ => { let _ = (linker, as_name);
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
                /// The provider's view of the records and variants that hold handles it owns,
                /// and the functions converting values that hold handles between the caller's
                /// view and the provider's.
                pub mod __provider {
                    #[allow(unused_imports)]
                    use ::hub_runtime::__internal as __rt;
                    /// An owned and a borrowed token.
                    #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                    #[component(record)]
                    #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                    pub struct Pair {
                        /// WIT field `left`.
                        #[component(name = "left")]
                        pub left: __rt::ResourceAny,
                        /// WIT field `right`.
                        #[component(name = "right")]
                        pub right: __rt::ResourceAny,
                    }
                    /// Host view to provider view: unwraps the provider's own handles, and hands the
                    /// others it receives to the provider.
                    pub fn pair_in(
                        value: super::super::Pair,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<Pair> {
                        ::core::result::Result::Ok(Pair {
                            left: __p.handle_in(value.left, 1usize)?,
                            right: __p.handle_in(value.right, 1usize)?,
                        })
                    }
                    /// WIT `either`.
                    #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                    #[component(variant)]
                    #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                    pub enum Either {
                        /// WIT case `one`.
                        #[component(name = "one")]
                        One(__rt::ResourceAny),
                        /// WIT case `none`.
                        #[component(name = "none")]
                        None,
                        /// WIT case `many`.
                        #[component(name = "many")]
                        Many(::std::vec::Vec<__rt::ResourceAny>),
                    }
                    /// Host view to provider view: unwraps the provider's own handles, and hands the
                    /// others it receives to the provider.
                    pub fn either_in(
                        value: super::super::Either,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<Either> {
                        ::core::result::Result::Ok(
                            match value {
                                super::super::Either::One(payload) => {
                                    Either::One(__p.handle_in(payload, 1usize)?)
                                }
                                super::super::Either::None => Either::None,
                                super::super::Either::Many(payload) => {
                                    Either::Many({
                                        let __items0 = payload;
                                        let mut __out1 = ::std::vec::Vec::with_capacity(
                                            __items0.len(),
                                        );
                                        for __v2 in __items0 {
                                            __out1.push(__p.handle_in(__v2, 1usize)?);
                                        }
                                        __out1
                                    })
                                }
                            },
                        )
                    }
                    /// Provider view to host view: registers the provider's own handles, and hands
                    /// the others it returns to the caller.
                    pub fn either_out(
                        value: Either,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<super::super::Either> {
                        ::core::result::Result::Ok(
                            match value {
                                Either::One(payload) => {
                                    super::super::Either::One(
                                        __p.handle_out(payload, 1usize, __cx)?,
                                    )
                                }
                                Either::None => super::super::Either::None,
                                Either::Many(payload) => {
                                    super::super::Either::Many({
                                        let __items3 = payload;
                                        let mut __out4 = ::std::vec::Vec::with_capacity(
                                            __items3.len(),
                                        );
                                        for __v5 in __items3 {
                                            __out4.push(__p.handle_out(__v5, 1usize, __cx)?);
                                        }
                                        __out4
                                    })
                                }
                            },
                        )
                    }
                    /// The interface's own resource next to a used one.
                    #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                    #[component(record)]
                    #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                    pub struct Wrap {
                        /// WIT field `pouch`.
                        #[component(name = "pouch")]
                        pub pouch: __rt::ResourceAny,
                        /// WIT field `inner`.
                        #[component(name = "inner")]
                        pub inner: ::core::option::Option<__rt::ResourceAny>,
                    }
                    /// Host view to provider view: unwraps the provider's own handles, and hands the
                    /// others it receives to the provider.
                    pub fn wrap_in(
                        value: super::super::Wrap,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<Wrap> {
                        ::core::result::Result::Ok(Wrap {
                            pouch: __p.handle_in(value.pouch, 0usize)?,
                            inner: match value.inner {
                                ::core::option::Option::Some(__v0) => {
                                    ::core::option::Option::Some(__p.handle_in(__v0, 1usize)?)
                                }
                                ::core::option::Option::None => ::core::option::Option::None,
                            },
                        })
                    }
                    /// Provider view to host view: registers the provider's own handles, and hands
                    /// the others it returns to the caller.
                    pub fn wrap_out(
                        value: Wrap,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<super::super::Wrap> {
                        ::core::result::Result::Ok(super::super::Wrap {
                            pouch: __p.handle_out(value.pouch, 0usize, __cx)?,
                            inner: match value.inner {
                                ::core::option::Option::Some(__v1) => {
                                    ::core::option::Option::Some(
                                        __p.handle_out(__v1, 1usize, __cx)?,
                                    )
                                }
                                ::core::option::Option::None => ::core::option::Option::None,
                            },
                        })
                    }
                    /// A record of `defs` holding a token: its users convert it with their own functions.
                    #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                    #[allow(non_camel_case_types)]
                    #[component(record)]
                    #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                    pub struct cases__owned_uses__defs__Slot {
                        /// WIT field `name`.
                        #[component(name = "name")]
                        pub name: ::std::string::String,
                        /// WIT field `token`.
                        #[component(name = "token")]
                        pub token: __rt::ResourceAny,
                    }
                    /// Host view to provider view: unwraps the provider's own handles, and hands the
                    /// others it receives to the provider.
                    #[allow(non_snake_case)]
                    pub fn cases__owned_uses__defs__slot_in(
                        value: super::super::super::super::super::cases::owned_uses::defs::Slot,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<cases__owned_uses__defs__Slot> {
                        ::core::result::Result::Ok(cases__owned_uses__defs__Slot {
                            name: value.name,
                            token: __p.handle_in(value.token, 1usize)?,
                        })
                    }
                    /// Provider view to host view: registers the provider's own handles, and hands
                    /// the others it returns to the caller.
                    #[allow(non_snake_case)]
                    pub fn cases__owned_uses__defs__slot_out(
                        value: cases__owned_uses__defs__Slot,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<
                        super::super::super::super::super::cases::owned_uses::defs::Slot,
                    > {
                        ::core::result::Result::Ok(super::super::super::super::super::cases::owned_uses::defs::Slot {
                            name: value.name,
                            token: __p.handle_out(value.token, 1usize, __cx)?,
                        })
                    }
                }
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
                            f_constructor__pouch: binder.func("[constructor]pouch")?,
                            f_method__pouch__take: binder.func("[method]pouch.take")?,
                            f_method__pouch__compare: binder
                                .func("[method]pouch.compare")?,
                            f_peek: binder.func("peek")?,
                            f_keep: binder.func("keep")?,
                            f_give: binder.func("give")?,
                            f_maybe: binder.func("maybe")?,
                            f_all: binder.func("all")?,
                            f_try_give: binder.func("try-give")?,
                            f_pair_values: binder.func("pair-values")?,
                            f_choose: binder.func("choose")?,
                            f_reslot: binder.func("reslot")?,
                            f_rewrap: binder.func("rewrap")?,
                            f_split: binder.func("split")?,
                        }),
                    )
                }
                /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
                /// at load.
                #[allow(non_snake_case)]
                struct __Forwarders {
                    provider: ::std::sync::Arc<__rt::Provider>,
                    f_constructor__pouch: __rt::InstanceFuncs<
                        (__rt::ResourceAny,),
                        (__rt::ResourceAny,),
                    >,
                    f_method__pouch__take: __rt::InstanceFuncs<
                        (__rt::ResourceAny,),
                        (::core::option::Option<__rt::ResourceAny>,),
                    >,
                    f_method__pouch__compare: __rt::InstanceFuncs<
                        (__rt::ResourceAny, __rt::ResourceAny),
                        (bool,),
                    >,
                    f_peek: __rt::InstanceFuncs<(__rt::ResourceAny,), (u32,)>,
                    f_keep: __rt::InstanceFuncs<(__rt::ResourceAny,), ()>,
                    f_give: __rt::InstanceFuncs<(u32,), (__rt::ResourceAny,)>,
                    f_maybe: __rt::InstanceFuncs<
                        (::core::option::Option<__rt::ResourceAny>,),
                        (::core::option::Option<__rt::ResourceAny>,),
                    >,
                    f_all: __rt::InstanceFuncs<
                        (::std::vec::Vec<__rt::ResourceAny>,),
                        (::std::vec::Vec<__rt::ResourceAny>,),
                    >,
                    f_try_give: __rt::InstanceFuncs<
                        (u32,),
                        (
                            ::core::result::Result<
                                __rt::ResourceAny,
                                ::std::string::String,
                            >,
                        ),
                    >,
                    f_pair_values: __rt::InstanceFuncs<
                        (
                            super::super::super::super::cases::owned_uses::users::__owned_uses::__provider::Pair,
                        ),
                        (u32,),
                    >,
                    f_choose: __rt::InstanceFuncs<
                        (
                            super::super::super::super::cases::owned_uses::users::__owned_uses::__provider::Either,
                        ),
                        (
                            super::super::super::super::cases::owned_uses::users::__owned_uses::__provider::Either,
                        ),
                    >,
                    f_reslot: __rt::InstanceFuncs<
                        (
                            super::super::super::super::cases::owned_uses::users::__owned_uses::__provider::cases__owned_uses__defs__Slot,
                        ),
                        (
                            super::super::super::super::cases::owned_uses::users::__owned_uses::__provider::cases__owned_uses__defs__Slot,
                        ),
                    >,
                    f_rewrap: __rt::InstanceFuncs<
                        (
                            super::super::super::super::cases::owned_uses::users::__owned_uses::__provider::Wrap,
                        ),
                        (
                            super::super::super::super::cases::owned_uses::users::__owned_uses::__provider::Wrap,
                        ),
                    >,
                    f_split: __rt::InstanceFuncs<
                        ((__rt::ResourceAny, __rt::ResourceAny),),
                        ((__rt::ResourceAny, __rt::ResourceAny),),
                    >,
                }
                impl __Forwarders {
                    fn define_all<const EVENTS: bool>(
                        &self,
                        linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                    ) -> __rt::Result<()> {
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(
                                &self.f_constructor__pouch,
                            );
                            linker
                                .func_wrap(
                                    "[constructor]pouch",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::cases::owned_uses::defs::Token,
                                            >,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            __rt::Resource<
                                                super::super::super::super::cases::owned_uses::users::Pouch,
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
                                            >(
                                                __cx,
                                                "[constructor]pouch",
                                                1usize,
                                                &func,
                                                (__p.handle_in(arg0, 1usize)?,),
                                            )?;
                                        ::core::result::Result::Ok((
                                            __p.handle_out(result0, 0usize, __cx)?,
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(
                                &self.f_method__pouch__take,
                            );
                            linker
                                .func_wrap(
                                    "[method]pouch.take",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::cases::owned_uses::users::Pouch,
                                            >,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            ::core::option::Option<
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::defs::Token,
                                                >,
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
                                            >(
                                                __cx,
                                                "[method]pouch.take",
                                                1usize,
                                                &func,
                                                (__p.handle_in(arg0, 0usize)?,),
                                            )?;
                                        ::core::result::Result::Ok((
                                            match result0 {
                                                ::core::option::Option::Some(__v0) => {
                                                    ::core::option::Option::Some(
                                                        __p.handle_out(__v0, 1usize, __cx)?,
                                                    )
                                                }
                                                ::core::option::Option::None => ::core::option::Option::None,
                                            },
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(
                                &self.f_method__pouch__compare,
                            );
                            linker
                                .func_wrap(
                                    "[method]pouch.compare",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                            arg1,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::cases::owned_uses::users::Pouch,
                                            >,
                                            __rt::Resource<
                                                super::super::super::super::cases::owned_uses::defs::Token,
                                            >,
                                        ),
                                    | -> __rt::Result<(bool,)> {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        __p.forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(
                                            __cx,
                                            "[method]pouch.compare",
                                            2usize,
                                            &func,
                                            (__p.handle_in(arg0, 0usize)?, __p.handle_in(arg1, 1usize)?),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_peek);
                            linker
                                .func_wrap(
                                    "peek",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::cases::owned_uses::defs::Token,
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
                                            "peek",
                                            1usize,
                                            &func,
                                            (__p.handle_in(arg0, 1usize)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_keep);
                            linker
                                .func_wrap(
                                    "keep",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::cases::owned_uses::defs::Token,
                                            >,
                                        ),
                                    | -> __rt::Result<()> {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        __p.forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(
                                            __cx,
                                            "keep",
                                            1usize,
                                            &func,
                                            (__p.handle_in(arg0, 1usize)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_give);
                            linker
                                .func_wrap(
                                    "give",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (arg0,): (u32,),
                                    | -> __rt::Result<
                                        (
                                            __rt::Resource<
                                                super::super::super::super::cases::owned_uses::defs::Token,
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
                                            >(__cx, "give", 1usize, &func, (arg0,))?;
                                        ::core::result::Result::Ok((
                                            __p.handle_out(result0, 1usize, __cx)?,
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_maybe);
                            linker
                                .func_wrap(
                                    "maybe",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            ::core::option::Option<
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::defs::Token,
                                                >,
                                            >,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            ::core::option::Option<
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::defs::Token,
                                                >,
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
                                            >(
                                                __cx,
                                                "maybe",
                                                1usize,
                                                &func,
                                                (
                                                    match arg0 {
                                                        ::core::option::Option::Some(__v2) => {
                                                            ::core::option::Option::Some(__p.handle_in(__v2, 1usize)?)
                                                        }
                                                        ::core::option::Option::None => ::core::option::Option::None,
                                                    },
                                                ),
                                            )?;
                                        ::core::result::Result::Ok((
                                            match result0 {
                                                ::core::option::Option::Some(__v3) => {
                                                    ::core::option::Option::Some(
                                                        __p.handle_out(__v3, 1usize, __cx)?,
                                                    )
                                                }
                                                ::core::option::Option::None => ::core::option::Option::None,
                                            },
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_all);
                            linker
                                .func_wrap(
                                    "all",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            ::std::vec::Vec<
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::defs::Token,
                                                >,
                                            >,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            ::std::vec::Vec<
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::defs::Token,
                                                >,
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
                                            >(
                                                __cx,
                                                "all",
                                                1usize,
                                                &func,
                                                (
                                                    {
                                                        let __items6 = arg0;
                                                        let mut __out7 = ::std::vec::Vec::with_capacity(
                                                            __items6.len(),
                                                        );
                                                        for __v8 in __items6 {
                                                            __out7.push(__p.handle_in(__v8, 1usize)?);
                                                        }
                                                        __out7
                                                    },
                                                ),
                                            )?;
                                        ::core::result::Result::Ok((
                                            {
                                                let __items9 = result0;
                                                let mut __out10 = ::std::vec::Vec::with_capacity(
                                                    __items9.len(),
                                                );
                                                for __v11 in __items9 {
                                                    __out10.push(__p.handle_out(__v11, 1usize, __cx)?);
                                                }
                                                __out10
                                            },
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_try_give);
                            linker
                                .func_wrap(
                                    "try-give",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (arg0,): (u32,),
                                    | -> __rt::Result<
                                        (
                                            ::core::result::Result<
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::defs::Token,
                                                >,
                                                ::std::string::String,
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
                                            >(__cx, "try-give", 1usize, &func, (arg0,))?;
                                        ::core::result::Result::Ok((
                                            match result0 {
                                                ::core::result::Result::Ok(__v18) => {
                                                    ::core::result::Result::Ok(
                                                        __p.handle_out(__v18, 1usize, __cx)?,
                                                    )
                                                }
                                                ::core::result::Result::Err(__v18) => {
                                                    ::core::result::Result::Err(__v18)
                                                }
                                            },
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_pair_values);
                            linker
                                .func_wrap(
                                    "pair-values",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            super::super::super::super::cases::owned_uses::users::Pair,
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
                                            "pair-values",
                                            1usize,
                                            &func,
                                            (__provider::pair_in(arg0, __p, __cx)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_choose);
                            linker
                                .func_wrap(
                                    "choose",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            super::super::super::super::cases::owned_uses::users::Either,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            super::super::super::super::cases::owned_uses::users::Either,
                                        ),
                                    > {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        let (result0,) = __p
                                            .forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(
                                                __cx,
                                                "choose",
                                                1usize,
                                                &func,
                                                (__provider::either_in(arg0, __p, __cx)?,),
                                            )?;
                                        ::core::result::Result::Ok((
                                            __provider::either_out(result0, __p, __cx)?,
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_reslot);
                            linker
                                .func_wrap(
                                    "reslot",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            super::super::super::super::cases::owned_uses::defs::Slot,
                                        ),
                                    | -> __rt::Result<
                                        (super::super::super::super::cases::owned_uses::defs::Slot,),
                                    > {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        let (result0,) = __p
                                            .forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(
                                                __cx,
                                                "reslot",
                                                1usize,
                                                &func,
                                                (
                                                    __provider::cases__owned_uses__defs__slot_in(
                                                        arg0,
                                                        __p,
                                                        __cx,
                                                    )?,
                                                ),
                                            )?;
                                        ::core::result::Result::Ok((
                                            __provider::cases__owned_uses__defs__slot_out(
                                                result0,
                                                __p,
                                                __cx,
                                            )?,
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_rewrap);
                            linker
                                .func_wrap(
                                    "rewrap",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            super::super::super::super::cases::owned_uses::users::Wrap,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            super::super::super::super::cases::owned_uses::users::Wrap,
                                        ),
                                    > {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        let (result0,) = __p
                                            .forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(
                                                __cx,
                                                "rewrap",
                                                1usize,
                                                &func,
                                                (__provider::wrap_in(arg0, __p, __cx)?,),
                                            )?;
                                        ::core::result::Result::Ok((
                                            __provider::wrap_out(result0, __p, __cx)?,
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_split);
                            linker
                                .func_wrap(
                                    "split",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            (
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::defs::Token,
                                                >,
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::users::Pouch,
                                                >,
                                            ),
                                        ),
                                    | -> __rt::Result<
                                        (
                                            (
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::users::Pouch,
                                                >,
                                                __rt::Resource<
                                                    super::super::super::super::cases::owned_uses::defs::Token,
                                                >,
                                            ),
                                        ),
                                    > {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        let (result0,) = __p
                                            .forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(
                                                __cx,
                                                "split",
                                                1usize,
                                                &func,
                                                (
                                                    {
                                                        let (__t20, __t21) = arg0;
                                                        (
                                                            __p.handle_in(__t20, 1usize)?,
                                                            __p.handle_in(__t21, 0usize)?,
                                                        )
                                                    },
                                                ),
                                            )?;
                                        ::core::result::Result::Ok((
                                            {
                                                let (__t22, __t23) = result0;
                                                (
                                                    __p.handle_out(__t22, 0usize, __cx)?,
                                                    __p.handle_out(__t23, 1usize, __cx)?,
                                                )
                                            },
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
                        match function { "[constructor]pouch" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_constructor__pouch); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token >,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (__rt::Resource <
                        super::super::super::super::cases::owned_uses::users::Pouch >,) >
                        = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "[constructor]pouch", 1usize, & func, (__p.handle_in(arg0,
                        1usize) ?,)). await ?; ::core::result::Result::Ok((__p
                        .handle_out(result0, 0usize, __cx) ?,)) }; __result }) },) }
                        "[method]pouch.take" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_method__pouch__take); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::cases::owned_uses::users::Pouch >,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (::core::option::Option < __rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token > >,)
                        > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "[method]pouch.take", 1usize, & func, (__p.handle_in(arg0,
                        0usize) ?,)). await ?; ::core::result::Result::Ok((match result0
                        { ::core::option::Option::Some(__v1) =>
                        ::core::option::Option::Some(__p.handle_out(__v1, 1usize, __cx)
                        ?), ::core::option::Option::None => ::core::option::Option::None
                        },)) }; __result }) },) } "[method]pouch.compare" => { let
                        provider = ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_method__pouch__compare); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0, arg1,) : (__rt::Resource <
                        super::super::super::super::cases::owned_uses::users::Pouch >,
                        __rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token >,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (bool,) > = { __p.forward_concurrent:: < EVENTS,
                        _, _ > (__cx, "[method]pouch.compare", 2usize, & func, (__p
                        .handle_in(arg0, 0usize) ?, __p.handle_in(arg1, 1usize) ?,)).
                        await }; __result }) },) } "peek" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_peek); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token >,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "peek", 1usize, & func, (__p.handle_in(arg0, 1usize)
                        ?,)). await }; __result }) },) } "keep" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_keep); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token >,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "keep", 1usize, & func, (__p.handle_in(arg0, 1usize) ?,)).
                        await }; __result }) },) } "give" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_give); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (u32,) | { let provider =
                        ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (__rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token >,) >
                        = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "give", 1usize, & func, (arg0,)). await ?;
                        ::core::result::Result::Ok((__p.handle_out(result0, 1usize, __cx)
                        ?,)) }; __result }) },) } "maybe" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_maybe); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (::core::option::Option <
                        __rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token > >,)
                        | { let provider = ::std::sync::Arc::clone(& provider); let func
                        = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (::core::option::Option < __rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token > >,)
                        > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "maybe", 1usize, & func, (match arg0 {
                        ::core::option::Option::Some(__v4) =>
                        ::core::option::Option::Some(__p.handle_in(__v4, 1usize) ?),
                        ::core::option::Option::None => ::core::option::Option::None },))
                        . await ?; ::core::result::Result::Ok((match result0 {
                        ::core::option::Option::Some(__v5) =>
                        ::core::option::Option::Some(__p.handle_out(__v5, 1usize, __cx)
                        ?), ::core::option::Option::None => ::core::option::Option::None
                        },)) }; __result }) },) } "all" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_all); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (::std::vec::Vec <
                        __rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token > >,)
                        | { let provider = ::std::sync::Arc::clone(& provider); let func
                        = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (::std::vec::Vec < __rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token > >,)
                        > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "all", 1usize, & func, ({ let __items12 = arg0; let mut
                        __out13 = ::std::vec::Vec::with_capacity(__items12.len()); for
                        __v14 in __items12 { __out13.push(__p.handle_in(__v14, 1usize)
                        ?); } __out13 },)). await ?; ::core::result::Result::Ok(({ let
                        __items15 = result0; let mut __out16 =
                        ::std::vec::Vec::with_capacity(__items15.len()); for __v17 in
                        __items15 { __out16.push(__p.handle_out(__v17, 1usize, __cx) ?);
                        } __out16 },)) }; __result }) },) } "try-give" => { let provider
                        = ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_try_give); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (u32,) | { let provider =
                        ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (::core::result::Result < __rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token >,
                        ::std::string::String >,) > = { let (result0,) = __p
                        .forward_concurrent:: < EVENTS, _, _ > (__cx, "try-give", 1usize,
                        & func, (arg0,)). await ?; ::core::result::Result::Ok((match
                        result0 { ::core::result::Result::Ok(__v19) =>
                        ::core::result::Result::Ok(__p.handle_out(__v19, 1usize, __cx)
                        ?), ::core::result::Result::Err(__v19) =>
                        ::core::result::Result::Err(__v19) },)) }; __result }) },) }
                        "pair-values" => { let provider = ::std::sync::Arc::clone(& self
                        .provider); let func = ::std::sync::Arc::clone(& self
                        .f_pair_values); linker.func_wrap_concurrent(as_name, move |
                        accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,)
                        : (super::super::super::super::cases::owned_uses::users::Pair,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "pair-values", 1usize, & func,
                        (__provider::pair_in(arg0, __p, __cx) ?,)). await }; __result })
                        },) } "choose" => { let provider = ::std::sync::Arc::clone(& self
                        .provider); let func = ::std::sync::Arc::clone(& self.f_choose);
                        linker.func_wrap_concurrent(as_name, move | accessor : &
                        __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                        (super::super::super::super::cases::owned_uses::users::Either,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result <
                        (super::super::super::super::cases::owned_uses::users::Either,) >
                        = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "choose", 1usize, & func, (__provider::either_in(arg0,
                        __p, __cx) ?,)). await ?;
                        ::core::result::Result::Ok((__provider::either_out(result0, __p,
                        __cx) ?,)) }; __result }) },) } "reslot" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_reslot); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) :
                        (super::super::super::super::cases::owned_uses::defs::Slot,) | {
                        let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result <
                        (super::super::super::super::cases::owned_uses::defs::Slot,) > =
                        { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "reslot", 1usize, & func,
                        (__provider::cases__owned_uses__defs__slot_in(arg0, __p, __cx)
                        ?,)). await ?;
                        ::core::result::Result::Ok((__provider::cases__owned_uses__defs__slot_out(result0,
                        __p, __cx) ?,)) }; __result }) },) } "rewrap" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_rewrap); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) :
                        (super::super::super::super::cases::owned_uses::users::Wrap,) | {
                        let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result <
                        (super::super::super::super::cases::owned_uses::users::Wrap,) > =
                        { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "rewrap", 1usize, & func, (__provider::wrap_in(arg0, __p,
                        __cx) ?,)). await ?;
                        ::core::result::Result::Ok((__provider::wrap_out(result0, __p,
                        __cx) ?,)) }; __result }) },) } "split" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_split); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : ((__rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token >,
                        __rt::Resource <
                        super::super::super::super::cases::owned_uses::users::Pouch >,),)
                        | { let provider = ::std::sync::Arc::clone(& provider); let func
                        = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < ((__rt::Resource <
                        super::super::super::super::cases::owned_uses::users::Pouch >,
                        __rt::Resource <
                        super::super::super::super::cases::owned_uses::defs::Token >,),)
                        > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "split", 1usize, & func, ({ let (__t24, __t25,) = arg0;
                        (__p.handle_in(__t24, 1usize) ?, __p.handle_in(__t25, 0usize) ?,)
                        },)). await ?; ::core::result::Result::Ok(({ let (__t26, __t27,)
                        = result0; (__p.handle_out(__t26, 0usize, __cx) ?, __p
                        .handle_out(__t27, 1usize, __cx) ?,) },)) }; __result }) },) } _
                        => { let _ = (linker, as_name);
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
    &cases::owned_uses::defs::__Interface,
    &cases::owned_uses::users::__Interface,
    &cases::elsewhere::consumer::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
