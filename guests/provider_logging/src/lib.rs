//! `provider_logging`: exports `demo:logging/logging`.
//!
//! The instance lives as long as the hub keeps it, so the logger counter keeps growing
//! across app runs.

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
    world: "hub:guests/provider-logging",
    generate_all,
});

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

use exports::demo::logging::logging::{Guest, GuestLogger, Level};

/// Loggers ever created by this instance.
static LOGGER_COUNT: AtomicU32 = AtomicU32::new(0);

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Debug => "debug",
        Level::Info => "info",
        Level::Warn => "warn",
        Level::Error => "error",
    }
}

fn level_rank(level: Level) -> u8 {
    match level {
        Level::Debug => 0,
        Level::Info => 1,
        Level::Warn => 2,
        Level::Error => 3,
    }
}

struct Component;

impl Guest for Component {
    type Logger = MyLogger;

    fn get_default_level() -> Level {
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
        println!(
            "[PROVIDER] Logger::new(id={id}, max_level={})",
            level_name(max_level)
        );
        MyLogger {
            id,
            max_level: Cell::new(max_level),
        }
    }

    fn get_logger_count() -> u32 {
        LOGGER_COUNT.load(Ordering::Relaxed)
    }

    fn get_max_level(&self) -> Level {
        self.max_level.get()
    }

    fn set_max_level(&self, level: Level) {
        let old = self.max_level.replace(level);
        println!(
            "[PROVIDER] Logger::set_max_level(id={}, {} -> {})",
            self.id,
            level_name(old),
            level_name(level)
        );
    }

    fn log(&self, level: Level, msg: String) {
        let max = self.max_level.get();
        if level_rank(level) >= level_rank(max) {
            println!(
                "[PROVIDER] Logger::log(id={}, level={}) -> LOGGED: {msg}",
                self.id,
                level_name(level)
            );
        } else {
            println!(
                "[PROVIDER] Logger::log(id={}, level={}) -> FILTERED (max={})",
                self.id,
                level_name(level),
                level_name(max)
            );
        }
    }
}

impl Drop for MyLogger {
    fn drop(&mut self) {
        println!("[PROVIDER] Logger::drop(id={})", self.id);
    }
}

export!(Component);
