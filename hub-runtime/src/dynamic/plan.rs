//! The type-directed transform of the dynamic path, planned once per function at load.
//!
//! A [`Plan`] mirrors a WIT type and says what to do with the resources inside a value of
//! that type when it crosses between a caller's store and a provider's store. Types with
//! no resources collapse to [`Plan::Keep`], so plain data is never walked.

use std::sync::Arc;

use smallvec::SmallVec;

use wasmtime::AsContextMut;
use wasmtime::component::types::Type;
use wasmtime::component::{ResourceAny, Val};
use wasmtime::{Store, StoreContextMut};

use crate::library::LibraryId;
use crate::registry::HandleRegistry;
use crate::resource_type::{ResourceTypeEntry, ResourceTypes};
use crate::state::HostState;

/// What to do with a value of one WIT type when it crosses the hub.
pub(crate) enum Plan {
    /// No resources inside: the value crosses as it is.
    Keep,
    /// An `own` or `borrow` handle.
    Handle {
        entry: Arc<ResourceTypeEntry>,
        /// The callee defines this resource: unwrap to (or wrap from) its own handle.
        /// Otherwise the resource passes through as a host handle.
        callee_owns: bool,
        borrow: bool,
    },
    List(Box<Plan>),
    Option(Box<Plan>),
    Result(Option<Box<Plan>>, Option<Box<Plan>>),
    /// One plan per field, in declaration order (the order of `Val::Record`).
    Record(Box<[Plan]>),
    Tuple(Box<[Plan]>),
    /// One plan per case, looked up by name.
    Variant(Box<[(String, Option<Plan>)]>),
}

impl Plan {
    /// Plans a type seen in `callee`'s export signature.
    ///
    /// # Errors
    ///
    /// Fails for a resource that no loaded library defines (a WASI resource, say), and
    /// for async types (`future`, `stream`, `error-context`), which the hub does not forward.
    pub(crate) fn for_type(
        ty: &Type,
        callee: LibraryId,
        types: &ResourceTypes,
    ) -> Result<Plan, String> {
        let plan = match ty {
            Type::Own(rt) | Type::Borrow(rt) => {
                let borrow = matches!(ty, Type::Borrow(_));
                if let Some(entry) = types.by_guest_type(*rt).filter(|e| e.owner.id == callee) {
                    Plan::Handle {
                        entry: Arc::clone(entry),
                        callee_owns: true,
                        borrow,
                    }
                } else if let Some(entry) = types.by_host_type(*rt) {
                    Plan::Handle {
                        entry: Arc::clone(entry),
                        callee_owns: false,
                        borrow,
                    }
                } else {
                    return Err("uses a resource that no loaded library defines".into());
                }
            }
            Type::List(list) => Plan::List(Box::new(Self::for_type(&list.ty(), callee, types)?)),
            Type::FixedLengthList(list) => match Self::for_type(&list.ty(), callee, types)? {
                Plan::Keep => Plan::Keep,
                _ => {
                    return Err(
                        "has a fixed-length list of resources, which is not supported".into(),
                    );
                }
            },
            Type::Option(option) => {
                Plan::Option(Box::new(Self::for_type(&option.ty(), callee, types)?))
            }
            Type::Result(result) => Plan::Result(
                Self::optional(result.ok(), callee, types)?,
                Self::optional(result.err(), callee, types)?,
            ),
            Type::Record(record) => Plan::Record(
                record
                    .fields()
                    .map(|f| Self::for_type(&f.ty, callee, types))
                    .collect::<Result<_, _>>()?,
            ),
            Type::Tuple(tuple) => Plan::Tuple(
                tuple
                    .types()
                    .map(|t| Self::for_type(&t, callee, types))
                    .collect::<Result<_, _>>()?,
            ),
            Type::Variant(variant) => Plan::Variant(
                variant
                    .cases()
                    .map(|c| {
                        let plan =
                            c.ty.map(|t| Self::for_type(&t, callee, types))
                                .transpose()?;
                        Ok((c.name.to_owned(), plan))
                    })
                    .collect::<Result<_, String>>()?,
            ),
            Type::Map(map) => {
                let key = Self::for_type(&map.key(), callee, types)?;
                let value = Self::for_type(&map.value(), callee, types)?;
                if key.is_keep() && value.is_keep() {
                    Plan::Keep
                } else {
                    return Err("has a map with resources, which is not supported".into());
                }
            }
            Type::Future(_) | Type::Stream(_) | Type::ErrorContext => {
                return Err("uses an async type (future, stream or error-context), which the hub does not forward".into());
            }
            Type::Bool
            | Type::S8
            | Type::U8
            | Type::S16
            | Type::U16
            | Type::S32
            | Type::U32
            | Type::S64
            | Type::U64
            | Type::Float32
            | Type::Float64
            | Type::Char
            | Type::String
            | Type::Enum(_)
            | Type::Flags(_) => Plan::Keep,
        };
        Ok(plan.collapsed())
    }

