//! `async_logging_app`: an async app awaiting `logging`'s `async func`s (`log`, the
//! static `get-logger-count`, ...) on two loggers it makes, lends and drops, so the hub
//! serves `async func` imports that pass resources (an async library's or a sync one's).

wit_bindgen::generate!({
    path: "../wit-async-logging",
    world: "async-logging-app",
});

use demo::logging::logging::{self, Level, Logger};

struct Component;

impl Guest for Component {
    async fn run() {
        let level = logging::get_default_level().await;
        let first = Logger::new(level);
        let second = Logger::new(Level::Debug);
        first.log(Level::Debug, "filtered".into()).await;
        first.log(Level::Warn, "from an async app".into()).await;
        second.set_max_level(Level::Error).await;
        second.log(Level::Info, "filtered too".into()).await;
        println!(
            "[APP] async_logging_app: second logger's level {}; loggers so far: {}",
            logging::level_to_string(second.get_max_level()),
            Logger::get_logger_count().await
        );
        drop(second);
        drop(first);
        println!("[APP] async_logging_app: dropped both");
    }
}

export!(Component);
