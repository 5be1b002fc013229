//! Libraries served by one hub over wRPC on NATS and linked into another: the demo's
//! app runs against them, destructor chain included, and what a hub held on a server
//! is released there when the hub goes away. Two hubs in one process here; hub-demo's
//! tests do it across processes.

use std::sync::Arc;
use std::time::Duration;

use hub_fixtures::guest;
use hub_fixtures::nats::NatsServer;
use hub_runtime::{CapturedOutput, GuestOutput, Hub, OneLine};
use hub_wrpc::{RemoteLibrary, RemoteOptions, ServeOptions, Server};

fn capturing_hub() -> (Hub, CapturedOutput) {
    let output = CapturedOutput::new(1 << 20);
    let options = hub_fixtures::quiet_options!(hub_runtime)
        .guest_output(GuestOutput::Capture(output.clone()))
        .timeout(Some(Duration::from_secs(20)));
    (Hub::new(options).expect("the hub starts"), output)
}

/// Loads the demo's two providers into `hub` and serves each under a prefix of its own.
fn serve_demo(hub: &Arc<Hub>, url: &str, lease: Duration) -> Vec<Server> {
    ["provider_logging", "provider_calculator"]
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(guest(name)).expect("the guest is built");
            let library = hub
                .load_bytes(name, bytes.clone(), &Default::default())
                .unwrap_or_else(|e| panic!("loading {name}: {}", OneLine(&e)));
            let options = ServeOptions {
                lease,
                ..ServeOptions::default()
            };
            let connect = async_nats::ConnectOptions::new();
            Server::start(
                Arc::clone(hub),
                library,
                &bytes,
                url,
                connect,
                name,
                options,
            )
            .unwrap_or_else(|e| panic!("serving {name}: {}", OneLine(&e)))
        })
        .collect()
}

fn link_demo(hub: &Hub, url: &str) -> Vec<RemoteLibrary> {
    ["provider_logging", "provider_calculator"]
        .into_iter()
        .map(|prefix| {
            let connect = async_nats::ConnectOptions::new();
            let remote = RemoteLibrary::connect(url, connect, prefix, RemoteOptions::default())
                .unwrap_or_else(|e| panic!("connecting {prefix}: {}", OneLine(&e)));
            remote
                .link(hub)
                .unwrap_or_else(|e| panic!("linking {prefix}: {}", OneLine(&e)));
            remote
        })
        .collect()
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn the_demo_app_runs_against_providers_served_by_another_hub() {
    let nats = NatsServer::start();
    let (server_hub, server_output) = capturing_hub();
    let server_hub = Arc::new(server_hub);
    let _servers = serve_demo(&server_hub, &nats.url(), Duration::from_secs(30));
    let (client_hub, client_output) = capturing_hub();
    let remotes = link_demo(&client_hub, &nats.url());
    assert!(remotes.iter().all(RemoteLibrary::reachable));

    client_hub
        .run(guest("app_consumer"))
        .unwrap_or_else(|e| panic!("running app_consumer: {}", OneLine(&e)));
    let app = client_output.text();
    for line in [
        "[APP] default level: info",
        "[APP] quick-add(2, 3) = 5",
        "[APP] logger max level: warn",
        "[APP] calc.add(2, 3) = 5",
        "[APP] calc.divide(1, 0) = inf",
        "[APP] === demo app: done ===",
    ] {
        assert!(app.contains(line), "`{line}` missing from\n{app}");
    }
    // The providers ran on the server: their output is there, the destructor chain
    // too (the calc's drop, then its logger's, in the logging provider).
    let served = server_output.text();
    let calc_dropped = served.find("[CALCULATOR] Calc::drop").expect(&served);
    assert!(
        served[calc_dropped..].contains("[PROVIDER] Logger::drop"),
        "{served}"
    );
    // Nothing the run made is left, on either side.
    assert_eq!(client_hub.live_handles(), 0);
    assert_eq!(server_hub.live_handles(), 0);

    // A second run sees the libraries' state kept (the logger count grows).
    let before = served.matches("Logger::new").count();
    client_hub.run(guest("app_consumer")).expect("runs again");
    assert!(server_output.text().matches("Logger::new").count() > before);
}
