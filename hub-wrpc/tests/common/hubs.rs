#![allow(dead_code, reason = "each test binary uses some of these")]

//! Hubs on both sides of the wire for the NATS tests: one serving built guests, one
//! linking them as remote libraries, each capturing its guests' output.

use std::sync::Arc;
use std::time::Duration;

use hub_fixtures::guest;
use hub_runtime::{CapturedOutput, GuestOutput, Hub, OneLine};
use hub_wrpc::{RemoteLibrary, RemoteOptions, ServeOptions, Server};

/// A quiet hub with time budget `budget`, its guests' output captured.
pub fn capturing_hub(budget: Duration) -> (Hub, CapturedOutput) {
    let output = CapturedOutput::new(1 << 20);
    let options = hub_fixtures::quiet_options!(hub_runtime)
        .guest_output(GuestOutput::Capture(output.clone()))
        .timeout(Some(budget));
    (Hub::new(options).expect("the hub starts"), output)
}

/// As [`capturing_hub`], with the forwarders generated from `wit/`: the plain
/// functions of its interfaces cross the wire typed.
pub fn capturing_generated_hub(budget: Duration) -> (Hub, CapturedOutput) {
    let output = CapturedOutput::new(1 << 20);
    let options = hub_fixtures::quiet_options!(hub_runtime)
        .guest_output(GuestOutput::Capture(output.clone()))
        .timeout(Some(budget));
    (
        component_hub::new_hub(options).expect("the hub starts"),
        output,
    )
}

/// A hub serving guests over NATS, each under its name as the prefix.
pub struct Serving {
    pub hub: Arc<Hub>,
    pub output: CapturedOutput,
    pub servers: Vec<Server>,
}

/// Loads `names` (in order) into a hub with budget `budget` and serves each at `url`.
pub fn serving(names: &[&str], url: &str, budget: Duration, options: &ServeOptions) -> Serving {
    let (hub, output) = capturing_hub(budget);
    serving_in(hub, output, names, url, options)
}

/// Loads `names` (in order) into `hub` (whose guests' output is `output`) and serves each
/// at `url`.
pub fn serving_in(
    hub: Hub,
    output: CapturedOutput,
    names: &[&str],
    url: &str,
    options: &ServeOptions,
) -> Serving {
    let hub = Arc::new(hub);
    let servers = names
        .iter()
        .map(|name| {
            let bytes = std::fs::read(guest(name)).expect("the guest is built");
            let library = hub
                .load_bytes(name, bytes.clone(), &Default::default())
                .unwrap_or_else(|e| panic!("loading {name}: {}", OneLine(&e)));
            let connect = async_nats::ConnectOptions::new();
            Server::start(
                Arc::clone(&hub),
                library,
                &bytes,
                url,
                connect,
                name,
                options.clone(),
            )
            .unwrap_or_else(|e| panic!("serving {name}: {}", OneLine(&e)))
        })
        .collect();
    Serving {
        hub,
        output,
        servers,
    }
}

/// The library served at `url` under `prefix`, its calls given `timeout`.
pub fn remote(url: &str, prefix: &str, timeout: Duration) -> RemoteLibrary {
    let options = RemoteOptions {
        timeout,
        ..RemoteOptions::default()
    };
    RemoteLibrary::connect(url, async_nats::ConnectOptions::new(), prefix, options)
        .unwrap_or_else(|e| panic!("connecting {prefix}: {}", OneLine(&e)))
}

/// A hub with budget `budget` that links the libraries served under `prefixes`.
pub fn linked(
    url: &str,
    prefixes: &[&str],
    budget: Duration,
    timeout: Duration,
) -> (Hub, CapturedOutput, Vec<RemoteLibrary>) {
    let (hub, output) = capturing_hub(budget);
    let remotes = link_in(&hub, url, prefixes, timeout);
    (hub, output, remotes)
}

/// Links the libraries served at `url` under `prefixes` into `hub`, their calls given
/// `timeout`.
pub fn link_in(hub: &Hub, url: &str, prefixes: &[&str], timeout: Duration) -> Vec<RemoteLibrary> {
    prefixes
        .iter()
        .map(|prefix| {
            let remote = remote(url, prefix, timeout);
            remote
                .link(hub)
                .unwrap_or_else(|e| panic!("linking {prefix}: {}", OneLine(&e)));
            remote
        })
        .collect()
}
