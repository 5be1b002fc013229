//! Records the hub's `tracing` events on the test's thread, so tests can count what
//! happened (calls per path, destructors) without any counter in the hub itself.

use std::sync::{Arc, Mutex};

use component_hub::{CALL_TARGET, HUB_TARGET};
use tracing::field::{Field, Visit};
use tracing::subscriber::DefaultGuard;
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt as _};

/// One recorded event: its target and its fields, as text.
#[derive(Clone, Debug, Default)]
pub struct Recorded {
    pub target: String,
    pub fields: Vec<(String, String)>,
}

impl Recorded {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What the hub emitted while the guard lives.
#[derive(Clone, Default)]
pub struct Recording(Arc<Mutex<Vec<Recorded>>>);

impl Recording {
    /// Starts recording on this thread; stops when the guard drops.
    pub fn start() -> (Recording, DefaultGuard) {
        let recording = Recording::default();
        let subscriber = tracing_subscriber::registry().with(recording.clone());
        let guard = tracing::subscriber::set_default(subscriber);
        (recording, guard)
    }

    /// Forwarded calls through `path` (`generated` or `dynamic`) so far.
    pub fn calls(&self, path: &str) -> usize {
        self.events()
            .iter()
            .filter(|e| e.target == CALL_TARGET && e.field("path") == Some(path))
            .count()
    }

    /// Lifecycle events whose message starts with `prefix` so far.
    pub fn lifecycle(&self, prefix: &str) -> usize {
        self.events()
            .iter()
            .filter(|e| {
                e.target == HUB_TARGET && e.field("message").is_some_and(|m| m.starts_with(prefix))
            })
            .count()
    }

    pub fn events(&self) -> Vec<Recorded> {
        self.0.lock().expect("not poisoned").clone()
    }
}

impl<S: Subscriber> Layer<S> for Recording {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let mut recorded = Recorded {
            target: event.metadata().target().to_owned(),
            fields: Vec::new(),
        };
        event.record(&mut recorded);
        self.0.lock().expect("not poisoned").push(recorded);
    }
}

impl Visit for Recorded {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.fields
            .push((field.name().to_owned(), format!("{value:?}")));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.fields
            .push((field.name().to_owned(), value.to_owned()));
    }
}
