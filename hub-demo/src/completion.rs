//! Tab completion at the console's prompt (rustyline's `Completer`): command words, the
//! flags of the command being typed, file paths where a command takes a file (quoted
//! paths too: rustyline's filename completer), loaded libraries (numbers and file names)
//! where it takes a library, and interface names and `<library>/` in a `with` clause.

use std::sync::{Arc, Mutex};

use component_hub::{HubStatus, LinkProvider};
use rustyline::completion::{Completer, FilenameCompleter, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

use crate::command::COMMANDS;

/// What completion offers of the hub's state, refreshed after every command (the hub
/// runs on its own thread; the prompt reads this copy).
#[derive(Default)]
pub struct Known {
    /// `#n` and the file name of each loaded library.
    libraries: Vec<(u32, String)>,
    /// Every interface a loaded library exports or imports, and the host's.
    interfaces: Vec<String>,
    /// What `call` can call: the library's number and `interface#function(` (or
    /// `function(` at the top level).
    callable: Vec<(u32, String)>,
}

impl Known {
    /// What `status` says there is.
    pub fn of(status: &HubStatus) -> Known {
        let mut interfaces: Vec<String> = status.host_interfaces.clone();
        let mut libraries = Vec::new();
        let mut callable = Vec::new();
        for library in &status.libraries {
            let name = library
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            libraries.push((library.id.number(), name));
            for export in &library.exports {
                for function in &export.function_names {
                    let target = match &export.interface {
                        Some(interface) => format!("{interface}#{function}("),
                        None => format!("{function}("),
                    };
                    callable.push((library.id.number(), target));
                }
            }
            interfaces.extend(library.exports.iter().filter_map(|e| e.interface.clone()));
            interfaces.extend(
                library
                    .links
                    .iter()
                    .filter(|l| matches!(l.provider, LinkProvider::Library(_) | LinkProvider::Host))
                    .map(|l| l.import.clone()),
            );
        }
        interfaces.sort();
        interfaces.dedup();
        Known {
            libraries,
            interfaces,
            callable,
        }
    }
}

/// The console's rustyline helper: completion only.
pub struct ConsoleHelper {
    known: Arc<Mutex<Known>>,
    files: FilenameCompleter,
}

impl ConsoleHelper {
    /// A helper completing from `known`.
    pub fn new(known: Arc<Mutex<Known>>) -> ConsoleHelper {
        ConsoleHelper {
            known,
            files: FilenameCompleter::new(),
        }
    }

    /// Candidates for the word ending at `pos` of `line`, and where that word starts.
    fn candidates(&self, line: &str, pos: usize) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let word_start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let word = &before[word_start..];
        let Some((command, _)) = before.trim_start().split_once(char::is_whitespace) else {
            // The first word: a command.
            let words = COMMANDS.iter().flat_map(|c| c.words.iter().copied());
            return Ok((word_start, followed_by_space(matching(words, word))));
        };
        let in_with_clause = before.contains(" with ");
        let known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        let libraries = || {
            known
                .libraries
                .iter()
                .flat_map(|(n, name)| [n.to_string(), name.clone()])
                .collect::<Vec<_>>()
        };
        Ok(match command {
            "load" | "run" if in_with_clause => wire_candidates(&known, word_start, word),
            "load" if word.starts_with('-') => (
                word_start,
                followed_by_space(matching(["--override-wasi", "--instances"], word)),
            ),
            "unload" if word.starts_with('-') => (
                word_start,
                followed_by_space(matching(["--with-dependents"], word)),
            ),
            "unload" | "reload" => (word_start, matching(libraries(), word)),
            "call" => {
                let rest = before.trim_start()["call".len()..].trim_start();
                match rest.split_once(char::is_whitespace) {
                    // The library.
                    None => (word_start, matching(libraries(), word)),
                    // One of its functions, up to the `(`.
                    Some((library, target)) if !target.contains('(') => {
                        let number = known
                            .libraries
                            .iter()
                            .find(|(n, name)| {
                                library.trim_start_matches('#') == n.to_string() || library == name
                            })
                            .map(|(n, _)| *n);
                        let targets = known
                            .callable
                            .iter()
                            .filter(|(n, _)| Some(*n) == number)
                            .map(|(_, t)| t.as_str());
                        (
                            pos - target.trim_start().len(),
                            matching(targets, target.trim_start()),
                        )
                    }
                    Some(_) => (pos, Vec::new()),
                }
            }
            // A file, or a loaded library.
            "inspect" if !word.contains('/') && !word.is_empty() => {
                let mut found = matching(libraries(), word);
                drop(known);
                found.extend(unquoted_paths(word));
                (word_start, found)
            }
            "cache" => (word_start, matching(["clear"], word)),
            "load" | "run" | "graph" | "inspect" => {
                drop(known);
                let start = path_start(before);
                let path = &before[start..];
                if path.starts_with('"') || path.starts_with('\'') {
                    // Quoted: one shell word, as rustyline's completer quotes it.
                    return self.files.complete_path(line, pos);
                }
                (start, unquoted_paths(path))
            }
            _ => (pos, Vec::new()),
        })
    }
}

