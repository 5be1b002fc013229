//! The hub's describe call, an extension of wRPC (which has none): instance
//! `component-hub`, function `describe`, served by every serving hub. Its answer tells a
//! loading hub what the served library exports, as WIT, so that its links are
//! signature-checked like a local library's, and for how long the server keeps the
//! handles of a hub it stops hearing from.
//!
//! The answer is one value in the value definition encoding:
//! `tuple<list<tuple<string, list<string>>>, u64>`: per WIT package the library exports
//! from, its WIT text (with the packages it uses nested in it) and the full names of the
//! interfaces exported from it; then the lease, in milliseconds.

use std::collections::BTreeMap;
use std::time::Duration;

use wit_component::{DecodedWasm, WitPrinter};
use wit_parser::{PackageId, WorldItem, WorldKey};

use crate::error::DecodeError;
use crate::leb128::{read_unsigned, write_unsigned};
use crate::reader::Reader;

/// The wRPC instance of the hub's own calls.
pub const HUB_INSTANCE: &str = "component-hub";

/// The describe call's function name.
pub const DESCRIBE: &str = "describe";

/// What a served library exports, and the server's lease.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Description {
    /// Per WIT package, its text and the interfaces exported from it.
    pub packages: Vec<DescribedPackage>,
    /// How long the server keeps a hub's handles after it last heard from it.
    pub lease: Duration,
}

/// One WIT package of a [`Description`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DescribedPackage {
    /// The package's WIT, the packages it uses nested in it.
    pub wit: String,
    /// The full names of the interfaces exported from it (`demo:logging/logging@0.1.0`).
    pub interfaces: Vec<String>,
}

/// One exported interface's functions and resources, read from its WIT.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InterfaceShape {
    /// Its full name.
    pub name: String,
    /// Its functions, as the component model names them (`[method]calc.add`).
    pub functions: Vec<String>,
    /// The resources it defines.
    pub resources: Vec<String>,
    /// Its first function the wire cannot carry, and why: one passing a stream, a
    /// future or an `error-context`.
    pub uncarried: Option<(String, &'static str)>,
}

impl DescribedPackage {
    /// The functions and resources of each of its interfaces.
    ///
    /// # Errors
    ///
    /// [`DescribeError`] when the WIT does not parse or lacks one of the interfaces.
    pub fn shapes(&self) -> Result<Vec<InterfaceShape>, DescribeError> {
        let mut resolve = wit_parser::Resolve::default();
        resolve
            .push_str("described.wit", &self.wit)
            .map_err(DescribeError)?;
        self.interfaces
            .iter()
            .map(|name| {
                let (_, interface) = resolve
                    .interfaces
                    .iter()
                    .find(|(id, _)| resolve.id_of(*id).as_deref() == Some(name.as_str()))
                    .ok_or_else(|| {
                        DescribeError(anyhow::anyhow!("its WIT has no interface `{name}`"))
                    })?;
                let resources = interface
                    .types
                    .iter()
                    .filter(|(_, ty)| {
                        matches!(resolve.types[**ty].kind, wit_parser::TypeDefKind::Resource)
                    })
                    .map(|(resource, _)| resource.clone())
                    .collect();
                // An `async func` crosses as a plain call: the wire has no async-ness
                // (its values are encoded alike), and the serving hub awaits it.
                let uncarried = interface.functions.values().find_map(|function| {
                    let mut types = (function.params.iter().map(|p| &p.ty)).chain(&function.result);
                    let why = types.find_map(|ty| uncarried_wit(&resolve, ty));
                    why.map(|why| (function.name.clone(), why))
                });
                Ok(InterfaceShape {
                    name: name.clone(),
                    functions: interface.functions.keys().cloned().collect(),
                    resources,
                    uncarried,
                })
            })
            .collect()
    }

