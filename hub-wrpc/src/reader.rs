//! Reading an encoding from a byte slice, every read checked against what is left: the
//! runtime's reader of the value encoding (which typed remote forwarders use too), its
//! errors as the codec's.

use hub_runtime::WireInput;

use crate::error::DecodeError;

/// A position in the bytes being decoded.
pub struct Reader<'a>(WireInput<'a>);

impl<'a> Reader<'a> {
    /// Reads `bytes` from their start.
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader(WireInput::new(bytes))
    }

    /// How many bytes were read.
    pub fn position(&self) -> usize {
        self.0.position()
    }

    /// How many bytes are left.
    pub fn left(&self) -> usize {
        self.0.left()
    }

    /// The runtime's reader underneath, for its LEB128, tag and `char` reads.
    pub(crate) fn input(&mut self) -> &mut WireInput<'a> {
        &mut self.0
    }

    /// The next byte.
    pub(crate) fn byte(&mut self) -> Result<u8, DecodeError> {
        Ok(self.0.byte()?)
    }

    /// The next `count` bytes.
    pub(crate) fn take(&mut self, count: usize) -> Result<&'a [u8], DecodeError> {
        Ok(self.0.take(count)?)
    }

    /// A `u32` LEB128 length of items that take at least a byte each, checked against
    /// the bytes left: what it is safe to allocate for.
    pub(crate) fn length(&mut self) -> Result<usize, DecodeError> {
        Ok(self.0.length()?)
    }
}
