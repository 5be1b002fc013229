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

/// `1 function`, `2 functions`: a count with its noun, as the hub's messages say it.
pub(crate) struct Count(pub(crate) usize, pub(crate) &'static str);

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Count(n, noun) = *self;
        match (n, noun.strip_suffix('y')) {
            (1, _) => write!(f, "1 {noun}"),
            (_, Some(stem)) => write!(f, "{n} {stem}ies"),
            (_, None) => write!(f, "{n} {noun}s"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Count;

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(Count(1, "function").to_string(), "1 function");
        assert_eq!(Count(0, "function").to_string(), "0 functions");
        assert_eq!(
            Count(2, "resource handle").to_string(),
            "2 resource handles"
        );
        assert_eq!(Count(1, "library").to_string(), "1 library");
        assert_eq!(Count(3, "library").to_string(), "3 libraries");
    }
}
