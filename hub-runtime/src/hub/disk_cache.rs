//! Seeing and emptying the disk cache of compiled components (see `compile_cache`).

use super::Hub;
use crate::compile_cache::{CacheUsage, DiskCacheError};

impl Hub {
    /// What the disk cache holds: its folder, entries, their size and the bound; `None`
    /// for a hub without one ([`HubOptions::disk_cache`](crate::HubOptions::disk_cache) off).
    /// The folder is shared with every hub using it, so this counts their entries too.
    ///
    /// # Errors
    ///
    /// [`DiskCacheError`] when the folder cannot be listed.
    pub fn disk_cache_usage(&self) -> Result<Option<CacheUsage>, DiskCacheError> {
        self.compile_cache.disk_usage()
    }

    /// Removes every compiled component from the disk cache (every engine's, and
    /// temporary files) and returns what the entries took; `None` for a hub without one.
    /// This hub keeps what it compiled in memory; components it has not compiled yet are
    /// compiled and written again.
    ///
    /// # Errors
    ///
    /// [`DiskCacheError`] when the folder cannot be listed or a file removed; every other
    /// file is still removed.
    pub fn clear_disk_cache(&self) -> Result<Option<CacheUsage>, DiskCacheError> {
        self.compile_cache.clear_disk()
    }
}
