//! Component-model async across links (the `async` feature): async libraries in their
//! event loops, async apps, and calls between them and sync components, with the
//! guards of sync calls (budgets, faults) and library state between runs.

#![cfg(feature = "async")]

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{capturing, host_counter_at_42, load, quiet, within_bound};
use component_hub::wasmtime::component::Val;
use component_hub::{
    CapturedOutput, ForwardingPath, Hub, HubOptions, OneLine, RunError, Site, new_hub,
};
use hub_fixtures::guest;

/// A quiet hub whose guests write into the returned buffer.
fn capturing_hub() -> (Hub, CapturedOutput) {
    let (options, output) = capturing();
    (new_hub(options).expect("the hub starts"), output)
}

/// Both paths `echo` (under `wit/`) can cross: its generated forwarders, and the
/// dynamic path.
const PATHS: [ForwardingPath; 2] = [ForwardingPath::Generated, ForwardingPath::Dynamic];

/// A hub made from `options` that forwards `echo` on `path`.
fn hub_on(path: ForwardingPath, options: HubOptions) -> Hub {
    new_hub(options.force_dynamic(path == ForwardingPath::Dynamic)).expect("the hub starts")
}

/// [`capturing_hub`] forwarding `echo` on `path`.
fn capturing_hub_on(path: ForwardingPath) -> (Hub, CapturedOutput) {
    let (options, output) = capturing();
    (hub_on(path, options), output)
}

/// Loads `name`, a provider of `echo`, and checks that its `echo` crosses on `path`.
fn load_echo(hub: &Hub, name: &str, path: ForwardingPath) {
    load_on(hub, name, "hub:async-guests/echo@0.1.0", path);
}

/// Loads `name`, a provider of `streams` (under `wit/` too), and checks that its
/// `streams` crosses on `path`.
fn load_streams(hub: &Hub, name: &str, path: ForwardingPath) -> component_hub::LibraryId {
    load_on(hub, name, "hub:async-guests/streams@0.1.0", path)
}

/// Loads `name` and checks that its export `interface` crosses on `path`.
fn load_on(
    hub: &Hub,
    name: &str,
    interface: &str,
    path: ForwardingPath,
) -> component_hub::LibraryId {
    let id = load(hub, name);
    let status = hub.status();
    let library = status
        .libraries
        .iter()
        .find(|l| l.id == id)
        .expect("loaded");
    let export = library
        .exports
        .iter()
        .find(|e| e.interface.as_deref() == Some(interface))
        .unwrap_or_else(|| panic!("{name} exports {interface}"));
    assert_eq!(export.path, path, "{status}");
    id
}

/// What the guests wrote so far.
fn text(output: &CapturedOutput) -> String {
    String::from_utf8_lossy(&output.contents()).into_owned()
}

/// Runs the guest `name`, failing the test with the hub's error.
fn run(hub: &Hub, name: &str) {
    hub.run(guest(name))
        .unwrap_or_else(|e| panic!("running {name}: {}", OneLine(&e)));
}

#[test]
fn an_async_app_awaits_an_async_library_which_keeps_its_state() {
    for path in PATHS {
        let (hub, output) = capturing_hub_on(path);
        load_echo(&hub, "async_provider", path);
        run(&hub, "async_app");
        run(&hub, "async_app");
        let text = text(&output);
        assert_eq!(
            text.matches("[APP] async_app: HELLO\n").count(),
            2,
            "{text}"
        );
        assert!(text.contains("shouts so far: 1\n"), "{text}");
        assert!(text.contains("shouts so far: 2\n"), "{text}");
        assert_eq!(hub.live_handles(), 0);
        let status = hub.status();
        assert!(status.libraries[0].event_loop);
        assert!(
            status.to_string().contains("async_provider.wasm")
                && status
                    .to_string()
                    .contains(") [async: in its own event loop]\n"),
            "{status}"
        );
    }
}

#[test]
fn a_sync_app_calls_an_async_library() {
    for path in PATHS {
        let (hub, output) = capturing_hub_on(path);
        load_echo(&hub, "async_provider", path);
        run(&hub, "sync_echo_app");
        let text = text(&output);
        assert!(text.contains("[APP] sync_echo_app: HELLO\n"), "{text}");
        assert!(text.contains("shouts so far: 1\n"), "{text}");
    }
}

#[test]
fn an_async_app_calls_a_sync_library() {
    // The sync `echo` lacks `bloat`: the generated set does not fit it, whatever the
    // hub prefers.
    let (hub, output) = capturing_hub();
    load_echo(&hub, "sync_echo_provider", ForwardingPath::Dynamic);
    run(&hub, "async_app");
    let text = text(&output);
    assert!(text.contains("[APP] async_app: HELLO (sync)\n"), "{text}");
    assert!(text.contains("shouts so far: 1\n"), "{text}");
}

#[test]
fn calls_go_from_one_event_loop_to_another() {
    for path in PATHS {
        let (hub, output) = capturing_hub_on(path);
        load_echo(&hub, "async_provider", path);
        load_echo(&hub, "async_relay", path);
        run(&hub, "async_app");
        run(&hub, "sync_echo_app");
        let text = text(&output);
        assert!(text.contains("[APP] async_app: HELLO!\n"), "{text}");
        assert!(text.contains("[APP] sync_echo_app: HELLO!\n"), "{text}");
        assert!(text.contains("shouts so far: 2\n"), "{text}");
    }
}

