//! `host_async_app`: an async app importing the plugin host's `my:app/host` with
//! `async func`s: keeps a value in the host, reads it back, and logs what it read,
//! awaiting each call.

wit_bindgen::generate!({
    path: "../wit-host-async",
    world: "my:app/host-async-app",
});

use my::app::host;

struct Component;

impl Guest for Component {
    async fn run() {
        host::set("greeting".into(), "hello from host_async_app".into()).await;
        let read = host::get("greeting".into()).await.unwrap_or_default();
        host::log(format!("read back: {read}")).await;
        println!("[APP] host_async_app: {read}");
    }
}

export!(Component);
