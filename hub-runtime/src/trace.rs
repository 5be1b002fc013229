//! The hub's events. The library never prints: what it links and forwards is reported as
//! `tracing` events, and the embedder's subscriber decides what to show (hub-demo prints
//! each event's message as a `[HOST]` line).
//!
//! Targets: [`HUB_TARGET`] for lifecycle events (loads, links, runs, destructors, purges)
//! and [`CALL_TARGET`] for one event per forwarded call, emitted only by forwarders linked
//! with [`HubOptions::call_events`](crate::HubOptions::call_events) on.

use crate::forwarding_path::ForwardingPath;
use crate::function_kind::FunctionKind;

/// The target of the hub's lifecycle events.
pub const HUB_TARGET: &str = "component_hub";

/// The target of per-call events. Their fields: `path` (`generated` or `dynamic`),
/// `function` (the export name) and `args` (how many arguments).
pub const CALL_TARGET: &str = "component_hub::call";

/// Emits the event for one forwarded call.
#[inline(never)]
pub fn call(path: ForwardingPath, function: &str, args: usize) {
    tracing::info!(
        target: CALL_TARGET,
        path = %path,
        function,
        args,
        "{} {function} called with {args} args",
        FunctionKind::of(function)
    );
}
