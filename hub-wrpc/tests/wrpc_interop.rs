//! Interop with a wRPC implementation that is not ours: bindings that wit-bindgen-wrpc
//! 0.11 generates (on wrpc-transport 0.29 and wRPC's NATS transport, as the hub's wire),
//! over a real nats-server, both ways:
//!
//! - a native server of `zoo:types/scalars` and `zoo:types/containers` made with them is
//!   linked into a hub with [`RemoteLibrary::connect_described`], and `zoo_app` runs
//!   against it: every function of both interfaces is answered there, and the app checks
//!   every answer;
//! - a native client calls `zoo_provider` served by a hub, every function of both
//!   interfaces, with values at their edges (and lists and strings larger than a NATS
//!   message), and checks every answer;
//! - resources, which wRPC passes as opaque bytes and never drops: a native server of
//!   `zoo:types/handles` is linked into a hub, and `zoo_inspector` makes, borrows, keeps
//!   and takes its counters (the hub sends back the server's own bytes), and a native
//!   client passes `zoo_provider`'s counters in every container, borrowed and owned, to
//!   a hub that releases what the client still holds when its lease ends.
//!
//! So every type of the value encoding crosses between two independent implementations,
//! each encoding what the other decodes.

#[path = "common/hubs.rs"]
mod hubs;

use std::collections::BTreeMap;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use futures::{Stream, StreamExt};
use hub_fixtures::guest;
use hub_fixtures::nats::NatsServer;
use hub_runtime::wasmtime::component::Val;
use hub_runtime::{LoadOptions, OneLine, RunOptions, Wire};
use hub_wrpc::{DescribedPackage, Description, RemoteLibrary, RemoteOptions, ServeOptions};
use wit_bindgen_wrpc::wrpc_transport::ResourceOwn;

/// The WIT of the interfaces, as the user of a non-hub server has it.
const ZOO_WIT: &str = include_str!("../../wit/zoo.wit");
const SCALARS: &str = "zoo:types/scalars@0.1.0";
const CONTAINERS: &str = "zoo:types/containers@0.1.0";

const SCALAR_FUNCTIONS: [&str; 6] = [
    "bump-unsigned",
    "negate-signed",
    "double-floats",
    "next-char",
    "invert",
    "shout",
];
const HANDLES: &str = "zoo:types/handles@0.1.0";
const INSPECTOR: &str = "zoo:types/inspector@0.1.0";
const CONTAINER_FUNCTIONS: [&str; 12] = [
    "sum-list",
    "reverse-strings",
    "byte-count",
    "maybe-double",
    "checked-div",
    "unit-result",
    "swap-pair",
    "move-point",
    "area",
    "next-color",
    "complement",
    "keep-present",
];
/// As wRPC names them: a resource's functions without `[constructor]`, `[method]` or
/// `[static]`.
const HANDLE_FUNCTIONS: [&str; 22] = [
    "counter",
    "counter.get",
    "counter.add",
    "counter.live",
    "make-some",
    "make-ok",
    "make-many",
    "make-pair",
    "make-labeled",
    "make-holder",
    "sum-borrowed",
    "get-optional",
    "get-either",
    "get-pair",
    "get-peek",
    "get-peek-holder",
    "consume-list",
    "consume-option",
    "consume-result",
    "consume-tuple",
    "consume-labeled",
    "consume-holder",
];

/// wit-bindgen-wrpc's server side: a `Handler` trait per interface and `serve`.
mod server {
    wit_bindgen_wrpc::generate!({
        inline: "
            package hub:interop;

            world zoo-server {
                export zoo:types/scalars@0.1.0;
                export zoo:types/containers@0.1.0;
            }
        ",
        path: "../wit/zoo.wit",
        generate_all,
    });
}

/// wit-bindgen-wrpc's server side of `handles`: a world of its own, so `serve` serves
/// only it.
mod handles_server {
    wit_bindgen_wrpc::generate!({
        inline: "
            package hub:interop;

            world handles-server {
                export zoo:types/handles@0.1.0;
            }
        ",
        path: "../wit/zoo.wit",
        generate_all,
    });
}

/// wit-bindgen-wrpc's client side: a function per import, over any `Invoke`.
mod client {
    wit_bindgen_wrpc::generate!({
        inline: "
            package hub:interop;

            world zoo-client {
                import zoo:types/scalars@0.1.0;
                import zoo:types/containers@0.1.0;
                import zoo:types/handles@0.1.0;
            }
        ",
        path: "../wit/zoo.wit",
        generate_all,
        // The enums and flags have it already, under this spelling.
        additional_derives: [::core::cmp::PartialEq],
    });
}

fn secs(secs: u64) -> Duration {
    Duration::from_secs(secs)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

// ---------------------------------------------------------------------------------------
// The native server: `zoo_provider`'s semantics (guests/zoo_provider/src/lib.rs), in Rust
// on the host, counting the calls it answers.

#[derive(Clone, Default)]
struct NativeZoo {
    /// Calls answered, per function.
    calls: Arc<Mutex<BTreeMap<&'static str, usize>>>,
    /// Everything that went wrong serving, one line each.
    failures: Arc<Mutex<Vec<String>>>,
}

impl NativeZoo {
    fn called(&self, function: &'static str) {
        *lock(&self.calls).entry(function).or_default() += 1;
    }

    fn calls(&self) -> BTreeMap<&'static str, usize> {
        lock(&self.calls).clone()
    }

    fn failures(&self) -> Vec<String> {
        lock(&self.failures).clone()
    }
}

mod native {
    use super::NativeZoo;
    use super::server::exports::zoo::types::containers::{self, Color, Permissions, Point, Shape};
    use super::server::exports::zoo::types::scalars;

    impl<Ctx: Send> scalars::Handler<Ctx> for NativeZoo {
        async fn bump_unsigned(
            &self,
            _: Ctx,
            a: u8,
            b: u16,
            c: u32,
            d: u64,
        ) -> anyhow::Result<(u8, u16, u32, u64)> {
            self.called("bump-unsigned");
            Ok((
                a.wrapping_add(1),
                b.wrapping_add(1),
                c.wrapping_add(1),
                d.wrapping_add(1),
            ))
        }

        async fn negate_signed(
            &self,
            _: Ctx,
            a: i8,
            b: i16,
            c: i32,
            d: i64,
        ) -> anyhow::Result<(i8, i16, i32, i64)> {
            self.called("negate-signed");
            Ok((
                a.wrapping_neg(),
                b.wrapping_neg(),
                c.wrapping_neg(),
                d.wrapping_neg(),
            ))
        }

        async fn double_floats(&self, _: Ctx, a: f32, b: f64) -> anyhow::Result<(f32, f64)> {
            self.called("double-floats");
            Ok((a * 2.0, b * 2.0))
        }

