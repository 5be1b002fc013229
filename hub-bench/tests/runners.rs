//! Every measured loop runs, and the hub loops measure the path they are named after;
//! every load, run and floor of the lifecycle bench runs once, cheaply, and measures what
//! it is named after; the memory scenarios read memory where they say.

use component_hub::{CacheSource, Hub, new_hub};
use hub_bench::kinds::{CACHE_LIBRARIES, DIRECT, GUARD_KINDS, KINDS, RUN_APP, SCALING_GROUPS};
use hub_bench::large::{fallback, largest_rust_library, load_in_new_process};
use hub_bench::lifecycle::{app_calls, fill_cache, hub_with, load, run_app, run_hub};
use hub_bench::memory;
use hub_bench::runners::{
    Floors, bench_options, direct_runner, hub_runner, loaded_hub, loaded_hub_with, scaling_runner,
};
use hub_bench::scratch::ScratchDir;
use hub_fixtures::events::Recording;
use hub_fixtures::guest;

/// Runs every loop of `kinds` three times on both hubs and checks each call took the
/// path its hub is named after.
fn assert_paths(counts: &Recording, generated: &Hub, dynamic: &Hub, kinds: &[&str]) {
    for kind in kinds {
        let before = (counts.calls("generated"), counts.calls("dynamic"));
        hub_runner(generated, kind).expect("generated runner")(3);
        let after_generated = (counts.calls("generated"), counts.calls("dynamic"));
        assert_eq!(after_generated.1, before.1, "{kind}: generated path only");
        assert!(
            after_generated.0 >= before.0 + 3,
            "{kind}: three generated calls"
        );
        hub_runner(dynamic, kind).expect("dynamic runner")(3);
        let after_dynamic = (counts.calls("generated"), counts.calls("dynamic"));
        assert_eq!(
            after_dynamic.0, after_generated.0,
            "{kind}: dynamic path only"
        );
        assert!(
            after_dynamic.1 >= after_generated.1 + 3,
            "{kind}: three calls through the dynamic path"
        );
    }
}

#[test]
fn generated_loops_make_no_dynamic_call_and_dynamic_loops_only_dynamic_ones() {
    let (counts, _guard) = Recording::start();
    let options = |dynamic| bench_options(dynamic).call_events(true);
    let generated = loaded_hub_with(options(false)).expect("generated hub");
    let dynamic = loaded_hub_with(options(true)).expect("dynamic hub");
    let kinds: Vec<&str> = KINDS.iter().map(|k| k.id).collect();
    assert_paths(&counts, &generated, &dynamic, &kinds);
}

#[test]
fn unguarded_loops_run_on_their_paths() {
    let (counts, _guard) = Recording::start();
    let options = |dynamic| {
        component_hub::__internal::bench::unguarded(bench_options(dynamic).call_events(true))
    };
    let generated = loaded_hub_with(options(false)).expect("unguarded generated hub");
    let dynamic = loaded_hub_with(options(true)).expect("unguarded dynamic hub");
    assert_paths(&counts, &generated, &dynamic, GUARD_KINDS);
}

#[test]
fn floor_loops_run() {
    let floors = Floors::new().expect("floors");
    for kind in KINDS.iter().map(|k| k.id) {
        floors.host_import_runner(kind).expect("host-import runner")(3);
        floors.fused_runner(kind).expect("fused runner")(3);
        match direct_runner(kind).expect("direct runner") {
            Some(mut direct) => direct(3),
            None => assert_eq!(kind, "cross-provider", "only cross-provider lacks {DIRECT}"),
        }
    }
}

#[test]
fn scaling_loops_hold_their_live_handles() {
    let hub = loaded_hub(false).expect("hub");
    for (group, _) in SCALING_GROUPS {
        let before = hub.live_handles();
        let mut runner = scaling_runner(&hub, group, 50).expect("scaling runner");
        runner(3);
        assert_eq!(
            hub.live_handles(),
            before + 50,
            "{group}: the held counters stay live while the app does"
        );
        drop(runner);
        assert_eq!(
            hub.live_handles(),
            before,
            "{group}: dropping the app releases them"
        );
    }
}

