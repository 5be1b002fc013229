//! Where guests' stdout and stderr go: the host's own, nowhere, or a buffer the embedder
//! reads.

use wasmtime_wasi::WasiCtxBuilder;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;

/// Where guests' stdout and stderr go.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub enum GuestOutput {
    /// Inherited from the host process, so guest lines interleave with the hub's own.
    #[default]
    Inherit,
    /// Discarded (for tests and benchmarks that only look at results).
    Discard,
    /// Kept in memory, every store's stdout and stderr in the order written, for a host
    /// that shows its plugins' output itself, or a test that checks it.
    Capture(CapturedOutput),
}

impl GuestOutput {
    /// Gives a new store's WASI context this output.
    pub(crate) fn give_to(&self, builder: &mut WasiCtxBuilder) {
        match self {
            GuestOutput::Inherit => {
                builder.inherit_stdout().inherit_stderr();
            }
            GuestOutput::Discard => {}
            GuestOutput::Capture(captured) => {
                builder
                    .stdout(captured.pipe.clone())
                    .stderr(captured.pipe.clone());
            }
        }
    }
}

/// What guests wrote, shared by every store of a hub given
/// [`GuestOutput::Capture`]. Clones share the buffer.
///
/// ```
/// use hub_runtime::{CapturedOutput, GuestOutput, HubOptions};
/// let output = CapturedOutput::new(1 << 20);
/// let options = HubOptions::default().guest_output(GuestOutput::Capture(output.clone()));
/// # let _ = options;
/// assert!(output.contents().is_empty());
/// ```
#[derive(Clone, Debug)]
pub struct CapturedOutput {
    pipe: MemoryOutputPipe,
}

impl CapturedOutput {
    /// A buffer holding at most `capacity` bytes: a guest writing past it gets a write
    /// error, as on a full pipe, and what it wrote before is kept.
    pub fn new(capacity: usize) -> Self {
        CapturedOutput {
            pipe: MemoryOutputPipe::new(capacity),
        }
    }

    /// Everything written so far.
    pub fn contents(&self) -> Vec<u8> {
        self.pipe.contents().to_vec()
    }

    /// Everything written so far, as text (invalid UTF-8 replaced).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.pipe.contents()).into_owned()
    }
}
