/// Generated forwarders of the `cases` namespace.
pub mod cases {
    /// Generated forwarders of the package `cases:pass-through`.
    pub mod pass_through {
        pub mod shelf {
            //! Generated forwarders for `cases:pass-through/shelf@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "cases:pass-through/shelf@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &[];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &["cases:pass-through/store@0.1.0#item"];
            /// WIT `bundle`.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(record)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub struct Bundle {
                /// WIT field `items`.
                #[component(name = "items")]
                pub items: ::std::vec::Vec<
                    __rt::Resource<super::super::super::cases::pass_through::store::Item>,
                >,
                /// WIT field `first`.
                #[component(name = "first")]
                pub first: ::core::option::Option<
                    __rt::Resource<super::super::super::cases::pass_through::store::Item>,
                >,
                /// WIT field `peek`.
                #[component(name = "peek")]
                pub peek: ::core::option::Option<
                    __rt::Resource<super::super::super::cases::pass_through::store::Item>,
                >,
            }
            /// WIT `slot`.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(variant)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub enum Slot {
                /// WIT case `full`.
                #[component(name = "full")]
                Full(
                    __rt::Resource<super::super::super::cases::pass_through::store::Item>,
                ),
                /// WIT case `empty`.
                #[component(name = "empty")]
                Empty,
                /// WIT case `labeled`.
                #[component(name = "labeled")]
                Labeled(
                    (
                        ::std::string::String,
                        __rt::Resource<
                            super::super::super::cases::pass_through::store::Item,
                        >,
                    ),
                ),
            }
            /// Only borrows: passed as it is.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(record)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub struct Glance {
                /// WIT field `item`.
                #[component(name = "item")]
                pub item: __rt::Resource<
                    super::super::super::cases::pass_through::store::Item,
                >,
                /// WIT field `note`.
                #[component(name = "note")]
                pub note: ::std::string::String,
            }
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &[
                        "put",
                        "put-many",
                        "put-either",
                        "take",
                        "take-maybe",
                        "take-pair",
                        "take-all",
                        "stash",
                        "unstash",
                        "swap",
                        "retag",
                        "look",
                    ]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[
                        __rt::GeneratedUse {
                            interface: "cases:pass-through/store@0.1.0",
                            name: "item",
                            codec: __rt::codec::<
                                super::super::super::cases::pass_through::store::Item,
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
                pub fn bundle_in(
                    value: super::Bundle,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Bundle> {
                    ::core::result::Result::Ok(super::Bundle {
                        items: {
                            let __items0 = value.items;
                            let mut __out1 = ::std::vec::Vec::with_capacity(
                                __items0.len(),
                            );
                            for __v2 in __items0 {
                                __out1.push(__p.pass_in(__v2)?);
                            }
                            __out1
                        },
                        first: match value.first {
                            ::core::option::Option::Some(__v3) => {
                                ::core::option::Option::Some(__p.pass_in(__v3)?)
                            }
                            ::core::option::Option::None => ::core::option::Option::None,
                        },
                        peek: value.peek,
                    })
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                pub fn slot_in(
                    value: super::Slot,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Slot> {
                    ::core::result::Result::Ok(
                        match value {
                            super::Slot::Full(payload) => {
                                super::Slot::Full(__p.pass_in(payload)?)
                            }
                            super::Slot::Empty => super::Slot::Empty,
                            super::Slot::Labeled(payload) => {
                                super::Slot::Labeled({
                                    let (__t0, __t1) = payload;
                                    (__t0, __p.pass_in(__t1)?)
                                })
                            }
                        },
                    )
                }
                /// Provider view to host view: registers the provider's own handles, and hands
                /// the others it returns to the caller.
                pub fn slot_out(
                    value: super::Slot,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Slot> {
                    ::core::result::Result::Ok(
                        match value {
                            super::Slot::Full(payload) => {
                                super::Slot::Full(__p.pass_out(payload, __cx)?)
                            }
                            super::Slot::Empty => super::Slot::Empty,
                            super::Slot::Labeled(payload) => {
                                super::Slot::Labeled({
                                    let (__t2, __t3) = payload;
                                    (__t2, __p.pass_out(__t3, __cx)?)
                                })
                            }
                        },
                    )
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                #[allow(non_snake_case)]
                pub fn cases__pass_through__store__tagged_in(
                    value: super::super::super::super::cases::pass_through::store::Tagged,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<
                    super::super::super::super::cases::pass_through::store::Tagged,
                > {
                    ::core::result::Result::Ok(super::super::super::super::cases::pass_through::store::Tagged {
                        tag: value.tag,
                        item: __p.pass_in(value.item)?,
                    })
                }
                /// Provider view to host view: registers the provider's own handles, and hands
                /// the others it returns to the caller.
                #[allow(non_snake_case)]
                pub fn cases__pass_through__store__tagged_out(
                    value: super::super::super::super::cases::pass_through::store::Tagged,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<
                    super::super::super::super::cases::pass_through::store::Tagged,
                > {
                    ::core::result::Result::Ok(super::super::super::super::cases::pass_through::store::Tagged {
                        tag: value.tag,
                        item: __p.pass_out(value.item, __cx)?,
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
                        f_put: binder.func("put")?,
                        f_put_many: binder.func("put-many")?,
                        f_put_either: binder.func("put-either")?,
                        f_take: binder.func("take")?,
                        f_take_maybe: binder.func("take-maybe")?,
                        f_take_pair: binder.func("take-pair")?,
                        f_take_all: binder.func("take-all")?,
                        f_stash: binder.func("stash")?,
                        f_unstash: binder.func("unstash")?,
                        f_swap: binder.func("swap")?,
                        f_retag: binder.func("retag")?,
                        f_look: binder.func("look")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_put: __rt::InstanceFuncs<
                    (
                        __rt::Resource<
                            super::super::super::cases::pass_through::store::Item,
                        >,
                    ),
                    (),
                >,
                f_put_many: __rt::InstanceFuncs<
                    (
                        ::std::vec::Vec<
                            __rt::Resource<
                                super::super::super::cases::pass_through::store::Item,
                            >,
                        >,
                        ::core::option::Option<
                            __rt::Resource<
                                super::super::super::cases::pass_through::store::Item,
                            >,
                        >,
                    ),
                    (u32,),
                >,
                f_put_either: __rt::InstanceFuncs<
                    (
                        ::core::result::Result<
                            __rt::Resource<
                                super::super::super::cases::pass_through::store::Item,
                            >,
                            __rt::Resource<
                                super::super::super::cases::pass_through::store::Item,
                            >,
                        >,
                    ),
                    (),
                >,
                f_take: __rt::InstanceFuncs<
                    (),
                    (
                        __rt::Resource<
                            super::super::super::cases::pass_through::store::Item,
                        >,
                    ),
                >,
                f_take_maybe: __rt::InstanceFuncs<
                    (),
                    (
                        ::core::option::Option<
                            __rt::Resource<
                                super::super::super::cases::pass_through::store::Item,
                            >,
                        >,
                    ),
                >,
                f_take_pair: __rt::InstanceFuncs<
                    (),
                    (
                        (
                            __rt::Resource<
                                super::super::super::cases::pass_through::store::Item,
                            >,
                            u32,
                        ),
                    ),
                >,
                f_take_all: __rt::InstanceFuncs<
                    (),
                    (
                        ::core::result::Result<
                            ::std::vec::Vec<
                                __rt::Resource<
                                    super::super::super::cases::pass_through::store::Item,
                                >,
                            >,
                            ::std::string::String,
                        >,
                    ),
                >,
                f_stash: __rt::InstanceFuncs<
                    (super::super::super::cases::pass_through::shelf::Bundle,),
                    (u32,),
                >,
                f_unstash: __rt::InstanceFuncs<
                    (),
                    (super::super::super::cases::pass_through::shelf::Slot,),
                >,
                f_swap: __rt::InstanceFuncs<
                    (super::super::super::cases::pass_through::shelf::Slot,),
                    (super::super::super::cases::pass_through::shelf::Slot,),
                >,
                f_retag: __rt::InstanceFuncs<
                    (super::super::super::cases::pass_through::store::Tagged,),
                    (super::super::super::cases::pass_through::store::Tagged,),
                >,
                f_look: __rt::InstanceFuncs<
                    (
                        __rt::Resource<
                            super::super::super::cases::pass_through::store::Item,
                        >,
                        ::std::vec::Vec<
                            __rt::Resource<
                                super::super::super::cases::pass_through::store::Item,
                            >,
                        >,
                        super::super::super::cases::pass_through::shelf::Glance,
                    ),
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
                        let func = ::std::sync::Arc::clone(&self.f_put);
                        linker
                            .func_wrap(
                                "put",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::pass_through::store::Item,
                                        >,
                                    ),
                                | -> __rt::Result<()> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "put", 1usize, &func, (__p.pass_in(arg0)?,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_put_many);
                        linker
                            .func_wrap(
                                "put-many",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                    ): (
                                        ::std::vec::Vec<
                                            __rt::Resource<
                                                super::super::super::cases::pass_through::store::Item,
                                            >,
                                        >,
                                        ::core::option::Option<
                                            __rt::Resource<
                                                super::super::super::cases::pass_through::store::Item,
                                            >,
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
                                        "put-many",
                                        2usize,
                                        &func,
                                        (
                                            {
                                                let __items0 = arg0;
                                                let mut __out1 = ::std::vec::Vec::with_capacity(
                                                    __items0.len(),
                                                );
                                                for __v2 in __items0 {
                                                    __out1.push(__p.pass_in(__v2)?);
                                                }
                                                __out1
                                            },
                                            match arg1 {
                                                ::core::option::Option::Some(__v3) => {
                                                    ::core::option::Option::Some(__p.pass_in(__v3)?)
                                                }
                                                ::core::option::Option::None => ::core::option::Option::None,
                                            },
                                        ),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_put_either);
                        linker
                            .func_wrap(
                                "put-either",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::core::result::Result<
                                            __rt::Resource<
                                                super::super::super::cases::pass_through::store::Item,
                                            >,
                                            __rt::Resource<
                                                super::super::super::cases::pass_through::store::Item,
                                            >,
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
                                        "put-either",
                                        1usize,
                                        &func,
                                        (
                                            match arg0 {
                                                ::core::result::Result::Ok(__v8) => {
                                                    ::core::result::Result::Ok(__p.pass_in(__v8)?)
                                                }
                                                ::core::result::Result::Err(__v8) => {
                                                    ::core::result::Result::Err(__p.pass_in(__v8)?)
                                                }
                                            },
                                        ),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_take);
                        linker
                            .func_wrap(
                                "take",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::cases::pass_through::store::Item,
                                        >,
                                    ),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<EVENTS, _, _>(__cx, "take", 0usize, &func, ())?;
                                    ::core::result::Result::Ok((__p.pass_out(result0, __cx)?,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_take_maybe);
                        linker
                            .func_wrap(
                                "take-maybe",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<
                                    (
                                        ::core::option::Option<
                                            __rt::Resource<
                                                super::super::super::cases::pass_through::store::Item,
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
                                        >(__cx, "take-maybe", 0usize, &func, ())?;
                                    ::core::result::Result::Ok((
                                        match result0 {
                                            ::core::option::Option::Some(__v10) => {
                                                ::core::option::Option::Some(__p.pass_out(__v10, __cx)?)
                                            }
                                            ::core::option::Option::None => ::core::option::Option::None,
                                        },
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_take_pair);
                        linker
                            .func_wrap(
                                "take-pair",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<
                                    (
                                        (
                                            __rt::Resource<
                                                super::super::super::cases::pass_through::store::Item,
                                            >,
                                            u32,
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
                                        >(__cx, "take-pair", 0usize, &func, ())?;
                                    ::core::result::Result::Ok((
                                        {
                                            let (__t12, __t13) = result0;
                                            (__p.pass_out(__t12, __cx)?, __t13)
                                        },
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_take_all);
                        linker
                            .func_wrap(
                                "take-all",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<
                                    (
                                        ::core::result::Result<
                                            ::std::vec::Vec<
                                                __rt::Resource<
                                                    super::super::super::cases::pass_through::store::Item,
                                                >,
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
                                        >(__cx, "take-all", 0usize, &func, ())?;
                                    ::core::result::Result::Ok((
                                        match result0 {
                                            ::core::result::Result::Ok(__v16) => {
                                                ::core::result::Result::Ok({
                                                    let __items17 = __v16;
                                                    let mut __out18 = ::std::vec::Vec::with_capacity(
                                                        __items17.len(),
                                                    );
                                                    for __v19 in __items17 {
                                                        __out18.push(__p.pass_out(__v19, __cx)?);
                                                    }
                                                    __out18
                                                })
                                            }
                                            ::core::result::Result::Err(__v16) => {
                                                ::core::result::Result::Err(__v16)
                                            }
                                        },
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_stash);
                        linker
                            .func_wrap(
                                "stash",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        super::super::super::cases::pass_through::shelf::Bundle,
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
                                        "stash",
                                        1usize,
                                        &func,
                                        (__provider::bundle_in(arg0, __p, __cx)?,),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_unstash);
                        linker
                            .func_wrap(
                                "unstash",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<
                                    (super::super::super::cases::pass_through::shelf::Slot,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "unstash", 0usize, &func, ())?;
                                    ::core::result::Result::Ok((
                                        __provider::slot_out(result0, __p, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_swap);
                        linker
                            .func_wrap(
                                "swap",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::cases::pass_through::shelf::Slot,),
                                | -> __rt::Result<
                                    (super::super::super::cases::pass_through::shelf::Slot,),
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
                                            "swap",
                                            1usize,
                                            &func,
                                            (__provider::slot_in(arg0, __p, __cx)?,),
                                        )?;
                                    ::core::result::Result::Ok((
                                        __provider::slot_out(result0, __p, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_retag);
                        linker
                            .func_wrap(
                                "retag",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        super::super::super::cases::pass_through::store::Tagged,
                                    ),
                                | -> __rt::Result<
                                    (super::super::super::cases::pass_through::store::Tagged,),
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
                                            "retag",
                                            1usize,
                                            &func,
                                            (
                                                __provider::cases__pass_through__store__tagged_in(
                                                    arg0,
                                                    __p,
                                                    __cx,
                                                )?,
                                            ),
                                        )?;
                                    ::core::result::Result::Ok((
                                        __provider::cases__pass_through__store__tagged_out(
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
                        let func = ::std::sync::Arc::clone(&self.f_look);
                        linker
                            .func_wrap(
                                "look",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                        arg2,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::pass_through::store::Item,
                                        >,
                                        ::std::vec::Vec<
                                            __rt::Resource<
                                                super::super::super::cases::pass_through::store::Item,
                                            >,
                                        >,
                                        super::super::super::cases::pass_through::shelf::Glance,
                                    ),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "look", 3usize, &func, (arg0, arg1, arg2))
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
                    "put" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_put); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::cases::pass_through::store::Item >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "put", 1usize, & func, (__p.pass_in(arg0) ?,)). await };
                    __result }) },) } "put-many" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_put_many); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (::std::vec::Vec <
                    __rt::Resource <
                    super::super::super::cases::pass_through::store::Item > >,
                    ::core::option::Option < __rt::Resource <
                    super::super::super::cases::pass_through::store::Item > >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "put-many", 2usize, & func, ({ let __items4 = arg0; let mut
                    __out5 = ::std::vec::Vec::with_capacity(__items4.len()); for __v6 in
                    __items4 { __out5.push(__p.pass_in(__v6) ?); } __out5 }, match arg1 {
                    ::core::option::Option::Some(__v7) =>
                    ::core::option::Option::Some(__p.pass_in(__v7) ?),
                    ::core::option::Option::None => ::core::option::Option::None },)).
                    await }; __result }) },) } "put-either" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_put_either); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::core::result::Result <
                    __rt::Resource <
                    super::super::super::cases::pass_through::store::Item >,
                    __rt::Resource <
                    super::super::super::cases::pass_through::store::Item > >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "put-either", 1usize, & func, (match arg0 {
                    ::core::result::Result::Ok(__v9) => ::core::result::Result::Ok(__p
                    .pass_in(__v9) ?), ::core::result::Result::Err(__v9) =>
                    ::core::result::Result::Err(__p.pass_in(__v9) ?) },)). await };
                    __result }) },) } "take" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_take); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::cases::pass_through::store::Item >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "take",
                    0usize, & func, ()). await ?; ::core::result::Result::Ok((__p
                    .pass_out(result0, __cx) ?,)) }; __result }) },) } "take-maybe" => {
                    let provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_take_maybe); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::option::Option < __rt::Resource <
                    super::super::super::cases::pass_through::store::Item > >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "take-maybe", 0usize, & func, ()). await ?;
                    ::core::result::Result::Ok((match result0 {
                    ::core::option::Option::Some(__v11) =>
                    ::core::option::Option::Some(__p.pass_out(__v11, __cx) ?),
                    ::core::option::Option::None => ::core::option::Option::None },)) };
                    __result }) },) } "take-pair" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_take_pair); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < ((__rt::Resource <
                    super::super::super::cases::pass_through::store::Item >, u32,),) > =
                    { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "take-pair", 0usize, & func, ()). await ?;
                    ::core::result::Result::Ok(({ let (__t14, __t15,) = result0; (__p
                    .pass_out(__t14, __cx) ?, __t15,) },)) }; __result }) },) }
                    "take-all" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_take_all);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, () : () | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::result::Result < ::std::vec::Vec <
                    __rt::Resource <
                    super::super::super::cases::pass_through::store::Item > >,
                    ::std::string::String >,) > = { let (result0,) = __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "take-all", 0usize, &
                    func, ()). await ?; ::core::result::Result::Ok((match result0 {
                    ::core::result::Result::Ok(__v20) => ::core::result::Result::Ok({ let
                    __items21 = __v20; let mut __out22 =
                    ::std::vec::Vec::with_capacity(__items21.len()); for __v23 in
                    __items21 { __out22.push(__p.pass_out(__v23, __cx) ?); } __out22 }),
                    ::core::result::Result::Err(__v20) =>
                    ::core::result::Result::Err(__v20) },)) }; __result }) },) } "stash"
                    => { let provider = ::std::sync::Arc::clone(& self.provider); let
                    func = ::std::sync::Arc::clone(& self.f_stash); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::cases::pass_through::shelf::Bundle,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "stash", 1usize, & func, (__provider::bundle_in(arg0, __p,
                    __cx) ?,)). await }; __result }) },) } "unstash" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_unstash); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result <
                    (super::super::super::cases::pass_through::shelf::Slot,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "unstash", 0usize, & func, ()). await ?;
                    ::core::result::Result::Ok((__provider::slot_out(result0, __p, __cx)
                    ?,)) }; __result }) },) } "swap" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_swap); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::cases::pass_through::shelf::Slot,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result <
                    (super::super::super::cases::pass_through::shelf::Slot,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "swap",
                    1usize, & func, (__provider::slot_in(arg0, __p, __cx) ?,)). await ?;
                    ::core::result::Result::Ok((__provider::slot_out(result0, __p, __cx)
                    ?,)) }; __result }) },) } "retag" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_retag); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::cases::pass_through::store::Tagged,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result <
                    (super::super::super::cases::pass_through::store::Tagged,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "retag", 1usize, & func,
                    (__provider::cases__pass_through__store__tagged_in(arg0, __p, __cx)
                    ?,)). await ?;
                    ::core::result::Result::Ok((__provider::cases__pass_through__store__tagged_out(result0,
                    __p, __cx) ?,)) }; __result }) },) } "look" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_look); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1, arg2,) : (__rt::Resource <
                    super::super::super::cases::pass_through::store::Item >,
                    ::std::vec::Vec < __rt::Resource <
                    super::super::super::cases::pass_through::store::Item > >,
                    super::super::super::cases::pass_through::shelf::Glance,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "look", 3usize, & func, (arg0, arg1, arg2,)). await };
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
                /// The provider's view of the records and variants that hold handles it owns,
                /// and the functions converting values that hold handles between the caller's
                /// view and the provider's.
                pub mod __provider {
                    #[allow(unused_imports)]
                    use ::hub_runtime::__internal as __rt;
                    /// WIT `bundle`.
                    #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                    #[component(record)]
                    #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                    pub struct Bundle {
                        /// WIT field `items`.
                        #[component(name = "items")]
                        pub items: ::std::vec::Vec<__rt::ResourceAny>,
                        /// WIT field `first`.
                        #[component(name = "first")]
                        pub first: ::core::option::Option<__rt::ResourceAny>,
                        /// WIT field `peek`.
                        #[component(name = "peek")]
                        pub peek: ::core::option::Option<__rt::ResourceAny>,
                    }
                    /// Host view to provider view: unwraps the provider's own handles, and hands the
                    /// others it receives to the provider.
                    pub fn bundle_in(
                        value: super::super::Bundle,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<Bundle> {
                        ::core::result::Result::Ok(Bundle {
                            items: {
                                let __items0 = value.items;
                                let mut __out1 = ::std::vec::Vec::with_capacity(
                                    __items0.len(),
                                );
                                for __v2 in __items0 {
                                    __out1.push(__p.handle_in(__v2, 0usize)?);
                                }
                                __out1
                            },
                            first: match value.first {
                                ::core::option::Option::Some(__v3) => {
                                    ::core::option::Option::Some(__p.handle_in(__v3, 0usize)?)
                                }
                                ::core::option::Option::None => ::core::option::Option::None,
                            },
                            peek: match value.peek {
                                ::core::option::Option::Some(__v4) => {
                                    ::core::option::Option::Some(__p.handle_in(__v4, 0usize)?)
                                }
                                ::core::option::Option::None => ::core::option::Option::None,
                            },
                        })
                    }
                    /// WIT `slot`.
                    #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                    #[component(variant)]
                    #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                    pub enum Slot {
                        /// WIT case `full`.
                        #[component(name = "full")]
                        Full(__rt::ResourceAny),
                        /// WIT case `empty`.
                        #[component(name = "empty")]
                        Empty,
                        /// WIT case `labeled`.
                        #[component(name = "labeled")]
                        Labeled((::std::string::String, __rt::ResourceAny)),
                    }
                    /// Host view to provider view: unwraps the provider's own handles, and hands the
                    /// others it receives to the provider.
                    pub fn slot_in(
                        value: super::super::Slot,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<Slot> {
                        ::core::result::Result::Ok(
                            match value {
                                super::super::Slot::Full(payload) => {
                                    Slot::Full(__p.handle_in(payload, 0usize)?)
                                }
                                super::super::Slot::Empty => Slot::Empty,
                                super::super::Slot::Labeled(payload) => {
                                    Slot::Labeled({
                                        let (__t0, __t1) = payload;
                                        (__t0, __p.handle_in(__t1, 0usize)?)
                                    })
                                }
                            },
                        )
                    }
                    /// Provider view to host view: registers the provider's own handles, and hands
                    /// the others it returns to the caller.
                    pub fn slot_out(
                        value: Slot,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<super::super::Slot> {
                        ::core::result::Result::Ok(
                            match value {
                                Slot::Full(payload) => {
                                    super::super::Slot::Full(
                                        __p.handle_out(payload, 0usize, __cx)?,
                                    )
                                }
                                Slot::Empty => super::super::Slot::Empty,
                                Slot::Labeled(payload) => {
                                    super::super::Slot::Labeled({
                                        let (__t2, __t3) = payload;
                                        (__t2, __p.handle_out(__t3, 0usize, __cx)?)
                                    })
                                }
                            },
                        )
                    }
                    /// Only borrows: passed as it is.
                    #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                    #[component(record)]
                    #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                    pub struct Glance {
                        /// WIT field `item`.
                        #[component(name = "item")]
                        pub item: __rt::ResourceAny,
                        /// WIT field `note`.
                        #[component(name = "note")]
                        pub note: ::std::string::String,
                    }
                    /// Host view to provider view: unwraps the provider's own handles, and hands the
                    /// others it receives to the provider.
                    pub fn glance_in(
                        value: super::super::Glance,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<Glance> {
                        ::core::result::Result::Ok(Glance {
                            item: __p.handle_in(value.item, 0usize)?,
                            note: value.note,
                        })
                    }
                    /// Another interface's record holding an item.
                    #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                    #[allow(non_camel_case_types)]
                    #[component(record)]
                    #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                    pub struct cases__pass_through__store__Tagged {
                        /// WIT field `tag`.
                        #[component(name = "tag")]
                        pub tag: ::std::string::String,
                        /// WIT field `item`.
                        #[component(name = "item")]
                        pub item: __rt::ResourceAny,
                    }
                    /// Host view to provider view: unwraps the provider's own handles, and hands the
                    /// others it receives to the provider.
                    #[allow(non_snake_case)]
                    pub fn cases__pass_through__store__tagged_in(
                        value: super::super::super::super::super::cases::pass_through::store::Tagged,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<cases__pass_through__store__Tagged> {
                        ::core::result::Result::Ok(cases__pass_through__store__Tagged {
                            tag: value.tag,
                            item: __p.handle_in(value.item, 0usize)?,
                        })
                    }
                    /// Provider view to host view: registers the provider's own handles, and hands
                    /// the others it returns to the caller.
                    #[allow(non_snake_case)]
                    pub fn cases__pass_through__store__tagged_out(
                        value: cases__pass_through__store__Tagged,
                        __p: &__rt::ProviderCall<'_>,
                        __cx: &impl __rt::ForwardCaller,
                    ) -> __rt::Result<
                        super::super::super::super::super::cases::pass_through::store::Tagged,
                    > {
                        ::core::result::Result::Ok(super::super::super::super::super::cases::pass_through::store::Tagged {
                            tag: value.tag,
                            item: __p.handle_out(value.item, 0usize, __cx)?,
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
                            f_put: binder.func("put")?,
                            f_put_many: binder.func("put-many")?,
                            f_put_either: binder.func("put-either")?,
                            f_take: binder.func("take")?,
                            f_take_maybe: binder.func("take-maybe")?,
                            f_take_pair: binder.func("take-pair")?,
                            f_take_all: binder.func("take-all")?,
                            f_stash: binder.func("stash")?,
                            f_unstash: binder.func("unstash")?,
                            f_swap: binder.func("swap")?,
                            f_retag: binder.func("retag")?,
                            f_look: binder.func("look")?,
                        }),
                    )
                }
                /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
                /// at load.
                #[allow(non_snake_case)]
                struct __Forwarders {
                    provider: ::std::sync::Arc<__rt::Provider>,
                    f_put: __rt::InstanceFuncs<(__rt::ResourceAny,), ()>,
                    f_put_many: __rt::InstanceFuncs<
                        (
                            ::std::vec::Vec<__rt::ResourceAny>,
                            ::core::option::Option<__rt::ResourceAny>,
                        ),
                        (u32,),
                    >,
                    f_put_either: __rt::InstanceFuncs<
                        (::core::result::Result<__rt::ResourceAny, __rt::ResourceAny>,),
                        (),
                    >,
                    f_take: __rt::InstanceFuncs<(), (__rt::ResourceAny,)>,
                    f_take_maybe: __rt::InstanceFuncs<
                        (),
                        (::core::option::Option<__rt::ResourceAny>,),
                    >,
                    f_take_pair: __rt::InstanceFuncs<(), ((__rt::ResourceAny, u32),)>,
                    f_take_all: __rt::InstanceFuncs<
                        (),
                        (
                            ::core::result::Result<
                                ::std::vec::Vec<__rt::ResourceAny>,
                                ::std::string::String,
                            >,
                        ),
                    >,
                    f_stash: __rt::InstanceFuncs<
                        (
                            super::super::super::super::cases::pass_through::shelf::__owned_uses::__provider::Bundle,
                        ),
                        (u32,),
                    >,
                    f_unstash: __rt::InstanceFuncs<
                        (),
                        (
                            super::super::super::super::cases::pass_through::shelf::__owned_uses::__provider::Slot,
                        ),
                    >,
                    f_swap: __rt::InstanceFuncs<
                        (
                            super::super::super::super::cases::pass_through::shelf::__owned_uses::__provider::Slot,
                        ),
                        (
                            super::super::super::super::cases::pass_through::shelf::__owned_uses::__provider::Slot,
                        ),
                    >,
                    f_retag: __rt::InstanceFuncs<
                        (
                            super::super::super::super::cases::pass_through::shelf::__owned_uses::__provider::cases__pass_through__store__Tagged,
                        ),
                        (
                            super::super::super::super::cases::pass_through::shelf::__owned_uses::__provider::cases__pass_through__store__Tagged,
                        ),
                    >,
                    f_look: __rt::InstanceFuncs<
                        (
                            __rt::ResourceAny,
                            ::std::vec::Vec<__rt::ResourceAny>,
                            super::super::super::super::cases::pass_through::shelf::__owned_uses::__provider::Glance,
                        ),
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
                            let func = ::std::sync::Arc::clone(&self.f_put);
                            linker
                                .func_wrap(
                                    "put",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::cases::pass_through::store::Item,
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
                                            "put",
                                            1usize,
                                            &func,
                                            (__p.handle_in(arg0, 0usize)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_put_many);
                            linker
                                .func_wrap(
                                    "put-many",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                            arg1,
                                        ): (
                                            ::std::vec::Vec<
                                                __rt::Resource<
                                                    super::super::super::super::cases::pass_through::store::Item,
                                                >,
                                            >,
                                            ::core::option::Option<
                                                __rt::Resource<
                                                    super::super::super::super::cases::pass_through::store::Item,
                                                >,
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
                                            "put-many",
                                            2usize,
                                            &func,
                                            (
                                                {
                                                    let __items0 = arg0;
                                                    let mut __out1 = ::std::vec::Vec::with_capacity(
                                                        __items0.len(),
                                                    );
                                                    for __v2 in __items0 {
                                                        __out1.push(__p.handle_in(__v2, 0usize)?);
                                                    }
                                                    __out1
                                                },
                                                match arg1 {
                                                    ::core::option::Option::Some(__v3) => {
                                                        ::core::option::Option::Some(__p.handle_in(__v3, 0usize)?)
                                                    }
                                                    ::core::option::Option::None => ::core::option::Option::None,
                                                },
                                            ),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_put_either);
                            linker
                                .func_wrap(
                                    "put-either",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            ::core::result::Result<
                                                __rt::Resource<
                                                    super::super::super::super::cases::pass_through::store::Item,
                                                >,
                                                __rt::Resource<
                                                    super::super::super::super::cases::pass_through::store::Item,
                                                >,
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
                                            "put-either",
                                            1usize,
                                            &func,
                                            (
                                                match arg0 {
                                                    ::core::result::Result::Ok(__v8) => {
                                                        ::core::result::Result::Ok(__p.handle_in(__v8, 0usize)?)
                                                    }
                                                    ::core::result::Result::Err(__v8) => {
                                                        ::core::result::Result::Err(__p.handle_in(__v8, 0usize)?)
                                                    }
                                                },
                                            ),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_take);
                            linker
                                .func_wrap(
                                    "take",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (): (),
                                    | -> __rt::Result<
                                        (
                                            __rt::Resource<
                                                super::super::super::super::cases::pass_through::store::Item,
                                            >,
                                        ),
                                    > {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        let (result0,) = __p
                                            .forward::<EVENTS, _, _>(__cx, "take", 0usize, &func, ())?;
                                        ::core::result::Result::Ok((
                                            __p.handle_out(result0, 0usize, __cx)?,
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_take_maybe);
                            linker
                                .func_wrap(
                                    "take-maybe",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (): (),
                                    | -> __rt::Result<
                                        (
                                            ::core::option::Option<
                                                __rt::Resource<
                                                    super::super::super::super::cases::pass_through::store::Item,
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
                                            >(__cx, "take-maybe", 0usize, &func, ())?;
                                        ::core::result::Result::Ok((
                                            match result0 {
                                                ::core::option::Option::Some(__v10) => {
                                                    ::core::option::Option::Some(
                                                        __p.handle_out(__v10, 0usize, __cx)?,
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
                            let func = ::std::sync::Arc::clone(&self.f_take_pair);
                            linker
                                .func_wrap(
                                    "take-pair",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (): (),
                                    | -> __rt::Result<
                                        (
                                            (
                                                __rt::Resource<
                                                    super::super::super::super::cases::pass_through::store::Item,
                                                >,
                                                u32,
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
                                            >(__cx, "take-pair", 0usize, &func, ())?;
                                        ::core::result::Result::Ok((
                                            {
                                                let (__t12, __t13) = result0;
                                                (__p.handle_out(__t12, 0usize, __cx)?, __t13)
                                            },
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_take_all);
                            linker
                                .func_wrap(
                                    "take-all",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (): (),
                                    | -> __rt::Result<
                                        (
                                            ::core::result::Result<
                                                ::std::vec::Vec<
                                                    __rt::Resource<
                                                        super::super::super::super::cases::pass_through::store::Item,
                                                    >,
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
                                            >(__cx, "take-all", 0usize, &func, ())?;
                                        ::core::result::Result::Ok((
                                            match result0 {
                                                ::core::result::Result::Ok(__v16) => {
                                                    ::core::result::Result::Ok({
                                                        let __items17 = __v16;
                                                        let mut __out18 = ::std::vec::Vec::with_capacity(
                                                            __items17.len(),
                                                        );
                                                        for __v19 in __items17 {
                                                            __out18.push(__p.handle_out(__v19, 0usize, __cx)?);
                                                        }
                                                        __out18
                                                    })
                                                }
                                                ::core::result::Result::Err(__v16) => {
                                                    ::core::result::Result::Err(__v16)
                                                }
                                            },
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_stash);
                            linker
                                .func_wrap(
                                    "stash",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            super::super::super::super::cases::pass_through::shelf::Bundle,
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
                                            "stash",
                                            1usize,
                                            &func,
                                            (__provider::bundle_in(arg0, __p, __cx)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_unstash);
                            linker
                                .func_wrap(
                                    "unstash",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (): (),
                                    | -> __rt::Result<
                                        (
                                            super::super::super::super::cases::pass_through::shelf::Slot,
                                        ),
                                    > {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        let (result0,) = __p
                                            .forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(__cx, "unstash", 0usize, &func, ())?;
                                        ::core::result::Result::Ok((
                                            __provider::slot_out(result0, __p, __cx)?,
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_swap);
                            linker
                                .func_wrap(
                                    "swap",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            super::super::super::super::cases::pass_through::shelf::Slot,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            super::super::super::super::cases::pass_through::shelf::Slot,
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
                                                "swap",
                                                1usize,
                                                &func,
                                                (__provider::slot_in(arg0, __p, __cx)?,),
                                            )?;
                                        ::core::result::Result::Ok((
                                            __provider::slot_out(result0, __p, __cx)?,
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_retag);
                            linker
                                .func_wrap(
                                    "retag",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            super::super::super::super::cases::pass_through::store::Tagged,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            super::super::super::super::cases::pass_through::store::Tagged,
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
                                                "retag",
                                                1usize,
                                                &func,
                                                (
                                                    __provider::cases__pass_through__store__tagged_in(
                                                        arg0,
                                                        __p,
                                                        __cx,
                                                    )?,
                                                ),
                                            )?;
                                        ::core::result::Result::Ok((
                                            __provider::cases__pass_through__store__tagged_out(
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
                            let func = ::std::sync::Arc::clone(&self.f_look);
                            linker
                                .func_wrap(
                                    "look",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                            arg1,
                                            arg2,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::cases::pass_through::store::Item,
                                            >,
                                            ::std::vec::Vec<
                                                __rt::Resource<
                                                    super::super::super::super::cases::pass_through::store::Item,
                                                >,
                                            >,
                                            super::super::super::super::cases::pass_through::shelf::Glance,
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
                                            "look",
                                            3usize,
                                            &func,
                                            (
                                                __p.handle_in(arg0, 0usize)?,
                                                {
                                                    let __items24 = arg1;
                                                    let mut __out25 = ::std::vec::Vec::with_capacity(
                                                        __items24.len(),
                                                    );
                                                    for __v26 in __items24 {
                                                        __out25.push(__p.handle_in(__v26, 0usize)?);
                                                    }
                                                    __out25
                                                },
                                                __provider::glance_in(arg2, __p, __cx)?,
                                            ),
                                        )
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
                        match function { "put" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_put); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item >,)
                        | { let provider = ::std::sync::Arc::clone(& provider); let func
                        = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "put", 1usize, & func, (__p.handle_in(arg0, 0usize) ?,)).
                        await }; __result }) },) } "put-many" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_put_many); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0, arg1,) : (::std::vec::Vec <
                        __rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item > >,
                        ::core::option::Option < __rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item >
                        >,) | { let provider = ::std::sync::Arc::clone(& provider); let
                        func = ::std::sync::Arc::clone(& func);
                        ::std::boxed::Box::pin(async move { let __cx = &
                        __rt::ConcurrentCaller::of(accessor); let __p : &
                        __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "put-many", 2usize, & func, ({ let __items4 = arg0;
                        let mut __out5 = ::std::vec::Vec::with_capacity(__items4.len());
                        for __v6 in __items4 { __out5.push(__p.handle_in(__v6, 0usize)
                        ?); } __out5 }, match arg1 { ::core::option::Option::Some(__v7)
                        => ::core::option::Option::Some(__p.handle_in(__v7, 0usize) ?),
                        ::core::option::Option::None => ::core::option::Option::None },))
                        . await }; __result }) },) } "put-either" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_put_either); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (::core::result::Result <
                        __rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item >,
                        __rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item >
                        >,) | { let provider = ::std::sync::Arc::clone(& provider); let
                        func = ::std::sync::Arc::clone(& func);
                        ::std::boxed::Box::pin(async move { let __cx = &
                        __rt::ConcurrentCaller::of(accessor); let __p : &
                        __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "put-either", 1usize, & func, (match arg0 {
                        ::core::result::Result::Ok(__v9) =>
                        ::core::result::Result::Ok(__p.handle_in(__v9, 0usize) ?),
                        ::core::result::Result::Err(__v9) =>
                        ::core::result::Result::Err(__p.handle_in(__v9, 0usize) ?) },)).
                        await }; __result }) },) } "take" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_take); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, () : () | { let provider =
                        ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (__rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item >,)
                        > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "take", 0usize, & func, ()). await ?;
                        ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                        ?,)) }; __result }) },) } "take-maybe" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_take_maybe); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, () : () | { let provider =
                        ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (::core::option::Option < __rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item >
                        >,) > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "take-maybe", 0usize, & func, ()). await ?;
                        ::core::result::Result::Ok((match result0 {
                        ::core::option::Option::Some(__v11) =>
                        ::core::option::Option::Some(__p.handle_out(__v11, 0usize, __cx)
                        ?), ::core::option::Option::None => ::core::option::Option::None
                        },)) }; __result }) },) } "take-pair" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_take_pair); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, () : () | { let provider =
                        ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < ((__rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item >,
                        u32,),) > = { let (result0,) = __p.forward_concurrent:: < EVENTS,
                        _, _ > (__cx, "take-pair", 0usize, & func, ()). await ?;
                        ::core::result::Result::Ok(({ let (__t14, __t15,) = result0; (__p
                        .handle_out(__t14, 0usize, __cx) ?, __t15,) },)) }; __result })
                        },) } "take-all" => { let provider = ::std::sync::Arc::clone(&
                        self.provider); let func = ::std::sync::Arc::clone(& self
                        .f_take_all); linker.func_wrap_concurrent(as_name, move |
                        accessor : & __rt::Accessor < ::hub_runtime::HostState >, () : ()
                        | { let provider = ::std::sync::Arc::clone(& provider); let func
                        = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (::core::result::Result < ::std::vec::Vec <
                        __rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item > >,
                        ::std::string::String >,) > = { let (result0,) = __p
                        .forward_concurrent:: < EVENTS, _, _ > (__cx, "take-all", 0usize,
                        & func, ()). await ?; ::core::result::Result::Ok((match result0 {
                        ::core::result::Result::Ok(__v20) => ::core::result::Result::Ok({
                        let __items21 = __v20; let mut __out22 =
                        ::std::vec::Vec::with_capacity(__items21.len()); for __v23 in
                        __items21 { __out22.push(__p.handle_out(__v23, 0usize, __cx) ?);
                        } __out22 }), ::core::result::Result::Err(__v20) =>
                        ::core::result::Result::Err(__v20) },)) }; __result }) },) }
                        "stash" => { let provider = ::std::sync::Arc::clone(& self
                        .provider); let func = ::std::sync::Arc::clone(& self.f_stash);
                        linker.func_wrap_concurrent(as_name, move | accessor : &
                        __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                        (super::super::super::super::cases::pass_through::shelf::Bundle,)
                        | { let provider = ::std::sync::Arc::clone(& provider); let func
                        = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "stash", 1usize, & func, (__provider::bundle_in(arg0,
                        __p, __cx) ?,)). await }; __result }) },) } "unstash" => { let
                        provider = ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_unstash); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, () : () | { let provider =
                        ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result <
                        (super::super::super::super::cases::pass_through::shelf::Slot,) >
                        = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "unstash", 0usize, & func, ()). await ?;
                        ::core::result::Result::Ok((__provider::slot_out(result0, __p,
                        __cx) ?,)) }; __result }) },) } "swap" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_swap); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) :
                        (super::super::super::super::cases::pass_through::shelf::Slot,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result <
                        (super::super::super::super::cases::pass_through::shelf::Slot,) >
                        = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "swap", 1usize, & func, (__provider::slot_in(arg0, __p,
                        __cx) ?,)). await ?;
                        ::core::result::Result::Ok((__provider::slot_out(result0, __p,
                        __cx) ?,)) }; __result }) },) } "retag" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_retag); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) :
                        (super::super::super::super::cases::pass_through::store::Tagged,)
                        | { let provider = ::std::sync::Arc::clone(& provider); let func
                        = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result <
                        (super::super::super::super::cases::pass_through::store::Tagged,)
                        > = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "retag", 1usize, & func,
                        (__provider::cases__pass_through__store__tagged_in(arg0, __p,
                        __cx) ?,)). await ?;
                        ::core::result::Result::Ok((__provider::cases__pass_through__store__tagged_out(result0,
                        __p, __cx) ?,)) }; __result }) },) } "look" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_look); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0, arg1, arg2,) :
                        (__rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item >,
                        ::std::vec::Vec < __rt::Resource <
                        super::super::super::super::cases::pass_through::store::Item > >,
                        super::super::super::super::cases::pass_through::shelf::Glance,)
                        | { let provider = ::std::sync::Arc::clone(& provider); let func
                        = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "look", 3usize, & func, (__p.handle_in(arg0, 0usize)
                        ?, { let __items27 = arg1; let mut __out28 =
                        ::std::vec::Vec::with_capacity(__items27.len()); for __v29 in
                        __items27 { __out28.push(__p.handle_in(__v29, 0usize) ?); }
                        __out28 }, __provider::glance_in(arg2, __p, __cx) ?,)). await };
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
                        call_events : bool,) -> __rt::Result < () > { if call_events {
                        self.define_async_one:: < true > (linker, function, as_name) }
                        else { self.define_async_one:: < false > (linker, function,
                        as_name) } }
                    }
                }
            }
        }
        pub mod store {
            //! Generated forwarders for `cases:pass-through/store@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "cases:pass-through/store@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &["item"];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// Host marker of the WIT resource `item`: handles to it cross the hub as `Resource<Item>`.
            pub struct Item;
            /// Another interface's record holding an item.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(record)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub struct Tagged {
                /// WIT field `tag`.
                #[component(name = "tag")]
                pub tag: ::std::string::String,
                /// WIT field `item`.
                #[component(name = "item")]
                pub item: __rt::Resource<
                    super::super::super::cases::pass_through::store::Item,
                >,
            }
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &["[constructor]item", "[method]item.get"]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[
                        __rt::GeneratedResource {
                            name: "item",
                            codec: __rt::codec::<Item>,
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
                /// Another interface's record holding an item.
                #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                #[component(record)]
                #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                pub struct Tagged {
                    /// WIT field `tag`.
                    #[component(name = "tag")]
                    pub tag: ::std::string::String,
                    /// WIT field `item`.
                    #[component(name = "item")]
                    pub item: __rt::ResourceAny,
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                pub fn tagged_in(
                    value: super::Tagged,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<Tagged> {
                    ::core::result::Result::Ok(Tagged {
                        tag: value.tag,
                        item: __p.handle_in(value.item, 0usize)?,
                    })
                }
                /// Provider view to host view: registers the provider's own handles, and hands
                /// the others it returns to the caller.
                pub fn tagged_out(
                    value: Tagged,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Tagged> {
                    ::core::result::Result::Ok(super::Tagged {
                        tag: value.tag,
                        item: __p.handle_out(value.item, 0usize, __cx)?,
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
                        f_constructor__item: binder.func("[constructor]item")?,
                        f_method__item__get: binder.func("[method]item.get")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_constructor__item: __rt::InstanceFuncs<(u32,), (__rt::ResourceAny,)>,
                f_method__item__get: __rt::InstanceFuncs<(__rt::ResourceAny,), (u32,)>,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_constructor__item);
                        linker
                            .func_wrap(
                                "[constructor]item",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (u32,),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::cases::pass_through::store::Item,
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
                                        >(__cx, "[constructor]item", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((
                                        __p.handle_out(result0, 0usize, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__item__get);
                        linker
                            .func_wrap(
                                "[method]item.get",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::cases::pass_through::store::Item,
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
                                        "[method]item.get",
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
                    "[constructor]item" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_constructor__item); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (u32,) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::cases::pass_through::store::Item >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[constructor]item", 1usize, & func, (arg0,)). await ?;
                    ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                    ?,)) }; __result }) },) } "[method]item.get" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__item__get); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::cases::pass_through::store::Item >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]item.get", 1usize, & func, (__p.handle_in(arg0,
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
    }
}
/// Every interface with generated forwarders.
pub static INTERFACES: &[&dyn ::hub_runtime::__internal::GeneratedInterface] = &[
    &cases::pass_through::store::__Interface,
    &cases::pass_through::shelf::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
