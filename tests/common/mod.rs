//! Helpers shared by the hub's integration tests.

#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use component_hub::wasmtime::component::{ResourceAny, Val};
use component_hub::{
    CapturedOutput, GuestOutput, HostCaller, Hub, HubOptions, LibraryId, LinkError, OneLine,
    RunError, new_hub,
};
use hub_fixtures::guest;

/// Options for tests: no call events, guest output discarded, compiled components cached
/// in the build's folder (not the user's cache).
pub fn quiet() -> HubOptions {
    hub_fixtures::quiet_options!(component_hub)
}

/// [`quiet`] options whose guests write into the returned buffer.
pub fn capturing() -> (HubOptions, CapturedOutput) {
    let output = CapturedOutput::new(1 << 20);
    (
        quiet().guest_output(GuestOutput::Capture(output.clone())),
        output,
    )
}

/// A quiet hub with nothing loaded.
pub fn hub() -> Hub {
    new_hub(quiet()).expect("the hub starts")
}

/// Loads the built guest `name`, failing the test with the hub's error.
pub fn load(hub: &Hub, name: &str) -> LibraryId {
    hub.load(guest(name))
        .unwrap_or_else(|e| panic!("loading {name}: {}", component_hub::OneLine(&e)))
}

/// Runs the built guest `name`, failing the test with the hub's error.
pub fn run(hub: &Hub, name: &str) {
    hub.run(guest(name))
        .unwrap_or_else(|e| panic!("running {name}: {}", component_hub::OneLine(&e)))
}

/// The import a run could not link, failing the test for any other error.
pub fn unsatisfied_import(err: &RunError) -> &str {
    match err {
        RunError::Link { source, .. } => match &**source {
            LinkError::Unsatisfied { import } => import,
            other => panic!("not an unsatisfied import: {other:?}"),
        },
        other => panic!("not a link error: {other:?}"),
    }
}

/// The import a run of the built guest `name` could not link; fails the test if the
/// run links.
pub fn run_unlinked(hub: &Hub, name: &str) -> String {
    let err = hub
        .run(guest(name))
        .expect_err(&format!("{name} must not link"));
    unsatisfied_import(&err).to_owned()
}

/// The bytes of `name`, a plugin of another toolchain that `hub-bench/foreign/build.sh`
/// builds into `target/foreign/`; a missing one fails the test, saying how to build it.
pub fn foreign_plugin(name: &str) -> Arc<[u8]> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/foreign/{name}.wasm"));
    std::fs::read(&path)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e}; build it with `bash hub-bench/foreign/build.sh`",
                path.display()
            )
        })
        .into()
}

/// A `counter` of `provider` (`hub:async-guests/counters`) that the host makes at 40 and
/// adds 2 to through `caller`, which holds it.
pub fn host_counter_at_42(caller: &mut HostCaller<'_>, provider: LibraryId) -> ResourceAny {
    let counters = Some("hub:async-guests/counters");
    let made = caller
        .call(provider, counters, "[constructor]counter", &[Val::U32(40)])
        .unwrap_or_else(|e| panic!("constructor: {}", OneLine(&e)));
    let [Val::Resource(counter)] = made[..] else {
        panic!("a counter handle: {made:?}");
    };
    let added = caller
        .call(
            provider,
            counters,
            "[method]counter.add",
            &[Val::Resource(counter), Val::U32(2)],
        )
        .unwrap_or_else(|e| panic!("add: {}", OneLine(&e)));
    assert_eq!(added, [Val::U32(42)]);
    counter
}

/// A hub with the demo's two libraries loaded.
pub fn demo_hub() -> Hub {
    let hub = hub();
    load(&hub, "provider_logging");
    load(&hub, "provider_calculator");
    hub
}

/// Panics unless `f` returns within a generous bound: a deadlock fails the test (the
/// stress tests are bounded by rounds, not time; the bound only turns a hang into a
/// failure).
pub fn within_bound(f: impl FnOnce() + Send) {
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            f();
            let _ = done.send(());
        });
        // A panic drops `done` (the scope then passes the panic on); only silence is a
        // deadlock.
        if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
            finished.recv_timeout(std::time::Duration::from_secs(600))
        {
            eprintln!("the threads did not finish within 10 minutes: a deadlock");
            std::process::abort();
        }
    });
}
