//! `--watch`: when the content of a loaded library's file changes on disk, the library is
//! reloaded (with the libraries that depend on it): the edit-build-reload loop of plugin
//! development.
//!
//! The folders holding the libraries' files are watched (editors and compilers often
//! replace a file rather than write into it), and events are debounced, so one build
//! that writes a file several times is looked at once.
//!
//! A change is a change of content. The watcher reports every open and read of a file,
//! the hub's own included: reading a file to reload it once looked like a change and
//! reloaded it every 200 ms forever. So events that only read are dropped, and a file
//! that was touched is reloaded only when its SHA-256 differs from the digest its
//! library was compiled from. Each look at a file says in one line what it did: the
//! reload, or why there was none (the same bytes, bytes that already failed); a failed
//! reload, a missing file or an unreadable one is said once, not again until that
//! changes. (That line is also what tells a test the watcher has seen a write.)

use std::collections::{BTreeSet, HashMap};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use component_hub::{ContentDigest, Hub, HubStatus, LibraryId, LibraryStatus, OneLine};
use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher as _};

use crate::output::{say, warn};
use crate::session::{describe_reload, file_name};

/// How long a file must stay quiet before it is looked at.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// Watches the folders of the loaded libraries and reloads those whose content changed.
pub struct LibraryWatcher {
    watcher: RecommendedWatcher,
    folders: BTreeSet<PathBuf>,
    /// What was last said about a library's file, by library number, so it is said once.
    noted: HashMap<u32, Noted>,
}

/// A state of a library's file that was reported, for the library instance `id`.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Noted {
    id: LibraryId,
    state: FileState,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FileState {
    /// Reloading from these bytes failed.
    Failed(ContentDigest),
    /// There is no file.
    Gone,
    /// The file could not be read.
    Unreadable,
}

impl LibraryWatcher {
    /// A watcher calling `changed` with each batch of files whose content may have
    /// changed (events that only open or read a file are left out).
    ///
    /// # Errors
    ///
    /// Fails when the platform's file watching cannot start.
    pub fn new(changed: impl Fn(Vec<PathBuf>) + Send + 'static) -> notify::Result<Self> {
        let (events, received) = channel();
        let watcher = notify::recommended_watcher(events)?;
        std::thread::Builder::new()
            .name("watch".into())
            .spawn(move || debounce(&received, changed))
            .map_err(notify::Error::io)?;
        Ok(LibraryWatcher {
            watcher,
            folders: BTreeSet::new(),
            noted: HashMap::new(),
        })
    }

    /// Watches exactly the folders of the libraries in `status` (what is loaded now).
    pub fn watch(&mut self, status: &HubStatus) {
        let wanted: BTreeSet<PathBuf> = status
            .libraries
            .iter()
            .flat_map(|library| event_paths(&library.path))
            .filter_map(|file| file.parent().map(Path::to_path_buf))
            .collect();
        for gone in self.folders.difference(&wanted) {
            let _ = self.watcher.unwatch(gone);
        }
        for new in wanted.difference(&self.folders) {
            let _ = self.watcher.watch(new, RecursiveMode::NonRecursive);
        }
        self.folders = wanted;
        self.noted
            .retain(|number, _| status.libraries.iter().any(|l| l.id.number() == *number));
    }

    /// Looks at every loaded library whose file is among `paths`, in load order, and
    /// reloads those whose content changed.
    pub fn changed(&mut self, hub: &Hub, paths: &[PathBuf]) {
        let numbers: Vec<u32> = hub
            .status()
            .libraries
            .iter()
            .filter(|l| event_paths(&l.path).iter().any(|p| paths.contains(p)))
            .map(|l| l.id.number())
            .collect();
        for number in numbers {
            // Looked up again: an earlier reload in this batch may have reloaded it as a
            // dependent, under a new id.
            let status = hub.status();
            if let Some(library) = status.libraries.iter().find(|l| l.id.number() == number) {
                self.look_at(hub, library);
            }
        }
    }

