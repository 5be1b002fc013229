//! Libraries loaded as several instances ([`LoadOptions::instances`]): each instance has
//! its own store and state, calls spread over them, a call passing a library's resource
//! goes to the instance that made it, and the hub's guards hold as for one instance, on
//! both forwarding paths.

mod common;

use common::{quiet, run};
use component_hub::wasmtime::component::Val;
use component_hub::{CallError, ForwardingPath, Hub, LibraryId, LoadOptions, OneLine, new_hub};
use hub_fixtures::guest;

const CALCULATOR: &str = "demo:logging/calculator@0.1.0";
const HANDLES: &str = "zoo:types/handles@0.1.0";

/// A hub forwarding through `path` with the logging library, and the calculator loaded
/// as `instances` instances.
fn calculator_hub(path: ForwardingPath, instances: usize) -> (Hub, LibraryId) {
    let hub = new_hub(quiet().force_dynamic(path == ForwardingPath::Dynamic)).expect("hub");
    hub.load(guest("provider_logging")).expect("logging");
    let calculator = hub
        .load_with(
            guest("provider_calculator"),
            &LoadOptions::default().instances(instances),
        )
        .expect("calculator");
    let status = hub.status();
    assert_eq!(status.libraries[1].instances, instances.max(1));
    assert_eq!(status.libraries[1].exports[0].path, path);
    (hub, calculator)
}

/// `total-operations` asked `times` times in a row (a static function: any instance
/// may answer), sorted.
fn operation_counts(hub: &Hub, calculator: LibraryId, times: usize) -> Vec<u64> {
    let mut caller = hub.caller();
    let mut counts: Vec<u64> = (0..times)
        .map(|_| {
            let found = caller
                .call(
                    calculator,
                    Some(CALCULATOR),
                    "[static]calc.total-operations",
                    &[],
                )
                .expect("total-operations");
            match found[..] {
                [Val::U64(count)] => count,
                _ => panic!("a count: {found:?}"),
            }
        })
        .collect();
    counts.sort_unstable();
    counts
}

fn one_line(err: &CallError) -> String {
    let line = OneLine(err).to_string();
    assert!(!line.contains('\n'), "{line:?}");
    line
}

/// Each instance keeps its own state, calls spread over the instances, and a resource's
/// methods go to the instance that made it.
fn state_is_per_instance(path: ForwardingPath) {
    let (hub, calculator) = calculator_hub(path, 2);
    let mut caller = hub.caller();
    // Two calcs in a row: one in each instance.
    let mut calcs = Vec::new();
    for _ in 0..2 {
        let made = caller
            .call(calculator, Some(CALCULATOR), "[constructor]calc", &[])
            .expect("constructor");
        let [Val::Resource(calc)] = made[..] else {
            panic!("a calc: {made:?}");
        };
        calcs.push(calc);
    }
    // Three operations on the first calc, one on the second: each in its own instance
    // (a method sent to the other instance would not find its calc).
    for (calc, times) in calcs.iter().zip([3, 1]) {
        for _ in 0..times {
            let sum = caller
                .call(
                    calculator,
                    Some(CALCULATOR),
                    "[method]calc.add",
                    &[Val::Resource(*calc), Val::Float64(1.0), Val::Float64(2.0)],
                )
                .expect("add");
            assert_eq!(sum, [Val::Float64(3.0)]);
        }
    }
    // Calls without a resource alternate between the instances: each counted its own.
    assert_eq!(operation_counts(&hub, calculator, 4), [1, 1, 3, 3]);
    // Every calc (and the logger each holds in the other library) is released with the
    // caller.
    assert_eq!(hub.live_handles(), 4);
    drop(caller);
    assert_eq!(hub.live_handles(), 0);

    // Apps make calcs and call their methods through the forwarders of `path`.
    for _ in 0..3 {
        run(&hub, "app_consumer");
    }
    assert_eq!(hub.live_handles(), 0, "the runs released what they made");
}

#[test]
fn state_is_per_instance_on_the_generated_path() {
    state_is_per_instance(ForwardingPath::Generated);
}

#[test]
fn state_is_per_instance_on_the_dynamic_path() {
    state_is_per_instance(ForwardingPath::Dynamic);
}

