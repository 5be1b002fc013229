//! The dynamic forwarder: a `func_new` closure that moves `Val`s between stores.

use std::sync::Arc;

use smallvec::{SmallVec, smallvec};

use wasmtime::component::{Func, LinkerInstance, Val};
use wasmtime::{AsContextMut, StoreContextMut};

use super::plan::Plan;
use super::transfer::Transfer;
use crate::forwarding::{DefineForwarders, ForwardingPath};
use crate::library::LibraryCell;
use crate::registry::HandleRegistry;
use crate::state::HostState;
use crate::trace;

/// One provider export, forwarded through `Val`s.
pub(crate) struct DynamicFunction {
    pub(crate) name: String,
    pub(crate) func: Func,
    pub(crate) library: Arc<LibraryCell>,
    pub(crate) registry: Arc<HandleRegistry>,
    pub(crate) params: Box<[Plan]>,
    pub(crate) results: Box<[Plan]>,
    /// No handles anywhere in the signature: the caller's slices go straight through.
    pub(crate) plain: bool,
}

/// Values of one call, kept on the stack for the usual handful of parameters: the
/// forwarder allocates nothing of its own per call.
type CallVals = SmallVec<[Val; 4]>;

impl DynamicFunction {
    fn call<const EVENTS: bool>(
        &self,
        mut caller: StoreContextMut<'_, HostState>,
        params: &[Val],
        results: &mut [Val],
    ) -> wasmtime::Result<()> {
        if EVENTS {
            trace::call(ForwardingPath::Dynamic, &self.name, params.len());
        }
        let mut callee = self.library.enter()?;
        if self.plain {
            return self
                .func
                .call(&mut *callee, params, results)
                .map_err(|err| self.library.call_failed(&self.name, err));
        }
        let mut transfer = Transfer {
            caller: caller.as_context_mut(),
            callee: &mut callee,
            registry: &self.registry,
            lent: SmallVec::new(),
        };
        let args = params
            .iter()
            .zip(&self.params)
            .map(|(value, plan)| plan.to_callee(value, &mut transfer))
            .collect::<wasmtime::Result<CallVals>>()?;
        let mut raw: CallVals = smallvec![Val::Bool(false); results.len()];
        self.func
            .call(&mut *transfer.callee, &args, &mut raw)
            .map_err(|err| self.library.call_failed(&self.name, err))?;
        transfer.release_lent()?;
        for ((slot, value), plan) in results.iter_mut().zip(raw).zip(&self.results) {
            *slot = plan.to_caller(value, &mut transfer)?;
        }
        Ok(())
    }
}

/// An interface's dynamic forwarders.
pub(crate) struct DynamicInterface {
    pub(crate) functions: Vec<Arc<DynamicFunction>>,
}

impl DefineForwarders for DynamicInterface {
    fn define(
        &self,
        linker: &mut LinkerInstance<'_, HostState>,
        call_events: bool,
    ) -> wasmtime::Result<()> {
        for function in &self.functions {
            let f = Arc::clone(function);
            if call_events {
                linker.func_new(&function.name, move |store, _ty, params, results| {
                    f.call::<true>(store, params, results)
                })?;
            } else {
                linker.func_new(&function.name, move |store, _ty, params, results| {
                    f.call::<false>(store, params, results)
                })?;
            }
        }
        Ok(())
    }
}
