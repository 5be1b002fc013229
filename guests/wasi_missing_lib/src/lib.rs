//! `wasi_missing_lib`: a library importing `wasi:keyvalue/store@0.2.0-draft`, a WASI
//! interface that wasmtime-wasi's p2 does not provide, and using it from its export
//! `hub:keyvalue-guests/cache`. For the missing-WASI-import test: the host cannot satisfy
//! the import and must say so (or stub it).
//!
//! Built from `guests/wit-keyvalue` only.

wit_bindgen::generate!({
    path: "../wit-keyvalue",
    world: "hub:keyvalue-guests/wasi-missing-lib",
    generate_all,
});

use exports::hub::keyvalue_guests::cache::Guest;
use wasi::keyvalue::store;

struct Component;

impl Guest for Component {
    fn lookup(key: String) -> String {
        let answer = match store::open("default").and_then(|bucket| bucket.get(&key)) {
            Ok(Some(value)) => String::from_utf8_lossy(&value).into_owned(),
            Ok(None) => "(none)".to_string(),
            Err(e) => format!("error: {e:?}"),
        };
        println!("[LIB] wasi_missing: lookup({key}) = {answer}");
        answer
    }
}

export!(Component);
