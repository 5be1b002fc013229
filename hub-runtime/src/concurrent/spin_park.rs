//! The executor every event loop of the hub runs on: one future, on the calling thread,
//! which spins a little before it parks.
//!
//! Why not park at once (as `futures::executor::block_on` does): a call from one event
//! loop to another is a message to another thread and an answer back, and each hop that
//! finds its thread parked pays a futex wake and a context switch. `perf` on
//! `async-links/run/async-to-async` showed two thirds of the time in the kernel doing
//! just that. A loop waiting for an answer usually has it within microseconds, so it
//! first waits on a flag its waker sets ([`Backoff`]: spinning, then yielding) for
//! [`SPIN_FOR`], and parks only after that. An idle loop spins that long once, then
//! sleeps as before.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Wake, Waker};
use std::thread::Thread;

use crossbeam_utils::Backoff;

/// How long a loop waits for a wake before it parks. `Backoff`'s own limit (a few
/// microseconds) was shorter than the gap between two calls of an async app into an
/// async library, so the library's loop had parked again by the next call:
/// `async-links/run/async-to-async` measured 20 µs per call with it and 7-8 µs with
/// 50 µs (200 µs, or spinning without yielding, was no faster).
const SPIN_FOR: std::time::Duration = std::time::Duration::from_micros(50);

/// Runs `future` to its end on this thread.
pub(crate) fn spin_park<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let signal = Arc::new(Signal {
        woken: AtomicBool::new(false),
        thread: std::thread::current(),
    });
    let waker = Waker::from(Arc::clone(&signal));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        signal.wait();
    }
}

/// Whether the future was woken since it was last polled, and the thread to unpark.
struct Signal {
    woken: AtomicBool,
    thread: Thread,
}

impl Signal {
    /// Returns once woken: spinning and yielding first, then parked.
    fn wait(&self) {
        let backoff = Backoff::new();
        let start = std::time::Instant::now();
        while !self.woken.swap(false, Ordering::AcqRel) {
            if backoff.is_completed() && start.elapsed() > SPIN_FOR {
                // A wake between the swap and here leaves the token: park returns.
                std::thread::park();
            } else {
                backoff.snooze();
            }
        }
    }
}

impl Wake for Signal {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        if !self.woken.swap(true, Ordering::AcqRel) {
            // Cheap when the thread is not parked: no system call then.
            self.thread.unpark();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::task::Poll;

    use super::spin_park;

    #[test]
    fn a_ready_future_returns_at_once() {
        assert_eq!(spin_park(async { 7 }), 7);
    }

    #[test]
    fn a_future_woken_from_another_thread_finishes() {
        let (sender, receiver) = futures::channel::oneshot::channel();
        let sent = std::thread::spawn(move || sender.send(42));
        assert_eq!(spin_park(receiver), Ok(42));
        sent.join().expect("the sender ends").expect("sent");
    }

    #[test]
    fn a_future_woken_after_the_spin_finishes() {
        // The sender waits past `SPIN_FOR`, so the executor has parked by then: the
        // wake must unpark it (this asserts no time, only that the value arrives).
        let (sender, receiver) = futures::channel::oneshot::channel();
        let sent = std::thread::spawn(move || {
            std::thread::sleep(super::SPIN_FOR * 20);
            sender.send("late")
        });
        assert_eq!(spin_park(receiver), Ok("late"));
        sent.join().expect("the sender ends").expect("sent");
    }

    #[test]
    fn a_future_that_wakes_itself_is_polled_again() {
        let polls = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&polls);
        let output = spin_park(std::future::poll_fn(move |cx| {
            if counted.fetch_add(1, Ordering::SeqCst) < 3 {
                cx.waker().wake_by_ref();
                Poll::Pending
            } else {
                Poll::Ready("done")
            }
        }));
        assert_eq!((output, polls.load(Ordering::SeqCst)), ("done", 4));
    }
}
