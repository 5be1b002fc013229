//! `stream_app`: an async app that runs streams and a future through `streams` and
//! prints what comes back.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "stream-app",
});

use hub::async_guests::streams::{self, Tagged};
use wit_bindgen::spawn_local;

/// Bytes sent to `sum-bytes` and asked of `make-bytes`: more than any one buffer.
const BYTES: u64 = 1 << 20;

struct Component;

impl Guest for Component {
    async fn run() {
        // A stream of strings, written while the library answers it.
        let (mut words, reader) = wit_stream::new();
        spawn_local(async move {
            for word in ["one", "two", "three"] {
                if words.write_one(word.to_string()).await.is_some() {
                    println!("[APP] stream_app: shout-all dropped its end");
                }
            }
        });
        let shouted = streams::shout_all(reader).await.collect().await;
        println!("[APP] stream_app: shouted {}", shouted.join(" "));

        // Bytes both ways.
        let (mut bytes, reader) = wit_stream::new();
        spawn_local(async move {
            let all = (0..BYTES).map(|i| (i % 251) as u8).collect();
            bytes.write_all(all).await;
        });
        let (count, sum) = streams::sum_bytes(reader).await;
        let expected: u64 = (0..BYTES).map(|i| i % 251).sum();
        println!(
            "[APP] stream_app: summed {count} bytes, checksum ok: {}",
            sum == expected
        );
        let made = streams::make_bytes(BYTES).await.collect().await;
        let ok = made.iter().enumerate().all(|(i, b)| *b == (i % 251) as u8);
        println!(
            "[APP] stream_app: made {} bytes, pattern ok: {ok}",
            made.len()
        );

        // A reader that stops early: the writer sees its end dropped.
        let (mut words, reader) = wit_stream::new();
        let writer = async move {
            let mut sent = 0;
            for i in 0..100 {
                if words.write_one(format!("w{i}")).await.is_some() {
                    break;
                }
                sent += 1;
            }
            sent
        };
        let (kept, sent) = futures::join!(streams::first_words(reader, 2), writer);
        println!(
            "[APP] stream_app: kept {}, the writer stopped after {sent} of 100",
            kept.join(" ")
        );

        // A future inside a record, written after the call started.
        let (value, reader) = wit_future::new(|| 0);
        spawn_local(async move {
            let _ = value.write(42).await;
        });
        let described = streams::describe(Tagged {
            tag: "answer".to_string(),
            value: reader,
        })
        .await;
        println!("[APP] stream_app: described {described}");

        // Streams inside a stream, each read to its end.
        let mut spelled = streams::spell(vec!["ab".to_string(), "cde".to_string()]).await;
        let mut words = Vec::new();
        while let Some(bytes) = spelled.next().await {
            words.push(String::from_utf8_lossy(&bytes.collect().await).into_owned());
        }
        println!("[APP] stream_app: spelled {}", words.join(" "));

        // Futures inside a stream, written after they were sent.
        let (mut values, reader) = wit_stream::new();
        let write = async move {
            for n in [1, 2, 39] {
                let (value, later) = wit_future::new(|| 0);
                spawn_local(async move {
                    let _ = value.write(n).await;
                });
                if values.write_one(later).await.is_some() {
                    break;
                }
            }
        };
        let (sum, ()) = futures::join!(streams::sum_later(reader), write);
        println!("[APP] stream_app: summed later {sum}");
    }
}

export!(Component);
