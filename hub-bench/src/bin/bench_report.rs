//! `bench-report`: turns criterion's results into `BENCHMARKS.md`.
//!
//! Run `cargo bench -p hub-bench` first; then `cargo run -p hub-bench --bin bench-report`
//! reads `target/criterion/*/*/new/estimates.json` and writes `BENCHMARKS.md` at the
//! workspace root: ns per forwarded call per strategy and kind, the ratios the project
//! targets, registry scaling, load cost, the machine and the date. The notes on what was
//! tried to make the numbers fast come from `hub-bench/NOTES.md`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, Result, bail};
use hub_bench::kinds::{self, DIRECT, DYNAMIC, GENERATED, HOST_IMPORT};

fn main() -> ExitCode {
    match write_report() {
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
fn write_report() -> Result<PathBuf> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .context("hub-bench sits in the workspace")?
        .to_owned();
    let criterion = workspace.join("target").join("criterion");
    let measured = kinds::KINDS
        .iter()
        .any(|kind| ns_per_call(&criterion, kind.id, GENERATED).is_some());
    if !measured {
        bail!(
            "no benchmark results in {}: run `cargo bench -p hub-bench` first",
            criterion.display()
        );
    }
    let report = render(&criterion, &workspace.join("hub-bench").join("NOTES.md"))?;
    let out = workspace.join("BENCHMARKS.md");
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
        "`cargo bench -p hub-bench` ({}), on {}.",
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
    writeln!(md, "| step | ms |")?;
    writeln!(md, "|---|---|")?;
    for step in [
        "provider_logging",
        "provider_calculator",
        "run app_consumer",
    ] {
        let ms = ns_per_call(criterion, "load", step).map(|ns| format!("{:.1}", ns / 1e6));
        let what = if step.starts_with("run") {
            format!("`{step}` (compile, fresh store, instantiate, run)")
        } else {
            format!("load `{step}` (compile plus link)")
        };
        writeln!(md, "| {what} | {} |", ms.unwrap_or_else(|| "n/a".into()))?;
    }
    writeln!(md)?;
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
