//! `hub-demo`: the interactive component hub.
//!
//! Reads commands (`load`, `run`, `unload`, `reload`, `status`, `purge`, `cache`, `help`,
//! `quit`) from the terminal or from piped stdin, or plays the standard demo with `--demo`.
//!
//! The hub lives on a thread of its own and executes, in the order they arrive, the
//! lines read here and (with `--watch`) the reloads of changed library files. Ctrl-C
//! interrupts the run in progress; at the prompt it clears the line.

mod command;
mod completion;
mod console;
mod graph;
mod history;
mod host_lines;
mod output;
mod remote;
mod session;
mod watch;

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use clap::Parser;
use component_hub::{Hub, HubOptions, OneLine, new_hub};
use hub_fixtures::guest;

use command::Command;
use output::{say, warn};
use session::{Flow, execute};
use watch::LibraryWatcher;

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
    /// The time budget of every run and of every load's instantiation (`30s`, `500ms`,
    /// `2m`); `0` or `none` for no limit.
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_timeout)]
    timeout: Timeout,
    /// The most linear memory one library or app may use (`1GiB`, `512MiB`).
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = parse_size)]
    max_memory: u64,
    /// Let guests send HTTP requests to HOST (repeat for more; `*` for any). Without it
    /// every request is denied.
    #[arg(long, value_name = "HOST")]
    allow_http: Vec<String>,
    /// Give guests the host folder HOST (as GUEST, or under the same path), read and
    /// write (repeat for more). Without it guests see no files at all.
    #[arg(long = "dir", value_name = "HOST[::GUEST]")]
    dirs: Vec<String>,
    /// Cache compiled components in DIR instead of the platform's cache folder.
    #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
    cache_dir: Option<PathBuf>,
    /// The most the disk cache may hold (`1GiB`, `512MiB`): past it, the least recently
    /// used compiled components are removed.
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = parse_size)]
    cache_max_size: u64,
    /// Keep no history of the lines typed (by default a terminal session keeps the last
    /// 1000 in the platform's state folder, e.g. `~/.local/state/component-hub/history`).
    #[arg(long)]
    no_history: bool,
    /// Do not cache compiled components on disk.
    #[arg(long)]
    no_cache: bool,
    /// Reload a library (and those depending on it) when its file's content changes on
    /// disk.
    #[arg(long)]
    watch: bool,
    /// NATS credentials (a `.creds` file: JWT and nkey seed) for `serve` and for
    /// `load nats://...`. A user and password go in the URL (`nats://user:pw@host:4222`).
    #[arg(long, value_name = "FILE")]
    nats_creds: Option<PathBuf>,
    /// Trust this CA's certificate and require TLS of the NATS server.
    #[arg(long, value_name = "FILE")]
    nats_tls_ca: Option<PathBuf>,
    /// A client certificate for NATS servers that ask for one (with `--nats-tls-key`).
    #[arg(long, value_name = "FILE", requires = "nats_tls_key")]
    nats_tls_cert: Option<PathBuf>,
    /// The client certificate's key.
    #[arg(long, value_name = "FILE", requires = "nats_tls_cert")]
    nats_tls_key: Option<PathBuf>,
    /// How long a call to a remote library may take, the wire included.
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_timeout)]
    remote_timeout: Timeout,
    #[command(subcommand)]
    mode: Option<Mode>,
}

/// What to do instead of reading commands.
#[derive(clap::Subcommand, Debug)]
enum Mode {
    /// Load libraries and serve each over wRPC on NATS, until Ctrl-C. Each is served
    /// under the subject prefix `[<prefix>.]<file stem>`: hubs elsewhere link it with
    /// `load nats://<host>:<port>/<that prefix>`. Several processes serving the same
    /// files at the same prefix share the calls.
    Serve(ServeArgs),
}

#[derive(clap::Args, Debug)]
struct ServeArgs {
    /// The libraries, loaded in this order (each may import what those before export).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The NATS server.
    #[arg(long, value_name = "URL", default_value = "nats://127.0.0.1:4222")]
    nats: String,
    /// Put this before each library's prefix (`demo` serves `demo.provider_logging`).
    #[arg(long, value_name = "PREFIX")]
    prefix: Option<String>,
    /// How long a hub's handles are kept after it was last heard from.
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = humantime::parse_duration)]
    lease: Duration,
}

/// A time budget, or none.
#[derive(Clone, Copy, Debug)]
struct Timeout(Option<Duration>);

fn parse_timeout(text: &str) -> Result<Timeout, String> {
    match text.trim() {
        "0" | "none" => Ok(Timeout(None)),
        text => humantime::parse_duration(text)
            .map(|d| Timeout((!d.is_zero()).then_some(d)))
            .map_err(|e| format!("`{text}` is not a duration like `30s` or `500ms` ({e})")),
    }
}

