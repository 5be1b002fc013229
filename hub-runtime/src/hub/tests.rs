//! Unit tests of the hub's lifecycle that need its internals.

use std::sync::Weak;

use super::*;

fn quiet() -> HubOptions {
    HubOptions::default()
        .call_events(false)
        .guest_output(GuestOutput::Discard)
}

#[test]
fn dropping_the_hub_releases_every_library_store() {
    let mut hub = Hub::new(quiet()).expect("hub");
    hub.load(component_hub::guest("provider_logging"))
        .expect("loads");
    hub.load(component_hub::guest("provider_calculator"))
        .expect("loads");
    // A live `calc` in the registry: its entry holds the calculator's store, whose
    // logging forwarders hold the registry. Nothing but the hub can break that cycle.
    let calc = hub
        .types
        .by_name("calc")
        .map(Arc::clone)
        .expect("the calculator defines `calc`");
    let handle = {
        let mut store = calc.owner.lock();
        let store = store.as_mut().expect("the calculator is not disabled");
        wasmtime::component::Resource::<u32>::new_own(7)
            .try_into_resource_any(&mut *store)
            .expect("a handle in the calculator's store")
    };
    hub.registry
        .insert(&calc, handle, Holder::Library(calc.owner.id))
        .expect("registered");
    drop(calc);
    let libraries: Vec<Weak<LibraryCell>> = hub
        .libraries
        .iter()
        .map(|l| Arc::downgrade(&l.cell))
        .collect();
    let registry = Arc::downgrade(&hub.registry);
    drop(hub);
    assert!(
        libraries.iter().all(|l| l.upgrade().is_none()),
        "a library store outlived the hub"
    );
    assert!(
        registry.upgrade().is_none(),
        "the registry outlived the hub"
    );
}
