//! Records the hub's `tracing` events on the test's thread, so tests can count what
//! happened (calls per path, destructors) without any counter in the hub itself.
//!
//! One subscriber is installed for the whole test process, interested in every event,
//! and hands each event to the recording of the thread it happened on. (Per-thread
//! subscribers would race with tracing's global cache of which call sites are enabled:
//! a call site first reached on another test's thread could stay disabled.)

use std::cell::RefCell;
use std::sync::{Arc, Mutex, Once};

use component_hub::{CALL_TARGET, HUB_TARGET};
use tracing::field::{Field, Visit};
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

type Events = Arc<Mutex<Vec<Recorded>>>;

thread_local! {
    /// Where events of this thread go, while a recording runs on it.
    static CURRENT: RefCell<Option<Events>> = const { RefCell::new(None) };
}

/// What the hub emitted on this thread while the guard lives.
#[derive(Clone, Default)]
pub struct Recording(Events);

/// Stops the recording when dropped.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        CURRENT.with(|current| current.borrow_mut().take());
    }
}

impl Recording {
    /// Starts recording the events of this thread; stops when the guard drops.
    pub fn start() -> (Recording, Guard) {
        static INSTALL: Once = Once::new();
        INSTALL.call_once(|| {
            let subscriber = tracing_subscriber::registry().with(ThreadRouter);
            tracing::subscriber::set_global_default(subscriber)
                .expect("no other subscriber in the tests");
        });
        let recording = Recording::default();
        CURRENT.with(|current| *current.borrow_mut() = Some(Arc::clone(&recording.0)));
        (recording, Guard)
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

/// Sends each event to the recording of the thread it happened on, if any.
struct ThreadRouter;

impl<S: Subscriber> Layer<S> for ThreadRouter {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        CURRENT.with(|current| {
            if let Some(events) = current.borrow().as_ref() {
                let mut recorded = Recorded {
                    target: event.metadata().target().to_owned(),
                    fields: Vec::new(),
                };
                event.record(&mut recorded);
                events.lock().expect("not poisoned").push(recorded);
            }
        });
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
