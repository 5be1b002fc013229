//! A library's stores behind their locks (its own stores, so a trap or an unload touches
//! no other library; one per instance), and the guard every call into it goes through.

use std::cell::Cell;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crossbeam_utils::CachePadded;
use parking_lot::{Mutex, MutexGuard};
use wasmtime::Store;

use crate::fault::{FaultKind, LibraryFault};
use crate::ids::LibraryId;
use crate::run_control::{CallBudget, RunControl};
use crate::state::HostState;

/// Why a library refuses calls: `library `x` is disabled because it trapped in `f`
/// (unload, reload or purge it)`, or `library `x` was reloaded`.
#[derive(Debug, thiserror::Error)]
#[error("library `{library}` {why}")]
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

/// One instance's store, gone once the library is disabled.
type InstanceStore = Mutex<Option<Store<HostState>>>;

/// The shared part of a library: what forwarders and registry entries point at.
pub(crate) struct LibraryCell {
    pub(crate) id: LibraryId,
    pub(crate) path: PathBuf,
    /// The file name, for events and errors.
    pub(crate) name: String,
    /// One store per instance, each gone once the library is disabled (its memory with
    /// it). Instances share nothing but their imports: state is per instance. Each lock
    /// on its own cache line: threads calling two instances would otherwise pass one
    /// line back and forth on every call.
    stores: Box<[CachePadded<InstanceStore>]>,
    /// The instance the next thread to call the library is given to prefer, so threads
    /// spread over the instances.
    next_instance: AtomicUsize,
    /// Why it refuses calls, once it does.
    disabled: Mutex<Option<OutOfService>>,
    /// `disabled` is set: read on every handle registration, without the lock.
    out_of_service: AtomicBool,
    /// Its own time budget for each call into it, replacing the run's (`Some(None)`: no
    /// limit); `None` to use the run's.
    own_budget: Option<Option<Duration>>,
    /// An async library's event loop, which owns its store (`stores` is empty then).
    #[cfg(feature = "async")]
    event_loop: std::sync::OnceLock<crate::concurrent::EventLoop>,
}

impl LibraryCell {
    /// A library of one instance per store in `stores` (at least one).
    pub(crate) fn new(
        id: LibraryId,
        path: &Path,
        stores: Vec<Store<HostState>>,
        own_budget: Option<Option<Duration>>,
    ) -> Self {
        debug_assert!(!stores.is_empty(), "a library has at least one instance");
        LibraryCell {
            id,
            path: path.to_owned(),
            name: file_name(path),
            stores: stores
                .into_iter()
                .map(|s| CachePadded::new(Mutex::new(Some(s))))
                .collect(),
            next_instance: AtomicUsize::new(0),
            disabled: Mutex::new(None),
            out_of_service: AtomicBool::new(false),
            own_budget,
            #[cfg(feature = "async")]
            event_loop: std::sync::OnceLock::new(),
        }
    }

    /// An async library, whose store lives in the event loop given to it next
    /// ([`start_event_loop`](Self::start_event_loop)).
    #[cfg(feature = "async")]
    pub(crate) fn for_event_loop(
        id: LibraryId,
        path: &Path,
        own_budget: Option<Option<Duration>>,
    ) -> Self {
        LibraryCell {
            id,
            path: path.to_owned(),
            name: file_name(path),
            stores: Box::new([]),
            next_instance: AtomicUsize::new(0),
            disabled: Mutex::new(None),
            out_of_service: AtomicBool::new(false),
            own_budget,
            event_loop: std::sync::OnceLock::new(),
        }
    }

    /// Starts the event loop owning `store`, the library's only instance; the guest's
    /// work between calls (for its streams) has the library's own budget, else
    /// `hub_budget`, and stops at the hub's `interrupts`.
    ///
    /// # Errors
    ///
    /// Fails when its thread cannot be started.
    #[cfg(feature = "async")]
    pub(crate) fn start_event_loop(
        self: &Arc<Self>,
        store: Store<HostState>,
        hub_budget: Option<Duration>,
        interrupts: crate::interrupt::InterruptHandle,
    ) -> std::io::Result<()> {
        let between_calls = crate::concurrent::BetweenCalls {
            budget: self.own_budget.unwrap_or(hub_budget),
            interrupts,
        };
        let event_loop = crate::concurrent::EventLoop::start(
            store,
            Arc::downgrade(self),
            &self.name,
            self.own_budget,
            between_calls,
        )?;
        if self.event_loop.set(event_loop).is_err() {
            return Err(std::io::Error::other(
                "the library already has an event loop",
            ));
        }
        Ok(())
    }

    /// The event loop calls into an async library go to.
    ///
    /// # Errors
    ///
    /// Fails when the library is out of service (or has no loop).
    #[cfg(feature = "async")]
    pub(crate) fn event_loop(&self) -> wasmtime::Result<&crate::concurrent::EventLoop> {
        if self.is_out_of_service() {
            return Err(wasmtime::Error::new(self.disabled_error()));
        }
        self.event_loop
            .get()
            .ok_or_else(|| wasmtime::format_err!("library `{}` has no event loop", self.name))
    }

