//! Where the benchmarks keep their files: the results they write for `bench-report`, and
//! throwaway folders for compile caches.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// The workspace root (the folder above `hub-bench/`).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("hub-bench sits in the workspace")
        .to_owned()
}

/// Where hub-bench writes the results that are not criterion's (`target/hub-bench/`).
pub fn results_dir() -> PathBuf {
    workspace().join("target").join("hub-bench")
}

/// A new empty folder under the system's temporary folder, removed with everything in it
/// when dropped.
pub struct ScratchDir(PathBuf);

impl ScratchDir {
    /// A new empty folder whose name says which process made it and for what.
    ///
    /// # Errors
    ///
    /// Fails when the folder cannot be made.
    pub fn new(label: &str) -> std::io::Result<Self> {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("hub-bench-{}-{label}-{n}", std::process::id()));
        // Left over by an earlier process with the same id that was killed.
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path)?;
        Ok(ScratchDir(path))
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
