//! Errors of the host's shared resource table.

/// Why the host's shared resource table refused ([`HostResources`](crate::HostResources)).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HostResourceError {
    /// The `rep` names no live value (deleted, or released with its holder).
    #[error("host resource {rep} is no longer live")]
    Dead {
        /// The resource's `rep`.
        rep: u32,
    },
    /// The `rep` names a value of another type.
    #[error("host resource {rep} is not a `{expected}`")]
    WrongType {
        /// The resource's `rep`.
        rep: u32,
        /// The type asked for.
        expected: &'static str,
    },
    /// A run went over its handle quota.
    #[error("the run holds {quota} resource handles, its quota")]
    Quota {
        /// The hub's `handle_quota`.
        quota: usize,
    },
    /// The table has no room left.
    #[error("the host resource table is full")]
    Full,
    /// A closures interface was asked for a resource it does not define
    /// ([`HostCall::push`](crate::HostCall::push)).
    #[error("the interface defines no resource `{resource}`")]
    NoSuchResource {
        /// The name asked for.
        resource: String,
    },
    /// A value given as a handle is not one of the interface's resources
    /// ([`HostCall::get`](crate::HostCall::get)).
    #[error("expected a handle of one of the interface's resources, found {found}")]
    NotAHandle {
        /// What it is instead.
        found: String,
    },
}
