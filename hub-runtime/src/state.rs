//! The data every store of the hub carries: WASI (and `wasi:http`) for the guest, who the
//! store is (for the handles it holds), the run it is working for, and its limits.

use std::path::PathBuf;
use std::sync::Arc;

use wasmtime::component::ResourceTable;
use wasmtime::{Engine, Store, StoreContextMut, UpdateDeadline};
use wasmtime_wasi::{FsPerms, WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

use crate::embedder_state::{EmbedderStates, Factories};
use crate::guest_output::GuestOutput;
use crate::holder::Holder;
use crate::host_resources::HostResources;
use crate::host_table::HostTable;
use crate::http_policy::HttpPolicy;
use crate::limits::{MemoryLimiter, StoreLimitsConfig};
use crate::run_control::{CallBudget, RunControl, Stopped};

/// Per-store state: each library and each app run gets its own.
pub struct HostState {
    wasi: WasiCtx,
    table: ResourceTable,
    http: WasiHttpCtx,
    http_policy: HttpPolicy,
    /// Whose handles live in this store's table.
    pub(crate) holder: Holder,
    /// The run the store works for (for a library: the run of its latest caller, read only
    /// while a call is in it).
    pub(crate) run: Option<Arc<RunControl>>,
    /// A library's own budget for the call in progress, replacing the run's.
    pub(crate) call_budget: Option<CallBudget>,
    pub(crate) limiter: MemoryLimiter,
    /// The embedder's own state, for host interfaces served through `bindgen!`.
    embedder: EmbedderStates,
    /// This store's view of the host's shared resources (closures interfaces keep their
    /// resources' values there).
    host_resources: HostResources,
    /// Calls this store's event loop has away in other event loops (the `async`
    /// feature): its run's budget waits for them to answer (`RunControl::race_unless_away`).
    #[cfg(feature = "async")]
    pub(crate) away: Arc<std::sync::atomic::AtomicUsize>,
    /// The ends of streams and futures crossing to or from this store (the `async`
    /// feature): a library's loop keeps its store running while any is open.
    #[cfg(feature = "async")]
    pub(crate) pumps: Arc<crate::concurrent::Pumps>,
}

/// What a new store is set up with.
#[derive(Clone)]
pub(crate) struct StoreSettings {
    pub(crate) output: GuestOutput,
    pub(crate) max_handles: usize,
    pub(crate) limits: StoreLimitsConfig,
    pub(crate) http: HttpPolicy,
    /// Limiter, hostcall fuel and epoch deadline (off only to measure their cost).
    pub(crate) guards: bool,
    /// Host folders every guest sees, and where (checked when the hub is created).
    pub(crate) dirs: Vec<(PathBuf, String)>,
    /// Factories of the embedder's state types (shared: one added later reaches every
    /// store).
    pub(crate) factories: Factories,
    /// The host's shared resources (the registry's table), for each store's view.
    pub(crate) host_table: Arc<HostTable>,
}

impl HostState {
    /// A check to poll, from any thread, while a host function of this store waits on
    /// something outside the hub: `Err` once the run or call it serves must stop.
    pub(crate) fn stop_check(&self) -> impl Fn() -> Result<(), Stopped> + Send + Sync + 'static {
        let (run, budget) = (self.run.clone(), self.call_budget);
        move || match &run {
            Some(run) => run.check(budget.as_ref()),
            None => Ok(()),
        }
    }

    /// This store's value of the embedder's state `T` (made by the factory given to
    /// [`Hub::serve_bindgen`](crate::Hub::serve_bindgen) the first time a host function
    /// of this store asks): the getter to give `bindgen!`'s `add_to_linker`,
    /// `|state: &mut HostState| state.embedder_state::<MyState>()`.
    ///
    /// # Panics
    ///
    /// When no factory of `T` was given to `Hub::serve_bindgen` (the getter names
    /// another type than the one served).
    pub fn embedder_state<T: Send + 'static>(&mut self) -> &mut T {
        self.embedder.get(&self.host_resources)
    }

    fn new(settings: &StoreSettings, holder: Holder) -> Self {
        let mut builder = WasiCtx::builder();
        settings.output.give_to(&mut builder);
        // No stdin and no preopened directory (WasiCtx's defaults), and no network: no
        // sockets, no name lookups (which would also block outside any time budget).
        builder
            .allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false);
        for (host, guest) in &settings.dirs {
            // The folder was checked when the hub was created; one removed since is
            // simply not there for this guest, which it sees as a missing file.
            if let Err(err) = builder.preopened_dir(host, guest, FsPerms::ReadWrite) {
                tracing::warn!(
                    target: crate::trace::HUB_TARGET,
                    "Cannot give guests `{}` as `{guest}`: {}",
                    host.display(),
                    crate::error::OneLine(&*err)
                );
            }
        }
        let host_resources = HostResources::new(Arc::clone(&settings.host_table), holder);
        HostState {
            wasi: builder.build(),
            table: ResourceTable::new(),
            http: WasiHttpCtx::new(),
            http_policy: settings.http.clone(),
            holder,
            run: None,
            call_budget: None,
            limiter: MemoryLimiter::new(settings.limits),
            embedder: EmbedderStates::new(settings.factories.clone()),
            host_resources,
            #[cfg(feature = "async")]
            away: Arc::default(),
            #[cfg(feature = "async")]
            pumps: Arc::default(),
        }
    }

    /// This store's view of the host's shared resources.
    pub(crate) fn host_resources(&self) -> &HostResources {
        &self.host_resources
    }

    /// Whether the code running in this store must stop now.
    pub(crate) fn check_run(&self) -> Result<(), Stopped> {
        match &self.run {
            Some(run) => run.check(self.call_budget.as_ref()),
            None => Ok(()),
        }
    }

    /// What a shadowed WASI wait needs: the run to race against, the call's own budget,
    /// and the table holding the pollables.
    pub(crate) fn wait_parts(
        &mut self,
    ) -> (
        Option<Arc<RunControl>>,
        Option<CallBudget>,
        &mut ResourceTable,
    ) {
        (self.run.clone(), self.call_budget, &mut self.table)
    }
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl WasiHttpView for HostState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView {
            hooks: &mut self.http_policy,
            table: &mut self.table,
            ctx: &mut self.http,
        }
    }
}

