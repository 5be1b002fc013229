//! wRPC calls over NATS, as wRPC's NATS transport (`wrpc-transport-nats`) makes them:
//! subjects `[<prefix>.]wrpc.0.0.1.<instance>.<function>`, the parameters sent after a
//! handshake on the caller's inbox, the results on a subject of its own. This layer moves
//! encoded bytes only (the codec is [`encode_values`](crate::encode_values) and
//! [`decode_values`](crate::decode_values)), and bounds what it reads: at most `limit`
//! bytes, within `timeout`, so a peer that sends too much or never answers is an error.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{Stream, StreamExt};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use wrpc_transport::{Invoke, Serve};
use wrpc_transport_nats::{Client, Reader, SubjectWriter};

/// What a call over NATS can fail with.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// The NATS server could not be reached.
    #[error("cannot connect to NATS at `{url}`")]
    Connect {
        /// Where.
        url: String,
        /// async-nats' error.
        #[source]
        source: async_nats::ConnectError,
    },
    /// wRPC's transport refused to start the call or the subscription.
    #[error("wRPC over NATS failed for `{function}`: {reason}")]
    Transport {
        /// `instance.function`.
        function: String,
        /// The transport's error, on one line.
        reason: String,
    },
    /// Nobody serves the function (NATS has no responder for its subject).
    #[error("nobody serves `{function}`")]
    NoServer {
        /// `instance.function`.
        function: String,
    },
    /// No answer (or not all of it) within the call's time.
    #[error("`{function}` did not answer within {after:?}")]
    Timeout {
        /// `instance.function`.
        function: String,
        /// The time it had.
        after: Duration,
    },
    /// The peer sent more than the call allows.
    #[error("`{function}` sent more than {limit} bytes")]
    TooLarge {
        /// `instance.function`.
        function: String,
        /// The most bytes allowed.
        limit: usize,
    },
    /// Reading or writing a call's bytes failed.
    #[error("`{function}`'s bytes could not be read or written")]
    Io {
        /// `instance.function`.
        function: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
}

/// The queue group every hub serving a prefix joins, so NATS gives each call to one of
/// them.
const QUEUE_GROUP: &str = "component-hub";

/// The header naming the calling hub's connection: what a server's leases are kept by.
const CLIENT_HEADER: &str = "component-hub-client";

/// Where a call goes: to any server of the prefix, or to one of them (the one that made
/// a handle the call passes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    /// Any server of the prefix (NATS picks one of the queue group).
    Any,
    /// The server whose connection has this [`id`](NatsTransport::id).
    Server(&'a str),
}

/// A NATS connection speaking wRPC under one subject prefix. A server serves each
/// function twice: under the prefix, shared with every server of it (a queue group), and
/// under `<prefix>.<id>`, its own, for calls that must reach it (a method of a handle it
/// made, its drop).
#[derive(Clone)]
pub struct NatsTransport {
    inner: Arc<Inner>,
}

struct Inner {
    nats: async_nats::Client,
    prefix: String,
    /// This connection's unique name (a NATS NUID): its own route's last token.
    id: String,
    /// The prefix's shared subjects, served as the queue group.
    shared: Client,
    /// This connection's own route.
    own: Client,
    /// Other servers' own routes, made when a call first needs one.
    routes: Mutex<HashMap<String, Client>>,
    /// What every call sends: the hub's header naming this connection, or nothing.
    headers: Option<async_nats::HeaderMap>,
}

impl NatsTransport {
    /// Connects to the NATS server at `url` with `options` (credentials, TLS: async-nats'
    /// own) and speaks wRPC under `prefix` (empty for none).
    ///
    /// # Errors
    ///
    /// The server cannot be reached, or wRPC's inbox cannot be subscribed.
    pub async fn connect(
        url: &str,
        options: async_nats::ConnectOptions,
        prefix: &str,
    ) -> Result<NatsTransport, TransportError> {
        let nats = options
            .connect(url)
            .await
            .map_err(|source| TransportError::Connect {
                url: url.to_owned(),
                source,
            })?;
        let id = nats
            .new_inbox()
            .rsplit('.')
            .next()
            .unwrap_or_default()
            .to_owned();
        let shared = Client::new(nats.clone(), prefix, Some(Arc::from(QUEUE_GROUP)))
            .await
            .map_err(|err| transport("(inbox)", &err))?;
        let own = Client::new(nats.clone(), routed(prefix, &id), None)
            .await
            .map_err(|err| transport("(inbox)", &err))?;
        let mut headers = async_nats::HeaderMap::new();
        headers.insert(CLIENT_HEADER, id.as_str());
        Ok(NatsTransport {
            inner: Arc::new(Inner {
                nats,
                prefix: prefix.to_owned(),
                id,
                shared,
                own,
                routes: Mutex::new(HashMap::new()),
                headers: Some(headers),
            }),
        })
    }

