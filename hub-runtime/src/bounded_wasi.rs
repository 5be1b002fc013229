//! WASI's two blocking waits, bounded by the run: epochs do not wake a guest blocked in
//! the host, so `wasi:io/poll.poll` and `pollable.block` (how `sleep` and every blocking
//! WASI read reach the host) are replaced by versions that race the wait against the
//! store's current [`RunControl`](crate::run_control::RunControl).

use wasmtime::StoreContextMut;
use wasmtime::component::{Linker, Resource};
use wasmtime_wasi_io::poll::DynPollable;

use crate::state::HostState;

/// Replaces WASI's two blocking waits with versions that end when the store's current
/// run stops. wasmtime-wasi registers its functions under `@0.2.12`; older and newer
/// 0.2 imports reach them through semver matching, so shadowing that one instance covers
/// every guest.
///
/// # Errors
///
/// Fails if WASI was not added to `linker` first.
pub(crate) fn shadow_blocking_wasi(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    use wasmtime_wasi_io::bindings::wasi::io::poll::{Host as _, HostPollable as _};
    linker.allow_shadowing(true);
    let mut poll = linker.instance("wasi:io/poll@0.2.12")?;
    poll.func_wrap(
        "poll",
        |mut cx: StoreContextMut<'_, HostState>, (list,): (Vec<Resource<DynPollable>>,)| {
            let (run, own, table) = cx.data_mut().wait_parts();
            let ready = match run {
                Some(run) => run.bounded(own.as_ref(), table.poll(list))??,
                None => wasmtime_wasi::runtime::in_tokio(table.poll(list))?,
            };
            Ok((ready,))
        },
    )?;
    poll.func_wrap(
        "[method]pollable.block",
        |mut cx: StoreContextMut<'_, HostState>, (pollable,): (Resource<DynPollable>,)| {
            let (run, own, table) = cx.data_mut().wait_parts();
            match run {
                Some(run) => run.bounded(own.as_ref(), table.block(pollable))?,
                None => wasmtime_wasi::runtime::in_tokio(table.block(pollable)),
            }
        },
    )?;
    linker.allow_shadowing(false);
    Ok(())
}
