//! Values on their way from one store to another. Streams and futures belong to the
//! store that holds them and carry no store id, so one must never be lowered into
//! another store: on departure each is replaced by a placeholder (its index among the
//! crossings) and piped into a channel ([`pump`](super::pump)); on arrival the receiving
//! store gets a new stream or future fed by that channel, in the placeholder's place.
//! Values without streams or futures cross as they are.
//!
//! Turning a `StreamAny` into a typed end needs a Rust type for its items (wasmtime 48
//! has no `Val`-level stream access), so the items this path carries are the ones with a
//! Rust type here ([`carrier`]), streams and futures of those (each piped across on its
//! own), resource handles (`ResourceAny`, each crossing as its registry `rep`) and the
//! generated types of `wit/` (both found at load: [`ItemCarriers`]); [`not_carried`]
//! names what else a signature holds, for the refusal at load.

use std::marker::PhantomData;
use std::sync::Arc;

use futures::channel::oneshot;
use wasmtime::component::types::Type;
use wasmtime::component::{
    ComponentType, FutureAny, FutureReader, Lift, Lower, ResourceAny, ResourceType, StreamAny,
    StreamReader, Val,
};
use wasmtime::{AsContextMut, StoreContextMut};

use super::handles::ResourceItems;
use super::pump::{
    Chunk, ChunkReceiver, ChunkSender, InFlight, ItemCodec, Unchanged, ValueReceiver, ValueSender,
    Weight, stream_channel,
};
use super::typed_ends::{
    FutureInTransit, StreamInTransit, future_enters, future_leaves, plain_items, stream_enters,
    stream_leaves,
};
use crate::state::HostState;
use crate::wit_syntax::WitType;

/// Values leaving one store for another, with the crossings of their streams and
/// futures.
pub(crate) struct Transit {
    values: Vec<Val>,
    crossings: Vec<Box<dyn Crossing>>,
}

impl Transit {
    /// Values that hold no stream or future.
    pub(crate) fn plain(values: Vec<Val>) -> Transit {
        Transit {
            values,
            crossings: Vec::new(),
        }
    }

    /// `values` (of `types`) leaving `store`: each stream or future is piped out of it,
    /// with `carriers` for streams and futures of handles and of generated types.
    ///
    /// # Errors
    ///
    /// A value that does not match its type, or a stream or future wasmtime cannot pipe.
    pub(crate) fn depart(
        mut store: impl AsContextMut<Data = HostState>,
        types: &[Type],
        mut values: Vec<Val>,
        carriers: &ItemCarriers,
    ) -> wasmtime::Result<Transit> {
        let mut crossings = Vec::new();
        let mut store = store.as_context_mut();
        for (ty, value) in types.iter().zip(&mut values) {
            if holds_streams(ty) {
                take(&mut store, ty, value, &mut crossings, carriers)?;
            }
        }
        Ok(Transit { values, crossings })
    }

    /// The values as they arrive in `store`: each stream or future a new one of this
    /// store, fed from the other.
    ///
    /// # Errors
    ///
    /// A placeholder out of place (a bug), or a stream or future this store cannot make.
    pub(crate) fn arrive(
        self,
        mut store: impl AsContextMut<Data = HostState>,
        types: &[Type],
    ) -> wasmtime::Result<Vec<Val>> {
        let Transit {
            mut values,
            crossings,
        } = self;
        if crossings.is_empty() {
            return Ok(values);
        }
        let mut crossings: Vec<Option<Box<dyn Crossing>>> =
            crossings.into_iter().map(Some).collect();
        let mut store = store.as_context_mut();
        for (ty, value) in types.iter().zip(&mut values) {
            if holds_streams(ty) {
                put(&mut store, ty, value, &mut crossings)?;
            }
        }
        Ok(values)
    }
}

