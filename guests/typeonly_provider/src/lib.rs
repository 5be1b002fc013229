//! `typeonly_provider`: exports `types:only/ops`, whose types come from the types-only
//! interface `defs` (no functions, no resources), so the component imports a `defs`
//! instance that holds types only. For the types-only-instance linking test, with `typeonly_app`.

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
    world: "hub:guests/typeonly-provider",
    generate_all,
});

use exports::types::only::ops::Guest;
use types::only::defs::{Color, Point};

struct Component;

impl Guest for Component {
    fn scale(p: Point, k: i32) -> Point {
        Point {
            x: p.x.wrapping_mul(k),
            y: p.y.wrapping_mul(k),
        }
    }

    fn paint(c: Color) -> String {
        match c {
            Color::Red => "red",
            Color::Green => "green",
            Color::Blue => "blue",
        }
        .to_string()
    }
}

export!(Component);
