//! `counter_provider`: an async library exporting a resource (`counter`), with a
//! constructor, a sync and an async method, an async static function and standalone
//! functions passing handles inside lists and options, in a stream each way and in a
//! future. It counts the counters alive, so a test sees every destructor the hub chains
//! back to it.

wit_bindgen::generate!({
    path: "../wit-async",
    world: "counter-provider",
});

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

use exports::hub::async_guests::counters::{Counter, CounterBorrow, Guest, GuestCounter};
use wit_bindgen::{FutureReader, StreamReader, spawn_local};

/// Counters made and not yet dropped.
static LIVE: AtomicU32 = AtomicU32::new(0);

struct Component;

struct MyCounter {
    value: Cell<u32>,
}

impl MyCounter {
    fn starting_at(start: u32) -> MyCounter {
        LIVE.fetch_add(1, Ordering::Relaxed);
        MyCounter {
            value: Cell::new(start),
        }
    }
}

impl Drop for MyCounter {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::Relaxed);
        println!(
            "[LIB] counter_provider: dropped a counter at {}",
            self.value.get()
        );
    }
}

impl GuestCounter for MyCounter {
    fn new(start: u32) -> MyCounter {
        MyCounter::starting_at(start)
    }

    async fn add(&self, n: u32) -> u32 {
        wit_bindgen::yield_async().await;
        self.value.set(self.value.get().wrapping_add(n));
        self.value.get()
    }

    fn get(&self) -> u32 {
        self.value.get()
    }

    async fn merge(a: CounterBorrow<'_>, b: Counter) -> Counter {
        wit_bindgen::yield_async().await;
        let sum = a.get::<MyCounter>().get() + b.get::<MyCounter>().get();
        Counter::new(MyCounter::starting_at(sum))
    }
}

impl Guest for Component {
    type Counter = MyCounter;

    async fn make_some(starts: Vec<u32>) -> Vec<Option<Counter>> {
        wit_bindgen::yield_async().await;
        starts
            .into_iter()
            .map(|start| (start != 0).then(|| Counter::new(MyCounter::starting_at(start))))
            .collect()
    }

    async fn total(all: Vec<CounterBorrow<'_>>) -> u32 {
        all.iter().map(|c| c.get::<MyCounter>().get()).sum()
    }

    fn live() -> u32 {
        LIVE.load(Ordering::Relaxed)
    }

    async fn count_up(start: u32, count: u32) -> StreamReader<Counter> {
        let (mut writer, reader) = wit_stream::new();
        spawn_local(async move {
            for value in start..start.saturating_add(count) {
                let counter = Counter::new(MyCounter::starting_at(value));
                if writer.write_one(counter).await.is_some() {
                    // The reader dropped its end: the counter came back, and drops here.
                    break;
                }
            }
        });
        reader
    }

    async fn sum_all(mut all: StreamReader<Counter>) -> u32 {
        let mut sum = 0;
        while let Some(counter) = all.next().await {
            sum += counter.get::<MyCounter>().get();
        }
        sum
    }

    async fn values_after(c: CounterBorrow<'_>, n: u32) -> StreamReader<u32> {
        let from = c.get::<MyCounter>().get();
        let (mut writer, reader) = wit_stream::new();
        spawn_local(async move {
            writer.write_all((1..=n).map(|i| from + i).collect()).await;
        });
        reader
    }

    async fn add_all(into: Counter, mut values: StreamReader<u32>) -> Counter {
        while let Some(value) = values.next().await {
            let counter = into.get::<MyCounter>();
            counter.value.set(counter.value.get() + value);
        }
        into
    }

    async fn later(start: u32) -> FutureReader<Counter> {
        let (writer, reader) = wit_future::new(|| unreachable!("the counter is always written"));
        spawn_local(async move {
            wit_bindgen::yield_async().await;
            let _ = writer
                .write(Counter::new(MyCounter::starting_at(start)))
                .await;
        });
        reader
    }
}

export!(Component);
