//! The event loop of one instance of an async library: its store, and a thread of its
//! own that runs the calls sent to it, one at a time, each in its own `run_concurrent`.
//!
//! Why a thread: wasmtime 48 panics when one store's event loop is polled from inside
//! another's (`check_recursive_run`, `check_ambient_store`), so a caller that is itself in
//! an event loop (an async app, an async library) cannot run the library's loop on its
//! stack, and a store shared by many runs on many threads cannot be a future of any one
//! of them. Such callers send the call as a message carrying `Val`s, and the answer comes
//! back the same way (a thread hop each way: about 13 µs on this project's machine).
//! A caller in no event loop (a sync app or library, the host) runs the call on its own
//! thread instead, holding the store's lock for the call as a sync call holds a sync
//! library's. Either way one call at a time holds the store, and calls only go to
//! libraries loaded earlier, so waits never form a cycle.
//!
//! Why one `run_concurrent` per call, raced against the caller's control: wasmtime's own
//! advice is to bound the whole `run_concurrent` rather than select inside it (the
//! store-blocking note on `run_concurrent`). A call stopped by its budget or interrupt,
//! or failing in the library's code, disables the library, as a sync call does, and its
//! store goes with the loop.

use std::cell::Cell;
use std::sync::{Arc, Weak};
use std::thread::JoinHandle;

use parking_lot::Mutex;
use tokio::sync::{mpsc, oneshot};
use wasmtime::Store;
use wasmtime::component::{Func, Val};

use crate::library_cell::LibraryCell;
use crate::run_control::{CallBudget, RunControl};
use crate::state::HostState;

/// Calls waiting for a loop beyond the one in progress: callers past it wait to send
/// (backpressure), none is dropped.
const QUEUED_CALLS: usize = 64;

/// One call into the library, as a loop runs it.
pub(crate) struct LoopCall {
    pub(crate) func: Func,
    /// The export's name, for the fault it may cause.
    pub(crate) function: Arc<str>,
    pub(crate) params: Vec<Val>,
    pub(crate) result_count: usize,
    /// The caller's run: its budget and interrupt bound the call.
    pub(crate) run: Option<Arc<RunControl>>,
    pub(crate) reply: oneshot::Sender<wasmtime::Result<Vec<Val>>>,
}

enum Message {
    Call(LoopCall),
    /// Answered once every call sent before it has ended.
    Barrier(oneshot::Sender<()>),
}

/// The handle of one instance's event loop.
pub(crate) struct EventLoop {
    /// The store, held by the call in progress; `None` once a call failed (or the loop
    /// ended).
    store: Arc<StoreSlot>,
    /// `None` once the loop is told to end.
    sender: Mutex<Option<mpsc::Sender<Message>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

/// The store of an async library and what every call into it needs.
struct StoreSlot {
    store: Mutex<Option<Store<HostState>>>,
    cell: Weak<LibraryCell>,
    own_budget: Option<Option<std::time::Duration>>,
}

thread_local! {
    /// This thread is driving an event loop (`concurrent::block_on`): a call into an
    /// async library goes to that library's thread.
    static IN_EVENT_LOOP: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with this thread marked as driving an event loop.
pub(crate) fn in_event_loop<R>(f: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            IN_EVENT_LOOP.set(self.0);
        }
    }
    let _restore = Restore(IN_EVENT_LOOP.replace(true));
    f()
}

