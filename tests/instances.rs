//! Libraries loaded as several instances ([`LoadOptions::instances`]): each instance has
//! its own store and state, threads spread over them, a call passing a library's resource
//! goes to the instance that made it, and the hub's guards hold as for one instance, on
//! both forwarding paths.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use common::{quiet, run};
use component_hub::wasmtime::component::Val;
use component_hub::{
    CallError, ForwardingPath, HostInterface, Hub, LibraryId, LoadOptions, OneLine, new_hub,
};
use hub_fixtures::guest;

const CALCULATOR: &str = "demo:logging/calculator@0.1.0";
const HANDLES: &str = "zoo:types/handles@0.1.0";
const LOGGING: &str = "demo:logging/logging@0.1.0";
const PLUGIN: &str = "my:app/plugin@0.1.0";
const HOST_WIT: &str = include_str!("../guests/wit-host/host.wit");

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

/// Each instance keeps its own state: a thread keeps to the instance it was given first,
/// and the next thread is given the next instance.
fn state_is_per_instance(path: ForwardingPath) {
    let (hub, calculator) = calculator_hub(path, 2);
    // `times` additions on a calc of its own, then what its instance counted.
    let adds_then_counts = |times: usize| {
        let mut caller = hub.caller();
        let made = caller
            .call(calculator, Some(CALCULATOR), "[constructor]calc", &[])
            .expect("constructor");
        for _ in 0..times {
            let sum = caller
                .call(
                    calculator,
                    Some(CALCULATOR),
                    "[method]calc.add",
                    &[made[0].clone(), Val::Float64(1.0), Val::Float64(2.0)],
                )
                .expect("add");
            assert_eq!(sum, [Val::Float64(3.0)]);
        }
        operation_counts(&hub, calculator, 3)
    };
    assert_eq!(adds_then_counts(3), [3, 3, 3], "this thread's instance");
    let other = std::thread::scope(|scope| scope.spawn(|| adds_then_counts(1)).join());
    assert_eq!(
        other.expect("the other thread"),
        [1, 1, 1],
        "the next instance"
    );
    assert_eq!(
        adds_then_counts(1),
        [4, 4, 4],
        "this thread's instance again"
    );
    assert_eq!(hub.live_handles(), 0, "the callers released their calcs");

    // Apps make calcs and call their methods through the forwarders of `path`, on both
    // instances.
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| run(&hub, "app_consumer"));
        }
    });
    run(&hub, "app_consumer");
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
    // 0 counts as 1: every thread sees the one counter.
    let (hub, calculator) = calculator_hub(ForwardingPath::Generated, 0);
    run(&hub, "app_consumer");
    let here = operation_counts(&hub, calculator, 1);
    let there =
        std::thread::scope(|scope| scope.spawn(|| operation_counts(&hub, calculator, 1)).join());
    assert!(here[0] > 0, "{here:?}");
    assert_eq!(there.expect("the other thread"), here);
}

/// A resource goes back to the instance that made it, even from a thread that keeps to
/// another: a calc made on this thread holds a logger of the logging library's first
/// instance, and its methods log to it from a thread given the second.
fn a_resource_goes_back_to_its_instance(path: ForwardingPath) {
    let hub = new_hub(quiet().force_dynamic(path == ForwardingPath::Dynamic)).expect("hub");
    let logging = hub
        .load_with(
            guest("provider_logging"),
            &LoadOptions::default().instances(2),
        )
        .expect("logging");
    let calculator = hub.load(guest("provider_calculator")).expect("calculator");
    assert_eq!(hub.status().libraries[1].exports[0].path, path);
    let mut caller = hub.caller();
    let calc = caller
        .call(calculator, Some(CALCULATOR), "[constructor]calc", &[])
        .expect("constructor");
    let caller = std::thread::scope(|scope| {
        scope
            .spawn(move || {
                // This thread's first call into the logging library gives it the second
                // instance.
                caller
                    .call(logging, Some(LOGGING), "get-default-level", &[])
                    .expect("a level");
                for _ in 0..3 {
                    // The calculator logs to the calc's logger through the forwarders of
                    // `path`: to the first instance, where it lives.
                    let sum = caller
                        .call(
                            calculator,
                            Some(CALCULATOR),
                            "[method]calc.add",
                            &[calc[0].clone(), Val::Float64(2.0), Val::Float64(2.0)],
                        )
                        .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
                    assert_eq!(sum, [Val::Float64(4.0)]);
                }
                caller
            })
            .join()
            .expect("the other thread")
    });
    drop(caller);
    assert_eq!(
        hub.live_handles(),
        0,
        "the calc and its logger are released"
    );
}

