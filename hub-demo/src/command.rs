//! The interactive commands: the table `help` is written from, parsing, and display.
//!
//! A line is bytes: the command and its options must be UTF-8, a path need not be (on
//! Unix, any bytes the OS allows). A path is the rest of the line, spaces included, up to
//! an optional `with` clause of wires: `load dir/my lib.wasm with exports=2/exports`.
//! A path that starts with a quote is one shell word instead (see [`shell_word`]), for
//! paths the first rule cannot say: `load "dir with space/x.wasm" with exports=2/exports`.

use std::borrow::Cow;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

/// One line of input, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `load [--override-wasi] [--instances <n>] <path> [with <wire>...]`
    Load {
        /// The library's file.
        path: PathBuf,
        /// Let it serve WASI interfaces in place of the host.
        override_wasi: bool,
        /// How many instances to load it as (each with its own store and state).
        instances: usize,
        /// Imports linked by hand.
        wires: Vec<WireSpec>,
        /// For a `nats://` library served by something other than a hub: its types.
        wit: Option<PathBuf>,
    },
    /// `run <path> [with <wire>...]`
    Run {
        /// The app's file.
        path: PathBuf,
        /// Imports linked by hand.
        wires: Vec<WireSpec>,
    },
    /// `unload [--with-dependents] <library>`
    Unload {
        /// Which library.
        library: LibraryRef,
        /// Unload the libraries that import from it too.
        with_dependents: bool,
    },
    /// `reload <library>`
    Reload(LibraryRef),
    /// `status`
    Status,
    /// `purge`
    Purge,
    /// `cache [clear]`
    Cache {
        /// Empty the disk cache instead of showing it.
        clear: bool,
    },
    /// `graph [file.dot|file.svg]`
    Graph(Option<PathBuf>),
    /// `call <library> [<interface>#]<function>(<args>)`
    Call {
        /// Which library.
        library: LibraryRef,
        /// The exported interface, or `None` for a top-level function.
        interface: Option<String>,
        /// The function's export name (`[method]calc.add`).
        function: String,
        /// Its arguments as typed: WAVE values separated by commas, `$n` for a held
        /// resource.
        args: String,
    },
    /// `drop $n`
    Drop(u32),
    /// `inspect <path|library>`
    Inspect(PathBuf),
    /// `help`
    Help,
    /// `quit` or `exit`
    Quit,
    /// A blank line or a `#` comment.
    Nothing,
}

/// A loaded library, as typed: its number (`2` or `#2`) or its file name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryRef {
    /// `#n` in `status`.
    Number(u32),
    /// The file name (`provider_logging.wasm`).
    Name(String),
}

/// What a wire names as the provider: a library, or `host` (an interface the embedding
/// host serves).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireProvider {
    /// A loaded library.
    Library(LibraryRef),
    /// `host`.
    Host,
}

/// `<import>=<library>/<export>`: an import linked by hand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireSpec {
    /// The import's name.
    pub import: String,
    /// The library (or the host) serving it.
    pub provider: WireProvider,
    /// Its export serving it.
    pub export: String,
}

/// One command: how it is typed, what it does, and how its arguments are read.
pub struct CommandSpec {
    /// The words that name it; the first is the one `help` shows.
    pub words: &'static [&'static str],
    /// Its arguments as `help` shows them, empty for none.
    pub arguments: &'static str,
    /// What it does.
    pub summary: &'static str,
    /// An example of its arguments that parses, for the tests of this table.
    #[cfg_attr(not(test), expect(dead_code, reason = "read by the table's tests"))]
    pub example: &'static str,
    /// Reads the rest of the line (trimmed) into the command.
    parse: fn(&[u8]) -> Result<Command, String>,
}

