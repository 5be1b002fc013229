//! The component model's value definition encoding (wRPC's wire format) for Rust
//! values: what typed remote forwarders encode and decode, with no `Val` in between.
//! The generator implements [`WireValue`] for the plain records, variants, enums and
//! flags under `wit/`; this module for the scalars, strings, lists, options, results
//! and tuples. hub-wrpc's codec of `Val`s writes the same bytes (its tests check the
//! two against each other), and like it this one trusts nothing it reads: a length is
//! checked against the bytes left before anything is allocated for it.

/// Why bytes are not a value of the expected type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("byte {at}: {problem}")]
pub struct WireValueError {
    /// Where in the bytes.
    pub at: usize,
    /// What is wrong there.
    pub problem: WireValueProblem,
}

/// What is wrong with the bytes at a [`WireValueError`]'s position.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WireValueProblem {
    /// They end before the value does.
    #[error("the encoding ends early: {needed} more bytes needed")]
    Truncated {
        /// How many more bytes the value needed.
        needed: usize,
    },
    /// A length longer than the bytes left.
    #[error("a length of {length} with {left} bytes left")]
    LengthTooLarge {
        /// The length read.
        length: u64,
        /// The bytes left after it.
        left: usize,
    },
    /// An integer wider than its type.
    #[error("an integer wider than {bits} bits")]
    IntegerOverflow {
        /// The type's width.
        bits: u32,
    },
    /// A string or `char` that is not UTF-8.
    #[error("text that is not UTF-8")]
    NotUtf8,
    /// A `bool`, `option` or `result` tag other than 0 or 1.
    #[error("a {what} tag of {byte}")]
    BadTag {
        /// `bool`, `option` or `result`.
        what: &'static str,
        /// The byte found.
        byte: u8,
    },
    /// A variant or enum discriminant past its cases.
    #[error("discriminant {discriminant} of {cases} cases")]
    BadDiscriminant {
        /// The discriminant read.
        discriminant: u64,
        /// How many cases the type has.
        cases: usize,
    },
    /// A flag bit the type does not have.
    #[error("a flag bit past the {flags} flags")]
    UnknownFlags {
        /// How many flags the type has.
        flags: usize,
    },
    /// Bytes after the last value.
    #[error("{left} bytes left after the last value")]
    TrailingBytes {
        /// How many.
        left: usize,
    },
}

