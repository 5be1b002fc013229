//! Calls of generated forwarders into an async library. The typed values of the call go
//! to the library's event loop as they are (the generated types are `Send`, handles
//! already converted by the forwarder, as for a sync library), the loop calls the
//! library's `TypedFunc` with `call_concurrent`, and the typed answer comes back on a
//! channel of its own: no `Val`s on the way, no walk of the values.
//!
//! A function passing streams or futures sends them as crossings
//! ([`typed_ends`](super::typed_ends)): generated code gives the call an `arrive`
//! closure, which turns them into the library store's own ends before the call, and a
//! `depart` closure, which turns those in its results into crossings after it. Without
//! them both closures only move the values (and compile to nothing).

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use tokio::sync::oneshot;
use wasmtime::component::{Accessor, ComponentNamedList, Lift, Lower, TypedFunc};
use wasmtime::{AsContextMut, Store, StoreContextMut};

use super::event_loop::{LoopCall, Work};
use super::forwarder::Away;
use crate::generated::{CallerHolder, ForwardCaller};
use crate::holder::Holder;
use crate::library_cell::LibraryCell;
use crate::run_control::RunControl;
use crate::state::HostState;

/// Makes a typed call's params in the library's store, on its loop's thread: moves
/// them, or lands their streams and futures there.
pub trait ArriveParams<P>:
    for<'a> FnOnce(StoreContextMut<'a, HostState>) -> wasmtime::Result<P> + Send + 'static
{
}
impl<P, A> ArriveParams<P> for A where
    A: for<'a> FnOnce(StoreContextMut<'a, HostState>) -> wasmtime::Result<P> + Send + 'static
{
}

/// Turns a typed call's results into what goes back to the caller's thread: moves
/// them, or pipes their streams and futures out of the library's store.
pub trait DepartResults<R, O>:
    for<'a> FnOnce(StoreContextMut<'a, HostState>, R) -> wasmtime::Result<O> + Send + 'static
{
}
impl<R, O, D> DepartResults<R, O> for D where
    D: for<'a> FnOnce(StoreContextMut<'a, HostState>, R) -> wasmtime::Result<O> + Send + 'static
{
}

/// What a typed call's params are: lowered in the library's store, on its loop's thread
/// (where `arrive` made them; params without streams are `Send` and only move there).
pub(crate) trait LoopParams: ComponentNamedList + Lower + 'static {}
impl<T: ComponentNamedList + Lower + 'static> LoopParams for T {}

/// What a typed call's results are: lifted on the loop's thread (and sent to the
/// caller's as `depart` makes them; results without streams are `Send` and only move).
pub(crate) trait LoopResults: ComponentNamedList + Lift + 'static {}
impl<T: ComponentNamedList + Lift + 'static> LoopResults for T {}

/// Work a loop runs in the library's store that is not a `Val` call: a generated
/// forwarder's typed call.
pub(crate) trait LoopWork: Send {
    /// The function it calls, for errors naming it.
    fn name(&self) -> &str;

    /// Runs in the library's `store` (inside one `run_concurrent`), sending its answer
    /// on its own channel. The outer error is the library's own failure; the inner one
    /// a call refused on its way in (its streams could not enter the store).
    fn run<'a>(
        self: Box<Self>,
        store: &'a mut Store<HostState>,
    ) -> Pin<Box<dyn Future<Output = wasmtime::Result<wasmtime::Result<()>>> + 'a>>;
}

/// One typed call and where its results go.
struct TypedCall<P, R, A, D, O> {
    function: &'static str,
    func: TypedFunc<P, R>,
    arrive: A,
    depart: D,
    answer: oneshot::Sender<O>,
}

impl<P, R, A, D, O> LoopWork for TypedCall<P, R, A, D, O>
where
    P: LoopParams,
    R: LoopResults,
    A: ArriveParams<P>,
    D: DepartResults<R, O>,
    O: Send + 'static,
{
    fn name(&self) -> &str {
        self.function
    }

    fn run<'a>(
        self: Box<Self>,
        store: &'a mut Store<HostState>,
    ) -> Pin<Box<dyn Future<Output = wasmtime::Result<wasmtime::Result<()>>> + 'a>> {
        let TypedCall {
            func,
            arrive,
            depart,
            answer,
            ..
        } = *self;
        Box::pin(async move {
            let params = match arrive(store.as_context_mut()) {
                Ok(params) => params,
                Err(refused) => return Ok(Err(refused)),
            };
            let results = store
                .run_concurrent(async move |accessor| func.call_concurrent(accessor, params).await)
                .await??;
            // The library's streams and futures leave last: a failure here is its own.
            let results = depart(store.as_context_mut(), results)?;
            // A caller that went away (its call cancelled) no longer wants them.
            let _ = answer.send(results);
            Ok(Ok(()))
        })
    }
}

/// Params that only move to the loop's thread.
fn moved<P: Send + 'static>(params: P) -> impl ArriveParams<P> {
    move |_: StoreContextMut<'_, HostState>| Ok(params)
}

/// Results that only move back.
fn unchanged<R: Send + 'static>(
    _: StoreContextMut<'_, HostState>,
    results: R,
) -> wasmtime::Result<R> {
    Ok(results)
}

