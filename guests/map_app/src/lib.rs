//! `map_app`: imports `maps:demo/api@0.1.0` (`map<string, u32>`, `list<u8, 4>`) and checks
//! every answer (a wrong one panics, which traps). For the newer-WIT-types test, with
//! `map_provider`.

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
    world: "hub:guests/map-app",
    generate_all,
});

use std::collections::BTreeMap;

use maps::demo::api;

struct Component;

impl Guest for Component {
    fn run() {
        let counts = api::count_words("the cat saw the other cat and the dog");
        let expected: BTreeMap<String, u32> = [
            ("and", 1),
            ("cat", 2),
            ("dog", 1),
            ("other", 1),
            ("saw", 1),
            ("the", 3),
        ]
        .into_iter()
        .map(|(w, n)| (w.to_string(), n))
        .collect();
        assert_eq!(counts, expected, "count-words");
        println!("[APP] maps: count-words = {counts:?}");

        let sum = api::sum_values(&counts);
        assert_eq!(sum, 9, "sum-values");
        println!("[APP] maps: sum-values = {sum}");

        let reversed = api::reverse4([1, 2, 3, 4]);
        assert_eq!(reversed, [4, 3, 2, 1], "reverse4");
        println!("[APP] maps: reverse4([1, 2, 3, 4]) = {reversed:?}");

        println!("[APP] maps: all checks passed");
    }
}

export!(Component);