/// Every command, in the order `help` lists them. Adding a command is adding its
/// [`Command`] variant, its entry here, and its arm in `Display`.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        words: &["load"],
        arguments: "[--override-wasi] [--instances <n>] [--wit <file>] <path> [with <import>=<library>/<export> ...]",
        summary: "load a library component; its exports serve components loaded or run after it \
                  (--instances: that many copies, state per copy, calls spread over them); \
                  `nats://<host>:<port>/<prefix>` links a library `hub-demo serve` serves there \
                  (--wit: one another wRPC server serves, its interfaces those of the file's package)",
        example: "--override-wasi dir/a b.wasm with x:y/z=2/x:y/z@1.0.0",
        parse: |mut rest| {
            let (mut override_wasi, mut instances, mut wit) = (false, 1, None);
            loop {
                if let (true, after) = flag(rest, "--override-wasi") {
                    (override_wasi, rest) = (true, after);
                } else if let Some((count, after)) = count_flag(rest, "--instances")? {
                    (instances, rest) = (count, after);
                } else if let Some((file, after)) = word_flag(rest, "--wit")? {
                    (wit, rest) = (Some(PathBuf::from(file)), after);
                } else {
                    break;
                }
            }
            let (path, wires) = path_and_wires("load", rest)?;
            Ok(Command::Load {
                path,
                override_wasi,
                instances,
                wires,
                wit,
            })
        },
    },
    CommandSpec {
        words: &["run"],
        arguments: "<path> [with <import>=<library>/<export> ...]",
        summary: "run an app component (exports `run: func()` or is a `wasi:cli/run` command)",
        example: "'my dir/app.wasm' with exports=#3/exports",
        parse: |rest| {
            let (path, wires) = path_and_wires("run", rest)?;
            Ok(Command::Run { path, wires })
        },
    },
    CommandSpec {
        words: &["unload"],
        arguments: "[--with-dependents] <library>",
        summary: "unload a library (by number, file name or nats:// address); refused while others import from it",
        example: "--with-dependents provider_logging.wasm",
        parse: |rest| {
            let (with_dependents, rest) = flag(rest, "--with-dependents");
            Ok(Command::Unload {
                library: library_argument("unload", rest)?,
                with_dependents,
            })
        },
    },
    CommandSpec {
        words: &["reload"],
        arguments: "<library>",
        summary: "reload a library from its file, and the libraries that depend on it (their state restarts); a nats:// one connects again",
        example: "2",
        parse: |rest| library_argument("reload", rest).map(Command::Reload),
    },
    CommandSpec {
        words: &["status"],
        arguments: "",
        summary: "list loaded libraries, their interfaces and links, and how each is forwarded",
        example: "",
        parse: |rest| bare("status", rest, Command::Status),
    },
    CommandSpec {
        words: &["purge"],
        arguments: "",
        summary: "unload every library and reset all state",
        example: "",
        parse: |rest| bare("purge", rest, Command::Purge),
    },
    CommandSpec {
        words: &["cache"],
        arguments: "[clear]",
        summary: "show the disk cache of compiled components (folder, entries, size, bound); `clear` empties it",
        example: "clear",
        parse: |rest| match rest {
            b"" => Ok(Command::Cache { clear: false }),
            b"clear" => Ok(Command::Cache { clear: true }),
            _ => Err("`cache` takes `clear` or nothing: `cache [clear]`".to_owned()),
        },
    },
    CommandSpec {
        words: &["call"],
        arguments: "<library> [<interface>#]<function>(<args>)",
        summary: "call an export of a loaded library, arguments and results in WAVE; resources it returns are kept as $1, $2, ... for later calls",
        example: "2 demo:logging/calculator@0.1.0#[method]calc.add($1, 1.5, 2)",
        parse: parse_call,
    },
    CommandSpec {
        words: &["drop"],
        arguments: "$<n>",
        summary: "release a resource a `call` returned (its destructor runs in its library)",
        example: "$1",
        parse: |rest| {
            let text = String::from_utf8_lossy(rest);
            text.strip_prefix('$')
                .and_then(|n| n.parse().ok())
                .map(Command::Drop)
                .ok_or_else(|| format!("`drop` takes a held resource, `drop $1`, not `{text}`"))
        },
    },
    CommandSpec {
        words: &["inspect"],
        arguments: "<path|library>",
        summary: "a component's world in WIT (imports, exports, their types) and what serves each import now, or why nothing would",
        example: "dir/plugin.wasm",
        parse: |rest| match path_and_wires("inspect", rest)? {
            (path, wires) if wires.is_empty() => Ok(Command::Inspect(path)),
            _ => Err("`inspect` takes a file or a library, no `with` clause".to_owned()),
        },
    },
    CommandSpec {
        words: &["graph"],
        arguments: "[<file>.dot|<file>.svg]",
        summary: "the libraries, the host and every link as a Graphviz graph: printed, written to a .dot file, or rendered to .svg by `dot`",
        example: "links.svg",
        parse: |rest| {
            if rest.is_empty() {
                return Ok(Command::Graph(None));
            }
            match path_and_wires("graph", rest)? {
                (path, wires) if wires.is_empty() => Ok(Command::Graph(Some(path))),
                _ => Err("`graph` takes a file, no `with` clause".to_owned()),
            }
        },
    },
    CommandSpec {
        words: &["help", "?"],
        arguments: "",
        summary: "show this help",
        example: "",
        parse: |rest| bare("help", rest, Command::Help),
    },
    CommandSpec {
        words: &["quit", "exit"],
        arguments: "",
        summary: "leave (end of input and Ctrl-D do too)",
        example: "",
        parse: |rest| bare("quit", rest, Command::Quit),
    },
];

