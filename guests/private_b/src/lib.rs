//! `private_b`: exports an inline, unversioned instance named `exports` (`init` returns
//! `"b"`), as every componentize-py component does, plus `priv:b/api`. For the
//! same-instance-name test: `private_a` and `private_b` both export `exports`, and
//! `private_app` imports it.

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
    world: "hub:guests/private-b",
    generate_all,
});

struct Component;

impl exports::exports::Guest for Component {
    fn init() -> String {
        println!("[PROVIDER] private_b: init");
        "b".to_string()
    }
}

impl exports::priv_::b::api::Guest for Component {
    fn name() -> String {
        "b".to_string()
    }
}

export!(Component);
