//! `sync_bench_app`: a sync app that calls `echo.quick` many times in one run, for
//! hub-bench's async rows (the sync side).

wit_bindgen::generate!({
    path: "../wit-echo-sync",
    world: "sync-bench-app",
});

/// Calls per run; hub-bench divides by it.
const CALLS: u32 = 2_000;

struct Component;

impl Guest for Component {
    fn run() {
        let mut sum = 0u32;
        for i in 0..CALLS {
            sum = hub::async_guests::echo::quick(sum, i);
        }
        assert_eq!(sum, (0..CALLS).fold(0u32, u32::wrapping_add));
    }
}

export!(Component);
