//! `bench_app`: imports `demo:logging/calculator` and every zoo interface, exports
//! `hub:guests/bench`.
//!
//! Each export loops over one kind of import call, so one host call times many forwarded
//! calls. Inputs are built once, outside the loops. Prints nothing.

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
    world: "hub:guests/bench-app",
    generate_all,
});

use std::cell::RefCell;
use std::hint::black_box;

use demo::logging::calculator::{self, Calc};
use exports::hub::guests::bench::Guest;
use zoo::types::handles::Counter;
use zoo::types::{containers, inspector, scalars};

thread_local! {
    /// Counters kept alive by `hold-counters`, until `release-counters`.
    static HELD: RefCell<Vec<Counter>> = const { RefCell::new(Vec::new()) };
}

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

    fn hold_counters(count: u32) -> u32 {
        HELD.with_borrow_mut(|held| {
            held.extend((0..count).map(|i| Counter::new(i64::from(i))));
            held.len() as u32
        })
    }

    fn release_counters() {
        // Taken out first, so no borrow of `HELD` is alive while the drops are forwarded.
        let held = HELD.with_borrow_mut(std::mem::take);
        drop(held);
    }

    fn counter_method_loop(n: u32) -> i64 {
        let counter = Counter::new(1);
        let mut sum = 0i64;
        for _ in 0..n {
            sum = sum.wrapping_add(counter.get());
        }
        sum
    }

    fn counter_create_drop_loop(n: u32) {
        for i in 0..n {
            drop(black_box(Counter::new(i64::from(i))));
        }
    }

    fn cross_provider_loop(n: u32) -> u32 {
        let counter = Counter::new(7);
        let mut total = 0u32;
        for _ in 0..n {
            total = total.wrapping_add(inspector::describe(black_box(&counter)).len() as u32);
        }
        total
    }

    fn string_loop(n: u32, len: u32) -> u32 {
        let s = "a".repeat(len as usize);
        let mut total = 0u32;
        for _ in 0..n {
            total = total.wrapping_add(scalars::shout(black_box(&s)).len() as u32);
        }
        total
    }

    fn list_loop(n: u32, len: u32) -> u32 {
        let bytes = vec![0xa5u8; len as usize];
        let mut total = 0u32;
        for _ in 0..n {
            total = total.wrapping_add(containers::byte_count(black_box(&bytes)));
        }
        total
    }
}

export!(Component);
