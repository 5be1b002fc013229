//! The ends of a stream or future crossing between two stores: in the sending store the
//! hub reads the guest's end (a consumer) and sends its items over a bounded channel; in
//! the receiving store it gives the guest a new end whose items come from that channel
//! (a producer). Each store's event loop polls its own ends only, so no handle ever
//! leaves its store.
//!
//! Backpressure: the consumer takes items out of the writer's buffer only once the
//! channel has room for them, so at most [`CHUNKS_IN_FLIGHT`] chunks of at most
//! [`CHUNK_ITEMS`] items, holding at most [`BYTES_IN_FLIGHT`] bytes (beyond the one write
//! that crossed that bound), wait between the stores, and the writer's write completes
//! only as the reader reads. Ends: a writer ending its stream drops the consumer, the channel
//! closes and the producer reports the end; a reader dropping its end drops the producer,
//! the channel closes and the consumer reports the drop to the writer.
//!
//! Items change on the way only where they must ([`ItemCodec`]): a resource's handles
//! belong to their store too, and cross as registry `rep`s.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};

use futures::StreamExt;
use futures::channel::{mpsc, oneshot};
use futures::task::AtomicWaker;
use wasmtime::StoreContextMut;
use wasmtime::component::{
    Destination, FutureConsumer, FutureProducer, Lift, Lower, Source, StreamConsumer,
    StreamProducer, StreamResult, VecBuffer,
};

use crate::holder::Holder;
use crate::state::HostState;
pub(crate) use crate::weight::Weight;

/// Items taken from a writer at once, at most: one chunk on the channel.
pub(crate) const CHUNK_ITEMS: usize = 64 * 1024;

/// Chunks waiting between the stores, at most (the channel's bound).
pub(crate) const CHUNKS_IN_FLIGHT: usize = 8;

/// Bytes of items waiting between the stores, at most, before the writer's next write
/// waits: strings and lists are as long as the writer makes them, so counting chunks
/// alone would let a writer whose reader does not read have the host hold eight times
/// its memory.
pub(crate) const BYTES_IN_FLIGHT: usize = 16 << 20;

/// The crossing ends open in one store. A library's loop keeps its store's event loop
/// running between calls while any is open (its guest may still be writing or reading
/// a stream it returned or was given).
#[derive(Default)]
pub(crate) struct Pumps {
    open: AtomicUsize,
    closed: AtomicWaker,
}

impl Pumps {
    /// Counts one more open end until the guard drops.
    pub(crate) fn open(self: &Arc<Self>) -> PumpGuard {
        self.open.fetch_add(1, Ordering::SeqCst);
        PumpGuard(Arc::clone(self))
    }

    /// Whether any end is open.
    pub(crate) fn any_open(&self) -> bool {
        self.open.load(Ordering::SeqCst) > 0
    }

    /// Resolves once no end is open.
    pub(crate) async fn all_closed(&self) {
        std::future::poll_fn(|cx| {
            self.closed.register(cx.waker());
            if self.any_open() {
                Poll::Pending
            } else {
                Poll::Ready(())
            }
        })
        .await;
    }
}

/// One open end, counted in its store's [`Pumps`].
pub(crate) struct PumpGuard(Arc<Pumps>);

impl Drop for PumpGuard {
    fn drop(&mut self) {
        if self.0.open.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.closed.wake();
        }
    }
}

/// How a stream's or future's items change between a guest's end and the channel: most
/// cross as they are ([`Unchanged`]); a resource's handles cross as `rep`s.
pub(crate) trait ItemCodec<T, W>: Send + Sync + 'static {
    /// Items read from the sending guest in `store`, as they go on the channel.
    ///
    /// # Errors
    ///
    /// An item that cannot leave the store (a handle not of its type).
    fn encode(
        &self,
        store: StoreContextMut<'_, HostState>,
        items: Vec<T>,
    ) -> wasmtime::Result<Vec<W>>;

    /// Items off the channel, as the receiving guest in `store` gets them.
    ///
    /// # Errors
    ///
    /// An item that cannot enter the store (a `rep` no longer live).
    fn decode(
        &self,
        store: StoreContextMut<'_, HostState>,
        items: Vec<W>,
    ) -> wasmtime::Result<Vec<T>>;

    /// Items that never reached the guest in the receiving store, which `receiver`
    /// holds (its reader dropped its end first): what they hold goes with it. Nothing
    /// to do for most items.
    fn abandon(&self, items: Vec<W>, receiver: Holder) {
        let _ = (items, receiver);
    }
}

/// Items that cross as they are.
pub(crate) struct Unchanged;

impl<T: Send + 'static> ItemCodec<T, T> for Unchanged {
    fn encode(&self, _: StoreContextMut<'_, HostState>, items: Vec<T>) -> wasmtime::Result<Vec<T>> {
        Ok(items)
    }

    fn decode(&self, _: StoreContextMut<'_, HostState>, items: Vec<T>) -> wasmtime::Result<Vec<T>> {
        Ok(items)
    }
}