/// Bytes being decoded, and where in them.
pub struct WireInput<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> WireInput<'a> {
    /// The start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> WireInput<'a> {
        WireInput { bytes, at: 0 }
    }

    /// How many bytes are read.
    pub fn position(&self) -> usize {
        self.at
    }

    /// How many bytes are left.
    pub fn left(&self) -> usize {
        self.bytes.len() - self.at
    }

    /// An error at the current position.
    pub fn error(&self, problem: WireValueProblem) -> WireValueError {
        WireValueError {
            at: self.at,
            problem,
        }
    }

    /// The next byte.
    ///
    /// # Errors
    ///
    /// [`WireValueProblem::Truncated`] at the end.
    pub fn byte(&mut self) -> Result<u8, WireValueError> {
        Ok(self.take(1)?[0])
    }

    /// The next `count` bytes.
    ///
    /// # Errors
    ///
    /// [`WireValueProblem::Truncated`] when fewer are left.
    pub fn take(&mut self, count: usize) -> Result<&'a [u8], WireValueError> {
        if count > self.left() {
            let needed = count - self.left();
            return Err(self.error(WireValueProblem::Truncated { needed }));
        }
        let taken = &self.bytes[self.at..self.at + count];
        self.at += count;
        Ok(taken)
    }

    /// A list's or string's length: at most the bytes left, since every item takes at
    /// least one byte (so a hostile length allocates nothing).
    ///
    /// # Errors
    ///
    /// A bad LEB128 `u32`, or [`WireValueProblem::LengthTooLarge`].
    pub fn length(&mut self) -> Result<usize, WireValueError> {
        let at = self.at;
        let length = self.unsigned(32)?;
        match usize::try_from(length) {
            Ok(length) if length <= self.left() => Ok(length),
            _ => Err(WireValueError {
                at,
                problem: WireValueProblem::LengthTooLarge {
                    length,
                    left: self.left(),
                },
            }),
        }
    }

    /// An unsigned LEB128 integer of at most `bits` bits (8 to 64).
    ///
    /// # Errors
    ///
    /// The bytes end, or the integer is wider than `bits` (or takes too many bytes).
    pub fn unsigned(&mut self, bits: u32) -> Result<u64, WireValueError> {
        let overflow = self.error(WireValueProblem::IntegerOverflow { bits });
        let mut value = 0u64;
        for i in 0..bits.div_ceil(7) {
            let byte = self.byte()?;
            let low = u64::from(byte & 0x7f);
            // The tenth byte of a u64 holds its top bit only.
            if i == 9 && low > 1 {
                return Err(overflow);
            }
            value |= low << (i * 7);
            if byte & 0x80 == 0 {
                return if bits < 64 && value >> bits != 0 {
                    Err(overflow)
                } else {
                    Ok(value)
                };
            }
        }
        Err(overflow)
    }

    /// A signed LEB128 integer of at most `bits` bits (8 to 64).
    ///
    /// # Errors
    ///
    /// The bytes end, or the integer is wider than `bits` (or takes too many bytes).
    pub fn signed(&mut self, bits: u32) -> Result<i64, WireValueError> {
        let overflow = self.error(WireValueProblem::IntegerOverflow { bits });
        let mut value = 0i64;
        for i in 0..bits.div_ceil(7) {
            let byte = self.byte()?;
            let low = i64::from(byte & 0x7f);
            let shift = i * 7;
            // The tenth byte of an s64 holds its top bit, the rest its sign again.
            if i == 9 && low != 0 && low != 0x7f {
                return Err(overflow);
            }
            value |= low << shift;
            if byte & 0x80 == 0 {
                let read = shift + 7;
                if read < 64 && byte & 0x40 != 0 {
                    value |= -1i64 << read;
                }
                let fits = bits == 64 || {
                    let half = 1i64 << (bits - 1);
                    (-half..half).contains(&value)
                };
                return if fits { Ok(value) } else { Err(overflow) };
            }
        }
        Err(overflow)
    }

    /// A `bool`, `option` or `result` tag: `false` for 0, `true` for 1.
    ///
    /// # Errors
    ///
    /// The bytes end, or [`WireValueProblem::BadTag`].
    pub fn tag(&mut self, what: &'static str) -> Result<bool, WireValueError> {
        let at = self.at;
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            byte => Err(WireValueError {
                at,
                problem: WireValueProblem::BadTag { what, byte },
            }),
        }
    }

    /// A variant or enum discriminant, below `cases`.
    ///
    /// # Errors
    ///
    /// A bad LEB128 `u32`, or [`WireValueProblem::BadDiscriminant`].
    pub fn discriminant(&mut self, cases: usize) -> Result<usize, WireValueError> {
        let at = self.at;
        let discriminant = self.unsigned(32)?;
        match usize::try_from(discriminant) {
            Ok(index) if index < cases => Ok(index),
            _ => Err(WireValueError {
                at,
                problem: WireValueProblem::BadDiscriminant {
                    discriminant,
                    cases,
                },
            }),
        }
    }

    /// A `char`: its UTF-8 bytes.
    ///
    /// # Errors
    ///
    /// The bytes end, or [`WireValueProblem::NotUtf8`].
    pub fn char(&mut self) -> Result<char, WireValueError> {
        let not_utf8 = self.error(WireValueProblem::NotUtf8);
        let first = self.byte()?;
        let length = match first.leading_ones() {
            0 => 1,
            2 => 2,
            3 => 3,
            4 => 4,
            _ => return Err(not_utf8),
        };
        let mut bytes = [first, 0, 0, 0];
        bytes[1..length].copy_from_slice(self.take(length - 1)?);
        let text = std::str::from_utf8(&bytes[..length]).map_err(|_| not_utf8.clone())?;
        text.chars().next().ok_or(not_utf8)
    }

    /// `flags` flag bits, least significant first: which are set.
    ///
    /// # Errors
    ///
    /// The bytes end, or a bit past `flags` is set ([`WireValueProblem::UnknownFlags`]).
    pub fn flags(&mut self, flags: usize) -> Result<impl Fn(usize) -> bool + 'a, WireValueError> {
        let at = self.at;
        let bits = self.take(flags.div_ceil(8))?;
        let set = move |i: usize| bits[i / 8] & (1 << (i % 8)) != 0;
        if (flags..bits.len() * 8).any(set) {
            return Err(WireValueError {
                at,
                problem: WireValueProblem::UnknownFlags { flags },
            });
        }
        Ok(set)
    }

    /// Ends decoding: nothing may be left.
    ///
    /// # Errors
    ///
    /// [`WireValueProblem::TrailingBytes`].
    pub fn finish(self) -> Result<(), WireValueError> {
        match self.left() {
            0 => Ok(()),
            left => Err(self.error(WireValueProblem::TrailingBytes { left })),
        }
    }
}

