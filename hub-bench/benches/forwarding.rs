//! Generated against dynamic forwarding, against the floors, in one run.
//!
//! Every measured call happens inside a guest loop (or a host loop for the direct
//! strategy): criterion's `iters` is passed to the loop as its count, so the time
//! criterion reports per iteration is the time of one forwarded call.
//!
//! Run with `cargo bench -p hub-bench`, then `cargo run -p hub-bench --bin bench-report`
//! to write BENCHMARKS.md.

mod common;

use std::time::{Duration, Instant};

use component_hub::new_hub;
use criterion::{BatchSize, Bencher, BenchmarkId, Criterion, criterion_group, criterion_main};
use hub_bench::kinds::{
    self, DIRECT, DYNAMIC, FUSED, GENERATED, GUARDED, GUARDS_GROUP, HOST_IMPORT, UNGUARDED,
};
use hub_bench::runners::{
    Floors, Runner, bench_options, direct_runner, hub_runner, loaded_hub, loaded_hub_with,
    scaling_runner,
};
use hub_fixtures::guest;

fn measure(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    id: &str,
    mut run: Runner,
) {
    group.bench_function(id, |b| time_loop(b, &mut run));
}

/// Times `run` with criterion's iteration count as the loop's count.
fn time_loop(b: &mut Bencher<'_>, run: &mut Runner) {
    b.iter_custom(|iters| {
        let start = Instant::now();
        run(u32::try_from(iters).expect("fewer than 2^32 iterations"));
        start.elapsed()
    })
}

fn forwarding(c: &mut Criterion) {
    let generated_hub = loaded_hub(false).expect("the generated hub loads");
    let dynamic_hub = loaded_hub(true).expect("the dynamic hub loads");
    let floors = Floors::new().expect("the floors build");
    for kind in kinds::KINDS.iter().map(|k| k.id) {
        let mut group = c.benchmark_group(kind);
        let expect =
            |runner: wasmtime::Result<Runner>| runner.unwrap_or_else(|e| panic!("{kind}: {e:#}"));
        measure(
            &mut group,
            GENERATED,
            expect(hub_runner(&generated_hub, kind)),
        );
        measure(&mut group, DYNAMIC, expect(hub_runner(&dynamic_hub, kind)));
        measure(
            &mut group,
            HOST_IMPORT,
            expect(floors.host_import_runner(kind)),
        );
        let direct = direct_runner(kind).unwrap_or_else(|e| panic!("{kind}: {e:#}"));
        if let Some(direct) = direct {
            measure(&mut group, DIRECT, direct);
        }
        measure(&mut group, FUSED, expect(floors.fused_runner(kind)));
        group.finish();
    }
}

/// Per-call cost with 10, 1,000 and 100,000 live handles in the registry.
fn scaling(c: &mut Criterion) {
    let hub = loaded_hub(false).expect("the hub loads");
    for (group_id, _) in kinds::SCALING_GROUPS {
        let mut group = c.benchmark_group(*group_id);
        for live in kinds::SCALING_LIVE {
            let runner = scaling_runner(&hub, group_id, *live)
                .unwrap_or_else(|e| panic!("{group_id}/{live}: {e:#}"));
            assert!(hub.live_handles() >= *live as usize);
            measure(&mut group, &live.to_string(), runner);
        }
        group.finish();
    }
}

/// What the guards cost per call: `quick-add` and `method`, generated and dynamic, on a
/// hub with its guards (epoch checks, memory limiter, hostcall fuel: the default) and on
/// one without, measured back to back.
fn guards(c: &mut Criterion) {
    let mut group = c.benchmark_group(GUARDS_GROUP);
    for path in kinds::GUARD_PATHS {
        let dynamic = *path == DYNAMIC;
        let guarded = loaded_hub(dynamic).expect("the guarded hub loads");
        let unguarded = loaded_hub_with(component_hub::__internal::bench::unguarded(
            bench_options(dynamic),
        ))
        .expect("the unguarded hub loads");
        for kind in kinds::GUARD_KINDS {
            for (guard, hub) in [(GUARDED, &guarded), (UNGUARDED, &unguarded)] {
                let mut run =
                    hub_runner(hub, kind).unwrap_or_else(|e| panic!("{kind} {path}: {e:#}"));
                let id = BenchmarkId::new(kinds::guard_function(kind, path), guard);
                group.bench_function(id, |b| time_loop(b, &mut run));
            }
        }
    }
    group.finish();
}

/// Loading each demo library (compile plus link, no disk cache) and running the demo app
/// on a new hub (compile, link, fresh store, instantiate, run).
fn load_cost(c: &mut Criterion) {
    // No disk cache: every load and the run compile with Cranelift (the `load-cache`
    // group of the lifecycle bench measures the cache). The hubs, and the libraries a
    // step needs, are made and dropped outside the timing.
    let options = || bench_options(false).disk_cache(false);
    let hub_with = |libraries: &[&str]| {
        let hub = new_hub(options()).expect("hub");
        for library in libraries {
            hub.load(guest(library)).expect("load");
        }
        hub
    };
    let mut group = c.benchmark_group("load");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("provider_logging", |b| {
        b.iter_batched(
            || hub_with(&[]),
            |hub| {
                hub.load(guest("provider_logging")).expect("load");
                hub
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("provider_calculator", |b| {
        b.iter_batched(
            || hub_with(&["provider_logging"]),
            |hub| {
                hub.load(guest("provider_calculator")).expect("load");
                hub
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("run app_consumer", |b| {
        b.iter_batched(
            || hub_with(&["provider_logging", "provider_calculator"]),
            |hub| {
                hub.run(guest("app_consumer")).expect("run");
                hub
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = forwarding, guards, scaling, load_cost
}
criterion_main!(benches);
