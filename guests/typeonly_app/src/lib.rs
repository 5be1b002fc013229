//! `typeonly_app`: imports `types:only/ops` (and so the types-only `defs`), checks every
//! answer (a wrong one panics, which traps). For the types-only-instance linking test,
//! with `typeonly_provider`.

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
    world: "hub:guests/typeonly-app",
    generate_all,
});

use types::only::defs::{Color, Point};
use types::only::ops;

struct Component;

impl Guest for Component {
    fn run() {
        let p = ops::scale(Point { x: 2, y: -3 }, 5);
        assert_eq!((p.x, p.y), (10, -15), "scale");
        println!("[APP] typeonly: scale((2, -3), 5) = ({}, {})", p.x, p.y);

        for (color, name) in [
            (Color::Red, "red"),
            (Color::Green, "green"),
            (Color::Blue, "blue"),
        ] {
            let painted = ops::paint(color);
            assert_eq!(painted, name, "paint");
            println!("[APP] typeonly: paint = {painted}");
        }

        println!("[APP] typeonly: all checks passed");
    }
}

export!(Component);
