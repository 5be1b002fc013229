//! The host's own resources crossing between stores, served through `bindgen!`
//! (`Hub::share_resource`) and by closures (`HostInterface::func_with_resources`): a
//! `connection` the host made for an app goes to a library, is used there, comes back,
//! and is released with whoever holds it last.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use common::{capturing, quiet};
use component_hub::CapturedOutput;
use component_hub::wasmtime::component::{HasSelf, Resource, Val};
use component_hub::{
    HostInterface, HostInterfaceError, HostResources, HostState, OneLine, new_hub,
};
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

/// One open connection, in the host's shared table.
pub struct Connection {
    name: String,
    shared: Arc<Mutex<Shared>>,
}

impl Drop for Connection {
    fn drop(&mut self) {
        let event = format!("release {}", self.name);
        self.shared.lock().unwrap().events.push(event);
    }
}

/// The embedder's state in one store: its view of the shared table.
struct Kv {
    resources: HostResources,
    shared: Arc<Mutex<Shared>>,
}

impl Kv {
    fn event(&self, event: String) {
        self.shared.lock().unwrap().events.push(event);
    }
}

impl my::app::kv::Host for Kv {
    fn close(&mut self, c: Resource<Connection>) {
        let connection = self.resources.delete(c).expect("a live connection");
        self.event(format!("close {}", connection.name));
    }
}

impl my::app::kv::HostConnection for Kv {
    fn new(&mut self, name: String) -> Resource<Connection> {
        self.event(format!("open {name}"));
        let connection = Connection {
            name,
            shared: Arc::clone(&self.shared),
        };
        self.resources.push(connection).expect("room in the table")
    }

    fn get(&mut self, this: Resource<Connection>, key: String) -> Option<String> {
        let connection = self.resources.get(&this).expect("a live connection");
        let shared = self.shared.lock().unwrap();
        shared
            .stores
            .get(&connection.name)
            .and_then(|s| s.get(&key))
            .cloned()
    }

    fn set(&mut self, this: Resource<Connection>, key: String, value: String) {
        let connection = self.resources.get(&this).expect("a live connection");
        let mut shared = self.shared.lock().unwrap();
        let store = shared.stores.entry(connection.name.clone()).or_default();
        store.insert(key, value);
    }

    fn drop(&mut self, this: Resource<Connection>) -> component_hub::wasmtime::Result<()> {
        let connection = self.resources.delete(this)?;
        self.event(format!("drop {}", connection.name));
        Ok(())
    }
}

/// A hub serving `my:app/kv` from the shared table, and what its stores record.
fn kv_hub(options: component_hub::HubOptions) -> (component_hub::Hub, Arc<Mutex<Shared>>) {
    let hub = new_hub(options).expect("hub");
    let shared = Arc::new(Mutex::new(Shared::default()));
    let state_shared = Arc::clone(&shared);
    hub.serve_bindgen(
        HOST_WIT,
        &["kv"],
        move |resources| Kv {
            resources,
            shared: Arc::clone(&state_shared),
        },
        |linker| {
            my::app::kv::add_to_linker::<HostState, HasSelf<Kv>>(linker, |state| {
                state.embedder_state::<Kv>()
            })
        },
    )
    .expect("serves");
    (hub, shared)
}

fn take_events(shared: &Mutex<Shared>) -> Vec<String> {
    std::mem::take(&mut shared.lock().unwrap().events)
}

#[test]
fn a_host_connection_crosses_to_a_library_and_back_and_goes_with_its_last_holder() {
    let (options, output) = capturing();
    let (hub, shared) = kv_hub(options);
    hub.share_resource::<Connection>("my:app/kv", "connection")
        .expect("shares");
    // The app forgot `mine` (released when the run ended: dropped, without the
    // interface's `drop`); the keeper holds the other one. In the second run the keeper
    // drops the one it kept, in its own store, on a value the app's store made.
    crosses_and_goes_with_its_last_holder(
        &hub,
        &shared,
        &output,
        [
            &[
                "open shared",
                "open shared",
                "open scratch",
                "drop scratch",
                "release scratch",
                "open closed",
                "close closed",
                "release closed",
                "release shared",
            ],
            &[
                "open shared",
                "open shared",
                "drop shared",
                "release shared",
                "open scratch",
                "drop scratch",
                "release scratch",
                "open closed",
                "close closed",
                "release closed",
                "release shared",
            ],
        ],
    );
}

