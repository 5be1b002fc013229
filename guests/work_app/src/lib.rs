//! `work_app`: imports `demo:logging/calculator`, exports `run`: two million steps of
//! its own arithmetic, then three `quick-add` calls into the calculator library. What
//! many threads run at once in the threads benchmark.

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
    world: "hub:guests/work-app",
    generate_all,
});

use demo::logging::calculator;

struct Component;

impl Guest for Component {
    fn run() {
        // xorshift64: the optimizer cannot fold it away.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2_000_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }
        let mut sum = (x % 1000) as f64;
        for _ in 0..3 {
            sum = calculator::quick_add(sum, 1.0);
        }
        assert!(sum >= 3.0);
    }
}

export!(Component);
