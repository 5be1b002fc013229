//! Reaching every handle inside a value by its [`Plan`]: for the host's own calls (the
//! host keeps the handles its calls return, a library's or its own shared ones, and lends
//! them to later calls), and to learn which instance of a library a call must go to.

use std::sync::Arc;

use smallvec::SmallVec;
use wasmtime::component::{ResourceAny, Val};
use wasmtime::{AsContextMut, StoreContextMut};

use super::plan::Plan;
use crate::resource_type::{HandleCodec, ResourceTypeEntry, SharedHostResource};
use crate::state::HostState;

/// Whose resource a handle is: a library's (its entry) or the host's own shared one.
#[derive(Clone)]
pub(crate) enum HandleOwner {
    Library(Arc<ResourceTypeEntry>),
    Host(Arc<SharedHostResource>),
}

impl HandleOwner {
    /// How its handles convert to and from `rep`s.
    pub(crate) fn codec(&self) -> &dyn HandleCodec {
        match self {
            HandleOwner::Library(entry) => &*entry.codec,
            HandleOwner::Host(shared) => &*shared.codec,
        }
    }

    /// The resource's name, for messages.
    pub(crate) fn name(&self) -> &str {
        match self {
            HandleOwner::Library(entry) => &entry.name,
            HandleOwner::Host(shared) => &shared.name,
        }
    }
}

/// What to do with one handle: whose it is, whether the position is a `borrow`, and the
/// handle; returns the handle to put there instead.
pub(crate) type HandleFn<'f> =
    dyn FnMut(&HandleOwner, bool, ResourceAny) -> wasmtime::Result<ResourceAny> + 'f;

/// What to do with the value in one handle's position (a handle, or what stands for one
/// on its way between stores): whose resource it is, whether the position is a
/// `borrow`, and the value; returns the value to put there instead.
pub(crate) type HandleValFn<'f> = dyn FnMut(&HandleOwner, bool, Val) -> wasmtime::Result<Val> + 'f;

impl Plan {
    /// `value` with every handle inside it replaced by what `f` makes of it. Values with
    /// no handles in their type are returned as they are.
    ///
    /// # Errors
    ///
    /// What `f` returns, and a value that does not have the planned shape.
    pub(crate) fn map_handles(&self, value: Val, f: &mut HandleFn<'_>) -> wasmtime::Result<Val> {
        self.map_handle_positions(value, &mut |owner, borrow, value| match value {
            Val::Resource(handle) => Ok(Val::Resource(f(owner, borrow, handle)?)),
            value => Err(shape_error(&value)),
        })
    }

    /// `value` with the value in every handle position replaced by what `f` makes of
    /// it, whatever stands there: a handle, or (between two stores) its `rep`.
    ///
    /// # Errors
    ///
    /// What `f` returns, and a value that does not have the planned shape.
    pub(crate) fn map_handle_positions(
        &self,
        value: Val,
        f: &mut HandleValFn<'_>,
    ) -> wasmtime::Result<Val> {
        Ok(match (self, value) {
            (Plan::Keep, value) => value,
            (Plan::Handle { entry, borrow, .. }, value) => {
                f(&HandleOwner::Library(Arc::clone(entry)), *borrow, value)?
            }
            (Plan::HostHandle { shared, borrow }, value) => {
                f(&HandleOwner::Host(Arc::clone(shared)), *borrow, value)?
            }
            (Plan::List(plan), Val::List(items)) => Val::List(
                items
                    .into_iter()
                    .map(|v| plan.map_handle_positions(v, f))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Option(plan), Val::Option(inner)) => Val::Option(
                inner
                    .map(|v| plan.map_handle_positions(*v, f).map(Box::new))
                    .transpose()?,
            ),
            (Plan::Result(ok, err), Val::Result(result)) => Val::Result(match result {
                Ok(v) => Ok(map_payload(ok.as_deref(), v, f)?),
                Err(v) => Err(map_payload(err.as_deref(), v, f)?),
            }),
            (Plan::Record(plans), Val::Record(fields)) => Val::Record(
                fields
                    .into_iter()
                    .zip(plans)
                    .map(|((name, v), plan)| Ok((name, plan.map_handle_positions(v, f)?)))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Tuple(plans), Val::Tuple(items)) => Val::Tuple(
                items
                    .into_iter()
                    .zip(plans)
                    .map(|(v, plan)| plan.map_handle_positions(v, f))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Variant(cases), Val::Variant(name, payload)) => {
                let plan = cases
                    .iter()
                    .find(|(case, _)| *case == name)
                    .and_then(|(_, plan)| plan.as_ref());
                let payload = map_payload(plan, payload, f)?;
                Val::Variant(name, payload)
            }
            (_, value) => return Err(shape_error(&value)),
        })
    }
}

