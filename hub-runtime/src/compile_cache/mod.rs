//! The compiled-component cache: each component is compiled with Cranelift once per
//! machine, and loaded at most once per hub.
//!
//! Two levels. In memory, a map from content digest to [`Component`] (cheap to clone)
//! keeps a hub from compiling or reading the same bytes twice (each hub has its own
//! engine, and a component belongs to the engine that compiled it); it keeps the 64
//! most recently used components, so reloading an edited file many times stays bounded.
//! On disk, a folder the hub owns keeps what [`Component::serialize`] produced, so a
//! second process loading the same file skips Cranelift.
//!
//! # Why our own folder and not wasmtime's `cache` feature
//!
//! Checked in wasmtime 48.0.8's source:
//!
//! - Its cache (`Config::cache`, `config.rs:1687`) needs the `cache` cargo feature
//!   (`Cargo.toml:55`, which pulls in `wasmtime-cache` with zstd and its own worker
//!   thread): turning it on changes wasmtime's feature set and rebuilds it for everybody.
//! - On a hit it hands the decompressed file to `load_code_bytes(..).ok()?`
//!   (`compile/runtime.rs:79`) and on failure silently recompiles. Nothing checks that the
//!   file's code is the code that was written: the entry carries no digest of itself.
//! - The caller cannot tell a hit from a miss, and problems go to the `log` crate, so
//!   the hub could neither report `Disk` versus `Compiled` nor emit its `[HOST]` line.
//!
//! What [`Component::deserialize`] checks (`runtime/component/component.rs:229`, through
//! `Engine::load_code` at `engine.rs:939` and `serialization::check_compatible` at
//! `engine/serialization.rs:49`): that the bytes are a wasmtime ELF image of a
//! *component*, made by the same wasmtime version, for this target, with compatible
//! Cranelift flags, tunables and wasm features. It checks the metadata, never the code
//! (with this module's digest check disabled, an entry with a byte flipped in the middle
//! deserializes without complaint):
//! `Module::deserialize`'s contract (`runtime/module.rs:372`) is that only the unmodified
//! output of `serialize` may be passed, and that output of *other* wasmtime versions is
//! refused safely. So the cache has to guarantee "unmodified" itself, and it does:
//!
//! - Entries live in `<dir>/<engine key>/<content digest>.cwasm`. The engine key is a
//!   SHA-256 of [`Engine::precompile_compatibility_hash`] (`engine.rs:868`, which hashes the
//!   target, Cranelift flags, tunables, features and wasmtime version:
//!   `compile/code_builder.rs:846`) and of this file format's version, so engines with
//!   different settings never share a folder. The content digest is the SHA-256 of the
//!   component's bytes.
//! - Each entry is framed: a header (magic, content digest, engine key, payload length),
//!   the payload from [`Component::serialize`], and a SHA-256 of everything before it.
//!   The whole file is read into memory (no mmap, so nobody can change it between the
//!   check and the use), and the frame, both keys and the digest are checked before the
//!   payload goes to wasmtime. A corrupt, truncated or foreign file, or one that wasmtime
//!   refuses, gives one warning event on [`HUB_TARGET`] and is compiled and rewritten.
//! - Writers write a temporary file next to the entry and rename it over the entry, so a
//!   reader sees a whole old file or a whole new one, and concurrent hubs writing the same
//!   entry (with the same content) cannot interleave. No fsync: a file torn by a crash
//!   fails its digest and is rewritten.
//! - Failing to write (read-only folder, full disk) never fails a load: one warning, and
//!   the component is used without being cached.
//!
//! SHA-256 comes from `sha2`, which cranelift already builds (with the same features).
//!
//! # Bounded, least recently used first
//!
//! The folder is kept under a size ([`DEFAULT_MAX_SIZE`] unless
//! [`HubOptions::cache_max_size`](crate::HubOptions::cache_max_size) says otherwise),
//! counting every entry in it, those of other engine keys (older wasmtime versions or
//! settings) included:
//!
//! - "Used" is the entry's modification time: set when it is written, and set again on
//!   every hit from disk, so every process sharing the folder sees the same order.
//!   (Access times are not: `noatime` mounts never update them and `relatime` does so once
//!   a day at most.) A hit from memory does not touch the file.
//! - The folder is pruned after each entry is written and when a hub starts (so a lowered
//!   bound holds at once): least recently used entries go first, until the entries fit,
//!   but never the entry just written, even when it alone exceeds the bound. Entries of
//!   engines nobody uses any more are never hit, so they are the first to go.
//! - Temporary files older than an hour are removed by the same pruning: a writer
//!   renames its file within seconds, so an hour-old one was left by a process that died.
//!   Age, not "is its pid alive", because pids are reused, and a hub in another container
//!   or on another machine sharing the folder has pids this one cannot check.
//! - No lock: hubs pruning, reading and writing the same folder at once stay correct. A
//!   file that vanishes under a pruner was removed by another and is skipped; an entry
//!   renamed in after the listing is not seen by that round; an entry removed while a hub
//!   reads it is either read whole or not found (and compiled). The worst a race does is
//!   remove an entry another hub has just hit, or one entry more than needed (two pruners
//!   that listed the folder a write apart); it is compiled again when next needed.
//! - Only files named as the cache names them are counted or removed, and symbolic links
//!   are never followed, so a cache folder given by mistake loses nothing else.
//!
//! [`Hub::disk_cache_usage`](crate::Hub::disk_cache_usage) and
//! [`Hub::clear_disk_cache`](crate::Hub::clear_disk_cache) show and empty the folder.
//! Clearing leaves the memory level alone: a hub goes on using what it compiled, and
//! compiles (and writes) anything else again.

