/// Generated forwarders of the `cases` namespace.
pub mod cases {
    /// Generated forwarders of the package `cases:maps`.
    pub mod maps {
        pub mod shapes {
            //! Generated forwarders for `cases:maps/shapes@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "cases:maps/shapes@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &[];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// WIT `inventory`.
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
            pub struct Inventory {
                /// WIT field `counts`.
                #[component(name = "counts")]
                pub counts: ::std::collections::HashMap<::std::string::String, u32>,
                /// WIT field `corners`.
                #[component(name = "corners")]
                pub corners: ::std::vec::Vec<[i32; 2]>,
            }
            /// WIT `cell`.
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
            pub enum Cell {
                /// WIT case `empty`.
                #[component(name = "empty")]
                Empty,
                /// WIT case `grid`.
                #[component(name = "grid")]
                Grid([u8; 3]),
                /// WIT case `lookup`.
                #[component(name = "lookup")]
                Lookup(::std::collections::HashMap<u32, ::std::string::String>),
            }
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &["stock", "rows", "nested", "matrix", "score", "keys"]
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
                        f_stock: binder.func("stock")?,
                        f_rows: binder.func("rows")?,
                        f_nested: binder.func("nested")?,
                        f_matrix: binder.func("matrix")?,
                        f_score: binder.func("score")?,
                        f_keys: binder.func("keys")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_stock: __rt::InstanceFuncs<
                    (super::super::super::cases::maps::shapes::Inventory,),
                    (super::super::super::cases::maps::shapes::Inventory,),
                >,
                f_rows: __rt::InstanceFuncs<(::std::vec::Vec<[u8; 4]>,), ([u8; 4],)>,
                f_nested: __rt::InstanceFuncs<
                    (
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::collections::HashMap<bool, i64>,
                        >,
                    ),
                    (
                        ::core::option::Option<
                            ::std::collections::HashMap<
                                u64,
                                (::std::string::String, f32),
                            >,
                        >,
                    ),
                >,
                f_matrix: __rt::InstanceFuncs<([[u16; 2]; 3],), ([[u16; 2]; 3],)>,
                f_score: __rt::InstanceFuncs<
                    (::std::collections::HashMap<char, ::std::vec::Vec<f64>>,),
                    (super::super::super::cases::maps::shapes::Cell,),
                >,
                f_keys: __rt::InstanceFuncs<
                    (
                        ::std::collections::HashMap<i8, bool>,
                        ::std::collections::HashMap<u16, char>,
                    ),
                    (::std::vec::Vec<::std::collections::HashMap<i64, u8>>,),
                >,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_stock);
                        linker
                            .func_wrap(
                                "stock",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::cases::maps::shapes::Inventory,),
                                | -> __rt::Result<
                                    (super::super::super::cases::maps::shapes::Inventory,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "stock", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_rows);
                        linker
                            .func_wrap(
                                "rows",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (::std::vec::Vec<[u8; 4]>,),
                                | -> __rt::Result<([u8; 4],)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "rows", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_nested);
                        linker
                            .func_wrap(
                                "nested",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::std::collections::HashMap<
                                            ::std::string::String,
                                            ::std::collections::HashMap<bool, i64>,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (
                                        ::core::option::Option<
                                            ::std::collections::HashMap<
                                                u64,
                                                (::std::string::String, f32),
                                            >,
                                        >,
                                    ),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "nested", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_matrix);
                        linker
                            .func_wrap(
                                "matrix",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): ([[u16; 2]; 3],),
                                | -> __rt::Result<([[u16; 2]; 3],)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "matrix", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_score);
                        linker
                            .func_wrap(
                                "score",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::std::collections::HashMap<char, ::std::vec::Vec<f64>>,
                                    ),
                                | -> __rt::Result<
                                    (super::super::super::cases::maps::shapes::Cell,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "score", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_keys);
                        linker
                            .func_wrap(
                                "keys",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                    ): (
                                        ::std::collections::HashMap<i8, bool>,
                                        ::std::collections::HashMap<u16, char>,
                                    ),
                                | -> __rt::Result<
                                    (::std::vec::Vec<::std::collections::HashMap<i64, u8>>,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "keys", 2usize, &func, (arg0, arg1))
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
                    "stock" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_stock); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::cases::maps::shapes::Inventory,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::cases::maps::shapes::Inventory,)
                    > = { __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "stock",
                    1usize, & func, (arg0,)). await }; __result }) },) } "rows" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_rows); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::std::vec::Vec < [u8; 4] >,)
                    | { let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < ([u8; 4],) > = { __p.forward_concurrent:: < EVENTS, _,
                    _ > (__cx, "rows", 1usize, & func, (arg0,)). await }; __result }) },)
                    } "nested" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_nested);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (::std::collections::HashMap < ::std::string::String,
                    ::std::collections::HashMap < bool, i64 > >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::option::Option < ::std::collections::HashMap
                    < u64, (::std::string::String, f32,) > >,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "nested", 1usize, &
                    func, (arg0,)). await }; __result }) },) } "matrix" => { let provider
                    = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_matrix); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : ([[u16; 2]; 3],) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < ([[u16; 2]; 3],) > = { __p.forward_concurrent:: <
                    EVENTS, _, _ > (__cx, "matrix", 1usize, & func, (arg0,)). await };
                    __result }) },) } "score" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_score); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::std::collections::HashMap <
                    char, ::std::vec::Vec < f64 > >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::cases::maps::shapes::Cell,) > =
                    { __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "score", 1usize, &
                    func, (arg0,)). await }; __result }) },) } "keys" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_keys); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) :
                    (::std::collections::HashMap < i8, bool >,
                    ::std::collections::HashMap < u16, char >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::vec::Vec < ::std::collections::HashMap < i64,
                    u8 > >,) > = { __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "keys", 2usize, & func, (arg0, arg1,)). await }; __result }) },) } _
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
    &cases::maps::shapes::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[
    (
        "cases:maps/handle-map@0.1.0",
        "uses a `map` holding resource handles, which the generator cannot convert",
    ),
    (
        "cases:maps/handle-fixed-list@0.1.0",
        "uses a fixed-length list holding resource handles, which the generator cannot convert",
    ),
];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
