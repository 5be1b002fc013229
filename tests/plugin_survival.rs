//! A plugin host survives its plugins: runaway loops and sleeps end at the run's time
//! budget or an interrupt, memory bombs hit their store's limit, deep recursion traps,
//! nothing a run leaves behind outlives it, one run cannot exhaust a library, and `exit`
//! is not a crash. Each time the library at fault (and only it) is disabled.

mod common;

use std::time::Duration;

use common::{capturing, demo_hub, load, quiet, run};
use component_hub::{Hub, HubOptions, OneLine, RunError, Site, new_hub};
use hub_fixtures::guest;

/// A hub with the demo libraries and the hostile provider, with a short time budget.
fn hostile_hub(options: HubOptions) -> Hub {
    let hub = new_hub(options).expect("hub");
    load(&hub, "provider_logging");
    load(&hub, "provider_calculator");
    load(&hub, "hostile_provider");
    hub
}

fn short() -> HubOptions {
    quiet().timeout(Some(Duration::from_millis(500)))
}

fn site(library: &str, function: &str) -> Option<Site> {
    Some(Site {
        library: library.into(),
        function: function.into(),
    })
}

/// The demo libraries still work and kept their state; the hostile one is disabled
/// exactly when `hostile_disabled`.
fn assert_survived(hub: &mut Hub, hostile_disabled: bool) {
    run(hub, "app_consumer");
    let disabled: Vec<bool> = hub
        .status()
        .libraries
        .iter()
        .map(|l| l.disabled.is_some())
        .collect();
    assert_eq!(disabled, [false, false, hostile_disabled]);
    assert_eq!(hub.live_handles(), 0);
}

fn one_line(err: &RunError) -> String {
    let line = OneLine(err).to_string();
    assert!(!line.contains('\n'), "{line:?}");
    line
}

#[test]
fn a_runaway_app_ends_at_its_time_budget() {
    let mut hub = hostile_hub(short());
    let err = hub.run(guest("runaway_app")).expect_err("it never returns");
    assert!(
        matches!(&err, RunError::Deadline { at: None, budget, .. } if *budget == Duration::from_millis(500)),
        "{err:?}"
    );
    assert!(one_line(&err).ends_with("runaway_app.wasm` ran out of its time budget of 0.5s"));
    assert_survived(&mut hub, false);
}

#[test]
fn a_runaway_provider_is_stopped_and_disabled_and_nothing_else_is() {
    let mut hub = hostile_hub(short());
    let err = hub.run(guest("spin_app")).expect_err("the provider spins");
    assert!(
        matches!(&err, RunError::Deadline { at, .. } if *at == site("hostile_provider.wasm", "spin")),
        "{err:?}"
    );
    assert!(one_line(&err).contains("while `hostile_provider.wasm` in `spin` was running"));
    assert_survived(&mut hub, true);
    // Calls into it fail at once, with one line.
    let err = hub.run(guest("spin_app")).expect_err("disabled");
    assert!(one_line(&err).contains("is disabled because it ran out of its time budget"));
}

#[test]
fn a_provider_sleeping_in_wasi_is_stopped_too() {
    let mut hub = hostile_hub(short());
    let err = hub
        .run(guest("sleep_app"))
        .expect_err("the provider sleeps");
    assert!(
        matches!(&err, RunError::Deadline { at, .. } if *at == site("hostile_provider.wasm", "sleep")),
        "{err:?}"
    );
    assert_survived(&mut hub, true);

    let err = hub.run(guest("app_sleeps")).expect_err("the app sleeps");
    assert!(
        matches!(&err, RunError::Deadline { at: None, .. }),
        "{err:?}"
    );
}

#[test]
fn a_library_can_have_its_own_budget() {
    let hub = new_hub(quiet().timeout(None)).expect("hub");
    load(&hub, "provider_logging");
    load(&hub, "provider_calculator");
    hub.load_with(
        guest("hostile_provider"),
        &component_hub::LoadOptions::default().timeout(Some(Duration::from_millis(300))),
    )
    .expect("loads");
    // The run has no budget, but each call into the hostile library has 300 ms.
    let err = hub
        .run(guest("spin_app"))
        .expect_err("stopped by the library's budget");
    assert!(
        matches!(&err, RunError::Deadline { budget, at, .. }
            if *budget == Duration::from_millis(300) && *at == site("hostile_provider.wasm", "spin")),
        "{err:?}"
    );
}