#[test]
fn an_async_library_that_traps_is_disabled_and_the_hub_keeps_working() {
    PATHS
        .into_iter()
        .for_each(an_async_library_that_traps_is_disabled_and_the_hub_keeps_working_on);
}

/// The trap test with `echo` crossing on `path`.
fn an_async_library_that_traps_is_disabled_and_the_hub_keeps_working_on(path: ForwardingPath) {
    let (hub, output) = capturing_hub_on(path);
    load_echo(&hub, "async_provider", path);
    let err = hub
        .run(guest("async_fail_app"))
        .expect_err("the library traps");
    assert!(
        matches!(&err, RunError::Trap { at: Some(Site { library, function }), .. }
            if library == "async_provider.wasm" && function == "fail"),
        "{}",
        OneLine(&err)
    );
    assert!(!text(&output).contains("fail returned"));
    // Later calls are refused with the reason, in one line.
    let err = hub
        .run(guest("async_app"))
        .expect_err("the library is disabled");
    let line = OneLine(&err).to_string();
    assert!(
        line.contains("`async_provider.wasm` is disabled because it trapped in `fail`"),
        "{line}"
    );
    // Unloading it and loading it again brings it back with fresh state.
    let status = hub.status();
    let id = status.libraries[0].id;
    hub.unload(id, false).expect("unload the disabled library");
    load(&hub, "async_provider");
    run(&hub, "async_app");
    assert!(text(&output).contains("shouts so far: 1\n"));
}

#[test]
fn the_sync_demo_components_use_an_async_logging_library_and_its_loggers() {
    for path in PATHS {
        let (hub, output) = capturing_hub_on(path);
        load_on(&hub, "async_logging", "demo:logging/logging@0.1.0", path);
        load(&hub, "provider_calculator");
        run(&hub, "app_consumer");
        assert_eq!(hub.live_handles(), 0, "every logger was dropped");
        run(&hub, "app_consumer");
        assert_eq!(hub.live_handles(), 0);
        let text = text(&output);
        for line in [
            "[LIB] async_logging: logger 1 info: hello from the app\n",
            "[LIB] async_logging: logger 1 error: this one passes\n",
            // The calculator's own logger, made through the link and kept in its store.
            "[LIB] async_logging: logger 2 info: calc 1 created\n",
            "[APP] loggers created so far: 1\n",
            // The library kept its state between runs.
            "[APP] loggers created so far: 3\n",
        ] {
            assert!(text.contains(line), "{line:?} in {text}");
        }
        assert!(!text.contains("this one is filtered"), "{text}");
        // Dropping the calc drops its logger in the async library, before the app drops
        // its own.
        let at = |line: &str| {
            text.find(line)
                .unwrap_or_else(|| panic!("{line:?} in {text}"))
        };
        assert!(at("[APP] dropping calc") < at("[LIB] async_logging: dropped logger 2\n"));
        assert!(at("[LIB] async_logging: dropped logger 2\n") < at("[APP] dropping logger"));
        assert!(at("[APP] dropping logger") < at("[LIB] async_logging: dropped logger 1\n"));
    }
}

#[test]
fn an_async_app_awaits_logging_s_async_functions_with_their_loggers() {
    // `logging` served by an async library and by a sync one, to `async func` imports.
    let served_by = [
        ("async_logging", "[LIB] async_logging: dropped logger "),
        ("provider_logging", "[PROVIDER] Logger::drop(id="),
    ];
    for path in PATHS {
        for (library, dropped) in served_by {
            let (hub, output) = capturing_hub_on(path);
            load_on(&hub, library, "demo:logging/logging@0.1.0", path);
            run(&hub, "async_logging_app");
            assert_eq!(hub.live_handles(), 0, "{library} on {path}");
            run(&hub, "async_logging_app");
            assert_eq!(hub.live_handles(), 0, "{library} on {path}");
            let text = text(&output);
            for so_far in [2, 4] {
                let line = format!(
                    "[APP] async_logging_app: second logger's level error; loggers so far: {so_far}\n"
                );
                assert!(text.contains(&line), "{line:?} in {text}");
            }
            assert_eq!(text.matches("from an async app").count(), 2, "{text}");
            assert!(
                !text.contains("filtered too") && !text.contains(": filtered\n"),
                "{text}"
            );
            assert_eq!(text.matches(dropped).count(), 4, "{text}");
        }
    }
}

#[test]
fn a_call_into_an_async_library_obeys_the_run_budget() {
    PATHS
        .into_iter()
        .for_each(a_call_into_an_async_library_obeys_the_run_budget_on);
}

/// The budget test with `echo` crossing on `path`.
fn a_call_into_an_async_library_obeys_the_run_budget_on(path: ForwardingPath) {
    let (options, output) = capturing();
    let hub = hub_on(path, options.timeout(Some(Duration::from_millis(200))));
    load_echo(&hub, "async_provider", path);
    let err = hub
        .run(guest("async_spin_app"))
        .expect_err("spin never returns");
    assert!(
        matches!(&err, RunError::Deadline { at: Some(Site { library, function }), .. }
            if library == "async_provider.wasm" && function == "spin"),
        "{}",
        OneLine(&err)
    );
    assert!(text(&output).contains("calling spin"));
    assert!(!text(&output).contains("spin returned"));
    // A sync app's call into it is refused the same way: the library is disabled.
    let err = hub
        .run(guest("sync_echo_app"))
        .expect_err("the library is disabled");
    assert!(
        OneLine(&err)
            .to_string()
            .contains("ran out of its time budget"),
        "{}",
        OneLine(&err)
    );
}

