//! Runs per second on one shared `&Hub` from 1, 2 and 4 threads (the machine has 2
//! cores; 4 oversubscribes it): an app doing its own work with three library calls
//! (`work_app`), and `app_consumer`, whose run is mostly calls into the two shared demo
//! libraries, with the libraries loaded as 1 instance (calls into each serialize on its
//! one store) and as 2 (`LoadOptions::instances`: each thread keeps to one); and
//! `stdin_app`, which calls no library, for what the runs themselves scale to.
//!
//! Criterion's iterations are runs, split evenly over the threads, so the time it
//! reports per iteration is the wall time per run of all threads together: half the
//! one-thread time means twice the runs per second.
//!
//! Run with `cargo bench -p hub-bench --bench threads`.

use std::time::{Duration, Instant};

use component_hub::{Hub, LoadOptions, new_hub};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use hub_bench::runners::bench_options;
use hub_fixtures::guest;

const THREADS: [u64; 3] = [1, 2, 4];
/// Each app with the instance counts its libraries are loaded with: `stdin_app` calls no
/// library, so it shows what the runs themselves (a fresh store, instantiation, the
/// entry call) scale to.
const CASES: [(&str, &[usize]); 3] = [
    ("work_app", &[1, 2]),
    ("app_consumer", &[1, 2]),
    ("stdin_app", &[1]),
];

/// The demo's libraries, each loaded as `instances` instances.
fn demo_hub(instances: usize) -> Hub {
    let hub = new_hub(bench_options(false)).expect("hub");
    let options = LoadOptions::default().instances(instances);
    for library in ["provider_logging", "provider_calculator"] {
        hub.load_with(guest(library), &options).expect("load");
    }
    hub
}

fn threads(c: &mut Criterion) {
    let mut group = c.benchmark_group("threads");
    group
        .throughput(Throughput::Elements(1))
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    let cases = CASES
        .iter()
        .flat_map(|(app, counts)| counts.iter().map(move |count| (*app, *count)));
    for (app, instances) in cases {
        let hub = demo_hub(instances);
        let path = guest(app);
        // Compiled, linked and checked before timing.
        hub.run(&path).expect("the app runs");
        for threads in THREADS {
            let id = BenchmarkId::new(
                format!(
                    "{app}/{instances} instance{}",
                    if instances == 1 { "" } else { "s" }
                ),
                format!("{threads} threads"),
            );
            group.bench_function(id, |b| {
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