/// Where the path of a `load`, `run` or `graph` line starts: after the command and the
/// flags of `load`.
fn path_start(before: &str) -> usize {
    let mut rest = before.trim_start();
    let mut start = before.len() - rest.len();
    let mut words = 0;
    loop {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..word_end];
        let is_flag = words > 0 && word.starts_with("--") && word_end < rest.len();
        let takes_value = word == "--instances";
        if words > 0 && !is_flag {
            return start;
        }
        words += 1;
        let mut after = rest[word_end..].trim_start();
        if takes_value {
            let value_end = after.find(char::is_whitespace).unwrap_or(after.len());
            after = after[value_end..].trim_start();
        }
        start += rest.len() - after.len();
        rest = after;
        if rest.is_empty() {
            return start;
        }
    }
}

/// Files and folders whose path starts with `prefix`, written as typed: an unquoted path
/// is the rest of the line, so spaces and quotes in names stay as they are.
fn unquoted_paths(prefix: &str) -> Vec<Pair> {
    let (folder, name) = match prefix.rfind('/') {
        Some(i) => (&prefix[..=i], &prefix[i + 1..]),
        None => ("", prefix),
    };
    let Ok(entries) = std::fs::read_dir(if folder.is_empty() { "." } else { folder }) else {
        return Vec::new();
    };
    let mut found: Vec<Pair> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let file = entry.file_name().into_string().ok()?;
            if !file.starts_with(name) || (file.starts_with('.') && !name.starts_with('.')) {
                return None;
            }
            let slash = if entry.file_type().ok()?.is_dir() {
                "/"
            } else {
                ""
            };
            let path = format!("{folder}{file}{slash}");
            Some(Pair {
                display: format!("{file}{slash}"),
                replacement: path,
            })
        })
        .collect();
    found.sort_by(|a, b| a.replacement.cmp(&b.replacement));
    found
}

/// In a `with` clause: `<import>=` from the known interfaces, then `<library>/` and the
/// interface after it.
fn wire_candidates(known: &Known, word_start: usize, word: &str) -> (usize, Vec<Pair>) {
    let wire = word.rsplit(',').next().unwrap_or(word);
    let start = word_start + (word.len() - wire.len());
    let interfaces = known.interfaces.iter().map(String::as_str);
    match wire.split_once('=') {
        None => {
            let candidates = interfaces.map(|i| format!("{i}="));
            (start, matching(candidates, wire))
        }
        Some((import, target)) => {
            let start = start + import.len() + 1;
            match target.split_once('/') {
                None => {
                    let providers = known
                        .libraries
                        .iter()
                        .map(|(n, _)| format!("{n}/"))
                        .chain(std::iter::once("host/".to_owned()));
                    (start, matching(providers, target))
                }
                Some((provider, export)) => {
                    let start = start + provider.len() + 1;
                    (start, matching(interfaces, export))
                }
            }
        }
    }
}

/// Whole words, with the space that comes after them.
fn followed_by_space(mut pairs: Vec<Pair>) -> Vec<Pair> {
    for pair in &mut pairs {
        pair.replacement.push(' ');
    }
    pairs
}

/// The `candidates` starting with `prefix`, as completions.
fn matching<S: AsRef<str>>(candidates: impl IntoIterator<Item = S>, prefix: &str) -> Vec<Pair> {
    let mut found: Vec<Pair> = candidates
        .into_iter()
        .filter(|c| c.as_ref().starts_with(prefix))
        .map(|c| Pair {
            display: c.as_ref().to_owned(),
            replacement: c.as_ref().to_owned(),
        })
        .collect();
    found.dedup_by(|a, b| a.replacement == b.replacement);
    found
}

impl Completer for ConsoleHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        self.candidates(line, pos)
    }
}

impl Hinter for ConsoleHelper {
    type Hint = String;
}

impl Highlighter for ConsoleHelper {}

impl Validator for ConsoleHelper {}

impl Helper for ConsoleHelper {}

#[cfg(test)]
mod tests {
    use rustyline::history::DefaultHistory;

