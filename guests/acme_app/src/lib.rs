//! `acme_app`: imports `acme:host/api@1.2.0` under its own name and prints what `greet`
//! answers.

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
    world: "hub:guests/acme-app",
    generate_all,
});

use acme::host::api;

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] acme_app: {}", api::greet("acme"));
    }
}

export!(Component);
