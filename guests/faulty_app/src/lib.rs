//! `faulty_app`: imports `hub:guests/faulty`, exports `run`; its run traps inside the provider.

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
    world: "hub:guests/faulty-app",
    generate_all,
});

use hub::guests::faulty;

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] faulty: answer = {}", faulty::answer());
        faulty::boom();
        println!("[APP] faulty: unreachable");
    }
}

export!(Component);
