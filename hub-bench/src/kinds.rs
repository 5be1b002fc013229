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
