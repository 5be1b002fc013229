//! `private_a`: exports an inline, unversioned instance named `exports` (`init` returns
//! `"a"`), as every componentize-py component does, plus `priv:a/api`. For the
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
    world: "hub:guests/private-a",
    generate_all,
});

struct Component;

impl exports::exports::Guest for Component {
    fn init() -> String {
        println!("[PROVIDER] private_a: init");
        "a".to_string()
    }
}

impl exports::priv_::a::api::Guest for Component {
    fn name() -> String {
        "a".to_string()
    }
}

export!(Component);
