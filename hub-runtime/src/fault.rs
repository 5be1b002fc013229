//! Whose fault a failed call is. A library whose own wasm failed (a trap, running out of
//! its time budget, an interrupt, a WASI `exit`) is disabled, and tags the error with a
//! [`LibraryFault`] so the libraries and the app above it can tell whose fault it was.
//!
//! An error that merely passes through a library on its way up (a call it made failed:
//! a library below it trapped, or the host raised an error) is not its fault, but it
//! unwinds its wasm frames without running any of its cleanup, and wasmtime 48 refuses
//! every later entry into a store such an error left (`cannot enter component
//! instance`): the library is disabled too, as [`FaultKind::Unwound`], and the error
//! goes up unchanged, still naming the library that failed. An error the host raises
//! before a library's code runs (a dead handle or a quota when converting arguments)
//! disables nothing.

use std::time::Duration;

use crate::limits::{DisplaySize, MemoryLimiter};
use crate::run_control::{DisplayDuration, Stopped};

/// What went wrong inside a library's own code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FaultKind {
    /// A wasm trap (`unreachable`, out-of-bounds, stack overflow, ...).
    Trap,
    /// A trap after the store's memory limit refused to grow (a Rust guest aborts then).
    MemoryLimit {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The time budget ran out while its code was running.
    Deadline {
        /// The budget.
        budget: Duration,
    },
    /// Interrupted by the user while its code was running.
    Interrupted,
    /// It called WASI `exit`.
    Exit {
        /// The exit code (WASI 0.2's `exit` only tells 0 from 1).
        code: i32,
    },
    /// A call it made failed (not in its own code), which unwound its code: wasmtime
    /// cannot enter its store again.
    Unwound,
}

impl FaultKind {
    /// How `err`, raised by a call into the code of a store with `limiter`, failed inside
    /// that code; `None` when the error is the host's, or was already attributed to a
    /// library further down.
    pub(crate) fn of(err: &wasmtime::Error, limiter: &MemoryLimiter) -> Option<FaultKind> {
        if err.downcast_ref::<LibraryFault>().is_some() {
            return None;
        }
        if let Some(stopped) = err.downcast_ref::<Stopped>() {
            return Some(match stopped {
                Stopped::Deadline { budget } => FaultKind::Deadline { budget: *budget },
                Stopped::Interrupted => FaultKind::Interrupted,
            });
        }
        if let Some(exit) = err.downcast_ref::<wasmtime_wasi::I32Exit>() {
            return Some(FaultKind::Exit { code: exit.0 });
        }
        err.downcast_ref::<wasmtime::Trap>()
            .map(|_| match limiter.refused {
                Some(_) => FaultKind::MemoryLimit {
                    limit: limiter.max_memory(),
                },
                None => FaultKind::Trap,
            })
    }
}

/// Why a library was disabled: its own code failed, in this function. It is also the
/// context the library adds to the error its code caused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{library}` {kind} in `{function}`")]
#[non_exhaustive]
pub struct LibraryFault {
    /// The library's file name.
    pub library: String,
    /// The function that was running (`[method]calc.add`, `[resource-drop]calc`, ...).
    pub function: String,
    /// What went wrong.
    pub kind: FaultKind,
}

/// `trapped`, `ran out of its time budget of 30s`, ...
impl std::fmt::Display for FaultKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FaultKind::Trap => f.write_str("trapped"),
            FaultKind::MemoryLimit { limit } => {
                write!(
                    f,
                    "ran out of memory (its limit is {})",
                    DisplaySize(*limit)
                )
            }
            FaultKind::Deadline { budget } => {
                write!(
                    f,
                    "ran out of its time budget of {}",
                    DisplayDuration(*budget)
                )
            }
            FaultKind::Interrupted => f.write_str("was interrupted by the user"),
            FaultKind::Exit { code } => write!(f, "called exit({code})"),
            FaultKind::Unwound => f.write_str("was unwound by a failed call it made"),
        }
    }
}