/// What `help` says after the list.
const HELP_FOOTER: &str = "\
<library> is a library's number in `status` (`2` or `#2`, kept across reloads) or its
file name. A path is the rest of the line, spaces included, up to a ` with ` clause
(wires separated by spaces or commas); quotes and backslashes in it are plain
characters. A path that starts with a quote is one word, quoted as in a shell:
`'a b.wasm'` keeps everything up to the next `'`; in `\"dir with space/x.wasm\"` a
backslash escapes `\"`, `\\`, `$` and `` ` `` (before anything else it is kept); outside
quotes it escapes any character: `'my dir'/a\\ b.wasm`. Nothing is expanded (no `$VAR`,
`~` or `*`). Ctrl-C interrupts the load or run in progress (a compile in progress
finishes first); at the prompt it clears the line.";

impl CommandSpec {
    /// How `help` shows it: `load <path>`, `quit, exit`.
    pub fn usage(&self) -> String {
        let words = self
            .words
            .iter()
            .filter(|w| w.chars().all(char::is_alphanumeric))
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        if self.arguments.is_empty() {
            words
        } else {
            format!("{words} {}", self.arguments)
        }
    }
}

/// The `help` text, written from [`COMMANDS`].
pub fn help() -> String {
    let mut text = String::from("Commands:");
    for command in COMMANDS {
        text.push_str(&format!(
            "\n  {}\n      {}",
            command.usage(),
            command.summary
        ));
    }
    text.push_str("\n\n");
    text.push_str(HELP_FOOTER);
    text
}

/// Parses one input line.
///
/// # Errors
///
/// A one-line message for an unknown command, a missing or extra argument, or a line
/// whose command is not UTF-8.
pub fn parse(line: &[u8]) -> Result<Command, String> {
    let line = line.trim_ascii();
    if line.is_empty() || line.starts_with(b"#") {
        return Ok(Command::Nothing);
    }
    let (word, rest) = match line.iter().position(u8::is_ascii_whitespace) {
        Some(at) => (&line[..at], line[at..].trim_ascii()),
        None => (line, &b""[..]),
    };
    let word = std::str::from_utf8(word)
        .map_err(|_| "the command is not valid UTF-8 (type `help` for the list)".to_owned())?;
    let spec = COMMANDS
        .iter()
        .find(|spec| spec.words.contains(&word))
        .ok_or_else(|| format!("unknown command `{word}` (type `help` for the list)"))?;
    (spec.parse)(rest)
}

/// Whether `rest` starts with the option `name`, and what follows it.
fn flag<'a>(rest: &'a [u8], name: &str) -> (bool, &'a [u8]) {
    match rest.strip_prefix(name.as_bytes()) {
        Some(after) if after.is_empty() || after[0].is_ascii_whitespace() => {
            (true, after.trim_ascii())
        }
        _ => (false, rest),
    }
}

/// `<library> [<interface>#]<function>(<args>)`.
fn parse_call(rest: &[u8]) -> Result<Command, String> {
    const USAGE: &str = "write `call <library> [<interface>#]<function>(<args>)`";
    let text = std::str::from_utf8(rest).map_err(|_| "`call` is not valid UTF-8".to_owned())?;
    let (library, call) = text
        .split_once(char::is_whitespace)
        .ok_or_else(|| format!("`call` needs a library and a function: {USAGE}"))?;
    let call = call.trim();
    let (target, args) = call
        .split_once('(')
        .and_then(|(target, args)| Some((target.trim(), args.strip_suffix(')')?)))
        .ok_or_else(|| format!("`{call}` is not a call: {USAGE}"))?;
    let (interface, function) = match target.rsplit_once('#') {
        Some((interface, function)) => (Some(interface.to_owned()), function),
        None => (None, target),
    };
    if function.is_empty() {
        return Err(format!("`{call}` names no function: {USAGE}"));
    }
    Ok(Command::Call {
        library: library_ref(library),
        interface,
        function: function.to_owned(),
        args: args.trim().to_owned(),
    })
}

/// Most instances `load --instances` takes: each is a store with its own memory.
pub const MAX_INSTANCES: usize = 64;

/// `name <word>` at the start of `rest`: the word (up to a space, maybe empty) and what
/// follows it.
fn flag_word<'a>(rest: &'a [u8], name: &str) -> Option<(&'a [u8], &'a [u8])> {
    let after = rest
        .strip_prefix(name.as_bytes())
        .filter(|after| after.first().is_none_or(u8::is_ascii_whitespace))?
        .trim_ascii_start();
    let end = after
        .iter()
        .position(u8::is_ascii_whitespace)
        .unwrap_or(after.len());
    let (word, after) = after.split_at(end);
    Some((word, after.trim_ascii_start()))
}

/// `name <file>` at the start of `rest`: the file and what follows.
fn word_flag<'a>(rest: &'a [u8], name: &str) -> Result<Option<(String, &'a [u8])>, String> {
    let Some((word, after)) = flag_word(rest, name) else {
        return Ok(None);
    };
    match std::str::from_utf8(word) {
        Ok(word) if !word.is_empty() => Ok(Some((word.to_owned(), after))),
        _ => Err(format!("{name} takes a file (a path without spaces)")),
    }
}

