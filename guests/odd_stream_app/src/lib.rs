//! `odd_stream_app`: an async app sending a stream of anonymous tuples through
//! `odd-streams`, which only the generated path carries.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "odd-stream-app",
});

use hub::async_guests::odd_streams;
use wit_bindgen::spawn_local;

struct Component;

impl Guest for Component {
    async fn run() {
        let (mut pairs, reader) = wit_stream::new();
        spawn_local(async move {
            let all = vec![
                (1, "a".to_owned()),
                (2, "bb".to_owned()),
                (3, "ccc".to_owned()),
            ];
            pairs.write_all(all).await;
        });
        let summed = odd_streams::pairs(reader).await;
        println!("[APP] odd_stream_app: pairs summed {summed}");
    }
}

export!(Component);
