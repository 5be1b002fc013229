//! Fusing ("composing") components ahead of time with `wac-graph`: the floor for any
//! link between components. Built in the benchmark's setup, never checked in.

use std::collections::HashSet;

use anyhow::{Context, Result, bail};
use wac_graph::types::{ItemKind, Package, SubtypeChecker, are_semver_compatible};
use wac_graph::{CompositionGraph, EncodeOptions, NodeId, PackageId};

/// Fuses `app` with `providers` into one component.
///
/// `providers` are `(package name, component bytes)` in dependency order: each one's imports
/// are plugged with the exports of the providers before it (the latest matching one wins),
/// then the app's imports with the exports of all of them. A match needs the same name (or a
/// semver-compatible one, as `wac plug` does) and a subtype-compatible type, so an impostor
/// with the right name but another shape is skipped. Imports nobody provides (WASI...) stay
/// imports of the fused component (wac merges identical ones). Only the app's exports are
/// exported. The package names are labels only (any valid `ns:name`, unique).
pub fn fuse(app: &[u8], providers: &[(&str, &[u8])]) -> Result<Vec<u8>> {
    let mut graph = CompositionGraph::new();
    // Every instantiated provider so far, in order.
    let mut instances: Vec<(PackageId, NodeId)> = Vec::new();

    for (name, bytes) in providers {
        let package = register(&mut graph, name, bytes)?;
        let instance = graph.instantiate(package);
        plug_imports(&mut graph, package, instance, &instances)
            .with_context(|| format!("plugging the imports of `{name}`"))?;
        instances.push((package, instance));
    }

    let package = register(&mut graph, "fused:app", app)?;
    let instance = graph.instantiate(package);
    if plug_imports(&mut graph, package, instance, &instances)? == 0 && !providers.is_empty() {
        bail!("no provider export matches any import of the app");
    }
    let exports: Vec<String> = graph.types()[graph[package].ty()]
        .exports
        .keys()
        .cloned()
        .collect();
    for name in exports {
        let export = graph.alias_instance_export(instance, &name)?;
        graph
            .export(export, &name)
            .with_context(|| format!("exporting `{name}`"))?;
    }

    Ok(graph.encode(EncodeOptions::default())?)
}

fn register(graph: &mut CompositionGraph, name: &str, bytes: &[u8]) -> Result<PackageId> {
    let package = Package::from_bytes(name, None, bytes.to_vec(), graph.types_mut())
        .with_context(|| format!("parsing `{name}`"))?;
    Ok(graph.register_package(package)?)
}

/// Plugs each import of `package` (instantiated as `instance`) with the export of the latest
/// provider in `providers` that matches it; returns how many imports were plugged.
fn plug_imports(
    graph: &mut CompositionGraph,
    package: PackageId,
    instance: NodeId,
    providers: &[(PackageId, NodeId)],
) -> Result<usize> {
    // Decide everything first (reads the types), then edit the graph.
    let mut plugs: Vec<(String, NodeId, String)> = Vec::new();
    {
        let types = graph.types();
        let imports: Vec<(String, ItemKind)> = types[graph[package].ty()]
            .imports
            .iter()
            .map(|(name, kind)| (name.clone(), *kind))
            .collect();
        let mut cache = HashSet::new();
        let mut checker = SubtypeChecker::new(&mut cache);
        for (import_name, import_kind) in imports {
            let found = providers
                .iter()
                .rev()
                .find_map(|&(provider, provider_instance)| {
                    types[graph[provider].ty()]
                        .exports
                        .iter()
                        .find(|(export_name, export_kind)| {
                            are_semver_compatible(export_name, &import_name)
                                && checker
                                    .is_subtype(**export_kind, types, import_kind, types)
                                    .is_ok()
                        })
                        .map(|(export_name, _)| (provider_instance, export_name.clone()))
                });
            if let Some((provider_instance, export_name)) = found {
                plugs.push((import_name, provider_instance, export_name));
            }
        }
    }
    for (import_name, provider_instance, export_name) in &plugs {
        let export = graph.alias_instance_export(*provider_instance, export_name)?;
        graph
            .set_instantiation_argument(instance, import_name, export)
            .with_context(|| format!("plugging `{import_name}` with `{export_name}`"))?;
    }
    Ok(plugs.len())
}

/// The full bench app fused with every provider it imports from.
///
/// # Errors
///
/// Fails when a guest is missing or the composition does not type-check.
pub fn fuse_bench_app() -> Result<Vec<u8>> {
    let read = |name: &str| {
        let path = hub_fixtures::guest(name);
        std::fs::read(&path).with_context(|| format!("reading {}", path.display()))
    };
    let (logging, calculator) = (read("provider_logging")?, read("provider_calculator")?);
    let (zoo, inspector) = (read("zoo_provider")?, read("zoo_inspector")?);
    fuse(
        &read("bench_app")?,
        &[
            ("hub:provider-logging", &logging),
            ("hub:provider-calculator", &calculator),
            ("hub:zoo-provider", &zoo),
            ("hub:zoo-inspector", &inspector),
        ],
    )
}
