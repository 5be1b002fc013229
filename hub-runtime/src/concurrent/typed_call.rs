//! Calls of generated forwarders into an async library. The typed values of the call go
//! to the library's event loop as they are (the generated types are `Send`, handles
//! already converted by the forwarder, as for a sync library), the loop calls the
//! library's `TypedFunc` with `call_concurrent`, and the typed answer comes back on a
//! channel of its own: no `Val`s on the way, no walk of the values.

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use tokio::sync::oneshot;
use wasmtime::Store;
use wasmtime::component::{Accessor, ComponentNamedList, Lift, Lower, TypedFunc};

use super::event_loop::{LoopCall, Work};
use super::forwarder::Away;
use crate::generated::{CallerHolder, ForwardCaller};
use crate::holder::Holder;
use crate::library_cell::LibraryCell;
use crate::run_control::RunControl;
use crate::state::HostState;

/// What a typed call's params are: lowered in the library's store, on its loop's thread.
pub(crate) trait LoopParams: ComponentNamedList + Lower + Send + 'static {}
impl<T: ComponentNamedList + Lower + Send + 'static> LoopParams for T {}

/// What a typed call's results are: lifted on the loop's thread, sent to the caller's.
pub(crate) trait LoopResults: ComponentNamedList + Lift + Send + 'static {}
impl<T: ComponentNamedList + Lift + Send + 'static> LoopResults for T {}

/// Work a loop runs in the library's store that is not a `Val` call: a generated
/// forwarder's typed call.
pub(crate) trait LoopWork: Send {
    /// The function it calls, for errors naming it.
    fn name(&self) -> &str;

    /// Runs in the library's `store` (inside one `run_concurrent`), sending its answer
    /// on its own channel.
    fn run<'a>(
        self: Box<Self>,
        store: &'a mut Store<HostState>,
    ) -> Pin<Box<dyn Future<Output = wasmtime::Result<()>> + 'a>>;
}

/// One typed call and where its results go.
struct TypedCall<P, R> {
    function: &'static str,
    func: TypedFunc<P, R>,
    params: P,
    answer: oneshot::Sender<R>,
}

impl<P, R> LoopWork for TypedCall<P, R>
where
    P: LoopParams,
    R: LoopResults,
{
    fn name(&self) -> &str {
        self.function
    }

    fn run<'a>(
        self: Box<Self>,
        store: &'a mut Store<HostState>,
    ) -> Pin<Box<dyn Future<Output = wasmtime::Result<()>> + 'a>> {
        let TypedCall {
            func,
            params,
            answer,
            ..
        } = *self;
        Box::pin(async move {
            let results = store
                .run_concurrent(async move |accessor| func.call_concurrent(accessor, params).await)
                .await??;
            // A caller that went away (its call cancelled) no longer wants them.
            let _ = answer.send(results);
            Ok(())
        })
    }
}

/// The loop call of `func` (the library's `function`) with `params` for `run`, and
/// where its results come.
fn typed_call<P, R>(
    function: &'static str,
    func: TypedFunc<P, R>,
    params: P,
    run: Option<Arc<RunControl>>,
) -> (LoopCall, super::forwarder::Answer, oneshot::Receiver<R>)
where
    P: LoopParams,
    R: LoopResults,
{
    let (answer, results) = oneshot::channel();
    let work = TypedCall {
        function,
        func,
        params,
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
    P: LoopParams,
    R: LoopResults,
{
    let event_loop = library.event_loop()?;
    let (call, reply, results) = typed_call(function, func, params, run.cloned());
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
    P: LoopParams,
    R: LoopResults,
{
    let event_loop = library.event_loop()?;
    let (call, reply, results) = typed_call(function, func, params, caller.run.clone());
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
