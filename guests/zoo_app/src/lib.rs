//! `zoo_app`: imports every zoo interface and the top-level `zoo-version`, exports `run`.
//!
//! Calls every function and checks every answer: a wrong answer panics, which traps, so the
//! run fails loudly. One `[APP] zoo: <what> ok` line per group of checks.

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
    world: "hub:guests/zoo-app",
    generate_all,
});

use zoo::types::containers::{self, Color, Permissions, Point, Shape};
use zoo::types::handles::{self, Counter, Holder, Labeled, Peek, PeekHolder};
use zoo::types::inspector::{self, Wrapper};
use zoo::types::scalars;

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] zoo: start");
        check_version();
        check_scalars();
        check_containers();

        // Every counter made below is dropped before the end; the provider keeps its
        // instance (and its live count) across runs, so compare with the count at the start.
        let live_at_start = Counter::live();
        check_counter(live_at_start);
        check_handles(live_at_start);
        check_inspector(live_at_start);
        check_wrapper(live_at_start);
        assert_eq!(Counter::live(), live_at_start, "a counter leaked");
        println!("[APP] zoo: no counter leaked ok");

        println!("[APP] zoo: all checks passed");
    }
}

fn check_version() {
    assert_eq!(zoo_version(), "zoo 0.1.0");
    println!("[APP] zoo: zoo-version ok");
}

fn check_scalars() {
    assert_eq!(scalars::bump_unsigned(1, 2, 3, 4), (2, 3, 4, 5));
    assert_eq!(
        scalars::bump_unsigned(u8::MAX, u16::MAX, u32::MAX, u64::MAX),
        (0, 0, 0, 0)
    );
    assert_eq!(scalars::negate_signed(1, -2, 3, -4), (-1, 2, -3, 4));
    assert_eq!(
        scalars::negate_signed(i8::MIN, i16::MIN, i32::MIN, i64::MIN),
        (i8::MIN, i16::MIN, i32::MIN, i64::MIN)
    );
    assert_eq!(scalars::double_floats(1.5, -2.25), (3.0, -4.5));
    assert_eq!(scalars::next_char('a'), 'b');
    assert_eq!(scalars::next_char('é'), 'ê');
    assert_eq!(scalars::next_char('\u{1F980}'), '\u{1F981}');
    assert_eq!(scalars::next_char('\u{D7FF}'), '\u{E000}');
    assert_eq!(scalars::next_char(char::MAX), char::MAX);
    assert!(scalars::invert(false));
    assert!(!scalars::invert(true));
    assert_eq!(scalars::shout("hello, zoo"), "HELLO, ZOO");
    assert_eq!(scalars::shout("straße"), "STRASSE");
    assert_eq!(scalars::shout(""), "");
    println!("[APP] zoo: scalars ok");
}

