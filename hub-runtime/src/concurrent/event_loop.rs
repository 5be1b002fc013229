//! The event loop of one instance of an async library: a thread of its own that owns
//! the store and runs every call into it, one at a time, each in its own
//! `run_concurrent`.
//!
//! Why a thread: wasmtime 48 panics when one store's event loop is polled from inside
//! another's (`check_recursive_run`, `check_ambient_store`), so a store's loop cannot run
//! on its caller's stack the way a sync call does, and a store shared by many runs on many
//! threads cannot be a future of any one of them. Here the store never leaves its thread;
//! calls arrive as messages carrying `Val`s and their answers go back the same way, so the
//! caller may be a sync store on any thread (it blocks) or another store's event loop (it
//! awaits). Calls only go to libraries loaded earlier, so waits never form a cycle.
//!
//! Why one `run_concurrent` per call, raced against the caller's control: wasmtime's own
//! advice is to bound the whole `run_concurrent` rather than select inside it (the
//! store-blocking note on `run_concurrent`). A call stopped by its budget or interrupt,
//! or failing in the library's code, disables the library, as a sync call does, and its
//! store goes with the loop.

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
    /// `None` once the loop is told to end.
    sender: Mutex<Option<mpsc::Sender<Message>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
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
        let thread = std::thread::Builder::new()
            .name(format!("hub-loop {name}"))
            .spawn(move || {
                wasmtime_wasi::runtime::with_ambient_tokio_runtime(|| {
                    futures::executor::block_on(serve(store, receiver, &cell, own_budget));
                });
            })?;
        Ok(EventLoop {
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

    /// [`call`](Self::call), blocking the thread: for plain (sync) callers.
    ///
    /// # Errors
    ///
    /// As [`call`](Self::call).
    pub(crate) fn call_blocking(
        &self,
        call: LoopCall,
        answer: oneshot::Receiver<wasmtime::Result<Vec<Val>>>,
    ) -> wasmtime::Result<Vec<Val>> {
        wasmtime_wasi::runtime::in_tokio(self.call(call, answer))
    }

    /// Waits until every call sent to the loop so far has ended.
    pub(crate) fn wait_for_calls(&self) {
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
            // A panic in the loop was already reported by the panic hook; the store went
            // with the thread either way.
            let _ = thread.join();
        }
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

/// The loop: runs each call in turn until the senders are gone. After a failure the
/// store is dropped and every later call is answered with the library's disabled error.
async fn serve(
    store: Store<HostState>,
    mut receiver: mpsc::Receiver<Message>,
    cell: &Weak<LibraryCell>,
    own_budget: Option<Option<std::time::Duration>>,
) {
    let mut store = Some(store);
    while let Some(message) = receiver.recv().await {
        let call = match message {
            Message::Call(call) => call,
            Message::Barrier(done) => {
                let _ = done.send(());
                continue;
            }
        };
        let Some(live) = store.as_mut() else {
            let _ = call.reply.send(Err(disabled(cell)));
            continue;
        };
        let LoopCall {
            func,
            function,
            params,
            result_count,
            run,
            reply,
        } = call;
        let budget = own_budget.map(CallBudget::start);
        // A run that stopped while its call waited here never enters the library.
        if let Some(Err(stopped)) = run.as_ref().map(|run| run.check(budget.as_ref())) {
            let _ = reply.send(Err(wasmtime::Error::new(stopped)));
            continue;
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
            Ok(()) => {
                let _ = reply.send(Ok(results));
            }
            Err(err) => {
                let err = match cell.upgrade() {
                    Some(cell) => cell.disable_for(&function, err, &live.data().limiter),
                    None => err,
                };
                // The store goes now: wasmtime cannot enter it again after a failure.
                store = None;
                let _ = reply.send(Err(err));
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
