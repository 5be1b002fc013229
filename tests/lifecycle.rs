//! Libraries come and go while the hub runs: unload (alone or with dependents), reload
//! (all or nothing), the compile cache across hubs, and apps prepared once and run
//! again, with a fresh store each time.

mod common;

use common::{demo_hub, load, quiet, run, run_unlinked};
use component_hub::{CacheSource, ContentDigest, Hub, OneLine, ReloadError, UnloadError, new_hub};
use hub_fixtures::events::Recording;
use hub_fixtures::guest;

fn temp_copy(dir: &tempfile::TempDir, name: &str) -> std::path::PathBuf {
    let path = dir.path().join(format!("{name}.wasm"));
    std::fs::copy(guest(name), &path).expect("copy the guest");
    path
}

#[test]
fn unloading_a_library_others_import_from_is_refused_unless_they_go_too() {
    let hub = demo_hub();
    let logging = hub.status().libraries[0].id;
    let calculator = hub.status().libraries[1].id;
    let err = hub
        .unload(logging, false)
        .expect_err("the calculator imports it");
    match &err {
        UnloadError::HasDependents {
            library,
            dependents,
        } => {
            assert_eq!(library, "#1 provider_logging.wasm");
            assert_eq!(dependents, &["#2 provider_calculator.wasm"]);
        }
        other => panic!("{other:?}"),
    }
    // The library's message names no hub-demo flag; the console adds its own hint.
    assert!(!OneLine(&err).to_string().contains("--"), "{err}");
    assert_eq!(hub.status().libraries.len(), 2);
    run(&hub, "app_consumer");

    // The calculator alone can go; then the logging library too.
    assert_eq!(
        hub.unload(calculator, false).expect("no dependents"),
        ["#2 provider_calculator.wasm"]
    );
    assert_eq!(
        run_unlinked(&hub, "app_consumer"),
        "demo:logging/calculator@0.1.0",
        "its calculator is gone"
    );
    load(&hub, "provider_calculator");
    run(&hub, "app_consumer");

    let gone = hub.unload(logging, true).expect("with dependents");
    assert_eq!(
        gone,
        ["#3 provider_calculator.wasm", "#1 provider_logging.wasm"],
        "last loaded first"
    );
    let status = hub.status();
    assert!(status.libraries.is_empty());
    assert_eq!(status.live_handles, 0);
    assert!(matches!(
        hub.unload(logging, false),
        Err(UnloadError::NotLoaded(_))
    ));
}

/// A hub with every library the bench app imports.
fn bench_hub() -> Hub {
    let hub = demo_hub();
    load(&hub, "zoo_provider");
    load(&hub, "zoo_inspector");
    hub
}

#[test]
fn unloading_a_library_forgets_the_resources_it_defined() {
    let hub = bench_hub();
    let mut app = hub.instantiate(guest("bench_app")).expect("app");
    let hold = app
        .typed_func::<(u32,), (u32,)>(Some("hub:guests/bench"), "hold-counters")
        .expect("hold-counters");
    hold.call(app.store(), (3,)).expect("holds 3 counters");
    assert_eq!(hub.live_handles(), 3);
    let zoo = hub.status().libraries[2].id;
    hub.unload(zoo, true).expect("the zoo and its inspector go");
    assert_eq!(
        hub.live_handles(),
        0,
        "its store is gone, and its resources with it"
    );
    // The app's handles are dead now: using one fails with one line, dropping them is
    // quiet.
    let method = app
        .typed_func::<(u32,), (i64,)>(Some("hub:guests/bench"), "counter-method-loop")
        .expect("counter-method-loop");
    let err = method
        .call(app.store(), (1,))
        .expect_err("the library is gone");
    let line = OneLine(&*err).to_string();
    assert!(
        line.contains("library `zoo_provider.wasm` was unloaded"),
        "{line}"
    );
    drop(app);
    assert_eq!(hub.live_handles(), 0);
    run(&hub, "app_consumer");
}

#[test]
fn load_unload_cycles_leave_nothing_behind() {
    let hub = new_hub(quiet()).expect("hub");
    for _ in 0..50 {
        let logging = load(&hub, "provider_logging");
        load(&hub, "provider_calculator");
        run(&hub, "app_consumer");
        hub.unload(logging, true).expect("unloads");
    }
    let status = hub.status();
    assert!(status.libraries.is_empty());
    assert_eq!(status.live_handles, 0);
    assert!(status.compiled_in_memory <= 3, "one per distinct file");
    assert!(status.prepared_apps <= 1);
}

#[test]
fn a_failed_reload_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let provider = temp_copy(&dir, "zoo_provider");
    let hub = demo_hub();
    let zoo = hub.load(&provider).expect("loads");
    load(&hub, "zoo_inspector");
    let mut app = hub.instantiate(guest("bench_app")).expect("app");
    let hold = app
        .typed_func::<(u32,), (u32,)>(Some("hub:guests/bench"), "hold-counters")
        .expect("hold-counters");
    hold.call(app.store(), (2,)).expect("holds 2 counters");
    let before = hub.status().to_string();

    std::fs::write(&provider, b"not a component any more").expect("overwrite");
    let err = hub.reload(zoo).expect_err("the file is broken");
    assert!(matches!(&err, ReloadError::Load { library, .. } if library == "#3 zoo_provider.wasm"));
    assert!(OneLine(&err).to_string().contains("nothing changed"));
    assert_eq!(hub.status().to_string(), before);
    // The app's counters still work: the provider kept its state.
    let method = app
        .typed_func::<(u32,), (i64,)>(Some("hub:guests/bench"), "counter-method-loop")
        .expect("counter-method-loop");
    method
        .call(app.store(), (1,))
        .expect("the counters are alive");
    assert_eq!(hub.live_handles(), 2);
}

