//! Calls to libraries served over wRPC on NATS (a `nats-server` on a loopback port,
//! started here): `quick-add` and a 64 KiB `list<u8>` call made by `bench_app` (a
//! library, called by the host) in one hub and served by another, per call, typed on
//! both ends (hubs made with `new_hub`) and with `Val`s on both (`Hub::new`), against
//! the floor, async-nats' own request-reply carrying the same bytes (no hub, no wRPC); and CPU-bound calls (`cpu.burn`, about a
//! millisecond each, eight in flight) per second with one and two serving processes
//! (`bench-serve`) sharing the prefix.
//!
//! Without `nats-server` it measures nothing and says so.
//!
//! Run with `cargo bench -p hub-bench --bench remote`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use component_hub::wasmtime::component::Val;
use component_hub::{Hub, LibraryId, OneLine, new_hub};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use futures::StreamExt;
use hub_bench::kinds::{
    REMOTE_BURN_STEPS, REMOTE_GROUP, REMOTE_IN_FLIGHT, REMOTE_LIST_BYTES, REMOTE_SCALING_GROUP,
    REMOTE_SERVERS,
};
use hub_bench::runners::bench_options;
use hub_fixtures::guest;
use hub_fixtures::nats::NatsServer;
use hub_wrpc::{NatsTransport, RemoteLibrary, RemoteOptions, Route, ServeOptions, Server};

/// What `bench_app` imports, each served by a hub of its own prefix; but for
/// `zoo_inspector`, which the calling hub loads (linked to the remote `zoo_provider`).
const SERVED: [&str; 3] = ["provider_logging", "provider_calculator", "zoo_provider"];
const BENCH: &str = "hub:guests/bench";

/// `kind/name` as criterion's function and parameter, so its results' folders nest as
/// bench-report reads them.
fn id(name: &str) -> BenchmarkId {
    let (function, parameter) = name.split_once('/').expect("kind/name");
    BenchmarkId::new(function, parameter)
}

