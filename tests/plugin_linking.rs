//! What real plugins need linked, on both forwarding paths: a resource shared between
//! interfaces, types-only interfaces, signatures checked before anything runs,
//! interposition, explicit wiring, clashing private exports, WASI HTTP, maps and
//! fixed-length lists, and feature-gated WIT.

mod common;

use common::{load, quiet, run};
use component_hub::{
    ForwardingPath, Hub, LinkError, LinkProvider, LoadError, LoadOptions, OneLine, RunError,
    RunOptions, Wire, WireProblem, new_hub,
};
use hub_fixtures::events::Recording;
use hub_fixtures::guest;

/// A hub on the generated path and one forced onto the dynamic path, with the path
/// each must take.
fn both_paths() -> [(Hub, ForwardingPath); 2] {
    [
        (new_hub(quiet()).expect("hub"), ForwardingPath::Generated),
        (
            new_hub(quiet().force_dynamic(true)).expect("hub"),
            ForwardingPath::Dynamic,
        ),
    ]
}

/// The path every interface export of the loaded libraries takes.
fn paths(hub: &Hub) -> Vec<ForwardingPath> {
    hub.status()
        .libraries
        .iter()
        .flat_map(|l| &l.exports)
        .filter(|e| e.interface.is_some())
        .map(|e| e.path)
        .collect()
}

fn link_error_of_run(err: &RunError) -> &LinkError {
    match err {
        RunError::Link { source, .. } => source,
        other => panic!("not a link error: {other:?}"),
    }
}

fn link_error_of_load(err: &LoadError) -> &LinkError {
    match err {
        LoadError::Link { source, .. } => source,
        other => panic!("not a link error: {other:?}"),
    }
}

#[test]
fn a_resource_shared_by_two_interfaces_is_one_resource() {
    for (hub, path) in both_paths() {
        load(&hub, "shared_provider");
        // shared_app makes `x`s through e1 and e2 and passes each to the other interface;
        // it traps on any wrong answer.
        run(&hub, "shared_app");
        let status = hub.status();
        let exports = &status.libraries[0].exports;
        assert_eq!(exports[0].resources, ["x"], "e1 defines x");
        assert!(exports[1].resources.is_empty(), "e2 only renames it");
        assert_eq!(paths(&hub), [path, path], "{status}");
        assert_eq!(hub.live_handles(), 0);
    }
}

#[test]
fn an_interface_with_only_types_needs_no_provider() {
    for (hub, path) in both_paths() {
        // typeonly_provider imports `types:only/defs`, which only holds types.
        load(&hub, "typeonly_provider");
        assert_eq!(paths(&hub), [path]);
        run(&hub, "typeonly_app");
    }
}

#[test]
fn a_signature_mismatch_is_refused_before_anything_runs() {
    for (hub, _) in both_paths() {
        load(&hub, "mismatch_provider");
        let err = hub.run(guest("mismatch_app")).expect_err("mismatched app");
        match link_error_of_run(&err) {
            LinkError::Signature {
                interface,
                function,
                expected,
                found,
                provider,
            } => {
                assert_eq!(interface, "cat:mismatch/cat@0.1.0");
                assert_eq!(function, "foo");
                assert_eq!(expected, "func(x: string) -> u32");
                assert_eq!(found, "func(x: list<u8>) -> u32");
                assert_eq!(provider, "#1 mismatch_provider.wasm");
            }
            other => panic!("{other:?}"),
        }
        assert!(!OneLine(&err).to_string().contains('\n'));
        // A library with the same wrong import is refused at load.
        let err = hub
            .load(guest("mismatch_lib"))
            .expect_err("mismatched library");
        assert!(matches!(
            link_error_of_load(&err),
            LinkError::Signature { function, .. } if function == "foo"
        ));
        // Nothing was disabled: the provider is not at fault.
        assert!(hub.status().libraries[0].disabled.is_none());
    }
}

