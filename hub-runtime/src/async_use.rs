//! Finding the component-model async a component uses (`async func`, `stream<T>`,
//! `future<T>`), to name it when the hub refuses the component.
//!
//! The hub's engine is built without wasmtime's `component-model-async`: compiled in,
//! that feature made every sync crossing slower even with concurrency support off
//! (measured in `engine.rs`). So wasmtime rejects such a component while validating it,
//! with a message about a feature; this says which function of which interface is async.

use wit_parser::{Function, Resolve, WorldItem};

/// The first use of component-model async in the component `bytes`' imports or
/// exports, described for an error (``async func `shout` in `hub:x/echo@0.1.0` ``), or
/// `None` when it uses none or its WIT cannot be decoded.
pub(crate) fn first_async_use(bytes: &[u8]) -> Option<String> {
    let wit_parser::decoding::DecodedWasm::Component(resolve, world) =
        wit_parser::decoding::decode(bytes).ok()?
    else {
        return None;
    };
    let world = &resolve.worlds[world];
    world
        .imports
        .iter()
        .map(|item| ("imports", item))
        .chain(world.exports.iter().map(|item| ("exports", item)))
        .find_map(|(direction, (key, item))| {
            let place = resolve.name_world_key(key);
            match item {
                WorldItem::Function(function) => async_in(&resolve, function)
                    .map(|what| format!("{what} (the world {direction} `{place}`)")),
                WorldItem::Interface { id, .. } => resolve.interfaces[*id]
                    .functions
                    .values()
                    .find_map(|f| async_in(&resolve, f).map(|what| format!("{what} in `{place}`"))),
                WorldItem::Type { .. } => None,
            }
        })
}

/// What in `function` is async: the function itself, or the first stream or future in
/// its parameters or results.
fn async_in(resolve: &Resolve, function: &Function) -> Option<String> {
    if function.kind.is_async() {
        return Some(format!("async func `{}`", function.item_name()));
    }
    let found = *function.find_futures_and_streams(resolve).first()?;
    let kind = resolve.types[found].kind.as_str();
    Some(format!("a {kind} in `{}`", function.item_name()))
}

#[cfg(test)]
mod tests {
    use super::first_async_use;

    /// A component whose world is `wit`, made with wit-component's dummy module.
    fn component(wit: &str) -> Vec<u8> {
        let mut resolve = wit_parser::Resolve::default();
        let package = resolve.push_str("test.wit", wit).expect("test WIT parses");
        let world = resolve
            .select_world(&[package], None)
            .expect("one world in the test WIT");
        crate::host_interface::dummy_component(&resolve, world).expect("test world encodes")
    }

    #[test]
    fn names_an_async_function_in_an_interface() {
        let bytes = component(
            "package t:a;
             interface echo { plain: func(); shout: async func(s: string) -> string; }
             world w { export echo; }",
        );
        assert_eq!(
            first_async_use(&bytes).as_deref(),
            Some("async func `shout` in `t:a/echo`")
        );
    }

    #[test]
    fn names_a_stream_in_a_sync_function() {
        let bytes = component(
            "package t:a;
             interface bytes { read: func() -> option<stream<u8>>; }
             world w { import bytes; }",
        );
        assert_eq!(
            first_async_use(&bytes).as_deref(),
            Some("a stream in `read` in `t:a/bytes`")
        );
    }

    #[test]
    fn names_a_top_level_async_export() {
        let bytes = component("package t:a; world w { export run: async func(); }");
        assert_eq!(
            first_async_use(&bytes).as_deref(),
            Some("async func `run` (the world exports `run`)")
        );
    }

    #[test]
    fn finds_nothing_in_a_sync_component() {
        let bytes = component(
            "package t:a;
             interface calc { add: func(a: f64, b: f64) -> f64; }
             world w { export calc; export run: func(); }",
        );
        assert_eq!(first_async_use(&bytes), None);
    }
}
