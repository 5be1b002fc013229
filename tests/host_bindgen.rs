//! A host interface served through what wasmtime's `bindgen!` generates, with a resource
//! made by the host: the embedder writes the usual `Host` traits over its own state, and
//! the hub gives each store its own state and links imports by name.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use common::{capturing, quiet};
use component_hub::wasmtime::component::{HasSelf, Resource, ResourceTable};
use component_hub::{HostInterfaceError, HostState, OneLine, RunOptions, Wire, new_hub};
use hub_fixtures::guest;

component_hub::wasmtime::component::bindgen!({
    path: "guests/wit-host",
    world: "my:app/kv-app",
    wasmtime_crate: component_hub::wasmtime,
    with: { "my:app/kv.connection": Connection },
});

const HOST_WIT: &str = include_str!("../guests/wit-host/host.wit");

/// What every store's state shares: the stores by name, and what happened.
#[derive(Default)]
struct Shared {
    stores: HashMap<String, HashMap<String, String>>,
    events: Vec<String>,
}

/// One open connection, in a store's table.
pub struct Connection {
    name: String,
}

/// The embedder's state in one store.
struct Kv {
    table: ResourceTable,
    shared: Arc<Mutex<Shared>>,
}

impl my::app::kv::Host for Kv {
    fn close(&mut self, c: Resource<Connection>) {
        let connection = self.table.delete(c).expect("a live connection");
        let mut shared = self.shared.lock().unwrap();
        shared.events.push(format!("close {}", connection.name));
    }
}

impl my::app::kv::HostConnection for Kv {
    fn new(&mut self, name: String) -> Resource<Connection> {
        self.shared
            .lock()
            .unwrap()
            .events
            .push(format!("open {name}"));
        self.table
            .push(Connection { name })
            .expect("room in the table")
    }

    fn get(&mut self, this: Resource<Connection>, key: String) -> Option<String> {
        let name = &self.table.get(&this).expect("a live connection").name;
        let shared = self.shared.lock().unwrap();
        shared.stores.get(name).and_then(|s| s.get(&key)).cloned()
    }

    fn set(&mut self, this: Resource<Connection>, key: String, value: String) {
        let name = self
            .table
            .get(&this)
            .expect("a live connection")
            .name
            .clone();
        let mut shared = self.shared.lock().unwrap();
        shared.stores.entry(name).or_default().insert(key, value);
    }

    fn drop(&mut self, this: Resource<Connection>) -> component_hub::wasmtime::Result<()> {
        let connection = self.table.delete(this)?;
        let mut shared = self.shared.lock().unwrap();
        shared.events.push(format!("close {}", connection.name));
        Ok(())
    }
}

fn add_kv(
    linker: &mut component_hub::wasmtime::component::Linker<HostState>,
) -> component_hub::wasmtime::Result<()> {
    my::app::kv::add_to_linker::<HostState, HasSelf<Kv>>(linker, |state: &mut HostState| {
        state.embedder_state::<Kv>()
    })
}

#[test]
fn an_app_uses_a_host_resource_served_through_bindgen() {
    let (options, output) = capturing();
    let hub = new_hub(options).expect("hub");
    let shared = Arc::new(Mutex::new(Shared::default()));
    let state_shared = Arc::clone(&shared);
    hub.serve_bindgen(
        HOST_WIT,
        &["kv"],
        move |_| Kv {
            table: ResourceTable::new(),
            shared: Arc::clone(&state_shared),
        },
        add_kv,
    )
    .expect("serves");
    assert_eq!(hub.status().host_interfaces, ["my:app/kv@0.1.0"]);
    for _ in 0..2 {
        hub.run(guest("kv_app")).expect("runs");
    }
    assert!(output.text().contains("[APP] kv_app: theme = dark"));
    let shared = shared.lock().unwrap();
    // Each run opened two connections and dropped both (newest first), in the host.
    let run = [
        "open settings",
        "open settings",
        "close settings",
        "close settings",
    ];
    assert_eq!(shared.events, [run, run].concat());
    assert_eq!(shared.stores["settings"]["theme"], "dark");
    assert_eq!(hub.live_handles(), 0);
}

#[test]
fn an_add_to_linker_that_does_not_serve_the_interface_is_refused() {
    let hub = new_hub(quiet()).expect("hub");
    let err = hub
        .serve_bindgen(HOST_WIT, &["kv"], |_| (), |_linker| Ok(()))
        .expect_err("defines nothing");
    assert!(
        matches!(err, HostInterfaceError::AddToLinker { .. }),
        "{err:?}"
    );
    let line = OneLine(&err).to_string();
    assert!(
        line.starts_with("the `add_to_linker` given for `my:app/kv@0.1.0` does not serve them: "),
        "{line}"
    );
    let err = hub
        .serve_bindgen(HOST_WIT, &["nope"], |_| (), add_kv)
        .expect_err("no such interface");
    assert_eq!(
        OneLine(&err).to_string(),
        "the host interface's WIT has no interface `nope`"
    );
    assert!(hub.status().host_interfaces.is_empty());
    let err = hub.run(guest("kv_app")).expect_err("nothing serves kv");
    assert_eq!(common::unsatisfied_import(&err), "my:app/kv@0.1.0");
}

#[test]
fn a_bindgen_interface_is_wired_under_its_own_name_only() {
    let (options, output) = capturing();
    let hub = new_hub(options).expect("hub");
    let shared = Arc::new(Mutex::new(Shared::default()));
    hub.serve_bindgen(
        HOST_WIT,
        &["kv"],
        move |_| Kv {
            table: ResourceTable::new(),
            shared: Arc::clone(&shared),
        },
        add_kv,
    )
    .expect("serves");
    // Under its own name (here without its version), a wire to it works.
    hub.run_with(
        guest("kv_app"),
        &RunOptions::default().wire(Wire::to_host("my:app/kv@0.1.0", "my:app/kv")),
    )
    .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    assert!(output.text().contains("[APP] kv_app: theme = dark"));
    // Under another, it cannot: `add_to_linker` defines it under its own.
    let err = hub
        .run_with(
            guest("host_app"),
            &RunOptions::default().wire(Wire::to_host("my:app/host@0.1.0", "my:app/kv")),
        )
        .expect_err("a rename");
    assert_eq!(
        OneLine(&err)
            .to_string()
            .rsplit(": ")
            .take(2)
            .collect::<Vec<_>>(),
        [
            "the host serves it through `add_to_linker`, which defines it under its own name only",
            "wire `my:app/host@0.1.0=host/my:app/kv`"
        ]
    );
}
