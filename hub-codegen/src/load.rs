//! Finding and resolving every WIT package under a folder.

use std::path::{Path, PathBuf};

use wit_parser::{Resolve, UnresolvedPackageGroup};

/// Why a WIT folder could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum WitError {
    /// A folder, one of its entries, or a WIT file could not be read (missing,
    /// unreadable, not UTF-8). The OS error stays the source, for the caller to render.
    #[error("cannot read `{}`", path.display())]
    Read {
        /// The folder or file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A package does not parse: wit-parser's message, rendered with file, line, column
    /// and the offending source line.
    #[error("{0}")]
    Parse(String),
    /// The packages do not resolve together (a missing dependency, a cycle, a duplicate),
    /// rendered by wit-parser with file and line.
    #[error("{0}")]
    Resolve(String),
    /// The folder holds no WIT package.
    #[error("no WIT package found under `{0}`")]
    Empty(PathBuf),
}

/// Every WIT package under a folder, resolved together.
pub struct WitSet {
    pub(crate) resolve: Resolve,
    files: Vec<PathBuf>,
}

impl WitSet {
    /// Loads every package under `dir`: each `*.wit` file and each folder directly in
    /// `dir` is one package, and so is each entry of `dir/deps/`. Packages may depend on
    /// each other in any order.
    ///
    /// # Errors
    ///
    /// [`WitError::Read`] with the OS error for a folder or file that cannot be read, and
    /// the parser's message (file, line and column) for bad WIT.
    pub fn load(dir: &Path) -> Result<WitSet, WitError> {
        let mut units = package_paths(dir)?;
        let deps = dir.join("deps");
        if deps.is_dir() {
            units.extend(package_paths(&deps)?);
        }
        let mut groups = Vec::new();
        let mut files = Vec::new();
        for unit in &units {
            // Read here rather than with wit-parser's `push_file`/`push_dir`, whose
            // errors are `anyhow` strings: a file that cannot be read keeps its OS error.
            let sources = if unit.is_dir() {
                wit_files(unit)?
            } else {
                vec![unit.clone()]
            };
            let mut map = wit_parser::SourceMap::default();
            for path in sources {
                let contents = std::fs::read_to_string(&path).map_err(|source| WitError::Read {
                    path: path.clone(),
                    source,
                })?;
                map.push(&path, contents);
                files.push(path);
            }
            let group: UnresolvedPackageGroup = map
                .parse()
                .map_err(|(map, e)| WitError::Parse(e.render(&map)))?;
            groups.push(group);
        }
        let mut groups = groups.into_iter();
        let main = groups
            .next()
            .ok_or_else(|| WitError::Empty(dir.to_owned()))?;
        let mut resolve = Resolve::default();
        resolve
            .push_groups(main, groups.collect())
            .map_err(|e| WitError::Resolve(e.render(&resolve.source_map)))?;
        files.sort();
        Ok(WitSet { resolve, files })
    }

    /// Every WIT file read, for `rerun-if-changed` and `include_bytes!` tracking.
    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }

    /// Full names (`ns:pkg/iface@version`) of every interface in the set.
    pub fn interface_names(&self) -> Vec<String> {
        self.resolve
            .interfaces
            .iter()
            .filter_map(|(id, _)| self.resolve.id_of(id))
            .collect()
    }
}

/// Whether `path` is a WIT file to read: a `*.wit` that is a file (through links). A
/// dangling link is not one: editors leave them as lock files (emacs' `.#name.wit`).
fn is_wit_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "wit") && path.is_file()
}

/// The `*.wit` files directly in the folder package `dir`, sorted: sub-folders are not
/// part of the package (as in wit-parser's `push_dir`).
fn wit_files(dir: &Path) -> Result<Vec<PathBuf>, WitError> {
    Ok(entries(dir)?
        .into_iter()
        .filter(|p| is_wit_file(p))
        .collect())
}

/// The package files and folders directly in `dir` (not `deps/`), sorted.
fn package_paths(dir: &Path) -> Result<Vec<PathBuf>, WitError> {
    let is_package_dir =
        |path: &Path| path.is_dir() && path.file_name().is_some_and(|n| n != "deps");
    Ok(entries(dir)?
        .into_iter()
        .filter(|p| is_wit_file(p) || is_package_dir(p))
        .collect())
}

/// Every entry of the folder `dir`, sorted.
fn entries(dir: &Path) -> Result<Vec<PathBuf>, WitError> {
    let read_error = |source: std::io::Error| WitError::Read {
        path: dir.to_owned(),
        source,
    };
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_error)? {
        paths.push(entry.map_err(read_error)?.path());
    }
    paths.sort();
    Ok(paths)
}
