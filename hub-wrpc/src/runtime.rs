//! The tokio runtime a server or a remote library runs its NATS connection on: its own,
//! so that neither needs its embedder to run tokio, and shut down in the background when
//! dropped, so that dropping it is safe from any thread (a tokio worker's included).

use std::future::Future;
use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;

use tokio::runtime::{Builder, Runtime};

/// How often a wait checks whether its run must stop: the most a budget or an interrupt
/// is late by, for a call on the wire.
const STOP_POLL: Duration = Duration::from_millis(5);

/// A small runtime of the wire's own.
pub(crate) struct WireRuntime(Option<Runtime>);

impl WireRuntime {
    /// One worker thread (the wire is I/O; the calls run on threads of their own).
    ///
    /// # Errors
    ///
    /// The runtime's threads cannot be started.
    pub(crate) fn new(name: &str) -> std::io::Result<WireRuntime> {
        Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name(name)
            .enable_all()
            .build()
            .map(|runtime| WireRuntime(Some(runtime)))
    }

    pub(crate) fn handle(&self) -> &tokio::runtime::Handle {
        self.0.as_ref().expect("taken only when dropped").handle()
    }

    /// Runs `future` on the runtime and waits for it from this thread, which need not
    /// be the runtime's (nor outside every runtime: the wait is a channel's, not
    /// `block_on`'s).
    pub(crate) fn wait<T: Send + 'static>(
        &self,
        future: impl Future<Output = T> + Send + 'static,
    ) -> Option<T> {
        let (sender, receiver) = std::sync::mpsc::sync_channel(1);
        self.handle().spawn(async move {
            let _ = sender.send(future.await);
        });
        receiver.recv().ok()
    }

    /// [`wait`](Self::wait), unless `stop` says to stop first (checked every few
    /// milliseconds): then `future` is dropped and the error is `stop`'s.
    pub(crate) fn wait_unless<T: Send + 'static, E>(
        &self,
        future: impl Future<Output = T> + Send + 'static,
        stop: impl Fn() -> Result<(), E>,
    ) -> Result<Option<T>, E> {
        let (sender, receiver) = std::sync::mpsc::sync_channel(1);
        let task = self.handle().spawn(async move {
            let _ = sender.send(future.await);
        });
        loop {
            match receiver.recv_timeout(STOP_POLL) {
                Ok(value) => return Ok(Some(value)),
                Err(RecvTimeoutError::Disconnected) => return Ok(None),
                Err(RecvTimeoutError::Timeout) => {
                    if let Err(stopped) = stop() {
                        task.abort();
                        return Err(stopped);
                    }
                }
            }
        }
    }
}

impl Drop for WireRuntime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}
