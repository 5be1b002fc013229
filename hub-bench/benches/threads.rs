//! Runs per second on one shared `&Hub` from 1, 2 and 4 threads (the machine has 2
//! cores; 4 oversubscribes it): an app doing its own work with three library calls
//! (`work_app`), and `app_consumer`, whose run is mostly calls into the two shared demo
//! libraries (each serializes on its store).
//!
//! Criterion's iterations are runs, split evenly over the threads, so the time it
//! reports per iteration is the wall time per run of all threads together: half the
//! one-thread time means twice the runs per second.
//!
//! Run with `cargo bench -p hub-bench --bench threads`.

use std::time::{Duration, Instant};

use component_hub::{Hub, new_hub};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use hub_bench::runners::bench_options;
use hub_fixtures::guest;

const THREADS: [u64; 3] = [1, 2, 4];
const APPS: [&str; 2] = ["work_app", "app_consumer"];

fn demo_hub() -> Hub {
    let hub = new_hub(bench_options(false)).expect("hub");
    for library in ["provider_logging", "provider_calculator"] {
        hub.load(guest(library)).expect("load");
    }
    hub
}

fn threads(c: &mut Criterion) {
    let mut group = c.benchmark_group("threads");
    group
        .throughput(Throughput::Elements(1))
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    for app in APPS {
        let hub = demo_hub();
        let path = guest(app);
        // Compiled, linked and checked before timing.
        hub.run(&path).expect("the app runs");
        for threads in THREADS {
            group.bench_function(BenchmarkId::new(app, format!("{threads} threads")), |b| {
                b.iter_custom(|iters| {
                    let per_thread = iters.div_ceil(threads);
                    let start = Instant::now();
                    std::thread::scope(|scope| {
                        for _ in 0..threads {
                            scope.spawn(|| {
                                for _ in 0..per_thread {
                                    hub.run(&path).expect("the app runs");
                                }
                            });
                        }
                    });
                    // Scaled to `iters` runs when they do not split evenly.
                    start
                        .elapsed()
                        .mul_f64(iters as f64 / (per_thread * threads) as f64)
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, threads);
criterion_main!(benches);