        async fn next_char(&self, _: Ctx, c: char) -> anyhow::Result<char> {
            self.called("next-char");
            let next = c as u32 + 1;
            // Skip the surrogate gap; `char::MAX` has no successor.
            let next = if next == 0xD800 { 0xE000 } else { next };
            Ok(char::from_u32(next).unwrap_or(c))
        }

        async fn invert(&self, _: Ctx, b: bool) -> anyhow::Result<bool> {
            self.called("invert");
            Ok(!b)
        }

        async fn shout(&self, _: Ctx, s: String) -> anyhow::Result<String> {
            self.called("shout");
            Ok(s.to_uppercase())
        }
    }

    impl<Ctx: Send> containers::Handler<Ctx> for NativeZoo {
        async fn sum_list(&self, _: Ctx, xs: Vec<u32>) -> anyhow::Result<u64> {
            self.called("sum-list");
            Ok(xs.iter().map(|&x| u64::from(x)).sum())
        }

        async fn reverse_strings(
            &self,
            _: Ctx,
            mut xs: Vec<String>,
        ) -> anyhow::Result<Vec<String>> {
            self.called("reverse-strings");
            xs.reverse();
            Ok(xs)
        }

        async fn byte_count(&self, _: Ctx, bytes: bytes::Bytes) -> anyhow::Result<u32> {
            self.called("byte-count");
            Ok(u32::try_from(bytes.len())?)
        }

        async fn maybe_double(&self, _: Ctx, x: Option<i32>) -> anyhow::Result<Option<i32>> {
            self.called("maybe-double");
            Ok(x.map(|x| x.wrapping_mul(2)))
        }

        async fn checked_div(&self, _: Ctx, a: i32, b: i32) -> anyhow::Result<Result<i32, String>> {
            self.called("checked-div");
            Ok(if b == 0 {
                Err("division by zero".to_string())
            } else {
                Ok(a.wrapping_div(b))
            })
        }

        async fn unit_result(&self, _: Ctx, ok: bool) -> anyhow::Result<Result<(), ()>> {
            self.called("unit-result");
            Ok(if ok { Ok(()) } else { Err(()) })
        }

        async fn swap_pair(&self, _: Ctx, p: (String, u32)) -> anyhow::Result<(u32, String)> {
            self.called("swap-pair");
            Ok((p.1, p.0))
        }

        async fn move_point(&self, _: Ctx, p: Point, dx: i32, dy: i32) -> anyhow::Result<Point> {
            self.called("move-point");
            Ok(Point {
                x: p.x.wrapping_add(dx),
                y: p.y.wrapping_add(dy),
                label: p.label,
            })
        }

        async fn area(&self, _: Ctx, s: Shape) -> anyhow::Result<f64> {
            self.called("area");
            Ok(match s {
                Shape::Circle(r) => std::f64::consts::PI * r * r,
                Shape::Rectangle((w, h)) => w * h,
                Shape::Dot => 0.0,
                Shape::Named(name) => name.len() as f64,
            })
        }

        async fn next_color(&self, _: Ctx, c: Color) -> anyhow::Result<Color> {
            self.called("next-color");
            Ok(match c {
                Color::Red => Color::Green,
                Color::Green => Color::Blue,
                Color::Blue => Color::Red,
            })
        }

        async fn complement(&self, _: Ctx, p: Permissions) -> anyhow::Result<Permissions> {
            self.called("complement");
            Ok(Permissions::all().difference(p))
        }

        async fn keep_present(
            &self,
            _: Ctx,
            xs: Vec<Option<Point>>,
        ) -> anyhow::Result<Result<Vec<Point>, String>> {
            self.called("keep-present");
            let present: Vec<Point> = xs.into_iter().flatten().collect();
            Ok(if present.is_empty() {
                Err("empty".to_string())
            } else {
                Ok(present)
            })
        }
    }
}

// ---------------------------------------------------------------------------------------
// The native server of counters: `zoo_provider`'s `handles`, in Rust on the host, its
// handles the counters' ids. wRPC has no drop: a counter goes only when a `consume-*`
// takes it.

/// The counters a native server keeps, by id.
#[derive(Default)]
struct CounterTable {
    /// Ids given out so far (the next is one more).
    made: u64,
    values: BTreeMap<u64, i64>,
}

#[derive(Clone, Default)]
struct NativeCounters {
    table: Arc<Mutex<CounterTable>>,
    /// Everything that went wrong serving, one line each.
    failures: Arc<Mutex<Vec<String>>>,
}

impl NativeCounters {
    /// Every counter alive, by id.
    fn values(&self) -> BTreeMap<u64, i64> {
        lock(&self.table).values.clone()
    }

    fn failures(&self) -> Vec<String> {
        lock(&self.failures).clone()
    }
}

mod native_counters {
    use anyhow::Context as _;
    use wit_bindgen_wrpc::wrpc_transport::{ResourceBorrow, ResourceOwn};

    use super::handles_server::exports::zoo::types::handles::{
        self, Counter, Holder, Labeled, Peek, PeekHolder,
    };
    use super::{NativeCounters, lock};

    /// A counter's id from its handle's bytes (8, little endian).
    fn id_of(handle: &[u8]) -> anyhow::Result<u64> {
        let bytes = handle
            .try_into()
            .with_context(|| format!("not a handle of this server: {handle:?}"))?;
        Ok(u64::from_le_bytes(bytes))
    }

    impl NativeCounters {
        fn make(&self, start: i64) -> ResourceOwn<Counter> {
            let mut table = lock(&self.table);
            table.made += 1;
            let id = table.made;
            table.values.insert(id, start);
            ResourceOwn::from(id.to_le_bytes().to_vec())
        }

        fn value(&self, handle: &[u8]) -> anyhow::Result<i64> {
            let id = id_of(handle)?;
            let table = lock(&self.table);
            table
                .values
                .get(&id)
                .copied()
                .with_context(|| format!("no counter {id}"))
        }

        fn value_of(&self, counter: &ResourceBorrow<Counter>) -> anyhow::Result<i64> {
            self.value(counter.as_ref())
        }

        /// Takes the counter away (its owner gave it here) and returns its value.
        fn take(&self, counter: &ResourceOwn<Counter>) -> anyhow::Result<i64> {
            let id = id_of(counter.as_ref())?;
            lock(&self.table)
                .values
                .remove(&id)
                .with_context(|| format!("no counter {id}"))
        }
    }

    impl<Ctx: Send> handles::HandlerCounter<Ctx> for NativeCounters {
        async fn new(&self, _: Ctx, start: i64) -> anyhow::Result<ResourceOwn<Counter>> {
            Ok(self.make(start))
        }

