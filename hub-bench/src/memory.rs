//! Memory stays flat: the resident memory of a process after a number of repeat runs,
//! and after a number of load/unload cycles. `bench-memory` runs each scenario in a
//! process of its own and writes what it measured to `target/hub-bench/memory.json`,
//! which `bench-report` reads.

use std::path::PathBuf;

use component_hub::{Hub, new_hub};
use hub_fixtures::guest;
use serde_json::{Value, json};
use wasmtime::error::Context;
use wasmtime::{Result, bail};

use crate::kinds::RUN_APP;
use crate::lifecycle::{RUN_LIBRARIES, run_app};
use crate::runners::bench_options;
use crate::scratch::results_dir;

/// A scenario: its name (in the JSON and the report), what one step is, and the step
/// counts after which resident memory is read (the last against the first is the ratio
/// the report checks).
pub struct Scenario {
    /// Name in `memory.json`.
    pub id: &'static str,
    /// What one step is, for the report.
    pub what: &'static str,
    /// Steps made before each reading, in order.
    pub counts: &'static [u32],
}

/// Repeat runs of the demo app on one hub.
pub const RUNS: Scenario = Scenario {
    id: "runs",
    what: "repeat runs of `app_consumer` on one hub (fresh store per run)",
    counts: &[1_000, 10_000],
};

/// Load/unload cycles of the demo libraries.
pub const CYCLES: Scenario = Scenario {
    id: "load-unload",
    what: "cycles of load `provider_logging`, load `provider_calculator`, unload logging with its dependents",
    counts: &[100, 1_000],
};

/// Every scenario, in report order.
pub const SCENARIOS: &[&Scenario] = &[&RUNS, &CYCLES];

/// Resident memory of this process, in bytes (`VmRSS` of `/proc/self/status`).
///
/// # Errors
///
/// Fails where there is no `/proc` (not Linux).
pub fn rss_bytes() -> Result<u64> {
    let status =
        std::fs::read_to_string("/proc/self/status").context("reading /proc/self/status")?;
    let kib = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().strip_suffix("kB"))
        .and_then(|kib| kib.trim().parse::<u64>().ok())
        .context("no `VmRSS` in /proc/self/status")?;
    Ok(kib * 1024)
}

/// One reading: after `count` steps.
fn reading(hub: &Hub, count: u32) -> Result<Value> {
    let status = hub.status();
    Ok(json!({
        "count": count,
        "rss_bytes": rss_bytes()?,
        "libraries": status.libraries.len(),
        "live_handles": status.live_handles,
        "compiled_in_memory": status.compiled_in_memory,
        "prepared_apps": status.prepared_apps,
    }))
}

/// Runs `scenario` in this process, reading resident memory after each of `counts`
/// steps (increasing; steps are counted from the start). Returns the readings, the
/// first one taken before any step.
///
/// # Errors
///
/// Fails when a step fails or `scenario` is unknown.
pub fn measure(scenario: &str, counts: &[u32]) -> Result<Value> {
    // Compiled in memory only: what is measured is this process, not a cache folder.
    let options = bench_options(false).disk_cache(false);
    let mut hub = new_hub(options)?;
    let step: fn(&mut Hub) -> Result<()> = match scenario {
        "runs" => {
            for library in RUN_LIBRARIES {
                hub.load(guest(library))?;
            }
            |hub| run_app(hub, 1)
        }
        "load-unload" => |hub| {
            let logging = hub.load(guest("provider_logging"))?;
            hub.load(guest("provider_calculator"))?;
            hub.unload(logging, true)?;
            Ok(())
        },
        other => bail!("unknown scenario `{other}`"),
    };
    let mut readings = vec![reading(&hub, 0)?];
    let mut done = 0;
    for &count in counts {
        if count < done {
            bail!("step counts must increase: {counts:?}");
        }
        while done < count {
            step(&mut hub).with_context(|| format!("`{scenario}` step {}", done + 1))?;
            done += 1;
        }
        readings.push(reading(&hub, count)?);
    }
    Ok(json!({ "scenario": scenario, "app": RUN_APP, "readings": readings }))
}

/// Where `bench-memory` writes its results.
pub fn results_path() -> PathBuf {
    results_dir().join("memory.json")
}
