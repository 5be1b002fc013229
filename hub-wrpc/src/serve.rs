//! Serving a loaded library over wRPC on NATS ([`Server`]): every function of every
//! interface it exports, each resource's drop (the hub's extension) and the describe
//! call. Calls from the wire enter the library through a [`HostCaller`] of the server's
//! own, so they run under the hub's guards like a run's: its time budget per call, its
//! interrupts, the libraries' memory limits, a trap disabling the library (later calls
//! are refused: the caller gets an empty answer at once, which wRPC reads as a failure).
//!
//! Handles the library returns stay in the server's caller; the wire carries their
//! [`WireHandle`] bytes. Each is leased to the hub whose call made it: a hub that stops
//! sending heartbeats for longer than the lease loses them (their destructors run here),
//! so a hub that went away leaks nothing on the server.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use futures::StreamExt;
use hub_runtime::wasmtime::component::types::Type;
use hub_runtime::wasmtime::component::{ResourceAny, ResourceType};
use hub_runtime::{HostCaller, Hub, LibraryId, OneLine, WireFunction};
use tokio::sync::oneshot;

use crate::describe::{DESCRIBE, DescribeError, Description, HUB_INSTANCE, InterfaceShape};
use crate::error::HandleError;
use crate::handles::{HandleDecoder, HandleEncoder};
use crate::nats::{Invocation, NatsTransport, TransportError};
use crate::runtime::WireRuntime;
use crate::wire::{HubAnswer, WireHandle, wire_drop, wire_function};
use crate::{complete, decode_values, encode_values, uncarried};

/// How a [`Server`] serves.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// How long a hub's handles are kept after the server last heard from it (a call or
    /// a heartbeat). Default 30 s.
    pub lease: Duration,
    /// The most bytes of parameters a call may send. Default 16 MiB.
    pub limit: usize,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            lease: Duration::from_secs(30),
            limit: 16 << 20,
        }
    }
}

