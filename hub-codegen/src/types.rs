//! Rust types for WIT types, in two views.
//!
//! The *host* view is what callers of a forwarder see: every resource is a
//! `Resource<Marker>`. The *provider* view is what the interface's provider sees: the
//! resources it owns (those the interface defines, and in the owned-uses set those it
//! uses too) are the provider's own `ResourceAny`; everything else is as in the host view.
//! Records and variants holding owned resources therefore exist twice: in the interface
//! module and, as a *twin*, in the `__provider` module of each forwarder set that owns them.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
use wit_parser::{Handle, InterfaceId, Resolve, Type, TypeDefKind, TypeId, TypeOwner};

use crate::error::Unsupported;
use crate::handles::{HandleIndex, resource_definition};
use crate::names::{snake, upper_camel, upper_camel_string};

/// Depth of an interface module below the generated root (`ns::pkg::iface`).
pub(crate) const INTERFACE_DEPTH: usize = 3;

/// Which side of the hub a type is rendered for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum View {
    Host,
    Provider,
}

/// One of an interface's two forwarder sets: what its provider owns decides how handles
/// cross, so each set has its own provider-view types and conversions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ForwarderSet {
    /// The provider owns the interface's own resources; resources of other interfaces
    /// pass through as host handles. Written in the interface module itself.
    PassThrough,
    /// The provider also defines every resource the interface uses, and owns them as
    /// well. Written in the interface's `__owned_uses` module.
    OwnedUses,
}

impl ForwarderSet {
    /// The set's module below the interface module, if it has one of its own.
    pub(crate) fn module(self) -> Option<Ident> {
        match self {
            ForwarderSet::PassThrough => None,
            ForwarderSet::OwnedUses => Some(format_ident!("__owned_uses")),
        }
    }
}

/// Renders types as seen from one forwarder set of one interface.
#[derive(Clone, Copy)]
pub(crate) struct TypeRender<'a> {
    pub(crate) resolve: &'a Resolve,
    pub(crate) handles: &'a HandleIndex,
    /// The interface whose forwarders are being generated.
    pub(crate) current: InterfaceId,
    /// The resource definitions the provider owns in this set; a resource's index here is
    /// its slot in the runtime's `Provider`.
    pub(crate) owned: &'a [TypeId],
    /// The forwarder set being written.
    pub(crate) set: ForwarderSet,
    /// How many `super::` lead from the module being written to the generated root.
    pub(crate) depth: usize,
}

