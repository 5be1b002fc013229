//! `zoo_provider`: exports `zoo:types/scalars`, `zoo:types/containers`, `zoo:types/handles`
//! and the top-level `zoo-version`.

wit_bindgen::generate!({
    path: [
        "../../wit/demo-logging.wit",
        "../../wit/zoo.wit",
        "../../wit/share.wit",
        "../../wit/typeonly.wit",
        "../../wit/maps.wit",
        "../../wit/gated.wit",
        "../wit",
    ],
    world: "hub:guests/zoo-provider",
    generate_all,
});

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

use exports::zoo::types::containers::{self, Color, Permissions, Point, Shape};
use exports::zoo::types::handles::{
    self, Counter, CounterBorrow, GuestCounter, Holder, Labeled, Peek, PeekHolder,
};
use exports::zoo::types::scalars;

struct Component;

impl Guest for Component {
    fn zoo_version() -> String {
        "zoo 0.1.0".to_string()
    }
}

impl scalars::Guest for Component {
    fn bump_unsigned(a: u8, b: u16, c: u32, d: u64) -> (u8, u16, u32, u64) {
        (
            a.wrapping_add(1),
            b.wrapping_add(1),
            c.wrapping_add(1),
            d.wrapping_add(1),
        )
    }

    fn negate_signed(a: i8, b: i16, c: i32, d: i64) -> (i8, i16, i32, i64) {
        (
            a.wrapping_neg(),
            b.wrapping_neg(),
            c.wrapping_neg(),
            d.wrapping_neg(),
        )
    }

    fn double_floats(a: f32, b: f64) -> (f32, f64) {
        (a * 2.0, b * 2.0)
    }

    fn next_char(c: char) -> char {
        let next = c as u32 + 1;
        // Skip the surrogate gap (U+D800..=U+DFFF); `char::MAX` has no successor.
        let next = if next == 0xD800 { 0xE000 } else { next };
        char::from_u32(next).unwrap_or(c)
    }

    fn invert(b: bool) -> bool {
        !b
    }

    fn shout(s: String) -> String {
        s.to_uppercase()
    }
}

impl containers::Guest for Component {
    fn sum_list(xs: Vec<u32>) -> u64 {
        xs.iter().map(|&x| u64::from(x)).sum()
    }

    fn reverse_strings(mut xs: Vec<String>) -> Vec<String> {
        xs.reverse();
        xs
    }

    fn byte_count(bytes: Vec<u8>) -> u32 {
        bytes.len() as u32
    }

    fn maybe_double(x: Option<i32>) -> Option<i32> {
        x.map(|x| x.wrapping_mul(2))
    }

    fn checked_div(a: i32, b: i32) -> Result<i32, String> {
        if b == 0 {
            Err("division by zero".to_string())
        } else {
            // `wrapping_div`: `i32::MIN / -1` must not trap.
            Ok(a.wrapping_div(b))
        }
    }

    fn unit_result(ok: bool) -> Result<(), ()> {
        if ok { Ok(()) } else { Err(()) }
    }

    fn swap_pair(p: (String, u32)) -> (u32, String) {
        (p.1, p.0)
    }

    fn move_point(p: Point, dx: i32, dy: i32) -> Point {
        Point {
            x: p.x.wrapping_add(dx),
            y: p.y.wrapping_add(dy),
            label: p.label,
        }
    }

    fn area(s: Shape) -> f64 {
        match s {
            Shape::Circle(r) => std::f64::consts::PI * r * r,
            Shape::Rectangle((w, h)) => w * h,
            Shape::Dot => 0.0,
            Shape::Named(name) => name.len() as f64,
        }
    }

    fn next_color(c: Color) -> Color {
        match c {
            Color::Red => Color::Green,
            Color::Green => Color::Blue,
            Color::Blue => Color::Red,
        }
    }

    fn complement(p: Permissions) -> Permissions {
        Permissions::all().difference(p)
    }

    fn keep_present(xs: Vec<Option<Point>>) -> Result<Vec<Point>, String> {
        let present: Vec<Point> = xs.into_iter().flatten().collect();
        if present.is_empty() {
            Err("empty".to_string())
        } else {
            Ok(present)
        }
    }
}

