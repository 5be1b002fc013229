//! Generated types as stream and future items: the carrier of a stream whose items are
//! a record, variant, enum or flags type under `wit/`. wasmtime 48 reads a stream only
//! through a compile-time item type, so the dynamic path carries only the items it has
//! a Rust type for; the generated types add theirs (the `async` build uses them).

use wasmtime::component::types::Type;
use wasmtime::component::{ComponentType, Lift, Lower};

use crate::weight::Weight;

/// A generated type that can be a stream or future item, as generated code lists it.
pub struct GeneratedItem {
    /// `ns:pkg/iface@version#name`, for messages.
    pub name: &'static str,
    /// Whether a component's type has this type's shape (names included).
    pub shape: fn(&Type) -> bool,
    /// The carrier of its items.
    pub carrier: fn() -> ItemCarrier,
}

/// How streams and futures of one generated type cross between stores (opaque).
#[derive(Clone, Copy)]
pub struct ItemCarrier {
    #[cfg(feature = "async")]
    pub(crate) carrier: &'static dyn crate::concurrent::Carrier,
}

/// The carrier of items of the generated type `T`.
pub fn item_carrier<T>() -> ItemCarrier
where
    T: ComponentType + Lift + Lower + Weight + Send + Sync + 'static,
{
    ItemCarrier {
        #[cfg(feature = "async")]
        carrier: crate::concurrent::carrier_of_items::<T>(),
    }
}
