/// Generated forwarders of the `cases` namespace.
pub mod cases {
    /// Generated forwarders of the package `cases:streams`.
    pub mod streams {
        pub mod flows {
            //! Generated forwarders for `cases:streams/flows@0.1.0`.
            //!
            //! Only in hub-runtime's `async` build: it passes streams or futures.
            ::hub_runtime::__internal::if_async! {
                #[allow(unused_imports)] use ::hub_runtime::__internal as __rt; #[doc =
                r" The full interface name this module forwards."] pub const NAME : & str
                = "cases:streams/flows@0.1.0"; #[doc =
                r" Ownership table: the resources this interface defines (their provider holds them)."]
                pub const DEFINES : & [& str] = & ["token"]; #[doc =
                r" Ownership table: resources of other interfaces its values can hold. They pass"]
                #[doc =
                r" through, unless the provider defines them all (then it owns them too)."]
                pub const USES : & [& str] = & []; #[doc =
                " Host marker of the WIT resource `token`: handles to it cross the hub as `Resource<Token>`."]
                pub struct Token; #[doc = " WIT `point`."] #[derive(__rt::ComponentType,
                __rt::Lift, __rt::Lower, Clone, Debug, PartialEq)] #[component(record)]
                #[component(wasmtime_crate = ::hub_runtime::__internal::wasmtime)] pub
                struct Point { #[doc = " WIT field `x`."] #[component(name = "x")] pub x
                : i32, #[doc = " WIT field `y`."] #[component(name = "y")] pub y : i32, }
                #[doc = " WIT `labeled`."] #[derive(__rt::ComponentType, __rt::Lift,
                __rt::Lower, Debug)] #[component(record)] #[component(wasmtime_crate =
                ::hub_runtime::__internal::wasmtime)] pub struct Labeled { #[doc =
                " WIT field `label`."] #[component(name = "label")] pub label :
                ::std::string::String, #[doc = " WIT field `later`."] #[component(name =
                "later")] pub later : __rt::FutureReader <
                super::super::super::cases::streams::flows::Point >, } #[doc =
                " WIT `batch`."] #[derive(__rt::ComponentType, __rt::Lift, __rt::Lower,
                Debug)] #[component(record)] #[component(wasmtime_crate =
                ::hub_runtime::__internal::wasmtime)] pub struct Batch { #[doc =
                " WIT field `name`."] #[component(name = "name")] pub name :
                ::std::string::String, #[doc = " WIT field `parts`."] #[component(name =
                "parts")] pub parts : ::std::vec::Vec <
                super::super::super::cases::streams::flows::Labeled >, #[doc =
                " WIT field `extra`."] #[component(name = "extra")] pub extra :
                ::core::option::Option < __rt::StreamReader < u8 > >, } impl __rt::Weight
                for Point { fn weight(items : & [Self]) -> usize {
                ::core::mem::size_of_val(items) + items.iter().map(| item |
                __rt::heap_weight(& item.x) + __rt::heap_weight(& item.y)).sum:: < usize
                > () } } #[doc = " Whether a component's type is `point`'s shape."] fn
                __shape_of_point(ty : & __rt::types::Type) -> bool { match ty {
                __rt::types::Type::Record(of) => { let fields : ::std::vec::Vec < _ > =
                of.fields().collect(); fields.len() == 2usize && fields[0usize].name ==
                "x" && ::core::matches!(& fields[0usize].ty, __rt::types::Type::S32) &&
                fields[1usize].name == "y" && ::core::matches!(& fields[1usize].ty,
                __rt::types::Type::S32) } _ => false, } } impl __rt::WireValue for Point
                { fn encode(& self, out : & mut ::std::vec::Vec < u8 >) {
                __rt::WireValue::encode(& self.x, out); __rt::WireValue::encode(& self.y,
                out); } fn decode(input : & mut __rt::WireInput < '_ >,) ->
                ::core::result::Result < Self, __rt::WireValueError > {
                ::core::result::Result::Ok(Self { x : __rt::WireValue::decode(input) ?, y
                : __rt::WireValue::decode(input) ?, }) } } #[doc =
                r" Binds this interface of a loaded library to the generated forwarders."]
                pub struct __Interface; impl __rt::GeneratedInterface for __Interface {
                fn name(& self) -> & 'static str { NAME } fn functions(& self) -> &
                'static [& 'static str] { & ["[constructor]token", "[method]token.value",
                "maybe", "either", "pair", "many", "nested", "with-token", "plain-call"]
                } fn resources(& self) -> & 'static [__rt::GeneratedResource] { &
                [__rt::GeneratedResource { name : "token", codec : __rt::codec:: < Token
                > }] } fn uses(& self) -> & 'static [__rt::GeneratedUse] { & [] } fn
                items(& self) -> & 'static [__rt::GeneratedItem] { & [__rt::GeneratedItem
                { name : "cases:streams/flows@0.1.0#point", shape : __shape_of_point,
                carrier : __rt::item_carrier:: < Point > }] } fn wire(& self) -> &
                'static [__rt::WireFunction] { const WIRE : & [__rt::WireFunction] = &
                []; WIRE } fn bind(& self, binder : & mut __rt::TypedBinder < '_, '_ >,)
                -> ::core::result::Result < ::std::boxed::Box < dyn
                __rt::DefineForwarders >, ::hub_runtime::GeneratedMismatch > {
                bind(binder) } } #[doc =
                r" Resolves every function's `TypedFunc` in each instance, which type-checks it"]
                #[doc = r" against the component."] fn bind(binder : & mut
                __rt::TypedBinder < '_, '_ >,) -> ::core::result::Result <
                ::std::boxed::Box < dyn __rt::DefineForwarders >,
                ::hub_runtime::GeneratedMismatch > {
                ::core::result::Result::Ok(::std::boxed::Box::new(__Forwarders { provider
                : binder.provider(), f_constructor__token : binder
                .func("[constructor]token") ?, f_method__token__value : binder
                .func("[method]token.value") ?, f_maybe : binder.func("maybe") ?,
                f_either : binder.func("either") ?, f_pair : binder.func("pair") ?,
                f_many : binder.func("many") ?, f_nested : binder.func("nested") ?,
                f_with_token : binder.func("with-token") ?, f_plain_call : binder
                .func("plain-call") ?, })) } #[doc =
                r" Each function's `TypedFunc`s (one per instance), resolved and type-checked once"]
                #[doc = r" at load."] #[allow(non_snake_case)] struct __Forwarders {
                provider : ::std::sync::Arc < __rt::Provider >, f_constructor__token :
                __rt::InstanceFuncs < (u32,), (__rt::ResourceAny,) >,
                f_method__token__value : __rt::InstanceFuncs < (__rt::ResourceAny,),
                (u32,) >, f_maybe : __rt::InstanceFuncs < (::core::option::Option <
                __rt::StreamReader < u8 > >,), (::core::option::Option <
                __rt::FutureReader < ::std::string::String > >,) >, f_either :
                __rt::InstanceFuncs < (::core::result::Result < __rt::StreamReader < u32
                >, __rt::FutureReader < ::std::string::String > >,),
                (::core::result::Result < __rt::FutureReader < u32 >, __rt::StreamReader
                < ::std::string::String > >,) >, f_pair : __rt::InstanceFuncs <
                ((__rt::StreamReader < super::super::super::cases::streams::flows::Point
                >, u32,),), ((u32, __rt::StreamReader < (u8, ::std::string::String,)
                >,),) >, f_many : __rt::InstanceFuncs < (::std::vec::Vec <
                __rt::StreamReader < char > >,), (::std::vec::Vec < __rt::FutureReader <
                ::std::vec::Vec < u8 > > >,) >, f_nested : __rt::InstanceFuncs <
                (super::super::super::cases::streams::flows::Batch,),
                (super::super::super::cases::streams::flows::Batch,) >, f_with_token :
                __rt::InstanceFuncs < (__rt::ResourceAny, __rt::StreamReader < u64 >,),
                ((__rt::ResourceAny, __rt::FutureReader <
                super::super::super::cases::streams::flows::Point >,),) >, f_plain_call :
                __rt::InstanceFuncs < (__rt::StreamReader < f64 >,), (__rt::StreamReader
                < __rt::StreamReader < bool > >,) >, } impl __Forwarders { fn define_all
                < const EVENTS : bool > (& self, linker : & mut __rt::LinkerInstance <
                '_, ::hub_runtime::HostState >,) -> __rt::Result < () > { { let provider
                = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_constructor__token); linker
                .func_wrap("[constructor]token", move | caller : __rt::StoreContextMut <
                '_, ::hub_runtime::HostState >, (arg0,) : (u32,) | -> __rt::Result <
                (__rt::Resource < super::super::super::cases::streams::flows::Token >,) >
                { let __p : & __rt::ProviderCall < '_ > = & provider.call(); let __cx : &
                ::hub_runtime::HostState = caller.data(); let (result0,) = __p.forward::
                < EVENTS, _, _ > (__cx, "[constructor]token", 1usize, & func, (arg0,)) ?;
                ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx) ?,))
                },) ?; } { let provider = ::std::sync::Arc::clone(& self.provider); let
                func = ::std::sync::Arc::clone(& self.f_method__token__value); linker
                .func_wrap("[method]token.value", move | caller : __rt::StoreContextMut <
                '_, ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                super::super::super::cases::streams::flows::Token >,) | -> __rt::Result <
                (u32,) > { let __p : & __rt::ProviderCall < '_ > = & provider.call(); let
                __cx : & ::hub_runtime::HostState = caller.data(); __p.forward:: <
                EVENTS, _, _ > (__cx, "[method]token.value", 1usize, & func, (__p
                .handle_in(arg0, 0usize) ?,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_maybe); linker.func_wrap("maybe", move |
                mut caller : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (arg0,) : (::core::option::Option < __rt::StreamReader < u8 > >,) | ->
                __rt::Result < (::core::option::Option < __rt::FutureReader <
                ::std::string::String > >,) > { let __p : & __rt::ProviderCall < '_ > = &
                provider.call(); #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); let (arg0,) = (arg0,); let
                __params = { let mut __s = __rt::AsContextMut::as_context_mut(& mut
                caller); (match arg0 { ::core::option::Option::Some(__v0) =>
                ::core::option::Option::Some(__rt::stream_leaves(& mut __s, __v0,
                __rt::plain_items:: < u8 > ()) ?), ::core::option::Option::None =>
                ::core::option::Option::None },) }; let __answer = {
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); __p.forward_crossing:: < EVENTS, _, _, _ > (__cx, "maybe",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (::core::option::Option <
                __rt::StreamReader < u8 > >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((match arg0 {
                ::core::option::Option::Some(__v1) =>
                ::core::option::Option::Some(__rt::stream_enters(& mut __s, __v1) ?),
                ::core::option::Option::None => ::core::option::Option::None },)) }, |
                mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (::core::option::Option < __rt::FutureReader <
                ::std::string::String > >,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok((match result0 {
                ::core::option::Option::Some(__v2) =>
                ::core::option::Option::Some(__rt::future_leaves(& mut __s, __v2,
                __rt::plain_items:: < ::std::string::String > ()) ?),
                ::core::option::Option::None => ::core::option::Option::None },)) }) ? };
                let (result0,) = { let mut __s = __rt::AsContextMut::as_context_mut(& mut
                caller); { let (result0,) = __answer; (match result0 {
                ::core::option::Option::Some(__v3) =>
                ::core::option::Option::Some(__rt::future_enters(& mut __s, __v3) ?),
                ::core::option::Option::None => ::core::option::Option::None },) } };
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_either); linker.func_wrap("either", move
                | mut caller : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (arg0,) : (::core::result::Result < __rt::StreamReader < u32 >,
                __rt::FutureReader < ::std::string::String > >,) | -> __rt::Result <
                (::core::result::Result < __rt::FutureReader < u32 >, __rt::StreamReader
                < ::std::string::String > >,) > { let __p : & __rt::ProviderCall < '_ > =
                & provider.call(); #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); let (arg0,) = (arg0,); let
                __params = { let mut __s = __rt::AsContextMut::as_context_mut(& mut
                caller); (match arg0 { ::core::result::Result::Ok(__v0) =>
                ::core::result::Result::Ok(__rt::stream_leaves(& mut __s, __v0,
                __rt::plain_items:: < u32 > ()) ?), ::core::result::Result::Err(__v0) =>
                ::core::result::Result::Err(__rt::future_leaves(& mut __s, __v0,
                __rt::plain_items:: < ::std::string::String > ()) ?) },) }; let __answer
                = { #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState =
                caller.data(); __p.forward_crossing:: < EVENTS, _, _, _ > (__cx,
                "either", 1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (::core::result::Result <
                __rt::StreamReader < u32 >, __rt::FutureReader < ::std::string::String >
                >,) > { let (arg0,) = __params; ::core::result::Result::Ok((match arg0 {
                ::core::result::Result::Ok(__v1) =>
                ::core::result::Result::Ok(__rt::stream_enters(& mut __s, __v1) ?),
                ::core::result::Result::Err(__v1) =>
                ::core::result::Result::Err(__rt::future_enters(& mut __s, __v1) ?) },))
                }, | mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (::core::result::Result < __rt::FutureReader < u32 >,
                __rt::StreamReader < ::std::string::String > >,) | -> __rt::Result < _ >
                { ::core::result::Result::Ok((match result0 {
                ::core::result::Result::Ok(__v2) =>
                ::core::result::Result::Ok(__rt::future_leaves(& mut __s, __v2,
                __rt::plain_items:: < u32 > ()) ?), ::core::result::Result::Err(__v2) =>
                ::core::result::Result::Err(__rt::stream_leaves(& mut __s, __v2,
                __rt::plain_items:: < ::std::string::String > ()) ?) },)) }) ? }; let
                (result0,) = { let mut __s = __rt::AsContextMut::as_context_mut(& mut
                caller); { let (result0,) = __answer; (match result0 {
                ::core::result::Result::Ok(__v3) =>
                ::core::result::Result::Ok(__rt::future_enters(& mut __s, __v3) ?),
                ::core::result::Result::Err(__v3) =>
                ::core::result::Result::Err(__rt::stream_enters(& mut __s, __v3) ?) },) }
                }; #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState =
                caller.data(); ::core::result::Result::Ok((result0,)) },) ?; } { let
                provider = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_pair); linker.func_wrap("pair", move |
                mut caller : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (arg0,) : ((__rt::StreamReader <
                super::super::super::cases::streams::flows::Point >, u32,),) | ->
                __rt::Result < ((u32, __rt::StreamReader < (u8, ::std::string::String,)
                >,),) > { let __p : & __rt::ProviderCall < '_ > = & provider.call();
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); let (arg0,) = (arg0,); let __params = { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut caller); ({ let (__t0, __t1,) =
                arg0; (__rt::stream_leaves(& mut __s, __t0, __rt::plain_items:: <
                super::super::super::cases::streams::flows::Point > ()) ?, __t1,) },) };
                let __answer = { #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); __p.forward_crossing:: <
                EVENTS, _, _, _ > (__cx, "pair", 1usize, & func, move | mut __s :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState > | -> __rt::Result
                < ((__rt::StreamReader <
                super::super::super::cases::streams::flows::Point >, u32,),) > { let
                (arg0,) = __params; ::core::result::Result::Ok(({ let (__t2, __t3,) =
                arg0; (__rt::stream_enters(& mut __s, __t2) ?, __t3,) },)) }, | mut __s :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState >, (result0,) :
                ((u32, __rt::StreamReader < (u8, ::std::string::String,) >,),) | ->
                __rt::Result < _ > { ::core::result::Result::Ok(({ let (__t4, __t5,) =
                result0; (__t4, __rt::stream_leaves(& mut __s, __t5, __rt::plain_items::
                < (u8, ::std::string::String,) > ()) ?,) },)) }) ? }; let (result0,) = {
                let mut __s = __rt::AsContextMut::as_context_mut(& mut caller); { let
                (result0,) = __answer; ({ let (__t6, __t7,) = result0; (__t6,
                __rt::stream_enters(& mut __s, __t7) ?,) },) } };
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_many); linker.func_wrap("many", move |
                mut caller : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (arg0,) : (::std::vec::Vec < __rt::StreamReader < char > >,) | ->
                __rt::Result < (::std::vec::Vec < __rt::FutureReader < ::std::vec::Vec <
                u8 > > >,) > { let __p : & __rt::ProviderCall < '_ > = & provider.call();
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); let (arg0,) = (arg0,); let __params = { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut caller); ({ let __items0 = arg0;
                let mut __out1 = ::std::vec::Vec::with_capacity(__items0.len()); for __v2
                in __items0 { __out1.push(__rt::stream_leaves(& mut __s, __v2,
                __rt::plain_items:: < char > ()) ?); } __out1 },) }; let __answer = {
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); __p.forward_crossing:: < EVENTS, _, _, _ > (__cx, "many",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (::std::vec::Vec <
                __rt::StreamReader < char > >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok(({ let __items3 = arg0; let mut __out4 =
                ::std::vec::Vec::with_capacity(__items3.len()); for __v5 in __items3 {
                __out4.push(__rt::stream_enters(& mut __s, __v5) ?); } __out4 },)) }, |
                mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (::std::vec::Vec < __rt::FutureReader < ::std::vec::Vec < u8
                > > >,) | -> __rt::Result < _ > { ::core::result::Result::Ok(({ let
                __items6 = result0; let mut __out7 =
                ::std::vec::Vec::with_capacity(__items6.len()); for __v8 in __items6 {
                __out7.push(__rt::future_leaves(& mut __s, __v8, __rt::plain_items:: <
                ::std::vec::Vec < u8 > > ()) ?); } __out7 },)) }) ? }; let (result0,) = {
                let mut __s = __rt::AsContextMut::as_context_mut(& mut caller); { let
                (result0,) = __answer; ({ let __items9 = result0; let mut __out10 =
                ::std::vec::Vec::with_capacity(__items9.len()); for __v11 in __items9 {
                __out10.push(__rt::future_enters(& mut __s, __v11) ?); } __out10 },) } };
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_nested); linker.func_wrap("nested", move
                | mut caller : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (arg0,) : (super::super::super::cases::streams::flows::Batch,) | ->
                __rt::Result < (super::super::super::cases::streams::flows::Batch,) > {
                let __p : & __rt::ProviderCall < '_ > = & provider.call();
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); let (arg0,) = (arg0,); let __params = { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut caller); ({ let
                super::super::super::cases::streams::flows::Batch { name : __f0, parts :
                __f1, extra : __f2 } = arg0; (__f0, { let __items3 = __f1; let mut __out4
                = ::std::vec::Vec::with_capacity(__items3.len()); for __v5 in __items3 {
                __out4.push({ let super::super::super::cases::streams::flows::Labeled {
                label : __f6, later : __f7 } = __v5; (__f6, __rt::future_leaves(& mut
                __s, __f7, __rt::plain_items:: <
                super::super::super::cases::streams::flows::Point > ()) ?,) }); } __out4
                }, match __f2 { ::core::option::Option::Some(__v8) =>
                ::core::option::Option::Some(__rt::stream_leaves(& mut __s, __v8,
                __rt::plain_items:: < u8 > ()) ?), ::core::option::Option::None =>
                ::core::option::Option::None },) },) }; let __answer = {
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); __p.forward_crossing:: < EVENTS, _, _, _ > (__cx, "nested",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result <
                (super::super::super::cases::streams::flows::Batch,) > { let (arg0,) =
                __params; ::core::result::Result::Ok(({ let (__f9, __f10, __f11,) = arg0;
                super::super::super::cases::streams::flows::Batch { name : __f9, parts :
                { let __items12 = __f10; let mut __out13 =
                ::std::vec::Vec::with_capacity(__items12.len()); for __v14 in __items12 {
                __out13.push({ let (__f15, __f16,) = __v14;
                super::super::super::cases::streams::flows::Labeled { label : __f15,
                later : __rt::future_enters(& mut __s, __f16) ? } }); } __out13 }, extra
                : match __f11 { ::core::option::Option::Some(__v17) =>
                ::core::option::Option::Some(__rt::stream_enters(& mut __s, __v17) ?),
                ::core::option::Option::None => ::core::option::Option::None } } },)) },
                | mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (super::super::super::cases::streams::flows::Batch,) | ->
                __rt::Result < _ > { ::core::result::Result::Ok(({ let
                super::super::super::cases::streams::flows::Batch { name : __f18, parts :
                __f19, extra : __f20 } = result0; (__f18, { let __items21 = __f19; let
                mut __out22 = ::std::vec::Vec::with_capacity(__items21.len()); for __v23
                in __items21 { __out22.push({ let
                super::super::super::cases::streams::flows::Labeled { label : __f24,
                later : __f25 } = __v23; (__f24, __rt::future_leaves(& mut __s, __f25,
                __rt::plain_items:: < super::super::super::cases::streams::flows::Point >
                ()) ?,) }); } __out22 }, match __f20 {
                ::core::option::Option::Some(__v26) =>
                ::core::option::Option::Some(__rt::stream_leaves(& mut __s, __v26,
                __rt::plain_items:: < u8 > ()) ?), ::core::option::Option::None =>
                ::core::option::Option::None },) },)) }) ? }; let (result0,) = { let mut
                __s = __rt::AsContextMut::as_context_mut(& mut caller); { let (result0,)
                = __answer; ({ let (__f27, __f28, __f29,) = result0;
                super::super::super::cases::streams::flows::Batch { name : __f27, parts :
                { let __items30 = __f28; let mut __out31 =
                ::std::vec::Vec::with_capacity(__items30.len()); for __v32 in __items30 {
                __out31.push({ let (__f33, __f34,) = __v32;
                super::super::super::cases::streams::flows::Labeled { label : __f33,
                later : __rt::future_enters(& mut __s, __f34) ? } }); } __out31 }, extra
                : match __f29 { ::core::option::Option::Some(__v35) =>
                ::core::option::Option::Some(__rt::stream_enters(& mut __s, __v35) ?),
                ::core::option::Option::None => ::core::option::Option::None } } },) } };
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); ::core::result::Result::Ok((result0,)) },) ?; } { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_with_token); linker
                .func_wrap("with-token", move | mut caller : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState >, (arg0, arg1,) : (__rt::Resource <
                super::super::super::cases::streams::flows::Token >, __rt::StreamReader <
                u64 >,) | -> __rt::Result < ((__rt::Resource <
                super::super::super::cases::streams::flows::Token >, __rt::FutureReader <
                super::super::super::cases::streams::flows::Point >,),) > { let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); #[allow(unused_variables)]
                let __cx : & ::hub_runtime::HostState = caller.data(); let (arg0, arg1,)
                = (__p.handle_in(arg0, 0usize) ?, arg1,); let __params = { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut caller); (arg0,
                __rt::stream_leaves(& mut __s, arg1, __rt::plain_items:: < u64 > ()) ?,)
                }; let __answer = { #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); __p.forward_crossing:: <
                EVENTS, _, _, _ > (__cx, "with-token", 2usize, & func, move | mut __s :
                __rt::StoreContextMut < '_, ::hub_runtime::HostState > | -> __rt::Result
                < (__rt::ResourceAny, __rt::StreamReader < u64 >,) > { let (arg0, arg1,)
                = __params; ::core::result::Result::Ok((arg0, __rt::stream_enters(& mut
                __s, arg1) ?,)) }, | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState >, (result0,) : ((__rt::ResourceAny,
                __rt::FutureReader < super::super::super::cases::streams::flows::Point
                >,),) | -> __rt::Result < _ > { ::core::result::Result::Ok(({ let (__t0,
                __t1,) = result0; (__t0, __rt::future_leaves(& mut __s, __t1,
                __rt::plain_items:: < super::super::super::cases::streams::flows::Point >
                ()) ?,) },)) }) ? }; let (result0,) = { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut caller); { let (result0,) =
                __answer; ({ let (__t2, __t3,) = result0; (__t2, __rt::future_enters(&
                mut __s, __t3) ?,) },) } }; #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data(); ::core::result::Result::Ok(({
                let (__t0, __t1,) = result0; (__p.handle_out(__t0, 0usize, __cx) ?,
                __t1,) },)) },) ?; } { let provider = ::std::sync::Arc::clone(& self
                .provider); let func = ::std::sync::Arc::clone(& self.f_plain_call);
                linker.func_wrap("plain-call", move | mut caller : __rt::StoreContextMut
                < '_, ::hub_runtime::HostState >, (arg0,) : (__rt::StreamReader < f64 >,)
                | -> __rt::Result < (__rt::StreamReader < __rt::StreamReader < bool > >,)
                > { let __p : & __rt::ProviderCall < '_ > = & provider.call();
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); let (arg0,) = (arg0,); let __params = { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut caller); (__rt::stream_leaves(&
                mut __s, arg0, __rt::plain_items:: < f64 > ()) ?,) }; let __answer = {
                #[allow(unused_variables)] let __cx : & ::hub_runtime::HostState = caller
                .data(); __p.forward_crossing:: < EVENTS, _, _, _ > (__cx, "plain-call",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (__rt::StreamReader < f64
                >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,)) },
                | mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (__rt::StreamReader < __rt::StreamReader < bool > >,) | ->
                __rt::Result < _ > { ::core::result::Result::Ok((__rt::stream_leaves(&
                mut __s, result0, __rt::stream_items:: < bool > ()) ?,)) }) ? }; let
                (result0,) = { let mut __s = __rt::AsContextMut::as_context_mut(& mut
                caller); { let (result0,) = __answer; (__rt::stream_enters(& mut __s,
                result0) ?,) } }; #[allow(unused_variables)] let __cx : &
                ::hub_runtime::HostState = caller.data();
                ::core::result::Result::Ok((result0,)) },) ?; } let _ = linker;
                ::core::result::Result::Ok(()) } __rt::if_async! { fn define_async_one <
                const EVENTS : bool > (& self, linker : & mut __rt::LinkerInstance < '_,
                ::hub_runtime::HostState >, function : & str, as_name : & str,) ->
                __rt::Result < () > { match function { "[constructor]token" => { let
                provider = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_constructor__token); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (u32,) | { let provider =
                ::std::sync::Arc::clone(& provider); let func = ::std::sync::Arc::clone(&
                func); ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (__rt::Resource <
                super::super::super::cases::streams::flows::Token >,) > = { let
                (result0,) = __p.forward_concurrent:: < EVENTS, _, _ > (__cx,
                "[constructor]token", 1usize, & func, (arg0,)). await ?;
                ::core::result::Result::Ok((__p.handle_out(result0, 0usize, __cx) ?,)) };
                __result }) },) } "[method]token.value" => { let provider =
                ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_method__token__value); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (__rt::Resource <
                super::super::super::cases::streams::flows::Token >,) | { let provider =
                ::std::sync::Arc::clone(& provider); let func = ::std::sync::Arc::clone(&
                func); ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (u32,) > = { __p
                .forward_concurrent:: < EVENTS, _, _ > (__cx, "[method]token.value",
                1usize, & func, (__p.handle_in(arg0, 0usize) ?,)). await }; __result })
                },) } "maybe" => { let provider = ::std::sync::Arc::clone(& self
                .provider); let func = ::std::sync::Arc::clone(& self.f_maybe); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (::core::option::Option <
                __rt::StreamReader < u8 > >,) | { let provider =
                ::std::sync::Arc::clone(& provider); let func = ::std::sync::Arc::clone(&
                func); ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result <
                (::core::option::Option < __rt::FutureReader < ::std::string::String >
                >,) > = { let (arg0,) = (arg0,); let __params = accessor.with(| mut __a |
                -> __rt::Result < _ > { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok((match arg0 {
                ::core::option::Option::Some(__v4) =>
                ::core::option::Option::Some(__rt::stream_leaves(& mut __s, __v4,
                __rt::plain_items:: < u8 > ()) ?), ::core::option::Option::None =>
                ::core::option::Option::None },)) }) ?; let __answer = { __p
                .forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx, "maybe",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (::core::option::Option <
                __rt::StreamReader < u8 > >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((match arg0 {
                ::core::option::Option::Some(__v5) =>
                ::core::option::Option::Some(__rt::stream_enters(& mut __s, __v5) ?),
                ::core::option::Option::None => ::core::option::Option::None },)) }, |
                mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (::core::option::Option < __rt::FutureReader <
                ::std::string::String > >,) | -> __rt::Result < _ > {
                ::core::result::Result::Ok((match result0 {
                ::core::option::Option::Some(__v6) =>
                ::core::option::Option::Some(__rt::future_leaves(& mut __s, __v6,
                __rt::plain_items:: < ::std::string::String > ()) ?),
                ::core::option::Option::None => ::core::option::Option::None },)) }).
                await ? }; let (result0,) = accessor.with(| mut __a | -> __rt::Result < _
                > { let mut __s = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer; (match result0 {
                ::core::option::Option::Some(__v7) =>
                ::core::option::Option::Some(__rt::future_enters(& mut __s, __v7) ?),
                ::core::option::Option::None => ::core::option::Option::None },) }) }) ?;
                ::core::result::Result::Ok((result0,)) }; __result }) },) } "either" => {
                let provider = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_either); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (::core::result::Result <
                __rt::StreamReader < u32 >, __rt::FutureReader < ::std::string::String >
                >,) | { let provider = ::std::sync::Arc::clone(& provider); let func =
                ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move { let
                __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); let __result :
                __rt::Result < (::core::result::Result < __rt::FutureReader < u32 >,
                __rt::StreamReader < ::std::string::String > >,) > = { let (arg0,) =
                (arg0,); let __params = accessor.with(| mut __a | -> __rt::Result < _ > {
                let mut __s = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok((match arg0 { ::core::result::Result::Ok(__v4)
                => ::core::result::Result::Ok(__rt::stream_leaves(& mut __s, __v4,
                __rt::plain_items:: < u32 > ()) ?), ::core::result::Result::Err(__v4) =>
                ::core::result::Result::Err(__rt::future_leaves(& mut __s, __v4,
                __rt::plain_items:: < ::std::string::String > ()) ?) },)) }) ?; let
                __answer = { __p.forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx,
                "either", 1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (::core::result::Result <
                __rt::StreamReader < u32 >, __rt::FutureReader < ::std::string::String >
                >,) > { let (arg0,) = __params; ::core::result::Result::Ok((match arg0 {
                ::core::result::Result::Ok(__v5) =>
                ::core::result::Result::Ok(__rt::stream_enters(& mut __s, __v5) ?),
                ::core::result::Result::Err(__v5) =>
                ::core::result::Result::Err(__rt::future_enters(& mut __s, __v5) ?) },))
                }, | mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (::core::result::Result < __rt::FutureReader < u32 >,
                __rt::StreamReader < ::std::string::String > >,) | -> __rt::Result < _ >
                { ::core::result::Result::Ok((match result0 {
                ::core::result::Result::Ok(__v6) =>
                ::core::result::Result::Ok(__rt::future_leaves(& mut __s, __v6,
                __rt::plain_items:: < u32 > ()) ?), ::core::result::Result::Err(__v6) =>
                ::core::result::Result::Err(__rt::stream_leaves(& mut __s, __v6,
                __rt::plain_items:: < ::std::string::String > ()) ?) },)) }). await ? };
                let (result0,) = accessor.with(| mut __a | -> __rt::Result < _ > { let
                mut __s = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer; (match result0 {
                ::core::result::Result::Ok(__v7) =>
                ::core::result::Result::Ok(__rt::future_enters(& mut __s, __v7) ?),
                ::core::result::Result::Err(__v7) =>
                ::core::result::Result::Err(__rt::stream_enters(& mut __s, __v7) ?) },)
                }) }) ?; ::core::result::Result::Ok((result0,)) }; __result }) },) }
                "pair" => { let provider = ::std::sync::Arc::clone(& self.provider); let
                func = ::std::sync::Arc::clone(& self.f_pair); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : ((__rt::StreamReader <
                super::super::super::cases::streams::flows::Point >, u32,),) | { let
                provider = ::std::sync::Arc::clone(& provider); let func =
                ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move { let
                __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); let __result :
                __rt::Result < ((u32, __rt::StreamReader < (u8, ::std::string::String,)
                >,),) > = { let (arg0,) = (arg0,); let __params = accessor.with(| mut __a
                | -> __rt::Result < _ > { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok(({ let (__t8, __t9,) = arg0;
                (__rt::stream_leaves(& mut __s, __t8, __rt::plain_items:: <
                super::super::super::cases::streams::flows::Point > ()) ?, __t9,) },)) })
                ?; let __answer = { __p.forward_crossing_concurrent:: < EVENTS, _, _, _ >
                (__cx, "pair", 1usize, & func, move | mut __s : __rt::StoreContextMut <
                '_, ::hub_runtime::HostState > | -> __rt::Result < ((__rt::StreamReader <
                super::super::super::cases::streams::flows::Point >, u32,),) > { let
                (arg0,) = __params; ::core::result::Result::Ok(({ let (__t10, __t11,) =
                arg0; (__rt::stream_enters(& mut __s, __t10) ?, __t11,) },)) }, | mut __s
                : __rt::StoreContextMut < '_, ::hub_runtime::HostState >, (result0,) :
                ((u32, __rt::StreamReader < (u8, ::std::string::String,) >,),) | ->
                __rt::Result < _ > { ::core::result::Result::Ok(({ let (__t12, __t13,) =
                result0; (__t12, __rt::stream_leaves(& mut __s, __t13,
                __rt::plain_items:: < (u8, ::std::string::String,) > ()) ?,) },)) }).
                await ? }; let (result0,) = accessor.with(| mut __a | -> __rt::Result < _
                > { let mut __s = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer; ({ let (__t14,
                __t15,) = result0; (__t14, __rt::stream_enters(& mut __s, __t15) ?,) },)
                }) }) ?; ::core::result::Result::Ok((result0,)) }; __result }) },) }
                "many" => { let provider = ::std::sync::Arc::clone(& self.provider); let
                func = ::std::sync::Arc::clone(& self.f_many); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (::std::vec::Vec <
                __rt::StreamReader < char > >,) | { let provider =
                ::std::sync::Arc::clone(& provider); let func = ::std::sync::Arc::clone(&
                func); ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result < (::std::vec::Vec <
                __rt::FutureReader < ::std::vec::Vec < u8 > > >,) > = { let (arg0,) =
                (arg0,); let __params = accessor.with(| mut __a | -> __rt::Result < _ > {
                let mut __s = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok(({ let __items12 = arg0; let mut __out13 =
                ::std::vec::Vec::with_capacity(__items12.len()); for __v14 in __items12 {
                __out13.push(__rt::stream_leaves(& mut __s, __v14, __rt::plain_items:: <
                char > ()) ?); } __out13 },)) }) ?; let __answer = { __p
                .forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx, "many", 1usize,
                & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (::std::vec::Vec <
                __rt::StreamReader < char > >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok(({ let __items15 = arg0; let mut __out16 =
                ::std::vec::Vec::with_capacity(__items15.len()); for __v17 in __items15 {
                __out16.push(__rt::stream_enters(& mut __s, __v17) ?); } __out16 },)) },
                | mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (::std::vec::Vec < __rt::FutureReader < ::std::vec::Vec < u8
                > > >,) | -> __rt::Result < _ > { ::core::result::Result::Ok(({ let
                __items18 = result0; let mut __out19 =
                ::std::vec::Vec::with_capacity(__items18.len()); for __v20 in __items18 {
                __out19.push(__rt::future_leaves(& mut __s, __v20, __rt::plain_items:: <
                ::std::vec::Vec < u8 > > ()) ?); } __out19 },)) }). await ? }; let
                (result0,) = accessor.with(| mut __a | -> __rt::Result < _ > { let mut
                __s = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer; ({ let __items21
                = result0; let mut __out22 = ::std::vec::Vec::with_capacity(__items21
                .len()); for __v23 in __items21 { __out22.push(__rt::future_enters(& mut
                __s, __v23) ?); } __out22 },) }) }) ?;
                ::core::result::Result::Ok((result0,)) }; __result }) },) } "nested" => {
                let provider = ::std::sync::Arc::clone(& self.provider); let func =
                ::std::sync::Arc::clone(& self.f_nested); linker
                .func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) :
                (super::super::super::cases::streams::flows::Batch,) | { let provider =
                ::std::sync::Arc::clone(& provider); let func = ::std::sync::Arc::clone(&
                func); ::std::boxed::Box::pin(async move { let __cx = &
                __rt::ConcurrentCaller::of(accessor); let __p : & __rt::ProviderCall < '_
                > = & provider.call(); let __result : __rt::Result <
                (super::super::super::cases::streams::flows::Batch,) > = { let (arg0,) =
                (arg0,); let __params = accessor.with(| mut __a | -> __rt::Result < _ > {
                let mut __s = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok(({ let
                super::super::super::cases::streams::flows::Batch { name : __f36, parts :
                __f37, extra : __f38 } = arg0; (__f36, { let __items39 = __f37; let mut
                __out40 = ::std::vec::Vec::with_capacity(__items39.len()); for __v41 in
                __items39 { __out40.push({ let
                super::super::super::cases::streams::flows::Labeled { label : __f42,
                later : __f43 } = __v41; (__f42, __rt::future_leaves(& mut __s, __f43,
                __rt::plain_items:: < super::super::super::cases::streams::flows::Point >
                ()) ?,) }); } __out40 }, match __f38 {
                ::core::option::Option::Some(__v44) =>
                ::core::option::Option::Some(__rt::stream_leaves(& mut __s, __v44,
                __rt::plain_items:: < u8 > ()) ?), ::core::option::Option::None =>
                ::core::option::Option::None },) },)) }) ?; let __answer = { __p
                .forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx, "nested",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result <
                (super::super::super::cases::streams::flows::Batch,) > { let (arg0,) =
                __params; ::core::result::Result::Ok(({ let (__f45, __f46, __f47,) =
                arg0; super::super::super::cases::streams::flows::Batch { name : __f45,
                parts : { let __items48 = __f46; let mut __out49 =
                ::std::vec::Vec::with_capacity(__items48.len()); for __v50 in __items48 {
                __out49.push({ let (__f51, __f52,) = __v50;
                super::super::super::cases::streams::flows::Labeled { label : __f51,
                later : __rt::future_enters(& mut __s, __f52) ? } }); } __out49 }, extra
                : match __f47 { ::core::option::Option::Some(__v53) =>
                ::core::option::Option::Some(__rt::stream_enters(& mut __s, __v53) ?),
                ::core::option::Option::None => ::core::option::Option::None } } },)) },
                | mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (super::super::super::cases::streams::flows::Batch,) | ->
                __rt::Result < _ > { ::core::result::Result::Ok(({ let
                super::super::super::cases::streams::flows::Batch { name : __f54, parts :
                __f55, extra : __f56 } = result0; (__f54, { let __items57 = __f55; let
                mut __out58 = ::std::vec::Vec::with_capacity(__items57.len()); for __v59
                in __items57 { __out58.push({ let
                super::super::super::cases::streams::flows::Labeled { label : __f60,
                later : __f61 } = __v59; (__f60, __rt::future_leaves(& mut __s, __f61,
                __rt::plain_items:: < super::super::super::cases::streams::flows::Point >
                ()) ?,) }); } __out58 }, match __f56 {
                ::core::option::Option::Some(__v62) =>
                ::core::option::Option::Some(__rt::stream_leaves(& mut __s, __v62,
                __rt::plain_items:: < u8 > ()) ?), ::core::option::Option::None =>
                ::core::option::Option::None },) },)) }). await ? }; let (result0,) =
                accessor.with(| mut __a | -> __rt::Result < _ > { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer; ({ let (__f63,
                __f64, __f65,) = result0;
                super::super::super::cases::streams::flows::Batch { name : __f63, parts :
                { let __items66 = __f64; let mut __out67 =
                ::std::vec::Vec::with_capacity(__items66.len()); for __v68 in __items66 {
                __out67.push({ let (__f69, __f70,) = __v68;
                super::super::super::cases::streams::flows::Labeled { label : __f69,
                later : __rt::future_enters(& mut __s, __f70) ? } }); } __out67 }, extra
                : match __f65 { ::core::option::Option::Some(__v71) =>
                ::core::option::Option::Some(__rt::stream_enters(& mut __s, __v71) ?),
                ::core::option::Option::None => ::core::option::Option::None } } },) })
                }) ?; ::core::result::Result::Ok((result0,)) }; __result }) },) }
                "with-token" => { let provider = ::std::sync::Arc::clone(& self
                .provider); let func = ::std::sync::Arc::clone(& self.f_with_token);
                linker.func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0, arg1,) : (__rt::Resource <
                super::super::super::cases::streams::flows::Token >, __rt::StreamReader <
                u64 >,) | { let provider = ::std::sync::Arc::clone(& provider); let func
                = ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move {
                let __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); let __result :
                __rt::Result < ((__rt::Resource <
                super::super::super::cases::streams::flows::Token >, __rt::FutureReader <
                super::super::super::cases::streams::flows::Point >,),) > = { let (arg0,
                arg1,) = (__p.handle_in(arg0, 0usize) ?, arg1,); let __params = accessor
                .with(| mut __a | -> __rt::Result < _ > { let mut __s =
                __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok((arg0, __rt::stream_leaves(& mut __s, arg1,
                __rt::plain_items:: < u64 > ()) ?,)) }) ?; let __answer = { __p
                .forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx, "with-token",
                2usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (__rt::ResourceAny,
                __rt::StreamReader < u64 >,) > { let (arg0, arg1,) = __params;
                ::core::result::Result::Ok((arg0, __rt::stream_enters(& mut __s, arg1)
                ?,)) }, | mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState
                >, (result0,) : ((__rt::ResourceAny, __rt::FutureReader <
                super::super::super::cases::streams::flows::Point >,),) | -> __rt::Result
                < _ > { ::core::result::Result::Ok(({ let (__t4, __t5,) = result0; (__t4,
                __rt::future_leaves(& mut __s, __t5, __rt::plain_items:: <
                super::super::super::cases::streams::flows::Point > ()) ?,) },)) }).
                await ? }; let (result0,) = accessor.with(| mut __a | -> __rt::Result < _
                > { let mut __s = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer; ({ let (__t6,
                __t7,) = result0; (__t6, __rt::future_enters(& mut __s, __t7) ?,) },) })
                }) ?; ::core::result::Result::Ok(({ let (__t2, __t3,) = result0; (__p
                .handle_out(__t2, 0usize, __cx) ?, __t3,) },)) }; __result }) },) }
                "plain-call" => { let provider = ::std::sync::Arc::clone(& self
                .provider); let func = ::std::sync::Arc::clone(& self.f_plain_call);
                linker.func_wrap_concurrent(as_name, move | accessor : & __rt::Accessor <
                ::hub_runtime::HostState >, (arg0,) : (__rt::StreamReader < f64 >,) | {
                let provider = ::std::sync::Arc::clone(& provider); let func =
                ::std::sync::Arc::clone(& func); ::std::boxed::Box::pin(async move { let
                __cx = & __rt::ConcurrentCaller::of(accessor); let __p : &
                __rt::ProviderCall < '_ > = & provider.call(); let __result :
                __rt::Result < (__rt::StreamReader < __rt::StreamReader < bool > >,) > =
                { let (arg0,) = (arg0,); let __params = accessor.with(| mut __a | ->
                __rt::Result < _ > { let mut __s = __rt::AsContextMut::as_context_mut(&
                mut __a); ::core::result::Result::Ok((__rt::stream_leaves(& mut __s,
                arg0, __rt::plain_items:: < f64 > ()) ?,)) }) ?; let __answer = { __p
                .forward_crossing_concurrent:: < EVENTS, _, _, _ > (__cx, "plain-call",
                1usize, & func, move | mut __s : __rt::StoreContextMut < '_,
                ::hub_runtime::HostState > | -> __rt::Result < (__rt::StreamReader < f64
                >,) > { let (arg0,) = __params;
                ::core::result::Result::Ok((__rt::stream_enters(& mut __s, arg0) ?,)) },
                | mut __s : __rt::StoreContextMut < '_, ::hub_runtime::HostState >,
                (result0,) : (__rt::StreamReader < __rt::StreamReader < bool > >,) | ->
                __rt::Result < _ > { ::core::result::Result::Ok((__rt::stream_leaves(&
                mut __s, result0, __rt::stream_items:: < bool > ()) ?,)) }). await ? };
                let (result0,) = accessor.with(| mut __a | -> __rt::Result < _ > { let
                mut __s = __rt::AsContextMut::as_context_mut(& mut __a);
                ::core::result::Result::Ok({ let (result0,) = __answer;
                (__rt::stream_enters(& mut __s, result0) ?,) }) }) ?;
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
    cases::streams::flows::__Interface]; #[doc =
    r" Interfaces under `wit/` without generated forwarders, and why: they are"] #[doc =
    r" forwarded through the dynamic path."] pub static NOT_GENERATED : & [(& str, &
    str)] = & [("cases:streams/handle-streams@0.1.0",
    "`pass` passes a stream or future of handles, or of streams or futures of those, which generated forwarders do not carry"),
    ("cases:streams/variant-streams@0.1.0",
    "`pick` passes a stream or future inside a variant, map or fixed-length list, which generated forwarders do not take apart")];
}
::hub_runtime::__internal::if_sync! {
    #[doc = r" Every interface with generated forwarders."] pub static INTERFACES : & [&
    dyn ::hub_runtime::__internal::GeneratedInterface] = & []; #[doc =
    r" Interfaces under `wit/` without generated forwarders, and why: they are"] #[doc =
    r" forwarded through the dynamic path."] pub static NOT_GENERATED : & [(& str, &
    str)] = & [("cases:streams/handle-streams@0.1.0",
    "`pass` passes a stream or future of handles, or of streams or futures of those, which generated forwarders do not carry"),
    ("cases:streams/variant-streams@0.1.0",
    "`pick` passes a stream or future inside a variant, map or fixed-length list, which generated forwarders do not take apart"),
    ("cases:streams/flows@0.1.0",
    "passes streams or futures, generated in the `async` build only")];
}
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::GeneratedForwarders = ::hub_runtime::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
