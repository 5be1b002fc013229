/// Generated forwarders of the `zoo` namespace.
pub mod zoo {
    /// Generated forwarders of the package `zoo:types`.
    pub mod types {
        pub mod containers {
            //! Generated forwarders for `zoo:types/containers@0.1.0`.
            //!
            //! Every compound type without resources.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "zoo:types/containers@0.1.0";
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
            pub mod __flags_permissions {
                #![allow(missing_docs)]
                use ::hub_runtime::__internal as __rt;
                use ::hub_runtime::__internal::wasmtime;
                __rt::flags! {
                    Permissions { #[component(name = "read")] const READ;
                    #[component(name = "write")] const WRITE; #[component(name =
                    "execute")] const EXECUTE; }
                }
            }
            /// WIT `permissions`.
            pub use __flags_permissions::Permissions;
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
                /// WIT field `label`.
                #[component(name = "label")]
                pub label: ::std::string::String,
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
            #[component(variant)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub enum Shape {
                /// WIT case `circle`.
                #[component(name = "circle")]
                Circle(f64),
                /// WIT case `rectangle`.
                #[component(name = "rectangle")]
                Rectangle((f64, f64)),
                /// WIT case `dot`.
                #[component(name = "dot")]
                Dot,
                /// WIT case `named`.
                #[component(name = "named")]
                Named(::std::string::String),
            }
            impl __rt::Weight for Color {}
            /// Whether a component's type is `color`'s shape.
            fn __shape_of_color(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Enum(e) => e.names().eq(["red", "green", "blue"]),
                    _ => false,
                }
            }
            impl __rt::Weight for Permissions {}
            /// Whether a component's type is `permissions`'s shape.
            fn __shape_of_permissions(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Flags(f) => {
                        f.names().eq(["read", "write", "execute"])
                    }
                    _ => false,
                }
            }
            impl __rt::Weight for Point {
                fn weight(items: &[Self]) -> usize {
                    ::core::mem::size_of_val(items)
                        + items
                            .iter()
                            .map(|item| {
                                __rt::heap_weight(&item.x) + __rt::heap_weight(&item.y)
                                    + __rt::heap_weight(&item.label)
                            })
                            .sum::<usize>()
                }
            }
            /// Whether a component's type is `point`'s shape.
            fn __shape_of_point(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Record(of) => {
                        let fields: ::std::vec::Vec<_> = of.fields().collect();
                        fields.len() == 3usize && fields[0usize].name == "x"
                            && ::core::matches!(
                                & fields[0usize].ty, __rt::types::Type::S32
                            ) && fields[1usize].name == "y"
                            && ::core::matches!(
                                & fields[1usize].ty, __rt::types::Type::S32
                            ) && fields[2usize].name == "label"
                            && ::core::matches!(
                                & fields[2usize].ty, __rt::types::Type::String
                            )
                    }
                    _ => false,
                }
            }
            impl __rt::Weight for Shape {
                fn weight(items: &[Self]) -> usize {
                    ::core::mem::size_of_val(items)
                        + items
                            .iter()
                            .map(|item| match item {
                                Self::Circle(payload) => __rt::heap_weight(payload),
                                Self::Rectangle(payload) => __rt::heap_weight(payload),
                                Self::Dot => 0,
                                Self::Named(payload) => __rt::heap_weight(payload),
                            })
                            .sum::<usize>()
                }
            }
            /// Whether a component's type is `shape`'s shape.
            fn __shape_of_shape(ty: &__rt::types::Type) -> bool {
                match ty {
                    __rt::types::Type::Variant(of) => {
                        let cases: ::std::vec::Vec<_> = of.cases().collect();
                        cases.len() == 4usize && cases[0usize].name == "circle"
                            && cases[0usize]
                                .ty
                                .as_ref()
                                .is_some_and(|ty| {
                                    ::core::matches!(ty, __rt::types::Type::Float64)
                                }) && cases[1usize].name == "rectangle"
                            && cases[1usize]
                                .ty
                                .as_ref()
                                .is_some_and(|ty| match ty {
                                    __rt::types::Type::Tuple(of) => {
                                        let types: ::std::vec::Vec<_> = of.types().collect();
                                        types.len() == 2usize
                                            && ::core::matches!(
                                                & types[0usize], __rt::types::Type::Float64
                                            )
                                            && ::core::matches!(
                                                & types[1usize], __rt::types::Type::Float64
                                            )
                                    }
                                    _ => false,
                                }) && cases[2usize].name == "dot"
                            && cases[2usize].ty.is_none()
                            && cases[3usize].name == "named"
                            && cases[3usize]
                                .ty
                                .as_ref()
                                .is_some_and(|ty| {
                                    ::core::matches!(ty, __rt::types::Type::String)
                                })
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
            impl __rt::WireValue for Permissions {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    let all = [Self::READ, Self::WRITE, Self::EXECUTE];
                    __rt::write_flags(3usize, |i| self.contains(all[i]), out);
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    let set = input.flags(3usize)?;
                    let mut flags = Self::empty();
                    if set(0usize) {
                        flags |= Self::READ;
                    }
                    if set(1usize) {
                        flags |= Self::WRITE;
                    }
                    if set(2usize) {
                        flags |= Self::EXECUTE;
                    }
                    ::core::result::Result::Ok(flags)
                }
            }
            impl __rt::WireValue for Point {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    __rt::WireValue::encode(&self.x, out);
                    __rt::WireValue::encode(&self.y, out);
                    __rt::WireValue::encode(&self.label, out);
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    ::core::result::Result::Ok(Self {
                        x: __rt::WireValue::decode(input)?,
                        y: __rt::WireValue::decode(input)?,
                        label: __rt::WireValue::decode(input)?,
                    })
                }
            }
            impl __rt::WireValue for Shape {
                fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                    match self {
                        Self::Circle(payload) => {
                            __rt::write_unsigned(0u64, out);
                            __rt::WireValue::encode(payload, out);
                        }
                        Self::Rectangle(payload) => {
                            __rt::write_unsigned(1u64, out);
                            __rt::WireValue::encode(payload, out);
                        }
                        Self::Dot => __rt::write_unsigned(2u64, out),
                        Self::Named(payload) => {
                            __rt::write_unsigned(3u64, out);
                            __rt::WireValue::encode(payload, out);
                        }
                    }
                }
                fn decode(
                    input: &mut __rt::WireInput<'_>,
                ) -> ::core::result::Result<Self, __rt::WireValueError> {
                    ::core::result::Result::Ok(
                        match input.discriminant(4usize)? {
                            0usize => Self::Circle(__rt::WireValue::decode(input)?),
                            1usize => Self::Rectangle(__rt::WireValue::decode(input)?),
                            2usize => Self::Dot,
                            3usize => Self::Named(__rt::WireValue::decode(input)?),
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
                        "sum-list",
                        "reverse-strings",
                        "byte-count",
                        "maybe-double",
                        "checked-div",
                        "unit-result",
                        "swap-pair",
                        "move-point",
                        "area",
                        "next-color",
                        "complement",
                        "keep-present",
                    ]
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
                            name: "zoo:types/containers@0.1.0#color",
                            shape: __shape_of_color,
                            carrier: __rt::item_carrier::<Color>,
                        },
                        __rt::GeneratedItem {
                            name: "zoo:types/containers@0.1.0#permissions",
                            shape: __shape_of_permissions,
                            carrier: __rt::item_carrier::<Permissions>,
                        },
                        __rt::GeneratedItem {
                            name: "zoo:types/containers@0.1.0#point",
                            shape: __shape_of_point,
                            carrier: __rt::item_carrier::<Point>,
                        },
                        __rt::GeneratedItem {
                            name: "zoo:types/containers@0.1.0#shape",
                            shape: __shape_of_shape,
                            carrier: __rt::item_carrier::<Shape>,
                        },
                    ]
                }
                fn wire(&self) -> &'static [__rt::WireFunction] {
                    const WIRE: &[__rt::WireFunction] = &[
                        __rt::wire_function::<
                            (::std::vec::Vec<u32>,),
                            (u64,),
                        >("sum-list"),
                        __rt::wire_function::<
                            (::std::vec::Vec<::std::string::String>,),
                            (::std::vec::Vec<::std::string::String>,),
                        >("reverse-strings"),
                        __rt::wire_function::<
                            (::std::vec::Vec<u8>,),
                            (u32,),
                        >("byte-count"),
                        __rt::wire_function::<
                            (::core::option::Option<i32>,),
                            (::core::option::Option<i32>,),
                        >("maybe-double"),
                        __rt::wire_function::<
                            (i32, i32),
                            (::core::result::Result<i32, ::std::string::String>,),
                        >("checked-div"),
                        __rt::wire_function::<
                            (bool,),
                            (::core::result::Result<(), ()>,),
                        >("unit-result"),
                        __rt::wire_function::<
                            ((::std::string::String, u32),),
                            ((u32, ::std::string::String),),
                        >("swap-pair"),
                        __rt::wire_function::<
                            (
                                super::super::super::zoo::types::containers::Point,
                                i32,
                                i32,
                            ),
                            (super::super::super::zoo::types::containers::Point,),
                        >("move-point"),
                        __rt::wire_function::<
                            (super::super::super::zoo::types::containers::Shape,),
                            (f64,),
                        >("area"),
                        __rt::wire_function::<
                            (super::super::super::zoo::types::containers::Color,),
                            (super::super::super::zoo::types::containers::Color,),
                        >("next-color"),
                        __rt::wire_function::<
                            (super::super::super::zoo::types::containers::Permissions,),
                            (super::super::super::zoo::types::containers::Permissions,),
                        >("complement"),
                        __rt::wire_function::<
                            (
                                ::std::vec::Vec<
                                    ::core::option::Option<
                                        super::super::super::zoo::types::containers::Point,
                                    >,
                                >,
                            ),
                            (
                                ::core::result::Result<
                                    ::std::vec::Vec<
                                        super::super::super::zoo::types::containers::Point,
                                    >,
                                    ::std::string::String,
                                >,
                            ),
                        >("keep-present"),
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
                        f_sum_list: binder.func("sum-list")?,
                        f_reverse_strings: binder.func("reverse-strings")?,
                        f_byte_count: binder.func("byte-count")?,
                        f_maybe_double: binder.func("maybe-double")?,
                        f_checked_div: binder.func("checked-div")?,
                        f_unit_result: binder.func("unit-result")?,
                        f_swap_pair: binder.func("swap-pair")?,
                        f_move_point: binder.func("move-point")?,
                        f_area: binder.func("area")?,
                        f_next_color: binder.func("next-color")?,
                        f_complement: binder.func("complement")?,
                        f_keep_present: binder.func("keep-present")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_sum_list: __rt::InstanceFuncs<(::std::vec::Vec<u32>,), (u64,)>,
                f_reverse_strings: __rt::InstanceFuncs<
                    (::std::vec::Vec<::std::string::String>,),
                    (::std::vec::Vec<::std::string::String>,),
                >,
                f_byte_count: __rt::InstanceFuncs<(::std::vec::Vec<u8>,), (u32,)>,
                f_maybe_double: __rt::InstanceFuncs<
                    (::core::option::Option<i32>,),
                    (::core::option::Option<i32>,),
                >,
                f_checked_div: __rt::InstanceFuncs<
                    (i32, i32),
                    (::core::result::Result<i32, ::std::string::String>,),
                >,
                f_unit_result: __rt::InstanceFuncs<
                    (bool,),
                    (::core::result::Result<(), ()>,),
                >,
                f_swap_pair: __rt::InstanceFuncs<
                    ((::std::string::String, u32),),
                    ((u32, ::std::string::String),),
                >,
                f_move_point: __rt::InstanceFuncs<
                    (super::super::super::zoo::types::containers::Point, i32, i32),
                    (super::super::super::zoo::types::containers::Point,),
                >,
                f_area: __rt::InstanceFuncs<
                    (super::super::super::zoo::types::containers::Shape,),
                    (f64,),
                >,
                f_next_color: __rt::InstanceFuncs<
                    (super::super::super::zoo::types::containers::Color,),
                    (super::super::super::zoo::types::containers::Color,),
                >,
                f_complement: __rt::InstanceFuncs<
                    (super::super::super::zoo::types::containers::Permissions,),
                    (super::super::super::zoo::types::containers::Permissions,),
                >,
                f_keep_present: __rt::InstanceFuncs<
                    (
                        ::std::vec::Vec<
                            ::core::option::Option<
                                super::super::super::zoo::types::containers::Point,
                            >,
                        >,
                    ),
                    (
                        ::core::result::Result<
                            ::std::vec::Vec<
                                super::super::super::zoo::types::containers::Point,
                            >,
                            ::std::string::String,
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
                        let func = ::std::sync::Arc::clone(&self.f_sum_list);
                        linker
                            .func_wrap(
                                "sum-list",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (::std::vec::Vec<u32>,),
                                | -> __rt::Result<(u64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "sum-list", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_reverse_strings);
                        linker
                            .func_wrap(
                                "reverse-strings",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (::std::vec::Vec<::std::string::String>,),
                                | -> __rt::Result<
                                    (::std::vec::Vec<::std::string::String>,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "reverse-strings", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_byte_count);
                        linker
                            .func_wrap(
                                "byte-count",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (::std::vec::Vec<u8>,),
                                | -> __rt::Result<(u32,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "byte-count", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_maybe_double);
                        linker
                            .func_wrap(
                                "maybe-double",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (::core::option::Option<i32>,),
                                | -> __rt::Result<(::core::option::Option<i32>,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "maybe-double", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_checked_div);
                        linker
                            .func_wrap(
                                "checked-div",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0, arg1): (i32, i32),
                                | -> __rt::Result<
                                    (::core::result::Result<i32, ::std::string::String>,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "checked-div", 2usize, &func, (arg0, arg1))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_unit_result);
                        linker
                            .func_wrap(
                                "unit-result",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (bool,),
                                | -> __rt::Result<(::core::result::Result<(), ()>,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "unit-result", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_swap_pair);
                        linker
                            .func_wrap(
                                "swap-pair",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): ((::std::string::String, u32),),
                                | -> __rt::Result<((u32, ::std::string::String),)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "swap-pair", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_move_point);
                        linker
                            .func_wrap(
                                "move-point",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                        arg2,
                                    ): (
                                        super::super::super::zoo::types::containers::Point,
                                        i32,
                                        i32,
                                    ),
                                | -> __rt::Result<
                                    (super::super::super::zoo::types::containers::Point,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "move-point", 3usize, &func, (arg0, arg1, arg2))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_area);
                        linker
                            .func_wrap(
                                "area",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::zoo::types::containers::Shape,),
                                | -> __rt::Result<(f64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "area", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_next_color);
                        linker
                            .func_wrap(
                                "next-color",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::zoo::types::containers::Color,),
                                | -> __rt::Result<
                                    (super::super::super::zoo::types::containers::Color,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "next-color", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_complement);
                        linker
                            .func_wrap(
                                "complement",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        super::super::super::zoo::types::containers::Permissions,
                                    ),
                                | -> __rt::Result<
                                    (super::super::super::zoo::types::containers::Permissions,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "complement", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_keep_present);
                        linker
                            .func_wrap(
                                "keep-present",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::std::vec::Vec<
                                            ::core::option::Option<
                                                super::super::super::zoo::types::containers::Point,
                                            >,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (
                                        ::core::result::Result<
                                            ::std::vec::Vec<
                                                super::super::super::zoo::types::containers::Point,
                                            >,
                                            ::std::string::String,
                                        >,
                                    ),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "keep-present", 1usize, &func, (arg0,))
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
                    "sum-list" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_sum_list);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (::std::vec::Vec < u32 >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "sum-list", 1usize, & func, (arg0,)). await }; __result }) },)
                    } "reverse-strings" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_reverse_strings); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (::std::vec::Vec < ::std::string::String >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::vec::Vec < ::std::string::String >,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "reverse-strings",
                    1usize, & func, (arg0,)). await }; __result }) },) } "byte-count" =>
                    { let provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_byte_count); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::std::vec::Vec < u8 >,) | {
                    let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "byte-count", 1usize, & func, (arg0,)). await }; __result })
                    },) } "maybe-double" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_maybe_double); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (::core::option::Option < i32 >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::option::Option < i32 >,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "maybe-double", 1usize,
                    & func, (arg0,)). await }; __result }) },) } "checked-div" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_checked_div); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (i32, i32,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::result::Result < i32, ::std::string::String
                    >,) > = { __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "checked-div", 2usize, & func, (arg0, arg1,)). await }; __result })
                    },) } "unit-result" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_unit_result); linker.func_wrap_concurrent(as_name, move | accessor
                    : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) : (bool,) |
                    { let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::result::Result < (), () >,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "unit-result", 1usize,
                    & func, (arg0,)). await }; __result }) },) } "swap-pair" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_swap_pair); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : ((::std::string::String,
                    u32,),) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < ((u32, ::std::string::String,),) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "swap-pair", 1usize, &
                    func, (arg0,)). await }; __result }) },) } "move-point" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_move_point); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1, arg2,) :
                    (super::super::super::zoo::types::containers::Point, i32, i32,) | {
                    let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::zoo::types::containers::Point,)
                    > = { __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "move-point",
                    3usize, & func, (arg0, arg1, arg2,)). await }; __result }) },) }
                    "area" => { let provider = ::std::sync::Arc::clone(& self.provider);
                    let func = ::std::sync::Arc::clone(& self.f_area); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::zoo::types::containers::Shape,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (f64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "area", 1usize, & func, (arg0,)). await }; __result }) },) }
                    "next-color" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_next_color);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::zoo::types::containers::Color,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::zoo::types::containers::Color,)
                    > = { __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "next-color",
                    1usize, & func, (arg0,)). await }; __result }) },) } "complement" =>
                    { let provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_complement); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::zoo::types::containers::Permissions,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result <
                    (super::super::super::zoo::types::containers::Permissions,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "complement", 1usize, &
                    func, (arg0,)). await }; __result }) },) } "keep-present" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_keep_present); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::std::vec::Vec <
                    ::core::option::Option <
                    super::super::super::zoo::types::containers::Point > >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::result::Result < ::std::vec::Vec <
                    super::super::super::zoo::types::containers::Point >,
                    ::std::string::String >,) > = { __p.forward_concurrent:: < EVENTS, _,
                    _ > (__cx, "keep-present", 1usize, & func, (arg0,)). await };
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
        pub mod handles {
            //! Generated forwarders for `zoo:types/handles@0.1.0`.
            //!
            //! A resource whose `own` and `borrow` handles travel inside every container.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "zoo:types/handles@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &["counter"];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &[];
            /// Host marker of the WIT resource `counter`: handles to it cross the hub as `Resource<Counter>`.
            pub struct Counter;
            /// WIT `labeled`.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(record)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub struct Labeled {
                /// WIT field `name`.
                #[component(name = "name")]
                pub name: ::std::string::String,
                /// WIT field `counter`.
                #[component(name = "counter")]
                pub counter: __rt::Resource<
                    super::super::super::zoo::types::handles::Counter,
                >,
            }
            /// WIT `peek`.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(record)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub struct Peek {
                /// WIT field `name`.
                #[component(name = "name")]
                pub name: ::std::string::String,
                /// WIT field `counter`.
                #[component(name = "counter")]
                pub counter: __rt::Resource<
                    super::super::super::zoo::types::handles::Counter,
                >,
            }
            /// WIT `holder`.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(variant)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub enum Holder {
                /// WIT case `one`.
                #[component(name = "one")]
                One(__rt::Resource<super::super::super::zoo::types::handles::Counter>),
                /// WIT case `empty`.
                #[component(name = "empty")]
                Empty,
            }
            /// WIT `peek-holder`.
            #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
            #[component(variant)]
            #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
            pub enum PeekHolder {
                /// WIT case `one`.
                #[component(name = "one")]
                One(__rt::Resource<super::super::super::zoo::types::handles::Counter>),
                /// WIT case `empty`.
                #[component(name = "empty")]
                Empty,
            }
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &[
                        "[constructor]counter",
                        "[method]counter.get",
                        "[method]counter.add",
                        "[static]counter.live",
                        "make-some",
                        "make-ok",
                        "make-many",
                        "make-pair",
                        "make-labeled",
                        "make-holder",
                        "sum-borrowed",
                        "get-optional",
                        "get-either",
                        "get-pair",
                        "get-peek",
                        "get-peek-holder",
                        "consume-list",
                        "consume-option",
                        "consume-result",
                        "consume-tuple",
                        "consume-labeled",
                        "consume-holder",
                    ]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[
                        __rt::GeneratedResource {
                            name: "counter",
                            codec: __rt::codec::<Counter>,
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
                        __rt::wire_function::<(), (u32,)>("[static]counter.live"),
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
            /// The provider's view of the records and variants that hold handles it owns,
            /// and the functions converting values that hold handles between the caller's
            /// view and the provider's.
            pub mod __provider {
                #[allow(unused_imports)]
                use ::hub_runtime::__internal as __rt;
                /// WIT `labeled`.
                #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                #[component(record)]
                #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                pub struct Labeled {
                    /// WIT field `name`.
                    #[component(name = "name")]
                    pub name: ::std::string::String,
                    /// WIT field `counter`.
                    #[component(name = "counter")]
                    pub counter: __rt::ResourceAny,
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                pub fn labeled_in(
                    value: super::Labeled,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<Labeled> {
                    ::core::result::Result::Ok(Labeled {
                        name: value.name,
                        counter: __p.handle_in(value.counter, 0usize)?,
                    })
                }
                /// Provider view to host view: registers the provider's own handles, and hands
                /// the others it returns to the caller.
                pub fn labeled_out(
                    value: Labeled,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Labeled> {
                    ::core::result::Result::Ok(super::Labeled {
                        name: value.name,
                        counter: __p.handle_out(value.counter, 0usize, __cx)?,
                    })
                }
                /// WIT `peek`.
                #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                #[component(record)]
                #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                pub struct Peek {
                    /// WIT field `name`.
                    #[component(name = "name")]
                    pub name: ::std::string::String,
                    /// WIT field `counter`.
                    #[component(name = "counter")]
                    pub counter: __rt::ResourceAny,
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                pub fn peek_in(
                    value: super::Peek,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<Peek> {
                    ::core::result::Result::Ok(Peek {
                        name: value.name,
                        counter: __p.handle_in(value.counter, 0usize)?,
                    })
                }
                /// WIT `holder`.
                #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                #[component(variant)]
                #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                pub enum Holder {
                    /// WIT case `one`.
                    #[component(name = "one")]
                    One(__rt::ResourceAny),
                    /// WIT case `empty`.
                    #[component(name = "empty")]
                    Empty,
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                pub fn holder_in(
                    value: super::Holder,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<Holder> {
                    ::core::result::Result::Ok(
                        match value {
                            super::Holder::One(payload) => {
                                Holder::One(__p.handle_in(payload, 0usize)?)
                            }
                            super::Holder::Empty => Holder::Empty,
                        },
                    )
                }
                /// Provider view to host view: registers the provider's own handles, and hands
                /// the others it returns to the caller.
                pub fn holder_out(
                    value: Holder,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<super::Holder> {
                    ::core::result::Result::Ok(
                        match value {
                            Holder::One(payload) => {
                                super::Holder::One(__p.handle_out(payload, 0usize, __cx)?)
                            }
                            Holder::Empty => super::Holder::Empty,
                        },
                    )
                }
                /// WIT `peek-holder`.
                #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower, Debug)]
                #[component(variant)]
                #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)]
                pub enum PeekHolder {
                    /// WIT case `one`.
                    #[component(name = "one")]
                    One(__rt::ResourceAny),
                    /// WIT case `empty`.
                    #[component(name = "empty")]
                    Empty,
                }
                /// Host view to provider view: unwraps the provider's own handles, and hands the
                /// others it receives to the provider.
                pub fn peek_holder_in(
                    value: super::PeekHolder,
                    __p: &__rt::ProviderCall<'_>,
                    __cx: &impl __rt::ForwardCaller,
                ) -> __rt::Result<PeekHolder> {
                    ::core::result::Result::Ok(
                        match value {
                            super::PeekHolder::One(payload) => {
                                PeekHolder::One(__p.handle_in(payload, 0usize)?)
                            }
                            super::PeekHolder::Empty => PeekHolder::Empty,
                        },
                    )
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
                        f_constructor__counter: binder.func("[constructor]counter")?,
                        f_method__counter__get: binder.func("[method]counter.get")?,
                        f_method__counter__add: binder.func("[method]counter.add")?,
                        f_static__counter__live: binder.func("[static]counter.live")?,
                        f_make_some: binder.func("make-some")?,
                        f_make_ok: binder.func("make-ok")?,
                        f_make_many: binder.func("make-many")?,
                        f_make_pair: binder.func("make-pair")?,
                        f_make_labeled: binder.func("make-labeled")?,
                        f_make_holder: binder.func("make-holder")?,
                        f_sum_borrowed: binder.func("sum-borrowed")?,
                        f_get_optional: binder.func("get-optional")?,
                        f_get_either: binder.func("get-either")?,
                        f_get_pair: binder.func("get-pair")?,
                        f_get_peek: binder.func("get-peek")?,
                        f_get_peek_holder: binder.func("get-peek-holder")?,
                        f_consume_list: binder.func("consume-list")?,
                        f_consume_option: binder.func("consume-option")?,
                        f_consume_result: binder.func("consume-result")?,
                        f_consume_tuple: binder.func("consume-tuple")?,
                        f_consume_labeled: binder.func("consume-labeled")?,
                        f_consume_holder: binder.func("consume-holder")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_constructor__counter: __rt::InstanceFuncs<
                    (i64,),
                    (__rt::ResourceAny,),
                >,
                f_method__counter__get: __rt::InstanceFuncs<
                    (__rt::ResourceAny,),
                    (i64,),
                >,
                f_method__counter__add: __rt::InstanceFuncs<
                    (__rt::ResourceAny, i64),
                    (),
                >,
                f_static__counter__live: __rt::InstanceFuncs<(), (u32,)>,
                f_make_some: __rt::InstanceFuncs<
                    (i64, bool),
                    (::core::option::Option<__rt::ResourceAny>,),
                >,
                f_make_ok: __rt::InstanceFuncs<
                    (i64, bool),
                    (::core::result::Result<__rt::ResourceAny, ::std::string::String>,),
                >,
                f_make_many: __rt::InstanceFuncs<
                    (::std::vec::Vec<i64>,),
                    (::std::vec::Vec<__rt::ResourceAny>,),
                >,
                f_make_pair: __rt::InstanceFuncs<
                    (i64, i64),
                    ((__rt::ResourceAny, __rt::ResourceAny),),
                >,
                f_make_labeled: __rt::InstanceFuncs<
                    (::std::string::String, i64),
                    (super::super::super::zoo::types::handles::__provider::Labeled,),
                >,
                f_make_holder: __rt::InstanceFuncs<
                    (::core::option::Option<i64>,),
                    (super::super::super::zoo::types::handles::__provider::Holder,),
                >,
                f_sum_borrowed: __rt::InstanceFuncs<
                    (::std::vec::Vec<__rt::ResourceAny>,),
                    (i64,),
                >,
                f_get_optional: __rt::InstanceFuncs<
                    (::core::option::Option<__rt::ResourceAny>,),
                    (::core::option::Option<i64>,),
                >,
                f_get_either: __rt::InstanceFuncs<
                    (::core::result::Result<__rt::ResourceAny, ::std::string::String>,),
                    (i64,),
                >,
                f_get_pair: __rt::InstanceFuncs<
                    ((__rt::ResourceAny, __rt::ResourceAny),),
                    (i64,),
                >,
                f_get_peek: __rt::InstanceFuncs<
                    (super::super::super::zoo::types::handles::__provider::Peek,),
                    (::std::string::String,),
                >,
                f_get_peek_holder: __rt::InstanceFuncs<
                    (super::super::super::zoo::types::handles::__provider::PeekHolder,),
                    (i64,),
                >,
                f_consume_list: __rt::InstanceFuncs<
                    (::std::vec::Vec<__rt::ResourceAny>,),
                    (i64,),
                >,
                f_consume_option: __rt::InstanceFuncs<
                    (::core::option::Option<__rt::ResourceAny>,),
                    (i64,),
                >,
                f_consume_result: __rt::InstanceFuncs<
                    (::core::result::Result<__rt::ResourceAny, ::std::string::String>,),
                    (i64,),
                >,
                f_consume_tuple: __rt::InstanceFuncs<
                    ((__rt::ResourceAny, i64),),
                    (i64,),
                >,
                f_consume_labeled: __rt::InstanceFuncs<
                    (super::super::super::zoo::types::handles::__provider::Labeled,),
                    (::std::string::String,),
                >,
                f_consume_holder: __rt::InstanceFuncs<
                    (super::super::super::zoo::types::handles::__provider::Holder,),
                    (i64,),
                >,
            }
            impl __Forwarders {
                fn define_all<const EVENTS: bool>(
                    &self,
                    linker: &mut __rt::LinkerInstance<'_, ::hub_runtime::HostState>,
                ) -> __rt::Result<()> {
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_constructor__counter);
                        linker
                            .func_wrap(
                                "[constructor]counter",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (i64,),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::zoo::types::handles::Counter,
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
                                        >(__cx, "[constructor]counter", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((
                                        __p.handle_out(result0, 0usize, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__counter__get);
                        linker
                            .func_wrap(
                                "[method]counter.get",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::zoo::types::handles::Counter,
                                        >,
                                    ),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "[method]counter.get",
                                        1usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?,),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_method__counter__add);
                        linker
                            .func_wrap(
                                "[method]counter.add",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::zoo::types::handles::Counter,
                                        >,
                                        i64,
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
                                        "[method]counter.add",
                                        2usize,
                                        &func,
                                        (__p.handle_in(arg0, 0usize)?, arg1),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(
                            &self.f_static__counter__live,
                        );
                        linker
                            .func_wrap(
                                "[static]counter.live",
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
                                        >(__cx, "[static]counter.live", 0usize, &func, ())
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_make_some);
                        linker
                            .func_wrap(
                                "make-some",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0, arg1): (i64, bool),
                                | -> __rt::Result<
                                    (
                                        ::core::option::Option<
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
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
                                        >(__cx, "make-some", 2usize, &func, (arg0, arg1))?;
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
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_make_ok);
                        linker
                            .func_wrap(
                                "make-ok",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0, arg1): (i64, bool),
                                | -> __rt::Result<
                                    (
                                        ::core::result::Result<
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
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
                                        >(__cx, "make-ok", 2usize, &func, (arg0, arg1))?;
                                    ::core::result::Result::Ok((
                                        match result0 {
                                            ::core::result::Result::Ok(__v2) => {
                                                ::core::result::Result::Ok(
                                                    __p.handle_out(__v2, 0usize, __cx)?,
                                                )
                                            }
                                            ::core::result::Result::Err(__v2) => {
                                                ::core::result::Result::Err(__v2)
                                            }
                                        },
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_make_many);
                        linker
                            .func_wrap(
                                "make-many",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (::std::vec::Vec<i64>,),
                                | -> __rt::Result<
                                    (
                                        ::std::vec::Vec<
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
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
                                        >(__cx, "make-many", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((
                                        {
                                            let __items4 = result0;
                                            let mut __out5 = ::std::vec::Vec::with_capacity(
                                                __items4.len(),
                                            );
                                            for __v6 in __items4 {
                                                __out5.push(__p.handle_out(__v6, 0usize, __cx)?);
                                            }
                                            __out5
                                        },
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_make_pair);
                        linker
                            .func_wrap(
                                "make-pair",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0, arg1): (i64, i64),
                                | -> __rt::Result<
                                    (
                                        (
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
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
                                        >(__cx, "make-pair", 2usize, &func, (arg0, arg1))?;
                                    ::core::result::Result::Ok((
                                        {
                                            let (__t10, __t11) = result0;
                                            (
                                                __p.handle_out(__t10, 0usize, __cx)?,
                                                __p.handle_out(__t11, 0usize, __cx)?,
                                            )
                                        },
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_make_labeled);
                        linker
                            .func_wrap(
                                "make-labeled",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0, arg1): (::std::string::String, i64),
                                | -> __rt::Result<
                                    (super::super::super::zoo::types::handles::Labeled,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "make-labeled", 2usize, &func, (arg0, arg1))?;
                                    ::core::result::Result::Ok((
                                        __provider::labeled_out(result0, __p, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_make_holder);
                        linker
                            .func_wrap(
                                "make-holder",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (::core::option::Option<i64>,),
                                | -> __rt::Result<
                                    (super::super::super::zoo::types::handles::Holder,),
                                > {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    let (result0,) = __p
                                        .forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "make-holder", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((
                                        __provider::holder_out(result0, __p, __cx)?,
                                    ))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_sum_borrowed);
                        linker
                            .func_wrap(
                                "sum-borrowed",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::std::vec::Vec<
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                        >,
                                    ),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "sum-borrowed",
                                        1usize,
                                        &func,
                                        (
                                            {
                                                let __items14 = arg0;
                                                let mut __out15 = ::std::vec::Vec::with_capacity(
                                                    __items14.len(),
                                                );
                                                for __v16 in __items14 {
                                                    __out15.push(__p.handle_in(__v16, 0usize)?);
                                                }
                                                __out15
                                            },
                                        ),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_get_optional);
                        linker
                            .func_wrap(
                                "get-optional",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::core::option::Option<
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                        >,
                                    ),
                                | -> __rt::Result<(::core::option::Option<i64>,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "get-optional",
                                        1usize,
                                        &func,
                                        (
                                            match arg0 {
                                                ::core::option::Option::Some(__v20) => {
                                                    ::core::option::Option::Some(__p.handle_in(__v20, 0usize)?)
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
                        let func = ::std::sync::Arc::clone(&self.f_get_either);
                        linker
                            .func_wrap(
                                "get-either",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::core::result::Result<
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                            ::std::string::String,
                                        >,
                                    ),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "get-either",
                                        1usize,
                                        &func,
                                        (
                                            match arg0 {
                                                ::core::result::Result::Ok(__v22) => {
                                                    ::core::result::Result::Ok(__p.handle_in(__v22, 0usize)?)
                                                }
                                                ::core::result::Result::Err(__v22) => {
                                                    ::core::result::Result::Err(__v22)
                                                }
                                            },
                                        ),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_get_pair);
                        linker
                            .func_wrap(
                                "get-pair",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        (
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                        ),
                                    ),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "get-pair",
                                        1usize,
                                        &func,
                                        (
                                            {
                                                let (__t24, __t25) = arg0;
                                                (
                                                    __p.handle_in(__t24, 0usize)?,
                                                    __p.handle_in(__t25, 0usize)?,
                                                )
                                            },
                                        ),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_get_peek);
                        linker
                            .func_wrap(
                                "get-peek",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (super::super::super::zoo::types::handles::Peek,),
                                | -> __rt::Result<(::std::string::String,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "get-peek",
                                        1usize,
                                        &func,
                                        (__provider::peek_in(arg0, __p, __cx)?,),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_get_peek_holder);
                        linker
                            .func_wrap(
                                "get-peek-holder",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::zoo::types::handles::PeekHolder,),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "get-peek-holder",
                                        1usize,
                                        &func,
                                        (__provider::peek_holder_in(arg0, __p, __cx)?,),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_consume_list);
                        linker
                            .func_wrap(
                                "consume-list",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::std::vec::Vec<
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                        >,
                                    ),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "consume-list",
                                        1usize,
                                        &func,
                                        (
                                            {
                                                let __items28 = arg0;
                                                let mut __out29 = ::std::vec::Vec::with_capacity(
                                                    __items28.len(),
                                                );
                                                for __v30 in __items28 {
                                                    __out29.push(__p.handle_in(__v30, 0usize)?);
                                                }
                                                __out29
                                            },
                                        ),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_consume_option);
                        linker
                            .func_wrap(
                                "consume-option",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::core::option::Option<
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                        >,
                                    ),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "consume-option",
                                        1usize,
                                        &func,
                                        (
                                            match arg0 {
                                                ::core::option::Option::Some(__v34) => {
                                                    ::core::option::Option::Some(__p.handle_in(__v34, 0usize)?)
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
                        let func = ::std::sync::Arc::clone(&self.f_consume_result);
                        linker
                            .func_wrap(
                                "consume-result",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        ::core::result::Result<
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                            ::std::string::String,
                                        >,
                                    ),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "consume-result",
                                        1usize,
                                        &func,
                                        (
                                            match arg0 {
                                                ::core::result::Result::Ok(__v36) => {
                                                    ::core::result::Result::Ok(__p.handle_in(__v36, 0usize)?)
                                                }
                                                ::core::result::Result::Err(__v36) => {
                                                    ::core::result::Result::Err(__v36)
                                                }
                                            },
                                        ),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_consume_tuple);
                        linker
                            .func_wrap(
                                "consume-tuple",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        (
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                            i64,
                                        ),
                                    ),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "consume-tuple",
                                        1usize,
                                        &func,
                                        (
                                            {
                                                let (__t38, __t39) = arg0;
                                                (__p.handle_in(__t38, 0usize)?, __t39)
                                            },
                                        ),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_consume_labeled);
                        linker
                            .func_wrap(
                                "consume-labeled",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (super::super::super::zoo::types::handles::Labeled,),
                                | -> __rt::Result<(::std::string::String,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "consume-labeled",
                                        1usize,
                                        &func,
                                        (__provider::labeled_in(arg0, __p, __cx)?,),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_consume_holder);
                        linker
                            .func_wrap(
                                "consume-holder",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (super::super::super::zoo::types::handles::Holder,),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "consume-holder",
                                        1usize,
                                        &func,
                                        (__provider::holder_in(arg0, __p, __cx)?,),
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
                    "[constructor]counter" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_constructor__counter); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (i64,) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::zoo::types::handles::Counter >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[constructor]counter", 1usize, & func, (arg0,)). await ?;
                    ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                    ?,)) }; __result }) },) } "[method]counter.get" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__counter__get); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::zoo::types::handles::Counter >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]counter.get", 1usize, & func, (__p.handle_in(arg0,
                    0usize) ?,)). await }; __result }) },) } "[method]counter.add" => {
                    let provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__counter__add); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (__rt::Resource <
                    super::super::super::zoo::types::handles::Counter >, i64,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]counter.add", 2usize, & func, (__p.handle_in(arg0,
                    0usize) ?, arg1,)). await }; __result }) },) } "[static]counter.live"
                    => { let provider = ::std::sync::Arc::clone(& self.provider); let
                    func = ::std::sync::Arc::clone(& self.f_static__counter__live);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, () : () | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (u32,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[static]counter.live", 0usize, & func, ()). await }; __result
                    }) },) } "make-some" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_make_some); linker.func_wrap_concurrent(as_name, move | accessor :
                    & __rt::Accessor < ::hub_runtime::HostState >, (arg0, arg1,) : (i64,
                    bool,) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::option::Option < __rt::Resource <
                    super::super::super::zoo::types::handles::Counter > >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "make-some", 2usize, & func, (arg0, arg1,)). await ?;
                    ::core::result::Result::Ok((match result0 {
                    ::core::option::Option::Some(__v1) =>
                    ::core::option::Option::Some(__p.handle_out(__v1, 0usize, __cx) ?),
                    ::core::option::Option::None => ::core::option::Option::None },)) };
                    __result }) },) } "make-ok" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_make_ok); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (i64, bool,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::result::Result < __rt::Resource <
                    super::super::super::zoo::types::handles::Counter >,
                    ::std::string::String >,) > = { let (result0,) = __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "make-ok", 2usize, &
                    func, (arg0, arg1,)). await ?; ::core::result::Result::Ok((match
                    result0 { ::core::result::Result::Ok(__v3) =>
                    ::core::result::Result::Ok(__p.handle_out(__v3, 0usize, __cx) ?),
                    ::core::result::Result::Err(__v3) =>
                    ::core::result::Result::Err(__v3) },)) }; __result }) },) }
                    "make-many" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_make_many);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (::std::vec::Vec < i64 >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::vec::Vec < __rt::Resource <
                    super::super::super::zoo::types::handles::Counter > >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "make-many", 1usize, & func, (arg0,)). await ?;
                    ::core::result::Result::Ok(({ let __items7 = result0; let mut __out8
                    = ::std::vec::Vec::with_capacity(__items7.len()); for __v9 in
                    __items7 { __out8.push(__p.handle_out(__v9, 0usize, __cx) ?); }
                    __out8 },)) }; __result }) },) } "make-pair" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_make_pair); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (i64, i64,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < ((__rt::Resource <
                    super::super::super::zoo::types::handles::Counter >, __rt::Resource <
                    super::super::super::zoo::types::handles::Counter >,),) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "make-pair", 2usize, & func, (arg0, arg1,)). await ?;
                    ::core::result::Result::Ok(({ let (__t12, __t13,) = result0; (__p
                    .handle_out(__t12, 0usize, __cx) ?, __p.handle_out(__t13, 0usize,
                    __cx) ?,) },)) }; __result }) },) } "make-labeled" => { let provider
                    = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_make_labeled); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (::std::string::String,
                    i64,) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::zoo::types::handles::Labeled,) >
                    = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "make-labeled", 2usize, & func, (arg0, arg1,)). await ?;
                    ::core::result::Result::Ok((__provider::labeled_out(result0, __p,
                    __cx) ?,)) }; __result }) },) } "make-holder" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_make_holder); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::core::option::Option < i64
                    >,) | { let provider = ::std::sync::Arc::clone(& provider); let func
                    = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move
                    { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (super::super::super::zoo::types::handles::Holder,) >
                    = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "make-holder", 1usize, & func, (arg0,)). await ?;
                    ::core::result::Result::Ok((__provider::holder_out(result0, __p,
                    __cx) ?,)) }; __result }) },) } "sum-borrowed" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_sum_borrowed); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::std::vec::Vec <
                    __rt::Resource < super::super::super::zoo::types::handles::Counter >
                    >,) | { let provider = ::std::sync::Arc::clone(& provider); let func
                    = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move
                    { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "sum-borrowed", 1usize, & func, ({ let __items17 = arg0; let
                    mut __out18 = ::std::vec::Vec::with_capacity(__items17.len()); for
                    __v19 in __items17 { __out18.push(__p.handle_in(__v19, 0usize) ?); }
                    __out18 },)). await }; __result }) },) } "get-optional" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_get_optional); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::core::option::Option <
                    __rt::Resource < super::super::super::zoo::types::handles::Counter >
                    >,) | { let provider = ::std::sync::Arc::clone(& provider); let func
                    = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move
                    { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::core::option::Option < i64 >,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "get-optional", 1usize,
                    & func, (match arg0 { ::core::option::Option::Some(__v21) =>
                    ::core::option::Option::Some(__p.handle_in(__v21, 0usize) ?),
                    ::core::option::Option::None => ::core::option::Option::None },)).
                    await }; __result }) },) } "get-either" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_get_either); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::core::result::Result <
                    __rt::Resource < super::super::super::zoo::types::handles::Counter >,
                    ::std::string::String >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "get-either", 1usize, & func, (match arg0 {
                    ::core::result::Result::Ok(__v23) => ::core::result::Result::Ok(__p
                    .handle_in(__v23, 0usize) ?), ::core::result::Result::Err(__v23) =>
                    ::core::result::Result::Err(__v23) },)). await }; __result }) },) }
                    "get-pair" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_get_pair);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    ((__rt::Resource < super::super::super::zoo::types::handles::Counter
                    >, __rt::Resource < super::super::super::zoo::types::handles::Counter
                    >,),) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "get-pair", 1usize, & func, ({ let (__t26, __t27,) = arg0;
                    (__p.handle_in(__t26, 0usize) ?, __p.handle_in(__t27, 0usize) ?,)
                    },)). await }; __result }) },) } "get-peek" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_get_peek); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::zoo::types::handles::Peek,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::string::String,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "get-peek", 1usize, &
                    func, (__provider::peek_in(arg0, __p, __cx) ?,)). await }; __result
                    }) },) } "get-peek-holder" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_get_peek_holder); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::zoo::types::handles::PeekHolder,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "get-peek-holder", 1usize, & func,
                    (__provider::peek_holder_in(arg0, __p, __cx) ?,)). await }; __result
                    }) },) } "consume-list" => { let provider = ::std::sync::Arc::clone(&
                    self.provider); let func = ::std::sync::Arc::clone(& self
                    .f_consume_list); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (::std::vec::Vec < __rt::Resource <
                    super::super::super::zoo::types::handles::Counter > >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "consume-list", 1usize, & func, ({ let __items31 = arg0; let
                    mut __out32 = ::std::vec::Vec::with_capacity(__items31.len()); for
                    __v33 in __items31 { __out32.push(__p.handle_in(__v33, 0usize) ?); }
                    __out32 },)). await }; __result }) },) } "consume-option" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_consume_option); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::core::option::Option <
                    __rt::Resource < super::super::super::zoo::types::handles::Counter >
                    >,) | { let provider = ::std::sync::Arc::clone(& provider); let func
                    = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move
                    { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "consume-option", 1usize, & func, (match arg0 {
                    ::core::option::Option::Some(__v35) =>
                    ::core::option::Option::Some(__p.handle_in(__v35, 0usize) ?),
                    ::core::option::Option::None => ::core::option::Option::None },)).
                    await }; __result }) },) } "consume-result" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_consume_result); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (::core::result::Result <
                    __rt::Resource < super::super::super::zoo::types::handles::Counter >,
                    ::std::string::String >,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "consume-result", 1usize, & func, (match arg0 {
                    ::core::result::Result::Ok(__v37) => ::core::result::Result::Ok(__p
                    .handle_in(__v37, 0usize) ?), ::core::result::Result::Err(__v37) =>
                    ::core::result::Result::Err(__v37) },)). await }; __result }) },) }
                    "consume-tuple" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self
                    .f_consume_tuple); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    ((__rt::Resource < super::super::super::zoo::types::handles::Counter
                    >, i64,),) | { let provider = ::std::sync::Arc::clone(& provider);
                    let func = ::std::sync::Arc::clone(& func);
                    ::std::boxed::Box::pin(async move { let __cx = &
                    __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall
                    < '_ > = & provider.call(); let __result : __rt::Result < (i64,) > =
                    { __p.forward_concurrent:: < EVENTS, _, _ > (__cx, "consume-tuple",
                    1usize, & func, ({ let (__t40, __t41,) = arg0; (__p.handle_in(__t40,
                    0usize) ?, __t41,) },)). await }; __result }) },) } "consume-labeled"
                    => { let provider = ::std::sync::Arc::clone(& self.provider); let
                    func = ::std::sync::Arc::clone(& self.f_consume_labeled); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::zoo::types::handles::Labeled,) | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::string::String,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "consume-labeled",
                    1usize, & func, (__provider::labeled_in(arg0, __p, __cx) ?,)). await
                    }; __result }) },) } "consume-holder" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_consume_holder); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) :
                    (super::super::super::zoo::types::handles::Holder,) | { let provider
                    = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "consume-holder", 1usize, & func, (__provider::holder_in(arg0,
                    __p, __cx) ?,)). await }; __result }) },) } _ => { let _ = (linker,
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
        pub mod inspector {
            //! Generated forwarders for `zoo:types/inspector@0.1.0`.
            //!
            //! Exported by a second library: takes the first library's counters.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "zoo:types/inspector@0.1.0";
            /// Ownership table: the resources this interface defines (their provider holds them).
            pub const DEFINES: &[&str] = &["wrapper"];
            /// Ownership table: resources of other interfaces its values can hold. They pass
            /// through, unless the provider defines them all (then it owns them too).
            pub const USES: &[&str] = &["zoo:types/handles@0.1.0#counter"];
            /// Host marker of the WIT resource `wrapper`: handles to it cross the hub as `Resource<Wrapper>`.
            pub struct Wrapper;
            /// Binds this interface of a loaded library to the generated forwarders.
            pub struct __Interface;
            impl __rt::GeneratedInterface for __Interface {
                fn name(&self) -> &'static str {
                    NAME
                }
                fn functions(&self) -> &'static [&'static str] {
                    &[
                        "describe",
                        "absorb",
                        "bump-all",
                        "fresh",
                        "[constructor]wrapper",
                        "[method]wrapper.peek",
                        "[static]wrapper.unwrap",
                    ]
                }
                fn resources(&self) -> &'static [__rt::GeneratedResource] {
                    &[
                        __rt::GeneratedResource {
                            name: "wrapper",
                            codec: __rt::codec::<Wrapper>,
                        },
                    ]
                }
                fn uses(&self) -> &'static [__rt::GeneratedUse] {
                    &[
                        __rt::GeneratedUse {
                            interface: "zoo:types/handles@0.1.0",
                            name: "counter",
                            codec: __rt::codec::<
                                super::super::super::zoo::types::handles::Counter,
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
                        f_describe: binder.func("describe")?,
                        f_absorb: binder.func("absorb")?,
                        f_bump_all: binder.func("bump-all")?,
                        f_fresh: binder.func("fresh")?,
                        f_constructor__wrapper: binder.func("[constructor]wrapper")?,
                        f_method__wrapper__peek: binder.func("[method]wrapper.peek")?,
                        f_static__wrapper__unwrap: binder.func("[static]wrapper.unwrap")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_describe: __rt::InstanceFuncs<
                    (__rt::Resource<super::super::super::zoo::types::handles::Counter>,),
                    (::std::string::String,),
                >,
                f_absorb: __rt::InstanceFuncs<
                    (__rt::Resource<super::super::super::zoo::types::handles::Counter>,),
                    (i64,),
                >,
                f_bump_all: __rt::InstanceFuncs<
                    (
                        ::std::vec::Vec<
                            __rt::Resource<
                                super::super::super::zoo::types::handles::Counter,
                            >,
                        >,
                        i64,
                    ),
                    (),
                >,
                f_fresh: __rt::InstanceFuncs<
                    (i64,),
                    (__rt::Resource<super::super::super::zoo::types::handles::Counter>,),
                >,
                f_constructor__wrapper: __rt::InstanceFuncs<
                    (__rt::Resource<super::super::super::zoo::types::handles::Counter>,),
                    (__rt::ResourceAny,),
                >,
                f_method__wrapper__peek: __rt::InstanceFuncs<
                    (__rt::ResourceAny,),
                    (i64,),
                >,
                f_static__wrapper__unwrap: __rt::InstanceFuncs<
                    (__rt::ResourceAny,),
                    (__rt::Resource<super::super::super::zoo::types::handles::Counter>,),
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
                                    ): (
                                        __rt::Resource<
                                            super::super::super::zoo::types::handles::Counter,
                                        >,
                                    ),
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
                        let func = ::std::sync::Arc::clone(&self.f_absorb);
                        linker
                            .func_wrap(
                                "absorb",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::zoo::types::handles::Counter,
                                        >,
                                    ),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "absorb", 1usize, &func, (__p.pass_in(arg0)?,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_bump_all);
                        linker
                            .func_wrap(
                                "bump-all",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                        arg1,
                                    ): (
                                        ::std::vec::Vec<
                                            __rt::Resource<
                                                super::super::super::zoo::types::handles::Counter,
                                            >,
                                        >,
                                        i64,
                                    ),
                                | -> __rt::Result<()> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "bump-all", 2usize, &func, (arg0, arg1))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_fresh);
                        linker
                            .func_wrap(
                                "fresh",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (i64,),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::zoo::types::handles::Counter,
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
                                        >(__cx, "fresh", 1usize, &func, (arg0,))?;
                                    ::core::result::Result::Ok((__p.pass_out(result0, __cx)?,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_constructor__wrapper);
                        linker
                            .func_wrap(
                                "[constructor]wrapper",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::zoo::types::handles::Counter,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::zoo::types::inspector::Wrapper,
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
                                            "[constructor]wrapper",
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
                        let func = ::std::sync::Arc::clone(
                            &self.f_method__wrapper__peek,
                        );
                        linker
                            .func_wrap(
                                "[method]wrapper.peek",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::zoo::types::inspector::Wrapper,
                                        >,
                                    ),
                                | -> __rt::Result<(i64,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "[method]wrapper.peek",
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
                            &self.f_static__wrapper__unwrap,
                        );
                        linker
                            .func_wrap(
                                "[static]wrapper.unwrap",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (
                                        arg0,
                                    ): (
                                        __rt::Resource<
                                            super::super::super::zoo::types::inspector::Wrapper,
                                        >,
                                    ),
                                | -> __rt::Result<
                                    (
                                        __rt::Resource<
                                            super::super::super::zoo::types::handles::Counter,
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
                                            "[static]wrapper.unwrap",
                                            1usize,
                                            &func,
                                            (__p.handle_in(arg0, 0usize)?,),
                                        )?;
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
                    (__rt::Resource < super::super::super::zoo::types::handles::Counter
                    >,) | { let provider = ::std::sync::Arc::clone(& provider); let func
                    = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move
                    { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (::std::string::String,) > = { __p
                    .forward_concurrent:: < EVENTS, _, _ > (__cx, "describe", 1usize, &
                    func, (arg0,)). await }; __result }) },) } "absorb" => { let provider
                    = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_absorb); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::zoo::types::handles::Counter >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "absorb", 1usize, & func, (__p.pass_in(arg0) ?,)). await };
                    __result }) },) } "bump-all" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_bump_all); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (::std::vec::Vec <
                    __rt::Resource < super::super::super::zoo::types::handles::Counter >
                    >, i64,) | { let provider = ::std::sync::Arc::clone(& provider); let
                    func = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                    move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "bump-all", 2usize, & func, (arg0, arg1,)). await }; __result
                    }) },) } "fresh" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_fresh);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) : (i64,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::zoo::types::handles::Counter >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "fresh", 1usize, & func, (arg0,)). await ?;
                    ::core::result::Result::Ok((__p.pass_out(result0, __cx) ?,)) };
                    __result }) },) } "[constructor]wrapper" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_constructor__wrapper); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::zoo::types::handles::Counter >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::zoo::types::inspector::Wrapper >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[constructor]wrapper", 1usize, & func, (__p.pass_in(arg0) ?,)).
                    await ?; ::core::result::Result::Ok((__p.handle_out(result0, 0usize,
                    __cx) ?,)) }; __result }) },) } "[method]wrapper.peek" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_method__wrapper__peek); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::zoo::types::inspector::Wrapper >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _, _ >
                    (__cx, "[method]wrapper.peek", 1usize, & func, (__p.handle_in(arg0,
                    0usize) ?,)). await }; __result }) },) } "[static]wrapper.unwrap" =>
                    { let provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_static__wrapper__unwrap); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                    super::super::super::zoo::types::inspector::Wrapper >,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (__rt::Resource <
                    super::super::super::zoo::types::handles::Counter >,) > = { let
                    (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "[static]wrapper.unwrap", 1usize, & func, (__p.handle_in(arg0,
                    0usize) ?,)). await ?; ::core::result::Result::Ok((__p
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
                            f_absorb: binder.func("absorb")?,
                            f_bump_all: binder.func("bump-all")?,
                            f_fresh: binder.func("fresh")?,
                            f_constructor__wrapper: binder.func("[constructor]wrapper")?,
                            f_method__wrapper__peek: binder
                                .func("[method]wrapper.peek")?,
                            f_static__wrapper__unwrap: binder
                                .func("[static]wrapper.unwrap")?,
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
                    f_absorb: __rt::InstanceFuncs<(__rt::ResourceAny,), (i64,)>,
                    f_bump_all: __rt::InstanceFuncs<
                        (::std::vec::Vec<__rt::ResourceAny>, i64),
                        (),
                    >,
                    f_fresh: __rt::InstanceFuncs<(i64,), (__rt::ResourceAny,)>,
                    f_constructor__wrapper: __rt::InstanceFuncs<
                        (__rt::ResourceAny,),
                        (__rt::ResourceAny,),
                    >,
                    f_method__wrapper__peek: __rt::InstanceFuncs<
                        (__rt::ResourceAny,),
                        (i64,),
                    >,
                    f_static__wrapper__unwrap: __rt::InstanceFuncs<
                        (__rt::ResourceAny,),
                        (__rt::ResourceAny,),
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
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::zoo::types::handles::Counter,
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
                                            (__p.handle_in(arg0, 1usize)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_absorb);
                            linker
                                .func_wrap(
                                    "absorb",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::zoo::types::handles::Counter,
                                            >,
                                        ),
                                    | -> __rt::Result<(i64,)> {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        __p.forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(
                                            __cx,
                                            "absorb",
                                            1usize,
                                            &func,
                                            (__p.handle_in(arg0, 1usize)?,),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_bump_all);
                            linker
                                .func_wrap(
                                    "bump-all",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                            arg1,
                                        ): (
                                            ::std::vec::Vec<
                                                __rt::Resource<
                                                    super::super::super::super::zoo::types::handles::Counter,
                                                >,
                                            >,
                                            i64,
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
                                            "bump-all",
                                            2usize,
                                            &func,
                                            (
                                                {
                                                    let __items0 = arg0;
                                                    let mut __out1 = ::std::vec::Vec::with_capacity(
                                                        __items0.len(),
                                                    );
                                                    for __v2 in __items0 {
                                                        __out1.push(__p.handle_in(__v2, 1usize)?);
                                                    }
                                                    __out1
                                                },
                                                arg1,
                                            ),
                                        )
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(&self.f_fresh);
                            linker
                                .func_wrap(
                                    "fresh",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (arg0,): (i64,),
                                    | -> __rt::Result<
                                        (
                                            __rt::Resource<
                                                super::super::super::super::zoo::types::handles::Counter,
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
                                            >(__cx, "fresh", 1usize, &func, (arg0,))?;
                                        ::core::result::Result::Ok((
                                            __p.handle_out(result0, 1usize, __cx)?,
                                        ))
                                    },
                                )?;
                        }
                        {
                            let provider = ::std::sync::Arc::clone(&self.provider);
                            let func = ::std::sync::Arc::clone(
                                &self.f_constructor__wrapper,
                            );
                            linker
                                .func_wrap(
                                    "[constructor]wrapper",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::zoo::types::handles::Counter,
                                            >,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            __rt::Resource<
                                                super::super::super::super::zoo::types::inspector::Wrapper,
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
                                                "[constructor]wrapper",
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
                                &self.f_method__wrapper__peek,
                            );
                            linker
                                .func_wrap(
                                    "[method]wrapper.peek",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::zoo::types::inspector::Wrapper,
                                            >,
                                        ),
                                    | -> __rt::Result<(i64,)> {
                                        let __p: &__rt::ProviderCall<'_> = &provider.call();
                                        let __cx: &::hub_runtime::HostState = caller.data();
                                        __p.forward::<
                                                EVENTS,
                                                _,
                                                _,
                                            >(
                                            __cx,
                                            "[method]wrapper.peek",
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
                                &self.f_static__wrapper__unwrap,
                            );
                            linker
                                .func_wrap(
                                    "[static]wrapper.unwrap",
                                    move |
                                        caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                        (
                                            arg0,
                                        ): (
                                            __rt::Resource<
                                                super::super::super::super::zoo::types::inspector::Wrapper,
                                            >,
                                        ),
                                    | -> __rt::Result<
                                        (
                                            __rt::Resource<
                                                super::super::super::super::zoo::types::handles::Counter,
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
                                                "[static]wrapper.unwrap",
                                                1usize,
                                                &func,
                                                (__p.handle_in(arg0, 0usize)?,),
                                            )?;
                                        ::core::result::Result::Ok((
                                            __p.handle_out(result0, 1usize, __cx)?,
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
                        super::super::super::super::zoo::types::handles::Counter >,) | {
                        let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (::std::string::String,) > = { __p
                        .forward_concurrent:: < EVENTS, _, _ > (__cx, "describe", 1usize,
                        & func, (__p.handle_in(arg0, 1usize) ?,)). await }; __result })
                        },) } "absorb" => { let provider = ::std::sync::Arc::clone(& self
                        .provider); let func = ::std::sync::Arc::clone(& self.f_absorb);
                        linker.func_wrap_concurrent(as_name, move | accessor : &
                        __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                        (__rt::Resource <
                        super::super::super::super::zoo::types::handles::Counter >,) | {
                        let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "absorb", 1usize, & func, (__p.handle_in(arg0, 1usize)
                        ?,)). await }; __result }) },) } "bump-all" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_bump_all); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0, arg1,) : (::std::vec::Vec <
                        __rt::Resource <
                        super::super::super::super::zoo::types::handles::Counter > >,
                        i64,) | { let provider = ::std::sync::Arc::clone(& provider); let
                        func = ::std::sync::Arc::clone(& func);
                        ::std::boxed::Box::pin(async move { let __cx = &
                        __rt::ConcurrentCaller::of(accessor); let __p : &
                        __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < () > = { __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "bump-all", 2usize, & func, ({ let __items3 = arg0; let
                        mut __out4 = ::std::vec::Vec::with_capacity(__items3.len()); for
                        __v5 in __items3 { __out4.push(__p.handle_in(__v5, 1usize) ?); }
                        __out4 }, arg1,)). await }; __result }) },) } "fresh" => { let
                        provider = ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_fresh); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (i64,) | { let provider =
                        ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (__rt::Resource <
                        super::super::super::super::zoo::types::handles::Counter >,) > =
                        { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "fresh", 1usize, & func, (arg0,)). await ?;
                        ::core::result::Result::Ok((__p.handle_out(result0, 1usize, __cx)
                        ?,)) }; __result }) },) } "[constructor]wrapper" => { let
                        provider = ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_constructor__wrapper); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::zoo::types::handles::Counter >,) | {
                        let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (__rt::Resource <
                        super::super::super::super::zoo::types::inspector::Wrapper >,) >
                        = { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "[constructor]wrapper", 1usize, & func, (__p
                        .handle_in(arg0, 1usize) ?,)). await ?;
                        ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx)
                        ?,)) }; __result }) },) } "[method]wrapper.peek" => { let
                        provider = ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_method__wrapper__peek); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::zoo::types::inspector::Wrapper >,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (i64,) > = { __p.forward_concurrent:: < EVENTS, _,
                        _ > (__cx, "[method]wrapper.peek", 1usize, & func, (__p
                        .handle_in(arg0, 0usize) ?,)). await }; __result }) },) }
                        "[static]wrapper.unwrap" => { let provider =
                        ::std::sync::Arc::clone(& self.provider); let func =
                        ::std::sync::Arc::clone(& self.f_static__wrapper__unwrap); linker
                        .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor
                        < ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                        super::super::super::super::zoo::types::inspector::Wrapper >,) |
                        { let provider = ::std::sync::Arc::clone(& provider); let func =
                        ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async
                        move { let __cx = & __rt::ConcurrentCaller::of(accessor); let __p
                        : & __rt::ProviderCall < '_ > = & provider.call(); let __result :
                        __rt::Result < (__rt::Resource <
                        super::super::super::super::zoo::types::handles::Counter >,) > =
                        { let (result0,) = __p.forward_concurrent:: < EVENTS, _, _ >
                        (__cx, "[static]wrapper.unwrap", 1usize, & func, (__p
                        .handle_in(arg0, 0usize) ?,)). await ?;
                        ::core::result::Result::Ok((__p.handle_out(result0, 1usize, __cx)
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
        pub mod scalars {
            //! Generated forwarders for `zoo:types/scalars@0.1.0`.
            //!
            //! Every primitive type, each in an argument and a result.
            #[allow(unused_imports)]
            use ::hub_runtime::__internal as __rt;
            /// The full interface name this module forwards.
            pub const NAME: &str = "zoo:types/scalars@0.1.0";
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
                    &[
                        "bump-unsigned",
                        "negate-signed",
                        "double-floats",
                        "next-char",
                        "invert",
                        "shout",
                    ]
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
                            (u8, u16, u32, u64),
                            ((u8, u16, u32, u64),),
                        >("bump-unsigned"),
                        __rt::wire_function::<
                            (i8, i16, i32, i64),
                            ((i8, i16, i32, i64),),
                        >("negate-signed"),
                        __rt::wire_function::<
                            (f32, f64),
                            ((f32, f64),),
                        >("double-floats"),
                        __rt::wire_function::<(char,), (char,)>("next-char"),
                        __rt::wire_function::<(bool,), (bool,)>("invert"),
                        __rt::wire_function::<
                            (::std::string::String,),
                            (::std::string::String,),
                        >("shout"),
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
                        f_bump_unsigned: binder.func("bump-unsigned")?,
                        f_negate_signed: binder.func("negate-signed")?,
                        f_double_floats: binder.func("double-floats")?,
                        f_next_char: binder.func("next-char")?,
                        f_invert: binder.func("invert")?,
                        f_shout: binder.func("shout")?,
                    }),
                )
            }
            /// Each function's `TypedFunc`s (one per instance), resolved and type-checked once
            /// at load.
            #[allow(non_snake_case)]
            struct __Forwarders {
                provider: ::std::sync::Arc<__rt::Provider>,
                f_bump_unsigned: __rt::InstanceFuncs<
                    (u8, u16, u32, u64),
                    ((u8, u16, u32, u64),),
                >,
                f_negate_signed: __rt::InstanceFuncs<
                    (i8, i16, i32, i64),
                    ((i8, i16, i32, i64),),
                >,
                f_double_floats: __rt::InstanceFuncs<(f32, f64), ((f32, f64),)>,
                f_next_char: __rt::InstanceFuncs<(char,), (char,)>,
                f_invert: __rt::InstanceFuncs<(bool,), (bool,)>,
                f_shout: __rt::InstanceFuncs<
                    (::std::string::String,),
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
                        let func = ::std::sync::Arc::clone(&self.f_bump_unsigned);
                        linker
                            .func_wrap(
                                "bump-unsigned",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0, arg1, arg2, arg3): (u8, u16, u32, u64),
                                | -> __rt::Result<((u8, u16, u32, u64),)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "bump-unsigned",
                                        4usize,
                                        &func,
                                        (arg0, arg1, arg2, arg3),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_negate_signed);
                        linker
                            .func_wrap(
                                "negate-signed",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0, arg1, arg2, arg3): (i8, i16, i32, i64),
                                | -> __rt::Result<((i8, i16, i32, i64),)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(
                                        __cx,
                                        "negate-signed",
                                        4usize,
                                        &func,
                                        (arg0, arg1, arg2, arg3),
                                    )
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_double_floats);
                        linker
                            .func_wrap(
                                "double-floats",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0, arg1): (f32, f64),
                                | -> __rt::Result<((f32, f64),)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "double-floats", 2usize, &func, (arg0, arg1))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_next_char);
                        linker
                            .func_wrap(
                                "next-char",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (char,),
                                | -> __rt::Result<(char,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "next-char", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
                    {
                        let provider = ::std::sync::Arc::clone(&self.provider);
                        let func = ::std::sync::Arc::clone(&self.f_invert);
                        linker
                            .func_wrap(
                                "invert",
                                move |
                                    caller: __rt::StoreContextMut<'_, ::hub_runtime::HostState>,
                                    (arg0,): (bool,),
                                | -> __rt::Result<(bool,)> {
                                    let __p: &__rt::ProviderCall<'_> = &provider.call();
                                    let __cx: &::hub_runtime::HostState = caller.data();
                                    __p.forward::<
                                            EVENTS,
                                            _,
                                            _,
                                        >(__cx, "invert", 1usize, &func, (arg0,))
                                },
                            )?;
                    }
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
                    let _ = linker;
                    ::core::result::Result::Ok(())
                }
                __rt::if_async! {
                    fn define_async_one < const EVENTS : bool > (& self, linker : & mut
                    __rt::LinkerInstance < '_, ::hub_runtime::HostState >, function : &
                    str, as_name : & str,) -> __rt::Result < () > { match function {
                    "bump-unsigned" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self
                    .f_bump_unsigned); linker.func_wrap_concurrent(as_name, move |
                    accessor : & __rt::Accessor < ::hub_runtime::HostState >, (arg0,
                    arg1, arg2, arg3,) : (u8, u16, u32, u64,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < ((u8, u16, u32, u64,),) > = { __p.forward_concurrent::
                    < EVENTS, _, _ > (__cx, "bump-unsigned", 4usize, & func, (arg0, arg1,
                    arg2, arg3,)). await }; __result }) },) } "negate-signed" => { let
                    provider = ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_negate_signed); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1, arg2, arg3,) : (i8, i16,
                    i32, i64,) | { let provider = ::std::sync::Arc::clone(& provider);
                    let func = ::std::sync::Arc::clone(& func);
                    ::std::boxed::Box::pin(async move { let __cx = &
                    __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall
                    < '_ > = & provider.call(); let __result : __rt::Result < ((i8, i16,
                    i32, i64,),) > = { __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                    "negate-signed", 4usize, & func, (arg0, arg1, arg2, arg3,)). await };
                    __result }) },) } "double-floats" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_double_floats); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0, arg1,) : (f32, f64,) | { let
                    provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < ((f32, f64,),) > = { __p.forward_concurrent:: <
                    EVENTS, _, _ > (__cx, "double-floats", 2usize, & func, (arg0, arg1,))
                    . await }; __result }) },) } "next-char" => { let provider =
                    ::std::sync::Arc::clone(& self.provider); let func =
                    ::std::sync::Arc::clone(& self.f_next_char); linker
                    .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                    ::hub_runtime::HostState >, (arg0,) : (char,) | { let provider =
                    ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (char,) > = { __p.forward_concurrent:: < EVENTS, _, _
                    > (__cx, "next-char", 1usize, & func, (arg0,)). await }; __result })
                    },) } "invert" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_invert);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) : (bool,) | {
                    let provider = ::std::sync::Arc::clone(& provider); let func =
                    ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                    let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                    __rt::ProviderCall < '_ > = & provider.call(); let __result :
                    __rt::Result < (bool,) > = { __p.forward_concurrent:: < EVENTS, _, _
                    > (__cx, "invert", 1usize, & func, (arg0,)). await }; __result }) },)
                    } "shout" => { let provider = ::std::sync::Arc::clone(& self
                    .provider); let func = ::std::sync::Arc::clone(& self.f_shout);
                    linker.func_wrap_concurrent(as_name, move | accessor : &
                    __rt::Accessor < ::hub_runtime::HostState >, (arg0,) :
                    (::std::string::String,) | { let provider = ::std::sync::Arc::clone(&
                    provider); let func = ::std::sync::Arc::clone(& func);
                    ::std::boxed::Box::pin(async move { let __cx = &
                    __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall
                    < '_ > = & provider.call(); let __result : __rt::Result <
                    (::std::string::String,) > = { __p.forward_concurrent:: < EVENTS, _,
                    _ > (__cx, "shout", 1usize, & func, (arg0,)). await }; __result })
                    },) } _ => { let _ = (linker, as_name);
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
    &zoo::types::scalars::__Interface,
    &zoo::types::containers::__Interface,
    &zoo::types::handles::__Interface,
    &zoo::types::inspector::__Interface,
];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