impl EventLoop {
    /// Starts the loop of `store` (instantiated already) on a thread of its own, for the
    /// library `cell` points at; `own_budget` replaces a caller's budget for each call.
    ///
    /// # Errors
    ///
    /// Fails when the thread cannot be started.
    pub(crate) fn start(
        store: Store<HostState>,
        cell: Weak<LibraryCell>,
        name: &str,
        own_budget: Option<Option<std::time::Duration>>,
    ) -> std::io::Result<EventLoop> {
        let (sender, receiver) = mpsc::channel(QUEUED_CALLS);
        let slot = Arc::new(StoreSlot {
            store: Mutex::new(Some(store)),
            cell,
            own_budget,
        });
        let served = Arc::clone(&slot);
        let thread = std::thread::Builder::new()
            .name(format!("hub-loop {name}"))
            .spawn(move || super::block_on(serve(&served, receiver)))?;
        Ok(EventLoop {
            store: slot,
            sender: Mutex::new(Some(sender)),
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Sends `call` to the loop and awaits its answer. Not raced against the caller's
    /// control: the loop races the call against it and answers when it stops, with the
    /// error naming the library that was running (and a call still queued when its run
    /// stopped is answered with the stop, without entering the library).
    ///
    /// # Errors
    ///
    /// The call's own error, or an error when the loop has ended.
    pub(crate) async fn call(
        &self,
        call: LoopCall,
        answer: oneshot::Receiver<wasmtime::Result<Vec<Val>>>,
    ) -> wasmtime::Result<Vec<Val>> {
        let Some(sender) = self.sender() else {
            wasmtime::bail!("the library's event loop has ended");
        };
        if sender.send(Message::Call(call)).await.is_err() {
            wasmtime::bail!("the library's event loop has ended");
        }
        answer
            .await
            .map_err(|_| wasmtime::format_err!("the library's event loop ended in the call"))?
    }

    /// [`call`](Self::call) for a plain (sync) caller, blocking the thread: run here
    /// when this thread drives no event loop, else sent to the loop's thread.
    ///
    /// # Errors
    ///
    /// As [`call`](Self::call).
    pub(crate) fn call_blocking(
        &self,
        call: LoopCall,
        answer: oneshot::Receiver<wasmtime::Result<Vec<Val>>>,
    ) -> wasmtime::Result<Vec<Val>> {
        if IN_EVENT_LOOP.get() {
            return wasmtime_wasi::runtime::in_tokio(self.call(call, answer));
        }
        drop(answer);
        let mut store = self.store.store.lock();
        let (outcome, _reply) = super::block_on(self.store.run_call(&mut store, call));
        outcome
    }

    /// Waits until every call sent to the loop so far, or in progress on a caller's
    /// thread, has ended.
    pub(crate) fn wait_for_calls(&self) {
        drop(self.store.store.lock());
        let Some(sender) = self.sender() else {
            return;
        };
        let (done, finished) = oneshot::channel();
        wasmtime_wasi::runtime::in_tokio(async move {
            if sender.send(Message::Barrier(done)).await.is_ok() {
                let _ = finished.await;
            }
        });
    }

    /// Ends the loop once the calls sent to it have ended, and drops its store.
    pub(crate) fn stop(&self) {
        drop(self.sender.lock().take());
        if let Some(thread) = self.thread.lock().take()
            && thread.thread().id() != std::thread::current().id()
        {
            // A panic in the loop was already reported by the panic hook.
            let _ = thread.join();
        }
        let store = self.store.store.lock().take();
        drop(store);
    }

    fn sender(&self) -> Option<mpsc::Sender<Message>> {
        self.sender.lock().clone()
    }
}

impl Drop for EventLoop {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The loop: runs each call in turn until the senders are gone.
#[expect(
    clippy::await_holding_lock,
    reason = "the loop's thread polls only this future: the lock is held for one call, as a \
              sync call holds a sync library's store, and what the call awaits (calls into \
              libraries loaded earlier) never needs this store"
)]
async fn serve(slot: &StoreSlot, mut receiver: mpsc::Receiver<Message>) {
    while let Some(message) = receiver.recv().await {
        match message {
            Message::Call(call) => {
                let mut store = slot.store.lock();
                let (outcome, reply) = slot.run_call(&mut store, call).await;
                drop(store);
                let _ = reply.send(outcome);
            }
            Message::Barrier(done) => {
                let _ = done.send(());
            }
        }
    }
}

impl StoreSlot {
    /// Runs `call` in `store` (locked by the caller) and returns its outcome, with the
    /// sender its answer was to go to. After a failure the store is dropped (wasmtime
    /// cannot enter it again) and later calls get the library's disabled error.
    async fn run_call(
        &self,
        store: &mut Option<Store<HostState>>,
        call: LoopCall,
    ) -> (
        wasmtime::Result<Vec<Val>>,
        oneshot::Sender<wasmtime::Result<Vec<Val>>>,
    ) {
        let LoopCall {
            func,
            function,
            params,
            result_count,
            run,
            reply,
        } = call;
        let Some(live) = store.as_mut() else {
            return (Err(disabled(&self.cell)), reply);
        };
        let budget = self.own_budget.map(CallBudget::start);
        // A run that stopped while its call waited never enters the library.
        if let Some(Err(stopped)) = run.as_ref().map(|run| run.check(budget.as_ref())) {
            return (Err(wasmtime::Error::new(stopped)), reply);
        }
        let state = live.data_mut();
        state.run.clone_from(&run);
        state.call_budget = budget;
        let away = Arc::clone(&state.away);
        let mut results = vec![Val::Bool(false); result_count];
        let call = live.run_concurrent(async |accessor| {
            func.call_concurrent(accessor, &params, &mut results).await
        });
        let outcome = match &run {
            Some(run) => run
                .race_unless_away(budget.as_ref(), Some(&away), call)
                .await
                .and_then(|r| r),
            None => call.await,
        }
        .and_then(|r| r);
        match outcome {
            Ok(()) => (Ok(results), reply),
            Err(err) => {
                let err = match self.cell.upgrade() {
                    Some(cell) => cell.disable_for(&function, err, &live.data().limiter),
                    None => err,
                };
                *store = None;
                (Err(err), reply)
            }
        }
    }
}

/// The error a call gets once the library is out of service.
fn disabled(cell: &Weak<LibraryCell>) -> wasmtime::Error {
    match cell.upgrade() {
        Some(cell) => wasmtime::Error::new(cell.disabled_error()),
        None => wasmtime::format_err!("the library is gone"),
    }
}
