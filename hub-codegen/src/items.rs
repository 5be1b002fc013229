//! Stream and future items of an interface's own types. A record, variant, enum or flags
//! type holding only plain data (no handles, streams or futures) can be an item of a
//! stream or future between two stores, carried by its generated Rust type (wasmtime 48
//! reads a stream only through a compile-time item type). For each one the module gets
//! its weight (the bytes its items hold in the host, which bound what a stream has in
//! flight) and a check of its shape against a component's type, by which the hub finds
//! the carrier of a stream's items when it loads a library.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wit_parser::{Resolve, Type, TypeDefKind, TypeId};

use crate::names::{snake, upper_camel};

/// The most elements of a tuple inside an item (the runtime weighs tuples up to this).
const TUPLE_MAX: usize = 8;

/// The item code of the types `defined_here` (by the interface named `interface`).
pub(crate) struct ItemTypes {
    /// Weight impls and shape checks, for the interface module.
    pub(crate) definitions: Vec<TokenStream>,
    /// One `GeneratedItem` per type, for `GeneratedInterface::items`.
    pub(crate) entries: Vec<TokenStream>,
}

/// The item code of every plain named type among `defined_here`.
pub(crate) fn item_types(resolve: &Resolve, interface: &str, defined_here: &[TypeId]) -> ItemTypes {
    let mut items = ItemTypes {
        definitions: Vec::new(),
        entries: Vec::new(),
    };
    for &id in defined_here {
        let def = &resolve.types[id];
        let named_kind = matches!(
            def.kind,
            TypeDefKind::Record(_)
                | TypeDefKind::Variant(_)
                | TypeDefKind::Enum(_)
                | TypeDefKind::Flags(_)
        );
        let Some(wit_name) = def.name.as_deref() else {
            continue;
        };
        if !named_kind || !is_plain(resolve, &Type::Id(id)) {
            continue;
        }
        let name = upper_camel(wit_name);
        // Prefixed, so a keyword (`enum`) needs no escaping.
        let shape_fn = format_ident!("__shape_of_{}", wit_name.replace('-', "_"));
        let shape = shape_check(resolve, &Type::Id(id), quote!(ty));
        let weight = weight_impl(resolve, id, &name);
        let doc = format!(" Whether a component's type is `{wit_name}`'s shape.");
        items.definitions.push(quote! {
            #weight
            #[doc = #doc]
            fn #shape_fn(ty: &__rt::types::Type) -> bool {
                #shape
            }
        });
        let full = format!("{interface}#{wit_name}");
        items.entries.push(quote! {
            __rt::GeneratedItem { name: #full, shape: #shape_fn, carrier: __rt::item_carrier::<#name> }
        });
    }
    items
}

/// Whether `ty` holds only plain data: no handles, streams, futures, error contexts,
/// maps or fixed-length lists, and no tuple longer than [`TUPLE_MAX`].
pub(crate) fn is_plain(resolve: &Resolve, ty: &Type) -> bool {
    let Type::Id(id) = ty else {
        return !matches!(ty, Type::ErrorContext);
    };
    let plain = |t: &Type| is_plain(resolve, t);
    match &resolve.types[*id].kind {
        TypeDefKind::Record(r) => r.fields.iter().all(|f| plain(&f.ty)),
        TypeDefKind::Variant(v) => v.cases.iter().flat_map(|c| &c.ty).all(plain),
        TypeDefKind::Enum(_) | TypeDefKind::Flags(_) => true,
        TypeDefKind::Type(t) | TypeDefKind::Option(t) | TypeDefKind::List(t) => plain(t),
        TypeDefKind::Result(r) => r.ok.iter().chain(&r.err).all(plain),
        TypeDefKind::Tuple(t) => t.types.len() <= TUPLE_MAX && t.types.iter().all(plain),
        TypeDefKind::Resource
        | TypeDefKind::Handle(_)
        | TypeDefKind::Future(_)
        | TypeDefKind::Stream(_)
        | TypeDefKind::Map(..)
        | TypeDefKind::FixedLengthList(..)
        | TypeDefKind::Unknown => false,
    }
}

