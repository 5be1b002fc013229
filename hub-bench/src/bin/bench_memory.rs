//! `bench-memory`: does resident memory stay flat over many runs and many load/unload
//! cycles? Writes `target/hub-bench/memory.json` for `bench-report`.
//!
//! Run it with `cargo run --release -p hub-bench --bin bench-memory`. Each scenario runs
//! in a new process of its own (this binary again, with `--scenario`), so one scenario's
//! freed memory cannot hide the next one's growth; each reads its own resident memory
//! (`VmRSS`) after the step counts of the scenario.

use std::process::{Command, ExitCode};

use anyhow::{Context, Result, bail};
use clap::Parser;
use hub_bench::memory::{self, SCENARIOS};
use serde_json::{Value, json};

/// Measures resident memory over many repeat runs and load/unload cycles.
#[derive(Parser)]
struct Args {
    /// Run only this scenario in this process and print its readings as JSON
    /// (`runs` or `load-unload`).
    #[arg(long)]
    scenario: Option<String>,
    /// With `--scenario`: the step counts to read memory after (default: the scenario's).
    #[arg(long, value_delimiter = ',', requires = "scenario")]
    counts: Vec<u32>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let outcome = match &args.scenario {
        Some(scenario) => one_scenario(scenario, &args.counts),
        None => all_scenarios(),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one scenario here and prints its readings.
fn one_scenario(id: &str, counts: &[u32]) -> Result<()> {
    let counts = if counts.is_empty() {
        SCENARIOS
            .iter()
            .find(|s| s.id == id)
            .with_context(|| format!("unknown scenario `{id}`"))?
            .counts
    } else {
        counts
    };
    let readings = memory::measure(id, counts).map_err(|e| anyhow::anyhow!("{e:#}"))?;
    println!("{readings}");
    Ok(())
}

/// Runs every scenario in a process of its own and writes the results file.
fn all_scenarios() -> Result<()> {
    if cfg!(debug_assertions) {
        bail!(
            "memory is measured on a release build: `cargo run --release -p hub-bench --bin bench-memory`"
        );
    }
    let exe = std::env::current_exe().context("finding this binary")?;
    let mut scenarios = serde_json::Map::new();
    for scenario in SCENARIOS {
        eprintln!(
            "bench-memory: {} ({:?} steps)...",
            scenario.id, scenario.counts
        );
        let output = Command::new(&exe)
            .args(["--scenario", scenario.id])
            .output()
            .with_context(|| format!("starting {}", exe.display()))?;
        if !output.status.success() {
            bail!(
                "scenario `{}` failed: {}",
                scenario.id,
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        let value: Value = serde_json::from_slice(&output.stdout)
            .with_context(|| format!("reading the output of scenario `{}`", scenario.id))?;
        for reading in value["readings"].as_array().into_iter().flatten() {
            eprintln!(
                "  after {:>6} steps: {:>7.1} MiB resident, {} live handles",
                reading["count"].as_u64().unwrap_or(0),
                reading["rss_bytes"].as_f64().unwrap_or(0.0) / 1024.0 / 1024.0,
                reading["live_handles"]
            );
        }
        scenarios.insert(scenario.id.to_owned(), value);
    }
    let path = memory::results_path();
    std::fs::create_dir_all(path.parent().context("a results folder")?)?;
    let results = json!({ "scenarios": scenarios });
    std::fs::write(&path, serde_json::to_string_pretty(&results)?)
        .with_context(|| format!("writing {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}
