//! What goes wrong across the wire is one line and loses nothing: a trap on the server
//! disables the library there (later calls get that error, at once); NATS going away
//! mid-call fails the call within its time, the remote reads as unreachable, and calls
//! work again when NATS is back; a hub that goes away without dropping its handles
//! loses them on the server when its lease ends; a handle leased to one client is
//! refused to any other.

#[path = "common/hubs.rs"]
mod hubs;

use std::time::{Duration, Instant};

use futures::StreamExt;
use hub_fixtures::guest;
use hub_fixtures::nats::{NatsServer, unreachable_url};
use hub_runtime::OneLine;
use hub_wrpc::{
    DESCRIBE, DescribedPackage, Description, HUB_INSTANCE, HubAnswer, NatsTransport, RemoteError,
    RemoteLibrary, RemoteOptions, Route, ServeOptions, TransportError, WireHandle,
};
use hubs::{linked, serving};

fn ms(ms: u64) -> Duration {
    Duration::from_millis(ms)
}

fn secs(secs: u64) -> Duration {
    Duration::from_secs(secs)
}

/// Polls `done` until it holds, for at most ten seconds: waiting for something another
/// thread or process does, not for a time.
fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < Duration::from_secs(10), "never: {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn a_trap_on_the_server_disables_the_library_there_and_later_calls_say_so() {
    let nats = NatsServer::start();
    let options = ServeOptions::default();
    let _server = serving(&["hostile_provider"], &nats.url(), ms(300), &options);
    let (client, _, remotes) = linked(&nats.url(), &["hostile_provider"], secs(20), secs(10));

    // `spin` loops until the server's budget ends it.
    let err = client
        .run(guest("spin_app"))
        .expect_err("the server's budget");
    let line = OneLine(&err).to_string();
    assert!(line.contains("on the server"), "{line}");
    assert!(line.contains("time budget"), "{line}");
    assert!(!line.contains('\n'), "{line}");
    // The library is disabled there: the next call is refused at once, saying why.
    let err = client.run(guest("spin_app")).expect_err("disabled");
    let line = OneLine(&err).to_string();
    assert!(line.contains("disabled"), "{line}");
    assert!(remotes[0].reachable());
    // The client hub is untouched.
    assert_eq!(client.live_handles(), 0);
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn a_call_on_the_wire_ends_with_the_calling_run_s_budget_or_interrupt() {
    let nats = NatsServer::start();
    // The server's own budget bounds the hour-long sleep there.
    let options = ServeOptions::default();
    let _server = serving(&["hostile_provider"], &nats.url(), secs(2), &options);
    let (client, _, _remotes) = linked(&nats.url(), &["hostile_provider"], ms(300), secs(60));
    let err = client
        .run(guest("sleep_app"))
        .expect_err("the run's budget");
    let line = OneLine(&err).to_string();
    assert!(line.contains("time budget of 0.3s ran out"), "{line}");

    // An interrupt ends it too, from another thread, once the call is on the wire.
    let (client, output, _remotes) = linked(&nats.url(), &["hostile_provider"], secs(60), secs(60));
    let interrupt = client.interrupt_handle();
    std::thread::scope(|scope| {
        let sleeping = scope.spawn(|| client.run(guest("sleep_app")));
        eventually("the sleep call starts", || {
            output.text().contains("[APP] sleep: calling hostile.sleep")
        });
        interrupt.interrupt();
        let err = sleeping.join().expect("no panic").expect_err("interrupted");
        let line = OneLine(&err).to_string();
        assert!(line.contains("interrupted"), "{line}");
    });
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn nats_dying_mid_call_fails_the_call_in_time_and_calls_work_again_when_it_is_back() {
    let nats = NatsServer::start();
    let (port, url) = (nats.port(), nats.url());
    let names = [
        "hostile_provider",
        "provider_logging",
        "provider_calculator",
    ];
    // The budget bounds the hour-long sleep (and how long stopping the server waits).
    let _server = serving(&names, &url, secs(3), &ServeOptions::default());
    let (client, output, remotes) = linked(&url, &names, secs(60), secs(1));
    client
        .run(guest("app_consumer"))
        .expect("runs while NATS is up");

    std::thread::scope(|scope| {
        // `sleep` blocks on the server for an hour: the call is in flight when NATS dies.
        let sleeping = scope.spawn(|| client.run(guest("sleep_app")));
        eventually("the sleep call starts", || {
            output.text().contains("[APP] sleep: calling hostile.sleep")
        });
        nats.stop();
        let err = sleeping.join().expect("no panic").expect_err("NATS died");
        let line = OneLine(&err).to_string();
        assert!(line.contains("did not answer within 1s"), "{line}");
    });
    assert!(!remotes[0].reachable());

    // Back on the same port: both sides reconnect, and the demo runs again.
    let _nats = NatsServer::start_on(port);
    eventually("a call gets through again", || {
        client.run(guest("app_consumer")).is_ok()
    });
    // The two the demo called say so; the other is asked.
    assert!(remotes[1..].iter().all(RemoteLibrary::reachable));
    assert!(!remotes[0].reachable());
    assert!(remotes[0].check());
    assert!(remotes[0].reachable());
    assert_eq!(client.live_handles(), 0);
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn a_hub_that_goes_away_loses_its_handles_on_the_server_when_its_lease_ends() {
    let nats = NatsServer::start();
    let options = ServeOptions {
        lease: ms(300),
        ..ServeOptions::default()
    };
    let server = serving(&["provider_logging"], &nats.url(), secs(20), &options);
    // A hub's connection (it sends its id) makes a logger, then says nothing more.
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let url = nats.url();
    let answer = runtime.block_on(async {
        let transport =
            NatsTransport::connect(&url, async_nats::ConnectOptions::new(), "provider_logging")
                .await
                .expect("connects");
        let info = [1u8]; // `level::info`
        transport
            .invoke(
                Route::Any,
                "demo:logging/logging@0.1.0",
                "logger",
                info.to_vec(),
                1024,
                Duration::from_secs(10),
            )
            .await
            .expect("answered")
    });
    let Some(HubAnswer::Returned(handle)) = HubAnswer::from_bytes(&answer) else {
        panic!("not a hub's answer: {answer:?}");
    };
    // A handle: its length, then its bytes.
    assert!(WireHandle::from_bytes(&handle[1..]).is_some());
    assert_eq!(server.hub.live_handles(), 1);
    eventually("the lease ends and the logger is dropped", || {
        server.hub.live_handles() == 0
    });
    assert!(server.output.text().contains("[PROVIDER] Logger::drop"));
}

/// A handle is leased to the client whose call made it: another client that has its
/// bytes (or guesses them: handle numbers are random) can neither use nor drop it.
#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn a_handle_leased_to_one_client_is_refused_to_another() {
    let nats = NatsServer::start();
    let server = serving(
        &["zoo_provider"],
        &nats.url(),
        secs(20),
        &ServeOptions::default(),
    );
    let handles = "zoo:types/handles@0.1.0";
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let url = nats.url();
    let call = |transport: &NatsTransport, function: &'static str, params: Vec<u8>| {
        let transport = transport.clone();
        let answer = runtime.block_on(async move {
            let route = Route::Any;
            transport
                .invoke(route, handles, function, params, 1024, secs(10))
                .await
                .expect("answered")
        });
        match HubAnswer::from_bytes(&answer) {
            Some(HubAnswer::Returned(results)) => Ok(results.to_vec()),
            Some(HubAnswer::Failed(reason)) => Err(reason.to_owned()),
            None => panic!("not a hub's answer: {answer:?}"),
        }
    };
    let connect = || {
        let options = async_nats::ConnectOptions::new();
        runtime
            .block_on(NatsTransport::connect(&url, options, "zoo_provider"))
            .expect("connects")
    };
    let (owner, other) = (connect(), connect());
    // `[constructor]counter(7)`: the own handle, its length then its bytes.
    let handle = call(&owner, "counter", vec![7]).expect("a counter");
    assert!(WireHandle::from_bytes(&handle[1..]).is_some(), "{handle:?}");

    let refused = call(&other, "counter.get", handle.clone()).expect_err("not its handle");
    assert!(refused.contains("leased to another client"), "{refused}");
    let drop = hub_wrpc::wire_drop("counter");
    let params = WireHandle::from_bytes(&handle[1..])
        .expect("a handle")
        .drop_params();
    let refused = runtime.block_on(async {
        other
            .invoke(Route::Any, handles, &drop, params.clone(), 1024, secs(10))
            .await
    });
    let refused = refused.expect("answered");
    assert!(
        matches!(HubAnswer::from_bytes(&refused), Some(HubAnswer::Failed(r)) if r.contains("leased to another client")),
        "{refused:?}"
    );
    assert_eq!(
        server.hub.live_handles(),
        1,
        "the refused drop dropped nothing"
    );

    // Its owner still uses it, and drops it.
    assert_eq!(
        call(&owner, "counter.get", handle).expect("its handle"),
        [7]
    );
    let dropped = runtime.block_on(async {
        owner
            .invoke(Route::Any, handles, &drop, params, 1024, secs(10))
            .await
    });
    assert!(matches!(
        HubAnswer::from_bytes(&dropped.expect("answered")),
        Some(HubAnswer::Returned(_))
    ));
    assert_eq!(server.hub.live_handles(), 0);
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn a_prefix_nobody_serves_is_one_line() {
    let nats = NatsServer::start();
    let err = RemoteLibrary::connect(
        &nats.url(),
        async_nats::ConnectOptions::new(),
        "nobody",
        RemoteOptions::default(),
    )
    .err()
    .expect("nobody serves it");
    assert!(
        matches!(err, RemoteError::Transport(TransportError::NoServer { .. })),
        "{err}"
    );
    assert_eq!(err.to_string(), "nobody serves `component-hub.describe`");
}

#[test]
fn an_unreachable_server_is_one_line() {
    let url = unreachable_url();
    let err = RemoteLibrary::connect(
        &url,
        async_nats::ConnectOptions::new(),
        "p",
        RemoteOptions::default(),
    )
    .err()
    .expect("nothing listens there");
    assert!(
        matches!(err, RemoteError::Transport(TransportError::Connect { .. })),
        "{err}"
    );
    assert_eq!(OneLine(&err).to_string().lines().count(), 1);
}

/// A server under `prefix` that describes `calculator` like a hub and answers
/// `quick-add` with `answer`, whatever it is asked.
async fn lying_server(url: &str, prefix: &str, answer: Vec<u8>) -> NatsTransport {
    let transport = NatsTransport::connect(url, async_nats::ConnectOptions::new(), prefix)
        .await
        .expect("connects");
    let description = Description {
        packages: vec![DescribedPackage {
            wit: include_str!("../../wit/demo-logging.wit").to_owned(),
            interfaces: vec!["demo:logging/calculator@0.1.0".to_owned()],
        }],
        lease: secs(30),
    }
    .encode();
    for (instance, function, answer) in [
        (HUB_INSTANCE, DESCRIBE, description),
        ("demo:logging/calculator@0.1.0", "quick-add", answer),
    ] {
        let mut calls = Box::pin(transport.serve(instance, function).await.expect("serves"));
        tokio::spawn(async move {
            while let Some(Ok(call)) = calls.next().await {
                let _ = call.answer(&answer).await;
            }
        });
    }
    transport
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn a_server_s_garbage_is_one_line_for_the_run_and_the_hub_goes_on() {
    let nats = NatsServer::start();
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    // An honest answer: a thousand (`work_app` checks its sums grow).
    let honest = {
        let mut bytes = vec![0];
        bytes.extend(1000.0f64.to_le_bytes());
        bytes
    };
    let cases: [(Vec<u8>, &str); 4] = [
        (vec![0, 1, 2], "ends early"),
        (
            [honest.clone(), vec![9]].concat(),
            "left after the last value",
        ),
        (vec![7, 1, 2, 3], "not a hub's answer"),
        (
            [vec![1], vec![0xff, 0xff, 0xff, 0xff, 0x0f]].concat(),
            "not a hub's answer",
        ),
    ];
    for (case, (answer, expected)) in cases.into_iter().enumerate() {
        let prefix = format!("liar{case}");
        let _liar = runtime.block_on(lying_server(&nats.url(), &prefix, answer));
        // Read with `Val`s, and typed (`quick-add` is plain, under `wit/`).
        for typed in [false, true] {
            let client = if typed {
                hubs::capturing_generated_hub(secs(20)).0
            } else {
                hubs::capturing_hub(secs(20)).0
            };
            let remotes = hubs::link_in(&client, &nats.url(), &[&prefix], secs(5));
            let quick_add = "demo:logging/calculator@0.1.0#quick-add".to_owned();
            assert_eq!(remotes[0].typed_functions().contains(&quick_add), typed);
            let err = client
                .run(guest("work_app"))
                .expect_err("the answer is garbage");
            let line = OneLine(&err).to_string();
            assert!(
                line.contains(expected),
                "{expected} (typed {typed}): {line}"
            );
            assert!(remotes[0].reachable());
            assert_eq!(client.live_handles(), 0);
        }
    }
    // An honest answer, and the same hub runs the app.
    let _honest = runtime.block_on(lying_server(&nats.url(), "honest", honest));
    let (client, _, _remotes) = linked(&nats.url(), &["honest"], secs(20), secs(5));
    client.run(guest("work_app")).expect("an f64 each time");
}

#[test]
fn what_the_wire_cannot_carry_is_named_before_anything_is_linked() {
    let package = |body: &str| DescribedPackage {
        wit: format!("package t:w@0.1.0;\ninterface i {{\n{body}\n}}"),
        interfaces: vec!["t:w/i@0.1.0".to_owned()],
    };
    let cases = [
        ("f: func(a: u32) -> list<string>;", None),
        (
            "record r { s: stream<u8> }\nf: func() -> option<r>;",
            Some(("t:w/i@0.1.0#f", "a stream")),
        ),
        (
            "g: func(x: result<future<u32>, string>);",
            Some(("t:w/i@0.1.0#g", "a future")),
        ),
        (
            "h: func() -> error-context;",
            Some(("t:w/i@0.1.0#h", "an error-context")),
        ),
        // An `async func` crosses as a plain call.
        ("k: async func(a: u32) -> string;", None),
    ];
    for (body, expected) in cases {
        let shapes = package(body).shapes().expect("the WIT parses");
        let found = shapes[0]
            .uncarried
            .as_ref()
            .map(|(function, why)| (format!("{}#{function}", shapes[0].name), *why));
        let found = found
            .as_ref()
            .map(|(function, why)| (function.as_str(), *why));
        assert_eq!(found, expected, "{body}");
    }
}

#[test]
fn a_described_async_func_is_served_by_the_loading_hub_as_a_plain_one() {
    let described = DescribedPackage {
        wit: "package t:w@0.1.0;\ninterface i {\n  resource r { get: async func() -> u32; make: static async func() -> r; }\n  k: async func(a: u32) -> string;\n  f: func();\n}".to_owned(),
        interfaces: vec!["t:w/i@0.1.0".to_owned()],
    };
    let plain = described.plain_wit().expect("prints");
    assert!(!plain.contains("async"), "{plain}");
    for function in [
        "get: func() -> u32;",
        "make: static func() -> r;",
        "k: func(a: u32) -> string;",
        "f: func();",
    ] {
        assert!(plain.contains(function), "{function} in {plain}");
    }
    // A package without `async func`s is served as it was described.
    let sync = DescribedPackage {
        wit: "package t:w@0.1.0;\ninterface i { f: func(); }".to_owned(),
        interfaces: vec!["t:w/i@0.1.0".to_owned()],
    };
    assert_eq!(sync.plain_wit().expect("prints"), sync.wit);
}
