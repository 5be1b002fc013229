//! Bounding guest code: time budgets and interruption.
//!
//! wasmtime's epoch interruption does the work. One ticker thread per engine advances the
//! epoch every [`TICK`]; every store of the hub has an epoch deadline of one tick and a
//! callback (`state::on_epoch`) that ends the code running in it when the [`RunControl`]
//! it is working for has run out of time or was interrupted. A library store works for whichever
//! run calls into it: forwarders install the caller's control in it before the call.
//!
//! Epochs do not wake a guest blocked in the host, so the two WASI calls that block on
//! purpose (`wasi:io/poll.poll` and `pollable.block`, which is how `sleep` and every
//! blocking WASI read reach the host) are replaced by versions that race the wait against
//! the same control (`bounded_wasi`). What stays uninterruptible is host work
//! that is not a wait on a pollable: the hub's own code, lifting or lowering one huge
//! value, a single bulk memory instruction. Guests get no stdin, no preopened directory
//! and no network unless allowed, so blocking reads of those cannot happen.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::task::Poll;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;
use wasmtime::{Engine, EngineWeak};

/// How often the engine's epoch advances: the granularity of deadlines and interrupts.
pub(crate) const TICK: Duration = Duration::from_millis(10);

/// Why guest code was stopped by the hub. Raised from the epoch callback or a shadowed
/// wait, it travels up as the call's error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Stopped {
    /// The budget ran out.
    #[error("its time budget of {} ran out", DisplayDuration(*budget))]
    Deadline {
        /// The budget that ran out.
        budget: Duration,
    },
    /// Someone fired the interrupt handle (Ctrl-C in hub-demo).
    #[error("interrupted by the user")]
    Interrupted,
}

/// The time budget of one run (or one load, or one call from the host), and its
/// interrupt flag. The budget starts when the control is made and again at each
/// [`restart`](RunControl::restart) (an app made for the embedder restarts it for every
/// call into it).
pub(crate) struct RunControl {
    budget: Option<Duration>,
    /// When the budget runs out, in nanoseconds after [`base`]; read at every epoch tick.
    deadline: AtomicU64,
    cancelled: AtomicBool,
    /// Work is in progress under it (a caller between calls is not): what an interrupt
    /// reaches and reports.
    active: AtomicBool,
    notify: Notify,
    /// Ticked on an interrupt, so guest code notices at once rather than at the next tick.
    engine: Option<EngineWeak>,
}

impl RunControl {
    /// A control whose budget (if any) starts now; `engine` is ticked when it is
    /// interrupted.
    pub(crate) fn start(budget: Option<Duration>, engine: Option<&Engine>) -> Arc<RunControl> {
        let control = RunControl {
            budget,
            deadline: AtomicU64::new(u64::MAX),
            cancelled: AtomicBool::new(false),
            active: AtomicBool::new(true),
            notify: Notify::new(),
            engine: engine.map(Engine::weak),
        };
        control.restart();
        Arc::new(control)
    }

    /// Starts the budget again from now.
    pub(crate) fn restart(&self) {
        let deadline = self
            .budget
            .map_or(u64::MAX, |budget| nanos(Instant::now() + budget));
        self.deadline.store(deadline, Ordering::Relaxed);
    }

    /// Starts a new call under this control (of an app or a caller that makes many): the
    /// budget starts again, and an interrupt that came between calls is forgotten.
    pub(crate) fn resume(&self) {
        self.cancelled.store(false, Ordering::SeqCst);
        self.restart();
        self.active.store(true, Ordering::SeqCst);
    }

    /// Ends a call made under this control: until the next [`resume`](Self::resume),
    /// interrupts pass it by.
    pub(crate) fn pause(&self) {
        self.active.store(false, Ordering::SeqCst);
    }

    /// Whether work is in progress under it.
    pub(crate) fn is_active(&self) -> bool {
        self.active.load(Ordering::SeqCst)
    }

    /// Interrupts the code working for this control, wherever it runs.
    pub(crate) fn cancel(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
        self.notify.notify_waiters();
        if let Some(engine) = self.engine.as_ref().and_then(EngineWeak::upgrade) {
            engine.increment_epoch();
        }
    }

    /// Whether [`RunControl::cancel`] was called.
    pub(crate) fn cancelled(&self) -> bool {
        self.cancelled.load(Ordering::SeqCst)
    }

    /// The budget in force and when it runs out: a library's own for the current call
    /// (`own`), or the run's.
    fn limit(&self, own: Option<&CallBudget>) -> Option<(Duration, Instant)> {
        match own {
            Some(own) => own.limit,
            None => self
                .budget
                .map(|budget| (budget, instant(self.deadline.load(Ordering::Relaxed)))),
        }
    }

    /// Whether the work must stop now; `own` is a library's own budget for the current
    /// call, which replaces the run's.
    pub(crate) fn check(&self, own: Option<&CallBudget>) -> Result<(), Stopped> {
        if self.cancelled.load(Ordering::Relaxed) {
            return Err(Stopped::Interrupted);
        }
        match self.limit(own) {
            Some((budget, deadline)) if Instant::now() >= deadline => {
                Err(Stopped::Deadline { budget })
            }
            _ => Ok(()),
        }
    }

