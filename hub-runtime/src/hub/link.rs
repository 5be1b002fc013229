//! The link graph: which export serves each import of a component.
//!
//! An explicit wire wins. Otherwise an import links by name (semver-compatible for
//! interfaces, exact for top-level functions) to the one loaded library exporting it;
//! a library that imports a name and exports it too *interposes*: it wraps whatever
//! served that name before it, and serves it from then on (wrappers stack). Several
//! exporters of a name, none wrapping another, are fine until something imports the name
//! without a wire: that import is refused, naming them. `wasi:` interfaces the host
//! provides are the host's, unless a library loaded with `override_wasi` serves them.
//! Interfaces with only types need no provider. Every function of a linked import is
//! checked against the export's signature before anything is instantiated.

use std::sync::Arc;

use wasmtime::Engine;
use wasmtime::component::Component;
use wasmtime::component::types::ComponentFunc;

use super::LoadedLibrary;
use super::options::Wire;
use super::signature::compatible;
use super::wasi;
use crate::error::{LinkError, WireProblem};
use crate::exports::{Import, ImportKind, imports};
use crate::host_interface::{Implementation, ServedInterface};
use crate::ids::{LibraryId, LinkProvider};
use crate::interface_name::{compatibility_key, is_version_of, only_one};
use crate::wit_syntax::Wit;

/// How one import of a component is served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Link {
    /// The import's name in the component.
    pub(crate) import: String,
    pub(crate) target: LinkTarget,
    /// Its functions that are `async func`s (of a top-level function import: its own
    /// name), which wasmtime serves only with concurrent host functions.
    pub(crate) async_functions: Vec<String>,
}

/// What serves an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum LinkTarget {
    /// The host's WASI.
    Host,
    /// Nothing: an interface with only types.
    TypesOnly,
    /// An interface a library exports (`wasi_host_name` when it stands in for a WASI
    /// interface of the host: its forwarders replace the host's under that name).
    Interface {
        library: LibraryId,
        export: String,
        wasi_host_name: Option<String>,
    },
    /// A top-level function a library exports.
    Function { library: LibraryId, export: String },
    /// An interface the host serves ([`HostInterface`](crate::HostInterface)).
    Served { export: String },
}

impl LinkTarget {
    /// The library serving the import, if one does.
    pub(crate) fn library(&self) -> Option<LibraryId> {
        match self {
            LinkTarget::Interface { library, .. } | LinkTarget::Function { library, .. } => {
                Some(*library)
            }
            LinkTarget::Host | LinkTarget::TypesOnly | LinkTarget::Served { .. } => None,
        }
    }
}

/// Links every import of `component` against `libraries` (in load order).
///
/// # Errors
///
/// [`LinkError`] for the first import that cannot be served, or whose signature differs
/// from its export's.
pub(crate) fn link(
    engine: &Engine,
    component: &Component,
    wires: &[Wire],
    libraries: &[Arc<LoadedLibrary>],
    served: &[Arc<ServedInterface>],
) -> Result<Vec<Link>, LinkError> {
    let imports = imports(engine, component);
    for wire in wires {
        if !imports.iter().any(|i| i.name == wire.import) {
            return Err(wire_error(wire, WireProblem::NoSuchImport));
        }
    }
    let mut links = Vec::with_capacity(imports.len());
    for import in &imports {
        let wire = wires.iter().find(|w| w.import == import.name);
        let target = link_import(import, wire, libraries, served)?;
        let async_functions = async_functions(import);
        if let LinkTarget::Served { export } = &target {
            let interface = served.iter().find(|s| s.name == *export);
            // Closures over `Val`s serve `async func`s too; typed and `bindgen!`
            // functions are plain host functions.
            let plain_only = async_functions
                .iter()
                .find(|f| !interface.is_some_and(|i| i.serves_async(f)));
            if let Some(function) = plain_only {
                return Err(LinkError::AsyncServed {
                    import: import.name.clone(),
                    function: function.clone(),
                    export: export.clone(),
                });
            }
        }
        links.push(Link {
            import: import.name.clone(),
            target,
            async_functions,
        });
    }
    Ok(links)
}

/// The functions of `import` that are `async func`s.
fn async_functions(import: &Import) -> Vec<String> {
    match &import.kind {
        ImportKind::Instance { functions, .. } => functions
            .iter()
            .filter(|(_, ty)| ty.async_())
            .map(|(name, _)| name.clone())
            .collect(),
        ImportKind::Function(ty) if ty.async_() => vec![import.name.clone()],
        ImportKind::Function(_) => Vec::new(),
    }
}

