//! WIT snippets for the unit tests: parse one package, find its interfaces, types and
//! parameters by name, and render from one of its interfaces.

use wit_parser::{InterfaceId, Resolve, Type, TypeId};

use crate::handles::HandleIndex;
use crate::types::{ForwarderSet, INTERFACE_DEPTH, TypeRender};

/// One parsed WIT package, analysed.
pub(crate) struct Wit {
    pub(crate) resolve: Resolve,
    pub(crate) handles: HandleIndex,
}

impl Wit {
    /// Parses `source` (one package; it may nest others) or panics with wit-parser's error.
    pub(crate) fn parse(source: &str) -> Wit {
        let mut resolve = Resolve::default();
        resolve
            .push_str("test.wit", source)
            .unwrap_or_else(|e| panic!("{e:#}"));
        let handles = HandleIndex::new(&resolve);
        Wit { resolve, handles }
    }

    /// The interface named `name` (in any package).
    pub(crate) fn interface(&self, name: &str) -> InterfaceId {
        self.resolve
            .interfaces
            .iter()
            .find(|(_, i)| i.name.as_deref() == Some(name))
            .map(|(id, _)| id)
            .unwrap_or_else(|| panic!("no interface `{name}`"))
    }

    /// The type `name` of interface `interface` (a definition or a `use`).
    pub(crate) fn named(&self, interface: &str, name: &str) -> TypeId {
        let id = self.interface(interface);
        *self.resolve.interfaces[id]
            .types
            .get(name)
            .unwrap_or_else(|| panic!("no type `{name}` in `{interface}`"))
    }

    /// The type of parameter `param` of function `function` of `interface`.
    pub(crate) fn param(&self, interface: &str, function: &str, param: &str) -> Type {
        let id = self.interface(interface);
        let function = &self.resolve.interfaces[id].functions[function];
        function
            .params
            .iter()
            .find(|p| p.name == param)
            .unwrap_or_else(|| panic!("no parameter `{param}`"))
            .ty
    }

    /// A renderer of the pass-through set of `interface`, owning `owned`.
    pub(crate) fn render<'a>(&'a self, interface: &str, owned: &'a [TypeId]) -> TypeRender<'a> {
        TypeRender {
            resolve: &self.resolve,
            handles: &self.handles,
            current: self.interface(interface),
            owned,
            set: ForwarderSet::PassThrough,
            depth: INTERFACE_DEPTH,
        }
    }
}
