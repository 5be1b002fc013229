//! `calculator_impostor`: exports an impostor `demo:logging/calculator@0.1.0` (same name and
//! version as the real one, different shape: no `calc` resource, an integer `quick-add`).
//!
//! Built from `guests/wit-impostor` only, so it never sees the real `demo:logging` package.

wit_bindgen::generate!({
    path: "../wit-impostor",
    world: "demo:logging/calculator-impostor@0.1.0",
    generate_all,
});

use exports::demo::logging::calculator::Guest;

struct Component;

impl Guest for Component {
    fn pi() -> f64 {
        3.0
    }

    fn quick_add(a: i32, b: i32) -> i32 {
        a.wrapping_add(b)
    }
}

export!(Component);
