//! Why an app run failed, and where.

use super::{ComponentFileError, LinkError};
use std::path::PathBuf;
use std::time::Duration;

use crate::limits::DisplaySize;
use crate::run_control::DisplayDuration;

/// Where guest code failed: the library and the function that was running.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// The library's file name.
    pub library: String,
    /// The function the call was in.
    pub function: String,
}

impl std::fmt::Display for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`{}` in `{}`", self.library, self.function)
    }
}

/// ` (in `lib` in `fn`)` when the failure happened in a library, nothing in the app.
pub(super) struct AtSite<'a>(pub(super) &'a Option<Site>);

impl std::fmt::Display for AtSite<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(site) => write!(f, " while {site} was running"),
            None => Ok(()),
        }
    }
}

/// Why [`Hub::run`](crate::Hub::run) failed. Libraries stay loaded; only a library whose
/// own code failed (a trap, its time budget, an interrupt, `exit`) is disabled.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// The file is not a runnable component.
    #[error(transparent)]
    File(#[from] ComponentFileError),
    /// Its imports cannot be linked to what is loaded.
    #[error("`{}` cannot be linked", path.display())]
    Link {
        /// The app's file.
        path: PathBuf,
        /// Which import, and why.
        #[source]
        source: Box<LinkError>,
    },
    /// The app has no entry point the hub knows how to call.
    #[error(
        "`{}` exports neither `run: func()` nor `wasi:cli/run`, so it cannot be run as an app",
        path.display()
    )]
    NoEntryPoint {
        /// The app's file.
        path: PathBuf,
    },
    /// Instantiating the app failed.
    #[error("cannot instantiate `{}`", path.display())]
    Instantiate {
        /// The app's file.
        path: PathBuf,
        /// wasmtime's error.
        #[source]
        source: wasmtime::Error,
    },
    /// The app, or a library it called, trapped.
    #[error("`{}` trapped{}", path.display(), AtSite(at))]
    Trap {
        /// The app's file.
        path: PathBuf,
        /// The library whose code trapped, if not the app's.
        at: Option<Site>,
        /// The trap.
        #[source]
        source: wasmtime::Error,
    },
    /// The run's time budget ran out.
    #[error("`{}` ran out of its time budget of {}{}", path.display(), DisplayDuration(*budget), AtSite(at))]
    Deadline {
        /// The app's file.
        path: PathBuf,
        /// The library that was running, if not the app.
        at: Option<Site>,
        /// The budget.
        budget: Duration,
    },
    /// The run was interrupted ([`InterruptHandle`](crate::InterruptHandle), Ctrl-C).
    #[error("`{}` was interrupted by the user{}", path.display(), AtSite(at))]
    Interrupted {
        /// The app's file.
        path: PathBuf,
        /// The library that was running, if not the app.
        at: Option<Site>,
    },
    /// A store ran out of memory.
    #[error("`{}` failed: `{store}` ran out of memory (its limit is {})", path.display(), DisplaySize(*limit))]
    MemoryLimit {
        /// The app's file.
        path: PathBuf,
        /// Whose store: the app's file name, or a library's.
        store: String,
        /// The limit, in bytes.
        limit: usize,
    },
    /// The app exited with a failure code, or a library called `exit`.
    #[error("`{}` exited with code {code}{}", path.display(), AtSite(at))]
    Exit {
        /// The app's file.
        path: PathBuf,
        /// The library that called `exit`, if not the app.
        at: Option<Site>,
        /// The exit code (WASI 0.2 tells only 0 from 1 for Rust guests).
        code: i32,
    },
    /// The run held more resource handles than its quota.
    #[error("`{}` held too many resource handles (its quota is {quota})", path.display())]
    HandleQuota {
        /// The app's file.
        path: PathBuf,
        /// The quota.
        quota: usize,
    },
    /// A call failed on the host's side (a dead handle, a disabled library).
    #[error("`{}` failed", path.display())]
    Failed {
        /// The app's file.
        path: PathBuf,
        /// The host's error.
        #[source]
        source: wasmtime::Error,
    },
    /// A `wasi:cli/run` command returned an error.
    #[error("`{}` exited with an error status", path.display())]
    ExitFailure {
        /// The app's file.
        path: PathBuf,
    },
}
