//! `runaway_app`: an app whose `run` loops forever on its own (a pure wasm loop, no
//! import). For the runaway-app test: the host must interrupt it (epochs or fuel).

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

use std::hint::black_box;

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] runaway: looping forever");
        let mut i: u64 = 0;
        loop {
            i = black_box(i.wrapping_add(1));
        }
    }
}

export!(Component);
