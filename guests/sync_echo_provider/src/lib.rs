//! `sync_echo_provider`: `hub:async-guests/echo` exported by a sync component, which
//! async apps call through their `async func` imports.

wit_bindgen::generate!({
    path: "../wit-echo-sync",
    world: "sync-echo-provider",
});

use std::sync::atomic::{AtomicU32, Ordering};

use exports::hub::async_guests::echo::Guest;

static SHOUTS: AtomicU32 = AtomicU32::new(0);

struct Component;

impl Guest for Component {
    fn shout(s: String) -> String {
        SHOUTS.fetch_add(1, Ordering::Relaxed);
        format!("{} (sync)", s.to_uppercase())
    }

    fn count() -> u32 {
        SHOUTS.load(Ordering::Relaxed)
    }

    fn spin() {
        #[allow(clippy::empty_loop)]
        loop {}
    }

    fn quick(a: u32, b: u32) -> u32 {
        a.wrapping_add(b)
    }

    fn fail() {
        panic!("sync_echo_provider fails on purpose");
    }
}

export!(Component);
