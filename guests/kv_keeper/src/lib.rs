//! `kv_keeper`: a library that imports the host's `my:app/kv` and exports
//! `my:app/keeper`: it keeps a connection a caller gives it, reads through it, writes
//! through one a caller lends it, and gives the kept one back.

use std::cell::RefCell;

wit_bindgen::generate!({
    path: "../wit-host",
    world: "my:app/kv-keeper",
});

use exports::my::app::keeper::Guest;
use my::app::kv::Connection;

thread_local! {
    /// The connection kept for callers, between calls and runs.
    static KEPT: RefCell<Option<Connection>> = const { RefCell::new(None) };
}

struct Component;

impl Guest for Component {
    fn keep(c: Connection) {
        KEPT.with(|kept| *kept.borrow_mut() = Some(c));
    }

    fn peek(key: String) -> Option<String> {
        KEPT.with(|kept| kept.borrow().as_ref().and_then(|c| c.get(&key)))
    }

    fn write_through(c: &Connection, key: String, value: String) {
        c.set(&key, &value);
    }

    fn give_back() -> Option<Connection> {
        KEPT.with(|kept| kept.borrow_mut().take())
    }
}

export!(Component);
