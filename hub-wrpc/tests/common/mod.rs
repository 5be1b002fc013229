//! Component types for the tests: a stand-in component (wit-component's dummy module)
//! compiled from WIT, whose exported function types are real wasmtime types.

use wasmtime::Engine;
use wasmtime::component::Component;
use wasmtime::component::types::{ComponentItem, Type};
use wit_component::{ComponentEncoder, StringEncoding, dummy_module, embed_component_metadata};
use wit_parser::{LiftLowerAbi, ManglingAndAbi, Resolve};

/// An engine that knows every type the hub links (maps and fixed-length lists included).
pub fn engine() -> Engine {
    let mut config = wasmtime::Config::new();
    config.wasm_component_model_map(true);
    config.wasm_component_model_fixed_length_lists(true);
    Engine::new(&config).expect("the engine")
}

/// The param types of `function` in `interface`, which `world` of `wit` exports.
#[allow(dead_code, reason = "not every test binary uses both")]
pub fn params(wit: &str, world: &str, interface: &str, function: &str) -> Vec<Type> {
    signature(wit, world, interface, function).0
}

/// The param and result types of `function` in `interface`, which `world` of `wit`
/// exports.
pub fn signature(
    wit: &str,
    world: &str,
    interface: &str,
    function: &str,
) -> (Vec<Type>, Vec<Type>) {
    let mut resolve = Resolve::default();
    let package = resolve.push_str("test.wit", wit).expect("the WIT parses");
    let world = resolve
        .select_world(&[package], Some(world))
        .expect("the world");
    let mut module = dummy_module(&resolve, world, ManglingAndAbi::Legacy(LiftLowerAbi::Sync));
    embed_component_metadata(&mut module, &resolve, world, StringEncoding::UTF8, false)
        .expect("metadata");
    let bytes = ComponentEncoder::default()
        .module(&module)
        .and_then(|encoder| encoder.validate(true).encode())
        .expect("the component encodes");
    let engine = engine();
    let component = Component::new(&engine, bytes).expect("the component compiles");
    let ty = component.component_type();
    let Some(ComponentItem::ComponentInstance(instance)) =
        ty.get_export(&engine, interface).map(|e| e.ty)
    else {
        panic!("the component exports `{interface}`");
    };
    let Some(ComponentItem::ComponentFunc(func)) =
        instance.get_export(&engine, function).map(|e| e.ty)
    else {
        panic!("`{interface}` exports `{function}`");
    };
    (
        func.params().map(|(_, t)| t).collect(),
        func.results().collect(),
    )
}
