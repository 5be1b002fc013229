//! The value codec against real component types (a stand-in component made from WIT):
//! every type round-trips, known encodings are byte-exact, and garbage is refused with
//! an error, never a panic or an allocation the bytes ask for.

use hub_wrpc::{
    DecodeError, HandleDecoder, HandleEncoder, HandleError, NoHandles, complete, decode_values,
    encode_value, encode_values,
};
mod common;

use wasmtime::component::types::Type;
use wasmtime::component::{Resource, ResourceAny, ResourceType, Val};
use wasmtime::{Engine, Store};

const WIT: &str = r#"
package test:codec;

interface types {
    record point { x: s32, label: string }
    variant shape { circle(f64), square(point), none }
    enum color { red, green, blue }
    flags nine { a, b, c, d, e, f, g, h, i }
    resource thing;

    scalars: func(a: bool, b: s8, c: u8, d: s16, e: u16, f: s32, g: u32, h: s64, i: u64, j: f32, k: f64, l: char, m: string);
    compounds: func(a: list<u32>, b: point, c: tuple<u8, string>, d: shape, e: color, f: nine, g: option<string>, h: result<u32, string>, i: result, j: list<list<point>>, k: list<u8, 3>, l: map<string, u32>);
    handles: func(a: thing, b: borrow<thing>, c: option<thing>);
    bytes: func(a: list<u8>, b: list<s8>);
}

world codec {
    export types;
}
"#;

/// The param types of `function` in [`WIT`]'s stand-in component.
fn params(function: &str) -> Vec<Type> {
    common::params(WIT, "codec", "test:codec/types", function)
}

fn round_trip(values: &[Val], types: &[Type]) -> Vec<u8> {
    let bytes = encode_values(values, types, &mut NoHandles).expect("encodes");
    let decoded = decode_values(&bytes, types, &mut NoHandles).expect("decodes");
    assert_eq!(decoded, values);
    bytes
}

fn string(s: &str) -> Val {
    Val::String(s.to_owned())
}

#[test]
fn scalars_round_trip_in_the_value_encoding() {
    let types = params("scalars");
    let values = [
        Val::Bool(true),
        Val::S8(-2),
        Val::U8(200),
        Val::S16(-300),
        Val::U16(60_000),
        Val::S32(-70_000),
        Val::U32(624_485),
        Val::S64(i64::MIN),
        Val::U64(u64::MAX),
        Val::Float32(1.5),
        Val::Float64(-0.25),
        Val::Char('é'),
        string("hé"),
    ];
    let bytes = round_trip(&values, &types);
    let mut expected = vec![0x01, 0xfe, 0xc8];
    expected.extend([0xd4, 0x7d]); // -300
    expected.extend([0xe0, 0xd4, 0x03]); // 60000
    expected.extend([0x90, 0xdd, 0x7b]); // -70000
    expected.extend([0xe5, 0x8e, 0x26]); // 624485
    expected.extend([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f]); // i64::MIN
    expected.extend([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]); // u64::MAX
    expected.extend(1.5f32.to_le_bytes());
    expected.extend((-0.25f64).to_le_bytes());
    expected.extend("é".as_bytes());
    expected.extend([0x03, b'h', 0xc3, 0xa9]);
    assert_eq!(bytes, expected);
}

#[test]
fn compound_values_round_trip_with_names_restored() {
    let types = params("compounds");
    let point = |x, label: &str| {
        Val::Record(vec![
            ("x".into(), Val::S32(x)),
            ("label".into(), string(label)),
        ])
    };
    let values = [
        Val::List(vec![Val::U32(1), Val::U32(300)]),
        point(-1, "p"),
        Val::Tuple(vec![Val::U8(9), string("t")]),
        Val::Variant("square".into(), Some(Box::new(point(2, "sq")))),
        Val::Enum("blue".into()),
        Val::Flags(vec!["a".into(), "i".into()]),
        Val::Option(Some(Box::new(string("some")))),
        Val::Result(Err(Some(Box::new(string("bad"))))),
        Val::Result(Ok(None)),
        Val::List(vec![
            Val::List(vec![point(3, "deep")]),
            Val::List(Vec::new()),
        ]),
        Val::FixedLengthList(vec![Val::U8(1), Val::U8(2), Val::U8(3)]),
        Val::Map(vec![(string("k"), Val::U32(5))]),
    ];
    round_trip(&values, &types);
    let alone = |i: usize| {
        let mut out = Vec::new();
        encode_value(&values[i], &types[i], &mut NoHandles, &mut out).expect("encodes");
        out
    };
    // A list's count before its items; a variant's discriminant before its payload (a
    // record: its fields in order); an enum's discriminant; nine flags in two bytes,
    // least significant first; an option's and a result's tag.
    assert_eq!(alone(0), [2, 1, 0xac, 0x02]);
    assert_eq!(alone(3), [1, 2, 2, b's', b'q']);
    assert_eq!(alone(4), [2]);
    assert_eq!(alone(5), [0b0000_0001, 0b0000_0001]);
    assert_eq!(alone(6), [1, 4, b's', b'o', b'm', b'e']);
    assert_eq!(alone(7), [1, 3, b'b', b'a', b'd']);
    assert_eq!(alone(8), [0]);
    // A fixed-length list has no count; a map is a list of pairs.
    assert_eq!(alone(10), [1, 2, 3]);
    assert_eq!(alone(11), [1, 1, b'k', 5]);
}

