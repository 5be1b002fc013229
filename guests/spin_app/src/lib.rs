//! `spin_app`: an app whose `run` calls `hostile.spin`, which loops forever inside the
//! library. For the runaway-library test: the host must interrupt the library.

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
        println!("[APP] spin: calling hostile.spin");
        hostile::spin();
        println!("[APP] spin: unreachable");
    }
}

export!(Component);
