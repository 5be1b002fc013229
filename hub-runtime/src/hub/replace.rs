//! Changing the set of libraries in place: unloading a library (with the libraries that
//! import from it, if asked) and reloading one (with every library depending on it, all
//! or nothing).

use std::sync::Arc;

use super::{Hub, LoadedLibrary};
use crate::compile_cache::CacheSource;
use crate::component_file::{self, CompiledFile};
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
    pub fn unload(
        &mut self,
        id: LibraryId,
        with_dependents: bool,
    ) -> Result<Vec<String>, UnloadError> {
        let library = self.library(id).ok_or(UnloadError::NotLoaded(id))?;
        let dependents = self.dependents(id);
        if !dependents.is_empty() && !with_dependents {
            return Err(UnloadError::HasDependents {
                library: library.describe(),
                dependents: dependents
                    .iter()
                    .filter_map(|d| self.library(*d))
                    .map(|l| l.describe())
                    .collect(),
            });
        }
        let mut gone: Vec<LibraryId> = dependents;
        gone.push(id);
        let removed = self.remove_libraries(&gone);
        for name in &removed {
            tracing::info!(target: HUB_TARGET, library = %name, "Unloaded {name}; its store is dropped");
        }
        Ok(removed)
    }

    /// Reloads library `id` from its file, as one step: it and every library that depends
    /// on it are instantiated again, in their original order, with fresh state (their
    /// numbers stay). Returns the reloaded libraries' new ids, `id`'s first.
    ///
    /// # Errors
    ///
    /// [`ReloadError`] when no such library is loaded, or when the new file or any
    /// dependent fails to load against it; the hub is then exactly as before.
    pub fn reload(&mut self, id: LibraryId) -> Result<Vec<LibraryId>, ReloadError> {
        let library = self.library(id).ok_or(ReloadError::NotLoaded(id))?;
        let mut chain = vec![id];
        chain.extend(self.dependents(id));
        chain.sort_by_key(|c| self.position(*c));
        let fail = |library: &LoadedLibrary, source| ReloadError::Load {
            library: library.describe(),
            source,
        };
        let (compiled, interrupted) = self.while_preparing(|| {
            component_file::compile(&self.engine, &self.compile_cache, &library.cell.path)
        });
        let compiled = compiled.map_err(|e| fail(&library, e.into()))?;
        if interrupted {
            let stopped = LoadError::Stopped {
                path: library.cell.path.clone(),
                stopped: Stopped::Interrupted,
            };
            return Err(fail(&library, stopped));
        }
        let mut compiled = Some(compiled);

        // Instantiate the new chain against a view where each reloaded library replaces
        // its old version as soon as it exists; the hub itself changes only at the end.
        let mut view = self.libraries.clone();
        let mut fresh: Vec<Arc<LoadedLibrary>> = Vec::new();
        for old_id in &chain {
            let position = self.position(*old_id).unwrap_or(view.len());
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
            match self.instantiate_library(
                new_id,
                &old.cell.path,
                component,
                old.options.clone(),
                &earlier,
            ) {
                Ok(new) => {
                    let new = Arc::new(new);
                    view[position] = Arc::clone(&new);
                    fresh.push(new);
                }
                Err(err) => {
                    self.forget(&fresh, "failed to reload");
                    return Err(fail(&old, err));
                }
            }
        }
        let old: Vec<Arc<LoadedLibrary>> = chain.iter().filter_map(|c| self.library(*c)).collect();
        self.libraries = view;
        self.forget(&old, "was reloaded");
        self.libraries_changed();
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

    /// The libraries linked to `id`, directly or through others, in load order.
    fn dependents(&self, id: LibraryId) -> Vec<LibraryId> {
        let mut found: Vec<LibraryId> = Vec::new();
        for library in &self.libraries {
            let depends = library.links.iter().any(|link| {
                link.target
                    .library()
                    .is_some_and(|target| target == id || found.contains(&target))
            });
            if depends {
                found.push(library.id());
            }
        }
        found
    }
}
