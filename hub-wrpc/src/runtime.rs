//! The tokio runtime a server or a remote library runs its NATS connection on: its own,
//! so that neither needs its embedder to run tokio, and shut down in the background when
//! dropped, so that dropping it is safe from any thread (a tokio worker's included).

use std::future::Future;

use tokio::runtime::{Builder, Runtime};

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
}

impl Drop for WireRuntime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}
