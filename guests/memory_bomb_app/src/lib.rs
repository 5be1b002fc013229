//! `memory_bomb_app`: an app whose `run` allocates and touches memory in 64 MiB steps
//! forever, printing its progress. For the memory-limit test: the host must stop it (a
//! store limit) before the machine runs out; wasm32 itself stops at 4 GiB.

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

/// One step: 64 MiB.
const STEP: usize = 64 << 20;

struct Component;

impl Guest for Component {
    fn run() {
        let mut held: Vec<Vec<u8>> = Vec::new();
        loop {
            // Filled with a non-zero byte, so every page is touched.
            held.push(black_box(vec![0xA5u8; STEP]));
            println!(
                "[APP] memory bomb: holding {} MiB",
                held.len() * (STEP >> 20)
            );
        }
    }
}

export!(Component);