        async fn get(&self, _: Ctx, counter: ResourceBorrow<Counter>) -> anyhow::Result<i64> {
            self.value_of(&counter)
        }

        async fn add(
            &self,
            _: Ctx,
            counter: ResourceBorrow<Counter>,
            delta: i64,
        ) -> anyhow::Result<()> {
            let id = id_of(counter.as_ref())?;
            let mut table = lock(&self.table);
            let value = table
                .values
                .get_mut(&id)
                .with_context(|| format!("no counter {id}"))?;
            *value = value.wrapping_add(delta);
            Ok(())
        }

        async fn live(&self, _: Ctx) -> anyhow::Result<u32> {
            Ok(u32::try_from(lock(&self.table).values.len())?)
        }
    }

    impl<Ctx: Send> handles::Handler<Ctx> for NativeCounters {
        async fn make_some(
            &self,
            _: Ctx,
            start: i64,
            present: bool,
        ) -> anyhow::Result<Option<ResourceOwn<Counter>>> {
            Ok(present.then(|| self.make(start)))
        }

        async fn make_ok(
            &self,
            _: Ctx,
            start: i64,
            fail: bool,
        ) -> anyhow::Result<Result<ResourceOwn<Counter>, String>> {
            Ok(if fail {
                Err("refused".to_owned())
            } else {
                Ok(self.make(start))
            })
        }

        async fn make_many(
            &self,
            _: Ctx,
            starts: Vec<i64>,
        ) -> anyhow::Result<Vec<ResourceOwn<Counter>>> {
            Ok(starts.into_iter().map(|start| self.make(start)).collect())
        }

        async fn make_pair(
            &self,
            _: Ctx,
            a: i64,
            b: i64,
        ) -> anyhow::Result<(ResourceOwn<Counter>, ResourceOwn<Counter>)> {
            Ok((self.make(a), self.make(b)))
        }

        async fn make_labeled(&self, _: Ctx, name: String, start: i64) -> anyhow::Result<Labeled> {
            Ok(Labeled {
                name,
                counter: self.make(start),
            })
        }

        async fn make_holder(&self, _: Ctx, start: Option<i64>) -> anyhow::Result<Holder> {
            Ok(match start {
                Some(start) => Holder::One(self.make(start)),
                None => Holder::Empty,
            })
        }

        async fn sum_borrowed(
            &self,
            _: Ctx,
            counters: Vec<ResourceBorrow<Counter>>,
        ) -> anyhow::Result<i64> {
            counters.iter().map(|c| self.value_of(c)).sum()
        }

        async fn get_optional(
            &self,
            _: Ctx,
            counter: Option<ResourceBorrow<Counter>>,
        ) -> anyhow::Result<Option<i64>> {
            counter.map(|c| self.value_of(&c)).transpose()
        }

        async fn get_either(
            &self,
            _: Ctx,
            either: Result<ResourceBorrow<Counter>, String>,
        ) -> anyhow::Result<i64> {
            match either {
                Ok(c) => self.value_of(&c),
                Err(s) => Ok(-i64::try_from(s.len())?),
            }
        }

        async fn get_pair(
            &self,
            _: Ctx,
            (a, b): (ResourceBorrow<Counter>, ResourceBorrow<Counter>),
        ) -> anyhow::Result<i64> {
            Ok(self.value_of(&a)? + self.value_of(&b)?)
        }

        async fn get_peek(&self, _: Ctx, peek: Peek) -> anyhow::Result<String> {
            Ok(format!("{}={}", peek.name, self.value_of(&peek.counter)?))
        }

        async fn get_peek_holder(&self, _: Ctx, holder: PeekHolder) -> anyhow::Result<i64> {
            match holder {
                PeekHolder::One(c) => self.value_of(&c),
                PeekHolder::Empty => Ok(-1),
            }
        }

        async fn consume_list(
            &self,
            _: Ctx,
            counters: Vec<ResourceOwn<Counter>>,
        ) -> anyhow::Result<i64> {
            counters.iter().map(|c| self.take(c)).sum()
        }

        async fn consume_option(
            &self,
            _: Ctx,
            counter: Option<ResourceOwn<Counter>>,
        ) -> anyhow::Result<i64> {
            counter.map_or(Ok(-1), |c| self.take(&c))
        }

        async fn consume_result(
            &self,
            _: Ctx,
            either: Result<ResourceOwn<Counter>, String>,
        ) -> anyhow::Result<i64> {
            match either {
                Ok(c) => self.take(&c),
                Err(s) => Ok(-i64::try_from(s.len())?),
            }
        }

        async fn consume_tuple(
            &self,
            _: Ctx,
            (counter, n): (ResourceOwn<Counter>, i64),
        ) -> anyhow::Result<i64> {
            Ok(self.take(&counter)? + n)
        }

        async fn consume_labeled(&self, _: Ctx, labeled: Labeled) -> anyhow::Result<String> {
            Ok(format!("{}={}", labeled.name, self.take(&labeled.counter)?))
        }

        async fn consume_holder(&self, _: Ctx, holder: Holder) -> anyhow::Result<i64> {
            match holder {
                Holder::One(c) => self.take(&c),
                Holder::Empty => Ok(-1),
            }
        }
    }
}

/// What wit-bindgen-wrpc's `serve` returns: per function, its instance, its name and
/// the stream of its calls.
type ServedFunctions = Vec<(
    &'static str,
    &'static str,
    Pin<
        Box<
            dyn Stream<
                    Item = anyhow::Result<Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>>>,
                > + Send,
        >,
    >,
)>;

/// wRPC's NATS client at `url` under `prefix`, as a native server or client has it.
async fn wrpc_client(url: &str, prefix: &str) -> wrpc_transport_nats::Client {
    let nats = async_nats::ConnectOptions::new()
        .connect(url)
        .await
        .expect("the native side connects to NATS");
    wrpc_transport_nats::Client::new(nats, prefix, None)
        .await
        .expect("wRPC's NATS client")
}

/// Answers each call of `served` in a task of its own, pushing what goes wrong to
/// `failures`: the generated code answers, the test only has to drive it.
fn answer_calls(served: ServedFunctions, failures: &Arc<Mutex<Vec<String>>>) {
    for (instance, function, mut calls) in served {
        let failures = Arc::clone(failures);
        tokio::spawn(async move {
            while let Some(call) = calls.next().await {
                let failures = Arc::clone(&failures);
                match call {
                    Ok(answer) => {
                        tokio::spawn(async move {
                            if let Err(err) = answer.await {
                                lock(&failures).push(format!("{instance}.{function}: {err:#}"));
                            }
                        });
                    }
                    Err(err) => lock(&failures).push(format!("{instance}.{function}: {err:#}")),
                }
            }
        });
    }
}

