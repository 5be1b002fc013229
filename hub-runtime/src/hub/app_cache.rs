//! Apps run again and again: each file is compiled once, linked once per set of loaded
//! libraries, and pre-instantiated (`InstancePre`), so a repeated run costs a fresh store
//! and an instantiation. Nothing of one run is kept for the next but code and links:
//! every run gets a new store, with new guest memory.
//!
//! A file is taken as unchanged while its size and modification time are; a changed
//! file is read again, and its content digest decides whether it must be compiled again
//! (the compile cache keeps the most recent ones in memory and the rest on disk). Bytes
//! from the embedder are kept by name, and are unchanged while they are the same bytes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use wasmtime::component::{Component, InstancePre};

use super::entry_point::EntryPoint;
use super::options::Wire;
use crate::component_file::Origin;
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

/// What says a component did not change: a file's size and modification time, or the
/// very bytes the embedder gave (held, so their address cannot be reused).
#[derive(Clone, Debug)]
pub(crate) enum FileStamp {
    File {
        len: u64,
        modified: Option<SystemTime>,
    },
    Memory(Arc<[u8]>),
    /// A stamp nothing has: what was prepared under it is checked again next time.
    Unknown,
}

impl PartialEq for FileStamp {
    fn eq(&self, other: &FileStamp) -> bool {
        match (self, other) {
            (
                FileStamp::File { len, modified },
                FileStamp::File {
                    len: other_len,
                    modified: other_modified,
                },
            ) => len == other_len && modified == other_modified,
            (FileStamp::Memory(bytes), FileStamp::Memory(other)) => Arc::ptr_eq(bytes, other),
            _ => false,
        }
    }
}

impl FileStamp {
    /// The stamp of `origin` now, or `None` when its file cannot be read (the compile
    /// then says why).
    pub(crate) fn of(origin: &Origin) -> Option<FileStamp> {
        match origin {
            Origin::File(path) => {
                let metadata = std::fs::metadata(path).ok()?;
                Some(FileStamp::File {
                    len: metadata.len(),
                    modified: metadata.modified().ok(),
                })
            }
            Origin::Memory { bytes, .. } => Some(FileStamp::Memory(Arc::clone(bytes))),
        }
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
        if stamp.is_none_or(|stamp| app.stamp != stamp) || app.wires != wires {
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

    /// Keeps `pre`, linked against the libraries of `generation`, for the app at `path`
    /// prepared with `wires`, if it is still kept.
    pub(crate) fn link(
        &mut self,
        path: &Path,
        wires: &[Wire],
        generation: u64,
        pre: InstancePre<HostState>,
    ) {
        if let Some(app) = self.apps.get_mut(path).filter(|app| app.wires == wires) {
            app.pre = Some((generation, pre));
        }
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