fn nats_installed() -> bool {
    Command::new("nats-server")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The served libraries in one hub, and a hub linking them with `bench_app` loaded.
struct Linked {
    _servers: Vec<Server>,
    _remotes: Vec<RemoteLibrary>,
    client: Hub,
    bench: LibraryId,
}

/// `generated`: both hubs made with `new_hub`, so the plain functions cross typed;
/// else with `Hub::new`, every value a `Val` on both ends. Served under
/// `<kind>.<name>`, so the two kinds never share a queue group.
fn linked(url: &str, generated: bool) -> Linked {
    let hub = || {
        if generated {
            new_hub(bench_options(false)).expect("the hub starts")
        } else {
            Hub::new(bench_options(false)).expect("the hub starts")
        }
    };
    let kind = if generated { "typed" } else { "dynamic" };
    let server_hub = Arc::new(hub());
    let servers = SERVED
        .iter()
        .map(|name| {
            let bytes = std::fs::read(guest(name)).expect("the guest is built");
            let library = server_hub.load(guest(name)).expect("the library loads");
            let connect = async_nats::ConnectOptions::new();
            let options = ServeOptions::default();
            Server::start(
                Arc::clone(&server_hub),
                library,
                &bytes,
                url,
                connect,
                &format!("{kind}.{name}"),
                options,
            )
            .unwrap_or_else(|e| panic!("serving {name}: {}", OneLine(&e)))
        })
        .collect();
    let client = hub();
    let remotes = SERVED
        .iter()
        .map(|name| {
            let connect = async_nats::ConnectOptions::new();
            let prefix = format!("{kind}.{name}");
            let remote = RemoteLibrary::connect(url, connect, &prefix, RemoteOptions::default())
                .unwrap_or_else(|e| panic!("linking {name}: {}", OneLine(&e)));
            remote.link(&client).expect("links");
            remote
        })
        .collect();
    client
        .load(guest("zoo_inspector"))
        .expect("zoo_inspector loads");
    let bench = client.load(guest("bench_app")).expect("bench_app loads");
    Linked {
        _servers: servers,
        _remotes: remotes,
        client,
        bench,
    }
}

fn remote(c: &mut Criterion) {
    if !nats_installed() {
        eprintln!("remote: not measured, {}", hub_fixtures::nats::NEEDS_NATS);
        return;
    }
    let nats = NatsServer::start();
    let url = nats.url();
    let mut group = c.benchmark_group(REMOTE_GROUP);
    group
        .throughput(Throughput::Elements(1))
        .sample_size(20)
        .measurement_time(Duration::from_secs(5));
    // Typed ends (`new_hub`, as hub-demo's), then `Val`s on both ends. Both stay
    // served: the wire rows below call the typed servers.
    let setups = [
        ("hub", linked(&url, true)),
        ("dynamic", linked(&url, false)),
    ];
    for (kind, linked) in &setups {
        let mut caller = linked.client.caller();
        for (call, function, extra) in [
            ("quick-add", "quick-add-loop", None),
            ("list-64KiB", "list-loop", Some(Val::U32(REMOTE_LIST_BYTES))),
        ] {
            group.bench_function(id(&format!("{kind}/{call}")), |b| {
                b.iter_custom(|n| {
                    let calls = Val::U32(u32::try_from(n).expect("fewer calls"));
                    let args: Vec<Val> = std::iter::once(calls).chain(extra.clone()).collect();
                    let start = Instant::now();
                    caller
                        .call(linked.bench, Some(BENCH), function, &args)
                        .unwrap_or_else(|e| panic!("{function}: {}", OneLine(&e)));
                    start.elapsed()
                });
            });
        }
    }

    // The wire alone: wRPC over NATS into the serving hub, no calling hub.
    let wire_runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let mut list_params = vec![0x80, 0x80, 0x04];
    list_params.resize(list_params.len() + REMOTE_LIST_BYTES as usize, 7);
    for (name, interface, function, params) in [
        (
            "wire/quick-add",
            "demo:logging/calculator@0.1.0",
            "quick-add",
            vec![0; 16],
        ),
        (
            "wire/list-64KiB",
            "zoo:types/containers@0.1.0",
            "byte-count",
            list_params.clone(),
        ),
    ] {
        let transport = wire_runtime
            .block_on(NatsTransport::connect(
                &url,
                async_nats::ConnectOptions::new(),
                if function == "quick-add" {
                    "typed.provider_calculator"
                } else {
                    "typed.zoo_provider"
                },
            ))
            .expect("connects");
        group.bench_function(id(name), |b| {
            b.iter_custom(|n| {
                wire_runtime.block_on(async {
                    let start = Instant::now();
                    for _ in 0..n {
                        let (route, limit, timeout) = (Route::Any, 64, Duration::from_secs(10));
                        let answer = transport
                            .invoke(route, interface, function, params.clone(), limit, timeout)
                            .await
                            .expect("answered");
                        assert_eq!(answer.first(), Some(&0), "{name} returned");
                    }
                    start.elapsed()
                })
            });
        });
    }

    // The floor: the same bytes each way, as one NATS request and its reply. The
    // parameters as the value encoding has them (two f64s; a LEB128 length and the
    // bytes), the answers a hub's (a tag, then an f64; then a u32's LEB128).
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let nats_client = runtime
        .block_on(async_nats::connect(&url))
        .expect("connects");
    let floors = [
        ("floor/quick-add", vec![0u8; 16], vec![0u8; 9]),
        ("floor/list-64KiB", list_params, vec![0, 0x80, 0x80, 0x04]),
    ];
    for (name, params, answer) in floors {
        let responder = nats_client.clone();
        let subject = format!("floor.{name}");
        let mut requests = runtime
            .block_on(responder.subscribe(subject.clone()))
            .expect("subscribes");
        let answering = runtime.spawn(async move {
            while let Some(request) = requests.next().await {
                if let Some(reply) = request.reply {
                    let _ = responder.publish(reply, answer.clone().into()).await;
                }
            }
        });
        let params = bytes::Bytes::from(params);
        group.bench_function(id(name), |b| {
            b.iter_custom(|n| {
                runtime.block_on(async {
                    let start = Instant::now();
                    for _ in 0..n {
                        nats_client
                            .request(subject.clone(), params.clone())
                            .await
                            .expect("answered");
                    }
                    start.elapsed()
                })
            });
        });
        answering.abort();
    }
    group.finish();
    drop(setups);
}

/// A `bench-serve` process serving `cpu_provider` at `url` under `cpu`, ready.
struct Serving(Child);

impl Serving {
    fn start(url: &str) -> Serving {
        let mut child = Command::new(env!("CARGO_BIN_EXE_bench-serve"))
            .args([url, "cpu", "cpu_provider"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("bench-serve starts");
        let mut ready = String::new();
        BufReader::new(child.stdout.take().expect("piped"))
            .read_line(&mut ready)
            .expect("reads");
        assert_eq!(ready.trim(), "ready", "bench-serve did not start");
        Serving(child)
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        drop(self.0.stdin.take());
        let _ = self.0.wait();
    }
}

fn scaling(c: &mut Criterion) {
    if !nats_installed() {
        return;
    }
    let nats = NatsServer::start();
    let url = nats.url();
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let transport = runtime
        .block_on(NatsTransport::connect(
            &url,
            async_nats::ConnectOptions::new(),
            "cpu",
        ))
        .expect("connects");
    // `burn(steps)`: one u32, LEB128.
    let mut params = Vec::new();
    let mut steps = REMOTE_BURN_STEPS;
    while steps >= 0x80 {
        params.push((steps as u8 & 0x7f) | 0x80);
        steps >>= 7;
    }
    params.push(steps as u8);
    let mut group = c.benchmark_group(REMOTE_SCALING_GROUP);
    group
        .throughput(Throughput::Elements(1))
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    let mut servers = Vec::new();
    for &(count, name) in REMOTE_SERVERS {
        while servers.len() < count {
            servers.push(Serving::start(&url));
        }
        group.bench_function(id(name), |b| {
            b.iter_custom(|n| {
                runtime.block_on(async {
                    let start = Instant::now();
                    futures::stream::iter(0..n)
                        .map(|_| {
                            transport.invoke(
                                Route::Any,
                                "hub:guests/cpu",
                                "burn",
                                params.clone(),
                                64,
                                Duration::from_secs(60),
                            )
                        })
                        .buffer_unordered(REMOTE_IN_FLIGHT)
                        .for_each(|answer| async move {
                            answer.expect("answered");
                        })
                        .await;
                    start.elapsed()
                })
            });
        });
    }
    group.finish();
}

criterion_group!(benches, remote, scaling);
criterion_main!(benches);