#[test]
fn an_async_app_with_nothing_to_link_is_refused_and_unloading_an_async_library_works() {
    let hub = new_hub(quiet()).expect("hub");
    let id = load(&hub, "async_provider");
    hub.unload(id, false).expect("unload");
    let err = hub
        .run(guest("async_app"))
        .expect_err("nothing serves echo");
    assert!(matches!(err, RunError::Link { .. }), "{}", OneLine(&err));
    assert!(hub.status().libraries.is_empty());
}

#[test]
fn a_stop_in_a_chain_of_event_loops_names_the_library_that_was_running() {
    PATHS
        .into_iter()
        .for_each(a_stop_in_a_chain_of_event_loops_names_the_library_that_was_running_on);
}

/// The chain's stop with `echo` crossing on `path`.
fn a_stop_in_a_chain_of_event_loops_names_the_library_that_was_running_on(path: ForwardingPath) {
    let (options, _output) = capturing();
    let hub = hub_on(path, options.timeout(Some(Duration::from_millis(200))));
    load_echo(&hub, "async_provider", path);
    load_echo(&hub, "async_relay", path);
    let err = hub
        .run(guest("async_spin_app"))
        .expect_err("spin never returns");
    assert!(
        matches!(&err, RunError::Deadline { at: Some(Site { library, function }), .. }
            if library == "async_provider.wasm" && function == "spin"),
        "{}",
        OneLine(&err)
    );
    // Both are disabled: the relay's call unwound its store.
    let status = hub.status();
    assert!(
        status.libraries.iter().all(|l| l.disabled.is_some()),
        "{status}"
    );
}

#[test]
fn an_interrupt_ends_a_run_waiting_in_an_async_library() {
    PATHS
        .into_iter()
        .for_each(an_interrupt_ends_a_run_waiting_in_an_async_library_on);
}

/// The interrupt test with `echo` crossing on `path`.
fn an_interrupt_ends_a_run_waiting_in_an_async_library_on(path: ForwardingPath) {
    let (options, output) = capturing();
    let hub = hub_on(path, options.timeout(None));
    load_echo(&hub, "async_provider", path);
    let handle = hub.interrupt_handle();
    let watched = output.clone();
    let interrupter = std::thread::spawn(move || {
        // Fires once the library is inside `spin`: no timing involved.
        while !String::from_utf8_lossy(&watched.contents())
            .contains("[LIB] async_provider: spinning")
        {
            std::thread::yield_now();
        }
        while !handle.interrupt() {
            std::thread::yield_now();
        }
    });
    let err = hub.run(guest("async_spin_app")).expect_err("interrupted");
    interrupter.join().expect("the interrupter ends");
    assert!(
        matches!(&err, RunError::Interrupted { at: Some(Site { library, function }), .. }
            if library == "async_provider.wasm" && function == "spin"),
        "{}",
        OneLine(&err)
    );
    // The library it stopped is disabled; a reload brings it back.
    let id = hub.status().libraries[0].id;
    hub.reload(id).expect("reload");
    run(&hub, "async_app");
    assert!(!hub.interrupt_handle().interrupt(), "nothing runs now");
}

#[test]
fn threads_run_async_and_sync_apps_while_the_libraries_reload() {
    const THREADS: usize = 3;
    const RUNS: usize = 20;
    let hub = new_hub(quiet().timeout(Some(Duration::from_secs(20)))).expect("hub");
    let mut provider = load(&hub, "async_provider");
    load(&hub, "async_relay");
    std::thread::scope(|scope| {
        for thread in 0..THREADS {
            let hub = &hub;
            scope.spawn(move || {
                let app = if thread % 2 == 0 {
                    "async_app"
                } else {
                    "sync_echo_app"
                };
                for _ in 0..RUNS {
                    if let Err(err) = hub.run(guest(app)) {
                        // A run linked against a library that was reloaded under it.
                        let line = OneLine(&err).to_string();
                        assert!(line.contains("was reloaded"), "{app}: {line}");
                    }
                }
            });
        }
        scope.spawn(|| {
            for _ in 0..5 {
                // The reloaded library comes first, then its dependents.
                provider = hub.reload(provider).expect("reload the chain")[0];
            }
        });
    });
    assert_eq!(hub.live_handles(), 0);
    let status = hub.status();
    assert!(
        status.libraries.iter().all(|l| l.disabled.is_none()),
        "{status}"
    );
    run(&hub, "async_app");
}

#[test]
fn a_wasi_0_3_command_runs_against_an_async_library() {
    PATHS
        .into_iter()
        .for_each(a_wasi_0_3_command_runs_against_an_async_library_on);
}

/// The WASI 0.3 command with `echo` crossing on `path`.
fn a_wasi_0_3_command_runs_against_an_async_library_on(path: ForwardingPath) {
    let (hub, output) = capturing_hub_on(path);
    load_echo(&hub, "async_provider", path);
    run(&hub, "p3_app");
    let text = text(&output);
    assert!(
        text.contains("[APP] p3_app: HELLO FROM WASI 0.3\n"),
        "{text}"
    );
}

