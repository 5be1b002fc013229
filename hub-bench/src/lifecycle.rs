//! What a user waits for besides calls: loading a library with a cold or a warm disk
//! cache, an app's first and repeat runs, and the floors a run is compared with (the
//! instantiation alone, and the app's own work). Shared by the `lifecycle` bench,
//! `bench-memory` and the tests.
//!
//! Every hub here caches compiled components in a folder the caller gives (never the
//! user's cache folder), prints no `[HOST]` line and discards guest output.

use std::path::Path;

use component_hub::{CacheSource, Hub, HubOptions, new_hub};
use hub_fixtures::guest;
use wasmtime::error::Context;
use wasmtime::{Result, bail};

use crate::kinds::{CACHE_LIBRARIES, RUN_APP};
use crate::runners::{Runner, bench_options};

/// The benchmarks' options ([`bench_options`], generated path) with the disk cache in `dir`.
pub fn cache_options(dir: &Path) -> HubOptions {
    bench_options(false).cache_dir(dir)
}

/// A new hub caching compiled components in `dir`, with the guests `libraries` loaded
/// in order.
///
/// # Errors
///
/// Fails when the hub cannot be made or a library does not load.
pub fn hub_with(dir: &Path, libraries: &[&str]) -> Result<Hub> {
    let mut hub = new_hub(cache_options(dir))?;
    for library in libraries {
        load(&mut hub, library)?;
    }
    Ok(hub)
}

/// Loads the guest `library` into `hub`; returns where its compiled code came from.
///
/// # Errors
///
/// Fails when the library does not load.
pub fn load(hub: &mut Hub, library: &str) -> Result<CacheSource> {
    hub.load(guest(library))
        .with_context(|| format!("loading `{library}`"))?;
    let status = hub.status();
    let loaded = status
        .libraries
        .last()
        .context("a library was just loaded")?;
    Ok(loaded.compiled)
}

/// The libraries `library` needs, loaded before it (from [`CACHE_LIBRARIES`]).
///
/// # Errors
///
/// Fails when `library` is not one the cache group loads.
pub fn dependencies(library: &str) -> Result<&'static [&'static str]> {
    match CACHE_LIBRARIES.iter().find(|(name, _)| *name == library) {
        Some((_, needs)) => Ok(needs),
        None => bail!("`{library}` is not a library of the cache group"),
    }
}

/// The demo libraries the run app needs, in load order.
pub const RUN_LIBRARIES: &[&str] = &["provider_logging", "provider_calculator"];

/// Fills the disk cache in `dir` with every component the warm loads and the runs use
/// (the demo libraries and the run app), as a first process would.
///
/// # Errors
///
/// Fails when a component does not load or the app does not run.
pub fn fill_cache(dir: &Path) -> Result<()> {
    let hub = hub_with(dir, RUN_LIBRARIES)?;
    hub.run(guest(RUN_APP))
        .with_context(|| format!("running `{RUN_APP}`"))?;
    Ok(())
}

/// A hub on the cache in `dir` with the demo libraries loaded that has run the app once,
/// so that its next runs are repeat runs.
///
/// # Errors
///
/// Fails when a library does not load or the app does not run.
pub fn run_hub(dir: &Path) -> Result<Hub> {
    let mut hub = hub_with(dir, RUN_LIBRARIES)?;
    run_app(&mut hub, 1)?;
    Ok(hub)
}

/// Runs the app `n` times.
///
/// # Errors
///
/// Fails at the first run that fails.
pub fn run_app(hub: &mut Hub, n: u32) -> Result<()> {
    let app = guest(RUN_APP);
    for _ in 0..n {
        hub.run(&app)
            .with_context(|| format!("running `{RUN_APP}`"))?;
    }
    Ok(())
}

/// The app instantiated once, its `run` export called `n` times on that one instance:
/// what a run does once its store and instance exist.
///
/// # Errors
///
/// Fails when the app does not instantiate or has no `run` export.
pub fn app_calls(hub: &Hub) -> Result<Runner> {
    let mut app = hub.instantiate(guest(RUN_APP))?;
    let run = app.typed_func::<(), ()>(None, "run")?;
    Ok(Box::new(move |n| {
        for _ in 0..n {
            run.call(app.store(), ()).expect("the app's `run` returns");
        }
    }))
}
