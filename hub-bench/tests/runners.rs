//! Every measured loop runs, and the hub loops measure the path they are named after.

use hub_bench::kinds::{DIRECT, KINDS, SCALING_GROUPS};
use hub_bench::runners::{Floors, direct_runner, hub_runner, loaded_hub, scaling_runner};

#[test]
fn generated_loops_make_no_dynamic_call_and_dynamic_loops_only_dynamic_ones() {
    let generated = loaded_hub(false).expect("generated hub");
    let dynamic = loaded_hub(true).expect("dynamic hub");
    for kind in KINDS.iter().map(|k| k.id) {
        let before = dynamic.dynamic_calls();
        hub_runner(&generated, kind).expect("generated runner")(3);
        hub_runner(&dynamic, kind).expect("dynamic runner")(3);
        assert_eq!(generated.dynamic_calls(), 0, "{kind}: generated path only");
        assert!(
            dynamic.dynamic_calls() >= before + 3,
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
        scaling_runner(&hub, group, 50).expect("scaling runner")(3);
        assert_eq!(
            hub.live_handles(),
            before + 50,
            "{group}: the held counters stay live"
        );
    }
}
