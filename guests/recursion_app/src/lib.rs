//! `recursion_app`: an app whose `run` recurses without bound. For the stack-overflow
//! test: the host must turn the overflow into a trap and survive it.

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
    world: "hub:guests/plain-app",
    generate_all,
});

/// Where the recursion would stop: never reached, read with a volatile load so the
/// optimizer cannot tell.
static LIMIT: u64 = u64::MAX;

/// Recurses until wasm's call stack is exhausted. The opaque condition keeps the compiler
/// from proving the recursion endless (and the volatile read after the inner call from
/// turning it into a loop); no frame needs the shadow stack in linear memory.
#[inline(never)]
fn down(depth: u64) -> u64 {
    // SAFETY: plain reads of an immutable static.
    if depth == unsafe { std::ptr::read_volatile(&LIMIT) } {
        return 0;
    }
    let below = down(depth + 1);
    below.wrapping_add(unsafe { std::ptr::read_volatile(&LIMIT) } & 1)
}

struct Component;

impl Guest for Component {
    fn run() {
        println!("[APP] recursion: recursing without bound");
        let depth = down(0);
        println!("[APP] recursion: unreachable ({depth})");
    }
}

export!(Component);
