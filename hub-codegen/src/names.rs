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

/// A field name for a function export: `[method]calc.add` -> `f_method__calc__add`,
/// `quick-add` -> `f_quick_add`. A `-` becomes `_` and the structural `[`, `]` and `.`
/// become `__`, which no WIT name holds (its words are never empty): so `[method]a.b-c`,
/// `[method]a-b.c` and a function `method-a-b-c` of one interface get three fields.
/// The struct holding them allows `non_snake_case`, which `__` is not.
pub(crate) fn function_field(export_name: &str) -> Ident {
    let name = export_name.strip_prefix('[').unwrap_or(export_name);
    let mut field = String::from("f_");
    for c in name.chars() {
        match c {
            ']' | '.' => field.push_str("__"),
            c if c.is_ascii_alphanumeric() => field.push(c.to_ascii_lowercase()),
            _ => field.push('_'),
        }
    }
    Ident::new(&field, Span::call_site())
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
            "f_method__calc__add"
        );
        assert_eq!(
            function_field("[static]logger.get-logger-count").to_string(),
            "f_static__logger__get_logger_count"
        );
        assert_eq!(function_field("quick-add").to_string(), "f_quick_add");
    }

    #[test]
    fn function_fields_keep_separators_apart() {
        let names = [
            "[method]a.b-c",
            "[method]a-b.c",
            "method-a-b-c",
            "[constructor]a",
            "constructor-a",
            "[static]a.d",
            "static-a-d",
        ];
        let mut fields: Vec<String> = names
            .iter()
            .map(|n| function_field(n).to_string())
            .collect();
        fields.sort();
        fields.dedup();
        assert_eq!(fields.len(), names.len(), "{fields:?}");
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
