//! `host_app`: imports the plugin host's `my:app/host`, exports `run`: keeps a value in
//! the host, reads it back, and logs what it read.

wit_bindgen::generate!({
    path: "../wit-host",
    world: "my:app/host-app",
});

use my::app::host;

struct Component;

impl Guest for Component {
    fn run() {
        host::set("greeting", "hello from host_app");
        let read = host::get("greeting").unwrap_or_default();
        host::log(&format!("read back: {read}"));
        println!("[APP] host_app: {read}");
    }
}

export!(Component);
