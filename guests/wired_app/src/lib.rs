//! `wired_app`: imports a top-level `toplevel-import` and the unversioned
//! `my:plugin/host-api`, exports `run`, which checks both answers (a wrong one panics, which
//! traps). For the explicit-wiring test, with `wired_provider`, which exports them as
//! `toplevel-export` and `acme:host/api@1.2.0`.

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
    world: "hub:guests/wired-app",
    generate_all,
});

use my::plugin::host_api;

struct Component;

impl Guest for Component {
    fn run() {
        let top = toplevel_import();
        assert_eq!(top, "from toplevel-export", "toplevel-import");
        println!("[APP] wired: toplevel-import = {top}");

        let greeting = host_api::greet("wired");
        assert_eq!(greeting, "hello, wired", "host-api.greet");
        println!("[APP] wired: host-api.greet = {greeting}");

        println!("[APP] wired: all checks passed");
    }
}

export!(Component);
