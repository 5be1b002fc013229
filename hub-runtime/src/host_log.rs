//! The `[HOST]` layer of the output: what the hub links and forwards.

/// Whether `[HOST]` lines are printed.
///
/// Forwarders read this once, when the linker is built, and are linked in a variant
/// that has no logging code at all when it is off: hidden logging costs nothing per call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HostLog {
    pub enabled: bool,
}

impl HostLog {
    /// Prints one `[HOST]` line when enabled; `line` is only called then.
    pub(crate) fn line(self, line: impl FnOnce() -> String) {
        if self.enabled {
            println!("[HOST] {}", line());
        }
    }
}
