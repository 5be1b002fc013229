//! A loaded library: its own store (so a trap or an unload touches nothing else) and the
//! guard every forwarded call goes through.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::{Mutex, MutexGuard};
use wasmtime::Store;

use crate::state::HostState;

/// Opaque id of a loaded library, unique for the hub's lifetime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LibraryId(pub(crate) u32);

impl fmt::Display for LibraryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// The shared part of a library: what forwarders and registry entries point at.
pub(crate) struct LibraryCell {
    pub(crate) id: LibraryId,
    pub(crate) path: PathBuf,
    /// The file name, for `[HOST]` lines and errors.
    pub(crate) name: String,
    store: Mutex<Store<HostState>>,
    trapped: AtomicBool,
}

impl LibraryCell {
    pub(crate) fn new(id: LibraryId, path: &Path, store: Store<HostState>) -> Self {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        LibraryCell {
            id,
            path: path.to_owned(),
            name,
            store: Mutex::new(store),
            trapped: AtomicBool::new(false),
        }
    }

    /// Locks the library's store for a call into it.
    ///
    /// Calls never cycle (a library only imports from libraries loaded before it), so
    /// nested calls lock distinct stores and cannot deadlock.
    ///
    /// # Errors
    ///
    /// Fails when the library trapped earlier: its instance can no longer be entered.
    pub(crate) fn enter(&self) -> wasmtime::Result<MutexGuard<'_, Store<HostState>>> {
        if self.trapped.load(Ordering::Relaxed) {
            wasmtime::bail!(
                "library `{}` is disabled because it trapped earlier (purge to reset it)",
                self.name
            );
        }
        Ok(self.store.lock())
    }

    /// Locks the library's store whether or not it is disabled (to bind its exports).
    pub(crate) fn lock(&self) -> MutexGuard<'_, Store<HostState>> {
        self.store.lock()
    }

    /// Records that a call into the library failed inside wasm and returns the error
    /// that names the library and the function.
    ///
    /// A failed call unwinds the library's wasm frames without running any of its
    /// cleanup, so its state can no longer be trusted: it is disabled from now on.
    pub(crate) fn call_failed(&self, function: &str, err: wasmtime::Error) -> wasmtime::Error {
        let first = !self.trapped.swap(true, Ordering::Relaxed);
        if first {
            err.context(format!("`{}` trapped in `{function}`", self.name))
        } else {
            err
        }
    }

    pub(crate) fn is_trapped(&self) -> bool {
        self.trapped.load(Ordering::Relaxed)
    }
}
