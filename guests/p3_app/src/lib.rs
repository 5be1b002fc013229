//! `p3_app`: a WASI 0.3 command (`wasi:cli/run@0.3.0`) that waits on WASI 0.3's
//! monotonic clock, then awaits an async library's `shout`.

wit_bindgen::generate!({
    path: "../wit-p3",
    world: "p3-app",
    generate_all,
});

use exports::wasi::cli::run::Guest;
use hub::async_guests::echo::shout;
use wasi::clocks::monotonic_clock;

struct Component;

impl Guest for Component {
    async fn run() -> Result<(), ()> {
        monotonic_clock::wait_for(1_000_000).await;
        let answer = shout("hello from wasi 0.3".to_owned()).await;
        println!("[APP] p3_app: {answer}");
        Ok(())
    }
}

export!(Component);
