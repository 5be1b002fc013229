//! What the benchmarks measure: one criterion group per kind of call, one function per
//! strategy. The report reads criterion's results by these names.

/// A kind of forwarded call (a criterion group).
pub struct Kind {
    /// Criterion group name.
    pub id: &'static str,
    /// What one measured call is, for the report.
    pub what: &'static str,
}

/// Every kind of call measured, in report order.
pub const KINDS: &[Kind] = &[
    Kind {
        id: "quick-add",
        what: "standalone function, scalars (`calculator.quick-add`)",
    },
    Kind {
        id: "version",
        what: "static function returning a string (`calc.version`)",
    },
    Kind {
        id: "create-drop",
        what: "constructor plus drop (`calc`, which makes and drops a `logger`)",
    },
    Kind {
        id: "method",
        what: "method on a borrowed resource (`calc.add`, which logs through its `logger`)",
    },
    Kind {
        id: "cross-provider",
        what: "a resource of one library passed to another (`inspector.describe(counter)`)",
    },
    Kind {
        id: "string-1k",
        what: "1 KiB string in and out (`scalars.shout`)",
    },
    Kind {
        id: "string-64k",
        what: "64 KiB string in and out (`scalars.shout`)",
    },
    Kind {
        id: "list-1k",
        what: "1 KiB `list<u8>` in (`containers.byte-count`)",
    },
    Kind {
        id: "list-64k",
        what: "64 KiB `list<u8>` in (`containers.byte-count`)",
    },
];

/// A way of linking the call (a criterion function within each group).
pub struct Strategy {
    /// Criterion function name.
    pub id: &'static str,
    /// How the call is linked, for the report.
    pub what: &'static str,
}

/// Through the hub's generated forwarders.
pub const GENERATED: &str = "generated";
/// Through the hub's dynamic forwarders.
pub const DYNAMIC: &str = "dynamic";
/// The import implemented by the host itself.
pub const HOST_IMPORT: &str = "host-import";
/// The host calling the provider's export.
pub const DIRECT: &str = "direct";
/// App and providers fused ahead of time.
pub const FUSED: &str = "fused";

/// Every strategy, in report order.
pub const STRATEGIES: &[Strategy] = &[
    Strategy {
        id: GENERATED,
        what: "app -> generated forwarder -> provider (the default path)",
    },
    Strategy {
        id: DYNAMIC,
        what: "app -> dynamic `Val` forwarder -> provider (`--dynamic`)",
    },
    Strategy {
        id: HOST_IMPORT,
        what: "app -> import implemented by the host itself (no provider): one host call",
    },
    Strategy {
        id: DIRECT,
        what: "host -> provider export, called directly (no app)",
    },
    Strategy {
        id: FUSED,
        what: "app and providers fused ahead of time with wac-graph: the floor for any link",
    },
];

/// Live handles in the registry for the scaling groups.
pub const SCALING_LIVE: &[u32] = &[10, 1_000, 100_000];
/// The scaling groups: criterion group name and what one call is.
pub const SCALING_GROUPS: &[(&str, &str)] = &[
    ("scaling-method", "`counter.get` on a borrowed counter"),
    ("scaling-create-drop", "`counter` constructor plus drop"),
];

/// Payload sizes, in bytes, by kind id.
pub fn payload_len(kind: &str) -> u32 {
    if kind.ends_with("64k") {
        64 * 1024
    } else {
        1024
    }
}

/// The criterion group comparing a hub with its guards (epoch checks, memory limiter,
/// hostcall fuel) against one without.
pub const GUARDS_GROUP: &str = "guards";
/// The kinds of call the guards group measures.
pub const GUARD_KINDS: &[&str] = &["quick-add", "method"];
/// The paths the guards group measures each kind on.
pub const GUARD_PATHS: &[&str] = &[GENERATED, DYNAMIC];
/// A hub with its guards (the default options).
pub const GUARDED: &str = "guarded";
/// A hub without them ([`component_hub::HubOptions::unguarded`]).
pub const UNGUARDED: &str = "unguarded";

/// The criterion function of `kind` on `path` in the guards group (its parameter is
/// [`GUARDED`] or [`UNGUARDED`]).
pub fn guard_function(kind: &str, path: &str) -> String {
    format!("{kind}-{path}")
}

/// The criterion group of library loads against a cold and a warm disk cache.
pub const CACHE_GROUP: &str = "load-cache";
/// Loads with an empty disk cache.
pub const COLD: &str = "cold";
/// Loads with a disk cache that already holds the component.
pub const WARM: &str = "warm";
/// The libraries the cache group loads, each after the ones it needs.
pub const CACHE_LIBRARIES: &[(&str, &[&str])] = &[
    ("provider_logging", &[]),
    ("provider_calculator", &["provider_logging"]),
];

