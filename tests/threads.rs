//! One `&Hub` on many threads: runs, host calls, status, loads, unloads, reloads and
//! interrupts at once. Bounded by a number of rounds (not time); a watchdog turns a
//! deadlock into a failure instead of a hang. Afterwards nothing is leaked and the
//! libraries still work.

mod common;

use std::sync::Barrier;

use common::{load, quiet, run, within_bound};
use component_hub::wasmtime::component::Val;
use component_hub::{
    CallError, HostInterface, Hub, LibraryId, LoadError, LoadOptions, OneLine, RunError,
    RunOptions, new_hub,
};
use hub_fixtures::guest;

const CALCULATOR: &str = "demo:logging/calculator@0.1.0";
const KEEPER: &str = "my:app/keeper";
const ROUNDS: usize = 120;

#[test]
fn a_hub_is_send_and_sync() {
    fn shared<T: Send + Sync>() {}
    shared::<Hub>();
}

/// Errors a run may meet while libraries change under it: each is one line, and none is
/// a trap or a crash of the hub.
fn expected_run_error(err: &RunError) -> bool {
    let line = OneLine(err).to_string();
    assert!(!line.contains('\n'), "{line:?}");
    match err {
        // Linked against a library that was unloaded or reloaded meanwhile.
        RunError::Failed { .. } => line.contains("was reloaded") || line.contains("was unloaded"),
        // A library it imports was unloaded just before it linked.
        RunError::Link { .. } => true,
        _ => false,
    }
}

/// The id of the loaded library from `file` now.
fn library_id(hub: &Hub, file: &str) -> LibraryId {
    hub.status()
        .libraries
        .iter()
        .find(|l| l.path.ends_with(file))
        .map(|l| l.id)
        .expect("loaded")
}

#[test]
fn runs_calls_changes_and_interrupts_on_many_threads_leak_nothing() {
    stress(1);
}

#[test]
fn the_same_with_the_demo_libraries_as_two_instances_each() {
    stress(2);
}

/// Serves `my:app/kv` by closures: a connection is its name, writes go nowhere and
/// reads find nothing; what matters here is where the handles go.
fn serve_kv(hub: &Hub) {
    let kv = HostInterface::new(include_str!("../guests/wit-host/host.wit"), "kv")
        .func_with_resources("[constructor]connection", |call, args, results| {
            let [Val::String(name)] = args else {
                return Err("one string".into());
            };
            results[0] = call.push("connection", name.clone())?;
            Ok(())
        })
        .func_with_resources("[method]connection.get", |call, args, results| {
            call.get::<String>(&args[0])?;
            results[0] = Val::Option(None);
            Ok(())
        })
        .func_with_resources("[method]connection.set", |call, args, _results| {
            call.get::<String>(&args[0])?;
            Ok(())
        })
        .func("close", |_args, _results| Ok(()));
    hub.serve(kv).expect("serves");
}

