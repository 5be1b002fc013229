//! The host calls loaded libraries' exports ([`HostCaller`]) on both forwarding paths:
//! dynamically and typed, with resources held by the caller and released when it goes,
//! under the same guards as a run; and components come from bytes as well as files.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use common::{load, quiet, run};
use component_hub::wasmtime::component::Val;
use component_hub::{
    CallError, ComponentFileError, ExportError, ForwardingPath, Hub, HubOptions, LoadError,
    LoadOptions, OneLine, RunError, Site, new_hub,
};
use hub_fixtures::guest;

const CALCULATOR: &str = "demo:logging/calculator@0.1.0";

/// A hub with the demo's libraries, forwarding through `path`.
fn demo(path: ForwardingPath) -> (Hub, component_hub::LibraryId) {
    let options = quiet().force_dynamic(path == ForwardingPath::Dynamic);
    let hub = new_hub(options).expect("hub");
    load(&hub, "provider_logging");
    let calculator = load(&hub, "provider_calculator");
    let status = hub.status();
    assert_eq!(status.libraries[1].exports[0].path, path);
    (hub, calculator)
}

fn one_line(err: &CallError) -> String {
    let line = OneLine(err).to_string();
    assert!(!line.contains('\n'), "{line:?}");
    line
}

fn calls_with_resources(path: ForwardingPath) {
    let (hub, calculator) = demo(path);
    let mut caller = hub.caller();
    let made = caller
        .call(calculator, Some(CALCULATOR), "[constructor]calc", &[])
        .expect("constructor");
    let [Val::Resource(calc)] = made[..] else {
        panic!("a calc handle: {made:?}");
    };
    // The calc is the caller's; its logger is the calculator library's.
    assert_eq!((caller.held_handles(), hub.live_handles()), (1, 2));
    let sum = caller
        .call(
            calculator,
            Some(CALCULATOR),
            "[method]calc.add",
            &[Val::Resource(calc), Val::Float64(1.5), Val::Float64(2.0)],
        )
        .expect("add");
    assert_eq!(sum, [Val::Float64(3.5)]);
    // Unversioned names work when one export has that name.
    let ops = caller
        .call(
            calculator,
            Some("demo:logging/calculator"),
            "[static]calc.total-operations",
            &[],
        )
        .expect("static");
    assert_eq!(ops, [Val::U64(1)]);
    let (quick,): (f64,) = caller
        .call_typed(
            calculator,
            Some(CALCULATOR),
            "quick-add",
            (2.0_f64, 3.0_f64),
        )
        .expect("typed");
    assert_eq!(quick, 5.0);

    // Releasing the calc runs its destructor, which drops its logger in the other library.
    caller.release(calc).expect("release");
    assert_eq!((caller.held_handles(), hub.live_handles()), (0, 0));
    let again = caller
        .call(calculator, Some(CALCULATOR), "[constructor]calc", &[])
        .expect("constructor");
    assert_eq!(hub.live_handles(), 2);
    drop(again);
    drop(caller);
    assert_eq!(
        hub.live_handles(),
        0,
        "dropping the caller releases what it held"
    );
    // The libraries kept their state: the next run sees the operation counted above.
    run(&hub, "app_consumer");
}

#[test]
fn the_host_calls_exports_with_resources_on_the_generated_path() {
    calls_with_resources(ForwardingPath::Generated);
}

#[test]
fn the_host_calls_exports_with_resources_on_the_dynamic_path() {
    calls_with_resources(ForwardingPath::Dynamic);
}

#[test]
fn wrong_calls_are_one_line_errors_that_change_nothing() {
    let (hub, calculator) = demo(ForwardingPath::Generated);
    let mut caller = hub.caller();
    let err = caller
        .call(calculator, Some(CALCULATOR), "nope", &[])
        .expect_err("no such function");
    assert!(matches!(
        err,
        CallError::Export(ExportError::NoSuchExport { .. })
    ));
    assert_eq!(
        one_line(&err),
        "`provider_calculator.wasm` does not export `demo:logging/calculator@0.1.0#nope`"
    );
    let err = caller
        .call(
            calculator,
            Some(CALCULATOR),
            "quick-add",
            &[Val::Float64(1.0)],
        )
        .expect_err("one argument short");
    assert_eq!(
        one_line(&err),
        "`demo:logging/calculator@0.1.0#quick-add` takes 2 arguments, 1 given"
    );
    let err = caller
        .call(
            calculator,
            Some(CALCULATOR),
            "quick-add",
            &[Val::Float64(1.0), Val::String("two".into())],
        )
        .expect_err("a string for a number");
    assert!(
        matches!(err, CallError::ArgumentType { position: 2, .. }),
        "{err:?}"
    );
    let err = caller
        .call_typed::<(u32,), (f64,)>(calculator, Some(CALCULATOR), "pi", (1,))
        .expect_err("pi takes nothing");
    assert!(
        matches!(err, CallError::Export(ExportError::Types { .. })),
        "{err:?}"
    );
    let err = caller
        .call_typed::<(), (u32,)>(calculator, Some(CALCULATOR), "[constructor]calc", ())
        .expect_err("resources need Vals");
    assert!(one_line(&err).contains("call it with `Val`s"), "{err:?}");
    let gone = load(&hub, "zoo_provider");
    hub.unload(gone, false).expect("unloads");
    let err = caller
        .call(gone, None, "zoo-version", &[])
        .expect_err("unloaded");
    assert!(matches!(err, CallError::NoSuchLibrary(id) if id == gone));
    assert!(hub.status().libraries.iter().all(|l| l.disabled.is_none()));
    assert_eq!(hub.live_handles(), 0);
}

