//! `stream_bench_app`: reads a 64 MiB `stream<u8>` from `streams.make-bytes` (hub-bench's
//! stream rows): the library's stream through the hub, or the host's in this app's own
//! store (the floor).

wit_bindgen::generate!({
    path: "../wit-async",
    world: "stream-app",
});

use hub::async_guests::streams;
use wit_bindgen::StreamResult;

/// The stream's length: hub-bench's `kinds::STREAM_BYTES`.
const BYTES: u64 = 64 << 20;

/// Bytes read at once: what a guest reading a file in chunks would use.
const CHUNK: usize = 64 * 1024;

struct Component;

impl Guest for Component {
    async fn run() {
        let mut bytes = streams::make_bytes(BYTES).await;
        let mut count = 0u64;
        let mut buffer = Vec::with_capacity(CHUNK);
        loop {
            let (result, read) = bytes.read(buffer).await;
            count += read.len() as u64;
            if let StreamResult::Dropped = result {
                break;
            }
            buffer = read;
            buffer.clear();
        }
        assert_eq!(count, BYTES, "the stream ended early");
    }
}

export!(Component);