fn parse_size(text: &str) -> Result<u64, String> {
    text.trim()
        .parse::<bytesize::ByteSize>()
        .map(|size| size.as_u64())
        .map_err(|e| format!("`{text}` is not a size like `1GiB` or `512MiB` ({e})"))
}

fn main() -> ExitCode {
    match start(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            warn(&format!("error: {}", OneLine(err.as_ref())));
            ExitCode::FAILURE
        }
    }
}

fn start(args: Args) -> anyhow::Result<()> {
    if !args.quiet {
        host_lines::install();
    }
    let mut options = HubOptions::default()
        .call_events(!args.quiet)
        .force_dynamic(args.dynamic)
        .timeout(args.timeout.0)
        .max_memory(usize::try_from(args.max_memory).unwrap_or(usize::MAX))
        .cache_max_size(args.cache_max_size);
    for host in &args.allow_http {
        options = options.allow_http(host.clone());
    }
    for dir in &args.dirs {
        let (host, guest) = dir.split_once("::").unwrap_or((dir, dir));
        options = options.preopen_dir(host, guest);
    }
    if let Some(dir) = &args.cache_dir {
        options = options.cache_dir(dir);
    }
    if args.no_cache {
        options = options.disk_cache(false);
    }
    let hub = new_hub(options).context("cannot start the hub")?;
    let nats = remote::NatsSettings {
        creds: args.nats_creds.clone(),
        tls_ca: args.nats_tls_ca.clone(),
        tls_client: args.nats_tls_cert.clone().zip(args.nats_tls_key.clone()),
        timeout: args.remote_timeout.0,
    };
    if let Some(Mode::Serve(serve)) = &args.mode {
        return serve_libraries(hub, serve, &nats);
    }
    if args.demo {
        play_demo(&hub);
        return Ok(());
    }

    let interactive = std::io::stdin().is_terminal();
    let interrupt = hub.interrupt_handle();
    ctrlc::set_handler(move || {
        // A run in progress is interrupted; otherwise, reading piped input, Ctrl-C ends
        // the session as usual. (At a terminal's prompt, rustyline gets Ctrl-C as a key.)
        if !interrupt.interrupt() && !interactive {
            std::process::exit(130);
        }
    })
    .context("cannot handle Ctrl-C")?;

    let (requests, received) = channel();
    let watcher = if args.watch {
        let changes = requests.clone();
        let watcher = LibraryWatcher::new(move |paths| {
            let _ = changes.send(Request::Changed(paths));
        })
        .context("cannot watch files")?;
        Some(watcher)
    } else {
        None
    };
    let known = Arc::new(Mutex::new(completion::Known::of(&hub.status())));
    let completing = Arc::clone(&known);
    let server = std::thread::Builder::new()
        .name("hub".into())
        .spawn(move || serve(hub, nats, &received, watcher, &known))
        .context("cannot start the hub's thread")?;
    let read = if interactive {
        let helper = completion::ConsoleHelper::new(completing);
        interactive_lines(&requests, &history::History::new(!args.no_history), helper)
    } else {
        piped_lines(&requests)
    };
    let _ = requests.send(Request::End);
    let _ = server.join();
    read
}

/// What the hub's thread is asked to do.
enum Request {
    /// Execute a line, then say whether to go on.
    Line(Vec<u8>, Sender<Flow>),
    /// These files changed on disk.
    Changed(Vec<PathBuf>),
    /// The input ended.
    End,
}

/// The hub's thread: executes requests in order until the input ends, and keeps what
/// the prompt completes from up to date.
fn serve(
    hub: Hub,
    nats: remote::NatsSettings,
    requests: &Receiver<Request>,
    mut watcher: Option<LibraryWatcher>,
    known: &Mutex<completion::Known>,
) {
    let mut console = console::Console::new(&hub, nats);
    for request in requests {
        match request {
            Request::Line(line, done) => {
                let flow = dispatch(&mut console, &line);
                let status = hub.status();
                if let Some(watcher) = &mut watcher {
                    watcher.watch(&status);
                }
                *known.lock().unwrap_or_else(|e| e.into_inner()) = completion::Known::of(&status);
                let _ = done.send(flow);
            }
            Request::Changed(paths) => {
                if let Some(watcher) = &mut watcher {
                    watcher.changed(&hub, &paths);
                }
            }
            Request::End => return,
        }
    }
}

