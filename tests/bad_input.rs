//! Every kind of bad input gets a clear one-line error of the right kind and leaves the
//! hub working. The cases are a table: input, the hub it meets, the expected variants.

mod common;

use std::path::PathBuf;

use common::{demo_hub, hub, load, run};
use component_hub::{
    ComponentFileError, ExportError, FaultKind, Hub, LinkError, LoadError, OneLine, RunError,
    Stopped,
};
use hub_fixtures::guest;

/// What a case feeds the hub.
enum Input {
    /// A path that does not exist.
    Missing,
    /// These bytes, written to a temporary `.wasm` file.
    Bytes(fn() -> Vec<u8>),
    /// A guest component of the build.
    Guest(&'static str),
}

struct Case {
    name: &'static str,
    input: Input,
    /// The hub the input meets.
    hub: fn() -> Hub,
    /// The error `load` must give, or `None` when the case does not load.
    load: Option<fn(&LoadError) -> bool>,
    /// The error `run` must give, or `None` when the case does not run.
    run: Option<fn(&RunError) -> bool>,
}

const CASES: &[Case] = &[
    Case {
        name: "missing file",
        input: Input::Missing,
        hub: demo_hub,
        load: Some(|e| matches!(e, LoadError::File(ComponentFileError::Read { .. }))),
        run: Some(|e| matches!(e, RunError::File(ComponentFileError::Read { .. }))),
    },
    Case {
        name: "not WebAssembly",
        input: Input::Bytes(|| b"this is not WebAssembly\n".to_vec()),
        hub: demo_hub,
        load: Some(|e| matches!(e, LoadError::File(ComponentFileError::NotWasm { .. }))),
        run: Some(|e| matches!(e, RunError::File(ComponentFileError::NotWasm { .. }))),
    },
    Case {
        name: "a core module, not a component",
        // The smallest valid core module: magic and version 1.
        input: Input::Bytes(|| b"\0asm\x01\0\0\0".to_vec()),
        hub: demo_hub,
        load: Some(|e| matches!(e, LoadError::File(ComponentFileError::CoreModule { .. }))),
        run: Some(|e| matches!(e, RunError::File(ComponentFileError::CoreModule { .. }))),
    },
    Case {
        name: "a truncated component",
        input: Input::Bytes(|| {
            let mut bytes = std::fs::read(guest("provider_logging")).expect("guest exists");
            bytes.truncate(bytes.len() / 2);
            bytes
        }),
        hub: demo_hub,
        load: Some(|e| matches!(e, LoadError::File(ComponentFileError::Invalid { .. }))),
        run: Some(|e| matches!(e, RunError::File(ComponentFileError::Invalid { .. }))),
    },
    Case {
        name: "an import no library provides",
        input: Input::Guest("provider_calculator"),
        hub,
        load: Some(|e| {
            matches!(e, LoadError::Link { source, .. }
                if matches!(&**source, LinkError::Unsatisfied { import } if import == "demo:logging/logging@0.1.0"))
        }),
        run: None,
    },
    Case {
        name: "an app whose imports nothing provides",
        input: Input::Guest("app_consumer"),
        hub,
        load: None,
        run: Some(|e| {
            matches!(e, RunError::Link { source, .. }
                if matches!(&**source, LinkError::Unsatisfied { import } if import.starts_with("demo:logging/")))
        }),
    },
    Case {
        name: "an app without an entry point",
        input: Input::Guest("provider_logging"),
        hub: demo_hub,
        load: None,
        run: Some(|e| matches!(e, RunError::NoEntryPoint { .. })),
    },
    Case {
        name: "a library importing a WASI interface the host does not provide",
        input: Input::Guest("wasi_missing_lib"),
        hub,
        load: Some(|e| {
            matches!(e, LoadError::Link { source, .. }
                if matches!(&**source, LinkError::UnsupportedWasi { import } if import == "wasi:keyvalue/store@0.2.0-draft"))
        }),
        run: None,
    },
];

/// Without the `async` feature, components that use component-model async are refused
/// by name.
#[cfg(not(feature = "async"))]
const ASYNC_CASES: &[Case] = &[
    Case {
        name: "a library with an `async func` export (wit-bindgen async)",
        input: Input::Guest("async_provider"),
        hub: demo_hub,
        load: Some(|e| {
            matches!(e, LoadError::File(ComponentFileError::Async { what, .. })
                if what == "async func `shout` in `hub:async-guests/echo@0.1.0`")
        }),
        run: None,
    },
    Case {
        name: "an app with an `async func run`",
        input: Input::Guest("async_app"),
        hub: demo_hub,
        load: None,
        run: Some(|e| {
            matches!(e, RunError::File(ComponentFileError::Async { what, .. })
                if what.starts_with("async func `shout` in `hub:async-guests/echo@0.1.0`"))
        }),
    },
];

/// With it, they load; an async app still needs what it imports.
#[cfg(feature = "async")]
const ASYNC_CASES: &[Case] = &[Case {
    name: "an async app whose `async func` import nobody serves",
    input: Input::Guest("async_app"),
    hub: demo_hub,
    load: None,
    run: Some(|e| {
        matches!(e, RunError::Link { source, .. }
            if matches!(&**source, LinkError::Unsatisfied { import } if import == "hub:async-guests/echo@0.1.0"))
    }),
}];

/// The status as text: what must not change when an operation fails.
fn snapshot(hub: &Hub) -> String {
    hub.status().to_string()
}

/// One line naming the file.
fn assert_reported(case: &str, err: &(dyn std::error::Error + 'static), path: &std::path::Path) {
    let line = OneLine(err).to_string();
    assert!(!line.contains('\n'), "{case}: not one line: {line:?}");
    assert!(
        line.contains(&path.display().to_string()),
        "{case}: the error names the file: {line}"
    );
}

#[test]
fn bad_input_gets_its_error_and_changes_nothing() {
    for case in CASES.iter().chain(ASYNC_CASES) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = match &case.input {
            Input::Missing => dir.path().join("no-such-library.wasm"),
            Input::Bytes(bytes) => {
                let path = dir.path().join("input.wasm");
                std::fs::write(&path, bytes()).expect("write the input");
                path
            }
            Input::Guest(name) => guest(name),
        };
        let hub = (case.hub)();
        let before = snapshot(&hub);
        if let Some(expected) = case.load {
            let err = hub.load(&path).expect_err(case.name);
            assert!(
                expected(&err),
                "{}: unexpected load error {err:?}",
                case.name
            );
            assert_reported(case.name, &err, &path);
        }
        if let Some(expected) = case.run {
            let err = hub.run(&path).expect_err(case.name);
            assert!(
                expected(&err),
                "{}: unexpected run error {err:?}",
                case.name
            );
            assert_reported(case.name, &err, &path);
        }
        assert_eq!(snapshot(&hub), before, "{}: the hub changed", case.name);
        if !hub.status().libraries.is_empty() {
            run(&hub, "app_consumer");
        }
    }
}

#[test]
fn errors_keep_their_cause() {
    let hub = demo_hub();
    let err = hub
        .load(PathBuf::from("/no/such/library.wasm"))
        .expect_err("missing");
    assert!(matches!(
        err,
        LoadError::File(ComponentFileError::Read { .. })
    ));
    let io = std::error::Error::source(&err)
        .and_then(|e| e.downcast_ref::<std::io::Error>())
        .expect("the operating system's error is the cause");
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);

