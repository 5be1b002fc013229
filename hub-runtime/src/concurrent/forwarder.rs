//! The forwarders of an async library's exports: each call goes to the library's event
//! loop as `Val`s. wasmtime serves a plain import only with a plain host function and an
//! `async func` import only with a concurrent one, so each export has both: the plain one
//! blocks its caller until the answer, the concurrent one awaits it, and the caller's
//! event loop keeps running meanwhile.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use tokio::sync::oneshot;
use wasmtime::component::types::{ComponentFunc, Type};
use wasmtime::component::{Accessor, Func, LinkerInstance, Val};
use wasmtime::{AsContextMut, StoreContextMut};

use super::event_loop::{LoopCall, Work};
use super::handles::HandlePlans;
use super::transit::{ItemCarriers, Transit, holds_streams};
use crate::define_forwarders::DefineForwarders;
use crate::forwarding_path::ForwardingPath;
use crate::holder::Holder;
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
    pub(crate) params: Box<[Type]>,
    pub(crate) results: Box<[Type]>,
    /// Whether a stream or future is among the params or results: they cross as
    /// channels, and only between two event loops.
    pub(crate) crosses: bool,
    /// Where resource handles are in its signature, if any (never with streams).
    pub(crate) handles: Option<HandlePlans>,
    /// The carriers its streams' and futures' items need beyond the built-in ones (of
    /// handles, of generated types).
    items: ItemCarriers,
    pub(crate) library: Arc<LibraryCell>,
}

/// A loop's answer, on its way back.
pub(crate) type Answer = oneshot::Receiver<wasmtime::Result<Transit>>;

impl LoopFunction {
    /// The function `func`, exported as `name` with type `ty` by the library `library`,
    /// with the handles in its signature where `handles` says, and those its streams and
    /// futures carry as `items` says.
    pub(crate) fn new(
        name: &str,
        func: Func,
        ty: &ComponentFunc,
        library: &Arc<LibraryCell>,
        handles: Option<HandlePlans>,
        items: ItemCarriers,
    ) -> LoopFunction {
        let params: Box<[Type]> = ty.params().map(|(_, t)| t).collect();
        let results: Box<[Type]> = ty.results().collect();
        let crosses = params.iter().chain(&results).any(holds_streams);
        LoopFunction {
            name: name.into(),
            func,
            ty: ty.clone(),
            params,
            results,
            crosses,
            handles,
            items,
            library: Arc::clone(library),
        }
    }

    /// The call of this function with `params` for `run` (whose store `holder` holds
    /// the handles it returns), and where its answer comes.
    fn message(
        self: &Arc<Self>,
        params: Transit,
        run: Option<Arc<RunControl>>,
        holder: Holder,
    ) -> (LoopCall, Answer) {
        let work = Work::Call {
            function: Arc::clone(self),
            params,
            holder,
        };
        LoopCall::new(work, run)
    }

    /// Calls the library from a plain host function of `store` (or the host's own
    /// store), blocking until it answers.
    ///
    /// # Errors
    ///
    /// The call's error, or the library's disabled error.
    pub(crate) fn call_blocking(
        self: &Arc<Self>,
        mut store: StoreContextMut<'_, HostState>,
        params: &[Val],
        results: &mut [Val],
    ) -> wasmtime::Result<()> {
        let event_loop = self.library.event_loop()?;
        let params = self.leave_caller(&mut store, params.to_vec())?;
        let (holder, run) = (store.data().holder, store.data().run.clone());
        let (call, answer) = self.message(params, run, holder);
        let answer = event_loop.call_blocking(call, answer)?;
        let values = self.enter_caller(&mut store, answer)?;
        write(results, values)
    }

    /// Calls the library from another store's event loop.
    async fn call(
        self: &Arc<Self>,
        accessor: &Accessor<HostState>,
        run: Option<Arc<RunControl>>,
        params: &[Val],
        results: &mut [Val],
    ) -> wasmtime::Result<()> {
        let event_loop = self.library.event_loop()?;
        let (params, holder) = accessor.with(|mut access| {
            let params = self.leave_caller(&mut access, params.to_vec())?;
            let holder = access.data_mut().holder;
            Ok::<_, wasmtime::Error>((params, holder))
        })?;
        let (call, answer) = self.message(params, run, holder);
        let answer = event_loop.call(call, answer).await?;
        let values = accessor.with(|mut access| self.enter_caller(&mut access, answer))?;
        write(results, values)
    }

    /// The caller's `params` leaving its `store`: handles as `rep`s, streams and
    /// futures as channels.
    fn leave_caller(
        &self,
        mut store: impl AsContextMut<Data = HostState>,
        params: Vec<Val>,
    ) -> wasmtime::Result<Transit> {
        let params = match &self.handles {
            Some(handles) => handles.leave_caller(&mut store, params)?,
            None => params,
        };
        self.depart(store, &self.params, params)
    }

    /// The library's `answer` entering the caller's `store`.
    fn enter_caller(
        &self,
        mut store: impl AsContextMut<Data = HostState>,
        answer: Transit,
    ) -> wasmtime::Result<Vec<Val>> {
        let results = answer.arrive(&mut store, &self.results)?;
        match &self.handles {
            Some(handles) => handles.enter_caller(store, results),
            None => Ok(results),
        }
    }

    /// `values` (the params or the results, of `types`) leaving `store`: walked for
    /// streams and futures only when the signature has some.
    pub(crate) fn depart(
        &self,
        store: impl AsContextMut<Data = HostState>,
        types: &[Type],
        values: Vec<Val>,
    ) -> wasmtime::Result<Transit> {
        if self.crosses {
            Transit::depart(store, types, values, &self.items)
        } else {
            Ok(Transit::plain(values))
        }
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
        f.call_blocking(store, params, results)
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
            // later, and a stop must not overtake it. A call the caller cancels (its
            // future dropped) is counted no more.
            let away = Away::enter(away);
            let answered = f.call(accessor, run, params, results).await;
            if answered.is_err() {
                away.stay();
            }
            answered
        })
    })
}

/// One call of a store away in another event loop, counted in the store's `away` until
/// dropped (or for good, once it [stays](Away::stay)).
pub(crate) struct Away(Option<Arc<std::sync::atomic::AtomicUsize>>);

impl Away {
    pub(crate) fn enter(count: Arc<std::sync::atomic::AtomicUsize>) -> Away {
        count.fetch_add(1, Ordering::SeqCst);
        Away(Some(count))
    }

    /// Keeps the call counted: the store's loop is about to end with its error.
    pub(crate) fn stay(mut self) {
        self.0 = None;
    }
}

impl Drop for Away {
    fn drop(&mut self) {
        if let Some(count) = &self.0 {
            count.fetch_sub(1, Ordering::SeqCst);
        }
    }
}
