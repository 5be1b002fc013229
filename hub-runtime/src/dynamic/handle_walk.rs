//! Reaching every handle inside a value by its [`Plan`], for the host's own calls: the
//! host keeps the handles its calls return, and lends them to later calls.

use std::sync::Arc;

use wasmtime::component::{ResourceAny, Val};

use super::plan::Plan;
use crate::resource_type::ResourceTypeEntry;

/// What to do with one handle: its type, whether the position is a `borrow`, and the
/// handle; returns the handle to put there instead.
pub(crate) type HandleFn<'f> =
    dyn FnMut(&Arc<ResourceTypeEntry>, bool, ResourceAny) -> wasmtime::Result<ResourceAny> + 'f;

impl Plan {
    /// `value` with every handle inside it replaced by what `f` makes of it. Values with
    /// no handles in their type are returned as they are.
    ///
    /// # Errors
    ///
    /// What `f` returns, and a value that does not have the planned shape.
    pub(crate) fn map_handles(&self, value: Val, f: &mut HandleFn<'_>) -> wasmtime::Result<Val> {
        Ok(match (self, value) {
            (Plan::Keep, value) => value,
            (Plan::Handle { entry, borrow, .. }, Val::Resource(handle)) => {
                Val::Resource(f(entry, *borrow, handle)?)
            }
            (Plan::List(plan), Val::List(items)) => Val::List(
                items
                    .into_iter()
                    .map(|v| plan.map_handles(v, f))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Option(plan), Val::Option(inner)) => Val::Option(
                inner
                    .map(|v| plan.map_handles(*v, f).map(Box::new))
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
                    .map(|((name, v), plan)| Ok((name, plan.map_handles(v, f)?)))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Tuple(plans), Val::Tuple(items)) => Val::Tuple(
                items
                    .into_iter()
                    .zip(plans)
                    .map(|(v, plan)| plan.map_handles(v, f))
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
            (_, value) => {
                wasmtime::bail!("value does not match its planned type: {value:?}")
            }
        })
    }
}

fn map_payload(
    plan: Option<&Plan>,
    payload: Option<Box<Val>>,
    f: &mut HandleFn<'_>,
) -> wasmtime::Result<Option<Box<Val>>> {
    match (plan, payload) {
        (Some(plan), Some(v)) => Ok(Some(Box::new(plan.map_handles(*v, f)?))),
        (_, payload) => Ok(payload),
    }
}