/// Byte lists take a path of their own (their bytes at once), which must agree with the
/// general one: a count, then one byte per item.
#[test]
fn byte_lists_are_their_bytes_and_refuse_other_items() {
    let types = params("bytes");
    let values = [
        Val::List((0..=255).map(Val::U8).collect()),
        Val::List(vec![Val::S8(-1), Val::S8(i8::MIN), Val::S8(5)]),
    ];
    let bytes = round_trip(&values, &types);
    let mut expected = vec![0x80, 0x02];
    expected.extend(0..=255);
    expected.extend([3, 0xff, 0x80, 5]);
    assert_eq!(bytes, expected);

    let mixed = Val::List(vec![Val::U8(1), Val::U32(2)]);
    let mut out = Vec::new();
    let refused = encode_value(&mixed, &types[0], &mut NoHandles, &mut out);
    assert!(refused.is_err(), "a u32 in a list<u8> encoded: {out:?}");

    let short = [0x80, 0x02, 1, 2, 3];
    let err = decode_values(&short, &types[..1], &mut NoHandles).expect_err("too short");
    assert!(
        matches!(err, DecodeError::LengthTooLarge { length: 256, .. }),
        "{err:?}"
    );
}

#[test]
fn garbage_is_an_error_never_a_panic_or_a_large_allocation() {
    let scalars = params("scalars");
    let compounds = params("compounds");
    let first = |ty: &[Type]| vec![ty[0].clone()];
    let refused = |bytes: &[u8], types: &[Type]| {
        decode_values(bytes, types, &mut NoHandles).expect_err("garbage")
    };
    // A string claiming 4 GiB: refused before anything is allocated.
    let huge = [0xff, 0xff, 0xff, 0xff, 0x0f, b'x'];
    assert_eq!(
        refused(&huge, &[scalars[12].clone()]),
        DecodeError::LengthTooLarge {
            at: 0,
            length: u64::from(u32::MAX),
            left: 1
        }
    );
    // A list claiming a million items with three bytes behind it.
    assert!(matches!(
        refused(&[0xc0, 0x84, 0x3d, 1, 2, 3], &first(&compounds)),
        DecodeError::LengthTooLarge {
            length: 1_000_000,
            ..
        }
    ));
    // A bool of 2, an option tag of 7, a discriminant past the cases, flags past the
    // ninth, a string that is not UTF-8, a char cut short, bytes after the last value.
    assert!(matches!(
        refused(&[2], &first(&scalars)),
        DecodeError::BadTag { byte: 2, .. }
    ));
    assert!(matches!(
        refused(&[7], &[compounds[6].clone()]),
        DecodeError::BadTag { .. }
    ));
    assert!(matches!(
        refused(&[3], &[compounds[3].clone()]),
        DecodeError::BadDiscriminant {
            discriminant: 3,
            cases: 3,
            ..
        }
    ));
    assert!(matches!(
        refused(&[0, 0b10], &[compounds[5].clone()]),
        DecodeError::UnknownFlags { flags: 9, .. }
    ));
    assert!(matches!(
        refused(&[1, 0xff], &[scalars[12].clone()]),
        DecodeError::NotUtf8 { .. }
    ));
    assert!(matches!(
        refused(&[0xe2, 0x82], &[scalars[11].clone()]),
        DecodeError::Truncated { .. }
    ));
    assert_eq!(
        refused(&[1, 0], &first(&scalars)),
        DecodeError::TrailingBytes { left: 1 }
    );
    // Every prefix of a valid encoding is refused, and so is every single-byte change
    // that makes it invalid: none panics.
    let values = [
        Val::List(vec![Val::U32(1)]),
        Val::Record(vec![
            ("x".into(), Val::S32(5)),
            ("label".into(), string("ok")),
        ]),
        Val::Tuple(vec![Val::U8(1), string("")]),
        Val::Variant("none".into(), None),
        Val::Enum("red".into()),
        Val::Flags(Vec::new()),
        Val::Option(None),
        Val::Result(Ok(Some(Box::new(Val::U32(1))))),
        Val::Result(Err(None)),
        Val::List(Vec::new()),
        Val::FixedLengthList(vec![Val::U8(0), Val::U8(0), Val::U8(0)]),
        Val::Map(Vec::new()),
    ];
    let bytes = encode_values(&values, &compounds, &mut NoHandles).expect("encodes");
    for end in 0..bytes.len() {
        assert!(
            decode_values(&bytes[..end], &compounds, &mut NoHandles).is_err(),
            "{end}"
        );
        // What a server waits on: a prefix is not complete yet.
        assert_eq!(complete(&bytes[..end], &compounds), Ok(false), "{end}");
    }
    assert_eq!(complete(&bytes, &compounds), Ok(true));
    let mut longer = bytes.clone();
    longer.push(0);
    assert_eq!(
        complete(&longer, &compounds),
        Err(DecodeError::TrailingBytes { left: 1 })
    );
    for at in 0..bytes.len() {
        for byte in [0x00, 0x01, 0x7f, 0x80, 0xff] {
            let mut changed = bytes.clone();
            changed[at] = byte;
            let _ = decode_values(&changed, &compounds, &mut NoHandles);
        }
    }
    // And bytes from a generator (xorshift, fixed seed), against both signatures.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..20_000 {
        let length = (next() % 48) as usize;
        let garbage: Vec<u8> = (0..length).map(|_| next() as u8).collect();
        let _ = decode_values(&garbage, &compounds, &mut NoHandles);
        let _ = decode_values(&garbage, &scalars, &mut NoHandles);
        let _ = complete(&garbage, &compounds);
        let _ = complete(&garbage, &scalars);
    }
}