    // A stopped instantiation keeps why as its cause.
    let stopped = LoadError::Stopped {
        path: PathBuf::from("lib.wasm"),
        stopped: Stopped::Interrupted,
    };
    assert_eq!(
        std::error::Error::source(&stopped).and_then(|e| e.downcast_ref::<Stopped>()),
        Some(&Stopped::Interrupted)
    );
    assert_eq!(
        OneLine(&stopped).to_string(),
        "`lib.wasm` was stopped while instantiating: interrupted by the user"
    );
}

#[test]
fn an_app_s_missing_or_mistyped_export_is_a_typed_error() {
    let hub = demo_hub();
    let mut app = hub
        .instantiate(guest("app_consumer"))
        .expect("instantiates");
    assert!(matches!(
        app.func(None, "no-such-export"),
        Err(ExportError::NoSuchExport { component, export })
            if component == "app_consumer.wasm" && export == "no-such-export"
    ));
    assert!(matches!(
        app.func(Some("no:such/interface"), "run"),
        Err(ExportError::NoSuchExport { export, .. }) if export == "no:such/interface#run"
    ));
    let Err(err) = app.typed_func::<(u32,), ()>(None, "run") else {
        panic!("run takes no arguments");
    };
    assert!(
        matches!(&err, ExportError::Types { export, .. } if export == "run"),
        "{err:?}"
    );
    assert!(
        std::error::Error::source(&err).is_some(),
        "wasmtime's type error is the cause"
    );
    app.typed_func::<(), ()>(None, "run")
        .expect("the right types");
}

#[test]
fn trap_in_a_provider_disables_only_that_provider() {
    let hub = demo_hub();
    load(&hub, "faulty_provider");
    run(&hub, "app_consumer");

    let err = hub.run(guest("faulty_app")).unwrap_err();
    assert!(
        matches!(&err, RunError::Trap { at: Some(site), .. }
            if site.library == "faulty_provider.wasm" && site.function == "boom"),
        "{err:?}"
    );
    let line = OneLine(&err).to_string();
    assert!(
        line.contains("`faulty_provider.wasm` trapped in `boom`"),
        "{line}"
    );
    assert!(!line.contains('\n'), "{line:?}");

    // The other libraries still answer, with their state intact.
    run(&hub, "app_consumer");
    let status = hub.status();
    let disabled: Vec<bool> = status
        .libraries
        .iter()
        .map(|l| l.disabled.is_some())
        .collect();
    assert_eq!(disabled, [false, false, true]);
    let fault = status.libraries[2].disabled.as_ref().expect("disabled");
    assert_eq!(
        (fault.library.as_str(), fault.function.as_str(), fault.kind),
        ("faulty_provider.wasm", "boom", FaultKind::Trap)
    );

    // The trapped library refuses further calls with a clear error.
    let err = hub.run(guest("faulty_app")).unwrap_err();
    assert!(
        OneLine(&err)
            .to_string()
            .contains("library `faulty_provider.wasm` is disabled because it trapped in `boom`"),
        "{err:?}"
    );

    // Purge resets it.
    hub.purge();
    load(&hub, "faulty_provider");
    assert!(hub.status().libraries[0].disabled.is_none());
}
