//! `stream_provider`: an async library whose functions take and return streams and a
//! future inside a record, written as a wit-bindgen user writes them (a spawned task
//! keeps writing after the function returned).

wit_bindgen::generate!({
    path: "../wit-async",
    world: "stream-provider",
});

use exports::hub::async_guests::streams::{Guest, Tagged};
use wit_bindgen::{FutureReader, StreamReader, StreamResult, spawn_local};

/// Bytes read or written per step: what a guest reading a file in chunks would use.
const CHUNK: usize = 64 * 1024;

struct Component;

impl Guest for Component {
    async fn shout_all(mut words: StreamReader<String>) -> StreamReader<String> {
        let (mut writer, reader) = wit_stream::new();
        spawn_local(async move {
            while let Some(word) = words.next().await {
                if writer.write_one(word.to_uppercase()).await.is_some() {
                    // The reader dropped its end: stop reading too.
                    break;
                }
            }
        });
        reader
    }

    async fn sum_bytes(mut bytes: StreamReader<u8>) -> (u64, u64) {
        let (mut count, mut sum) = (0u64, 0u64);
        let mut buffer = Vec::with_capacity(CHUNK);
        loop {
            let (result, read) = bytes.read(buffer).await;
            count += read.len() as u64;
            sum += read.iter().map(|b| u64::from(*b)).sum::<u64>();
            if let StreamResult::Dropped = result {
                // The writer ended the stream.
                break;
            }
            buffer = read;
            buffer.clear();
        }
        (count, sum)
    }

    async fn make_bytes(len: u64) -> StreamReader<u8> {
        let (mut writer, reader) = wit_stream::new();
        spawn_local(async move {
            // The pattern from any offset is a slice of one period-shifted buffer.
            let pattern: Vec<u8> = (0..CHUNK + 251).map(|i| (i % 251) as u8).collect();
            let mut offset = 0u64;
            while offset < len {
                let step = (len - offset).min(CHUNK as u64) as usize;
                let start = (offset % 251) as usize;
                let chunk = pattern[start..start + step].to_vec();
                if !writer.write_all(chunk).await.is_empty() {
                    break;
                }
                offset += step as u64;
            }
        });
        reader
    }

    async fn first_words(mut words: StreamReader<String>, count: u32) -> Vec<String> {
        let mut kept = Vec::new();
        while kept.len() < count as usize {
            match words.next().await {
                Some(word) => kept.push(word),
                None => break,
            }
        }
        // Dropping `words` here closes this end: the writer sees it dropped.
        kept
    }

    async fn describe(t: Tagged) -> String {
        let value = t.value.await;
        format!("{}={value}", t.tag)
    }

    async fn broken_bytes(len: u64) -> StreamReader<u8> {
        let (mut writer, reader) = wit_stream::new();
        spawn_local(async move {
            writer.write_all(vec![7; len as usize]).await;
            panic!("stream_provider: broken after {len} bytes");
        });
        reader
    }

    async fn hog() -> StreamReader<u8> {
        let (writer, reader) = wit_stream::new();
        spawn_local(async move {
            let _kept = writer;
            // Past this call's end first: the loop runs this between calls.
            wit_bindgen::yield_async().await;
            let mut n = 0u64;
            loop {
                n = std::hint::black_box(n.wrapping_add(1));
            }
        });
        reader
    }

    async fn spell(words: Vec<String>) -> StreamReader<StreamReader<u8>> {
        let (mut writer, reader) = wit_stream::new();
        spawn_local(async move {
            for word in words {
                let (mut bytes, spelled) = wit_stream::new();
                if writer.write_one(spelled).await.is_some() {
                    break;
                }
                spawn_local(async move {
                    bytes.write_all(word.into_bytes()).await;
                });
            }
        });
        reader
    }

    async fn sum_later(mut values: StreamReader<FutureReader<u32>>) -> u32 {
        let mut sum = 0;
        while let Some(value) = values.next().await {
            sum += value.await;
        }
        sum
    }
}

export!(Component);