    /// Runs `wait` unless this control stops first, blocking the thread.
    pub(crate) fn bounded<F: Future>(
        &self,
        own: Option<&CallBudget>,
        wait: F,
    ) -> wasmtime::Result<F::Output> {
        wasmtime_wasi::runtime::in_tokio(self.race(own, wait))
    }

    /// Awaits `wait` unless this control stops first (its budget, or `own` in its place,
    /// runs out, or it is interrupted): then `wait` is dropped and the error is the
    /// [`Stopped`]. Needs a tokio runtime for the timer.
    pub(crate) async fn race<F: Future>(
        &self,
        own: Option<&CallBudget>,
        wait: F,
    ) -> wasmtime::Result<F::Output> {
        self.race_unless_away(own, None, wait).await
    }

    /// [`race`](Self::race) for the event loop of a store that forwards calls to other
    /// event loops: while `away` counts calls of the store still in another loop, a stop
    /// waits for them, since each of those loops stops its own call and answers with an
    /// error naming the library that was running; `wait` then ends with that error.
    pub(crate) async fn race_unless_away<F: Future>(
        &self,
        own: Option<&CallBudget>,
        away: Option<&AtomicUsize>,
        wait: F,
    ) -> wasmtime::Result<F::Output> {
        let deadline = self.limit(own);
        let mut wait = std::pin::pin!(wait);
        let mut notified = std::pin::pin!(self.notify.notified());
        // Registered before the flag is read, so a cancel in between is not missed.
        notified.as_mut().enable();
        // The timer is set only once `wait` has had to wait: a wait that is over at its
        // first poll (most calls) costs no timer in tokio's driver.
        let mut sleep = std::pin::pin!(None);
        let mut stopped = None;
        std::future::poll_fn(|cx| {
            if stopped.is_none()
                && (self.cancelled.load(Ordering::SeqCst) || notified.as_mut().poll(cx).is_ready())
            {
                stopped = Some(Stopped::Interrupted);
            }
            // `wait` first: once a call away has answered a stop with its error, that
            // error (naming whoever was running) ends `wait` in this poll.
            if let Poll::Ready(output) = wait.as_mut().poll(cx) {
                return Poll::Ready(Ok(output));
            }
            let waiting = away.is_some_and(|away| away.load(Ordering::SeqCst) > 0);
            if let Some(stopped) = stopped
                && !waiting
            {
                return Poll::Ready(Err(wasmtime::Error::new(stopped)));
            }
            let Some((budget, at)) = deadline else {
                return Poll::Pending;
            };
            if stopped.is_none() {
                if sleep.is_none() {
                    sleep.set(Some(tokio::time::sleep_until(at)));
                }
                if let Some(sleep) = sleep.as_mut().as_pin_mut()
                    && sleep.poll(cx).is_ready()
                {
                    stopped = Some(Stopped::Deadline { budget });
                    // Polled again at once, to stop unless calls are away.
                    cx.waker().wake_by_ref();
                }
            }
            Poll::Pending
        })
        .await
    }
}

/// A library's own budget for one call into it (see `LoadOptions::timeout`), replacing
/// the run's: `None` inside means no limit (the run's interrupt still applies).
#[derive(Clone, Copy, Debug)]
pub(crate) struct CallBudget {
    limit: Option<(Duration, Instant)>,
}

impl CallBudget {
    /// A budget of `budget` (or none) starting now.
    pub(crate) fn start(budget: Option<Duration>) -> Self {
        CallBudget {
            limit: budget.map(|b| (b, Instant::now() + b)),
        }
    }
}

/// Starts the thread advancing `engine`'s epoch every [`TICK`]; it ends when the engine
/// is dropped.
///
/// # Errors
///
/// Fails when the OS cannot start a thread. Without the ticker deadlines and interrupts
/// would never fire, so a hub must not start without it.
pub(crate) fn start_ticker(engine: &Engine) -> std::io::Result<()> {
    let engine: EngineWeak = engine.weak();
    std::thread::Builder::new()
        .name("hub-epoch-ticker".into())
        .spawn(move || {
            loop {
                std::thread::sleep(TICK);
                match engine.upgrade() {
                    Some(engine) => engine.increment_epoch(),
                    None => return,
                }
            }
        })
        .map(drop)
}

/// `1.5s`, `30s`, `2m 30s`: a budget as a person writes it.
pub(crate) struct DisplayDuration(pub(crate) Duration);

impl std::fmt::Display for DisplayDuration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let total = self.0;
        let secs = total.as_secs();
        if secs >= 60 && total.subsec_millis() == 0 {
            let (m, s) = (secs / 60, secs % 60);
            if s == 0 {
                write!(f, "{m}m")
            } else {
                write!(f, "{m}m {s}s")
            }
        } else if total.subsec_millis() == 0 {
            write!(f, "{secs}s")
        } else {
            write!(f, "{}s", total.as_secs_f64())
        }
    }
}

/// The instant deadlines are counted from.
fn base() -> Instant {
    static BASE: OnceLock<Instant> = OnceLock::new();
    *BASE.get_or_init(Instant::now)
}

/// `at` in nanoseconds after [`base`].
fn nanos(at: Instant) -> u64 {
    u64::try_from(at.saturating_duration_since(base()).as_nanos()).unwrap_or(u64::MAX)
}

/// The instant `nanos` nanoseconds after [`base`] (far in the future for `u64::MAX`).
fn instant(nanos: u64) -> Instant {
    base() + Duration::from_nanos(nanos)
}