#[test]
fn a_resource_goes_back_to_its_instance_on_the_generated_path() {
    a_resource_goes_back_to_its_instance(ForwardingPath::Generated);
}

#[test]
fn a_resource_goes_back_to_its_instance_on_the_dynamic_path() {
    a_resource_goes_back_to_its_instance(ForwardingPath::Dynamic);
}

#[test]
fn a_busy_instance_sends_the_call_to_a_free_one() {
    // `plugin_lib` logs through the host; when `hold` is set, the host's `log` keeps the
    // call there (in its instance) until released.
    let hold = Arc::new(AtomicBool::new(false));
    let (inside_tx, inside_rx) = mpsc::channel::<()>();
    let (release_tx, release_rx) = mpsc::channel::<()>();
    let release_rx = Mutex::new(release_rx);
    let held = Arc::clone(&hold);
    let host = HostInterface::new(HOST_WIT, "host")
        .func("log", move |_, _| {
            if held.swap(false, Ordering::AcqRel) {
                inside_tx.send(()).map_err(|_| "the test is gone")?;
                // Bounded: if the other call waited for this instance, it never comes.
                release_rx
                    .lock()
                    .unwrap()
                    .recv_timeout(Duration::from_secs(20))
                    .map_err(|_| "the other call never came")?;
            }
            Ok(())
        })
        .func("get", |_, results| {
            results[0] = Val::Option(None);
            Ok(())
        })
        .func("set", |_, _| Ok(()));
    let hub = new_hub(quiet()).expect("hub");
    hub.serve(host).expect("serves");
    let plugin = hub
        .load_with(guest("plugin_lib"), &LoadOptions::default().instances(2))
        .expect("plugin");
    let transform = |input: &str| {
        hub.caller()
            .call(
                plugin,
                Some(PLUGIN),
                "transform",
                &[Val::String(input.into())],
            )
            .unwrap_or_else(|e| panic!("{}", OneLine(&e)))
    };
    // This thread is given the first instance, the next thread the second, and the one
    // after it the first again.
    transform("warm");
    std::thread::scope(|scope| scope.spawn(|| transform("second")).join()).expect("second");
    std::thread::scope(|scope| {
        hold.store(true, Ordering::Release);
        let held = scope.spawn(|| transform("held"));
        inside_rx
            .recv_timeout(Duration::from_secs(20))
            .expect("the held call is inside the first instance");
        // This thread keeps to the first instance, which is busy: its call goes to the
        // second and returns while the first is held.
        assert_eq!(transform("free"), [Val::String("FREE".into())]);
        release_tx.send(()).expect("release");
        assert_eq!(held.join().expect("held"), [Val::String("HELD".into())]);
    });
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
    // A counter from this thread's instance, and one from the instance of another
    // thread, both held by one caller.
    let mut caller = hub.caller();
    let a = counter(&mut caller, zoo, 1);
    let (mut caller, b) = std::thread::scope(|scope| {
        scope
            .spawn(move || {
                let b = counter(&mut caller, zoo, 10);
                (caller, b)
            })
            .join()
            .expect("the other thread")
    });
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
