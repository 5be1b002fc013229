//! The ends of a stream or future crossing between two stores: in the sending store the
//! hub reads the guest's end (a consumer) and sends its items over a bounded channel; in
//! the receiving store it gives the guest a new end whose items come from that channel
//! (a producer). Each store's event loop polls its own ends only, so no handle ever
//! leaves its store.
//!
//! Backpressure: the consumer takes items out of the writer's buffer only once the
//! channel has room for them, so at most [`CHUNKS_IN_FLIGHT`] chunks of at most
//! [`CHUNK_ITEMS`] items wait between the stores, and the writer's write completes only
//! as the reader reads. Ends: a writer ending its stream drops the consumer, the channel
//! closes and the producer reports the end; a reader dropping its end drops the producer,
//! the channel closes and the consumer reports the drop to the writer.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};

use futures::StreamExt;
use futures::channel::{mpsc, oneshot};
use futures::task::AtomicWaker;
use wasmtime::StoreContextMut;
use wasmtime::component::{
    Destination, FutureConsumer, Lift, Lower, Source, StreamConsumer, StreamProducer, StreamResult,
    VecBuffer,
};

use crate::state::HostState;

/// Items taken from a writer at once, at most: one chunk on the channel.
pub(crate) const CHUNK_ITEMS: usize = 64 * 1024;

/// Chunks waiting between the stores, at most (the channel's bound).
pub(crate) const CHUNKS_IN_FLIGHT: usize = 8;

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

/// The channel a stream's items cross on.
pub(crate) fn stream_channel<T>() -> (mpsc::Sender<Vec<T>>, mpsc::Receiver<Vec<T>>) {
    // The bound is per channel plus one per sender; there is one sender.
    mpsc::channel(CHUNKS_IN_FLIGHT - 1)
}

/// Reads a guest's stream in the sending store, chunk by chunk, into the channel.
pub(crate) struct ChunkSender<T> {
    pub(crate) chunks: mpsc::Sender<Vec<T>>,
    pub(crate) _open: PumpGuard,
}

// Nothing of theirs is pinned: the items are only moved in and out of `Vec`s.
impl<T> Unpin for ChunkSender<T> {}
impl<T> Unpin for ChunkReceiver<T> {}
impl<T> Unpin for ValueSender<T> {}

impl<T: Lift + Send + Sync + 'static> StreamConsumer<HostState> for ChunkSender<T> {
    type Item = T;

    fn poll_consume(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        mut store: StoreContextMut<'_, HostState>,
        mut source: Source<'_, T>,
        finish: bool,
    ) -> Poll<wasmtime::Result<StreamResult>> {
        let this = self.get_mut();
        // Room first: items taken from the writer cannot be given back.
        match this.chunks.poll_ready(cx) {
            Poll::Ready(Ok(())) => {}
            Poll::Ready(Err(_)) => return Poll::Ready(Ok(StreamResult::Dropped)),
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
        Poll::Ready(Ok(match this.chunks.start_send(items) {
            Ok(()) => StreamResult::Completed,
            Err(_) => StreamResult::Dropped,
        }))
    }
}

/// Gives a guest in the receiving store the items of the channel, as they come.
pub(crate) struct ChunkReceiver<T> {
    pub(crate) chunks: mpsc::Receiver<Vec<T>>,
    /// A chunk received for a zero-length read, delivered to the next read.
    pub(crate) ready: Option<Vec<T>>,
    pub(crate) _open: PumpGuard,
}

impl<T: Lower + Send + Sync + 'static> StreamProducer<HostState> for ChunkReceiver<T> {
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
                Poll::Ready(Some(chunk)) => chunk,
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
            destination.set_buffer(VecBuffer::from(chunk));
        }
        Poll::Ready(Ok(StreamResult::Completed))
    }
}

/// Takes a guest future's value in the sending store and sends it across.
pub(crate) struct ValueSender<T> {
    pub(crate) value: Option<oneshot::Sender<T>>,
    pub(crate) _open: PumpGuard,
}

impl<T: Lift + Send + Sync + 'static> FutureConsumer<HostState> for ValueSender<T> {
    type Item = T;

    fn poll_consume(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        store: StoreContextMut<'_, HostState>,
        mut source: Source<'_, T>,
        _finish: bool,
    ) -> Poll<wasmtime::Result<()>> {
        let this = self.get_mut();
        let mut value = None;
        source.read(store, &mut value)?;
        if let (Some(value), Some(sender)) = (value, this.value.take()) {
            // A receiving end already gone leaves nobody to tell.
            let _ = sender.send(value);
        }
        Poll::Ready(Ok(()))
    }
}
