//! Generated against dynamic forwarding, against the floors, in one run.
//!
//! Every measured call happens inside a guest loop (or a host loop for the direct
//! strategy): criterion's `iters` is passed to the loop as its count, so the time
//! criterion reports per iteration is the time of one forwarded call.
//!
//! Run with `cargo bench -p hub-bench`, then `cargo run -p hub-bench --bin bench-report`
//! to write BENCHMARKS.md.

use std::time::{Duration, Instant};

use component_hub::{App, GuestOutput, Hub, HubOptions, guest, new_hub};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use hub_bench::kinds::{self, DIRECT, DYNAMIC, FUSED, GENERATED, HOST_IMPORT, payload_len};
use hub_bench::{floors, fuse, plain};
use wasmtime::component::{ComponentNamedList, Lift, Lower, ResourceAny, TypedFunc};
use wasmtime::{AsContextMut, Store};

const BENCH: &str = "hub:guests/bench";
const CALCULATOR: &str = "demo:logging/calculator@0.1.0";
const SCALARS: &str = "zoo:types/scalars@0.1.0";
const CONTAINERS: &str = "zoo:types/containers@0.1.0";

/// Runs one forwarded call `n` times.
type Runner = Box<dyn FnMut(u32)>;

fn options(force_dynamic: bool) -> HubOptions {
    HubOptions {
        quiet: true,
        guest_output: GuestOutput::Discard,
        force_dynamic,
        ..HubOptions::default()
    }
}

/// A hub with every provider the bench app needs.
fn loaded_hub(force_dynamic: bool) -> Hub {
    let mut hub = new_hub(options(force_dynamic)).expect("hub");
    for library in [
        "provider_logging",
        "provider_calculator",
        "zoo_provider",
        "zoo_inspector",
    ] {
        hub.load(guest(library)).unwrap_or_else(|e| panic!("{e}"));
    }
    hub
}

/// A guest loop `interface#function(n, extra...)` of an app, as a runner.
fn guest_loop<P, R>(
    mut store: impl AsContextMut + 'static,
    func: TypedFunc<P, R>,
    args: impl Fn(u32) -> P + 'static,
) -> Runner
where
    P: ComponentNamedList + Lower + 'static,
    R: ComponentNamedList + Lift + 'static,
{
    Box::new(move |n| {
        func.call(&mut store, args(n)).expect("the bench loop runs");
    })
}

/// The bench app's export `function`.
fn app_func<P, R>(app: &mut App, function: &str) -> TypedFunc<P, R>
where
    P: ComponentNamedList + Lower,
    R: ComponentNamedList + Lift,
{
    export(app, BENCH, function)
}

/// The export `function` of `interface`.
fn export<P, R>(app: &mut App, interface: &str, function: &str) -> TypedFunc<P, R>
where
    P: ComponentNamedList + Lower,
    R: ComponentNamedList + Lift,
{
    app.typed_func(Some(interface), function)
        .unwrap_or_else(|e| panic!("{function}: {e}"))
}

/// The bench app's loop for `kind`, on an app instantiated against a hub.
fn hub_runner(mut app: App, kind: &str) -> Runner {
    let len = payload_len(kind);
    match kind {
        "quick-add" => {
            let f = app_func::<(u32,), (f64,)>(&mut app, "quick-add-loop");
            guest_loop(app, f, |n| (n,))
        }
        "version" => {
            let f = app_func::<(u32,), (u32,)>(&mut app, "version-loop");
            guest_loop(app, f, |n| (n,))
        }
        "create-drop" => {
            let f = app_func::<(u32,), ()>(&mut app, "create-drop-loop");
            guest_loop(app, f, |n| (n,))
        }
        "method" => {
            let f = app_func::<(u32,), (f64,)>(&mut app, "method-loop");
            guest_loop(app, f, |n| (n,))
        }
        "cross-provider" => {
            let f = app_func::<(u32,), (u32,)>(&mut app, "cross-provider-loop");
            guest_loop(app, f, |n| (n,))
        }
        k if k.starts_with("string") => {
            let f = app_func::<(u32, u32), (u32,)>(&mut app, "string-loop");
            guest_loop(app, f, move |n| (n, len))
        }
        k if k.starts_with("list") => {
            let f = app_func::<(u32, u32), (u32,)>(&mut app, "list-loop");
            guest_loop(app, f, move |n| (n, len))
        }
        other => panic!("unknown kind {other}"),
    }
}

