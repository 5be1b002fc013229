//! Our codec against wRPC's own (wrpc-transport 0.29.0, the line the hub's transport
//! pins), byte for byte both ways: what wRPC encodes we decode to the same values, and
//! what we encode wRPC decodes to the same Rust values.

mod common;

use bytes::{Bytes, BytesMut};
use hub_wrpc::{NoHandles, decode_values, encode_values};
use tokio_util::codec::{Decoder, Encoder};
use wasmtime::component::Val;
use wasmtime::component::types::Type;
use wrpc_transport::{Decode, Encode};

const WIT: &str = r#"
package test:interop;

interface values {
    numbers: func(a: bool, b: s8, c: u16, d: s32, e: u64, f: s64, g: f32, h: f64);
    texts: func(a: char, b: string, c: list<u32>, d: option<string>, e: result<u32, string>, f: tuple<u8, string>, g: list<u8>);
}

world interop {
    export values;
}
"#;

fn params(function: &str) -> Vec<Type> {
    common::params(WIT, "interop", "test:interop/values", function)
}

/// The async side channel wRPC's codecs are generic over: these values have no
/// deferred parts, so it is never indexed.
struct NoSideChannel;

impl wrpc_transport::Index<NoSideChannel> for NoSideChannel {
    fn index(&self, _: &[usize]) -> anyhow::Result<NoSideChannel> {
        anyhow::bail!("no deferred values here")
    }
}

/// `value` encoded by wRPC.
fn wrpc_encoded<T: Encode<NoSideChannel>>(value: T) -> Vec<u8> {
    let mut encoder = T::Encoder::default();
    let mut bytes = BytesMut::new();
    if encoder.encode(value, &mut bytes).is_err() {
        panic!("wRPC encodes the value");
    }
    bytes.to_vec()
}

/// `bytes` decoded by wRPC, which must take them all.
fn wrpc_decoded<T: Decode<NoSideChannel>>(bytes: &[u8]) -> T {
    let mut decoder = T::Decoder::default();
    let mut bytes = BytesMut::from(bytes);
    let Ok(Some(value)) = decoder.decode(&mut bytes) else {
        panic!("wRPC decodes a whole value");
    };
    assert!(bytes.is_empty(), "wRPC left {} bytes", bytes.len());
    value
}

/// Our encoding of `values` equals wRPC's of `rust`, and each side decodes the other's.
fn agree<T>(rust: T, values: &[Val], types: &[Type])
where
    T: Encode<NoSideChannel> + Decode<NoSideChannel> + Clone + PartialEq + std::fmt::Debug,
{
    let theirs = wrpc_encoded(rust.clone());
    let ours = encode_values(values, types, &mut NoHandles).expect("we encode");
    assert_eq!(ours, theirs, "the encodings of {rust:?}");
    assert_eq!(
        decode_values(&theirs, types, &mut NoHandles).expect("we decode wRPC's"),
        values
    );
    assert_eq!(wrpc_decoded::<T>(&ours), rust);
}

#[test]
fn numbers_encode_as_wrpc_encodes_them() {
    let types = params("numbers");
    for (b, c, d, e, f) in [
        (0i8, 0u16, 0i32, 0u64, 0i64),
        (-1, 300, -70_000, u64::MAX, i64::MIN),
        (i8::MIN, u16::MAX, i32::MAX, 1 << 35, i64::MAX),
    ] {
        let rust = (true, b, c, d, e, f, 1.5f32, -2.25f64);
        let values = [
            Val::Bool(true),
            Val::S8(b),
            Val::U16(c),
            Val::S32(d),
            Val::U64(e),
            Val::S64(f),
            Val::Float32(1.5),
            Val::Float64(-2.25),
        ];
        agree(rust, &values, &types);
    }
}

#[test]
fn texts_lists_options_results_and_tuples_encode_as_wrpc_encodes_them() {
    let types = params("texts");
    let string = |s: &str| Val::String(s.to_owned());
    for (word, ok) in [("", true), ("grüße, 世界", false)] {
        let result: Result<u32, String> = if ok { Ok(7) } else { Err(word.to_owned()) };
        let rust = (
            'ß',
            word.to_owned(),
            vec![1u32, 300, u32::MAX],
            (!ok).then(|| word.to_owned()),
            result.clone(),
            (9u8, word.to_owned()),
            Bytes::from_static(b"\x00\xffbytes"),
        );
        let values = [
            Val::Char('ß'),
            string(word),
            Val::List(vec![Val::U32(1), Val::U32(300), Val::U32(u32::MAX)]),
            Val::Option((!ok).then(|| Box::new(string(word)))),
            Val::Result(match result {
                Ok(n) => Ok(Some(Box::new(Val::U32(n)))),
                Err(e) => Err(Some(Box::new(string(&e)))),
            }),
            Val::Tuple(vec![Val::U8(9), string(word)]),
            Val::List(b"\x00\xffbytes".iter().map(|b| Val::U8(*b)).collect()),
        ];
        agree(rust, &values, &types);
    }
}
