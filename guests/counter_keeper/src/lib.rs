//! `counter_keeper`: an async library holding `counter_provider`'s counters, which it
//! imports: handles of another library's resource given to it, lent to it, returned by
//! it and streamed to it, and kept between runs until it is unloaded.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "counter-keeper",
});

use std::cell::RefCell;

use exports::hub::async_guests::keeper::Guest;
use hub::async_guests::counters::Counter;
use wit_bindgen::StreamReader;

thread_local! {
    /// The counters it keeps (one component instance: one thread).
    static KEPT: RefCell<Vec<Counter>> = const { RefCell::new(Vec::new()) };
}

struct Component;

impl Guest for Component {
    async fn keep(c: Counter) {
        KEPT.with_borrow_mut(|kept| kept.push(c));
    }

    async fn peek(c: &Counter) -> u32 {
        let kept: u32 = KEPT.with_borrow(|kept| kept.iter().map(Counter::get).sum());
        c.get() + kept
    }

    async fn give_back() -> Option<Counter> {
        KEPT.with_borrow_mut(Vec::pop)
    }

    async fn keep_all(mut all: StreamReader<Counter>) -> u32 {
        while let Some(counter) = all.next().await {
            KEPT.with_borrow_mut(|kept| kept.push(counter));
        }
        KEPT.with_borrow(|kept| kept.len() as u32)
    }
}

export!(Component);
