//! `async_relay`: an async library that wraps the `echo` it imports (another async
//! library's) and exports it again, adding a `!`: calls go from one event loop to
//! another.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "async-relay",
});

use exports::hub::async_guests::echo::Guest;
use hub::async_guests::echo as inner;

struct Component;

impl Guest for Component {
    async fn shout(s: String) -> String {
        let answer = inner::shout(s).await;
        format!("{answer}!")
    }

    fn count() -> u32 {
        inner::count()
    }

    async fn spin() {
        inner::spin().await;
    }

    async fn quick(a: u32, b: u32) -> u32 {
        inner::quick(a, b).await
    }

    async fn bloat(mib: u32) {
        inner::bloat(mib).await;
    }

    async fn fail() {
        inner::fail().await;
    }
}

export!(Component);
