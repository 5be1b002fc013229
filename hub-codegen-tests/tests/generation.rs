//! What the generator emits for WIT it is given: new interfaces get forwarders, every
//! interface is listed, unsupported ones are named, bad WIT and unreadable files are
//! reported with their cause.

use std::error::Error as _;
use std::io;
use std::path::{Path, PathBuf};

use hub_codegen::{
    OneLine, SkippedInterface, Unsupported, WitError, WitSet, generate, skipped_interfaces,
};

/// The generated code with every whitespace removed, so assertions do not depend on how
/// tokens are spaced.
fn generated(dir: &Path) -> String {
    let wit = WitSet::load(dir).unwrap_or_else(|e| panic!("{e}"));
    let code = generate(&wit).expect("generates").to_string();
    code.split_whitespace().collect()
}

const GREETER: &str = "package test:greeter@1.0.0;\n\
    interface greet { hello: func(name: string) -> string; }\n";

#[test]
fn adding_an_interface_regenerates_forwarders() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("greeter.wit"), GREETER).expect("write");
    let before = generated(dir.path());
    assert!(before.contains("\"test:greeter/greet@1.0.0\""));
    assert!(!before.contains("\"farewell\""), "not declared yet");

    // Edit the interface and add a second package: both show up on the next run.
    let edited = GREETER.replace(
        "hello: func(name: string) -> string;",
        "hello: func(name: string) -> string; farewell: func() -> u32;",
    );
    std::fs::write(dir.path().join("greeter.wit"), edited).expect("write");
    std::fs::write(
        dir.path().join("counter.wit"),
        "package test:counter@0.2.0;\ninterface tally { resource tally { constructor(); bump: func() -> u64; } }\n",
    )
    .expect("write");
    let after = generated(dir.path());
    assert!(
        after.contains("\"farewell\""),
        "the new function has a forwarder"
    );
    assert!(after.contains("f_farewell"));
    assert!(
        after.contains("\"test:counter/tally@0.2.0\""),
        "the new package has forwarders"
    );
    assert!(
        after.contains("pubstructTally;"),
        "the new resource has a marker type"
    );
    assert!(after.contains("\"[method]tally.bump\""));
}

#[test]
fn packages_in_deps_and_folders_resolve_in_any_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    // `a` uses `b`, which lives in deps/ as a folder package.
    std::fs::write(
        dir.path().join("a.wit"),
        "package test:a;\ninterface user { use test:b/defs.{thing}; take: func(t: thing); }\n",
    )
    .expect("write");
    std::fs::create_dir_all(dir.path().join("deps/b")).expect("mkdir");
    std::fs::write(
        dir.path().join("deps/b/defs.wit"),
        "package test:b;\ninterface defs { resource thing { constructor(); } }\n",
    )
    .expect("write");
    let wit = WitSet::load(dir.path()).expect("loads");
    assert_eq!(wit.interface_names(), ["test:b/defs", "test:a/user"]);
    assert_eq!(wit.files().len(), 2);
    let code = generated(dir.path());
    // `user` passes `thing` through: it uses it, the other interface defines it.
    assert!(
        code.contains("\"test:b/defs#thing\""),
        "the ownership table records the use"
    );
}

#[test]
fn unsupported_interfaces_are_named_not_generated() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("s.wit"),
        "package test:s;\ninterface streams { resource r; pipe: func() -> stream<r>; }\ninterface plain { f: func(); }\n",
    )
    .expect("write");
    let wit = WitSet::load(dir.path()).expect("loads");
    assert_eq!(
        skipped_interfaces(&wit),
        [SkippedInterface {
            name: "test:s/streams".into(),
            reason: Unsupported::StreamItems("pipe".into()),
        }]
    );
    let code = generated(dir.path());
    assert!(
        code.contains("(\"test:s/streams\",\"`pipe`passesastreamorfutureofhandles,orofstreamsorfuturesofthose,whichgeneratedforwardersdonotcarry\")"),
        "NOT_GENERATED names it with its reason"
    );
    assert!(
        code.contains("&test::s::plain::__Interface"),
        "the other interface is still generated"
    );
}

#[test]
fn interfaces_passing_streams_are_generated_for_the_async_build_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("s.wit"),
        "package test:s;\ninterface flows { pipe: func(s: stream<u8>) -> future<string>; }\ninterface plain { f: func(); }\n",
    )
    .expect("write");
    let wit = WitSet::load(dir.path()).expect("loads");
    assert_eq!(skipped_interfaces(&wit), [], "both are generated");
    let code = generated(dir.path());
    // The module's contents exist only in the `async` build (they name `StreamReader`).
    assert!(
        code.contains("pubmodflows{#![doc=\"Generatedforwardersfor`test:s/flows`.\"]"),
        "{code}"
    );
    assert!(
        code.contains("::hub_runtime::__internal::if_async!{#[allow(unused_imports)]use::hub_runtime::__internalas__rt;"),
        "{code}"
    );
    // The `async` build lists it with the others; the other build as not generated.
    let with_async = code
        .split("::hub_runtime::__internal::if_async!{#[doc=r\"Everyinterfacewithgeneratedforwarders.\"]")
        .nth(1)
        .expect("the async build's lists");
    let (with_async, without_async) = with_async
        .split_once("::hub_runtime::__internal::if_sync!{")
        .expect("the other build's lists");
    assert!(
        with_async.contains("&[&test::s::flows::__Interface,&test::s::plain::__Interface]")
            || with_async.contains("&[&test::s::plain::__Interface,&test::s::flows::__Interface]"),
        "{with_async}"
    );
    assert!(
        without_async.contains("=&[&test::s::plain::__Interface];"),
        "{without_async}"
    );
    assert!(
        without_async.contains(
            "(\"test:s/flows\",\"passesstreamsorfutures,generatedinthe`async`buildonly\")"
        ),
        "{without_async}"
    );
    // Its ends cross between the stores.
    assert!(
        code.contains("__rt::stream_leaves(&mut__s,arg0,__rt::plain_items::<u8>())?"),
        "{code}"
    );
    assert!(
        code.contains("__rt::future_enters(&mut__s,result0)?"),
        "{code}"
    );
}

