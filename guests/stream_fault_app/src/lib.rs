//! `stream_fault_app`: an async app whose library traps in the middle of a stream it
//! returned: this app sees the stream end, then the library disabled when it calls
//! again.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "stream-fault-app",
});

use hub::async_guests::streams;

struct Component;

impl Guest for Component {
    async fn run() {
        let bytes = streams::broken_bytes(1000).await.collect().await;
        println!(
            "[APP] stream_fault_app: the stream ended after {} bytes",
            bytes.len()
        );
        let made = streams::make_bytes(10).await.collect().await;
        println!("[APP] stream_fault_app: made {} bytes", made.len());
    }
}

export!(Component);
