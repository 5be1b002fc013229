//! How a hub behaves ([`HubOptions`]), and what one load or run may add ([`LoadOptions`],
//! [`RunOptions`]): built from their defaults with chained setters, so they can grow
//! without breaking embedders.

use std::path::PathBuf;
use std::time::Duration;

use crate::guest_output::GuestOutput;
use crate::ids::{LibraryId, LinkProvider};
use crate::interrupt::InterruptHandle;

/// How a hub behaves. Start from [`HubOptions::default`] and change what you need:
///
/// ```
/// use std::time::Duration;
/// use hub_runtime::{GuestOutput, HubOptions};
/// let options = HubOptions::default()
///     .call_events(false)
///     .timeout(Some(Duration::from_secs(5)))
///     .guest_output(GuestOutput::Discard);
/// # let _ = options;
/// ```
#[derive(Clone, Debug)]
pub struct HubOptions {
    pub(crate) call_events: bool,
    pub(crate) guest_output: GuestOutput,
    pub(crate) force_dynamic: bool,
    pub(crate) max_handles_per_store: usize,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_memory: usize,
    pub(crate) handle_quota: usize,
    pub(crate) allow_http: Vec<String>,
    /// The disk cache's folder; `None` for the platform's cache folder.
    pub(crate) cache_dir: Option<PathBuf>,
    pub(crate) disk_cache: bool,
    pub(crate) cache_max_size: u64,
    pub(crate) guards: bool,
    pub(crate) dirs: Vec<(PathBuf, String)>,
}

impl Default for HubOptions {
    fn default() -> Self {
        HubOptions {
            call_events: true,
            guest_output: GuestOutput::default(),
            force_dynamic: false,
            max_handles_per_store: 1_000_000,
            timeout: Some(Duration::from_secs(30)),
            max_memory: 1 << 30,
            handle_quota: 250_000,
            allow_http: Vec::new(),
            cache_dir: None,
            disk_cache: true,
            cache_max_size: crate::compile_cache::DEFAULT_MAX_SIZE,
            guards: true,
            dirs: Vec::new(),
        }
    }
}

impl HubOptions {
    /// Whether every forwarded call emits a `tracing` event (target `component_hub::call`).
    /// On by default; off, forwarders are linked without any event code at all, so a hub
    /// that does not show calls does not pay for them.
    #[must_use]
    pub fn call_events(mut self, on: bool) -> Self {
        self.call_events = on;
        self
    }

    /// Where guests' stdout and stderr go ([`GuestOutput::Inherit`] by default).
    #[must_use]
    pub fn guest_output(mut self, output: GuestOutput) -> Self {
        self.guest_output = output;
        self
    }

    /// Forward everything through the dynamic path, even interfaces with generated
    /// forwarders (to compare the two). Off by default.
    #[must_use]
    pub fn force_dynamic(mut self, on: bool) -> Self {
        self.force_dynamic = on;
        self
    }

    /// Most component-model handles alive at once in one store (wasmtime's DoS limit,
    /// 100,000 by default there). A provider holds two per live resource (its guest's and
    /// the hub's), so the hub raises it: 1,000,000 by default.
    #[must_use]
    pub fn max_handles_per_store(mut self, max: usize) -> Self {
        self.max_handles_per_store = max;
        self
    }

    /// The time budget of every run, and of the instantiation inside every load (start
    /// functions run then); `None` for no limit. 30 seconds by default. A library loaded
    /// with its own budget ([`LoadOptions::timeout`]) gets that one for calls into it.
    #[must_use]
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// Most linear memory, in bytes, of one store (a library's or an app run's): a guest
    /// growing past it gets a failed `memory.grow`. 1 GiB by default.
    #[must_use]
    pub fn max_memory(mut self, bytes: usize) -> Self {
        self.max_memory = bytes;
        self
    }

    /// Most resource handles one app run may hold at once: a run going past it fails,
    /// and the libraries stay healthy. 250,000 by default (a provider's store allows
    /// [`max_handles_per_store`](Self::max_handles_per_store), two per resource).
    #[must_use]
    pub fn handle_quota(mut self, handles: usize) -> Self {
        self.handle_quota = handles;
        self
    }

    /// Lets guests send `wasi:http` requests to `host` (a host name, or `*` for any).
    /// Without it, every outgoing request is answered with wasi:http's
    /// `HTTP-request-denied` error.
    #[must_use]
    pub fn allow_http(mut self, host: impl Into<String>) -> Self {
        self.allow_http.push(host.into());
        self
    }

    /// Gives every guest the host folder `host` as `guest` (read and write). Without it,
    /// guests see no file system at all.
    #[must_use]
    pub fn preopen_dir(mut self, host: impl Into<PathBuf>, guest: impl Into<String>) -> Self {
        self.dirs.push((host.into(), guest.into()));
        self
    }

