//! Unit tests of the hub's lifecycle that need its internals.

use std::sync::Weak;

use super::*;
use crate::interrupt::InterruptHandle;

/// A hub that prints nothing and leaves the user's cache folder alone.
fn quiet() -> HubOptions {
    hub_fixtures::quiet_options!(crate)
}

#[test]
fn dropping_the_hub_releases_every_library_store() {
    let hub = Hub::new(quiet()).expect("hub");
    hub.load(hub_fixtures::guest("provider_logging"))
        .expect("loads");
    hub.load(hub_fixtures::guest("provider_calculator"))
        .expect("loads");
    // A live `calc` in the registry: its entry holds the calculator's store, whose
    // logging forwarders hold the registry. Nothing but the hub can break that cycle.
    let calc = hub
        .changes
        .lock()
        .types
        .by_name("calc")
        .map(Arc::clone)
        .expect("the calculator defines `calc`");
    let handle = {
        let mut stores = calc.owner.lock_all();
        let store = &mut stores[0];
        let store = store.as_mut().expect("the calculator is not disabled");
        wasmtime::component::Resource::<u32>::new_own(7)
            .try_into_resource_any(&mut *store)
            .expect("a handle in the calculator's store")
    };
    hub.registry
        .insert(&calc, handle, 0, Holder::Library(calc.owner.id))
        .expect("registered");
    drop(calc);
    let libraries: Vec<Weak<LibraryCell>> = hub
        .snapshot()
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

#[test]
fn what_a_disabled_library_held_is_released_at_the_end_of_the_next_run() {
    let hub = Hub::new(quiet()).expect("hub");
    hub.load(hub_fixtures::guest("provider_logging"))
        .expect("loads");
    let holder = hub
        .load(hub_fixtures::guest("proxy_logging"))
        .expect("loads");
    // A handle of the logging library, held by the proxy (as each proxy logger holds
    // its inner logger).
    let logger = hub
        .changes
        .lock()
        .types
        .by_name("logger")
        .map(Arc::clone)
        .expect("the logging library defines `logger`");
    let handle = {
        let mut stores = logger.owner.lock_all();
        let store = &mut stores[0];
        let store = store.as_mut().expect("not disabled");
        wasmtime::component::Resource::<u32>::new_own(1)
            .try_into_resource_any(&mut *store)
            .expect("a handle in the logging library's store")
    };
    hub.registry
        .insert(&logger, handle, 0, Holder::Library(holder))
        .expect("registered");
    drop(logger);
    // The proxy is disabled (as after a trap): its store is gone, and what it held goes
    // at the end of the next run.
    hub.snapshot()
        .library(holder)
        .expect("loaded")
        .cell
        .retire("trapped");
    assert_eq!(hub.live_handles(), 1);
    hub.run(hub_fixtures::guest("exit_zero_app")).expect("runs");
    assert_eq!(hub.live_handles(), 0);
}

#[test]
fn an_interrupt_reaches_what_is_in_progress_and_only_while_it_is() {
    let hub = Hub::new(quiet()).expect("hub");
    let handle = hub.interrupt_handle();
    let own = InterruptHandle::new();
    {
        let loading = hub.in_progress(None, Some(&own));
        // As while compiling: the interrupt is seen once that work is done.
        assert!(handle.interrupt(), "the load is the hub's, in progress");
        assert!(loading.control.cancelled());
        let other = hub.in_progress(None, None);
        assert!(own.interrupt(), "the load's own handle reaches it");
        assert!(!other.control.cancelled(), "and only it");
    }
    assert!(!handle.interrupt(), "nothing is in progress afterwards");
    assert!(!own.interrupt());
    assert!(
        !hub.in_progress(None, None).control.cancelled(),
        "an interrupt is not remembered for the next run"
    );
}
