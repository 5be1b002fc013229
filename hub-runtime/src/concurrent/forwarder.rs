//! The forwarders of an async library's exports: each call goes to the library's event
//! loop as `Val`s. wasmtime serves a plain import only with a plain host function and an
//! `async func` import only with a concurrent one, so each export has both: the plain one
//! blocks its caller until the answer, the concurrent one awaits it, and the caller's
//! event loop keeps running meanwhile.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use tokio::sync::oneshot;
use wasmtime::component::types::ComponentFunc;
use wasmtime::component::{Func, LinkerInstance, Val};

use super::event_loop::LoopCall;
use crate::define_forwarders::DefineForwarders;
use crate::forwarding_path::ForwardingPath;
use crate::library_cell::LibraryCell;
use crate::run_control::RunControl;
use crate::state::HostState;
use crate::trace;

/// One export of an async library, forwarded to its event loop.
pub(crate) struct LoopFunction {
    pub(crate) name: Arc<str>,
    /// The function in the library's (only) instance.
    pub(crate) func: Func,
    pub(crate) ty: ComponentFunc,
    pub(crate) library: Arc<LibraryCell>,
}

impl LoopFunction {
    /// The call of this function with `params` for `run`, and where its answer comes.
    fn message(
        &self,
        params: &[Val],
        run: Option<Arc<RunControl>>,
    ) -> (LoopCall, oneshot::Receiver<wasmtime::Result<Vec<Val>>>) {
        let (reply, answer) = oneshot::channel();
        let call = LoopCall {
            func: self.func,
            function: Arc::clone(&self.name),
            params: params.to_vec(),
            result_count: self.ty.results().len(),
            run,
            reply,
        };
        (call, answer)
    }

    /// Calls the library from a sync store's host function (or the host), blocking
    /// until it answers.
    ///
    /// # Errors
    ///
    /// The call's error, or the library's disabled error.
    pub(crate) fn call_blocking(
        &self,
        run: Option<Arc<RunControl>>,
        params: &[Val],
        results: &mut [Val],
    ) -> wasmtime::Result<()> {
        let event_loop = self.library.event_loop()?;
        let (call, answer) = self.message(params, run);
        let values = event_loop.call_blocking(call, answer)?;
        write(results, values)
    }

    /// Calls the library from another store's event loop.
    async fn call(
        &self,
        run: Option<Arc<RunControl>>,
        params: &[Val],
        results: &mut [Val],
    ) -> wasmtime::Result<()> {
        let event_loop = self.library.event_loop()?;
        let (call, answer) = self.message(params, run);
        let values = event_loop.call(call, answer).await?;
        write(results, values)
    }
}

/// Writes the loop's answer into the caller's result slots.
fn write(results: &mut [Val], values: Vec<Val>) -> wasmtime::Result<()> {
    if values.len() != results.len() {
        wasmtime::bail!(
            "the library answered {} values for {} results",
            values.len(),
            results.len()
        );
    }
    for (slot, value) in results.iter_mut().zip(values) {
        *slot = value;
    }
    Ok(())
}

/// An async library's interface (or top-level functions), forwarded to its event loop.
pub(crate) struct LoopInterface {
    pub(crate) functions: Vec<Arc<LoopFunction>>,
}

impl DefineForwarders for LoopInterface {
    fn define(
        &self,
        linker: &mut LinkerInstance<'_, HostState>,
        call_events: bool,
    ) -> wasmtime::Result<()> {
        for function in &self.functions {
            define_blocking(linker, function, &function.name, call_events)?;
        }
        Ok(())
    }

    fn define_renamed(
        &self,
        linker: &mut LinkerInstance<'_, HostState>,
        function: &str,
        as_name: &str,
        call_events: bool,
    ) -> wasmtime::Result<()> {
        define_blocking(linker, self.find(function)?, as_name, call_events)
    }

    fn define_async(
        &self,
        linker: &mut LinkerInstance<'_, HostState>,
        function: &str,
        as_name: &str,
        call_events: bool,
    ) -> wasmtime::Result<()> {
        define_concurrent(linker, self.find(function)?, as_name, call_events)
    }
}

impl LoopInterface {
    fn find(&self, function: &str) -> wasmtime::Result<&Arc<LoopFunction>> {
        self.functions
            .iter()
            .find(|f| &*f.name == function)
            .ok_or_else(|| wasmtime::format_err!("no function `{function}` to define"))
    }
}

/// Defines `function`'s forwarder for a plain import, as `name`.
fn define_blocking(
    linker: &mut LinkerInstance<'_, HostState>,
    function: &Arc<LoopFunction>,
    name: &str,
    call_events: bool,
) -> wasmtime::Result<()> {
    let f = Arc::clone(function);
    linker.func_new(name, move |store, _ty, params, results| {
        if call_events {
            trace::call(ForwardingPath::Dynamic, &f.name, params.len());
        }
        f.call_blocking(store.data().run.clone(), params, results)
    })
}

/// Defines `function`'s forwarder for an `async func` import, as `name`.
fn define_concurrent(
    linker: &mut LinkerInstance<'_, HostState>,
    function: &Arc<LoopFunction>,
    name: &str,
    call_events: bool,
) -> wasmtime::Result<()> {
    let f = Arc::clone(function);
    linker.func_new_concurrent(name, move |accessor, _ty, params, results| {
        let f = Arc::clone(&f);
        Box::pin(async move {
            if call_events {
                trace::call(ForwardingPath::Dynamic, &f.name, params.len());
            }
            let (run, away) = accessor.with(|mut access| {
                let state = access.data_mut();
                (state.run.clone(), Arc::clone(&state.away))
            });
            // Counted while away, so the caller's own loop lets this loop stop the call.
            // A failed call stays counted: its error traps the caller's store, which
            // ends the caller's loop with that error (naming whoever failed) a moment
            // later, and a stop must not overtake it.
            away.fetch_add(1, Ordering::SeqCst);
            let answered = f.call(run, params, results).await;
            if answered.is_ok() {
                away.fetch_sub(1, Ordering::SeqCst);
            }
            answered
        })
    })
}
