/// Generated forwarders of the `cases` namespace.
pub mod cases {
    /// Generated forwarders of the package `cases:names`.
    pub mod names {
        pub mod separators {
            //! Generated forwarders for `cases:names/separators@0.1.0`.
            //!
            //! Export names that differ only in where their separators are (`[method]a.b-c`,
            //! `[method]a-b.c`, `method-a-b-c`): each forwarder needs a field of its own.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "cases:names/separators@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &["a", "a-b"];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// Host marker of the WIT resource `a`: handles to it cross the hub as `Resource<A>`.
            pub struct A;
            /// Host marker of the WIT resource `a-b`: handles to it cross the hub as `Resource<AB>`.
            pub struct AB;
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &[
                        "[constructor]a",
                        "[method]a.b-c",
                        "[static]a.d",
                        "[method]a-b.c",
                        "method-a-b-c",
                        "constructor-a",
                        "static-a-d",
                    ]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[
                        __rt::GeneratedResource {
                            name: "a",
                            codec: __rt::codec::<A>,
                        },
                        __rt::GeneratedResource {
                            name: "a-b",
                            codec: __rt::codec::<AB>,
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
                        __rt::wire_function::<(), ()>("[static]a.d"),
                        __rt::wire_function::<(), ()>("method-a-b-c"),
                        __rt::wire_function::<(), ()>("constructor-a"),
                        __rt::wire_function::<(), ()>("static-a-d"),
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
                        f_constructor__a: binder.func("[constructor]a")?,
                        f_method__a__b_c: binder.func("[method]a.b-c")?,
                        f_static__a__d: binder.func("[static]a.d")?,
                        f_method__a_b__c: binder.func("[method]a-b.c")?,
                        f_method_a_b_c: binder.func("method-a-b-c")?,
                        f_constructor_a: binder.func("constructor-a")?,
                        f_static_a_d: binder.func("static-a-d")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_constructor__a: __rt::InstanceFuncs<(), (__rt::ResourceAny,)>,
                f_method__a__b_c: __rt::InstanceFuncs<(__rt::ResourceAny,), ()>,
                f_static__a__d: __rt::InstanceFuncs<(), ()>,
                f_method__a_b__c: __rt::InstanceFuncs<(__rt::ResourceAny,), ()>,
                f_method_a_b_c: __rt::InstanceFuncs<(), ()>,
                f_constructor_a: __rt::InstanceFuncs<(), ()>,
                f_static_a_d: __rt::InstanceFuncs<(), ()>,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_constructor__a);
                        linker
                            .func_wrap(
                                "[constructor]a",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::cases::names::separators::A,
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
                                        >(__cx, "[constructor]a", 0usize, &func, ())?;
                                    ::core::result::Result::Ok((
                                        __p.handle_out(result0, 0usize, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__a__b_c);
                        linker
                            .func_wrap(
                                "[method]a.b-c",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::names::separators::A,
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
                                        "[method]a.b-c",
                                        1usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?,),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_static__a__d);
                        linker
                            .func_wrap(
                                "[static]a.d",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<()> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "[static]a.d", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__a_b__c);
                        linker
                            .func_wrap(
                                "[method]a-b.c",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::names::separators::AB,
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
                                        "[method]a-b.c",
                                        1usize,
                                        &func,
                                        (__p.handle_in(arg0, 1usize)?,),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method_a_b_c);
                        linker
                            .func_wrap(
                                "method-a-b-c",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<()> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "method-a-b-c", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_constructor_a);
                        linker
                            .func_wrap(
                                "constructor-a",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<()> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "constructor-a", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_static_a_d);
                        linker
                            .func_wrap(
                                "static-a-d",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<()> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "static-a-d", 0usize, &func, ())
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
                    "[constructor]a" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self
                    .f_constructor__a); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, () : () | {
                    let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::cases::names::separators::A >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[constructor]a", 0usize, & func, ()). await ?;
                    ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                    ?,)) }; __result }) },) } "[method]a.b-c" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__a__b_c); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::cases::names::separators::A >,) | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]a.b-c", 1usize, & func, (__p.handle_in(arg0, 0usize)
                    ?,)). await }; __result }) },) } "[static]a.d" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_static__a__d); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[static]a.d", 0usize, & func, ()). await }; __result }) },) }
                    "[method]a-b.c" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self
                    .f_method__a_b__c); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (__rt::Resource < super::super::super::cases::names::separators::AB
                    >,) | { let provider = ::std::sync::Arc::clone(& provider); let func
                    = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move
                    { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]a-b.c", 1usize, & func, (__p.handle_in(arg0, 1usize)
                    ?,)). await }; __result }) },) } "method-a-b-c" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method_a_b_c); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "method-a-b-c", 0usize, & func, ()). await }; __result }) },)
                    } "constructor-a" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self
                    .f_constructor_a); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, () : () | {
                    let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "constructor-a", 0usize, & func, ()). await }; __result }) },)
                    } "static-a-d" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_static_a_d);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, () : () | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "static-a-d", 0usize, & func, ()). await }; __result }) },) }
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
    &cases::names::separators::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
