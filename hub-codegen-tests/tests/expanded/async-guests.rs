/// Generated forwarders of the `hub` namespace.
pub mod hub {
    /// Generated forwarders of the package `hub:async-guests`.
    pub mod async_guests {
        pub mod echo {
            //! Generated forwarders for `hub:async-guests/echo@0.1.0`.
            //!
            //! The part of `hub:async-guests` under `wit/`, which the hub generates code for; the
            //! async guests (`guests/wit-async`, whose `async-guests.wit` links here) use it.
            //! `echo`: async functions across a link, on generated forwarders; `streams`: streams and
            //! futures across a link, on generated forwarders too (`--dynamic` for the other path);
            //! `odd-streams`: stream items only generated code carries.
            //! `guests/wit-echo-sync` is the same interface with no `async` (and no `bloat`, so a sync
            //! provider of it falls back to the dynamic path).
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
                fn items(&self) -> &'static [__rt::GeneratedItem] {
                    &[]
                }
                fn wire(&self) -> &'static [__rt::WireFunction] {
                    const WIRE: &[__rt::WireFunction] = &[
                        __rt::wire_function::<(), (u32,)>("count"),
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
        pub mod odd_streams {
            //! Generated forwarders for `hub:async-guests/odd-streams@0.1.0`.
            //!
            //! A stream of anonymous tuples. Generated code carries its items by their Rust type,
            //! `(u32, String)`; the dynamic path has no Rust type for them (wasmtime 48 reads a
            //! stream only through one), so with `--dynamic` a component passing it is refused at
            //! load, naming the type.
            //!
            //! Only in hub-runtime's `async` build: it passes streams or futures.
            ::hub_runtime::__internal::if_async! {
                #[allow(unused_imports)] use ::hub_runtime::__internal as __rt; #[doc =
                r" The full interface name this module forwards."] pub const NAME : & str
                = "hub:async-guests/odd-streams@0.1.0"; #[doc =
                r" Ownership table: the resources this interface defines (their provider holds them)."]
                pub const DEFINES : & [& str] = & []; #[doc =
                r" Ownership table: resources of other interfaces its values can hold. They pass"]
                #[doc =
                r" through, unless the provider defines them all (then it owns them too)."]
                pub const USES : & [& str] = & []; #[doc =
                r" Binds this interface of a loaded library to the generated forwarders."]
                pub struct __Interface; impl __rt::GeneratedInterface for __Interface {
                fn name(& self) -> & 'static str { NAME } fn functions(& self) -> &
                'static [& 'static str] { & ["pairs"] } fn resources(& self) -> & 'static
                [__rt::GeneratedResource] { & [] } fn uses(& self) -> & 'static
                [__rt::GeneratedUse] { & [] } fn items(& self) -> & 'static
                [__rt::GeneratedItem] { & [] } fn wire(& self) -> & 'static
                [__rt::WireFunction] { const WIRE : & [__rt::WireFunction] = & []; WIRE }
                fn bind(& self, binder : & mut __rt::TypedBinder < '_, '_ >,) ->
                ::core::result::Result < ::std::boxed::Box < dyn __rt::DefineForwarders
                >, ::hub_runtime::GeneratedMismatch > { bind(binder) } } #[doc =
                r" Resolves every function's `TypedFunc` in each instance, which type-checks it"]
                #[doc = r" against the component."] fn bind(binder : & mut
                __rt::TypedBinder < '_, '_ >,) -> ::core::result::Result <
                ::std::boxed::Box < dyn __rt::DefineForwarders >,
                ::hub_runtime::GeneratedMismatch > {
                ::core::result::Result::Ok(::std::boxed::Box::new(__Forwarders { provider
                : binder.provider(), f_pairs : binder.func("pairs") ?, })) } #[doc =
                r" Each function's `TypedFunc`s (one per instance), resolved and type-checked once"]
                #[doc = r" at load."] #[allow(non_snake_case)] struct __Forwarders {
                provider : ::std::sync::Arc < __rt::Provider >, f_pairs :
                __rt::InstanceFuncs < (__rt::StreamReader < (u32, ::std::string::String,)
                >,), (u32,) >, } impl __Forwarders { fn define_all < const EVENTS : bool
                > (& self, linker : & mut __rt::LinkerInstance < '_,
                ::hub_runtime::HostState >,) -> __rt::Result < () > { { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_pairs); linker.func_wrap("pairs", move |
                mut caller : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (arg0,) : (__rt::StreamReader < (u32, ::std::string::String,) >,) | ->
                __rt::Result < (u32,) > { let __p : & __rt::ProviderCall < '_ > = &
                provider.call(); #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); let (arg0,) = (arg0,); let
                __params = { let mut __s = __rt::AsContextMut::as_context_mut(& mut
                caller); (__rt::stream_leaves(& mut __s, arg0, __rt::plain_items:: <
                (u32, ::std::string::String,) > ()) ?,) }; let __answer = {
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); __p.forward_crossing:: < EVENTS, _, _, _ > (__cx, "pairs",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (__rt::StreamReader <
                (u32, ::std::string::String,) >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,)) },
                | _ : __rt::StoreContextMut < '_, ::hub_runtime::HostState >, __r :
                (u32,) | -> __rt::Result < _ > { ::core::result::Result::Ok(__r) }) ? };
                let (result0,) = __answer; #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data();
                ::core::result::Result::Ok((result0,)) },) ?; } let _ = linker;
                ::core::result::Result::Ok(()) } __rt::if_async! { fn define_async_one <
                const EVENTS : bool > (& self, linker : & mut __rt::LinkerInstance < '_,
                ::hub_runtime::HostState >, function : & str, as_name : & str,) ->
                __rt::Result < () > { match function { "pairs" => { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_pairs); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (__rt::StreamReader < (u32,
                ::std::string::String,) >,) | { let provider = ::std::sync::Arc::clone(&
                provider); let func = ::std::sync::Arc::clone(& func);
                ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (u32,) > = { let
                (arg0,) = (arg0,); let __params = accessor.with(| mut __a | ->
                __rt::Result < _ > { let mut __s = __rt::AsContextMut::as_context_mut(&
                mut __a); ::core::result::Result::Ok((__rt::stream_leaves(& mut __s,
                arg0, __rt::plain_items:: < (u32, ::std::string::String,) > ()) ?,)) })
                ?; let __answer = { __p.forward_crossing_concurrent:: < EVENTS, _, _, _ >
                (__cx, "pairs", 1usize, & func, move | mut __s : __rt::StoreContextMut <
                '_, ::hub_runtime::HostState > | -> __rt::Result < (__rt::StreamReader <
                (u32, ::std::string::String,) >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,)) },
                | _ : __rt::StoreContextMut < '_, ::hub_runtime::HostState >, __r :
                (u32,) | -> __rt::Result < _ > { ::core::result::Result::Ok(__r) }).
                await ? }; let (result0,) = __answer;
                ::core::result::Result::Ok((result0,)) }; __result }) },) } _ => { let _
                = (linker, as_name);
                ::core::result::Result::Err(__rt::wasmtime::format_err!("`{function}` has no generated forwarder"))
                } } } } } impl __rt::DefineForwarders for __Forwarders { fn define(&
                self, linker : & mut __rt::LinkerInstance < '_, ::hub_runtime::HostState
                >, call_events : bool,) -> __rt::Result < () > { if call_events { self
                .define_all:: < true > (linker) } else { self.define_all:: < false >
                (linker) } } __rt::if_async! { fn define_async(& self, linker : & mut
                __rt::LinkerInstance < '_, ::hub_runtime::HostState >, function : & str,
                as_name : & str, call_events : bool,) -> __rt::Result < () > { if
                call_events { self.define_async_one:: < true > (linker, function,
                as_name) } else { self.define_async_one:: < false > (linker, function,
                as_name) } } } }
            }
        }
        pub mod shapes {
            //! Generated forwarders for `hub:async-guests/shapes@0.1.0`.
            //!
            //! Plain data as stream and future items: `shaped` (in `guests/wit-async`) passes these
            //! in streams and futures, which the hub carries by their generated Rust types.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "hub:async-guests/shapes@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &[];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// WIT `color`.
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
            pub enum Color {
                /// WIT case `red`.
                #[component(name = "red")]
                Red,
                /// WIT case `green`.
                #[component(name = "green")]
                Green,
                /// WIT case `blue`.
                #[component(name = "blue")]
                Blue,
            }
            #[doc(hidden)]
            pub mod __flags_marks {
                #![allow(missing_docs)]
                use ::hub_runtime::__internal as __rt;
                use ::hub_runtime::__internal::wasmtime;
                __rt::flags! {
                    Marks { #[component(name = "bold")] const BOLD; #[component(name =
                    "italic")] const ITALIC; #[component(name = "underline")] const
                    UNDERLINE; }
                }
            }
            /// WIT `marks`.
            pub use __flags_marks::Marks;
            /// WIT `size`.
            #[derive(
                __rt::ComponentType,
                __rt::Lift,
                __rt::Lower,
                Clone,
                Debug,
                PartialEq
            )]
            #[component(variant)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub enum Size {
                /// WIT case `small`.
                #[component(name = "small")]
                Small(u8),
                /// WIT case `large`.
                #[component(name = "large")]
                Large(::std::vec::Vec<u32>),
                /// WIT case `unknown`.
                #[component(name = "unknown")]
                Unknown,
            }
            /// WIT `shape`.
            #[derive(
                __rt::ComponentType,
                __rt::Lift,
                __rt::Lower,
                Clone,
                Debug,
                PartialEq
            )]
            #[component(record)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub struct Shape {
                /// WIT field `name`.
                #[component(name = "name")]
                pub name: ::std::string::String,
                /// WIT field `color`.
                #[component(name = "color")]
                pub color: super::super::super::hub::async_guests::shapes::Color,
                /// WIT field `marks`.
                #[component(name = "marks")]
                pub marks: super::super::super::hub::async_guests::shapes::Marks,
                /// WIT field `size`.
                #[component(name = "size")]
                pub size: super::super::super::hub::async_guests::shapes::Size,
                /// WIT field `tags`.
                #[component(name = "tags")]
                pub tags: ::std::vec::Vec<::std::string::String>,
            }
            impl __rt::Weight for Color {}
            /// Whether a component's type is `color`'s shape.
            fn __shape_of_color(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Enum(e) => e.names().eq(["red", "green", "blue"]),
                    _ => false,
                }
            }
            impl __rt::Weight for Marks {}
            /// Whether a component's type is `marks`'s shape.
            fn __shape_of_marks(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Flags(f) => {
                        f.names().eq(["bold", "italic", "underline"])
                    }
                    _ => false,
                }
            }
            impl __rt::Weight for Size {
                fn weight(items: &[Self]) -> usize {
                    ::core::mem::size_of_val(items)
                        + items
                            .iter()
                            .map(|item| match item {
                                Self::Small(payload) => __rt::heap_weight(payload),
                                Self::Large(payload) => __rt::heap_weight(payload),
                                Self::Unknown => 0,
                            })
                            .sum::<usize>()
                }
            }
            /// Whether a component's type is `size`'s shape.
            fn __shape_of_size(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Variant(of) => {
                        let cases: ::std::vec::Vec<_> = of.cases().collect();
                        cases.len() == 3usize && cases[0usize].name == "small"
                            && cases[0usize]
                                .ty
                                .as_ref()
                                .is_some_and(|ty| {
                                    ::core::matches!(ty, __rt::types::Type::U8)
                                }) && cases[1usize].name == "large"
                            && cases[1usize]
                                .ty
                                .as_ref()
                                .is_some_and(|ty| match ty {
                                    __rt::types::Type::List(list) => {
                                        let inner = list.ty();
                                        ::core::matches!(& inner, __rt::types::Type::U32)
                                    }
                                    _ => false,
                                }) && cases[2usize].name == "unknown"
                            && cases[2usize].ty.is_none()
                    }
                    _ => false,
                }
            }
            impl __rt::Weight for Shape {
                fn weight(items: &[Self]) -> usize {
                    ::core::mem::size_of_val(items)
                        + items
                            .iter()
                            .map(|item| {
                                __rt::heap_weight(&item.name)
                                    + __rt::heap_weight(&item.color)
                                    + __rt::heap_weight(&item.marks)
                                    + __rt::heap_weight(&item.size)
                                    + __rt::heap_weight(&item.tags)
                            })
                            .sum::<usize>()
                }
            }
            /// Whether a component's type is `shape`'s shape.
            fn __shape_of_shape(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Record(of) => {
                        let fields: ::std::vec::Vec<_> = of.fields().collect();
                        fields.len() == 5usize && fields[0usize].name == "name"
                            && ::core::matches!(
                                & fields[0usize].ty, __rt::types::Type::String
                            ) && fields[1usize].name == "color"
                            && match &fields[1usize].ty {
                                __rt::types::Type::Enum(e) => {
                                    e.names().eq(["red", "green", "blue"])
                                }
                                _ => false,
                            } && fields[2usize].name == "marks"
                            && match &fields[2usize].ty {
                                __rt::types::Type::Flags(f) => {
                                    f.names().eq(["bold", "italic", "underline"])
                                }
                                _ => false,
                            } && fields[3usize].name == "size"
                            && match &fields[3usize].ty {
                                __rt::types::Type::Variant(of) => {
                                    let cases: ::std::vec::Vec<_> = of.cases().collect();
                                    cases.len() == 3usize && cases[0usize].name == "small"
                                        && cases[0usize]
                                            .ty
                                            .as_ref()
                                            .is_some_and(|ty| {
                                                ::core::matches!(ty, __rt::types::Type::U8)
                                            }) && cases[1usize].name == "large"
                                        && cases[1usize]
                                            .ty
                                            .as_ref()
                                            .is_some_and(|ty| match ty {
                                                __rt::types::Type::List(list) => {
                                                    let inner = list.ty();
                                                    ::core::matches!(& inner, __rt::types::Type::U32)
                                                }
                                                _ => false,
                                            }) && cases[2usize].name == "unknown"
                                        && cases[2usize].ty.is_none()
                                }
                                _ => false,
                            } && fields[4usize].name == "tags"
                            && match &fields[4usize].ty {
                                __rt::types::Type::List(list) => {
                                    let inner = list.ty();
                                    ::core::matches!(& inner, __rt::types::Type::String)
                                }
                                _ => false,
                            }
                    }
                    _ => false,
                }
            }
            impl __rt::WireValue for Color {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    __rt::write_unsigned(
                        match self {
                            Self::Red => 0u64,
                            Self::Green => 1u64,
                            Self::Blue => 2u64,
                        },
                        out,
                    );
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    ::core::result::Result::Ok(
                        match input.discriminant(3usize)? {
                            0usize => Self::Red,
                            1usize => Self::Green,
                            2usize => Self::Blue,
                            _ => ::core::unreachable!("checked by `discriminant`"),
                        },
                    )
                }
            }
            impl __rt::WireValue for Marks {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    let all = [Self::BOLD, Self::ITALIC, Self::UNDERLINE];
                    __rt::write_flags(3usize, |i| self.contains(all[i]), out);
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    let set = input.flags(3usize)?;
                    let mut flags = Self::empty();
                    if set(0usize) {
                        flags |= Self::BOLD;
                    }
                    if set(1usize) {
                        flags |= Self::ITALIC;
                    }
                    if set(2usize) {
                        flags |= Self::UNDERLINE;
                    }
                    ::core::result::Result::Ok(flags)
                }
            }
            impl __rt::WireValue for Size {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    match self {
                        Self::Small(payload) => {
                            __rt::write_unsigned(0u64, out);
                            __rt::WireValue::encode(payload, out);
                        }
                        Self::Large(payload) => {
                            __rt::write_unsigned(1u64, out);
                            __rt::WireValue::encode(payload, out);
                        }
                        Self::Unknown => __rt::write_unsigned(2u64, out),
                    }
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    ::core::result::Result::Ok(
                        match input.discriminant(3usize)? {
                            0usize => Self::Small(__rt::WireValue::decode(input)?),
                            1usize => Self::Large(__rt::WireValue::decode(input)?),
                            2usize => Self::Unknown,
                            _ => ::core::unreachable!("checked by `discriminant`"),
                        },
                    )
                }
            }
            impl __rt::WireValue for Shape {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    __rt::WireValue::encode(&self.name, out);
                    __rt::WireValue::encode(&self.color, out);
                    __rt::WireValue::encode(&self.marks, out);
                    __rt::WireValue::encode(&self.size, out);
                    __rt::WireValue::encode(&self.tags, out);
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    ::core::result::Result::Ok(Self {
                        name: __rt::WireValue::decode(input)?,
                        color: __rt::WireValue::decode(input)?,
                        marks: __rt::WireValue::decode(input)?,
                        size: __rt::WireValue::decode(input)?,
                        tags: __rt::WireValue::decode(input)?,
                    })
                }
            }
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &[]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[]
                }
                fn items(&self) -> &'static [__rt::GeneratedItem] {
                    &[
                        __rt::GeneratedItem {
                            name: "hub:async-guests/shapes@0.1.0#color",
                            shape: __shape_of_color,
                            carrier: __rt::item_carrier::<Color>,
                        },
                        __rt::GeneratedItem {
                            name: "hub:async-guests/shapes@0.1.0#marks",
                            shape: __shape_of_marks,
                            carrier: __rt::item_carrier::<Marks>,
                        },
                        __rt::GeneratedItem {
                            name: "hub:async-guests/shapes@0.1.0#size",
                            shape: __shape_of_size,
                            carrier: __rt::item_carrier::<Size>,
                        },
                        __rt::GeneratedItem {
                            name: "hub:async-guests/shapes@0.1.0#shape",
                            shape: __shape_of_shape,
                            carrier: __rt::item_carrier::<Shape>,
                        },
                    ]
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
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    let _ = linker;
                    ::core::result::Result::Ok(())
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
            }
        }
        pub mod streams {
            //! Generated forwarders for `hub:async-guests/streams@0.1.0`.
            //!
            //! Streams and futures across a link: the hub pumps their items between the stores.
            //! Generated code carries them by their Rust types; the dynamic path by its own.
            //!
            //! Only in hub-runtime's `async` build: it passes streams or futures.
            ::hub_runtime::__internal::if_async! {
                #[allow(unused_imports)] use ::hub_runtime::__internal as __rt; #[doc =
                r" The full interface name this module forwards."] pub const NAME : & str
                = "hub:async-guests/streams@0.1.0"; #[doc =
                r" Ownership table: the resources this interface defines (their provider holds them)."]
                pub const DEFINES : & [& str] = & []; #[doc =
                r" Ownership table: resources of other interfaces its values can hold. They pass"]
                #[doc =
                r" through, unless the provider defines them all (then it owns them too)."]
                pub const USES : & [& str] = & []; #[doc =
                " A value that arrives later, with a name known now: a future inside a record."]
                #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                #[component(record)] #[component(wasmtime_crate =
                ::hub_runtime::__internal::wasmtime)] pub struct Tagged { #[doc =
                " WIT field `tag`."] #[component(name = "tag")] pub tag :
                ::std::string::String, #[doc = " WIT field `value`."] #[component(name =
                "value")] pub value : __rt::FutureReader < u32 >, } #[doc =
                r" Binds this interface of a loaded library to the generated forwarders."]
                pub struct __Interface; impl __rt::GeneratedInterface for __Interface {
                fn name(& self) -> & 'static str { NAME } fn functions(& self) -> &
                'static [& 'static str] { & ["shout-all", "sum-bytes", "make-bytes",
                "first-words", "describe", "broken-bytes", "hog", "spell", "sum-later"] }
                fn resources(& self) -> & 'static [__rt::GeneratedResource] { & [] } fn
                uses(& self) -> & 'static [__rt::GeneratedUse] { & [] } fn items(& self)
                -> & 'static [__rt::GeneratedItem] { & [] } fn wire(& self) -> & 'static
                [__rt::WireFunction] { const WIRE : & [__rt::WireFunction] = & []; WIRE }
                fn bind(& self, binder : & mut __rt::TypedBinder < '_, '_ >,) ->
                ::core::result::Result < ::std::boxed::Box < dyn __rt::DefineForwarders
                >, ::hub_runtime::GeneratedMismatch > { bind(binder) } } #[doc =
                r" Resolves every function's `TypedFunc` in each instance, which type-checks it"]
                #[doc = r" against the component."] fn bind(binder : & mut
                __rt::TypedBinder < '_, '_ >,) -> ::core::result::Result <
                ::std::boxed::Box < dyn __rt::DefineForwarders >,
                ::hub_runtime::GeneratedMismatch > {
                ::core::result::Result::Ok(::std::boxed::Box::new(__Forwarders { provider
                : binder.provider(), f_shout_all : binder.func("shout-all") ?,
                f_sum_bytes : binder.func("sum-bytes") ?, f_make_bytes : binder
                .func("make-bytes") ?, f_first_words : binder.func("first-words") ?,
                f_describe : binder.func("describe") ?, f_broken_bytes : binder
                .func("broken-bytes") ?, f_hog : binder.func("hog") ?, f_spell : binder
                .func("spell") ?, f_sum_later : binder.func("sum-later") ?, })) } #[doc =
                r" Each function's `TypedFunc`s (one per instance), resolved and type-checked once"]
                #[doc = r" at load."] #[allow(non_snake_case)] struct __Forwarders {
                provider : ::std::sync::Arc < __rt::Provider >, f_shout_all :
                __rt::InstanceFuncs < (__rt::StreamReader < ::std::string::String >,),
                (__rt::StreamReader < ::std::string::String >,) >, f_sum_bytes :
                __rt::InstanceFuncs < (__rt::StreamReader < u8 >,), ((u64, u64,),) >,
                f_make_bytes : __rt::InstanceFuncs < (u64,), (__rt::StreamReader < u8 >,)
                >, f_first_words : __rt::InstanceFuncs < (__rt::StreamReader <
                ::std::string::String >, u32,), (::std::vec::Vec < ::std::string::String
                >,) >, f_describe : __rt::InstanceFuncs <
                (super::super::super::hub::async_guests::streams::Tagged,),
                (::std::string::String,) >, f_broken_bytes : __rt::InstanceFuncs <
                (u64,), (__rt::StreamReader < u8 >,) >, f_hog : __rt::InstanceFuncs < (),
                (__rt::StreamReader < u8 >,) >, f_spell : __rt::InstanceFuncs <
                (::std::vec::Vec < ::std::string::String >,), (__rt::StreamReader <
                __rt::StreamReader < u8 > >,) >, f_sum_later : __rt::InstanceFuncs <
                (__rt::StreamReader < __rt::FutureReader < u32 > >,), (u32,) >, } impl
                __Forwarders { fn define_all < const EVENTS : bool > (& self, linker : &
                mut __rt::LinkerInstance < '_, ::hub_runtime::HostState >,) ->
                __rt::Result < () > { { let provider = ::std::sync::Arc::clone(& self
                .provider); let func = ::std::sync::Arc::clone(& self.f_shout_all);
                linker.func_wrap("shout-all", move | mut caller : __rt::StoreContextMut <
                '_, ::hub_runtime::HostState >, (arg0,) : (__rt::StreamReader <
                ::std::string::String >,) | -> __rt::Result < (__rt::StreamReader <
                ::std::string::String >,) > { let __p : & __rt::ProviderCall < '_ > = &
                provider.call(); #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); let (arg0,) = (arg0,); let
                __params = { let mut __s = __rt::AsContextMut::as_context_mut(& mut
                caller); (__rt::stream_leaves(& mut __s, arg0, __rt::plain_items:: <
                ::std::string::String > ()) ?,) }; let __answer = {
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); __p.forward_crossing:: < EVENTS, _, _, _ > (__cx, "shout-all",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (__rt::StreamReader <
                ::std::string::String >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,)) },
                | mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (__rt::StreamReader < ::std::string::String >,) | ->
                __rt::Result < _ > { ::core::result::Result::Ok((__rt::stream_leaves(&
                mut __s, result0, __rt::plain_items:: < ::std::string::String > ()) ?,))
                }) ? }; let (result0,) = { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut caller); { let (result0,) =
                __answer; (__rt::stream_enters(& mut __s, result0) ?,) } };
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_sum_bytes); linker
                .func_wrap("sum-bytes", move | mut caller : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState >, (arg0,) : (__rt::StreamReader < u8 >,) | ->
                __rt::Result < ((u64, u64,),) > { let __p : & __rt::ProviderCall < '_ > =
                & provider.call(); #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); let (arg0,) = (arg0,); let
                __params = { let mut __s = __rt::AsContextMut::as_context_mut(& mut
                caller); (__rt::stream_leaves(& mut __s, arg0, __rt::plain_items:: < u8 >
                ()) ?,) }; let __answer = { #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); __p.forward_crossing:: <
                EVENTS, _, _, _ > (__cx, "sum-bytes", 1usize, & func, move | mut __s :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState > | -> __rt::Result
                < (__rt::StreamReader < u8 >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,)) },
                | _ : __rt::StoreContextMut < '_, ::hub_runtime::HostState >, __r :
                ((u64, u64,),) | -> __rt::Result < _ > { ::core::result::Result::Ok(__r)
                }) ? }; let (result0,) = __answer; #[allow(unused_variables)] let __cx :
                & ::hub_runtime::HostState = caller.data();
                ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_make_bytes); linker
                .func_wrap("make-bytes", move | mut caller : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState >, (arg0,) : (u64,) | -> __rt::Result <
                (__rt::StreamReader < u8 >,) > { let __p : & __rt::ProviderCall < '_ > =
                & provider.call(); #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); let (arg0,) = (arg0,); let
                __params = (arg0,); let __answer = { #[allow(unused_variables)] let __cx
                : & ::hub_runtime::HostState = caller.data(); __p.forward_crossing:: <
                EVENTS, _, _, _ > (__cx, "make-bytes", 1usize, & func, move | _ :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState > | -> __rt::Result
                < (u64,) > { ::core::result::Result::Ok(__params) }, | mut __s :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState >, (result0,) :
                (__rt::StreamReader < u8 >,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok((__rt::stream_leaves(& mut __s, result0,
                __rt::plain_items:: < u8 > ()) ?,)) }) ? }; let (result0,) = { let mut
                __s = __rt::AsContextMut::as_context_mut(& mut caller); { let (result0,)
                = __answer; (__rt::stream_enters(& mut __s, result0) ?,) } };
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_first_words); linker
                .func_wrap("first-words", move | mut caller : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState >, (arg0, arg1,) : (__rt::StreamReader <
                ::std::string::String >, u32,) | -> __rt::Result < (::std::vec::Vec <
                ::std::string::String >,) > { let __p : & __rt::ProviderCall < '_ > = &
                provider.call(); #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); let (arg0, arg1,) = (arg0,
                arg1,); let __params = { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut caller); (__rt::stream_leaves(&
                mut __s, arg0, __rt::plain_items:: < ::std::string::String > ()) ?,
                arg1,) }; let __answer = { #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); __p.forward_crossing:: <
                EVENTS, _, _, _ > (__cx, "first-words", 2usize, & func, move | mut __s :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState > | -> __rt::Result
                < (__rt::StreamReader < ::std::string::String >, u32,) > { let (arg0,
                arg1,) = __params; ::core::result::Result::Ok((__rt::stream_enters(& mut
                __s, arg0) ?, arg1,)) }, | _ : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState >, __r : (::std::vec::Vec <
                ::std::string::String >,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok(__r) }) ? }; let (result0,) = __answer;
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_describe); linker.func_wrap("describe",
                move | mut caller : __rt::StoreContextMut < '_, ::hub_runtime::HostState
                >, (arg0,) : (super::super::super::hub::async_guests::streams::Tagged,) |
                -> __rt::Result < (::std::string::String,) > { let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); #[allow(unused_variables)]
                let __cx : & ::hub_runtime::HostState = caller.data(); let (arg0,) =
                (arg0,); let __params = { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut caller); ({ let
                super::super::super::hub::async_guests::streams::Tagged { tag : __f0,
                value : __f1 } = arg0; (__f0, __rt::future_leaves(& mut __s, __f1,
                __rt::plain_items:: < u32 > ()) ?,) },) }; let __answer = {
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); __p.forward_crossing:: < EVENTS, _, _, _ > (__cx, "describe",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result <
                (super::super::super::hub::async_guests::streams::Tagged,) > { let
                (arg0,) = __params; ::core::result::Result::Ok(({ let (__f2, __f3,) =
                arg0; super::super::super::hub::async_guests::streams::Tagged { tag :
                __f2, value : __rt::future_enters(& mut __s, __f3) ? } },)) }, | _ :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState >, __r :
                (::std::string::String,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok(__r) }) ? }; let (result0,) = __answer;
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_broken_bytes); linker
                .func_wrap("broken-bytes", move | mut caller : __rt::StoreContextMut <
                '_, ::hub_runtime::HostState >, (arg0,) : (u64,) | -> __rt::Result <
                (__rt::StreamReader < u8 >,) > { let __p : & __rt::ProviderCall < '_ > =
                & provider.call(); #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); let (arg0,) = (arg0,); let
                __params = (arg0,); let __answer = { #[allow(unused_variables)] let __cx
                : & ::hub_runtime::HostState = caller.data(); __p.forward_crossing:: <
                EVENTS, _, _, _ > (__cx, "broken-bytes", 1usize, & func, move | _ :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState > | -> __rt::Result
                < (u64,) > { ::core::result::Result::Ok(__params) }, | mut __s :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState >, (result0,) :
                (__rt::StreamReader < u8 >,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok((__rt::stream_leaves(& mut __s, result0,
                __rt::plain_items:: < u8 > ()) ?,)) }) ? }; let (result0,) = { let mut
                __s = __rt::AsContextMut::as_context_mut(& mut caller); { let (result0,)
                = __answer; (__rt::stream_enters(& mut __s, result0) ?,) } };
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_hog); linker.func_wrap("hog", move | mut
                caller : __rt::StoreContextMut < '_, ::hub_runtime::HostState >, () : ()
                | -> __rt::Result < (__rt::StreamReader < u8 >,) > { let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); #[allow(unused_variables)]
                let __cx : & ::hub_runtime::HostState = caller.data(); let () = (); let
                __params = (); let __answer = { #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); __p.forward_crossing:: <
                EVENTS, _, _, _ > (__cx, "hog", 0usize, & func, move | _ :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState > | -> __rt::Result
                < () > { ::core::result::Result::Ok(__params) }, | mut __s :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState >, (result0,) :
                (__rt::StreamReader < u8 >,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok((__rt::stream_leaves(& mut __s, result0,
                __rt::plain_items:: < u8 > ()) ?,)) }) ? }; let (result0,) = { let mut
                __s = __rt::AsContextMut::as_context_mut(& mut caller); { let (result0,)
                = __answer; (__rt::stream_enters(& mut __s, result0) ?,) } };
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_spell); linker.func_wrap("spell", move |
                mut caller : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (arg0,) : (::std::vec::Vec < ::std::string::String >,) | -> __rt::Result
                < (__rt::StreamReader < __rt::StreamReader < u8 > >,) > { let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); #[allow(unused_variables)]
                let __cx : & ::hub_runtime::HostState = caller.data(); let (arg0,) =
                (arg0,); let __params = (arg0,); let __answer = {
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); __p.forward_crossing:: < EVENTS, _, _, _ > (__cx, "spell",
                1usize, & func, move | _ : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (::std::vec::Vec <
                ::std::string::String >,) > { ::core::result::Result::Ok(__params) }, |
                mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (__rt::StreamReader < __rt::StreamReader < u8 > >,) | ->
                __rt::Result < _ > { ::core::result::Result::Ok((__rt::stream_leaves(&
                mut __s, result0, __rt::stream_items:: < u8 > ()) ?,)) }) ? }; let
                (result0,) = { let mut __s = __rt::AsContextMut::as_context_mut(& mut
                caller); { let (result0,) = __answer; (__rt::stream_enters(& mut __s,
                result0) ?,) } }; #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data();
                ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_sum_later); linker
                .func_wrap("sum-later", move | mut caller : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState >, (arg0,) : (__rt::StreamReader <
                __rt::FutureReader < u32 > >,) | -> __rt::Result < (u32,) > { let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); #[allow(unused_variables)]
                let __cx : & ::hub_runtime::HostState = caller.data(); let (arg0,) =
                (arg0,); let __params = { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut caller); (__rt::stream_leaves(&
                mut __s, arg0, __rt::future_items:: < u32 > ()) ?,) }; let __answer = {
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); __p.forward_crossing:: < EVENTS, _, _, _ > (__cx, "sum-later",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (__rt::StreamReader <
                __rt::FutureReader < u32 > >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,)) },
                | _ : __rt::StoreContextMut < '_, ::hub_runtime::HostState >, __r :
                (u32,) | -> __rt::Result < _ > { ::core::result::Result::Ok(__r) }) ? };
                let (result0,) = __answer; #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data();
                ::core::result::Result::Ok((result0,)) },) ?; } let _ = linker;
                ::core::result::Result::Ok(()) } __rt::if_async! { fn define_async_one <
                const EVENTS : bool > (& self, linker : & mut __rt::LinkerInstance < '_,
                ::hub_runtime::HostState >, function : & str, as_name : & str,) ->
                __rt::Result < () > { match function { "shout-all" => { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_shout_all); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (__rt::StreamReader <
                ::std::string::String >,) | { let provider = ::std::sync::Arc::clone(&
                provider); let func = ::std::sync::Arc::clone(& func);
                ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (__rt::StreamReader
                < ::std::string::String >,) > = { let (arg0,) = (arg0,); let __params =
                accessor.with(| mut __a | -> __rt::Result < _ > { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok((__rt::stream_leaves(& mut __s, arg0,
                __rt::plain_items:: < ::std::string::String > ()) ?,)) }) ?; let __answer
                = { __p.forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx,
                "shout-all", 1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (__rt::StreamReader <
                ::std::string::String >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,)) },
                | mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (__rt::StreamReader < ::std::string::String >,) | ->
                __rt::Result < _ > { ::core::result::Result::Ok((__rt::stream_leaves(&
                mut __s, result0, __rt::plain_items:: < ::std::string::String > ()) ?,))
                }). await ? }; let (result0,) = accessor.with(| mut __a | -> __rt::Result
                < _ > { let mut __s = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer;
                (__rt::stream_enters(& mut __s, result0) ?,) }) }) ?;
                ::core::result::Result::Ok((result0,)) }; __result }) },) } "sum-bytes"
                => { let provider = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_sum_bytes); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (__rt::StreamReader < u8 >,) | {
                let provider = ::std::sync::Arc::clone(& provider); let func =
                ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move { let
                __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); let __result :
                __rt::Result < ((u64, u64,),) > = { let (arg0,) = (arg0,); let __params =
                accessor.with(| mut __a | -> __rt::Result < _ > { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok((__rt::stream_leaves(& mut __s, arg0,
                __rt::plain_items:: < u8 > ()) ?,)) }) ?; let __answer = { __p
                .forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx, "sum-bytes",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (__rt::StreamReader < u8
                >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,)) },
                | _ : __rt::StoreContextMut < '_, ::hub_runtime::HostState >, __r :
                ((u64, u64,),) | -> __rt::Result < _ > { ::core::result::Result::Ok(__r)
                }). await ? }; let (result0,) = __answer;
                ::core::result::Result::Ok((result0,)) }; __result }) },) } "make-bytes"
                => { let provider = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_make_bytes); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (u64,) | { let provider =
                ::std::sync::Arc::clone(& provider); let func = ::std::sync::Arc::clone(&
                func); ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (__rt::StreamReader
                < u8 >,) > = { let (arg0,) = (arg0,); let __params = (arg0,); let
                __answer = { __p.forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx,
                "make-bytes", 1usize, & func, move | _ : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (u64,) > {
                ::core::result::Result::Ok(__params) }, | mut __s : __rt::StoreContextMut
                < '_, ::hub_runtime::HostState >, (result0,) : (__rt::StreamReader < u8
                >,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok((__rt::stream_leaves(& mut __s, result0,
                __rt::plain_items:: < u8 > ()) ?,)) }). await ? }; let (result0,) =
                accessor.with(| mut __a | -> __rt::Result < _ > { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer;
                (__rt::stream_enters(& mut __s, result0) ?,) }) }) ?;
                ::core::result::Result::Ok((result0,)) }; __result }) },) } "first-words"
                => { let provider = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_first_words); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0, arg1,) : (__rt::StreamReader <
                ::std::string::String >, u32,) | { let provider =
                ::std::sync::Arc::clone(& provider); let func = ::std::sync::Arc::clone(&
                func); ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (::std::vec::Vec <
                ::std::string::String >,) > = { let (arg0, arg1,) = (arg0, arg1,); let
                __params = accessor.with(| mut __a | -> __rt::Result < _ > { let mut __s
                = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok((__rt::stream_leaves(& mut __s, arg0,
                __rt::plain_items:: < ::std::string::String > ()) ?, arg1,)) }) ?; let
                __answer = { __p.forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx,
                "first-words", 2usize, & func, move | mut __s : __rt::StoreContextMut <
                '_, ::hub_runtime::HostState > | -> __rt::Result < (__rt::StreamReader <
                ::std::string::String >, u32,) > { let (arg0, arg1,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,
                arg1,)) }, | _ : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                __r : (::std::vec::Vec < ::std::string::String >,) | -> __rt::Result < _
                > { ::core::result::Result::Ok(__r) }). await ? }; let (result0,) =
                __answer; ::core::result::Result::Ok((result0,)) }; __result }) },) }
                "describe" => { let provider = ::std::sync::Arc::clone(& self.provider);
                let func = ::std::sync::Arc::clone(& self.f_describe); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) :
                (super::super::super::hub::async_guests::streams::Tagged,) | { let
                provider = ::std::sync::Arc::clone(& provider); let func =
                ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move { let
                __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); let __result :
                __rt::Result < (::std::string::String,) > = { let (arg0,) = (arg0,); let
                __params = accessor.with(| mut __a | -> __rt::Result < _ > { let mut __s
                = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok(({ let
                super::super::super::hub::async_guests::streams::Tagged { tag : __f4,
                value : __f5 } = arg0; (__f4, __rt::future_leaves(& mut __s, __f5,
                __rt::plain_items:: < u32 > ()) ?,) },)) }) ?; let __answer = { __p
                .forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx, "describe",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result <
                (super::super::super::hub::async_guests::streams::Tagged,) > { let
                (arg0,) = __params; ::core::result::Result::Ok(({ let (__f6, __f7,) =
                arg0; super::super::super::hub::async_guests::streams::Tagged { tag :
                __f6, value : __rt::future_enters(& mut __s, __f7) ? } },)) }, | _ :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState >, __r :
                (::std::string::String,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok(__r) }). await ? }; let (result0,) = __answer;
                ::core::result::Result::Ok((result0,)) }; __result }) },) }
                "broken-bytes" => { let provider = ::std::sync::Arc::clone(& self
                .provider); let func = ::std::sync::Arc::clone(& self.f_broken_bytes);
                linker.func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (u64,) | { let provider =
                ::std::sync::Arc::clone(& provider); let func = ::std::sync::Arc::clone(&
                func); ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (__rt::StreamReader
                < u8 >,) > = { let (arg0,) = (arg0,); let __params = (arg0,); let
                __answer = { __p.forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx,
                "broken-bytes", 1usize, & func, move | _ : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (u64,) > {
                ::core::result::Result::Ok(__params) }, | mut __s : __rt::StoreContextMut
                < '_, ::hub_runtime::HostState >, (result0,) : (__rt::StreamReader < u8
                >,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok((__rt::stream_leaves(& mut __s, result0,
                __rt::plain_items:: < u8 > ()) ?,)) }). await ? }; let (result0,) =
                accessor.with(| mut __a | -> __rt::Result < _ > { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer;
                (__rt::stream_enters(& mut __s, result0) ?,) }) }) ?;
                ::core::result::Result::Ok((result0,)) }; __result }) },) } "hog" => {
                let provider = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_hog); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, () : () | { let provider =
                ::std::sync::Arc::clone(& provider); let func = ::std::sync::Arc::clone(&
                func); ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (__rt::StreamReader
                < u8 >,) > = { let () = (); let __params = (); let __answer = { __p
                .forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx, "hog", 0usize,
                & func, move | _ : __rt::StoreContextMut < '_, ::hub_runtime::HostState >
                | -> __rt::Result < () > { ::core::result::Result::Ok(__params) }, | mut
                __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >, (result0,)
                : (__rt::StreamReader < u8 >,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok((__rt::stream_leaves(& mut __s, result0,
                __rt::plain_items:: < u8 > ()) ?,)) }). await ? }; let (result0,) =
                accessor.with(| mut __a | -> __rt::Result < _ > { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer;
                (__rt::stream_enters(& mut __s, result0) ?,) }) }) ?;
                ::core::result::Result::Ok((result0,)) }; __result }) },) } "spell" => {
                let provider = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_spell); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (::std::vec::Vec <
                ::std::string::String >,) | { let provider = ::std::sync::Arc::clone(&
                provider); let func = ::std::sync::Arc::clone(& func);
                ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (__rt::StreamReader
                < __rt::StreamReader < u8 > >,) > = { let (arg0,) = (arg0,); let __params
                = (arg0,); let __answer = { __p.forward_crossing_concurrent:: < EVENTS,
                _, _, _ > (__cx, "spell", 1usize, & func, move | _ :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState > | -> __rt::Result
                < (::std::vec::Vec < ::std::string::String >,) > {
                ::core::result::Result::Ok(__params) }, | mut __s : __rt::StoreContextMut
                < '_, ::hub_runtime::HostState >, (result0,) : (__rt::StreamReader <
                __rt::StreamReader < u8 > >,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok((__rt::stream_leaves(& mut __s, result0,
                __rt::stream_items:: < u8 > ()) ?,)) }). await ? }; let (result0,) =
                accessor.with(| mut __a | -> __rt::Result < _ > { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer;
                (__rt::stream_enters(& mut __s, result0) ?,) }) }) ?;
                ::core::result::Result::Ok((result0,)) }; __result }) },) } "sum-later"
                => { let provider = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_sum_later); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (__rt::StreamReader <
                __rt::FutureReader < u32 > >,) | { let provider =
                ::std::sync::Arc::clone(& provider); let func = ::std::sync::Arc::clone(&
                func); ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (u32,) > = { let
                (arg0,) = (arg0,); let __params = accessor.with(| mut __a | ->
                __rt::Result < _ > { let mut __s = __rt::AsContextMut::as_context_mut(&
                mut __a); ::core::result::Result::Ok((__rt::stream_leaves(& mut __s,
                arg0, __rt::future_items:: < u32 > ()) ?,)) }) ?; let __answer = { __p
                .forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx, "sum-later",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (__rt::StreamReader <
                __rt::FutureReader < u32 > >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,)) },
                | _ : __rt::StoreContextMut < '_, ::hub_runtime::HostState >, __r :
                (u32,) | -> __rt::Result < _ > { ::core::result::Result::Ok(__r) }).
                await ? }; let (result0,) = __answer;
                ::core::result::Result::Ok((result0,)) }; __result }) },) } _ => { let _
                = (linker, as_name);
                ::core::result::Result::Err(__rt::wasmtime::format_err!("`{function}` has no generated forwarder"))
                } } } } } impl __rt::DefineForwarders for __Forwarders { fn define(&
                self, linker : & mut __rt::LinkerInstance < '_, ::hub_runtime::HostState
                >, call_events : bool,) -> __rt::Result < () > { if call_events { self
                .define_all:: < true > (linker) } else { self.define_all:: < false >
                (linker) } } __rt::if_async! { fn define_async(& self, linker : & mut
                __rt::LinkerInstance < '_, ::hub_runtime::HostState >, function : & str,
                as_name : & str, call_events : bool,) -> __rt::Result < () > { if
                call_events { self.define_async_one:: < true > (linker, function,
                as_name) } else { self.define_async_one:: < false > (linker, function,
                as_name) } } } }
            }
        }
    }
}
::hub_runtime::__internal::if_async! {
    #[doc = r" Every interface with generated forwarders."] pub static INTERFACES : & [&
    dyn ::hub_runtime::__internal::GeneratedInterface] = & [&
    hub::async_guests::echo::__Interface, & hub::async_guests::shapes::__Interface, &
    hub::async_guests::streams::__Interface, &
    hub::async_guests::odd_streams::__Interface]; #[doc =
    r" Interfaces under `wit/` without generated forwarders, and why: they are"] #[doc =
    r" forwarded through the dynamic path."] pub static NOT_GENERATED : & [(& str, &
    str)] = & [];
}
::hub_runtime::__internal::if_sync! {
    #[doc = r" Every interface with generated forwarders."] pub static INTERFACES : & [&
    dyn ::hub_runtime::__internal::GeneratedInterface] = & [&
    hub::async_guests::echo::__Interface, & hub::async_guests::shapes::__Interface];
    #[doc = r" Interfaces under `wit/` without generated forwarders, and why: they are"]
    #[doc = r" forwarded through the dynamic path."] pub static NOT_GENERATED : & [(&
    str, & str)] = & [("hub:async-guests/streams@0.1.0",
    "passes streams or futures, generated in the `async` build only"),
    ("hub:async-guests/odd-streams@0.1.0",
    "passes streams or futures, generated in the `async` build only")];
}
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
