//! Reading a component (from a file, or from bytes the embedder holds), with a precise
//! error for each way it can be wrong, and compiling it through the compile cache.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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

/// Where a component's bytes come from.
#[derive(Clone, Debug)]
pub(crate) enum Origin {
    /// A file, read again by every reload.
    File(PathBuf),
    /// Bytes the embedder gave, with a display name for messages and status.
    Memory {
        /// The display name, as errors name the component.
        name: PathBuf,
        bytes: Arc<[u8]>,
    },
}

impl Origin {
    /// The file's path, or the display name of bytes.
    pub(crate) fn path(&self) -> &Path {
        match self {
            Origin::File(path) | Origin::Memory { name: path, .. } => path,
        }
    }

    /// Whether the bytes came from the embedder rather than a file.
    pub(crate) fn is_memory(&self) -> bool {
        matches!(self, Origin::Memory { .. })
    }

    pub(crate) fn read(&self) -> Result<Cow<'_, [u8]>, ComponentFileError> {
        match self {
            Origin::File(path) => {
                std::fs::read(path)
                    .map(Cow::Owned)
                    .map_err(|source| ComponentFileError::Read {
                        path: path.clone(),
                        source,
                    })
            }
            Origin::Memory { bytes, .. } => Ok(Cow::Borrowed(bytes)),
        }
    }
}

/// Reads the component from `origin` and compiles it (or takes it from `cache`, keyed by
/// content: a file and the same bytes share one entry).
///
/// # Errors
///
/// [`ComponentFileError`] says whether the file is missing, not wasm, a core module, or an
/// invalid component.
pub(crate) fn compile(
    engine: &Engine,
    cache: &CompileCache,
    origin: &Origin,
) -> Result<CompiledFile, ComponentFileError> {
    let bytes = origin.read()?;
    let path = origin.path();
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
    let (component, digest, source) = cache.component(engine, path, &bytes).map_err(|source| {
        match crate::async_use::first_async_use(&bytes) {
            Some(what) => ComponentFileError::Async {
                path: path.to_owned(),
                what,
                source,
            },
            None => ComponentFileError::Invalid {
                path: path.to_owned(),
                source,
            },
        }
    })?;
    Ok(CompiledFile {
        component,
        digest,
        source,
    })
}
