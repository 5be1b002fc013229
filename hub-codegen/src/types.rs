//! Rust types for WIT types, in two views.
//!
//! The *host* view is what callers of a forwarder see: every resource is a
//! `Resource<Marker>`. The *provider* view is what the interface's provider sees: the
//! resources the interface itself defines are the provider's own `ResourceAny`, everything
//! else is as in the host view. Named types that contain the interface's own resources
//! therefore exist twice: in the interface module and in its `__provider` module.

use proc_macro2::TokenStream;
use quote::quote;
use wit_parser::{Handle, InterfaceId, Resolve, Type, TypeDefKind, TypeId, TypeOwner};

use crate::error::Unsupported;
use crate::handles::{HandleIndex, resource_definition};
use crate::names::{snake, upper_camel};

/// Which side of the hub a type is rendered for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum View {
    Host,
    Provider,
}

/// Renders types as seen from one interface's generated module.
pub(crate) struct TypeRender<'a> {
    pub(crate) resolve: &'a Resolve,
    pub(crate) handles: &'a HandleIndex,
    /// The interface whose forwarders are being generated.
    pub(crate) current: InterfaceId,
    /// How many `super::` lead from the module being written to the generated root.
    pub(crate) depth: usize,
}

impl TypeRender<'_> {
    /// The Rust type for `ty` in `view`.
    ///
    /// # Errors
    ///
    /// Why the type has no generated representation (async types, maps, ...).
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
                self.named_path(id, view == View::Provider && self.needs_provider(id))?
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
            TypeDefKind::Map(..) => return Err(Unsupported::Map),
            TypeDefKind::FixedLengthList(..) => return Err(Unsupported::FixedLengthList),
            TypeDefKind::Future(_) | TypeDefKind::Stream(_) => {
                return Err(Unsupported::FutureOrStream);
            }
            TypeDefKind::Unknown => return Err(Unsupported::Unresolved),
        })
    }

    fn optional(&self, ty: Option<&Type>, view: View) -> Result<TokenStream, Unsupported> {
        match ty {
            Some(t) => self.rust_type(t, view),
            None => Ok(quote!(())),
        }
    }

    /// `Resource<Marker>`, or `ResourceAny` for the provider's own resources.
    fn handle(&self, resource: TypeId, view: View) -> Result<TokenStream, Unsupported> {
        let resource = resource_definition(self.resolve, resource);
        if view == View::Provider && self.owned_by_current(resource) {
            return Ok(quote!(__rt::ResourceAny));
        }
        let marker = self.named_path(resource, false)?;
        Ok(quote!(__rt::Resource<#marker>))
    }

    /// The path of a named type from the module being written; `provider` selects the
    /// `__provider` twin.
    fn named_path(&self, id: TypeId, provider: bool) -> Result<TokenStream, Unsupported> {
        let def = &self.resolve.types[id];
        let owner = match def.owner {
            TypeOwner::Interface(owner) => owner,
            TypeOwner::World(_) | TypeOwner::None => return Err(Unsupported::WorldType),
        };
        let module = self.interface_path(owner);
        let name = upper_camel(def.name.as_deref().unwrap_or_default());
        Ok(if provider {
            quote!(#module::__provider::#name)
        } else {
            quote!(#module::#name)
        })
    }

    /// `super::super::super::ns::pkg::iface` from the module being written.
    pub(crate) fn interface_path(&self, interface: InterfaceId) -> TokenStream {
        let supers = std::iter::repeat_n(quote!(super::), self.depth);
        let [ns, pkg, name] = module_names(self.resolve, interface);
        let (ns, pkg, name) = (snake(&ns), snake(&pkg), snake(&name));
        quote!(#(#supers)* #ns::#pkg::#name)
    }

    /// Follows `use` and `type` aliases to the resource definition itself.
    pub(crate) fn resource_definition(&self, id: TypeId) -> TypeId {
        resource_definition(self.resolve, id)
    }

    fn owned_by_current(&self, resource: TypeId) -> bool {
        self.resolve.types[resource].owner == TypeOwner::Interface(self.current)
    }

    /// Whether values of `ty` carry a handle to a resource the current interface defines,
    /// which must be unwrapped or wrapped when crossing.
    pub(crate) fn contains_owned(&self, ty: &Type) -> bool {
        self.handles
            .resources_in(ty)
            .any(|resource| self.owned_by_current(resource))
    }

    /// Whether values of `ty` hold any resource handle (so the Rust type is not `Clone`).
    pub(crate) fn contains_handle(&self, ty: &Type) -> bool {
        self.handles.resources_in(ty).next().is_some()
    }

    /// Whether the named type `id` needs a `__provider` twin.
    pub(crate) fn needs_provider(&self, id: TypeId) -> bool {
        let def = &self.resolve.types[id];
        matches!(def.kind, TypeDefKind::Record(_) | TypeDefKind::Variant(_))
            && def.owner == TypeOwner::Interface(self.current)
            && self.contains_owned(&Type::Id(id))
    }
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
