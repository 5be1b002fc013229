//! Typed errors, one enum per operation.
//!
//! Each error's `Display` is its own message only; the cause (wasmtime's error, an I/O
//! error, a binding error) is its [`source`](std::error::Error::source), so an embedder can
//! walk the chain. Rendering a chain as one line is the edge's job (hub-demo does it).

mod call;
mod export;
mod forward;
mod host_interface;
mod host_resource;
mod inspect;
mod lifecycle;
mod link;
mod load;
mod run;

pub use call::CallError;
pub use export::ExportError;
pub use forward::{ForwardError, GeneratedMismatch, UnsupportedType};
pub use host_interface::HostInterfaceError;
pub use host_resource::HostResourceError;
pub use inspect::InspectError;
pub use lifecycle::{ReloadError, UnloadError};
pub use link::{LinkError, WireProblem};
pub use load::{ComponentFileError, LoadError, SetupError};
pub use run::{RunError, Site};

/// Displays an error and its chain of causes on one line, `outer: cause: root cause`,
/// without wasmtime's multi-line wasm backtraces and without repeating a cause whose
/// text an outer message already holds. For the edge (a CLI, a log line); the errors
/// themselves display their own message only.
///
/// ```
/// use hub_runtime::OneLine;
/// let err = std::io::Error::other("disk on fire");
/// assert_eq!(OneLine(&err).to_string(), "disk on fire");
/// ```
pub struct OneLine<'a>(pub &'a (dyn std::error::Error + 'static));

impl std::fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        let mut next = Some(self.0);
        while let Some(err) = next {
            let text = err.to_string();
            let text = text.lines().next().unwrap_or_default().trim();
            let is_backtrace = text.starts_with("error while executing at wasm backtrace");
            if !text.is_empty() && !is_backtrace && !parts.iter().any(|p| p.contains(text)) {
                parts.push(text.to_owned());
            }
            next = err.source();
        }
        f.write_str(&parts.join(": "))
    }
}
