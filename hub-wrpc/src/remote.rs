//! A library served on another machine ([`RemoteLibrary`]), linked into a hub as the
//! host's interfaces are: each exported interface becomes a
//! [`HostInterface`] whose functions send their calls over wRPC, so imports link to it
//! by name and semver, signature-checked, wired and wrapped like any export.
//!
//! A resource the server makes is a host resource here whose value is its
//! [`RemoteHandle`]: its methods go to the server that made it (its own route), and
//! dropping the last handle sends the drop there, so a destructor chain crosses the
//! wire. The connection sends heartbeats for the server's lease while it lives. A
//! wRPC server that is not a hub ([`RemoteLibrary::connect_described`]) has handles of
//! its own making: they are kept as the bytes it sent and sent back as they are, to the
//! prefix, and dropping one sends nothing (wRPC has no drop).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use hub_runtime::wasmtime::component::types::Type;
use hub_runtime::wasmtime::component::{ResourceAny, ResourceType, Val};
use hub_runtime::{
    HostCall, HostFunctionError, HostInterface, HostInterfaceError, Hub, StopCheck, Stopped,
    WireInvoke,
};

use crate::describe::{DESCRIBE, DescribeError, Description, HUB_INSTANCE};
use crate::error::{DecodeError, HandleError};
use crate::handles::{HandleDecoder, HandleEncoder};
use crate::nats::{NatsTransport, Route, TransportError};
use crate::runtime::WireRuntime;
use crate::wire::{HubAnswer, WireHandle, wire_drop, wire_function};
use crate::{decode_values, encode_values};

/// How a [`RemoteLibrary`] calls.
#[derive(Clone, Debug)]
pub struct RemoteOptions {
    /// How long a call may take, the wire's round trip included. Default 10 s.
    pub timeout: Duration,
    /// The most bytes an answer may have. Default 16 MiB.
    pub limit: usize,
}

impl Default for RemoteOptions {
    fn default() -> Self {
        RemoteOptions {
            timeout: Duration::from_secs(10),
            limit: 16 << 20,
        }
    }
}

