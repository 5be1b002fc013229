//! Components that use component-model async (the `async` feature): the second engine,
//! the event loops async libraries run in, and the forwarders that reach them.
//!
//! A component with an `async func`, a stream or a future cannot be compiled by the
//! hub's sync engine, so it is compiled by [`ConcurrentEngine`]'s (concurrency support
//! on); everything else stays in the sync engine and is linked and called exactly as
//! without the feature. The two meet only through host functions, which move `Val`s, so
//! a sync app may call an async library and an async app a sync one.
//!
//! - An async library's store lives in its [`EventLoop`], a thread that runs each call
//!   in a `run_concurrent` of its own; [`LoopInterface`] forwards to it, blocking a sync
//!   caller, awaiting in a concurrent one.
//! - An async app's run drives its own store's event loop on the thread that runs it
//!   ([`block_on`]); its calls into sync libraries are the usual sync forwarders.
//! - A generated forwarder's call goes to the loop with its typed values
//!   ([`typed_call`]), not as `Val`s; its streams and futures as crossings
//!   ([`typed_ends`]).
//! - Streams and futures cross between stores as channels ([`transit`], [`pump`]): the
//!   hub reads the sending store's end and feeds a new end in the receiving store.

mod bind;
mod event_loop;
mod forwarder;
mod handles;
mod pump;
mod spin_park;
mod transit;
mod typed_call;
mod typed_ends;

use wasmtime::Engine;
use wasmtime::component::{Component, Linker};

pub(crate) use bind::bind_loop_exports;
pub(crate) use event_loop::{BetweenCalls, EventLoop};
pub(crate) use forwarder::LoopFunction;
pub(crate) use pump::Pumps;
pub(crate) use transit::{Carrier, carrier_of_items};
pub use typed_call::{ArriveParams, ConcurrentCaller, DepartResults};
pub(crate) use typed_call::{
    call as call_typed, call_blocking as call_typed_blocking, call_crossing, call_crossing_blocking,
};
pub use typed_ends::{
    FutureInTransit, StreamInTransit, TypedCarrier, future_enters, future_items, future_leaves,
    plain_items, stream_enters, stream_items, stream_leaves,
};

use crate::error::SetupError;
use crate::limits::StoreLimitsConfig;
use crate::state::HostState;

/// The engine of components that use component-model async, and the host's linker
/// for it (WASI 0.2 and 0.3).
pub(crate) struct ConcurrentEngine {
    pub(crate) engine: Engine,
    pub(crate) host: Linker<HostState>,
}

impl ConcurrentEngine {
    /// The engine with the same guards and limits as the sync one, and the linker
    /// `host_linker` makes for it.
    ///
    /// # Errors
    ///
    /// As for the sync engine: wasmtime's configuration, WASI, the epoch ticker.
    pub(crate) fn new(
        guards: bool,
        limits: &StoreLimitsConfig,
        host_linker: fn(&Engine) -> wasmtime::Result<Linker<HostState>>,
    ) -> Result<Self, SetupError> {
        let engine =
            crate::engine::new_concurrent_engine(guards, limits).map_err(SetupError::Engine)?;
        let host = host_linker(&engine).map_err(SetupError::Wasi)?;
        if guards {
            crate::run_control::start_ticker(&engine).map_err(SetupError::Ticker)?;
        }
        Ok(ConcurrentEngine { engine, host })
    }

    /// Whether `component` was compiled by this engine.
    pub(crate) fn owns(&self, component: &Component) -> bool {
        Engine::same(component.engine(), &self.engine)
    }
}

/// Runs `future` (which drives an event loop) to its end on this thread, with
/// wasmtime-wasi's tokio runtime as the ambient one (WASI's timers and blocking work need
/// it), the thread marked as in an event loop meanwhile (calls into async libraries go to
/// their threads). Not tokio's own `block_on`: WASI 0.2's sync calls inside use that one,
/// which may not nest in itself; [`spin_park`](spin_park::spin_park), which waits a
/// little before it parks (a hop between two loops then costs no context switch).
pub(crate) fn block_on<F: Future>(future: F) -> F::Output {
    // Boxed once here: the closures below then move a pointer, not the whole future
    // (a call's future holds wasmtime's event loop; copying it showed in `perf`).
    let future = Box::pin(future);
    event_loop::in_event_loop(|| {
        wasmtime_wasi::runtime::with_ambient_tokio_runtime(|| spin_park::spin_park(future))
    })
}