    /// Its WIT with every `async func` made a plain one, as the loading hub serves it:
    /// a call crosses the wire alike either way, the hub's host functions serve an
    /// importer's `async func` too, and the host's stand-in of the interface is
    /// compiled by its sync engine.
    ///
    /// # Errors
    ///
    /// [`DescribeError`] when the WIT does not parse or cannot be printed again.
    pub fn plain_wit(&self) -> Result<String, DescribeError> {
        use wit_parser::FunctionKind;
        let mut resolve = wit_parser::Resolve::default();
        let package = resolve
            .push_str("described.wit", &self.wit)
            .map_err(DescribeError)?;
        let mut changed = false;
        for (_, interface) in resolve.interfaces.iter_mut() {
            for function in interface.functions.values_mut() {
                let plain = match &function.kind {
                    FunctionKind::AsyncFreestanding => FunctionKind::Freestanding,
                    FunctionKind::AsyncMethod(id) => FunctionKind::Method(*id),
                    FunctionKind::AsyncStatic(id) => FunctionKind::Static(*id),
                    _ => continue,
                };
                function.kind = plain;
                changed = true;
            }
        }
        if !changed {
            return Ok(self.wit.clone());
        }
        print_package(&resolve, package, |_| false)
    }
}

/// The WIT of `package` in `resolve`, every other package but those `left_out` says
/// nested in it, without docs.
fn print_package(
    resolve: &wit_parser::Resolve,
    package: PackageId,
    left_out: impl Fn(PackageId) -> bool,
) -> Result<String, DescribeError> {
    let nested: Vec<PackageId> = resolve
        .packages
        .iter()
        .map(|(id, _)| id)
        .filter(|id| *id != package && !left_out(*id))
        .collect();
    let mut printer = WitPrinter::default();
    printer.emit_docs(false);
    printer
        .print(resolve, package, &nested)
        .map_err(DescribeError)?;
    Ok(printer.output.to_string())
}

/// What in `ty` the wire cannot carry, if anything.
fn uncarried_wit(resolve: &wit_parser::Resolve, ty: &wit_parser::Type) -> Option<&'static str> {
    use wit_parser::{Type, TypeDefKind};
    let Type::Id(id) = ty else {
        return matches!(ty, Type::ErrorContext).then_some("an error-context");
    };
    let first = |mut types: Box<dyn Iterator<Item = &Type> + '_>| {
        types.find_map(|t| uncarried_wit(resolve, t))
    };
    match &resolve.types[*id].kind {
        TypeDefKind::Stream(_) => Some("a stream"),
        TypeDefKind::Future(_) => Some("a future"),
        TypeDefKind::Record(r) => first(Box::new(r.fields.iter().map(|f| &f.ty))),
        TypeDefKind::Tuple(t) => first(Box::new(t.types.iter())),
        TypeDefKind::Variant(v) => first(Box::new(v.cases.iter().filter_map(|c| c.ty.as_ref()))),
        TypeDefKind::Result(r) => first(Box::new(r.ok.iter().chain(&r.err))),
        TypeDefKind::Map(k, v) => first(Box::new([k, v].into_iter())),
        TypeDefKind::Option(t)
        | TypeDefKind::List(t)
        | TypeDefKind::FixedLengthList(t, _)
        | TypeDefKind::Type(t) => uncarried_wit(resolve, t),
        _ => None,
    }
}