/// A stream or future piped out of its store, to become one of another.
pub(crate) trait Crossing: Send {
    /// The new stream or future in `store`, fed from the channel.
    fn land(self: Box<Self>, store: StoreContextMut<'_, HostState>) -> wasmtime::Result<Val>;
}

/// Replaces each stream or future in `value` with its index among `crossings`.
fn take(
    store: &mut StoreContextMut<'_, HostState>,
    ty: &Type,
    value: &mut Val,
    crossings: &mut Vec<Box<dyn Crossing>>,
    carriers: &ItemCarriers,
) -> wasmtime::Result<()> {
    let placeholder = Val::U32(u32::try_from(crossings.len())?);
    match ty {
        Type::Stream(stream) if matches!(value, Val::Stream(_)) => {
            let Val::Stream(any) = std::mem::replace(value, placeholder) else {
                unreachable!("matched above")
            };
            let carrier = carrier_of(stream.ty(), ty, carriers)?;
            crossings.push(carrier.stream(store.as_context_mut(), any)?);
        }
        Type::Future(future) if matches!(value, Val::Future(_)) => {
            let Val::Future(any) = std::mem::replace(value, placeholder) else {
                unreachable!("matched above")
            };
            let carrier = carrier_of(future.ty(), ty, carriers)?;
            crossings.push(carrier.future(store.as_context_mut(), any)?);
        }
        _ => {
            for (ty, value) in parts(ty, value)? {
                if holds_streams(&ty) {
                    take(store, &ty, value, crossings, carriers)?;
                }
            }
        }
    }
    Ok(())
}

/// Replaces each placeholder in `value` with its crossing, landed in `store`.
fn put(
    store: &mut StoreContextMut<'_, HostState>,
    ty: &Type,
    value: &mut Val,
    crossings: &mut [Option<Box<dyn Crossing>>],
) -> wasmtime::Result<()> {
    if let (Type::Stream(_) | Type::Future(_), Val::U32(index)) = (ty, &*value) {
        let crossing = usize::try_from(*index)
            .ok()
            .and_then(|i| crossings.get_mut(i))
            .and_then(Option::take)
            .ok_or_else(|| wasmtime::format_err!("a stream or future crossed twice"))?;
        *value = crossing.land(store.as_context_mut())?;
        return Ok(());
    }
    for (ty, value) in parts(ty, value)? {
        if holds_streams(&ty) {
            put(store, &ty, value, crossings)?;
        }
    }
    Ok(())
}

/// The parts of a compound `value` with their types.
fn parts<'v>(ty: &Type, value: &'v mut Val) -> wasmtime::Result<Vec<(Type, &'v mut Val)>> {
    Ok(match (ty, value) {
        (Type::List(list), Val::List(items)) => items.iter_mut().map(|v| (list.ty(), v)).collect(),
        (Type::Record(record), Val::Record(fields)) => record
            .fields()
            .zip(fields.iter_mut())
            .map(|(field, (_, v))| (field.ty, v))
            .collect(),
        (Type::Tuple(tuple), Val::Tuple(items)) => tuple.types().zip(items.iter_mut()).collect(),
        (Type::Option(option), Val::Option(Some(v))) => vec![(option.ty(), &mut **v)],
        (Type::Result(result), Val::Result(Ok(Some(v)))) => {
            result.ok().map(|t| (t, &mut **v)).into_iter().collect()
        }
        (Type::Result(result), Val::Result(Err(Some(v)))) => {
            result.err().map(|t| (t, &mut **v)).into_iter().collect()
        }
        (Type::Variant(variant), Val::Variant(name, Some(v))) => variant
            .cases()
            .find(|case| case.name == name.as_str())
            .and_then(|case| case.ty)
            .map(|t| (t, &mut **v))
            .into_iter()
            .collect(),
        (Type::Option(_), Val::Option(None))
        | (Type::Result(_), Val::Result(Ok(None) | Err(None)))
        | (Type::Variant(_), Val::Variant(_, None)) => Vec::new(),
        (ty, value) => {
            wasmtime::bail!("a value `{value:?}` where a `{}` was expected", WitType(ty))
        }
    })
}

/// Whether `ty` holds a stream or future anywhere.
pub(crate) fn holds_streams(ty: &Type) -> bool {
    match ty {
        Type::Stream(_) | Type::Future(_) => true,
        Type::List(list) => holds_streams(&list.ty()),
        Type::FixedLengthList(list) => holds_streams(&list.ty()),
        Type::Map(map) => holds_streams(&map.key()) || holds_streams(&map.value()),
        Type::Option(option) => holds_streams(&option.ty()),
        Type::Result(result) => {
            result.ok().is_some_and(|t| holds_streams(&t))
                || result.err().is_some_and(|t| holds_streams(&t))
        }
        Type::Record(record) => record.fields().any(|f| holds_streams(&f.ty)),
        Type::Tuple(tuple) => tuple.types().any(|t| holds_streams(&t)),
        Type::Variant(variant) => variant
            .cases()
            .any(|c| c.ty.is_some_and(|t| holds_streams(&t))),
        _ => false,
    }
}

