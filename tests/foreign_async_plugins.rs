//! An async plugin from another toolchain (the `async` feature): `py_counters`, our
//! Python `hub:async-guests/counters` built with componentize-py as its users build it
//! (`async def`s on asyncio, a resource, a stream and a future of it), serving the Rust
//! async and sync apps and the host.
//!
//! Ignored where the Python plugin is not built: `bash hub-bench/foreign/build.sh`
//! builds it (python3 and PyPI), and `.ci/run` does, then runs these with
//! `--include-ignored`, so CI never skips them.

#![cfg(feature = "async")]

mod common;

use common::{capturing, foreign_plugin, host_counter_at_42};
use component_hub::{LoadOptions, OneLine, new_hub};
use hub_fixtures::guest;

#[test]
#[ignore = "needs the Python plugin: bash hub-bench/foreign/build.sh (python3, PyPI)"]
fn a_python_async_library_serves_resources_streams_and_futures_to_rust_apps() {
    let (options, output) = capturing();
    let hub = new_hub(options).expect("the hub starts");
    let provider = hub
        .load_bytes(
            "py_counters",
            foreign_plugin("py_counters"),
            &LoadOptions::default(),
        )
        .unwrap_or_else(|e| panic!("loading py_counters: {}", OneLine(&e)));
    assert!(hub.status().libraries[0].event_loop);
    for app in ["counter_app", "counter_sync_app"] {
        hub.run(guest(app))
            .unwrap_or_else(|e| panic!("running {app}: {}", OneLine(&e)));
        assert_eq!(hub.live_handles(), 0, "after {app}");
    }
    let text = String::from_utf8_lossy(&output.contents()).into_owned();
    for line in [
        "[APP] counter_app: a is 8 (8)\n",
        "[APP] counter_app: merged is 18\n",
        "[APP] counter_app: made [1, none, 2]\n",
        "[APP] counter_app: total 29\n",
        "[APP] counter_app: counted up [1, 2, 3]\n",
        "[APP] counter_app: summed 6\n",
        "[APP] counter_app: added all: 46\n",
        "[APP] counter_app: later is 7\n",
        "[APP] counter_sync_app: a is 8 (8)\n",
        "[APP] counter_sync_app: merged is 18\n",
        "[APP] counter_sync_app: total 29\n",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }

    // The host makes one, adds to it through the library's event loop, and releases it.
    let mut caller = hub.caller();
    let counter = host_counter_at_42(&mut caller, provider);
    caller.release(counter).expect("release");
    assert_eq!(hub.live_handles(), 0);
}
