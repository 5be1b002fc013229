//! `async_fail_app`: an async app whose library traps in the call (`fail`).

wit_bindgen::generate!({
    path: "../wit-async",
    world: "async-app",
});

struct Component;

impl Guest for Component {
    async fn run() {
        hub::async_guests::echo::fail().await;
        println!("[APP] async_fail_app: fail returned");
    }
}

export!(Component);
