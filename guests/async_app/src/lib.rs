//! `async_app`: an app with an `async func run` that awaits an `async func` import.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "async-app",
});

use hub::async_guests::echo::{count, shout};

struct Component;

impl Guest for Component {
    async fn run() {
        let answer = shout("hello".to_owned()).await;
        println!("[APP] async_app: {answer}");
        println!("[APP] async_app: shouts so far: {}", count());
    }
}

export!(Component);
