//! Which resources a WIT type can carry, analysed once per type for the whole WIT set.
//!
//! The generator asks two questions of a type many times (does a value hold any handle,
//! so its Rust type is not `Clone`? does it hold a handle to the current interface's own
//! resources, so it must be converted when crossing?). Both are answered from the set of
//! resource definitions reachable from the type, computed here once.

use std::collections::{BTreeSet, HashMap};

use wit_parser::{Handle, Resolve, Type, TypeDefKind, TypeId};

/// The resource definitions (aliases followed) reachable from every type of a resolve.
pub(crate) struct HandleIndex {
    reachable: HashMap<TypeId, BTreeSet<TypeId>>,
}

impl HandleIndex {
    /// Analyses every type of `resolve`.
    pub(crate) fn new(resolve: &Resolve) -> Self {
        let mut index = HandleIndex {
            reachable: HashMap::new(),
        };
        for (id, _) in resolve.types.iter() {
            index.analyse(resolve, id);
        }
        index
    }

    /// The resource definitions a value of `ty` can hold handles to.
    pub(crate) fn resources_in(&self, ty: &Type) -> impl Iterator<Item = TypeId> + '_ {
        let set = defined_type(ty).and_then(|id| self.reachable.get(&id));
        set.into_iter().flatten().copied()
    }

    fn analyse(&mut self, resolve: &Resolve, id: TypeId) -> &BTreeSet<TypeId> {
        if !self.reachable.contains_key(&id) {
            let set = self.compute(resolve, id);
            self.reachable.insert(id, set);
        }
        &self.reachable[&id]
    }

    fn of_type(&mut self, resolve: &Resolve, ty: &Type) -> BTreeSet<TypeId> {
        match defined_type(ty) {
            Some(id) => self.analyse(resolve, id).clone(),
            None => BTreeSet::new(),
        }
    }

    fn of_types<'t>(
        &mut self,
        resolve: &Resolve,
        types: impl IntoIterator<Item = &'t Type>,
    ) -> BTreeSet<TypeId> {
        let mut set = BTreeSet::new();
        for ty in types {
            set.extend(self.of_type(resolve, ty));
        }
        set
    }

    fn compute(&mut self, resolve: &Resolve, id: TypeId) -> BTreeSet<TypeId> {
        match &resolve.types[id].kind {
            TypeDefKind::Resource => BTreeSet::from([id]),
            TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r)) => {
                BTreeSet::from([resource_definition(resolve, *r)])
            }
            TypeDefKind::Type(t)
            | TypeDefKind::Option(t)
            | TypeDefKind::List(t)
            | TypeDefKind::FixedLengthList(t, _) => self.of_type(resolve, t),
            TypeDefKind::Map(k, v) => self.of_types(resolve, [k, v]),
            TypeDefKind::Result(r) => self.of_types(resolve, r.ok.iter().chain(&r.err)),
            TypeDefKind::Tuple(t) => self.of_types(resolve, &t.types),
            TypeDefKind::Record(r) => self.of_types(resolve, r.fields.iter().map(|f| &f.ty)),
            TypeDefKind::Variant(v) => {
                self.of_types(resolve, v.cases.iter().filter_map(|c| c.ty.as_ref()))
            }
            // Handles inside a future or stream are not values of this type: they cross
            // (or not) with the async type itself, which the hub does not forward.
            TypeDefKind::Future(_)
            | TypeDefKind::Stream(_)
            | TypeDefKind::Enum(_)
            | TypeDefKind::Flags(_)
            | TypeDefKind::Unknown => BTreeSet::new(),
        }
    }
}

/// The type definition behind `ty`, or `None` for the built-in types (none of which can
/// hold a handle).
pub(crate) fn defined_type(ty: &Type) -> Option<TypeId> {
    match ty {
        Type::Id(id) => Some(*id),
        Type::Bool
        | Type::U8
        | Type::U16
        | Type::U32
        | Type::U64
        | Type::S8
        | Type::S16
        | Type::S32
        | Type::S64
        | Type::F32
        | Type::F64
        | Type::Char
        | Type::String
        | Type::ErrorContext => None,
    }
}

/// Follows `use` and `type` aliases to the definition itself.
pub(crate) fn resource_definition(resolve: &Resolve, mut id: TypeId) -> TypeId {
    while let TypeDefKind::Type(Type::Id(next)) = resolve.types[id].kind {
        id = next;
    }
    id
}
