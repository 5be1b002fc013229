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
    /// A `map<K, V>` whose values hold resource handles: handles are converted when they
    /// cross, and there is no conversion inside maps.
    #[error("uses a `map` holding resource handles, which the generator cannot convert")]
    HandleInMap,
    /// A `map<K, V>` whose key type has no hashable Rust type (wasmtime lifts a map as a
    /// `HashMap`). WIT itself only allows integer, `bool`, `char` and `string` keys.
    #[error("uses a `map` keyed by {0}, which has no hashable Rust type")]
    MapKey(String),
    /// A fixed-length list `list<T, N>` holding resource handles (as for maps).
    #[error(
        "uses a fixed-length list holding resource handles, which the generator cannot convert"
    )]
    HandleInFixedLengthList,
    /// A type defined in a world rather than an interface.
    #[error("uses a type defined in a world")]
    WorldType,
    /// A type wit-parser could not resolve.
    #[error("uses an unresolved type")]
    Unresolved,
}
