//! Async calls across links (the `async` build): an app's call of `echo.quick` through
//! the hub, for each pairing of a sync or async app with a sync or async library (on the
//! dynamic path, and for the async library on its generated forwarders too),
//! against the same call made by the host inside the async library's own store (the
//! floor: no hub, no thread hop). Each iteration is one run of 2,000 calls; criterion's
//! throughput gives the time per call.
//!
//! Stream throughput: `stream_bench_app` reading a 64 MiB `stream<u8>` that
//! `stream_provider` writes through the hub (dynamic, and on `streams`' generated
//! forwarders), against the same stream written by the host
//! in the app's own store (the floor: wasmtime alone, no second store, no channel).
//!
//! Run with `cargo bench -p hub-bench --features async --bench async_links`.

mod common;

use std::time::Duration;

use component_hub::{Hub, new_hub};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use hub_bench::kinds::{ASYNC_CALLS, ASYNC_GROUP, ASYNC_PAIRINGS, STREAM_BYTES, STREAM_GROUP};
use hub_bench::runners::bench_options;
use hub_fixtures::guest;
use wasmtime::component::{
    Component, Destination, Linker, ResourceTable, StreamProducer, StreamReader, StreamResult, Val,
    VecBuffer,
};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// A hub with `library` loaded, its `echo` on the `generated` forwarders or dynamic.
fn hub_with(library: &str, generated: bool) -> Hub {
    let hub = new_hub(bench_options(!generated)).expect("the hub starts");
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
    for &(app, library, name, generated) in ASYNC_PAIRINGS {
        let hub = hub_with(library, generated);
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

/// A 64 MiB stream through a library, and from the host in the app's own store.
fn stream_through(c: &mut Criterion) {
    let mut group = c.benchmark_group(STREAM_GROUP);
    group
        .throughput(Throughput::Bytes(STREAM_BYTES))
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    let app = guest("stream_bench_app");
    // Named as `kinds::STREAM_THROUGH_LIBRARY` and `STREAM_THROUGH_LIBRARY_GENERATED`.
    for (name, generated) in [
        ("through-library", false),
        ("through-library-generated", true),
    ] {
        let hub = hub_with("stream_provider", generated);
        hub.run(&app)
            .expect("a first run (compiles and links the app)");
        group.bench_function(BenchmarkId::new(name, "u8"), |b| {
            b.iter(|| hub.run(&app).expect("the run succeeds"));
        });
    }
    // Named as `kinds::STREAM_FROM_HOST`.
    group.bench_function(BenchmarkId::new("from-host", "u8"), |b| {
        let floor = HostStream::new();
        b.iter(|| floor.run());
    });
    group.finish();
}

/// The floor of the stream rows: `stream_bench_app` with wasmtime alone, its
/// `make-bytes` import served by the host in the app's store.
struct HostStream {
    engine: Engine,
    component: Component,
    linker: Linker<State>,
}

impl HostStream {
    fn new() -> Self {
        let engine = concurrent_engine();
        let component = Component::from_file(&engine, guest("stream_bench_app")).expect("the app");
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker).expect("WASI");
        linker
            .instance("hub:async-guests/streams@0.1.0")
            .expect("the interface")
            .func_wrap_concurrent("make-bytes", |accessor, (len,): (u64,)| {
                Box::pin(async move {
                    let reader = accessor.with(|mut access| {
                        StreamReader::new(&mut access, PatternBytes::new(len))
                    })?;
                    Ok((reader,))
                })
            })
            .expect("make-bytes");
        linker
            .define_unknown_imports_as_traps(&component)
            .expect("the rest of the interface");
        HostStream {
            engine,
            component,
            linker,
        }
    }

    /// One run of the app in a new store, as the hub makes one per run.
    fn run(&self) {
        let mut store = Store::new(&self.engine, State::new());
        futures_lite_block_on(async {
            let instance = self
                .linker
                .instantiate_async(&mut store, &self.component)
                .await
                .expect("instantiate");
            let run = instance.get_func(&mut store, "run").expect("the app's run");
            store
                .run_concurrent(async |accessor| run.call_concurrent(accessor, &[], &mut []).await)
                .await
                .expect("the loop runs")
                .expect("the run succeeds");
        });
    }
}

/// `len` bytes, `i % 251` at offset `i`, in chunks of 64 KiB: what `stream_provider`
/// writes, made the way it makes them (each chunk a slice of one shifted pattern).
struct PatternBytes {
    pattern: Vec<u8>,
    offset: u64,
    len: u64,
}

/// Bytes per chunk, as `stream_provider` writes them.
const CHUNK: u64 = 64 * 1024;

impl PatternBytes {
    fn new(len: u64) -> Self {
        PatternBytes {
            pattern: (0..CHUNK + 251).map(|i| (i % 251) as u8).collect(),
            offset: 0,
            len,
        }
    }
}

impl StreamProducer<State> for PatternBytes {
    type Item = u8;
    type Buffer = VecBuffer<u8>;

    fn poll_produce<'a>(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
        _store: wasmtime::StoreContextMut<'a, State>,
        mut destination: Destination<'a, u8, VecBuffer<u8>>,
        _finish: bool,
    ) -> std::task::Poll<wasmtime::Result<StreamResult>> {
        let this = self.get_mut();
        if this.offset >= this.len {
            return std::task::Poll::Ready(Ok(StreamResult::Dropped));
        }
        let step = (this.len - this.offset).min(CHUNK) as usize;
        let start = (this.offset % 251) as usize;
        let chunk = this.pattern[start..start + step].to_vec();
        this.offset += step as u64;
        destination.set_buffer(VecBuffer::from(chunk));
        std::task::Poll::Ready(Ok(StreamResult::Completed))
    }
}

/// An engine with concurrency support, as the hub's async engine.
fn concurrent_engine() -> Engine {
    let mut config = Config::new();
    config.concurrency_support(true);
    Engine::new(&config).expect("engine")
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

impl State {
    fn new() -> Self {
        State {
            ctx: WasiCtx::builder().build(),
            table: ResourceTable::new(),
        }
    }
}

impl InStore {
    fn new() -> Self {
        let engine = concurrent_engine();
        let component =
            Component::from_file(&engine, guest("async_provider")).expect("the provider");
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker).expect("WASI");
        let mut store = Store::new(&engine, State::new());
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
    targets = across_links, stream_through
}
criterion_main!(benches);