/// Why a remote library cannot be linked.
#[derive(Debug, thiserror::Error)]
pub enum RemoteError {
    /// The threads that serve the wire could not be started, or stopped.
    #[error("the threads that serve the wire failed")]
    Runtime(#[source] std::io::Error),
    /// NATS could not be reached, or nobody serves the prefix.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// The server's description is not one.
    #[error("the server's description is not valid")]
    Description(#[source] DecodeError),
    /// The described WIT does not parse.
    #[error(transparent)]
    Describe(#[from] DescribeError),
    /// A function the wire cannot carry: refused before anything is linked.
    #[error("cannot link `{function}`: it is {kind}, which the wire does not carry yet")]
    Uncarried {
        /// `interface#function`.
        function: String,
        /// `a stream`, `a future` or `an error-context`.
        kind: &'static str,
    },
    /// The hub refused an interface (its name is served already, say).
    #[error(transparent)]
    Serve(#[from] HostInterfaceError),
}

/// A library served by hubs at a NATS prefix (see [`Server`](crate::Server)), linked
/// into a hub with [`link`](RemoteLibrary::link).
pub struct RemoteLibrary {
    remote: Arc<Remote>,
    description: Description,
    /// The functions [`link`](RemoteLibrary::link) made typed host functions.
    typed: std::sync::Mutex<Vec<String>>,
}

/// What every forwarding closure and every remote handle shares.
struct Remote {
    runtime: WireRuntime,
    transport: NatsTransport,
    options: RemoteOptions,
    /// The server is a hub, which answers with [`HubAnswer`]s.
    hub_answers: bool,
    /// Whether the last call reached a server.
    reachable: AtomicBool,
    location: String,
}

impl RemoteLibrary {
    /// Connects to NATS at `url` (with `connect`'s credentials and TLS) and asks the
    /// hubs serving `prefix` what they export (the describe call).
    ///
    /// # Errors
    ///
    /// [`RemoteError`] when NATS cannot be reached, nobody serves the prefix or
    /// answers in time, or the answer is not a description.
    pub fn connect(
        url: &str,
        connect: async_nats::ConnectOptions,
        prefix: &str,
        options: RemoteOptions,
    ) -> Result<RemoteLibrary, RemoteError> {
        let runtime = WireRuntime::new("hub-wrpc-remote").map_err(RemoteError::Runtime)?;
        let transport = connected(&runtime, url, connect, prefix)?;
        let (describing, limit, timeout) = (transport.clone(), options.limit, options.timeout);
        let answer = runtime
            .wait(async move { describe(&describing, limit, timeout).await })
            .ok_or_else(stopped)??;
        let description = Description::decode(&answer).map_err(RemoteError::Description)?;
        let beating = transport.clone();
        let every = (description.lease / 3).max(Duration::from_millis(10));
        runtime.handle().spawn(async move {
            let mut ticks = tokio::time::interval(every);
            loop {
                ticks.tick().await;
                let _ = beating.heartbeat().await;
            }
        });
        Ok(RemoteLibrary::new(
            runtime,
            transport,
            options,
            url,
            description,
            true,
        ))
    }

    /// Connects to NATS at `url` for a library served under `prefix` by a wRPC server
    /// that is not a hub (no describe call, no handle leases, failures seen only as
    /// empty answers): its types are `description`'s, from WIT the user has.
    ///
    /// # Errors
    ///
    /// [`RemoteError`] when NATS cannot be reached.
    pub fn connect_described(
        url: &str,
        connect: async_nats::ConnectOptions,
        prefix: &str,
        options: RemoteOptions,
        description: Description,
    ) -> Result<RemoteLibrary, RemoteError> {
        let runtime = WireRuntime::new("hub-wrpc-remote").map_err(RemoteError::Runtime)?;
        // Unnamed, so that even a hub's server answers it plainly.
        let transport = connected(&runtime, url, connect, prefix)?.anonymous();
        Ok(RemoteLibrary::new(
            runtime,
            transport,
            options,
            url,
            description,
            false,
        ))
    }

    fn new(
        runtime: WireRuntime,
        transport: NatsTransport,
        options: RemoteOptions,
        url: &str,
        description: Description,
        hub_answers: bool,
    ) -> RemoteLibrary {
        let location = format!("{}/{}", url.trim_end_matches('/'), transport.prefix());
        RemoteLibrary {
            remote: Arc::new(Remote {
                runtime,
                transport,
                options,
                hub_answers,
                reachable: AtomicBool::new(true),
                location,
            }),
            description,
            typed: std::sync::Mutex::default(),
        }
    }

    /// What it exports.
    pub fn description(&self) -> &Description {
        &self.description
    }

    /// The functions (`interface#function`) [`link`](RemoteLibrary::link) made typed
    /// host functions, whose values cross with no `Val` in between: those the build
    /// generated typed ends of a wire for from `wit/` (plain data only), in interfaces
    /// whose described types are the build's.
    pub fn typed_functions(&self) -> Vec<String> {
        self.typed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Where it is served: `nats://host:port/prefix`.
    pub fn location(&self) -> &str {
        &self.remote.location
    }

    /// Whether its last call (or the describe call) reached a server.
    pub fn reachable(&self) -> bool {
        self.remote.reachable.load(Ordering::Relaxed)
    }

    /// Asks now whether a server answers (the describe call, for a hub's server; for
    /// another wRPC server, whether NATS is connected), and remembers it for
    /// [`reachable`](RemoteLibrary::reachable).
    pub fn check(&self) -> bool {
        let reached = if self.remote.hub_answers {
            let remote = Arc::clone(&self.remote);
            self.remote
                .runtime
                .wait(async move {
                    let (limit, timeout) = (remote.options.limit, remote.options.timeout);
                    describe(&remote.transport, limit, timeout).await.is_ok()
                })
                .unwrap_or(false)
        } else {
            self.remote.transport.connected()
        };
        self.remote.reachable.store(reached, Ordering::Relaxed);
        reached
    }

    /// Its interfaces, each forwarding its functions over the wire.
    ///
    /// # Errors
    ///
    /// [`RemoteError::Describe`] when the described WIT does not parse,
    /// [`RemoteError::Uncarried`] when a function passes what the wire does not carry.
    pub fn interfaces(&self) -> Result<Vec<HostInterface>, RemoteError> {
        self.interfaces_for(None)
    }

    /// Its interfaces; with `hub`, each function the build generated typed ends of a
    /// wire for (`Hub::wire_functions`) is a typed host function.
    fn interfaces_for(&self, hub: Option<&Hub>) -> Result<Vec<HostInterface>, RemoteError> {
        let mut interfaces = Vec::new();
        for package in &self.description.packages {
            let wit = package.plain_wit()?;
            for shape in package.shapes()? {
                // Refused whole: this runs to the end before `link` serves anything.
                if let Some((function, kind)) = shape.uncarried {
                    let function = format!("{}#{function}", shape.name);
                    return Err(RemoteError::Uncarried { function, kind });
                }
                let name: Arc<str> = Arc::from(shape.name.as_str());
                let mut host = HostInterface::new(&wit, &shape.name);
                let wire = hub.map_or(&[][..], |hub| hub.wire_functions(&shape.name));
                for function in shape.functions {
                    if let Some(typed) = wire.iter().find(|w| w.name() == function) {
                        let invoke = Arc::new(TypedForward {
                            remote: Arc::clone(&self.remote),
                            interface: Arc::clone(&name),
                        });
                        let qualified = format!("{}#{function}", shape.name);
                        host = host.func_typed(&function, typed.host_function(invoke, qualified));
                        continue;
                    }
                    let forward = Forward {
                        remote: Arc::clone(&self.remote),
                        interface: Arc::clone(&name),
                        function: Arc::from(function.as_str()),
                    };
                    host = host.func_with_resources(&function, move |call, args, results| {
                        forward.call(call, args, results)
                    });
                }
                interfaces.push(host);
            }
        }
        Ok(interfaces)
    }

    /// Serves its interfaces in `hub`, to every component loaded or run from now on;
    /// their full names.
    ///
    /// # Errors
    ///
    /// [`RemoteError`] when the WIT does not parse or the hub serves one of the names
    /// already; the interfaces before that one stay served.
    pub fn link(&self, hub: &Hub) -> Result<Vec<String>, RemoteError> {
        let mut names = Vec::new();
        let mut linked_typed = Vec::new();
        for (index, typed) in self.interfaces_for(Some(hub))?.into_iter().enumerate() {
            let name = typed.name().to_owned();
            let functions: Vec<String> = typed.typed_functions().map(str::to_owned).collect();
            match hub.serve(typed) {
                // The described types are not the build's (rare): this interface is
                // made again, forwarded with `Val`s.
                Err(HostInterfaceError::TypedMismatch { .. }) => {
                    if let Some(dynamic) = self.interfaces()?.into_iter().nth(index) {
                        hub.serve(dynamic)?;
                    }
                }
                outcome => {
                    outcome?;
                    linked_typed.extend(functions.iter().map(|f| format!("{name}#{f}")));
                }
            }
            names.push(name);
        }
        self.typed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend(linked_typed);
        Ok(names)
    }
}

/// The describe call: the encoding of the [`Description`] a server of the prefix gives.
async fn describe(
    transport: &NatsTransport,
    limit: usize,
    timeout: Duration,
) -> Result<Vec<u8>, TransportError> {
    let (instance, function) = (HUB_INSTANCE, DESCRIBE);
    transport
        .invoke(Route::Any, instance, function, Vec::new(), limit, timeout)
        .await
}

fn connected(
    runtime: &WireRuntime,
    url: &str,
    connect: async_nats::ConnectOptions,
    prefix: &str,
) -> Result<NatsTransport, RemoteError> {
    let (url, prefix) = (url.to_owned(), prefix.to_owned());
    Ok(runtime
        .wait(async move { NatsTransport::connect(&url, connect, &prefix).await })
        .ok_or_else(stopped)??)
}

/// The wire's runtime dropped a task it was running (it panicked).
fn stopped() -> RemoteError {
    RemoteError::Runtime(std::io::Error::other("the wire's threads stopped"))
}

impl Remote {
    /// Sends one call on `route` and waits for its answer (the results' encoding), unless
    /// `stop` (the calling run's guards) says to stop first.
    fn invoke(
        self: &Arc<Self>,
        route: Option<String>,
        interface: &str,
        function: String,
        params: Vec<u8>,
        stop: impl Fn() -> Result<(), Stopped>,
    ) -> Result<Vec<u8>, HostFunctionError> {
        let remote = Arc::clone(self);
        let interface = interface.to_owned();
        let answer = self
            .runtime
            .wait_unless(
                async move {
                    let route = route.as_deref().map_or(Route::Any, Route::Server);
                    let (limit, timeout) = (remote.options.limit, remote.options.timeout);
                    remote
                        .transport
                        .invoke(route, &interface, &function, params, limit, timeout)
                        .await
                },
                stop,
            )?
            .ok_or("the wire's threads stopped")?;
        let reached = !matches!(
            answer,
            Err(TransportError::NoServer { .. }
                | TransportError::Timeout { .. }
                | TransportError::Transport { .. })
        );
        self.reachable.store(reached, Ordering::Relaxed);
        let answer = answer?;
        if !self.hub_answers {
            return Ok(answer);
        }
        match HubAnswer::from_bytes(&answer) {
            Some(HubAnswer::Returned(results)) => Ok(results.to_vec()),
            Some(HubAnswer::Failed(reason)) => Err(format!("on the server: {reason}").into()),
            None => Err("the server's answer is not a hub's answer".into()),
        }
    }
}

/// The remote functions of one interface that are typed host functions: their
/// parameters and results come and go as the wire's bytes.
struct TypedForward {
    remote: Arc<Remote>,
    interface: Arc<str>,
}

impl WireInvoke for TypedForward {
    fn invoke(
        &self,
        function: &str,
        params: Vec<u8>,
        stop: &StopCheck,
    ) -> Result<Vec<u8>, HostFunctionError> {
        let wire = wire_function(function).to_owned();
        self.remote
            .invoke(None, &self.interface, wire, params, stop)
    }
}

/// One remote function, as a host closure.
struct Forward {
    remote: Arc<Remote>,
    interface: Arc<str>,
    function: Arc<str>,
}

impl Forward {
    fn call(
        &self,
        call: &mut HostCall<'_>,
        args: &[Val],
        results: &mut [Val],
    ) -> Result<(), HostFunctionError> {
        let signature = call.signature();
        let params: Vec<Type> = signature.params().map(|(_, t)| t).collect();
        let result_types: Vec<Type> = signature.results().collect();
        let mut outgoing = Outgoing {
            call: &mut *call,
            route: None,
            given: Vec::new(),
        };
        let bytes = encode_values(args, &params, &mut outgoing)?;
        let (route, given) = (outgoing.route, outgoing.given);
        let wire = wire_function(&self.function).to_owned();
        let stop = call.stop_check();
        let answer = self
            .remote
            .invoke(route, &self.interface, wire, bytes, stop)?;
        // The `own` handles the call passed are the server's now: not ours to drop.
        for handle in given {
            handle.given.store(true, Ordering::Relaxed);
        }
        let mut incoming = Incoming {
            call,
            remote: &self.remote,
        };
        let values = decode_values(&answer, &result_types, &mut incoming)?;
        for (result, value) in results.iter_mut().zip(values) {
            *result = value;
        }
        Ok(())
    }
}

/// A handle a remote server made: its bytes, and where its drop goes.
pub struct RemoteHandle {
    remote: Arc<Remote>,
    interface: Arc<str>,
    resource: String,
    handle: HandleBytes,
    /// Passed to the server as an `own`: the server drops it, not this side.
    given: AtomicBool,
}

/// What a server's handle bytes say.
enum HandleBytes {
    /// A hub's: the server that made it, and its number there.
    Hub(WireHandle),
    /// Another wRPC server's, whose meaning only it knows. wRPC has no drop and no
    /// routing by handle: its calls go to the prefix, and dropping it sends nothing
    /// (what the server keeps is its own to release).
    Opaque(Vec<u8>),
}

impl Drop for RemoteHandle {
    fn drop(&mut self) {
        let HandleBytes::Hub(handle) = &self.handle else {
            return;
        };
        if self.given.load(Ordering::Relaxed) {
            return;
        }
        let remote = Arc::clone(&self.remote);
        let interface = Arc::clone(&self.interface);
        let drop = wire_drop(&self.resource);
        let params = handle.drop_params();
        let server = handle.server.clone();
        let dropping = async move {
            let (limit, timeout) = (remote.options.limit, remote.options.timeout);
            let route = Route::Server(&server);
            let outcome = remote
                .transport
                .invoke(route, &interface, &drop, params, limit, timeout)
                .await;
            if let Err(err) = outcome {
                tracing::debug!(target: "component_hub::wrpc", "a remote drop failed: {err}");
            }
        };
        // Waited for (within the call's timeout), so the destructors it sets off on
        // the server have run when the drop returns, as they have for a local library's;
        // not on a thread of a tokio runtime, which must not block. A drop that fails
        // is the server's lease's to clean up.
        // Nor when the last call found no server: a run ending with many handles of a
        // server that went away must not wait out a timeout for each.
        let unreachable = !self.remote.reachable.load(Ordering::Relaxed);
        if unreachable || tokio::runtime::Handle::try_current().is_ok() {
            self.remote.runtime.handle().spawn(dropping);
        } else {
            self.remote.runtime.wait(dropping);
        }
    }
}

/// Handles going out: each names its server, which the call must go to.
struct Outgoing<'c, 'a> {
    call: &'c mut HostCall<'a>,
    route: Option<String>,
    given: Vec<Arc<RemoteHandle>>,
}

impl HandleEncoder for Outgoing<'_, '_> {
    fn encode_handle(
        &mut self,
        handle: &ResourceAny,
        _: &ResourceType,
        own: bool,
    ) -> Result<Vec<u8>, HandleError> {
        let remote = self
            .call
            .get::<RemoteHandle>(&Val::Resource(*handle))
            .map_err(|_| "only the remote library's own handles cross the wire")?;
        let handle = match &remote.handle {
            HandleBytes::Opaque(bytes) => return Ok(bytes.clone()),
            HandleBytes::Hub(handle) => handle,
        };
        match &self.route {
            Some(server) if *server != handle.server => {
                return Err("the call passes handles of two servers".into());
            }
            _ => self.route = Some(handle.server.clone()),
        }
        if own {
            self.given.push(Arc::clone(&remote));
        }
        Ok(handle.to_bytes())
    }
}

/// Handles coming in: each becomes a host resource holding its [`RemoteHandle`].
struct Incoming<'c, 'a> {
    call: &'c mut HostCall<'a>,
    remote: &'c Arc<Remote>,
}

impl HandleDecoder for Incoming<'_, '_> {
    fn decode_handle(
        &mut self,
        bytes: &[u8],
        ty: &ResourceType,
        own: bool,
    ) -> Result<ResourceAny, HandleError> {
        if !own {
            return Err("a result cannot borrow".into());
        }
        let handle = if self.remote.hub_answers {
            HandleBytes::Hub(WireHandle::from_bytes(bytes).ok_or("not a hub's handle")?)
        } else {
            HandleBytes::Opaque(bytes.to_vec())
        };
        // The interface's resource, or one of another it uses (whose drop that one
        // serves).
        let (interface, resource) = self
            .call
            .resource_of(*ty)
            .ok_or("a handle of a resource the remote library does not define")?;
        let value = RemoteHandle {
            remote: Arc::clone(self.remote),
            interface: Arc::from(interface),
            resource: resource.to_owned(),
            handle,
            given: AtomicBool::new(false),
        };
        match self.call.push_of(*ty, value)? {
            Val::Resource(handle) => Ok(handle),
            _ => Err("the hub made no handle".into()),
        }
    }
}
