//! `async_provider`: a library written the way wit-bindgen's async users write one.
//! It exports `hub:async-guests/echo`, whose `shout` is an `async func`, and keeps a
//! count of its calls between runs.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "async-provider",
});

use std::sync::atomic::{AtomicU32, Ordering};

use exports::hub::async_guests::echo::Guest;

/// Calls of `shout` since the library was instantiated.
static SHOUTS: AtomicU32 = AtomicU32::new(0);

struct Component;

impl Guest for Component {
    async fn shout(s: String) -> String {
        wit_bindgen::yield_async().await;
        SHOUTS.fetch_add(1, Ordering::Relaxed);
        s.to_uppercase()
    }

    fn count() -> u32 {
        SHOUTS.load(Ordering::Relaxed)
    }

    async fn spin() {
        println!("[LIB] async_provider: spinning");
        loop {
            wit_bindgen::yield_async().await;
        }
    }

    async fn quick(a: u32, b: u32) -> u32 {
        a.wrapping_add(b)
    }

    async fn bloat(mib: u32) {
        let mut kept = Vec::new();
        for _ in 0..mib {
            kept.push(vec![1u8; 1 << 20]);
            wit_bindgen::yield_async().await;
        }
        std::hint::black_box(&kept);
    }

    async fn fail() {
        wit_bindgen::yield_async().await;
        panic!("async_provider fails on purpose");
    }
}

export!(Component);
