//! LEB128 integers, as the value encoding writes every integer wider than a byte (and
//! lengths and discriminants): the runtime's, which typed remote forwarders use too.
//! Decoding refuses what does not fit the type: too many bytes, or bits past its width
//! that are not zero (unsigned) or the sign (signed).

pub(crate) use hub_runtime::{write_signed, write_unsigned};

use crate::error::DecodeError;
use crate::reader::Reader;

/// An unsigned LEB128 integer of at most `bits` bits (8 to 64).
pub(crate) fn read_unsigned(reader: &mut Reader<'_>, bits: u32) -> Result<u64, DecodeError> {
    Ok(reader.input().unsigned(bits)?)
}

/// A signed LEB128 integer of at most `bits` bits (8 to 64).
pub(crate) fn read_signed(reader: &mut Reader<'_>, bits: u32) -> Result<i64, DecodeError> {
    Ok(reader.input().signed(bits)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unsigned(bytes: &[u8], bits: u32) -> Result<u64, DecodeError> {
        read_unsigned(&mut Reader::new(bytes), bits)
    }

    fn signed(bytes: &[u8], bits: u32) -> Result<i64, DecodeError> {
        read_signed(&mut Reader::new(bytes), bits)
    }

    #[test]
    fn integers_round_trip_at_their_limits() {
        for value in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            let mut out = Vec::new();
            write_unsigned(value, &mut out);
            assert_eq!(unsigned(&out, 64), Ok(value));
        }
        for value in [
            0,
            1,
            -1,
            63,
            64,
            -64,
            -65,
            i64::from(i32::MIN),
            i64::MIN,
            i64::MAX,
        ] {
            let mut out = Vec::new();
            write_signed(value, &mut out);
            assert_eq!(signed(&out, 64), Ok(value), "{value}");
        }
        // The spec's own example: 624485 is E5 8E 26.
        assert_eq!(unsigned(&[0xe5, 0x8e, 0x26], 32), Ok(624_485));
        assert_eq!(signed(&[0xc0, 0xbb, 0x78], 32), Ok(-123_456));
    }

    #[test]
    fn integers_too_large_for_their_type_are_refused() {
        let overflow = |bits| DecodeError::IntegerOverflow { at: 0, bits };
        // 256 in a u8, 2^32 in a u32, six bytes for a u32, eleven for a u64.
        assert_eq!(unsigned(&[0x80, 0x02], 8), Err(overflow(8)));
        assert_eq!(
            unsigned(&[0x80, 0x80, 0x80, 0x80, 0x10], 32),
            Err(overflow(32))
        );
        assert_eq!(unsigned(&[0x80; 6], 32), Err(overflow(32)));
        assert_eq!(unsigned(&[0xff; 11], 64), Err(overflow(64)));
        assert_eq!(
            unsigned(
                &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02],
                64
            ),
            Err(overflow(64))
        );
        // 128 and -129 in an s8 (two-byte encodings whose value does not fit).
        assert_eq!(signed(&[0x80, 0x01], 8), Err(overflow(8)));
        assert_eq!(signed(&[0xff, 0x7e], 8), Err(overflow(8)));
        assert_eq!(
            signed(
                &[0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40],
                64
            ),
            Err(overflow(64))
        );
    }

    #[test]
    fn an_integer_cut_short_is_truncated() {
        assert_eq!(
            unsigned(&[0x80, 0x80], 32),
            Err(DecodeError::Truncated { at: 2, needed: 1 })
        );
    }
}