    /// This connection without the hub's header on its calls: a server answers it as
    /// any wRPC client (plain answers, no leases), as a library linked from WIT the user
    /// gives expects.
    pub fn anonymous(&self) -> NatsTransport {
        let inner = &self.inner;
        NatsTransport {
            inner: Arc::new(Inner {
                nats: inner.nats.clone(),
                prefix: inner.prefix.clone(),
                id: inner.id.clone(),
                shared: inner.shared.clone(),
                own: inner.own.clone(),
                routes: Mutex::new(HashMap::new()),
                headers: None,
            }),
        }
    }

    /// This connection's unique name: where [`Route::Server`] sends calls for it, and
    /// who the calls it makes come from.
    pub fn id(&self) -> &str {
        &self.inner.id
    }

    /// The subject prefix it speaks under.
    pub fn prefix(&self) -> &str {
        &self.inner.prefix
    }

    /// Whether the connection to the NATS server is up now.
    pub fn connected(&self) -> bool {
        self.inner.nats.connection_state() == async_nats::connection::State::Connected
    }

    /// Calls `function` of `instance` with the encoded `params` on `route`, and gives
    /// the encoding of its results: at most `limit` bytes, all of them within `timeout`.
    ///
    /// # Errors
    ///
    /// [`TransportError::NoServer`] when nobody serves it, [`TransportError::Timeout`]
    /// when the server does not answer in time, [`TransportError::TooLarge`] past
    /// `limit`.
    pub async fn invoke(
        &self,
        route: Route<'_>,
        instance: &str,
        function: &str,
        params: Vec<u8>,
        limit: usize,
        timeout: Duration,
    ) -> Result<Vec<u8>, TransportError> {
        let name = format!("{instance}.{function}");
        let call = async {
            let client = self.client_for(route).await?;
            let paths: &[&[Option<usize>]] = &[];
            let headers = self.inner.headers.clone();
            let (mut outgoing, mut incoming) = client
                .invoke(headers, instance, function, params.into(), paths)
                .await
                .map_err(|err| transport(&name, &err))?;
            outgoing
                .shutdown()
                .await
                .map_err(|source| match source.kind() {
                    std::io::ErrorKind::NotConnected => TransportError::NoServer {
                        function: name.clone(),
                    },
                    _ => io(&name, source),
                })?;
            read_bounded(&mut incoming, limit, &name).await
        };
        tokio::time::timeout(timeout, call)
            .await
            .map_err(|_| TransportError::Timeout {
                function: name.clone(),
                after: timeout,
            })?
    }

    /// The wRPC client that sends calls on `route`.
    async fn client_for(&self, route: Route<'_>) -> Result<Client, TransportError> {
        let server = match route {
            Route::Any => return Ok(self.inner.shared.clone()),
            Route::Server(server) if server == self.inner.id => {
                return Ok(self.inner.own.clone());
            }
            Route::Server(server) => server,
        };
        if let Some(client) = lock(&self.inner.routes).get(server) {
            return Ok(client.clone());
        }
        let client = Client::new(
            self.inner.nats.clone(),
            routed(&self.inner.prefix, server),
            None,
        )
        .await
        .map_err(|err| transport("(inbox)", &err))?;
        lock(&self.inner.routes).insert(server.to_owned(), client.clone());
        Ok(client)
    }

    /// The calls of `function` of `instance` as they come, on the prefix's shared
    /// subject and on this connection's own route, until the connection ends.
    ///
    /// # Errors
    ///
    /// A subscription cannot be made.
    pub async fn serve(
        &self,
        instance: &str,
        function: &str,
    ) -> Result<
        impl Stream<Item = Result<Invocation, TransportError>> + Send + 'static,
        TransportError,
    > {
        let name = format!("{instance}.{function}");
        let paths: Arc<[Box<[Option<usize>]>]> = Arc::new([]);
        let shared = self
            .inner
            .shared
            .serve(instance, function, Arc::clone(&paths))
            .await
            .map_err(|err| transport(&name, &err))?;
        let own = self
            .inner
            .own
            .serve(instance, function, paths)
            .await
            .map_err(|err| transport(&name, &err))?;
        let calls = futures::stream::select(Box::pin(shared), Box::pin(own));
        Ok(calls.map(move |call| match call {
            Ok((cx, outgoing, incoming)) => Ok(Invocation {
                function: name.clone(),
                client: cx
                    .headers
                    .as_ref()
                    .and_then(|h| h.get(CLIENT_HEADER))
                    .map(|v| v.as_str().to_owned()),
                outgoing,
                incoming,
            }),
            Err(err) => Err(transport(&name, &err)),
        }))
    }

