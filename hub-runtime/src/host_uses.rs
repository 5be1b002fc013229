//! The resources a host interface uses from other interfaces (`use e1.{x as y}`): a
//! component importing both has one resource type for `e1.x` and `e2.y`, so the host
//! must define `y` in `e2`'s instance with the type it gave `x`, not a type of its own.

use wit_parser::{Resolve, Type, TypeDefKind, TypeOwner};

use crate::error::HostInterfaceError;

/// A resource of another interface, under a name of its own here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct UsedResource {
    /// Its name in the interface that uses it (`y`).
    pub(crate) local: String,
    /// The full name of the interface that defines it (`share:res/e1@0.1.0`).
    pub(crate) interface: String,
    /// Its name there (`x`).
    pub(crate) name: String,
}

/// The resources the interface `name` (its full name) of the WIT package `wit` uses
/// from other interfaces.
///
/// # Errors
///
/// [`HostInterfaceError::Wit`] when the WIT does not parse.
pub(crate) fn used_resources(
    wit: &str,
    name: &str,
) -> Result<Vec<UsedResource>, HostInterfaceError> {
    let mut resolve = Resolve::default();
    resolve
        .push_str("host.wit", wit)
        .map_err(|source| HostInterfaceError::Wit { source })?;
    let Some((id, iface)) = resolve
        .interfaces
        .iter()
        .find(|(id, _)| resolve.id_of(*id).as_deref() == Some(name))
    else {
        return Ok(Vec::new());
    };
    let mut used = Vec::new();
    for (local, &ty) in &iface.types {
        // Follow `use` (and type aliases) to the definition.
        let mut def = &resolve.types[ty];
        while let TypeDefKind::Type(Type::Id(next)) = def.kind {
            def = &resolve.types[next];
        }
        let (TypeDefKind::Resource, TypeOwner::Interface(owner)) = (&def.kind, def.owner) else {
            continue;
        };
        if owner == id {
            continue;
        }
        if let (Some(interface), Some(original)) = (resolve.id_of(owner), def.name.clone()) {
            used.push(UsedResource {
                local: local.clone(),
                interface,
                name: original,
            });
        }
    }
    Ok(used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_used_resource_is_found_under_its_own_name_and_its_definition_s() {
        let wit = "package share:res@0.1.0;
            interface e1 { resource x; }
            interface e2 { use e1.{x as y}; type z = y; resource own-one; }";
        let used = used_resources(wit, "share:res/e2@0.1.0").expect("parses");
        let found = |local: &str| UsedResource {
            local: local.into(),
            interface: "share:res/e1@0.1.0".into(),
            name: "x".into(),
        };
        assert_eq!(used, [found("y"), found("z")]);
        assert_eq!(
            used_resources(wit, "share:res/e1@0.1.0").expect("parses"),
            []
        );
    }
}
