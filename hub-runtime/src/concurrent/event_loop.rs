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
//!
//! Between calls the store sleeps, unless a stream or future it passed or was given is
//! still open: then the loop runs it until the next message or until they close (a guest
//! writes the stream it returned after returning), with a budget of its own. A sync
//! caller's call goes to the loop's thread then (the store is the loop's), and so does
//! any call passing a stream or future (the loop must keep running the store after it).

use std::cell::Cell;
use std::sync::{Arc, Weak};
use std::thread::JoinHandle;

use parking_lot::Mutex;
use tokio::sync::{mpsc, oneshot};
use wasmtime::Store;
use wasmtime::component::{ResourceAny, Val};

use super::forwarder::{Answer, LoopFunction};
use super::pump::Pumps;
use super::transit::Transit;
use super::typed_call::LoopWork;
use crate::holder::Holder;
use crate::interrupt::InterruptHandle;
use crate::library_cell::LibraryCell;
use crate::run_control::{CallBudget, RunControl};
use crate::state::HostState;

/// Calls waiting for a loop beyond the one in progress: callers past it wait to send
/// (backpressure), none is dropped.
const QUEUED_CALLS: usize = 64;

/// One call into the library, as a loop runs it.
pub(crate) struct LoopCall {
    pub(crate) work: Work,
    /// The caller's run: its budget and interrupt bound the call.
    pub(crate) run: Option<Arc<RunControl>>,
    pub(crate) reply: Reply,
}

/// What a call does in the library's store.
pub(crate) enum Work {
    /// Calls `function` with `params`; the handles it returns go to `holder`, the
    /// caller's store.
    Call {
        function: Arc<LoopFunction>,
        params: Transit,
        holder: Holder,
    },
    /// Drops the library's own resource `handle` (its last host handle went away), so
    /// its destructor runs; `resource` names it in errors (`[resource-drop]counter`).
    Drop {
        handle: ResourceAny,
        resource: String,
    },
    /// A generated forwarder's typed call, which answers on its own channel.
    Typed(Box<dyn LoopWork>),
}

impl LoopCall {
    /// `work` on behalf of `run`, and where its answer comes.
    pub(crate) fn new(work: Work, run: Option<Arc<RunControl>>) -> (LoopCall, Answer) {
        let (reply, answer) = oneshot::channel();
        (LoopCall { work, run, reply }, answer)
    }

    /// Whether a stream or future crosses in it: the loop's thread runs it then.
    fn crosses(&self) -> bool {
        match &self.work {
            Work::Call { function, .. } => function.crosses,
            Work::Drop { .. } | Work::Typed(_) => false,
        }
    }
}

/// Where a call's answer goes.
pub(crate) type Reply = oneshot::Sender<wasmtime::Result<Transit>>;

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
    /// The store's crossing ends: while one is open, the loop runs the store between
    /// calls too.
    pumps: Arc<Pumps>,
    /// What bounds the guest's work while the loop runs it between calls.
    between_calls: BetweenCalls,
}

