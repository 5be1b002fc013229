//! `mismatch_provider`: exports `cat:mismatch/cat@0.1.0` with `foo: func(x: list<u8>) -> u32`
//! (the length). For the shape-mismatch test: `mismatch_app` and `mismatch_lib` import the
//! same name and version with `foo` taking a `string`.
//!
//! Built from `guests/wit-mismatch-provider` only.

wit_bindgen::generate!({
    path: "../wit-mismatch-provider",
    world: "cat:mismatch/mismatch-provider@0.1.0",
    generate_all,
});

use exports::cat::mismatch::cat::Guest;

struct Component;

impl Guest for Component {
    fn foo(x: Vec<u8>) -> u32 {
        println!("[PROVIDER] mismatch: foo({} bytes)", x.len());
        x.len() as u32
    }
}

export!(Component);
