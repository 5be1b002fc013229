//! The disk cache's folder as a whole: what it holds, keeping it under its bound, and
//! clearing it.
//!
//! Only names of the exact shapes the cache writes are counted or removed,
//! `<64 hex>/<64 hex>.cwasm` and `<64 hex>/.<64 hex>.<pid>.<n>.tmp`, and symbolic links are
//! never followed: a folder given by mistake (`--cache-dir ~`) loses nothing else.
//!
//! Every step tolerates other processes working in the same folder: a file or folder
//! that vanishes between listing and use was removed by another hub and is skipped, and a
//! file renamed in after the listing is simply not seen this time.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{DIGEST_LEN, ENTRY_EXTENSION};

/// Age after which a temporary file is taken as left behind by a writer that died. A
/// writer renames its file within seconds (the 36 MB of a compiled componentize-py
/// plugin); an hour leaves room for a slow disk or a stopped process.
pub(super) const TEMP_MAX_AGE: Duration = Duration::from_secs(60 * 60);

/// What a disk cache holds, from [`Hub::disk_cache_usage`](crate::Hub::disk_cache_usage).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CacheUsage {
    /// The cache's folder.
    pub dir: PathBuf,
    /// Compiled components in it, for every engine setting (other wasmtime versions
    /// included).
    pub entries: usize,
    /// Their total size in bytes.
    pub bytes: u64,
    /// The bound the hub prunes the folder to ([`HubOptions::cache_max_size`]).
    ///
    /// [`HubOptions::cache_max_size`]: crate::HubOptions::cache_max_size
    pub max_bytes: u64,
}

/// Why the disk cache could not be listed, pruned or cleared.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DiskCacheError {
    /// A folder could not be listed or a file inspected.
    #[error("cannot read `{}` in the compile cache", path.display())]
    Read {
        /// The folder or file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: io::Error,
    },
    /// A file could not be removed.
    #[error("cannot remove `{}` from the compile cache", path.display())]
    Remove {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: io::Error,
    },
}

/// One file of the cache, as listed.
#[derive(Debug)]
pub(super) struct CacheFile {
    pub(super) path: PathBuf,
    pub(super) len: u64,
    /// When it was written or last read (see [`DiskEntry::load`](super::DiskEntry::load)).
    pub(super) modified: SystemTime,
}

/// Everything the cache's folder holds.
#[derive(Debug, Default)]
pub(super) struct Listing {
    pub(super) entries: Vec<CacheFile>,
    pub(super) temps: Vec<CacheFile>,
    /// The engine-key folders.
    pub(super) folders: Vec<PathBuf>,
}

/// What [`prune`] removed.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Pruned {
    pub(super) entries: usize,
    pub(super) bytes: u64,
    pub(super) temps: usize,
}

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Entry,
    Temp,
}

/// Whether `name` is an entry or a temporary file of the cache, from its name alone.
pub(super) fn kind(name: &str) -> Option<Kind> {
    if let Some(digest) = name
        .strip_suffix(ENTRY_EXTENSION)
        .and_then(|n| n.strip_suffix('.'))
    {
        return is_digest(digest).then_some(Kind::Entry);
    }
    // `.<digest>.<pid>.<n>.tmp`, as `disk::temp_name` writes it.
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (digest, rest) = rest.split_at_checked(2 * DIGEST_LEN)?;
    let (pid, n) = rest.strip_prefix('.')?.split_once('.')?;
    let decimal = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (is_digest(digest) && decimal(pid) && decimal(n)).then_some(Kind::Temp)
}