#[test]
fn one_instance_is_one_store_as_before() {
    // 0 counts as 1; sequential calls all see one counter.
    let (hub, calculator) = calculator_hub(ForwardingPath::Generated, 0);
    run(&hub, "app_consumer");
    let counts = operation_counts(&hub, calculator, 3);
    assert!(
        counts[0] > 0 && counts.iter().all(|c| *c == counts[0]),
        "{counts:?}"
    );
}

/// A counter of the zoo's `handles`, made by the next instance in turn.
fn counter(caller: &mut component_hub::HostCaller<'_>, zoo: LibraryId, start: i64) -> Val {
    let made = caller
        .call(
            zoo,
            Some(HANDLES),
            "[constructor]counter",
            &[Val::S64(start)],
        )
        .expect("constructor");
    made.into_iter().next().expect("a counter")
}

#[test]
fn one_call_cannot_pass_resources_of_two_instances() {
    let hub = new_hub(quiet()).expect("hub");
    let zoo = hub
        .load_with(guest("zoo_provider"), &LoadOptions::default().instances(2))
        .expect("zoo");
    let mut caller = hub.caller();
    let (a, b) = (counter(&mut caller, zoo, 1), counter(&mut caller, zoo, 10));
    let sum = |caller: &mut component_hub::HostCaller<'_>, counters: Vec<Val>| {
        caller.call(zoo, Some(HANDLES), "sum-borrowed", &[Val::List(counters)])
    };
    assert_eq!(
        sum(&mut caller, vec![a.clone(), a.clone()]).expect("one instance"),
        [Val::S64(2)]
    );
    let err = sum(&mut caller, vec![a.clone(), b.clone()]).expect_err("two instances");
    let line = one_line(&err);
    assert!(
        line.contains("one call cannot use resources of two instances")
            && line.contains("zoo_provider.wasm"),
        "{line}"
    );
    // Refused before anything moved: both counters are still the caller's, and work.
    assert_eq!(caller.held_handles(), 2);
    assert_eq!(
        sum(&mut caller, vec![b.clone()]).expect("b"),
        [Val::S64(10)]
    );
    let err = caller
        .call(zoo, Some(HANDLES), "consume-list", &[Val::List(vec![a, b])])
        .expect_err("owns of two instances");
    assert!(one_line(&err).contains("two instances"), "{err:?}");
    drop(caller);
    assert_eq!(
        hub.live_handles(),
        0,
        "nothing of the refused calls is left"
    );
}

#[test]
fn a_fault_in_one_instance_disables_the_library_and_a_reload_keeps_the_count() {
    let hub = new_hub(quiet()).expect("hub");
    let faulty = hub
        .load_with(
            guest("faulty_provider"),
            &LoadOptions::default().instances(3),
        )
        .expect("faulty");
    let mut caller = hub.caller();
    let faulty_api = Some("hub:guests/faulty");
    for _ in 0..3 {
        let answer = caller
            .call(faulty, faulty_api, "answer", &[])
            .expect("answer");
        assert_eq!(answer, [Val::U32(42)]);
    }
    let err = caller
        .call(faulty, faulty_api, "boom", &[])
        .expect_err("traps");
    assert!(one_line(&err).contains("trapped in `boom`"), "{err:?}");
    // Every instance refuses now, whichever a call would go to.
    for _ in 0..3 {
        let err = caller
            .call(faulty, faulty_api, "answer", &[])
            .expect_err("disabled");
        assert!(one_line(&err).contains("is disabled"), "{err:?}");
    }
    drop(caller);
    let status = hub.status();
    assert!(status.libraries[0].disabled.is_some());
    assert!(status.to_string().contains("[3 instances]"), "{status}");

    let reloaded = hub.reload(faulty).expect("reload")[0];
    let status = hub.status();
    assert_eq!(status.libraries[0].instances, 3);
    assert!(status.libraries[0].disabled.is_none());
    let answer = hub
        .caller()
        .call(reloaded, faulty_api, "answer", &[])
        .expect("answers again");
    assert_eq!(answer, [Val::U32(42)]);
}