use std::fmt;
use std::fs;
use std::hash::Hash;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytesize::ByteSize;
use parking_lot::Mutex;
use sha2::{Digest as _, Sha256};
use wasmtime::Engine;
use wasmtime::component::Component;

mod disk;
mod folder;
mod lru;
#[cfg(test)]
mod tests;

use disk::DiskEntry;
pub use folder::{CacheUsage, DiskCacheError};
use lru::Lru;

use crate::error::OneLine;
use crate::trace::HUB_TARGET;

/// How many compiled components the in-memory map keeps. A hub that reloads an edited
/// library many times would otherwise keep every version's code alive.
const MEMORY_CAPACITY: usize = 64;

/// The disk cache's default bound, 1 GiB: about 28 compiled componentize-py plugins
/// (36 MB each), or thousands of small Rust ones, enough for several edit-and-rebuild
/// rounds of a set of Python plugins. wasmtime's own cache defaults to 512 MiB, but of
/// zstd-compressed files; these are not compressed.
pub(crate) const DEFAULT_MAX_SIZE: u64 = 1 << 30;

/// The version of the on-disk format; part of the engine key, so a new format gets a new
/// folder instead of warnings about old entries.
const FORMAT_VERSION: u32 = 1;
/// First bytes of every entry.
const MAGIC: [u8; 8] = *b"chub-cc1";
const DIGEST_LEN: usize = 32;
/// Magic, content digest, engine key, payload length (u64, little endian).
const HEADER_LEN: usize = MAGIC.len() + DIGEST_LEN + DIGEST_LEN + 8;
/// SHA-256 of the header and the payload.
const TRAILER_LEN: usize = DIGEST_LEN;
const ENTRY_EXTENSION: &str = "cwasm";

/// Where a compiled component came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CacheSource {
    /// This hub had already compiled or loaded the same bytes.
    Memory,
    /// Read from the disk cache, written by this or an earlier process.
    Disk,
    /// Compiled with Cranelift now.
    Compiled,
}

impl fmt::Display for CacheSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CacheSource::Memory => "compiled earlier by this hub",
            CacheSource::Disk => "from the disk cache",
            CacheSource::Compiled => "compiled",
        })
    }
}

/// A component's content digest: the SHA-256 of its bytes, what compiled code is keyed
/// by. Public so that a caller can tell whether a file still holds the bytes a library
/// was compiled from ([`LibraryStatus::digest`](crate::LibraryStatus::digest)); it
/// displays as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContentDigest([u8; DIGEST_LEN]);

impl ContentDigest {
    /// The digest of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        Self(Sha256::digest(bytes).into())
    }
}

impl fmt::Display for ContentDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_hex(f, &self.0)
    }
}

impl fmt::Debug for ContentDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ContentDigest({self})")
    }
}

/// Identifies the engine settings compiled code is valid for (see the module docs).
#[derive(Clone, Copy, PartialEq, Eq)]
struct EngineKey([u8; DIGEST_LEN]);

