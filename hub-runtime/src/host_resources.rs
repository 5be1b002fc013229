//! A store's view of the host's shared resource table: where an embedder's `bindgen!`
//! implementation keeps the values of a resource that crosses between stores
//! ([`Hub::share_resource`](crate::Hub::share_resource)).

use std::any::type_name;
use std::sync::Arc;

use wasmtime::component::Resource;

use crate::error::HostResourceError;
use crate::holder::Holder;
use crate::host_table::HostTable;

/// The hub-wide table of the host's shared resources, as one store sees it: what it
/// pushes is held by that store (its run, or its library) until it moves on through a
/// call or is deleted, and is released (its value dropped) when the holder ends. Every
/// store's factory given to [`Hub::serve_bindgen`](crate::Hub::serve_bindgen) gets one.
///
/// Unlike wasmtime's `ResourceTable`, which belongs to one store, a `rep` here means the
/// same value in every store, so a handle passed to a library reaches the value it was
/// made for. Values are shared (`Arc<T>`): mutate through interior mutability.
#[derive(Clone)]
pub struct HostResources {
    table: Arc<HostTable>,
    holder: Holder,
}

impl HostResources {
    pub(crate) fn new(table: Arc<HostTable>, holder: Holder) -> Self {
        HostResources { table, holder }
    }

    /// Keeps `value`, held by this store; the handle to return to the guest.
    ///
    /// # Errors
    ///
    /// [`HostResourceError::Quota`] when this store is a run at its handle quota,
    /// [`HostResourceError::Full`] when the table is full.
    pub fn push<T: Send + Sync + 'static>(
        &self,
        value: T,
    ) -> Result<Resource<T>, HostResourceError> {
        Ok(Resource::new_own(self.push_rep(value)?))
    }

    /// Keeps `value`, held by this store; its `rep`.
    pub(crate) fn push_rep<T: Send + Sync + 'static>(
        &self,
        value: T,
    ) -> Result<u32, HostResourceError> {
        self.table.insert(Arc::new(value), self.holder)
    }

    /// The value behind `resource`, whichever store made it.
    ///
    /// # Errors
    ///
    /// [`HostResourceError::Dead`] when it was deleted or released,
    /// [`HostResourceError::WrongType`] when its value is not a `T`.
    pub fn get<T: Send + Sync + 'static>(
        &self,
        resource: &Resource<T>,
    ) -> Result<Arc<T>, HostResourceError> {
        self.get_rep(resource.rep())
    }

    /// The value behind `rep`, as [`get`](Self::get).
    pub(crate) fn get_rep<T: Send + Sync + 'static>(
        &self,
        rep: u32,
    ) -> Result<Arc<T>, HostResourceError> {
        self.table
            .get(rep)?
            .downcast::<T>()
            .map_err(|_| wrong_type::<T>(rep))
    }

    /// Removes the value behind `resource` (the guest dropped its handle) and returns it.
    ///
    /// # Errors
    ///
    /// As [`get`](Self::get); nothing is removed then.
    pub fn delete<T: Send + Sync + 'static>(
        &self,
        resource: Resource<T>,
    ) -> Result<Arc<T>, HostResourceError> {
        self.delete_rep(resource.rep())
    }

    /// Removes the value behind `rep`, as [`delete`](Self::delete).
    pub(crate) fn delete_rep<T: Send + Sync + 'static>(
        &self,
        rep: u32,
    ) -> Result<Arc<T>, HostResourceError> {
        let value = self.table.remove_if(rep, |value| {
            if value.is::<T>() {
                Ok(())
            } else {
                Err(wrong_type::<T>(rep))
            }
        })?;
        value.downcast::<T>().map_err(|_| wrong_type::<T>(rep))
    }

    /// Removes the value behind `rep`, whatever its type (a guest dropped its handle, or
    /// gave it to the host); `false` when it was no longer live.
    pub(crate) fn remove_any(&self, rep: u32) -> bool {
        self.table.remove(rep).is_ok()
    }
}

fn wrong_type<T>(rep: u32) -> HostResourceError {
    HostResourceError::WrongType {
        rep,
        expected: type_name::<T>(),
    }
}
