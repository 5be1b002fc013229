/// Generated forwarders of the `hub` namespace.
pub mod hub {
    /// Generated forwarders of the package `hub:async-guests`.
    pub mod async_guests {
        pub mod echo {
            //! Generated forwarders for `hub:async-guests/echo@0.1.0`.
            //!
            //! The part of `hub:async-guests` under `wit/`, which the hub generates code for; the
            //! async guests (`guests/wit-async`, whose `async-guests.wit` links here) use it.
            //! `echo`: async functions across a link, on generated forwarders.
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
    }
}
/// Every interface with generated forwarders.
pub static INTERFACES: &[&dyn ::hub_runtime::__internal::GeneratedInterface] = &[
    &hub::async_guests::echo::__Interface,
    &hub::async_guests::shapes::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