/// The host calling the provider's export directly: the provider is instantiated as an
/// app of a hub holding its own dependencies, and the host loops over the call.
fn direct_runner(kind: &str) -> Option<Runner> {
    let mut hub = new_hub(options(false)).expect("hub");
    let len = payload_len(kind) as usize;
    let runner: Runner = match kind {
        "quick-add" | "version" | "create-drop" | "method" => {
            hub.load(guest("provider_logging")).expect("load");
            let mut app = hub
                .instantiate(guest("provider_calculator"))
                .expect("instantiate");
            match kind {
                "quick-add" => {
                    let f: TypedFunc<(f64, f64), (f64,)> =
                        export(&mut app, CALCULATOR, "quick-add");
                    Box::new(move |n| {
                        let mut sum = 0.0;
                        for _ in 0..n {
                            (sum,) = f
                                .call(app.store(), (std::hint::black_box(sum), 1.0))
                                .expect("call");
                        }
                    })
                }
                "version" => {
                    let f: TypedFunc<(), (String,)> =
                        export(&mut app, CALCULATOR, "[static]calc.version");
                    Box::new(move |n| {
                        for _ in 0..n {
                            std::hint::black_box(f.call(app.store(), ()).expect("call"));
                        }
                    })
                }
                "create-drop" => {
                    let f: TypedFunc<(), (ResourceAny,)> =
                        export(&mut app, CALCULATOR, "[constructor]calc");
                    Box::new(move |n| {
                        for _ in 0..n {
                            let (calc,) = f.call(app.store(), ()).expect("call");
                            calc.resource_drop(app.store()).expect("drop");
                        }
                    })
                }
                _ => {
                    let new: TypedFunc<(), (ResourceAny,)> =
                        export(&mut app, CALCULATOR, "[constructor]calc");
                    let add: TypedFunc<(ResourceAny, f64, f64), (f64,)> =
                        export(&mut app, CALCULATOR, "[method]calc.add");
                    let (calc,) = new.call(app.store(), ()).expect("call");
                    Box::new(move |n| {
                        for i in 0..n {
                            std::hint::black_box(
                                add.call(app.store(), (calc, f64::from(i), 1.0))
                                    .expect("call"),
                            );
                        }
                    })
                }
            }
        }
        k if k.starts_with("string") => {
            let mut app = hub.instantiate(guest("zoo_provider")).expect("instantiate");
            let f: TypedFunc<(&str,), (String,)> = export(&mut app, SCALARS, "shout");
            let text = "a".repeat(len);
            Box::new(move |n| {
                for _ in 0..n {
                    std::hint::black_box(f.call(app.store(), (&text,)).expect("call"));
                }
            })
        }
        k if k.starts_with("list") => {
            let mut app = hub.instantiate(guest("zoo_provider")).expect("instantiate");
            let f: TypedFunc<(&[u8],), (u32,)> = export(&mut app, CONTAINERS, "byte-count");
            let bytes = vec![7u8; len];
            Box::new(move |n| {
                for _ in 0..n {
                    std::hint::black_box(f.call(app.store(), (&bytes,)).expect("call"));
                }
            })
        }
        // Calling `inspector.describe` directly needs a counter handle only the hub can
        // mint for the inspector's store: not measured.
        _ => return None,
    };
    // The providers' stores live in the hub's linker closures, which the app holds.
    std::mem::forget(hub);
    Some(runner)
}

/// The bench app against imports implemented by the host (no provider at all).
fn host_import_runner(kind: &str) -> Runner {
    let engine = plain::engine().expect("engine");
    let component = plain::compile(&engine, &guest("bench_app")).expect("compile");
    let mut linker = plain::wasi_linker(&engine).expect("linker");
    floors::define_host_imports(&mut linker).expect("host imports");
    linker
        .define_unknown_imports_as_traps(&component)
        .expect("traps");
    let mut store = plain::store(&engine);
    let instance = linker
        .instantiate(&mut store, &component)
        .expect("instantiate");
    plain_runner(store, instance, kind)
}

/// The bench app fused with its providers ahead of time.
fn fused_runner(kind: &str) -> Runner {
    let engine = plain::engine().expect("engine");
    let bytes = fuse::fuse_bench_app().expect("fuse the bench app with its providers");
    let component = wasmtime::component::Component::new(&engine, &bytes).expect("compile");
    let linker = plain::wasi_linker(&engine).expect("linker");
    let mut store = plain::store(&engine);
    let instance = linker
        .instantiate(&mut store, &component)
        .expect("instantiate");
    plain_runner(store, instance, kind)
}

