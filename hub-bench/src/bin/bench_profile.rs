//! Runs one measured loop, for a profiler: `bench-profile <kind> <strategy> [calls]`.
//!
//! Setup (compiling guests, fusing) happens before the loop; under callgrind, collect
//! only the loop with `--toggle-collect='hub_bench::runners::*'` or a forwarder symbol.

use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use hub_bench::kinds::{KINDS, STRATEGIES};

/// Runs one kind of forwarded call under one strategy, `calls` times, inside one loop.
#[derive(Parser)]
#[command(after_help = help())]
struct Args {
    /// What is called, e.g. `quick-add` (see the list below).
    kind: String,
    /// How it is linked, e.g. `dynamic` (see the list below).
    strategy: String,
    /// How many calls the loop makes.
    #[arg(default_value_t = 1_000_000)]
    calls: u32,
    /// Run the hub strategies (generated, dynamic) on a hub without guards (no epoch
    /// checks, memory limiter or hostcall fuel), to see what they cost.
    #[arg(long)]
    unguarded: bool,
}

fn help() -> String {
    let kinds: Vec<_> = KINDS.iter().map(|k| k.id).collect();
    let strategies: Vec<_> = STRATEGIES.iter().map(|s| s.id).collect();
    format!(
        "Kinds: {}\nStrategies: {}",
        kinds.join(", "),
        strategies.join(", ")
    )
}

fn main() -> ExitCode {
    let args = Args::parse();
    match profile(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// Builds the loop, then times it once.
fn profile(args: &Args) -> wasmtime::Result<()> {
    let mut run = hub_bench::runners::runner(&args.kind, &args.strategy, !args.unguarded)?;
    let start = Instant::now();
    run(args.calls);
    let elapsed = start.elapsed();
    println!(
        "{} / {}: {} calls in {:.3?} ({:.1} ns per call)",
        args.kind,
        args.strategy,
        args.calls,
        elapsed,
        elapsed.as_nanos() as f64 / f64::from(args.calls.max(1))
    );
    Ok(())
}