/// What bounds an async library's work between calls (for its streams), which belongs
/// to no run.
pub(crate) struct BetweenCalls {
    /// How long the guest may compute without returning to its event loop: the
    /// library's own budget, else the hub's.
    pub(crate) budget: Option<std::time::Duration>,
    /// The hub's interrupt handle, which stops that work as it stops runs.
    pub(crate) interrupts: InterruptHandle,
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
    /// library `cell` points at; `own_budget` replaces a caller's budget for each call,
    /// `between_calls` bounds the guest's work between calls.
    ///
    /// # Errors
    ///
    /// Fails when the thread cannot be started.
    pub(crate) fn start(
        store: Store<HostState>,
        cell: Weak<LibraryCell>,
        name: &str,
        own_budget: Option<Option<std::time::Duration>>,
        between_calls: BetweenCalls,
    ) -> std::io::Result<EventLoop> {
        let (sender, receiver) = mpsc::channel(QUEUED_CALLS);
        let slot = Arc::new(StoreSlot {
            pumps: Arc::clone(&store.data().pumps),
            store: Mutex::new(Some(store)),
            cell,
            own_budget,
            between_calls,
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
    pub(crate) async fn call(&self, call: LoopCall, answer: Answer) -> wasmtime::Result<Transit> {
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
    /// when this thread drives no event loop and the store is free, else sent to the
    /// loop's thread (which also takes every call passing a stream or future: the loop
    /// must run the store while they are open).
    ///
    /// # Errors
    ///
    /// As [`call`](Self::call).
    pub(crate) fn call_blocking(
        &self,
        call: LoopCall,
        answer: Answer,
    ) -> wasmtime::Result<Transit> {
        if !IN_EVENT_LOOP.get()
            && !call.crosses()
            && let Some(mut store) = self.store.store.try_lock()
        {
            drop(answer);
            let (outcome, _reply) = super::block_on(self.store.run_call(&mut store, call));
            return outcome;
        }
        wasmtime_wasi::runtime::in_tokio(self.call(call, answer))
    }

    /// Runs the destructor of the library's own resource `handle` on behalf of `run`,
    /// blocking until it has run (as [`call_blocking`](Self::call_blocking)).
    /// `resource` is its name in the library.
    ///
    /// # Errors
    ///
    /// The destructor's failure (which disables the library), or its budget running out.
    pub(crate) fn drop_resource(
        &self,
        handle: ResourceAny,
        resource: &str,
        run: Option<Arc<RunControl>>,
    ) -> wasmtime::Result<()> {
        let work = Work::Drop {
            handle,
            resource: format!("[resource-drop]{resource}"),
        };
        let (call, answer) = LoopCall::new(work, run);
        self.call_blocking(call, answer).map(drop)
    }

    /// Waits until every call sent to the loop so far, or in progress on a caller's
    /// thread, has ended.
    pub(crate) fn wait_for_calls(&self) {
        let Some(sender) = self.sender() else {
            // The loop has ended: only a caller's thread may still hold the store.
            drop(self.store.store.lock());
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

/// The loop: runs each call in turn until the senders are gone, and the store in
/// between while streams or futures cross.
#[expect(
    clippy::await_holding_lock,
    reason = "the loop's thread polls only this future: the lock is held for one call, as a \
              sync call holds a sync library's store, and what the call awaits (calls into \
              libraries loaded earlier) never needs this store"
)]
async fn serve(slot: &StoreSlot, mut receiver: mpsc::Receiver<Message>) {
    loop {
        let between = if slot.pumps.any_open() {
            slot.run_between_calls(&mut receiver).await
        } else {
            None
        };
        let message = match between {
            Some(message) => message,
            None => receiver.recv().await,
        };
        match message {
            None => break,
            Some(Message::Call(call)) => {
                let mut store = slot.store.lock();
                let (outcome, reply) = slot.run_call(&mut store, call).await;
                drop(store);
                let _ = reply.send(outcome);
            }
            Some(Message::Barrier(done)) => {
                // A call on a caller's thread holds the store until it ends.
                drop(slot.store.lock());
                let _ = done.send(());
            }
        }
    }
}

impl StoreSlot {
    /// Runs `call` in `store` (locked by the caller) and returns its outcome, with the
    /// sender its answer was to go to. After a failure in the library's code the store
    /// is dropped (wasmtime cannot enter it again) and later calls get the library's
    /// disabled error; a call refused on its way in or out (a dead handle, a caller over
    /// its quota) fails alone.
    async fn run_call(
        &self,
        store: &mut Option<Store<HostState>>,
        call: LoopCall,
    ) -> (wasmtime::Result<Transit>, Reply) {
        let LoopCall { work, run, reply } = call;
        let Some(live) = store.as_mut() else {
            // A resource of a library out of service went with its store.
            let gone = match work {
                Work::Drop { .. } => Ok(Transit::plain(Vec::new())),
                Work::Call { .. } | Work::Typed(_) => Err(disabled(&self.cell)),
            };
            return (gone, reply);
        };
        let budget = self.own_budget.map(CallBudget::start);
        // A run that stopped while its call waited never enters the library.
        if let Some(Err(stopped)) = run.as_ref().map(|run| run.check(budget.as_ref())) {
            return (Err(wasmtime::Error::new(stopped)), reply);
        }
        let state = live.data_mut();
        state.run.clone_from(&run);
        state.call_budget = budget;
        let bounds = Bounds {
            run: run.as_ref(),
            budget: budget.as_ref(),
            away: Arc::clone(&state.away),
        };
        let (name, outcome) = match work {
            Work::Call {
                function,
                params,
                holder,
            } => {
                let outcome = Self::call(live, &function, params, holder, &bounds).await;
                (function.name.to_string(), outcome)
            }
            Work::Drop { handle, resource } => {
                let dropped = bounds.race(handle.resource_drop_async(&mut *live)).await;
                (resource, dropped.map(|()| Ok(Transit::plain(Vec::new()))))
            }
            Work::Typed(work) => {
                let name = work.name().to_owned();
                let called = bounds.race(work.run(&mut *live)).await;
                (
                    name,
                    called.map(|ran| ran.map(|()| Transit::plain(Vec::new()))),
                )
            }
        };
        match outcome {
            Ok(answer) => (answer, reply),
            Err(err) => (Err(self.fail(store, &name, err)), reply),
        }
    }

    /// Calls `function` in the library's store `live` within `bounds`. The outer error
    /// is the library's own failure; the inner one a call refused on its way in or out.
    async fn call(
        live: &mut Store<HostState>,
        function: &LoopFunction,
        params: Transit,
        holder: Holder,
        bounds: &Bounds<'_>,
    ) -> wasmtime::Result<wasmtime::Result<Transit>> {
        let mut lent = Vec::new();
        let params = params
            .arrive(&mut *live, &function.params)
            .and_then(|params| match &function.handles {
                Some(handles) => handles.enter_library(&mut *live, params, &mut lent),
                None => Ok(params),
            });
        let mut results = vec![Val::Bool(false); function.results.len()];
        let called = match params {
            Ok(params) => {
                let func = function.func;
                // Boxed: the races it passes through then move a pointer, not the
                // whole future (with `block_on`'s box, `memmove` went from 10% to 5%
                // of `async-links/run/sync-to-async`'s samples in `perf`).
                let call = Box::pin(live.run_concurrent(async |accessor| {
                    func.call_concurrent(accessor, &params, &mut results).await
                }));
                bounds.race(call).await.and_then(|r| r).map(|()| Ok(()))
            }
            Err(refused) => Ok(Err(refused)),
        };
        // A library that failed is disabled, its store (and what was lent) with it.
        let called = called?;
        // The borrows lent for the call end with it.
        for handle in lent {
            bounds.race(handle.resource_drop_async(&mut *live)).await?;
        }
        if let Err(refused) = called {
            return Ok(Err(refused));
        }
        let results = match &function.handles {
            Some(handles) => {
                let mut orphans = Vec::new();
                let left = handles.leave_library(&mut *live, results, holder, &mut orphans);
                for handle in orphans {
                    bounds.race(handle.resource_drop_async(&mut *live)).await?;
                }
                match left {
                    Ok(results) => results,
                    Err(refused) => return Ok(Err(refused)),
                }
            }
            None => results,
        };
        // The library's streams and futures leave last: a failure here is its own.
        function
            .depart(&mut *live, &function.results, results)
            .map(Ok)
    }

    /// Runs the store (locked here) until a message comes or no stream or future
    /// crosses any more: a guest may still write a stream it returned, or read one it
    /// was given. Code running here belongs to no run: it has the `between_calls`
    /// budget (a message is seen only when the guest returns to its event loop, so
    /// this also bounds how long a call waits) and the hub's interrupt, and a fault,
    /// the budget or an interrupt disables the library as a failed call does. `None` when there is no message yet: the store
    /// is gone, or nothing crosses any more.
    #[expect(
        clippy::await_holding_lock,
        reason = "as in `serve`: only the loop's thread polls this, and what the store's \
                  code awaits never needs this store"
    )]
    async fn run_between_calls(
        &self,
        receiver: &mut mpsc::Receiver<Message>,
    ) -> Option<Option<Message>> {
        let mut store = self.store.lock();
        let live = store.as_mut()?;
        let control = RunControl::start(self.between_calls.budget, Some(live.engine()));
        let _attached = self.between_calls.interrupts.attach(&control);
        let state = live.data_mut();
        state.run = Some(control);
        state.call_budget = None;
        let pumps = Arc::clone(&self.pumps);
        let next = live
            .run_concurrent(async |_| {
                let closed = std::pin::pin!(pumps.all_closed());
                let message = std::pin::pin!(receiver.recv());
                match futures::future::select(message, closed).await {
                    futures::future::Either::Left((message, _)) => Some(message),
                    futures::future::Either::Right(((), _)) => None,
                }
            })
            .await;
        live.data_mut().run = None;
        match next {
            Ok(next) => next,
            Err(err) => {
                let err = self.fail(&mut store, "its streams, between calls", err);
                tracing::warn!("an async library failed between calls: {err}");
                None
            }
        }
    }

    /// Disables the library for `err` in `function`, dropping its store (wasmtime
    /// cannot enter it again): later calls get the library's disabled error.
    fn fail(
        &self,
        store: &mut Option<Store<HostState>>,
        function: &str,
        err: wasmtime::Error,
    ) -> wasmtime::Error {
        let err = match (self.cell.upgrade(), store.as_ref()) {
            (Some(cell), Some(live)) => cell.disable_for(function, err, &live.data().limiter),
            _ => err,
        };
        *store = None;
        err
    }
}

/// What bounds one call: the caller's run (its budget and interrupt, unless the library
/// has its own budget) and the calls its store has away in other loops.
struct Bounds<'a> {
    run: Option<&'a Arc<RunControl>>,
    budget: Option<&'a CallBudget>,
    away: Arc<std::sync::atomic::AtomicUsize>,
}

impl Bounds<'_> {
    /// `work`, unless the run stops first.
    async fn race<T>(
        &self,
        work: impl Future<Output = wasmtime::Result<T>>,
    ) -> wasmtime::Result<T> {
        match self.run {
            Some(run) => run
                .race_unless_away(self.budget, Some(&*self.away), work)
                .await
                .and_then(|r| r),
            None => work.await,
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