impl Plan {
    /// Whose resource a handle of this plan is, when it is a handle's.
    #[cfg(feature = "async")]
    pub(crate) fn handle_owner(&self) -> Option<HandleOwner> {
        match self {
            Plan::Handle { entry, .. } => Some(HandleOwner::Library(Arc::clone(entry))),
            Plan::HostHandle { shared, .. } => Some(HandleOwner::Host(Arc::clone(shared))),
            _ => None,
        }
    }

    /// Whether a value of this type can hold handles of the callee's own resources.
    pub(crate) fn has_callee_handles(&self) -> bool {
        match self {
            Plan::Keep => false,
            Plan::Handle { callee_owns, .. } => *callee_owns,
            Plan::HostHandle { .. } => false,
            Plan::List(plan) | Plan::Option(plan) => plan.has_callee_handles(),
            Plan::Result(ok, err) => [ok, err]
                .iter()
                .any(|p| p.as_ref().is_some_and(|p| p.has_callee_handles())),
            Plan::Record(plans) | Plan::Tuple(plans) => plans.iter().any(Plan::has_callee_handles),
            Plan::Variant(cases) => cases
                .iter()
                .any(|(_, p)| p.as_ref().is_some_and(Plan::has_callee_handles)),
        }
    }

    /// Takes the handles of the callee's own resources inside `value` out of the
    /// caller's `store` (an `own` leaves its table; a `borrow` stays) and appends their
    /// reps to `reps`, in the order [`to_callee`](Plan::to_callee) meets them.
    ///
    /// # Errors
    ///
    /// A handle that is not of its planned type, or a value that does not have the
    /// planned shape.
    pub(crate) fn lift_callee_handles(
        &self,
        value: &Val,
        store: &mut StoreContextMut<'_, HostState>,
        reps: &mut SmallVec<[u32; 2]>,
    ) -> wasmtime::Result<()> {
        let mut each = |plan: &Plan, value: &Val| plan.lift_callee_handles(value, store, reps);
        match (self, value) {
            (Plan::Keep, _) => Ok(()),
            (
                Plan::Handle {
                    callee_owns: false, ..
                }
                | Plan::HostHandle { .. },
                _,
            ) => Ok(()),
            (Plan::Handle { entry, .. }, Val::Resource(handle)) => {
                let rep = entry.codec.rep_of(*handle, store.as_context_mut())?;
                reps.push(rep);
                Ok(())
            }
            (Plan::List(plan), Val::List(items)) => items.iter().try_for_each(|v| each(plan, v)),
            (Plan::Option(plan), Val::Option(inner)) => {
                inner.as_deref().map_or(Ok(()), |v| each(plan, v))
            }
            (Plan::Result(ok, err), Val::Result(result)) => {
                let (plan, payload) = match result {
                    Ok(v) => (ok, v),
                    Err(v) => (err, v),
                };
                match (plan, payload) {
                    (Some(plan), Some(v)) => each(plan, v),
                    _ => Ok(()),
                }
            }
            (Plan::Record(plans), Val::Record(fields)) => fields
                .iter()
                .zip(plans)
                .try_for_each(|((_, v), plan)| each(plan, v)),
            (Plan::Tuple(plans), Val::Tuple(items)) => items
                .iter()
                .zip(plans)
                .try_for_each(|(v, plan)| each(plan, v)),
            (Plan::Variant(cases), Val::Variant(name, payload)) => {
                let plan = cases
                    .iter()
                    .find(|(case, _)| case == name)
                    .and_then(|(_, plan)| plan.as_ref());
                match (plan, payload) {
                    (Some(plan), Some(v)) => each(plan, v),
                    _ => Ok(()),
                }
            }
            (_, value) => Err(shape_error(value)),
        }
    }
}

fn map_payload(
    plan: Option<&Plan>,
    payload: Option<Box<Val>>,
    f: &mut HandleValFn<'_>,
) -> wasmtime::Result<Option<Box<Val>>> {
    match (plan, payload) {
        (Some(plan), Some(v)) => Ok(Some(Box::new(plan.map_handle_positions(*v, f)?))),
        (_, payload) => Ok(payload),
    }
}

/// A value that does not have the shape its plan expects.
pub(super) fn shape_error(value: &Val) -> wasmtime::Error {
    wasmtime::format_err!("value does not match its planned type: {value:?}")
}
