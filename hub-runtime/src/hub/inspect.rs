//! Looking at a component before loading or running it, or at a loaded library: its
//! world in WIT syntax (as `wasm-tools component wit` prints it, with the packages it
//! uses), and for each import what serves it (would serve it now, for a file), or why
//! nothing would.

use std::path::Path;

use wit_component::{DecodedWasm, WitPrinter};

use super::Hub;
use super::link::{LinkTarget, link_import};
use crate::component_file::Origin;
use crate::error::{InspectError, LinkError};
use crate::exports::imports;
use crate::ids::LibraryId;

/// What [`Hub::inspect`] found.
#[derive(Debug)]
#[non_exhaustive]
pub struct Inspection {
    /// The component's world, then the packages its imports and exports come from.
    pub wit: String,
    /// Its imports, in its order.
    pub imports: Vec<ImportInspection>,
}

/// One import, and what serves it.
#[derive(Debug)]
#[non_exhaustive]
pub struct ImportInspection {
    /// The import's name.
    pub import: String,
    /// What serves it, or why nothing does (no provider, two candidates, another
    /// signature: [`LinkError`], with the signatures in WIT syntax).
    pub served: Result<ServedBy, LinkError>,
}

/// What serves an import.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ServedBy {
    /// An export of a loaded library.
    Library {
        /// The library.
        library: LibraryId,
        /// Its export.
        export: String,
    },
    /// An interface the host serves ([`Hub::serve`]).
    Host {
        /// Its name.
        interface: String,
    },
    /// The host's WASI.
    Wasi,
    /// Nothing needs to: the interface has only types.
    TypesOnly,
}

impl From<&LinkTarget> for ServedBy {
    fn from(target: &LinkTarget) -> ServedBy {
        match target {
            LinkTarget::Interface {
                library, export, ..
            }
            | LinkTarget::Function { library, export } => ServedBy::Library {
                library: *library,
                export: export.clone(),
            },
            LinkTarget::Served { export } => ServedBy::Host {
                interface: export.clone(),
            },
            LinkTarget::Host => ServedBy::Wasi,
            LinkTarget::TypesOnly => ServedBy::TypesOnly,
        }
    }
}

impl Hub {
    /// The component at `path` (not loaded): its WIT, and for each import what would
    /// serve it if it were loaded or run now, by the name rule.
    ///
    /// # Errors
    ///
    /// [`InspectError`] for a file that cannot be read, is not a component, or whose
    /// types cannot be printed as WIT.
    pub fn inspect(&self, path: impl AsRef<Path>) -> Result<Inspection, InspectError> {
        let origin = Origin::File(path.as_ref().to_owned());
        let compiled = self.compile(&origin)?;
        let wit = wit_of(&origin)?;
        let set = self.snapshot();
        let imports = imports(compiled.component.engine(), &compiled.component)
            .iter()
            .map(|import| ImportInspection {
                import: import.name.clone(),
                served: link_import(import, None, &set.libraries, &set.served)
                    .map(|target| ServedBy::from(&target)),
            })
            .collect();
        Ok(Inspection { wit, imports })
    }

    /// The loaded library `id`: its WIT (read from its file again, or from its bytes),
    /// and what serves each of its imports.
    ///
    /// # Errors
    ///
    /// [`InspectError::NotLoaded`], or as [`Hub::inspect`] when its file cannot be read.
    pub fn inspect_library(&self, id: LibraryId) -> Result<Inspection, InspectError> {
        let set = self.snapshot();
        let library = set.library(id).ok_or(InspectError::NotLoaded(id))?;
        let wit = wit_of(&library.origin)?;
        let imports = library
            .links
            .iter()
            .map(|link| ImportInspection {
                import: link.import.clone(),
                served: Ok(ServedBy::from(&link.target)),
            })
            .collect();
        Ok(Inspection { wit, imports })
    }
}

/// The WIT of the component `origin` holds: its world, then every package it uses.
fn wit_of(origin: &Origin) -> Result<String, InspectError> {
    let wit_error = |source: Box<dyn std::error::Error + Send + Sync>| InspectError::Wit {
        path: origin.path().to_owned(),
        source,
    };
    let bytes = origin.read()?;
    let (resolve, world) = match wit_component::decode(&bytes) {
        Ok(DecodedWasm::Component(resolve, world)) => (resolve, world),
        Ok(DecodedWasm::WitPackage(..)) => {
            return Err(wit_error("it is a WIT package, not a component".into()));
        }
        Err(err) => return Err(wit_error(err.into())),
    };
    let Some(package) = resolve.worlds[world].package else {
        return Err(wit_error("its world belongs to no package".into()));
    };
    let others: Vec<_> = resolve
        .packages
        .iter()
        .map(|(id, _)| id)
        .filter(|id| *id != package)
        .collect();
    let mut printer = WitPrinter::default();
    printer
        .print(&resolve, package, &others)
        .map_err(|err| wit_error(err.into()))?;
    Ok(printer.output.to_string())
}
