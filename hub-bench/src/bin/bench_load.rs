//! `bench-load`: loads library components into a new hub, then exits. The large-load
//! benchmark times this whole process, cold and warm.
//!
//! `bench-load --cache-dir DIR FILE...` loads each file in order into a hub with its
//! disk cache in DIR (the options of `hub-demo --quiet --cache-dir DIR`, guest output
//! discarded), and prints for each where its compiled code came from and how long its
//! load took inside the process.
//!
//! A binary of hub-bench's own rather than `hub-demo`: cargo builds it for the benches
//! with their profile and hands them its path, so a stale or unoptimized `hub-demo` is
//! never what is timed, and the process does only what is measured (no command loop,
//! no hub thread, no output formatting).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use component_hub::{OneLine, new_hub};
use hub_bench::runners::bench_options;

/// Loads library components into a new hub, then exits.
#[derive(Parser)]
struct Args {
    /// Cache compiled components in DIR.
    #[arg(long, value_name = "DIR")]
    cache_dir: PathBuf,
    /// The library components, loaded in order.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let hub = match new_hub(bench_options(false).cache_dir(&args.cache_dir)) {
        Ok(hub) => hub,
        Err(err) => {
            eprintln!("error: {}", OneLine(&err));
            return ExitCode::FAILURE;
        }
    };
    for file in &args.files {
        let start = Instant::now();
        if let Err(err) = hub.load(file) {
            eprintln!("error: {}", OneLine(&err));
            return ExitCode::FAILURE;
        }
        let elapsed = start.elapsed();
        let status = hub.status();
        let source = status.libraries.last().map(|l| l.compiled);
        println!(
            "{}: {} in {:.1} ms",
            file.display(),
            source.map_or_else(|| "?".to_owned(), |s| s.to_string()),
            elapsed.as_secs_f64() * 1e3
        );
    }
    ExitCode::SUCCESS
}
