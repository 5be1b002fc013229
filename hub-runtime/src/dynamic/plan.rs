//! Planning the dynamic path's type-directed transform, once per function at load.
//!
//! A [`Plan`] mirrors a WIT type and says what to do with the resources inside a value of
//! that type when it crosses between a caller's store and a provider's store. Types with
//! no resources collapse to [`Plan::Keep`], so plain data is never walked. Carrying it out
//! per call is [`transfer`](super::transfer)'s job.

use std::sync::Arc;

use wasmtime::component::types::Type;

use crate::error::UnsupportedType;
use crate::ids::LibraryId;
use crate::resource_type::{ResourceTypeEntry, ResourceTypes, SharedHostResource};

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
    /// A handle of the host's own resource that may cross between stores: it moves
    /// with its `rep` unchanged (the value lives in the host's shared table).
    HostHandle {
        shared: Arc<SharedHostResource>,
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

/// What a plan does with streams and futures.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Streams {
    /// The type cannot be planned: a path that cannot carry them.
    Refused,
    /// They are left as they are: they cross on their own.
    Kept,
}

/// What planning a type needs: whose export it is, the hub's resource types, and what
/// becomes of streams and futures.
struct Planning<'a> {
    callee: LibraryId,
    types: &'a ResourceTypes,
    streams: Streams,
}

impl Plan {
    /// Plans a type seen in `callee`'s export signature; its streams and futures are
    /// refused, or kept as they are where they cross on their own (an async library's,
    /// `concurrent/transit.rs`).
    ///
    /// # Errors
    ///
    /// For a resource that no loaded library defines (a WASI resource, say), for async
    /// types (`future` and `stream` unless kept, `error-context`), and for resources
    /// inside maps and fixed-length lists.
    pub(crate) fn for_type(
        ty: &Type,
        callee: LibraryId,
        types: &ResourceTypes,
        streams: Streams,
    ) -> Result<Plan, UnsupportedType> {
        Self::planned(
            ty,
            &Planning {
                callee,
                types,
                streams,
            },
        )
    }

    fn planned(ty: &Type, cx: &Planning<'_>) -> Result<Plan, UnsupportedType> {
        let (callee, types) = (cx.callee, cx.types);
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
                } else if let Some(shared) = types.shared_host(*rt) {
                    Plan::HostHandle { shared, borrow }
                } else {
                    return Err(UnsupportedType::UnknownResource);
                }
            }
            Type::List(list) => Plan::List(Box::new(Self::planned(&list.ty(), cx)?)),
            Type::FixedLengthList(list) => {
                if Self::planned(&list.ty(), cx)?.is_keep() {
                    Plan::Keep
                } else {
                    return Err(UnsupportedType::ResourcesInFixedLengthList);
                }
            }
            Type::Option(option) => Plan::Option(Box::new(Self::planned(&option.ty(), cx)?)),
            Type::Result(result) => Plan::Result(
                Self::optional(result.ok(), cx)?,
                Self::optional(result.err(), cx)?,
            ),
            Type::Record(record) => Plan::Record(
                record
                    .fields()
                    .map(|f| Self::planned(&f.ty, cx))
                    .collect::<Result<_, _>>()?,
            ),
            Type::Tuple(tuple) => Plan::Tuple(
                tuple
                    .types()
                    .map(|t| Self::planned(&t, cx))
                    .collect::<Result<_, _>>()?,
            ),
            Type::Variant(variant) => Plan::Variant(
                variant
                    .cases()
                    .map(|c| {
                        let plan = c.ty.map(|t| Self::planned(&t, cx)).transpose()?;
                        Ok((c.name.to_owned(), plan))
                    })
                    .collect::<Result<_, _>>()?,
            ),
            Type::Map(map) => {
                let key = Self::planned(&map.key(), cx)?;
                let value = Self::planned(&map.value(), cx)?;
                if key.is_keep() && value.is_keep() {
                    Plan::Keep
                } else {
                    return Err(UnsupportedType::ResourcesInMap);
                }
            }
            Type::Future(_) | Type::Stream(_) if cx.streams == Streams::Kept => Plan::Keep,
            Type::Future(_) | Type::Stream(_) | Type::ErrorContext => {
                return Err(UnsupportedType::Async);
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

    fn optional(ty: Option<Type>, cx: &Planning<'_>) -> Result<Option<Box<Plan>>, UnsupportedType> {
        ty.map(|t| Self::planned(&t, cx).map(Box::new)).transpose()
    }

    /// `Keep` when nothing inside needs work.
    fn collapsed(self) -> Plan {
        let all_keep = match &self {
            Plan::Keep | Plan::Handle { .. } | Plan::HostHandle { .. } => return self,
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
}
