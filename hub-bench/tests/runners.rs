//! Every measured loop runs, and the hub loops measure the path they are named after.

use std::sync::{Arc, Mutex};

use component_hub::CALL_TARGET;
use hub_bench::kinds::{DIRECT, KINDS, SCALING_GROUPS};
use hub_bench::runners::{
    Floors, bench_options, direct_runner, hub_runner, loaded_hub, loaded_hub_with, scaling_runner,
};
use tracing::field::{Field, Visit};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt as _};

/// Counts the hub's call events by their `path` field.
#[derive(Clone, Default)]
struct CallCounts(Arc<Mutex<(usize, usize)>>);

impl CallCounts {
    /// (generated, dynamic) calls so far.
    fn get(&self) -> (usize, usize) {
        *self.0.lock().expect("not poisoned")
    }
}

impl<S: tracing::Subscriber> Layer<S> for CallCounts {
    fn on_event(&self, event: &tracing::Event<'_>, _ctx: Context<'_, S>) {
        struct Path(String);
        impl Visit for Path {
            fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
                if field.name() == "path" {
                    self.0 = format!("{value:?}");
                }
            }
        }
        if event.metadata().target() != CALL_TARGET {
            return;
        }
        let mut path = Path(String::new());
        event.record(&mut path);
        let mut counts = self.0.lock().expect("not poisoned");
        match path.0.as_str() {
            "generated" => counts.0 += 1,
            "dynamic" => counts.1 += 1,
            other => panic!("unknown path `{other}`"),
        }
    }
}

#[test]
fn generated_loops_make_no_dynamic_call_and_dynamic_loops_only_dynamic_ones() {
    let counts = CallCounts::default();
    let _guard =
        tracing::subscriber::set_default(tracing_subscriber::registry().with(counts.clone()));
    let options = |dynamic| bench_options(dynamic).call_events(true);
    let generated = loaded_hub_with(options(false)).expect("generated hub");
    let dynamic = loaded_hub_with(options(true)).expect("dynamic hub");
    for kind in KINDS.iter().map(|k| k.id) {
        let before = counts.get();
        hub_runner(&generated, kind).expect("generated runner")(3);
        let after_generated = counts.get();
        assert_eq!(after_generated.1, before.1, "{kind}: generated path only");
        assert!(
            after_generated.0 >= before.0 + 3,
            "{kind}: three generated calls"
        );
        hub_runner(&dynamic, kind).expect("dynamic runner")(3);
        let after_dynamic = counts.get();
        assert_eq!(
            after_dynamic.0, after_generated.0,
            "{kind}: dynamic path only"
        );
        assert!(
            after_dynamic.1 >= after_generated.1 + 3,
            "{kind}: three calls through the dynamic path"
        );
    }
}

#[test]
fn floor_loops_run() {
    let floors = Floors::new().expect("floors");
    for kind in KINDS.iter().map(|k| k.id) {
        floors.host_import_runner(kind).expect("host-import runner")(3);
        floors.fused_runner(kind).expect("fused runner")(3);
        match direct_runner(kind).expect("direct runner") {
            Some(mut direct) => direct(3),
            None => assert_eq!(kind, "cross-provider", "only cross-provider lacks {DIRECT}"),
        }
    }
}

#[test]
fn scaling_loops_hold_their_live_handles() {
    let hub = loaded_hub(false).expect("hub");
    for (group, _) in SCALING_GROUPS {
        let before = hub.live_handles();
        let mut runner = scaling_runner(&hub, group, 50).expect("scaling runner");
        runner(3);
        assert_eq!(
            hub.live_handles(),
            before + 50,
            "{group}: the held counters stay live while the app does"
        );
        drop(runner);
        assert_eq!(
            hub.live_handles(),
            before,
            "{group}: dropping the app releases them"
        );
    }
}