/// What in `ty` an event loop cannot carry, in WIT syntax: error contexts, streams and
/// futures of items without a carrier (handles are carried, their resource found at
/// bind; so are the generated types in `carriers`), and streams or futures inside maps
/// and fixed-length lists.
pub(crate) fn not_carried(ty: &Type, carriers: &ItemCarriers) -> Option<String> {
    let inner = |ty: &Type| not_carried(ty, carriers);
    let carried = |item: &Type| carrier(item).is_some() || carriers.generated(item).is_some();
    match ty {
        Type::ErrorContext => Some(WitType(ty).to_string()),
        Type::Stream(stream) => match stream.ty() {
            Some(Type::Own(_)) => None,
            Some(item) if carried(&item) => None,
            _ => Some(WitType(ty).to_string()),
        },
        Type::Future(future) => match future.ty() {
            Some(Type::Own(_)) => None,
            Some(item) if carried(&item) => None,
            _ => Some(WitType(ty).to_string()),
        },
        Type::FixedLengthList(_) | Type::Map(_) if holds_streams(ty) => {
            Some(WitType(ty).to_string())
        }
        Type::List(list) => inner(&list.ty()),
        Type::FixedLengthList(list) => inner(&list.ty()),
        Type::Map(map) => inner(&map.key()).or_else(|| inner(&map.value())),
        Type::Option(option) => inner(&option.ty()),
        Type::Result(result) => result
            .ok()
            .and_then(|t| inner(&t))
            .or_else(|| result.err().and_then(|t| inner(&t))),
        Type::Record(record) => record.fields().find_map(|f| inner(&f.ty)),
        Type::Tuple(tuple) => tuple.types().find_map(|t| inner(&t)),
        Type::Variant(variant) => variant.cases().find_map(|c| c.ty.and_then(|t| inner(&t))),
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
        | Type::Flags(_)
        | Type::Own(_)
        | Type::Borrow(_) => None,
    }
}

/// The item types of the streams and futures anywhere in `ty` (not inside their items),
/// pushed to `found`.
pub(crate) fn stream_items(ty: &Type, found: &mut Vec<Type>) {
    let item = match ty {
        Type::Stream(stream) => Some(stream.ty()),
        Type::Future(future) => Some(future.ty()),
        _ => None,
    };
    if let Some(item) = item {
        found.extend(item);
        return;
    }
    match ty {
        Type::List(list) => stream_items(&list.ty(), found),
        Type::Option(option) => stream_items(&option.ty(), found),
        Type::Result(result) => {
            for t in [result.ok(), result.err()].into_iter().flatten() {
                stream_items(&t, found);
            }
        }
        Type::Record(record) => record.fields().for_each(|f| stream_items(&f.ty, found)),
        Type::Tuple(tuple) => tuple.types().for_each(|t| stream_items(&t, found)),
        Type::Variant(variant) => variant
            .cases()
            .filter_map(|c| c.ty)
            .for_each(|t| stream_items(&t, found)),
        _ => {}
    }
}

/// Pipes streams and futures of one item type out of a store, and lands them in another.
pub(crate) trait Carrier: Sync {
    fn stream(
        &self,
        store: StoreContextMut<'_, HostState>,
        stream: StreamAny,
    ) -> wasmtime::Result<Box<dyn Crossing>>;

    fn future(
        &self,
        store: StoreContextMut<'_, HostState>,
        future: FutureAny,
    ) -> wasmtime::Result<Box<dyn Crossing>>;
}

/// The carrier of items of Rust type `T`.
pub(super) struct Items<T>(PhantomData<fn() -> T>);

impl<T> Items<T> {
    pub(super) const CARRIER: Items<T> = Items(PhantomData);
}

/// The carrier of items that are streams or futures of `T` (`T` being their reader):
/// each item is piped across on its own.
pub(super) struct Nested<T>(PhantomData<fn() -> T>);

impl<T> Nested<T> {
    pub(super) const CARRIER: Nested<T> = Nested(PhantomData);
}