#[test]
fn cold_loads_compile_and_warm_loads_read_the_disk_cache() {
    let dir = ScratchDir::new("test-cache").expect("scratch folder");
    for (library, needs) in CACHE_LIBRARIES {
        let mut cold = hub_with(dir.path(), needs).expect("hub");
        assert_eq!(
            load(&mut cold, library).expect("cold load"),
            CacheSource::Compiled,
            "{library}: an empty cache compiles"
        );
        let mut warm = hub_with(dir.path(), needs).expect("hub");
        assert_eq!(
            load(&mut warm, library).expect("warm load"),
            CacheSource::Disk,
            "{library}: a new hub on a filled cache reads it"
        );
    }
}

#[test]
fn first_and_repeat_runs_leave_no_handle() {
    let dir = ScratchDir::new("test-runs").expect("scratch folder");
    fill_cache(dir.path()).expect("the cache fills");
    let mut hub = run_hub(dir.path()).expect("a hub after its first run");
    assert_eq!(hub.status().prepared_apps, 1, "the app is prepared once");
    run_app(&mut hub, 3).expect("three repeat runs");
    let status = hub.status();
    assert_eq!(status.live_handles, 0, "runs release what they held");
    assert_eq!(
        status.prepared_apps, 1,
        "repeat runs reuse the prepared app"
    );
}

#[test]
fn the_run_floors_run() {
    let dir = ScratchDir::new("test-floors").expect("scratch folder");
    let hub = run_hub(dir.path()).expect("hub");
    {
        let mut instantiate =
            component_hub::__internal::bench::instantiate_only(&hub, guest(RUN_APP))
                .expect("prepared app");
        for _ in 0..3 {
            instantiate().expect("instantiates");
        }
    }
    assert_eq!(hub.live_handles(), 0, "instantiating alone makes no handle");
    let mut calls = app_calls(&hub).expect("the app instantiates");
    calls(3);
    assert_eq!(hub.live_handles(), 0, "the app's run drops what it makes");
    drop(calls);
    assert_eq!(hub.status().prepared_apps, 1, "one prepared app for all");
}

#[test]
fn a_new_process_compiles_then_reads_the_cache() {
    let exe = std::path::Path::new(env!("CARGO_BIN_EXE_bench-load"));
    let dir = ScratchDir::new("test-process").expect("scratch folder");
    let file = guest("provider_logging");
    let cold = load_in_new_process(exe, dir.path(), &file).expect("cold load");
    assert!(cold.contains(&CacheSource::Compiled.to_string()), "{cold}");
    let warm = load_in_new_process(exe, dir.path(), &file).expect("warm load");
    assert!(warm.contains(&CacheSource::Disk.to_string()), "{warm}");
    let missing = load_in_new_process(exe, dir.path(), &dir.path().join("none.wasm"));
    assert!(missing.is_err(), "a failed load fails the process");
}

#[test]
fn the_fallback_component_loads_alone_and_says_it_is_one() {
    let component = fallback("no python3").expect("a Rust guest loads alone");
    assert!(!component.python);
    assert!(component.note.contains("no python3"), "{}", component.note);
    let hub = new_hub(bench_options(false).disk_cache(false)).expect("hub");
    hub.load(&component.path)
        .expect("loads with nothing else loaded");
    let (_, largest) = largest_rust_library().expect("the same");
    assert_eq!(component.bytes, largest);
}

#[test]
fn memory_is_read_after_each_count() {
    for (scenario, libraries) in [("runs", 2), ("load-unload", 0)] {
        let result = memory::measure(scenario, &[2, 3]).expect("measured");
        let readings = result["readings"].as_array().expect("readings");
        let counts: Vec<u64> = readings
            .iter()
            .map(|r| r["count"].as_u64().expect("count"))
            .collect();
        assert_eq!(counts, [0, 2, 3], "{scenario}: a reading before any step");
        for reading in readings {
            assert!(reading["rss_bytes"].as_u64().expect("rss") > 1 << 20);
            assert_eq!(reading["live_handles"], 0, "{scenario}");
        }
        assert_eq!(readings[2]["libraries"], libraries, "{scenario}");
    }
    assert!(memory::measure("nothing", &[1]).is_err());
}
