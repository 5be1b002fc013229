//! The measured loops, one per kind and strategy, shared by the criterion benches and the
//! `bench-profile` binary (which runs one loop under perf or callgrind).
//!
//! A [`Runner`] makes `n` forwarded calls: the bench app's guest loop for the strategies
//! with an app, a host loop over the provider's export for the direct strategy.

use component_hub::{App, GuestOutput, Hub, HubOptions, new_hub};
use hub_fixtures::guest;
use wasmtime::component::{
    Component, ComponentNamedList, Func, Instance, Lift, Lower, ResourceAny, TypedFunc,
};
use wasmtime::error::Context;
use wasmtime::{AsContextMut, Engine, Result, Store, bail};

use crate::kinds::{DIRECT, DYNAMIC, FUSED, GENERATED, HOST_IMPORT, payload_len};
use crate::{floors, fuse, plain};

/// Makes one forwarded call `n` times.
pub type Runner = Box<dyn FnMut(u32)>;

const BENCH: &str = "hub:guests/bench";
const CALCULATOR: &str = "demo:logging/calculator@0.1.0";
const SCALARS: &str = "zoo:types/scalars@0.1.0";
const CONTAINERS: &str = "zoo:types/containers@0.1.0";

/// Hub options for measuring: no `[HOST]` lines, guest output discarded, compiled
/// components cached under `target/hub-bench/` (not in the user's cache folder).
pub fn bench_options(force_dynamic: bool) -> HubOptions {
    HubOptions::default()
        .call_events(false)
        .guest_output(GuestOutput::Discard)
        .force_dynamic(force_dynamic)
        .cache_dir(crate::scratch::results_dir().join("compile-cache"))
}

/// A hub with every provider the bench app needs, on the generated path or forced dynamic.
///
/// # Errors
///
/// Fails when a provider does not load.
pub fn loaded_hub(force_dynamic: bool) -> Result<Hub> {
    loaded_hub_with(bench_options(force_dynamic))
}

/// A hub with every provider the bench app needs, with `options`.
///
/// # Errors
///
/// Fails when a provider does not load.
pub fn loaded_hub_with(options: HubOptions) -> Result<Hub> {
    let hub = new_hub(options)?;
    for library in [
        "provider_logging",
        "provider_calculator",
        "zoo_provider",
        "zoo_inspector",
    ] {
        hub.load(guest(library))?;
    }
    Ok(hub)
}

/// A guest loop `function(n, extra...)` as a runner.
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

/// The export `function` of `interface` in an app.
fn export<P, R>(app: &mut App, interface: &str, function: &str) -> Result<TypedFunc<P, R>>
where
    P: ComponentNamedList + Lower,
    R: ComponentNamedList + Lift,
{
    Ok(app.typed_func(Some(interface), function)?)
}

/// The bench app's loop for `kind` against a hub (generated or dynamic, as the hub was
/// loaded).
///
/// # Errors
///
/// Fails when the bench app does not instantiate or `kind` is unknown.
pub fn hub_runner(hub: &Hub, kind: &str) -> Result<Runner> {
    let app = hub.instantiate(guest("bench_app"))?;
    loop_runner(app, kind, |app, name| Ok(app.func(Some(BENCH), name)?))
}

/// The bench app's loop for `kind`, its function found by `lookup` (by name, inside the
/// `bench` interface) in whatever store holds the app.
fn loop_runner<S: AsContextMut + 'static>(
    mut store: S,
    kind: &str,
    lookup: impl FnOnce(&mut S, &str) -> Result<Func>,
) -> Result<Runner> {
    let (name, with_len) = bench_loop(kind)?;
    let func = lookup(&mut store, name)?;
    let len = payload_len(kind);
    Ok(match (name, with_len) {
        ("quick-add-loop" | "method-loop", _) => {
            let f = func.typed::<(u32,), (f64,)>(&store)?;
            guest_loop(store, f, |n| (n,))
        }
        ("create-drop-loop", _) => {
            let f = func.typed::<(u32,), ()>(&store)?;
            guest_loop(store, f, |n| (n,))
        }
        (_, false) => {
            let f = func.typed::<(u32,), (u32,)>(&store)?;
            guest_loop(store, f, |n| (n,))
        }
        (_, true) => {
            let f = func.typed::<(u32, u32), (u32,)>(&store)?;
            guest_loop(store, f, move |n| (n, len))
        }
    })
}