/// A chunk of items on the channel, with its weight.
pub(crate) struct Chunk<W> {
    items: Vec<W>,
    bytes: usize,
}

/// The bytes of one stream's chunks on the channel, shared by its two ends.
#[derive(Default)]
pub(crate) struct InFlight {
    bytes: AtomicUsize,
    /// The sender, waiting for room.
    room: AtomicWaker,
}

impl InFlight {
    /// Ready once fewer than [`BYTES_IN_FLIGHT`] bytes are on the channel.
    fn poll_room(&self, cx: &mut Context<'_>) -> Poll<()> {
        if self.bytes.load(Ordering::SeqCst) < BYTES_IN_FLIGHT {
            return Poll::Ready(());
        }
        self.room.register(cx.waker());
        // Taken off between the load and the registration: not missed.
        if self.bytes.load(Ordering::SeqCst) < BYTES_IN_FLIGHT {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }

    /// The items of `chunk`, taken off the channel: their bytes make room.
    fn taken<W>(&self, chunk: Chunk<W>) -> Vec<W> {
        self.bytes.fetch_sub(chunk.bytes, Ordering::SeqCst);
        self.room.wake();
        chunk.items
    }
}

/// The ends of the channel a stream's items cross on.
pub(crate) struct StreamChannel<W> {
    pub(crate) sender: mpsc::Sender<Chunk<W>>,
    pub(crate) receiver: mpsc::Receiver<Chunk<W>>,
    pub(crate) in_flight: Arc<InFlight>,
}

/// The channel a stream's items cross on.
pub(crate) fn stream_channel<W>() -> StreamChannel<W> {
    // The bound is per channel plus one per sender; there is one sender.
    let (sender, receiver) = mpsc::channel(CHUNKS_IN_FLIGHT - 1);
    StreamChannel {
        sender,
        receiver,
        in_flight: Arc::default(),
    }
}

/// Reads a guest's stream of `T` in the sending store, chunk by chunk, into the channel
/// (as `W`s).
pub(crate) struct ChunkSender<T, W> {
    pub(crate) chunks: mpsc::Sender<Chunk<W>>,
    pub(crate) in_flight: Arc<InFlight>,
    pub(crate) codec: Arc<dyn ItemCodec<T, W>>,
    pub(crate) _open: PumpGuard,
}

// Nothing of theirs is pinned: the items are only moved in and out of `Vec`s.
impl<T, W> Unpin for ChunkSender<T, W> {}
impl<T: 'static, W: 'static> Unpin for ChunkReceiver<T, W> {}
impl<T, W> Unpin for ValueSender<T, W> {}
impl<T: 'static, W: 'static> Unpin for ValueReceiver<T, W> {}

impl<T, W> StreamConsumer<HostState> for ChunkSender<T, W>
where
    T: Lift + Send + Sync + 'static,
    W: Weight + Send + 'static,
{
    type Item = T;

    fn poll_consume(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        mut store: StoreContextMut<'_, HostState>,
        mut source: Source<'_, T>,
        finish: bool,
    ) -> Poll<wasmtime::Result<StreamResult>> {
        let this = self.get_mut();
        // Room first (a chunk and bytes): items taken from the writer cannot be given
        // back.
        let room = match this.chunks.poll_ready(cx) {
            Poll::Ready(Ok(())) => this.in_flight.poll_room(cx),
            Poll::Ready(Err(_)) => return Poll::Ready(Ok(StreamResult::Dropped)),
            Poll::Pending => Poll::Pending,
        };
        match room {
            Poll::Ready(()) => {}
            Poll::Pending if this.chunks.is_closed() => {
                return Poll::Ready(Ok(StreamResult::Dropped));
            }
            Poll::Pending if finish => return Poll::Ready(Ok(StreamResult::Cancelled)),
            Poll::Pending => return Poll::Pending,
        }
        let count = source.remaining(&mut store).min(CHUNK_ITEMS);
        if count == 0 {
            // A zero-length write asks whether the stream takes items: it does.
            return Poll::Ready(Ok(StreamResult::Completed));
        }
        let mut items = Vec::with_capacity(count);
        source.read(&mut store, &mut items)?;
        let items = this.codec.encode(store, items)?;
        let bytes = W::weight(&items);
        this.in_flight.bytes.fetch_add(bytes, Ordering::SeqCst);
        Poll::Ready(Ok(match this.chunks.start_send(Chunk { items, bytes }) {
            Ok(()) => StreamResult::Completed,
            Err(_) => StreamResult::Dropped,
        }))
    }
}

/// Gives a guest in the receiving store the items of the channel (`W`s, as `T`s), as
/// they come.
pub(crate) struct ChunkReceiver<T: 'static, W: 'static> {
    pub(crate) chunks: mpsc::Receiver<Chunk<W>>,
    pub(crate) in_flight: Arc<InFlight>,
    pub(crate) codec: Arc<dyn ItemCodec<T, W>>,
    /// A chunk received for a zero-length read, delivered to the next read.
    pub(crate) ready: Option<Vec<W>>,
    /// Who holds the receiving store.
    pub(crate) holder: Holder,
    pub(crate) _open: PumpGuard,
}

impl<T: 'static, W: 'static> Drop for ChunkReceiver<T, W> {
    fn drop(&mut self) {
        // What was sent and never read is the receiver's to release; a sender waiting
        // for room sees the channel closed.
        self.chunks.close();
        self.in_flight.room.wake();
        let unread = self.ready.take().into_iter();
        let queued = std::iter::from_fn(|| self.chunks.try_recv().ok().map(|c| c.items));
        for chunk in unread.chain(queued).collect::<Vec<_>>() {
            self.codec.abandon(chunk, self.holder);
        }
    }
}

impl<T, W> StreamProducer<HostState> for ChunkReceiver<T, W>
where
    T: Lower + Send + Sync + 'static,
    W: Send + 'static,
{
    type Item = T;
    type Buffer = VecBuffer<T>;

    fn poll_produce<'a>(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        mut store: StoreContextMut<'a, HostState>,
        mut destination: Destination<'a, T, VecBuffer<T>>,
        finish: bool,
    ) -> Poll<wasmtime::Result<StreamResult>> {
        let this = self.get_mut();
        let chunk = match this.ready.take() {
            Some(chunk) => chunk,
            None => match this.chunks.poll_next_unpin(cx) {
                Poll::Ready(Some(chunk)) => this.in_flight.taken(chunk),
                Poll::Ready(None) => return Poll::Ready(Ok(StreamResult::Dropped)),
                Poll::Pending if finish => return Poll::Ready(Ok(StreamResult::Cancelled)),
                Poll::Pending => return Poll::Pending,
            },
        };
        if destination.remaining(&mut store) == Some(0) {
            // A zero-length read asks whether items are ready: they are, and wait here
            // (not in the reader's buffer, where a reader that never reads would lose them).
            this.ready = Some(chunk);
        } else {
            // Items beyond the read's room stay in the buffer for the next reads.
            let items = this.codec.decode(store, chunk)?;
            destination.set_buffer(VecBuffer::from(items));
        }
        Poll::Ready(Ok(StreamResult::Completed))
    }
}

