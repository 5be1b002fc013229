//! `async_spin_app`: an async app whose library never answers (`spin` yields forever).

wit_bindgen::generate!({
    path: "../wit-async",
    world: "async-app",
});

struct Component;

impl Guest for Component {
    async fn run() {
        println!("[APP] async_spin_app: calling spin");
        hub::async_guests::echo::spin().await;
        println!("[APP] async_spin_app: spin returned");
    }
}

export!(Component);
