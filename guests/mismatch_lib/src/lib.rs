//! `mismatch_lib`: a library whose import has the wrong signature: it imports
//! `cat:mismatch/cat@0.1.0` with `foo: func(x: string) -> u32` (`mismatch_provider` exports
//! `foo` taking a `list<u8>`) and exports `cat:mismatch/user`. For the shape-mismatch test
//! between two libraries.
//!
//! Built from `guests/wit-mismatch-consumer` only.

wit_bindgen::generate!({
    path: "../wit-mismatch-consumer",
    world: "cat:mismatch/mismatch-lib@0.1.0",
    generate_all,
});

use crate::cat::mismatch::cat as cat_api;
use exports::cat::mismatch::user::Guest;

struct Component;

impl Guest for Component {
    fn use_foo() -> u32 {
        let n = cat_api::foo("hello");
        println!("[LIB] mismatch: foo(\"hello\") = {n}");
        n
    }
}

export!(Component);