    use super::*;

    fn helper() -> ConsoleHelper {
        let known = Known {
            libraries: vec![
                (1, "provider_logging.wasm".into()),
                (2, "provider_calculator.wasm".into()),
            ],
            interfaces: vec![
                "demo:logging/calculator@0.1.0".into(),
                "demo:logging/logging@0.1.0".into(),
            ],
            callable: vec![
                (1, "demo:logging/logging@0.1.0#get-default-level(".into()),
                (2, "demo:logging/calculator@0.1.0#pi(".into()),
                (2, "demo:logging/calculator@0.1.0#quick-add(".into()),
            ],
        };
        ConsoleHelper::new(Arc::new(Mutex::new(known)))
    }

    /// The replacements offered at the end of `line`, and where they go.
    fn complete(line: &str) -> (usize, Vec<String>) {
        let history = DefaultHistory::new();
        let (start, pairs) = helper()
            .complete(line, line.len(), &Context::new(&history))
            .expect("completes");
        (start, pairs.into_iter().map(|p| p.replacement).collect())
    }

    #[test]
    fn completes_commands_and_their_flags() {
        assert_eq!(complete("re"), (0, vec!["reload ".to_owned()]));
        assert_eq!(complete("  st"), (2, vec!["status ".to_owned()]));
        assert_eq!(
            complete("load --"),
            (
                5,
                vec!["--override-wasi ".to_owned(), "--instances ".to_owned()]
            )
        );
        assert_eq!(
            complete("unload --w"),
            (7, vec!["--with-dependents ".to_owned()])
        );
        assert_eq!(complete("cache c"), (6, vec!["clear".to_owned()]));
    }

    #[test]
    fn completes_libraries_by_number_and_name() {
        assert_eq!(
            complete("reload provider_c"),
            (7, vec!["provider_calculator.wasm".to_owned()])
        );
        assert_eq!(complete("unload 2"), (7, vec!["2".to_owned()]));
    }

    #[test]
    fn completes_a_call_s_library_and_its_functions() {
        assert_eq!(
            complete("call provider_l"),
            (5, vec!["provider_logging.wasm".to_owned()])
        );
        let line = "call 2 demo:logging/calculator@0.1.0#q";
        let (start, found) = complete(line);
        assert_eq!(&line[start..], "demo:logging/calculator@0.1.0#q");
        assert_eq!(found, ["demo:logging/calculator@0.1.0#quick-add("]);
        let (_, found) = complete("call #1 ");
        assert_eq!(found, ["demo:logging/logging@0.1.0#get-default-level("]);
        assert_eq!(
            complete("call 2 demo:logging/calculator@0.1.0#pi(").1,
            Vec::<String>::new()
        );
        assert_eq!(complete("inspect 2").1, ["2"]);
    }

    #[test]
    fn completes_wires_in_a_with_clause() {
        let line = "run app.wasm with demo:logging/c";
        assert_eq!(
            complete(line),
            (18, vec!["demo:logging/calculator@0.1.0=".to_owned()])
        );
        let line = "run app.wasm with demo:logging/calculator@0.1.0=";
        let (start, found) = complete(line);
        assert_eq!(
            (start, found),
            (line.len(), vec!["1/".into(), "2/".into(), "host/".into()])
        );
        let line = "load x.wasm with a=1/b,demo:logging/logging@0.1.0=2/demo:logging/l";
        let (start, found) = complete(line);
        assert_eq!(&line[start..], "demo:logging/l");
        assert_eq!(found, ["demo:logging/logging@0.1.0"]);
    }

    #[test]
    fn completes_file_paths_quoted_or_not() {
        let dir = tempfile::tempdir().expect("a temp dir");
        std::fs::write(dir.path().join("my plugin.wasm"), b"").expect("a file");
        std::fs::create_dir(dir.path().join("my dir")).expect("a folder");
        let folder = dir.path().display().to_string();
        // Unquoted, a path is the rest of the line: names stay as they are.
        let line = format!("load --instances 2 {folder}/my");
        let (start, plain) = complete(&line);
        assert_eq!(&line[..start], "load --instances 2 ");
        assert_eq!(
            plain,
            [
                format!("{folder}/my dir/"),
                format!("{folder}/my plugin.wasm")
            ]
        );
        // Quoted, one shell word, as rustyline quotes it.
        let line = format!("run \"{folder}/my p");
        let (start, quoted) = complete(&line);
        assert_eq!(&line[..start], "run \"");
        assert_eq!(quoted, [format!("{folder}/my plugin.wasm")]);
        assert_eq!(complete("graph ").0, 6);
    }
}
