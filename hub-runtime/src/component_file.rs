//! Reading a file as a component, with a precise error for each way it can be wrong, and
//! compiling it through the compile cache.

use std::path::Path;

use wasmtime::Engine;
use wasmtime::component::Component;

use crate::compile_cache::{CacheSource, CompileCache, ContentDigest};
use crate::error::ComponentFileError;

const WASM_MAGIC: &[u8; 4] = b"\0asm";
/// Version and layer of a core module (`01 00 00 00`); components use layer 1.
const CORE_MODULE_VERSION: [u8; 4] = [1, 0, 0, 0];

/// A compiled component and where it came from.
pub(crate) struct CompiledFile {
    pub(crate) component: Component,
    pub(crate) digest: ContentDigest,
    pub(crate) source: CacheSource,
}

/// Reads the component at `path` and compiles it (or takes it from `cache`).
///
/// # Errors
///
/// [`ComponentFileError`] says whether the file is missing, not wasm, a core module, or an
/// invalid component.
pub(crate) fn compile(
    engine: &Engine,
    cache: &CompileCache,
    path: &Path,
) -> Result<CompiledFile, ComponentFileError> {
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
    let (component, digest, source) =
        cache
            .component(engine, path, &bytes)
            .map_err(|source| ComponentFileError::Invalid {
                path: path.to_owned(),
                source,
            })?;
    Ok(CompiledFile {
        component,
        digest,
        source,
    })
}
