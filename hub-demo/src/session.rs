//! Runs commands against a hub, printing results on stdout and errors on stderr.

use std::path::Path;

use bytesize::ByteSize;
use component_hub::{
    Hub, LibraryId, LinkError, LoadError, LoadOptions, OneLine, RunOptions, ServedBy, UnloadError,
    Wire,
};

use crate::command::{Command, LibraryRef, WireProvider, WireSpec, help};
use crate::console::Console;
use crate::graph;
use crate::output::{say, warn};
use crate::remote::Remotes;

/// What the caller should do after a command.
#[derive(Debug, PartialEq, Eq)]
pub enum Flow {
    /// Read the next command.
    Continue,
    /// Leave.
    Quit,
}

/// Executes one command. Every failure is reported as one `error: ...` line on stderr
/// (the error and its causes); the hub is left as it was and the session goes on.
pub fn execute(console: &mut Console<'_>, command: Command) -> Flow {
    if let Err(message) = try_execute(console, command) {
        warn(&format!("error: {message}"));
    }
    Flow::Continue
}

fn try_execute(console: &mut Console<'_>, command: Command) -> Result<(), String> {
    let hub = console.hub;
    match command {
        Command::Load {
            path,
            override_wasi,
            instances,
            wires,
            wit,
        } => {
            let text = path.to_string_lossy();
            if Remotes::is_address(&text) {
                if override_wasi || instances != 1 || !wires.is_empty() {
                    return Err("a remote library takes no flags and no wires but --wit".into());
                }
                say(&console.remotes.load(hub, &text, wit.as_deref())?);
                return Ok(());
            }
            if wit.is_some() {
                return Err(
                    "--wit is for a `nats://` library; a component file has its own types".into(),
                );
            }
            check_path("load", &path)?;
            let mut options = LoadOptions::default()
                .override_wasi(override_wasi)
                .instances(instances);
            for wire in self::wires(hub, &wires)? {
                options = options.wire(wire);
            }
            hub.load_with(&path, &options).map_err(report)?;
        }
        Command::Run { path, wires } => {
            check_path("run", &path)?;
            let mut options = RunOptions::default();
            for wire in self::wires(hub, &wires)? {
                options = options.wire(wire);
            }
            hub.run_with(&path, &options).map_err(report)?;
        }
        Command::Unload {
            library,
            with_dependents,
        } => {
            if let LibraryRef::Name(address) = &library
                && Remotes::is_address(address)
            {
                say(&console.remotes.unload(hub, address)?);
                return Ok(());
            }
            let id = resolve(hub, &library)?;
            let gone = hub.unload(id, with_dependents).map_err(report)?;
            say(&format!("Unloaded {}.", gone.join(", ")));
        }
        Command::Reload(LibraryRef::Name(address)) if Remotes::is_address(&address) => {
            say(&console.remotes.reload(hub, &address)?);
        }
        Command::Reload(library) => {
            let id = resolve(hub, &library)?;
            let reloaded = hub.reload(id).map_err(report)?;
            say(&describe_reload(hub, &reloaded));
        }
        Command::Status => {
            let mut text = hub.status().to_string();
            let remotes = console.remotes.status_lines();
            if !remotes.is_empty() {
                text.push_str(&format!("\nRemote libraries ({}):\n", remotes.len()));
                text.push_str(&remotes.join("\n"));
            }
            let held = console.held_lines();
            if !held.is_empty() {
                text.push_str(&format!("\nHeld by the console ({}):\n", held.len()));
                text.push_str(&held.join("\n"));
            }
            say(&text);
        }
        Command::Purge => {
            console.forget_all();
            let count = hub.purge();
            console.remotes.unload_all(hub);
            say(&format!(
                "Purged {count} {}. All state has been reset.",
                if count == 1 { "library" } else { "libraries" }
            ));
        }
        Command::Call {
            library,
            interface,
            function,
            args,
        } => {
            let id = resolve(hub, &library)?;
            say(&console.call(id, interface.as_deref(), &function, &args)?);
        }
        Command::Inspect(target) => say(&inspect(hub, &target)?),
        Command::Drop(id) => {
            console.release(id)?;
            say(&format!("Released ${id}."));
        }
        Command::Graph(None) => say(&graph::dot(&hub.status())),
        Command::Graph(Some(path)) => {
            graph::write(&graph::dot(&hub.status()), &path)?;
            say(&format!(
                "Wrote the graph of the links to {}.",
                path.display()
            ));
        }
        Command::Cache { clear: false } => say(&match hub.disk_cache_usage().map_err(report)? {
            Some(usage) => format!(
                "Compile cache {}: {}, {} of at most {}.",
                usage.dir.display(),
                entries(usage.entries),
                ByteSize(usage.bytes),
                ByteSize(usage.max_bytes)
            ),
            None => NO_DISK_CACHE.to_owned(),
        }),
        Command::Cache { clear: true } => say(&match hub.clear_disk_cache().map_err(report)? {
            Some(removed) => format!(
                "Cleared the compile cache {}: removed {} ({}).",
                removed.dir.display(),
                entries(removed.entries),
                ByteSize(removed.bytes)
            ),
            None => NO_DISK_CACHE.to_owned(),
        }),
        Command::Help => say(&help()),
        Command::Quit | Command::Nothing => {}
    }
    Ok(())
}

/// What `cache` says of a hub started with `--no-cache`.
const NO_DISK_CACHE: &str =
    "No disk cache (--no-cache): each component is compiled once per session.";

/// `1 entry`, `3 entries`.
fn entries(n: usize) -> String {
    format!("{n} {}", if n == 1 { "entry" } else { "entries" })
}

