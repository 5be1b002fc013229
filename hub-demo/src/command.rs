//! The interactive commands and their parsing.

use std::path::PathBuf;

/// One line of input, parsed.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Load(PathBuf),
    Run(PathBuf),
    Status,
    Purge,
    Help,
    Quit,
    /// A blank line or a `#` comment.
    Nothing,
}

/// The `help` text.
pub const HELP: &str = "\
Commands:
  load <path>   load a library component; its exports become available to later components
  run <path>    run an app component (exports `run: func()` or is a `wasi:cli/run` command)
  status        list loaded libraries, their interfaces and how each is forwarded
  purge         unload every library and reset all state
  help          show this help
  quit, exit    leave (end of input does too)";

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
    let path = |command: &str| {
        if rest.is_empty() {
            Err(format!("`{command}` needs a path: `{command} <path>`"))
        } else {
            Ok(PathBuf::from(rest))
        }
    };
    let bare = |command: Command| {
        if rest.is_empty() {
            Ok(command)
        } else {
            Err(format!("`{word}` takes no arguments"))
        }
    };
    match word {
        "load" => path("load").map(Command::Load),
        "run" => path("run").map(Command::Run),
        "status" => bare(Command::Status),
        "purge" => bare(Command::Purge),
        "help" | "?" => bare(Command::Help),
        "quit" | "exit" => bare(Command::Quit),
        other => Err(format!(
            "unknown command `{other}` (type `help` for the list)"
        )),
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
