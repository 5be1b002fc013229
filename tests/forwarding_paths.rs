//! The generated and the dynamic path: which one is chosen, that the generated one is
//! really used, and that resources cross freely between the two.

mod common;

use common::{load, quiet, run};
use component_hub::generated::zoo::types::{containers, handles, inspector, scalars};
use component_hub::{
    ForwardingPath, GeneratedForwarders, GeneratedMismatch, Hub, HubOptions, new_hub,
};
use hub_fixtures::events::Recording;

/// Options that emit an event per forwarded call, so tests can count them by path.
fn counted() -> HubOptions {
    quiet().call_events(true)
}

fn paths(hub: &Hub) -> Vec<(String, ForwardingPath)> {
    hub.status()
        .libraries
        .iter()
        .flat_map(|l| &l.exports)
        .filter_map(|e| Some((e.interface.clone()?, e.path)))
        .collect()
}

#[test]
fn demo_libraries_use_generated_forwarders_and_no_dynamic_call_happens() {
    let (events, _guard) = Recording::start();
    let hub = new_hub(counted()).expect("hub");
    load(&hub, "provider_logging");
    load(&hub, "provider_calculator");
    assert_eq!(
        paths(&hub),
        [
            (
                "demo:logging/logging@0.1.0".to_owned(),
                ForwardingPath::Generated
            ),
            (
                "demo:logging/calculator@0.1.0".to_owned(),
                ForwardingPath::Generated
            ),
        ]
    );
    run(&hub, "app_consumer");
    assert!(
        events.calls("generated") > 20,
        "the app's calls were counted"
    );
    assert_eq!(
        events.calls("dynamic"),
        0,
        "every call went through generated forwarders"
    );
}

#[test]
fn forcing_the_dynamic_path_uses_it_everywhere() {
    let (events, _guard) = Recording::start();
    let hub = new_hub(counted().force_dynamic(true)).expect("hub");
    load(&hub, "provider_logging");
    load(&hub, "provider_calculator");
    assert!(
        paths(&hub)
            .iter()
            .all(|(_, path)| *path == ForwardingPath::Dynamic)
    );
    run(&hub, "app_consumer");
    assert!(
        events.calls("dynamic") > 20,
        "the app's calls went through the dynamic path"
    );
    assert_eq!(events.calls("generated"), 0);
}

#[test]
fn type_zoo_passes_on_both_paths() {
    for force_dynamic in [false, true] {
        let (events, _guard) = Recording::start();
        let hub = new_hub(counted().force_dynamic(force_dynamic)).expect("hub");
        load(&hub, "zoo_provider");
        load(&hub, "zoo_inspector");
        let expected = if force_dynamic {
            ForwardingPath::Dynamic
        } else {
            ForwardingPath::Generated
        };
        assert!(paths(&hub).iter().all(|(_, path)| *path == expected));
        run(&hub, "zoo_app");
        assert_eq!(hub.live_handles(), 0);
        if force_dynamic {
            assert!(events.calls("dynamic") > 100);
        } else {
            // Top-level functions have no generated set: `zoo-version`, called once.
            assert_eq!(events.calls("dynamic"), 1);
        }
    }
}

static PROVIDER_SETS: GeneratedForwarders = GeneratedForwarders::new(
    &[
        &scalars::__Interface,
        &containers::__Interface,
        &handles::__Interface,
    ],
    &[],
);

#[test]
fn handles_cross_from_generated_to_dynamic_forwarders_and_back() {
    // `handles` is generated; `inspector` has no generated set here, so it is dynamic.
    // The app makes counters through generated constructors, passes them to the dynamic
    // inspector (borrowed and owned) and gets counters back from it.
    let (events, _guard) = Recording::start();
    let hub = Hub::with_generated(counted(), &PROVIDER_SETS).expect("hub");
    load(&hub, "zoo_provider");
    load(&hub, "zoo_inspector");
    let paths = paths(&hub);
    assert_eq!(
        paths[2],
        (
            "zoo:types/handles@0.1.0".to_owned(),
            ForwardingPath::Generated
        )
    );
    assert_eq!(
        paths[3],
        (
            "zoo:types/inspector@0.1.0".to_owned(),
            ForwardingPath::Dynamic
        )
    );
    run(&hub, "zoo_app");
    assert!(events.calls("dynamic") > 0);
    assert!(events.calls("generated") > 0);
    assert_eq!(hub.live_handles(), 0);
}

