//! `kv_sharer`: an app handing connections the host made for it to the `keeper`
//! library: lends one to write through, gives one away, reads through it there, takes
//! it back, and gives it away again, so the library holds it when the run ends; drops a
//! scratch connection, gives one to the host, and leaves its own undropped.

wit_bindgen::generate!({
    path: "../wit-host",
    world: "my:app/kv-sharer",
});

use my::app::keeper;
use my::app::kv::{self, Connection};

struct Component;

impl Guest for Component {
    fn run() {
        let mine = Connection::new("shared");
        keeper::write_through(&mine, "colour", "teal");
        keeper::keep(Connection::new("shared"));
        let seen = keeper::peek("colour").unwrap_or_default();
        println!("[APP] kv_sharer: the keeper reads colour = {seen}");
        let back = keeper::give_back().expect("the keeper gives the connection back");
        println!(
            "[APP] kv_sharer: back from the keeper, colour = {}",
            back.get("colour").unwrap_or_default()
        );
        keeper::keep(back);
        // A connection dropped here reaches the host's `drop`, as without the keeper.
        drop(Connection::new("scratch"));
        // One given back to the host, which takes it.
        kv::close(Connection::new("closed"));
        // One left undropped: the hub releases it when the run ends.
        std::mem::forget(mine);
    }
}

export!(Component);
