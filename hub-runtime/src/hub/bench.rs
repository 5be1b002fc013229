//! What hub-bench needs to measure a run against its floors, and nothing else should
//! use: the instantiation alone, and the app's own calls without a new instance.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use super::Hub;
use crate::error::RunError;
use crate::holder::Holder;
use crate::ids::RunId;
use crate::run_control::RunControl;

impl Hub {
    /// The instantiate-only floor of a run of the app at `path`: each call makes a fresh
    /// store and instantiates the prepared app in it, then drops both.
    ///
    /// # Errors
    ///
    /// As [`Hub::instantiate`].
    #[doc(hidden)]
    pub fn bench_instantiate_only(
        &self,
        path: impl AsRef<Path>,
    ) -> Result<impl FnMut() -> wasmtime::Result<()> + '_, RunError> {
        let (pre, _) = self.prepare_app(path.as_ref(), &[])?;
        Ok(move || {
            let run = RunId(self.next_run.fetch_add(1, Ordering::Relaxed));
            let control = RunControl::start(None);
            let mut store = self.new_app_store(Holder::Run(run), Arc::clone(&control));
            pre.instantiate(&mut store)?;
            Ok(())
        })
    }
}
