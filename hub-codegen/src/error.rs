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
    /// A getter or setter.
    #[error("`{0}` is a getter or setter function")]
    FunctionKind(String),
    /// `error-context`.
    #[error("uses `error-context`, an async type")]
    ErrorContext,
    /// A `stream` or `future` without an item type.
    #[error("uses a `stream` or `future` without an item type")]
    UntypedStream,
    /// A stream or future whose items generated code cannot carry between stores.
    #[error(
        "`{0}` passes a stream or future of handles, or of streams or futures of those, \
         which generated forwarders do not carry"
    )]
    StreamItems(String),
    /// A stream or future inside a variant, map or fixed-length list.
    #[error(
        "`{0}` passes a stream or future inside a variant, map or fixed-length list, which \
         generated forwarders do not take apart"
    )]
    StreamPlace(String),
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

/// An error and its whole `source()` chain on one line, `outer: cause: root cause`, for
/// the build script's `error:` line and the proc macro's `compile_error!`. The same as
/// hub-runtime's `OneLine`, here because neither may depend on hub-runtime (it would put
/// wasmtime in the host build). Each error's own message is kept whole: a parse error
/// keeps wit-parser's excerpt of the offending source below its first line.
///
/// ```
/// let err = hub_codegen::WitSet::load("no/such/folder".as_ref()).err().expect("no folder");
/// let line = hub_codegen::OneLine(&err).to_string();
/// assert!(line.starts_with("cannot read `no/such/folder`: "), "{line}");
/// ```
pub struct OneLine<'a>(pub &'a (dyn std::error::Error + 'static));

impl std::fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut next = self.0.source();
        while let Some(cause) = next {
            write!(f, ": {cause}")?;
            next = cause.source();
        }
        Ok(())
    }
}
