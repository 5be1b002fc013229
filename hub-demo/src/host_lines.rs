//! The `[HOST]` lines: a `tracing` layer that prints the message of every event the hub
//! emits, one line each, on stdout (where guests print too, so the lines interleave in
//! the order things happen).

use std::fmt::Write as _;

use tracing::field::{Field, Visit};
use tracing::level_filters::LevelFilter;
use tracing::{Event, Level, Metadata, Subscriber};
use tracing_subscriber::layer::{Context, Layer};

/// Prints `[HOST] <message>` for every event of the hub's crates at `INFO` or above (the
/// hub's `TRACE` events, one per registered handle, are for debugging; the NATS client's
/// own events are not the hub's).
pub struct HostLines;

impl<S: Subscriber> Layer<S> for HostLines {
    fn enabled(&self, metadata: &Metadata<'_>, _ctx: Context<'_, S>) -> bool {
        let target = metadata.target();
        let hubs = ["component_hub", "hub_runtime", "hub_wrpc"];
        *metadata.level() <= Level::INFO && hubs.iter().any(|hub| target.starts_with(hub))
    }

    fn max_level_hint(&self) -> Option<LevelFilter> {
        Some(LevelFilter::INFO)
    }

    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let mut message = Message(String::new());
        event.record(&mut message);
        crate::output::say(&format!("[HOST] {}", message.0));
    }
}

/// Collects an event's `message` field.
struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        }
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.0.push_str(value);
        }
    }
}

/// Installs [`HostLines`] as the process's subscriber.
pub fn install() {
    use tracing_subscriber::layer::SubscriberExt as _;
    let subscriber = tracing_subscriber::registry().with(HostLines);
    // Only fails when a subscriber is already set, and then that one stays.
    let _ = tracing::subscriber::set_global_default(subscriber);
}
