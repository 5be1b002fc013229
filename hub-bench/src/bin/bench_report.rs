//! `bench-report`: turns criterion's results into `BENCHMARKS.md`.
//!
//! Run `cargo bench -p hub-bench` and `cargo run --release -p hub-bench --bin bench-memory`
//! first; then `cargo run -p hub-bench --bin bench-report` reads
//! `target/criterion/*/*/new/estimates.json` and `target/hub-bench/*.json` and writes
//! `BENCHMARKS.md` at the workspace root: ns per forwarded call per strategy and kind, the
//! ratios the project targets, what the guards cost, registry scaling, load cost, loads
//! with a cold and a warm cache, runs against their floors, the large component, resident
//! memory, the machine and the date. It refuses to write while a section has no results.
//! The notes on what was tried to make the numbers fast come from `hub-bench/NOTES.md`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, Result, bail};
use clap::Parser;
use hub_bench::kinds::{
    self, APP_CALLS, CACHE_GROUP, COLD, DIRECT, DYNAMIC, FIRST_RUN, GENERATED, GUARDED,
    GUARDS_GROUP, HOST_IMPORT, INSTANTIATE_ONLY, LARGE_GROUP, REPEAT_RUN, RUN_APP, RUN_LOOP,
    RUN_LOOP_RUNS, RUNS_GROUP, UNGUARDED, WARM,
};
use hub_bench::{large, memory};
use serde_json::Value;

