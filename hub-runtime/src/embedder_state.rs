//! The embedder's own state in every store, for host interfaces served through what
//! wasmtime's `bindgen!` generates (`add_to_linker` takes a getter from the store's
//! state to the embedder's). Each store makes its value the first time a host function
//! asks for it, with the factory the embedder gave `Hub::serve_bindgen`, which gets the
//! store's view of the host's shared resources.

use std::any::{Any, TypeId};
use std::sync::Arc;

use parking_lot::RwLock;

use crate::host_resources::HostResources;

/// Makes a fresh value of one embedder state type.
pub(crate) type Factory = Arc<dyn Fn(HostResources) -> Box<dyn Any + Send> + Send + Sync>;

/// The factories of every embedder state type, shared by the hub and all its stores.
#[derive(Clone, Default)]
pub(crate) struct Factories(Arc<RwLock<Vec<(TypeId, Factory)>>>);

impl Factories {
    /// Makes values of `T` with `factory` from now on (replacing an earlier factory).
    pub(crate) fn add<T: Send + 'static>(
        &self,
        factory: impl Fn(HostResources) -> T + Send + Sync + 'static,
    ) {
        let factory: Factory = Arc::new(move |resources| Box::new(factory(resources)));
        let mut all = self.0.write();
        all.retain(|(ty, _)| *ty != TypeId::of::<T>());
        all.push((TypeId::of::<T>(), factory));
    }

    fn make(&self, ty: TypeId, resources: HostResources) -> Option<Box<dyn Any + Send>> {
        let factory = self
            .0
            .read()
            .iter()
            .find(|(t, _)| *t == ty)
            .map(|(_, f)| Arc::clone(f))?;
        Some(factory(resources))
    }
}

/// One store's embedder state values, made on first use.
pub(crate) struct EmbedderStates {
    factories: Factories,
    values: Vec<(TypeId, Box<dyn Any + Send>)>,
}

impl EmbedderStates {
    pub(crate) fn new(factories: Factories) -> Self {
        EmbedderStates {
            factories,
            values: Vec::new(),
        }
    }

    /// This store's `T`, made now (from the store's view of the host's shared
    /// `resources`) if this is the first use.
    ///
    /// # Panics
    ///
    /// When no factory of `T` was given to `Hub::serve_bindgen`: the getter passed to
    /// `add_to_linker` names another type than the one served, an embedder's bug.
    pub(crate) fn get<T: Send + 'static>(&mut self, resources: &HostResources) -> &mut T {
        let ty = TypeId::of::<T>();
        let index = match self.values.iter().position(|(t, _)| *t == ty) {
            Some(index) => index,
            None => {
                let value = self
                    .factories
                    .make(ty, resources.clone())
                    .unwrap_or_else(|| {
                    panic!(
                        "no embedder state of type `{}` is served: give its factory to `Hub::serve_bindgen`",
                        std::any::type_name::<T>()
                    )
                });
                self.values.push((ty, value));
                self.values.len() - 1
            }
        };
        self.values[index]
            .1
            .downcast_mut()
            .expect("values are stored under their own type id")
    }
}