    fn optional(
        ty: Option<Type>,
        callee: LibraryId,
        types: &ResourceTypes,
    ) -> Result<Option<Box<Plan>>, String> {
        ty.map(|t| Self::for_type(&t, callee, types).map(Box::new))
            .transpose()
    }

    /// `Keep` when nothing inside needs work.
    fn collapsed(self) -> Plan {
        let all_keep = match &self {
            Plan::Keep | Plan::Handle { .. } => return self,
            Plan::List(inner) | Plan::Option(inner) => inner.is_keep(),
            Plan::Result(ok, err) => [ok, err]
                .iter()
                .all(|p| p.as_ref().is_none_or(|p| p.is_keep())),
            Plan::Record(fields) | Plan::Tuple(fields) => fields.iter().all(Plan::is_keep),
            Plan::Variant(cases) => cases
                .iter()
                .all(|(_, p)| p.as_ref().is_none_or(Plan::is_keep)),
        };
        if all_keep { Plan::Keep } else { self }
    }

    pub(crate) fn is_keep(&self) -> bool {
        matches!(self, Plan::Keep)
    }

    /// Moves an argument from the caller's store into the callee's.
    pub(crate) fn to_callee(
        &self,
        value: &Val,
        cx: &mut Crossing<'_, '_>,
    ) -> wasmtime::Result<Val> {
        Ok(match (self, value) {
            (Plan::Keep, v) => v.clone(),
            (
                Plan::Handle {
                    entry,
                    callee_owns,
                    borrow,
                },
                Val::Resource(handle),
            ) => {
                let rep = entry.codec.rep_of(*handle, cx.caller.as_context_mut())?;
                let handle = match (callee_owns, borrow) {
                    (true, true) => cx.registry.get(rep, entry)?,
                    (true, false) => cx.registry.take(rep, entry)?,
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
                        }
                        handle
                    }
                };
                Val::Resource(handle)
            }
            (Plan::List(plan), Val::List(items)) => Val::List(
                items
                    .iter()
                    .map(|v| plan.to_callee(v, cx))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Option(plan), Val::Option(inner)) => Val::Option(
                inner
                    .as_deref()
                    .map(|v| plan.to_callee(v, cx).map(Box::new))
                    .transpose()?,
            ),
            (Plan::Result(ok, err), Val::Result(result)) => Val::Result(match result {
                Ok(v) => Ok(payload_to_callee(ok, v, cx)?),
                Err(v) => Err(payload_to_callee(err, v, cx)?),
            }),
            (Plan::Record(plans), Val::Record(fields)) => Val::Record(
                fields
                    .iter()
                    .zip(plans)
                    .map(|((name, v), plan)| Ok((name.clone(), plan.to_callee(v, cx)?)))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Tuple(plans), Val::Tuple(items)) => Val::Tuple(
                items
                    .iter()
                    .zip(plans)
                    .map(|(v, plan)| plan.to_callee(v, cx))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Variant(cases), Val::Variant(name, payload)) => {
                let plan = case_plan(cases, name)?;
                Val::Variant(name.clone(), payload_to_callee(plan, payload, cx)?)
            }
            (_, v) => return Err(shape_error(v)),
        })
    }

    /// Moves a result from the callee's store back to the caller's.
    pub(crate) fn to_caller(&self, value: Val, cx: &mut Crossing<'_, '_>) -> wasmtime::Result<Val> {
        Ok(match (self, value) {
            (Plan::Keep, v) => v,
            (
                Plan::Handle {
                    entry, callee_owns, ..
                },
                Val::Resource(handle),
            ) => {
                let rep = if *callee_owns {
                    cx.registry.insert(entry, handle)?
                } else {
                    entry.codec.rep_of(handle, cx.callee.as_context_mut())?
                };
                Val::Resource(
                    entry
                        .codec
                        .handle_for(rep, true, cx.caller.as_context_mut())?,
                )
            }
            (Plan::List(plan), Val::List(items)) => Val::List(
                items
                    .into_iter()
                    .map(|v| plan.to_caller(v, cx))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Option(plan), Val::Option(inner)) => Val::Option(
                inner
                    .map(|v| plan.to_caller(*v, cx).map(Box::new))
                    .transpose()?,
            ),
            (Plan::Result(ok, err), Val::Result(result)) => Val::Result(match result {
                Ok(v) => Ok(payload_to_caller(ok, v, cx)?),
                Err(v) => Err(payload_to_caller(err, v, cx)?),
            }),
            (Plan::Record(plans), Val::Record(fields)) => Val::Record(
                fields
                    .into_iter()
                    .zip(plans)
                    .map(|((name, v), plan)| Ok((name, plan.to_caller(v, cx)?)))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Tuple(plans), Val::Tuple(items)) => Val::Tuple(
                items
                    .into_iter()
                    .zip(plans)
                    .map(|(v, plan)| plan.to_caller(v, cx))
                    .collect::<wasmtime::Result<_>>()?,
            ),
            (Plan::Variant(cases), Val::Variant(name, payload)) => {
                let plan = case_plan(cases, &name)?;
                let payload = payload_to_caller(plan, payload, cx)?;
                Val::Variant(name, payload)
            }
            (_, v) => return Err(shape_error(&v)),
        })
    }
}

