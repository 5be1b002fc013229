//! `flood_app`: an async app writing 4 MiB strings, one per write, into a stream that
//! `stream_holder` keeps unread, and printing how many writes completed before one
//! waited: the host holds a bounded number of bytes for a reader that does not read.
//!
//! A write that has room completes within a turn or two of the app's event loop; one
//! that waits for room never does, so "not done after 1,000 turns" means it waits (no
//! clock involved).

wit_bindgen::generate!({
    path: "../wit-async",
    world: "flood-app",
});

use futures::FutureExt;
use hub::async_guests::holding::{hold, release};

/// The bytes of each string written.
const STRING_BYTES: usize = 4 << 20;

/// Writes tried at most: far more than any bound lets through.
const WRITES: usize = 64;

struct Component;

/// Resolves after `turns` turns of the event loop.
async fn turns(turns: usize) {
    for _ in 0..turns {
        wit_bindgen::yield_async().await;
    }
}

impl Guest for Component {
    async fn run() {
        let (mut writer, reader) = wit_stream::new();
        hold(reader).await;
        let mut completed = 0;
        for _ in 0..WRITES {
            let write = writer.write_all(vec!["x".repeat(STRING_BYTES)]).fuse();
            let waited = turns(1000).fuse();
            futures::pin_mut!(write, waited);
            futures::select! {
                _ = write => completed += 1,
                () = waited => break,
            }
        }
        println!("[APP] flood_app: {completed} writes of 4 MiB completed before one waited");
        drop(writer);
        release();
    }
}

export!(Component);
