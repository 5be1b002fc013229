//! `shared_app`: imports `share:res/e1` and `share:res/e2` (which renames `e1`'s `x` to `y`),
//! makes an `x` three ways, passes each to `e2.describe` (borrow) and `e2.consume` (own)
//! and checks every answer (a wrong one panics, which traps). For the shared-resource
//! linking test, with `shared_provider`.

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
    world: "hub:guests/shared-app",
    generate_all,
});

use share::res::{e1, e2};

struct Component;

/// Checks one handle made with value `v` by `how`, then gives it to `consume`.
fn check(how: &str, x: e1::X, v: u32) {
    assert_eq!(x.get(), v, "{how}: get");
    let described = e2::describe(&x);
    assert_eq!(described, format!("x={v}"), "{how}: describe");
    println!("[APP] shared: {how}: get = {v}, describe = {described}");
    let consumed = e2::consume(x);
    assert_eq!(consumed, v, "{how}: consume");
    println!("[APP] shared: {how}: consume = {consumed}");
}

impl Guest for Component {
    fn run() {
        check("e1.x constructor", e1::X::new(1), 1);
        check("e1.make", e1::make(2), 2);
        check("e2.make-y", e2::make_y(3), 3);

        // A handle kept by the app: borrowed twice, dropped by the app.
        let kept = e2::make_y(4);
        assert_eq!(e2::describe(&kept), "x=4", "kept: describe");
        assert_eq!(e2::describe(&kept), "x=4", "kept: describe again");
        assert_eq!(kept.get(), 4, "kept: get");
        drop(kept);

        println!("[APP] shared: all checks passed");
    }
}

export!(Component);
