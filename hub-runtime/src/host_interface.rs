//! Interfaces the embedder serves from Rust: given as WIT text with a closure over `Val`s
//! per function ([`HostInterface`]), or through what wasmtime's `bindgen!` generated
//! (`Hub::serve_bindgen`). The hub links imports to them as it links them to a library's
//! exports, and checks signatures against types it gets by compiling a stand-in
//! component that exports the interface.

use std::collections::BTreeMap;
use std::sync::Arc;

use wasmtime::Engine;
use wasmtime::component::types::{ComponentExtern, ComponentItem};
use wasmtime::component::{Component, Linker, LinkerInstance, ResourceType, Val};
use wit_component::{ComponentEncoder, StringEncoding};
use wit_parser::{LiftLowerAbi, ManglingAndAbi, Resolve, WorldId};

use crate::error::HostInterfaceError;
use crate::exports::{ExportedInterface, exported_items};
use crate::host_call::{ClosureResource, HostCall};
use crate::host_uses::{UsedResource, used_resources};
use crate::state::HostState;
use crate::val_type::{describe, fits};
use crate::wit_syntax::WitType;

/// What a host function returns when it fails: a one-line error for the run (or the
/// call) that called it.
pub type HostFunctionError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// A host function: the call (for the interface's resources), the arguments in, room for
/// the results out.
type HostFn =
    dyn Fn(&mut HostCall<'_>, &[Val], &mut [Val]) -> Result<(), HostFunctionError> + Send + Sync;

/// A typed host function: what defines it in the linker instance of the import it
/// serves, under the name given (usually with `func_wrap`).
pub type TypedHostFn =
    Arc<dyn Fn(&mut LinkerInstance<'_, HostState>, &str) -> wasmtime::Result<()> + Send + Sync>;

/// One function of a [`HostInterface`].
#[derive(Clone)]
pub(crate) enum HostFunction {
    /// A closure over `Val`s.
    Vals(Arc<HostFn>),
    /// A typed host function, checked against the WIT when served.
    Typed(TypedHostFn),
}

/// An interface the host serves from Rust, for WIT known only at run time: the WIT
/// text of its package, the interface's name, and a closure per function. Give it to
/// [`Hub::serve`](crate::Hub::serve).
///
/// ```
/// use hub_runtime::HostInterface;
/// use hub_runtime::wasmtime::component::Val;
///
/// let wit = "package my:app@0.1.0;
///            interface host { greet: func(name: string) -> string; }";
/// let host = HostInterface::new(wit, "host")
///     .func("greet", |args, results| {
///         let [Val::String(name)] = args else { return Err("one string".into()) };
///         results[0] = Val::String(format!("hello, {name}"));
///         Ok(())
///     });
/// assert_eq!(host.name(), "my:app/host@0.1.0");
/// ```
pub struct HostInterface {
    wit: String,
    /// The full name, once the WIT is parsed (`my:app/host@0.1.0`); the given name
    /// until then.
    name: String,
    functions: BTreeMap<String, HostFunction>,
    /// Why the WIT cannot serve, found when it was parsed.
    error: Option<HostInterfaceError>,
}

impl HostInterface {
    /// The interface `interface` (its short name, `host`, or its full name) of the WIT
    /// package `wit`, with no functions implemented yet.
    pub fn new(wit: &str, interface: &str) -> HostInterface {
        let mut host = HostInterface {
            wit: wit.to_owned(),
            name: interface.to_owned(),
            functions: BTreeMap::new(),
            error: None,
        };
        match full_name(wit, interface) {
            Ok(name) => host.name = name,
            Err(err) => host.error = Some(err),
        }
        host
    }

    /// Implements `function` with `f`, which gets the arguments and writes the results
    /// (as many as the function has, already allocated).
    pub fn func(
        self,
        function: &str,
        f: impl Fn(&[Val], &mut [Val]) -> Result<(), HostFunctionError> + Send + Sync + 'static,
    ) -> HostInterface {
        self.func_with_resources(function, move |_, args, results| f(args, results))
    }

    /// Implements `function` with `f`, which also gets the call, to make handles of the
    /// interface's resources ([`HostCall::push`]) and read the values behind the handles
    /// it is given ([`HostCall::get`]). A resource's values live in the hub's shared
    /// table, so its handles cross between stores like a library's; a value is dropped
    /// (its `Drop` is the resource's destructor, run in the host) when a guest drops its
    /// last handle, passes it to the host as an `own`, or when its holder ends.
    ///
    /// ```
    /// use hub_runtime::HostInterface;
    /// use hub_runtime::wasmtime::component::Val;
    ///
    /// struct Counter(std::sync::atomic::AtomicU64);
    ///
    /// let wit = "package my:app@0.1.0;
    ///            interface counters {
    ///                resource counter { constructor(); bump: func() -> u64; }
    ///            }";
    /// let counters = HostInterface::new(wit, "counters")
    ///     .func_with_resources("[constructor]counter", |call, _args, results| {
    ///         results[0] = call.push("counter", Counter(0.into()))?;
    ///         Ok(())
    ///     })
    ///     .func_with_resources("[method]counter.bump", |call, args, results| {
    ///         let counter = call.get::<Counter>(&args[0])?;
    ///         let bumped = counter.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
    ///         results[0] = Val::U64(bumped);
    ///         Ok(())
    ///     });
    /// assert_eq!(counters.name(), "my:app/counters@0.1.0");
    /// ```
    pub fn func_with_resources(
        mut self,
        function: &str,
        f: impl Fn(&mut HostCall<'_>, &[Val], &mut [Val]) -> Result<(), HostFunctionError>
        + Send
        + Sync
        + 'static,
    ) -> HostInterface {
        let f: Arc<HostFn> = Arc::new(f);
        self.functions
            .insert(function.to_owned(), HostFunction::Vals(f));
        self
    }

    /// Implements `function` with a typed host function, which `define` puts in the
    /// linker (with `func_wrap`, under the name it is given): no `Val`s, so values that
    /// are costly as `Val`s (a `list<u8>` is one `Val` per byte) cross as they are. Its
    /// types are checked against the WIT when the interface is served. For functions
    /// without resources in their signature (their handles are the hub's to convert:
    /// use [`func_with_resources`](Self::func_with_resources) for those).
    ///
    /// ```
    /// use std::sync::Arc;
    /// use hub_runtime::{HostInterface, HostState};
    /// use hub_runtime::wasmtime::StoreContextMut;
    ///
    /// let wit = "package my:app@0.1.0;
    ///            interface bytes { checksum: func(data: list<u8>) -> u32; }";
    /// let host = HostInterface::new(wit, "bytes").func_typed(
    ///     "checksum",
    ///     Arc::new(|linker, name| {
    ///         linker.func_wrap(name, |_: StoreContextMut<'_, HostState>, (data,): (Vec<u8>,)| {
    ///             Ok((data.iter().map(|&b| u32::from(b)).sum::<u32>(),))
    ///         })
    ///     }),
    /// );
    /// assert_eq!(host.typed_functions().collect::<Vec<_>>(), ["checksum"]);
    /// ```
    pub fn func_typed(mut self, function: &str, define: TypedHostFn) -> HostInterface {
        self.functions
            .insert(function.to_owned(), HostFunction::Typed(define));
        self
    }

    /// Its full name, `my:app/host@0.1.0` (the name given, when the WIT does not parse).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The functions implemented by [`func_typed`](Self::func_typed).
    pub fn typed_functions(&self) -> impl Iterator<Item = &str> + '_ {
        self.functions
            .iter()
            .filter(|(_, f)| matches!(f, HostFunction::Typed(_)))
            .map(|(name, _)| name.as_str())
    }
}

/// A host interface ready to link: its types, checked against its implementation.
pub(crate) struct ServedInterface {
    pub(crate) name: String,
    /// Its functions and their types, as a component exporting it would have them.
    pub(crate) exported: ExportedInterface,
    pub(crate) implementation: Implementation,
    /// Each resource it defines and the host type its implementation gives it (for the
    /// closures form, once the hub has given them ids: [`ServedInterface::number_resources`]).
    pub(crate) resource_types: Vec<(String, ResourceType)>,
    /// The resources it uses from other interfaces: defined in its instance with the
    /// types their own interfaces have (closures form).
    pub(crate) uses: Vec<UsedResource>,
}

/// How a served interface's functions get into a linker.
pub(crate) enum Implementation {
    /// A closure over `Val`s per function, defined under the import's name, with the
    /// interface's resources.
    Closures {
        functions: BTreeMap<String, HostFunction>,
        resources: Arc<[ClosureResource]>,
    },
    /// `bindgen!`'s `add_to_linker`, which defines every interface of its group under
    /// their own names: applied once per linker.
    Bindgen(Arc<AddToLinker>),
}

/// What the embedder gives `Hub::serve_bindgen`: usually a call of `add_to_linker`.
pub(crate) type AddToLinker = dyn Fn(&mut Linker<HostState>) -> wasmtime::Result<()> + Send + Sync;

impl ServedInterface {
    /// Checks `host` and learns its types by compiling a stand-in component with
    /// `engine`.
    ///
    /// # Errors
    ///
    /// [`HostInterfaceError`] when the WIT does not parse, names no such interface, or
    /// its functions and the closures do not match.
    pub(crate) fn new(engine: &Engine, host: HostInterface) -> Result<Self, HostInterfaceError> {
        if let Some(err) = host.error {
            return Err(err);
        }
        let name = host.name;
        let exported = exported_types(engine, &host.wit, &name)?;
        if let Some(missing) = exported
            .functions
            .iter()
            .find(|f| !host.functions.contains_key(*f))
        {
            return Err(HostInterfaceError::Unimplemented {
                interface: name,
                function: missing.clone(),
            });
        }
        if let Some(extra) = host
            .functions
            .keys()
            .find(|f| !exported.functions.contains(f))
        {
            return Err(HostInterfaceError::NoSuchFunction {
                interface: name,
                function: extra.clone(),
            });
        }
        if host
            .functions
            .values()
            .any(|f| matches!(f, HostFunction::Typed(_)))
        {
            check_typed(engine, &host.wit, &name, &exported, &host.functions)?;
        }
        let uses = used_resources(&host.wit, &name)?;
        Ok(ServedInterface {
            name,
            exported,
            implementation: Implementation::Closures {
                functions: host.functions,
                resources: Arc::new([]),
            },
            resource_types: Vec::new(),
            uses,
        })
    }

    /// The resources of this interface, when it is served by closures.
    pub(crate) fn closure_resources(&self) -> &[ClosureResource] {
        match &self.implementation {
            Implementation::Closures { resources, .. } => resources,
            Implementation::Bindgen(_) => &[],
        }
    }

    /// Gives each resource of a closures interface its host type, numbered by
    /// `next_id` (the hub's counter of dynamic host types, so no two collide).
    pub(crate) fn number_resources(&mut self, mut next_id: impl FnMut() -> u32) {
        let Implementation::Closures { resources, .. } = &mut self.implementation else {
            return;
        };
        let uses = &self.uses;
        let numbered: Vec<ClosureResource> = self
            .exported
            .resources
            .iter()
            .filter(|name| !uses.iter().any(|u| u.local == **name))
            .map(|name| ClosureResource {
                interface: self.name.clone(),
                name: name.clone(),
                id: next_id(),
            })
            .collect();
        self.resource_types = numbered
            .iter()
            .map(|r| (r.name.clone(), ResourceType::host_dynamic(r.id)))
            .collect();
        *resources = numbered.into();
    }

    /// The interfaces `interfaces` of the WIT package `wit`, served by `add_to_linker`,
    /// which must define each of them with their types (checked now, on a scratch
    /// linker).
    ///
    /// # Errors
    ///
    /// [`HostInterfaceError`] when the WIT does not parse, names no such interface, or
    /// `add_to_linker` fails or does not define the interfaces with their types.
    pub(crate) fn bindgen(
        engine: &Engine,
        wit: &str,
        interfaces: &[&str],
        add_to_linker: Arc<AddToLinker>,
    ) -> Result<Vec<Self>, HostInterfaceError> {
        let names: Vec<String> = interfaces
            .iter()
            .map(|i| full_name(wit, i))
            .collect::<Result<_, _>>()?;
        let all = names.join(", ");
        let mut scratch = Linker::new(engine);
        add_to_linker(&mut scratch).map_err(|source| HostInterfaceError::AddToLinker {
            interfaces: all.clone(),
            source,
        })?;
        let importer = stand_in(engine, wit, &names, "import")?;
        let linked = scratch
            .substituted_component_type(&importer)
            .map_err(|source| HostInterfaceError::AddToLinker {
                interfaces: all,
                source,
            })?;
        names
            .into_iter()
            .map(|name| {
                let exported = exported_types(engine, wit, &name)?;
                let resource_types = match linked.get_import(engine, &name).map(|i| i.ty) {
                    Some(ComponentItem::ComponentInstance(instance)) => exported
                        .resources
                        .iter()
                        .filter_map(|resource| match instance.get_export(engine, resource) {
                            Some(ComponentExtern {
                                ty: ComponentItem::Resource(ty),
                                ..
                            }) => Some((resource.clone(), ty)),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                Ok(ServedInterface {
                    exported,
                    name,
                    implementation: Implementation::Bindgen(Arc::clone(&add_to_linker)),
                    resource_types,
                    uses: Vec::new(),
                })
            })
            .collect()
    }

    /// Whether the import's `async func` `function` can be served: a closure over
    /// `Val`s runs as well in a concurrent host function (in the `async` build), typed
    /// and `bindgen!` functions are plain ones.
    pub(crate) fn serves_async(&self, function: &str) -> bool {
        let Implementation::Closures { functions, .. } = &self.implementation else {
            return false;
        };
        cfg!(feature = "async") && matches!(functions.get(function), Some(HostFunction::Vals(_)))
    }

    /// Defines every function of a closures interface in `linker` (the instance of the
    /// import it serves), those named in `async_functions` (the import's `async func`s,
    /// [`serves_async`](Self::serves_async)) as concurrent host functions; a `bindgen!`
    /// interface is defined by its group instead. `served` is everything the host
    /// serves: an interface that uses the resources of others (`use e1.{x}`) defines
    /// them with their own interface's types, and its functions may take and return
    /// their handles.
    ///
    /// # Errors
    ///
    /// Fails when the linker already has a definition of the same name.
    pub(crate) fn define(
        &self,
        linker: &mut LinkerInstance<'_, HostState>,
        served: &[Arc<ServedInterface>],
        async_functions: &[String],
    ) -> wasmtime::Result<()> {
        let Implementation::Closures {
            functions,
            resources,
        } = &self.implementation
        else {
            return Ok(());
        };
        // Only an interface that uses another's resources needs them.
        let others: Arc<[ClosureResource]> = if self.uses.is_empty() {
            Arc::new([])
        } else {
            served
                .iter()
                .flat_map(|s| s.closure_resources().iter().cloned())
                .collect()
        };
        let used = self.uses.iter().map(|used| {
            let defined = others
                .iter()
                .find(|r| r.interface == used.interface && r.name == used.name)
                .ok_or_else(|| {
                    wasmtime::format_err!(
                        "`{}` uses `{}` of `{}`, which the host does not serve with closures",
                        self.name,
                        used.name,
                        used.interface
                    )
                })?;
            Ok::<_, wasmtime::Error>((used.local.as_str(), defined.id))
        });
        let own = resources.iter().map(|r| Ok((r.name.as_str(), r.id)));
        for resource in own.chain(used) {
            let (name, id) = resource?;
            // A guest dropped its last handle: the value goes (its `Drop` runs here).
            linker.resource(name, ResourceType::host_dynamic(id), |store, rep| {
                store.data().host_resources().remove_any(rep);
                Ok(())
            })?;
        }
        for (function, f) in functions {
            let f = match f {
                HostFunction::Vals(f) => Arc::clone(f),
                HostFunction::Typed(define) => {
                    define(linker, function)?;
                    continue;
                }
            };
            let closure = Arc::new(ServedClosure {
                function: format!("{}#{function}", self.name),
                f,
                resources: Arc::clone(resources),
                others: Arc::clone(&others),
            });
            #[cfg(feature = "async")]
            if async_functions.iter().any(|f| f == function) {
                // The closure runs at once, inside the caller's event loop: it needs the
                // store for the call's handles, which only `with` lends.
                linker.func_new_concurrent(function, move |accessor, ty, params, results| {
                    let closure = Arc::clone(&closure);
                    Box::pin(async move {
                        accessor.with(|mut access| {
                            let store = wasmtime::AsContextMut::as_context_mut(&mut access);
                            closure.call(store, &ty, params, results)
                        })
                    })
                })?;
                continue;
            }
            linker.func_new(function, move |store, ty, params, results| {
                closure.call(store, &ty, params, results)
            })?;
        }
        // Only the `async` build serves `async func`s (`serves_async` says none otherwise).
        let _ = async_functions;
        Ok(())
    }
}

/// One closure over `Val`s as the host function serving an import.
struct ServedClosure {
    /// `interface#function`, for its errors.
    function: String,
    f: Arc<HostFn>,
    resources: Arc<[ClosureResource]>,
    others: Arc<[ClosureResource]>,
}

impl ServedClosure {
    /// Runs the closure for a call of type `ty` from `store`'s guest.
    ///
    /// # Errors
    ///
    /// The closure's own error, or a result it left unset or set to the wrong type,
    /// each naming the function.
    fn call(
        &self,
        store: wasmtime::StoreContextMut<'_, HostState>,
        ty: &wasmtime::component::types::ComponentFunc,
        params: &[Val],
        results: &mut [Val],
    ) -> wasmtime::Result<()> {
        let failed = |source| {
            wasmtime::Error::new(HostFunctionFailed {
                function: self.function.clone(),
                source,
            })
        };
        let mut call = HostCall::new(store, &self.resources, &self.others, ty);
        let outcome = (self.f)(&mut call, params, results);
        call.finish(params);
        outcome.map_err(failed)?;
        // A closure that leaves a result unset (or sets the wrong type) is the host's
        // mistake: say so, not wasmtime's lowering error.
        for (position, (result, expected)) in results.iter().zip(ty.results()).enumerate() {
            if !fits(result, &expected) {
                return Err(failed(
                    format!(
                        "result {} must be a `{}`, not {}",
                        position + 1,
                        WitType(&expected),
                        describe(result)
                    )
                    .into(),
                ));
            }
        }
        Ok(())
    }
}

/// Checks the typed functions among `functions` (of the interface `name` of `wit`,
/// whose functions and resources are `exported`) against the WIT: each defined in a
/// scratch linker, the others as stand-ins, then type-checked as a component importing
/// the interface would be.
fn check_typed(
    engine: &Engine,
    wit: &str,
    name: &str,
    exported: &ExportedInterface,
    functions: &BTreeMap<String, HostFunction>,
) -> Result<(), HostInterfaceError> {
    let mismatch = |source| HostInterfaceError::TypedMismatch {
        interface: name.to_owned(),
        source,
    };
    let importer = stand_in(engine, wit, &[name.to_owned()], "import")?;
    let mut scratch: Linker<HostState> = Linker::new(engine);
    let mut instance = scratch.instance(name).map_err(mismatch)?;
    // Resources by name only: one host type for all (the stand-ins below give the
    // interfaces this one uses the same), so a used resource is the same type here and
    // in its own interface.
    for resource in &exported.resources {
        let ty = ResourceType::host::<()>();
        instance
            .resource(resource, ty, |_, _| Ok(()))
            .map_err(mismatch)?;
    }
    for (function, f) in functions {
        match f {
            HostFunction::Typed(define) => define(&mut instance, function),
            HostFunction::Vals(_) => instance.func_new(function, |_, _, _, _| Ok(())),
        }
        .map_err(mismatch)?;
    }
    // What else the interface needs (the interfaces whose types it uses): stand-ins.
    scratch
        .define_unknown_imports_as_traps(&importer)
        .map_err(mismatch)?;
    scratch
        .substituted_component_type(&importer)
        .map(|_| ())
        .map_err(mismatch)
}

/// A host function returned an error.
#[derive(Debug, thiserror::Error)]
#[error("host function `{function}` failed")]
pub(crate) struct HostFunctionFailed {
    pub(crate) function: String,
    #[source]
    pub(crate) source: HostFunctionError,
}

/// The full name of `interface` in the WIT package `wit`.
fn full_name(wit: &str, interface: &str) -> Result<String, HostInterfaceError> {
    let mut resolve = Resolve::default();
    let package = resolve
        .push_str("host.wit", wit)
        .map_err(|source| HostInterfaceError::Wit { source })?;
    let short = interface
        .rsplit_once('/')
        .map_or(interface, |(_, short)| short)
        .split('@')
        .next()
        .unwrap_or(interface);
    resolve.packages[package]
        .interfaces
        .get(short)
        .and_then(|id| resolve.id_of(*id))
        .filter(|full| {
            interface == short || full == interface || full.split('@').next() == Some(interface)
        })
        .ok_or_else(|| HostInterfaceError::NoSuchInterface {
            interface: interface.to_owned(),
        })
}

/// The functions and types of `name` (an interface of `wit`), as a component exporting
/// it has them.
fn exported_types(
    engine: &Engine,
    wit: &str,
    name: &str,
) -> Result<ExportedInterface, HostInterfaceError> {
    let component = stand_in(engine, wit, &[name.to_owned()], "export")?;
    exported_items(engine, &component)
        .interfaces
        .into_iter()
        .find(|i| i.name == name)
        .ok_or_else(|| HostInterfaceError::NoSuchInterface {
            interface: name.to_owned(),
        })
}

/// A component that `direction`s (`import` or `export`) the interfaces `names` of
/// `wit`, compiled with `engine`, whose functions are never called: only its types are
/// used.
fn stand_in(
    engine: &Engine,
    wit: &str,
    names: &[String],
    direction: &str,
) -> Result<Component, HostInterfaceError> {
    let types = |source| HostInterfaceError::Types {
        interface: names.join(", "),
        source,
    };
    let mut resolve = Resolve::default();
    resolve
        .push_str("host.wit", wit)
        .map_err(|source| HostInterfaceError::Wit { source })?;
    let items: String = names
        .iter()
        .map(|name| format!("{direction} {name}; "))
        .collect();
    let package = resolve
        .push_str(
            "stand-in.wit",
            &format!("package hub:stand-in;\nworld stand-in {{ {items}}}"),
        )
        .map_err(|source| HostInterfaceError::Wit { source })?;
    let world = resolve
        .select_world(&[package], Some("stand-in"))
        .map_err(types)?;
    let bytes = dummy_component(&resolve, world).map_err(types)?;
    Component::new(engine, &bytes).map_err(|source| HostInterfaceError::Compile {
        interface: names.join(", "),
        source,
    })
}

/// A component of `world` whose core module only has the right shape (wit-component's
/// dummy module): its functions trap, its types are `world`'s.
///
/// # Errors
///
/// wit-component's error when the world cannot be encoded.
pub(crate) fn dummy_component(resolve: &Resolve, world: WorldId) -> anyhow::Result<Vec<u8>> {
    let mut module =
        wit_component::dummy_module(resolve, world, ManglingAndAbi::Legacy(LiftLowerAbi::Sync));
    wit_component::embed_component_metadata(
        &mut module,
        resolve,
        world,
        StringEncoding::UTF8,
        false,
    )?;
    ComponentEncoder::default()
        .module(&module)
        .and_then(|encoder| encoder.validate(true).encode())
}
