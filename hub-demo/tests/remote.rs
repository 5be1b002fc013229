//! Libraries served by one `hub-demo serve` process and linked into another `hub-demo`
//! over NATS (a `nats-server` on a loopback port): the demo's app runs against them,
//! destructor chain included; killing the serving process mid-call fails the call
//! within its time, `status` says unreachable, and calls work again when a server is
//! back.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use hub_fixtures::guest;
use hub_fixtures::nats::NatsServer;

/// `hub-demo` with `args`, its output read line by line (stdout and stderr, in one
/// channel, each line tagged with where it came from).
struct Demo {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    seen: String,
}

impl Demo {
    fn start(args: &[&str]) -> Demo {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hub-demo"))
            .arg("--cache-dir")
            .arg(hub_fixtures::compile_cache_dir())
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("hub-demo starts");
        let (send, lines) = channel();
        let stdout = BufReader::new(child.stdout.take().expect("piped"));
        let stderr = BufReader::new(child.stderr.take().expect("piped"));
        for (stream, tag) in [
            (Box::new(stdout) as Box<dyn BufRead + Send>, "out"),
            (Box::new(stderr), "err"),
        ] {
            let send = send.clone();
            std::thread::spawn(move || {
                for line in stream.lines().map_while(Result::ok) {
                    let _ = send.send(format!("{tag}: {line}"));
                }
            });
        }
        let stdin = child.stdin.take();
        Demo {
            child,
            stdin,
            lines,
            seen: String::new(),
        }
    }

    fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        writeln!(stdin, "{line}").expect("hub-demo reads stdin");
    }

    /// The next line containing `needle` (waiting for it: it comes when the process
    /// gets there); fails if the output ends first, or after a minute.
    fn wait_for(&mut self, needle: &str) -> String {
        loop {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("no line containing {needle:?} in:\n{}", self.seen));
            self.seen.push_str(&line);
            self.seen.push('\n');
            if line.contains(needle) {
                return line;
            }
        }
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn path(name: &str) -> String {
    guest(name).display().to_string()
}

/// `hub-demo serve` of the demo's providers and `hostile_provider` under `test.*`, ready.
fn serving(url: &str) -> Demo {
    let mut server = Demo::start(&[
        "--quiet",
        "serve",
        "--nats",
        url,
        "--prefix",
        "test",
        &path("provider_logging"),
        &path("provider_calculator"),
        &path("hostile_provider"),
    ]);
    server.wait_for("Ctrl-C stops serving.");
    server
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn the_demo_app_runs_against_providers_another_process_serves_and_survives_its_death() {
    let nats = NatsServer::start();
    let url = nats.url();
    let mut server = serving(&url);
    let mut client = Demo::start(&["--remote-timeout", "2s"]);
    for prefix in [
        "provider_logging",
        "provider_calculator",
        "hostile_provider",
    ] {
        client.send(&format!("load {url}/test.{prefix}"));
        client.wait_for(&format!("Linked {url}/test.{prefix}"));
    }

    client.send(&format!("run {}", path("app_consumer")));
    client.wait_for("[APP] calc.add(2, 3) = 5");
    client.wait_for("[APP] === demo app: done ===");
    // The destructor chain ran in the serving process: the calc, then its logger.
    server.wait_for("[CALCULATOR] Calc::drop");
    server.wait_for("[PROVIDER] Logger::drop");
    client.send("status");
    client.wait_for("Live resource handles: 0");
    client.wait_for(&format!("{url}/test.provider_logging (reachable)"));
    // `pi`, `quick-add` and the static `version` and `total-operations` take and
    // return plain data, and `wit/` has them: typed across the wire.
    client.wait_for(&format!(
        "{url}/test.provider_calculator (reachable): demo:logging/calculator@0.1.0; 4 functions typed"
    ));

    // A local library in front of the remote logging: unlinking it is refused, whole.
    client.send(&format!("load {}", path("proxy_logging")));
    client.send(&format!("unload {url}/test.provider_logging"));
    client.wait_for("err: error: `demo:logging/logging@0.1.0` is imported by library #1 proxy_logging.wasm; unload it first");
    client.send("unload proxy_logging.wasm");
    client.wait_for("Unloaded #1 proxy_logging.wasm");

    // The server dies while a call is in it: the call fails within its time.
    client.send(&format!("run {}", path("sleep_app")));
    client.wait_for("[APP] sleep: calling hostile.sleep");
    drop(server);
    let failed = client.wait_for("err: error:");
    assert!(
        failed.contains("did not answer within 2s") || failed.contains("nobody serves"),
        "{failed}"
    );
    client.send("status");
    client.wait_for(&format!("{url}/test.provider_logging (unreachable)"));

    // A server is back: the same hub calls again, as before.
    let _server = serving(&url);
    client.send(&format!("run {}", path("app_consumer")));
    client.wait_for("[APP] === demo app: done ===");
    client.send("status");
    client.wait_for(&format!("{url}/test.provider_calculator (reachable)"));

    // Types from a WIT file, as for a wRPC server that is not a hub: the calls go out
    // unnamed and come back plain. `work_app` calls only the calculator's `quick-add`.
    let wit = concat!(env!("CARGO_MANIFEST_DIR"), "/../wit/demo-logging.wit");
    let mut plain = Demo::start(&["--quiet"]);
    plain.send(&format!("load --wit {wit} {url}/test.provider_calculator"));
    plain.wait_for(&format!("Linked {url}/test.provider_calculator: it serves demo:logging/logging@0.1.0, demo:logging/calculator@0.1.0."));
    plain.send(&format!("run {}", path("work_app")));
    plain.send("status");
    plain.wait_for("Live resource handles: 0");
    assert!(!plain.seen.contains("err:"), "{}", plain.seen);
}

/// An async library (`async func`s, WASI 0.3) served by another process: its calls
/// cross the wire as plain calls, which the serving hub awaits in the library's event
/// loop; an async app awaits them and a sync app calls them, and the library keeps its
/// state between the two runs.
#[cfg(feature = "async")]
#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn an_async_library_another_process_serves_answers_async_and_sync_apps() {
    let nats = NatsServer::start();
    let url = nats.url();
    let mut server = Demo::start(&[
        "--quiet",
        "serve",
        "--nats",
        &url,
        "--prefix",
        "test",
        &path("async_provider"),
    ]);
    server.wait_for("Ctrl-C stops serving.");
    let mut client = Demo::start(&["--remote-timeout", "10s"]);
    client.send(&format!("load {url}/test.async_provider"));
    client.wait_for(&format!(
        "Linked {url}/test.async_provider: it serves hub:async-guests/echo@0.1.0."
    ));
    client.send(&format!("run {}", path("async_app")));
    client.wait_for("[APP] async_app: HELLO");
    client.wait_for("[APP] async_app: shouts so far: 1");
    client.send(&format!("run {}", path("sync_echo_app")));
    client.wait_for("[APP] sync_echo_app: HELLO");
    client.wait_for("[APP] sync_echo_app: shouts so far: 2");
    client.send("status");
    client.wait_for("Live resource handles: 0");
    assert!(!client.seen.contains("err:"), "{}", client.seen);
}