/// A digest as the cache names it: 64 lowercase hex digits.
fn is_digest(name: &str) -> bool {
    name.len() == 2 * DIGEST_LEN && name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Lists the cache in `dir`; a missing folder holds nothing.
///
/// # Errors
///
/// A folder could not be listed or a file inspected (other than vanishing).
pub(super) fn list(dir: &Path) -> Result<Listing, DiskCacheError> {
    let mut listing = Listing::default();
    let Some(folders) = read_dir(dir)? else {
        return Ok(listing);
    };
    for item in folders {
        let item = item.map_err(|source| read_error(dir, source))?;
        let is_key_folder = item.file_type().is_ok_and(|t| t.is_dir())
            && item.file_name().to_str().is_some_and(is_digest);
        if !is_key_folder {
            continue;
        }
        let folder = item.path();
        let Some(files) = read_dir(&folder)? else {
            continue;
        };
        for file in files {
            let file = file.map_err(|source| read_error(&folder, source))?;
            let Some(kind) = file.file_name().to_str().and_then(kind) else {
                continue;
            };
            let path = file.path();
            // `DirEntry::metadata` does not follow a symbolic link.
            let metadata = match file.metadata() {
                Ok(metadata) => metadata,
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(source) => return Err(read_error(&path, source)),
            };
            if !metadata.is_file() {
                continue;
            }
            let modified = metadata
                .modified()
                .map_err(|source| read_error(&path, source))?;
            let file = CacheFile {
                path,
                len: metadata.len(),
                modified,
            };
            match kind {
                Kind::Entry => listing.entries.push(file),
                Kind::Temp => listing.temps.push(file),
            }
        }
        listing.folders.push(folder);
    }
    Ok(listing)
}

/// What the cache in `dir` holds.
///
/// # Errors
///
/// As [`list`].
pub(super) fn usage(dir: &Path, max_bytes: u64) -> Result<CacheUsage, DiskCacheError> {
    let listing = list(dir)?;
    Ok(CacheUsage {
        dir: dir.to_owned(),
        entries: listing.entries.len(),
        bytes: listing.entries.iter().map(|e| e.len).sum(),
        max_bytes,
    })
}

/// Removes the temporary files older than [`TEMP_MAX_AGE`], then the least recently used
/// entries (oldest modification time first, whatever their engine key) until the entries
/// take at most `max_bytes`. `keep`, the entry just written, is never removed, even when
/// it alone is larger than the bound.
///
/// Another hub may read an entry while this one removes it: the reader already has the
/// file open or gets "not found" and compiles, both of which it handles.
///
/// # Errors
///
/// The folder could not be listed, or a file could not be removed; every other file is
/// still tried, and the error is the first one.
pub(super) fn prune(
    dir: &Path,
    max_bytes: u64,
    keep: Option<&Path>,
) -> Result<Pruned, DiskCacheError> {
    let listing = list(dir)?;
    let now = SystemTime::now();
    let mut pruned = Pruned::default();
    let mut first_error = None;
    for temp in &listing.temps {
        // A time in the future (another machine's clock) counts as new.
        let age = now.duration_since(temp.modified).unwrap_or_default();
        if age >= TEMP_MAX_AGE {
            match remove(&temp.path) {
                Ok(true) => pruned.temps += 1,
                Ok(false) => {}
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
    }
    let mut entries = listing.entries;
    let mut total: u64 = entries.iter().map(|e| e.len).sum();
    // Ties (coarse timestamps) broken by path, so every hub picks the same order.
    entries.sort_by(|a, b| (a.modified, &a.path).cmp(&(b.modified, &b.path)));
    for entry in &entries {
        if total <= max_bytes {
            break;
        }
        if Some(entry.path.as_path()) == keep {
            continue;
        }
        match remove(&entry.path) {
            Ok(removed) => {
                total -= entry.len;
                if removed {
                    pruned.entries += 1;
                    pruned.bytes += entry.len;
                }
            }
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    match first_error {
        Some(error) => Err(error),
        None => Ok(pruned),
    }
}

/// Removes every entry and temporary file from the cache in `dir`, and the engine-key
/// folders left empty; returns what the entries took. A temporary file another hub is
/// writing goes too: that hub then goes on without caching its component, with one
/// warning.
///
/// # Errors
///
/// As [`prune`].
pub(super) fn clear(dir: &Path, max_bytes: u64) -> Result<CacheUsage, DiskCacheError> {
    let listing = list(dir)?;
    let mut removed = CacheUsage {
        dir: dir.to_owned(),
        entries: 0,
        bytes: 0,
        max_bytes,
    };
    let mut first_error = None;
    for temp in &listing.temps {
        if let Err(e) = remove(&temp.path) {
            first_error.get_or_insert(e);
        }
    }
    for entry in &listing.entries {
        match remove(&entry.path) {
            Ok(true) => {
                removed.entries += 1;
                removed.bytes += entry.len;
            }
            Ok(false) => {}
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    for folder in &listing.folders {
        // Fails, harmlessly, when it holds something else or a hub just wrote into it.
        let _ = fs::remove_dir(folder);
    }
    match first_error {
        Some(error) => Err(error),
        None => Ok(removed),
    }
}

/// The items of `dir`, `None` if it does not exist (any more).
fn read_dir(dir: &Path) -> Result<Option<fs::ReadDir>, DiskCacheError> {
    match fs::read_dir(dir) {
        Ok(items) => Ok(Some(items)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(read_error(dir, source)),
    }
}

/// Removes `path`; `false` if another process removed it first.
fn remove(path: &Path) -> Result<bool, DiskCacheError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(DiskCacheError::Remove {
            path: path.to_owned(),
            source,
        }),
    }
}

fn read_error(path: &Path, source: io::Error) -> DiskCacheError {
    DiskCacheError::Read {
        path: path.to_owned(),
        source,
    }
}