/// Writes BENCHMARKS.md from the benchmarks' results.
#[derive(Parser)]
struct Args {
    /// Write the report here instead of `BENCHMARKS.md` at the workspace root (to look at
    /// the numbers of a trial run without touching the committed report).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match write_report(args.out) {
        Ok(out) => {
            println!("wrote {}", out.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// Renders the report from criterion's results and writes it; returns where.
fn write_report(out: Option<PathBuf>) -> Result<PathBuf> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .context("hub-bench sits in the workspace")?
        .to_owned();
    let criterion = workspace.join("target").join("criterion");
    let missing = missing_results(&criterion);
    if !missing.is_empty() {
        bail!(
            "no results yet for {} in {}: run `cargo bench -p hub-bench` and \
             `cargo run --release -p hub-bench --bin bench-memory` first",
            missing.join(", "),
            workspace.join("target").display()
        );
    }
    let report = render(&criterion, &workspace.join("hub-bench").join("NOTES.md"))?;
    let out = out.unwrap_or_else(|| workspace.join("BENCHMARKS.md"));
    std::fs::write(&out, report).with_context(|| format!("writing {}", out.display()))?;
    Ok(out)
}

/// Time per iteration (one forwarded call) in ns, if criterion measured it: the slope
/// of the linear fit over criterion's samples (the estimate criterion prints), or the
/// mean where criterion sampled flat (the load group).
fn ns_per_call(criterion: &Path, group: &str, function: &str) -> Option<f64> {
    let path = criterion
        .join(group)
        .join(function)
        .join("new")
        .join("estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json["slope"]["point_estimate"]
        .as_f64()
        .or_else(|| json["mean"]["point_estimate"].as_f64())
}

/// The sections that have no result at all (each would be a table of `n/a`).
fn missing_results(criterion: &Path) -> Vec<String> {
    let mut missing = Vec::new();
    let any = |group: &str, functions: &[String]| {
        functions
            .iter()
            .any(|f| ns_per_call(criterion, group, f).is_some())
    };
    let forwarding: Vec<String> = vec![GENERATED.to_owned()];
    if !kinds::KINDS.iter().any(|k| any(k.id, &forwarding)) {
        missing.push("the forwarding groups (`--bench forwarding`)".to_owned());
    }
    if !any(GUARDS_GROUP, &guard_functions()) {
        missing.push(format!("`{GUARDS_GROUP}` (`--bench forwarding`)"));
    }
    let cache: Vec<String> = kinds::CACHE_LIBRARIES
        .iter()
        .flat_map(|(library, _)| [format!("{COLD}/{library}"), format!("{WARM}/{library}")])
        .collect();
    if !any(CACHE_GROUP, &cache) {
        missing.push(format!("`{CACHE_GROUP}` (`--bench lifecycle`)"));
    }
    if !any(RUNS_GROUP, &[REPEAT_RUN.to_owned()]) {
        missing.push(format!("`{RUNS_GROUP}` (`--bench lifecycle`)"));
    }
    if !any(LARGE_GROUP, &[COLD.to_owned(), WARM.to_owned()])
        || read_json(&large::record_path()).is_none()
    {
        missing.push(format!("`{LARGE_GROUP}` (`--bench lifecycle`)"));
    }
    if read_json(&memory::results_path()).is_none() {
        missing.push("resident memory (`bench-memory`)".to_owned());
    }
    missing
}

/// Every function of the guards group, as criterion names its folders.
fn guard_functions() -> Vec<String> {
    let mut functions = Vec::new();
    for kind in kinds::GUARD_KINDS {
        for path in kinds::GUARD_PATHS {
            for guard in [GUARDED, UNGUARDED] {
                functions.push(format!("{}/{guard}", kinds::guard_function(kind, path)));
            }
        }
    }
    functions
}

fn read_json(path: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(path).ok()?;
    serde_json::from_str(&text).ok()
}

fn cell(value: Option<f64>) -> String {
    value.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.0}"))
}

fn ratio(value: Option<f64>, target: f64) -> String {
    match value {
        Some(r) => format!("{r:.2}{}", if r <= target { "" } else { " ✗" }),
        None => "n/a".to_owned(),
    }
}

fn render(criterion: &Path, notes: &Path) -> Result<String> {
    let mut md = String::new();
    writeln!(md, "# Benchmarks")?;
    writeln!(md)?;
    writeln!(
        md,
        "Written by `cargo run -p hub-bench --bin bench-report` from the criterion run of"
    )?;
    writeln!(
        md,
        "`cargo bench -p hub-bench` and `bench-memory` ({}), on {}.",
        today(),
        machine()
    )?;
    writeln!(
        md,
        "Every call is made in a loop inside the guest (or the host, for `direct`), so one"
    )?;
    writeln!(
        md,
        "host call times many forwarded calls; numbers are ns per call (criterion's estimate)."
    )?;
    writeln!(md)?;
    writeln!(md, "Strategies:")?;
    writeln!(md)?;
    for strategy in kinds::STRATEGIES {
        writeln!(md, "- `{}`: {}", strategy.id, strategy.what)?;
    }
    writeln!(md)?;
    writeln!(md, "## ns per call")?;
    writeln!(md)?;
    let header: Vec<&str> = kinds::STRATEGIES.iter().map(|s| s.id).collect();
    writeln!(
        md,
        "| kind | {} | dynamic / generated (target ≤ 1.6) | generated / (host-import + direct) (target ≤ 1.2) |",
        header.join(" | ")
    )?;
    writeln!(md, "|---|{}---|---|", "---|".repeat(header.len()))?;
    for kind in kinds::KINDS {
        let values: Vec<Option<f64>> = header
            .iter()
            .map(|s| ns_per_call(criterion, kind.id, s))
            .collect();
        let get = |id: &str| {
            values[header
                .iter()
                .position(|s| *s == id)
                .expect("known strategy")]
        };
        let dynamic_ratio = get(DYNAMIC).zip(get(GENERATED)).map(|(d, g)| d / g);
        let floor = get(HOST_IMPORT).zip(get(DIRECT)).map(|(h, d)| h + d);
        let floor_ratio = get(GENERATED).zip(floor).map(|(g, f)| g / f);
        let cells: Vec<String> = values.iter().copied().map(cell).collect();
        writeln!(
            md,
            "| `{}` | {} | {} | {} |",
            kind.id,
            cells.join(" | "),
            ratio(dynamic_ratio, 1.6),
            ratio(floor_ratio, 1.2)
        )?;
    }
    writeln!(md)?;
    for kind in kinds::KINDS {
        writeln!(md, "- `{}`: {}", kind.id, kind.what)?;
    }
    writeln!(md)?;
    writeln!(
        md,
        "`direct` has no cross-provider row: that call only exists between two libraries, and"
    )?;
    writeln!(
        md,
        "without the hub the host has no counter handle to give the inspector."
    )?;
    writeln!(md)?;
    render_guards(&mut md, criterion)?;
    writeln!(md, "## Registry scaling (generated path, ns per call)")?;
    writeln!(md)?;
    let live: Vec<String> = kinds::SCALING_LIVE.iter().map(|n| n.to_string()).collect();
    writeln!(
        md,
        "| call | {} live | 100000 / 10 (target ≤ 1.2) |",
        live.join(" live | ")
    )?;
    writeln!(md, "|---|{}---|", "---|".repeat(live.len()))?;
    for (group, what) in kinds::SCALING_GROUPS {
        let values: Vec<Option<f64>> = live
            .iter()
            .map(|n| ns_per_call(criterion, group, n))
            .collect();
        let growth = values
            .last()
            .copied()
            .flatten()
            .zip(values[0])
            .map(|(big, small)| big / small);
        let cells: Vec<String> = values.iter().copied().map(cell).collect();
        writeln!(
            md,
            "| {what} | {} | {} |",
            cells.join(" | "),
            ratio(growth, 1.2)
        )?;
    }
    writeln!(md)?;
    writeln!(md, "## Load cost (ms)")?;
    writeln!(md)?;
    writeln!(
        md,
        "Without the disk cache: every step compiles with Cranelift (the next section has the cache)."
    )?;
    writeln!(md)?;
    writeln!(md, "| step | ms |")?;
    writeln!(md, "|---|---|")?;
    for step in [
        "provider_logging",
        "provider_calculator",
        "run app_consumer",
    ] {
        let ms = ns_per_call(criterion, "load", step).map(|ns| format!("{:.1}", ns / 1e6));
        let what = if step.starts_with("run") {
            format!("`{step}` on a new hub (compile, link, fresh store, instantiate, run)")
        } else {
            format!("load `{step}` (compile plus link)")
        };
        writeln!(md, "| {what} | {} |", ms.unwrap_or_else(|| "n/a".into()))?;
    }
    writeln!(md)?;
    render_loads_and_runs(&mut md, criterion)?;
    render_large(&mut md, criterion)?;
    render_async(&mut md, criterion)?;
    render_streams(&mut md, criterion)?;
    render_remote(&mut md, criterion)?;
    render_memory(&mut md)?;
    writeln!(
        md,
        "Criterion's HTML reports, with plots, are in `target/criterion/report/index.html`."
    )?;
    writeln!(md)?;
    if let Ok(text) = std::fs::read_to_string(notes) {
        md.push_str(&text);
    }
    Ok(md)
}

/// What the guards cost per call: guarded and unguarded hubs, and the ratio.
fn render_guards(md: &mut String, criterion: &Path) -> Result<()> {
    writeln!(md, "## What the guards cost (ns per call)")?;
    writeln!(md)?;
    writeln!(
        md,
        "`guarded` is the default hub: every store has an epoch deadline (checked by the"
    )?;
    writeln!(
        md,
        "compiled code), a memory limiter and hostcall fuel. `unguarded` is the same hub without"
    )?;
    writeln!(
        md,
        "them (a hidden option that exists for this measurement). Measured back to back."
    )?;
    writeln!(md)?;
    writeln!(
        md,
        "| kind | path | {GUARDED} | {UNGUARDED} | {GUARDED} / {UNGUARDED} (target ≤ 1.05) |"
    )?;
    writeln!(md, "|---|---|---|---|---|")?;
    for kind in kinds::GUARD_KINDS {
        for path in kinds::GUARD_PATHS {
            let function = kinds::guard_function(kind, path);
            let get =
                |guard: &str| ns_per_call(criterion, GUARDS_GROUP, &format!("{function}/{guard}"));
            let (guarded, unguarded) = (get(GUARDED), get(UNGUARDED));
            writeln!(
                md,
                "| `{kind}` | {path} | {} | {} | {} |",
                cell(guarded),
                cell(unguarded),
                ratio(guarded.zip(unguarded).map(|(g, u)| g / u), 1.05)
            )?;
        }
    }
    writeln!(md)?;
    writeln!(
        md,
        "Each row is one forwarded call made in the bench app's loop, as in the first table."
    )?;
    writeln!(
        md,
        "Where the extra time goes (callgrind: all of it in the epoch checks of the compiled"
    )?;
    writeln!(
        md,
        "guest code) is under \"What the guards cost, exactly\" in the notes below."
    )?;
    writeln!(md)?;
    Ok(())
}

/// Milliseconds with three significant digits or more.
fn ms(ns: Option<f64>) -> String {
    match ns.map(|ns| ns / 1e6) {
        None => "n/a".to_owned(),
        Some(ms) if ms >= 100.0 => format!("{ms:.0}"),
        Some(ms) if ms >= 10.0 => format!("{ms:.1}"),
        Some(ms) => format!("{ms:.2}"),
    }
}

fn us(ns: Option<f64>) -> String {
    ns.map_or_else(|| "n/a".to_owned(), |ns| format!("{:.0}", ns / 1e3))
}

/// Loads with a cold and a warm disk cache, runs against their floors, the run loop.
fn render_loads_and_runs(md: &mut String, criterion: &Path) -> Result<()> {
    writeln!(md, "## Loads with the disk cache (ms)")?;
    writeln!(md)?;
    writeln!(
        md,
        "Each load is into a new hub (the in-memory cache is per hub), made outside the timing."
    )?;
    writeln!(md)?;
    writeln!(
        md,
        "| library | cold cache | warm cache | warm / cold (target ≤ 0.15) |"
    )?;
    writeln!(md, "|---|---|---|---|")?;
    for (library, needs) in kinds::CACHE_LIBRARIES {
        let cold = ns_per_call(criterion, CACHE_GROUP, &format!("{COLD}/{library}"));
        let warm = ns_per_call(criterion, CACHE_GROUP, &format!("{WARM}/{library}"));
        let after = if needs.is_empty() {
            String::new()
        } else {
            let needs: Vec<String> = needs.iter().map(|n| format!("`{n}`")).collect();
            format!(" (after {})", needs.join(", "))
        };
        writeln!(
            md,
            "| `{library}`{after} | {} | {} | {} |",
            ms(cold),
            ms(warm),
            ratio(warm.zip(cold).map(|(w, c)| w / c), 0.15)
        )?;
    }
    writeln!(md)?;
    writeln!(
        md,
        "- cold cache: the hub's cache folder is new and empty: compile with Cranelift, write the cache entry, instantiate, link"
    )?;
    writeln!(
        md,
        "- warm cache: a folder an earlier hub filled: read the entry, check its digests, deserialize, instantiate, link"
    )?;
    writeln!(md)?;

    writeln!(md, "## Runs of `{RUN_APP}` (µs)")?;
    writeln!(md)?;
    writeln!(
        md,
        "With `provider_logging` and `provider_calculator` loaded, a warm disk cache, no `[HOST]` lines and guest output discarded."
    )?;
    writeln!(md)?;
    let get = |function: &str| ns_per_call(criterion, RUNS_GROUP, function);
    let (first, repeat) = (get(FIRST_RUN), get(REPEAT_RUN));
    let (instantiate, calls) = (get(INSTANTIATE_ONLY), get(APP_CALLS));
    let floor = instantiate.zip(calls).map(|(i, c)| i + c);
    writeln!(
        md,
        "| step | µs | repeat run / (instantiate-only + app calls) (target ≤ 1.5) |"
    )?;
    writeln!(md, "|---|---|---|")?;
    writeln!(md, "| first run on a new hub | {} | |", us(first))?;
    writeln!(
        md,
        "| repeat run | {} | {} |",
        us(repeat),
        ratio(repeat.zip(floor).map(|(r, f)| r / f), 1.5)
    )?;
    writeln!(md, "| instantiate-only | {} | |", us(instantiate))?;
    writeln!(md, "| app calls | {} | |", us(calls))?;
    writeln!(md)?;
    writeln!(
        md,
        "- first run on a new hub: `hub.run` of an app the hub has not seen: read it from the disk cache, link it against the libraries, pre-instantiate, then as a repeat run"
    )?;
    writeln!(
        md,
        "- repeat run: `hub.run` of the same app again: a fresh store, instantiate the prepared app, call `run`, drop the store and release what the run held"
    )?;
    writeln!(
        md,
        "- instantiate-only: a fresh store and the instantiation of the prepared app, nothing else (the floor of the hub's own part)"
    )?;
    writeln!(
        md,
        "- app calls: the app's `run` called again on one instance: the work a run does itself"
    )?;
    writeln!(md)?;
    let run_loop = ns_per_call(
        criterion,
        RUNS_GROUP,
        &format!("{RUN_LOOP}/{RUN_LOOP_RUNS}"),
    );
    writeln!(
        md,
        "| {RUN_LOOP_RUNS} repeat runs in a row | total s (target < 2) | runs per second |"
    )?;
    writeln!(md, "|---|---|---|")?;
    let seconds = run_loop.map(|ns| ns / 1e9);
    writeln!(
        md,
        "| one hub, one app | {} | {} |",
        seconds.map_or_else(
            || "n/a".to_owned(),
            |s| format!("{s:.3}{}", if s < 2.0 { "" } else { " ✗" })
        ),
        seconds.map_or_else(
            || "n/a".to_owned(),
            |s| format!("{:.0}", f64::from(RUN_LOOP_RUNS) / s)
        )
    )?;
    writeln!(md)?;
    Ok(())
}

/// The large component loaded by a new process, cold and warm.
fn render_large(md: &mut String, criterion: &Path) -> Result<()> {
    let record = read_json(&large::record_path()).unwrap_or_default();
    let note = record["note"].as_str().unwrap_or("unknown component");
    let python = record["python"].as_bool().unwrap_or(false);
    writeln!(md, "## A large component, loaded by a new process (ms)")?;
    writeln!(md)?;
    if python {
        writeln!(md, "The component: {note}.")?;
    } else {
        writeln!(md, "**Not the Python component:** {note}.")?;
    }
    writeln!(
        md,
        "Each sample is a whole new `bench-load` process (a new hub with its disk cache in the given folder, one `load`, exit)."
    )?;
    writeln!(md)?;
    let cold = ns_per_call(criterion, LARGE_GROUP, COLD);
    let warm = ns_per_call(criterion, LARGE_GROUP, WARM);
    writeln!(
        md,
        "| cold cache | warm cache | warm / cold (target < 0.05) |"
    )?;
    writeln!(md, "|---|---|---|")?;
    let share = warm.zip(cold).map(|(w, c)| w / c);
    writeln!(
        md,
        "| {} | {} | {} |",
        ms(cold),
        ms(warm),
        share.map_or_else(
            || "n/a".to_owned(),
            |r| format!("{r:.3}{}", if r < 0.05 { "" } else { " ✗" })
        )
    )?;
    writeln!(md)?;
    writeln!(
        md,
        "- cold cache: the process gets a new empty cache folder each time: it compiles the component and writes the entry"
    )?;
    writeln!(
        md,
        "- warm cache: a folder an earlier process filled: the process reads the entry instead of compiling"
    )?;
    writeln!(md)?;
    Ok(())
}

/// Async calls across links (the `async` build's `--bench async_links`), per call, when
/// they were measured.
fn render_async(md: &mut String, criterion: &Path) -> Result<()> {
    use kinds::{ASYNC_CALLS, ASYNC_GROUP, ASYNC_IN_STORE, ASYNC_PAIRINGS};
    writeln!(md, "## Async calls across links (µs per call)")?;
    writeln!(md)?;
    let per_call = |function: &str| {
        ns_per_call(criterion, ASYNC_GROUP, function).map(|ns| ns / ASYNC_CALLS as f64 / 1e3)
    };
    let floor = per_call(ASYNC_IN_STORE);
    let sync = per_call(&format!("run/{}", ASYNC_PAIRINGS[0].2));
    if floor.is_none() && sync.is_none() {
        return not_measured_without_async(md);
    }
    writeln!(
        md,
        "One run of {ASYNC_CALLS} calls of `echo.quick(a, b) -> u32` per sample, divided by the calls; the floor is the host calling the async library's `quick` in its own store's event loop, with wasmtime alone."
    )?;
    writeln!(md)?;
    writeln!(
        md,
        "| app → library | path | µs per call | / sync → sync (target ≤ 3 for async) | / in-store floor |"
    )?;
    writeln!(md, "|---|---|---|---|---|")?;
    for (app, library, name, generated) in ASYNC_PAIRINGS {
        let value = per_call(&format!("run/{name}"));
        let path = if *generated { "generated" } else { "dynamic" };
        writeln!(
            md,
            "| `{app}` → `{library}` ({name}) | {path} | {} | {} | {} |",
            value.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.2}")),
            ratio(value.zip(sync).map(|(v, s)| v / s), 3.0),
            value
                .zip(floor)
                .map_or_else(|| "n/a".to_owned(), |(v, f)| format!("{:.1}", v / f)),
        )?;
    }
    writeln!(
        md,
        "| host → `async_provider`, in its own store (floor) | | {} | | 1.0 |",
        floor.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.2}"))
    )?;
    writeln!(md)?;
    Ok(())
}