/// A hub with the demo's libraries and the hostile one, with `options`.
fn hostile(options: HubOptions) -> (Hub, component_hub::LibraryId) {
    let hub = new_hub(options).expect("hub");
    load(&hub, "provider_logging");
    load(&hub, "provider_calculator");
    let hostile = load(&hub, "hostile_provider");
    (hub, hostile)
}

fn disabled(hub: &Hub) -> Vec<bool> {
    hub.status()
        .libraries
        .iter()
        .map(|l| l.disabled.is_some())
        .collect()
}

#[test]
fn a_call_that_runs_away_ends_at_its_budget_and_disables_only_that_library() {
    let (hub, hostile) = hostile(quiet().timeout(Some(Duration::from_millis(300))));
    let mut caller = hub.caller();
    let answer = caller
        .call_typed::<(), (u32,)>(hostile, Some("hub:guests/hostile"), "answer", ())
        .expect("answer");
    assert_eq!(answer, (42,));
    let err = caller
        .call(hostile, Some("hub:guests/hostile"), "spin", &[])
        .expect_err("spins");
    let at = Some(Site {
        library: "hostile_provider.wasm".into(),
        function: "spin".into(),
    });
    assert!(
        matches!(&err, CallError::Deadline { at: a, .. } if *a == at),
        "{err:?}"
    );
    assert_eq!(disabled(&hub), [false, false, true]);
    let err = caller
        .call_typed::<(), (u32,)>(hostile, Some("hub:guests/hostile"), "answer", ())
        .expect_err("disabled");
    assert!(one_line(&err).contains("is disabled because it ran out of its time budget"));
    run(&hub, "app_consumer");
}

#[test]
fn a_call_is_interrupted_by_its_callers_handle() {
    let (hub, hostile) = hostile(quiet());
    let mut caller = hub.caller();
    let handle = caller.interrupt_handle();
    let done = Arc::new(AtomicBool::new(false));
    let interrupter = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            // An interrupt reaches only a call in progress: keep sending one until the
            // call has ended.
            while !done.load(Ordering::Acquire) {
                handle.interrupt();
                std::thread::yield_now();
            }
        })
    };
    // Between calls, a caller is nothing in progress: no handle reaches it.
    assert!(!caller.interrupt_handle().interrupt());
    assert!(!hub.interrupt_handle().interrupt());
    let err = caller
        .call(hostile, Some("hub:guests/hostile"), "spin", &[])
        .expect_err("interrupted");
    done.store(true, Ordering::Release);
    interrupter.join().expect("interrupter");
    assert!(matches!(err, CallError::Interrupted { .. }), "{err:?}");
    assert_eq!(disabled(&hub), [false, false, true]);
    assert!(!hub.interrupt_handle().interrupt(), "the call has ended");
}

#[test]
fn a_call_that_grows_past_the_memory_limit_fails_with_one_line() {
    let (hub, hostile) = hostile(quiet().max_memory(32 << 20));
    let mut caller = hub.caller();
    let err = caller
        .call(hostile, Some("hub:guests/hostile"), "grow", &[Val::U32(64)])
        .expect_err("64 MiB in a 32 MiB store");
    assert!(
        matches!(&err, CallError::MemoryLimit { store, .. } | CallError::Trap { at: Some(Site { library: store, .. }), .. } if store == "hostile_provider.wasm"),
        "{err:?}"
    );
    assert_eq!(disabled(&hub), [false, false, true]);
}

#[test]
fn libraries_and_apps_load_and_run_from_bytes_sharing_the_compile_cache() {
    let hub = new_hub(quiet()).expect("hub");
    let bytes = std::fs::read(guest("provider_logging")).expect("built guest");
    let logging = hub
        .load_bytes("logging-in-memory", bytes.clone(), &LoadOptions::default())
        .expect("loads from bytes");
    load(&hub, "provider_calculator");
    let status = hub.status();
    assert!(status.libraries[0].from_memory);
    assert_eq!(status.libraries[0].path.to_str(), Some("logging-in-memory"));
    assert_eq!(
        status.libraries[0].digest,
        component_hub::ContentDigest::of(&bytes)
    );
    // The same content as a file is the same compile-cache entry.
    let compiled = status.compiled_in_memory;
    let app: Arc<[u8]> = std::fs::read(guest("app_consumer")).expect("built").into();
    hub.run_bytes("consumer-in-memory", Arc::clone(&app), &Default::default())
        .expect("runs from bytes");
    hub.run(guest("app_consumer")).expect("runs from its file");
    assert_eq!(hub.status().compiled_in_memory, compiled + 1);
    // A reload instantiates the same bytes again.
    let reloaded = hub.reload(logging).expect("reloads");
    assert_eq!(reloaded[0].number(), logging.number());
    hub.run_bytes("consumer-in-memory", app, &Default::default())
        .expect("runs after the reload");

    let err = hub
        .load_bytes("junk", b"not a component".to_vec(), &LoadOptions::default())
        .expect_err("not wasm");
    assert!(matches!(
        err,
        LoadError::File(ComponentFileError::NotWasm { .. })
    ));
    assert_eq!(
        OneLine(&err).to_string(),
        "`junk` is not a WebAssembly file"
    );
    let err = hub
        .run_bytes(
            "junk-app",
            vec![0, 97, 115, 109, 13, 0, 1, 0, 0xff],
            &Default::default(),
        )
        .expect_err("not a valid component");
    assert!(
        matches!(err, RunError::File(ComponentFileError::Invalid { .. })),
        "{err:?}"
    );
    assert_eq!(hub.status().libraries.len(), 2);
}