static INSPECTOR_ONLY: GeneratedForwarders = GeneratedForwarders::new(
    &[&inspector::__Interface as &dyn component_hub::__internal::GeneratedInterface],
    &[],
);

#[test]
fn a_generated_interface_over_a_dynamic_resource_falls_back_and_works() {
    // `handles` is dynamic here, so its `counter` crosses as a dynamic host type; the
    // generated `inspector` expects the generated `Counter` marker, fails its type check
    // at load and falls back to the dynamic path, saying why.
    let hub = Hub::with_generated(quiet(), &INSPECTOR_ONLY).expect("hub");
    load(&hub, "zoo_provider");
    load(&hub, "zoo_inspector");
    let status = hub.status();
    let inspector = &status.libraries[1].exports[0];
    assert_eq!(inspector.path, ForwardingPath::Dynamic);
    let fallback = inspector.fallback.as_deref().expect("a reason is given");
    assert!(
        matches!(fallback, GeneratedMismatch::FunctionType { function, .. } if function == "describe"),
        "{fallback:?}"
    );
    run(&hub, "zoo_app");
}

#[test]
fn an_interface_with_the_same_name_but_another_shape_falls_back_to_dynamic() {
    // `calculator_impostor` exports `demo:logging/calculator@0.1.0` with an integer
    // `quick-add` and no `calc`: the generated set matches by name, not by shape.
    let (events, _guard) = Recording::start();
    let hub = new_hub(counted()).expect("hub");
    load(&hub, "calculator_impostor");
    let status = hub.status();
    let export = &status.libraries[0].exports[0];
    assert_eq!(
        export.interface.as_deref(),
        Some("demo:logging/calculator@0.1.0")
    );
    assert_eq!(export.path, ForwardingPath::Dynamic);
    let fallback = export.fallback.as_deref().expect("the fallback says why");
    assert!(
        matches!(fallback, GeneratedMismatch::MissingFunction { function } if function == "[constructor]calc"),
        "{fallback:?}"
    );
    assert!(
        status
            .to_string()
            .contains("[generated set not used: the component lacks")
    );
    // It still works, through the dynamic path.
    run(&hub, "impostor_app");
    assert_eq!(events.calls("dynamic"), 2);
}

static INSPECTOR_SKIPPED: GeneratedForwarders = GeneratedForwarders::new(
    &[&handles::__Interface as &dyn component_hub::__internal::GeneratedInterface],
    &[("zoo:types/inspector@0.1.0", "uses a `map` type")],
);

#[test]
fn an_interface_the_generator_skipped_says_so_in_status() {
    let hub = Hub::with_generated(quiet(), &INSPECTOR_SKIPPED).expect("hub");
    load(&hub, "zoo_provider");
    load(&hub, "zoo_inspector");
    let status = hub.status();
    let inspector = &status.libraries[1].exports[0];
    assert_eq!(inspector.path, ForwardingPath::Dynamic);
    assert!(
        matches!(
            inspector.fallback.as_deref(),
            Some(GeneratedMismatch::NotGenerated {
                reason: "uses a `map` type"
            })
        ),
        "{:?}",
        inspector.fallback
    );
    assert!(status.to_string().contains(
        "zoo:types/inspector@0.1.0: dynamic (functions: 7; defines wrapper) [generated set not used: not generated at build time: uses a `map` type]"
    ), "{status}");
    // An interface the build knows nothing about has no reason to give.
    assert!(status.libraries[0].exports[0].fallback.is_none());
}

#[test]
fn the_recorder_listens_on_the_hub_s_targets() {
    assert_eq!(hub_fixtures::events::HUB_TARGET, component_hub::HUB_TARGET);
    assert_eq!(
        hub_fixtures::events::CALL_TARGET,
        component_hub::CALL_TARGET
    );
}
