//! A small plugin host built on component-hub: it serves its own API to plugins (a log
//! and a key-value map as closures over `Val`s, and a key-value store with a
//! `connection` resource through wasmtime's `bindgen!`), loads a plugin from bytes as
//! two instances, calls its export from Rust on several threads, reloads it, runs two
//! apps, lets an app give a connection to a library that keeps it and gives it back to
//! the host, and links a Python plugin under a Rust one when one was built.
//!
//! Run with `cargo run --example plugin_host`. The plugins are the guest components the
//! build makes (`plugin_lib`, `host_app`, `kv_app`, `kv_keeper`, `kv_sharer`,
//! `provider_calculator`; WIT in
//! `guests/wit-host`), and `py_logging`, the Python library `hub-bench/foreign/build.sh`
//! builds with componentize-py (skipped, with a line, when it was not built).

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use anyhow::Context;
use component_hub::wasmtime::component::{HasSelf, Resource, Val};
use component_hub::{
    HostInterface, HostResources, HostState, HubOptions, LoadOptions, OneLine, new_hub,
};

component_hub::wasmtime::component::bindgen!({
    path: "guests/wit-host",
    world: "my:app/kv-app",
    wasmtime_crate: component_hub::wasmtime,
    with: { "my:app/kv.connection": Connection },
    // Every host function returns `wasmtime::Result`: a full table or a dead handle is
    // a one-line error for the run, never a panic in the host.
    imports: { default: trappable },
});

/// The WIT of the host's API, as the plugins see it.
const HOST_WIT: &str = include_str!("../guests/wit-host/host.wit");

fn main() {
    if let Err(err) = host() {
        eprintln!("plugin_host: {}", OneLine(err.as_ref()));
        std::process::exit(1);
    }
}

fn host() -> anyhow::Result<()> {
    let hub = new_hub(HubOptions::default())?;

    // The host's API, part one: `my:app/host`, closures over `Val`s.
    let values: Arc<Mutex<HashMap<String, String>>> = Arc::default();
    let (get, set) = (Arc::clone(&values), Arc::clone(&values));
    hub.serve(
        HostInterface::new(HOST_WIT, "host")
            .func("log", |args, _| {
                println!("[host] log: {}", text(&args[0])?);
                Ok(())
            })
            .func("get", move |args, results| {
                let value = get.lock().unwrap().get(text(&args[0])?).cloned();
                results[0] = Val::Option(value.map(|v| Box::new(Val::String(v))));
                Ok(())
            })
            .func("set", move |args, _| {
                let (key, value) = (text(&args[0])?, text(&args[1])?);
                set.lock().unwrap().insert(key.to_owned(), value.to_owned());
                Ok(())
            }),
    )?;

    // Part two: `my:app/kv`, a resource, through what `bindgen!` generated. Its values
    // live in the hub's shared table (`HostResources`), so a connection can cross from
    // one plugin to another once shared.
    let stores: Arc<Mutex<HashMap<String, HashMap<String, String>>>> = Arc::default();
    hub.serve_bindgen(
        HOST_WIT,
        &["kv"],
        move |resources| Kv {
            resources,
            stores: Arc::clone(&stores),
        },
        |linker| {
            my::app::kv::add_to_linker::<HostState, HasSelf<Kv>>(linker, |state| {
                state.embedder_state::<Kv>()
            })
        },
    )?;
    hub.share_resource::<Connection>("my:app/kv", "connection")?;

    // A plugin from bytes the host holds (here read from the build's folder), as two
    // instances: it keeps its state in the host's map, so any instance may serve a call.
    let path = hub_fixtures::guest("plugin_lib");
    let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
    let plugin = hub.load_bytes(
        "transform-plugin",
        bytes,
        &LoadOptions::default().instances(2),
    )?;

    // Calls into it from Rust, on four threads (spread over its two instances).
    std::thread::scope(|scope| {
        for word in ["alpha", "beta", "gamma", "delta"] {
            let hub = &hub;
            scope.spawn(move || {
                let mut caller = hub.caller();
                match caller.call_typed::<(&str,), (String,)>(
                    plugin,
                    Some("my:app/plugin"),
                    "transform",
                    (word,),
                ) {
                    Ok((out,)) => println!("[host] transform({word}) = {out}"),
                    Err(err) => eprintln!("[host] transform({word}) failed: {}", OneLine(&err)),
                }
            });
        }
    });
    let calls = values.lock().unwrap().get("calls").cloned();
    println!(
        "[host] the plugin counted {} calls",
        calls.unwrap_or_default()
    );

    // A reload restarts the plugin's state (the host's map stays).
    let plugin = hub.reload(plugin)?[0];
    let (out,): (String,) = hub.caller().call_typed(
        plugin,
        Some("my:app/plugin"),
        "transform",
        ("after reload",),
    )?;
    println!("[host] after the reload: {out}");

    // Apps run against the same host API.
    hub.run(hub_fixtures::guest("host_app"))?;
    hub.run(hub_fixtures::guest("kv_app"))?;

    // A connection an app made crosses to a library, which keeps it between runs; the
    // host takes it back, and dropping the caller releases it.
    let keeper = hub.load(hub_fixtures::guest("kv_keeper"))?;
    hub.run(hub_fixtures::guest("kv_sharer"))?;
    let mut caller = hub.caller();
    let colour = caller.call(
        keeper,
        Some("my:app/keeper"),
        "peek",
        &[Val::String("colour".into())],
    )?;
    println!("[host] the keeper, after the app's run, reads colour: {colour:?}");
    caller.call(keeper, Some("my:app/keeper"), "give-back", &[])?;
    println!(
        "[host] the host holds {} connection(s) it took back",
        caller.held_handles()
    );
    // The host makes one of its own and gives it to the keeper, which keeps it.
    let own = caller.push(
        "my:app/kv",
        "connection",
        Connection {
            name: "host's".into(),
        },
    )?;
    caller.call(keeper, Some("my:app/keeper"), "keep", &[Val::Resource(own)])?;
    drop(caller);
    println!(
        "[host] live connections: {} (the keeper's; the app's, released with its run, and the one taken back are gone)",
        hub.host_resource_count()
    );

    python_under_rust(&hub)?;
    println!("{}", hub.status());
    Ok(())
}

