//! Typed remote forwarding: for each function under `wit/` whose signature holds only
//! plain data (no handles, streams or futures; not `async`), the generator lists a
//! [`WireFunction`], monomorphised for its Rust parameter and result types. A transport
//! (hub-wrpc) uses it on both ends of a wire, so values go between a guest's memory and
//! the wire's bytes with no `Val` in between: the caller's side as a typed host
//! function ([`WireFunction::host_function`]), the server's side as a typed call into
//! the library ([`WireFunction::serve`]).

use std::sync::Arc;

use wasmtime::component::{ComponentNamedList, Func, Lift, LinkerInstance, Lower};
use wasmtime::{Store, StoreContextMut};

use crate::error::{CallError, ExportError};
use crate::host_interface::{HostFunctionError, HostFunctionFailed, TypedHostFn};
use crate::ids::LibraryId;
use crate::run_control::Stopped;
use crate::state::HostState;
use crate::wire_value::{WireValue, WireValueError, decode_wire};

/// The check a remote call polls while it waits: `Err` once the calling run or call must
/// stop (its budget ran out, or it was interrupted).
pub type StopCheck = dyn Fn() -> Result<(), Stopped> + Send + Sync;

/// What runs inside a library's store for a typed call: `Ok(Err(_))` when the function
/// has other types than the call's (nothing ran), `Err(_)` when the call failed.
pub type EnteredCall<'a> =
    dyn FnMut(&mut Store<HostState>, Func) -> wasmtime::Result<Result<(), wasmtime::Error>> + 'a;

/// What makes typed calls into a hub's libraries, under its guards: the hub's
/// [`HostCaller`](crate::HostCaller).
pub trait TypedCalls {
    /// Runs `call` with the store of `library` entered and its function `function` of
    /// `interface`.
    ///
    /// # Errors
    ///
    /// As [`HostCaller::call_typed`](crate::HostCaller::call_typed).
    fn call_with(
        &mut self,
        library: LibraryId,
        interface: &str,
        function: &str,
        call: &mut EnteredCall<'_>,
    ) -> Result<(), CallError>;
}

/// What sends a typed remote call's parameters and waits for its results.
pub trait WireInvoke: Send + Sync + 'static {
    /// Sends `params` (the encoding of the parameters of `function`, an export name
    /// such as `[static]calc.version`) and waits for the encoding of its results,
    /// unless `stop` says to stop first.
    ///
    /// # Errors
    ///
    /// The call could not be made or answered, or `stop` stopped it.
    fn invoke(
        &self,
        function: &str,
        params: Vec<u8>,
        stop: &StopCheck,
    ) -> Result<Vec<u8>, HostFunctionError>;
}