/// Takes a guest future's value (a `T`) in the sending store and sends it across (as a
/// `W`).
pub(crate) struct ValueSender<T, W> {
    pub(crate) value: Option<oneshot::Sender<W>>,
    pub(crate) codec: Arc<dyn ItemCodec<T, W>>,
    pub(crate) _open: PumpGuard,
}

impl<T, W> FutureConsumer<HostState> for ValueSender<T, W>
where
    T: Lift + Send + Sync + 'static,
    W: Send + 'static,
{
    type Item = T;

    fn poll_consume(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        mut store: StoreContextMut<'_, HostState>,
        mut source: Source<'_, T>,
        _finish: bool,
    ) -> Poll<wasmtime::Result<()>> {
        let this = self.get_mut();
        let mut value = None;
        source.read(&mut store, &mut value)?;
        let Some(value) = value else {
            return Poll::Ready(Ok(()));
        };
        let value = this.codec.encode(store, vec![value])?.pop();
        if let (Some(value), Some(sender)) = (value, this.value.take()) {
            // A receiving end already gone leaves nobody to tell.
            let _ = sender.send(value);
        }
        Poll::Ready(Ok(()))
    }
}

/// Gives a guest in the receiving store the future's value (a `W`, as a `T`) once it
/// comes.
pub(crate) struct ValueReceiver<T: 'static, W: 'static> {
    pub(crate) value: oneshot::Receiver<W>,
    pub(crate) codec: Arc<dyn ItemCodec<T, W>>,
    /// Who holds the receiving store.
    pub(crate) holder: Holder,
    pub(crate) _open: PumpGuard,
}

impl<T: 'static, W: 'static> Drop for ValueReceiver<T, W> {
    fn drop(&mut self) {
        // A value sent and never read is the receiver's to release.
        self.value.close();
        if let Ok(Some(value)) = self.value.try_recv() {
            self.codec.abandon(vec![value], self.holder);
        }
    }
}

impl<T, W> FutureProducer<HostState> for ValueReceiver<T, W>
where
    T: Lower + Send + Sync + 'static,
    W: Send + 'static,
{
    type Item = T;

    fn poll_produce(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        store: StoreContextMut<'_, HostState>,
        finish: bool,
    ) -> Poll<wasmtime::Result<Option<T>>> {
        let this = self.get_mut();
        match Pin::new(&mut this.value).poll(cx) {
            Poll::Ready(Ok(value)) => {
                let value = this.codec.decode(store, vec![value])?.pop();
                Poll::Ready(Ok(value))
            }
            Poll::Ready(Err(_)) => Poll::Ready(Err(wasmtime::format_err!(
                "the future's writer went away unwritten"
            ))),
            Poll::Pending if finish => Poll::Ready(Ok(None)),
            Poll::Pending => Poll::Pending,
        }
    }
}
