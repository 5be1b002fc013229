//! Why an export of a component cannot be looked up as asked.

/// Why [`App::func`](crate::App::func) or [`App::typed_func`](crate::App::typed_func)
/// found no function to call.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// The component has no such export (`interface#function`, or a top-level name).
    #[error("`{component}` does not export `{export}`")]
    NoSuchExport {
        /// The component's file name.
        component: String,
        /// The export, as asked for.
        export: String,
    },
    /// The export exists but is not a function.
    #[error("`{component}`'s export `{export}` is not a function")]
    NotAFunction {
        /// The component's file name.
        component: String,
        /// The export, as asked for.
        export: String,
    },
    /// The function has other parameter or result types than asked for.
    #[error("`{component}`'s function `{export}` has other types than asked for")]
    Types {
        /// The component's file name.
        component: String,
        /// The export, as asked for.
        export: String,
        /// wasmtime's type-check error.
        #[source]
        source: wasmtime::Error,
    },
}
