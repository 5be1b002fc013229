//! `host_proxy`: middleware in front of the host's `my:app/host`: imports it and exports
//! it, passing every call on and prefixing log lines with `[proxy] `.

wit_bindgen::generate!({
    path: "../wit-host",
    world: "my:app/host-proxy",
});

use exports::my::app::host::Guest;
use my::app::host;

struct Component;

impl Guest for Component {
    fn log(msg: String) {
        host::log(&format!("[proxy] {msg}"));
    }

    fn get(key: String) -> Option<String> {
        host::get(&key)
    }

    fn set(key: String, value: String) {
        host::set(&key, &value);
    }
}

export!(Component);
