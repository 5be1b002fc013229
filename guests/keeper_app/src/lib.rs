//! `keeper_app`: an async app passing `counter_provider`'s counters through
//! `counter_keeper`: given up, lent, given back, streamed, and two left kept there.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "keeper-app",
});

use hub::async_guests::counters::{Counter, live};
use hub::async_guests::keeper::{give_back, keep, keep_all, peek};

struct Component;

impl Guest for Component {
    async fn run() {
        keep(Counter::new(3)).await;
        let lent = Counter::new(4);
        println!("[APP] keeper_app: peek {}", peek(&lent).await);
        let back = give_back().await.map_or(0, |c| c.get());
        println!("[APP] keeper_app: gave back {back}");
        println!(
            "[APP] keeper_app: nothing kept: {}",
            give_back().await.is_none()
        );
        let (mut writer, reader) = wit_stream::new();
        let write = async move {
            writer
                .write_all(vec![Counter::new(1), Counter::new(2)])
                .await;
        };
        let (kept, ()) = futures::join!(keep_all(reader), write);
        println!("[APP] keeper_app: the keeper holds {kept}");
        drop(lent);
        println!("[APP] keeper_app: {} live", live());
    }
}

export!(Component);
