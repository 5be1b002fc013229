//! Typed remote forwarding: the value definition encoding (wRPC's wire format) of an
//! interface's plain named types (`impl WireValue`), and a `WireFunction` per plain
//! function, so a transport moves such values between a guest and the wire's bytes with
//! no `Val` in between. "Plain" is what [`is_plain`] says: no handles, streams or
//! futures. The runtime implements `WireValue` for scalars, strings, lists, options,
//! results and tuples; each named type's impl is written here, where it is defined.

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::{Function, FunctionKind, Resolve, Type, TypeDefKind, TypeId};

use crate::error::Unsupported;
use crate::items::is_plain;
use crate::names::{shouty, snake, upper_camel};
use crate::types::{TypeRender, View};

/// `impl WireValue` for each plain record, variant, enum and flags type among
/// `defined_here`.
pub(crate) fn wire_impls(resolve: &Resolve, defined_here: &[TypeId]) -> Vec<TokenStream> {
    defined_here
        .iter()
        .filter_map(|&id| wire_impl(resolve, id))
        .collect()
}

/// A `WireFunction` entry for each plain function of `render`'s interface.
///
/// # Errors
///
/// A type without a generated Rust type (the function then has no forwarder at all).
pub(crate) fn wire_entries(render: &TypeRender<'_>) -> Result<Vec<TokenStream>, Unsupported> {
    let iface = &render.resolve.interfaces[render.current];
    let mut entries = Vec::new();
    for function in iface.functions.values() {
        if !is_plain_function(render.resolve, function) {
            continue;
        }
        let params = function
            .params
            .iter()
            .map(|p| render.rust_type(&p.ty, View::Host))
            .collect::<Result<Vec<_>, _>>()?;
        let results = function
            .result
            .iter()
            .map(|t| render.rust_type(t, View::Host))
            .collect::<Result<Vec<_>, _>>()?;
        let name = &function.name;
        entries.push(quote! {
            __rt::wire_function::<(#(#params,)*), (#(#results,)*)>(#name)
        });
    }
    Ok(entries)
}

/// Whether `function` is a sync function of plain parameters and results (a method
/// takes a handle, so none is).
fn is_plain_function(resolve: &Resolve, function: &Function) -> bool {
    let sync = matches!(
        function.kind,
        FunctionKind::Freestanding | FunctionKind::Static(_)
    );
    sync && function.params.iter().all(|p| is_plain(resolve, &p.ty))
        && function.result.iter().all(|t| is_plain(resolve, t))
}

/// `impl WireValue` for the named type `id`, if it is a plain record, variant, enum or
/// flags type.
fn wire_impl(resolve: &Resolve, id: TypeId) -> Option<TokenStream> {
    let def = &resolve.types[id];
    let name = upper_camel(def.name.as_deref()?);
    if !is_plain(resolve, &Type::Id(id)) {
        return None;
    }
    let (encode, decode) = match &def.kind {
        TypeDefKind::Record(record) => {
            let fields: Vec<_> = record.fields.iter().map(|f| snake(&f.name)).collect();
            (
                quote!(#(__rt::WireValue::encode(&self.#fields, out);)*),
                quote!(::core::result::Result::Ok(Self {
                    #(#fields: __rt::WireValue::decode(input)?,)*
                })),
            )
        }
        TypeDefKind::Variant(variant) => {
            let count = variant.cases.len();
            let (encode_arms, decode_arms): (Vec<_>, Vec<_>) = variant
                .cases
                .iter()
                .enumerate()
                .map(|(i, case)| {
                    let (case_name, index) = (upper_camel(&case.name), discriminant(i));
                    match case.ty {
                        Some(_) => (
                            quote!(Self::#case_name(payload) => {
                                __rt::write_unsigned(#index, out);
                                __rt::WireValue::encode(payload, out);
                            }),
                            quote!(#i => Self::#case_name(__rt::WireValue::decode(input)?)),
                        ),
                        None => (
                            quote!(Self::#case_name => __rt::write_unsigned(#index, out)),
                            quote!(#i => Self::#case_name),
                        ),
                    }
                })
                .unzip();
            (
                quote!(match self { #(#encode_arms,)* }),
                quote!(::core::result::Result::Ok(match input.discriminant(#count)? {
                    #(#decode_arms,)*
                    _ => ::core::unreachable!("checked by `discriminant`"),
                })),
            )
        }
        TypeDefKind::Enum(e) => {
            let count = e.cases.len();
            let cases: Vec<_> = e.cases.iter().map(|c| upper_camel(&c.name)).collect();
            let (indices, numbers): (Vec<_>, Vec<_>) =
                (0..count).map(|i| (i, discriminant(i))).unzip();
            (
                quote!(__rt::write_unsigned(match self { #(Self::#cases => #numbers,)* }, out);),
                quote!(::core::result::Result::Ok(match input.discriminant(#count)? {
                    #(#indices => Self::#cases,)*
                    _ => ::core::unreachable!("checked by `discriminant`"),
                })),
            )
        }
        TypeDefKind::Flags(flags) if flags.flags.is_empty() => (
            quote!(let _ = out;),
            quote!(let _ = input; ::core::result::Result::Ok(Self::empty())),
        ),
        TypeDefKind::Flags(flags) => {
            let count = flags.flags.len();
            let consts: Vec<_> = flags.flags.iter().map(|f| shouty(&f.name)).collect();
            let indices = 0..count;
            (
                quote! {
                    let all = [#(Self::#consts),*];
                    __rt::write_flags(#count, |i| self.contains(all[i]), out);
                },
                quote! {
                    let set = input.flags(#count)?;
                    let mut flags = Self::empty();
                    #(if set(#indices) { flags |= Self::#consts; })*
                    ::core::result::Result::Ok(flags)
                },
            )
        }
        _ => return None,
    };
    Some(quote! {
        impl __rt::WireValue for #name {
            fn encode(&self, out: &mut ::std::vec::Vec<u8>) {
                #encode
            }
            fn decode(
                input: &mut __rt::WireInput<'_>,
            ) -> ::core::result::Result<Self, __rt::WireValueError> {
                #decode
            }
        }
    })
}

/// Case `i`'s discriminant, as `write_unsigned` takes it.
fn discriminant(i: usize) -> u64 {
    i as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Wit;

    const WIT: &str = "package t:wire;
        interface a {
            resource r;
            enum color { red, green }
            flags marks { bold, italic }
            variant size { small(u8), none }
            record shape { name: string, color: color, size: size }
            record holder { r: r }
            plain: func(s: shape, m: marks) -> list<u8>;
            takes: func(r: borrow<r>) -> u32;
        }";

    fn impls(wit: &Wit) -> String {
        let id = wit.interface("a");
        let defined: Vec<TypeId> = wit.resolve.interfaces[id].types.values().copied().collect();
        wire_impls(&wit.resolve, &defined)
            .iter()
            .map(ToString::to_string)
            .collect::<String>()
            .split_whitespace()
            .collect()
    }

    #[test]
    fn plain_named_types_encode_in_declaration_order() {
        let wit = Wit::parse(WIT);
        let code = impls(&wit);
        for ty in ["Color", "Marks", "Size", "Shape"] {
            assert!(
                code.contains(&format!("impl__rt::WireValuefor{ty}{{")),
                "{ty}: {code}"
            );
        }
        // A record holding a handle is no wire value.
        assert!(!code.contains("WireValueforHolder"), "{code}");
        // Fields in order; cases by index; flags by their constants.
        assert!(
            code.contains(
                "__rt::WireValue::encode(&self.name,out);__rt::WireValue::encode(&self.color,out);"
            ),
            "{code}"
        );
        assert!(
            code.contains("Self::Small(payload)=>{__rt::write_unsigned(0u64,out);"),
            "{code}"
        );
        assert!(code.contains("letall=[Self::BOLD,Self::ITALIC];"), "{code}");
    }
}