/// What serves `import` (by `wire`, if given, else by the name rule), its signature
/// checked.
///
/// # Errors
///
/// [`LinkError`] when nothing can serve it, or what would differs in a signature.
pub(crate) fn link_import(
    import: &Import,
    wire: Option<&Wire>,
    libraries: &[Arc<LoadedLibrary>],
    served: &[Arc<ServedInterface>],
) -> Result<LinkTarget, LinkError> {
    Ok(match &import.kind {
        ImportKind::Instance {
            functions,
            types_only,
        } => {
            let target = match wire {
                Some(wire) => wired(wire, libraries, served, Exported::Interface)?,
                None if *types_only => LinkTarget::TypesOnly,
                None => by_name(&import.name, libraries, served, Exported::Interface)?,
            };
            check_interface(&import.name, functions, &target, libraries, served)?;
            target
        }
        ImportKind::Function(func) => {
            let target = match wire {
                Some(wire) => wired(wire, libraries, served, Exported::Function)?,
                None => by_name(&import.name, libraries, &[], Exported::Function)?,
            };
            check_function(func, &target, libraries)?;
            target
        }
    })
}

/// Which kind of export an import needs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Exported {
    Interface,
    Function,
}

/// The one library (or host interface) serving `name` by the name rule, or the host for
/// its WASI. The host's interfaces count as served by a library loaded before all
/// others: a library exporting the same name without importing it makes the name
/// ambiguous, one importing it from the host and exporting it wraps it.
fn by_name(
    name: &str,
    libraries: &[Arc<LoadedLibrary>],
    served: &[Arc<ServedInterface>],
    kind: Exported,
) -> Result<LinkTarget, LinkError> {
    let candidates = exporters(name, libraries, kind);
    let key = import_key(name, kind);
    // Whether a candidate imports the name from a target `is_target` accepts: that
    // target is wrapped, and no longer serves the name to anyone else.
    let wrapped = |is_target: &dyn Fn(&LinkTarget) -> bool| {
        candidates.iter().any(|wrapper| {
            wrapper
                .links
                .iter()
                .any(|link| is_target(&link.target) && import_key(&link.import, kind) == key)
        })
    };
    let serving: Vec<&Arc<LoadedLibrary>> = candidates
        .iter()
        .copied()
        .filter(|library| !wrapped(&|target| target.library() == Some(library.id())))
        .collect();
    let host = served
        .iter()
        .find(|s| kind == Exported::Interface && compatibility_key(&s.name) == key)
        .filter(|_| !wrapped(&|target| matches!(target, LinkTarget::Served { .. })));
    match (serving.as_slice(), host) {
        ([], Some(host)) => Ok(LinkTarget::Served {
            export: host.name.clone(),
        }),
        ([one], None) => Ok(target_for(name, one, kind)),
        ([], None) => match kind {
            Exported::Interface if name.starts_with("wasi:") => match wasi::host_name(name) {
                Some(_) => Ok(LinkTarget::Host),
                None => Err(LinkError::UnsupportedWasi {
                    import: name.to_owned(),
                }),
            },
            Exported::Interface | Exported::Function => Err(LinkError::Unsatisfied {
                import: name.to_owned(),
            }),
        },
        (many, host) => Err(LinkError::Ambiguous {
            import: name.to_owned(),
            candidates: host
                .map(|_| "the host".to_owned())
                .into_iter()
                .chain(many.iter().map(|l| l.describe()))
                .collect(),
        }),
    }
}

/// Libraries exporting `name` (for WASI names, only those allowed to serve WASI).
fn exporters<'a>(
    name: &str,
    libraries: &'a [Arc<LoadedLibrary>],
    kind: Exported,
) -> Vec<&'a Arc<LoadedLibrary>> {
    let key = import_key(name, kind);
    libraries
        .iter()
        .filter(|library| match kind {
            Exported::Interface => {
                (!name.starts_with("wasi:") || library.options.override_wasi)
                    && library
                        .items
                        .interfaces
                        .iter()
                        .any(|i| compatibility_key(&i.name) == key)
            }
            Exported::Function => library.items.functions.iter().any(|(f, _)| *f == key),
        })
        .collect()
}

fn import_key(name: &str, kind: Exported) -> String {
    match kind {
        Exported::Interface => compatibility_key(name),
        Exported::Function => name.to_owned(),
    }
}

/// The target for `name` served by `library`.
fn target_for(name: &str, library: &LoadedLibrary, kind: Exported) -> LinkTarget {
    match kind {
        Exported::Interface => {
            let key = compatibility_key(name);
            let export = library
                .items
                .interfaces
                .iter()
                .find(|i| compatibility_key(&i.name) == key)
                .map(|i| i.name.clone())
                .unwrap_or_else(|| name.to_owned());
            LinkTarget::Interface {
                library: library.id(),
                wasi_host_name: wasi::host_name(name).filter(|_| name.starts_with("wasi:")),
                export,
            }
        }
        Exported::Function => LinkTarget::Function {
            library: library.id(),
            export: name.to_owned(),
        },
    }
}