/// Serves `zoo` at `url` under `prefix` with wit-bindgen-wrpc's `serve` over wRPC's NATS
/// transport, each call answered in a task of its own; served once this returns (the
/// transport flushes its subscriptions). The client it returns serves while it lives.
async fn serve_native(url: &str, prefix: &str, zoo: &NativeZoo) -> wrpc_transport_nats::Client {
    let wrpc = wrpc_client(url, prefix).await;
    // Boxed: in a debug build the generated future is too large for a thread's stack.
    let served = Box::pin(server::serve(&wrpc, zoo.clone()))
        .await
        .expect("the native server subscribes");
    assert_eq!(
        served.len(),
        SCALAR_FUNCTIONS.len() + CONTAINER_FUNCTIONS.len()
    );
    answer_calls(served, &zoo.failures);
    wrpc
}

/// Serves `counters`' `handles` at `url` under `prefix` on `runtime`, as [`serve_native`]
/// serves zoo. Polled on a thread of its own: in a debug build the generated `serve`
/// joins its 22 subscriptions in a frame of 4 MiB, more than a thread's default 2 MiB
/// (boxing its future does not shrink the frame of its poll).
fn serve_counters(
    runtime: &tokio::runtime::Runtime,
    url: &str,
    prefix: &str,
    counters: &NativeCounters,
) -> wrpc_transport_nats::Client {
    let serving = async {
        let wrpc = wrpc_client(url, prefix).await;
        let served = handles_server::serve(&wrpc, counters.clone())
            .await
            .expect("the native server of counters subscribes");
        assert_eq!(served.len(), HANDLE_FUNCTIONS.len());
        answer_calls(served, &counters.failures);
        wrpc
    };
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(16 << 20)
            .spawn_scoped(scope, || runtime.block_on(serving))
            .expect("a thread to serve from")
            .join()
            .expect("serving counters")
    })
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn zoo_app_runs_against_scalars_and_containers_served_by_wit_bindgen_wrpc() {
    let nats = NatsServer::start();
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let zoo = NativeZoo::default();
    let _native = runtime.block_on(serve_native(&nats.url(), "native_zoo", &zoo));
    // Linked with `Val`s (a hub without generated forwarders) and typed (one with).
    for typed in [false, true] {
        let (hub, output) = if typed {
            hubs::capturing_generated_hub(secs(20))
        } else {
            hubs::capturing_hub(secs(20))
        };
        zoo_app_runs_against(&nats, &zoo, hub, &output, typed);
    }
}

/// `zoo_app` in `hub` (its guests' output `output`) against the native server `zoo`;
/// `typed` when the hub links `containers` with typed ends of the wire.
fn zoo_app_runs_against(
    nats: &NatsServer,
    zoo: &NativeZoo,
    hub: hub_runtime::Hub,
    output: &hub_runtime::CapturedOutput,
    typed: bool,
) {
    // A non-hub server has no describe call: its types are the WIT the user has.
    let description = Description {
        packages: vec![DescribedPackage {
            wit: ZOO_WIT.to_owned(),
            interfaces: vec![SCALARS.into(), CONTAINERS.into()],
        }],
        lease: secs(30),
    };
    let remote = RemoteLibrary::connect_described(
        &nats.url(),
        async_nats::ConnectOptions::new(),
        "native_zoo",
        RemoteOptions::default(),
        description,
    )
    .unwrap_or_else(|e| panic!("connecting native_zoo: {}", OneLine(&e)));
    let linked = remote
        .link(&hub)
        .unwrap_or_else(|e| panic!("linking native_zoo: {}", OneLine(&e)));
    assert_eq!(linked, [SCALARS, CONTAINERS]);
    let byte_count = format!("{CONTAINERS}#byte-count");
    assert_eq!(remote.typed_functions().contains(&byte_count), typed);

    // `zoo_app` also imports `handles` (a resource, whose handles a hub expects to be its
    // own `WireHandle` bytes), `inspector` and `zoo-version`: local libraries serve those.
    // `zoo_provider` exports scalars and containers too, and a library's export comes
    // before the host's, so the app's two imports are wired to the host's (the wire).
    for library in ["zoo_provider", "zoo_inspector"] {
        hub.load(guest(library))
            .unwrap_or_else(|e| panic!("loading {library}: {}", OneLine(&e)));
    }
    let wired = RunOptions::default()
        .wire(Wire::to_host(SCALARS, SCALARS))
        .wire(Wire::to_host(CONTAINERS, CONTAINERS));
    hub.run_with(guest("zoo_app"), &wired)
        .unwrap_or_else(|e| panic!("running zoo_app: {}\n{}", OneLine(&e), output.text()));

    // The app checked every answer (a wrong one traps) and said so per group.
    let app = output.text();
    for line in [
        "[APP] zoo: scalars ok",
        "[APP] zoo: lists ok",
        "[APP] zoo: options and results ok",
        "[APP] zoo: tuples and records ok",
        "[APP] zoo: variants, enums and flags ok",
        "[APP] zoo: nested containers ok",
        "[APP] zoo: all checks passed",
    ] {
        assert!(app.contains(line), "`{line}` missing from\n{app}");
    }
    // Those answers came from the native server: it answered every function.
    let calls = zoo.calls();
    for function in SCALAR_FUNCTIONS.iter().chain(&CONTAINER_FUNCTIONS) {
        assert!(
            calls.get(function).is_some_and(|&n| n > 0),
            "the native server never answered `{function}`: {calls:?}"
        );
    }

    // Larger than a NATS message (1 MiB) both ways, from a library of this hub:
    // `bench_app`'s loops call `shout` on a string of `len` bytes and `byte-count` on
    // `len` bytes, wired the same way.
    for library in ["provider_logging", "provider_calculator"] {
        hub.load(guest(library))
            .unwrap_or_else(|e| panic!("loading {library}: {}", OneLine(&e)));
    }
    let wired = LoadOptions::default()
        .wire(Wire::to_host(SCALARS, SCALARS))
        .wire(Wire::to_host(CONTAINERS, CONTAINERS));
    let bench = hub
        .load_with(guest("bench_app"), &wired)
        .unwrap_or_else(|e| panic!("loading bench_app: {}", OneLine(&e)));
    let len = 3 << 19;
    for (function, called) in [("string-loop", "shout"), ("list-loop", "byte-count")] {
        let before = zoo.calls()[called];
        let total = hub
            .caller()
            .call(
                bench,
                Some("hub:guests/bench"),
                function,
                &[Val::U32(2), Val::U32(len)],
            )
            .unwrap_or_else(|e| panic!("{function}: {}", OneLine(&e)));
        assert_eq!(total, [Val::U32(2 * len)], "{function}(2, {len})");
        assert_eq!(zoo.calls()[called], before + 2, "{called}");
    }

    assert_eq!(zoo.failures(), Vec::<String>::new());
    assert!(remote.reachable());
    assert!(remote.check());
    assert_eq!(hub.live_handles(), 0);
}