/// What a section of the `async` build's rows says when they were not measured.
fn not_measured_without_async(md: &mut String) -> Result<()> {
    writeln!(
        md,
        "Not measured in this report: the rows need the hub's `async` build, `cargo bench -p hub-bench --features async --bench async_links`."
    )?;
    writeln!(md)?;
    Ok(())
}

/// Stream throughput across a link (the `async` build's `--bench async_links`), when it
/// was measured.
fn render_streams(md: &mut String, criterion: &Path) -> Result<()> {
    use kinds::{
        STREAM_BYTES, STREAM_FROM_HOST, STREAM_GROUP, STREAM_THROUGH_LIBRARY,
        STREAM_THROUGH_LIBRARY_GENERATED,
    };
    writeln!(md, "## Streams across links (MB/s)")?;
    writeln!(md)?;
    let mb_per_s = |function: &str| {
        ns_per_call(criterion, STREAM_GROUP, function)
            .map(|ns| STREAM_BYTES as f64 / 1e6 / (ns / 1e9))
    };
    let (through, floor) = (mb_per_s(STREAM_THROUGH_LIBRARY), mb_per_s(STREAM_FROM_HOST));
    let generated = mb_per_s(STREAM_THROUGH_LIBRARY_GENERATED);
    if through.is_none() && floor.is_none() {
        return not_measured_without_async(md);
    }
    let shown = |v: Option<f64>| v.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.0}"));
    writeln!(
        md,
        "One run of `stream_bench_app` reading a {} MiB `stream<u8>` in 64 KiB reads per sample; the floor is the host writing the same bytes into the app's own store, with wasmtime alone.",
        STREAM_BYTES >> 20
    )?;
    writeln!(md)?;
    writeln!(md, "| writer | MB/s | floor / this (target ≤ 2) |")?;
    writeln!(md, "|---|---|---|")?;
    writeln!(
        md,
        "| `stream_provider`, through the hub (dynamic) | {} | {} |",
        shown(through),
        ratio(floor.zip(through).map(|(f, t)| f / t), 2.0)
    )?;
    writeln!(
        md,
        "| `stream_provider`, through the hub (generated) | {} | {} |",
        shown(generated),
        ratio(floor.zip(generated).map(|(f, t)| f / t), 2.0)
    )?;
    writeln!(
        md,
        "| the host, in the app's store (floor) | {} | 1.0 |",
        shown(floor)
    )?;
    writeln!(md)?;
    Ok(())
}

