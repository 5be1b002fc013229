//! Apps run again and again: each file is compiled once, linked once per set of loaded
//! libraries, and pre-instantiated (`InstancePre`), so a repeated run costs a fresh store
//! and an instantiation. Nothing of one run is kept for the next but code and links:
//! every run gets a new store, with new guest memory.
//!
//! A file is taken as unchanged while its size and modification time are; a changed
//! file is read again, and its content digest decides whether it must be compiled again
//! (the compile cache keeps the most recent ones in memory and the rest on disk).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use wasmtime::component::{Component, InstancePre};

use super::entry_point::EntryPoint;
use super::options::Wire;
use crate::state::HostState;

/// How many apps stay prepared: a hub running many different files keeps the most
/// recently run ones.
const CAPACITY: usize = 64;

/// An app ready to run.
pub(crate) struct PreparedApp {
    pub(crate) component: Component,
    /// How to run it, if it can be run at all.
    pub(crate) entry: Option<EntryPoint>,
    /// Linked against the libraries of `generation`; `None` once they changed.
    pub(crate) pre: Option<(u64, InstancePre<HostState>)>,
    stamp: FileStamp,
    wires: Vec<Wire>,
    last_used: u64,
}

/// What says a file did not change: its size and modification time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
}

impl FileStamp {
    /// A stamp no file has: what was prepared under it is checked again next time.
    pub(crate) const UNKNOWN: FileStamp = FileStamp {
        len: u64::MAX,
        modified: None,
    };

    /// The stamp of `path` now, or `None` when it cannot be read (the compile then says
    /// why).
    pub(crate) fn of(path: &Path) -> Option<FileStamp> {
        let metadata = std::fs::metadata(path).ok()?;
        Some(FileStamp {
            len: metadata.len(),
            modified: metadata.modified().ok(),
        })
    }
}

/// The prepared apps, by path.
#[derive(Default)]
pub(crate) struct AppCache {
    apps: HashMap<PathBuf, PreparedApp>,
    clock: u64,
}

impl AppCache {
    /// The prepared app at `path` if its file is unchanged (`stamp`) and it was prepared
    /// with the same wires.
    pub(crate) fn get(
        &mut self,
        path: &Path,
        stamp: Option<FileStamp>,
        wires: &[Wire],
    ) -> Option<&mut PreparedApp> {
        self.clock += 1;
        let clock = self.clock;
        let app = self.apps.get_mut(path)?;
        if stamp.is_none() || Some(app.stamp) != stamp || app.wires != wires {
            return None;
        }
        app.last_used = clock;
        Some(app)
    }

    /// Keeps `component` for `path`, replacing what was there; returns it.
    pub(crate) fn insert(
        &mut self,
        path: &Path,
        stamp: FileStamp,
        wires: &[Wire],
        component: Component,
        entry: Option<EntryPoint>,
    ) -> &mut PreparedApp {
        if self.apps.len() >= CAPACITY
            && !self.apps.contains_key(path)
            && let Some(oldest) = self
                .apps
                .iter()
                .min_by_key(|(_, app)| app.last_used)
                .map(|(path, _)| path.clone())
        {
            self.apps.remove(&oldest);
        }
        self.clock += 1;
        let app = PreparedApp {
            component,
            entry,
            pre: None,
            stamp,
            wires: wires.to_vec(),
            last_used: self.clock,
        };
        self.apps
            .entry(path.to_owned())
            .insert_entry(app)
            .into_mut()
    }

    /// Forgets every link: the libraries changed. The links' forwarders hold libraries,
    /// which must go when they are unloaded, not at the next run of each app.
    pub(crate) fn unlink(&mut self) {
        for app in self.apps.values_mut() {
            app.pre = None;
        }
    }

    /// How many apps are kept.
    pub(crate) fn len(&self) -> usize {
        self.apps.len()
    }
}