/// `impl Weight` for the plain named type `id`, whose Rust type is `name`: its items'
/// own size plus what their fields or payloads hold on the heap.
fn weight_impl(resolve: &Resolve, id: TypeId, name: &proc_macro2::Ident) -> TokenStream {
    let heap = match &resolve.types[id].kind {
        TypeDefKind::Record(r) => {
            let fields: Vec<_> = r.fields.iter().map(|f| snake(&f.name)).collect();
            if fields.is_empty() {
                return quote!(impl __rt::Weight for #name {});
            }
            quote!(#(__rt::heap_weight(&item.#fields))+*)
        }
        TypeDefKind::Variant(v) => {
            let cases = v.cases.iter().map(|c| {
                let case = upper_camel(&c.name);
                match c.ty {
                    Some(_) => quote!(Self::#case(payload) => __rt::heap_weight(payload)),
                    None => quote!(Self::#case => 0),
                }
            });
            quote!(match item { #(#cases,)* })
        }
        // Enums and flags hold nothing on the heap.
        _ => return quote!(impl __rt::Weight for #name {}),
    };
    quote! {
        impl __rt::Weight for #name {
            fn weight(items: &[Self]) -> usize {
                ::core::mem::size_of_val(items)
                    + items.iter().map(|item| #heap).sum::<usize>()
            }
        }
    }
}

/// A `bool` expression: whether the component type `expr` (a `&Type`) has the shape of
/// the WIT type `ty` (field, case and flag names included). wasmtime checks the item
/// type again when the stream is read; this only picks the carrier at load.
fn shape_check(resolve: &Resolve, ty: &Type, expr: TokenStream) -> TokenStream {
    let t = quote!(__rt::types::Type);
    let primitive = match ty {
        Type::Bool => quote!(Bool),
        Type::U8 => quote!(U8),
        Type::U16 => quote!(U16),
        Type::U32 => quote!(U32),
        Type::U64 => quote!(U64),
        Type::S8 => quote!(S8),
        Type::S16 => quote!(S16),
        Type::S32 => quote!(S32),
        Type::S64 => quote!(S64),
        Type::F32 => quote!(Float32),
        Type::F64 => quote!(Float64),
        Type::Char => quote!(Char),
        Type::String => quote!(String),
        Type::ErrorContext => return quote!(false),
        Type::Id(id) => return shape_check_def(resolve, *id, expr),
    };
    quote!(::core::matches!(#expr, #t::#primitive))
}

/// [`shape_check`] of the type definition `id`.
fn shape_check_def(resolve: &Resolve, id: TypeId, expr: TokenStream) -> TokenStream {
    let t = quote!(__rt::types::Type);
    let check = |ty: &Type, expr: TokenStream| shape_check(resolve, ty, expr);
    // A payload that must be there (`Some(ty)`) or not (`None`), in `slot`.
    let payload = |ty: Option<&Type>, slot: TokenStream| match ty {
        Some(ty) => {
            let inner = check(ty, quote!(ty));
            quote!(#slot.as_ref().is_some_and(|ty| #inner))
        }
        None => quote!(#slot.is_none()),
    };
    match &resolve.types[id].kind {
        TypeDefKind::Type(ty) => check(ty, expr),
        TypeDefKind::Record(record) => {
            let fields = record.fields.iter().enumerate().map(|(i, f)| {
                let name = &f.name;
                let inner = check(&f.ty, quote!(&fields[#i].ty));
                quote!(fields[#i].name == #name && #inner)
            });
            elements_check(expr, quote!(Record), quote!(fields), fields.collect())
        }
        TypeDefKind::Variant(variant) => {
            let cases = variant.cases.iter().enumerate().map(|(i, c)| {
                let name = &c.name;
                let inner = payload(c.ty.as_ref(), quote!(cases[#i].ty));
                quote!(cases[#i].name == #name && #inner)
            });
            elements_check(expr, quote!(Variant), quote!(cases), cases.collect())
        }
        TypeDefKind::Enum(e) => {
            let names = e.cases.iter().map(|c| &c.name);
            quote!(match #expr { #t::Enum(e) => e.names().eq([#(#names),*]), _ => false })
        }
        TypeDefKind::Flags(f) => {
            let names = f.flags.iter().map(|f| &f.name);
            quote!(match #expr { #t::Flags(f) => f.names().eq([#(#names),*]), _ => false })
        }
        TypeDefKind::Option(ty) => {
            let inner = check(ty, quote!(&inner));
            quote!(match #expr { #t::Option(option) => { let inner = option.ty(); #inner } _ => false })
        }
        TypeDefKind::List(ty) => {
            let inner = check(ty, quote!(&inner));
            quote!(match #expr { #t::List(list) => { let inner = list.ty(); #inner } _ => false })
        }
        TypeDefKind::Result(r) => {
            let ok = payload(r.ok.as_ref(), quote!(result.ok()));
            let err = payload(r.err.as_ref(), quote!(result.err()));
            quote!(match #expr { #t::Result(result) => #ok && #err, _ => false })
        }
        TypeDefKind::Tuple(tuple) => {
            let types = tuple.types.iter().enumerate();
            let types = types.map(|(i, ty)| check(ty, quote!(&types[#i])));
            elements_check(expr, quote!(Tuple), quote!(types), types.collect())
        }
        // Not plain: never an item (`is_plain`).
        TypeDefKind::Resource
        | TypeDefKind::Handle(_)
        | TypeDefKind::Future(_)
        | TypeDefKind::Stream(_)
        | TypeDefKind::Map(..)
        | TypeDefKind::FixedLengthList(..)
        | TypeDefKind::Unknown => quote!(false),
    }
}

/// Whether `expr` is a `Type::<kind>` whose `<elements>()`, collected into a `Vec`
/// named `elements`, are as many as `checks` and each passes its check (which reads
/// `elements[i]`).
fn elements_check(
    expr: TokenStream,
    kind: TokenStream,
    elements: TokenStream,
    checks: Vec<TokenStream>,
) -> TokenStream {
    let count = checks.len();
    quote!(match #expr {
        __rt::types::Type::#kind(of) => {
            let #elements: ::std::vec::Vec<_> = of.#elements().collect();
            #elements.len() == #count #(&& #checks)*
        }
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Wit;

    const WIT: &str = "package t:items;
        interface a {
            resource r;
            enum color { red, green }
            flags marks { bold, italic }
            variant size { small(u8), none }
            record shape { name: string, color: color, size: size, tags: list<string>, pair: tuple<u32, option<string>> }
            record holder { r: r }
            record flowing { s: stream<u8> }
        }";

    fn items(wit: &Wit) -> ItemTypes {
        let id = wit.interface("a");
        let iface = &wit.resolve.interfaces[id];
        let defined: Vec<TypeId> = iface.types.values().copied().collect();
        item_types(&wit.resolve, "t:items/a", &defined)
    }

    #[test]
    fn only_plain_named_types_are_items() {
        let wit = Wit::parse(WIT);
        let entries: Vec<String> = items(&wit)
            .entries
            .iter()
            .map(|e| e.to_string().split_whitespace().collect())
            .collect();
        let names: Vec<&str> = ["color", "marks", "size", "shape"]
            .into_iter()
            .filter(|n| {
                entries
                    .iter()
                    .any(|e| e.contains(&format!("\"t:items/a#{n}\"")))
            })
            .collect();
        assert_eq!(names, ["color", "marks", "size", "shape"]);
        // A handle or a stream inside makes a record no item.
        assert_eq!(entries.len(), 4, "{entries:?}");
    }

    #[test]
    fn a_record_s_shape_names_its_fields_and_its_weight_its_heap() {
        let wit = Wit::parse(WIT);
        let code: String = items(&wit)
            .definitions
            .iter()
            .map(ToString::to_string)
            .collect::<String>()
            .split_whitespace()
            .collect();
        assert!(code.contains("fields[0usize].name==\"name\""), "{code}");
        assert!(code.contains("e.names().eq([\"red\",\"green\"])"), "{code}");
        assert!(
            code.contains("f.names().eq([\"bold\",\"italic\"])"),
            "{code}"
        );
        assert!(code.contains("__rt::heap_weight(&item.tags)"), "{code}");
        assert!(
            code.contains("Self::Small(payload)=>__rt::heap_weight(payload)"),
            "{code}"
        );
        assert!(code.contains("impl__rt::WeightforColor{}"), "{code}");
    }
}
