//! `counter_app`: an async app using `counter_provider`'s resources: constructor, sync
//! and async methods, an async static taking a borrow and an own, handles in a list of
//! options and a list of borrows, counters in a stream each way and in a future. It
//! leaves one counter undropped, for the hub to release when the run ends.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "counter-app",
});

use hub::async_guests::counters::{
    Counter, add_all, count_up, later, live, make_some, sum_all, total, values_after,
};

struct Component;

impl Guest for Component {
    async fn run() {
        let a = Counter::new(5);
        let added = a.add(3).await;
        println!("[APP] counter_app: a is {added} ({})", a.get());
        let merged = Counter::merge(&a, Counter::new(10)).await;
        println!("[APP] counter_app: merged is {}", merged.get());
        let some = make_some(vec![1, 0, 2]).await;
        let shape: Vec<String> = some
            .iter()
            .map(|c| {
                c.as_ref()
                    .map_or("none".to_owned(), |c| c.get().to_string())
            })
            .collect();
        println!("[APP] counter_app: made [{}]", shape.join(", "));
        let held: Vec<&Counter> = some.iter().flatten().chain([&a, &merged]).collect();
        println!("[APP] counter_app: total {}", total(held).await);
        println!("[APP] counter_app: {} live", live());
        drop(some);
        drop(merged);

        // Counters in a stream from the library, and back to it in another.
        let ups = count_up(1, 3).await.collect().await;
        let values: Vec<String> = ups.iter().map(|c| c.get().to_string()).collect();
        println!("[APP] counter_app: counted up [{}]", values.join(", "));
        let (mut writer, reader) = wit_stream::new();
        let write = async move {
            writer.write_all(ups).await;
        };
        let (sum, ()) = futures::join!(sum_all(reader), write);
        println!("[APP] counter_app: summed {sum}");
        // A reader that stops after one: the rest, made and sent, are released.
        let mut five = count_up(10, 5).await;
        let first = five.next().await.map_or(0, |c| c.get());
        println!("[APP] counter_app: the first of five is {first}");
        drop(five);
        // A handle and a stream in one call, both ways.
        let base = Counter::new(10);
        let after = values_after(&base, 3).await.collect().await;
        let (mut writer, reader) = wit_stream::new();
        let write = async move {
            writer.write_all(after).await;
        };
        let (total, ()) = futures::join!(add_all(base, reader), write);
        println!("[APP] counter_app: added all: {}", total.get());
        drop(total);
        let later = later(7).await.await;
        println!("[APP] counter_app: later is {}", later.get());
        drop(later);
        println!("[APP] counter_app: {} live after drops", live());
        // Left for the hub: released when the run ends.
        std::mem::forget(a);
    }
}

export!(Component);
