//! The four kinds of function that cross the hub, told apart by their WIT export names.

use std::fmt;

/// What a forwarded function is, from its component-model name
/// (`[constructor]calc`, `[method]calc.add`, `[static]calc.version`, `quick-add`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FunctionKind {
    Constructor,
    Method,
    Static,
    Freestanding,
}

impl FunctionKind {
    /// Classifies an export name.
    pub(crate) fn of(name: &str) -> Self {
        if name.starts_with("[constructor]") {
            FunctionKind::Constructor
        } else if name.starts_with("[method]") {
            FunctionKind::Method
        } else if name.starts_with("[static]") {
            FunctionKind::Static
        } else {
            FunctionKind::Freestanding
        }
    }
}

impl fmt::Display for FunctionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FunctionKind::Constructor => "Constructor",
            FunctionKind::Method => "Method",
            FunctionKind::Static => "Static function",
            FunctionKind::Freestanding => "Function",
        })
    }
}
