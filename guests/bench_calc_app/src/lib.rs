//! `bench_calc_app`: imports `demo:logging/calculator`, exports `hub:guests/bench-calc`.
//!
//! The calculator loops of `bench_app` alone (same semantics), so it can also be fused ahead
//! of time with `provider_calculator` and `provider_logging` and compared with the hub's
//! runtime linking. Prints nothing.

wit_bindgen::generate!({
    path: ["../../wit/demo-logging.wit", "../../wit/zoo.wit", "../wit"],
    world: "hub:guests/bench-calc-app",
    generate_all,
});

use std::hint::black_box;

use demo::logging::calculator::{self, Calc};
use exports::hub::guests::bench_calc::Guest;

struct Component;

impl Guest for Component {
    fn quick_add_loop(n: u32) -> f64 {
        let mut sum = 0.0;
        for _ in 0..n {
            sum = calculator::quick_add(black_box(sum), 1.0);
        }
        sum
    }

    fn version_loop(n: u32) -> u32 {
        let mut total = 0u32;
        for _ in 0..n {
            total = total.wrapping_add(Calc::version().len() as u32);
        }
        total
    }

    fn create_drop_loop(n: u32) {
        for _ in 0..n {
            drop(black_box(Calc::new()));
        }
    }

    fn method_loop(n: u32) -> f64 {
        let calc = Calc::new();
        let mut last = 0.0;
        for i in 0..n {
            last = calc.add(black_box(f64::from(i)), 1.0);
        }
        last
    }
}

export!(Component);
