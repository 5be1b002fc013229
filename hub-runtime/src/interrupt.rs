//! Interrupt handles: what stops runs from another thread, the same path as a time
//! budget running out.
//!
//! A handle reaches the runs attached to it while they are in progress: the hub's own
//! handle ([`Hub::interrupt_handle`](crate::Hub::interrupt_handle)) has every run, load
//! and call of that hub attached, and a handle made with [`InterruptHandle::new`] and
//! given to one run ([`RunOptions::interrupt`](crate::RunOptions::interrupt)) has only
//! that one. Interrupting a handle with nothing attached does nothing: it is not
//! remembered for the next run.

use std::sync::{Arc, Weak};

use parking_lot::Mutex;

use crate::run_control::RunControl;

/// Interrupts the runs attached to it, from any thread.
#[derive(Clone, Default)]
pub struct InterruptHandle {
    /// The controls of the runs in progress attached to this handle. A leaf lock: held
    /// only to add, remove or list them, never while interrupting.
    attached: Arc<Mutex<Vec<Weak<RunControl>>>>,
}

impl InterruptHandle {
    /// A handle with nothing attached yet: give it to a run (or a call) to interrupt
    /// just that one.
    pub fn new() -> Self {
        Self::default()
    }

    /// Interrupts every run (and call) attached to this handle and in progress now: each
    /// ends with an "interrupted by the user" error, as if its time budget had run out.
    /// Returns whether there was one.
    pub fn interrupt(&self) -> bool {
        let runs: Vec<Arc<RunControl>> = self
            .attached
            .lock()
            .iter()
            .filter_map(Weak::upgrade)
            .filter(|run| run.is_active())
            .collect();
        for run in &runs {
            run.cancel();
        }
        !runs.is_empty()
    }

    /// Attaches `control` until the returned guard is dropped.
    pub(crate) fn attach(&self, control: &Arc<RunControl>) -> Attached {
        self.attached.lock().push(Arc::downgrade(control));
        Attached {
            handle: self.clone(),
            control: Arc::downgrade(control),
        }
    }
}

impl std::fmt::Debug for InterruptHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InterruptHandle")
            .field("attached", &self.attached.lock().len())
            .finish()
    }
}

/// A run attached to an interrupt handle; detached when dropped.
pub(crate) struct Attached {
    handle: InterruptHandle,
    control: Weak<RunControl>,
}

impl Drop for Attached {
    fn drop(&mut self) {
        // Entries of runs that ended without detaching (none should) go too.
        self.handle
            .attached
            .lock()
            .retain(|c| !c.ptr_eq(&self.control) && c.strong_count() > 0);
    }
}
