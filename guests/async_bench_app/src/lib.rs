//! `async_bench_app`: an async app that awaits `echo.quick` many times in one run, for
//! hub-bench's async rows (`BENCH_CALLS` in hub-bench's `kinds.rs`).

wit_bindgen::generate!({
    path: "../wit-async",
    world: "async-bench-app",
});

/// Calls per run; hub-bench divides by it.
const CALLS: u32 = 2_000;

struct Component;

impl Guest for Component {
    async fn run() {
        let mut sum = 0u32;
        for i in 0..CALLS {
            sum = hub::async_guests::echo::quick(sum, i).await;
        }
        assert_eq!(sum, (0..CALLS).fold(0u32, u32::wrapping_add));
    }
}

export!(Component);
