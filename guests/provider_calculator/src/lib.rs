//! `provider_calculator`: imports `demo:logging/logging`, exports `demo:logging/calculator`.
//!
//! Each `calc` owns a logger of the logging provider; dropping the calc drops that logger,
//! which the hub forwards to the logging provider.

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
    world: "hub:guests/provider-calculator",
    generate_all,
});

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use demo::logging::logging::{Level, Logger};
use exports::demo::logging::calculator::{Guest, GuestCalc};

/// Calcs ever created by this instance (the id of the newest one).
static CALC_COUNT: AtomicU32 = AtomicU32::new(0);
/// Operations done by every calc of this instance, across app runs.
static TOTAL_OPERATIONS: AtomicU64 = AtomicU64::new(0);

struct Component;

impl Guest for Component {
    type Calc = MyCalc;

    fn pi() -> f64 {
        std::f64::consts::PI
    }

    /// The benchmark hot path: no printing, no logging.
    fn quick_add(a: f64, b: f64) -> f64 {
        a + b
    }
}

struct MyCalc {
    id: u32,
    logger: Logger,
}

impl MyCalc {
    fn op(&self, name: &str, a: f64, b: f64, result: f64) -> f64 {
        TOTAL_OPERATIONS.fetch_add(1, Ordering::Relaxed);
        self.logger.log(
            Level::Info,
            &format!("calc {}: {name}({a}, {b}) = {result}", self.id),
        );
        result
    }
}

impl GuestCalc for MyCalc {
    fn new() -> Self {
        let id = CALC_COUNT.fetch_add(1, Ordering::Relaxed) + 1;
        let logger = Logger::new(Level::Debug);
        println!("[CALCULATOR] Calc::new(id={id})");
        logger.log(Level::Info, &format!("calc {id} created"));
        MyCalc { id, logger }
    }

    fn version() -> String {
        "calculator 0.1.0".to_string()
    }

    fn total_operations() -> u64 {
        TOTAL_OPERATIONS.load(Ordering::Relaxed)
    }

    fn add(&self, a: f64, b: f64) -> f64 {
        self.op("add", a, b, a + b)
    }

    fn subtract(&self, a: f64, b: f64) -> f64 {
        self.op("subtract", a, b, a - b)
    }

    fn multiply(&self, a: f64, b: f64) -> f64 {
        self.op("multiply", a, b, a * b)
    }

    fn divide(&self, a: f64, b: f64) -> f64 {
        if b == 0.0 {
            // inf (or -inf / NaN per IEEE 754: 1/0 = inf, -1/0 = -inf, 0/0 = NaN).
            let result = a / b;
            TOTAL_OPERATIONS.fetch_add(1, Ordering::Relaxed);
            self.logger.log(
                Level::Warn,
                &format!(
                    "calc {}: divide({a}, {b}) = {result} (division by zero)",
                    self.id
                ),
            );
            result
        } else {
            self.op("divide", a, b, a / b)
        }
    }
}

impl Drop for MyCalc {
    fn drop(&mut self) {
        self.logger
            .log(Level::Info, &format!("calc {} dropped", self.id));
        println!("[CALCULATOR] Calc::drop(id={})", self.id);
        // `self.logger` is dropped right after this, in the logging provider.
    }
}

export!(Component);
