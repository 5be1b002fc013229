//! Interfaces the host serves from Rust (`HostInterface`, closures over `Val`s): linked to
//! apps and libraries by name with signature checks, shown by `status`, called by a
//! library the host calls in turn; and every way one can be wrong is one line.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use common::{capturing, load, quiet};
use component_hub::wasmtime::component::Val;
use component_hub::{
    HostInterface, HostInterfaceError, Hub, LinkError, LinkProvider, LoadError, OneLine, RunError,
    RunOptions, Wire, WireProblem, new_hub,
};
use hub_fixtures::guest;

const HOST_WIT: &str = include_str!("../guests/wit-host/host.wit");
const HOST: &str = "my:app/host@0.1.0";

/// The host's state: a key-value store and a log.
#[derive(Default)]
struct Host {
    values: Mutex<HashMap<String, String>>,
    log: Mutex<Vec<String>>,
}

fn string(val: &Val) -> Result<&str, component_hub::HostFunctionError> {
    match val {
        Val::String(s) => Ok(s),
        other => Err(format!("expected a string, got {other:?}").into()),
    }
}

/// `my:app/host` served from `host`.
fn host_interface(host: &Arc<Host>) -> HostInterface {
    let (log, get, set) = (Arc::clone(host), Arc::clone(host), Arc::clone(host));
    HostInterface::new(HOST_WIT, "host")
        .func("log", move |args, _| {
            log.log.lock().unwrap().push(string(&args[0])?.to_owned());
            Ok(())
        })
        .func("get", move |args, results| {
            let value = get.values.lock().unwrap().get(string(&args[0])?).cloned();
            results[0] = Val::Option(value.map(|v| Box::new(Val::String(v))));
            Ok(())
        })
        .func("set", move |args, _| {
            let (key, value) = (string(&args[0])?, string(&args[1])?);
            set.values
                .lock()
                .unwrap()
                .insert(key.to_owned(), value.to_owned());
            Ok(())
        })
}

fn serving_hub() -> (Hub, Arc<Host>) {
    let hub = new_hub(quiet()).expect("hub");
    let host = Arc::new(Host::default());
    hub.serve(host_interface(&host)).expect("serves");
    (hub, host)
}

#[test]
fn an_app_calls_the_hosts_interface() {
    let (options, output) = capturing();
    let hub = new_hub(options).expect("hub");
    let host = Arc::new(Host::default());
    hub.serve(host_interface(&host)).expect("serves");
    hub.run(guest("host_app")).expect("runs");
    assert_eq!(
        *host.log.lock().unwrap(),
        ["read back: hello from host_app"]
    );
    assert!(
        output
            .text()
            .contains("[APP] host_app: hello from host_app")
    );
    assert_eq!(hub.status().host_interfaces, [HOST]);
    assert!(
        hub.status()
            .to_string()
            .contains(&format!("Served by the host: {HOST}"))
    );
}

#[test]
fn a_library_imports_the_host_and_the_host_calls_it() {
    let (hub, host) = serving_hub();
    let plugin = load(&hub, "plugin_lib");
    let status = hub.status();
    let link = &status.libraries[0].links[0];
    assert_eq!(
        (link.import.as_str(), link.provider),
        (HOST, LinkProvider::Host)
    );
    assert!(
        status
            .to_string()
            .contains(&format!("imports {HOST} from the host"))
    );
    let mut caller = hub.caller();
    for (input, calls) in [("abc", "1"), ("xyz", "2")] {
        let (out,): (String,) = caller
            .call_typed(plugin, Some("my:app/plugin"), "transform", (input,))
            .expect("transform");
        assert_eq!(out, input.to_uppercase());
        assert_eq!(host.values.lock().unwrap()["calls"], calls);
    }
    assert_eq!(
        *host.log.lock().unwrap(),
        ["transform(abc)", "transform(xyz)"]
    );
}