/// `Reloaded #2 x.wasm and its dependents #3 y.wasm; their state restarts.`
pub fn describe_reload(hub: &Hub, reloaded: &[LibraryId]) -> String {
    let status = hub.status();
    let name = |id: &LibraryId| {
        status
            .libraries
            .iter()
            .find(|l| l.id == *id)
            .map(|l| format!("{id} {}", file_name(&l.path)))
            .unwrap_or_else(|| id.to_string())
    };
    let (first, dependents) = reloaded
        .split_first()
        .map_or((String::new(), &[][..]), |(f, d)| (name(f), d));
    if dependents.is_empty() {
        format!("Reloaded {first}; its state restarts.")
    } else {
        let dependents: Vec<String> = dependents.iter().map(name).collect();
        format!(
            "Reloaded {first} and its dependents {}; their state restarts.",
            dependents.join(", ")
        )
    }
}

/// A path with spaces that names no file was probably meant as several arguments.
fn check_path(command: &str, path: &Path) -> Result<(), String> {
    let spaced = path.to_string_lossy().contains(char::is_whitespace);
    if spaced && !path.exists() {
        return Err(format!(
            "`{command}` takes one path, and there is no file `{}` (a path is the rest of the line, spaces included)",
            path.display()
        ));
    }
    Ok(())
}

/// The loaded library `library` names.
fn resolve(hub: &Hub, library: &LibraryRef) -> Result<LibraryId, String> {
    let status = hub.status();
    let matches: Vec<LibraryId> = status
        .libraries
        .iter()
        .filter(|l| match library {
            LibraryRef::Number(n) => l.id.number() == *n,
            LibraryRef::Name(name) => file_name(&l.path) == *name,
        })
        .map(|l| l.id)
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => Err(format!(
            "no library {library} is loaded (`status` lists them)"
        )),
        many => Err(format!(
            "{} loaded libraries are named `{library}`: use a number ({})",
            many.len(),
            many.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// `inspect`: a loaded library (`#2`, `2`, or a loaded file name that is not a file
/// here), else a file.
fn inspect(hub: &Hub, target: &Path) -> Result<String, String> {
    let text = target.to_string_lossy();
    let number = text.strip_prefix('#').unwrap_or(&text).parse::<u32>().ok();
    let inspection = if number.is_some() || !target.exists() {
        let library = match number {
            Some(number) => LibraryRef::Number(number),
            None => LibraryRef::Name(text.into_owned()),
        };
        let id = resolve(hub, &library).map_err(|err| {
            if number.is_none() {
                format!(
                    "{} is neither a file nor a loaded library",
                    target.display()
                )
            } else {
                err
            }
        })?;
        hub.inspect_library(id)
    } else {
        hub.inspect(target)
    }
    .map_err(report)?;
    let mut out = inspection.wit.trim_end().to_owned();
    out.push_str(if inspection.imports.is_empty() {
        "\n\nImports: none"
    } else {
        "\n\nImports:"
    });
    let status = hub.status();
    let library_name = |id: LibraryId| {
        status
            .libraries
            .iter()
            .find(|l| l.id == id)
            .map(|l| format!("{id} {}", file_name(&l.path)))
            .unwrap_or_else(|| id.to_string())
    };
    for import in &inspection.imports {
        let served = match &import.served {
            Ok(ServedBy::Library { library, export }) => {
                format!("from {} (its {export})", library_name(*library))
            }
            Ok(ServedBy::Host { interface }) => format!("from the host (its {interface})"),
            Ok(ServedBy::Wasi) => "the host's WASI".to_owned(),
            Ok(ServedBy::TypesOnly) => "nothing needed: types only".to_owned(),
            Ok(_) => "served".to_owned(),
            Err(err) => format!("not served: {}", OneLine(err)),
        };
        out.push_str(&format!("\n  {}: {served}", import.import));
    }
    Ok(out)
}

fn wires(hub: &Hub, specs: &[WireSpec]) -> Result<Vec<Wire>, String> {
    specs
        .iter()
        .map(|spec| {
            let (import, export) = (spec.import.clone(), spec.export.clone());
            Ok(match &spec.provider {
                WireProvider::Host => Wire::to_host(import, export),
                WireProvider::Library(library) => Wire::new(import, resolve(hub, library)?, export),
            })
        })
        .collect()
}

/// The file name of `path`, as libraries are named in messages.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// One line for an error and its chain of causes, with what to type about it when the
/// console has a command or flag for that (the library's errors name none).
fn report(err: impl std::error::Error + 'static) -> String {
    let mut line = OneLine(&err).to_string();
    if let Some(hint) = console_hint(&err) {
        line.push_str(hint);
    }
    line
}

/// The console's advice for an error anywhere in `err`'s chain.
fn console_hint(err: &(dyn std::error::Error + 'static)) -> Option<&'static str> {
    if let Some(UnloadError::HasDependents { .. }) = find(err) {
        return Some(" (unload them first, or unload with --with-dependents)");
    }
    if let Some(LoadError::WasiExport { .. }) = find(err) {
        return Some(
            " (load it with --override-wasi to let it serve components loaded or run after it)",
        );
    }
    if let Some(LinkError::Ambiguous { .. }) = find(err) {
        return Some(" (add `with <import>=<library>/<export>` to the command)");
    }
    None
}

/// The first error of type `E` in `err`'s chain (boxed or not: a boxed source is its own
/// type to `downcast_ref`).
fn find<'a, E: std::error::Error + 'static>(
    err: &'a (dyn std::error::Error + 'static),
) -> Option<&'a E> {
    let mut next = Some(err);
    while let Some(err) = next {
        if let Some(found) = err.downcast_ref::<E>() {
            return Some(found);
        }
        if let Some(found) = err.downcast_ref::<Box<E>>() {
            return Some(found);
        }
        next = err.source();
    }
    None
}