/// Why a library cannot be served.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The threads that serve the wire could not be started, or stopped.
    #[error("the threads that serve the wire failed")]
    Runtime(#[source] std::io::Error),
    /// NATS refused the connection or a subscription.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// The component's exports could not be read.
    #[error(transparent)]
    Describe(#[from] DescribeError),
    /// The library has no such export, or the hub cannot call it.
    #[error("cannot serve `{function}`")]
    Export {
        /// `interface#function`.
        function: String,
        /// The hub's error.
        #[source]
        source: Box<hub_runtime::CallError>,
    },
    /// A function passes a value the wire cannot carry.
    #[error("cannot serve `{function}`: it passes a {kind}, which the wire does not carry yet")]
    Uncarried {
        /// `interface#function`.
        function: String,
        /// `stream`, `future` or `error-context`.
        kind: &'static str,
    },
}

/// A library served over wRPC on NATS until the server is dropped (which releases every
/// handle it still keeps).
pub struct Server {
    runtime: WireRuntime,
    jobs: Sender<Job>,
    worker: Option<JoinHandle<()>>,
    id: String,
    functions: Vec<String>,
    typed: Vec<String>,
    unserved: Vec<String>,
}

impl Server {
    /// Serves every interface that `library` (loaded in `hub` from `component`, its
    /// bytes) exports, over NATS at `url` (with `connect`'s credentials and TLS) under
    /// the subject prefix `prefix`. Servers of the same prefix share the calls (a NATS
    /// queue group) and must serve the same component.
    ///
    /// # Errors
    ///
    /// [`ServeError`] when NATS cannot be reached, the exports cannot be read, or one
    /// passes a type the wire cannot carry; nothing is served then.
    pub fn start(
        hub: Arc<Hub>,
        library: LibraryId,
        component: &[u8],
        url: &str,
        connect: async_nats::ConnectOptions,
        prefix: &str,
        options: ServeOptions,
    ) -> Result<Server, ServeError> {
        let runtime = WireRuntime::new("hub-wrpc-serve").map_err(ServeError::Runtime)?;
        let description = Description::of_component(component, options.lease)?;
        let unserved = Description::top_level_functions(component)?;
        let shapes = description.shapes()?;
        let signatures = Arc::new(signatures(&hub, library, &shapes)?);
        let (url, prefix) = (url.to_owned(), prefix.to_owned());
        let transport = runtime
            .wait(async move { NatsTransport::connect(&url, connect, &prefix).await })
            .ok_or_else(stopped)??;
        let (jobs, receiver) = std::sync::mpsc::channel();
        let seen = Arc::new(Mutex::new(HashMap::new()));
        let typed = typed_functions(&hub, &signatures);
        let mut typed_names: Vec<String> = typed
            .keys()
            .map(|(interface, function)| format!("{interface}.{}", wire_function(function)))
            .collect();
        typed_names.sort();
        let worker = Worker {
            library,
            server: transport.id().to_owned(),
            signatures: Arc::clone(&signatures),
            typed,
            slots: HashMap::new(),
            seen: Arc::clone(&seen),
            lease: options.lease,
        };
        let worker = std::thread::Builder::new()
            .name("hub-wrpc-calls".into())
            .spawn(move || worker.run(&hub, &receiver))
            .map_err(ServeError::Runtime)?;
        let mut server = Server {
            runtime,
            jobs,
            worker: Some(worker),
            id: transport.id().to_owned(),
            functions: Vec::new(),
            typed: typed_names,
            unserved,
        };
        let subscribed = server.subscribe(
            &transport,
            &shapes,
            description.encode(),
            signatures,
            seen,
            options.limit,
        );
        server.functions = server.runtime.wait(subscribed).ok_or_else(stopped)??;
        Ok(server)
    }

    /// Subscribes every served function and starts answering: the wRPC names served.
    fn subscribe(
        &self,
        transport: &NatsTransport,
        shapes: &[InterfaceShape],
        description: Vec<u8>,
        signatures: Arc<Signatures>,
        seen: Arc<Mutex<HashMap<String, Instant>>>,
        limit: usize,
    ) -> impl Future<Output = Result<Vec<String>, TransportError>> + Send + 'static {
        let transport = transport.clone();
        let jobs = self.jobs.clone();
        let mut served = Vec::new();
        for shape in shapes {
            let interface: Arc<str> = Arc::from(shape.name.as_str());
            for function in &shape.functions {
                let function = Served::Call(Arc::from(function.as_str()));
                served.push((Arc::clone(&interface), function));
            }
            for resource in &shape.resources {
                served.push((Arc::clone(&interface), Served::Drop(resource.clone())));
            }
        }
        async move {
            let mut names = Vec::new();
            for (interface, what) in served {
                let wire = match &what {
                    Served::Call(function) => wire_function(function).to_owned(),
                    Served::Drop(resource) => wire_drop(resource),
                };
                let calls = transport.serve(&interface, &wire).await?;
                names.push(format!("{interface}.{wire}"));
                let jobs = jobs.clone();
                let types = match &what {
                    Served::Call(function) => signatures
                        .get(&(Arc::clone(&interface), Arc::clone(function)))
                        .map(|(params, _)| params.clone()),
                    Served::Drop(_) => None,
                };
                let done: Arc<Done> = match types {
                    // A call's parameters are all there once they decode (or cannot).
                    Some(types) => Arc::new(move |bytes| complete(bytes, &types) != Ok(false)),
                    None => Arc::new(|bytes| WireHandle::from_drop_params(bytes).is_some()),
                };
                tokio::spawn(calls.for_each_concurrent(None, move |call| {
                    let (jobs, interface, what) =
                        (jobs.clone(), Arc::clone(&interface), what.clone());
                    let done = Arc::clone(&done);
                    async move {
                        if let Ok(call) = call {
                            answer_call(call, &jobs, interface, what, &*done, limit).await;
                        }
                    }
                }));
            }
            let describes = transport.serve(HUB_INSTANCE, DESCRIBE).await?;
            tokio::spawn(describes.for_each_concurrent(None, move |call| {
                let answer = description.clone();
                async move {
                    if let Ok(call) = call {
                        let _ = call.answer(&answer).await;
                    }
                }
            }));
            let beats = transport.heartbeats().await?;
            tokio::spawn(beats.for_each(move |client| {
                lock(&seen).insert(client, Instant::now());
                async {}
            }));
            Ok(names)
        }
    }

    /// Its connection's id: the route of the calls that must reach this server.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The wRPC names it serves (`demo:logging/logging@0.1.0.logger.log`).
    pub fn functions(&self) -> &[String] {
        &self.functions
    }

    /// The top-level functions the library exports, which it does not serve: only
    /// interfaces cross the wire.
    pub fn unserved_functions(&self) -> &[String] {
        &self.unserved
    }

    /// The wRPC names of those it calls with typed values (the build generated their
    /// [`WireFunction`]s from `wit/`: plain data only), with no `Val` in between; the
    /// others, and any whose types in the library are not the build's, take `Val`s.
    pub fn typed_functions(&self) -> &[String] {
        &self.typed
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.jobs.send(Job::Stop);
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

/// What a served subject does.
#[derive(Clone)]
enum Served {
    Call(Arc<str>),
    Drop(String),
}

/// Reads a call's parameters, has the worker run it, and answers (or refuses it, when
/// it failed: wRPC has no error answer).
async fn answer_call(
    mut call: Invocation,
    jobs: &Sender<Job>,
    interface: Arc<str>,
    what: Served,
    done: &Done,
    limit: usize,
) {
    let Ok(params) = call.params_until(limit, done).await else {
        let _ = call.refuse().await;
        return;
    };
    // A hub says who it is, and gets its errors' reasons (see `HubAnswer`).
    let hub = call.client().map(str::to_owned);
    let client = hub.clone().unwrap_or_default();
    let (reply, answered) = oneshot::channel();
    let job = match what {
        Served::Call(function) => Job::Call {
            interface,
            function,
            params,
            client,
            reply,
        },
        Served::Drop(_) => Job::Drop {
            params,
            client,
            reply,
        },
    };
    if jobs.send(job).is_err() {
        let _ = call.refuse().await;
        return;
    }
    let outcome = answered
        .await
        .unwrap_or_else(|_| Err("the server is stopping".to_owned()));
    if let Err(reason) = &outcome {
        tracing::warn!(target: "component_hub::wrpc", "a call from the wire failed: {reason}");
    }
    let _ = match (hub, outcome) {
        (Some(_), Ok(results)) => call.answer(&HubAnswer::Returned(&results).to_bytes()).await,
        (Some(_), Err(reason)) => call.answer(&HubAnswer::Failed(reason).to_bytes()).await,
        (None, Ok(results)) => call.answer(&results).await,
        (None, Err(_)) => call.refuse().await,
    };
}

/// Work for the thread that calls the library.
enum Job {
    Call {
        interface: Arc<str>,
        function: Arc<str>,
        params: Vec<u8>,
        client: String,
        reply: oneshot::Sender<Result<Vec<u8>, String>>,
    },
    Drop {
        params: Vec<u8>,
        client: String,
        reply: oneshot::Sender<Result<Vec<u8>, String>>,
    },
    Stop,
}

/// A handle the library returned, leased to the hub whose call made it.
struct Slot {
    handle: ResourceAny,
    client: String,
}

/// Why handle bytes name no handle the calling client holds here.
const NO_SUCH_HANDLE: &str =
    "no such handle (dropped already, its lease ended, or leased to another client)";

/// Every served function's param and result types, keyed by interface and function.
type Signatures = HashMap<(Arc<str>, Arc<str>), (Vec<Type>, Vec<Type>)>;

/// The served functions the build generated typed ends of a wire for.
fn typed_functions(
    hub: &Hub,
    signatures: &Signatures,
) -> HashMap<(Arc<str>, Arc<str>), WireFunction> {
    signatures
        .keys()
        .filter_map(|key| {
            let wire = hub
                .wire_functions(&key.0)
                .iter()
                .find(|w| w.name() == &*key.1)?;
            Some((key.clone(), *wire))
        })
        .collect()
}

/// Whether a call's parameter bytes are all there.
type Done = dyn Fn(&[u8]) -> bool + Send + Sync;

/// The thread that calls the library: one caller, so calls serialize (as calls into one
/// store do anyway), and its handles are all in one place.
struct Worker {
    library: LibraryId,
    server: String,
    signatures: Arc<Signatures>,
    /// The functions called typed, until one turns out to have other types.
    typed: HashMap<(Arc<str>, Arc<str>), WireFunction>,
    slots: HashMap<u64, Slot>,
    seen: Arc<Mutex<HashMap<String, Instant>>>,
    lease: Duration,
}

impl Worker {
    fn run(mut self, hub: &Hub, jobs: &Receiver<Job>) {
        let mut caller = hub.caller();
        let tick = self.lease / 4;
        // Leases are checked once a tick, not after every call (a scan of every slot).
        let mut next_check = Instant::now() + tick;
        loop {
            match jobs.recv_timeout(tick) {
                Ok(Job::Call {
                    interface,
                    function,
                    params,
                    client,
                    reply,
                }) => {
                    let outcome = self.call(&mut caller, &interface, &function, &params, &client);
                    // Heard from as the call is answered (leases are checked on this
                    // thread, after it): a call longer than the lease does not lose the
                    // handles it returns before the client sees them.
                    lock(&self.seen).insert(client, Instant::now());
                    let _ = reply.send(outcome);
                }
                Ok(Job::Drop {
                    params,
                    client,
                    reply,
                }) => {
                    let _ = reply.send(self.drop_handle(&mut caller, &params, &client));
                }
                Ok(Job::Stop) | Err(RecvTimeoutError::Disconnected) => break,
                Err(RecvTimeoutError::Timeout) => {}
            }
            if Instant::now() >= next_check {
                self.expire(&mut caller);
                next_check = Instant::now() + tick;
            }
        }
    }

    fn call(
        &mut self,
        caller: &mut HostCaller<'_>,
        interface: &Arc<str>,
        function: &Arc<str>,
        params: &[u8],
        client: &str,
    ) -> Result<Vec<u8>, String> {
        let key = (Arc::clone(interface), Arc::clone(function));
        if let Some(wire) = self.typed.get(&key) {
            match wire.serve(caller, self.library, interface, params) {
                Ok(results) => return Ok(results),
                // Checked before anything runs: this library's types are not the
                // build's, so its calls take `Val`s from now on.
                Err(err) if err.not_typed() => {
                    tracing::debug!(target: "component_hub::wrpc", "`{interface}.{function}` has other types than the build's: called with `Val`s");
                    self.typed.remove(&key);
                }
                Err(err) => return Err(OneLine(&err).to_string()),
            }
        }
        let (param_types, result_types) = &self.signatures[&key];
        let mut slots = Slots {
            server: &self.server,
            slots: &mut self.slots,
            client,
            made: Vec::new(),
        };
        let args = decode_values(params, param_types, &mut slots).map_err(|e| e.to_string())?;
        let results = caller
            .call(self.library, Some(interface), function, &args)
            .map_err(|err| OneLine(&err).to_string());
        let encoded = results.and_then(|results| {
            encode_values(&results, result_types, &mut slots).map_err(|e| e.to_string())
        });
        let made = slots.made;
        if encoded.is_err() {
            for slot in made {
                if let Some(slot) = self.slots.remove(&slot) {
                    let _ = caller.release(slot.handle);
                }
            }
        }
        // An `own` argument is the library's now.
        self.slots.retain(|_, slot| caller.holds(slot.handle));
        encoded
    }

    fn drop_handle(
        &mut self,
        caller: &mut HostCaller<'_>,
        params: &[u8],
        client: &str,
    ) -> Result<Vec<u8>, String> {
        let handle = WireHandle::from_drop_params(params)
            .filter(|h| h.server == self.server)
            .ok_or("not a handle of this server")?;
        let slot = match self.slots.entry(handle.slot) {
            Entry::Occupied(slot) if slot.get().client == client => slot.remove(),
            _ => return Err(NO_SUCH_HANDLE.into()),
        };
        caller
            .release(slot.handle)
            .map(|()| Vec::new())
            .map_err(|err| OneLine(&err).to_string())
    }

    /// Releases the handles of every hub not heard from within the lease.
    fn expire(&mut self, caller: &mut HostCaller<'_>) {
        let now = Instant::now();
        let seen = lock(&self.seen);
        let expired: Vec<u64> = self
            .slots
            .iter()
            .filter(|(_, slot)| {
                seen.get(&slot.client)
                    .is_none_or(|last| now.duration_since(*last) > self.lease)
            })
            .map(|(number, _)| *number)
            .collect();
        drop(seen);
        for number in expired {
            if let Some(slot) = self.slots.remove(&number) {
                tracing::debug!(target: "component_hub::wrpc", client = %slot.client, "lease ended: a handle released");
                let _ = caller.release(slot.handle);
            }
        }
    }
}

/// The server's handles as the codec sees them: an `own` result gets a new slot leased
/// to the calling hub, a handle argument is looked up by its bytes.
struct Slots<'a> {
    server: &'a str,
    slots: &'a mut HashMap<u64, Slot>,
    client: &'a str,
    /// The slots this call made, released if its answer cannot be encoded.
    made: Vec<u64>,
}

impl HandleEncoder for Slots<'_> {
    fn encode_handle(
        &mut self,
        handle: &ResourceAny,
        _: &ResourceType,
        own: bool,
    ) -> Result<Vec<u8>, HandleError> {
        if !own {
            return Err("a borrowed handle cannot be a result".into());
        }
        // Random, so a client cannot guess the numbers of another's handles.
        let slot = loop {
            let slot = rand::random::<u64>();
            if !self.slots.contains_key(&slot) {
                break slot;
            }
        };
        self.slots.insert(
            slot,
            Slot {
                handle: *handle,
                client: self.client.to_owned(),
            },
        );
        self.made.push(slot);
        Ok(WireHandle {
            server: self.server.to_owned(),
            slot,
        }
        .to_bytes())
    }
}