#[test]
fn wasi_0_3_http_requests_are_denied_unless_the_host_is_allowed() {
    // p3_http_app asks for http://example.com/ and http://127.0.0.1:9/ with WASI 0.3's
    // `wasi:http/client` and prints what it gets: a denied request is a value.
    let (hub, output) = capturing_hub();
    run(&hub, "p3_http_app");
    let text = text(&output);
    for host in ["example.com", "127.0.0.1:9"] {
        let line = format!("[APP] p3_http_app: {host}: error HttpRequestDenied\n");
        assert!(text.contains(&line), "{line:?} in {text}");
    }

    // An allowed host is not denied (nothing listens on port 9 of the loopback: the app
    // gets a connection error value).
    let (options, output) = capturing();
    let hub = new_hub(options.allow_http("127.0.0.1")).expect("hub");
    run(&hub, "p3_http_app");
    let text = self::text(&output);
    assert!(
        text.contains("[APP] p3_http_app: example.com: error HttpRequestDenied\n"),
        "{text}"
    );
    assert!(
        text.contains("[APP] p3_http_app: 127.0.0.1:9: error ")
            && !text.contains("127.0.0.1:9: error HttpRequestDenied"),
        "{text}"
    );
}

#[test]
fn the_host_calls_an_async_library() {
    let hub = new_hub(quiet()).expect("hub");
    let provider = load(&hub, "async_provider");
    let echo = Some("hub:async-guests/echo");
    let mut caller = hub.caller();
    let answer = caller
        .call(
            provider,
            echo,
            "shout",
            &[Val::String("from the host".into())],
        )
        .unwrap_or_else(|e| panic!("shout: {}", OneLine(&e)));
    assert_eq!(answer, [Val::String("FROM THE HOST".into())]);
    let sum = caller
        .call(provider, echo, "quick", &[Val::U32(40), Val::U32(2)])
        .expect("quick");
    assert_eq!(sum, [Val::U32(42)]);
    assert_eq!(
        caller.call(provider, echo, "count", &[]).expect("count"),
        [Val::U32(1)]
    );
    // Arguments are checked against the async function's type, as for any.
    let err = caller
        .call(provider, echo, "quick", &[Val::U32(1)])
        .expect_err("one argument short");
    assert!(
        OneLine(&err).to_string().contains("quick"),
        "{}",
        OneLine(&err)
    );
}

#[test]
fn an_async_library_growing_past_its_memory_limit_is_stopped_there() {
    PATHS
        .into_iter()
        .for_each(an_async_library_growing_past_its_memory_limit_is_stopped_there_on);
}

/// The memory limit's test with `echo` crossing on `path`.
fn an_async_library_growing_past_its_memory_limit_is_stopped_there_on(path: ForwardingPath) {
    let (options, output) = capturing();
    let hub = hub_on(path, options.max_memory(64 << 20));
    load_echo(&hub, "async_provider", path);
    let err = hub
        .run(guest("async_bloat_app"))
        .expect_err("the library outgrows its limit");
    assert!(
        matches!(&err, RunError::MemoryLimit { store, limit, .. }
            if store == "async_provider.wasm" && *limit == 64 << 20),
        "{}",
        OneLine(&err)
    );
    assert!(!text(&output).contains("bloat returned"));
    // The app's own store and the hub are unharmed: a fresh provider serves the next run.
    let id = hub.status().libraries[0].id;
    hub.reload(id).expect("reload");
    run(&hub, "async_app");
}

#[test]
fn an_async_app_makes_and_uses_resources_of_sync_libraries_on_both_paths() {
    for dynamic in [false, true] {
        let (options, output) = capturing();
        let hub = component_hub::new_hub(options.force_dynamic(dynamic)).expect("hub");
        load(&hub, "provider_logging");
        load(&hub, "provider_calculator");
        run(&hub, "async_demo_app");
        run(&hub, "async_demo_app");
        let text = text(&output);
        // The app's logger and the one its calc makes; the library keeps its count, so
        // the second run sees the first run's loggers.
        assert!(
            text.contains("[APP] async_demo_app: 1 + 2 = 3; loggers so far: 2\n"),
            "{text}"
        );
        assert!(
            text.contains("[APP] async_demo_app: 1 + 2 = 3; loggers so far: 4\n"),
            "{text}"
        );
        // Dropping the calc dropped its logger, in the logging library: the destructor
        // chain ran from the async app's store, and nothing is left.
        assert!(text.contains("LOGGED: calc 1 dropped"), "{text}");
        assert_eq!(text.matches("Logger::drop(").count(), 4, "{text}");
        assert_eq!(hub.live_handles(), 0, "dynamic: {dynamic}");
    }
}

/// Errors a run may meet while the stress test below changes libraries under it and
/// interrupts its spinning runs: each is one line, none a trap or a crash of the hub.
fn expected_stress_error(err: &RunError) -> bool {
    let line = OneLine(err).to_string();
    assert!(!line.contains('\n'), "{line:?}");
    [
        "was interrupted by the user",
        "is disabled because it was interrupted",
        // The relay, when the library under it was interrupted.
        "is disabled because it was unwound by a failed call it made",
        "was reloaded",
    ]
    .iter()
    .any(|allowed| line.contains(allowed))
}

