//! `stream_relay`: an async library that wraps the `streams` it imports (another
//! library's): each stream goes through it into the other library and back, changed on
//! the way, so a stream crosses two links and three stores.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "stream-relay",
});

use exports::hub::async_guests::streams::{Guest, Tagged};
use hub::async_guests::streams as inner;
use wit_bindgen::{FutureReader, StreamReader, spawn_local};

struct Component;

impl Guest for Component {
    async fn shout_all(words: StreamReader<String>) -> StreamReader<String> {
        let mut shouted = inner::shout_all(words).await;
        let (mut writer, reader) = wit_stream::new();
        spawn_local(async move {
            while let Some(word) = shouted.next().await {
                if writer.write_one(format!("{word}!")).await.is_some() {
                    break;
                }
            }
        });
        reader
    }

    async fn sum_bytes(bytes: StreamReader<u8>) -> (u64, u64) {
        inner::sum_bytes(bytes).await
    }

    async fn make_bytes(len: u64) -> StreamReader<u8> {
        inner::make_bytes(len).await
    }

    async fn first_words(words: StreamReader<String>, count: u32) -> Vec<String> {
        inner::first_words(words, count).await
    }

    async fn broken_bytes(len: u64) -> StreamReader<u8> {
        inner::broken_bytes(len).await
    }

    async fn hog() -> StreamReader<u8> {
        inner::hog().await
    }

    async fn spell(words: Vec<String>) -> StreamReader<StreamReader<u8>> {
        inner::spell(words).await
    }

    async fn sum_later(values: StreamReader<FutureReader<u32>>) -> u32 {
        inner::sum_later(values).await
    }

    async fn describe(t: Tagged) -> String {
        let (writer, value) = wit_future::new(|| 0);
        let tag = format!("{}+relay", t.tag);
        spawn_local(async move {
            let _ = writer.write(t.value.await).await;
        });
        inner::describe(inner::Tagged { tag, value }).await
    }
}

export!(Component);