fn check_containers() {
    // Lists.
    assert_eq!(
        containers::sum_list(&[1, 2, 3, u32::MAX]),
        6 + u64::from(u32::MAX)
    );
    assert_eq!(containers::sum_list(&[]), 0);
    let strings = ["one".to_string(), "two".to_string(), "three".to_string()];
    assert_eq!(
        containers::reverse_strings(&strings),
        ["three", "two", "one"]
    );
    assert!(containers::reverse_strings(&[]).is_empty());
    assert_eq!(containers::byte_count(&[0, 1, 2, 255]), 4);
    assert_eq!(containers::byte_count(&[]), 0);
    println!("[APP] zoo: lists ok");

    // Options and results.
    assert_eq!(containers::maybe_double(Some(21)), Some(42));
    assert_eq!(containers::maybe_double(None), None);
    assert_eq!(containers::checked_div(7, 2), Ok(3));
    assert_eq!(containers::checked_div(-9, 3), Ok(-3));
    assert_eq!(
        containers::checked_div(1, 0),
        Err("division by zero".to_string())
    );
    assert_eq!(containers::unit_result(true), Ok(()));
    assert_eq!(containers::unit_result(false), Err(()));
    println!("[APP] zoo: options and results ok");

    // Tuples and records.
    assert_eq!(containers::swap_pair(("one", 1)), (1, "one".to_string()));
    let p = Point {
        x: 1,
        y: 2,
        label: "p".to_string(),
    };
    let moved = containers::move_point(&p, 10, -20);
    assert_eq!((moved.x, moved.y, moved.label.as_str()), (11, -18, "p"));
    println!("[APP] zoo: tuples and records ok");

    // Variants, enums and flags.
    assert_eq!(containers::area(&Shape::Circle(1.0)), std::f64::consts::PI);
    assert_eq!(
        containers::area(&Shape::Circle(2.0)),
        std::f64::consts::PI * 2.0 * 2.0
    );
    assert_eq!(containers::area(&Shape::Rectangle((2.0, 3.5))), 7.0);
    assert_eq!(containers::area(&Shape::Dot), 0.0);
    assert_eq!(containers::area(&Shape::Named("square".to_string())), 6.0);
    assert_eq!(containers::next_color(Color::Red), Color::Green);
    assert_eq!(containers::next_color(Color::Green), Color::Blue);
    assert_eq!(containers::next_color(Color::Blue), Color::Red);
    assert_eq!(
        containers::complement(Permissions::READ),
        Permissions::WRITE | Permissions::EXECUTE
    );
    assert_eq!(
        containers::complement(Permissions::READ | Permissions::EXECUTE),
        Permissions::WRITE
    );
    assert_eq!(
        containers::complement(Permissions::empty()),
        Permissions::all()
    );
    assert_eq!(
        containers::complement(Permissions::all()),
        Permissions::empty()
    );
    println!("[APP] zoo: variants, enums and flags ok");

    // Nested containers.
    let a = Point {
        x: 1,
        y: 1,
        label: "a".to_string(),
    };
    let b = Point {
        x: -2,
        y: 3,
        label: "b".to_string(),
    };
    let kept = containers::keep_present(&[Some(a), None, Some(b), None])
        .expect("keep-present refused present points");
    let kept: Vec<_> = kept.iter().map(|p| (p.x, p.y, p.label.as_str())).collect();
    assert_eq!(kept, [(1, 1, "a"), (-2, 3, "b")]);
    assert_eq!(
        containers::keep_present(&[None, None]).map(|v| v.len()),
        Err("empty".to_string())
    );
    assert_eq!(
        containers::keep_present(&[]).map(|v| v.len()),
        Err("empty".to_string())
    );
    println!("[APP] zoo: nested containers ok");
}

fn check_counter(live_at_start: u32) {
    let c = Counter::new(10);
    assert_eq!(c.get(), 10);
    c.add(5);
    assert_eq!(c.get(), 15);
    c.add(-20);
    assert_eq!(c.get(), -5);
    assert_eq!(Counter::live(), live_at_start + 1);
    drop(c);
    assert_eq!(Counter::live(), live_at_start);
    println!("[APP] zoo: counter resource ok");
}