/// Seven threads at once on one hub whose demo libraries have `instances` instances:
/// runs, host calls keeping a resource across calls, host resources crossing to a
/// library and back, status, reloads, loads, unloads and interrupts.
fn stress(instances: usize) {
    let hub = new_hub(quiet()).expect("hub");
    serve_kv(&hub);
    let options = LoadOptions::default().instances(instances);
    let logging = hub
        .load_with(guest("provider_logging"), &options)
        .expect("logging");
    hub.load_with(guest("provider_calculator"), &options)
        .expect("calculator");
    load(&hub, "hostile_provider");
    // One instance: `kv_sharer` expects back what it gave.
    let keeper = load(&hub, "kv_keeper");
    let start = Barrier::new(7);
    within_bound(|| {
        std::thread::scope(|scope| {
            // Two threads run apps: the demo app, and one doing its own work between a
            // few calls.
            for app in ["app_consumer", "work_app"] {
                let start = &start;
                let hub = &hub;
                scope.spawn(move || {
                    start.wait();
                    for _ in 0..ROUNDS {
                        if let Err(err) = hub.run(guest(app)) {
                            assert!(expected_run_error(&err), "{}", OneLine(&err));
                        }
                    }
                });
            }
            // One calls the calculator from the host, keeping a calc across calls.
            scope.spawn(|| {
                start.wait();
                for _ in 0..ROUNDS {
                    // Its id changes with every reload of the library it imports.
                    let calculator = library_id(&hub, "provider_calculator.wasm");
                    let mut caller = hub.caller();
                    let outcome = caller
                        .call(calculator, Some(CALCULATOR), "[constructor]calc", &[])
                        .and_then(|calc| {
                            caller.call(
                                calculator,
                                Some(CALCULATOR),
                                "[method]calc.add",
                                &[calc[0].clone(), Val::Float64(1.0), Val::Float64(2.0)],
                            )
                        });
                    match outcome {
                        Ok(sum) => assert_eq!(sum, [Val::Float64(3.0)]),
                        // The calculator was reloaded (a new id) under the caller.
                        Err(CallError::NoSuchLibrary(_)) => {}
                        Err(err) => {
                            let line = OneLine(&err).to_string();
                            assert!(line.contains("was reloaded"), "{line}");
                        }
                    }
                    let _ = hub.status();
                }
            });
            // One runs an app passing the host's connections to the keeper, which keeps
            // one between runs.
            scope.spawn(|| {
                start.wait();
                for _ in 0..ROUNDS {
                    if let Err(err) = hub.run(guest("kv_sharer")) {
                        assert!(expected_run_error(&err), "{}", OneLine(&err));
                    }
                }
            });
            // One makes connections of the host's own, lends them to the keeper, gives
            // it some, and leaves others to go with the caller; the keeper is reloaded
            // (releasing what it kept) now and then.
            scope.spawn(|| {
                start.wait();
                let mut keeper = keeper;
                for round in 0..ROUNDS {
                    if round % 10 == 9 {
                        keeper = hub.reload(keeper).expect("reload")[0];
                    }
                    let mut caller = hub.caller();
                    let mut connection = || {
                        let handle = caller
                            .push("my:app/kv", "connection", format!("host {round}"))
                            .expect("room for a connection");
                        Val::Resource(handle)
                    };
                    let (lent, given) = (connection(), connection());
                    let _forgotten = connection();
                    let key = Val::String("k".into());
                    for (function, args) in [
                        ("write-through", vec![lent, key.clone(), key.clone()]),
                        ("keep", vec![given]),
                        ("peek", vec![key]),
                    ] {
                        if let Err(err) = caller.call(keeper, Some(KEEPER), function, &args) {
                            let line = OneLine(&err).to_string();
                            assert!(line.contains("was reloaded"), "{line}");
                        }
                    }
                }
            });
            // One changes the libraries: reloads the logging library (and so the
            // calculator), loads and unloads another one.
            scope.spawn(|| {
                start.wait();
                let mut logging = logging;
                for round in 0..ROUNDS / 3 {
                    if round % 2 == 0 {
                        logging = hub.reload(logging).expect("reload")[0];
                    }
                    let zoo = hub.load(guest("zoo_provider")).expect("load");
                    hub.unload(zoo, false).expect("unload");
                    let err = hub.load(guest("no_such_guest")).expect_err("missing");
                    assert!(matches!(err, LoadError::File(_)));
                }
            });
            // One runs an app whose library spins, and interrupts it with its own handle.
            scope.spawn(|| {
                start.wait();
                for _ in 0..3 {
                    let handle = component_hub::InterruptHandle::new();
                    let done = std::sync::atomic::AtomicBool::new(false);
                    std::thread::scope(|inner| {
                        inner.spawn(|| {
                            while !done.load(std::sync::atomic::Ordering::Acquire) {
                                handle.interrupt();
                                std::thread::yield_now();
                            }
                        });
                        let err = hub
                            .run_with(
                                guest("runaway_app"),
                                &RunOptions::default().interrupt(&handle),
                            )
                            .expect_err("interrupted");
                        done.store(true, std::sync::atomic::Ordering::Release);
                        assert!(matches!(err, RunError::Interrupted { .. }), "{err:?}");
                    });
                }
            });
        });
    });
    // Everything is back: no handle outlived its holder, and the libraries work.
    assert_eq!(hub.live_handles(), 0);
    // The keeper holds the one connection it kept last, and nothing else is live.
    assert_eq!(hub.host_resource_count(), 1);
    let keeper = library_id(&hub, "kv_keeper.wasm");
    hub.unload(keeper, false).expect("unloads");
    assert_eq!(hub.host_resource_count(), 0);
    let status = hub.status();
    assert!(status.libraries.iter().all(|l| l.disabled.is_none()));
    // Reloads kept the instances.
    let demo = |l: &&component_hub::LibraryStatus| l.path.to_string_lossy().contains("provider_");
    assert_eq!(status.libraries.iter().filter(demo).count(), 2, "{status}");
    assert!(
        status
            .libraries
            .iter()
            .filter(demo)
            .all(|l| l.instances == instances),
        "{status}"
    );
    run(&hub, "app_consumer");
    assert_eq!(hub.live_handles(), 0);
}