fn payload_to_callee(
    plan: &Option<impl AsRef<Plan>>,
    payload: &Option<Box<Val>>,
    cx: &mut Crossing<'_, '_>,
) -> wasmtime::Result<Option<Box<Val>>> {
    match (plan, payload) {
        (Some(plan), Some(v)) => Ok(Some(Box::new(plan.as_ref().to_callee(v, cx)?))),
        (_, payload) => Ok(payload.clone()),
    }
}

fn payload_to_caller(
    plan: &Option<impl AsRef<Plan>>,
    payload: Option<Box<Val>>,
    cx: &mut Crossing<'_, '_>,
) -> wasmtime::Result<Option<Box<Val>>> {
    match (plan, payload) {
        (Some(plan), Some(v)) => Ok(Some(Box::new(plan.as_ref().to_caller(*v, cx)?))),
        (_, payload) => Ok(payload),
    }
}

impl AsRef<Plan> for Plan {
    fn as_ref(&self) -> &Plan {
        self
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

fn shape_error(value: &Val) -> wasmtime::Error {
    wasmtime::format_err!("value does not match its planned type: {value:?}")
}

/// The two stores a value crosses between, and what the crossing lent out.
pub(crate) struct Crossing<'a, 'b> {
    pub(crate) caller: StoreContextMut<'a, HostState>,
    pub(crate) callee: &'b mut Store<HostState>,
    pub(crate) registry: &'b HandleRegistry,
    /// Temporary host handles lent to the callee's store for this call's borrows;
    /// released after it.
    pub(crate) lent: SmallVec<[ResourceAny; 2]>,
}

impl Crossing<'_, '_> {
    /// Releases the borrows lent to the callee for the call that just returned.
    pub(crate) fn release_lent(&mut self) -> wasmtime::Result<()> {
        for handle in self.lent.drain(..) {
            handle.resource_drop(&mut *self.callee)?;
        }
        Ok(())
    }
}
