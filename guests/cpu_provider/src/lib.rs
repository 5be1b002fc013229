//! `cpu_provider`: exports `hub:guests/cpu`, a call that only computes, for the remote
//! benchmark's CPU-bound calls (what several serving processes share).

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
    world: "hub:guests/cpu-provider",
    generate_all,
});

use exports::hub::guests::cpu::Guest;

struct Component;

impl Guest for Component {
    fn burn(steps: u32) -> u64 {
        // xorshift64: the optimizer cannot fold it away.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..steps {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }
        x
    }
}

export!(Component);
