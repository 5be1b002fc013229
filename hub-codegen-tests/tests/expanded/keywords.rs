/// Generated forwarders of the `dyn` namespace.
pub mod r#dyn {
    /// Generated forwarders of the package `dyn:type`.
    pub mod r#type {
        pub mod self_ {
            //! Generated forwarders for `dyn:type/self@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "dyn:type/self@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &["impl"];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// WIT `enum`.
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
            pub enum Enum {
                /// WIT case `static`.
                #[component(name = "static")]
                Static,
                /// WIT case `type`.
                #[component(name = "type")]
                Type,
            }
            /// WIT `struct`.
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
            pub struct Struct {
                /// WIT field `type`.
                #[component(name = "type")]
                pub r#type: u32,
                /// WIT field `self`.
                #[component(name = "self")]
                pub self_: ::std::string::String,
                /// WIT field `fn`.
                #[component(name = "fn")]
                pub r#fn: super::super::super::r#dyn::r#type::self_::Enum,
            }
            #[doc(hidden)]
            pub mod __flags_crate_ {
                #![allow(missing_docs)]
                use ::hub_runtime::__internal as __rt;
                use ::hub_runtime::__internal::wasmtime;
                __rt::flags! {
                    Crate { #[component(name = "super")] const SUPER; #[component(name =
                    "impl")] const IMPL; }
                }
            }
            /// WIT `crate`.
            pub use __flags_crate_::Crate;
            /// WIT `move`.
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
            pub enum Move {
                /// WIT case `ref`.
                #[component(name = "ref")]
                Ref(super::super::super::r#dyn::r#type::self_::Struct),
                /// WIT case `mut`.
                #[component(name = "mut")]
                Mut,
            }
            /// Host marker of the WIT resource `impl`: handles to it cross the hub as `Resource<Impl>`.
            pub struct Impl;
            impl __rt::Weight for Enum {}
            /// Whether a component's type is `enum`'s shape.
            fn __shape_of_enum(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Enum(e) => e.names().eq(["static", "type"]),
                    _ => false,
                }
            }
            impl __rt::Weight for Struct {
                fn weight(items: &[Self]) -> usize {
                    ::core::mem::size_of_val(items)
                        + items
                            .iter()
                            .map(|item| {
                                __rt::heap_weight(&item.r#type)
                                    + __rt::heap_weight(&item.self_)
                                    + __rt::heap_weight(&item.r#fn)
                            })
                            .sum::<usize>()
                }
            }
            /// Whether a component's type is `struct`'s shape.
            fn __shape_of_struct(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Record(of) => {
                        let fields: ::std::vec::Vec<_> = of.fields().collect();
                        fields.len() == 3usize && fields[0usize].name == "type"
                            && ::core::matches!(
                                & fields[0usize].ty, __rt::types::Type::U32
                            ) && fields[1usize].name == "self"
                            && ::core::matches!(
                                & fields[1usize].ty, __rt::types::Type::String
                            ) && fields[2usize].name == "fn"
                            && match &fields[2usize].ty {
                                __rt::types::Type::Enum(e) => {
                                    e.names().eq(["static", "type"])
                                }
                                _ => false,
                            }
                    }
                    _ => false,
                }
            }
            impl __rt::Weight for Crate {}
            /// Whether a component's type is `crate`'s shape.
            fn __shape_of_crate(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Flags(f) => f.names().eq(["super", "impl"]),
                    _ => false,
                }
            }
            impl __rt::Weight for Move {
                fn weight(items: &[Self]) -> usize {
                    ::core::mem::size_of_val(items)
                        + items
                            .iter()
                            .map(|item| match item {
                                Self::Ref(payload) => __rt::heap_weight(payload),
                                Self::Mut => 0,
                            })
                            .sum::<usize>()
                }
            }
            /// Whether a component's type is `move`'s shape.
            fn __shape_of_move(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Variant(of) => {
                        let cases: ::std::vec::Vec<_> = of.cases().collect();
                        cases.len() == 2usize && cases[0usize].name == "ref"
                            && cases[0usize]
                                .ty
                                .as_ref()
                                .is_some_and(|ty| match ty {
                                    __rt::types::Type::Record(of) => {
                                        let fields: ::std::vec::Vec<_> = of.fields().collect();
                                        fields.len() == 3usize && fields[0usize].name == "type"
                                            && ::core::matches!(
                                                & fields[0usize].ty, __rt::types::Type::U32
                                            ) && fields[1usize].name == "self"
                                            && ::core::matches!(
                                                & fields[1usize].ty, __rt::types::Type::String
                                            ) && fields[2usize].name == "fn"
                                            && match &fields[2usize].ty {
                                                __rt::types::Type::Enum(e) => {
                                                    e.names().eq(["static", "type"])
                                                }
                                                _ => false,
                                            }
                                    }
                                    _ => false,
                                }) && cases[1usize].name == "mut"
                            && cases[1usize].ty.is_none()
                    }
                    _ => false,
                }
            }
            impl __rt::WireValue for Enum {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    __rt::write_unsigned(
                        match self {
                            Self::Static => 0u64,
                            Self::Type => 1u64,
                        },
                        out,
                    );
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    ::core::result::Result::Ok(
                        match input.discriminant(2usize)? {
                            0usize => Self::Static,
                            1usize => Self::Type,
                            _ => ::core::unreachable!("checked by `discriminant`"),
                        },
                    )
                }
            }
            impl __rt::WireValue for Struct {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    __rt::WireValue::encode(&self.r#type, out);
                    __rt::WireValue::encode(&self.self_, out);
                    __rt::WireValue::encode(&self.r#fn, out);
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    ::core::result::Result::Ok(Self {
                        r#type: __rt::WireValue::decode(input)?,
                        self_: __rt::WireValue::decode(input)?,
                        r#fn: __rt::WireValue::decode(input)?,
                    })
                }
            }
            impl __rt::WireValue for Crate {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    let all = [Self::SUPER, Self::IMPL];
                    __rt::write_flags(2usize, |i| self.contains(all[i]), out);
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    let set = input.flags(2usize)?;
                    let mut flags = Self::empty();
                    if set(0usize) {
                        flags |= Self::SUPER;
                    }
                    if set(1usize) {
                        flags |= Self::IMPL;
                    }
                    ::core::result::Result::Ok(flags)
                }
            }
            impl __rt::WireValue for Move {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    match self {
                        Self::Ref(payload) => {
                            __rt::write_unsigned(0u64, out);
                            __rt::WireValue::encode(payload, out);
                        }
                        Self::Mut => __rt::write_unsigned(1u64, out),
                    }
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    ::core::result::Result::Ok(
                        match input.discriminant(2usize)? {
                            0usize => Self::Ref(__rt::WireValue::decode(input)?),
                            1usize => Self::Mut,
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
                        "[constructor]impl",
                        "[method]impl.fn",
                        "[static]impl.use",
                        "match",
                    ]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[
                        __rt::GeneratedResource {
                            name: "impl",
                            codec: __rt::codec::<Impl>,
                        },
                    ]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[]
                }
                fn items(&self) -> &'static [__rt::GeneratedItem] {
                    &[
                        __rt::GeneratedItem {
                            name: "dyn:type/self@0.1.0#enum",
                            shape: __shape_of_enum,
                            carrier: __rt::item_carrier::<Enum>,
                        },
                        __rt::GeneratedItem {
                            name: "dyn:type/self@0.1.0#struct",
                            shape: __shape_of_struct,
                            carrier: __rt::item_carrier::<Struct>,
                        },
                        __rt::GeneratedItem {
                            name: "dyn:type/self@0.1.0#crate",
                            shape: __shape_of_crate,
                            carrier: __rt::item_carrier::<Crate>,
                        },
                        __rt::GeneratedItem {
                            name: "dyn:type/self@0.1.0#move",
                            shape: __shape_of_move,
                            carrier: __rt::item_carrier::<Move>,
                        },
                    ]
                }
                fn wire(&self) -> &'static [__rt::WireFunction] {
                    const WIRE: &[__rt::WireFunction] = &[
                        __rt::wire_function::<
                            (),
                            (super::super::super::r#dyn::r#type::self_::Crate,),
                        >("[static]impl.use"),
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
                        f_constructor__impl: binder.func("[constructor]impl")?,
                        f_method__impl__fn: binder.func("[method]impl.fn")?,
                        f_static__impl__use: binder.func("[static]impl.use")?,
                        f_match: binder.func("match")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_constructor__impl: __rt::InstanceFuncs<(u32,), (__rt::ResourceAny,)>,
                f_method__impl__fn: __rt::InstanceFuncs<
                    (
                        __rt::ResourceAny,
                        super::super::super::r#dyn::r#type::self_::Struct,
                    ),
                    (super::super::super::r#dyn::r#type::self_::Move,),
                >,
                f_static__impl__use: __rt::InstanceFuncs<
                    (),
                    (super::super::super::r#dyn::r#type::self_::Crate,),
                >,
                f_match: __rt::InstanceFuncs<
                    (__rt::ResourceAny, __rt::ResourceAny),
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
                        let func = ::std::sync::Arc::clone(&self.f_constructor__impl);
                        linker
                            .func_wrap(
                                "[constructor]impl",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (u32,),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::r#dyn::r#type::self_::Impl,
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
                                        >(__cx, "[constructor]impl", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((
                                        __p.handle_out(result0, 0usize, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__impl__fn);
                        linker
                            .func_wrap(
                                "[method]impl.fn",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::r#dyn::r#type::self_::Impl,
                                        >,
                                        super::super::super::r#dyn::r#type::self_::Struct,
                                    ),
                                | -> __rt::Result<
                                    (super::super::super::r#dyn::r#type::self_::Move,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "[method]impl.fn",
                                        2usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?, arg1),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_static__impl__use);
                        linker
                            .func_wrap(
                                "[static]impl.use",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (): (),
                                | -> __rt::Result<
                                    (super::super::super::r#dyn::r#type::self_::Crate,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "[static]impl.use", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_match);
                        linker
                            .func_wrap(
                                "match",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::r#dyn::r#type::self_::Impl,
                                        >,
                                        __rt::Resource<
                                            super::super::super::r#dyn::r#type::self_::Impl,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (
                                        ::core::option::Option<
                                            __rt::Resource<
                                                super::super::super::r#dyn::r#type::self_::Impl,
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
                                            "match",
                                            2usize,
                                            &func,
                                            (__p.handle_in(arg0, 0usize)?, __p.handle_in(arg1, 0usize)?),
                                        )?;
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
                    fn define_async_one < const EVENTS : bool > (& self, linker : & mut
                    __rt::LinkerInstance < '_, ::hub_runtime::HostState >, function : &
                    str, as_name : & str,) -> __rt::Result < () > { match function {
                    "[constructor]impl" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_constructor__impl); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (u32,) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::r#dyn::r#type::self_::Impl >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[constructor]impl", 1usize, & func, (arg0,)). await ?;
                    ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                    ?,)) }; __result }) },) } "[method]impl.fn" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__impl__fn); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (__rt::Resource <
                    super::super::super::r#dyn::r#type::self_::Impl >,
                    super::super::super::r#dyn::r#type::self_::Struct,) | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::r#dyn::r#type::self_::Move,) > =
                    { __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "[method]impl.fn",
                    2usize, & func, (__p.handle_in(arg0, 0usize) ?, arg1,)). await };
                    __result }) },) } "[static]impl.use" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_static__impl__use); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, () : () | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::r#dyn::r#type::self_::Crate,) >
                    = { __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[static]impl.use", 0usize, & func, ()). await }; __result }) },) }
                    "match" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_match); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (__rt::Resource <
                    super::super::super::r#dyn::r#type::self_::Impl >, __rt::Resource <
                    super::super::super::r#dyn::r#type::self_::Impl >,) | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::option::Option < __rt::Resource <
                    super::super::super::r#dyn::r#type::self_::Impl > >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "match", 2usize, & func, (__p.handle_in(arg0, 0usize) ?, __p
                    .handle_in(arg1, 0usize) ?,)). await ?;
                    ::core::result::Result::Ok((match result0 {
                    ::core::option::Option::Some(__v1) =>
                    ::core::option::Option::Some(__p.handle_out(__v1, 0usize, __cx) ?),
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
        }
        pub mod super_ {
            //! Generated forwarders for `dyn:type/super@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "dyn:type/super@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &[];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &["dyn:type/self@0.1.0#impl"];
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &["box"]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[
                        __rt::GeneratedUse {
                            interface: "dyn:type/self@0.1.0",
                            name: "impl",
                            codec: __rt::codec::<
                                super::super::super::r#dyn::r#type::self_::Impl,
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
                        f_box: binder.func("box")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_box: __rt::InstanceFuncs<
                    (__rt::Resource<super::super::super::r#dyn::r#type::self_::Impl>,),
                    (
                        (
                            __rt::Resource<
                                super::super::super::r#dyn::r#type::self_::Impl,
                            >,
                            super::super::super::r#dyn::r#type::self_::Struct,
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
                        let func = ::std::sync::Arc::clone(&self.f_box);
                        linker
                            .func_wrap(
                                "box",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::r#dyn::r#type::self_::Impl,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (
                                        (
                                            __rt::Resource<
                                                super::super::super::r#dyn::r#type::self_::Impl,
                                            >,
                                            super::super::super::r#dyn::r#type::self_::Struct,
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
                                        >(__cx, "box", 1usize, &func, (__p.pass_in(arg0)?,))?;
                                    ::core::result::Result::Ok((
                                        {
                                            let (__t0, __t1) = result0;
                                            (__p.pass_out(__t0, __cx)?, __t1)
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
                    "box" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_box); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::r#dyn::r#type::self_::Impl >,) | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < ((__rt::Resource <
                    super::super::super::r#dyn::r#type::self_::Impl >,
                    super::super::super::r#dyn::r#type::self_::Struct,),) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "box",
                    1usize, & func, (__p.pass_in(arg0) ?,)). await ?;
                    ::core::result::Result::Ok(({ let (__t2, __t3,) = result0; (__p
                    .pass_out(__t2, __cx) ?, __t3,) },)) }; __result }) },) } _ => { let
                    _ = (linker, as_name);
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
                            f_box: binder.func("box")?,
                        }),
                    )
                }
                /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
                /// at load.
                #[allow(non_snake_case)]
                struct __Forwarders {
                    provider: ::std::sync::Arc<__rt::Provider>,
                    f_box: __rt::InstanceFuncs<
                        (__rt::ResourceAny,),
                        (
                            (
                                __rt::ResourceAny,
                                super::super::super::super::r#dyn::r#type::self_::Struct,
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
                            let func = ::std::sync::Arc::clone(&self.f_box);
                            linker
                                .func_wrap(
                                    "box",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::r#dyn::r#type::self_::Impl,
                                            >,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            (
                                                __rt::Resource<
                                                    super::super::super::super::r#dyn::r#type::self_::Impl,
                                                >,
                                                super::super::super::super::r#dyn::r#type::self_::Struct,
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
                                                "box",
                                                1usize,
                                                &func,
                                                (__p.handle_in(arg0, 0usize)?,),
                                            )?;
                                        ::core::result::Result::Ok((
                                            {
                                                let (__t0, __t1) = result0;
                                                (__p.handle_out(__t0, 0usize, __cx)?, __t1)
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
                        match function { "box" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_box); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::r#dyn::r#type::self_::Impl >,) | {
                        let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < ((__rt::Resource <
                        super::super::super::super::r#dyn::r#type::self_::Impl >,
                        super::super::super::super::r#dyn::r#type::self_::Struct,),) > =
                        { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "box", 1usize, & func, (__p.handle_in(arg0, 0usize) ?,)).
                        await ?; ::core::result::Result::Ok(({ let (__t2, __t3,) =
                        result0; (__p.handle_out(__t2, 0usize, __cx) ?, __t3,) },)) };
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
    }
}
/// Every interface with generated forwarders.
pub static INTERFACES: &[&dyn ::hub_runtime::__internal::GeneratedInterface] = &[
    &r#dyn::r#type::self_::__Interface,
    &r#dyn::r#type::super_::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