/// A Python plugin (componentize-py) serving `demo:logging/logging` to the Rust
/// calculator, when `hub-bench/foreign/build.sh` built one; a line saying how otherwise.
fn python_under_rust(hub: &component_hub::Hub) -> anyhow::Result<()> {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/foreign/py_logging.wasm");
    if !python.is_file() {
        println!(
            "[host] no Python plugin: `bash hub-bench/foreign/build.sh` builds one with componentize-py (python3 and PyPI); skipped"
        );
        return Ok(());
    }
    hub.load(&python)?;
    let calculator = hub.load(hub_fixtures::guest("provider_calculator"))?;
    let mut caller = hub.caller();
    let calc = caller.call(calculator, Some(CALCULATOR), "[constructor]calc", &[])?;
    let sum = caller.call(
        calculator,
        Some(CALCULATOR),
        "[method]calc.add",
        &[calc[0].clone(), Val::Float64(1.0), Val::Float64(2.0)],
    )?;
    let [Val::Float64(sum)] = sum[..] else {
        anyhow::bail!("`calc.add` answered {sum:?}");
    };
    println!("[host] the Rust calculator, logging through the Python plugin: 1 + 2 = {sum}");
    Ok(())
}

/// The demo calculator's interface.
const CALCULATOR: &str = "demo:logging/calculator@0.1.0";

/// The string inside `val`, or an error for the plugin's run.
fn text(val: &Val) -> Result<&str, component_hub::HostFunctionError> {
    match val {
        Val::String(s) => Ok(s),
        other => Err(format!("expected a string, got {other:?}").into()),
    }
}

/// One open connection of `my:app/kv`, in the hub's shared table.
pub struct Connection {
    name: String,
}

/// The host's state for `my:app/kv` in one store: its view of the shared table.
struct Kv {
    resources: HostResources,
    stores: Arc<Mutex<HashMap<String, HashMap<String, String>>>>,
}

impl my::app::kv::Host for Kv {
    fn close(&mut self, c: Resource<Connection>) -> component_hub::wasmtime::Result<()> {
        let connection = self.resources.delete(c)?;
        println!("[host] kv: close {}", connection.name);
        Ok(())
    }
}

impl my::app::kv::HostConnection for Kv {
    fn new(&mut self, name: String) -> component_hub::wasmtime::Result<Resource<Connection>> {
        println!("[host] kv: open {name}");
        Ok(self.resources.push(Connection { name })?)
    }

    fn get(
        &mut self,
        this: Resource<Connection>,
        key: String,
    ) -> component_hub::wasmtime::Result<Option<String>> {
        let connection = self.resources.get(&this)?;
        let stores = self.stores.lock().unwrap();
        Ok(stores
            .get(&connection.name)
            .and_then(|s| s.get(&key))
            .cloned())
    }

    fn set(
        &mut self,
        this: Resource<Connection>,
        key: String,
        value: String,
    ) -> component_hub::wasmtime::Result<()> {
        let connection = self.resources.get(&this)?;
        let mut stores = self.stores.lock().unwrap();
        stores
            .entry(connection.name.clone())
            .or_default()
            .insert(key, value);
        Ok(())
    }

    fn drop(&mut self, this: Resource<Connection>) -> component_hub::wasmtime::Result<()> {
        let connection = self.resources.delete(this)?;
        println!("[host] kv: close {}", connection.name);
        Ok(())
    }
}