/// The carrier of `item`s, when this path has one: items with a Rust type here cross as
/// they are, streams and futures of those as streams and futures of their own.
fn carrier(item: &Type) -> Option<&'static dyn Carrier> {
    match item {
        Type::Stream(stream) => carrier_in::<AsStreams>(&stream.ty()?),
        Type::Future(future) => carrier_in::<AsFutures>(&future.ty()?),
        item => carrier_in::<AsValues>(item),
    }
}

/// The carrier of items of the Rust type `T` (a generated type's).
pub(crate) fn carrier_of_items<T>() -> &'static dyn Carrier
where
    T: ComponentType + Lift + Lower + Weight + Send + Sync + 'static,
{
    &Items::<T>::CARRIER
}

/// The carrier of family `F` for the Rust type of `item`, when it has one.
fn carrier_in<F: Family>(item: &Type) -> Option<&'static dyn Carrier> {
    Some(match item {
        Type::Bool => F::of::<bool>(),
        Type::S8 => F::of::<i8>(),
        Type::U8 => F::of::<u8>(),
        Type::S16 => F::of::<i16>(),
        Type::U16 => F::of::<u16>(),
        Type::S32 => F::of::<i32>(),
        Type::U32 => F::of::<u32>(),
        Type::S64 => F::of::<i64>(),
        Type::U64 => F::of::<u64>(),
        Type::Float32 => F::of::<f32>(),
        Type::Float64 => F::of::<f64>(),
        Type::Char => F::of::<char>(),
        Type::String => F::of::<String>(),
        Type::List(list) => match list.ty() {
            Type::Bool => F::of::<Vec<bool>>(),
            Type::S8 => F::of::<Vec<i8>>(),
            Type::U8 => F::of::<Vec<u8>>(),
            Type::S16 => F::of::<Vec<i16>>(),
            Type::U16 => F::of::<Vec<u16>>(),
            Type::S32 => F::of::<Vec<i32>>(),
            Type::U32 => F::of::<Vec<u32>>(),
            Type::S64 => F::of::<Vec<i64>>(),
            Type::U64 => F::of::<Vec<u64>>(),
            Type::Float32 => F::of::<Vec<f32>>(),
            Type::Float64 => F::of::<Vec<f64>>(),
            Type::Char => F::of::<Vec<char>>(),
            Type::String => F::of::<Vec<String>>(),
            _ => return None,
        },
        _ => return None,
    })
}

/// The Rust types of the items a carrier can be made for.
trait Item: ComponentType + Lift + Lower + Weight + Send + Sync + 'static {}

impl<T: ComponentType + Lift + Lower + Weight + Send + Sync + 'static> Item for T {}

// A stream or future as an item weighs its handle: its own items have their own bound.
impl<T> Weight for StreamReader<T> {}
impl<T> Weight for FutureReader<T> {}
impl Weight for Box<dyn Crossing> {}

/// A kind of carrier, for items of any Rust type `T`.
trait Family {
    fn of<T: Item>() -> &'static dyn Carrier;
}

/// Items that cross as they are.
struct AsValues;

/// Streams of `T` as items: each crosses as a stream of its own.
struct AsStreams;

/// Futures of `T` as items: each crosses as a future of its own.
struct AsFutures;

impl Family for AsValues {
    fn of<T: Item>() -> &'static dyn Carrier {
        &Items::<T>::CARRIER
    }
}

impl Family for AsStreams {
    fn of<T: Item>() -> &'static dyn Carrier {
        &Nested::<StreamReader<T>>::CARRIER
    }
}

impl Family for AsFutures {
    fn of<T: Item>() -> &'static dyn Carrier {
        &Nested::<FutureReader<T>>::CARRIER
    }
}

/// The carrier of `item`s (in a `ty`), which bind checked: `carriers`' for a handle
/// and a generated type.
fn carrier_of<'c>(
    item: Option<Type>,
    ty: &Type,
    carriers: &'c ItemCarriers,
) -> wasmtime::Result<&'c dyn Carrier> {
    let carrier = match &item {
        Some(Type::Own(resource)) => carriers.carrier(*resource),
        Some(item) => carrier(item).or_else(|| carriers.generated(item)),
        None => None,
    };
    carrier.ok_or_else(|| wasmtime::format_err!("the hub cannot carry a `{}`", WitType(ty)))
}

