//! What encoding and decoding can fail with.

use hub_runtime::{WireValueError, WireValueProblem};

/// A value that cannot be encoded.
#[derive(Debug, thiserror::Error)]
pub enum EncodeError {
    /// The value is not of its type (a bug in the caller: values come from wasmtime).
    #[error("a `{value}` value where a `{expected}` was expected")]
    Mismatch {
        /// What the value is.
        value: &'static str,
        /// What its type says it should be.
        expected: &'static str,
    },
    /// A case, enum or flag name its type does not have.
    #[error("`{name}` is not a case of the value's type")]
    UnknownName {
        /// The name.
        name: String,
    },
    /// A type the codec does not carry yet.
    #[error("values of type `{0}` are not encoded yet")]
    Unsupported(&'static str),
    /// A list or string longer than `u32::MAX`.
    #[error("a list or string of {0} items is too long to encode")]
    TooLong(usize),
    /// The handle encoder refused a handle.
    #[error("a resource handle could not be encoded")]
    Handle(#[source] HandleError),
}

/// Bytes that are not an encoding of values of the expected types.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes end inside a value.
    #[error("the encoding ends early: {needed} more bytes needed at byte {at}")]
    Truncated {
        /// Where the value was being read.
        at: usize,
        /// How many more bytes it needed.
        needed: usize,
    },
    /// A length larger than what is left to read (every item takes at least a byte).
    #[error("a length of {length} at byte {at}, with only {left} bytes left")]
    LengthTooLarge {
        /// Where the length was read.
        at: usize,
        /// The length read.
        length: u64,
        /// The bytes left after it.
        left: usize,
    },
    /// A LEB128 integer too large for its type, or longer than its type allows.
    #[error("an integer at byte {at} does not fit in {bits} bits")]
    IntegerOverflow {
        /// Where it starts.
        at: usize,
        /// The width of its type.
        bits: u32,
    },
    /// A string (or char) that is not UTF-8.
    #[error("the string at byte {at} is not UTF-8")]
    NotUtf8 {
        /// Where it starts.
        at: usize,
    },
    /// A `bool`, `option` or `result` tag other than 0 and 1.
    #[error("byte {at} is {byte}, not a {what} tag (0 or 1)")]
    BadTag {
        /// Where it is.
        at: usize,
        /// What was there.
        byte: u8,
        /// `bool`, `option` or `result`.
        what: &'static str,
    },
    /// A variant or enum discriminant past its last case.
    #[error("discriminant {discriminant} at byte {at}, but the type has {cases} cases")]
    BadDiscriminant {
        /// Where it is.
        at: usize,
        /// What was there.
        discriminant: u64,
        /// How many cases the type has.
        cases: usize,
    },
    /// Flag bits set past the type's last flag.
    #[error("flag bits past the last of {flags} flags at byte {at}")]
    UnknownFlags {
        /// Where the flags start.
        at: usize,
        /// How many flags the type has.
        flags: usize,
    },
    /// Bytes left after the last value.
    #[error("{left} bytes left after the last value")]
    TrailingBytes {
        /// How many.
        left: usize,
    },
    /// The number of values does not match the number of types.
    #[error("{values} values for {types} types")]
    Count {
        /// How many values were given.
        values: usize,
        /// How many types.
        types: usize,
    },
    /// A type the codec does not carry yet.
    #[error("values of type `{0}` are not decoded yet")]
    Unsupported(&'static str),
    /// The handle decoder refused the bytes of a handle.
    #[error("the resource handle at byte {at} is not valid: {reason}")]
    Handle {
        /// Where its bytes start.
        at: usize,
        /// Why (the handle decoder's error, on one line).
        reason: String,
    },
}

/// Why a handle encoder or decoder refused a handle.
pub type HandleError = Box<dyn std::error::Error + Send + Sync>;

impl From<WireValueError> for DecodeError {
    fn from(err: WireValueError) -> Self {
        let at = err.at;
        match err.problem {
            WireValueProblem::Truncated { needed } => DecodeError::Truncated { at, needed },
            WireValueProblem::LengthTooLarge { length, left } => {
                DecodeError::LengthTooLarge { at, length, left }
            }
            WireValueProblem::IntegerOverflow { bits } => DecodeError::IntegerOverflow { at, bits },
            WireValueProblem::NotUtf8 => DecodeError::NotUtf8 { at },
            WireValueProblem::BadTag { what, byte } => DecodeError::BadTag { at, byte, what },
            WireValueProblem::BadDiscriminant {
                discriminant,
                cases,
            } => DecodeError::BadDiscriminant {
                at,
                discriminant,
                cases,
            },
            WireValueProblem::UnknownFlags { flags } => DecodeError::UnknownFlags { at, flags },
            WireValueProblem::TrailingBytes { left } => DecodeError::TrailingBytes { left },
        }
    }
}
