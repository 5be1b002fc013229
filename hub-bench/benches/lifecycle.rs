//! What a user waits for besides calls, in one run: loading a library with an empty and
//! with a filled disk cache, an app's first and repeat runs against their floors (the
//! instantiation alone, the app's own work), a loop of repeat runs, and the large
//! component loaded in a new process, cold and warm.
//!
//! Run with `cargo bench -p hub-bench --bench lifecycle`, then
//! `cargo run -p hub-bench --bin bench-report` to write BENCHMARKS.md.

mod common;

use std::cell::{Cell, OnceCell};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use component_hub::CacheSource;
use criterion::{BatchSize, BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use hub_bench::kinds::{
    APP_CALLS, CACHE_GROUP, CACHE_LIBRARIES, COLD, FIRST_RUN, INSTANTIATE_ONLY, LARGE_GROUP,
    REPEAT_RUN, RUN_APP, RUN_LOOP, RUN_LOOP_RUNS, RUNS_GROUP, WARM,
};
use hub_bench::large::{self, load_in_new_process};
use hub_bench::lifecycle::{
    RUN_LIBRARIES, app_calls, dependencies, fill_cache, hub_with, load, run_app, run_hub,
};
use hub_bench::scratch::ScratchDir;
use hub_fixtures::guest;

fn scratch(label: &str) -> ScratchDir {
    ScratchDir::new(label).expect("a scratch folder")
}

/// Checks, before timing, that a load from `dir` comes from `expected`: a cold load that
/// hit a cache, or a warm one that compiled, would measure the wrong thing.
fn check_source(dir: &Path, library: &str, expected: CacheSource) {
    let mut hub = hub_with(dir, dependencies(library).expect("known")).expect("hub");
    let source = load(&mut hub, library).expect("load");
    assert_eq!(source, expected, "`{library}` from {}", dir.display());
}

/// Loading each demo library into a new hub, its disk cache empty and filled.
fn load_cache(c: &mut Criterion) {
    let warm = scratch("warm");
    fill_cache(warm.path()).expect("the cache fills");
    let mut group = c.benchmark_group(CACHE_GROUP);
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(5));
    for (library, needs) in CACHE_LIBRARIES {
        {
            let cold = scratch("cold-check");
            check_source(cold.path(), library, CacheSource::Compiled);
        }
        check_source(warm.path(), library, CacheSource::Disk);
        for (state, dir) in [(COLD, None), (WARM, Some(warm.path()))] {
            group.bench_function(BenchmarkId::new(state, library), |b| {
                b.iter_batched(
                    // A new folder per cold load; the hub (and what the library needs)
                    // is made outside the timing.
                    || match dir {
                        None => {
                            let fresh = scratch("cold");
                            (hub_with(fresh.path(), needs).expect("hub"), Some(fresh))
                        }
                        Some(dir) => (hub_with(dir, needs).expect("hub"), None),
                    },
                    |(mut hub, fresh)| {
                        load(&mut hub, library).expect("load");
                        // Dropped after the timing.
                        (hub, fresh)
                    },
                    BatchSize::PerIteration,
                )
            });
        }
    }
    group.finish();
}

/// An app's first run on a new hub, its repeat runs, and their floors.
fn runs(c: &mut Criterion) {
    let warm = scratch("runs");
    fill_cache(warm.path()).expect("the cache fills");
    let app = guest(RUN_APP);
    let mut group = c.benchmark_group(RUNS_GROUP);
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));
    group.bench_function(FIRST_RUN, |b| {
        b.iter_batched(
            || hub_with(warm.path(), RUN_LIBRARIES).expect("hub"),
            |hub| {
                hub.run(&app).expect("run");
                hub
            },
            BatchSize::PerIteration,
        )
    });

    let mut hub = run_hub(warm.path()).expect("hub");
    group.bench_function(REPEAT_RUN, |b| b.iter(|| hub.run(&app).expect("run")));
    {
        let mut instantiate =
            component_hub::__internal::bench::instantiate_only(&hub, &app).expect("prepared app");
        group.bench_function(INSTANTIATE_ONLY, |b| {
            b.iter(|| instantiate().expect("instantiates"))
        });
    }
    let mut calls = app_calls(&hub).expect("the app instantiates");
    group.bench_function(APP_CALLS, |b| b.iter(|| calls(black_box(1))));
    drop(calls);
    assert_eq!(hub.live_handles(), 0, "the app's calls leave no handle");

    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(10));
    group.bench_function(BenchmarkId::new(RUN_LOOP, RUN_LOOP_RUNS), |b| {
        b.iter(|| run_app(&mut hub, RUN_LOOP_RUNS).expect("runs"))
    });
    assert_eq!(hub.live_handles(), 0, "runs leave no handle");
    group.finish();
}

/// The large component loaded by a new process: with an empty cache folder each time,
/// and with one an earlier process filled. Every sample checks that its process compiled
/// (cold) or read the cache (warm). The component is chosen (and the Python one built)
/// only when the group is not filtered out.
fn large_load(c: &mut Criterion) {
    let exe = Path::new(env!("CARGO_BIN_EXE_bench-load"));
    let chosen = OnceCell::new();
    let component = || {
        chosen.get_or_init(|| {
            let component = large::choose().expect("a component to load");
            if !component.python {
                eprintln!("warning: {}", component.note);
            }
            component.record().expect("the choice is recorded");
            component
        })
    };
    let load = |dir: &Path, expected: CacheSource| {
        let said = load_in_new_process(exe, dir, &component().path).expect("load");
        assert!(said.contains(&expected.to_string()), "{said}");
    };
    let warm = scratch("large-warm");
    let warm_filled = Cell::new(false);

    let mut group = c.benchmark_group(LARGE_GROUP);
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_secs(10));
    group.bench_function(COLD, |b| {
        b.iter_batched(
            || {
                component();
                scratch("large-cold")
            },
            |dir| {
                load(dir.path(), CacheSource::Compiled);
                dir
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function(WARM, |b| {
        b.iter_batched(
            || {
                if !warm_filled.replace(true) {
                    load(warm.path(), CacheSource::Compiled);
                }
            },
            |()| load(warm.path(), CacheSource::Disk),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = load_cache, runs, large_load
}
criterion_main!(benches);
