//! Why an export cannot be forwarded, or not through its generated forwarders.

/// Why an export of a library cannot be forwarded at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ForwardError {
    /// The component's type lists an export its instance does not have.
    #[error("export `{name}` not found")]
    MissingExport {
        /// The export's name.
        name: String,
    },
    /// An export expected to be a function is something else.
    #[error("export `{name}` is not a function")]
    NotAFunction {
        /// The export's name.
        name: String,
    },
    /// An export expected to be a resource type is something else.
    #[error("export `{name}` is not a resource")]
    NotAResource {
        /// The export's name.
        name: String,
    },
    /// A function's signature holds a type the hub cannot forward.
    #[error("`{function}` {reason}")]
    UnsupportedType {
        /// The function's export name.
        function: String,
        /// Which type, and why.
        reason: UnsupportedType,
    },
    /// The export names a resource of an interface the host serves, whose handles the
    /// host does not let cross between stores.
    #[error(
        "`{resource}` is the host's resource, which the host does not share between stores (`Hub::share_resource`)"
    )]
    UnsharedHostResource {
        /// The resource's name in the export.
        resource: String,
    },
    /// The forwarders could not be defined in the linker.
    #[error("cannot define the forwarders")]
    Link(#[source] wasmtime::Error),
}

/// A type in a signature the hub cannot forward.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UnsupportedType {
    /// A resource no loaded library defines (a WASI resource, say, or a host resource
    /// not shared with `Hub::share_resource`).
    #[error(
        "uses a resource that no loaded library defines and the host does not share between stores"
    )]
    UnknownResource,
    /// `future`, `stream` or `error-context`.
    #[error("uses an async type (future, stream or error-context), which the hub does not forward")]
    Async,
    /// A fixed-length list whose elements hold resources.
    #[error("has a fixed-length list of resources, which is not supported")]
    ResourcesInFixedLengthList,
    /// A map whose keys or values hold resources.
    #[error("has a map with resources, which is not supported")]
    ResourcesInMap,
    /// An async library's export passes or takes what its event loop cannot carry yet.
    #[error("passes `{what}` to or from an async library, which the hub does not forward yet")]
    InAsyncLibrary {
        /// The type, in WIT syntax: a resource, an `error-context`, or a stream or future
        /// of items the loop has no carrier for.
        what: String,
    },
}

/// Why an exported interface was not bound to the generated forwarders of its name; it
/// is then forwarded through the dynamic path, and [`status`](crate::Hub::status) says why.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GeneratedMismatch {
    /// The interface is under `wit/`, but the generator left it to the dynamic path.
    #[error("not generated at build time: {reason}")]
    NotGenerated {
        /// The generator's reason.
        reason: &'static str,
    },
    /// The component exports a function the WIT under `wit/` does not declare.
    #[error("the component exports `{function}`, which wit/ does not declare")]
    UndeclaredFunction {
        /// The function's export name.
        function: String,
    },
    /// The component lacks a function the WIT under `wit/` declares.
    #[error("the component lacks `{function}`")]
    MissingFunction {
        /// The function's export name.
        function: String,
    },
    /// The component defines other resources than the WIT under `wit/` declares.
    #[error(
        "the component defines resources [{}], wit/ declares [{}]",
        defined.join(", "),
        declared.join(", ")
    )]
    Resources {
        /// What the component defines.
        defined: Vec<String>,
        /// What `wit/` declares.
        declared: Vec<String>,
    },
    /// A function's types differ from the generated ones (including the host type of a
    /// resource that crosses on the dynamic path).
    #[error("`{function}` has other types than in wit/")]
    FunctionType {
        /// The function's export name.
        function: String,
        /// wasmtime's type-check error.
        #[source]
        source: wasmtime::Error,
    },
    /// The provider defines some of the resources the interface uses, not all: the
    /// generated forwarders convert either all of them or none.
    #[error("the component defines some of the resources the interface uses, but not `{resource}`")]
    SomeUsesOwned {
        /// A used resource it does not define, `interface#name`.
        resource: String,
    },
    /// A used resource the provider defines crosses on the dynamic path (its interface
    /// fell back), so it is not the host type the generated forwarders expect.
    #[error("the used resource `{resource}` crosses on the dynamic path")]
    UsedResourceIsDynamic {
        /// The resource, `interface#name`.
        resource: String,
    },
    /// The component's instance does not match its own type (should not happen).
    #[error("the component's exports cannot be resolved")]
    Export(#[source] ForwardError),
}
