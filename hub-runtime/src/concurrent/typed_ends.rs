//! Streams and futures in a generated forwarder's typed values. The forwarder's values
//! go to the library's event loop as they are (`typed_call`), but a `StreamReader<T>`
//! or `FutureReader<T>` belongs to the store it was lifted in: generated code replaces
//! each with its crossing ([`stream_leaves`], in the sending store) and the receiving
//! store's new end takes the crossing's place ([`stream_enters`]), the same pumps and
//! channels as the dynamic path's ([`transit`](super::transit)), typed at compile time.

use std::marker::PhantomData;

use wasmtime::AsContextMut;
use wasmtime::component::{
    ComponentType, FutureAny, FutureReader, Lift, Lower, StreamAny, StreamReader, Val,
};

use super::transit::{Carrier, Crossing, Items, Nested};
use crate::state::HostState;
use crate::weight::Weight;

/// How streams and futures of `T` cross between stores, as generated code names it
/// (opaque): [`plain_items`], [`stream_items`] or [`future_items`].
pub struct TypedCarrier<T> {
    carrier: &'static dyn Carrier,
    _item: PhantomData<fn() -> T>,
}

impl<T> Clone for TypedCarrier<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for TypedCarrier<T> {}

/// Items that cross as they are: scalars, strings, lists, options, results and tuples
/// of those, and the plain generated types.
pub fn plain_items<T>() -> TypedCarrier<T>
where
    T: ComponentType + Lift + Lower + Weight + Send + Sync + 'static,
{
    TypedCarrier {
        carrier: &Items::<T>::CARRIER,
        _item: PhantomData,
    }
}

/// Items that are streams of plain `T`s: each crosses as a stream of its own.
pub fn stream_items<T>() -> TypedCarrier<StreamReader<T>>
where
    T: ComponentType + Lift + Lower + Weight + Send + Sync + 'static,
{
    TypedCarrier {
        carrier: &Nested::<StreamReader<T>>::CARRIER,
        _item: PhantomData,
    }
}

/// Items that are futures of plain `T`s: each crosses as a future of its own.
pub fn future_items<T>() -> TypedCarrier<FutureReader<T>>
where
    T: ComponentType + Lift + Lower + Weight + Send + Sync + 'static,
{
    TypedCarrier {
        carrier: &Nested::<FutureReader<T>>::CARRIER,
        _item: PhantomData,
    }
}

/// A stream of `T`s on its way between two stores.
pub struct StreamInTransit<T> {
    pub(super) crossing: Box<dyn Crossing>,
    _item: PhantomData<fn() -> T>,
}

impl<T> StreamInTransit<T> {
    pub(super) fn new(crossing: Box<dyn Crossing>) -> Self {
        StreamInTransit {
            crossing,
            _item: PhantomData,
        }
    }
}

/// A future of a `T` on its way between two stores.
pub struct FutureInTransit<T> {
    pub(super) crossing: Box<dyn Crossing>,
    _item: PhantomData<fn() -> T>,
}

impl<T> FutureInTransit<T> {
    pub(super) fn new(crossing: Box<dyn Crossing>) -> Self {
        FutureInTransit {
            crossing,
            _item: PhantomData,
        }
    }
}

/// `reader` leaving `store`: its items are read there and sent on by `carrier`.
///
/// # Errors
///
/// A reader wasmtime cannot pipe (not of this store).
pub fn stream_leaves<T>(
    mut store: impl AsContextMut<Data = HostState>,
    reader: StreamReader<T>,
    carrier: TypedCarrier<T>,
) -> wasmtime::Result<StreamInTransit<T>>
where
    T: ComponentType + Lift + Lower + Send + Sync + 'static,
{
    let mut store = store.as_context_mut();
    let any = StreamAny::try_from_stream_reader(&mut store, reader)?;
    Ok(StreamInTransit::new(carrier.carrier.stream(store, any)?))
}

/// The stream `transit` entering `store`: a new stream of this store, fed from it.
///
/// # Errors
///
/// A stream this store cannot make (its table full).
pub fn stream_enters<T>(
    mut store: impl AsContextMut<Data = HostState>,
    transit: StreamInTransit<T>,
) -> wasmtime::Result<StreamReader<T>>
where
    T: ComponentType + Lift + Lower + Send + Sync + 'static,
{
    match transit.crossing.land(store.as_context_mut())? {
        Val::Stream(any) => any.try_into_stream_reader::<T>(),
        other => wasmtime::bail!("a stream landed as `{other:?}`"),
    }
}

/// `reader` leaving `store`: its value is read there and sent on by `carrier`.
///
/// # Errors
///
/// A reader wasmtime cannot pipe (not of this store).
pub fn future_leaves<T>(
    mut store: impl AsContextMut<Data = HostState>,
    reader: FutureReader<T>,
    carrier: TypedCarrier<T>,
) -> wasmtime::Result<FutureInTransit<T>>
where
    T: ComponentType + Lift + Lower + Send + Sync + 'static,
{
    let mut store = store.as_context_mut();
    let any = FutureAny::try_from_future_reader(&mut store, reader)?;
    Ok(FutureInTransit::new(carrier.carrier.future(store, any)?))
}

/// The future `transit` entering `store`: a new future of this store, fed from it.
///
/// # Errors
///
/// A future this store cannot make (its table full).
pub fn future_enters<T>(
    mut store: impl AsContextMut<Data = HostState>,
    transit: FutureInTransit<T>,
) -> wasmtime::Result<FutureReader<T>>
where
    T: ComponentType + Lift + Lower + Send + Sync + 'static,
{
    match transit.crossing.land(store.as_context_mut())? {
        Val::Future(any) => any.try_into_future_reader::<T>(),
        other => wasmtime::bail!("a future landed as `{other:?}`"),
    }
}
