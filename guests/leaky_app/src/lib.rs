//! `leaky_app`: an app whose `run` creates 100,000 `demo:logging` loggers and forgets them
//! (never drops them). For the resource-leak test: the host must reclaim them when the app
//! goes.

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
    world: "hub:guests/logging-app",
    generate_all,
});

use demo::logging::logging::{Level, Logger};

/// Loggers to leak.
const COUNT: u32 = 100_000;

struct Component;

impl Guest for Component {
    fn run() {
        for _ in 0..COUNT {
            std::mem::forget(Logger::new(Level::Debug));
        }
        println!("[APP] leaky: made {COUNT} loggers");
    }
}

export!(Component);
