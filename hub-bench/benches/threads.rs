//! Runs per second on one shared `&Hub` from 1, 2 and 4 threads (the machine has 2
//! cores; 4 oversubscribes it): an app doing its own work with three library calls
//! (`work_app`), and `app_consumer`, whose run is mostly calls into the two shared demo
//! libraries, with the libraries loaded as 1 instance (calls into each serialize on its
//! one store) and as 2 (`LoadOptions::instances`: each thread keeps to one); and
//! `stdin_app`, which calls no library, for what the runs themselves scale to, and the
//! same app instantiated and run by wasmtime alone (the hub's engine, no hub), for what
//! wasmtime's instantiation scales to on this machine; the host calling `quick-add`
//! through a `HostCaller` per thread; and a pointer chase through 256 KiB per thread, no
//! hub at all, for what cache-bound work scales to on the machine.
//!
//! Criterion's iterations are runs (or calls), split evenly over the threads, so the time it
//! reports per iteration is the wall time per run of all threads together: half the
//! one-thread time means twice the runs per second.
//!
//! Run with `cargo bench -p hub-bench --bench threads`.

use std::time::{Duration, Instant};

use component_hub::{Hub, LoadOptions, new_hub};
use criterion::measurement::WallTime;
use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main,
};
use hub_bench::plain::{self, PlainState};
use hub_bench::runners::bench_options;
use hub_fixtures::guest;
use wasmtime::Engine;
use wasmtime::component::InstancePre;

const THREADS: [u64; 3] = [1, 2, 4];
const CALCULATOR: &str = "demo:logging/calculator";
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
        let name = format!(
            "{app}/{instances} instance{}",
            if instances == 1 { "" } else { "s" }
        );
        bench_threads(&mut group, &name, || {
            Box::new(|| {
                hub.run(&path).expect("the app runs");
            })
        });
    }
    // The host calling a library from each thread, a caller per thread: `quick-add`
    // into the calculator as 2 instances.
    let hub = demo_hub(2);
    let calculator = hub.status().libraries[1].id;
    bench_threads(&mut group, "host quick-add/2 instances", || {
        let mut caller = hub.caller();
        Box::new(move || {
            let (_sum,): (f64,) = caller
                .call_typed(calculator, Some(CALCULATOR), "quick-add", (1.0, 2.0))
                .expect("the call returns");
        })
    });
    // What the hub's runs scale to cannot beat wasmtime's own instantiation: the same
    // app, in a fresh store of the hub's engine each time, with no hub.
    let hub = demo_hub(1);
    let alone = WasmtimeAlone::new(hub.engine(), "stdin_app");
    alone.run();
    bench_threads(&mut group, "stdin_app/wasmtime alone", || {
        Box::new(|| alone.run())
    });
    // What the machine itself scales to for work that lives in the caches, as a run's
    // does: each thread chasing pointers through its own 256 KiB (no hub, no wasm).
    bench_threads(&mut group, "pointer chase 256 KiB/no hub", || {
        let chain = PointerChain::new(256 << 10);
        Box::new(move || chain.chase(10_000))
    });
    group.finish();
}

/// A random cycle through a buffer, one step per cache line: every step waits for the
/// load before it, so its speed is the cache's.
struct PointerChain {
    next: Vec<u32>,
}

impl PointerChain {
    const STRIDE: usize = 16;

    fn new(bytes: usize) -> Self {
        let lines = bytes / 64;
        let mut order: Vec<usize> = (0..lines).collect();
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for i in (1..lines).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let mut next = vec![0; lines * Self::STRIDE];
        for (k, line) in order.iter().enumerate() {
            next[line * Self::STRIDE] = (order[(k + 1) % lines] * Self::STRIDE) as u32;
        }
        PointerChain { next }
    }

    fn chase(&self, steps: usize) {
        let mut at = 0;
        for _ in 0..steps {
            at = self.next[at as usize];
        }
        std::hint::black_box(at);
    }
}

/// Benchmarks each of [`THREADS`] threads at once calling what `per_thread` makes for
/// it (once per thread: its own caller, say) again and again.
fn bench_threads<'a>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    per_thread: impl Fn() -> Box<dyn FnMut() + 'a> + Sync,
) {
    for threads in THREADS {
        let id = BenchmarkId::new(name, format!("{threads} threads"));
        group.bench_function(id, |b| {
            b.iter_custom(|iters| {
                let per_thread_iters = iters.div_ceil(threads);
                let start = Instant::now();
                std::thread::scope(|scope| {
                    for _ in 0..threads {
                        scope.spawn(|| {
                            let mut one = per_thread();
                            for _ in 0..per_thread_iters {
                                one();
                            }
                        });
                    }
                });
                // Scaled to `iters` when they do not split evenly.
                start
                    .elapsed()
                    .mul_f64(iters as f64 / (per_thread_iters * threads) as f64)
            })
        });
    }
}

/// An app pre-instantiated with WASI alone, run in a fresh store each time: a hub run
/// without the hub.
struct WasmtimeAlone {
    engine: Engine,
    pre: InstancePre<PlainState>,
}

impl WasmtimeAlone {
    fn new(engine: &Engine, app: &str) -> Self {
        let component = plain::compile(engine, &guest(app)).expect("the app compiles");
        let linker = plain::wasi_linker(engine).expect("WASI links");
        let pre = linker.instantiate_pre(&component).expect("the app links");
        WasmtimeAlone {
            engine: engine.clone(),
            pre,
        }
    }

    fn run(&self) {
        let mut store = plain::store(&self.engine);
        // The hub's engine checks epochs: a deadline no run reaches (relative to the
        // current epoch, so not `u64::MAX`, which would wrap).
        store.set_epoch_deadline(1 << 40);
        let instance = self.pre.instantiate(&mut store).expect("instantiates");
        let run = instance
            .get_typed_func::<(), ()>(&mut store, "run")
            .expect("a `run` export");
        run.call(&mut store, ()).expect("the app runs");
    }
}

criterion_group!(benches, threads);
criterion_main!(benches);
