//! `plugin_lib`: a plugin library importing the host's `my:app/host` and exporting
//! `my:app/plugin`, which the host calls.

wit_bindgen::generate!({
    path: "../wit-host",
    world: "my:app/plugin-lib",
});

use exports::my::app::plugin::Guest;
use my::app::host;

struct Component;

impl Guest for Component {
    fn transform(input: String) -> String {
        host::log(&format!("transform({input})"));
        let calls: u32 = host::get("calls").and_then(|c| c.parse().ok()).unwrap_or(0);
        host::set("calls", &(calls + 1).to_string());
        input.to_uppercase()
    }
}

export!(Component);
