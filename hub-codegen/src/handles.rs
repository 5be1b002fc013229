//! Which resources a WIT type can carry, and how, analysed once per type for the whole
//! WIT set.
//!
//! The generator asks a few questions of a type many times: does a value hold any
//! handle (so its Rust type is not `Clone`)? does it hold a handle to a resource its
//! provider owns (so the handle is unwrapped or wrapped when crossing)? does it hold an
//! `own` handle to a resource its provider does not own (so the hub records who holds it
//! after the call)? All are answered from the resource definitions reachable from the
//! type, each with whether an `own` or a `borrow` handle reaches it, computed here once.

use std::collections::{BTreeMap, HashMap};

use wit_parser::{Handle, Resolve, Type, TypeDefKind, TypeId};

/// How values of a type reach one resource: through `own` handles, `borrow` handles, or
/// both (`record { a: x, b: borrow<x> }`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Reach {
    /// An `own` handle: `own<x>`, or `x` itself (or an alias of it) in a value position.
    pub(crate) own: bool,
    /// A `borrow<x>` handle.
    pub(crate) borrow: bool,
}

impl Reach {
    const OWN: Reach = Reach {
        own: true,
        borrow: false,
    };
    const BORROW: Reach = Reach {
        own: false,
        borrow: true,
    };

    fn merge(&mut self, other: Reach) {
        self.own |= other.own;
        self.borrow |= other.borrow;
    }
}

/// The resources a type reaches, by definition (aliases followed).
type Reached = BTreeMap<TypeId, Reach>;

/// The resource definitions reachable from every type of a resolve, own and borrow.
pub(crate) struct HandleIndex {
    reachable: HashMap<TypeId, Reached>,
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

    /// The resource definitions a value of `ty` can hold handles to, and how.
    pub(crate) fn resources_in(&self, ty: &Type) -> impl Iterator<Item = (TypeId, Reach)> + '_ {
        let set = defined_type(ty).and_then(|id| self.reachable.get(&id));
        set.into_iter()
            .flatten()
            .map(|(resource, reach)| (*resource, *reach))
    }

    fn analyse(&mut self, resolve: &Resolve, id: TypeId) -> &Reached {
        if !self.reachable.contains_key(&id) {
            let set = self.compute(resolve, id);
            self.reachable.insert(id, set);
        }
        &self.reachable[&id]
    }

    fn of_type(&mut self, resolve: &Resolve, ty: &Type) -> Reached {
        match defined_type(ty) {
            Some(id) => self.analyse(resolve, id).clone(),
            None => Reached::new(),
        }
    }

    fn of_types<'t>(
        &mut self,
        resolve: &Resolve,
        types: impl IntoIterator<Item = &'t Type>,
    ) -> Reached {
        let mut set = Reached::new();
        for ty in types {
            for (resource, reach) in self.of_type(resolve, ty) {
                set.entry(resource).or_default().merge(reach);
            }
        }
        set
    }

    fn compute(&mut self, resolve: &Resolve, id: TypeId) -> Reached {
        match &resolve.types[id].kind {
            // A resource named in a value position is an `own` handle to it; so is an
            // alias of it (`use e1.{x as y}`), which `Type` below follows.
            TypeDefKind::Resource => Reached::from([(id, Reach::OWN)]),
            TypeDefKind::Handle(Handle::Own(r)) => {
                Reached::from([(resource_definition(resolve, *r), Reach::OWN)])
            }
            TypeDefKind::Handle(Handle::Borrow(r)) => {
                Reached::from([(resource_definition(resolve, *r), Reach::BORROW)])
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
            | TypeDefKind::Unknown => Reached::new(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Wit;

    const WIT: &str = "package t:handles;
        interface a {
            resource x;
            resource z;
            record r { o: x, b: borrow<x>, zs: list<option<borrow<z>>> }
        }
        interface b {
            use a.{x as y, r};
            f: func(
                bare: y,
                borrowed: borrow<y>,
                owned: own<y>,
                rec: r,
                plain: tuple<u32, string>,
                mixed: result<list<y>, borrow<y>>,
            );
        }";

    fn reach(wit: &Wit, param: &str) -> Vec<(String, Reach)> {
        let ty = wit.param("b", "f", param);
        wit.handles
            .resources_in(&ty)
            .map(|(r, reach)| (wit.resolve.types[r].name.clone().unwrap_or_default(), reach))
            .collect()
    }

    fn both() -> Reach {
        Reach {
            own: true,
            borrow: true,
        }
    }

    #[test]
    fn a_resource_named_in_a_value_position_is_an_own_handle_to_its_definition() {
        let wit = Wit::parse(WIT);
        // `y` is an alias of `x`: the reach is recorded against `x` itself.
        assert_eq!(reach(&wit, "bare"), [("x".into(), Reach::OWN)]);
        assert_eq!(reach(&wit, "owned"), [("x".into(), Reach::OWN)]);
        assert_eq!(reach(&wit, "borrowed"), [("x".into(), Reach::BORROW)]);
    }

    #[test]
    fn containers_merge_what_their_parts_reach() {
        let wit = Wit::parse(WIT);
        assert_eq!(
            reach(&wit, "rec"),
            [("x".into(), both()), ("z".into(), Reach::BORROW)]
        );
        assert_eq!(reach(&wit, "mixed"), [("x".into(), both())]);
        assert_eq!(reach(&wit, "plain"), []);
    }
}
