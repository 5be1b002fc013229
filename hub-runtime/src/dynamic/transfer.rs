//! Carrying out a [`Plan`] per call: moving the resources inside `Val`s between the
//! caller's store and the provider's, through the handle registry.

use smallvec::SmallVec;

use wasmtime::component::{ResourceAny, Val};
use wasmtime::{AsContextMut, Store, StoreContextMut};

use super::handle_walk::shape_error;
use super::plan::Plan;
use crate::holder::Holder;
use crate::registry::HandleRegistry;
use crate::state::HostState;

/// The two stores a value moves between during one call, and what the call lent out.
pub(crate) struct Transfer<'a, 'b> {
    pub(crate) caller: StoreContextMut<'a, HostState>,
    pub(crate) callee: &'b mut Store<HostState>,
    /// Which instance of the callee library `callee` is.
    pub(crate) callee_instance: usize,
    pub(crate) registry: &'b HandleRegistry,
    /// Who holds what the callee keeps: the callee library.
    pub(crate) callee_holder: Holder,
    /// Temporary host handles lent to the callee's store for this call's borrows;
    /// released after it.
    pub(crate) lent: SmallVec<[ResourceAny; 2]>,
    /// The reps of the callee's own handles among the arguments, already taken out of
    /// the caller (last first), when they chose the instance
    /// ([`Plan::lift_callee_handles`]); empty otherwise.
    pub(crate) lifted: SmallVec<[u32; 2]>,
}

impl Transfer<'_, '_> {
    /// Releases the borrows lent to the callee for the call that just returned.
    pub(crate) fn release_lent(&mut self) -> wasmtime::Result<()> {
        for handle in self.lent.drain(..) {
            handle.resource_drop(&mut *self.callee)?;
        }
        Ok(())
    }
}

impl Plan {
    /// Moves an argument from the caller's store into the callee's.
    pub(crate) fn to_callee(
        &self,
        value: &Val,
        cx: &mut Transfer<'_, '_>,
    ) -> wasmtime::Result<Val> {
        Ok(match self {
            Plan::Keep => value.clone(),
            Plan::Handle {
                entry,
                callee_owns,
                borrow,
            } => {
                let Val::Resource(handle) = value else {
                    return Err(shape_error(value));
                };
                let lifted = if *callee_owns { cx.lifted.pop() } else { None };
                let rep = match lifted {
                    Some(rep) => rep,
                    None => entry.codec.rep_of(*handle, cx.caller.as_context_mut())?,
                };
                let instance = Some(cx.callee_instance);
                let handle = match (callee_owns, borrow) {
                    (true, true) => cx.registry.get(rep, entry, instance)?.handle,
                    (true, false) => cx.registry.take(rep, entry, instance)?.handle,
                    (false, _) => {
                        // A host borrow can only be created inside a call scope, so a
                        // borrow is lent as a temporary owned handle (without a
                        // destructor), lowered as a borrow and released after the call.
                        let handle =
                            entry
                                .codec
                                .handle_for(rep, true, cx.callee.as_context_mut())?;
                        if *borrow {
                            cx.lent.push(handle);
                        } else {
                            cx.registry.move_to(rep, cx.callee_holder)?;
                        }
                        handle
                    }
                };
                Val::Resource(handle)
            }
            Plan::HostHandle { shared, borrow } => {
                let Val::Resource(handle) = value else {
                    return Err(shape_error(value));
                };
                let rep = shared.codec.rep_of(*handle, cx.caller.as_context_mut())?;
                // Lent for a borrow as a library's resources are (see above).
                let handle = shared
                    .codec
                    .handle_for(rep, true, cx.callee.as_context_mut())?;
                if *borrow {
                    cx.lent.push(handle);
                } else {
                    cx.registry.host.move_to(rep, cx.callee_holder)?;
                }
                Val::Resource(handle)
            }
            Plan::List(plan) => {
                let Val::List(items) = value else {
                    return Err(shape_error(value));
                };
                Val::List(
                    items
                        .iter()
                        .map(|v| plan.to_callee(v, cx))
                        .collect::<wasmtime::Result<_>>()?,
                )
            }
            Plan::Option(plan) => {
                let Val::Option(inner) = value else {
                    return Err(shape_error(value));
                };
                Val::Option(
                    inner
                        .as_deref()
                        .map(|v| plan.to_callee(v, cx).map(Box::new))
                        .transpose()?,
                )
            }
            Plan::Result(ok, err) => {
                let Val::Result(result) = value else {
                    return Err(shape_error(value));
                };
                Val::Result(match result {
                    Ok(v) => Ok(payload_to_callee(ok.as_deref(), v, cx)?),
                    Err(v) => Err(payload_to_callee(err.as_deref(), v, cx)?),
                })
            }
            Plan::Record(plans) => {
                let Val::Record(fields) = value else {
                    return Err(shape_error(value));
                };
                Val::Record(
                    fields
                        .iter()
                        .zip(plans)
                        .map(|((name, v), plan)| Ok((name.clone(), plan.to_callee(v, cx)?)))
                        .collect::<wasmtime::Result<_>>()?,
                )
            }
            Plan::Tuple(plans) => {
                let Val::Tuple(items) = value else {
                    return Err(shape_error(value));
                };
                Val::Tuple(
                    items
                        .iter()
                        .zip(plans)
                        .map(|(v, plan)| plan.to_callee(v, cx))
                        .collect::<wasmtime::Result<_>>()?,
                )
            }
            Plan::Variant(cases) => {
                let Val::Variant(name, payload) = value else {
                    return Err(shape_error(value));
                };
                let plan = case_plan(cases, name)?;
                Val::Variant(name.clone(), payload_to_callee(plan.as_ref(), payload, cx)?)
            }
        })
    }