    /// Whether it is an async library, whose store lives in its event loop.
    pub(crate) fn has_event_loop(&self) -> bool {
        #[cfg(feature = "async")]
        return self.event_loop.get().is_some();
        #[cfg(not(feature = "async"))]
        false
    }

    /// How many stores it has of its own: none for an async library, whose store is in
    /// its event loop.
    #[cfg(feature = "async")]
    pub(crate) fn instances_in_stores(&self) -> usize {
        self.stores.len()
    }

    /// How many instances it has.
    pub(crate) fn instances(&self) -> usize {
        #[cfg(feature = "async")]
        if self.event_loop.get().is_some() {
            return 1;
        }
        self.stores.len()
    }

    /// Locks a store of the library for a call on behalf of `caller`'s run. With several
    /// instances, each thread keeps to the instance it was given on its first call (the
    /// next in turn, so threads spread over them and a store stays in one core's
    /// cache); when that one is busy, the first free one after it, and when all are
    /// busy, it waits for its own. The call obeys that run's budget (or the library's
    /// own) and interrupt.
    ///
    /// Calls never cycle (a library only imports from libraries loaded before it), so
    /// nested calls lock distinct stores and cannot deadlock.
    ///
    /// # Errors
    ///
    /// Fails when the library is disabled: its instances can no longer be entered.
    pub(crate) fn enter(&self, run: Option<&Arc<RunControl>>) -> wasmtime::Result<Entered<'_>> {
        let count = self.stores.len();
        if count == 0 {
            // An async library: its store is in its event loop, which its own forwarders
            // call; nothing enters it directly.
            wasmtime::bail!(
                "library `{}` is only called through its event loop",
                self.name
            );
        }
        if count == 1 {
            return self.entered(0, self.stores[0].lock(), run);
        }
        // Modulo: a preference inherited from a library at the same address may be
        // beyond this one's count.
        let start =
            preferred_instance(self, || self.next_instance.fetch_add(1, Ordering::Relaxed)) % count;
        for offset in 0..count {
            let instance = (start + offset) % count;
            if let Some(guard) = self.stores[instance].try_lock() {
                return self.entered(instance, guard, run);
            }
        }
        self.entered(start, self.stores[start].lock(), run)
    }

    /// [`enter`](Self::enter) instance `instance` (the one holding a resource the call
    /// uses), waiting for it when it is busy.
    ///
    /// # Errors
    ///
    /// As [`enter`](Self::enter).
    pub(crate) fn enter_at(
        &self,
        instance: usize,
        run: Option<&Arc<RunControl>>,
    ) -> wasmtime::Result<Entered<'_>> {
        let Some(store) = self.stores.get(instance) else {
            wasmtime::bail!("library `{}` has no instance {instance}", self.name);
        };
        self.entered(instance, store.lock(), run)
    }

    fn entered<'a>(
        &'a self,
        instance: usize,
        mut guard: MutexGuard<'a, Option<Store<HostState>>>,
        run: Option<&Arc<RunControl>>,
    ) -> wasmtime::Result<Entered<'a>> {
        let store = match guard.as_mut() {
            Some(store) if !self.is_out_of_service() => store,
            _ => return Err(wasmtime::Error::new(self.disabled_error())),
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
        Ok(Entered { guard, instance })
    }

    /// Drops the library's own resource `handle` (held by its instance `instance`; its
    /// last host handle went away), running its destructor under `run`'s budget and
    /// interrupt: in the instance's store, or through the library's event loop. A
    /// library out of service has no store left, and the resource went with it.
    ///
    /// # Errors
    ///
    /// The destructor's failure, which disables the library (it is its own code), or
    /// its budget running out.
    pub(crate) fn drop_resource(
        &self,
        instance: usize,
        handle: wasmtime::component::ResourceAny,
        resource: &str,
        run: Option<&Arc<RunControl>>,
    ) -> wasmtime::Result<()> {
        #[cfg(feature = "async")]
        if let Some(event_loop) = self.event_loop.get() {
            if self.is_out_of_service() {
                return Ok(());
            }
            return event_loop.drop_resource(handle, resource, run.cloned());
        }
        let Ok(mut store) = self.enter_at(instance, run) else {
            return Ok(());
        };
        match handle.resource_drop(&mut *store) {
            Ok(()) => Ok(()),
            Err(err) => Err(self.call_failed(&format!("[resource-drop]{resource}"), err, store)),
        }
    }

    /// Records that a call into the library failed and returns the error to pass up.
    ///
    /// Every failure out of a call into its code leaves its store unusable (wasmtime
    /// refuses to enter it again), so the library is disabled (every instance: they
    /// serve as one) and that store dropped; the others go when it is unloaded.
    /// When the failure is its own (a trap, its budget running out, an interrupt, a
    /// WASI `exit`), the error is tagged with the fault, naming it and `function`; a
    /// failure that only passed through it (a call it made failed) goes up unchanged,
    /// naming whoever failed.
    pub(crate) fn call_failed(
        &self,
        function: &str,
        err: wasmtime::Error,
        mut entered: Entered<'_>,
    ) -> wasmtime::Error {
        let err = self.disable_for(function, err, &entered.data().limiter);
        // Drop the store outside the lock: its memory goes now.
        let store = entered.guard.take();
        drop(entered);
        drop(store);
        err
    }

    /// Disables the library because a call into `function` failed with `err` in a store
    /// with `limiter` (its stores are dropped by the caller), and returns the error to
    /// pass up: tagged with the fault when the failure is its own.
    pub(crate) fn disable_for(
        &self,
        function: &str,
        err: wasmtime::Error,
        limiter: &crate::limits::MemoryLimiter,
    ) -> wasmtime::Error {
        let own = FaultKind::of(&err, limiter);
        let fault = LibraryFault {
            library: self.name.clone(),
            function: function.to_owned(),
            kind: own.unwrap_or(FaultKind::Unwound),
        };
        self.set_out_of_service(OutOfService::Faulted(fault.clone()));
        match own {
            Some(_) => err.context(fault),
            None => err,
        }
    }

    /// The error a call into the library gets once it is out of service.
    pub(crate) fn disabled_error(&self) -> LibraryDisabled {
        let why = match self.disabled.lock().clone() {
            Some(OutOfService::Faulted(fault)) => format!(
                "is disabled because it {} in `{}` (unload, reload or purge it)",
                fault.kind, fault.function
            ),
            Some(OutOfService::Retired(why)) => why.to_owned(),
            None => "failed".to_owned(),
        };
        LibraryDisabled {
            library: self.name.clone(),
            why,
        }
    }

    /// Takes the library out of service for good (unloaded, replaced by a reload):
    /// components still linked to it get `why` when they call, and the registry refuses
    /// new handles of its resources. Its store stays until [`retire`](Self::retire).
    pub(crate) fn take_out_of_service(&self, why: &'static str) {
        self.set_out_of_service(OutOfService::Retired(why));
    }

    /// Takes the library out of service for good and drops its stores now (waiting for
    /// calls in progress in them to return).
    pub(crate) fn retire(&self, why: &'static str) {
        self.take_out_of_service(why);
        for store in &self.stores {
            let store = store.lock().take();
            drop(store);
        }
        #[cfg(feature = "async")]
        if let Some(event_loop) = self.event_loop.get() {
            event_loop.stop();
        }
    }

    /// Waits until no call is in progress in any of its stores. Once it is out of
    /// service no new call gets in, so after this what it holds may go without pulling
    /// a value from under a call still inside it.
    pub(crate) fn wait_for_calls(&self) {
        drop(self.lock_all());
        #[cfg(feature = "async")]
        if let Some(event_loop) = self.event_loop.get() {
            event_loop.wait_for_calls();
        }
    }

    /// Locks every store, in instance order, whether or not a run is in progress (to
    /// bind exports right after instantiation). `None`s once the library is disabled.
    pub(crate) fn lock_all(&self) -> Vec<MutexGuard<'_, Option<Store<HostState>>>> {
        self.stores.iter().map(|store| store.lock()).collect()
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
        self.out_of_service.load(Ordering::Acquire)
    }

    /// Takes it out of service for `why`, unless it already is (the first reason
    /// stays: a call in flight failing in a library that was just unloaded does not make
    /// it "faulted").
    fn set_out_of_service(&self, why: OutOfService) {
        self.disabled.lock().get_or_insert(why);
        self.out_of_service.store(true, Ordering::Release);
    }
}

