//! `exit_zero_app`: an app whose `run` prints a line, then `std::process::exit(0)`. For
//! the exit test: the host must tell a clean exit from a trap.

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
    world: "hub:guests/plain-app",
    generate_all,
});

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] exit zero: exiting with 0");
        std::process::exit(0);
    }
}

export!(Component);
