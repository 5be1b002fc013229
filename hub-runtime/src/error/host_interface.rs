//! Why the hub refused an interface the host serves.

/// Why [`Hub::serve`](crate::Hub::serve) refused a [`HostInterface`](crate::HostInterface).
/// Nothing changes then.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HostInterfaceError {
    /// The WIT text does not parse.
    #[error("the host interface's WIT does not parse")]
    Wit {
        /// wit-parser's error, with the line.
        #[source]
        source: anyhow::Error,
    },
    /// The WIT has no interface of that name.
    #[error("the host interface's WIT has no interface `{interface}`")]
    NoSuchInterface {
        /// The name asked for.
        interface: String,
    },
    /// The interface's types could not be turned into a component's.
    #[error("the types of host interface `{interface}` cannot be used")]
    Types {
        /// The interface.
        interface: String,
        /// Why.
        #[source]
        source: anyhow::Error,
    },
    /// wasmtime refused the stand-in component that carries the interface's types.
    #[error("the types of host interface `{interface}` cannot be compiled")]
    Compile {
        /// The interface.
        interface: String,
        /// wasmtime's error.
        #[source]
        source: wasmtime::Error,
    },
    /// A function of the interface has no closure.
    #[error("host interface `{interface}` does not implement its function `{function}`")]
    Unimplemented {
        /// The interface.
        interface: String,
        /// The function.
        function: String,
    },
    /// A closure was given for a function the interface does not have.
    #[error("host interface `{interface}` has no function `{function}` to implement")]
    NoSuchFunction {
        /// The interface.
        interface: String,
        /// The function.
        function: String,
    },
    /// A typed host function ([`HostInterface::func_typed`](crate::HostInterface::func_typed))
    /// has other types than the WIT's, or could not be defined.
    #[error("the typed host functions of `{interface}` do not match its WIT")]
    TypedMismatch {
        /// The interface.
        interface: String,
        /// wasmtime's error (which function, which type).
        #[source]
        source: wasmtime::Error,
    },
    /// `add_to_linker` failed, or does not define the interfaces with their types.
    #[error("the `add_to_linker` given for `{interfaces}` does not serve them")]
    AddToLinker {
        /// The interfaces.
        interfaces: String,
        /// wasmtime's error (a missing definition, another type).
        #[source]
        source: wasmtime::Error,
    },
    /// [`Hub::share_resource`](crate::Hub::share_resource) or
    /// [`HostCaller::push`](crate::HostCaller::push) named a resource that no interface
    /// the host serves defines.
    #[error("the host serves no resource `{resource}` of `{interface}`")]
    NoSuchResource {
        /// The interface asked for.
        interface: String,
        /// The resource asked for.
        resource: String,
    },
    /// [`Hub::share_resource`](crate::Hub::share_resource) was given another Rust type
    /// than the one `add_to_linker` gives the resource (bindgen's `with`).
    #[error(
        "`add_to_linker` gives resource `{interface}.{resource}` another type than `{expected}`"
    )]
    ResourceType {
        /// The interface.
        interface: String,
        /// The resource.
        resource: String,
        /// The Rust type given.
        expected: &'static str,
    },
    /// [`HostCaller::push`](crate::HostCaller::push) named a `bindgen!` resource whose
    /// handles may not cross between stores.
    #[error("the host's resource `{interface}.{resource}` is not shared (`Hub::share_resource`)")]
    NotShared {
        /// The interface.
        interface: String,
        /// The resource.
        resource: String,
    },
    /// The hub already serves an interface of that name (or a semver-compatible one).
    #[error("the host already serves `{interface}`")]
    AlreadyServed {
        /// The interface.
        interface: String,
    },
    /// [`Hub::unserve`](crate::Hub::unserve): the host serves no interface of that name.
    #[error("the host serves no `{interface}`")]
    NotServed {
        /// The name asked for.
        interface: String,
    },
    /// [`Hub::unserve`](crate::Hub::unserve): a loaded library imports it.
    #[error("`{interface}` is imported by library {library}; unload it first")]
    InUse {
        /// The interface.
        interface: String,
        /// The first library that imports it (`#2 app.wasm`).
        library: String,
    },
}
