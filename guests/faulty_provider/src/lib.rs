//! `faulty_provider`: exports `hub:guests/faulty`, whose `boom` traps on purpose.

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
    world: "hub:guests/faulty-provider",
    generate_all,
});

use exports::hub::guests::faulty::Guest;

struct Component;

impl Guest for Component {
    fn answer() -> u32 {
        42
    }

    fn boom() {
        panic!("boom: this provider traps on purpose");
    }
}

export!(Component);
