//! The dynamic forwarder: a `func_new` closure that moves `Val`s between stores.

use std::sync::Arc;

use smallvec::{SmallVec, smallvec};

use wasmtime::component::types::ComponentFunc;
use wasmtime::component::{Func, LinkerInstance, Val};
use wasmtime::{AsContextMut, StoreContextMut};

use super::plan::Plan;
use super::transfer::Transfer;
use crate::define_forwarders::DefineForwarders;
use crate::forwarding_path::ForwardingPath;
use crate::holder::Holder;
use crate::library_cell::LibraryCell;
use crate::registry::HandleRegistry;
use crate::state::HostState;
use crate::trace;

/// One provider export, forwarded through `Val`s.
pub(crate) struct DynamicFunction {
    pub(crate) name: String,
    /// The function in each instance of the library, in instance order.
    pub(crate) funcs: Box<[Func]>,
    /// Its type, to check the host's arguments against.
    pub(crate) ty: ComponentFunc,
    pub(crate) library: Arc<LibraryCell>,
    pub(crate) registry: Arc<HandleRegistry>,
    pub(crate) params: Box<[Plan]>,
    pub(crate) results: Box<[Plan]>,
    /// No handles anywhere in the signature: the caller's slices go straight through.
    pub(crate) plain: bool,
    /// Its parameters can hold handles of the library's own resources, which decide the
    /// instance a call goes to when it has several.
    pub(crate) pins: bool,
}

/// Values of one call, kept on the stack for the usual handful of parameters: the
/// forwarder allocates nothing of its own per call.
type CallVals = SmallVec<[Val; 4]>;

impl DynamicFunction {
    /// Calls the provider with `params` from `caller`'s store, writing `results` there,
    /// with a call event when `EVENTS` is on.
    pub(crate) fn call<const EVENTS: bool>(
        &self,
        mut caller: StoreContextMut<'_, HostState>,
        params: &[Val],
        results: &mut [Val],
    ) -> wasmtime::Result<()> {
        if EVENTS {
            trace::call(ForwardingPath::Dynamic, &self.name, params.len());
        }
        if self.plain {
            let mut callee = self.library.enter(caller.data().run.as_ref())?;
            let func = self.funcs[callee.instance()];
            return match func.call(&mut *callee, params, results) {
                Ok(()) => Ok(()),
                Err(err) => Err(self.library.call_failed(&self.name, err, callee)),
            };
        }
        // With several instances, the handles of the library's own resources are taken
        // out of the caller first: they say which instance the call goes to.
        let mut lifted = SmallVec::new();
        let mut pinned = None;
        if self.pins && self.library.instances() > 1 {
            for (value, plan) in params.iter().zip(&self.params) {
                plan.lift_callee_handles(value, &mut caller, &mut lifted)?;
            }
            // Checked before any is taken out of the registry: a refused call loses none.
            pinned = self.registry.instance_of_all(&lifted)?;
            lifted.reverse();
        }
        let mut callee = match pinned {
            Some(instance) => self
                .library
                .enter_at(instance, caller.data().run.as_ref())?,
            None => self.library.enter(caller.data().run.as_ref())?,
        };
        let instance = callee.instance();
        let func = self.funcs[instance];
        let mut transfer = Transfer {
            caller: caller.as_context_mut(),
            callee: &mut callee,
            callee_instance: instance,
            registry: &self.registry,
            callee_holder: Holder::Library(self.library.id),
            lent: SmallVec::new(),
            lifted,
        };
        let args = params
            .iter()
            .zip(&self.params)
            .map(|(value, plan)| plan.to_callee(value, &mut transfer))
            .collect::<wasmtime::Result<CallVals>>()?;
        let lent = std::mem::take(&mut transfer.lent);
        let mut raw: CallVals = smallvec![Val::Bool(false); results.len()];
        if let Err(err) = func.call(&mut *callee, &args, &mut raw) {
            return Err(self.library.call_failed(&self.name, err, callee));
        }
        let mut transfer = Transfer {
            caller: caller.as_context_mut(),
            callee: &mut callee,
            callee_instance: instance,
            registry: &self.registry,
            callee_holder: Holder::Library(self.library.id),
            lent,
            lifted: SmallVec::new(),
        };
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
            define(linker, function, &function.name, call_events)?;
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
        let Some(found) = self.functions.iter().find(|f| f.name == function) else {
            wasmtime::bail!("no function `{function}` to define as `{as_name}`");
        };
        define(linker, found, as_name, call_events)
    }
}

/// Defines `function`'s forwarder as `name`, with the call event compiled in or not.
fn define(
    linker: &mut LinkerInstance<'_, HostState>,
    function: &Arc<DynamicFunction>,
    name: &str,
    call_events: bool,
) -> wasmtime::Result<()> {
    let f = Arc::clone(function);
    if call_events {
        linker.func_new(name, move |store, _ty, params, results| {
            f.call::<true>(store, params, results)
        })
    } else {
        linker.func_new(name, move |store, _ty, params, results| {
            f.call::<false>(store, params, results)
        })
    }
}

/// Defines `function`'s forwarder for an `async func` import, as `name` (the `async`
/// feature): wasmtime serves those only with concurrent host functions. The sync export
/// is called at once, in the caller's event loop, so the answer is ready the first time
/// the future is polled.
#[cfg(feature = "async")]
pub(crate) fn define_concurrent(
    linker: &mut LinkerInstance<'_, HostState>,
    function: &Arc<DynamicFunction>,
    name: &str,
    call_events: bool,
) -> wasmtime::Result<()> {
    let f = Arc::clone(function);
    linker.func_new_concurrent(name, move |accessor, _ty, params, results| {
        let f = Arc::clone(&f);
        Box::pin(async move {
            accessor.with(|mut access| {
                let caller = access.as_context_mut();
                if call_events {
                    f.call::<true>(caller, params, results)
                } else {
                    f.call::<false>(caller, params, results)
                }
            })
        })
    })
}