#[test]
fn the_host_stops_serving_an_interface_no_library_imports() {
    let (hub, _host) = serving_hub();
    let plugin = load(&hub, "plugin_lib");
    let err = hub.unserve(&[HOST]).expect_err("plugin_lib imports it");
    assert!(matches!(err, HostInterfaceError::InUse { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!("`{HOST}` is imported by library #1 plugin_lib.wasm; unload it first")
    );
    hub.run(guest("host_app")).expect("still served");

    hub.unload(plugin, false).expect("unloads");
    // All or nothing: one name not served, and none goes.
    let err = hub
        .unserve(&[HOST, "my:app/nothing@0.1.0"])
        .expect_err("the host serves no `nothing`");
    assert!(matches!(err, HostInterfaceError::NotServed { .. }), "{err}");
    assert_eq!(hub.status().host_interfaces, [HOST]);
    hub.unserve(&[HOST]).expect("nothing imports it now");
    assert!(hub.status().host_interfaces.is_empty());
    let err = hub.run(guest("host_app")).expect_err("no longer served");
    assert_eq!(common::unsatisfied_import(&err), HOST);
    let err = hub.unserve(&[HOST]).expect_err("served no more");
    assert!(matches!(err, HostInterfaceError::NotServed { .. }), "{err}");
    // Served again, it links again.
    hub.serve(host_interface(&Arc::new(Host::default())))
        .expect("serves again");
    hub.run(guest("host_app")).expect("runs");
}

#[test]
fn an_import_the_host_does_not_serve_is_unsatisfied() {
    let hub = new_hub(quiet()).expect("hub");
    let err = hub
        .run(guest("host_app"))
        .expect_err("nothing serves my:app/host");
    assert_eq!(common::unsatisfied_import(&err), HOST);
}

#[test]
fn a_host_function_that_fails_is_one_line_for_the_run() {
    let hub = new_hub(quiet()).expect("hub");
    let failing = HostInterface::new(HOST_WIT, "my:app/host")
        .func("log", |_, _| Ok(()))
        .func("get", |_, _| Ok(()))
        .func("set", |_, _| Err("the disk is full".into()));
    hub.serve(failing).expect("serves");
    let err = hub.run(guest("host_app")).expect_err("set fails");
    assert!(
        OneLine(&err).to_string().contains("#set` failed"),
        "{err:?}"
    );
    assert!(matches!(err, RunError::Failed { .. }), "{err:?}");
    let line = OneLine(&err).to_string();
    assert!(
        line.ends_with("host function `my:app/host@0.1.0#set` failed: the disk is full"),
        "{line}"
    );
    assert!(!line.contains('\n'));
    // The hub keeps working.
    load(&hub, "provider_logging");
    load(&hub, "provider_calculator");
    common::run(&hub, "app_consumer");
}

#[test]
fn a_host_interface_whose_types_differ_is_refused_at_link_time() {
    let hub = new_hub(quiet()).expect("hub");
    let other = HOST_WIT.replace(
        "get: func(key: string) -> option<string>;",
        "get: func(key: string) -> u32;",
    );
    let host = HostInterface::new(&other, "host")
        .func("log", |_, _| Ok(()))
        .func("get", |_, _| Ok(()))
        .func("set", |_, _| Ok(()));
    hub.serve(host).expect("serves");
    let err = hub.load(guest("plugin_lib")).expect_err("get differs");
    let LoadError::Link { source, .. } = &err else {
        panic!("{err:?}");
    };
    assert!(
        matches!(&**source, LinkError::Signature { function, provider, .. } if function == "get" && provider == "the host"),
        "{source:?}"
    );
    let line = OneLine(&err).to_string();
    assert!(
        line.ends_with("plugin_lib.wasm` cannot be linked: `my:app/host@0.1.0` function `get`: it expects `func(key: string) -> option<string>`, but `the host` exports `func(key: string) -> u32`"),
        "{line}"
    );
    assert!(hub.status().libraries.is_empty());
}

#[test]
fn bad_host_interfaces_are_one_line_errors_that_change_nothing() {
    let hub = new_hub(quiet()).expect("hub");
    let cases: Vec<(HostInterface, &str)> = vec![
        (
            HostInterface::new("package my:app; interface host { log: func(", "host"),
            "the host interface's WIT does not parse",
        ),
        (
            HostInterface::new(HOST_WIT, "nope"),
            "the host interface's WIT has no interface `nope`",
        ),
        (
            HostInterface::new(HOST_WIT, "host").func("log", |_, _| Ok(())),
            "host interface `my:app/host@0.1.0` does not implement its function `get`",
        ),
        (
            host_interface(&Arc::default()).func("delete", |_, _| Ok(())),
            "host interface `my:app/host@0.1.0` has no function `delete` to implement",
        ),
        (
            HostInterface::new(
                "package my:res; interface host { resource conn { constructor(); } }",
                "host",
            ),
            "host interface `my:res/host` does not implement its function `[constructor]conn`",
        ),
    ];
    for (host, expected) in cases {
        let err = hub.serve(host).expect_err(expected);
        let line = OneLine(&err).to_string();
        assert!(line.starts_with(expected), "{line}");
        assert!(!line.contains('\n'), "{line}");
    }
    assert!(hub.status().host_interfaces.is_empty());
    hub.serve(host_interface(&Arc::default())).expect("serves");
    let err = hub
        .serve(host_interface(&Arc::default()))
        .expect_err("twice");
    assert!(matches!(err, HostInterfaceError::AlreadyServed { .. }));
    assert_eq!(hub.status().host_interfaces, [HOST]);
}

#[test]
fn a_library_a_failing_host_function_unwinds_is_disabled_and_the_error_names_the_host() {
    let hub = new_hub(quiet()).expect("hub");
    let failing = HostInterface::new(HOST_WIT, "host")
        .func("log", |_, _| Ok(()))
        .func("get", |_, results| {
            results[0] = Val::Option(None);
            Ok(())
        })
        .func("set", |_, _| Err("the disk is full".into()));
    hub.serve(failing).expect("serves");
    let plugin = load(&hub, "plugin_lib");
    let mut caller = hub.caller();
    let err = caller
        .call(
            plugin,
            Some("my:app/plugin"),
            "transform",
            &[Val::String("a".into())],
        )
        .expect_err("set fails");
    let line = OneLine(&err).to_string();
    assert!(
        line.ends_with("host function `my:app/host@0.1.0#set` failed: the disk is full"),
        "{line}"
    );
    // wasmtime cannot enter a store again after an error unwound it: the library is
    // disabled, as unwound, not as the culprit.
    let fault = hub.status().libraries[0]
        .disabled
        .clone()
        .expect("disabled");
    assert_eq!(fault.kind, component_hub::FaultKind::Unwound);
    assert_eq!(fault.function, "transform");
}

#[test]
fn a_host_function_that_leaves_a_result_unset_is_named() {
    let hub = new_hub(quiet()).expect("hub");
    let careless = HostInterface::new(HOST_WIT, "host")
        .func("log", |_, _| Ok(()))
        .func("get", |_, _| Ok(()))
        .func("set", |_, _| Ok(()));
    hub.serve(careless).expect("serves");
    let err = hub.run(guest("host_app")).expect_err("get sets nothing");
    let line = OneLine(&err).to_string();
    assert!(
        line.contains("host function `my:app/host@0.1.0#get` failed: result 1 must be a `option<string>`, not "),
        "{line}"
    );
}

#[test]
fn a_library_in_front_of_the_host_wraps_its_interface() {
    let (hub, host) = serving_hub();
    let proxy = load(&hub, "host_proxy");
    let status = hub.status();
    let export = &status.libraries[0].exports[0];
    assert_eq!(export.wraps, Some(LinkProvider::Host));
    // Components loaded or run after it get the proxy, which calls the host.
    let plugin = load(&hub, "plugin_lib");
    let link = &hub.status().libraries[1].links[0];
    assert_eq!(link.provider, LinkProvider::Library(proxy));
    hub.run(guest("host_app")).expect("runs through the proxy");
    let mut caller = hub.caller();
    let (out,): (String,) = caller
        .call_typed(plugin, Some("my:app/plugin"), "transform", ("abc",))
        .expect("transform");
    assert_eq!(out, "ABC");
    assert_eq!(
        *host.log.lock().unwrap(),
        [
            "[proxy] read back: hello from host_app",
            "[proxy] transform(abc)"
        ]
    );
}

/// `acme:host/api@1.2.0` served by the host, counting its calls.
fn greeter(calls: &Arc<Mutex<usize>>) -> HostInterface {
    let calls = Arc::clone(calls);
    HostInterface::new(
        "package acme:host@1.2.0; interface api { greet: func(name: string) -> string; }",
        "api",
    )
    .func("greet", move |args, results| {
        *calls.lock().unwrap() += 1;
        results[0] = Val::String(format!("hello, {}", string(&args[0])?));
        Ok(())
    })
}

#[test]
fn an_import_is_wired_to_a_host_interface_of_another_name() {
    let hub = new_hub(quiet()).expect("hub");
    let calls = Arc::new(Mutex::new(0));
    hub.serve(greeter(&calls)).expect("serves");
    // It serves `toplevel-import`, and an `acme:host/api` of its own, which the wire
    // passes over for the host's.
    let provider = load(&hub, "wired_provider");
    let top = Wire::new("toplevel-import", provider, "toplevel-export");
    let wired = RunOptions::default()
        .wire(top.clone())
        .wire(Wire::to_host("my:plugin/host-api", "acme:host/api@1.2.0"));
    hub.run_with(guest("wired_app"), &wired)
        .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    assert_eq!(*calls.lock().unwrap(), 1, "the host answered");

    // Without its version, as the host serves one interface of that name.
    let unversioned = RunOptions::default()
        .wire(top.clone())
        .wire(Wire::to_host("my:plugin/host-api", "acme:host/api"));
    hub.run_with(guest("wired_app"), &unversioned)
        .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    assert_eq!(*calls.lock().unwrap(), 2);

    for (wire, problem, line) in [
        (
            Wire::to_host("my:plugin/host-api", "acme:host/nope"),
            WireProblem::NoSuchExport,
            "wire `my:plugin/host-api=host/acme:host/nope`: it has no such export",
        ),
        (
            Wire::to_host("toplevel-import", "acme:host/api@1.2.0"),
            WireProblem::KindMismatch,
            "wire `toplevel-import=host/acme:host/api@1.2.0`: an interface import needs an interface export, a function import a function export",
        ),
    ] {
        // The other import wired as it should be.
        let other = match problem {
            WireProblem::KindMismatch => Wire::to_host("my:plugin/host-api", "acme:host/api@1.2.0"),
            _ => top.clone(),
        };
        let options = RunOptions::default().wire(other).wire(wire);
        let err = hub
            .run_with(guest("wired_app"), &options)
            .expect_err("a bad wire");
        match &err {
            RunError::Link { source, .. } => {
                assert!(
                    matches!(&**source, LinkError::Wire { problem: found, provider: LinkProvider::Host, .. } if *found == problem),
                    "{source:?}"
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(
            OneLine(&err).to_string().contains(line),
            "{}",
            OneLine(&err)
        );
    }
    assert_eq!(*calls.lock().unwrap(), 2, "refused runs called nothing");
}

#[test]
fn a_library_exporting_a_name_the_host_serves_makes_it_ambiguous() {
    let (options, output) = capturing();
    let hub = new_hub(options).expect("hub");
    let calls = Arc::new(Mutex::new(0));
    hub.serve(greeter(&calls)).expect("serves");
    hub.run(guest("acme_app")).expect("the host serves it");
    assert_eq!(*calls.lock().unwrap(), 1);
    assert!(output.text().contains("[APP] acme_app: hello, acme"));
    // `wired_provider` exports `acme:host/api` without importing it: it does not wrap
    // the host's, so an import of the name has two candidates.
    let provider = load(&hub, "wired_provider");
    let err = hub.run(guest("acme_app")).expect_err("two candidates");
    match &err {
        RunError::Link { source, .. } => match &**source {
            LinkError::Ambiguous { candidates, .. } => {
                assert_eq!(candidates, &["the host", "#1 wired_provider.wasm"]);
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    // A wire picks either.
    for wire in [
        Wire::to_host("acme:host/api@1.2.0", "acme:host/api@1.2.0"),
        Wire::new("acme:host/api@1.2.0", provider, "acme:host/api@1.2.0"),
    ] {
        hub.run_with(guest("acme_app"), &RunOptions::default().wire(wire))
            .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    }
    assert_eq!(*calls.lock().unwrap(), 2, "the host answered its wire only");
}

/// `set` as a typed host function (`func_typed`: no `Val`s), `log` and `get` as
/// closures: one interface, both kinds, and the app sees no difference.
#[test]
fn typed_and_closure_host_functions_serve_one_interface() {
    use component_hub::HostState;
    use component_hub::wasmtime::StoreContextMut;

    let hub = new_hub(quiet()).expect("hub");
    let host = Arc::new(Host::default());
    let values = Arc::clone(&host);
    let typed_set =
        move |linker: &mut component_hub::wasmtime::component::LinkerInstance<'_, HostState>,
              name: &str| {
            let values = Arc::clone(&values);
            linker.func_wrap(
                name,
                move |_: StoreContextMut<'_, HostState>, (key, value): (String, String)| {
                    values.values.lock().unwrap().insert(key, value);
                    Ok(())
                },
            )
        };
    let mixed = host_interface(&host).func_typed("set", Arc::new(typed_set));
    assert_eq!(mixed.typed_functions().collect::<Vec<_>>(), ["set"]);
    hub.serve(mixed).expect("serves");
    hub.run(guest("host_app")).expect("runs");
    assert_eq!(
        *host.log.lock().unwrap(),
        ["read back: hello from host_app"]
    );

    // A typed function of other types than the WIT's is refused when served, by name.
    let wrong = |linker: &mut component_hub::wasmtime::component::LinkerInstance<'_, HostState>,
                 name: &str| {
        linker.func_wrap(name, |_: StoreContextMut<'_, HostState>, (_,): (u32,)| {
            Ok(())
        })
    };
    let other = new_hub(quiet()).expect("hub");
    let err = other
        .serve(host_interface(&host).func_typed("set", Arc::new(wrong)))
        .expect_err("set takes two strings");
    assert!(
        matches!(err, HostInterfaceError::TypedMismatch { .. }),
        "{err:?}"
    );
    let line = OneLine(&err).to_string();
    assert!(line.contains(HOST) && line.contains("set"), "{line}");
    assert_eq!(other.status().host_interfaces, Vec::<String>::new());
}

/// A typed function in an interface that uses another's resource: the check when it is
/// served knows the used interface, and the used resource is its type.
#[test]
fn a_typed_function_beside_a_used_resource_is_checked_and_served() {
    use component_hub::HostState;
    use component_hub::wasmtime::StoreContextMut;
    use component_hub::wasmtime::component::LinkerInstance;

    let wit = "package my:uses@0.1.0;
        interface e1 { resource x { constructor(); } }
        interface e2 {
            use e1.{x};
            double: func(a: u32) -> u32;
            keep: func(x: borrow<x>);
        }";
    let hub = new_hub(quiet()).expect("hub");
    let e1 =
        HostInterface::new(wit, "e1").func_with_resources("[constructor]x", |call, _, results| {
            results[0] = call.push("x", ())?;
            Ok(())
        });
    hub.serve(e1).expect("e1 serves");
    let double = |linker: &mut LinkerInstance<'_, HostState>, name: &str| {
        linker.func_wrap(name, |_: StoreContextMut<'_, HostState>, (a,): (u32,)| {
            Ok((a * 2,))
        })
    };
    let e2 = HostInterface::new(wit, "e2")
        .func_typed("double", Arc::new(double))
        .func_with_resources("keep", |call, args, _| {
            call.get::<()>(&args[0])?;
            Ok(())
        });
    hub.serve(e2)
        .expect("e2 serves, its typed `double` checked");
    assert_eq!(
        hub.status().host_interfaces,
        ["my:uses/e1@0.1.0", "my:uses/e2@0.1.0"]
    );
}
