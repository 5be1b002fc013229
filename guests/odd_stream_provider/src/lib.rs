//! `odd_stream_provider`: an async library passing a stream of tuples, which the hub's
//! generated path carries (`odd-streams` is under `wit/`) and its dynamic path has no
//! carrier for (refused when loaded with `--dynamic`, naming the type).

wit_bindgen::generate!({
    path: "../wit-async",
    world: "odd-stream-provider",
});

use exports::hub::async_guests::odd_streams::Guest;
use wit_bindgen::StreamReader;

struct Component;

impl Guest for Component {
    async fn pairs(s: StreamReader<(u32, String)>) -> u32 {
        s.collect()
            .await
            .iter()
            .map(|(n, s)| n + s.len() as u32)
            .sum()
    }
}

export!(Component);
