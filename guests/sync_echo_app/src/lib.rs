//! `sync_echo_app`: a sync app calling `hub:async-guests/echo` without `async`, which
//! the hub links to an async library's `async func`s as well as to a sync one's.

wit_bindgen::generate!({
    path: "../wit-echo-sync",
    world: "sync-echo-app",
});

use hub::async_guests::echo::{count, shout};

struct Component;

impl Guest for Component {
    fn run() {
        let answer = shout("hello");
        println!("[APP] sync_echo_app: {answer}");
        println!("[APP] sync_echo_app: shouts so far: {}", count());
    }
}

export!(Component);