#[test]
fn interrupts_runs_and_reloads_on_many_threads_leave_no_hang_and_no_handle() {
    const ROUNDS: usize = 30;
    let hub = new_hub(quiet().timeout(Some(Duration::from_secs(20)))).expect("hub");
    let mut provider = load(&hub, "async_provider");
    load(&hub, "async_relay");
    within_bound(|| {
        std::thread::scope(|scope| {
            let hub = &hub;
            // Two run an app whose library spins, each interrupting it with its own handle.
            for _ in 0..2 {
                scope.spawn(move || {
                    for _ in 0..ROUNDS {
                        let handle = component_hub::InterruptHandle::new();
                        let done = std::sync::atomic::AtomicBool::new(false);
                        std::thread::scope(|inner| {
                            inner.spawn(|| {
                                while !done.load(std::sync::atomic::Ordering::Acquire) {
                                    handle.interrupt();
                                    std::thread::yield_now();
                                }
                            });
                            let outcome = hub.run_with(
                                guest("async_spin_app"),
                                &component_hub::RunOptions::default().interrupt(&handle),
                            );
                            done.store(true, std::sync::atomic::Ordering::Release);
                            let err = outcome.expect_err("interrupted");
                            assert!(expected_stress_error(&err), "{}", OneLine(&err));
                        });
                    }
                });
            }
            // Two run apps that finish, async and sync, against the same libraries.
            for app in ["async_app", "sync_echo_app"] {
                scope.spawn(move || {
                    for _ in 0..ROUNDS * 3 {
                        if let Err(err) = hub.run(guest(app)) {
                            assert!(expected_stress_error(&err), "{app}: {}", OneLine(&err));
                        }
                    }
                });
            }
            scope.spawn(|| {
                for _ in 0..ROUNDS / 2 {
                    provider = hub.reload(provider).expect("reload the chain")[0];
                }
            });
        });
    });
    assert_eq!(hub.live_handles(), 0);
    // A reload brings back whatever the last interrupt disabled.
    hub.reload(provider).expect("reload the chain");
    run(&hub, "async_app");
    assert!(!hub.interrupt_handle().interrupt(), "nothing runs now");
}

/// Asserts what `stream_app` prints when every stream and future crossed whole, and
/// its early reader's drop reached the writer.
fn assert_streams_crossed(text: &str) {
    for line in [
        "[APP] stream_app: summed 1048576 bytes, checksum ok: true\n",
        "[APP] stream_app: made 1048576 bytes, pattern ok: true\n",
        // Streams inside a stream, futures inside a stream.
        "[APP] stream_app: spelled ab cde\n",
        "[APP] stream_app: summed later 42\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    let sent: u32 = text
        .split("the writer stopped after ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no early reader in {text}"));
    // The reader kept two; a few more were in flight when it dropped its end.
    assert!((2..100).contains(&sent), "{text}");
}

#[test]
fn streams_and_a_future_in_a_record_cross_to_an_async_library_and_back() {
    PATHS
        .into_iter()
        .for_each(streams_and_a_future_in_a_record_cross_to_an_async_library_and_back_on);
}

/// The streams test with `streams` crossing on `path`.
fn streams_and_a_future_in_a_record_cross_to_an_async_library_and_back_on(path: ForwardingPath) {
    let (hub, output) = capturing_hub_on(path);
    load_streams(&hub, "stream_provider", path);
    run(&hub, "stream_app");
    let text = text(&output);
    assert!(
        text.contains("[APP] stream_app: shouted ONE TWO THREE\n"),
        "{text}"
    );
    assert_streams_crossed(&text);
    assert!(text.contains("described answer=42\n"), "{text}");
    assert_eq!(hub.live_handles(), 0);
}

#[test]
fn streams_run_through_two_libraries_in_a_chain() {
    PATHS
        .into_iter()
        .for_each(streams_run_through_two_libraries_in_a_chain_on);
}

/// The chain test with `streams` crossing on `path`, both links.
fn streams_run_through_two_libraries_in_a_chain_on(path: ForwardingPath) {
    let (hub, output) = capturing_hub_on(path);
    load_streams(&hub, "stream_provider", path);
    load_streams(&hub, "stream_relay", path);
    run(&hub, "stream_app");
    let text = text(&output);
    // Each word went app -> relay -> provider (capitals) -> relay (`!`) -> app.
    assert!(
        text.contains("[APP] stream_app: shouted ONE! TWO! THREE!\n"),
        "{text}"
    );
    assert_streams_crossed(&text);
    assert!(text.contains("described answer+relay=42\n"), "{text}");
    assert_eq!(hub.live_handles(), 0);
}