/// Calls to libraries served over NATS (`--bench remote`), when they were measured
/// (it needs `nats-server`).
fn render_remote(md: &mut String, criterion: &Path) -> Result<()> {
    use kinds::{
        REMOTE_BURN_STEPS, REMOTE_CALLS, REMOTE_GROUP, REMOTE_IN_FLIGHT, REMOTE_SCALING_GROUP,
        REMOTE_SERVERS,
    };
    writeln!(md, "## Libraries on other machines (µs per call, calls/s)")?;
    writeln!(md)?;
    let us =
        |group: &str, function: &str| ns_per_call(criterion, group, function).map(|ns| ns / 1e3);
    let shown = |v: Option<f64>, digits: usize| {
        v.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.digits$}"))
    };
    if REMOTE_CALLS
        .iter()
        .all(|(name, ..)| us(REMOTE_GROUP, name).is_none())
    {
        writeln!(
            md,
            "Not measured in this report: `cargo bench -p hub-bench --bench remote` needs `nats-server` (Debian: `apt-get install nats-server`)."
        )?;
        writeln!(md)?;
        return Ok(());
    }
    writeln!(
        md,
        "Over a `nats-server` on loopback: `bench_app` (a library) in one hub calling a library another hub serves over wRPC, one call after another; the floor is async-nats' own request-reply carrying the same bytes each way (no hub, no wRPC)."
    )?;
    writeln!(md)?;
    writeln!(
        md,
        "| call | µs per call | floor µs | / floor (target ≤ 1.5) |"
    )?;
    writeln!(md, "|---|---|---|---|")?;
    for (name, what, floor) in REMOTE_CALLS {
        let (value, floor) = (us(REMOTE_GROUP, name), us(REMOTE_GROUP, floor));
        writeln!(
            md,
            "| {what} | {} | {} | {} |",
            shown(value, 1),
            shown(floor, 1),
            ratio(value.zip(floor).map(|(v, f)| v / f), 1.5)
        )?;
    }
    writeln!(md)?;
    writeln!(
        md,
        "CPU-bound calls (`cpu.burn`, {REMOTE_BURN_STEPS} rounds of xorshift each), {REMOTE_IN_FLIGHT} in flight, shared by `bench-serve` processes serving the same prefix (a NATS queue group):"
    )?;
    writeln!(md)?;
    writeln!(
        md,
        "| serving processes | calls/s | / one (target ≥ 1.7 for two) |"
    )?;
    writeln!(md, "|---|---|---|")?;
    let per_s = |name: &str| us(REMOTE_SCALING_GROUP, name).map(|us| 1e6 / us);
    let one = per_s(REMOTE_SERVERS[0].1);
    for (count, name) in REMOTE_SERVERS {
        let value = per_s(name);
        let scale = value.zip(one).map(|(v, o)| v / o);
        let scale = if *count == 1 {
            shown(scale, 2)
        } else {
            scale.map_or_else(
                || "n/a".to_owned(),
                |s| format!("{s:.2}{}", if s >= 1.7 { "" } else { " ✗" }),
            )
        };
        writeln!(md, "| {count} | {} | {scale} |", shown(value, 0))?;
    }
    writeln!(md)?;
    Ok(())
}

