//! `sleep_app`: an app whose `run` calls `hostile.sleep` for an hour: the library blocks in
//! `wasi:clocks`. For the blocked-library test: the host must time it out.

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
    world: "hub:guests/hostile-app",
    generate_all,
});

use hub::guests::hostile;

/// One hour, in milliseconds.
const HOUR_MS: u64 = 60 * 60 * 1000;

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] sleep: calling hostile.sleep({HOUR_MS} ms)");
        hostile::sleep(HOUR_MS);
        println!("[APP] sleep: woke up");
    }
}

export!(Component);