/// A component whose exports could not be described.
#[derive(Debug, thiserror::Error)]
#[error("cannot describe the component's exports")]
pub struct DescribeError(#[source] anyhow::Error);

impl Description {
    /// Describes what `component` (a component's bytes) exports.
    ///
    /// # Errors
    ///
    /// [`DescribeError`] when the bytes are not a component or its WIT cannot be printed.
    pub fn of_component(component: &[u8], lease: Duration) -> Result<Self, DescribeError> {
        let decoded = wit_component::decode(component).map_err(DescribeError)?;
        let DecodedWasm::Component(resolve, world) = decoded else {
            return Err(DescribeError(anyhow::anyhow!(
                "a WIT package, not a component"
            )));
        };
        let mut exported: BTreeMap<PackageId, Vec<String>> = BTreeMap::new();
        for (key, item) in &resolve.worlds[world].exports {
            if let (WorldKey::Interface(id), WorldItem::Interface { .. }) = (key, item)
                && let (Some(package), Some(name)) =
                    (resolve.interfaces[*id].package, resolve.id_of(*id))
            {
                exported.entry(package).or_default().push(name);
            }
        }
        let world_package = resolve.worlds[world].package;
        let packages = exported
            .into_iter()
            .map(|(package, interfaces)| {
                let wit = print_package(&resolve, package, |id| Some(id) == world_package)?;
                Ok(DescribedPackage { wit, interfaces })
            })
            .collect::<Result<_, DescribeError>>()?;
        Ok(Description { packages, lease })
    }

    /// The top-level functions `component` exports, which no server serves (only
    /// interfaces cross the wire), for saying so.
    ///
    /// # Errors
    ///
    /// [`DescribeError`] when the bytes are not a component.
    pub fn top_level_functions(component: &[u8]) -> Result<Vec<String>, DescribeError> {
        let decoded = wit_component::decode(component).map_err(DescribeError)?;
        let DecodedWasm::Component(resolve, world) = decoded else {
            return Err(DescribeError(anyhow::anyhow!(
                "a WIT package, not a component"
            )));
        };
        Ok(resolve.worlds[world]
            .exports
            .values()
            .filter_map(|item| match item {
                WorldItem::Function(function) => Some(function.name.clone()),
                _ => None,
            })
            .collect())
    }

    /// What a wRPC server that is not a hub serves, as the user knows it: every
    /// interface of the package `wit` (its dependencies nested in it). No lease: such a
    /// server keeps no handles for a hub.
    ///
    /// # Errors
    ///
    /// [`DescribeError`] when the WIT does not parse or its package has no interface.
    pub fn of_wit(wit: &str) -> Result<Self, DescribeError> {
        let mut resolve = wit_parser::Resolve::default();
        let package = resolve.push_str("given.wit", wit).map_err(DescribeError)?;
        let interfaces: Vec<String> = resolve.packages[package]
            .interfaces
            .values()
            .filter_map(|id| resolve.id_of(*id))
            .collect();
        if interfaces.is_empty() {
            return Err(DescribeError(anyhow::anyhow!(
                "its package has no interface"
            )));
        }
        Ok(Description {
            packages: vec![DescribedPackage {
                wit: wit.to_owned(),
                interfaces,
            }],
            lease: Duration::ZERO,
        })
    }

    /// The functions and resources of every interface it lists.
    ///
    /// # Errors
    ///
    /// As [`DescribedPackage::shapes`].
    pub fn shapes(&self) -> Result<Vec<InterfaceShape>, DescribeError> {
        let mut shapes = Vec::new();
        for package in &self.packages {
            shapes.extend(package.shapes()?);
        }
        Ok(shapes)
    }

    /// Its encoding.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        write_unsigned(self.packages.len() as u64, &mut out);
        for package in &self.packages {
            write_string(&package.wit, &mut out);
            write_unsigned(package.interfaces.len() as u64, &mut out);
            for interface in &package.interfaces {
                write_string(interface, &mut out);
            }
        }
        let millis = u64::try_from(self.lease.as_millis()).unwrap_or(u64::MAX);
        write_unsigned(millis, &mut out);
        out
    }

    /// Reads an encoding back, checked as every decoding is.
    ///
    /// # Errors
    ///
    /// [`DecodeError`] for bytes that are not a description.
    pub fn decode(bytes: &[u8]) -> Result<Self, DecodeError> {
        let mut reader = Reader::new(bytes);
        let count = reader.length()?;
        let mut packages = Vec::with_capacity(count);
        for _ in 0..count {
            let wit = read_string(&mut reader)?;
            let count = reader.length()?;
            let interfaces = (0..count)
                .map(|_| read_string(&mut reader))
                .collect::<Result<_, _>>()?;
            packages.push(DescribedPackage { wit, interfaces });
        }
        let lease = Duration::from_millis(read_unsigned(&mut reader, 64)?);
        if reader.left() > 0 {
            return Err(DecodeError::TrailingBytes {
                left: reader.left(),
            });
        }
        Ok(Description { packages, lease })
    }
}

fn write_string(s: &str, out: &mut Vec<u8>) {
    write_unsigned(s.len() as u64, out);
    out.extend_from_slice(s.as_bytes());
}

fn read_string(reader: &mut Reader<'_>) -> Result<String, DecodeError> {
    let at = reader.position();
    let length = reader.length()?;
    let bytes = reader.take(length)?;
    String::from_utf8(bytes.to_vec()).map_err(|_| DecodeError::NotUtf8 { at })
}
