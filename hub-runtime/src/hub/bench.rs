//! What hub-bench needs to measure the hub against its floors, and nothing else should
//! use: a hub without guards, and a run's instantiation alone. Reached through
//! `__internal::bench`, outside the public API.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use super::{Hub, HubOptions};
use crate::component_file::Origin;
use crate::error::RunError;
use crate::holder::Holder;
use crate::ids::RunId;
use crate::run_control::RunControl;

/// `options` without what bounds guests: epoch checks (time budgets, interrupts), the
/// memory limiter and the hostcall fuel. Only for measuring what they cost: never run
/// plugins on such a hub.
#[must_use]
pub fn unguarded(mut options: HubOptions) -> HubOptions {
    options.guards = false;
    options
}

/// The instantiate-only floor of a run of the app at `path`: each call makes a fresh
/// store and instantiates the prepared app in it, then drops both.
///
/// # Errors
///
/// As [`Hub::instantiate`].
pub fn instantiate_only(
    hub: &Hub,
    path: impl AsRef<Path>,
) -> Result<impl FnMut() -> wasmtime::Result<()> + '_, RunError> {
    let set = hub.snapshot();
    let origin = Origin::File(path.as_ref().to_owned());
    let (pre, _) = hub.prepare_app(&origin, &[], &set)?;
    Ok(move || {
        let run = RunId(hub.next_run.fetch_add(1, Ordering::Relaxed));
        let control = RunControl::start(None, None);
        let mut store = hub.new_app_store(Holder::Run(run), Arc::clone(&control));
        pre.instantiate(&mut store)?;
        Ok(())
    })
}
