//! Reading an encoding from a byte slice, every read checked against what is left.

use crate::error::DecodeError;
use crate::leb128;

/// A position in the bytes being decoded.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// Reads `bytes` from their start.
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    /// How many bytes were read.
    pub fn position(&self) -> usize {
        self.at
    }

    /// How many bytes are left.
    pub fn left(&self) -> usize {
        self.bytes.len() - self.at
    }

    /// The next byte.
    pub(crate) fn byte(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }

    /// The next `count` bytes.
    pub(crate) fn take(&mut self, count: usize) -> Result<&'a [u8], DecodeError> {
        if count > self.left() {
            return Err(DecodeError::Truncated {
                at: self.at,
                needed: count - self.left(),
            });
        }
        let taken = &self.bytes[self.at..self.at + count];
        self.at += count;
        Ok(taken)
    }

    /// A `u32` LEB128 length of items that take at least a byte each, checked against
    /// the bytes left: what it is safe to allocate for.
    pub(crate) fn length(&mut self) -> Result<usize, DecodeError> {
        let at = self.at;
        let length = leb128::read_unsigned(self, 32)?;
        let left = self.left();
        match usize::try_from(length) {
            Ok(length) if length <= left => Ok(length),
            _ => Err(DecodeError::LengthTooLarge { at, length, left }),
        }
    }
}
