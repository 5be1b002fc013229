//! The floors: the bench app's imports implemented by the host itself, with no provider
//! (the cost of one host call).

use wasmtime::component::{Linker, Resource, ResourceType};

use crate::plain::PlainState;

/// A calculator made by the host (`calc`).
pub struct HostCalc;
/// A counter made by the host (`counter`): its value lives in the resource table.
pub struct HostCounter(pub i64);

const CALCULATOR: &str = "demo:logging/calculator@0.1.0";
const SCALARS: &str = "zoo:types/scalars@0.1.0";
const CONTAINERS: &str = "zoo:types/containers@0.1.0";
const HANDLES: &str = "zoo:types/handles@0.1.0";
const INSPECTOR: &str = "zoo:types/inspector@0.1.0";

/// Implements, in the host, every import the benchmarks call; the bench app's other
/// imports are defined as traps by the caller.
///
/// # Errors
///
/// Fails when a definition clashes.
pub fn define_host_imports(linker: &mut Linker<PlainState>) -> wasmtime::Result<()> {
    let mut calc = linker.instance(CALCULATOR)?;
    calc.resource(
        "calc",
        ResourceType::host::<HostCalc>(),
        |mut store, rep| {
            store
                .data_mut()
                .table
                .delete(Resource::<HostCalc>::new_own(rep))?;
            Ok(())
        },
    )?;
    calc.func_wrap("quick-add", |_, (a, b): (f64, f64)| Ok((a + b,)))?;
    calc.func_wrap("[static]calc.version", |_, (): ()| {
        Ok(("calculator 0.1.0".to_owned(),))
    })?;
    calc.func_wrap("[constructor]calc", |mut store, (): ()| {
        Ok((store.data_mut().table.push(HostCalc)?,))
    })?;
    calc.func_wrap(
        "[method]calc.add",
        |_, (_calc, a, b): (Resource<HostCalc>, f64, f64)| Ok((a + b,)),
    )?;

    linker
        .instance(SCALARS)?
        .func_wrap("shout", |_, (s,): (String,)| Ok((s.to_uppercase(),)))?;
    linker
        .instance(CONTAINERS)?
        .func_wrap("byte-count", |_, (bytes,): (Vec<u8>,)| {
            Ok((bytes.len() as u32,))
        })?;

    let mut handles = linker.instance(HANDLES)?;
    handles.resource("counter", ResourceType::host::<HostCounter>(), drop_counter)?;
    handles.func_wrap("[constructor]counter", |mut store, (start,): (i64,)| {
        Ok((store.data_mut().table.push(HostCounter(start))?,))
    })?;
    handles.func_wrap(
        "[method]counter.get",
        |store, (c,): (Resource<HostCounter>,)| Ok((store.data().table.get(&c)?.0,)),
    )?;
    // The inspector re-exports `counter`; define it too, or the trap definitions of
    // unknown imports would give it another type.
    let mut inspector = linker.instance(INSPECTOR)?;
    inspector.resource("counter", ResourceType::host::<HostCounter>(), drop_counter)?;
    inspector.func_wrap("describe", |store, (c,): (Resource<HostCounter>,)| {
        Ok((format!("counter={}", store.data().table.get(&c)?.0),))
    })?;
    Ok(())
}

fn drop_counter(
    mut store: wasmtime::StoreContextMut<'_, PlainState>,
    rep: u32,
) -> wasmtime::Result<()> {
    store
        .data_mut()
        .table
        .delete(Resource::<HostCounter>::new_own(rep))?;
    Ok(())
}