/// `name <count>` (`--instances <n>`) at the start of `rest`: the count (1 to
/// [`MAX_INSTANCES`]) and what follows, `None` when `rest` does not start with the flag.
fn count_flag<'a>(rest: &'a [u8], name: &str) -> Result<Option<(usize, &'a [u8])>, String> {
    let Some((word, after)) = flag_word(rest, name) else {
        return Ok(None);
    };
    let word = String::from_utf8_lossy(word);
    match word.parse::<usize>() {
        Ok(count) if (1..=MAX_INSTANCES).contains(&count) => Ok(Some((count, after))),
        _ => Err(format!(
            "{name} takes a number from 1 to {MAX_INSTANCES}, not `{word}`"
        )),
    }
}

/// A path and an optional `with` clause. The path is the rest of the line, spaces
/// included, up to the clause; or, when it starts with a quote, one [`shell_word`].
fn path_and_wires(command: &str, rest: &[u8]) -> Result<(PathBuf, Vec<WireSpec>), String> {
    let (path, wires): (Cow<'_, [u8]>, _) = if rest.starts_with(b"\"") || rest.starts_with(b"'") {
        let (word, after) = shell_word(command, rest)?;
        let after = after.trim_ascii();
        let wires = match after.strip_prefix(b"with") {
            None if after.is_empty() => None,
            Some(clause) if clause.first().is_none_or(u8::is_ascii_whitespace) => {
                Some(clause.trim_ascii())
            }
            _ => {
                return Err(format!(
                    "`{command}` takes one path: after the quoted path comes `{}`, not a `with` clause",
                    String::from_utf8_lossy(after)
                ));
            }
        };
        (Cow::Owned(word), wires)
    } else {
        match find_word(rest, b"with") {
            Some((before, after)) => (Cow::Borrowed(before.trim_ascii()), Some(after.trim_ascii())),
            None => (Cow::Borrowed(rest), None),
        }
    };
    if path.is_empty() {
        return Err(format!("`{command}` needs a path: `{command} <path>`"));
    }
    let wires = match wires {
        Some(clause) => {
            let clause = std::str::from_utf8(clause)
                .map_err(|_| format!("the wires of `{command}` are not valid UTF-8"))?;
            parse_wires(clause)?
        }
        None => Vec::new(),
    };
    Ok((path_from_bytes(&path)?, wires))
}

/// Reads one shell word from the start of `rest` (which starts with a quote) and returns
/// it with what follows it. As in a POSIX shell, without any expansion:
///
/// - `'...'` keeps every byte up to the next `'` (there is no escape inside);
/// - in `"..."`, a backslash before `"`, `\`, `$` or `` ` `` stands for that character,
///   and before anything else is kept as it is;
/// - outside quotes, a backslash stands for the byte after it, and unquoted whitespace
///   ends the word; quoted and unquoted parts next to each other are one word
///   (`'my dir'/a\ b.wasm`).
///
/// Quotes, backslashes and whitespace are ASCII, and no byte of a multi-byte UTF-8
/// character is ASCII, so every other byte, UTF-8 or not, is kept as it is.
///
/// # Errors
///
/// A quote that is not closed, or a backslash ending the line.
fn shell_word<'a>(command: &str, rest: &'a [u8]) -> Result<(Vec<u8>, &'a [u8]), String> {
    let unclosed =
        |quote: char| format!("`{command}`: the path's opening {quote} quote is never closed");
    let mut word = Vec::new();
    let mut at = 0;
    while let Some(&byte) = rest.get(at) {
        match byte {
            b'\'' => {
                let inside = &rest[at + 1..];
                let close = inside
                    .iter()
                    .position(|&b| b == b'\'')
                    .ok_or_else(|| unclosed('\''))?;
                word.extend_from_slice(&inside[..close]);
                at += close + 2;
            }
            b'"' => {
                at += 1;
                loop {
                    match rest.get(at) {
                        None => return Err(unclosed('"')),
                        Some(b'"') => break,
                        Some(b'\\')
                            if matches!(rest.get(at + 1), Some(b'"' | b'\\' | b'$' | b'`')) =>
                        {
                            at += 1;
                            word.push(rest[at]);
                        }
                        Some(&b) => word.push(b),
                    }
                    at += 1;
                }
                at += 1;
            }
            b'\\' => {
                let escaped = rest.get(at + 1).ok_or_else(|| {
                    format!("`{command}`: the path ends with a backslash that escapes nothing")
                })?;
                word.push(*escaped);
                at += 2;
            }
            b if b.is_ascii_whitespace() => break,
            b => {
                word.push(b);
                at += 1;
            }
        }
    }
    Ok((word, &rest[at..]))
}

