/// Generated forwarders of the `demo` namespace.
pub mod demo {
    /// Generated forwarders of the package `demo:logging`.
    pub mod logging {
        pub mod calculator {
            //! Generated forwarders for `demo:logging/calculator@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "demo:logging/calculator@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &["calc"];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// Host marker of the WIT resource `calc`: handles to it cross the hub as `Resource<Calc>`.
            pub struct Calc;
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &[
                        "pi",
                        "quick-add",
                        "[constructor]calc",
                        "[static]calc.version",
                        "[static]calc.total-operations",
                        "[method]calc.add",
                        "[method]calc.subtract",
                        "[method]calc.multiply",
                        "[method]calc.divide",
                    ]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[
                        __rt::GeneratedResource {
                            name: "calc",
                            codec: __rt::codec::<Calc>,
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
                    const WIRE: &[__rt::WireFunction] = &[
                        __rt::wire_function::<(), (f64,)>("pi"),
                        __rt::wire_function::<(f64, f64), (f64,)>("quick-add"),
                        __rt::wire_function::<
                            (),
                            (::std::string::String,),
                        >("[static]calc.version"),
                        __rt::wire_function::<
                            (),
                            (u64,),
                        >("[static]calc.total-operations"),
                    ];
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
                        f_pi: binder.func("pi")?,
                        f_quick_add: binder.func("quick-add")?,
                        f_constructor__calc: binder.func("[constructor]calc")?,
                        f_static__calc__version: binder.func("[static]calc.version")?,
                        f_static__calc__total_operations: binder
                            .func("[static]calc.total-operations")?,
                        f_method__calc__add: binder.func("[method]calc.add")?,
                        f_method__calc__subtract: binder.func("[method]calc.subtract")?,
                        f_method__calc__multiply: binder.func("[method]calc.multiply")?,
                        f_method__calc__divide: binder.func("[method]calc.divide")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_pi: __rt::InstanceFuncs<(), (f64,)>,
                f_quick_add: __rt::InstanceFuncs<(f64, f64), (f64,)>,
                f_constructor__calc: __rt::InstanceFuncs<(), (__rt::ResourceAny,)>,
                f_static__calc__version: __rt::InstanceFuncs<
                    (),
                    (::std::string::String,),
                >,
                f_static__calc__total_operations: __rt::InstanceFuncs<(), (u64,)>,
                f_method__calc__add: __rt::InstanceFuncs<
                    (__rt::ResourceAny, f64, f64),
                    (f64,),
                >,
                f_method__calc__subtract: __rt::InstanceFuncs<
                    (__rt::ResourceAny, f64, f64),
                    (f64,),
                >,
                f_method__calc__multiply: __rt::InstanceFuncs<
                    (__rt::ResourceAny, f64, f64),
                    (f64,),
                >,
                f_method__calc__divide: __rt::InstanceFuncs<
                    (__rt::ResourceAny, f64, f64),
                    (f64,),
                >,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_pi);
                        linker
                            .func_wrap(
                                "pi",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<(f64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<EVENTS, _, _>(__cx, "pi", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_quick_add);
                        linker
                            .func_wrap(
                                "quick-add",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0, arg1): (f64, f64),
                                | -> __rt::Result<(f64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "quick-add", 2usize, &func, (arg0, arg1))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_constructor__calc);
                        linker
                            .func_wrap(
                                "[constructor]calc",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::demo::logging::calculator::Calc,
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
                                        >(__cx, "[constructor]calc", 0usize, &func, ())?;
                                    ::core::result::Result::Ok((
                                        __p.handle_out(result0, 0usize, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(
                            &self.f_static__calc__version,
                        );
                        linker
                            .func_wrap(
                                "[static]calc.version",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<(::std::string::String,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "[static]calc.version", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(
                            &self.f_static__calc__total_operations,
                        );
                        linker
                            .func_wrap(
                                "[static]calc.total-operations",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<(u64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "[static]calc.total-operations", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__calc__add);
                        linker
                            .func_wrap(
                                "[method]calc.add",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                        arg2,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::demo::logging::calculator::Calc,
                                        >,
                                        f64,
                                        f64,
                                    ),
                                | -> __rt::Result<(f64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "[method]calc.add",
                                        3usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?, arg1, arg2),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(
                            &self.f_method__calc__subtract,
                        );
                        linker
                            .func_wrap(
                                "[method]calc.subtract",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                        arg2,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::demo::logging::calculator::Calc,
                                        >,
                                        f64,
                                        f64,
                                    ),
                                | -> __rt::Result<(f64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "[method]calc.subtract",
                                        3usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?, arg1, arg2),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(
                            &self.f_method__calc__multiply,
                        );
                        linker
                            .func_wrap(
                                "[method]calc.multiply",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                        arg2,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::demo::logging::calculator::Calc,
                                        >,
                                        f64,
                                        f64,
                                    ),
                                | -> __rt::Result<(f64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "[method]calc.multiply",
                                        3usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?, arg1, arg2),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__calc__divide);
                        linker
                            .func_wrap(
                                "[method]calc.divide",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                        arg2,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::demo::logging::calculator::Calc,
                                        >,
                                        f64,
                                        f64,
                                    ),
                                | -> __rt::Result<(f64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "[method]calc.divide",
                                        3usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?, arg1, arg2),
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
                    str, as_name : & str,) -> __rt::Result < () > { match function { "pi"
                    => { let provider = ::std::sync::Arc::clone(& self.provider); let
                    func = ::std::sync::Arc::clone(& self.f_pi); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (f64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "pi", 0usize, & func, ()). await }; __result }) },) }
                    "quick-add" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_quick_add);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0, arg1,) : (f64,
                    f64,) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (f64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "quick-add", 2usize, & func, (arg0, arg1,)). await }; __result
                    }) },) } "[constructor]calc" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_constructor__calc); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::demo::logging::calculator::Calc >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[constructor]calc", 0usize, & func, ()). await ?;
                    ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                    ?,)) }; __result }) },) } "[static]calc.version" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_static__calc__version); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::string::String,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "[static]calc.version",
                    0usize, & func, ()). await }; __result }) },) }
                    "[static]calc.total-operations" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_static__calc__total_operations);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, () : () | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[static]calc.total-operations", 0usize, & func, ()). await };
                    __result }) },) } "[method]calc.add" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__calc__add); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1, arg2,) : (__rt::Resource <
                    super::super::super::demo::logging::calculator::Calc >, f64, f64,) |
                    { let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (f64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]calc.add", 3usize, & func, (__p.handle_in(arg0,
                    0usize) ?, arg1, arg2,)). await }; __result }) },) }
                    "[method]calc.subtract" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_method__calc__subtract); linker.func_wrap_concurrent(as_name, move
                    | accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,
                    arg1, arg2,) : (__rt::Resource <
                    super::super::super::demo::logging::calculator::Calc >, f64, f64,) |
                    { let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (f64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]calc.subtract", 3usize, & func, (__p.handle_in(arg0,
                    0usize) ?, arg1, arg2,)). await }; __result }) },) }
                    "[method]calc.multiply" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_method__calc__multiply); linker.func_wrap_concurrent(as_name, move
                    | accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,
                    arg1, arg2,) : (__rt::Resource <
                    super::super::super::demo::logging::calculator::Calc >, f64, f64,) |
                    { let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (f64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]calc.multiply", 3usize, & func, (__p.handle_in(arg0,
                    0usize) ?, arg1, arg2,)). await }; __result }) },) }
                    "[method]calc.divide" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_method__calc__divide); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,
                    arg1, arg2,) : (__rt::Resource <
                    super::super::super::demo::logging::calculator::Calc >, f64, f64,) |
                    { let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (f64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]calc.divide", 3usize, & func, (__p.handle_in(arg0,
                    0usize) ?, arg1, arg2,)). await }; __result }) },) } _ => { let _ =
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
        }
        pub mod logging {
            //! Generated forwarders for `demo:logging/logging@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "demo:logging/logging@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &["logger"];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// WIT `level`.
            #[derive(
                __rt::ComponentType,
                __rt::Lift,
                __rt::Lower,
                Clone,
                Copy,
                Debug,
                PartialEq,
                Eq,
                Hash
            )]
            #[component(enum)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            #[repr(u8)]
            pub enum Level {
                /// WIT case `debug`.
                #[component(name = "debug")]
                Debug,
                /// WIT case `info`.
                #[component(name = "info")]
                Info,
                /// WIT case `warn`.
                #[component(name = "warn")]
                Warn,
                /// WIT case `error`.
                #[component(name = "error")]
                Error,
            }
            /// Host marker of the WIT resource `logger`: handles to it cross the hub as `Resource<Logger>`.
            pub struct Logger;
            impl __rt::Weight for Level {}
            /// Whether a component's type is `level`'s shape.
            fn __shape_of_level(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Enum(e) => {
                        e.names().eq(["debug", "info", "warn", "error"])
                    }
                    _ => false,
                }
            }
            impl __rt::WireValue for Level {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    __rt::write_unsigned(
                        match self {
                            Self::Debug => 0u64,
                            Self::Info => 1u64,
                            Self::Warn => 2u64,
                            Self::Error => 3u64,
                        },
                        out,
                    );
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    ::core::result::Result::Ok(
                        match input.discriminant(4usize)? {
                            0usize => Self::Debug,
                            1usize => Self::Info,
                            2usize => Self::Warn,
                            3usize => Self::Error,
                            _ => ::core::unreachable!("checked by `discriminant`"),
                        },
                    )
                }
            }
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &[
                        "get-default-level",
                        "level-to-string",
                        "[constructor]logger",
                        "[static]logger.get-logger-count",
                        "[method]logger.get-max-level",
                        "[method]logger.set-max-level",
                        "[method]logger.log",
                    ]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[
                        __rt::GeneratedResource {
                            name: "logger",
                            codec: __rt::codec::<Logger>,
                        },
                    ]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[]
                }
                fn items(&self) -> &'static [__rt::GeneratedItem] {
                    &[
                        __rt::GeneratedItem {
                            name: "demo:logging/logging@0.1.0#level",
                            shape: __shape_of_level,
                            carrier: __rt::item_carrier::<Level>,
                        },
                    ]
                }
                fn wire(&self) -> &'static [__rt::WireFunction] {
                    const WIRE: &[__rt::WireFunction] = &[
                        __rt::wire_function::<
                            (),
                            (super::super::super::demo::logging::logging::Level,),
                        >("get-default-level"),
                        __rt::wire_function::<
                            (super::super::super::demo::logging::logging::Level,),
                            (::std::string::String,),
                        >("level-to-string"),
                        __rt::wire_function::<
                            (),
                            (u32,),
                        >("[static]logger.get-logger-count"),
                    ];
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
                        f_get_default_level: binder.func("get-default-level")?,
                        f_level_to_string: binder.func("level-to-string")?,
                        f_constructor__logger: binder.func("[constructor]logger")?,
                        f_static__logger__get_logger_count: binder
                            .func("[static]logger.get-logger-count")?,
                        f_method__logger__get_max_level: binder
                            .func("[method]logger.get-max-level")?,
                        f_method__logger__set_max_level: binder
                            .func("[method]logger.set-max-level")?,
                        f_method__logger__log: binder.func("[method]logger.log")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_get_default_level: __rt::InstanceFuncs<
                    (),
                    (super::super::super::demo::logging::logging::Level,),
                >,
                f_level_to_string: __rt::InstanceFuncs<
                    (super::super::super::demo::logging::logging::Level,),
                    (::std::string::String,),
                >,
                f_constructor__logger: __rt::InstanceFuncs<
                    (super::super::super::demo::logging::logging::Level,),
                    (__rt::ResourceAny,),
                >,
                f_static__logger__get_logger_count: __rt::InstanceFuncs<(), (u32,)>,
                f_method__logger__get_max_level: __rt::InstanceFuncs<
                    (__rt::ResourceAny,),
                    (super::super::super::demo::logging::logging::Level,),
                >,
                f_method__logger__set_max_level: __rt::InstanceFuncs<
                    (
                        __rt::ResourceAny,
                        super::super::super::demo::logging::logging::Level,
                    ),
                    (),
                >,
                f_method__logger__log: __rt::InstanceFuncs<
                    (
                        __rt::ResourceAny,
                        super::super::super::demo::logging::logging::Level,
                        ::std::string::String,
                    ),
                    (),
                >,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_get_default_level);
                        linker
                            .func_wrap(
                                "get-default-level",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<
                                    (super::super::super::demo::logging::logging::Level,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "get-default-level", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_level_to_string);
                        linker
                            .func_wrap(
                                "level-to-string",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::demo::logging::logging::Level,),
                                | -> __rt::Result<(::std::string::String,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "level-to-string", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_constructor__logger);
                        linker
                            .func_wrap(
                                "[constructor]logger",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::demo::logging::logging::Level,),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::demo::logging::logging::Logger,
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
                                        >(__cx, "[constructor]logger", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((
                                        __p.handle_out(result0, 0usize, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(
                            &self.f_static__logger__get_logger_count,
                        );
                        linker
                            .func_wrap(
                                "[static]logger.get-logger-count",
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
                                        >(
                                        __cx,
                                        "[static]logger.get-logger-count",
                                        0usize,
                                        &func,
                                        (),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(
                            &self.f_method__logger__get_max_level,
                        );
                        linker
                            .func_wrap(
                                "[method]logger.get-max-level",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::demo::logging::logging::Logger,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (super::super::super::demo::logging::logging::Level,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "[method]logger.get-max-level",
                                        1usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?,),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(
                            &self.f_method__logger__set_max_level,
                        );
                        linker
                            .func_wrap(
                                "[method]logger.set-max-level",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::demo::logging::logging::Logger,
                                        >,
                                        super::super::super::demo::logging::logging::Level,
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
                                        "[method]logger.set-max-level",
                                        2usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?, arg1),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__logger__log);
                        linker
                            .func_wrap(
                                "[method]logger.log",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                        arg2,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::demo::logging::logging::Logger,
                                        >,
                                        super::super::super::demo::logging::logging::Level,
                                        ::std::string::String,
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
                                        "[method]logger.log",
                                        3usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?, arg1, arg2),
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
                    "get-default-level" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_get_default_level); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, () : () | {
                    let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::demo::logging::logging::Level,)
                    > = { __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "get-default-level", 0usize, & func, ()). await }; __result }) },) }
                    "level-to-string" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self
                    .f_level_to_string); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::demo::logging::logging::Level,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::string::String,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "level-to-string",
                    1usize, & func, (arg0,)). await }; __result }) },) }
                    "[constructor]logger" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_constructor__logger); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::demo::logging::logging::Level,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::demo::logging::logging::Logger >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[constructor]logger", 1usize, & func, (arg0,)). await ?;
                    ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                    ?,)) }; __result }) },) } "[static]logger.get-logger-count" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_static__logger__get_logger_count);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, () : () | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[static]logger.get-logger-count", 0usize, & func, ()). await
                    }; __result }) },) } "[method]logger.get-max-level" => { let provider
                    = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__logger__get_max_level);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (__rt::Resource < super::super::super::demo::logging::logging::Logger
                    >,) | { let provider = ::std::sync::Arc::clone(& provider); let func
                    = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move
                    { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::demo::logging::logging::Level,)
                    > = { __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[method]logger.get-max-level", 1usize, & func, (__p.handle_in(arg0,
                    0usize) ?,)). await }; __result }) },) }
                    "[method]logger.set-max-level" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__logger__set_max_level);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0, arg1,) :
                    (__rt::Resource < super::super::super::demo::logging::logging::Logger
                    >, super::super::super::demo::logging::logging::Level,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]logger.set-max-level", 2usize, & func, (__p
                    .handle_in(arg0, 0usize) ?, arg1,)). await }; __result }) },) }
                    "[method]logger.log" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_method__logger__log); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,
                    arg1, arg2,) : (__rt::Resource <
                    super::super::super::demo::logging::logging::Logger >,
                    super::super::super::demo::logging::logging::Level,
                    ::std::string::String,) | { let provider = ::std::sync::Arc::clone(&
                    provider); let func = ::std::sync::Arc::clone(& func);
                    ::std::boxed::Box::pin(async move { let __cx = &
                    __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall
                    < '_ > = & provider.call(); let __result : __rt::Result < () > = {
                    __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[method]logger.log", 3usize, & func, (__p.handle_in(arg0, 0usize) ?,
                    arg1, arg2,)). await }; __result }) },) } _ => { let _ = (linker,
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
    }
}
/// Every interface with generated forwarders.
pub static INTERFACES: &[&dyn ::hub_runtime::__internal::GeneratedInterface] = &[
    &demo::logging::logging::__Interface,
    &demo::logging::calculator::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