/// Why a typed call from the wire did not return results.
#[derive(Debug, thiserror::Error)]
pub enum WireCallError {
    /// The parameters are not values of the function's types.
    #[error("the parameters are not the function's")]
    Params(#[source] WireValueError),
    /// The call failed (or the library's function has other types).
    #[error(transparent)]
    Call(#[from] CallError),
}

impl WireCallError {
    /// Whether the call was refused before anything ran because it cannot be made
    /// typed: the library's function has other types than the build's, or runs in an
    /// event loop (an async library). Such a call can be made with `Val`s instead.
    pub fn not_typed(&self) -> bool {
        match self {
            WireCallError::Call(CallError::Export(ExportError::Types { .. })) => true,
            #[cfg(feature = "async")]
            WireCallError::Call(CallError::NotTyped { .. }) => true,
            _ => false,
        }
    }
}

/// One plain function's typed ends of a wire: its name, and the two ends made for its
/// Rust parameter and result tuples by [`wire_function`].
#[derive(Clone, Copy)]
pub struct WireFunction {
    name: &'static str,
    host_function: fn(Arc<dyn WireInvoke>, String) -> TypedHostFn,
    serve: ServeFn,
}

type ServeFn =
    fn(&mut dyn TypedCalls, LibraryId, &str, &str, &[u8]) -> Result<Vec<u8>, WireCallError>;

/// The [`WireFunction`] of the function `name` with parameters `P` and results `R`. What
/// generated code calls.
#[doc(hidden)]
pub const fn wire_function<P, R>(name: &'static str) -> WireFunction
where
    P: ComponentNamedList + Lift + Lower + WireValue + Send + Sync + 'static,
    R: ComponentNamedList + Lift + Lower + WireValue + Send + Sync + 'static,
{
    WireFunction {
        name,
        host_function: host_function::<P, R>,
        serve: serve::<P, R>,
    }
}

impl WireFunction {
    /// The function's export name (`byte-count`, `[method]calc.add`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// A typed host function for [`HostInterface::func_typed`](crate::HostInterface::func_typed)
    /// that sends each call's parameters through `invoke` and returns the results it
    /// answers; its errors name `qualified` (`interface#function`).
    pub fn host_function(&self, invoke: Arc<dyn WireInvoke>, qualified: String) -> TypedHostFn {
        (self.host_function)(invoke, qualified)
    }

    /// Calls the function of `interface` of `library` through `caller` with the
    /// parameters `params` encodes, and encodes its results.
    ///
    /// # Errors
    ///
    /// [`WireCallError::Params`] when `params` are not the function's parameters;
    /// [`WireCallError::Call`] when the call fails, or when the library's function has
    /// other types than the build's ([`ExportError::Types`](crate::ExportError::Types)),
    /// before anything runs.
    pub fn serve(
        &self,
        caller: &mut dyn TypedCalls,
        library: LibraryId,
        interface: &str,
        params: &[u8],
    ) -> Result<Vec<u8>, WireCallError> {
        (self.serve)(caller, library, interface, self.name, params)
    }
}

fn host_function<P, R>(invoke: Arc<dyn WireInvoke>, qualified: String) -> TypedHostFn
where
    P: ComponentNamedList + Lift + WireValue + Send + Sync + 'static,
    R: ComponentNamedList + Lower + WireValue + Send + Sync + 'static,
{
    Arc::new(
        move |linker: &mut LinkerInstance<'_, HostState>, name: &str| {
            let (invoke, qualified) = (Arc::clone(&invoke), qualified.clone());
            let function = name.to_owned();
            linker.func_wrap(
                name,
                move |store: StoreContextMut<'_, HostState>, params: P| -> wasmtime::Result<R> {
                    let failed = |source| {
                        wasmtime::Error::new(HostFunctionFailed {
                            function: qualified.clone(),
                            source,
                        })
                    };
                    let mut bytes = Vec::new();
                    params.encode(&mut bytes);
                    let stop = store.data().stop_check();
                    let answer = invoke.invoke(&function, bytes, &stop).map_err(failed)?;
                    decode_wire::<R>(&answer)
                        .map_err(|err| failed(format!("the server's answer: {err}").into()))
                },
            )
        },
    )
}

fn serve<P, R>(
    caller: &mut dyn TypedCalls,
    library: LibraryId,
    interface: &str,
    function: &str,
    params: &[u8],
) -> Result<Vec<u8>, WireCallError>
where
    P: ComponentNamedList + Lower + WireValue + 'static,
    R: ComponentNamedList + Lift + WireValue + 'static,
{
    let params = decode_wire::<P>(params).map_err(WireCallError::Params)?;
    let (mut params, mut out) = (Some(params), Vec::new());
    caller.call_with(library, interface, function, &mut |store, func| {
        let func = match func.typed::<P, R>(&*store) {
            Ok(func) => func,
            Err(types) => return Ok(Err(types)),
        };
        let results = func.call(store, params.take().expect("called once"))?;
        results.encode(&mut out);
        Ok(Ok(()))
    })?;
    Ok(out)
}