/// `before` and `after` the first whitespace-separated `word` in `rest`.
fn find_word<'a>(rest: &'a [u8], word: &[u8]) -> Option<(&'a [u8], &'a [u8])> {
    let mut start = 0;
    while start < rest.len() {
        let end = rest[start..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(rest.len(), |e| start + e);
        if &rest[start..end] == word && start > 0 {
            return Some((&rest[..start], &rest[end..]));
        }
        start = end + 1;
    }
    None
}

/// `a=1/x b=#2/y,c=name.wasm/z`: wires separated by spaces or commas.
fn parse_wires(clause: &str) -> Result<Vec<WireSpec>, String> {
    let wires: Vec<WireSpec> = clause
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|wire| {
            let bad = || {
                format!(
                    "`{wire}` is not a wire: write `<import>=<library>/<export>` (and quote a path holding ` with `)"
                )
            };
            let (import, target) = wire.split_once('=').ok_or_else(bad)?;
            let (library, export) = target.split_once('/').ok_or_else(bad)?;
            if import.is_empty() || library.is_empty() || export.is_empty() {
                return Err(bad());
            }
            Ok(WireSpec {
                import: import.to_owned(),
                provider: match library {
                    "host" => WireProvider::Host,
                    library => WireProvider::Library(library_ref(library)),
                },
                export: export.to_owned(),
            })
        })
        .collect::<Result<_, String>>()?;
    if wires.is_empty() {
        return Err("`with` needs at least one `<import>=<library>/<export>`".to_owned());
    }
    Ok(wires)
}

fn library_ref(text: &str) -> LibraryRef {
    match text.strip_prefix('#').unwrap_or(text).parse() {
        Ok(number) => LibraryRef::Number(number),
        Err(_) => LibraryRef::Name(text.to_owned()),
    }
}

/// A command's one library argument.
fn library_argument(command: &str, rest: &[u8]) -> Result<LibraryRef, String> {
    let rest = std::str::from_utf8(rest)
        .map_err(|_| format!("the library of `{command}` is not valid UTF-8"))?;
    if rest.is_empty() {
        return Err(format!(
            "`{command}` needs a library: `{command} <number or file name>`"
        ));
    }
    Ok(library_ref(rest))
}

/// A command without arguments.
fn bare(command: &str, rest: &[u8], parsed: Command) -> Result<Command, String> {
    if rest.is_empty() {
        Ok(parsed)
    } else {
        Err(format!("`{command}` takes no arguments"))
    }
}

/// A path from a line's bytes: any bytes on Unix, UTF-8 elsewhere.
fn path_from_bytes(bytes: &[u8]) -> Result<PathBuf, String> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt as _;
        Ok(PathBuf::from(OsString::from_vec(bytes.to_vec())))
    }
    #[cfg(not(unix))]
    {
        std::str::from_utf8(bytes)
            .map(|s| PathBuf::from(OsString::from(s)))
            .map_err(|_| "the path is not valid UTF-8".to_owned())
    }
}

impl fmt::Display for LibraryRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryRef::Number(n) => write!(f, "#{n}"),
            LibraryRef::Name(name) => f.write_str(name),
        }
    }
}

impl fmt::Display for WireSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.provider {
            WireProvider::Library(library) => {
                write!(f, "{}={library}/{}", self.import, self.export)
            }
            WireProvider::Host => write!(f, "{}=host/{}", self.import, self.export),
        }
    }
}

/// A path as it would be typed: as it is, or in single quotes when the unquoted rule
/// would read it otherwise (it holds a ` with ` word, starts with a quote, or has
/// whitespace at an end).
struct Typed<'a>(&'a Path);

impl fmt::Display for Typed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0.to_string_lossy();
        let bytes = text.as_bytes();
        let plain = !bytes.is_empty()
            && bytes.trim_ascii().len() == bytes.len()
            && !bytes.starts_with(b"\"")
            && !bytes.starts_with(b"'")
            && find_word(bytes, b"with").is_none();
        if plain {
            f.write_str(&text)
        } else {
            write!(f, "'{}'", text.replace('\'', r"'\''"))
        }
    }
}

/// ` with a=1/b c=2/d`, or nothing.
struct Wires<'a>(&'a [WireSpec]);