/// The bench app's loop function for `kind`, and whether it takes a payload length.
fn bench_loop(kind: &str) -> Result<(&'static str, bool)> {
    Ok(match kind {
        "quick-add" => ("quick-add-loop", false),
        "version" => ("version-loop", false),
        "create-drop" => ("create-drop-loop", false),
        "method" => ("method-loop", false),
        "cross-provider" => ("cross-provider-loop", false),
        k if k.starts_with("string") => ("string-loop", true),
        k if k.starts_with("list") => ("list-loop", true),
        other => bail!("unknown kind `{other}`"),
    })
}

/// The host calling the provider's export directly: the provider is instantiated as an
/// app of a hub holding its own dependencies, and the host loops over the call.
///
/// `None` for cross-provider: calling `inspector.describe` directly needs a counter
/// handle only the hub can mint for the inspector's store.
///
/// # Errors
///
/// Fails when a provider does not load or lacks the export.
pub fn direct_runner(kind: &str) -> Result<Option<Runner>> {
    let hub = new_hub(bench_options(false))?;
    let len = payload_len(kind) as usize;
    let runner: Runner = match kind {
        "quick-add" | "version" | "create-drop" | "method" => {
            hub.load(guest("provider_logging"))?;
            let app = hub.instantiate(guest("provider_calculator"))?;
            direct_calculator(app, kind)?
        }
        k if k.starts_with("string") => {
            let mut app = hub.instantiate(guest("zoo_provider"))?;
            let f: TypedFunc<(&str,), (String,)> = export(&mut app, SCALARS, "shout")?;
            let text = "a".repeat(len);
            Box::new(move |n| {
                for _ in 0..n {
                    std::hint::black_box(f.call(app.store(), (&text,)).expect("call"));
                }
            })
        }
        k if k.starts_with("list") => {
            let mut app = hub.instantiate(guest("zoo_provider"))?;
            let f: TypedFunc<(&[u8],), (u32,)> = export(&mut app, CONTAINERS, "byte-count")?;
            let bytes = vec![7u8; len];
            Box::new(move |n| {
                for _ in 0..n {
                    std::hint::black_box(f.call(app.store(), (&bytes,)).expect("call"));
                }
            })
        }
        _ => return Ok(None),
    };
    // The providers' stores live in the hub's linker closures, which the app holds; the
    // hub itself must outlive the runner, which the bench keeps until the process ends.
    std::mem::forget(hub);
    Ok(Some(runner))
}

/// Direct calls into the calculator provider, instantiated as `app`.
fn direct_calculator(mut app: App, kind: &str) -> Result<Runner> {
    Ok(match kind {
        "quick-add" => {
            let f: TypedFunc<(f64, f64), (f64,)> = export(&mut app, CALCULATOR, "quick-add")?;
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
            let f: TypedFunc<(), (String,)> = export(&mut app, CALCULATOR, "[static]calc.version")?;
            Box::new(move |n| {
                for _ in 0..n {
                    std::hint::black_box(f.call(app.store(), ()).expect("call"));
                }
            })
        }
        "create-drop" => {
            let f: TypedFunc<(), (ResourceAny,)> =
                export(&mut app, CALCULATOR, "[constructor]calc")?;
            Box::new(move |n| {
                for _ in 0..n {
                    let (calc,) = f.call(app.store(), ()).expect("call");
                    calc.resource_drop(app.store()).expect("drop");
                }
            })
        }
        _ => {
            let new: TypedFunc<(), (ResourceAny,)> =
                export(&mut app, CALCULATOR, "[constructor]calc")?;
            let add: TypedFunc<(ResourceAny, f64, f64), (f64,)> =
                export(&mut app, CALCULATOR, "[method]calc.add")?;
            let (calc,) = new.call(app.store(), ())?;
            Box::new(move |n| {
                for i in 0..n {
                    std::hint::black_box(
                        add.call(app.store(), (calc, f64::from(i), 1.0))
                            .expect("call"),
                    );
                }
            })
        }
    })
}

/// The floors that run the bench app without a hub: compiled once, instantiated per loop.
pub struct Floors {
    engine: Engine,
    bench_app: Component,
    fused: Component,
}

