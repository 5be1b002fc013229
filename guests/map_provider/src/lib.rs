//! `map_provider`: exports `maps:demo/api@0.1.0`, which uses `map<string, u32>` and the
//! fixed-length `list<u8, 4>`. For the newer-WIT-types test, with `map_app`.

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
    world: "hub:guests/map-provider",
    generate_all,
});

use std::collections::BTreeMap;

use exports::maps::demo::api::Guest;

struct Component;

impl Guest for Component {
    fn count_words(text: String) -> BTreeMap<String, u32> {
        let mut counts = BTreeMap::new();
        for word in text.split_whitespace() {
            *counts.entry(word.to_string()).or_insert(0) += 1;
        }
        counts
    }

    fn sum_values(m: BTreeMap<String, u32>) -> u32 {
        m.values().sum()
    }

    fn reverse4(x: [u8; 4]) -> [u8; 4] {
        let [a, b, c, d] = x;
        [d, c, b, a]
    }
}

export!(Component);
