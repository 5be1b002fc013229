//! Helpers shared by the hub's integration tests.

#![allow(dead_code)]

use component_hub::{GuestOutput, Hub, HubOptions, LibraryId, guest, new_hub};

/// A quiet hub (no `[HOST]` lines, guest output discarded) with nothing loaded.
pub fn hub() -> Hub {
    new_hub(HubOptions {
        quiet: true,
        guest_output: GuestOutput::Discard,
        ..HubOptions::default()
    })
    .expect("the hub starts")
}

/// Loads the built guest `name`, failing the test with the hub's error.
pub fn load(hub: &mut Hub, name: &str) -> LibraryId {
    hub.load(guest(name))
        .unwrap_or_else(|e| panic!("loading {name}: {e}"))
}

/// Runs the built guest `name`, failing the test with the hub's error.
pub fn run(hub: &mut Hub, name: &str) {
    hub.run(guest(name))
        .unwrap_or_else(|e| panic!("running {name}: {e}"))
}

/// A hub with the demo's two libraries loaded.
pub fn demo_hub() -> Hub {
    let mut hub = hub();
    load(&mut hub, "provider_logging");
    load(&mut hub, "provider_calculator");
    hub
}