#[test]
fn an_interrupt_from_another_thread_ends_the_run() {
    let mut hub = hostile_hub(quiet().timeout(None));
    let handle = hub.interrupt_handle();
    let interrupter = std::thread::spawn(move || {
        // Fires as soon as a run is in progress: no timing involved.
        while !handle.interrupt() {
            std::thread::yield_now();
        }
    });
    let err = hub.run(guest("runaway_app")).expect_err("interrupted");
    interrupter.join().expect("the interrupter ends");
    assert!(
        matches!(&err, RunError::Interrupted { at: None, .. }),
        "{err:?}"
    );
    assert!(one_line(&err).ends_with("was interrupted by the user"));
    assert_survived(&mut hub, false);
    assert!(!hub.interrupt_handle().interrupt(), "nothing runs now");
}

#[test]
fn memory_bombs_hit_their_store_s_limit() {
    let mut hub = hostile_hub(quiet().max_memory(64 << 20));
    let err = hub
        .run(guest("memory_bomb_app"))
        .expect_err("the app grows");
    assert!(
        matches!(&err, RunError::MemoryLimit { store, limit, .. }
            if store == "memory_bomb_app.wasm" && *limit == 64 << 20),
        "{err:?}"
    );
    assert!(one_line(&err).contains("ran out of memory (its limit is 64 MiB)"));
    assert_survived(&mut hub, false);

    let err = hub
        .run(guest("library_bomb_app"))
        .expect_err("the library grows");
    assert!(
        matches!(&err, RunError::MemoryLimit { store, .. } if store == "hostile_provider.wasm"),
        "{err:?}"
    );
    assert_survived(&mut hub, true);
}

#[test]
fn deep_recursion_traps_and_the_hub_goes_on() {
    let mut hub = hostile_hub(short());
    let err = hub.run(guest("recursion_app")).expect_err("stack overflow");
    assert!(matches!(&err, RunError::Trap { at: None, .. }), "{err:?}");
    assert!(
        one_line(&err).contains("call stack exhausted"),
        "{}",
        one_line(&err)
    );
    assert_survived(&mut hub, false);
}

#[test]
fn handles_a_run_leaves_behind_are_released() {
    let hub = demo_hub();
    // 100,000 loggers made and never dropped, run after run: each run's end releases
    // them (in the provider too, or its store's handle limit would be hit).
    for _ in 0..3 {
        run(&hub, "leaky_app");
        assert_eq!(hub.live_handles(), 0);
    }
    // A trap while holding handles releases them as well.
    let err = hub.run(guest("leaky_trap_app")).expect_err("it traps");
    assert!(matches!(&err, RunError::Trap { at: None, .. }), "{err:?}");
    assert_eq!(hub.live_handles(), 0);
    run(&hub, "app_consumer");
}

#[test]
fn one_run_cannot_exhaust_a_library() {
    let hub = new_hub(quiet().handle_quota(1000)).expect("hub");
    load(&hub, "provider_logging");
    let err = hub.run(guest("leaky_app")).expect_err("over its quota");
    assert!(
        matches!(&err, RunError::HandleQuota { quota: 1000, .. }),
        "{err:?}"
    );
    assert_eq!(hub.live_handles(), 0);
    assert!(hub.status().libraries[0].disabled.is_none());
    load(&hub, "provider_calculator");
    run(&hub, "app_consumer");
}

#[test]
fn exit_zero_is_success_and_other_exits_are_failures() {
    let (options, output) = capturing();
    let mut hub = hostile_hub(options.timeout(Some(Duration::from_millis(500))));
    run(&hub, "exit_zero_app");
    assert!(
        output.text().contains("[APP] exit zero: exiting with 0\n"),
        "the app ran up to its exit(0): {}",
        output.text()
    );
    // WASI 0.2's `exit` carries only success or failure: Rust's exit(3) arrives as 1.
    let err = hub.run(guest("exit_three_app")).expect_err("exit(3)");
    assert!(
        matches!(
            &err,
            RunError::Exit {
                at: None,
                code: 1,
                ..
            }
        ),
        "{err:?}"
    );
    assert_survived(&mut hub, false);

    let err = hub
        .run(guest("library_exit_app"))
        .expect_err("the library exits");
    assert!(
        matches!(&err, RunError::Exit { at, .. } if *at == site("hostile_provider.wasm", "exit")),
        "{err:?}"
    );
    assert_survived(&mut hub, true);
}

#[test]
fn a_guest_reading_stdin_does_not_block() {
    // Guests get no stdin: a read sees the end of input at once, whatever the hub's own
    // stdin is. A read that blocked would end at the budget and fail the run.
    let (options, output) = capturing();
    let hub = new_hub(options.timeout(Some(Duration::from_secs(10)))).expect("hub");
    run(&hub, "stdin_app");
    let text = output.text();
    assert!(text.contains("[APP] stdin: read 0 bytes: \"\"\n"), "{text}");
}
