//! What a component imports and exports, read from its type before instantiating it.

use wasmtime::Engine;
use wasmtime::component::Component;
use wasmtime::component::types::{ComponentFunc, ComponentItem};

/// A component's exports the hub can forward.
#[derive(Clone, Default)]
pub(crate) struct ExportedItems {
    /// Exported interface instances, by full name, with the names of their resources
    /// and functions.
    pub(crate) interfaces: Vec<ExportedInterface>,
    /// Top-level exported functions, with their types.
    pub(crate) functions: Vec<(String, ComponentFunc)>,
}

/// One exported interface instance.
#[derive(Clone)]
pub(crate) struct ExportedInterface {
    pub(crate) name: String,
    pub(crate) resources: Vec<String>,
    pub(crate) functions: Vec<String>,
    /// The type of each function, in the order of `functions`.
    pub(crate) function_types: Vec<ComponentFunc>,
}

impl ExportedItems {
    /// The exported interface named `name` exactly.
    pub(crate) fn interface(&self, name: &str) -> Option<&ExportedInterface> {
        self.interfaces.iter().find(|i| i.name == name)
    }

    /// The type of the top-level function `name`.
    pub(crate) fn function(&self, name: &str) -> Option<&ComponentFunc> {
        self.functions
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, ty)| ty)
    }
}

impl ExportedInterface {
    /// The type of function `name`.
    pub(crate) fn function_type(&self, name: &str) -> Option<&ComponentFunc> {
        self.functions
            .iter()
            .position(|f| f == name)
            .map(|i| &self.function_types[i])
    }
}

/// Lists the interfaces and top-level functions `component` exports.
pub(crate) fn exported_items(engine: &Engine, component: &Component) -> ExportedItems {
    let mut items = ExportedItems::default();
    for (name, export) in component.component_type().exports(engine) {
        match export.ty {
            ComponentItem::ComponentInstance(instance) => {
                let mut interface = ExportedInterface {
                    name: name.to_owned(),
                    resources: Vec::new(),
                    functions: Vec::new(),
                    function_types: Vec::new(),
                };
                for (item, export) in instance.exports(engine) {
                    match export.ty {
                        ComponentItem::Resource(_) => interface.resources.push(item.to_owned()),
                        ComponentItem::ComponentFunc(func) => {
                            interface.functions.push(item.to_owned());
                            interface.function_types.push(func);
                        }
                        ComponentItem::CoreFunc(_)
                        | ComponentItem::Module(_)
                        | ComponentItem::Component(_)
                        | ComponentItem::ComponentInstance(_)
                        | ComponentItem::Type(_) => {}
                    }
                }
                items.interfaces.push(interface);
            }
            ComponentItem::ComponentFunc(func) => items.functions.push((name.to_owned(), func)),
            ComponentItem::CoreFunc(_)
            | ComponentItem::Module(_)
            | ComponentItem::Component(_)
            | ComponentItem::Type(_)
            | ComponentItem::Resource(_) => {}
        }
    }
    items
}

/// One import of a component the hub must satisfy.
pub(crate) struct Import {
    pub(crate) name: String,
    pub(crate) kind: ImportKind,
}

/// What an import is.
pub(crate) enum ImportKind {
    /// An interface instance: its functions with their types, and whether it has
    /// anything a provider must supply (functions or resources) at all.
    Instance {
        functions: Vec<(String, ComponentFunc)>,
        types_only: bool,
    },
    /// A top-level function.
    Function(ComponentFunc),
}

/// Everything `component` imports that someone must provide (interfaces and top-level
/// functions; type imports need nothing).
pub(crate) fn imports(engine: &Engine, component: &Component) -> Vec<Import> {
    let mut imports = Vec::new();
    for (name, import) in component.component_type().imports(engine) {
        let kind = match import.ty {
            ComponentItem::ComponentInstance(instance) => {
                let mut functions = Vec::new();
                let mut resources = 0;
                for (item, export) in instance.exports(engine) {
                    match export.ty {
                        ComponentItem::ComponentFunc(func) => {
                            functions.push((item.to_owned(), func));
                        }
                        ComponentItem::Resource(_) => resources += 1,
                        ComponentItem::CoreFunc(_)
                        | ComponentItem::Module(_)
                        | ComponentItem::Component(_)
                        | ComponentItem::ComponentInstance(_)
                        | ComponentItem::Type(_) => {}
                    }
                }
                let types_only = functions.is_empty() && resources == 0;
                ImportKind::Instance {
                    functions,
                    types_only,
                }
            }
            ComponentItem::ComponentFunc(func) => ImportKind::Function(func),
            ComponentItem::CoreFunc(_)
            | ComponentItem::Module(_)
            | ComponentItem::Component(_)
            | ComponentItem::Type(_)
            | ComponentItem::Resource(_) => continue,
        };
        imports.push(Import {
            name: name.to_owned(),
            kind,
        });
    }
    imports
}
