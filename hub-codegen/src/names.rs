//! Rust identifiers from WIT names: case conversion and escaping of Rust keywords and
//! reserved names (a package named `dyn` or an interface named `self` must work).

use proc_macro2::{Ident, Span};

/// Keywords that can be written as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Names that cannot be raw identifiers: they get a trailing underscore instead.
const UNRAWABLE: &[&str] = &["crate", "self", "super", "Self", "_"];

/// `get-max-level` -> `get_max_level`, escaped.
pub(crate) fn snake(name: &str) -> Ident {
    escape(&name.replace('-', "_").to_lowercase())
}

/// `get-max-level` -> `GetMaxLevel`, escaped.
pub(crate) fn upper_camel(name: &str) -> Ident {
    escape(&upper_camel_string(name))
}

/// `get-max-level` -> `GET_MAX_LEVEL`.
pub(crate) fn shouty(name: &str) -> Ident {
    escape(&name.replace('-', "_").to_uppercase())
}

pub(crate) fn upper_camel_string(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect()
}

/// A field name for a function export (`[method]calc.add` -> `f_method_calc_add`).
pub(crate) fn function_field(export_name: &str) -> Ident {
    let cleaned: String = export_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let squeezed = cleaned
        .split('_')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    Ident::new(&format!("f_{squeezed}"), Span::call_site())
}

/// An identifier for `name`, escaped when it is a Rust keyword.
pub(crate) fn escape(name: &str) -> Ident {
    if UNRAWABLE.contains(&name) {
        Ident::new(&format!("{name}_"), Span::call_site())
    } else if RAW_KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_case() {
        assert_eq!(snake("get-max-level").to_string(), "get_max_level");
        assert_eq!(upper_camel("peek-holder").to_string(), "PeekHolder");
        assert_eq!(shouty("read-write").to_string(), "READ_WRITE");
        assert_eq!(
            function_field("[method]calc.add").to_string(),
            "f_method_calc_add"
        );
        assert_eq!(
            function_field("[static]logger.get-logger-count").to_string(),
            "f_static_logger_get_logger_count"
        );
    }

    #[test]
    fn escapes_keywords_and_reserved_names() {
        assert_eq!(snake("dyn").to_string(), "r#dyn");
        assert_eq!(snake("type").to_string(), "r#type");
        assert_eq!(snake("self").to_string(), "self_");
        assert_eq!(snake("super").to_string(), "super_");
        assert_eq!(upper_camel("self").to_string(), "Self_");
        assert_eq!(snake("logger").to_string(), "logger");
    }
}
