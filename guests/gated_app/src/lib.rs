//! `gated_app`: imports `gated:feat/api@0.1.0`, built with wit-bindgen's defaults (so without
//! the `@unstable` function), and checks the `@since` one. For the feature-gate test, with
//! `gated_provider`.

wit_bindgen::generate!({
    path: [
        "../../wit/demo-logging.wit",
        "../../wit/zoo.wit",
        "../../wit/share.wit",
        "../../wit/typeonly.wit",
        "../../wit/maps.wit",
        "../../wit/gated.wit",
        "../wit",
    ],
    world: "hub:guests/gated-app",
    generate_all,
});

use gated::feat::api;

struct Component;

impl Guest for Component {
    fn run() {
        let answer = api::stable();
        assert_eq!(answer, "stable", "stable");
        println!("[APP] gated: stable = {answer}");
        println!("[APP] gated: all checks passed");
    }
}

export!(Component);
