//! `shared_provider`: exports `share:res/e1` and `share:res/e2`, where `e2` uses `e1`'s
//! resource `x` under another name (`use e1.{x as y}`). For the shared-resource linking test,
//! with `shared_app`.

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
    world: "hub:guests/shared-provider",
    generate_all,
});

use exports::share::res::{e1, e2};

struct Component;

/// The resource `x` (`y` in `e2`): holds the value given at construction.
struct X {
    v: u32,
}

impl e1::GuestX for X {
    fn new(v: u32) -> Self {
        println!("[PROVIDER] shared: x::new({v})");
        X { v }
    }

    fn get(&self) -> u32 {
        self.v
    }
}

impl Drop for X {
    fn drop(&mut self) {
        println!("[PROVIDER] shared: x::drop({})", self.v);
    }
}

impl e1::Guest for Component {
    type X = X;

    fn make(v: u32) -> e1::X {
        e1::X::new(X { v })
    }
}

impl e2::Guest for Component {
    fn describe(y: e2::YBorrow<'_>) -> String {
        format!("x={}", y.get::<X>().v)
    }

    fn consume(y: e2::Y) -> u32 {
        let x: X = y.into_inner();
        x.v
    }

    fn make_y(v: u32) -> e2::Y {
        e2::Y::new(X { v })
    }
}

export!(Component);