/// `Val`'s handle in a one-value result.
fn handle_in(results: &[Val], what: &str) -> Val {
    match results {
        [handle @ Val::Resource(_)] => handle.clone(),
        _ => panic!("`{what}` gave no handle: {results:?}"),
    }
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn zoo_inspector_links_to_counters_of_a_wit_bindgen_wrpc_server() {
    let nats = NatsServer::start();
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let counters = NativeCounters::default();
    let _native = serve_counters(&runtime, &nats.url(), "native_counters", &counters);

    let (hub, output) = hubs::capturing_hub(secs(20));
    let description = Description {
        packages: vec![DescribedPackage {
            wit: ZOO_WIT.to_owned(),
            interfaces: vec![HANDLES.into()],
        }],
        lease: secs(30),
    };
    let remote = RemoteLibrary::connect_described(
        &nats.url(),
        async_nats::ConnectOptions::new(),
        "native_counters",
        RemoteOptions::default(),
        description,
    )
    .unwrap_or_else(|e| panic!("connecting native_counters: {}", OneLine(&e)));
    let linked = remote
        .link(&hub)
        .unwrap_or_else(|e| panic!("linking native_counters: {}", OneLine(&e)));
    assert_eq!(linked, [HANDLES]);
    // Its `handles` import is the host's: the native server's counters.
    let inspector = hub
        .load(guest("zoo_inspector"))
        .unwrap_or_else(|e| panic!("loading zoo_inspector: {}", OneLine(&e)));

    let mut caller = hub.caller();
    let mut call = |function: &str, args: &[Val]| {
        caller
            .call(inspector, Some(INSPECTOR), function, args)
            .unwrap_or_else(|e| panic!("{function}: {}\n{}", OneLine(&e), output.text()))
    };
    // Made by the native server (ids 1 and 2), handed back through the inspector.
    let five = handle_in(&call("fresh", &[Val::S64(5)]), "fresh(5)");
    let minus_two = handle_in(&call("fresh", &[Val::S64(-2)]), "fresh(-2)");
    assert_eq!(counters.values(), BTreeMap::from([(1, 5), (2, -2)]));

    // Borrowed: `get` and `add` reach the server with the bytes it made.
    assert_eq!(
        call("describe", std::slice::from_ref(&five)),
        [Val::String("counter=5".into())]
    );
    call(
        "bump-all",
        &[
            Val::List(vec![five.clone(), minus_two.clone()]),
            Val::S64(3),
        ],
    );
    assert_eq!(counters.values(), BTreeMap::from([(1, 8), (2, 1)]));
    assert_eq!(
        call("describe", std::slice::from_ref(&minus_two)),
        [Val::String("counter=1".into())]
    );

    // Owned: kept by a resource of the inspector, read through it, and handed back.
    let wrapper = handle_in(&call("[constructor]wrapper", &[five]), "wrapper");
    assert_eq!(
        call("[method]wrapper.peek", std::slice::from_ref(&wrapper)),
        [Val::S64(8)]
    );
    call(
        "bump-all",
        &[Val::List(vec![minus_two.clone()]), Val::S64(-10)],
    );
    let unwrapped = handle_in(&call("[static]wrapper.unwrap", &[wrapper]), "unwrap");
    assert_eq!(call("absorb", &[unwrapped]), [Val::S64(8)]);
    assert_eq!(call("absorb", &[minus_two]), [Val::S64(-9)]);

    // wRPC has no drop: the server keeps what it made, at the values the hub left them.
    assert_eq!(counters.values(), BTreeMap::from([(1, 8), (2, -9)]));
    assert_eq!(counters.failures(), Vec::<String>::new());
    let inspected = output.text();
    for line in [
        "[INSPECTOR] Wrapper::new(value=8)",
        "[INSPECTOR] Wrapper::unwrap(value=8)",
        "[INSPECTOR] Wrapper::drop(unwrapped)",
    ] {
        assert!(
            inspected.contains(line),
            "`{line}` missing from\n{inspected}"
        );
    }
    assert!(remote.reachable());
    drop(caller);
    assert_eq!(hub.live_handles(), 0);
}

// ---------------------------------------------------------------------------------------
// The native client.

/// One call's answer, within twenty seconds.
async fn ask<T>(what: &str, call: impl Future<Output = anyhow::Result<T>>) -> T {
    tokio::time::timeout(secs(20), call)
        .await
        .unwrap_or_else(|_| panic!("`{what}` did not answer"))
        .unwrap_or_else(|e| panic!("`{what}` failed: {e:#}"))
}

async fn check_scalars(wrpc: &wrpc_transport_nats::Client) {
    use client::zoo::types::scalars;

    // LEB128's edges: 7 bits, 14 bits, 28 bits, 63 bits, and the maxima wrapping to 0.
    for (args, bumped) in [
        ((0, 0, 0, 0), (1, 1, 1, 1)),
        (
            (127, 127, 16_383, (1 << 28) - 1),
            (128, 128, 16_384, 1 << 28),
        ),
        (
            (254, u16::MAX - 1, u32::MAX - 1, i64::MAX as u64),
            (u8::MAX, u16::MAX, u32::MAX, 1 << 63),
        ),
        ((u8::MAX, u16::MAX, u32::MAX, u64::MAX), (0, 0, 0, 0)),
    ] {
        let (a, b, c, d) = args;
        let answer = ask(
            "bump-unsigned",
            scalars::bump_unsigned(wrpc, None, a, b, c, d),
        )
        .await;
        assert_eq!(answer, bumped, "bump-unsigned{args:?}");
    }

    // Signed LEB128's edges (-64 and 63 fit in 7 bits, -65 and 64 do not) and the minima,
    // which negate to themselves.
    for (args, negated) in [
        ((0, 0, 0, 0), (0, 0, 0, 0)),
        ((-64, 63, -65, 64), (64, -63, 65, -64)),
        (
            (i8::MAX, i16::MAX, i32::MAX, i64::MAX),
            (-i8::MAX, -i16::MAX, -i32::MAX, -i64::MAX),
        ),
        (
            (i8::MIN, i16::MIN, i32::MIN, i64::MIN),
            (i8::MIN, i16::MIN, i32::MIN, i64::MIN),
        ),
    ] {
        let (a, b, c, d) = args;
        let answer = ask(
            "negate-signed",
            scalars::negate_signed(wrpc, None, a, b, c, d),
        )
        .await;
        assert_eq!(answer, negated, "negate-signed{args:?}");
    }

    // Floats, compared bit for bit: signed zero, subnormals, overflow to infinity.
    for (a, b) in [
        (1.5f32, -2.25f64),
        (-0.0, -0.0),
        (f32::from_bits(1), f64::from_bits(1)),
        (f32::MIN_POSITIVE, f64::MIN_POSITIVE),
        (f32::MAX, f64::MIN),
        (f32::NEG_INFINITY, f64::INFINITY),
    ] {
        let (x, y) = ask("double-floats", scalars::double_floats(wrpc, None, a, b)).await;
        assert_eq!(
            (x.to_bits(), y.to_bits()),
            ((a * 2.0).to_bits(), (b * 2.0).to_bits()),
            "double-floats({a:?}, {b:?}) = ({x:?}, {y:?})"
        );
    }

    // UTF-8's edges (1 to 4 bytes), the surrogate gap and the last scalar value.
    for (c, next) in [
        ('\0', '\u{1}'),
        ('a', 'b'),
        ('\u{7F}', '\u{80}'),
        ('é', 'ê'),
        ('\u{7FF}', '\u{800}'),
        ('\u{D7FF}', '\u{E000}'),
        ('\u{FFFF}', '\u{10000}'),
        ('\u{1F980}', '\u{1F981}'),
        (char::MAX, char::MAX),
    ] {
        let answer = ask("next-char", scalars::next_char(wrpc, None, c)).await;
        assert_eq!(answer, next, "next-char({c:?})");
    }

    for b in [false, true] {
        assert_eq!(ask("invert", scalars::invert(wrpc, None, b)).await, !b);
    }

    // Strings: empty, multi-byte (ß grows to SS), and larger than a NATS message (1 MiB
    // by default) both ways, so multi-byte characters straddle the transport's chunks.
    let long = "ßé🦀".repeat(150_000);
    for (s, shouted) in [
        ("", String::new()),
        ("hello, zoo", "HELLO, ZOO".to_owned()),
        ("grüße, 世界 🦀", "GRÜSSE, 世界 🦀".to_owned()),
        (long.as_str(), "SSÉ🦀".repeat(150_000)),
    ] {
        let answer = ask("shout", scalars::shout(wrpc, None, s)).await;
        assert!(
            answer == shouted,
            "shout of {} bytes gave {} bytes",
            s.len(),
            answer.len()
        );
    }
}

async fn check_containers(wrpc: &wrpc_transport_nats::Client) {
    use client::zoo::types::containers::{self, Color, Permissions, Point, Shape};

    // Lists: empty, at the edges of u32, and 1.5 MB of LEB128.
    let many = vec![u32::MAX; 300_000];
    for (xs, sum) in [
        (&[][..], 0),
        (&[0, 1, 127, 128][..], 256),
        (&[u32::MAX, u32::MAX, 1][..], 2 * u64::from(u32::MAX) + 1),
        (&many[..], 300_000 * u64::from(u32::MAX)),
    ] {
        let answer = ask("sum-list", containers::sum_list(wrpc, None, xs)).await;
        assert_eq!(answer, sum, "sum-list of {} items", xs.len());
    }

    let many: Vec<String> = (0..100_000).map(|i| format!("{i}:ü🦀")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    for xs in [
        &[][..],
        &[""][..],
        &["one", "", "ß", "🦀🦀", "three"][..],
        &many[..],
    ] {
        let answer = ask(
            "reverse-strings",
            containers::reverse_strings(wrpc, None, xs),
        )
        .await;
        let reversed: Vec<&str> = xs.iter().rev().copied().collect();
        assert!(answer == reversed, "reverse-strings of {} items", xs.len());
    }

    for bytes in [
        bytes::Bytes::new(),
        bytes::Bytes::from_static(&[0, 1, 127, 128, 255]),
        bytes::Bytes::from(vec![0xAB; 3 << 20]),
    ] {
        let answer = ask("byte-count", containers::byte_count(wrpc, None, &bytes)).await;
        assert_eq!(answer as usize, bytes.len(), "byte-count");
    }

    // Options and results, each case.
    for (x, doubled) in [
        (None, None),
        (Some(21), Some(42)),
        (Some(0), Some(0)),
        (Some(i32::MAX), Some(-2)),
        (Some(i32::MIN), Some(0)),
    ] {
        let answer = ask("maybe-double", containers::maybe_double(wrpc, None, x)).await;
        assert_eq!(answer, doubled, "maybe-double({x:?})");
    }
    for (a, b, quotient) in [
        (7, 2, Ok(3)),
        (-9, 3, Ok(-3)),
        (i32::MIN, -1, Ok(i32::MIN)),
        (1, 0, Err("division by zero".to_owned())),
    ] {
        let answer = ask("checked-div", containers::checked_div(wrpc, None, a, b)).await;
        assert_eq!(answer, quotient, "checked-div({a}, {b})");
    }
    for (ok, answer) in [(true, Ok(())), (false, Err(()))] {
        let got = ask("unit-result", containers::unit_result(wrpc, None, ok)).await;
        assert_eq!(got, answer, "unit-result({ok})");
    }

    // Tuples and records.
    for (s, n) in [("", 0), ("grüße 🦀", u32::MAX)] {
        let answer = ask("swap-pair", containers::swap_pair(wrpc, None, (s, n))).await;
        assert_eq!(answer, (n, s.to_owned()), "swap-pair");
    }
    let point = |x, y, label: &str| Point {
        x,
        y,
        label: label.to_owned(),
    };
    for (p, dx, dy, moved) in [
        (point(1, 2, "p"), 10, -20, point(11, -18, "p")),
        (
            point(i32::MAX, i32::MIN, "ünïcödé ✓"),
            1,
            -1,
            point(i32::MIN, i32::MAX, "ünïcödé ✓"),
        ),
        (point(0, 0, ""), 0, 0, point(0, 0, "")),
    ] {
        let answer = ask("move-point", containers::move_point(wrpc, None, &p, dx, dy)).await;
        assert_eq!(answer, moved, "move-point({p:?}, {dx}, {dy})");
    }

    // Variants (every case, with and without payloads), enums and flags.
    for (shape, area) in [
        (Shape::Circle(1.5), std::f64::consts::PI * 1.5 * 1.5),
        (Shape::Circle(-0.0), 0.0),
        (Shape::Rectangle((2.0, 3.5)), 7.0),
        (Shape::Rectangle((f64::MAX, -2.0)), f64::NEG_INFINITY),
        (Shape::Dot, 0.0),
        (Shape::Named(String::new()), 0.0),
        // "straße" is 7 bytes.
        (Shape::Named("straße".to_owned()), 7.0),
    ] {
        let answer = ask("area", containers::area(wrpc, None, &shape)).await;
        assert_eq!(
            answer.to_bits(),
            area.to_bits(),
            "area({shape:?}) = {answer}"
        );
    }
    for (c, next) in [
        (Color::Red, Color::Green),
        (Color::Green, Color::Blue),
        (Color::Blue, Color::Red),
    ] {
        let answer = ask("next-color", containers::next_color(wrpc, None, c)).await;
        assert_eq!(answer, next, "next-color({c:?})");
    }
    for (p, complement) in [
        (Permissions::empty(), Permissions::all()),
        (Permissions::all(), Permissions::empty()),
        (Permissions::READ, Permissions::WRITE | Permissions::EXECUTE),
        (Permissions::WRITE, Permissions::READ | Permissions::EXECUTE),
        (Permissions::READ | Permissions::EXECUTE, Permissions::WRITE),
    ] {
        let answer = ask("complement", containers::complement(wrpc, None, &p)).await;
        assert_eq!(answer, complement, "complement({p:?})");
    }

    // Nested: a list of options of records, into a result of a list of records.
    let (a, b) = (point(1, 1, "a"), point(-2, 3, "b"));
    let many: Vec<Option<Point>> = (0..10_000)
        .map(|i| (i % 3 != 0).then(|| point(i, -i, &format!("p{i}"))))
        .collect();
    let kept: Vec<Point> = many.iter().flatten().cloned().collect();
    for (xs, present) in [
        (
            vec![Some(a.clone()), None, Some(b.clone()), None],
            Ok(vec![a, b]),
        ),
        (vec![None, None], Err("empty".to_owned())),
        (Vec::new(), Err("empty".to_owned())),
        (many, Ok(kept)),
    ] {
        let answer = ask("keep-present", containers::keep_present(wrpc, None, &xs)).await;
        assert!(answer == present, "keep-present of {} items", xs.len());
    }
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn a_wit_bindgen_wrpc_client_calls_zoo_provider_served_by_a_hub_with_values_at_their_edges() {
    let nats = NatsServer::start();
    // Served with `Val`s (a hub without generated forwarders) and typed (one with).
    for typed in [false, true] {
        let (hub, output) = if typed {
            hubs::capturing_generated_hub(secs(20))
        } else {
            hubs::capturing_hub(secs(20))
        };
        let options = ServeOptions::default();
        let server = hubs::serving_in(hub, output, &["zoo_provider"], &nats.url(), &options);
        let typed_byte_count = server.servers[0]
            .typed_functions()
            .contains(&format!("{CONTAINERS}.byte-count"));
        assert_eq!(typed_byte_count, typed);
        calls_with_values_at_their_edges(&nats, &server);
    }
}

/// The client's calls of every function of `scalars` and `containers`, served by
/// `server`.
fn calls_with_values_at_their_edges(nats: &NatsServer, server: &hubs::Serving) {
    let served = server.servers[0].functions();
    for (interface, function) in SCALAR_FUNCTIONS
        .iter()
        .map(|f| (SCALARS, f))
        .chain(CONTAINER_FUNCTIONS.iter().map(|f| (CONTAINERS, f)))
    {
        let name = format!("{interface}.{function}");
        assert!(served.contains(&name), "`{name}` is not served: {served:?}");
    }

    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(async {
        // No `component-hub-client` header (the context is `None`): the hub answers
        // plain wRPC, as to any wRPC client.
        let wrpc = wrpc_client(&nats.url(), "zoo_provider").await;
        check_scalars(&wrpc).await;
        check_containers(&wrpc).await;
    });
    // Nothing the calls made is left on the server.
    assert_eq!(server.hub.live_handles(), 0);
}

/// A call the server must refuse, within twenty seconds: wRPC has no error answer, so
/// a hub refuses a plain client's failed call and the client sees an error.
async fn refused<T: std::fmt::Debug>(what: &str, call: impl Future<Output = anyhow::Result<T>>) {
    let answer = tokio::time::timeout(secs(20), call)
        .await
        .unwrap_or_else(|_| panic!("`{what}` did not answer"));
    assert!(answer.is_err(), "`{what}` gave {answer:?}");
}

/// Every function of `handles`, handles in every container, both ways: what the hub
/// made comes back borrowed and owned. Returns the handles still held (the client has
/// no drop): `seven` (at 9) and `b` (at 9).
async fn check_handles(
    wrpc: &wrpc_transport_nats::Client,
) -> [ResourceOwn<client::zoo::types::handles::Counter>; 2] {
    use client::zoo::types::handles::{self, Counter, Holder, Labeled, Peek, PeekHolder};

    let live = async || ask("counter.live", Counter::live(wrpc, None)).await;
    let get = async |c: &ResourceOwn<Counter>| {
        ask("counter.get", Counter::get(wrpc, None, &c.as_borrow())).await
    };
    let live_at_start = live().await;

    // A resource's own functions.
    let seven = ask("counter", Counter::new(wrpc, None, 7)).await;
    assert_eq!(get(&seven).await, 7);
    ask(
        "counter.add",
        Counter::add(wrpc, None, &seven.as_borrow(), 2),
    )
    .await;
    assert_eq!(get(&seven).await, 9);
    assert_eq!(live().await, live_at_start + 1);

    // `own` in results, inside every container.
    let many = ask("make-many", handles::make_many(wrpc, None, &[1, 2, 3])).await;
    assert_eq!(many.len(), 3);
    assert!(
        ask("make-many", handles::make_many(wrpc, None, &[]))
            .await
            .is_empty()
    );
    let some = ask("make-some", handles::make_some(wrpc, None, 4, true))
        .await
        .expect("make-some(4, true) gave none");
    assert!(
        ask("make-some", handles::make_some(wrpc, None, 5, false))
            .await
            .is_none()
    );
    let ok = ask("make-ok", handles::make_ok(wrpc, None, 6, false))
        .await
        .expect("make-ok(6, false) failed");
    assert_eq!(
        ask("make-ok", handles::make_ok(wrpc, None, 7, true)).await,
        Err("refused".to_owned())
    );
    let (a, b) = ask("make-pair", handles::make_pair(wrpc, None, 8, 9)).await;
    let labeled = ask("make-labeled", handles::make_labeled(wrpc, None, "lab", 10)).await;
    assert_eq!(labeled.name, "lab");
    let holder = ask("make-holder", handles::make_holder(wrpc, None, Some(11))).await;
    let Holder::One(held) = &holder else {
        panic!("make-holder(11) gave {holder:?}");
    };
    assert_eq!(get(held).await, 11);
    assert!(matches!(
        ask("make-holder", handles::make_holder(wrpc, None, None)).await,
        Holder::Empty
    ));
    // Each a handle of its own.
    let made = [
        &seven,
        &many[0],
        &many[1],
        &many[2],
        &some,
        &ok,
        &a,
        &b,
        &labeled.counter,
        held,
    ];
    for (i, x) in made.iter().enumerate() {
        assert!(made[i + 1..].iter().all(|y| x != y), "two handles alike");
    }
    assert_eq!(live().await, live_at_start + 10);

    // `borrow` in arguments, inside every container.
    let borrowed: Vec<_> = many.iter().map(ResourceOwn::as_borrow).collect();
    assert_eq!(
        ask("sum-borrowed", handles::sum_borrowed(wrpc, None, &borrowed)).await,
        6
    );
    assert_eq!(
        ask("sum-borrowed", handles::sum_borrowed(wrpc, None, &[])).await,
        0
    );
    let optional = handles::get_optional(wrpc, None, Some(some.as_borrow()));
    assert_eq!(ask("get-optional", optional).await, Some(4));
    assert_eq!(
        ask("get-optional", handles::get_optional(wrpc, None, None)).await,
        None
    );
    let either = ask(
        "get-either",
        handles::get_either(wrpc, None, &Ok(ok.as_borrow())),
    )
    .await;
    assert_eq!(either, 6);
    let either = ask(
        "get-either",
        handles::get_either(wrpc, None, &Err("four".to_owned())),
    )
    .await;
    assert_eq!(either, -4);
    let pair = handles::get_pair(wrpc, None, (a.as_borrow(), b.as_borrow()));
    assert_eq!(ask("get-pair", pair).await, 17);
    // One handle lent twice in a call.
    let pair = handles::get_pair(wrpc, None, (a.as_borrow(), a.as_borrow()));
    assert_eq!(ask("get-pair", pair).await, 16);
    let peek = Peek {
        name: "peek".to_owned(),
        counter: labeled.counter.as_borrow(),
    };
    assert_eq!(
        ask("get-peek", handles::get_peek(wrpc, None, &peek)).await,
        "peek=10"
    );
    let peek_holder = PeekHolder::One(b.as_borrow());
    let peeked = handles::get_peek_holder(wrpc, None, &peek_holder);
    assert_eq!(ask("get-peek-holder", peeked).await, 9);
    let peeked = handles::get_peek_holder(wrpc, None, &PeekHolder::Empty);
    assert_eq!(ask("get-peek-holder", peeked).await, -1);
    // Lending keeps them all.
    assert_eq!(live().await, live_at_start + 10);

    // `own` in arguments, inside every container: the hub's library drops them.
    let consumed = many.clone();
    assert_eq!(
        ask("consume-list", handles::consume_list(wrpc, None, &many)).await,
        6
    );
    assert_eq!(live().await, live_at_start + 7);
    assert_eq!(
        ask("consume-list", handles::consume_list(wrpc, None, &[])).await,
        0
    );
    let option = handles::consume_option(wrpc, None, Some(some.clone()));
    assert_eq!(ask("consume-option", option).await, 4);
    assert_eq!(
        ask("consume-option", handles::consume_option(wrpc, None, None)).await,
        -1
    );
    let result = ask(
        "consume-result",
        handles::consume_result(wrpc, None, &Ok(ok.clone())),
    )
    .await;
    assert_eq!(result, 6);
    let result = ask(
        "consume-result",
        handles::consume_result(wrpc, None, &Err("refused".to_owned())),
    )
    .await;
    assert_eq!(result, -7);
    let tuple = handles::consume_tuple(wrpc, None, (a.clone(), 100));
    assert_eq!(ask("consume-tuple", tuple).await, 108);
    let labeled = handles::consume_labeled(wrpc, None, &labeled);
    assert_eq!(ask("consume-labeled", labeled).await, "lab=10");
    let made_here = Labeled {
        name: "x".to_owned(),
        counter: ask("counter", Counter::new(wrpc, None, -5)).await,
    };
    let labeled = handles::consume_labeled(wrpc, None, &made_here);
    assert_eq!(ask("consume-labeled", labeled).await, "x=-5");
    assert_eq!(
        ask(
            "consume-holder",
            handles::consume_holder(wrpc, None, &holder)
        )
        .await,
        11
    );
    let empty = handles::consume_holder(wrpc, None, &Holder::Empty);
    assert_eq!(ask("consume-holder", empty).await, -1);
    assert_eq!(live().await, live_at_start + 2);

    // A handle given away, or never made, is no handle of the server's.
    for gone in consumed.iter().chain([&some, &ok, &a]) {
        refused("counter.get", Counter::get(wrpc, None, &gone.as_borrow())).await;
    }
    refused(
        "consume-option",
        handles::consume_option(wrpc, None, Some(a)),
    )
    .await;
    let forged = ResourceOwn::<Counter>::from(vec![0xAB; 9]);
    refused("counter.get", Counter::get(wrpc, None, &forged.as_borrow())).await;
    // The refusals took nothing.
    assert_eq!((get(&seven).await, get(&b).await), (9, 9));
    assert_eq!(live().await, live_at_start + 2);
    [seven, b]
}

#[test]
#[ignore = "needs nats-server (Debian: apt-get install nats-server); .ci/run installs it and runs these"]
fn a_wit_bindgen_wrpc_client_passes_counters_of_a_hub_both_ways() {
    use client::zoo::types::handles::Counter;

    let nats = NatsServer::start();
    // A plain wRPC client sends no heartbeats: what it holds is released a lease after
    // its last call. Short, to end the test soon; long enough for the gaps between its
    // calls on a loaded machine.
    let lease = Duration::from_millis(500);
    let options = ServeOptions {
        lease,
        ..ServeOptions::default()
    };
    let server = hubs::serving(&["zoo_provider"], &nats.url(), secs(20), &options);
    let served = server.servers[0].functions();
    for function in HANDLE_FUNCTIONS {
        let name = format!("{HANDLES}.{function}");
        assert!(served.contains(&name), "`{name}` is not served: {served:?}");
    }

    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let wrpc = runtime.block_on(wrpc_client(&nats.url(), "zoo_provider"));
    let held = runtime.block_on(check_handles(&wrpc));
    assert_eq!(server.hub.live_handles(), held.len());

    // Released by the lease: the server's hub holds nothing, and the provider ran their
    // destructors.
    let deadline = Instant::now() + lease + secs(10);
    while server.hub.live_handles() != 0 {
        assert!(
            Instant::now() < deadline,
            "{} handles still live {lease:?} after the client's last call",
            server.hub.live_handles()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let live = runtime.block_on(ask("counter.live", Counter::live(&wrpc, None)));
    assert_eq!(live, 0);
    let provided = server.output.text();
    assert_eq!(
        provided.matches("[ZOO] Counter::drop(9)").count(),
        2,
        "the lease ran both destructors:\n{provided}"
    );
    // And what it released is gone.
    for counter in &held {
        runtime.block_on(refused(
            "counter.get",
            Counter::get(&wrpc, None, &counter.as_borrow()),
        ));
    }
    assert_eq!(server.hub.live_handles(), 0);
}
