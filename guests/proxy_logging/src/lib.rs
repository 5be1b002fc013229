//! `proxy_logging`: a middleware library that imports and exports
//! `demo:logging/logging@0.1.0`. Its `logger` wraps an inner `logger` of whatever library
//! the hub links it to (another proxy included: loaded twice, it wraps itself); `log`
//! prefixes the message with `[PROXY] `, everything else forwards. For the middleware and
//! stacked-middleware tests.

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
    world: "hub:guests/proxy-logging",
    generate_all,
});

use std::sync::atomic::{AtomicU32, Ordering};

use demo::logging::logging as inner;
use exports::demo::logging::logging::{Guest, GuestLogger, Level};

/// Proxy loggers ever made by this instance (to tell proxies apart in the output).
static PROXY_COUNT: AtomicU32 = AtomicU32::new(0);

fn to_inner(level: Level) -> inner::Level {
    match level {
        Level::Debug => inner::Level::Debug,
        Level::Info => inner::Level::Info,
        Level::Warn => inner::Level::Warn,
        Level::Error => inner::Level::Error,
    }
}

fn from_inner(level: inner::Level) -> Level {
    match level {
        inner::Level::Debug => Level::Debug,
        inner::Level::Info => Level::Info,
        inner::Level::Warn => Level::Warn,
        inner::Level::Error => Level::Error,
    }
}

struct Component;

impl Guest for Component {
    type Logger = ProxyLogger;

    fn get_default_level() -> Level {
        from_inner(inner::get_default_level())
    }

    fn level_to_string(lvl: Level) -> String {
        inner::level_to_string(to_inner(lvl))
    }
}

/// An exported logger: an inner logger of the imported library, and an id for the output.
struct ProxyLogger {
    id: u32,
    inner: inner::Logger,
}

impl GuestLogger for ProxyLogger {
    fn new(max_level: Level) -> Self {
        let id = PROXY_COUNT.fetch_add(1, Ordering::Relaxed) + 1;
        println!("[PROXY] Logger::new(proxy id={id}): making the inner logger");
        ProxyLogger {
            id,
            inner: inner::Logger::new(to_inner(max_level)),
        }
    }

    fn get_logger_count() -> u32 {
        inner::Logger::get_logger_count()
    }

    fn get_max_level(&self) -> Level {
        from_inner(self.inner.get_max_level())
    }

    fn set_max_level(&self, level: Level) {
        self.inner.set_max_level(to_inner(level));
    }

    fn log(&self, level: Level, msg: String) {
        self.inner.log(to_inner(level), &format!("[PROXY] {msg}"));
    }
}

impl Drop for ProxyLogger {
    fn drop(&mut self) {
        // The inner logger is dropped right after this, with the struct's fields.
        println!(
            "[PROXY] Logger::drop(proxy id={}): dropping the inner logger",
            self.id
        );
    }
}

export!(Component);