#[test]
fn a_library_importing_and_exporting_an_interface_wraps_it() {
    for (hub, path) in both_paths() {
        let (events, _guard) = Recording::start();
        let logging = load(&hub, "provider_logging");
        let proxy = load(&hub, "proxy_logging");
        // Loaded after the proxy: its logging import goes to the proxy.
        load(&hub, "provider_calculator");
        assert!(paths(&hub).iter().all(|p| *p == path));
        run(&hub, "app_consumer");
        let status = hub.status();
        let proxy_status = &status.libraries[1];
        assert_eq!(
            proxy_status.exports[0].wraps,
            Some(LinkProvider::Library(logging))
        );
        assert_eq!(
            proxy_status.links[0].provider,
            LinkProvider::Library(logging)
        );
        let calculator = &status.libraries[2];
        let logging_link = calculator
            .links
            .iter()
            .find(|l| l.import == "demo:logging/logging@0.1.0")
            .expect("the calculator imports logging");
        assert_eq!(logging_link.provider, LinkProvider::Library(proxy));
        assert!(status.to_string().contains(", wrapping #1"), "{status}");
        // Loggers the app and the calculator made are the proxy's, and each wraps one of
        // the provider's: dropping them chains through both.
        assert!(events.lifecycle("Resource destructor called: logger handle") > 0);
        assert_eq!(hub.live_handles(), 0);

        // Stacking: a second proxy wraps the first.
        let outer = load(&hub, "proxy_logging");
        let status = hub.status();
        assert_eq!(
            status.libraries[3].exports[0].wraps,
            Some(LinkProvider::Library(proxy))
        );
        run(&hub, "app_consumer");
        assert!(
            status
                .libraries
                .iter()
                .all(|l| l.id != outer || l.links[0].provider == LinkProvider::Library(proxy))
        );
    }
}

#[test]
fn imports_can_be_wired_by_hand_when_names_differ() {
    for (hub, _) in both_paths() {
        let provider = load(&hub, "wired_provider");
        let err = hub.run(guest("wired_app")).expect_err("names differ");
        assert!(matches!(
            link_error_of_run(&err),
            LinkError::Unsatisfied { .. }
        ));

        let wired = RunOptions::default()
            .wire(Wire::new("toplevel-import", provider, "toplevel-export"))
            .wire(Wire::new(
                "my:plugin/host-api",
                provider,
                "acme:host/api@1.2.0",
            ));
        hub.run_with(guest("wired_app"), &wired)
            .unwrap_or_else(|e| panic!("{}", OneLine(&e)));

        // Wires that cannot work say why.
        let cases = [
            (
                Wire::new("no-such-import", provider, "toplevel-export"),
                WireProblem::NoSuchImport,
            ),
            (
                Wire::new("toplevel-import", provider, "no-such-export"),
                WireProblem::NoSuchExport,
            ),
            (
                Wire::new("toplevel-import", provider, "acme:host/api@1.2.0"),
                WireProblem::KindMismatch,
            ),
        ];
        for (wire, expected) in cases {
            let options = RunOptions::default()
                .wire(Wire::new(
                    "my:plugin/host-api",
                    provider,
                    "acme:host/api@1.2.0",
                ))
                .wire(wire);
            let err = hub
                .run_with(guest("wired_app"), &options)
                .expect_err("a bad wire");
            assert!(
                matches!(link_error_of_run(&err), LinkError::Wire { problem, .. } if *problem == expected),
                "{err:?}"
            );
        }
    }
}

#[test]
fn libraries_with_the_same_private_export_load_and_an_import_of_it_must_be_wired() {
    for (hub, _) in both_paths() {
        load(&hub, "private_a");
        let b = load(&hub, "private_b");
        let err = hub.run(guest("private_app")).expect_err("two candidates");
        match link_error_of_run(&err) {
            LinkError::Ambiguous { import, candidates } => {
                assert_eq!(import, "exports");
                assert_eq!(candidates, &["#1 private_a.wasm", "#2 private_b.wasm"]);
            }
            other => panic!("{other:?}"),
        }
        // The library's message names no console syntax; hub-demo adds its own hint.
        let message = OneLine(&err).to_string();
        assert!(message.contains("wire it to one of them"), "{message}");
        assert!(!message.contains("with exports="), "{message}");
        hub.run_with(
            guest("private_app"),
            &RunOptions::default().wire(Wire::new("exports", b, "exports")),
        )
        .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    }
}

