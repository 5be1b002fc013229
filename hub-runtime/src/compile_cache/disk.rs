//! One entry of the disk cache: its file, its frame, and writing it safely.

use std::fmt;
use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

use sha2::{Digest as _, Sha256};
use wasmtime::Engine;
use wasmtime::component::Component;

use super::*;

/// Why a disk entry was not used.
#[derive(Debug)]
pub(super) enum EntryProblem {
    Read(io::Error),
    NotAnEntry,
    Truncated { len: usize, expected: Option<usize> },
    DigestMismatch,
    OtherComponent,
    OtherEngine,
    Refused(wasmtime::Error),
}

impl fmt::Display for EntryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Read(e) => write!(f, "cannot be read ({e})"),
            Self::NotAnEntry => f.write_str("is not a component-hub cache entry"),
            Self::Truncated {
                len,
                expected: Some(expected),
            } => write!(f, "has {len} bytes instead of {expected}"),
            Self::Truncated {
                len,
                expected: None,
            } => write!(f, "is truncated ({len} bytes)"),
            Self::DigestMismatch => f.write_str("fails its digest check (corrupt)"),
            Self::OtherComponent => f.write_str("holds the code of another component"),
            Self::OtherEngine => f.write_str("was compiled for other engine settings"),
            Self::Refused(e) => write!(f, "was refused by wasmtime ({})", OneLine(e.as_ref())),
        }
    }
}

/// Where one component's compiled code lives on disk, and what its header must say.
pub(super) struct DiskEntry {
    pub(super) path: PathBuf,
    pub(super) engine: EngineKey,
    pub(super) digest: ContentDigest,
}

impl DiskEntry {
    pub(super) fn new(dir: &Path, engine: EngineKey, digest: ContentDigest) -> Self {
        let path = dir
            .join(engine.to_string())
            .join(format!("{digest}.{ENTRY_EXTENSION}"));
        Self {
            path,
            engine,
            digest,
        }
    }