/// The target `wire` names: its library's export, which must be of `kind`, or an
/// interface the host serves.
fn wired(
    wire: &Wire,
    libraries: &[Arc<LoadedLibrary>],
    served: &[Arc<ServedInterface>],
    kind: Exported,
) -> Result<LinkTarget, LinkError> {
    let id = match wire.provider {
        LinkProvider::Library(id) => id,
        LinkProvider::Host => return wired_to_host(wire, served, kind),
    };
    let library = libraries
        .iter()
        .find(|l| l.id() == id)
        .ok_or_else(|| wire_error(wire, WireProblem::NoSuchLibrary))?;
    let exports = |kind| match kind {
        Exported::Interface => library.items.interface(&wire.export).is_some(),
        Exported::Function => library.items.function(&wire.export).is_some(),
    };
    if !exports(kind) {
        let other = match kind {
            Exported::Interface => Exported::Function,
            Exported::Function => Exported::Interface,
        };
        let problem = if exports(other) {
            WireProblem::KindMismatch
        } else {
            WireProblem::NoSuchExport
        };
        return Err(wire_error(wire, problem));
    }
    let (library, export) = (library.id(), wire.export.clone());
    Ok(match kind {
        Exported::Interface => LinkTarget::Interface {
            library,
            export,
            wasi_host_name: wasi::host_name(&wire.import),
        },
        Exported::Function => LinkTarget::Function { library, export },
    })
}

/// The host's interface `wire` names (by its full name, semver-compatible, or without
/// its version when one has that name), for an interface import.
fn wired_to_host(
    wire: &Wire,
    served: &[Arc<ServedInterface>],
    kind: Exported,
) -> Result<LinkTarget, LinkError> {
    let key = compatibility_key(&wire.export);
    let found = served
        .iter()
        .find(|s| s.name == wire.export)
        .or_else(|| served.iter().find(|s| compatibility_key(&s.name) == key))
        .or_else(|| {
            only_one(
                served
                    .iter()
                    .filter(|s| is_version_of(&s.name, &wire.export)),
            )
        });
    let Some(found) = found else {
        return Err(wire_error(wire, WireProblem::NoSuchExport));
    };
    if kind == Exported::Function {
        return Err(wire_error(wire, WireProblem::KindMismatch));
    }
    if matches!(found.implementation, Implementation::Bindgen(_))
        && compatibility_key(&wire.import) != compatibility_key(&found.name)
    {
        return Err(wire_error(wire, WireProblem::HostRename));
    }
    Ok(LinkTarget::Served {
        export: found.name.clone(),
    })
}

fn wire_error(wire: &Wire, problem: WireProblem) -> LinkError {
    LinkError::Wire {
        import: wire.import.clone(),
        provider: wire.provider,
        export: wire.export.clone(),
        problem,
    }
}

/// Checks each function an interface import expects against the export serving it.
fn check_interface(
    import: &str,
    functions: &[(String, ComponentFunc)],
    target: &LinkTarget,
    libraries: &[Arc<LoadedLibrary>],
    served: &[Arc<ServedInterface>],
) -> Result<(), LinkError> {
    let (exported, provider) = match target {
        LinkTarget::Interface {
            library, export, ..
        } => {
            let Some(library) = libraries.iter().find(|l| l.id() == *library) else {
                return Ok(());
            };
            let Some(exported) = library.items.interface(export) else {
                return Ok(());
            };
            (exported, library.describe())
        }
        LinkTarget::Served { export } => {
            let Some(served) = served.iter().find(|s| s.name == *export) else {
                return Ok(());
            };
            (&served.exported, "the host".to_owned())
        }
        LinkTarget::Host | LinkTarget::TypesOnly | LinkTarget::Function { .. } => return Ok(()),
    };
    for (function, expected) in functions {
        let found = exported.function_type(function);
        if !found.is_some_and(|found| compatible(expected, found)) {
            return Err(LinkError::Signature {
                interface: import.to_owned(),
                function: function.clone(),
                expected: Wit(expected).to_string(),
                found: found.map_or_else(|| "missing".to_owned(), |f| Wit(f).to_string()),
                provider: provider.clone(),
            });
        }
    }
    Ok(())
}

/// Checks a top-level function import against the export serving it.
fn check_function(
    expected: &ComponentFunc,
    target: &LinkTarget,
    libraries: &[Arc<LoadedLibrary>],
) -> Result<(), LinkError> {
    let LinkTarget::Function { library, export } = target else {
        return Ok(());
    };
    let Some(library) = libraries.iter().find(|l| l.id() == *library) else {
        return Ok(());
    };
    let found = library.items.function(export);
    if found.is_some_and(|found| compatible(expected, found)) {
        return Ok(());
    }
    Err(LinkError::Signature {
        interface: "top-level".to_owned(),
        function: export.clone(),
        expected: Wit(expected).to_string(),
        found: found.map_or_else(|| "missing".to_owned(), |f| Wit(f).to_string()),
        provider: library.describe(),
    })
}
