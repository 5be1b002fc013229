//! The interactive commands: the table `help` is written from, parsing, and display.

use std::fmt;
use std::path::PathBuf;

/// One line of input, parsed.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// `load <path>`
    Load(PathBuf),
    /// `run <path>`
    Run(PathBuf),
    /// `status`
    Status,
    /// `purge`
    Purge,
    /// `help`
    Help,
    /// `quit` or `exit`
    Quit,
    /// A blank line or a `#` comment.
    Nothing,
}

/// One command: how it is typed, what it does, and how its arguments are read.
pub struct CommandSpec {
    /// The words that name it; the first is the one `help` shows.
    pub words: &'static [&'static str],
    /// Its arguments as `help` shows them (`<path>`), empty for none.
    pub arguments: &'static str,
    /// What it does.
    pub summary: &'static str,
    /// Reads the rest of the line (trimmed) into the command.
    parse: fn(&str) -> Result<Command, String>,
}

/// Every command, in the order `help` lists them. Adding a command is adding its
/// [`Command`] variant, its entry here, and its arm in `Display`.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        words: &["load"],
        arguments: "<path>",
        summary: "load a library component; its exports become available to later components",
        parse: |rest| path("load", rest).map(Command::Load),
    },
    CommandSpec {
        words: &["run"],
        arguments: "<path>",
        summary: "run an app component (exports `run: func()` or is a `wasi:cli/run` command)",
        parse: |rest| path("run", rest).map(Command::Run),
    },
    CommandSpec {
        words: &["status"],
        arguments: "",
        summary: "list loaded libraries, their interfaces and how each is forwarded",
        parse: |rest| bare("status", rest, Command::Status),
    },
    CommandSpec {
        words: &["purge"],
        arguments: "",
        summary: "unload every library and reset all state",
        parse: |rest| bare("purge", rest, Command::Purge),
    },
    CommandSpec {
        words: &["help", "?"],
        arguments: "",
        summary: "show this help",
        parse: |rest| bare("help", rest, Command::Help),
    },
    CommandSpec {
        words: &["quit", "exit"],
        arguments: "",
        summary: "leave (end of input does too)",
        parse: |rest| bare("quit", rest, Command::Quit),
    },
];

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
    let usages: Vec<String> = COMMANDS.iter().map(CommandSpec::usage).collect();
    let width = usages.iter().map(String::len).max().unwrap_or(0);
    let mut text = String::from("Commands:");
    for (usage, command) in usages.iter().zip(COMMANDS) {
        text.push_str(&format!("\n  {usage:width$}  {}", command.summary));
    }
    text
}

/// Parses one input line.
///
/// # Errors
///
/// A one-line message for an unknown command or a missing or extra argument.
pub fn parse(line: &str) -> Result<Command, String> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return Ok(Command::Nothing);
    }
    let (word, rest) = match line.split_once(char::is_whitespace) {
        Some((word, rest)) => (word, rest.trim()),
        None => (line, ""),
    };
    let spec = COMMANDS
        .iter()
        .find(|spec| spec.words.contains(&word))
        .ok_or_else(|| format!("unknown command `{word}` (type `help` for the list)"))?;
    (spec.parse)(rest)
}

/// A command's one path argument (spaces allowed: a path is the rest of the line).
fn path(command: &str, rest: &str) -> Result<PathBuf, String> {
    if rest.is_empty() {
        Err(format!("`{command}` needs a path: `{command} <path>`"))
    } else {
        Ok(PathBuf::from(rest))
    }
}

/// A command without arguments.
fn bare(command: &str, rest: &str, parsed: Command) -> Result<Command, String> {
    if rest.is_empty() {
        Ok(parsed)
    } else {
        Err(format!("`{command}` takes no arguments"))
    }
}

impl fmt::Display for Command {
    /// The command as it would be typed: `parse` of this text gives the command back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Command::Load(path) => write!(f, "load {}", path.display()),
            Command::Run(path) => write!(f, "run {}", path.display()),
            Command::Status => f.write_str("status"),
            Command::Purge => f.write_str("purge"),
            Command::Help => f.write_str("help"),
            Command::Quit => f.write_str("quit"),
            Command::Nothing => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_command() {
        assert_eq!(parse("load a b.wasm"), Ok(Command::Load("a b.wasm".into())));
        assert_eq!(parse("  run x.wasm "), Ok(Command::Run("x.wasm".into())));
        assert_eq!(parse("status"), Ok(Command::Status));
        assert_eq!(parse("purge"), Ok(Command::Purge));
        assert_eq!(parse("help"), Ok(Command::Help));
        assert_eq!(parse("exit"), Ok(Command::Quit));
        assert_eq!(parse("quit"), Ok(Command::Quit));
        assert_eq!(parse(""), Ok(Command::Nothing));
        assert_eq!(parse("# note"), Ok(Command::Nothing));
    }

    #[test]
    fn display_gives_back_what_parse_reads() {
        for command in [
            Command::Load("dir with space/a.wasm".into()),
            Command::Run("x.wasm".into()),
            Command::Status,
            Command::Purge,
            Command::Help,
            Command::Quit,
            Command::Nothing,
        ] {
            assert_eq!(parse(&command.to_string()), Ok(command));
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
                let line = format!("{word} {}", command.arguments.replace("<path>", "x.wasm"));
                assert!(parse(&line).is_ok(), "`{line}` parses");
            }
        }
    }

    #[test]
    fn rejects_bad_commands_with_one_line() {
        assert_eq!(
            parse("frobnicate"),
            Err("unknown command `frobnicate` (type `help` for the list)".into())
        );
        assert_eq!(
            parse("load"),
            Err("`load` needs a path: `load <path>`".into())
        );
        assert_eq!(
            parse("status now"),
            Err("`status` takes no arguments".into())
        );
    }
}