/// Loads the keeper, runs `kv_sharer` twice (checking the events of each run), and
/// unloads the keeper, which releases the connection it holds.
fn crosses_and_goes_with_its_last_holder(
    hub: &component_hub::Hub,
    shared: &Mutex<Shared>,
    output: &CapturedOutput,
    runs: [&[&str]; 2],
) {
    let keeper = hub
        .load(guest("kv_keeper"))
        .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    for events in runs {
        hub.run(guest("kv_sharer"))
            .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
        // The keeper wrote through a lent connection and read through a given one:
        // both reached the host's values, made in the app's store.
        let text = output.text();
        assert!(
            text.contains("[APP] kv_sharer: the keeper reads colour = teal"),
            "{text}"
        );
        assert!(text.contains("[APP] kv_sharer: back from the keeper, colour = teal"));
        assert_eq!(take_events(shared), events);
        assert_eq!(hub.host_resource_count(), 1);
        let status = hub.status();
        assert_eq!(status.host_resources, 1);
        assert!(
            status
                .to_string()
                .ends_with("Live resource handles: 0 (and 1 of the host's own)"),
            "{status}"
        );
    }
    unloading_releases(hub, keeper, shared, "shared");
}

/// Unloads `keeper` and checks that it released the connection `name` it held, and that
/// nothing else is left live.
fn unloading_releases(
    hub: &component_hub::Hub,
    keeper: component_hub::LibraryId,
    shared: &Mutex<Shared>,
    name: &str,
) {
    hub.unload(keeper, false).expect("unloads");
    assert_eq!(take_events(shared), [format!("release {name}")]);
    assert_eq!(hub.host_resource_count(), 0);
    assert_eq!(hub.live_handles(), 0);
}

#[test]
fn an_unshared_host_resource_keeps_a_library_that_passes_it_from_loading() {
    let (hub, _shared) = kv_hub(quiet());
    let err = hub.load(guest("kv_keeper")).expect_err("not shared");
    let line = OneLine(&err).to_string();
    assert!(
        line.ends_with("`connection` is the host's resource, which the host does not share between stores (`Hub::share_resource`)"),
        "{line}"
    );
    assert!(hub.status().libraries.is_empty());
}

#[test]
fn sharing_checks_the_resource_and_its_rust_type() {
    let (hub, _shared) = kv_hub(quiet());
    let err = hub
        .share_resource::<Connection>("my:app/kv", "cursor")
        .expect_err("no such resource");
    assert!(
        matches!(err, HostInterfaceError::NoSuchResource { .. }),
        "{err:?}"
    );
    assert_eq!(
        OneLine(&err).to_string(),
        "the host serves no resource `cursor` of `my:app/kv`"
    );
    let err = hub
        .share_resource::<String>("my:app/kv", "connection")
        .expect_err("another type");
    assert_eq!(
        OneLine(&err).to_string(),
        "`add_to_linker` gives resource `my:app/kv@0.1.0.connection` another type than `alloc::string::String`"
    );
    // Without its version, and semver-compatible, the name finds it.
    hub.share_resource::<Connection>("my:app/kv@0.1.3", "connection")
        .expect("shares");
}

/// The same `my:app/kv`, served by closures over `Val`s: the values live in the shared
/// table without `share_resource`, and a value's `Drop` is the only destructor.
fn closures_kv_hub(options: component_hub::HubOptions) -> (component_hub::Hub, Arc<Mutex<Shared>>) {
    let hub = new_hub(options).expect("hub");
    let shared = Arc::new(Mutex::new(Shared::default()));
    let (open, get, set) = (
        Arc::clone(&shared),
        Arc::clone(&shared),
        Arc::clone(&shared),
    );
    let kv = HostInterface::new(HOST_WIT, "kv")
        .func_with_resources("[constructor]connection", move |call, args, results| {
            let [Val::String(name)] = args else {
                return Err("one string".into());
            };
            open.lock().unwrap().events.push(format!("open {name}"));
            let connection = Connection {
                name: name.clone(),
                shared: Arc::clone(&open),
            };
            results[0] = call.push("connection", connection)?;
            Ok(())
        })
        .func_with_resources("[method]connection.get", move |call, args, results| {
            let connection = call.get::<Connection>(&args[0])?;
            let Val::String(key) = &args[1] else {
                return Err("a string key".into());
            };
            let shared = get.lock().unwrap();
            let value = shared
                .stores
                .get(&connection.name)
                .and_then(|s| s.get(key))
                .cloned();
            results[0] = Val::Option(value.map(|v| Box::new(Val::String(v))));
            Ok(())
        })
        .func_with_resources("[method]connection.set", move |call, args, _results| {
            let connection = call.get::<Connection>(&args[0])?;
            let [_, Val::String(key), Val::String(value)] = args else {
                return Err("a key and a value".into());
            };
            let mut shared = set.lock().unwrap();
            let store = shared.stores.entry(connection.name.clone()).or_default();
            store.insert(key.clone(), value.clone());
            Ok(())
        })
        // Given the handle, the host lets it go: the hub drops the value after the call.
        .func("close", |_args, _results| Ok(()));
    hub.serve(kv).expect("serves");
    (hub, shared)
}