    /// Reloads `library` if its file's content is neither what it was compiled from nor
    /// what already failed; says in one line what it did or why not.
    fn look_at(&mut self, hub: &Hub, library: &LibraryStatus) {
        let number = library.id.number();
        let name = format!("{} {}", library.id, file_name(&library.path));
        let noted = self
            .noted
            .get(&number)
            .filter(|n| n.id == library.id)
            .map(|n| n.state);
        let state = match std::fs::read(&library.path) {
            Err(err) if err.kind() == ErrorKind::NotFound => {
                if noted != Some(FileState::Gone) {
                    say(&format!(
                        "Not reloaded {name}: its file is gone; the library stays loaded as it is."
                    ));
                }
                Some(FileState::Gone)
            }
            Err(err) => {
                if noted != Some(FileState::Unreadable) {
                    warn(&format!(
                        "error: cannot read `{}` to see whether {name} changed: {err}",
                        library.path.display()
                    ));
                }
                Some(FileState::Unreadable)
            }
            Ok(bytes) => {
                let digest = ContentDigest::of(&bytes);
                if digest == library.digest {
                    say(&format!(
                        "Not reloaded {name}: its file was touched but holds the same bytes."
                    ));
                    None
                } else if noted == Some(FileState::Failed(digest)) {
                    say(&format!(
                        "Not reloaded {name}: its file still holds the bytes that failed to reload."
                    ));
                    noted
                } else {
                    match hub.reload(library.id) {
                        Ok(reloaded) => {
                            say(&describe_reload(hub, &reloaded));
                            None
                        }
                        Err(err) => {
                            warn(&format!("error: {}", OneLine(&err)));
                            Some(FileState::Failed(digest))
                        }
                    }
                }
            }
        };
        match state {
            Some(state) => {
                let id = library.id;
                self.noted.insert(number, Noted { id, state });
            }
            None => {
                self.noted.remove(&number);
            }
        }
    }
}

/// The paths events name a library's file by: in its folder, and, when it is a
/// symbolic link, in its target's folder. Both are found while the file is gone.
fn event_paths(file: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    if let Some(name) = file.file_name() {
        let folder = match file.parent() {
            Some(folder) if !folder.as_os_str().is_empty() => folder,
            _ => Path::new("."),
        };
        if let Ok(folder) = std::fs::canonicalize(folder) {
            paths.push(folder.join(name));
        }
    }
    if let Ok(target) = std::fs::canonicalize(file)
        && !paths.contains(&target)
    {
        paths.push(target);
    }
    paths
}

/// Whether an event may have changed a file's content: anything but opening, reading or
/// closing without writing.
fn may_change_content(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(access) => *access == AccessKind::Close(AccessMode::Write),
        _ => true,
    }
}

/// Collects the paths of events that may change content until none has come for
/// [`DEBOUNCE`], then hands them to `changed`; ends when the watcher is dropped. Other
/// events (the hub reading the files it reloads) neither count nor delay the batch.
fn debounce(events: &Receiver<notify::Result<Event>>, changed: impl Fn(Vec<PathBuf>)) {
    let mut paths = BTreeSet::new();
    let mut deadline = None;
    loop {
        let event = match deadline {
            None => events.recv().map_err(|_| RecvTimeoutError::Disconnected),
            Some(deadline) => events.recv_timeout(deadline - Instant::now().min(deadline)),
        };
        match event {
            Ok(Ok(event)) if may_change_content(&event.kind) => {
                paths.extend(event.paths);
                deadline = Some(Instant::now() + DEBOUNCE);
            }
            // Reads, and errors of the platform's watcher (nothing to reload).
            Ok(_) => {}
            Err(RecvTimeoutError::Timeout) => {
                deadline = None;
                let paths: Vec<PathBuf> = std::mem::take(&mut paths).into_iter().collect();
                if !paths.is_empty() {
                    changed(paths);
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}
