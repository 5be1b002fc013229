//! `hub-demo`: the interactive component hub.
//!
//! Reads commands (`load`, `run`, `status`, `purge`, `help`, `quit`) from the terminal or
//! from piped stdin, or plays the standard demo with `--demo`.

mod command;
mod host_lines;
mod session;

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use component_hub::{Hub, HubOptions, OneLine, guest, new_hub};

use command::Command;
use session::{Flow, execute};

/// Link WebAssembly components to each other at runtime.
#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
struct Args {
    /// Play the standard sequence (load logging, load calculator, run the app twice,
    /// status, purge) instead of reading commands.
    #[arg(long)]
    demo: bool,
    /// Hide the `[HOST]` lines that show what the hub links and forwards.
    #[arg(long, short)]
    quiet: bool,
    /// Forward every interface through the dynamic path, even those with generated
    /// forwarders (to compare the two).
    #[arg(long)]
    dynamic: bool,
}

fn main() -> ExitCode {
    match session(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {}", OneLine(err.as_ref()));
            ExitCode::FAILURE
        }
    }
}

fn session(args: Args) -> anyhow::Result<()> {
    if !args.quiet {
        host_lines::install();
    }
    let options = HubOptions::default()
        .call_events(!args.quiet)
        .force_dynamic(args.dynamic);
    let mut hub = new_hub(options).context("cannot start the hub")?;
    if args.demo {
        play_demo(&mut hub);
        return Ok(());
    }
    if std::io::stdin().is_terminal() {
        interactive(&mut hub)
    } else {
        piped(&mut hub)
    }
}

/// The standard sequence, as if typed.
fn play_demo(hub: &mut Hub) {
    let logging = guest("provider_logging");
    let calculator = guest("provider_calculator");
    let app = guest("app_consumer");
    let script = [
        Command::Load(logging),
        Command::Load(calculator),
        Command::Run(app.clone()),
        Command::Run(app),
        Command::Status,
        Command::Purge,
    ];
    for command in script {
        println!("> {command}");
        execute(hub, command);
    }
}

/// A terminal: line editing and history with rustyline.
fn interactive(hub: &mut Hub) -> anyhow::Result<()> {
    println!(
        "component-hub: type `help` for commands. Guest components are in {}",
        component_hub::GUESTS_DIR
    );
    let mut editor = rustyline::DefaultEditor::new().context("cannot open the terminal")?;
    loop {
        match editor.readline("> ") {
            Ok(line) => {
                let _ = editor.add_history_entry(line.as_str());
                if dispatch(hub, &line) == Flow::Quit {
                    return Ok(());
                }
            }
            Err(
                rustyline::error::ReadlineError::Interrupted | rustyline::error::ReadlineError::Eof,
            ) => return Ok(()),
            Err(err) => return Err(err).context("cannot read the terminal"),
        }
    }
}

/// Piped input: one command per line, no prompt; end of input exits cleanly.
fn piped(hub: &mut Hub) -> anyhow::Result<()> {
    for line in std::io::stdin().lock().lines() {
        let line = line.context("cannot read stdin")?;
        if dispatch(hub, &line) == Flow::Quit {
            break;
        }
    }
    Ok(())
}

fn dispatch(hub: &mut Hub, line: &str) -> Flow {
    match command::parse(line) {
        Ok(command) => execute(hub, command),
        Err(message) => {
            eprintln!("error: {message}");
            Flow::Continue
        }
    }
}
