//! `stream_hog_app`: an async app whose library computes forever (never yielding)
//! behind a stream it returned and never writes; the app then calls it again.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "stream-fault-app",
});

use hub::async_guests::streams;

struct Component;

impl Guest for Component {
    async fn run() {
        drop(streams::hog().await);
        println!("[APP] stream_hog_app: calling again");
        let made = streams::make_bytes(10).await.collect().await;
        println!("[APP] stream_hog_app: made {} bytes", made.len());
    }
}

export!(Component);
