//! Libraries linked to libraries and apps: every WIT type, resources in every container,
//! the cross-provider case, and the handle registry's bookkeeping.

mod common;

use common::{capturing, demo_hub, hub, load, run, run_unlinked};
use hub_fixtures::events::Recording;

#[test]
fn type_zoo_passes_every_check_across_two_providers() {
    let (options, output) = capturing();
    let hub = component_hub::new_hub(options).expect("hub");
    load(&hub, "zoo_provider");
    load(&hub, "zoo_inspector");
    // zoo_app asserts every answer itself and traps on a wrong one; it says so after
    // each group of checks, and at the end.
    run(&hub, "zoo_app");
    run(&hub, "zoo_app");
    let text = output.text();
    assert_eq!(
        text.matches("[APP] zoo: all checks passed\n").count(),
        2,
        "{text}"
    );
    assert!(text.contains("[APP] zoo: inspector ok\n"), "{text}");
    assert!(text.contains("[APP] zoo: no counter leaked ok\n"), "{text}");
}

#[test]
fn a_run_that_drops_everything_leaves_no_handles() {
    let (events, _guard) = Recording::start();
    let hub = hub();
    load(&hub, "zoo_provider");
    load(&hub, "zoo_inspector");
    run(&hub, "zoo_app");
    let registered = events.lifecycle("Registered handle");
    assert!(
        registered >= 15,
        "the zoo app creates many handles through the hub, saw {registered}"
    );
    assert_eq!(
        hub.live_handles(),
        0,
        "every handle the run created is gone"
    );

    let hub = demo_hub();
    run(&hub, "app_consumer");
    assert!(
        events.lifecycle("Registered handle") >= registered + 3,
        "a logger, a calc and the calc's logger"
    );
    assert_eq!(hub.live_handles(), 0);
}

/// (That libraries keep their state between runs is seen in the demo's output: see
/// hub-demo's `demo_flag_plays_the_standard_sequence`.)
#[test]
fn purge_unloads_every_library_and_forgets_every_handle() {
    let hub = demo_hub();
    run(&hub, "app_consumer");
    run(&hub, "app_consumer");
    assert_eq!(hub.status().libraries.len(), 2);
    assert_eq!(hub.purge(), 2);
    assert!(hub.status().libraries.is_empty());
    assert_eq!(hub.live_handles(), 0);
    // Nothing is left to link against.
    assert!(run_unlinked(&hub, "app_consumer").starts_with("demo:logging/"));
}

#[test]
fn a_wasi_cli_command_runs_as_an_app() {
    let (options, output) = capturing();
    let hub = component_hub::new_hub(options).expect("hub");
    load(&hub, "provider_logging");
    load(&hub, "provider_calculator");
    run(&hub, "app_command");
    // Its `main` ran, calling through the hub.
    let text = output.text();
    assert!(
        text.contains("[APP] command: quick-add(20, 22) = 42\n"),
        "{text}"
    );
    assert!(
        text.contains("[APP] command: calculator version: "),
        "{text}"
    );
}

#[test]
fn status_lists_interfaces_and_what_they_define() {
    let hub = hub();
    load(&hub, "zoo_provider");
    load(&hub, "zoo_inspector");
    let status = hub.status();
    let provider = &status.libraries[0];
    let interfaces: Vec<_> = provider
        .exports
        .iter()
        .map(|e| e.interface.clone())
        .collect();
    assert_eq!(
        interfaces,
        [
            Some("zoo:types/scalars@0.1.0".to_owned()),
            Some("zoo:types/containers@0.1.0".to_owned()),
            Some("zoo:types/handles@0.1.0".to_owned()),
            None,
        ]
    );
    assert_eq!(provider.exports[2].resources, ["counter"]);
    // The inspector defines `wrapper` and only uses `counter`.
    assert_eq!(status.libraries[1].exports[0].resources, ["wrapper"]);
}
