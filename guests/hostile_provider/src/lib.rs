//! `hostile_provider`: exports `hub:guests/hostile`, a library whose calls misbehave on
//! purpose (spin forever, sleep, eat memory, overflow the stack, exit the process) and one
//! that works (`answer`). For the misbehaving-plugin tests, with the `*_app`s that call it.

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
    world: "hub:guests/hostile-provider",
    generate_all,
});

use std::hint::black_box;
use std::time::Duration;

use exports::hub::guests::hostile::Guest;

/// One MiB.
const MIB: usize = 1 << 20;

struct Component;

/// 1, read with a volatile load so the optimizer cannot fold it.
static ONE: u32 = 1;

/// Recurses `depth` times; returns `depth`. The volatile read after the inner call keeps
/// every frame alive until the end (no tail call, no loop), and no frame needs the shadow
/// stack in linear memory: a huge depth exhausts wasm's own call stack.
#[inline(never)]
fn recurse(depth: u32) -> u32 {
    if depth == 0 {
        return 0;
    }
    let below = recurse(depth - 1);
    // SAFETY: a plain read of an immutable static.
    below.wrapping_add(unsafe { std::ptr::read_volatile(&ONE) })
}

impl Guest for Component {
    fn spin() {
        println!("[PROVIDER] hostile: spin (forever)");
        let mut i: u64 = 0;
        loop {
            i = black_box(i.wrapping_add(1));
        }
    }

    fn sleep(ms: u64) {
        println!("[PROVIDER] hostile: sleep({ms} ms)");
        std::thread::sleep(Duration::from_millis(ms));
        println!("[PROVIDER] hostile: slept {ms} ms");
    }

    fn grow(mib: u32) -> u32 {
        println!("[PROVIDER] hostile: grow({mib} MiB)");
        // Infallible allocations, as most code makes them: past the store's memory limit
        // `memory.grow` fails and Rust aborts (a trap).
        let mut chunks: Vec<Vec<u8>> = Vec::new();
        for _ in 0..mib {
            // Every byte is written, so the memory is really used.
            chunks.push(black_box(vec![0xA5; MIB]));
        }
        let got = chunks.len() as u32;
        println!("[PROVIDER] hostile: grew {got} MiB of {mib}");
        got
    }

    fn recurse(depth: u32) -> u32 {
        println!("[PROVIDER] hostile: recurse({depth})");
        recurse(depth)
    }

    fn exit(code: u32) {
        println!("[PROVIDER] hostile: exit({code})");
        std::process::exit(code as i32);
    }

    fn answer() -> u32 {
        42
    }
}

export!(Component);
