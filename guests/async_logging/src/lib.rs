//! `async_logging`: the demo's `logging` interface as an async library (component-model
//! async, as wit-bindgen's async Rust writes it). `log` and `set-max-level` yield to the
//! library's event loop before they act, so every such call really waits; loggers are
//! counted across runs (the library keeps its state) and each says when it is dropped,
//! so a test sees the destructor chain from a `calc` reach it.

wit_bindgen::generate!({
    path: "../wit-async-logging",
    world: "async-logging",
});

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

use exports::demo::logging::logging::{Guest, GuestLogger, Level};

/// Loggers ever made by this instance.
static LOGGER_COUNT: AtomicU32 = AtomicU32::new(0);

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Debug => "debug",
        Level::Info => "info",
        Level::Warn => "warn",
        Level::Error => "error",
    }
}

struct Component;

impl Guest for Component {
    type Logger = MyLogger;

    async fn get_default_level() -> Level {
        Level::Info
    }

    fn level_to_string(lvl: Level) -> String {
        level_name(lvl).to_string()
    }
}

struct MyLogger {
    id: u32,
    max_level: Cell<Level>,
}

impl GuestLogger for MyLogger {
    fn new(max_level: Level) -> Self {
        let id = LOGGER_COUNT.fetch_add(1, Ordering::Relaxed) + 1;
        println!("[LIB] async_logging: new logger {id}");
        MyLogger {
            id,
            max_level: Cell::new(max_level),
        }
    }

    async fn get_logger_count() -> u32 {
        LOGGER_COUNT.load(Ordering::Relaxed)
    }

    fn get_max_level(&self) -> Level {
        self.max_level.get()
    }

    async fn set_max_level(&self, level: Level) {
        wit_bindgen::yield_async().await;
        self.max_level.set(level);
    }

    async fn log(&self, level: Level, msg: String) {
        wit_bindgen::yield_async().await;
        // `Level`'s cases are in rank order.
        if level as u8 >= self.max_level.get() as u8 {
            println!(
                "[LIB] async_logging: logger {} {}: {msg}",
                self.id,
                level_name(level)
            );
        }
    }
}

impl Drop for MyLogger {
    fn drop(&mut self) {
        println!("[LIB] async_logging: dropped logger {}", self.id);
    }
}

export!(Component);
