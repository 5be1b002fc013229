//! `kv_app`: imports the host's `my:app/kv` (a resource served through wasmtime's
//! `bindgen!`), exports `run`: writes through one connection, reads through another, and
//! drops both (the host sees the drops).

wit_bindgen::generate!({
    path: "../wit-host",
    world: "my:app/kv-app",
});

use my::app::kv::Connection;

struct Component;

impl Guest for Component {
    fn run() {
        let writer = Connection::new("settings");
        writer.set("theme", "dark");
        let reader = Connection::new("settings");
        let theme = reader.get("theme").unwrap_or_default();
        println!("[APP] kv_app: theme = {theme}");
    }
}

export!(Component);