#[test]
fn a_reload_restarts_the_library_and_its_dependents_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let logging = temp_copy(&dir, "provider_logging");
    let (events, _guard) = Recording::start();
    let hub = new_hub(quiet()).expect("hub");
    let id = hub.load(&logging).expect("loads");
    load(&hub, "provider_calculator");
    load(&hub, "zoo_provider");
    run(&hub, "app_consumer");

    let reloaded = hub.reload(id).expect("reloads");
    assert_eq!(reloaded.len(), 2, "the logging library and the calculator");
    assert_eq!(reloaded[0].number(), 1);
    assert_eq!(reloaded[1].number(), 2);
    assert_ne!(reloaded[0], id, "a new instance");
    assert_eq!(events.lifecycle("Reloaded #1 provider_logging.wasm and the libraries depending on it (#2 provider_calculator.wasm)"), 1);
    let status = hub.status();
    let numbers: Vec<u32> = status.libraries.iter().map(|l| l.id.number()).collect();
    assert_eq!(numbers, [1, 2, 3], "the order is kept");
    assert_eq!(
        status.libraries[1].links[0].provider,
        component_hub::LinkProvider::Library(reloaded[0])
    );
    run(&hub, "app_consumer");
    assert_eq!(hub.live_handles(), 0);
}

#[test]
fn status_gives_the_digest_of_the_bytes_each_library_was_compiled_from() {
    assert_eq!(
        ContentDigest::of(b"").to_string(),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "SHA-256, in lowercase hex"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let logging = temp_copy(&dir, "provider_logging");
    let hub = new_hub(quiet()).expect("hub");
    let id = hub.load(&logging).expect("loads");
    load(&hub, "provider_calculator");
    let digests = |hub: &Hub| -> Vec<ContentDigest> {
        hub.status().libraries.iter().map(|l| l.digest).collect()
    };
    let original = std::fs::read(&logging).expect("read");
    let calculator = ContentDigest::of(&std::fs::read(guest("provider_calculator")).expect("read"));
    assert_eq!(digests(&hub), [ContentDigest::of(&original), calculator]);

    // A new build (a custom section appended): the reloaded library's digest is its new
    // bytes'; its dependent, instantiated again from the code it had, keeps its own.
    let mut rebuilt = original;
    rebuilt.extend([0, 3, 2, b'h', b'i']);
    std::fs::write(&logging, &rebuilt).expect("write");
    hub.reload(id).expect("reloads");
    assert_eq!(digests(&hub), [ContentDigest::of(&rebuilt), calculator]);
}

#[test]
fn a_second_hub_loads_from_the_disk_cache() {
    let cache = tempfile::tempdir().expect("temp dir");
    let options = || quiet().cache_dir(cache.path());
    let first = new_hub(options()).expect("hub");
    first.load(guest("provider_logging")).expect("loads");
    assert_eq!(first.status().libraries[0].compiled, CacheSource::Compiled);
    let second = new_hub(options()).expect("hub");
    second.load(guest("provider_logging")).expect("loads");
    assert_eq!(second.status().libraries[0].compiled, CacheSource::Disk);
    // Loaded again by the same hub: from memory.
    second.purge();
    second.load(guest("provider_logging")).expect("loads");
    assert_eq!(second.status().libraries[0].compiled, CacheSource::Memory);
}

#[test]
fn an_app_is_prepared_once_and_a_changed_file_is_picked_up() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = dir.path().join("app.wasm");
    std::fs::copy(guest("app_consumer"), &app).expect("copy");
    let (events, _guard) = Recording::start();
    let hub = demo_hub();
    for _ in 0..3 {
        hub.run(&app).expect("runs");
    }
    assert_eq!(
        events.lifecycle("Prepared app.wasm"),
        1,
        "compiled and linked once"
    );

    // Another component at the same path: prepared again.
    std::fs::copy(guest("app_command"), &app).expect("replace");
    hub.run(&app).expect("runs the new file");
    assert_eq!(events.lifecycle("Prepared app.wasm"), 2);
}

#[test]
fn a_load_between_two_runs_is_seen_by_the_second() {
    let hub = new_hub(quiet()).expect("hub");
    load(&hub, "provider_logging");
    assert_eq!(
        run_unlinked(&hub, "app_consumer"),
        "demo:logging/calculator@0.1.0",
        "no calculator yet"
    );
    load(&hub, "provider_calculator");
    run(&hub, "app_consumer");
}

#[test]
fn nothing_of_one_run_is_visible_in_the_next() {
    let hub = bench_hub();
    let held = |hub: &Hub, count: u32| {
        let mut app = hub.instantiate(guest("bench_app")).expect("app");
        let hold = app
            .typed_func::<(u32,), (u32,)>(Some("hub:guests/bench"), "hold-counters")
            .expect("hold-counters");
        hold.call(app.store(), (count,)).expect("holds").0
    };
    // `hold-counters` answers how many counters the app now holds, in its own memory:
    // a second instance from the same prepared app starts from none.
    assert_eq!(held(&hub, 4), 4);
    assert_eq!(held(&hub, 1), 1);
    assert_eq!(hub.live_handles(), 0);
}