impl Floors {
    /// Compiles the bench app, and fuses it with its providers ahead of time.
    ///
    /// # Errors
    ///
    /// Fails when a guest is missing or the fusion fails.
    pub fn new() -> Result<Self> {
        let engine = plain::engine()?;
        let bench_app = plain::compile(&engine, &guest("bench_app"))?;
        let bytes = fuse::fuse_bench_app()
            .map_err(|e| wasmtime::format_err!("fusing the bench app with its providers: {e:#}"))?;
        let fused = Component::new(&engine, &bytes)?;
        Ok(Floors {
            engine,
            bench_app,
            fused,
        })
    }

    /// The bench app against imports implemented by the host (no provider at all).
    ///
    /// # Errors
    ///
    /// Fails when the app does not instantiate or `kind` is unknown.
    pub fn host_import_runner(&self, kind: &str) -> Result<Runner> {
        let mut linker = plain::wasi_linker(&self.engine)?;
        floors::define_host_imports(&mut linker)?;
        linker.define_unknown_imports_as_traps(&self.bench_app)?;
        let mut store = plain::store(&self.engine);
        let instance = linker.instantiate(&mut store, &self.bench_app)?;
        plain_runner(store, instance, kind)
    }

    /// The bench app fused with its providers ahead of time.
    ///
    /// # Errors
    ///
    /// Fails when the fused component does not instantiate or `kind` is unknown.
    pub fn fused_runner(&self, kind: &str) -> Result<Runner> {
        let linker = plain::wasi_linker(&self.engine)?;
        let mut store = plain::store(&self.engine);
        let instance = linker.instantiate(&mut store, &self.fused)?;
        plain_runner(store, instance, kind)
    }
}

/// The bench app's loop for `kind` on a plain (hub-less) instance.
fn plain_runner(store: Store<plain::PlainState>, instance: Instance, kind: &str) -> Result<Runner> {
    loop_runner(store, kind, |store, name| {
        let bench = instance
            .get_export_index(&mut *store, None, BENCH)
            .context("the bench interface")?;
        let index = instance
            .get_export_index(&mut *store, Some(&bench), name)
            .with_context(|| format!("`{name}`"))?;
        instance
            .get_func(&mut *store, index)
            .with_context(|| format!("`{name}` is not a function"))
    })
}

/// The runner of `kind` under `strategy`, built from scratch (for one-off profiling;
/// the benches share hubs and floors between kinds). `guarded` false runs the hub
/// strategies on an unguarded hub, to see what the guards cost.
///
/// # Errors
///
/// Fails when the strategy or kind is unknown, or does not apply (direct cross-provider).
pub fn runner(kind: &str, strategy: &str, guarded: bool) -> Result<Runner> {
    let hub_options = |dynamic| {
        let options = bench_options(dynamic);
        if guarded {
            options
        } else {
            component_hub::__internal::bench::unguarded(options)
        }
    };
    match strategy {
        GENERATED => hub_runner(leak(loaded_hub_with(hub_options(false))?), kind),
        DYNAMIC => hub_runner(leak(loaded_hub_with(hub_options(true))?), kind),
        HOST_IMPORT => Floors::new()?.host_import_runner(kind),
        FUSED => Floors::new()?.fused_runner(kind),
        DIRECT => direct_runner(kind)?.with_context(|| format!("`{kind}` has no direct strategy")),
        other => bail!("unknown strategy `{other}`"),
    }
}

/// Keeps a hub alive for the rest of the process, for the runners made from it.
fn leak(hub: Hub) -> &'static Hub {
    Box::leak(Box::new(hub))
}

/// The scaling loop of `group` (`scaling-method` or `scaling-create-drop`) on an app that
/// holds `live` counters.
///
/// # Errors
///
/// Fails when the bench app does not instantiate or `group` is unknown.
pub fn scaling_runner(hub: &Hub, group: &str, live: u32) -> Result<Runner> {
    let mut app = hub.instantiate(guest("bench_app"))?;
    let hold = export::<(u32,), (u32,)>(&mut app, BENCH, "hold-counters")?;
    hold.call(app.store(), (live,))?;
    Ok(match group {
        "scaling-method" => {
            let f = export::<(u32,), (i64,)>(&mut app, BENCH, "counter-method-loop")?;
            guest_loop(app, f, |n| (n,))
        }
        "scaling-create-drop" => {
            let f = export::<(u32,), ()>(&mut app, BENCH, "counter-create-drop-loop")?;
            guest_loop(app, f, |n| (n,))
        }
        other => bail!("unknown scaling group `{other}`"),
    })
}
