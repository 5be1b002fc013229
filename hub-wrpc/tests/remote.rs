//! Libraries served by one hub over wRPC on NATS and linked into another: the demo's
//! app runs against them, destructor chain included, and the libraries keep their state
//! between runs. Two hubs in one process here; hub-demo's tests do it across processes.

#[path = "common/hubs.rs"]
mod hubs;

use std::time::Duration;

use hub_fixtures::guest;
use hub_fixtures::nats::NatsServer;
use hub_runtime::{LoadOptions, OneLine, RunOptions, Wire};
use hub_wrpc::{DescribedPackage, Description, RemoteLibrary, RemoteOptions, ServeOptions};

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

/// `zoo_app` checks every answer of `scalars`, `containers` and `handles`, served by
/// `zoo_provider` in another hub (`zoo_inspector` is local): with and without the
/// forwarders generated from `wit/` on each side, so typed ends (no `Val`s) and dynamic
/// ones meet in every combination and encode what the other decodes.
#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn zoo_app_gets_the_same_answers_through_typed_and_dynamic_ends_of_the_wire() {
    const ZOO: &[&str] = &["zoo_provider"];
    const BYTE_COUNT: &str = "zoo:types/containers@0.1.0.byte-count";
    const SCALARS: &str = "zoo:types/scalars@0.1.0";
    const CONTAINERS: &str = "zoo:types/containers@0.1.0";
    const HANDLES: &str = "zoo:types/handles@0.1.0";
    let nats = NatsServer::start();
    let budget = Duration::from_secs(20);
    for (typed_server, typed_client) in [(true, true), (true, false), (false, true), (false, false)]
    {
        let hub = |typed| {
            if typed {
                hubs::capturing_generated_hub(budget)
            } else {
                hubs::capturing_hub(budget)
            }
        };
        let (server_hub, server_output) = hub(typed_server);
        let options = ServeOptions::default();
        let server = hubs::serving_in(server_hub, server_output, ZOO, &nats.url(), &options);
        let typed = server.servers[0].typed_functions();
        assert_eq!(
            typed.iter().any(|f| f == BYTE_COUNT),
            typed_server,
            "{typed:?}"
        );
        // `zoo-version`, a top-level function, crosses no wire: the server says so.
        assert_eq!(server.servers[0].unserved_functions(), ["zoo-version"]);
        // A method takes a handle: never typed.
        assert!(
            !typed.iter().any(|f| f.contains("counter.get")),
            "{typed:?}"
        );

        let (client, output) = hub(typed_client);
        let remotes = hubs::link_in(&client, &nats.url(), ZOO, budget);
        let linked = remotes[0].typed_functions();
        let byte_count = "zoo:types/containers@0.1.0#byte-count";
        assert_eq!(
            linked.iter().any(|f| f == byte_count),
            typed_client,
            "{linked:?}"
        );
        // `zoo-version`, a top-level function, is not served over the wire: a local
        // `zoo_provider` exports it, and every interface is wired to the remote one.
        client
            .load(guest("zoo_provider"))
            .unwrap_or_else(|e| panic!("loading zoo_provider: {}", OneLine(&e)));
        let to_remote = [SCALARS, CONTAINERS, HANDLES].map(|i| Wire::to_host(i, i));
        let inspector_wires = LoadOptions::default().wire(to_remote[2].clone());
        client
            .load_with(guest("zoo_inspector"), &inspector_wires)
            .unwrap_or_else(|e| panic!("loading zoo_inspector: {}", OneLine(&e)));
        let app_wires = to_remote
            .into_iter()
            .fold(RunOptions::default(), RunOptions::wire);
        let ends = format!("typed server {typed_server}, typed client {typed_client}");
        client
            .run_with(guest("zoo_app"), &app_wires)
            .unwrap_or_else(|e| panic!("{ends}: {}\n{}", OneLine(&e), output.text()));
        let app = output.text();
        assert!(
            app.contains("[APP] zoo: all checks passed"),
            "{ends}:\n{app}"
        );
        assert_eq!(client.live_handles(), 0, "{ends}");
        drop(remotes);
        assert_eq!(server.hub.live_handles(), 0, "{ends}");
    }
}

/// A described interface whose types are not the build's (here `byte-count` returns a
/// `u64`, where `wit/` has a `u32`) is forwarded with `Val`s, never typed.
#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn an_interface_described_with_other_types_than_the_build_s_is_not_typed() {
    let nats = NatsServer::start();
    let budget = Duration::from_secs(20);
    let (client, _output) = hubs::capturing_generated_hub(budget);
    let zoo = include_str!("../../wit/zoo.wit");
    let changed = "byte-count: func(bytes: list<u8>) -> u64;";
    let other = zoo.replace("byte-count: func(bytes: list<u8>) -> u32;", changed);
    assert!(other.contains(changed));
    let containers = "zoo:types/containers@0.1.0";
    let description = |wit: &str| Description {
        packages: vec![DescribedPackage {
            wit: wit.to_owned(),
            interfaces: vec![containers.to_owned()],
        }],
        lease: budget,
    };
    let connect = |wit: &str| {
        let options = async_nats::ConnectOptions::new();
        RemoteLibrary::connect_described(
            &nats.url(),
            options,
            "nobody",
            RemoteOptions::default(),
            description(wit),
        )
        .unwrap_or_else(|e| panic!("connecting: {}", OneLine(&e)))
    };
    let same = connect(zoo);
    same.link(&client).expect("links");
    assert!(
        same.typed_functions()
            .iter()
            .any(|f| f.ends_with("#byte-count"))
    );
    client.unserve(&[containers]).expect("nothing imports it");

    let changed = connect(&other);
    assert_eq!(changed.link(&client).expect("links"), [containers]);
    assert_eq!(changed.typed_functions(), Vec::<String>::new());
}

/// `shared_provider` exports `e1 { resource x }` and `e2 { use e1.{x as y} }`; served
/// remotely, `shared_app` makes handles through either interface and passes them to the
/// other's functions, which send them back to the server that made them.
#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn a_remote_interface_takes_and_returns_the_resource_of_another() {
    const SHARED: &[&str] = &["shared_provider"];
    let nats = NatsServer::start();
    let budget = Duration::from_secs(20);
    let server = hubs::serving(SHARED, &nats.url(), budget, &ServeOptions::default());
    let (client, output, remotes) = hubs::linked(&nats.url(), SHARED, budget, budget);
    client
        .run(guest("shared_app"))
        .unwrap_or_else(|e| panic!("running shared_app: {}\n{}", OneLine(&e), output.text()));
    let app = output.text();
    assert!(app.contains("[APP] shared: all checks passed"), "{app}");
    assert_eq!(client.live_handles(), 0);
    drop(remotes);
    assert_eq!(server.hub.live_handles(), 0);
}
