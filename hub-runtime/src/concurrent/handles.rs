//! Resources crossing to and from an async library. Its store belongs to its event loop,
//! often on another thread than the caller's, so a handle crosses in two halves: the
//! store it leaves turns it into its registry `rep` (a `u32` in the handle's place), and
//! the store it enters turns the `rep` into a handle of its own. The registry steps are
//! the sync path's (`dynamic/transfer.rs`): the library's own resources are unwrapped to
//! (and registered from) its handles, anyone else's pass through as host handles. The
//! items of streams and futures of handles cross the same way ([`ResourceItems`]).

use std::sync::Arc;

use wasmtime::component::{ResourceAny, Val};
use wasmtime::{AsContextMut, StoreContextMut};

use super::pump::ItemCodec;
use crate::dynamic::{HandleOwner, Plan};
use crate::holder::Holder;
use crate::ids::LibraryId;
use crate::registry::HandleRegistry;
use crate::resource_type::ResourceTypeEntry;
use crate::state::HostState;

/// Where the handles in one function's params and results are, and the registry they
/// cross through.
pub(crate) struct HandlePlans {
    pub(crate) params: Box<[Plan]>,
    pub(crate) results: Box<[Plan]>,
    registry: Arc<HandleRegistry>,
    /// The async library: its own resources are unwrapped on the way in.
    library: LibraryId,
}

impl HandlePlans {
    /// The plans of a function of `library`, or `None` when its signature holds no
    /// handle (its values cross as they are).
    pub(crate) fn new(
        params: Box<[Plan]>,
        results: Box<[Plan]>,
        registry: &Arc<HandleRegistry>,
        library: LibraryId,
    ) -> Option<HandlePlans> {
        let plain = params.iter().chain(results.iter()).all(Plan::is_keep);
        (!plain).then(|| HandlePlans {
            params,
            results,
            registry: Arc::clone(registry),
            library,
        })
    }

    /// The caller's `params` leaving its `store`: each handle becomes its `rep` (an
    /// `own` leaves the store's table; the registry still names the caller as holder
    /// until the call takes it, so a call that never runs loses nothing).
    ///
    /// # Errors
    ///
    /// A handle not of its planned type, or a value not of the planned shape.
    pub(crate) fn leave_caller(
        &self,
        mut store: impl AsContextMut<Data = HostState>,
        params: Vec<Val>,
    ) -> wasmtime::Result<Vec<Val>> {
        map_all(&self.params, params, &mut |owner, _borrow, value| {
            let Val::Resource(handle) = value else {
                return Err(not_a(&value, "handle"));
            };
            let rep = owner.codec().rep_of(handle, store.as_context_mut())?;
            Ok(Val::U32(rep))
        })
    }

    /// The `params` entering the library's `store`: each `rep` becomes the library's
    /// handle. Its own resource's is lent from the registry for a `borrow` and taken
    /// out of it for an `own`; anyone else's is a host handle, moved to the library for
    /// an `own`, and for a `borrow` lent for the call (pushed to `lent`, to release after
    /// it: a host borrow can only be made inside a call).
    ///
    /// # Errors
    ///
    /// A `rep` not live or of another type, or a value not of the planned shape.
    pub(crate) fn enter_library(
        &self,
        mut store: impl AsContextMut<Data = HostState>,
        params: Vec<Val>,
        lent: &mut Vec<ResourceAny>,
    ) -> wasmtime::Result<Vec<Val>> {
        let holder = Holder::Library(self.library);
        map_all(&self.params, params, &mut |owner, borrow, value| {
            let rep = rep(&value)?;
            if let HandleOwner::Library(entry) = owner
                && entry.owner.id == self.library
            {
                let found = if borrow {
                    self.registry.get(rep, entry, Some(0))?
                } else {
                    self.registry.take(rep, entry, Some(0))?
                };
                return Ok(Val::Resource(found.handle));
            }
            let handle = owner
                .codec()
                .handle_for(rep, true, store.as_context_mut())?;
            if borrow {
                lent.push(handle);
            } else {
                move_to(&self.registry, owner, rep, holder)?;
            }
            Ok(Val::Resource(handle))
        })
    }

    /// The library's `results` leaving its `store` for a caller whose store is held by
    /// `holder`: each handle becomes a `rep` that `holder` holds (the library's own
    /// resources registered, anyone else's moved). A handle of its own the registry
    /// refuses (the caller's quota) is pushed to `orphans`, for the library to drop.
    ///
    /// # Errors
    ///
    /// The registry's refusal, or a value not of the planned shape.
    pub(crate) fn leave_library(
        &self,
        mut store: impl AsContextMut<Data = HostState>,
        results: Vec<Val>,
        holder: Holder,
        orphans: &mut Vec<ResourceAny>,
    ) -> wasmtime::Result<Vec<Val>> {
        map_all(&self.results, results, &mut |owner, _borrow, value| {
            let Val::Resource(handle) = value else {
                return Err(not_a(&value, "handle"));
            };
            if let HandleOwner::Library(entry) = owner
                && entry.owner.id == self.library
            {
                return match self.registry.insert(entry, handle, 0, holder) {
                    Ok(rep) => Ok(Val::U32(rep)),
                    Err(err) => {
                        orphans.push(handle);
                        Err(err)
                    }
                };
            }
            let rep = owner.codec().rep_of(handle, store.as_context_mut())?;
            move_to(&self.registry, owner, rep, holder)?;
            Ok(Val::U32(rep))
        })
    }