/// Resident memory after many runs and many load/unload cycles, from `bench-memory`.
fn render_memory(md: &mut String) -> Result<()> {
    let results = read_json(&memory::results_path()).unwrap_or_default();
    writeln!(md, "## Resident memory (MiB)")?;
    writeln!(md)?;
    writeln!(
        md,
        "From `cargo run --release -p hub-bench --bin bench-memory`: each scenario in a new process of its own, which reads its own resident memory (`VmRSS`) after the given number of steps."
    )?;
    writeln!(md)?;
    writeln!(
        md,
        "| scenario | before any step | after fewer steps | after more steps | more / fewer (target ≤ 1.10) |"
    )?;
    writeln!(md, "|---|---|---|---|---|")?;
    let mib = |reading: &Value| reading["rss_bytes"].as_f64().map(|b| b / 1024.0 / 1024.0);
    for scenario in memory::SCENARIOS {
        let readings = results["scenarios"][scenario.id]["readings"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let at = |i: usize| readings.get(i);
        let show = |reading: Option<&Value>| match reading.and_then(|r| mib(r).map(|m| (r, m))) {
            Some((r, m)) if r["count"] == 0 => format!("{m:.1}"),
            Some((r, m)) => format!("{m:.1} after {}", r["count"]),
            None => "n/a".to_owned(),
        };
        let fewer = at(1).and_then(mib);
        let more = at(readings.len().saturating_sub(1)).and_then(mib);
        writeln!(
            md,
            "| {} | {} | {} | {} | {} |",
            scenario.what,
            show(at(0)),
            show(at(1)),
            show(readings.last()),
            ratio(more.zip(fewer).map(|(m, f)| m / f), 1.10)
        )?;
    }
    writeln!(md)?;
    writeln!(
        md,
        "`before any step` is the process with its hub made (and, for runs, the libraries loaded)."
    )?;
    writeln!(md)?;
    Ok(())
}

fn today() -> String {
    command("date", &["-u", "+%Y-%m-%d"]).unwrap_or_else(|| "unknown date".into())
}

/// CPU model, core count, memory and compiler, as far as this machine tells.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .and_then(|r| r.split(':').nth(1))
        })
        .map(str::trim)
        .unwrap_or("unknown CPU")
        .to_owned();
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .next()
                .map(|l| l.split_whitespace().nth(1).unwrap_or("0").to_owned())
        })
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or_else(String::new, |kb| format!(", {} GiB", kb / 1024 / 1024));
    let rustc = command("rustc", &["--version"]).unwrap_or_default();
    format!("{cpu} ({cores} cores{memory}), {rustc}")
}

fn command(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}
