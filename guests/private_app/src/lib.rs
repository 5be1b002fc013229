//! `private_app`: imports an inline, unversioned instance named `exports`
//! (`init: func() -> string`), the name every componentize-py component exports; its `run`
//! prints the answer. For the same-instance-name test, with `private_a` and `private_b`.

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
    world: "hub:guests/private-app",
    generate_all,
});

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] private: init = {}", exports::init());
    }
}

export!(Component);
