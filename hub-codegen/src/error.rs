//! Why the generator stops, and why it leaves an interface to the dynamic path.

/// Why [`generate`](crate::generate) failed as a whole.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// Two interfaces would land in the same module.
    #[error("`{interface}`: two versions of one package in wit/ are not supported")]
    TwoVersions {
        /// The second interface's full name.
        interface: String,
    },
}

/// Why an interface gets no generated forwarders (it is forwarded dynamically instead).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Unsupported {
    /// An interface without a name (inline in a world).
    #[error("anonymous interfaces are not generated")]
    Anonymous,
    /// An `async` function, or a getter or setter.
    #[error("`{0}` is an async, getter or setter function")]
    FunctionKind(String),
    /// `error-context`.
    #[error("uses `error-context`, an async type")]
    ErrorContext,
    /// `future` or `stream`.
    #[error("uses `future` or `stream`, async types")]
    FutureOrStream,
    /// A record, variant, enum or flags type without a name.
    #[error("uses an anonymous record, variant, enum or flags type")]
    AnonymousType,
    /// `map<K, V>`.
    #[error("uses a `map` type")]
    Map,
    /// `list<T, N>`.
    #[error("uses a fixed-length list")]
    FixedLengthList,
    /// A type defined in a world rather than an interface.
    #[error("uses a type defined in a world")]
    WorldType,
    /// A type wit-parser could not resolve.
    #[error("uses an unresolved type")]
    Unresolved,
}
