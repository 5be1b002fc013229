/// Every interface with generated forwarders.
pub static INTERFACES: &[&dyn ::hub_runtime::__internal::GeneratedInterface] = &[];
/// Interfaces under `wit/` without generated forwarders, and why: they are
/// forwarded through the dynamic path.
pub static NOT_GENERATED: &[(&str, &str)] = &[
    ("maps:demo/api@0.1.0", "uses a `map` type"),
];
/// Both lists, for `Hub::with_generated`.
pub static FORWARDERS: ::hub_runtime::__internal::GeneratedForwarders = ::hub_runtime::__internal::GeneratedForwarders::new(
    INTERFACES,
    NOT_GENERATED,
);
