//! Runs commands against a hub, printing results on stdout and errors on stderr.

use component_hub::{Hub, OneLine};

use crate::command::{Command, help};

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
pub fn execute(hub: &mut Hub, command: Command) -> Flow {
    let outcome = match command {
        Command::Load(path) => hub.load(&path).map(|_| ()).map_err(report),
        Command::Run(path) => hub.run(&path).map_err(report),
        Command::Status => {
            println!("{}", hub.status());
            Ok(())
        }
        Command::Purge => {
            let count = hub.purge();
            println!("Purged {count} libraries. All state has been reset.");
            Ok(())
        }
        Command::Help => {
            println!("{}", help());
            Ok(())
        }
        Command::Quit => return Flow::Quit,
        Command::Nothing => Ok(()),
    };
    if let Err(message) = outcome {
        eprintln!("error: {message}");
    }
    Flow::Continue
}

/// One line for an error and its chain of causes.
fn report(err: impl std::error::Error + 'static) -> String {
    OneLine(&err).to_string()
}
