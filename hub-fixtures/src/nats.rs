//! A `nats-server` for the tests that cross NATS: started on a free loopback port,
//! killed when dropped. Those tests are `#[ignore]`d with [`NEEDS_NATS`] where it is not
//! installed; `.ci/run` installs it and runs them.

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Why the tests that need a NATS server are ignored, and how to run them.
pub const NEEDS_NATS: &str =
    "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these";

/// A `nats-server` on a loopback port of its own.
pub struct NatsServer {
    child: Child,
    port: u16,
}

impl NatsServer {
    /// Starts one on a free port, and waits until it accepts connections.
    ///
    /// # Panics
    ///
    /// When `nats-server` is not installed or does not listen (a test's failure).
    pub fn start() -> NatsServer {
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        NatsServer::start_on(port)
    }

    /// Starts one on `port` (again, after [`stop`](NatsServer::stop)).
    ///
    /// # Panics
    ///
    /// As [`start`](NatsServer::start).
    pub fn start_on(port: u16) -> NatsServer {
        let child = Command::new("nats-server")
            .args(["-a", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| panic!("nats-server does not start ({err}): {NEEDS_NATS}"));
        // Readiness, not timing: poll until it accepts, a bounded number of times.
        let ready = (0..400).any(|_| {
            let up = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok();
            if !up {
                std::thread::sleep(Duration::from_millis(25));
            }
            up
        });
        assert!(ready, "nats-server did not listen on port {port}");
        NatsServer { child, port }
    }

    /// Its URL, `nats://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    /// Its port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Kills it (every connection to it breaks).
    pub fn stop(self) {}
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback URL nothing listens on (a port bound, then released).
pub fn unreachable_url() -> String {
    let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .expect("a port")
        .port();
    format!("nats://127.0.0.1:{port}")
}
