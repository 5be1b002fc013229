//! `gated_provider`: exports `gated:feat/api@0.1.0`, built with wit-bindgen's defaults, so
//! the `@unstable(feature = experimental)` function is left out and only the `@since` one is
//! exported. For the feature-gate test, with `gated_app`.

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
    world: "hub:guests/gated-provider",
    generate_all,
});

use exports::gated::feat::api::Guest;

struct Component;

impl Guest for Component {
    fn stable() -> String {
        "stable".to_string()
    }
}

export!(Component);
