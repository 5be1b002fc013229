//! `async_provider`: a library written the way wit-bindgen's async users write one.
//! It exports `hub:async-guests/echo`, whose `shout` is an `async func`.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "async-provider",
});

use exports::hub::async_guests::echo::Guest;

struct Component;

impl Guest for Component {
    async fn shout(s: String) -> String {
        wit_bindgen::yield_async().await;
        s.to_uppercase()
    }
}

export!(Component);