    /// Caches compiled components in `dir` instead of the platform's cache folder.
    #[must_use]
    pub fn cache_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cache_dir = Some(dir.into());
        self
    }

    /// Most bytes the disk cache's folder may hold, 1 GiB by default. When a hub starts
    /// and after it writes an entry, it removes the least recently used entries (of any
    /// engine or wasmtime version) until the rest fit; the entry just written always
    /// stays.
    #[must_use]
    pub fn cache_max_size(mut self, bytes: u64) -> Self {
        self.cache_max_size = bytes;
        self
    }

    /// Whether compiled components are cached on disk (on by default, in
    /// [`cache_dir`](Self::cache_dir) or the platform's cache folder). Off, each hub
    /// compiles each component once, in memory.
    #[must_use]
    pub fn disk_cache(mut self, on: bool) -> Self {
        self.disk_cache = on;
        self
    }
}

/// An import linked by hand to an export of a loaded library, or to an interface the
/// host serves, whatever the names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wire {
    /// The import's name in the component (`my:plugin/host-api`, `toplevel-import`).
    pub import: String,
    /// The library (or the host) that serves it.
    pub provider: LinkProvider,
    /// The export serving it (`acme:host/api@1.2.0`, `toplevel-export`), or the name of
    /// the host's interface.
    pub export: String,
}

impl Wire {
    /// `import` served by `export` of `library`.
    pub fn new(import: impl Into<String>, library: LibraryId, export: impl Into<String>) -> Self {
        Wire {
            import: import.into(),
            provider: LinkProvider::Library(library),
            export: export.into(),
        }
    }

    /// `import` served by the host's interface `interface` ([`Hub::serve`](crate::Hub::serve)).
    /// Interfaces served through `bindgen!` are defined under their own names, so their
    /// wires cannot rename them.
    pub fn to_host(import: impl Into<String>, interface: impl Into<String>) -> Self {
        Wire {
            import: import.into(),
            provider: LinkProvider::Host,
            export: interface.into(),
        }
    }
}

/// What one [`Hub::load_with`](crate::Hub::load_with) may add to the defaults.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    pub(crate) wires: Vec<Wire>,
    pub(crate) override_wasi: bool,
    pub(crate) timeout: Option<Option<Duration>>,
    /// How many instances to load (0 is taken as 1).
    pub(crate) instances: usize,
}

impl LoadOptions {
    /// Links an import by hand (explicit wiring beats the name rule).
    #[must_use]
    pub fn wire(mut self, wire: Wire) -> Self {
        self.wires.push(wire);
        self
    }

    /// Lets the library export interfaces of a `wasi:` package the host provides: it
    /// then serves them to every component loaded or run after it. Refused otherwise.
    #[must_use]
    pub fn override_wasi(mut self, on: bool) -> Self {
        self.override_wasi = on;
        self
    }

    /// The library's own time budget, for its instantiation and for each call into it
    /// (instead of the run's); `None` for no limit.
    #[must_use]
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Loads the library as `count` instances (1 by default; 0 counts as 1), each in
    /// its own store, for stateless plugins that many threads call at once. A thread
    /// keeps to the instance it was given on its first call (the next one in turn, so
    /// threads spread over them), or takes a free one while that is busy. **State is
    /// per instance**: a counter counts per instance. A call passing one of the
    /// library's resources goes to the instance that made it (one call cannot pass
    /// resources of two). A fault in any instance disables the library; a reload keeps
    /// the count.
    #[must_use]
    pub fn instances(mut self, count: usize) -> Self {
        self.instances = count;
        self
    }

    /// How many instances the library gets (at least one).
    pub(crate) fn instance_count(&self) -> usize {
        self.instances.max(1)
    }
}

/// What one [`Hub::run_with`](crate::Hub::run_with) may add to the defaults.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    pub(crate) wires: Vec<Wire>,
    pub(crate) timeout: Option<Option<Duration>>,
    pub(crate) interrupt: Option<InterruptHandle>,
}

impl RunOptions {
    /// Links an import by hand (explicit wiring beats the name rule).
    #[must_use]
    pub fn wire(mut self, wire: Wire) -> Self {
        self.wires.push(wire);
        self
    }

    /// This run's time budget instead of the hub's; `None` for no limit.
    #[must_use]
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Lets `handle` interrupt this run (and only the runs it is given to), from any
    /// thread; the hub's own [`interrupt_handle`](crate::Hub::interrupt_handle) reaches
    /// it too.
    #[must_use]
    pub fn interrupt(mut self, handle: &InterruptHandle) -> Self {
        self.interrupt = Some(handle.clone());
        self
    }
}