/// A store of a library, locked for one call.
pub(crate) struct Entered<'a> {
    guard: MutexGuard<'a, Option<Store<HostState>>>,
    instance: usize,
}

impl Entered<'_> {
    /// Which instance of the library this is.
    pub(crate) fn instance(&self) -> usize {
        self.instance
    }
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

/// The instance of `library` this thread prefers, given by `first` on the thread's first
/// call into it. Remembered for the last few libraries the thread called (a slot per
/// library, by address: a library gone and another at its address only inherits a
/// preference).
fn preferred_instance(library: &LibraryCell, first: impl FnOnce() -> usize) -> usize {
    const REMEMBERED: usize = 8;
    thread_local! {
        static PREFERRED: Cell<[(usize, usize); REMEMBERED]> = const { Cell::new([(0, 0); REMEMBERED]) };
        static NEXT_SLOT: Cell<usize> = const { Cell::new(0) };
    }
    let key = std::ptr::from_ref(library) as usize;
    PREFERRED.with(|preferred| {
        let mut entries = preferred.get();
        if let Some((_, instance)) = entries.iter().find(|(k, _)| *k == key) {
            return *instance;
        }
        let instance = first();
        let slot = NEXT_SLOT.with(|next| {
            let slot = next.get();
            next.set((slot + 1) % REMEMBERED);
            slot
        });
        entries[slot] = (key, instance);
        preferred.set(entries);
        instance
    })
}