#[test]
fn a_closures_connection_crosses_to_a_library_and_goes_with_its_last_holder() {
    let (options, output) = capturing();
    let (hub, shared) = closures_kv_hub(options);
    // The scratch connection goes when the app drops it, the closed one when the host
    // is given it, the forgotten one when the run ends; the keeper holds the other, and
    // drops it when given another.
    crosses_and_goes_with_its_last_holder(
        &hub,
        &shared,
        &output,
        [
            &[
                "open shared",
                "open shared",
                "open scratch",
                "release scratch",
                "open closed",
                "release closed",
                "release shared",
            ],
            &[
                "open shared",
                "open shared",
                "release shared",
                "open scratch",
                "release scratch",
                "open closed",
                "release closed",
                "release shared",
            ],
        ],
    );
}

#[test]
fn a_closures_resource_serves_an_app_on_its_own() {
    let (options, output) = capturing();
    let (hub, shared) = closures_kv_hub(options);
    hub.run(guest("kv_app"))
        .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    assert!(output.text().contains("[APP] kv_app: theme = dark"));
    assert_eq!(
        take_events(&shared),
        [
            "open settings",
            "open settings",
            "release settings",
            "release settings"
        ]
    );
    assert_eq!(hub.host_resource_count(), 0);
}

#[test]
fn a_closure_misusing_a_handle_is_a_one_line_error_for_the_run() {
    // A resource the interface does not define, and a string read as a handle.
    let cases: [(&str, &str); 2] = [
        (
            "cursor",
            "host function `my:app/kv@0.1.0#[constructor]connection` failed: the interface defines no resource `cursor`",
        ),
        (
            "connection",
            "host function `my:app/kv@0.1.0#[method]connection.set` failed: expected a handle of one of the interface's resources, found a string",
        ),
    ];
    for (resource, expected) in cases {
        let hub = new_hub(quiet()).expect("hub");
        let kv = HostInterface::new(HOST_WIT, "kv")
            .func_with_resources("[constructor]connection", move |call, _args, results| {
                results[0] = call.push(resource, ())?;
                Ok(())
            })
            .func("[method]connection.get", |_args, _results| Ok(()))
            .func_with_resources("[method]connection.set", |call, args, _results| {
                call.get::<()>(&args[1])?;
                Ok(())
            })
            .func("close", |_args, _results| Ok(()));
        hub.serve(kv).expect("serves");
        let err = hub.run(guest("kv_app")).expect_err(expected);
        let line = OneLine(&err).to_string();
        assert!(line.ends_with(expected), "{line}");
        // What the run made went with it.
        assert_eq!(hub.host_resource_count(), 0);
    }
}

#[test]
fn the_host_takes_a_connection_from_a_library_lends_it_gives_it_back_and_releases_one() {
    let (hub, shared) = closures_kv_hub(quiet());
    let keeper = hub
        .load(guest("kv_keeper"))
        .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    hub.run(guest("kv_sharer"))
        .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    take_events(&shared);
    const KEEPER: &str = "my:app/keeper";
    let mut caller = hub.caller();
    let call = |caller: &mut component_hub::HostCaller, f: &str, args: &[Val]| {
        caller
            .call(keeper, Some(KEEPER), f, args)
            .unwrap_or_else(|e| panic!("{f}: {}", OneLine(&e)))
    };
    let given_back = |results: Vec<Val>| match results.as_slice() {
        [Val::Option(Some(handle))] => (**handle).clone(),
        other => panic!("{other:?}"),
    };
    // The keeper's connection comes to the host, which now holds it.
    let connection = given_back(call(&mut caller, "give-back", &[]));
    assert_eq!(caller.held_handles(), 1);
    // Lent for a write, then given to keep: the keeper holds it again.
    let key = || Val::String("shape".into());
    call(
        &mut caller,
        "write-through",
        &[connection.clone(), key(), Val::String("round".into())],
    );
    call(&mut caller, "keep", &[connection]);
    assert_eq!(caller.held_handles(), 0);
    let peeked = call(&mut caller, "peek", &[key()]);
    assert!(
        matches!(peeked.as_slice(), [Val::Option(Some(v))] if **v == Val::String("round".into())),
        "{peeked:?}"
    );
    // Taken back once more and released by the host: its value goes.
    let connection = given_back(call(&mut caller, "give-back", &[]));
    let Val::Resource(handle) = connection else {
        panic!("{connection:?}")
    };
    caller.release(handle).expect("released");
    assert_eq!(take_events(&shared), ["release shared"]);
    assert_eq!(hub.host_resource_count(), 0);
    assert_eq!(caller.held_handles(), 0);
}

