//! `mismatch_app`: imports `cat:mismatch/cat@0.1.0` with `foo: func(x: string) -> u32` and
//! calls `foo("hello")` in `run`. For the shape-mismatch test: `mismatch_provider` exports
//! the same name and version with `foo` taking a `list<u8>`, so linking must fail.
//!
//! Built from `guests/wit-mismatch-consumer` only.

wit_bindgen::generate!({
    path: "../wit-mismatch-consumer",
    world: "cat:mismatch/mismatch-app@0.1.0",
    generate_all,
});

use crate::cat::mismatch::cat as cat_api;

struct Component;

impl Guest for Component {
    fn run() {
        let n = cat_api::foo("hello");
        println!("[APP] mismatch: foo(\"hello\") = {n}");
    }
}

export!(Component);