/// A new store for `holder`, with fresh WASI state, its limits, an epoch deadline that
/// checks its current run at every tick, and `run` installed.
pub(crate) fn new_store(
    engine: &Engine,
    settings: &StoreSettings,
    holder: Holder,
    run: Option<Arc<RunControl>>,
) -> Store<HostState> {
    let mut state = HostState::new(settings, holder);
    state.run = run;
    let mut store = Store::new(engine, state);
    store.set_max_component_handles(settings.max_handles);
    if settings.guards {
        store.set_hostcall_fuel(settings.limits.hostcall_fuel);
        store.limiter(|state| &mut state.limiter);
        store.set_epoch_deadline(1);
        store.epoch_deadline_callback(on_epoch);
    }
    store
}

/// The epoch callback of every store: stop if the store's current work must stop, else
/// check again at the next tick.
fn on_epoch(cx: StoreContextMut<'_, HostState>) -> wasmtime::Result<UpdateDeadline> {
    // While calls of this store are away in other event loops, those loops stop them
    // and answer with an error naming whoever was running; this store's own code
    // stops at the first tick after (`RunControl::race_unless_away`).
    #[cfg(feature = "async")]
    if cx.data().away.load(std::sync::atomic::Ordering::SeqCst) > 0 {
        return Ok(UpdateDeadline::Continue(1));
    }
    cx.data().check_run().map_err(wasmtime::Error::new)?;
    Ok(UpdateDeadline::Continue(1))
}
