//! `app_sleeps`: an app whose `run` sleeps an hour itself (`std::thread::sleep`, a
//! `wasi:clocks` poll). For the blocked-app test: the host must time it out.

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
    world: "hub:guests/plain-app",
    generate_all,
});

use std::time::Duration;

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] app_sleeps: sleeping an hour");
        std::thread::sleep(Duration::from_secs(60 * 60));
        println!("[APP] app_sleeps: woke up");
    }
}

export!(Component);