#[test]
fn streams_and_futures_of_generated_records_variants_enums_and_flags_cross() {
    // `shapes` is under `wit/`: its generated Rust types carry the items of `shaped`,
    // which crosses on the dynamic path.
    let (hub, output) = capturing_hub();
    load(&hub, "shape_provider");
    run(&hub, "shape_app");
    let text = text(&output);
    let grown_bar = "Shape { name: \"BAR\", color: Color::Red, marks: Marks(BOLD | UNDERLINE), size: Size::Large([1, 2, 2]), tags: [\"grown\"] }";
    for line in [
        // A stream of records each way, holding a string, an enum, flags, a variant and
        // a list.
        "[APP] shape_app: grown Shape { name: \"DISC\", color: Color::Green, marks: Marks(BOLD | ITALIC), size: Size::Small(8), tags: [\"round\", \"grown\"] }\n".to_owned(),
        format!("[APP] shape_app: grown {grown_bar}\n"),
        // A stream of variants, a future of a record, a stream of enums.
        "[APP] shape_app: sizes [Size::Small(0), Size::Large([0]), Size::Unknown, Size::Small(3)]\n".to_owned(),
        format!("[APP] shape_app: later {grown_bar}\n"),
        "[APP] shape_app: colors [Color::Red, Color::Green, Color::Blue]\n".to_owned(),
        // A future of flags, written once the stream of records ended.
        "[APP] shape_app: all marks Marks(ITALIC | UNDERLINE)\n".to_owned(),
    ] {
        assert!(text.contains(&line), "{line:?} in {text}");
    }
    assert_eq!(hub.live_handles(), 0);

    // Forced to the dynamic path, the hub has no Rust type for them: refused at load,
    // naming the type.
    let hub = hub_on(ForwardingPath::Dynamic, quiet());
    let err = hub
        .load(guest("shape_provider"))
        .expect_err("no carrier for shapes");
    let line = OneLine(&err).to_string();
    assert!(
        line.contains("passes `stream<record { name: string, color: enum { red, green, blue }"),
        "{line}"
    );
}

#[test]
fn a_writer_whose_reader_does_not_read_gets_a_bounded_number_of_bytes_across() {
    let (hub, output) = capturing_hub();
    load(&hub, "stream_holder");
    // Strings of 4 MiB, one per write: the fifth waits once 16 MiB are on their way
    // (eight, counting chunks alone).
    run(&hub, "flood_app");
    run(&hub, "flood_app");
    let text = text(&output);
    assert_eq!(
        text.matches("[APP] flood_app: 4 writes of 4 MiB completed before one waited\n")
            .count(),
        2,
        "{text}"
    );
}

#[test]
fn a_stream_of_tuples_crosses_on_generated_forwarders_and_is_refused_by_its_type_dynamically() {
    // `odd-streams` is under `wit/`: its generated code has a Rust type for the items.
    let (hub, output) = capturing_hub_on(ForwardingPath::Generated);
    load_on(
        &hub,
        "odd_stream_provider",
        "hub:async-guests/odd-streams@0.1.0",
        ForwardingPath::Generated,
    );
    run(&hub, "odd_stream_app");
    // (1 + 1) + (2 + 2) + (3 + 3): every pair crossed whole.
    assert!(
        text(&output).contains("[APP] odd_stream_app: pairs summed 12\n"),
        "{}",
        text(&output)
    );
    assert_eq!(hub.live_handles(), 0);

    // The dynamic path has none: refused at load, naming the type.
    let hub = hub_on(ForwardingPath::Dynamic, quiet());
    let err = hub.load(guest("odd_stream_provider")).expect_err("refused");
    let line = OneLine(&err).to_string();
    assert!(
        line.contains("pairs") && line.contains("`stream<tuple<u32, string>>`"),
        "{line}"
    );
    assert!(hub.status().libraries.is_empty());
}

#[test]
fn a_library_trapping_mid_stream_ends_the_stream_and_is_disabled() {
    PATHS
        .into_iter()
        .for_each(a_library_trapping_mid_stream_ends_the_stream_and_is_disabled_on);
}

/// The mid-stream trap test with `streams` crossing on `path`.
fn a_library_trapping_mid_stream_ends_the_stream_and_is_disabled_on(path: ForwardingPath) {
    let (hub, output) = capturing_hub_on(path);
    load_streams(&hub, "stream_provider", path);
    let err = hub.run(guest("stream_fault_app")).expect_err("disabled");
    let text = text(&output);
    // The reader saw the bytes written before the trap, then the end.
    assert!(
        text.contains("[APP] stream_fault_app: the stream ended after 1000 bytes\n"),
        "{text}"
    );
    let line = OneLine(&err).to_string();
    assert!(
        line.contains("stream_provider.wasm") && line.contains("disabled"),
        "{line}"
    );
    assert_eq!(hub.live_handles(), 0);
    let id = hub.status().libraries[0].id;
    hub.reload(id).expect("reload");
    run(&hub, "stream_app");
}

#[test]
fn the_hubs_interrupt_stops_an_async_library_computing_forever_between_calls() {
    PATHS
        .into_iter()
        .for_each(the_hubs_interrupt_stops_an_async_library_computing_forever_between_calls_on);
}