    /// The `results` entering the caller's `store`: each `rep` becomes a host handle.
    ///
    /// # Errors
    ///
    /// The store's handle table is full, or a value not of the planned shape.
    pub(crate) fn enter_caller(
        &self,
        mut store: impl AsContextMut<Data = HostState>,
        results: Vec<Val>,
    ) -> wasmtime::Result<Vec<Val>> {
        map_all(&self.results, results, &mut |owner, _borrow, value| {
            let handle = owner
                .codec()
                .handle_for(rep(&value)?, true, store.as_context_mut())?;
            Ok(Val::Resource(handle))
        })
    }
}

/// Records that `owner`'s handle `rep` is `holder`'s now.
fn move_to(
    registry: &HandleRegistry,
    owner: &HandleOwner,
    rep: u32,
    holder: Holder,
) -> wasmtime::Result<()> {
    match owner {
        HandleOwner::Library(_) => registry.move_to(rep, holder),
        HandleOwner::Host(_) => Ok(registry.host.move_to(rep, holder)?),
    }
}

/// Each of `values` with `f` applied at every handle position its plan has.
fn map_all(
    plans: &[Plan],
    values: Vec<Val>,
    f: &mut crate::dynamic::HandleValFn<'_>,
) -> wasmtime::Result<Vec<Val>> {
    if plans.len() != values.len() {
        wasmtime::bail!("{} values for {} types", values.len(), plans.len());
    }
    values
        .into_iter()
        .zip(plans)
        .map(|(value, plan)| plan.map_handle_positions(value, f))
        .collect()
}

/// The `rep` standing in a handle's place.
fn rep(value: &Val) -> wasmtime::Result<u32> {
    match value {
        Val::U32(rep) => Ok(*rep),
        other => Err(not_a(other, "handle's rep")),
    }
}

fn not_a(value: &Val, what: &str) -> wasmtime::Error {
    wasmtime::format_err!("a value `{value:?}` where a {what} was expected")
}

/// The handles of one resource crossing as the items of streams and futures: each
/// leaves its store as its `rep` and enters the other as a handle of that store. On the
/// way the registry names the sending store's holder, and the receiving store's once it
/// lands (or once its reader dropped its end before it came: [`ItemCodec::abandon`]),
/// so what crosses is always released with somebody.
pub(crate) struct ResourceItems {
    owner: HandleOwner,
    registry: Arc<HandleRegistry>,
}

impl ResourceItems {
    /// The items of `owner`'s resource, through `registry`.
    pub(crate) fn new(owner: HandleOwner, registry: &Arc<HandleRegistry>) -> ResourceItems {
        ResourceItems {
            owner,
            registry: Arc::clone(registry),
        }
    }

    /// The resource's entry when `holder`'s store is the library that defines it: its
    /// handles there are its own, not host handles.
    fn defined_by(&self, holder: Holder) -> Option<&Arc<ResourceTypeEntry>> {
        match &self.owner {
            HandleOwner::Library(entry) if holder == Holder::Library(entry.owner.id) => Some(entry),
            _ => None,
        }
    }
}

impl ItemCodec<ResourceAny, u32> for ResourceItems {
    fn encode(
        &self,
        mut store: StoreContextMut<'_, HostState>,
        items: Vec<ResourceAny>,
    ) -> wasmtime::Result<Vec<u32>> {
        let holder = store.data().holder;
        let defined = self.defined_by(holder);
        items
            .into_iter()
            .map(|handle| match defined {
                // An async library has one instance.
                Some(entry) => self.registry.insert(entry, handle, 0, holder),
                None => self.owner.codec().rep_of(handle, store.as_context_mut()),
            })
            .collect()
    }

    fn decode(
        &self,
        mut store: StoreContextMut<'_, HostState>,
        reps: Vec<u32>,
    ) -> wasmtime::Result<Vec<ResourceAny>> {
        let holder = store.data().holder;
        let defined = self.defined_by(holder);
        reps.into_iter()
            .map(|rep| match defined {
                Some(entry) => Ok(self.registry.take(rep, entry, Some(0))?.handle),
                None => {
                    move_to(&self.registry, &self.owner, rep, holder)?;
                    self.owner
                        .codec()
                        .handle_for(rep, true, store.as_context_mut())
                }
            })
            .collect()
    }
    fn abandon(&self, reps: Vec<u32>, receiver: Holder) {
        // The defining library's own come back to it from their sender, who still holds
        // them; anyone else's go with the receiver (over its quota: with the sender).
        if self.defined_by(receiver).is_none() {
            for rep in reps {
                let _ = move_to(&self.registry, &self.owner, rep, receiver);
            }
        }
    }
}
