//! Changing the set of libraries in place: unloading a library (with the libraries that
//! import from it, if asked) and reloading one (with every library depending on it, all
//! or nothing).

use std::sync::Arc;

use super::{Hub, LoadedLibrary};
use crate::compile_cache::CacheSource;
use crate::component_file::CompiledFile;
use crate::error::{LoadError, ReloadError, UnloadError};
use crate::ids::LibraryId;
use crate::run_control::Stopped;
use crate::trace::HUB_TARGET;

impl Hub {
    /// Unloads library `id`: its store is dropped, the handles it held are released (their
    /// destructors run in their providers), the resources it defined are gone, and its
    /// forwarders leave the links of everything loaded or run after. With
    /// `with_dependents`, the libraries that import from it go too, last loaded first.
    /// Returns the unloaded libraries, `#n file.wasm`.
    ///
    /// # Errors
    ///
    /// [`UnloadError`] when no such library is loaded, or when others import from it and
    /// `with_dependents` is off; nothing changes then.
    pub fn unload(&self, id: LibraryId, with_dependents: bool) -> Result<Vec<String>, UnloadError> {
        let mut changes = self.changes.lock();
        let set = self.snapshot();
        let library = set.library(id).ok_or(UnloadError::NotLoaded(id))?;
        let dependents = set.dependents(id);
        if !dependents.is_empty() && !with_dependents {
            return Err(UnloadError::HasDependents {
                library: library.describe(),
                dependents: dependents
                    .iter()
                    .filter_map(|d| set.library(*d))
                    .map(|l| l.describe())
                    .collect(),
            });
        }
        let mut gone: Vec<LibraryId> = dependents;
        gone.push(id);
        let removed = self.remove_libraries(&mut changes, &set, &gone);
        drop(changes);
        for name in &removed {
            tracing::info!(target: HUB_TARGET, library = %name, "Unloaded {name}; its store is dropped");
        }
        Ok(removed)
    }

    /// Reloads library `id` from its file (or its bytes), as one step: it and every library that depends
    /// on it are instantiated again, in their original order, with fresh state (their
    /// numbers stay). Returns the reloaded libraries' new ids, `id`'s first.
    ///
    /// # Errors
    ///
    /// [`ReloadError`] when no such library is loaded, or when the new file or any
    /// dependent fails to load against it; the hub is then exactly as before.
    pub fn reload(&self, id: LibraryId) -> Result<Vec<LibraryId>, ReloadError> {
        let mut changes = self.changes.lock();
        let set = self.snapshot();
        let library = Arc::clone(set.library(id).ok_or(ReloadError::NotLoaded(id))?);
        let mut chain = vec![id];
        chain.extend(set.dependents(id));
        chain.sort_by_key(|c| set.position(*c));
        let fail = |library: &LoadedLibrary, source| ReloadError::Load {
            library: library.describe(),
            source,
        };
        let reloading = self.in_progress(
            library.options.timeout.unwrap_or(self.options.timeout),
            None,
        );
        let compiled = self
            .compile(&library.origin)
            .map_err(|e| fail(&library, e.into()))?;
        if reloading.control.cancelled() {
            let stopped = LoadError::Stopped {
                path: library.cell.path.clone(),
                stopped: Stopped::Interrupted,
            };
            return Err(fail(&library, stopped));
        }
        let mut compiled = Some(compiled);

        // Instantiate the new chain against a view where each reloaded library replaces
        // its old version as soon as it exists; the hub itself changes only at the end.
        let mut view = set.libraries.clone();
        let mut fresh: Vec<Arc<LoadedLibrary>> = Vec::new();
        for old_id in &chain {
            let position = set.position(*old_id).unwrap_or(view.len());
            let old = Arc::clone(&view[position]);
            let new_id = LibraryId {
                number: old_id.number,
                generation: old_id.generation + 1,
            };
            let component = match compiled.take().filter(|_| *old_id == id) {
                Some(compiled) => compiled,
                None => CompiledFile {
                    component: old.component.clone(),
                    digest: old.digest,
                    source: CacheSource::Memory,
                },
            };
            let earlier = view[..position].to_vec();
            // Each library's instantiation gets its own budget, from now.
            reloading.control.restart();
            match self.instantiate_library(
                &mut changes.types,
                new_id,
                &old.origin,
                component,
                old.options.clone(),
                &earlier,
                &reloading.control,
            ) {
                Ok(new) => {
                    let new = Arc::new(new);
                    view[position] = Arc::clone(&new);
                    fresh.push(new);
                }
                Err(err) => {
                    self.forget(&mut changes, &fresh, "failed to reload");
                    return Err(fail(&old, err));
                }
            }
        }
        let old: Vec<Arc<LoadedLibrary>> = chain
            .iter()
            .filter_map(|c| set.library(*c).cloned())
            .collect();
        self.publish(view);
        self.forget(&mut changes, &old, "was reloaded");
        drop(changes);
        let names: Vec<String> = fresh.iter().map(|l| l.describe()).collect();
        let (first, dependents) = names
            .split_first()
            .map_or(("", &[][..]), |(f, d)| (f.as_str(), d));
        if dependents.is_empty() {
            tracing::info!(target: HUB_TARGET, "Reloaded {first}; its state restarts");
        } else {
            tracing::info!(
                target: HUB_TARGET,
                "Reloaded {first} and the libraries depending on it ({}); their state restarts",
                dependents.join(", ")
            );
        }
        for library in &fresh {
            library.trace_links();
        }
        Ok(fresh.iter().map(|l| l.id()).collect())
    }
}
