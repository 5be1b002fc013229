//! The two ways a call crosses the hub.

use std::fmt;

/// Which path forwards an interface's calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForwardingPath {
    /// Typed forwarders generated from the WIT under `wit/` at build time.
    Generated,
    /// `Val`-based forwarders planned from the component's types at load time.
    Dynamic,
}

impl fmt::Display for ForwardingPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ForwardingPath::Generated => "generated",
            ForwardingPath::Dynamic => "dynamic",
        })
    }
}
