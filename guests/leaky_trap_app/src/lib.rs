//! `leaky_trap_app`: an app whose `run` creates 10 `demo:logging` loggers, keeps them, then
//! panics (a trap), so it never drops them. For the trap-with-live-resources test: the host
//! must reclaim them.

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

struct Component;

impl Guest for Component {
    fn run() {
        let loggers: Vec<Logger> = (0..10).map(|_| Logger::new(Level::Info)).collect();
        println!(
            "[APP] leaky trap: holding {} loggers, now panicking",
            loggers.len()
        );
        panic!("leaky trap: panicking with {} live loggers", loggers.len());
    }
}

export!(Component);