impl EngineKey {
    fn of(engine: &Engine) -> Self {
        /// Feeds `Hash` output into SHA-256: a digest that is the same in every process,
        /// unlike `DefaultHasher`, whose algorithm may change between Rust releases.
        struct Sha256Hasher(Sha256);
        impl std::hash::Hasher for Sha256Hasher {
            fn write(&mut self, bytes: &[u8]) {
                self.0.update(bytes);
            }
            fn finish(&self) -> u64 {
                let digest: [u8; DIGEST_LEN] = self.0.clone().finalize().into();
                let mut first = [0; 8];
                first.copy_from_slice(&digest[..8]);
                u64::from_le_bytes(first)
            }
        }
        let mut hasher = Sha256Hasher(Sha256::new());
        FORMAT_VERSION.hash(&mut hasher);
        engine.precompile_compatibility_hash().hash(&mut hasher);
        Self(hasher.0.finalize().into())
    }
}

impl fmt::Display for EngineKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_hex(f, &self.0)
    }
}

fn write_hex(f: &mut fmt::Formatter<'_>, bytes: &[u8]) -> fmt::Result {
    bytes.iter().try_for_each(|b| write!(f, "{b:02x}"))
}

/// One component's compiled code, shared by every caller asking for the same bytes. The
/// lock is held while compiling, so concurrent callers wait for one compilation instead
/// of each running their own.
type Slot = Arc<Mutex<Option<Component>>>;

/// Compiled components, in memory and (optionally) on disk. See the module docs.
pub(crate) struct CompileCache {
    /// The disk cache's folder; `None` keeps the cache in memory only.
    dir: Option<PathBuf>,
    /// The bound the disk folder is pruned to, in bytes.
    max_disk_size: u64,
    memory: Mutex<Lru<ContentDigest, Slot>>,
}

impl CompileCache {
    /// `dir: None` disables the disk cache (the memory cache stays). The folder is created
    /// when the first entry is written.
    pub(crate) fn new(dir: Option<PathBuf>) -> Self {
        Self::with_capacity(dir, MEMORY_CAPACITY)
    }

    /// Like [`CompileCache::new`], keeping at most `capacity` (at least 1) components in
    /// memory.
    pub(crate) fn with_capacity(dir: Option<PathBuf>, capacity: usize) -> Self {
        Self {
            dir,
            max_disk_size: DEFAULT_MAX_SIZE,
            memory: Mutex::new(Lru::new(capacity)),
        }
    }

    /// Bounds the disk folder to `bytes` (see the module docs) instead of
    /// [`DEFAULT_MAX_SIZE`].
    #[must_use]
    pub(crate) fn max_disk_size(mut self, bytes: u64) -> Self {
        self.max_disk_size = bytes;
        self
    }

    /// Prunes the disk folder to its bound now (a hub does so when it starts). Problems
    /// are warning events, as for writes.
    pub(crate) fn prune_disk(&self) {
        if let Some(dir) = &self.dir {
            self.prune(dir, None);
        }
    }

    /// What the disk folder holds; `None` without a disk cache.
    ///
    /// # Errors
    ///
    /// The folder could not be listed.
    pub(crate) fn disk_usage(&self) -> Result<Option<CacheUsage>, DiskCacheError> {
        self.dir
            .as_deref()
            .map(|dir| folder::usage(dir, self.max_disk_size))
            .transpose()
    }

    /// Empties the disk folder and returns what it held; `None` without a disk cache.
    /// The memory level stays.
    ///
    /// # Errors
    ///
    /// The folder could not be listed or a file removed (every other file is still
    /// removed).
    pub(crate) fn clear_disk(&self) -> Result<Option<CacheUsage>, DiskCacheError> {
        self.dir
            .as_deref()
            .map(|dir| folder::clear(dir, self.max_disk_size))
            .transpose()
    }

    /// The platform default folder (`<cache dir>/component-hub`, e.g.
    /// `~/.cache/component-hub` on Linux), if the platform has one.
    pub(crate) fn default_dir() -> Option<PathBuf> {
        dirs::cache_dir().map(|dir| dir.join("component-hub"))
    }