/// Counters alive in this instance right now.
static LIVE: AtomicU32 = AtomicU32::new(0);

struct MyCounter {
    value: Cell<i64>,
}

impl MyCounter {
    fn value(&self) -> i64 {
        self.value.get()
    }
}

impl GuestCounter for MyCounter {
    fn new(start: i64) -> Self {
        LIVE.fetch_add(1, Ordering::Relaxed);
        println!("[ZOO] Counter::new({start})");
        MyCounter {
            value: Cell::new(start),
        }
    }

    fn get(&self) -> i64 {
        self.value()
    }

    fn add(&self, delta: i64) {
        self.value.set(self.value.get().wrapping_add(delta));
    }

    fn live() -> u32 {
        LIVE.load(Ordering::Relaxed)
    }
}

impl Drop for MyCounter {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::Relaxed);
        println!("[ZOO] Counter::drop({})", self.value.get());
    }
}

fn counter(start: i64) -> Counter {
    Counter::new(<MyCounter as GuestCounter>::new(start))
}

fn own_value(c: &Counter) -> i64 {
    c.get::<MyCounter>().value()
}

fn borrowed_value(c: &CounterBorrow<'_>) -> i64 {
    c.get::<MyCounter>().value()
}

impl handles::Guest for Component {
    type Counter = MyCounter;

    fn make_some(start: i64, present: bool) -> Option<Counter> {
        present.then(|| counter(start))
    }

    fn make_ok(start: i64, fail: bool) -> Result<Counter, String> {
        if fail {
            Err("refused".to_string())
        } else {
            Ok(counter(start))
        }
    }

    fn make_many(starts: Vec<i64>) -> Vec<Counter> {
        starts.into_iter().map(counter).collect()
    }

    fn make_pair(a: i64, b: i64) -> (Counter, Counter) {
        (counter(a), counter(b))
    }

    fn make_labeled(name: String, start: i64) -> Labeled {
        Labeled {
            name,
            counter: counter(start),
        }
    }

    fn make_holder(start: Option<i64>) -> Holder {
        match start {
            Some(start) => Holder::One(counter(start)),
            None => Holder::Empty,
        }
    }

    fn sum_borrowed(counters: Vec<CounterBorrow<'_>>) -> i64 {
        counters.iter().map(borrowed_value).sum()
    }

    fn get_optional(c: Option<CounterBorrow<'_>>) -> Option<i64> {
        c.as_ref().map(borrowed_value)
    }

    fn get_either(r: Result<CounterBorrow<'_>, String>) -> i64 {
        match r {
            Ok(c) => borrowed_value(&c),
            Err(s) => -(s.len() as i64),
        }
    }

    fn get_pair(p: (CounterBorrow<'_>, CounterBorrow<'_>)) -> i64 {
        borrowed_value(&p.0) + borrowed_value(&p.1)
    }

    fn get_peek(p: Peek<'_>) -> String {
        format!("{}={}", p.name, borrowed_value(&p.counter))
    }

    fn get_peek_holder(h: PeekHolder<'_>) -> i64 {
        match h {
            PeekHolder::One(c) => borrowed_value(&c),
            PeekHolder::Empty => -1,
        }
    }

    fn consume_list(counters: Vec<Counter>) -> i64 {
        counters.iter().map(own_value).sum()
    }

    fn consume_option(c: Option<Counter>) -> i64 {
        c.as_ref().map_or(-1, own_value)
    }

    fn consume_result(r: Result<Counter, String>) -> i64 {
        match r {
            Ok(c) => own_value(&c),
            Err(s) => -(s.len() as i64),
        }
    }

    fn consume_tuple(t: (Counter, i64)) -> i64 {
        own_value(&t.0) + t.1
    }

    fn consume_labeled(l: Labeled) -> String {
        format!("{}={}", l.name, own_value(&l.counter))
    }

    fn consume_holder(h: Holder) -> i64 {
        match h {
            Holder::One(c) => own_value(&c),
            Holder::Empty => -1,
        }
    }
}

export!(Component);
