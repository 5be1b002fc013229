//! `app_command`: a plain `wasi:cli/run` command (a Rust `fn main`) that imports
//! `demo:logging/calculator`.

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
    world: "hub:guests/app-command",
    generate_all,
});

use demo::logging::calculator::{self, Calc};

fn main() {
    println!(
        "[APP] command: quick-add(20, 22) = {}",
        calculator::quick_add(20.0, 22.0)
    );
    println!("[APP] command: calculator version: {}", Calc::version());
}
