//! Records the hub's `tracing` events, so tests can count what happened (calls per path,
//! destructors, warnings) without any counter in the hub itself.
//!
//! One subscriber is installed for the whole test process, interested in every event, and
//! hands each event to the recording of the thread it happened on. Per-test subscribers
//! (`tracing::subscriber::with_default`) would race with tracing's global cache of which
//! call sites are enabled: a call site first reached on another test's thread, while no
//! subscriber wanted it, could stay disabled for everyone. A test whose hub works on other
//! threads too [`attach`](Recording::attach)es those threads to its recording.

use std::cell::RefCell;
use std::sync::{Arc, Mutex, Once};

use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt as _};

/// The target of the hub's lifecycle events (`hub_runtime::HUB_TARGET`).
pub const HUB_TARGET: &str = "component_hub";
/// The target of the hub's per-call events (`hub_runtime::CALL_TARGET`).
pub const CALL_TARGET: &str = "component_hub::call";

/// One recorded event: its target, level and fields, as text.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// The event's target.
    pub target: String,
    /// The event's level.
    pub level: Level,
    /// Every field, in order, formatted.
    pub fields: Vec<(String, String)>,
}

impl Recorded {
    /// The field `name`, if the event has it.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The event's message.
    pub fn message(&self) -> &str {
        self.field("message").unwrap_or_default()
    }
}

type Events = Arc<Mutex<Vec<Recorded>>>;

thread_local! {
    /// Where events of this thread go, while a recording runs on it.
    static CURRENT: RefCell<Option<Events>> = const { RefCell::new(None) };
}

/// What the hub emitted, on the threads attached to it, while their guards live.
#[derive(Clone, Default)]
pub struct Recording(Events);

/// Stops recording on its thread when dropped.
#[must_use = "the recording stops when the guard is dropped"]
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        CURRENT.with(|current| current.borrow_mut().take());
    }
}

impl Recording {
    /// Starts recording the events of this thread; stops when the guard drops.
    pub fn start() -> (Recording, Guard) {
        let recording = Recording::default();
        let guard = recording.attach();
        (recording, guard)
    }

    /// Records the events of the calling thread too, until the guard drops (for threads
    /// a test starts).
    pub fn attach(&self) -> Guard {
        static INSTALL: Once = Once::new();
        INSTALL.call_once(|| {
            let subscriber = tracing_subscriber::registry().with(ThreadRouter);
            // Fails only if the process already has a global subscriber; its events then
            // are not recorded, and the test's assertions say so.
            let _ = tracing::subscriber::set_global_default(subscriber);
        });
        CURRENT.with(|current| *current.borrow_mut() = Some(Arc::clone(&self.0)));
        Guard(())
    }

    /// Forwarded calls through `path` (`generated` or `dynamic`) so far.
    pub fn calls(&self, path: &str) -> usize {
        self.count(|e| e.target == CALL_TARGET && e.field("path") == Some(path))
    }

    /// Lifecycle events whose message starts with `prefix` so far.
    pub fn lifecycle(&self, prefix: &str) -> usize {
        self.count(|e| e.target == HUB_TARGET && e.message().starts_with(prefix))
    }

    /// The messages of the hub's warnings so far.
    pub fn warnings(&self) -> Vec<String> {
        self.events()
            .into_iter()
            .filter(|e| e.target == HUB_TARGET && e.level == Level::WARN)
            .map(|e| e.message().to_owned())
            .collect()
    }

    /// Every event recorded so far.
    pub fn events(&self) -> Vec<Recorded> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn count(&self, matches: impl Fn(&Recorded) -> bool) -> usize {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .filter(|e| matches(e))
            .count()
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
                    level: *event.metadata().level(),
                    fields: Vec::new(),
                };
                event.record(&mut recorded);
                events
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(recorded);
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