/// Appends `value` as unsigned LEB128.
pub fn write_unsigned(mut value: u64, out: &mut Vec<u8>) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// Appends `value` as signed LEB128.
pub fn write_signed(mut value: i64, out: &mut Vec<u8>) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        let done = (value == 0 && low & 0x40 == 0) || (value == -1 && low & 0x40 != 0);
        if done {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// Appends a list's or string's length. A value lifted from a guest's 32-bit memory
/// never holds more than `u32::MAX` items.
pub fn write_length(length: usize, out: &mut Vec<u8>) {
    write_unsigned(length as u64, out);
}

/// Appends `flags` flag bits (`set(i)` for flag `i`), least significant first.
pub fn write_flags(flags: usize, set: impl Fn(usize) -> bool, out: &mut Vec<u8>) {
    let start = out.len();
    out.resize(start + flags.div_ceil(8), 0);
    for i in (0..flags).filter(|&i| set(i)) {
        out[start + i / 8] |= 1 << (i % 8);
    }
}

/// A Rust value in the value definition encoding.
pub trait WireValue: Sized {
    /// Appends its encoding.
    fn encode(&self, out: &mut Vec<u8>);

    /// The next value in `input`.
    ///
    /// # Errors
    ///
    /// The bytes are not a value of this type.
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError>;

    /// Appends the items of a list of them (after its length). Bytes override it: a
    /// byte list is its bytes.
    fn encode_items(items: &[Self], out: &mut Vec<u8>) {
        for item in items {
            item.encode(out);
        }
    }

    /// `length` items of a list of them (`length` is at most the bytes left).
    ///
    /// # Errors
    ///
    /// As [`decode`](WireValue::decode).
    fn decode_items(input: &mut WireInput<'_>, length: usize) -> Result<Vec<Self>, WireValueError> {
        (0..length).map(|_| Self::decode(input)).collect()
    }
}

/// `value` encoded alone.
pub fn encode_wire<T: WireValue>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.encode(&mut out);
    out
}

/// The value `bytes` encode, with nothing after it.
///
/// # Errors
///
/// The bytes are not exactly one value of type `T`.
pub fn decode_wire<T: WireValue>(bytes: &[u8]) -> Result<T, WireValueError> {
    let mut input = WireInput::new(bytes);
    let value = T::decode(&mut input)?;
    input.finish()?;
    Ok(value)
}

impl WireValue for bool {
    fn encode(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
        input.tag("bool")
    }
}

impl WireValue for u8 {
    fn encode(&self, out: &mut Vec<u8>) {
        out.push(*self);
    }
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
        input.byte()
    }
    fn encode_items(items: &[Self], out: &mut Vec<u8>) {
        out.extend_from_slice(items);
    }
    fn decode_items(input: &mut WireInput<'_>, length: usize) -> Result<Vec<Self>, WireValueError> {
        Ok(input.take(length)?.to_vec())
    }
}

impl WireValue for i8 {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend(self.to_le_bytes());
    }
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
        Ok(i8::from_le_bytes([input.byte()?]))
    }
}

/// LEB128 integers: unsigned ones through `u64`, signed ones through `i64`.
macro_rules! leb128_integers {
    ($($ty:ty: $write:ident, $read:ident, $wide:ty;)*) => {$(
        impl WireValue for $ty {
            fn encode(&self, out: &mut Vec<u8>) {
                $write(<$wide>::from(*self), out);
            }
            fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
                let at = input.position();
                let wide = input.$read(<$ty>::BITS)?;
                // `$read` checked the width: this cannot fail.
                <$ty>::try_from(wide).map_err(|_| WireValueError {
                    at,
                    problem: WireValueProblem::IntegerOverflow { bits: <$ty>::BITS },
                })
            }
        }
    )*};
}

leb128_integers! {
    u16: write_unsigned, unsigned, u64;
    u32: write_unsigned, unsigned, u64;
    u64: write_unsigned, unsigned, u64;
    i16: write_signed, signed, i64;
    i32: write_signed, signed, i64;
    i64: write_signed, signed, i64;
}

impl WireValue for f32 {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend(self.to_le_bytes());
    }
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
        let bytes = input.take(4)?;
        Ok(f32::from_le_bytes(bytes.try_into().expect("four bytes")))
    }
}

impl WireValue for f64 {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend(self.to_le_bytes());
    }
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
        let bytes = input.take(8)?;
        Ok(f64::from_le_bytes(bytes.try_into().expect("eight bytes")))
    }
}

impl WireValue for char {
    fn encode(&self, out: &mut Vec<u8>) {
        out.extend(self.encode_utf8(&mut [0; 4]).as_bytes());
    }
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
        input.char()
    }
}

impl WireValue for String {
    fn encode(&self, out: &mut Vec<u8>) {
        write_length(self.len(), out);
        out.extend_from_slice(self.as_bytes());
    }
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
        let length = input.length()?;
        let not_utf8 = input.error(WireValueProblem::NotUtf8);
        let bytes = input.take(length)?;
        std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| not_utf8)
    }
}

