//! `library_exit_app`: an app whose `run` calls `hostile.exit(7)`: the library exits the
//! process. For the library-exit test: the host must survive a library that exits.

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
    world: "hub:guests/hostile-app",
    generate_all,
});

use hub::guests::hostile;

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] library exit: calling hostile.exit(7)");
        hostile::exit(7);
        println!("[APP] library exit: unreachable");
    }
}

export!(Component);
