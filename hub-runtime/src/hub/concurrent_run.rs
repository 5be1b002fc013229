//! Running an async app (the `async` feature): its fresh store belongs to the concurrent
//! engine, and the thread that runs it drives the store's event loop until the entry
//! point returns, the whole of it bounded by the run's budget and interrupt.

use std::path::Path;
use std::sync::Arc;

use wasmtime::Store;
use wasmtime::component::{Func, InstancePre, Val};

use super::Hub;
use super::entry_point::{EntryPoint, outcome};
use crate::concurrent::block_on;
use crate::error::RunError;
use crate::holder::Holder;
use crate::ids::RunId;
use crate::run_control::RunControl;
use crate::state::{HostState, new_store};

/// How the entry point ended, when it returned.
enum Returned {
    Success,
    /// A `wasi:cli/run` that answered `err`.
    ExitFailure,
    NoEntryPoint,
}

impl Hub {
    /// Instantiates the app of `pre` in a fresh store of the concurrent engine for run
    /// `run`, and calls `entry` in that store's event loop. The store is dropped on
    /// return.
    pub(super) fn run_in_event_loop(
        &self,
        pre: &InstancePre<HostState>,
        entry: &EntryPoint,
        path: &Path,
        name: &str,
        run: RunId,
        control: &Arc<RunControl>,
    ) -> Result<(), RunError> {
        let mut store = new_store(
            &self.concurrent.engine,
            &self.settings,
            Holder::Run(run),
            Some(Arc::clone(control)),
        );
        let away = Arc::clone(&store.data().away);
        let mut instantiated = true;
        let returned = block_on(control.race_unless_away(None, Some(&away), async {
            let instance = pre.instantiate_async(&mut store).await.inspect_err(|_| {
                instantiated = false;
            })?;
            let Some(func) = entry_func(&mut store, &instance, entry) else {
                return Ok(Returned::NoEntryPoint);
            };
            call_entry(&mut store, func, entry).await
        }))
        .and_then(|returned| returned);
        match returned {
            Ok(Returned::Success) => Ok(()),
            Ok(Returned::ExitFailure) => Err(RunError::ExitFailure {
                path: path.to_owned(),
            }),
            Ok(Returned::NoEntryPoint) => Err(RunError::NoEntryPoint {
                path: path.to_owned(),
            }),
            Err(err) if instantiated => outcome(path, name, err, &store),
            Err(err) => outcome(path, name, err, &store).map_err(|err| match err {
                RunError::Failed { path, source } => RunError::Instantiate { path, source },
                other => other,
            }),
        }
    }
}

/// The function `entry` names in `instance`.
fn entry_func(
    store: &mut Store<HostState>,
    instance: &wasmtime::component::Instance,
    entry: &EntryPoint,
) -> Option<Func> {
    let index = match entry {
        EntryPoint::Run => instance.get_export_index(&mut *store, None, "run")?,
        EntryPoint::WasiCliRun(interface) => {
            let parent = instance.get_export_index(&mut *store, None, interface)?;
            instance.get_export_index(&mut *store, Some(&parent), "run")?
        }
    };
    instance.get_func(&mut *store, index)
}

/// Calls the entry point `func` in the store's event loop.
async fn call_entry(
    store: &mut Store<HostState>,
    func: Func,
    entry: &EntryPoint,
) -> wasmtime::Result<Returned> {
    let mut results = match entry {
        EntryPoint::Run => Vec::new(),
        EntryPoint::WasiCliRun(_) => vec![Val::Bool(false)],
    };
    store
        .run_concurrent(async |accessor| func.call_concurrent(accessor, &[], &mut results).await)
        .await??;
    Ok(match results.first() {
        Some(Val::Result(Err(_))) => Returned::ExitFailure,
        _ => Returned::Success,
    })
}
