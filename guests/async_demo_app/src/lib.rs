//! `async_demo_app`: an async app (`async func run`) that makes and uses the demo
//! libraries' resources (`logger`, `calc`), which live in sync libraries.

wit_bindgen::generate!({
    path: "../wit-async-demo",
    world: "async-demo-app",
    generate_all,
});

use demo::logging::calculator::Calc;
use demo::logging::logging::{Level, Logger};

struct Component;

impl Guest for Component {
    async fn run() {
        wit_bindgen::yield_async().await;
        let logger = Logger::new(Level::Info);
        logger.log(
            Level::Info,
            "[APP] async_demo_app: logged from an async app",
        );
        let calc = Calc::new();
        let sum = calc.add(1.0, 2.0);
        println!(
            "[APP] async_demo_app: 1 + 2 = {sum}; loggers so far: {}",
            Logger::get_logger_count()
        );
    }
}

export!(Component);
