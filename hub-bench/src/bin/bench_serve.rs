//! `bench-serve <url> <prefix> <guest>...`: a serving process for the remote benchmark
//! (`--bench remote`): loads the built guests in order into a hub of its own and serves
//! each over NATS under `<prefix>`, says `ready` on stdout, and serves until its stdin
//! ends (the benchmark dropping it).

use std::io::Read;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use component_hub::{OneLine, new_hub};
use hub_bench::runners::bench_options;
use hub_fixtures::guest;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, prefix, guests @ ..] = args.as_slice() else {
        bail!("usage: bench-serve <url> <prefix> <guest>...");
    };
    let hub = Arc::new(new_hub(bench_options(false)).context("the hub starts")?);
    let mut servers = Vec::new();
    for name in guests {
        let bytes = std::fs::read(guest(name)).with_context(|| format!("reading {name}"))?;
        let library = hub
            .load(guest(name))
            .map_err(|e| anyhow::anyhow!("loading {name}: {}", OneLine(&e)))?;
        let connect = async_nats::ConnectOptions::new();
        let options = hub_wrpc::ServeOptions::default();
        let server = hub_wrpc::Server::start(
            Arc::clone(&hub),
            library,
            &bytes,
            url,
            connect,
            prefix,
            options,
        )
        .map_err(|e| anyhow::anyhow!("serving {name}: {}", OneLine(&e)))?;
        servers.push(server);
    }
    println!("ready");
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
    drop(servers);
    Ok(())
}