impl<T: WireValue> WireValue for Vec<T> {
    fn encode(&self, out: &mut Vec<u8>) {
        write_length(self.len(), out);
        T::encode_items(self, out);
    }
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
        let length = input.length()?;
        T::decode_items(input, length)
    }
}

impl<T: WireValue> WireValue for Option<T> {
    fn encode(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(value) => {
                out.push(1);
                value.encode(out);
            }
        }
    }
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
        Ok(if input.tag("option")? {
            Some(T::decode(input)?)
        } else {
            None
        })
    }
}

impl<T: WireValue, E: WireValue> WireValue for Result<T, E> {
    fn encode(&self, out: &mut Vec<u8>) {
        match self {
            Ok(value) => {
                out.push(0);
                value.encode(out);
            }
            Err(error) => {
                out.push(1);
                error.encode(out);
            }
        }
    }
    fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
        Ok(if input.tag("result")? {
            Err(E::decode(input)?)
        } else {
            Ok(T::decode(input)?)
        })
    }
}

/// Tuples (and a function's parameter and result lists): their elements in order. The
/// unit tuple is a missing payload (`result` without one), which encodes as nothing.
macro_rules! tuples {
    ($(($($name:ident)*))*) => {$(
        impl<$($name: WireValue),*> WireValue for ($($name,)*) {
            #[allow(non_snake_case, unused_variables)]
            fn encode(&self, out: &mut Vec<u8>) {
                let ($($name,)*) = self;
                $($name.encode(out);)*
            }
            #[allow(unused_variables)]
            fn decode(input: &mut WireInput<'_>) -> Result<Self, WireValueError> {
                Ok(($($name::decode(input)?,)*))
            }
        }
    )*};
}

tuples! {
    ()
    (A)
    (A B)
    (A B C)
    (A B C D)
    (A B C D E)
    (A B C D E F)
    (A B C D E F G)
    (A B C D E F G H)
    (A B C D E F G H I)
    (A B C D E F G H I J)
    (A B C D E F G H I J K)
    (A B C D E F G H I J K L)
    (A B C D E F G H I J K L M)
    (A B C D E F G H I J K L M N)
    (A B C D E F G H I J K L M N O)
    (A B C D E F G H I J K L M N O P)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_leb128_and_refuse_what_is_wider_than_their_type() {
        assert_eq!(encode_wire(&624_485u32), [0xe5, 0x8e, 0x26]);
        assert_eq!(encode_wire(&-300i16), [0xd4, 0x7d]);
        assert_eq!(decode_wire::<u64>(&encode_wire(&u64::MAX)), Ok(u64::MAX));
        assert_eq!(decode_wire::<i64>(&encode_wire(&i64::MIN)), Ok(i64::MIN));
        let too_wide = encode_wire(&70_000u32);
        let err = decode_wire::<u16>(&too_wide).expect_err("wider than 16 bits");
        assert_eq!(err.problem, WireValueProblem::IntegerOverflow { bits: 16 });
    }

    type Containers = (
        Vec<u8>,
        Option<String>,
        Result<(), String>,
        Vec<(char, bool)>,
    );

    #[test]
    fn containers_round_trip_and_lengths_are_checked_before_allocating() {
        let value: Containers = (
            vec![1, 2, 3],
            Some("hé".into()),
            Err("no".into()),
            vec![('é', true)],
        );
        let bytes = encode_wire(&value);
        assert_eq!(&bytes[..4], [3, 1, 2, 3]);
        assert_eq!(decode_wire::<Containers>(&bytes), Ok(value));
        // A length of u32::MAX with three bytes left.
        let hostile = [0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3];
        let err = decode_wire::<Vec<u32>>(&hostile).expect_err("too long");
        assert!(
            matches!(err.problem, WireValueProblem::LengthTooLarge { .. }),
            "{err}"
        );
        let err = decode_wire::<u8>(&[1, 2]).expect_err("trailing");
        assert_eq!(err.problem, WireValueProblem::TrailingBytes { left: 1 });
        let err = decode_wire::<Option<u8>>(&[2]).expect_err("bad tag");
        assert_eq!(
            err.problem,
            WireValueProblem::BadTag {
                what: "option",
                byte: 2
            }
        );
    }

    #[test]
    fn flags_are_bits_least_significant_first_and_unknown_bits_are_refused() {
        let mut out = Vec::new();
        write_flags(9, |i| i == 0 || i == 8, &mut out);
        assert_eq!(out, [0b0000_0001, 0b0000_0001]);
        let mut input = WireInput::new(&out);
        let set = input.flags(9).expect("nine flags");
        assert!(
            (0..9)
                .map(set)
                .eq([true, false, false, false, false, false, false, false, true])
        );
        let mut input = WireInput::new(&[0, 0b10]);
        assert!(input.flags(9).is_err(), "bit 9 of 9 flags");
    }
}