/// The criterion group of app runs against their floors.
pub const RUNS_GROUP: &str = "runs";
/// The app the runs group runs.
pub const RUN_APP: &str = "app_consumer";
/// A new hub's first run of the app (warm disk cache): prepares and links it.
pub const FIRST_RUN: &str = "first-run";
/// A run of the app the hub has run before.
pub const REPEAT_RUN: &str = "repeat-run";
/// [`RUN_LOOP_RUNS`] repeat runs in a row.
pub const RUN_LOOP: &str = "run-loop";
/// Repeat runs in one sample of [`RUN_LOOP`].
pub const RUN_LOOP_RUNS: u32 = 1_000;
/// A fresh store and the instantiation of the prepared app, nothing else.
pub const INSTANTIATE_ONLY: &str = "instantiate-only";
/// The app's own `run` called again on one instance: the work a run does.
pub const APP_CALLS: &str = "app-calls";

/// The criterion group of loading the large component in a new process.
pub const LARGE_GROUP: &str = "large-load";

/// The criterion group of async calls across links (`--bench async_links`, the `async`
/// build).
pub const ASYNC_GROUP: &str = "async-links";
/// Calls of `echo.quick` in one run of `async_bench_app` and `sync_bench_app` (their
/// `CALLS`): one iteration of [`ASYNC_GROUP`].
pub const ASYNC_CALLS: u64 = 2_000;
/// The app and library of each pairing, its name in [`ASYNC_GROUP`] (`run/<name>`),
/// and whether `echo` crosses on its generated forwarders (else forced dynamic). The
/// sync `echo` of `sync_echo_provider` has no generated set that fits (it lacks `bloat`).
pub const ASYNC_PAIRINGS: &[(&str, &str, &str, bool)] = &[
    (
        "sync_bench_app",
        "sync_echo_provider",
        "sync-to-sync",
        false,
    ),
    (
        "async_bench_app",
        "sync_echo_provider",
        "async-to-sync",
        false,
    ),
    ("sync_bench_app", "async_provider", "sync-to-async", false),
    ("async_bench_app", "async_provider", "async-to-async", false),
    (
        "sync_bench_app",
        "async_provider",
        "sync-to-async-generated",
        true,
    ),
    (
        "async_bench_app",
        "async_provider",
        "async-to-async-generated",
        true,
    ),
];
/// The floor of [`ASYNC_GROUP`]: the host calling `quick` in the async library's own
/// store, with wasmtime alone.
pub const ASYNC_IN_STORE: &str = "in-store/async";

/// The criterion group of stream throughput across a link (`--bench async_links`).
pub const STREAM_GROUP: &str = "async-streams";
/// Bytes of the stream `stream_bench_app` reads (its `BYTES`): one iteration of
/// [`STREAM_GROUP`].
pub const STREAM_BYTES: u64 = 64 << 20;
/// `stream_provider` writing the stream through the hub, on the dynamic path.
pub const STREAM_THROUGH_LIBRARY: &str = "through-library/u8";
/// The same on `streams`' generated forwarders.
pub const STREAM_THROUGH_LIBRARY_GENERATED: &str = "through-library-generated/u8";
/// The floor: the host writing the same stream in the app's own store.
pub const STREAM_FROM_HOST: &str = "from-host/u8";

/// The criterion group of calls to libraries served over wRPC on NATS
/// (`--bench remote`), per call.
pub const REMOTE_GROUP: &str = "remote";
/// Bytes of the `list<u8>` the list rows send.
pub const REMOTE_LIST_BYTES: u32 = 64 << 10;
/// Each measured call of [`REMOTE_GROUP`]: its name, what it is, and its floor's name
/// (async-nats' request-reply carrying the same bytes, no hub).
pub const REMOTE_CALLS: &[(&str, &str, &str)] = &[
    (
        "hub/quick-add",
        "`calculator.quick-add(a, b)` from a library in the calling hub, typed on both ends (`new_hub`)",
        "floor/quick-add",
    ),
    (
        "dynamic/quick-add",
        "the same, with `Val`s on both ends (hubs without generated forwarders)",
        "floor/quick-add",
    ),
    (
        "wire/quick-add",
        "the same `quick-add` from a bare wRPC client (no calling hub): the protocol's share",
        "floor/quick-add",
    ),
    (
        "hub/list-64KiB",
        "`containers.byte-count` of a 64 KiB `list<u8>` from a library in the calling hub, typed on both ends",
        "floor/list-64KiB",
    ),
    (
        "dynamic/list-64KiB",
        "the same, with `Val`s on both ends",
        "floor/list-64KiB",
    ),
    (
        "wire/list-64KiB",
        "the same `byte-count` from a bare wRPC client (no calling hub)",
        "floor/list-64KiB",
    ),
];
/// The criterion group of CPU-bound calls shared by one or two serving processes.
pub const REMOTE_SCALING_GROUP: &str = "remote-scaling";
/// `cpu.burn`'s rounds per call in [`REMOTE_SCALING_GROUP`].
pub const REMOTE_BURN_STEPS: u32 = 1_000_000;
/// Calls in flight at once in [`REMOTE_SCALING_GROUP`].
pub const REMOTE_IN_FLIGHT: usize = 8;
/// The rows of [`REMOTE_SCALING_GROUP`]: serving processes, and the row's name.
pub const REMOTE_SERVERS: &[(usize, &str)] = &[(1, "servers/1"), (2, "servers/2")];
