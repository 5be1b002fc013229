//! `counter_sync_app`: a sync app using `counter_provider`'s resources without `async`,
//! which the hub links to the async library's exports. It drops everything it made.

wit_bindgen::generate!({
    path: "../wit-counters-sync",
    world: "counter-sync-app",
});

use hub::async_guests::counters::{Counter, live, make_some, total};

struct Component;

impl Guest for Component {
    fn run() {
        let a = Counter::new(5);
        println!("[APP] counter_sync_app: a is {} ({})", a.add(3), a.get());
        let merged = Counter::merge(&a, Counter::new(10));
        println!("[APP] counter_sync_app: merged is {}", merged.get());
        let some = make_some(&[1, 0, 2]);
        let held: Vec<&Counter> = some.iter().flatten().chain([&a, &merged]).collect();
        println!("[APP] counter_sync_app: total {}", total(&held));
        println!("[APP] counter_sync_app: {} live", live());
        drop(some);
        drop(merged);
        drop(a);
        println!("[APP] counter_sync_app: {} live after drops", live());
    }
}

export!(Component);