/// The bench app's loop for `kind` on a plain (hub-less) instance.
fn plain_runner(
    mut store: Store<plain::PlainState>,
    instance: wasmtime::component::Instance,
    kind: &str,
) -> Runner {
    let bench = instance
        .get_export_index(&mut store, None, BENCH)
        .expect("bench interface");
    let len = payload_len(kind);
    let func = |store: &mut Store<plain::PlainState>, name: &str| {
        instance
            .get_export_index(&mut *store, Some(&bench), name)
            .expect(name)
    };
    macro_rules! loop_of {
        ($name:expr, $params:ty, $results:ty, $args:expr) => {{
            let index = func(&mut store, $name);
            let f: TypedFunc<$params, $results> =
                instance.get_typed_func(&mut store, &index).expect($name);
            guest_loop(store, f, $args)
        }};
    }
    match kind {
        "quick-add" => loop_of!("quick-add-loop", (u32,), (f64,), |n| (n,)),
        "version" => loop_of!("version-loop", (u32,), (u32,), |n| (n,)),
        "create-drop" => loop_of!("create-drop-loop", (u32,), (), |n| (n,)),
        "method" => loop_of!("method-loop", (u32,), (f64,), |n| (n,)),
        "cross-provider" => loop_of!("cross-provider-loop", (u32,), (u32,), |n| (n,)),
        k if k.starts_with("string") => {
            loop_of!("string-loop", (u32, u32), (u32,), move |n| (n, len))
        }
        _ => loop_of!("list-loop", (u32, u32), (u32,), move |n| (n, len)),
    }
}

fn measure(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    id: &str,
    mut run: Runner,
) {
    group.bench_function(id, |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            run(u32::try_from(iters).expect("fewer than 2^32 iterations"));
            start.elapsed()
        })
    });
}

fn forwarding(c: &mut Criterion) {
    let generated_hub = loaded_hub(false);
    let dynamic_hub = loaded_hub(true);
    for kind in kinds::KINDS.iter().map(|k| k.id) {
        let mut group = c.benchmark_group(kind);
        let app = |hub: &Hub| {
            hub.instantiate(guest("bench_app"))
                .expect("instantiate the bench app")
        };
        measure(&mut group, GENERATED, hub_runner(app(&generated_hub), kind));
        measure(&mut group, DYNAMIC, hub_runner(app(&dynamic_hub), kind));
        measure(&mut group, HOST_IMPORT, host_import_runner(kind));
        if let Some(direct) = direct_runner(kind) {
            measure(&mut group, DIRECT, direct);
        }
        measure(&mut group, FUSED, fused_runner(kind));
        group.finish();
    }
}

/// Per-call cost with 10, 1,000 and 100,000 live handles in the registry.
fn scaling(c: &mut Criterion) {
    let hub = loaded_hub(false);
    for (group_id, _) in kinds::SCALING_GROUPS {
        let mut group = c.benchmark_group(*group_id);
        for live in kinds::SCALING_LIVE {
            let mut app = hub.instantiate(guest("bench_app")).expect("instantiate");
            let hold = app_func::<(u32,), (u32,)>(&mut app, "hold-counters");
            hold.call(app.store(), (*live,)).expect("hold counters");
            let loop_name = if *group_id == "scaling-method" {
                "counter-method-loop"
            } else {
                "counter-create-drop-loop"
            };
            let runner: Runner = if *group_id == "scaling-method" {
                let f = app_func::<(u32,), (i64,)>(&mut app, loop_name);
                guest_loop(app, f, |n| (n,))
            } else {
                let f = app_func::<(u32,), ()>(&mut app, loop_name);
                guest_loop(app, f, |n| (n,))
            };
            assert!(hub.live_handles() >= *live as usize);
            measure(&mut group, &live.to_string(), runner);
        }
        group.finish();
    }
}

/// Loading each demo library (compile plus link) and running the demo app once.
fn load_cost(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("provider_logging", |b| {
        b.iter_batched(
            || new_hub(options(false)).expect("hub"),
            |mut hub| hub.load(guest("provider_logging")).expect("load"),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("provider_calculator", |b| {
        b.iter_batched(
            || {
                let mut hub = new_hub(options(false)).expect("hub");
                hub.load(guest("provider_logging")).expect("load");
                hub
            },
            |mut hub| hub.load(guest("provider_calculator")).expect("load"),
            BatchSize::PerIteration,
        )
    });
    let mut hub = new_hub(options(false)).expect("hub");
    hub.load(guest("provider_logging")).expect("load");
    hub.load(guest("provider_calculator")).expect("load");
    group.bench_function("run app_consumer", |b| {
        b.iter(|| hub.run(guest("app_consumer")).expect("run"))
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20)
}

criterion_group! {
    name = benches;
    config = config();
    targets = forwarding, scaling, load_cost
}
criterion_main!(benches);