#[test]
fn bad_wit_reports_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("bad.wit"),
        "package test:bad;\ninterface x {\n  f: func(a: missing);\n}\n",
    )
    .expect("write");
    let Err(err) = WitSet::load(dir.path()) else {
        panic!("bad WIT loads")
    };
    let message = err.to_string();
    assert!(message.contains("`missing` does not exist"), "{message}");
    assert!(message.contains("bad.wit:3:"), "{message}");
}

/// The path and the OS error of a [`WitError::Read`], checking that the error's
/// `source()` is that same OS error and that [`OneLine`] renders both.
fn read_error(result: Result<WitSet, WitError>) -> (PathBuf, io::ErrorKind) {
    let Err(err) = result else { panic!("loads") };
    let line = OneLine(&err).to_string();
    let WitError::Read { path, source } = &err else {
        panic!("not a read error: {err:?}")
    };
    let cause = err
        .source()
        .and_then(|s| s.downcast_ref::<io::Error>())
        .expect("the OS error is the source");
    assert!(std::ptr::eq(cause, source));
    assert_eq!(
        line,
        format!("cannot read `{}`: {source}", path.display()),
        "the whole chain on one line"
    );
    (path.clone(), source.kind())
}

#[test]
fn a_wit_file_that_cannot_be_read_keeps_its_os_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("latin1.wit");
    std::fs::write(&file, b"package test:caf\xe9;\n").expect("write");
    assert_eq!(
        read_error(WitSet::load(dir.path())),
        (file, io::ErrorKind::InvalidData)
    );
}

#[test]
fn a_file_of_a_folder_package_that_cannot_be_read_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let package = dir.path().join("pkg");
    std::fs::create_dir(&package).expect("mkdir");
    std::fs::write(package.join("a.wit"), "package test:pkg;\ninterface a {}\n").expect("write");
    let file = package.join("b.wit");
    std::fs::write(&file, [0xff, 0xfe]).expect("write");
    assert_eq!(
        read_error(WitSet::load(dir.path())),
        (file, io::ErrorKind::InvalidData)
    );
}

#[test]
fn a_missing_folder_is_a_read_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("wit");
    assert_eq!(
        read_error(WitSet::load(&missing)),
        (missing, io::ErrorKind::NotFound)
    );
}

/// Editors leave dangling links as lock files (emacs' `.#name.wit`) while a file is edited:
/// they are not WIT files, and loading goes on without them.
#[cfg(unix)]
#[test]
fn dangling_links_are_not_wit_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("greeter.wit"), GREETER).expect("write");
    std::os::unix::fs::symlink("user@host.1234", dir.path().join(".#greeter.wit"))
        .expect("symlink");
    let wit = WitSet::load(dir.path()).unwrap_or_else(|e| panic!("{}", OneLine(&e)));
    assert_eq!(wit.files(), [dir.path().join("greeter.wit")]);
}

#[test]
fn feature_gated_functions_are_generated_as_wit_bindgen_guests_export_them() {
    // `wit/gated.wit` has one `@since` function and one `@unstable` behind a feature.
    // Guests built with wit-bindgen's defaults (no features: `gated_provider`) export only
    // the stable one, and a generated set must list exactly what the provider exports.
    let gated = Path::new(env!("CARGO_MANIFEST_DIR")).join("../wit/gated.wit");
    let mut with_features = wit_parser::Resolve {
        all_features: true,
        ..Default::default()
    };
    with_features.push_file(&gated).expect("gated.wit parses");
    let all: Vec<&str> = with_features
        .interfaces
        .iter()
        .flat_map(|(_, i)| i.functions.keys().map(String::as_str))
        .collect();
    assert_eq!(
        all,
        ["stable", "experimental"],
        "the WIT still gates a function"
    );

    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(&gated, dir.path().join("gated.wit")).expect("copy");
    let code = generated(dir.path());
    assert!(
        code.contains(r#"fnfunctions(&self)->&'static[&'staticstr]{&["stable"]}"#),
        "{code}"
    );
    assert!(
        !code.contains("experimental"),
        "no forwarder for the unstable function"
    );
}

#[test]
fn maps_and_fixed_length_lists_are_generated_unless_they_hold_handles() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("m.wit"),
        "package test:m;\n\
         interface plain { f: func(m: map<string, list<u8, 4>>) -> list<map<u32, bool>, 2>; }\n\
         interface in-map { resource r; f: func(m: map<string, r>); }\n\
         interface in-list { resource r; f: func(l: list<borrow<r>, 2>); }\n",
    )
    .expect("write");
    let wit = WitSet::load(dir.path()).expect("loads");
    assert_eq!(
        skipped_interfaces(&wit),
        [
            SkippedInterface {
                name: "test:m/in-map".into(),
                reason: Unsupported::HandleInMap,
            },
            SkippedInterface {
                name: "test:m/in-list".into(),
                reason: Unsupported::HandleInFixedLengthList,
            },
        ]
    );
    let code = generated(dir.path());
    assert!(
        code.contains(
            "InstanceFuncs<(::std::collections::HashMap<::std::string::String,[u8;4]>,),([::std::collections::HashMap<u32,bool>;2],)>"
        ),
        "{code}"
    );
}
