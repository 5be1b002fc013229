//! A snapshot of what the hub has loaded, for `status`.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use super::Hub;
use crate::error::{GeneratedMismatch, OneLine};
use crate::forwarding::ForwardingPath;
use crate::library::LibraryId;

/// What [`Hub::status`](crate::Hub::status) reports.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct HubStatus {
    /// Loaded libraries, in load order.
    pub libraries: Vec<LibraryStatus>,
    /// Resources currently alive across the hub (entries in the handle registry).
    pub live_handles: usize,
}

/// One loaded library.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct LibraryStatus {
    /// The id [`Hub::load`] returned.
    pub id: LibraryId,
    /// The file it was loaded from.
    pub path: PathBuf,
    /// The library trapped (or was unwound by a trap below it) and refuses further calls.
    pub trapped: bool,
    /// Its exports, in the component's order (top-level functions last).
    pub exports: Vec<ExportStatus>,
}

/// One forwarded export of a library.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ExportStatus {
    /// The interface name, or `None` for the library's top-level functions.
    pub interface: Option<String>,
    /// The path its calls take.
    pub path: ForwardingPath,
    /// Why the generated forwarders were not used although the name is under `wit/`.
    pub fallback: Option<Arc<GeneratedMismatch>>,
    /// How many functions it forwards.
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
                if let Some(mismatch) = &export.fallback {
                    write!(f, " [generated set not used: {}]", OneLine(&**mismatch))?;
                }
                writeln!(f)?;
            }
        }
        write!(f, "Live resource handles: {}", self.live_handles)
    }
}

impl Hub {
    /// What is loaded, how each export is forwarded, and how many handles are live.
    pub fn status(&self) -> HubStatus {
        HubStatus {
            libraries: self
                .libraries
                .iter()
                .map(|library| LibraryStatus {
                    id: library.cell.id,
                    path: library.cell.path.clone(),
                    trapped: library.cell.is_trapped(),
                    exports: library
                        .exports
                        .iter()
                        .map(|export| ExportStatus {
                            interface: export.interface.clone(),
                            path: export.path,
                            fallback: export.fallback.clone(),
                            functions: export.functions.len(),
                            resources: export.resources.iter().map(|r| r.name.clone()).collect(),
                        })
                        .collect(),
                })
                .collect(),
            live_handles: self.registry.len(),
        }
    }
}
