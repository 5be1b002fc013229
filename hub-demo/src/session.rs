//! Runs commands against a hub, printing results on stdout and errors on stderr.

use component_hub::Hub;

use crate::command::{Command, HELP};

/// What the caller should do after a command.
#[derive(Debug, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

/// Executes one command. Every failure is reported as one `error: ...` line on stderr;
/// the hub is left as it was and the session goes on.
pub fn execute(hub: &mut Hub, command: Command) -> Flow {
    let outcome = match command {
        Command::Load(path) => hub.load(&path).map(|_| ()).map_err(|e| e.to_string()),
        Command::Run(path) => hub.run(&path).map_err(|e| e.to_string()),
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
            println!("{HELP}");
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