fn check_handles(live_at_start: u32) {
    // `own` handles in results, inside every container.
    let some = handles::make_some(1, true).expect("make-some(1, true) gave none");
    assert_eq!(some.get(), 1);
    assert!(handles::make_some(2, false).is_none());
    let ok = handles::make_ok(3, false).expect("make-ok(3, false) failed");
    assert_eq!(ok.get(), 3);
    match handles::make_ok(4, true) {
        Err(e) => assert_eq!(e, "refused"),
        Ok(_) => panic!("make-ok(4, true) did not fail"),
    }
    let many = handles::make_many(&[5, 6, 7]);
    assert_eq!(many.iter().map(Counter::get).collect::<Vec<_>>(), [5, 6, 7]);
    assert!(handles::make_many(&[]).is_empty());
    let (a, b) = handles::make_pair(8, 9);
    assert_eq!((a.get(), b.get()), (8, 9));
    let labeled = handles::make_labeled("lab", 10);
    assert_eq!(labeled.name, "lab");
    assert_eq!(labeled.counter.get(), 10);
    let holder = handles::make_holder(Some(11));
    match &holder {
        Holder::One(c) => assert_eq!(c.get(), 11),
        Holder::Empty => panic!("make-holder(some(11)) gave empty"),
    }
    assert!(matches!(handles::make_holder(None), Holder::Empty));
    assert_eq!(Counter::live(), live_at_start + 9);
    println!("[APP] zoo: own handles in results ok");

    // `borrow` handles in arguments, inside every container.
    assert_eq!(handles::sum_borrowed(&[&some, &ok, &many[0], &many[2]]), 16);
    assert_eq!(handles::sum_borrowed(&[]), 0);
    assert_eq!(handles::get_optional(Some(&ok)), Some(3));
    assert_eq!(handles::get_optional(None), None);
    assert_eq!(handles::get_either(Ok(&a)), 8);
    assert_eq!(handles::get_either(Err("four")), -4);
    assert_eq!(handles::get_pair((&a, &b)), 17);
    assert_eq!(handles::get_pair((&a, &a)), 16);
    let peek = Peek {
        name: "peek".to_string(),
        counter: &labeled.counter,
    };
    assert_eq!(handles::get_peek(&peek), "peek=10");
    assert_eq!(handles::get_peek_holder(&PeekHolder::One(&b)), 9);
    assert_eq!(handles::get_peek_holder(&PeekHolder::Empty), -1);
    // Borrowing neither dropped nor changed anything.
    assert_eq!(Counter::live(), live_at_start + 9);
    assert_eq!((some.get(), ok.get(), a.get(), b.get()), (1, 3, 8, 9));
    println!("[APP] zoo: borrow handles in arguments ok");

    // `own` handles in arguments, inside every container: the provider drops them.
    assert_eq!(handles::consume_list(many), 18);
    assert_eq!(handles::consume_list(Vec::new()), 0);
    assert_eq!(handles::consume_option(Some(some)), 1);
    assert_eq!(handles::consume_option(None), -1);
    assert_eq!(handles::consume_result(Ok(ok)), 3);
    assert_eq!(handles::consume_result(Err("refused".to_string())), -7);
    assert_eq!(handles::consume_tuple((a, 100)), 108);
    assert_eq!(handles::consume_labeled(labeled), "lab=10");
    assert_eq!(
        handles::consume_labeled(Labeled {
            name: "mine".to_string(),
            counter: Counter::new(12),
        }),
        "mine=12"
    );
    assert_eq!(handles::consume_holder(holder), 11);
    assert_eq!(handles::consume_holder(Holder::Empty), -1);
    assert_eq!(Counter::live(), live_at_start + 1);
    drop(b);
    assert_eq!(Counter::live(), live_at_start);
    println!("[APP] zoo: own handles in arguments ok");
}

fn check_inspector(live_at_start: u32) {
    let x = Counter::new(20);
    let y = Counter::new(30);
    assert_eq!(inspector::describe(&x), "counter=20");
    inspector::bump_all(&[&x, &y], 5);
    assert_eq!((x.get(), y.get()), (25, 35));
    inspector::bump_all(&[&y, &y], -1);
    assert_eq!(y.get(), 33);
    inspector::bump_all(&[], 1);
    assert_eq!(inspector::describe(&y), "counter=33");
    assert_eq!(inspector::absorb(x), 25);
    assert_eq!(Counter::live(), live_at_start + 1);
    let f = inspector::fresh(40);
    assert_eq!(f.get(), 40);
    f.add(2);
    assert_eq!(inspector::describe(&f), "counter=42");
    assert_eq!(Counter::live(), live_at_start + 2);
    drop(y);
    drop(f);
    assert_eq!(Counter::live(), live_at_start);
    println!("[APP] zoo: inspector ok");
}

fn check_wrapper(live_at_start: u32) {
    let w = Wrapper::new(Counter::new(50));
    assert_eq!(w.peek(), 50);
    assert_eq!(Counter::live(), live_at_start + 1);
    let back = Wrapper::unwrap(w);
    assert_eq!(back.get(), 50);
    back.add(1);
    assert_eq!(back.get(), 51);
    assert_eq!(inspector::describe(&back), "counter=51");
    assert_eq!(Counter::live(), live_at_start + 1);
    drop(back);
    assert_eq!(Counter::live(), live_at_start);

    // A wrapper dropped with its counter inside drops the counter too.
    let w = Wrapper::new(handles::make_some(60, true).expect("make-some(60, true) gave none"));
    assert_eq!(w.peek(), 60);
    assert_eq!(Counter::live(), live_at_start + 1);
    drop(w);
    assert_eq!(Counter::live(), live_at_start);
    println!("[APP] zoo: wrapper ok");
}

export!(Component);
