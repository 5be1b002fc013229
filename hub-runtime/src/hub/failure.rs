//! What a failed call into guest code means, whoever made it (an app run, an app the
//! embedder drives, a call from the host): the one classification both [`RunError`] and
//! [`CallError`] are made from.

use std::path::Path;
use std::time::Duration;

use crate::error::{CallError, RunError, Site};
use crate::fault::{FaultKind, LibraryFault};
use crate::limits::MemoryLimiter;
use crate::registry::QuotaExceeded;

/// How a call into guest code failed.
pub(crate) enum Failure {
    Trap {
        at: Option<Site>,
        source: wasmtime::Error,
    },
    Deadline {
        at: Option<Site>,
        budget: Duration,
    },
    Interrupted {
        at: Option<Site>,
    },
    MemoryLimit {
        /// Whose store: the caller's name, or a library's.
        store: String,
        limit: usize,
    },
    Exit {
        at: Option<Site>,
        code: i32,
    },
    HandleQuota {
        quota: usize,
    },
    /// On the host's side (a dead handle, a disabled library, a host function's error).
    Host {
        source: wasmtime::Error,
    },
}

impl Failure {
    /// What `err`, raised by a call made from the store named `caller` (whose limiter is
    /// `limiter`), means; `None` for a WASI `exit(0)` of the caller's own code, which is
    /// success.
    pub(crate) fn of(err: wasmtime::Error, caller: &str, limiter: &MemoryLimiter) -> Option<Self> {
        if let Some(fault) = err.downcast_ref::<LibraryFault>() {
            let at = Some(Site {
                library: fault.library.clone(),
                function: fault.function.clone(),
            });
            return Some(match fault.kind {
                // A library unwound by a failure below it never tags the error.
                FaultKind::Trap | FaultKind::Unwound => Failure::Trap { at, source: err },
                FaultKind::MemoryLimit { limit } => Failure::MemoryLimit {
                    store: fault.library.clone(),
                    limit,
                },
                FaultKind::Deadline { budget } => Failure::Deadline { at, budget },
                FaultKind::Interrupted => Failure::Interrupted { at },
                FaultKind::Exit { code } => Failure::Exit { at, code },
            });
        }
        if let Some(quota) = err.downcast_ref::<QuotaExceeded>() {
            return Some(Failure::HandleQuota { quota: quota.quota });
        }
        Some(match FaultKind::of(&err, limiter) {
            Some(FaultKind::Exit { code: 0 }) => return None,
            Some(FaultKind::Exit { code }) => Failure::Exit { at: None, code },
            Some(FaultKind::Deadline { budget }) => Failure::Deadline { at: None, budget },
            Some(FaultKind::Interrupted) => Failure::Interrupted { at: None },
            Some(FaultKind::MemoryLimit { limit }) => Failure::MemoryLimit {
                store: caller.to_owned(),
                limit,
            },
            Some(FaultKind::Trap | FaultKind::Unwound) => Failure::Trap {
                at: None,
                source: err,
            },
            None => Failure::Host { source: err },
        })
    }

    /// The run of the app at `path` failed so.
    pub(crate) fn run_error(self, path: &Path) -> RunError {
        let path = path.to_owned();
        match self {
            Failure::Trap { at, source } => RunError::Trap { path, at, source },
            Failure::Deadline { at, budget } => RunError::Deadline { path, at, budget },
            Failure::Interrupted { at } => RunError::Interrupted { path, at },
            Failure::MemoryLimit { store, limit } => RunError::MemoryLimit { path, store, limit },
            Failure::Exit { at, code } => RunError::Exit { path, at, code },
            Failure::HandleQuota { quota } => RunError::HandleQuota { path, quota },
            Failure::Host { source } => RunError::Failed { path, source },
        }
    }

    /// What `err`, raised by a call of `function` from the store named `caller` (whose
    /// limiter is `limiter`), means for that call. A WASI `exit(0)` is a failure here:
    /// the code that was called ended instead of returning.
    pub(crate) fn call_error_of(
        err: wasmtime::Error,
        caller: &str,
        limiter: &MemoryLimiter,
        function: &str,
    ) -> CallError {
        match Failure::of(err, caller, limiter) {
            Some(failure) => failure.call_error(function),
            None => CallError::Exit {
                function: function.to_owned(),
                at: None,
                code: 0,
            },
        }
    }

    /// The call of `function` (`interface#function`) failed so.
    pub(crate) fn call_error(self, function: &str) -> CallError {
        let function = function.to_owned();
        match self {
            Failure::Trap { at, source } => CallError::Trap {
                function,
                at,
                source,
            },
            Failure::Deadline { at, budget } => CallError::Deadline {
                function,
                at,
                budget,
            },
            Failure::Interrupted { at } => CallError::Interrupted { function, at },
            Failure::MemoryLimit { store, limit } => CallError::MemoryLimit {
                function,
                store,
                limit,
            },
            Failure::Exit { at, code } => CallError::Exit { function, at, code },
            Failure::HandleQuota { quota } => CallError::HandleQuota { function, quota },
            Failure::Host { source } => CallError::Failed { function, source },
        }
    }
}
