//! `library_bomb_app`: an app whose `run` calls `hostile.grow(4096)`: the library tries to
//! take 4 GiB. For the library-memory-limit test: the host must stop the library.

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
        println!("[APP] library bomb: calling hostile.grow(4096)");
        let got = hostile::grow(4096);
        println!("[APP] library bomb: the library got {got} MiB");
    }
}

export!(Component);