    /// Tells the prefix's servers that this connection is alive (they keep what it
    /// holds while it says so): a plain NATS message, not a wRPC call.
    ///
    /// # Errors
    ///
    /// The message cannot be sent.
    pub async fn heartbeat(&self) -> Result<(), TransportError> {
        self.inner
            .nats
            .publish(
                heartbeat_subject(&self.inner.prefix),
                self.inner.id.clone().into(),
            )
            .await
            .map_err(|err| transport("(heartbeat)", &anyhow::Error::new(err)))
    }

    /// The [`id`](NatsTransport::id)s of the connections that send heartbeats under
    /// this prefix, one per heartbeat.
    ///
    /// # Errors
    ///
    /// The subscription cannot be made.
    pub async fn heartbeats(
        &self,
    ) -> Result<impl Stream<Item = String> + Send + 'static, TransportError> {
        let beats = self
            .inner
            .nats
            .subscribe(heartbeat_subject(&self.inner.prefix))
            .await
            .map_err(|err| transport("(heartbeat)", &anyhow::Error::new(err)))?;
        Ok(beats
            .filter_map(|message| async move { String::from_utf8(message.payload.to_vec()).ok() }))
    }
}

/// The prefix of `server`'s own route under `prefix`.
fn routed(prefix: &str, server: &str) -> String {
    if prefix.is_empty() {
        server.to_owned()
    } else {
        format!("{prefix}.{server}")
    }
}

fn heartbeat_subject(prefix: &str) -> String {
    let subject = format!("{}.component-hub.heartbeat", wrpc_transport_nats::PROTOCOL);
    routed(prefix, &subject)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// One call that came in: read its parameters, then answer it (or drop it, which ends
/// its results empty: the caller sees a failed call).
pub struct Invocation {
    function: String,
    client: Option<String>,
    outgoing: SubjectWriter,
    incoming: Reader,
}

impl Invocation {
    /// The [`id`](NatsTransport::id) of the connection that made the call, when it
    /// said (a hub does; another wRPC client does not).
    pub fn client(&self) -> Option<&str> {
        self.client.as_deref()
    }

    /// The encoding of its parameters: at most `limit` bytes.
    ///
    /// # Errors
    ///
    /// [`TransportError::TooLarge`] past `limit`, or a failed read.
    pub async fn params(&mut self, limit: usize) -> Result<Vec<u8>, TransportError> {
        read_bounded(&mut self.incoming, limit, &self.function).await
    }

    /// The encoding of its parameters, read only until `done` says they are all there
    /// (see [`complete`](crate::complete)): the caller's end of stream comes a round trip
    /// later. At most `limit` bytes.
    ///
    /// # Errors
    ///
    /// As [`params`](Invocation::params).
    pub async fn params_until(
        &mut self,
        limit: usize,
        done: &(dyn Fn(&[u8]) -> bool + Send + Sync),
    ) -> Result<Vec<u8>, TransportError> {
        read_until(&mut self.incoming, limit, &self.function, done).await
    }

    /// Sends the encoding of its `results` and ends the call.
    ///
    /// # Errors
    ///
    /// A failed write.
    pub async fn answer(mut self, results: &[u8]) -> Result<(), TransportError> {
        let function = &self.function;
        self.outgoing
            .write_all(results)
            .await
            .map_err(|source| io(function, source))?;
        self.outgoing
            .shutdown()
            .await
            .map_err(|source| io(function, source))
    }

    /// Ends the call without results (the caller gets an error).
    ///
    /// # Errors
    ///
    /// A failed write.
    pub async fn refuse(mut self) -> Result<(), TransportError> {
        let function = &self.function;
        self.outgoing
            .shutdown()
            .await
            .map_err(|source| io(function, source))
    }
}

/// Everything `reader` sends until it ends, refused past `limit` bytes.
async fn read_bounded(
    reader: &mut (impl AsyncRead + Unpin),
    limit: usize,
    function: &str,
) -> Result<Vec<u8>, TransportError> {
    read_until(reader, limit, function, &|_| false).await
}

/// What `reader` sends until `done` says the bytes so far are all that is needed, or
/// it ends; refused past `limit` bytes.
async fn read_until(
    reader: &mut (impl AsyncRead + Unpin),
    limit: usize,
    function: &str,
    done: &(dyn Fn(&[u8]) -> bool + Send + Sync),
) -> Result<Vec<u8>, TransportError> {
    let mut bytes = Vec::new();
    while !done(&bytes) {
        bytes.reserve(4096);
        let read = reader
            .read_buf(&mut bytes)
            .await
            .map_err(|source| io(function, source))?;
        if bytes.len() > limit {
            return Err(TransportError::TooLarge {
                function: function.to_owned(),
                limit,
            });
        }
        if read == 0 {
            break;
        }
    }
    Ok(bytes)
}

fn transport(function: &str, err: &anyhow::Error) -> TransportError {
    TransportError::Transport {
        function: function.to_owned(),
        reason: format!("{err:#}"),
    }
}

fn io(function: &str, source: std::io::Error) -> TransportError {
    TransportError::Io {
        function: function.to_owned(),
        source,
    }
}
