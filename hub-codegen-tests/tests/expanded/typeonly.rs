/// Generated forwarders of the `types` namespace.
pub mod types {
    /// Generated forwarders of the package `types:only`.
    pub mod only {
        pub mod defs {
            //! Generated forwarders for `types:only/defs@0.1.0`.
            //!
            //! Types only.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "types:only/defs@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &[];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// WIT `point`.
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
            pub struct Point {
                /// WIT field `x`.
                #[component(name = "x")]
                pub x: i32,
                /// WIT field `y`.
                #[component(name = "y")]
                pub y: i32,
            }
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
            impl __rt::Weight for Point {
                fn weight(items: &[Self]) -> usize {
                    ::core::mem::size_of_val(items)
                        + items
                            .iter()
                            .map(|item| {
                                __rt::heap_weight(&item.x) + __rt::heap_weight(&item.y)
                            })
                            .sum::<usize>()
                }
            }
            /// Whether a component's type is `point`'s shape.
            fn __shape_of_point(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Record(of) => {
                        let fields: ::std::vec::Vec<_> = of.fields().collect();
                        fields.len() == 2usize && fields[0usize].name == "x"
                            && ::core::matches!(
                                & fields[0usize].ty, __rt::types::Type::S32
                            ) && fields[1usize].name == "y"
                            && ::core::matches!(
                                & fields[1usize].ty, __rt::types::Type::S32
                            )
                    }
                    _ => false,
                }
            }
            impl __rt::Weight for Color {}
            /// Whether a component's type is `color`'s shape.
            fn __shape_of_color(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Enum(e) => e.names().eq(["red", "green", "blue"]),
                    _ => false,
                }
            }
            impl __rt::WireValue for Point {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    __rt::WireValue::encode(&self.x, out);
                    __rt::WireValue::encode(&self.y, out);
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    ::core::result::Result::Ok(Self {
                        x: __rt::WireValue::decode(input)?,
                        y: __rt::WireValue::decode(input)?,
                    })
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
                            name: "types:only/defs@0.1.0#point",
                            shape: __shape_of_point,
                            carrier: __rt::item_carrier::<Point>,
                        },
                        __rt::GeneratedItem {
                            name: "types:only/defs@0.1.0#color",
                            shape: __shape_of_color,
                            carrier: __rt::item_carrier::<Color>,
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
        pub mod ops {
            //! Generated forwarders for `types:only/ops@0.1.0`.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "types:only/ops@0.1.0";
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
                    &["scale", "paint"]
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
                        __rt::wire_function::<
                            (super::super::super::types::only::defs::Point, i32),
                            (super::super::super::types::only::defs::Point,),
                        >("scale"),
                        __rt::wire_function::<
                            (super::super::super::types::only::defs::Color,),
                            (::std::string::String,),
                        >("paint"),
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
                        f_scale: binder.func("scale")?,
                        f_paint: binder.func("paint")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_scale: __rt::InstanceFuncs<
                    (super::super::super::types::only::defs::Point, i32),
                    (super::super::super::types::only::defs::Point,),
                >,
                f_paint: __rt::InstanceFuncs<
                    (super::super::super::types::only::defs::Color,),
                    (::std::string::String,),
                >,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_scale);
                        linker
                            .func_wrap(
                                "scale",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                    ): (super::super::super::types::only::defs::Point, i32),
                                | -> __rt::Result<
                                    (super::super::super::types::only::defs::Point,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "scale", 2usize, &func, (arg0, arg1))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_paint);
                        linker
                            .func_wrap(
                                "paint",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (super::super::super::types::only::defs::Color,),
                                | -> __rt::Result<(::std::string::String,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "paint", 1usize, &func, (arg0,))
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
                    "scale" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_scale); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) :
                    (super::super::super::types::only::defs::Point, i32,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::types::only::defs::Point,) > = {
                    __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "scale", 2usize, &
                    func, (arg0, arg1,)). await }; __result }) },) } "paint" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_paint); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::types::only::defs::Color,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::string::String,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "paint", 1usize, &
                    func, (arg0,)). await }; __result }) },) } _ => { let _ = (linker,
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
    &types::only::defs::__Interface,
    &types::only::ops::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
