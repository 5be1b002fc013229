//! `wired_provider`: exports a top-level function `toplevel-export` and the versioned
//! `acme:host/api@1.2.0`, neither known to the host's `wit/`. For the explicit-wiring test:
//! `wired_app` imports the same shapes under other names (`toplevel-import`,
//! `my:plugin/host-api`), which the hub links only when told to.

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
    world: "hub:guests/wired-provider",
    generate_all,
});

use exports::acme::host::api;

struct Component;

impl Guest for Component {
    fn toplevel_export() -> String {
        "from toplevel-export".to_string()
    }
}

impl api::Guest for Component {
    fn greet(name: String) -> String {
        format!("hello, {name}")
    }
}

export!(Component);
