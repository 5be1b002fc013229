//! A library's store behind its lock (one store per library, so a trap or an unload
//! touches nothing else), and the guard every call into it goes through.

use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use parking_lot::{Mutex, MutexGuard};
use wasmtime::Store;

use crate::fault::{FaultKind, LibraryFault};
use crate::ids::LibraryId;
use crate::run_control::{CallBudget, RunControl};
use crate::state::HostState;

/// Why a library refuses calls.
#[derive(Debug, thiserror::Error)]
#[error("library `{library}` is disabled because it {why} (unload, reload or purge it)")]
pub(crate) struct LibraryDisabled {
    library: String,
    why: String,
}

/// Why a library refuses calls.
#[derive(Clone, Debug)]
enum OutOfService {
    /// Its own code failed.
    Faulted(LibraryFault),
    /// It left the hub (`was unloaded`, `was reloaded`, ...).
    Retired(&'static str),
}

/// The shared part of a library: what forwarders and registry entries point at.
pub(crate) struct LibraryCell {
    pub(crate) id: LibraryId,
    pub(crate) path: PathBuf,
    /// The file name, for events and errors.
    pub(crate) name: String,
    /// Its store; gone once the library is disabled (its memory with it).
    store: Mutex<Option<Store<HostState>>>,
    /// Why it refuses calls, once it does.
    disabled: Mutex<Option<OutOfService>>,
    /// Its own time budget for each call into it, replacing the run's (`Some(None)`: no
    /// limit); `None` to use the run's.
    own_budget: Option<Option<Duration>>,
}

impl LibraryCell {
    pub(crate) fn new(
        id: LibraryId,
        path: &Path,
        store: Store<HostState>,
        own_budget: Option<Option<Duration>>,
    ) -> Self {
        LibraryCell {
            id,
            path: path.to_owned(),
            name: file_name(path),
            store: Mutex::new(Some(store)),
            disabled: Mutex::new(None),
            own_budget,
        }
    }

    /// Locks the library's store for a call on behalf of `caller`'s run: the call obeys
    /// that run's budget (or the library's own) and interrupt.
    ///
    /// Calls never cycle (a library only imports from libraries loaded before it), so
    /// nested calls lock distinct stores and cannot deadlock.
    ///
    /// # Errors
    ///
    /// Fails when the library is disabled: its instance can no longer be entered.
    pub(crate) fn enter(&self, run: Option<&Arc<RunControl>>) -> wasmtime::Result<Entered<'_>> {
        let mut guard = self.store.lock();
        let Some(store) = guard.as_mut() else {
            return Err(wasmtime::Error::new(self.disabled_error()));
        };
        // The store runs guest code only while entered, so what an earlier call left
        // installed is never consulted: it is replaced only when this call works for
        // another run, and a run calling a library many times costs no reference
        // counting.
        let state = store.data_mut();
        let same_run = match (&state.run, run) {
            (Some(installed), Some(run)) => Arc::ptr_eq(installed, run),
            (None, None) => true,
            _ => false,
        };
        if !same_run {
            state.run = run.cloned();
        }
        state.call_budget = self.own_budget.map(CallBudget::start);
        Ok(Entered { guard })
    }

    /// Records that a call into the library failed and returns the error to pass up.
    ///
    /// When the failure is the library's own (a trap, its budget running out, an
    /// interrupt, a WASI `exit`), its wasm frames were unwound without running any of
    /// its cleanup and its state can no longer be trusted: it is disabled, its store is
    /// dropped, and the error names it and `function`. Host errors and failures of
    /// libraries it called pass through unchanged.
    pub(crate) fn call_failed(
        &self,
        function: &str,
        err: wasmtime::Error,
        mut entered: Entered<'_>,
    ) -> wasmtime::Error {
        let Some(kind) = FaultKind::of(&err, &entered.data().limiter) else {
            return err;
        };
        let fault = LibraryFault {
            library: self.name.clone(),
            function: function.to_owned(),
            kind,
        };
        *self.disabled.lock() = Some(OutOfService::Faulted(fault.clone()));
        // Drop the store outside the lock: its memory goes now.
        let store = entered.guard.take();
        drop(entered);
        drop(store);
        err.context(fault)
    }

    fn disabled_error(&self) -> LibraryDisabled {
        let why = match self.disabled.lock().clone() {
            Some(OutOfService::Faulted(fault)) => format!("{} in `{}`", fault.kind, fault.function),
            Some(OutOfService::Retired(why)) => why.to_owned(),
            None => "failed".to_owned(),
        };
        LibraryDisabled {
            library: self.name.clone(),
            why,
        }
    }

    /// Takes the library out of service for good (unloaded, replaced by a reload): its
    /// store is dropped now, and components still linked to it get `why` when they call.
    pub(crate) fn retire(&self, why: &'static str) {
        *self.disabled.lock() = Some(OutOfService::Retired(why));
        let store = self.store.lock().take();
        drop(store);
    }

    /// Locks the store whether or not a run is in progress (to bind exports right after
    /// instantiation). `None` once the library is disabled.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Option<Store<HostState>>> {
        self.store.lock()
    }

    /// The failure of its own code that disabled it, if one did.
    pub(crate) fn fault(&self) -> Option<LibraryFault> {
        match &*self.disabled.lock() {
            Some(OutOfService::Faulted(fault)) => Some(fault.clone()),
            Some(OutOfService::Retired(_)) | None => None,
        }
    }

    /// Whether it refuses calls (disabled by a fault, or retired).
    pub(crate) fn is_out_of_service(&self) -> bool {
        self.disabled.lock().is_some()
    }
}

/// A library's store, locked for one call.
pub(crate) struct Entered<'a> {
    guard: MutexGuard<'a, Option<Store<HostState>>>,
}

impl Deref for Entered<'_> {
    type Target = Store<HostState>;
    fn deref(&self) -> &Store<HostState> {
        // `enter` only hands out a guard over a live store, and only `call_failed`, which
        // consumes the guard, takes the store out.
        self.guard.as_ref().expect("an entered library has a store")
    }
}

impl DerefMut for Entered<'_> {
    fn deref_mut(&mut self) -> &mut Store<HostState> {
        self.guard.as_mut().expect("an entered library has a store")
    }
}

/// The file name of `path` (or the whole path when it has none), for messages.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
