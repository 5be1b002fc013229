//! `app_consumer`: imports `demo:logging/logging` and `demo:logging/calculator`, exports `run`.
//!
//! Exercises every kind of call the hub forwards: free functions, static functions,
//! constructors, methods and resource drops.

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
    world: "hub:guests/app-consumer",
    generate_all,
});

use demo::logging::calculator::{self, Calc};
use demo::logging::logging::{self, Level, Logger};

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] === demo app: start ===");

        // Free functions.
        let default_level = logging::get_default_level();
        println!(
            "[APP] default level: {}",
            logging::level_to_string(default_level)
        );
        println!("[APP] pi = {}", calculator::pi());
        println!(
            "[APP] quick-add(2, 3) = {}",
            calculator::quick_add(2.0, 3.0)
        );

        // A static function.
        println!("[APP] calculator version: {}", Calc::version());

        // A constructor and methods.
        let logger = Logger::new(Level::Debug);
        logger.log(Level::Info, "hello from the app");
        logger.set_max_level(Level::Warn);
        logger.log(Level::Info, "this one is filtered");
        logger.log(Level::Error, "this one passes");
        println!(
            "[APP] logger max level: {}",
            logging::level_to_string(logger.get_max_level())
        );
        println!(
            "[APP] loggers created so far: {}",
            Logger::get_logger_count()
        );

        // A resource of a provider that itself uses a resource of another provider.
        let calc = Calc::new();
        println!("[APP] calc.add(2, 3) = {}", calc.add(2.0, 3.0));
        println!("[APP] calc.subtract(10, 4) = {}", calc.subtract(10.0, 4.0));
        println!("[APP] calc.multiply(6, 7) = {}", calc.multiply(6.0, 7.0));
        println!("[APP] calc.divide(1, 4) = {}", calc.divide(1.0, 4.0));
        println!("[APP] calc.divide(1, 0) = {}", calc.divide(1.0, 0.0));
        println!(
            "[APP] total operations so far: {}",
            Calc::total_operations()
        );

        // Drops.
        println!("[APP] dropping calc");
        drop(calc);
        println!("[APP] dropping logger");
        drop(logger);

        println!("[APP] === demo app: done ===");
    }
}

export!(Component);