    /// Moves a result from the callee's store back to the caller's.
    pub(crate) fn to_caller(&self, value: Val, cx: &mut Transfer<'_, '_>) -> wasmtime::Result<Val> {
        Ok(match self {
            Plan::Keep => value,
            Plan::Handle {
                entry, callee_owns, ..
            } => {
                let Val::Resource(handle) = value else {
                    return Err(shape_error(&value));
                };
                let holder = cx.caller.data().holder;
                let rep = if *callee_owns {
                    match cx
                        .registry
                        .insert(entry, handle, cx.callee_instance, holder)
                    {
                        Ok(rep) => rep,
                        Err(err) => {
                            // Not registered: the callee's resource would leak. The
                            // caller gets the registration error, not a failing drop.
                            let _ = handle.resource_drop(&mut *cx.callee);
                            return Err(err);
                        }
                    }
                } else {
                    let rep = entry.codec.rep_of(handle, cx.callee.as_context_mut())?;
                    cx.registry.move_to(rep, holder)?;
                    rep
                };
                Val::Resource(
                    entry
                        .codec
                        .handle_for(rep, true, cx.caller.as_context_mut())?,
                )
            }
            Plan::HostHandle { shared, .. } => {
                let Val::Resource(handle) = value else {
                    return Err(shape_error(&value));
                };
                let rep = shared.codec.rep_of(handle, cx.callee.as_context_mut())?;
                cx.registry.host.move_to(rep, cx.caller.data().holder)?;
                Val::Resource(
                    shared
                        .codec
                        .handle_for(rep, true, cx.caller.as_context_mut())?,
                )
            }
            Plan::List(plan) => {
                let Val::List(items) = value else {
                    return Err(shape_error(&value));
                };
                Val::List(
                    items
                        .into_iter()
                        .map(|v| plan.to_caller(v, cx))
                        .collect::<wasmtime::Result<_>>()?,
                )
            }
            Plan::Option(plan) => {
                let Val::Option(inner) = value else {
                    return Err(shape_error(&value));
                };
                Val::Option(
                    inner
                        .map(|v| plan.to_caller(*v, cx).map(Box::new))
                        .transpose()?,
                )
            }
            Plan::Result(ok, err) => {
                let Val::Result(result) = value else {
                    return Err(shape_error(&value));
                };
                Val::Result(match result {
                    Ok(v) => Ok(payload_to_caller(ok.as_deref(), v, cx)?),
                    Err(v) => Err(payload_to_caller(err.as_deref(), v, cx)?),
                })
            }
            Plan::Record(plans) => {
                let Val::Record(fields) = value else {
                    return Err(shape_error(&value));
                };
                Val::Record(
                    fields
                        .into_iter()
                        .zip(plans)
                        .map(|((name, v), plan)| Ok((name, plan.to_caller(v, cx)?)))
                        .collect::<wasmtime::Result<_>>()?,
                )
            }
            Plan::Tuple(plans) => {
                let Val::Tuple(items) = value else {
                    return Err(shape_error(&value));
                };
                Val::Tuple(
                    items
                        .into_iter()
                        .zip(plans)
                        .map(|(v, plan)| plan.to_caller(v, cx))
                        .collect::<wasmtime::Result<_>>()?,
                )
            }
            Plan::Variant(cases) => {
                let Val::Variant(name, payload) = value else {
                    return Err(shape_error(&value));
                };
                let plan = case_plan(cases, &name)?;
                let payload = payload_to_caller(plan.as_ref(), payload, cx)?;
                Val::Variant(name, payload)
            }
        })
    }
}

fn payload_to_callee(
    plan: Option<&Plan>,
    payload: &Option<Box<Val>>,
    cx: &mut Transfer<'_, '_>,
) -> wasmtime::Result<Option<Box<Val>>> {
    match (plan, payload) {
        (Some(plan), Some(v)) => Ok(Some(Box::new(plan.to_callee(v, cx)?))),
        (_, payload) => Ok(payload.clone()),
    }
}

fn payload_to_caller(
    plan: Option<&Plan>,
    payload: Option<Box<Val>>,
    cx: &mut Transfer<'_, '_>,
) -> wasmtime::Result<Option<Box<Val>>> {
    match (plan, payload) {
        (Some(plan), Some(v)) => Ok(Some(Box::new(plan.to_caller(*v, cx)?))),
        (_, payload) => Ok(payload),
    }
}

fn case_plan<'p>(
    cases: &'p [(String, Option<Plan>)],
    name: &str,
) -> wasmtime::Result<&'p Option<Plan>> {
    cases
        .iter()
        .find(|(case, _)| case == name)
        .map(|(_, plan)| plan)
        .ok_or_else(|| wasmtime::format_err!("unknown variant case `{name}`"))
}