    /// The compiled component for `bytes`, from memory, from disk, or compiled now (and
    /// then written to disk).
    ///
    /// The caller has already checked that `bytes` (read from `path`) are a component;
    /// `path` only names it in events. A bad disk entry or a failed write is reported as a
    /// warning event on [`HUB_TARGET`], never as an error.
    ///
    /// # Errors
    ///
    /// Wasmtime's compile error, when the bytes are not a valid component for `engine`.
    pub(crate) fn component(
        &self,
        engine: &Engine,
        path: &Path,
        bytes: &[u8],
    ) -> wasmtime::Result<(Component, ContentDigest, CacheSource)> {
        let digest = ContentDigest::of(bytes);
        let slot = Arc::clone(self.memory.lock().get_or_insert_with(digest, Slot::default));
        let mut held = slot.lock();
        // A component belongs to the engine that made it; one from another engine (a
        // second hub sharing this cache) cannot be used here.
        if let Some(component) = held.as_ref()
            && Engine::same(component.engine(), engine)
        {
            return Ok((component.clone(), digest, CacheSource::Memory));
        }
        match self.load_or_compile(engine, path, bytes, digest) {
            Ok((component, source)) => {
                *held = Some(component.clone());
                Ok((component, digest, source))
            }
            Err(error) => {
                drop(held);
                // Forget the empty slot, unless another caller is already retrying in it.
                self.memory.lock().remove_if(&digest, |s| {
                    Arc::ptr_eq(s, &slot) && s.try_lock().is_some_and(|held| held.is_none())
                });
                Err(error)
            }
        }
    }

    /// Entries in the in-memory map (at most the capacity).
    pub(crate) fn memory_len(&self) -> usize {
        self.memory.lock().len()
    }

    fn load_or_compile(
        &self,
        engine: &Engine,
        path: &Path,
        bytes: &[u8],
        digest: ContentDigest,
    ) -> wasmtime::Result<(Component, CacheSource)> {
        let Some(dir) = &self.dir else {
            return Ok((
                Component::from_binary(engine, bytes)?,
                CacheSource::Compiled,
            ));
        };
        let entry = DiskEntry::new(dir, EngineKey::of(engine), digest);
        let bad_entry = match entry.load(engine) {
            Ok(Some(component)) => return Ok((component, CacheSource::Disk)),
            Ok(None) => false,
            Err(problem) => {
                tracing::warn!(
                    target: HUB_TARGET,
                    component = %path.display(),
                    entry = %entry.path.display(),
                    "Ignoring the cached compilation of {}: {} {problem}; recompiling",
                    path.display(),
                    entry.path.display(),
                );
                true
            }
        };
        let component = Component::from_binary(engine, bytes)?;
        let stored = component
            .serialize()
            .map_err(|e| OneLine(e.as_ref()).to_string())
            .and_then(|serialized| entry.store(&serialized).map_err(|e| e.to_string()));
        if stored.is_ok() {
            self.prune(dir, Some(&entry.path));
        }
        if let Err(reason) = stored {
            tracing::warn!(
                target: HUB_TARGET,
                component = %path.display(),
                entry = %entry.path.display(),
                "Could not cache the compilation of {} in {}: {reason}; going on without it",
                path.display(),
                entry.path.display(),
            );
            if bad_entry {
                // Best effort, so the next process does not trip over it again. It may be
                // unremovable for the same reason the new entry could not be written.
                let _ = fs::remove_file(&entry.path);
            }
        }
        Ok((component, CacheSource::Compiled))
    }
}

impl CompileCache {
    /// [`folder::prune`], reported as events: what it removed (a `[HOST]` line, since it
    /// explains why a later load compiles again) and why it failed.
    fn prune(&self, dir: &Path, keep: Option<&Path>) {
        match folder::prune(dir, self.max_disk_size, keep) {
            Ok(pruned) => {
                let plural = |n: usize| if n == 1 { "" } else { "s" };
                if pruned.entries > 0 {
                    tracing::info!(
                        target: HUB_TARGET,
                        cache = %dir.display(),
                        entries = pruned.entries,
                        bytes = pruned.bytes,
                        "Pruned the compile cache in {} to stay under {}: removed {} least recently used compiled component{} ({})",
                        dir.display(),
                        ByteSize(self.max_disk_size),
                        pruned.entries,
                        plural(pruned.entries),
                        ByteSize(pruned.bytes),
                    );
                }
                if pruned.temps > 0 {
                    tracing::info!(
                        target: HUB_TARGET,
                        cache = %dir.display(),
                        files = pruned.temps,
                        "Removed {} temporary file{} that stopped writers left in the compile cache in {}",
                        pruned.temps,
                        plural(pruned.temps),
                        dir.display(),
                    );
                }
            }
            Err(error) => tracing::warn!(
                target: HUB_TARGET,
                cache = %dir.display(),
                "Could not prune the compile cache in {}: {}",
                dir.display(),
                OneLine(&error),
            ),
        }
    }
}
