//! `--watch`: when the file of a loaded library changes on disk, the library is reloaded
//! (with the libraries that depend on it): the edit-build-reload loop of plugin
//! development.
//!
//! The folders holding the libraries' files are watched (editors and compilers often
//! replace a file rather than write into it), and events are debounced, so one build
//! that writes a file several times reloads it once.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use notify::RecursiveMode;
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

/// How long a file must stay quiet before it is reloaded.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// Watches the folders of the loaded libraries and sends the changed paths.
pub struct LibraryWatcher {
    debouncer: Debouncer<notify::RecommendedWatcher>,
    folders: BTreeSet<PathBuf>,
}

impl LibraryWatcher {
    /// A watcher calling `changed` with each batch of changed files.
    ///
    /// # Errors
    ///
    /// Fails when the platform's file watching cannot start.
    pub fn new(changed: impl Fn(Vec<PathBuf>) + Send + 'static) -> notify::Result<Self> {
        let debouncer = new_debouncer(DEBOUNCE, move |events: DebounceEventResult| {
            if let Ok(events) = events {
                let paths: Vec<PathBuf> = events.into_iter().map(|e| e.path).collect();
                if !paths.is_empty() {
                    changed(paths);
                }
            }
        })?;
        Ok(LibraryWatcher {
            debouncer,
            folders: BTreeSet::new(),
        })
    }

    /// Watches exactly the folders of `files` (what is loaded now).
    pub fn watch<'a>(&mut self, files: impl IntoIterator<Item = &'a Path>) {
        let wanted: BTreeSet<PathBuf> = files
            .into_iter()
            .filter_map(|file| std::fs::canonicalize(file).ok())
            .filter_map(|file| file.parent().map(Path::to_path_buf))
            .collect();
        for gone in self.folders.difference(&wanted) {
            let _ = self.debouncer.watcher().unwatch(gone);
        }
        for new in wanted.difference(&self.folders) {
            let _ = self
                .debouncer
                .watcher()
                .watch(new, RecursiveMode::NonRecursive);
        }
        self.folders = wanted;
    }
}
