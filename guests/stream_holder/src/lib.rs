//! `stream_holder`: an async library keeping the stream of strings it is given, unread,
//! until told to drop it: the reader a flooding writer writes for.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "stream-holder",
});

use std::cell::RefCell;

use exports::hub::async_guests::holding::Guest;
use wit_bindgen::StreamReader;

thread_local! {
    /// The stream kept (one component instance: one thread).
    static HELD: RefCell<Option<StreamReader<String>>> = const { RefCell::new(None) };
}

struct Component;

impl Guest for Component {
    async fn hold(words: StreamReader<String>) {
        HELD.with_borrow_mut(|held| *held = Some(words));
    }

    fn release() {
        HELD.with_borrow_mut(|held| drop(held.take()));
    }
}

export!(Component);
