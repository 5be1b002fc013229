//! What the host provides to every component: WASI 0.2 (as wasmtime-wasi 48 links it,
//! `@0.2.12`, which serves every 0.2.x import) and `wasi:http`'s client side, with the
//! blocking waits bounded by the run (see `run_control`).

use wasmtime::Engine;
use wasmtime::component::Linker;

use crate::bounded_wasi::shadow_blocking_wasi;
use crate::interface_name::compatibility_key;
use crate::state::HostState;

/// The version wasmtime-wasi 48 registers its interfaces under.
const HOST_WASI_VERSION: &str = "0.2.12";

/// Every interface the host links, without version (wasmtime-wasi's
/// `p2::add_to_linker_sync` and wasmtime-wasi-http's `add_only_http_to_linker_sync`).
const HOST_WASI: &[&str] = &[
    "wasi:io/error",
    "wasi:io/poll",
    "wasi:io/streams",
    "wasi:clocks/monotonic-clock",
    "wasi:clocks/wall-clock",
    "wasi:random/random",
    "wasi:random/insecure",
    "wasi:random/insecure-seed",
    "wasi:filesystem/types",
    "wasi:filesystem/preopens",
    "wasi:sockets/network",
    "wasi:sockets/instance-network",
    "wasi:sockets/ip-name-lookup",
    "wasi:sockets/tcp",
    "wasi:sockets/tcp-create-socket",
    "wasi:sockets/udp",
    "wasi:sockets/udp-create-socket",
    "wasi:cli/environment",
    "wasi:cli/exit",
    "wasi:cli/stdin",
    "wasi:cli/stdout",
    "wasi:cli/stderr",
    "wasi:cli/terminal-input",
    "wasi:cli/terminal-output",
    "wasi:cli/terminal-stdin",
    "wasi:cli/terminal-stdout",
    "wasi:cli/terminal-stderr",
    "wasi:http/types",
    "wasi:http/outgoing-handler",
];

/// The name the host registered `interface` under, when the host provides it (any
/// semver-compatible version: `wasi:cli/environment@0.2.6` -> `...@0.2.12`).
pub(crate) fn host_name(interface: &str) -> Option<String> {
    let base = interface.split('@').next()?;
    let host = format!("{base}@{HOST_WASI_VERSION}");
    (HOST_WASI.contains(&base) && compatibility_key(&host) == compatibility_key(interface))
        .then_some(host)
}

/// A linker with everything the host provides.
///
/// # Errors
///
/// Fails only if the WASI crates cannot add their definitions.
pub(crate) fn host_linker(engine: &Engine) -> wasmtime::Result<Linker<HostState>> {
    let mut linker = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_sync(&mut linker)?;
    shadow_blocking_wasi(&mut linker)?;
    Ok(linker)
}

#[cfg(test)]
mod tests {
    use super::host_name;

    #[test]
    fn every_0_2_version_of_a_host_interface_is_the_host_s() {
        assert_eq!(
            host_name("wasi:cli/environment@0.2.6").as_deref(),
            Some("wasi:cli/environment@0.2.12")
        );
        assert_eq!(
            host_name("wasi:cli/environment@0.2.99").as_deref(),
            Some("wasi:cli/environment@0.2.12")
        );
        assert_eq!(host_name("wasi:cli/environment@0.3.0"), None);
        assert_eq!(host_name("wasi:keyvalue/store@0.2.0-draft"), None);
        assert_eq!(host_name("wasi:cli/run@0.2.6"), None);
    }
}
