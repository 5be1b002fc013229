//! Why a call from the host into a component's export failed, and where.

use std::time::Duration;

use super::run::AtSite;
use super::{ExportError, HostInterfaceError, HostResourceError, Site};
use crate::ids::LibraryId;
use crate::limits::DisplaySize;
use crate::run_control::DisplayDuration;

/// Why a call into a loaded library (or an [`App`](crate::App)) failed. Like a run, a
/// call that fails inside a library's own code disables that library; nothing else does.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CallError {
    /// No loaded library has that id.
    #[error("no library {0} is loaded")]
    NoSuchLibrary(LibraryId),
    /// The export does not exist, is not a function, or has other types.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// `call_typed` of an async library's function (the `async` feature), which only
    /// `call` reaches yet.
    #[cfg(feature = "async")]
    #[error("`{function}` belongs to an async library, which only `HostCaller::call` reaches yet")]
    NotTyped {
        /// The function, `interface#name`.
        function: String,
    },
    /// The call was given another number of arguments than the function takes.
    #[error("`{function}` takes {expected} arguments, {given} given")]
    ArgumentCount {
        /// The function, `interface#name`.
        function: String,
        /// How many it takes.
        expected: usize,
        /// How many were given.
        given: usize,
    },
    /// An argument has another type than the function's parameter.
    #[error("`{function}`: argument {position} (`{name}`) must be a `{expected}`, not {given}")]
    ArgumentType {
        /// The function, `interface#name`.
        function: String,
        /// Which argument, from 1.
        position: usize,
        /// The parameter's name.
        name: String,
        /// The parameter's type, in WIT syntax.
        expected: String,
        /// What was given instead.
        given: String,
    },
    /// The library, or one it called, trapped.
    #[error("`{function}` trapped{}", AtSite(at))]
    Trap {
        /// The function called.
        function: String,
        /// The library whose code trapped, if not the callee's own caller.
        at: Option<Site>,
        /// The trap.
        #[source]
        source: wasmtime::Error,
    },
    /// The call's time budget ran out.
    #[error("`{function}` ran out of its time budget of {}{}", DisplayDuration(*budget), AtSite(at))]
    Deadline {
        /// The function called.
        function: String,
        /// The library that was running.
        at: Option<Site>,
        /// The budget.
        budget: Duration,
    },
    /// The call was interrupted ([`InterruptHandle`](crate::InterruptHandle)).
    #[error("`{function}` was interrupted by the user{}", AtSite(at))]
    Interrupted {
        /// The function called.
        function: String,
        /// The library that was running.
        at: Option<Site>,
    },
    /// A store ran out of memory.
    #[error("`{function}` failed: `{store}` ran out of memory (its limit is {})", DisplaySize(*limit))]
    MemoryLimit {
        /// The function called.
        function: String,
        /// Whose store.
        store: String,
        /// The limit, in bytes.
        limit: usize,
    },
    /// A library called `exit`.
    #[error("`{function}` exited with code {code}{}", AtSite(at))]
    Exit {
        /// The function called.
        function: String,
        /// The library that called `exit`.
        at: Option<Site>,
        /// The exit code.
        code: i32,
    },
    /// The caller held more resource handles than its quota.
    #[error("`{function}` made the caller hold too many resource handles (its quota is {quota})")]
    HandleQuota {
        /// The function called.
        function: String,
        /// The quota.
        quota: usize,
    },
    /// [`HostCaller::push`](crate::HostCaller::push) was given a resource it cannot
    /// make.
    #[error(transparent)]
    HostInterface(#[from] HostInterfaceError),
    /// [`HostCaller::push`](crate::HostCaller::push) found no room for the value.
    #[error("cannot keep a new `{resource}`")]
    HostResource {
        /// The resource.
        resource: String,
        /// Why.
        #[source]
        source: HostResourceError,
    },
    /// The call failed on the host's side (a dead handle, a disabled library, a host
    /// function's error).
    #[error("`{function}` failed")]
    Failed {
        /// The function called.
        function: String,
        /// Why.
        #[source]
        source: wasmtime::Error,
    },
}