/// The loop call of `func` (the library's `function`) for `run`, its params made by
/// `arrive` and its results sent back as `depart` makes them, and where they come.
fn typed_call<P, R, A, D, O>(
    function: &'static str,
    func: TypedFunc<P, R>,
    arrive: A,
    depart: D,
    run: Option<Arc<RunControl>>,
) -> (LoopCall, super::forwarder::Answer, oneshot::Receiver<O>)
where
    P: LoopParams,
    R: LoopResults,
    A: ArriveParams<P>,
    D: DepartResults<R, O>,
    O: Send + 'static,
{
    let (answer, results) = oneshot::channel();
    let work = TypedCall {
        function,
        func,
        arrive,
        depart,
        answer,
    };
    let (call, reply) = LoopCall::new(Work::Typed(Box::new(work)), run);
    (call, reply, results)
}

/// The results of a call the loop answered without an error: sent before the answer.
fn results_of<R>(mut results: oneshot::Receiver<R>) -> wasmtime::Result<R> {
    results
        .try_recv()
        .map_err(|_| wasmtime::format_err!("the library's event loop answered without results"))
}

/// Calls `func` (the async `library`'s `function`) from a plain host function,
/// blocking until the loop answers, within `run`'s budget and interrupt.
///
/// # Errors
///
/// The library's disabled error, or the call's failure (which disabled it).
pub(crate) fn call_blocking<P, R>(
    library: &LibraryCell,
    run: Option<&Arc<RunControl>>,
    function: &'static str,
    func: TypedFunc<P, R>,
    params: P,
) -> wasmtime::Result<R>
where
    P: LoopParams + Send,
    R: LoopResults + Send,
{
    call_crossing_blocking(library, run, function, func, moved(params), unchanged)
}

/// [`call_blocking`] of a function passing streams or futures: its params made in the
/// library's store by `arrive`, its results sent back as `depart` makes them.
///
/// # Errors
///
/// As [`call_blocking`], and a stream that could not enter the library's store.
pub(crate) fn call_crossing_blocking<P, R, A, D, O>(
    library: &LibraryCell,
    run: Option<&Arc<RunControl>>,
    function: &'static str,
    func: TypedFunc<P, R>,
    arrive: A,
    depart: D,
) -> wasmtime::Result<O>
where
    P: LoopParams,
    R: LoopResults,
    A: ArriveParams<P>,
    D: DepartResults<R, O>,
    O: Send + 'static,
{
    let event_loop = library.event_loop()?;
    let (call, reply, results) = typed_call(function, func, arrive, depart, run.cloned());
    event_loop.call_blocking(call, reply)?;
    results_of(results)
}

/// Calls `func` (the async `library`'s `function`) from another store's event loop,
/// counted in the caller's calls away meanwhile (as the dynamic path's concurrent
/// forwarders do).
///
/// # Errors
///
/// As [`call_blocking`].
pub(crate) async fn call<P, R>(
    library: &LibraryCell,
    caller: &ConcurrentCaller,
    function: &'static str,
    func: TypedFunc<P, R>,
    params: P,
) -> wasmtime::Result<R>
where
    P: LoopParams + Send,
    R: LoopResults + Send,
{
    call_crossing(library, caller, function, func, moved(params), unchanged).await
}

/// [`call`] of a function passing streams or futures, as
/// [`call_crossing_blocking`] makes its params and results.
///
/// # Errors
///
/// As [`call_crossing_blocking`].
pub(crate) async fn call_crossing<P, R, A, D, O>(
    library: &LibraryCell,
    caller: &ConcurrentCaller,
    function: &'static str,
    func: TypedFunc<P, R>,
    arrive: A,
    depart: D,
) -> wasmtime::Result<O>
where
    P: LoopParams,
    R: LoopResults,
    A: ArriveParams<P>,
    D: DepartResults<R, O>,
    O: Send + 'static,
{
    let event_loop = library.event_loop()?;
    let (call, reply, results) = typed_call(function, func, arrive, depart, caller.run.clone());
    let away = Away::enter(Arc::clone(&caller.away));
    let answered = event_loop
        .call(call, reply)
        .await
        .and_then(|_| results_of(results));
    if answered.is_err() {
        away.stay();
    }
    answered
}

/// What a generated forwarder for an `async func` import keeps of its caller's store
/// across the call: who holds the handles it gets back, the run bounding it, and the
/// store's count of calls away. Read once from the caller's `Accessor`, as the store
/// itself cannot be held across an await.
pub struct ConcurrentCaller {
    holder: Holder,
    pub(crate) run: Option<Arc<RunControl>>,
    away: Arc<AtomicUsize>,
}

impl ConcurrentCaller {
    /// The caller whose store `accessor` reaches.
    pub fn of(accessor: &Accessor<HostState>) -> ConcurrentCaller {
        accessor.with(|mut access| {
            let state = access.data_mut();
            ConcurrentCaller {
                holder: state.holder,
                run: state.run.clone(),
                away: Arc::clone(&state.away),
            }
        })
    }
}

impl ForwardCaller for ConcurrentCaller {
    fn holder(&self) -> CallerHolder {
        CallerHolder(self.holder)
    }
}