/// The carriers one function's streams and futures need beyond the built-in ones
/// (none for most functions): of the resources whose handles they carry, and of the
/// generated types they carry.
#[derive(Default)]
pub(crate) struct ItemCarriers {
    resources: Vec<(ResourceType, HandleItems)>,
    generated: Vec<(Type, &'static dyn Carrier)>,
}

impl ItemCarriers {
    /// Carries handles of `resource` (as the function's types name it) with `items`.
    pub(crate) fn push(&mut self, resource: ResourceType, items: ResourceItems) {
        if self.carrier(resource).is_none() {
            self.resources
                .push((resource, HandleItems(Arc::new(items))));
        }
    }

    /// Carries items of type `item` (a generated type's shape) with `carrier`.
    pub(crate) fn push_generated(&mut self, item: Type, carrier: &'static dyn Carrier) {
        if self.generated(&item).is_none() {
            self.generated.push((item, carrier));
        }
    }

    fn carrier(&self, resource: ResourceType) -> Option<&dyn Carrier> {
        self.resources
            .iter()
            .find(|(ty, _)| *ty == resource)
            .map(|(_, items)| items as &dyn Carrier)
    }

    /// The generated carrier of `item`s, if bind found one.
    fn generated(&self, item: &Type) -> Option<&'static dyn Carrier> {
        self.generated
            .iter()
            .find(|(ty, _)| ty == item)
            .map(|(_, carrier)| *carrier)
    }
}

impl<T: Item> Carrier for Items<T> {
    fn stream(
        &self,
        store: StoreContextMut<'_, HostState>,
        stream: StreamAny,
    ) -> wasmtime::Result<Box<dyn Crossing>> {
        pipe_stream::<T, T>(store, stream, Arc::new(Unchanged))
    }

    fn future(
        &self,
        store: StoreContextMut<'_, HostState>,
        future: FutureAny,
    ) -> wasmtime::Result<Box<dyn Crossing>> {
        pipe_future::<T, T>(store, future, Arc::new(Unchanged))
    }
}

impl<T: Item> Carrier for Nested<T>
where
    NestedItems<T>: ItemCodec<T, Box<dyn Crossing>>,
{
    fn stream(
        &self,
        store: StoreContextMut<'_, HostState>,
        stream: StreamAny,
    ) -> wasmtime::Result<Box<dyn Crossing>> {
        pipe_stream(store, stream, Arc::new(NestedItems::<T>(PhantomData)))
    }

    fn future(
        &self,
        store: StoreContextMut<'_, HostState>,
        future: FutureAny,
    ) -> wasmtime::Result<Box<dyn Crossing>> {
        pipe_future(store, future, Arc::new(NestedItems::<T>(PhantomData)))
    }
}

/// Streams or futures (of `X`) as items: each leaves its store as a crossing of its own,
/// and lands in the other as a new one.
struct NestedItems<T>(PhantomData<fn() -> T>);

impl<X: Item> ItemCodec<StreamReader<X>, Box<dyn Crossing>> for NestedItems<StreamReader<X>> {
    fn encode(
        &self,
        mut store: StoreContextMut<'_, HostState>,
        items: Vec<StreamReader<X>>,
    ) -> wasmtime::Result<Vec<Box<dyn Crossing>>> {
        items
            .into_iter()
            .map(|reader| stream_leaves(&mut store, reader, plain_items::<X>()).map(|t| t.crossing))
            .collect()
    }

    fn decode(
        &self,
        mut store: StoreContextMut<'_, HostState>,
        items: Vec<Box<dyn Crossing>>,
    ) -> wasmtime::Result<Vec<StreamReader<X>>> {
        items
            .into_iter()
            .map(|crossing| stream_enters(&mut store, StreamInTransit::new(crossing)))
            .collect()
    }
}

impl<X: Item> ItemCodec<FutureReader<X>, Box<dyn Crossing>> for NestedItems<FutureReader<X>> {
    fn encode(
        &self,
        mut store: StoreContextMut<'_, HostState>,
        items: Vec<FutureReader<X>>,
    ) -> wasmtime::Result<Vec<Box<dyn Crossing>>> {
        items
            .into_iter()
            .map(|reader| future_leaves(&mut store, reader, plain_items::<X>()).map(|t| t.crossing))
            .collect()
    }

    fn decode(
        &self,
        mut store: StoreContextMut<'_, HostState>,
        items: Vec<Box<dyn Crossing>>,
    ) -> wasmtime::Result<Vec<FutureReader<X>>> {
        items
            .into_iter()
            .map(|crossing| future_enters(&mut store, FutureInTransit::new(crossing)))
            .collect()
    }
}

