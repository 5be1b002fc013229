//! Libraries served by one hub over wRPC on NATS and linked into another: the demo's
//! app runs against them, destructor chain included, and the libraries keep their state
//! between runs. Two hubs in one process here; hub-demo's tests do it across processes.

#[path = "common/hubs.rs"]
mod hubs;

use std::time::Duration;

use hub_fixtures::guest;
use hub_fixtures::nats::NatsServer;
use hub_runtime::OneLine;
use hub_wrpc::{RemoteLibrary, ServeOptions};

const DEMO: &[&str] = &["provider_logging", "provider_calculator"];

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn the_demo_app_runs_against_providers_served_by_another_hub() {
    let nats = NatsServer::start();
    let budget = Duration::from_secs(20);
    let server = hubs::serving(DEMO, &nats.url(), budget, &ServeOptions::default());
    let (client, output, remotes) = hubs::linked(&nats.url(), DEMO, budget, budget);
    assert!(remotes.iter().all(RemoteLibrary::reachable));

    client
        .run(guest("app_consumer"))
        .unwrap_or_else(|e| panic!("running app_consumer: {}", OneLine(&e)));
    let app = output.text();
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
    let served = server.output.text();
    let calc_dropped = served.find("[CALCULATOR] Calc::drop").expect(&served);
    assert!(
        served[calc_dropped..].contains("[PROVIDER] Logger::drop"),
        "{served}"
    );
    // Nothing the run made is left, on either side.
    assert_eq!(client.live_handles(), 0);
    assert_eq!(server.hub.live_handles(), 0);

    // A second run sees the libraries' state kept (the logger count grows).
    let before = served.matches("Logger::new").count();
    client.run(guest("app_consumer")).expect("runs again");
    assert!(server.output.text().matches("Logger::new").count() > before);
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn a_local_library_wraps_a_remote_one_and_unlinking_it_is_refused_while_it_does() {
    let nats = NatsServer::start();
    let budget = Duration::from_secs(20);
    let server = hubs::serving(DEMO, &nats.url(), budget, &ServeOptions::default());
    let (client, output, remotes) = hubs::linked(&nats.url(), DEMO, budget, budget);
    // `proxy_logging` imports and exports `logging`: it wraps the remote one.
    let proxy = client
        .load(guest("proxy_logging"))
        .unwrap_or_else(|e| panic!("loading proxy_logging: {}", OneLine(&e)));
    client.run(guest("app_consumer")).expect("runs");
    let app = output.text();
    assert!(app.contains("[PROXY] Logger::new"), "{app}");
    assert!(server.output.text().contains("[PROVIDER] Logger::new"));

    let logging = "demo:logging/logging@0.1.0";
    let err = client
        .unserve(&[logging])
        .expect_err("the proxy imports it");
    assert!(err.to_string().contains("proxy_logging"), "{err}");
    client.unload(proxy, false).expect("unloads");
    client.unserve(&[logging]).expect("nothing imports it now");
    drop(remotes);
    assert_eq!(client.live_handles(), 0);
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn runs_on_many_threads_share_remote_libraries_and_leave_no_handle_on_either_side() {
    let nats = NatsServer::start();
    let budget = Duration::from_secs(60);
    let server = hubs::serving(DEMO, &nats.url(), budget, &ServeOptions::default());
    let (client, output, _remotes) = hubs::linked(&nats.url(), DEMO, budget, budget);
    const THREADS: usize = 4;
    const RUNS: usize = 5;
    std::thread::scope(|scope| {
        let runs: Vec<_> = (0..THREADS)
            .map(|_| {
                scope.spawn(|| {
                    (0..RUNS)
                        .map(|_| {
                            client
                                .run(guest("app_consumer"))
                                .map_err(|e| OneLine(&e).to_string())
                        })
                        .collect::<Result<Vec<()>, String>>()
                })
            })
            .collect();
        for run in runs {
            run.join().expect("no panic").expect("every run succeeds");
        }
    });
    let done = output
        .text()
        .matches("[APP] === demo app: done ===")
        .count();
    assert_eq!(done, THREADS * RUNS);
    // Every calc and logger the runs made was dropped on the server, each drop waited
    // for: nothing is left on either side.
    assert_eq!(client.live_handles(), 0);
    assert_eq!(server.hub.live_handles(), 0);
}