/// The interrupt-between-calls test with `streams` crossing on `path`.
fn the_hubs_interrupt_stops_an_async_library_computing_forever_between_calls_on(
    path: ForwardingPath,
) {
    let (options, output) = capturing();
    let hub = hub_on(path, options.timeout(None));
    load_streams(&hub, "stream_provider", path);
    let handle = hub.interrupt_handle();
    let mut err = None;
    within_bound(|| {
        let (done, finished) = std::sync::mpsc::channel();
        err = std::thread::scope(|scope| {
            let hub = &hub;
            scope.spawn(move || {
                let _ = done.send(hub.run(guest("stream_hog_app")));
            });
            // No budget anywhere: only the interrupt ends it. Each one reaches what is
            // in progress then (the run, the library's work behind the stream), so it
            // is repeated until the run has ended.
            loop {
                handle.interrupt();
                if let Ok(outcome) = finished.recv_timeout(Duration::from_millis(20)) {
                    break Some(outcome.expect_err("interrupted"));
                }
            }
        });
    });
    let err = err.expect("the run ended");
    assert!(text(&output).contains("[APP] stream_hog_app: calling again\n"));
    // The interrupt reached the library's own work, which no run's control reaches.
    let line = OneLine(&err).to_string();
    assert!(
        line.contains(
            "`stream_provider.wasm` is disabled because it was interrupted by the user in \
             `its streams, between calls`"
        ),
        "{line}"
    );
    assert_eq!(hub.live_handles(), 0);
    // Nothing computes any more; a reload brings the library back.
    assert!(!hub.interrupt_handle().interrupt(), "nothing runs now");
    let id = hub.status().libraries[0].id;
    hub.reload(id).expect("reload");
    run(&hub, "stream_app");
}

#[test]
fn a_library_computing_forever_behind_a_stream_meets_the_next_calls_budget() {
    PATHS
        .into_iter()
        .for_each(a_library_computing_forever_behind_a_stream_meets_the_next_calls_budget_on);
}

/// The budget-behind-a-stream test with `streams` crossing on `path`.
fn a_library_computing_forever_behind_a_stream_meets_the_next_calls_budget_on(
    path: ForwardingPath,
) {
    let (options, output) = capturing();
    let hub = hub_on(path, options.timeout(Some(Duration::from_secs(2))));
    load_streams(&hub, "stream_provider", path);
    let err = hub.run(guest("stream_hog_app")).expect_err("out of time");
    assert!(text(&output).contains("[APP] stream_hog_app: calling again\n"));
    // A budget stopped the library's work: the one between calls (the call waiting
    // for it then finds the library disabled), or the next call's, when that call got
    // the store first and the work went on inside it.
    let line = OneLine(&err).to_string();
    assert!(
        line.contains("`stream_provider.wasm` is disabled because it ran out of its time budget")
            || (matches!(&err, RunError::Deadline { at: Some(Site { library, .. }), .. }
                if library == "stream_provider.wasm")),
        "{line}"
    );
    assert_eq!(hub.live_handles(), 0);
    let id = hub.status().libraries[0].id;
    hub.reload(id).expect("reload");
    run(&hub, "stream_app");
}

/// How many counters `counter_provider` has alive, asked by the host.
fn live_counters(hub: &Hub, provider: component_hub::LibraryId) -> Val {
    let answer = hub
        .caller()
        .call(provider, Some(COUNTERS), "live", &[])
        .unwrap_or_else(|e| panic!("live: {}", OneLine(&e)));
    answer[0].clone()
}

const COUNTERS: &str = "hub:async-guests/counters";