    /// The entry's component, `None` if there is no entry.
    ///
    /// # Errors
    ///
    /// Why an existing entry cannot be used.
    pub(super) fn load(&self, engine: &Engine) -> Result<Option<Component>, EntryProblem> {
        // Into memory, not mmap: the bytes checked below are the bytes wasmtime gets.
        let file = match fs::read(&self.path) {
            Ok(file) => file,
            // A missing folder, or a path under a regular file (the write reports that).
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                return Ok(None);
            }
            Err(e) => return Err(EntryProblem::Read(e)),
        };
        let payload = self.verify(&file)?;
        // SAFETY: `Component::deserialize` is sound for the unmodified output of
        // `Component::serialize` (or of any wasmtime version, which it refuses cleanly);
        // it only checks metadata, not the code. `verify` established that `payload` is
        // exactly what a hub passed to `DiskEntry::store`, i.e. `serialize`'s output for
        // this component (the content digest) and these engine settings (the engine key):
        // the SHA-256 trailer over header and payload matches, so no byte was flipped,
        // cut or appended since, and `file` is our own copy in memory, so nothing can
        // change between that check and this call. What the digest cannot rule out is a
        // deliberate forgery by someone who can write to the user's cache folder; such a
        // person can already replace the user's programs, and wasmtime's own cache makes
        // the same assumption.
        match unsafe { Component::deserialize(engine, payload) } {
            Ok(component) => {
                self.touch();
                Ok(Some(component))
            }
            Err(e) => Err(EntryProblem::Refused(e)),
        }
    }

    /// Marks the entry as just used, so pruning (least recently used first, in any
    /// process) keeps it longest. The modification time, because access times are not
    /// kept on `noatime` mounts and `relatime` updates them once a day at most. Best
    /// effort: in a folder this user may not write, the entry just ages as if unused.
    fn touch(&self) {
        let _ = fs::OpenOptions::new()
            .write(true)
            .open(&self.path)
            .and_then(|file| file.set_modified(SystemTime::now()));
    }

    /// The payload of `file` once its frame, keys and digest check out.
    pub(super) fn verify<'f>(&self, file: &'f [u8]) -> Result<&'f [u8], EntryProblem> {
        let len = file.len();
        if len < MAGIC.len() || file[..MAGIC.len()] != MAGIC {
            return if MAGIC.starts_with(&file[..len.min(MAGIC.len())]) {
                Err(EntryProblem::Truncated {
                    len,
                    expected: None,
                })
            } else {
                Err(EntryProblem::NotAnEntry)
            };
        }
        let Some((header, rest)) = file.split_at_checked(HEADER_LEN) else {
            return Err(EntryProblem::Truncated {
                len,
                expected: None,
            });
        };
        let (_magic, fields) = header.split_at(MAGIC.len());
        let (digest, fields) = fields.split_at(DIGEST_LEN);
        let (engine, payload_len) = fields.split_at(DIGEST_LEN);
        // Eight bytes by the layout above, so the conversion cannot fail.
        let payload_len = u64::from_le_bytes(
            payload_len
                .try_into()
                .map_err(|_| EntryProblem::NotAnEntry)?,
        );
        let expected = usize::try_from(payload_len)
            .ok()
            .and_then(|p| p.checked_add(HEADER_LEN + TRAILER_LEN));
        if expected != Some(len) {
            return Err(EntryProblem::Truncated { len, expected });
        }
        let (payload, trailer) = rest.split_at(rest.len() - TRAILER_LEN);
        let actual: [u8; DIGEST_LEN] = Sha256::new()
            .chain_update(header)
            .chain_update(payload)
            .finalize()
            .into();
        if actual[..] != *trailer {
            return Err(EntryProblem::DigestMismatch);
        }
        // Intact, but possibly a valid entry copied under another name.
        if *digest != self.digest.0 {
            return Err(EntryProblem::OtherComponent);
        }
        if *engine != self.engine.0 {
            return Err(EntryProblem::OtherEngine);
        }
        Ok(payload)
    }

    /// Writes `serialized` as this entry: into a temporary file in the same folder, then
    /// renamed over the entry (atomic on the same file system).
    ///
    /// # Errors
    ///
    /// Creating the folder or writing or renaming the file failed.
    pub(super) fn store(&self, serialized: &[u8]) -> io::Result<()> {
        let folder = self.path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(folder)?;
        let mut header = Vec::with_capacity(HEADER_LEN);
        header.extend_from_slice(&MAGIC);
        header.extend_from_slice(&self.digest.0);
        header.extend_from_slice(&self.engine.0);
        header.extend_from_slice(&(serialized.len() as u64).to_le_bytes());
        let trailer = Sha256::new()
            .chain_update(&header)
            .chain_update(serialized)
            .finalize();

        let (file, temp) = create_temp(folder, &self.digest)?;
        let written = write_then_rename(file, &[&header, serialized, &trailer], &temp, &self.path);
        if written.is_err() {
            let _ = fs::remove_file(&temp);
        }
        written
    }
}

/// Writes `parts` to `file` (open at `temp`), closes it and renames it to `to`.
///
/// # Errors
///
/// Writing or renaming failed; `temp` may still exist.
fn write_then_rename(
    mut file: fs::File,
    parts: &[&[u8]],
    temp: &Path,
    to: &Path,
) -> io::Result<()> {
    for part in parts {
        file.write_all(part)?;
    }
    // Closed before the rename, which some platforms refuse for open files.
    drop(file);
    fs::rename(temp, to)
}

/// The name of a temporary file: `.<digest>.<pid>.<n>.tmp`. Hidden, and never an entry's
/// name; `folder::kind` recognizes it to remove it when its writer died.
pub(super) fn temp_name(digest: &ContentDigest, pid: u32, n: u64) -> String {
    format!(".{digest}.{pid}.{n}.tmp")
}

/// A new temporary file in `folder`, with a name no other writer (thread or process) uses.
///
/// # Errors
///
/// The file could not be created.
fn create_temp(folder: &Path, digest: &ContentDigest) -> io::Result<(fs::File, PathBuf)> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let mut attempts = 0;
    loop {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let temp = folder.join(temp_name(digest, std::process::id(), n));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Ok(file) => return Ok((file, temp)),
            // Left behind by a crashed process that had the same id.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempts < 8 => attempts += 1,
            Err(e) => return Err(e),
        }
    }
}
