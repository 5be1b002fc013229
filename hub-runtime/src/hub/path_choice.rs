//! Binding a new library's exports: each interface goes to its generated forwarders when
//! a set of the same name fits, and to the dynamic path otherwise.

use std::sync::Arc;

use wasmtime::component::Instance;

use super::Hub;
use crate::bound_export::BoundExport;
use crate::dynamic;
use crate::error::{ForwardError, GeneratedMismatch};
use crate::export_resolver::ExportResolver;
use crate::exports::ExportedItems;
use crate::forwarding_path::ForwardingPath;
use crate::generated::{self, GeneratedFor};
use crate::interface_name::compatibility_key;
use crate::library_cell::LibraryCell;
use crate::resource_type::ResourceTypes;

impl Hub {
    /// Binds every export of a new library.
    ///
    /// # Errors
    ///
    /// The export that cannot be forwarded, and why.
    pub(super) fn bind(
        &self,
        types: &mut ResourceTypes,
        cell: &Arc<LibraryCell>,
        instances: &[Instance],
        items: &ExportedItems,
    ) -> Result<Vec<BoundExport>, (String, ForwardError)> {
        let generated: Vec<GeneratedFor> = items
            .interfaces
            .iter()
            .map(|i| self.generated_for(&i.name))
            .collect();
        let mut guards = cell.lock_all();
        let disabled = || {
            (
                "(library)".to_owned(),
                ForwardError::Link(wasmtime::format_err!(
                    "the library was disabled while loading"
                )),
            )
        };
        let mut stores = Vec::with_capacity(guards.len());
        for guard in &mut guards {
            stores.push(guard.as_mut().ok_or_else(disabled)?);
        }
        let mut stores = stores.into_iter().zip(instances.iter().copied());
        let (store, instance) = stores.next().ok_or_else(disabled)?;
        let mut cx = ExportResolver {
            store,
            instance,
            others: stores.collect(),
            library: cell,
            registry: &self.registry,
            types,
        };
        let mut exports = Vec::new();
        for (interface, generated) in items.interfaces.iter().zip(generated) {
            let dynamically = |cx: &mut ExportResolver<'_>, fallback| {
                dynamic::bind_interface(cx, interface).map(|binding| {
                    BoundExport::dynamic(Some(interface.name.clone()), fallback, binding)
                })
            };
            let bound = match generated {
                GeneratedFor::Set(set) => generated::bind_interface(&mut cx, interface, set)
                    .or_else(|mismatch| dynamically(&mut cx, Some(mismatch))),
                GeneratedFor::Skipped(reason) => {
                    dynamically(&mut cx, Some(GeneratedMismatch::NotGenerated { reason }))
                }
                GeneratedFor::Nothing => dynamically(&mut cx, None),
            };
            let mut bound = bound.map_err(|err| (interface.name.clone(), err))?;
            if bound.path == ForwardingPath::Generated {
                // The host calls every export through `Val`s.
                bound.callable =
                    dynamic::plan_functions(&mut cx, Some(&interface.name), &bound.functions)
                        .map_err(|err| (interface.name.clone(), err))?;
            }
            exports.push(bound);
        }
        if !items.functions.is_empty() {
            let names: Vec<String> = items.functions.iter().map(|(f, _)| f.clone()).collect();
            let binding = dynamic::bind_top_level(&mut cx, &names)
                .map_err(|err| ("top-level functions".to_owned(), err))?;
            exports.push(BoundExport::dynamic(None, None, binding));
        }
        Ok(exports)
    }

    /// What was generated for an interface name (semver-compatible), unless the hub
    /// forwards everything dynamically.
    pub(super) fn generated_for(&self, name: &str) -> GeneratedFor {
        if self.options.force_dynamic {
            return GeneratedFor::Nothing;
        }
        let key = compatibility_key(name);
        if let Some(set) = self
            .generated
            .interfaces()
            .iter()
            .copied()
            .find(|set| compatibility_key(set.name()) == key)
        {
            return GeneratedFor::Set(set);
        }
        match self
            .generated
            .skipped()
            .iter()
            .find(|(skipped, _)| compatibility_key(skipped) == key)
        {
            Some((_, reason)) => GeneratedFor::Skipped(reason),
            None => GeneratedFor::Nothing,
        }
    }
}
