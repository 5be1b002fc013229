//! A plugin from another toolchain on the embedding paths: `py_logging`, our Python
//! `demo:logging/logging` built with componentize-py as its users build (CPython linked
//! in, about 18 MB), loaded from bytes as two instances, called by the host from two
//! threads, and serving the Rust calculator and an app on both forwarding paths.
//!
//! Ignored where the Python plugin is not built: `bash hub-bench/foreign/build.sh`
//! builds it (python3 and PyPI), and `.ci/run` does, then runs these with
//! `--include-ignored`, so CI never skips them.

mod common;

use common::{capturing, foreign_plugin};
use component_hub::wasmtime::component::Val;
use component_hub::{HostCaller, Hub, LibraryId, LoadOptions, OneLine, new_hub};
use hub_fixtures::guest;

const LOGGING: &str = "demo:logging/logging";

fn load_python(hub: &Hub, instances: usize) -> LibraryId {
    hub.load_bytes(
        "py_logging",
        foreign_plugin("py_logging"),
        &LoadOptions::default().instances(instances),
    )
    .unwrap_or_else(|e| panic!("{}", OneLine(&e)))
}

#[test]
#[ignore = "needs the Python plugin: bash hub-bench/foreign/build.sh (python3, PyPI)"]
fn a_python_plugin_from_bytes_takes_host_calls_from_two_threads() {
    let (options, output) = capturing();
    let hub = new_hub(options).expect("hub");
    let python = load_python(&hub, 2);
    std::thread::scope(|scope| {
        for thread in 0..2 {
            let hub = &hub;
            scope.spawn(move || {
                let mut caller = hub.caller();
                let call = |caller: &mut HostCaller, f: &str, args: &[Val]| {
                    caller
                        .call(python, Some(LOGGING), f, args)
                        .unwrap_or_else(|e| panic!("{f}: {}", OneLine(&e)))
                };
                let logger = call(
                    &mut caller,
                    "[constructor]logger",
                    &[Val::Enum("info".into())],
                )
                .remove(0);
                call(
                    &mut caller,
                    "[method]logger.log",
                    &[
                        logger.clone(),
                        Val::Enum("warn".into()),
                        Val::String(format!("from thread {thread}")),
                    ],
                );
                // Below the logger's level: Python's `log` prints nothing for it.
                call(
                    &mut caller,
                    "[method]logger.log",
                    &[
                        logger,
                        Val::Enum("debug".into()),
                        Val::String(format!("quiet {thread}")),
                    ],
                );
                let (count,): (u32,) = caller
                    .call_typed(python, Some(LOGGING), "[static]logger.get-logger-count", ())
                    .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
                // State is per instance: this thread's logger is counted in the one it
                // went to, and the other thread's may be there too.
                assert!((1..=2).contains(&count), "{count}");
            });
        }
    });
    // Each caller's logger went with it.
    assert_eq!(hub.live_handles(), 0);
    let text = output.text();
    for thread in 0..2 {
        assert!(
            text.contains(&format!("[PROVIDER] [warn] from thread {thread}")),
            "{text}"
        );
        assert!(!text.contains(&format!("quiet {thread}")), "{text}");
    }
    assert!(hub.status().libraries[0].from_memory);
}

#[test]
#[ignore = "needs the Python plugin: bash hub-bench/foreign/build.sh (python3, PyPI)"]
fn the_rust_calculator_and_the_demo_app_run_on_a_python_logger_on_both_paths() {
    for force_dynamic in [false, true] {
        let (options, output) = capturing();
        let hub = new_hub(options.force_dynamic(force_dynamic)).expect("hub");
        let python = load_python(&hub, 1);
        let calculator = hub
            .load(guest("provider_calculator"))
            .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
        let run = || {
            hub.run(guest("app_consumer"))
                .unwrap_or_else(|e| panic!("dynamic {force_dynamic}: {}", OneLine(&e)));
            hub.live_handles()
        };
        // What the libraries hold after a run is the same after the next: no handle of
        // a run stays behind.
        let held = run();
        assert_eq!(run(), held, "dynamic {force_dynamic}");
        let text = output.text();
        // Python's `Logger.__init__` numbers the loggers of its instance across runs.
        assert!(
            text.contains("[PROVIDER] Logger::new(id=1, max_level="),
            "{text}"
        );
        assert!(text.contains("[PROVIDER] Logger::new(id=2, max_level="));
        // Nothing once the libraries are gone, the Rust one first.
        hub.unload(calculator, false).expect("unloads");
        hub.unload(python, false).expect("unloads");
        assert_eq!(hub.live_handles(), 0, "dynamic {force_dynamic}");
    }
}
