//! wRPC calls over NATS, as wRPC's NATS transport (`wrpc-transport-nats`) makes them:
//! subjects `[<prefix>.]wrpc.0.0.1.<instance>.<function>`, the parameters sent after a
//! handshake on the caller's inbox, the results on a subject of its own. This layer moves
//! encoded bytes only (the codec is [`encode_values`](crate::encode_values) and
//! [`decode_values`](crate::decode_values)), and bounds what it reads: at most `limit`
//! bytes, within `timeout`, so a peer that sends too much or never answers is an error.

use std::sync::Arc;
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

/// A NATS connection speaking wRPC under one subject prefix.
#[derive(Clone)]
pub struct NatsTransport {
    client: Arc<Client>,
}

impl NatsTransport {
    /// Connects to the NATS server at `url` with `options` (credentials, TLS: async-nats'
    /// own) and speaks wRPC under `prefix`. Served functions are shared with every other
    /// server in `queue_group`, if given (NATS delivers each call to one of them).
    ///
    /// # Errors
    ///
    /// The server cannot be reached, or wRPC's inbox cannot be subscribed.
    pub async fn connect(
        url: &str,
        options: async_nats::ConnectOptions,
        prefix: &str,
        queue_group: Option<&str>,
    ) -> Result<NatsTransport, TransportError> {
        let nats = options
            .connect(url)
            .await
            .map_err(|source| TransportError::Connect {
                url: url.to_owned(),
                source,
            })?;
        let client = Client::new(nats, prefix, queue_group.map(Arc::from))
            .await
            .map_err(|err| transport("(inbox)", &err))?;
        Ok(NatsTransport {
            client: Arc::new(client),
        })
    }

    /// Calls `function` of `instance` with the encoded `params`, and gives the encoding
    /// of its results: at most `limit` bytes, all of them within `timeout`.
    ///
    /// # Errors
    ///
    /// [`TransportError::Timeout`] when nobody serves it (NATS gives no answer then) or
    /// the server does not answer in time, [`TransportError::TooLarge`] past `limit`.
    pub async fn invoke(
        &self,
        instance: &str,
        function: &str,
        params: Vec<u8>,
        limit: usize,
        timeout: Duration,
    ) -> Result<Vec<u8>, TransportError> {
        let name = format!("{instance}.{function}");
        let call = async {
            let paths: &[&[Option<usize>]] = &[];
            let (mut outgoing, mut incoming) = self
                .client
                .invoke(None, instance, function, params.into(), paths)
                .await
                .map_err(|err| transport(&name, &err))?;
            outgoing.shutdown().await.map_err(|source| io(&name, source))?;
            read_bounded(&mut incoming, limit, &name).await
        };
        tokio::time::timeout(timeout, call)
            .await
            .map_err(|_| TransportError::Timeout {
                function: name.clone(),
                after: timeout,
            })?
    }

    /// The calls of `function` of `instance` as they come, until the connection ends.
    ///
    /// # Errors
    ///
    /// The subscription cannot be made.
    pub async fn serve(
        &self,
        instance: &str,
        function: &str,
    ) -> Result<impl Stream<Item = Result<Invocation, TransportError>> + Send + 'static, TransportError>
    {
        let name = format!("{instance}.{function}");
        let paths: Arc<[Box<[Option<usize>]>]> = Arc::new([]);
        let calls = self
            .client
            .serve(instance, function, paths)
            .await
            .map_err(|err| transport(&name, &err))?;
        Ok(calls.map(move |call| match call {
            Ok((_, outgoing, incoming)) => Ok(Invocation {
                function: name.clone(),
                outgoing,
                incoming,
            }),
            Err(err) => Err(transport(&name, &err)),
        }))
    }
}

/// One call that came in: read its parameters, then answer it (or drop it, which ends
/// its results empty: the caller sees a failed call).
pub struct Invocation {
    function: String,
    outgoing: SubjectWriter,
    incoming: Reader,
}

impl Invocation {
    /// The encoding of its parameters: at most `limit` bytes.
    ///
    /// # Errors
    ///
    /// [`TransportError::TooLarge`] past `limit`, or a failed read.
    pub async fn params(&mut self, limit: usize) -> Result<Vec<u8>, TransportError> {
        read_bounded(&mut self.incoming, limit, &self.function).await
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
    let mut bytes = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    reader
        .take(cap)
        .read_to_end(&mut bytes)
        .await
        .map_err(|source| io(function, source))?;
    if bytes.len() > limit {
        return Err(TransportError::TooLarge {
            function: function.to_owned(),
            limit,
        });
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
