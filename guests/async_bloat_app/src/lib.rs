//! `async_bloat_app`: an async app asking its library to grow by 256 MiB (`bloat`).

wit_bindgen::generate!({
    path: "../wit-async",
    world: "async-app",
});

struct Component;

impl Guest for Component {
    async fn run() {
        hub::async_guests::echo::bloat(256).await;
        println!("[APP] async_bloat_app: bloat returned");
    }
}

export!(Component);