impl TypeRender<'_> {
    /// The Rust type for `ty` in `view`.
    ///
    /// # Errors
    ///
    /// Why the type has no generated representation (async types, handles in maps, ...).
    pub(crate) fn rust_type(&self, ty: &Type, view: View) -> Result<TokenStream, Unsupported> {
        Ok(match ty {
            Type::Bool => quote!(bool),
            Type::U8 => quote!(u8),
            Type::U16 => quote!(u16),
            Type::U32 => quote!(u32),
            Type::U64 => quote!(u64),
            Type::S8 => quote!(i8),
            Type::S16 => quote!(i16),
            Type::S32 => quote!(i32),
            Type::S64 => quote!(i64),
            Type::F32 => quote!(f32),
            Type::F64 => quote!(f64),
            Type::Char => quote!(char),
            Type::String => quote!(::std::string::String),
            Type::ErrorContext => return Err(Unsupported::ErrorContext),
            Type::Id(id) => self.typedef(*id, view)?,
        })
    }

    fn typedef(&self, id: TypeId, view: View) -> Result<TokenStream, Unsupported> {
        let def = &self.resolve.types[id];
        Ok(match &def.kind {
            TypeDefKind::Record(_)
            | TypeDefKind::Variant(_)
            | TypeDefKind::Enum(_)
            | TypeDefKind::Flags(_) => {
                if def.name.is_none() {
                    return Err(Unsupported::AnonymousType);
                }
                if view == View::Provider && self.needs_provider_twin(id) {
                    self.twin_path(id)
                } else {
                    self.named_path(id)?
                }
            }
            TypeDefKind::Resource => self.handle(id, view)?,
            TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r)) => self.handle(*r, view)?,
            TypeDefKind::Type(t) => self.rust_type(t, view)?,
            TypeDefKind::Option(t) => {
                let t = self.rust_type(t, view)?;
                quote!(::core::option::Option<#t>)
            }
            TypeDefKind::Result(r) => {
                let ok = self.optional(r.ok.as_ref(), view)?;
                let err = self.optional(r.err.as_ref(), view)?;
                quote!(::core::result::Result<#ok, #err>)
            }
            TypeDefKind::Tuple(t) => {
                let types = t
                    .types
                    .iter()
                    .map(|t| self.rust_type(t, view))
                    .collect::<Result<Vec<_>, _>>()?;
                quote!((#(#types,)*))
            }
            TypeDefKind::List(t) => {
                let t = self.rust_type(t, view)?;
                quote!(::std::vec::Vec<#t>)
            }
            // wasmtime lifts and lowers `HashMap` and arrays, but a handle inside one
            // would need converting, and there is no conversion through them.
            TypeDefKind::Map(k, v) => {
                if self.contains_handle(&Type::Id(id)) {
                    return Err(Unsupported::HandleInMap);
                }
                let (k, v) = (self.map_key(k, view)?, self.rust_type(v, view)?);
                quote!(::std::collections::HashMap<#k, #v>)
            }
            TypeDefKind::FixedLengthList(t, size) => {
                if self.contains_handle(&Type::Id(id)) {
                    return Err(Unsupported::HandleInFixedLengthList);
                }
                let t = self.rust_type(t, view)?;
                let size = Literal::u32_unsuffixed(*size);
                quote!([#t; #size])
            }
            // Their items hold no handles (`Crossing::check`), so both views are one.
            TypeDefKind::Stream(Some(t)) => {
                let t = self.rust_type(t, view)?;
                quote!(__rt::StreamReader<#t>)
            }
            TypeDefKind::Future(Some(t)) => {
                let t = self.rust_type(t, view)?;
                quote!(__rt::FutureReader<#t>)
            }
            TypeDefKind::Future(None) | TypeDefKind::Stream(None) => {
                return Err(Unsupported::UntypedStream);
            }
            TypeDefKind::Unknown => return Err(Unsupported::Unresolved),
        })
    }

    /// The Rust type of a map key. wasmtime lifts `HashMap<K, V>` only for `K: Eq + Hash`;
    /// WIT allows the integer types, `bool`, `char` and `string` as keys (wit-parser refuses
    /// others), whose Rust types all are.
    ///
    /// # Errors
    ///
    /// [`Unsupported::MapKey`] for any other key, floats included.
    fn map_key(&self, key: &Type, view: View) -> Result<TokenStream, Unsupported> {
        let refused = match key {
            Type::Bool
            | Type::U8
            | Type::U16
            | Type::U32
            | Type::U64
            | Type::S8
            | Type::S16
            | Type::S32
            | Type::S64
            | Type::Char
            | Type::String => return self.rust_type(key, view),
            Type::F32 => "`f32`".into(),
            Type::F64 => "`f64`".into(),
            Type::ErrorContext => "`error-context`".into(),
            Type::Id(id) => match &self.resolve.types[*id].name {
                Some(name) => format!("`{name}`"),
                None => "an anonymous type".into(),
            },
        };
        Err(Unsupported::MapKey(refused))
    }

    fn optional(&self, ty: Option<&Type>, view: View) -> Result<TokenStream, Unsupported> {
        match ty {
            Some(t) => self.rust_type(t, view),
            None => Ok(quote!(())),
        }
    }

    /// `Resource<Marker>`, or `ResourceAny` for the resources the provider owns.
    fn handle(&self, resource: TypeId, view: View) -> Result<TokenStream, Unsupported> {
        let resource = resource_definition(self.resolve, resource);
        if view == View::Provider && self.owns(resource) {
            return Ok(quote!(__rt::ResourceAny));
        }
        let marker = self.named_path(resource)?;
        Ok(quote!(__rt::Resource<#marker>))
    }

    /// The path of a named type's host view (or a resource's marker) from the module
    /// being written.
    fn named_path(&self, id: TypeId) -> Result<TokenStream, Unsupported> {
        let def = &self.resolve.types[id];
        let owner = match def.owner {
            TypeOwner::Interface(owner) => owner,
            TypeOwner::World(_) | TypeOwner::None => return Err(Unsupported::WorldType),
        };
        let module = self.interface_path(owner);
        let name = upper_camel(def.name.as_deref().unwrap_or_default());
        Ok(quote!(#module::#name))
    }

    /// The path of the set's twin of the record or variant `id`.
    fn twin_path(&self, id: TypeId) -> TokenStream {
        let set = self.set_path();
        let name = self.twin_name(id);
        quote!(#set::__provider::#name)
    }

    /// The path of the forwarder set's module from the module being written.
    pub(crate) fn set_path(&self) -> TokenStream {
        let interface = self.interface_path(self.current);
        match self.set.module() {
            Some(module) => quote!(#interface::#module),
            None => interface,
        }
    }

    /// `super::super::super::ns::pkg::iface` from the module being written.
    pub(crate) fn interface_path(&self, interface: InterfaceId) -> TokenStream {
        let supers = std::iter::repeat_n(quote!(super::), self.depth);
        let [ns, pkg, name] = module_names(self.resolve, interface);
        let (ns, pkg, name) = (snake(&ns), snake(&pkg), snake(&name));
        quote!(#(#supers)* #ns::#pkg::#name)
    }

    /// The name of the twin of the record or variant `id` in its set's `__provider`
    /// module: its own name when the current interface defines it, else its name prefixed
    /// with its interface's path (`zoo__types__handles__Labeled`), which no WIT name can
    /// collide with (WIT names have no `__`).
    pub(crate) fn twin_name(&self, id: TypeId) -> Ident {
        let name = self.resolve.types[id].name.as_deref().unwrap_or_default();
        match self.foreign_prefix(id) {
            Some(prefix) => Ident::new(
                &format!("{prefix}{}", upper_camel_string(name)),
                Span::call_site(),
            ),
            None => upper_camel(name),
        }
    }

    /// `ns__pkg__iface__` for a named type another interface defines.
    pub(crate) fn foreign_prefix(&self, id: TypeId) -> Option<String> {
        match self.resolve.types[id].owner {
            TypeOwner::Interface(owner) if owner != self.current => {
                let parts = module_names(self.resolve, owner).map(|part| part.replace('-', "_"));
                Some(format!("{}__", parts.join("__")))
            }
            TypeOwner::Interface(_) | TypeOwner::World(_) | TypeOwner::None => None,
        }
    }

    /// Whether the provider owns `resource` in this set.
    pub(crate) fn owns(&self, resource: TypeId) -> bool {
        self.slot(resource).is_some()
    }

    /// The provider's slot of `resource`, when it owns it in this set.
    pub(crate) fn slot(&self, resource: TypeId) -> Option<usize> {
        let resource = resource_definition(self.resolve, resource);
        self.owned.iter().position(|r| *r == resource)
    }

    /// Whether values of `ty` can hold a handle (`own` or `borrow`) to a resource the
    /// provider owns: its provider view differs from its host view.
    pub(crate) fn holds_owned(&self, ty: &Type) -> bool {
        self.handles.resources_in(ty).any(|(r, _)| self.owns(r))
    }

    /// Whether values of `ty` need code when crossing: a handle to an owned resource is
    /// unwrapped or wrapped, and an `own` handle to any other resource changes holder.
    pub(crate) fn converts(&self, ty: &Type) -> bool {
        self.handles
            .resources_in(ty)
            .any(|(r, reach)| reach.own || self.owns(r))
    }

    /// Whether values of `ty` can hold a `borrow` handle (so they are never results).
    pub(crate) fn holds_borrow(&self, ty: &Type) -> bool {
        self.handles.resources_in(ty).any(|(_, reach)| reach.borrow)
    }

    /// Whether values of `ty` hold any resource handle (so the Rust type is not `Clone`).
    pub(crate) fn contains_handle(&self, ty: &Type) -> bool {
        self.handles.resources_in(ty).next().is_some()
    }

    /// Whether values of `ty` hold a stream or future (so the Rust type is not `Clone`,
    /// and the forwarders passing it cross it between stores).
    pub(crate) fn holds_streams(&self, ty: &Type) -> bool {
        let Some(id) = crate::handles::defined_type(ty) else {
            return false;
        };
        let holds = |t: &Type| self.holds_streams(t);
        match &self.resolve.types[id].kind {
            TypeDefKind::Stream(_) | TypeDefKind::Future(_) => true,
            TypeDefKind::Type(t)
            | TypeDefKind::Option(t)
            | TypeDefKind::List(t)
            | TypeDefKind::FixedLengthList(t, _) => holds(t),
            TypeDefKind::Map(k, v) => holds(k) || holds(v),
            TypeDefKind::Result(r) => r.ok.iter().chain(&r.err).any(holds),
            TypeDefKind::Tuple(t) => t.types.iter().any(holds),
            TypeDefKind::Record(r) => r.fields.iter().any(|f| holds(&f.ty)),
            TypeDefKind::Variant(v) => v.cases.iter().filter_map(|c| c.ty.as_ref()).any(holds),
            TypeDefKind::Resource
            | TypeDefKind::Handle(_)
            | TypeDefKind::Enum(_)
            | TypeDefKind::Flags(_)
            | TypeDefKind::Unknown => false,
        }
    }

    /// Whether the record or variant `id` has a twin in this set's `__provider` module.
    pub(crate) fn needs_provider_twin(&self, id: TypeId) -> bool {
        is_record_or_variant(self.resolve, id) && self.holds_owned(&Type::Id(id))
    }

    /// Whether the record or variant `id` has conversion functions in this set's
    /// `__provider` module (between its host view and its provider view, which is the
    /// host view itself when it only passes handles through).
    pub(crate) fn needs_conversion(&self, id: TypeId) -> bool {
        is_record_or_variant(self.resolve, id) && self.converts(&Type::Id(id))
    }
}

fn is_record_or_variant(resolve: &Resolve, id: TypeId) -> bool {
    matches!(
        resolve.types[id].kind,
        TypeDefKind::Record(_) | TypeDefKind::Variant(_)
    )
}

/// The three module names of an interface: namespace, package, interface.
pub(crate) fn module_names(resolve: &Resolve, interface: InterfaceId) -> [String; 3] {
    let iface = &resolve.interfaces[interface];
    let package = iface.package.map(|p| &resolve.packages[p].name);
    [
        package
            .map(|p| p.namespace.clone())
            .unwrap_or_else(|| "local".into()),
        package
            .map(|p| p.name.clone())
            .unwrap_or_else(|| "local".into()),
        iface.name.clone().unwrap_or_else(|| "anonymous".into()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Wit;

    const WIT: &str = "package t:types;
        interface a {
            resource x;
            record held { x: x }
            record lent { x: borrow<x> }
        }
        interface b {
            use a.{x, held, lent};
            f: func(
                owned: x,
                borrowed: borrow<x>,
                counts: map<string, u32>,
                pairs: list<list<u8, 2>, 3>,
                handles: map<u32, x>,
                lent-pair: list<borrow<x>, 2>,
            );
        }";

    fn rendered(render: &TypeRender<'_>, ty: &Type) -> Result<String, Unsupported> {
        render
            .rust_type(ty, View::Host)
            .map(|tokens| tokens.to_string().split_whitespace().collect())
    }

    #[test]
    fn the_owned_set_decides_what_is_unwrapped_and_what_changes_holder() {
        let wit = Wit::parse(WIT);
        let x = wit.named("a", "x");
        let (held, lent) = (wit.named("a", "held"), wit.named("a", "lent"));
        let (owned, borrowed) = (
            wit.param("b", "f", "owned"),
            wit.param("b", "f", "borrowed"),
        );

        // `b` passes `x` through: an own changes holder, a borrow needs nothing.
        let owned_none = [];
        let pass_through = wit.render("b", &owned_none);
        assert!(pass_through.converts(&owned));
        assert!(!pass_through.converts(&borrowed));
        assert!(!pass_through.holds_owned(&owned));
        assert!(pass_through.needs_conversion(held) && !pass_through.needs_provider_twin(held));
        assert!(!pass_through.needs_conversion(lent) && !pass_through.needs_provider_twin(lent));

        // When its provider defines `x`, both are unwrapped, and records holding it have
        // twins in the provider's view.
        let owned_x = [x];
        let owning = wit.render("b", &owned_x);
        assert_eq!(owning.slot(x), Some(0));
        assert!(owning.converts(&owned) && owning.converts(&borrowed));
        assert!(owning.needs_provider_twin(held) && owning.needs_provider_twin(lent));
        assert!(owning.needs_conversion(lent));
        let provider_view = owning.rust_type(&borrowed, View::Provider).unwrap();
        assert_eq!(
            provider_view.to_string(),
            quote!(__rt::ResourceAny).to_string()
        );
    }

    #[test]
    fn maps_and_fixed_length_lists_are_hash_maps_and_arrays_unless_they_hold_handles() {
        let wit = Wit::parse(WIT);
        let render = wit.render("b", &[]);
        let param = |name| wit.param("b", "f", name);
        assert_eq!(
            rendered(&render, &param("counts")).unwrap(),
            "::std::collections::HashMap<::std::string::String,u32>"
        );
        assert_eq!(rendered(&render, &param("pairs")).unwrap(), "[[u8;2];3]");
        assert_eq!(
            rendered(&render, &param("handles")),
            Err(Unsupported::HandleInMap)
        );
        assert_eq!(
            rendered(&render, &param("lent-pair")),
            Err(Unsupported::HandleInFixedLengthList)
        );
    }

    #[test]
    fn map_keys_without_a_hashable_rust_type_are_refused() {
        // wit-parser only accepts integer, `bool`, `char` and `string` keys, so the other
        // keys are written into the resolve directly.
        let mut wit = Wit::parse(WIT);
        let counts = wit.param("b", "f", "counts");
        let Some(map) = crate::handles::defined_type(&counts) else {
            panic!("a map is a defined type")
        };
        let held = wit.named("a", "held");
        for (key, expected) in [(Type::F64, "`f64`"), (Type::Id(held), "`held`")] {
            wit.resolve.types[map].kind = TypeDefKind::Map(key, Type::U32);
            let render = wit.render("b", &[]);
            assert_eq!(
                rendered(&render, &counts),
                Err(Unsupported::MapKey(expected.into()))
            );
        }
    }

    #[test]
    fn twins_of_another_interfaces_types_carry_its_path() {
        let wit = Wit::parse(WIT);
        let render = wit.render("b", &[]);
        assert_eq!(
            render.twin_name(wit.named("a", "held")).to_string(),
            "t__types__a__Held"
        );
        let own = wit.render("a", &[]);
        assert_eq!(own.twin_name(wit.named("a", "held")).to_string(), "Held");
    }
}
