//! An app's entry point: finding it in the component, calling it, and what the way the
//! call ended means for the run (a WASI `exit(0)` is success, a library's fault names
//! the library).

use std::path::Path;

use wasmtime::component::types::ComponentItem;
use wasmtime::component::{Component, Instance};
use wasmtime::{Engine, Store};

use super::failure::Failure;
use crate::error::RunError;
use crate::state::HostState;

/// The entry point of an app.
#[derive(Clone)]
pub(crate) enum EntryPoint {
    /// A top-level `run: func()`.
    Run,
    /// A `wasi:cli/run` command, by its full interface name.
    WasiCliRun(String),
}

/// Why calling an app's entry point did not succeed.
pub(super) enum EntryError {
    /// The call failed; what it means depends on the error.
    Call(wasmtime::Error),
    /// The app answered with a failure.
    Run(RunError),
}

/// Calls the entry point of an instantiated app.
pub(super) fn call_entry(
    store: &mut Store<HostState>,
    instance: &Instance,
    entry: &EntryPoint,
    path: &Path,
) -> Result<(), EntryError> {
    match entry {
        EntryPoint::Run => {
            let run = instance
                .get_typed_func::<(), ()>(&mut *store, "run")
                .map_err(EntryError::Call)?;
            run.call(&mut *store, ()).map_err(EntryError::Call)
        }
        EntryPoint::WasiCliRun(interface) => {
            let index = instance
                .get_export_index(&mut *store, None, interface)
                .and_then(|i| instance.get_export_index(&mut *store, Some(&i), "run"))
                .ok_or_else(|| {
                    EntryError::Run(RunError::NoEntryPoint {
                        path: path.to_owned(),
                    })
                })?;
            let run = instance
                .get_typed_func::<(), (Result<(), ()>,)>(&mut *store, &index)
                .map_err(EntryError::Call)?;
            let (status,) = run.call(&mut *store, ()).map_err(EntryError::Call)?;
            status.map_err(|()| {
                EntryError::Run(RunError::ExitFailure {
                    path: path.to_owned(),
                })
            })
        }
    }
}

/// What a failed call into the app means: success for a WASI `exit(0)`, the typed error
/// otherwise.
pub(super) fn outcome(
    path: &Path,
    app: &str,
    err: wasmtime::Error,
    store: &Store<HostState>,
) -> Result<(), RunError> {
    match Failure::of(err, app, &store.data().limiter) {
        None => Ok(()),
        Some(failure) => Err(failure.run_error(path)),
    }
}

/// How to run `component` as an app, if it can be run at all.
pub(super) fn entry_point(engine: &Engine, component: &Component) -> Option<EntryPoint> {
    let ty = component.component_type();
    let mut cli_run = None;
    for (name, export) in ty.exports(engine) {
        match export.ty {
            ComponentItem::ComponentFunc(f)
                if name == "run" && f.params().len() == 0 && f.results().len() == 0 =>
            {
                return Some(EntryPoint::Run);
            }
            ComponentItem::ComponentInstance(_) if name.starts_with("wasi:cli/run@") => {
                cli_run = Some(EntryPoint::WasiCliRun(name.to_owned()));
            }
            ComponentItem::ComponentFunc(_)
            | ComponentItem::ComponentInstance(_)
            | ComponentItem::CoreFunc(_)
            | ComponentItem::Module(_)
            | ComponentItem::Component(_)
            | ComponentItem::Type(_)
            | ComponentItem::Resource(_) => {}
        }
    }
    cli_run
}