/// Names each handle by its rep, as a server names its resources on the wire.
struct RepBytes<'s> {
    store: &'s mut Store<()>,
    seen: Vec<(u32, bool)>,
}

impl HandleEncoder for RepBytes<'_> {
    fn encode_handle(
        &mut self,
        handle: &ResourceAny,
        _: &ResourceType,
        own: bool,
    ) -> Result<Vec<u8>, HandleError> {
        let resource: Resource<u32> = handle.try_into_resource(&mut *self.store)?;
        self.seen.push((resource.rep(), own));
        Ok(resource.rep().to_le_bytes().to_vec())
    }
}

impl HandleDecoder for RepBytes<'_> {
    fn decode_handle(
        &mut self,
        bytes: &[u8],
        _: &ResourceType,
        own: bool,
    ) -> Result<ResourceAny, HandleError> {
        let rep = u32::from_le_bytes(bytes.try_into().map_err(|_| "not four bytes")?);
        self.seen.push((rep, own));
        // An own handle either way: wasmtime makes host borrows only inside a call.
        Ok(Resource::<u32>::new_own(rep).try_into_resource_any(&mut *self.store)?)
    }
}

#[test]
fn handles_cross_as_the_bytes_their_side_chooses() {
    let types = params("handles");
    let mut store = Store::new(&Engine::default(), ());
    let handle = |rep, store: &mut Store<()>| {
        Val::Resource(
            Resource::<u32>::new_own(rep)
                .try_into_resource_any(store)
                .expect("a handle"),
        )
    };
    let values = [
        handle(7, &mut store),
        handle(8, &mut store),
        Val::Option(Some(Box::new(handle(9, &mut store)))),
    ];
    let mut codec = RepBytes {
        store: &mut store,
        seen: Vec::new(),
    };
    let bytes = encode_values(&values, &types, &mut codec).expect("encodes");
    assert_eq!(codec.seen, [(7, true), (8, false), (9, true)]);
    assert_eq!(&bytes[..5], [4, 7, 0, 0, 0]);
    codec.seen.clear();
    let decoded = decode_values(&bytes, &types, &mut codec).expect("decodes");
    assert_eq!(codec.seen, [(7, true), (8, false), (9, true)]);
    let reps: Vec<u32> = decoded
        .iter()
        .map(|v| match v {
            Val::Resource(any) => any,
            Val::Option(Some(inner)) => match &**inner {
                Val::Resource(any) => any,
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        })
        .map(|any| {
            let resource: Resource<u32> = any.try_into_resource(&mut *codec.store).expect("ours");
            resource.rep()
        })
        .collect();
    assert_eq!(reps, [7, 8, 9]);
    // Bytes the decoder does not know are refused with its reason.
    let err = decode_values(&[1, 0, 1, 1, 0], &types, &mut codec).expect_err("one byte");
    assert!(matches!(err, DecodeError::Handle { at: 0, .. }), "{err}");
}

/// The types of `zoo:types`' `scalars` and `containers`, from `wit/zoo.wit`.
fn zoo_params(interface: &str, function: &str) -> Vec<Type> {
    let wit = format!(
        "{}\nworld zoo {{ export scalars; export containers; }}",
        include_str!("../../wit/zoo.wit")
    );
    common::params(
        &wit,
        "zoo",
        &format!("zoo:types/{interface}@0.1.0"),
        function,
    )
}

/// The same values as the generated Rust types of `wit/` (what typed ends of a wire
/// encode) and as `Val`s (what this codec encodes) give the same bytes, and each side
/// decodes the other's.
#[test]
fn typed_values_of_wit_types_encode_as_their_vals_do() {
    use component_hub::generated::zoo::types::containers::{Color, Permissions, Point, Shape};
    use hub_runtime::{WireValue, decode_wire, encode_wire};

    fn agree<T: WireValue + PartialEq + std::fmt::Debug>(typed: T, vals: &[Val], types: &[Type]) {
        let bytes = encode_wire(&typed);
        let from_vals = encode_values(vals, types, &mut NoHandles).expect("encodes");
        assert_eq!(bytes, from_vals, "{typed:?}");
        assert_eq!(
            decode_values(&bytes, types, &mut NoHandles).expect("decodes"),
            vals
        );
        assert_eq!(decode_wire::<T>(&from_vals).expect("decodes typed"), typed);
    }
    let point = |x: i32, y: i32, label: &str| {
        let typed = Point {
            x,
            y,
            label: label.into(),
        };
        let val = Val::Record(vec![
            ("x".into(), Val::S32(x)),
            ("y".into(), Val::S32(y)),
            ("label".into(), string(label)),
        ]);
        (typed, val)
    };

    let types = zoo_params("scalars", "bump-unsigned");
    for (a, b, c, d) in [
        (0, 0, 0, 0),
        (u8::MAX, u16::MAX, u32::MAX, u64::MAX),
        (1, 300, 70_000, 1 << 40),
    ] {
        let vals = [Val::U8(a), Val::U16(b), Val::U32(c), Val::U64(d)];
        agree((a, b, c, d), &vals, &types);
    }
    let types = zoo_params("scalars", "negate-signed");
    for (a, b, c, d) in [
        (i8::MIN, i16::MIN, i32::MIN, i64::MIN),
        (-1, -300, -70_000, i64::MAX),
    ] {
        let vals = [Val::S8(a), Val::S16(b), Val::S32(c), Val::S64(d)];
        agree((a, b, c, d), &vals, &types);
    }
    let types = zoo_params("scalars", "double-floats");
    for (a, b) in [(-0.0f32, f64::INFINITY), (f32::MIN_POSITIVE, -1.5)] {
        agree((a, b), &[Val::Float32(a), Val::Float64(b)], &types);
    }
    for c in ['a', 'é', '€', '🦀'] {
        agree((c,), &[Val::Char(c)], &zoo_params("scalars", "next-char"));
    }
    agree(
        ("hé 🦀".to_owned(),),
        &[string("hé 🦀")],
        &zoo_params("scalars", "shout"),
    );

    let bytes: Vec<u8> = (0..=255).collect();
    let vals = [Val::List(bytes.iter().map(|&b| Val::U8(b)).collect())];
    agree((bytes,), &vals, &zoo_params("containers", "byte-count"));
    let (p, p_val) = point(-3, i32::MAX, "p");
    let vals = [p_val.clone(), Val::S32(1), Val::S32(-1)];
    agree(
        (p.clone(), 1, -1),
        &vals,
        &zoo_params("containers", "move-point"),
    );
    let types = zoo_params("containers", "area");
    agree(
        (Shape::Circle(2.5),),
        &[Val::Variant(
            "circle".into(),
            Some(Box::new(Val::Float64(2.5))),
        )],
        &types,
    );
    let rectangle = Val::Tuple(vec![Val::Float64(1.0), Val::Float64(2.0)]);
    agree(
        (Shape::Rectangle((1.0, 2.0)),),
        &[Val::Variant("rectangle".into(), Some(Box::new(rectangle)))],
        &types,
    );
    agree((Shape::Dot,), &[Val::Variant("dot".into(), None)], &types);
    agree(
        (Color::Blue,),
        &[Val::Enum("blue".into())],
        &zoo_params("containers", "next-color"),
    );
    let flags = Val::Flags(vec!["read".into(), "execute".into()]);
    agree(
        (Permissions::READ | Permissions::EXECUTE,),
        &[flags],
        &zoo_params("containers", "complement"),
    );
    let vals = [Val::List(vec![
        Val::Option(Some(Box::new(p_val))),
        Val::Option(None),
    ])];
    agree(
        (vec![Some(p), None],),
        &vals,
        &zoo_params("containers", "keep-present"),
    );
    let types = zoo_params("containers", "checked-div");
    agree((i32::MIN, -1), &[Val::S32(i32::MIN), Val::S32(-1)], &types);
    let pair = Val::Tuple(vec![string("k"), Val::U32(7)]);
    agree(
        (("k".to_owned(), 7u32),),
        &[pair],
        &zoo_params("containers", "swap-pair"),
    );
}
