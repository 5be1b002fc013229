//! Async calls across links (the `async` build): an app's call of `echo.quick` through
//! the hub, for each pairing of a sync or async app with a sync or async library,
//! against the same call made by the host inside the async library's own store (the
//! floor: no hub, no thread hop). Each iteration is one run of 2,000 calls; criterion's
//! throughput gives the time per call.
//!
//! Run with `cargo bench -p hub-bench --features async --bench async_links`.

mod common;

use std::time::Duration;

use component_hub::{Hub, new_hub};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use hub_bench::kinds::{ASYNC_CALLS, ASYNC_GROUP, ASYNC_PAIRINGS};
use hub_bench::runners::bench_options;
use hub_fixtures::guest;
use wasmtime::component::{Component, Linker, ResourceTable, Val};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// A hub with `library` loaded.
fn hub_with(library: &str) -> Hub {
    let hub = new_hub(bench_options(true)).expect("the hub starts");
    hub.load(guest(library)).expect("the library loads");
    hub
}

/// `app` against `library`, each pairing once.
fn across_links(c: &mut Criterion) {
    let mut group = c.benchmark_group(ASYNC_GROUP);
    group
        .throughput(Throughput::Elements(ASYNC_CALLS))
        .sample_size(10)
        .measurement_time(Duration::from_secs(4));
    for &(app, library, name) in ASYNC_PAIRINGS {
        let hub = hub_with(library);
        let app = guest(app);
        hub.run(&app)
            .expect("a first run (compiles and links the app)");
        group.bench_function(BenchmarkId::new("run", name), |b| {
            b.iter(|| hub.run(&app).expect("the run succeeds"));
        });
    }
    // Named as `kinds::ASYNC_IN_STORE`.
    group.bench_function(BenchmarkId::new("in-store", "async"), |b| {
        let mut floor = InStore::new();
        b.iter(|| floor.calls(ASYNC_CALLS));
    });
    group.finish();
}

/// The floor: the host calling `quick` of `async_provider` in its own store's event
/// loop, with wasmtime alone.
struct InStore {
    store: Store<State>,
    quick: wasmtime::component::Func,
}

struct State {
    ctx: WasiCtx,
    table: ResourceTable,
}

impl WasiView for State {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.ctx,
            table: &mut self.table,
        }
    }
}

impl InStore {
    fn new() -> Self {
        let mut config = Config::new();
        config.concurrency_support(true);
        let engine = Engine::new(&config).expect("engine");
        let component =
            Component::from_file(&engine, guest("async_provider")).expect("the provider");
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker).expect("WASI");
        let state = State {
            ctx: WasiCtx::builder().build(),
            table: ResourceTable::new(),
        };
        let mut store = Store::new(&engine, state);
        let instance = futures_lite_block_on(linker.instantiate_async(&mut store, &component))
            .expect("instantiate");
        let echo = instance
            .get_export_index(&mut store, None, "hub:async-guests/echo@0.1.0")
            .expect("echo");
        let quick = instance
            .get_export_index(&mut store, Some(&echo), "quick")
            .and_then(|index| instance.get_func(&mut store, index))
            .expect("quick");
        InStore { store, quick }
    }

    /// `n` calls in one `run_concurrent`, as a run of the bench app makes them.
    fn calls(&mut self, n: u64) {
        let quick = self.quick;
        futures_lite_block_on(self.store.run_concurrent(async |accessor| {
            let mut sum = 0u32;
            for i in 0..n {
                let mut results = [Val::U32(0)];
                quick
                    .call_concurrent(accessor, &[Val::U32(sum), Val::U32(i as u32)], &mut results)
                    .await
                    .expect("quick");
                let Val::U32(next) = results[0] else {
                    panic!("quick answers a u32");
                };
                sum = next;
            }
            sum
        }))
        .expect("the loop runs");
    }
}

/// Drives `future` on this thread with wasmtime-wasi's tokio runtime as the ambient one,
/// as the hub drives its event loops.
fn futures_lite_block_on<F: Future>(future: F) -> F::Output {
    wasmtime_wasi::runtime::in_tokio(future)
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = across_links
}
criterion_main!(benches);
