//! `async_app`: an app with an `async func run` that awaits an `async func` import.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "async-app",
});

use hub::async_guests::echo::shout;

struct Component;

impl Guest for Component {
    async fn run() {
        let answer = shout("hello".to_owned()).await;
        println!("[APP] async_app: {answer}");
    }
}

export!(Component);