/// The standard sequence, as if typed.
fn play_demo(hub: &Hub) {
    let logging = guest("provider_logging");
    let calculator = guest("provider_calculator");
    let app = guest("app_consumer");
    let load = |path| Command::Load {
        path,
        override_wasi: false,
        instances: 1,
        wires: Vec::new(),
        wit: None,
    };
    let run = |path| Command::Run {
        path,
        wires: Vec::new(),
    };
    let script = [
        load(logging),
        load(calculator),
        run(app.clone()),
        run(app),
        Command::Status,
        Command::Purge,
    ];
    let mut console = console::Console::new(hub, remote::NatsSettings::default());
    for command in script {
        say(&format!("> {command}"));
        execute(&mut console, command);
    }
}

/// `hub-demo serve`: loads `serve.paths` and serves each over NATS until Ctrl-C.
fn serve_libraries(hub: Hub, serve: &ServeArgs, nats: &remote::NatsSettings) -> anyhow::Result<()> {
    let hub = Arc::new(hub);
    let mut servers = Vec::new();
    for path in &serve.paths {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
        let library = hub
            .load(path)
            .map_err(|err| anyhow::anyhow!("{}", OneLine(&err)))?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let prefix = match &serve.prefix {
            Some(prefix) => format!("{prefix}.{stem}"),
            None => stem,
        };
        let options = hub_wrpc::ServeOptions {
            lease: serve.lease,
            ..hub_wrpc::ServeOptions::default()
        };
        let connect = nats.connect_options()?;
        let server = hub_wrpc::Server::start(
            Arc::clone(&hub),
            library,
            &bytes,
            &serve.nats,
            connect,
            &prefix,
            options,
        )
        .map_err(|err| anyhow::anyhow!("cannot serve `{}`: {}", path.display(), OneLine(&err)))?;
        say(&format!(
            "Serving {} ({} functions): load nats://{}/{prefix}",
            path.display(),
            server.functions().len(),
            serve
                .nats
                .trim_start_matches("nats://")
                .trim_end_matches('/'),
        ));
        if !server.unserved_functions().is_empty() {
            say(&format!(
                "Not served (only interfaces cross the wire): its top-level {}",
                server.unserved_functions().join(", ")
            ));
        }
        servers.push(server);
    }
    let (stop, stopped) = channel();
    ctrlc::set_handler(move || {
        let _ = stop.send(());
    })
    .context("cannot handle Ctrl-C")?;
    say("Ctrl-C stops serving.");
    let _ = stopped.recv();
    drop(servers);
    say("Stopped serving.");
    Ok(())
}

/// A terminal: line editing with rustyline, and the history of earlier sessions. Ctrl-C
/// clears the line, Ctrl-D (or `quit`) leaves.
fn interactive_lines(
    requests: &Sender<Request>,
    history: &history::History,
    helper: completion::ConsoleHelper,
) -> anyhow::Result<()> {
    use rustyline::error::ReadlineError;
    say(&format!(
        "component-hub: type `help` for commands. Guest components are in {}",
        hub_fixtures::GUESTS_DIR
    ));
    if let Some(file) = history.file() {
        say(&format!(
            "History: {} (`--no-history` keeps none)",
            file.display()
        ));
    }
    let mut editor = history
        .editor(Some(helper))
        .context("cannot open the terminal")?;
    let mut warned = false;
    loop {
        match editor.readline("> ") {
            Ok(line) => {
                history.record(&mut editor, &line, &mut warned);
                if send_line(requests, line.into_bytes()) == Flow::Quit {
                    return Ok(());
                }
            }
            Err(ReadlineError::Interrupted) => {}
            Err(ReadlineError::Eof) => return Ok(()),
            Err(ReadlineError::Io(err)) if err.kind() == std::io::ErrorKind::InvalidData => {
                warn("error: the line is not valid UTF-8");
            }
            Err(err) => return Err(err).context("cannot read the terminal"),
        }
    }
}

/// Piped input: one command per line, no prompt; end of input exits cleanly. Lines are
/// bytes: a line that is not UTF-8 is an error for that line only.
fn piped_lines(requests: &Sender<Request>) -> anyhow::Result<()> {
    let mut stdin = std::io::stdin().lock();
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = stdin
            .read_until(b'\n', &mut line)
            .context("cannot read stdin")?;
        if read == 0 || send_line(requests, std::mem::take(&mut line)) == Flow::Quit {
            return Ok(());
        }
    }
}

/// Has the hub's thread execute `line` and waits until it has.
fn send_line(requests: &Sender<Request>, line: Vec<u8>) -> Flow {
    let (done, finished) = channel();
    if requests.send(Request::Line(line, done)).is_err() {
        return Flow::Quit;
    }
    finished.recv().unwrap_or(Flow::Quit)
}

fn dispatch(console: &mut console::Console<'_>, line: &[u8]) -> Flow {
    match command::parse(line) {
        Ok(Command::Quit) => Flow::Quit,
        Ok(command) => execute(console, command),
        Err(message) => {
            warn(&format!("error: {message}"));
            Flow::Continue
        }
    }
}