impl fmt::Display for Wires<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.0.is_empty() {
            f.write_str(" with")?;
            for wire in self.0 {
                write!(f, " {wire}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for Command {
    /// The command as it would be typed: `parse` of this text gives the command back
    /// (for UTF-8 paths).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Command::Load {
                path,
                override_wasi,
                instances,
                wires,
                wit,
            } => {
                f.write_str("load ")?;
                if *override_wasi {
                    f.write_str("--override-wasi ")?;
                }
                if *instances != 1 {
                    write!(f, "--instances {instances} ")?;
                }
                if let Some(wit) = wit {
                    write!(f, "--wit {} ", wit.display())?;
                }
                write!(f, "{}{}", Typed(path), Wires(wires))
            }
            Command::Run { path, wires } => write!(f, "run {}{}", Typed(path), Wires(wires)),
            Command::Unload {
                library,
                with_dependents,
            } => {
                f.write_str("unload ")?;
                if *with_dependents {
                    f.write_str("--with-dependents ")?;
                }
                write!(f, "{library}")
            }
            Command::Reload(library) => write!(f, "reload {library}"),
            Command::Status => f.write_str("status"),
            Command::Purge => f.write_str("purge"),
            Command::Cache { clear: false } => f.write_str("cache"),
            Command::Cache { clear: true } => f.write_str("cache clear"),
            Command::Call {
                library,
                interface,
                function,
                args,
            } => {
                write!(f, "call {library} ")?;
                if let Some(interface) = interface {
                    write!(f, "{interface}#")?;
                }
                write!(f, "{function}({args})")
            }
            Command::Drop(id) => write!(f, "drop ${id}"),
            Command::Inspect(path) => write!(f, "inspect {}", Typed(path)),
            Command::Graph(None) => f.write_str("graph"),
            Command::Graph(Some(path)) => write!(f, "graph {}", Typed(path)),
            Command::Help => f.write_str("help"),
            Command::Quit => f.write_str("quit"),
            Command::Nothing => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(path: &str) -> Command {
        Command::Load {
            path: path.into(),
            override_wasi: false,
            instances: 1,
            wires: Vec::new(),
            wit: None,
        }
    }

    #[test]
    fn parses_every_command() {
        assert_eq!(parse(b"load a b.wasm"), Ok(load("a b.wasm")));
        assert_eq!(
            parse(b"  run x.wasm "),
            Ok(Command::Run {
                path: "x.wasm".into(),
                wires: Vec::new()
            })
        );
        assert_eq!(
            parse(b"load --override-wasi imp.wasm with wasi:cli/environment@0.2.6=1/e, b=#2/c/d"),
            Ok(Command::Load {
                path: "imp.wasm".into(),
                override_wasi: true,
                instances: 1,
                wires: vec![
                    WireSpec {
                        import: "wasi:cli/environment@0.2.6".into(),
                        provider: WireProvider::Library(LibraryRef::Number(1)),
                        export: "e".into()
                    },
                    WireSpec {
                        import: "b".into(),
                        provider: WireProvider::Library(LibraryRef::Number(2)),
                        export: "c/d".into()
                    },
                ],
                wit: None,
            })
        );
        assert_eq!(
            parse(b"unload --with-dependents provider_logging.wasm"),
            Ok(Command::Unload {
                library: LibraryRef::Name("provider_logging.wasm".into()),
                with_dependents: true
            })
        );
        assert_eq!(
            parse(b"reload #3"),
            Ok(Command::Reload(LibraryRef::Number(3)))
        );
        assert_eq!(parse(b"status"), Ok(Command::Status));
        assert_eq!(parse(b"purge"), Ok(Command::Purge));
        assert_eq!(parse(b"cache"), Ok(Command::Cache { clear: false }));
        assert_eq!(parse(b"cache  clear "), Ok(Command::Cache { clear: true }));
        assert_eq!(parse(b"help"), Ok(Command::Help));
        assert_eq!(parse(b"exit"), Ok(Command::Quit));
        assert_eq!(parse(b"quit"), Ok(Command::Quit));
        assert_eq!(parse(b""), Ok(Command::Nothing));
        assert_eq!(parse(b"# note"), Ok(Command::Nothing));
    }

    #[test]
    fn a_with_clause_ends_the_path() {
        assert_eq!(
            parse(b"run my dir/with.wasm"),
            Ok(Command::Run {
                path: "my dir/with.wasm".into(),
                wires: Vec::new()
            })
        );
        assert!(matches!(
            parse(b"run my dir/a.wasm with x=1/y"),
            Ok(Command::Run { path, wires }) if path == std::path::Path::new("my dir/a.wasm") && wires.len() == 1
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_path_need_not_be_utf8() {
        use std::os::unix::ffi::OsStrExt as _;
        let Ok(Command::Load { path, .. }) = parse(b"load lib\xff.wasm") else {
            panic!("a non-UTF-8 path parses");
        };
        assert_eq!(path.as_os_str().as_bytes(), b"lib\xff.wasm");
        assert!(
            parse(b"lo\xffad x.wasm").is_err(),
            "but not a non-UTF-8 command"
        );
    }

    /// `load <path>`'s path, or the error.
    fn load_path(line: &[u8]) -> Result<Vec<u8>, String> {
        match parse(line)? {
            Command::Load { path, .. } => Ok(path.into_os_string().into_encoded_bytes()),
            other => panic!("not a load: {other:?}"),
        }
    }

    #[test]
    fn a_folder_named_dir_with_space_needs_quotes() {
        // Unquoted, ` with ` starts the wires, as it always did.
        assert_eq!(
            parse(b"load dir with space/x.wasm"),
            Err("`space/x.wasm` is not a wire: write `<import>=<library>/<export>` (and quote a path holding ` with `)".into())
        );
        assert_eq!(
            load_path(br#"load "dir with space/x.wasm""#).as_deref(),
            Ok(&b"dir with space/x.wasm"[..])
        );
        assert_eq!(
            load_path(b"load 'dir with space/x.wasm'").as_deref(),
            Ok(&b"dir with space/x.wasm"[..])
        );
        assert_eq!(
            load_path(br#"load "dir with space"/x.wasm"#).as_deref(),
            Ok(&b"dir with space/x.wasm"[..]),
            "quoted and unquoted parts make one word"
        );
        assert_eq!(
            parse(b"load --override-wasi 'a b.wasm' with x=1/y, z=#2/w"),
            Ok(Command::Load {
                path: "a b.wasm".into(),
                override_wasi: true,
                instances: 1,
                wires: vec![
                    WireSpec {
                        import: "x".into(),
                        provider: WireProvider::Library(LibraryRef::Number(1)),
                        export: "y".into()
                    },
                    WireSpec {
                        import: "z".into(),
                        provider: WireProvider::Library(LibraryRef::Number(2)),
                        export: "w".into()
                    },
                ],
                wit: None,
            })
        );
        assert_eq!(
            parse(br#"run "dir with space/app.wasm""#),
            Ok(Command::Run {
                path: "dir with space/app.wasm".into(),
                wires: Vec::new()
            })
        );
    }

    #[test]
    fn quoted_paths_escape_as_a_shell_does() {
        let cases: [(&[u8], &[u8]); 8] = [
            // Nothing escapes inside single quotes.
            (br#"load 'a\b \" c.wasm'"#, br#"a\b \" c.wasm"#),
            // A quote in single quotes: close, escape, reopen.
            (br"load 'it'\''s.wasm'", b"it's.wasm"),
            // In double quotes a backslash escapes `"`, `\`, `$` and `` ` `` only.
            (
                br#"load "a \"b\" \\ \$ \` \x.wasm""#,
                br#"a "b" \ $ ` \x.wasm"#,
            ),
            (br#"load "it's.wasm""#, b"it's.wasm"),
            // Outside quotes it escapes anything, whitespace included.
            (br"load 'a'\ b\\c\d.wasm", br"a b\cd.wasm"),
            (b"load \"a\tb.wasm\"", b"a\tb.wasm"),
            // Nothing is expanded.
            (br#"load "$HOME/~/*.wasm""#, b"$HOME/~/*.wasm"),
            // A word ends at unquoted whitespace, and only there.
            (br#"load "a"with  "#, b"awith"),
        ];
        for (line, path) in cases {
            assert_eq!(
                load_path(line).as_deref(),
                Ok(path),
                "{}",
                String::from_utf8_lossy(line)
            );
        }
    }

    #[test]
    fn unquoted_paths_keep_quotes_and_backslashes() {
        for path in [
            &br"a\ b.wasm"[..],
            b"it's.wasm",
            br#"C:\x "y".wasm"#,
            b"x'.wasm",
        ] {
            let line = [&b"load "[..], path].concat();
            assert_eq!(load_path(&line).as_deref(), Ok(path));
        }
    }

    #[cfg(unix)]
    #[test]
    fn quotes_keep_bytes_that_are_not_utf8() {
        assert_eq!(
            load_path(b"load \"lib\xff dir/\xfe.wasm\" with a=1/b").as_deref(),
            Ok(&b"lib\xff dir/\xfe.wasm"[..])
        );
        assert_eq!(
            load_path(b"load 'caf\xc3\xa9 \xff'").as_deref(),
            Ok(&b"caf\xc3\xa9 \xff"[..])
        );
    }

    #[test]
    fn bad_quoting_gets_one_line() {
        let cases: [(&[u8], &str); 7] = [
            (
                b"load 'dir with space/x.wasm",
                "`load`: the path's opening ' quote is never closed",
            ),
            (
                br#"run "a b.wasm"#,
                r#"`run`: the path's opening " quote is never closed"#,
            ),
            (
                br#"load "a \" b.wasm"#,
                r#"`load`: the path's opening " quote is never closed"#,
            ),
            (
                br"load 'a b'\",
                "`load`: the path ends with a backslash that escapes nothing",
            ),
            (
                br#"load "a.wasm" b.wasm"#,
                "`load` takes one path: after the quoted path comes `b.wasm`, not a `with` clause",
            ),
            (b"load ''", "`load` needs a path: `load <path>`"),
            (
                br#"run "a.wasm" with"#,
                "`with` needs at least one `<import>=<library>/<export>`",
            ),
        ];
        for (line, error) in cases {
            let got = parse(line);
            assert_eq!(
                got,
                Err(error.to_owned()),
                "{}",
                String::from_utf8_lossy(line)
            );
            assert!(!error.contains('\n'));
        }
    }

    #[test]
    fn display_gives_back_what_parse_reads() {
        let commands = [
            load("dir and spaces/a.wasm"),
            load("dir with space/a.wasm"),
            load("a with b/it's.wasm"),
            load("'quoted'.wasm"),
            load("\"quoted\".wasm"),
            load(" padded.wasm "),
            load("plain's \\ \"odd\".wasm"),
            Command::Load {
                path: "x.wasm".into(),
                override_wasi: true,
                instances: 1,
                wires: vec![WireSpec {
                    import: "exports".into(),
                    provider: WireProvider::Library(LibraryRef::Name("b.wasm".into())),
                    export: "exports".into(),
                }],
                wit: None,
            },
            Command::Run {
                path: "x.wasm".into(),
                wires: Vec::new(),
            },
            Command::Unload {
                library: LibraryRef::Number(2),
                with_dependents: false,
            },
            Command::Reload(LibraryRef::Name("a.wasm".into())),
            Command::Status,
            Command::Purge,
            Command::Cache { clear: false },
            Command::Cache { clear: true },
            Command::Help,
            Command::Quit,
            Command::Nothing,
        ];
        for command in commands {
            assert_eq!(parse(command.to_string().as_bytes()), Ok(command));
        }
    }

    #[test]
    fn help_lists_every_command_and_every_listed_command_parses() {
        let help = help();
        for command in COMMANDS {
            assert!(
                help.contains(&command.usage()),
                "help shows `{}`",
                command.usage()
            );
            for word in command.words {
                let line = format!("{word} {}", command.example);
                assert!(parse(line.as_bytes()).is_ok(), "`{line}` parses");
            }
        }
    }

    #[test]
    fn rejects_bad_commands_with_one_line() {
        assert_eq!(
            parse(b"frobnicate"),
            Err("unknown command `frobnicate` (type `help` for the list)".into())
        );
        assert_eq!(
            parse(b"load"),
            Err("`load` needs a path: `load <path>`".into())
        );
        assert_eq!(
            parse(b"status now"),
            Err("`status` takes no arguments".into())
        );
        assert_eq!(
            parse(b"run a.wasm with nonsense"),
            Err("`nonsense` is not a wire: write `<import>=<library>/<export>` (and quote a path holding ` with `)".into())
        );
        assert_eq!(
            parse(b"unload"),
            Err("`unload` needs a library: `unload <number or file name>`".into())
        );
        assert_eq!(
            parse(b"cache flush"),
            Err("`cache` takes `clear` or nothing: `cache [clear]`".into())
        );
        for count in ["0", "65", "two", ""] {
            assert_eq!(
                parse(format!("load --instances {count} a.wasm").as_bytes()),
                Err(format!(
                    "--instances takes a number from 1 to 64, not `{}`",
                    if count.is_empty() { "a.wasm" } else { count }
                ))
            );
        }
    }

    #[test]
    fn load_takes_its_flags_in_any_order_and_wires_name_the_host() {
        let expected = Command::Load {
            path: "lib.wasm".into(),
            override_wasi: true,
            instances: 4,
            wires: vec![WireSpec {
                import: "my:plugin/log".into(),
                provider: WireProvider::Host,
                export: "my:app/host".into(),
            }],
            wit: None,
        };
        for line in [
            "load --instances 4 --override-wasi lib.wasm with my:plugin/log=host/my:app/host",
            "load --override-wasi --instances  4 lib.wasm with my:plugin/log=host/my:app/host",
        ] {
            assert_eq!(parse(line.as_bytes()), Ok(expected.clone()), "{line}");
        }
        // What `Display` writes is read back the same.
        assert_eq!(parse(expected.to_string().as_bytes()), Ok(expected));
    }

    #[test]
    fn a_remote_library_s_types_can_come_from_a_wit_file() {
        let expected = Command::Load {
            path: "nats://127.0.0.1:4222/zoo".into(),
            override_wasi: false,
            instances: 1,
            wires: Vec::new(),
            wit: Some("wit/zoo.wit".into()),
        };
        let parsed = parse(b"load --wit wit/zoo.wit nats://127.0.0.1:4222/zoo");
        assert_eq!(parsed, Ok(expected.clone()));
        assert_eq!(parse(expected.to_string().as_bytes()), Ok(expected));
        assert_eq!(
            parse(b"load --wit"),
            Err("--wit takes a file (a path without spaces)".into())
        );
    }
}
