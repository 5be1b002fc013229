//! A snapshot of what the hub has loaded, for `status`.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use super::Hub;
use super::link::LinkTarget;
use crate::compile_cache::{CacheSource, ContentDigest};
use crate::error::{GeneratedMismatch, OneLine};
use crate::fault::LibraryFault;
use crate::forwarding_path::ForwardingPath;
use crate::ids::{LibraryId, LinkProvider};
use crate::interface_name::compatibility_key;

/// What [`Hub::status`](crate::Hub::status) reports.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct HubStatus {
    /// Loaded libraries, in load order.
    pub libraries: Vec<LibraryStatus>,
    /// Resources currently alive across the hub (entries in the handle registry).
    pub live_handles: usize,
    /// The host's own shared resources alive ([`Hub::host_resource_count`]).
    pub host_resources: usize,
    /// Compiled components kept in memory (bounded).
    pub compiled_in_memory: usize,
    /// Apps kept compiled and linked for their next run (bounded).
    pub prepared_apps: usize,
    /// The interfaces the host serves ([`Hub::serve`]), by full name.
    pub host_interfaces: Vec<String>,
}

/// One loaded library.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct LibraryStatus {
    /// The id [`Hub::load`] returned.
    pub id: LibraryId,
    /// The file it was loaded from, or the name given with its bytes
    /// ([`Hub::load_bytes`]).
    pub path: PathBuf,
    /// It was loaded from bytes the embedder held, not from a file.
    pub from_memory: bool,
    /// How many instances it has ([`LoadOptions::instances`](crate::LoadOptions::instances)),
    /// each with its own store and state.
    pub instances: usize,
    /// It uses component-model async, so its store runs in an event loop of its own (a
    /// hub built with the `async` feature).
    pub event_loop: bool,
    /// Where its compiled code came from when it was loaded.
    pub compiled: CacheSource,
    /// The digest of the bytes it was compiled from (read at load or last reload), to
    /// tell whether its file has changed since.
    pub digest: ContentDigest,
    /// Why it refuses calls, when its own code failed (a trap, its time budget, an
    /// interrupt, `exit`): it is disabled, and its store is gone.
    pub disabled: Option<LibraryFault>,
    /// Its exports, in the component's order (top-level functions last).
    pub exports: Vec<ExportStatus>,
    /// Its imports served by other libraries.
    pub links: Vec<LinkStatus>,
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
    /// Their export names (`[method]calc.add`), in the component's order.
    pub function_names: Vec<String>,
    /// Resources this export defines.
    pub resources: Vec<String>,
    /// The library (or the host) whose export of the same name this one wraps (it
    /// imports the name from it and serves it in its place).
    pub wraps: Option<LinkProvider>,
    /// It stands in for a WASI interface of the host.
    pub overrides_wasi: bool,
}

/// One import of a library served by another library or by the host.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct LinkStatus {
    /// The import's name.
    pub import: String,
    /// The library (or the host) serving it.
    pub provider: LinkProvider,
    /// Its export serving it.
    pub export: String,
    /// Linked by a wire the library was loaded with, not by the name rule.
    pub wired: bool,
}

impl fmt::Display for HubStatus {
    /// The `status` command's output: one numbered line per library, one line per export
    /// with the path that forwards it, and one per import served by a library.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.host_interfaces.is_empty() {
            writeln!(f, "Served by the host: {}", self.host_interfaces.join(", "))?;
        }
        writeln!(f, "Loaded libraries ({}):", self.libraries.len())?;
        for library in &self.libraries {
            write!(
                f,
                "  {}. {} ({})",
                library.id.number(),
                library.path.display(),
                library.compiled
            )?;
            if library.instances > 1 {
                write!(f, " [{} instances]", library.instances)?;
            }
            if library.event_loop {
                write!(f, " [async: in its own event loop]")?;
            }
            if let Some(why) = &library.disabled {
                write!(f, " [disabled: {why}]")?;
            }
            writeln!(f)?;
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
                if let Some(wrapped) = export.wraps {
                    write!(f, ", wrapping {wrapped}")?;
                }
                if export.overrides_wasi {
                    write!(f, " [serves WASI in place of the host]")?;
                }
                if let Some(mismatch) = &export.fallback {
                    write!(f, " [generated set not used: {}]", OneLine(&**mismatch))?;
                }
                writeln!(f)?;
            }
            for link in &library.links {
                write!(f, "       imports {} from {}", link.import, link.provider)?;
                if link.export != link.import {
                    write!(f, " (its {})", link.export)?;
                }
                writeln!(f)?;
            }
        }
        write!(f, "Live resource handles: {}", self.live_handles)?;
        if self.host_resources > 0 {
            write!(f, " (and {} of the host's own)", self.host_resources)?;
        }
        Ok(())
    }
}

impl Hub {
    /// What is loaded, how each export is forwarded, and how many handles are live.
    pub fn status(&self) -> HubStatus {
        let set = self.snapshot();
        HubStatus {
            libraries: set
                .libraries
                .iter()
                .map(|library| {
                    let wired =
                        |import: &str| library.options.wires.iter().any(|w| w.import == import);
                    let links: Vec<LinkStatus> = library
                        .links
                        .iter()
                        .filter_map(|link| match &link.target {
                            LinkTarget::Interface {
                                library, export, ..
                            }
                            | LinkTarget::Function { library, export } => Some(LinkStatus {
                                import: link.import.clone(),
                                provider: LinkProvider::Library(*library),
                                export: export.clone(),
                                wired: wired(&link.import),
                            }),
                            LinkTarget::Served { export } => Some(LinkStatus {
                                import: link.import.clone(),
                                provider: LinkProvider::Host,
                                export: export.clone(),
                                wired: wired(&link.import),
                            }),
                            LinkTarget::Host | LinkTarget::TypesOnly => None,
                        })
                        .collect();
                    LibraryStatus {
                        id: library.id(),
                        path: library.cell.path.clone(),
                        from_memory: library.origin.is_memory(),
                        instances: library.cell.instances(),
                        event_loop: library.cell.has_event_loop(),
                        compiled: library.source,
                        digest: library.digest,
                        disabled: library.cell.fault(),
                        exports: library
                            .exports
                            .iter()
                            .map(|export| {
                                let key = export.interface.as_deref().map(compatibility_key);
                                ExportStatus {
                                    interface: export.interface.clone(),
                                    path: export.path,
                                    fallback: export.fallback.clone(),
                                    functions: export.functions.len(),
                                    function_names: export.functions.clone(),
                                    resources: export
                                        .resources
                                        .iter()
                                        .filter(|r| r.defines)
                                        .map(|r| r.name.clone())
                                        .collect(),
                                    wraps: links
                                        .iter()
                                        .find(|l| Some(compatibility_key(&l.import)) == key)
                                        .map(|l| l.provider),
                                    overrides_wasi: export
                                        .interface
                                        .as_deref()
                                        .is_some_and(|i| super::wasi::host_name(i).is_some()),
                                }
                            })
                            .collect(),
                        links,
                    }
                })
                .collect(),
            live_handles: self.registry.len(),
            host_resources: self.registry.host.len(),
            compiled_in_memory: self.compile_cache.memory_len(),
            prepared_apps: self.apps.lock().len(),
            host_interfaces: set.served.iter().map(|s| s.name.clone()).collect(),
        }
    }
}
