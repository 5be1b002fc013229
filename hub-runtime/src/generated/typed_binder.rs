//! Resolving a generated interface's functions in a real component, with wasmtime's type
//! check deciding whether the generated types fit.

use std::sync::Arc;

use wasmtime::component::{ComponentExportIndex, ComponentNamedList, Lift, Lower};

use super::{InstanceFuncs, Provider};
use crate::error::GeneratedMismatch;
use crate::export_resolver::ExportResolver;

/// Resolves and type-checks a generated interface's functions against one component.
pub struct TypedBinder<'a, 'b> {
    pub(crate) cx: &'a mut ExportResolver<'b>,
    pub(crate) interface: ComponentExportIndex,
    pub(crate) provider: Arc<Provider>,
    pub(crate) owns_uses: bool,
}

impl TypedBinder<'_, '_> {
    /// Whether the provider defines the resources the interface uses (see
    /// [`GeneratedInterface::uses`](super::GeneratedInterface::uses)): the generated code
    /// then binds its forwarders that convert them.
    pub fn owns_uses(&self) -> bool {
        self.owns_uses
    }

    /// The provider handle the forwarders call through.
    pub fn provider(&self) -> Arc<Provider> {
        Arc::clone(&self.provider)
    }

    /// The provider's function `name` as a `TypedFunc<P, R>` in each of its instances.
    ///
    /// # Errors
    ///
    /// [`GeneratedMismatch::FunctionType`] when the component's function has other types.
    pub fn func<P, R>(&mut self, name: &str) -> Result<InstanceFuncs<P, R>, GeneratedMismatch>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        let funcs = self
            .cx
            .funcs(Some(&self.interface), name)
            .map_err(GeneratedMismatch::Export)?;
        self.cx
            .stores_with(&funcs)
            .map(|(store, func)| func.typed::<P, R>(store))
            .collect::<Result<InstanceFuncs<P, R>, _>>()
            .map_err(|source| GeneratedMismatch::FunctionType {
                function: name.to_owned(),
                source,
            })
    }
}
