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

/// The version wasmtime-wasi 48's `p3` registers WASI 0.3 under (the `async` feature).
#[cfg(feature = "async")]
const HOST_WASI_0_3_VERSION: &str = "0.3.0";

/// Every WASI 0.3 interface the host links (wasmtime-wasi's and wasmtime-wasi-http's
/// `p3::add_to_linker`), in the concurrent engine's linker only: their functions are
/// mostly `async func`s.
#[cfg(feature = "async")]
const HOST_WASI_0_3: &[&str] = &[
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
    "wasi:clocks/types",
    "wasi:clocks/monotonic-clock",
    "wasi:clocks/system-clock",
    "wasi:filesystem/types",
    "wasi:filesystem/preopens",
    "wasi:random/random",
    "wasi:random/insecure",
    "wasi:random/insecure-seed",
    "wasi:sockets/types",
    "wasi:sockets/ip-name-lookup",
    "wasi:http/types",
    "wasi:http/client",
];

/// The name the host registered `interface` under, when the host provides it (any
/// semver-compatible version: `wasi:cli/environment@0.2.6` -> `...@0.2.12`; with the
/// `async` feature also WASI 0.3, `...@0.3.0`).
pub(crate) fn host_name(interface: &str) -> Option<String> {
    let base = interface.split('@').next()?;
    let provided = |interfaces: &[&str], version: &str| {
        let host = format!("{base}@{version}");
        (interfaces.contains(&base) && compatibility_key(&host) == compatibility_key(interface))
            .then_some(host)
    };
    let host = provided(HOST_WASI, HOST_WASI_VERSION);
    #[cfg(feature = "async")]
    let host = host.or_else(|| provided(HOST_WASI_0_3, HOST_WASI_0_3_VERSION));
    host
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

/// A linker with everything the host provides, for the concurrent engine (the `async`
/// feature): WASI 0.2 exactly as [`host_linker`] gives it (its blocking calls block the
/// calling store's event loop, bounded by the run as in a sync store), plus WASI 0.3
/// and `wasi:http`'s client side (wasmtime-wasi's and wasmtime-wasi-http's `p3`,
/// experimental upstream) over the same `WasiCtx` and HTTP hooks, so the policy is the
/// same: no sockets or name lookups, files only under the hub's folders, requests only to
/// the hosts the user allowed.
///
/// # Errors
///
/// Fails only if the WASI crates cannot add their definitions.
#[cfg(feature = "async")]
pub(crate) fn concurrent_host_linker(engine: &Engine) -> wasmtime::Result<Linker<HostState>> {
    let mut linker = host_linker(engine)?;
    wasmtime_wasi::p3::add_to_linker(&mut linker)?;
    wasmtime_wasi_http::p3::add_to_linker(&mut linker)?;
    Ok(linker)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use wasmtime::component::Component;
    use wit_parser::{Resolve, WorldItem};

    use super::{HOST_WASI, host_linker, host_name};
    use crate::engine::new_engine;
    use crate::limits::StoreLimitsConfig;

    /// The interfaces (without version) that WASI 0.2's `wasi:cli/imports` and
    /// `wasi:http/imports` worlds import, read from the WIT the guests build with, and a
    /// component importing all of them.
    fn wasi_imports() -> (Vec<String>, Vec<u8>) {
        // The guests' HTTP folder: a package of ours with WASI 0.2's WIT under `deps/`.
        let wit = Path::new(env!("CARGO_MANIFEST_DIR")).join("../guests/wit-http");
        let mut resolve = Resolve::default();
        resolve.push_dir(&wit).expect("the WASI WIT parses");
        let package = resolve
            .push_str(
                "host.wit",
                "package hub:host-wasi;\n\
                 world host { include wasi:cli/imports@0.2.12; include wasi:http/imports@0.2.12; }",
            )
            .expect("the test's world parses");
        let world = resolve
            .select_world(&[package], Some("host"))
            .expect("the test's world");
        let mut names: Vec<String> = resolve.worlds[world]
            .imports
            .values()
            .filter_map(|item| match item {
                WorldItem::Interface { id, .. } => resolve.id_of(*id),
                WorldItem::Function(_) | WorldItem::Type { .. } => None,
            })
            .map(|name| name.split('@').next().unwrap_or_default().to_owned())
            .collect();
        names.sort();
        names.dedup();
        let component =
            crate::host_interface::dummy_component(&resolve, world).expect("a component");
        (names, component)
    }

    #[test]
    fn the_host_list_is_what_wasi_0_2_imports_and_the_host_links_all_of_it() {
        let (imported, component) = wasi_imports();
        let mut listed: Vec<String> = HOST_WASI.iter().map(|s| (*s).to_owned()).collect();
        listed.sort();
        assert_eq!(
            listed, imported,
            "HOST_WASI differs from WASI 0.2's import worlds"
        );

        let engine = new_engine(true, &StoreLimitsConfig::default()).expect("engine");
        let linker = host_linker(&engine).expect("the host linker");
        let component = Component::from_binary(&engine, &component).expect("compiles");
        linker
            .instantiate_pre(&component)
            .expect("the host links every interface WASI 0.2 imports");
    }

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
        // WASI 0.3 is the concurrent engine's, in the `async` build only.
        assert_eq!(
            host_name("wasi:cli/environment@0.3.0").as_deref(),
            cfg!(feature = "async").then_some("wasi:cli/environment@0.3.0")
        );
        assert_eq!(host_name("wasi:cli/environment@0.4.0"), None);
        assert_eq!(host_name("wasi:keyvalue/store@0.2.0-draft"), None);
        assert_eq!(host_name("wasi:cli/run@0.2.6"), None);
        assert_eq!(host_name("wasi:cli/run@0.3.0"), None);
    }
}