#[test]
fn an_async_library_s_resources_cross_to_async_and_sync_apps() {
    let (hub, output) = capturing_hub();
    let provider = load(&hub, "counter_provider");
    run(&hub, "counter_app");
    let text = text(&output);
    for line in [
        "[APP] counter_app: a is 8 (8)\n",
        "[APP] counter_app: merged is 18\n",
        "[APP] counter_app: made [1, none, 2]\n",
        "[APP] counter_app: total 29\n",
        // `b` was given up to `merge`, which dropped it.
        "[APP] counter_app: 4 live\n",
        // Counters in a stream from the library, back to it in another, and in a future.
        "[APP] counter_app: counted up [1, 2, 3]\n",
        "[APP] counter_app: summed 6\n",
        "[APP] counter_app: the first of five is 10\n",
        // A handle and a stream in one call, both ways.
        "[APP] counter_app: added all: 46\n",
        "[APP] counter_app: later is 7\n",
        // The counter the app left was released when its run ended.
        "[LIB] counter_provider: dropped a counter at 8\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    assert_eq!(hub.live_handles(), 0);
    assert_eq!(live_counters(&hub, provider), Val::U32(0));

    run(&hub, "counter_sync_app");
    let text = self::text(&output);
    for line in [
        "[APP] counter_sync_app: a is 8 (8)\n",
        "[APP] counter_sync_app: merged is 18\n",
        "[APP] counter_sync_app: total 29\n",
        "[APP] counter_sync_app: 4 live\n",
        "[APP] counter_sync_app: 0 live after drops\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    assert_eq!(hub.live_handles(), 0);
    assert_eq!(live_counters(&hub, provider), Val::U32(0));
}

#[test]
fn the_host_makes_uses_and_releases_an_async_library_s_resource() {
    let hub = new_hub(quiet()).expect("hub");
    let provider = load(&hub, "counter_provider");
    let counters = Some(COUNTERS);
    let mut caller = hub.caller();
    let counter = host_counter_at_42(&mut caller, provider);
    assert_eq!((caller.held_handles(), hub.live_handles()), (1, 1));
    // Given up to `merge`, a handle is no longer the caller's.
    let other = caller
        .call(provider, counters, "[constructor]counter", &[Val::U32(1)])
        .expect("constructor");
    let merged = caller
        .call(
            provider,
            counters,
            "[static]counter.merge",
            &[Val::Resource(counter), other[0].clone()],
        )
        .unwrap_or_else(|e| panic!("merge: {}", OneLine(&e)));
    assert_eq!((caller.held_handles(), hub.live_handles()), (2, 2));
    let err = caller
        .call(
            provider,
            counters,
            "[method]counter.get",
            &[other[0].clone()],
        )
        .expect_err("a handle given up");
    assert!(
        OneLine(&err).to_string().contains("does not hold"),
        "{}",
        OneLine(&err)
    );
    caller.release(counter).expect("release");
    assert_eq!(live_counters(&hub, provider), Val::U32(1));
    drop(merged);
    drop(caller);
    assert_eq!(
        hub.live_handles(),
        0,
        "dropping the caller releases what it held"
    );
    assert_eq!(live_counters(&hub, provider), Val::U32(0));
}

#[test]
fn counters_pass_through_an_async_library_that_keeps_them_until_it_is_unloaded() {
    let (hub, output) = capturing_hub();
    let provider = load(&hub, "counter_provider");
    let keeper = load(&hub, "counter_keeper");
    run(&hub, "keeper_app");
    let text = text(&output);
    for line in [
        // Lent to the keeper, whose kept counter (given up to it) adds to it.
        "[APP] keeper_app: peek 7\n",
        "[APP] keeper_app: gave back 3\n",
        "[APP] keeper_app: nothing kept: true\n",
        // Two more streamed to it, kept there.
        "[APP] keeper_app: the keeper holds 2\n",
        "[APP] keeper_app: 2 live\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    // What the keeper holds stays with it between runs, and nothing else.
    assert_eq!(hub.live_handles(), 2);
    assert_eq!(live_counters(&hub, provider), Val::U32(2));
    // Unloading it releases them: their destructors run in the provider's event loop.
    hub.unload(keeper, false).expect("unload the keeper");
    assert_eq!(hub.live_handles(), 0);
    assert_eq!(live_counters(&hub, provider), Val::U32(0));
}

/// `my:app/host`, the plugin host's own API (`guests/wit-host`), served from closures
/// over `Val`s that keep values in `values` and lines in `log`.
fn host_api(
    values: &Arc<std::sync::Mutex<std::collections::HashMap<String, String>>>,
    log: &Arc<std::sync::Mutex<Vec<String>>>,
) -> component_hub::HostInterface {
    fn string(val: &Val) -> Result<String, component_hub::HostFunctionError> {
        match val {
            Val::String(s) => Ok(s.clone()),
            other => Err(format!("expected a string, got {other:?}").into()),
        }
    }
    let (get, set, log) = (Arc::clone(values), Arc::clone(values), Arc::clone(log));
    component_hub::HostInterface::new(include_str!("../guests/wit-host/host.wit"), "host")
        .func("log", move |args, _| {
            log.lock().unwrap().push(string(&args[0])?);
            Ok(())
        })
        .func("get", move |args, results| {
            let value = get.lock().unwrap().get(&string(&args[0])?).cloned();
            results[0] = Val::Option(value.map(|v| Box::new(Val::String(v))));
            Ok(())
        })
        .func("set", move |args, _| {
            set.lock()
                .unwrap()
                .insert(string(&args[0])?, string(&args[1])?);
            Ok(())
        })
}

#[test]
fn an_async_app_awaits_the_host_s_own_interface_served_from_closures() {
    let (options, output) = capturing();
    let hub = new_hub(options).expect("hub");
    let (values, log) = (Arc::default(), Arc::default());
    hub.serve(host_api(&values, &log)).expect("serves");
    // The host's WIT declares plain functions; the app imports them as `async func`s.
    run(&hub, "host_async_app");
    assert_eq!(
        *log.lock().unwrap(),
        ["read back: hello from host_async_app"]
    );
    assert!(
        text(&output).contains("[APP] host_async_app: hello from host_async_app\n"),
        "{}",
        text(&output)
    );
    assert_eq!(
        values.lock().unwrap().get("greeting").map(String::as_str),
        Some("hello from host_async_app")
    );
    // The sync app still gets the plain functions.
    run(&hub, "host_app");
    assert_eq!(log.lock().unwrap().len(), 2);
}

#[test]
fn an_async_import_of_a_typed_host_function_is_refused_by_name() {
    use component_hub::HostState;
    use component_hub::wasmtime::StoreContextMut;
    use component_hub::wasmtime::component::LinkerInstance;

    let hub = new_hub(quiet()).expect("hub");
    let (values, log) = (Arc::default(), Arc::default());
    let typed_set = |linker: &mut LinkerInstance<'_, HostState>, name: &str| {
        linker.func_wrap(
            name,
            |_: StoreContextMut<'_, HostState>, (_key, _value): (String, String)| Ok(()),
        )
    };
    let mixed = host_api(&values, &log).func_typed("set", Arc::new(typed_set));
    hub.serve(mixed).expect("serves");
    let err = hub.run(guest("host_async_app")).expect_err("set is plain");
    let line = OneLine(&err).to_string();
    assert!(
        line.contains("whose `set` is an `async func`")
            && line.contains("serves it only as a plain function"),
        "{line}"
    );
    // Nothing ran: the host kept nothing.
    assert!(values.lock().unwrap().is_empty());
    assert!(log.lock().unwrap().is_empty());
}
