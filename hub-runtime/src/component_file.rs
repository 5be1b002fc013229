//! Reading a file as a component, with a precise error for each way it can be wrong.

use std::path::Path;

use wasmtime::Engine;
use wasmtime::component::Component;

use crate::error::ComponentFileError;

const WASM_MAGIC: &[u8; 4] = b"\0asm";
/// Version and layer of a core module (`01 00 00 00`); components use layer 1.
const CORE_MODULE_VERSION: [u8; 4] = [1, 0, 0, 0];

/// Reads and compiles the component at `path`.
///
/// # Errors
///
/// [`ComponentFileError`] says whether the file is missing, not wasm, a core module, or an
/// invalid component.
pub(crate) fn compile(engine: &Engine, path: &Path) -> Result<Component, ComponentFileError> {
    let bytes = std::fs::read(path).map_err(|source| ComponentFileError::Read {
        path: path.to_owned(),
        source,
    })?;
    if bytes.len() < 8 || &bytes[..4] != WASM_MAGIC {
        return Err(ComponentFileError::NotWasm {
            path: path.to_owned(),
        });
    }
    if bytes[4..8] == CORE_MODULE_VERSION {
        return Err(ComponentFileError::CoreModule {
            path: path.to_owned(),
        });
    }
    Component::new(engine, &bytes).map_err(|source| ComponentFileError::Invalid {
        path: path.to_owned(),
        source,
    })
}
