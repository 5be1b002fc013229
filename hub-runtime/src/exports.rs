//! What a component imports and exports, read from its type before instantiating it.

use wasmtime::Engine;
use wasmtime::component::Component;
use wasmtime::component::types::ComponentItem;

/// A component's exports the hub can forward.
#[derive(Default)]
pub(crate) struct ExportedItems {
    /// Exported interface instances, by full name, with the names of their resources
    /// and functions.
    pub(crate) interfaces: Vec<ExportedInterface>,
    /// Top-level exported functions.
    pub(crate) functions: Vec<String>,
}

pub(crate) struct ExportedInterface {
    pub(crate) name: String,
    pub(crate) resources: Vec<String>,
    pub(crate) functions: Vec<String>,
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
                };
                for (item, export) in instance.exports(engine) {
                    match export.ty {
                        ComponentItem::Resource(_) => interface.resources.push(item.to_owned()),
                        ComponentItem::ComponentFunc(_) => {
                            interface.functions.push(item.to_owned())
                        }
                        _ => {}
                    }
                }
                items.interfaces.push(interface);
            }
            ComponentItem::ComponentFunc(_) => items.functions.push(name.to_owned()),
            _ => {}
        }
    }
    items
}

/// Names of everything `component` imports (interfaces and top-level functions).
pub(crate) fn imported_names(engine: &Engine, component: &Component) -> Vec<String> {
    component
        .component_type()
        .imports(engine)
        .filter(|(_, import)| {
            matches!(
                import.ty,
                ComponentItem::ComponentInstance(_) | ComponentItem::ComponentFunc(_)
            )
        })
        .map(|(name, _)| name.to_owned())
        .collect()
}
