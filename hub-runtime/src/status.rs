//! A snapshot of what the hub has loaded, for `status`.

use std::fmt;
use std::path::PathBuf;

use crate::forwarding::ForwardingPath;
use crate::library::LibraryId;

/// What [`Hub::status`](crate::Hub::status) reports.
#[derive(Clone, Debug)]
pub struct HubStatus {
    /// Loaded libraries, in load order.
    pub libraries: Vec<LibraryStatus>,
    /// Resources currently alive across the hub (entries in the handle registry).
    pub live_handles: usize,
}

/// One loaded library.
#[derive(Clone, Debug)]
pub struct LibraryStatus {
    pub id: LibraryId,
    pub path: PathBuf,
    /// The library trapped (or was unwound by a trap below it) and refuses further calls.
    pub trapped: bool,
    pub exports: Vec<ExportStatus>,
}

/// One forwarded export of a library.
#[derive(Clone, Debug)]
pub struct ExportStatus {
    /// The interface name, or `None` for the library's top-level functions.
    pub interface: Option<String>,
    pub path: ForwardingPath,
    /// Why the generated forwarders were not used although the name matched.
    pub fallback_reason: Option<String>,
    pub functions: usize,
    /// Resources this export defines.
    pub resources: Vec<String>,
}

impl fmt::Display for HubStatus {
    /// The `status` command's output: one numbered line per library, then one line per
    /// export with the path that forwards it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Loaded libraries ({}):", self.libraries.len())?;
        for (n, library) in self.libraries.iter().enumerate() {
            let trapped = if library.trapped {
                " [trapped: disabled]"
            } else {
                ""
            };
            writeln!(f, "  {}. {}{trapped}", n + 1, library.path.display())?;
            for export in &library.exports {
                let name = export
                    .interface
                    .as_deref()
                    .unwrap_or("(top-level functions)");
                write!(
                    f,
                    "       {name}: {} (functions: {}",
                    export.path, export.functions
                )?;
                if !export.resources.is_empty() {
                    write!(f, "; defines {}", export.resources.join(", "))?;
                }
                write!(f, ")")?;
                if let Some(reason) = &export.fallback_reason {
                    write!(f, " [generated set not used: {reason}]")?;
                }
                writeln!(f)?;
            }
        }
        write!(f, "Live resource handles: {}", self.live_handles)
    }
}