#[test]
fn outgoing_http_is_denied_unless_the_host_is_allowed() {
    let (events, _guard) = Recording::start();
    let hub = new_hub(quiet()).expect("hub");
    // http_app asks for http://example.com/ and http://127.0.0.1:9/ and prints the error
    // value it gets: a denied request is a value, not a trap.
    run(&hub, "http_app");
    assert_eq!(events.lifecycle("Denied an HTTP request to example.com"), 1);
    assert_eq!(events.lifecycle("Denied an HTTP request to 127.0.0.1"), 1);

    // Allowed hosts are not denied (nothing listens on port 9 of the loopback: the app
    // gets a connection error value).
    let hub = new_hub(quiet().allow_http("127.0.0.1")).expect("hub");
    run(&hub, "http_app");
    assert_eq!(events.lifecycle("Denied an HTTP request to 127.0.0.1"), 1);
    assert_eq!(events.lifecycle("Denied an HTTP request to example.com"), 2);
}

#[test]
fn maps_and_fixed_length_lists_cross_the_hub() {
    for (hub, path) in both_paths() {
        load(&hub, "map_provider");
        assert_eq!(paths(&hub), [path]);
        run(&hub, "map_app");
    }
}

#[test]
fn feature_gated_wit_matches_components_built_with_default_features() {
    let hub = new_hub(quiet()).expect("hub");
    load(&hub, "gated_provider");
    let status = hub.status();
    let export = &status.libraries[0].exports[0];
    assert_eq!(export.interface.as_deref(), Some("gated:feat/api@0.1.0"));
    assert_eq!(
        export.path,
        component_hub::ForwardingPath::Generated,
        "{:?}",
        export.fallback
    );
    run(&hub, "gated_app");
}

#[test]
fn a_library_standing_in_for_wasi_needs_the_user_s_consent() {
    let hub = new_hub(quiet()).expect("hub");
    let err = hub.load(guest("wasi_impostor")).expect_err("refused");
    assert!(
        matches!(&err, LoadError::WasiExport { export, .. } if export == "wasi:cli/environment@0.2.99"),
        "{err:?}"
    );
    // The library's message names no hub-demo flag; the console adds its own hint.
    assert!(!OneLine(&err).to_string().contains("--"), "{err}");
    assert!(hub.status().libraries.is_empty());

    let impostor = hub
        .load_with(
            guest("wasi_impostor"),
            &LoadOptions::default().override_wasi(true),
        )
        .unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    let status = hub.status();
    assert!(status.libraries[0].exports[0].overrides_wasi);
    assert!(
        status
            .to_string()
            .contains("serves WASI in place of the host")
    );
    // Components loaded after it get its environment instead of the host's.
    load(&hub, "provider_logging");
    let status = hub.status();
    let environment = status.libraries[1]
        .links
        .iter()
        .find(|l| l.import.starts_with("wasi:cli/environment@"))
        .expect("the logging library imports wasi:cli/environment");
    assert_eq!(environment.provider, LinkProvider::Library(impostor));
}

#[test]
fn guests_see_no_files_unless_a_folder_is_given() {
    let hub = new_hub(quiet()).expect("hub");
    // files_app reads /data/hello.txt and traps when it cannot.
    let err = hub.run(guest("files_app")).expect_err("no file system");
    assert!(matches!(err, RunError::Trap { at: None, .. }), "{err:?}");

    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("hello.txt"), "hello").expect("write");
    let hub = new_hub(quiet().preopen_dir(dir.path(), "/data")).expect("hub");
    run(&hub, "files_app");

    let missing = dir.path().join("missing");
    let Err(err) = new_hub(quiet().preopen_dir(&missing, "/data")) else {
        panic!("a missing folder cannot be given");
    };
    assert!(
        matches!(err, component_hub::SetupError::NoSuchDir { .. }),
        "{err:?}"
    );
}