/// The carrier of one resource's handles: each crosses as its `rep`.
struct HandleItems(Arc<ResourceItems>);

impl Carrier for HandleItems {
    fn stream(
        &self,
        store: StoreContextMut<'_, HostState>,
        stream: StreamAny,
    ) -> wasmtime::Result<Box<dyn Crossing>> {
        pipe_stream::<ResourceAny, u32>(store, stream, self.0.clone())
    }

    fn future(
        &self,
        store: StoreContextMut<'_, HostState>,
        future: FutureAny,
    ) -> wasmtime::Result<Box<dyn Crossing>> {
        pipe_future::<ResourceAny, u32>(store, future, self.0.clone())
    }
}

/// Pipes `stream` (of `T`s) out of `store` into a channel of `W`s, as `codec` makes them.
fn pipe_stream<T, W>(
    mut store: StoreContextMut<'_, HostState>,
    stream: StreamAny,
    codec: Arc<dyn ItemCodec<T, W>>,
) -> wasmtime::Result<Box<dyn Crossing>>
where
    T: ComponentType + Lift + Lower + Send + Sync + 'static,
    W: Weight + Send + 'static,
{
    let reader = stream.try_into_stream_reader::<T>()?;
    let channel = stream_channel();
    let open = store.data().pumps.open();
    reader.pipe(
        &mut store,
        ChunkSender {
            chunks: channel.sender,
            in_flight: Arc::clone(&channel.in_flight),
            codec: Arc::clone(&codec),
            _open: open,
        },
    )?;
    Ok(Box::new(StreamCrossing {
        chunks: channel.receiver,
        in_flight: channel.in_flight,
        codec,
    }))
}

/// Pipes `future` (of a `T`) out of `store` into a channel of one `W`.
fn pipe_future<T, W>(
    mut store: StoreContextMut<'_, HostState>,
    future: FutureAny,
    codec: Arc<dyn ItemCodec<T, W>>,
) -> wasmtime::Result<Box<dyn Crossing>>
where
    T: ComponentType + Lift + Lower + Send + Sync + 'static,
    W: Send + 'static,
{
    let reader = future.try_into_future_reader::<T>()?;
    let (value, received) = oneshot::channel();
    let open = store.data().pumps.open();
    reader.pipe(
        &mut store,
        ValueSender {
            value: Some(value),
            codec: Arc::clone(&codec),
            _open: open,
        },
    )?;
    Ok(Box::new(FutureCrossing {
        value: received,
        codec,
    }))
}

/// A stream on its way: the channel its items come on.
struct StreamCrossing<T, W> {
    chunks: futures::channel::mpsc::Receiver<Chunk<W>>,
    in_flight: Arc<InFlight>,
    codec: Arc<dyn ItemCodec<T, W>>,
}

impl<T, W> Crossing for StreamCrossing<T, W>
where
    T: ComponentType + Lift + Lower + Send + Sync + 'static,
    W: Send + 'static,
{
    fn land(self: Box<Self>, mut store: StoreContextMut<'_, HostState>) -> wasmtime::Result<Val> {
        let open = store.data().pumps.open();
        let producer = ChunkReceiver {
            chunks: self.chunks,
            in_flight: self.in_flight,
            codec: self.codec,
            ready: None,
            holder: store.data().holder,
            _open: open,
        };
        let reader = StreamReader::new(&mut store, producer)?;
        Ok(Val::Stream(StreamAny::try_from_stream_reader(
            &mut store, reader,
        )?))
    }
}

/// A future on its way: the channel its value comes on.
struct FutureCrossing<T, W> {
    value: oneshot::Receiver<W>,
    codec: Arc<dyn ItemCodec<T, W>>,
}

impl<T, W> Crossing for FutureCrossing<T, W>
where
    T: ComponentType + Lift + Lower + Send + Sync + 'static,
    W: Send + 'static,
{
    fn land(self: Box<Self>, mut store: StoreContextMut<'_, HostState>) -> wasmtime::Result<Val> {
        let open = store.data().pumps.open();
        let producer = ValueReceiver {
            value: self.value,
            codec: self.codec,
            holder: store.data().holder,
            _open: open,
        };
        let reader = FutureReader::new(&mut store, producer)?;
        Ok(Val::Future(FutureAny::try_from_future_reader(
            &mut store, reader,
        )?))
    }
}
