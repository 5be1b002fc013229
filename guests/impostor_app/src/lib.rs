//! `impostor_app`: imports the impostor `demo:logging/calculator@0.1.0` (integer `quick-add`,
//! no `calc` resource), exports `run`, which checks both answers.
//!
//! Built from `guests/wit-impostor` only, so it never sees the real `demo:logging` package.

wit_bindgen::generate!({
    path: "../wit-impostor",
    world: "demo:logging/impostor-app@0.1.0",
    generate_all,
});

use demo::logging::calculator;

struct Component;

impl Guest for Component {
    fn run() {
        let pi = calculator::pi();
        assert_eq!(pi, 3.0, "impostor pi");
        println!("[APP] impostor: pi = {pi}");

        let sum = calculator::quick_add(40, 2);
        assert_eq!(sum, 42, "impostor quick-add");
        println!("[APP] impostor: quick-add(40, 2) = {sum}");
    }
}

export!(Component);
