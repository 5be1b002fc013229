//! `exit_three_app`: an app whose `run` prints a line, then `std::process::exit(3)`. For
//! the exit test: the host must report a failed exit and survive it.

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
        println!("[APP] exit three: exiting with 3");
        std::process::exit(3);
    }
}

export!(Component);
