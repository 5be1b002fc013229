//! Every kind of bad input gets a clear one-line error and leaves the hub working.

mod common;

use std::path::PathBuf;

use common::{demo_hub, hub, load, run};
use component_hub::{Hub, LoadError, RunError, guest};

/// The status as text: what must not change when an operation fails.
fn snapshot(hub: &Hub) -> String {
    hub.status().to_string()
}

fn assert_one_line(message: &str) {
    assert!(
        !message.is_empty() && !message.contains('\n'),
        "not one line: {message:?}"
    );
}

fn temp_file(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("input.wasm");
    std::fs::write(&path, bytes).expect("write temp file");
    (dir, path)
}

#[test]
fn missing_file() {
    let mut hub = demo_hub();
    let before = snapshot(&hub);
    let err = hub.load("/no/such/library.wasm").unwrap_err();
    assert!(matches!(err, LoadError::File(_)), "{err}");
    assert_one_line(&err.to_string());
    assert!(err.to_string().contains("/no/such/library.wasm"));
    assert_eq!(snapshot(&hub), before);
    run(&mut hub, "app_consumer");
}

#[test]
fn file_that_is_not_wasm() {
    let (_dir, path) = temp_file(b"this is not WebAssembly\n");
    let mut hub = demo_hub();
    let before = snapshot(&hub);
    let err = hub.load(&path).unwrap_err();
    assert!(
        err.to_string().ends_with("is not a WebAssembly file"),
        "{err}"
    );
    let err = hub.run(&path).unwrap_err();
    assert!(
        err.to_string().ends_with("is not a WebAssembly file"),
        "{err}"
    );
    assert_eq!(snapshot(&hub), before);
    run(&mut hub, "app_consumer");
}

#[test]
fn core_module_instead_of_a_component() {
    // The smallest valid core module: magic and version 1.
    let (_dir, path) = temp_file(b"\0asm\x01\0\0\0");
    let mut hub = demo_hub();
    let before = snapshot(&hub);
    let err = hub.load(&path).unwrap_err();
    assert!(
        err.to_string()
            .contains("is a core WebAssembly module, not a component"),
        "{err}"
    );
    assert_one_line(&err.to_string());
    assert_eq!(snapshot(&hub), before);
    run(&mut hub, "app_consumer");
}

#[test]
fn corrupt_component() {
    let mut bytes = std::fs::read(guest("provider_logging")).expect("guest exists");
    bytes.truncate(bytes.len() / 2);
    let (_dir, path) = temp_file(&bytes);
    let mut hub = demo_hub();
    let err = hub.load(&path).unwrap_err();
    assert!(
        err.to_string().contains("is not a valid component"),
        "{err}"
    );
    assert_one_line(&err.to_string());
    run(&mut hub, "app_consumer");
}

#[test]
fn import_no_library_provides_is_named() {
    let mut hub = hub();
    let err = hub.load(guest("provider_calculator")).unwrap_err();
    assert!(matches!(err, LoadError::UnsatisfiedImport { .. }), "{err}");
    assert!(
        err.to_string().contains("`demo:logging/logging@0.1.0`"),
        "{err}"
    );
    assert_one_line(&err.to_string());
    assert!(hub.status().libraries.is_empty());

    // Same for an app.
    let err = hub.run(guest("app_consumer")).unwrap_err();
    assert!(matches!(err, RunError::UnsatisfiedImport { .. }), "{err}");
    assert!(err.to_string().contains("`demo:logging/"), "{err}");
}

#[test]
fn app_without_run() {
    let mut hub = demo_hub();
    let err = hub.run(guest("provider_logging")).unwrap_err();
    assert!(matches!(err, RunError::NoEntryPoint { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("exports neither `run: func()` nor `wasi:cli/run`")
    );
    assert_one_line(&err.to_string());
    run(&mut hub, "app_consumer");
}

#[test]
fn second_provider_of_an_interface() {
    let mut hub = demo_hub();
    let before = snapshot(&hub);
    let err = hub.load(guest("provider_logging")).unwrap_err();
    assert!(matches!(err, LoadError::DuplicateExport { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        format!(
            "`{}` exports `demo:logging/logging@0.1.0`, which `provider_logging.wasm` already provides",
            guest("provider_logging").display()
        )
    );
    assert_eq!(snapshot(&hub), before);
    run(&mut hub, "app_consumer");
}

#[test]
fn trap_in_a_provider_disables_only_that_provider() {
    let mut hub = demo_hub();
    load(&mut hub, "faulty_provider");
    run(&mut hub, "app_consumer");

    let err = hub.run(guest("faulty_app")).unwrap_err();
    assert!(matches!(err, RunError::Trap { .. }), "{err}");
    assert!(
        err.to_string()
            .contains("`faulty_provider.wasm` trapped in `boom`"),
        "{err}"
    );
    assert_one_line(&err.to_string());

    // The other libraries still answer, with their state intact.
    run(&mut hub, "app_consumer");
    let status = hub.status();
    let trapped: Vec<bool> = status.libraries.iter().map(|l| l.trapped).collect();
    assert_eq!(trapped, [false, false, true]);

    // The trapped library refuses further calls with a clear error.
    let err = hub.run(guest("faulty_app")).unwrap_err();
    assert!(
        err.to_string()
            .contains("is disabled because it trapped earlier"),
        "{err}"
    );

    // Purge resets it.
    hub.purge();
    load(&mut hub, "faulty_provider");
    assert!(!hub.status().libraries[0].trapped);
}