#[test]
fn the_host_makes_a_connection_and_gives_it_to_a_library_on_both_forms() {
    let (hub, shared) = kv_hub(quiet());
    hub.share_resource::<Connection>("my:app/kv", "connection")
        .expect("shares");
    gives_its_own_connections(&hub, &shared);
    let (hub, shared) = closures_kv_hub(quiet());
    gives_its_own_connections(&hub, &shared);
}

/// The host makes two connections: lends one to the keeper for a write, gives it to
/// keep, and drops the caller still holding the other, which goes with it; the keeper's
/// goes when it is unloaded.
fn gives_its_own_connections(hub: &component_hub::Hub, shared: &Arc<Mutex<Shared>>) {
    let keeper = hub
        .load(guest("kv_keeper"))
        .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    const KEEPER: &str = "my:app/keeper";
    let mut caller = hub.caller();
    let connection = |caller: &mut component_hub::HostCaller, name: &str| {
        let value = Connection {
            name: name.to_owned(),
            shared: Arc::clone(shared),
        };
        let handle = caller
            .push("my:app/kv", "connection", value)
            .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
        Val::Resource(handle)
    };
    let given = connection(&mut caller, "given");
    let _kept_by_the_caller = connection(&mut caller, "forgotten");
    assert_eq!(caller.held_handles(), 2);
    assert_eq!(hub.host_resource_count(), 2);
    let mut call = |f: &str, args: &[Val]| {
        caller
            .call(keeper, Some(KEEPER), f, args)
            .unwrap_or_else(|e| panic!("{f}: {}", OneLine(&e)))
    };
    let key = || Val::String("shape".into());
    call(
        "write-through",
        &[given.clone(), key(), Val::String("square".into())],
    );
    call("keep", &[given]);
    let peeked = call("peek", &[key()]);
    assert!(
        matches!(peeked.as_slice(), [Val::Option(Some(v))] if **v == Val::String("square".into())),
        "{peeked:?}"
    );
    assert_eq!(caller.held_handles(), 1);
    drop(caller);
    assert_eq!(take_events(shared), ["release forgotten"]);
    assert_eq!(hub.host_resource_count(), 1);
    unloading_releases(hub, keeper, shared, "given");
}

#[test]
fn the_host_makes_only_resources_it_serves_shares_and_types_as_bindgen_does() {
    let (hub, _shared) = kv_hub(quiet());
    let mut caller = hub.caller();
    let mut push = |resource: &str, value: String| {
        let err = caller
            .push("my:app/kv", resource, value)
            .expect_err("refused");
        OneLine(&err).to_string()
    };
    assert_eq!(
        push("cursor", String::new()),
        "the host serves no resource `cursor` of `my:app/kv`"
    );
    assert_eq!(
        push("connection", String::new()),
        "`add_to_linker` gives resource `my:app/kv@0.1.0.connection` another type than `alloc::string::String`"
    );
    let err = caller
        .push("my:app/kv", "connection", connection_for_nobody())
        .expect_err("not shared");
    assert_eq!(
        OneLine(&err).to_string(),
        "the host's resource `my:app/kv@0.1.0.connection` is not shared (`Hub::share_resource`)"
    );
    assert_eq!(hub.host_resource_count(), 0);
    assert_eq!(caller.held_handles(), 0);
}

/// A connection no store will see.
fn connection_for_nobody() -> Connection {
    Connection {
        name: "nobody".into(),
        shared: Arc::default(),
    }
}