impl HandleDecoder for Slots<'_> {
    fn decode_handle(
        &mut self,
        bytes: &[u8],
        _: &ResourceType,
        _: bool,
    ) -> Result<ResourceAny, HandleError> {
        let handle = WireHandle::from_bytes(bytes).ok_or("not a hub's handle")?;
        if handle.server != self.server {
            return Err("a handle of another server".into());
        }
        // The library checks its type when the call lends or gives it.
        Ok(self
            .slots
            .get(&handle.slot)
            .filter(|slot| slot.client == self.client)
            .ok_or(NO_SUCH_HANDLE)?
            .handle)
    }
}

/// The types of every function `description` lists, refused if one passes what the
/// wire cannot carry.
fn signatures(
    hub: &Hub,
    library: LibraryId,
    shapes: &[InterfaceShape],
) -> Result<Signatures, ServeError> {
    let caller = hub.caller();
    let mut signatures = HashMap::new();
    for shape in shapes {
        for function in &shape.functions {
            let name = format!("{}#{function}", shape.name);
            let ty = caller
                .signature(library, Some(&shape.name), function)
                .map_err(|source| ServeError::Export {
                    function: name.clone(),
                    source: Box::new(source),
                })?;
            let params: Vec<Type> = ty.params().map(|(_, t)| t).collect();
            let results: Vec<Type> = ty.results().collect();
            if let Some(kind) = params.iter().chain(&results).find_map(uncarried) {
                return Err(ServeError::Uncarried {
                    function: name,
                    kind,
                });
            }
            signatures.insert(
                (Arc::from(shape.name.as_str()), Arc::from(function.as_str())),
                (params, results),
            );
        }
    }
    Ok(signatures)
}

/// The wire's runtime dropped a task it was running (it panicked).
fn stopped() -> ServeError {
    ServeError::Runtime(std::io::Error::other("the wire's threads stopped"))
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
