//! What the console keeps between commands: a caller into the hub's libraries and the
//! resources its `call`s returned (`$1`, `$2`, ...), usable as arguments of later calls
//! until `drop $n`, `purge` or the end of the session releases them; and the remote
//! libraries it linked.

use component_hub::wasmtime::component::types::Type;
use component_hub::wasmtime::component::{ResourceAny, Val};
use component_hub::{HostCaller, Hub, LibraryId, OneLine};

use crate::remote::{NatsSettings, Remotes};

/// The console's own state beside the hub.
pub struct Console<'hub> {
    pub hub: &'hub Hub,
    /// The libraries on other machines it linked.
    pub remotes: Remotes,
    caller: HostCaller<'hub>,
    held: Vec<Held>,
    next: u32,
}

/// A resource a `call` returned, as the console shows it.
struct Held {
    id: u32,
    handle: ResourceAny,
    /// Where it came from: `#2 demo:logging/calculator@0.1.0#[constructor]calc`.
    from: String,
}

impl<'hub> Console<'hub> {
    /// A console over `hub`, holding nothing, reaching NATS with `nats`.
    pub fn new(hub: &'hub Hub, nats: NatsSettings) -> Console<'hub> {
        Console {
            hub,
            remotes: Remotes::new(nats),
            caller: hub.caller(),
            held: Vec::new(),
            next: 1,
        }
    }

    /// Calls `interface#function` (or a top-level `function`) of `library` with `args`,
    /// values in WAVE separated by commas (`$n` for a resource the console holds), and
    /// returns its results as one line, resources among them kept as new `$n`.
    ///
    /// # Errors
    ///
    /// One line: no such export, the wrong number of arguments, a value that does not
    /// parse as its parameter's type (naming the parameter), a `$n` not held, or the
    /// call failing (as a run would).
    pub fn call(
        &mut self,
        library: LibraryId,
        interface: Option<&str>,
        function: &str,
        args: &str,
    ) -> Result<String, String> {
        let ty = self
            .caller
            .signature(library, interface, function)
            .map_err(|e| OneLine(&e).to_string())?;
        let texts = split_arguments(args)?;
        let params: Vec<(String, Type)> = ty.params().map(|(n, t)| (n.to_owned(), t)).collect();
        let export = match interface {
            Some(interface) => format!("{interface}#{function}"),
            None => function.to_owned(),
        };
        if texts.len() != params.len() {
            return Err(format!(
                "`{export}` takes {} argument{}, {} given",
                params.len(),
                if params.len() == 1 { "" } else { "s" },
                texts.len()
            ));
        }
        let mut values = Vec::with_capacity(params.len());
        for (position, ((name, ty), text)) in params.iter().zip(&texts).enumerate() {
            let value = match text.strip_prefix('$') {
                Some(id) => self.held_value(id)?,
                None if holds_resource_name(text) => {
                    return Err(format!(
                        "argument {} (`{name}`) of `{export}`: a held resource inside another value (`{text}`) cannot be written yet: pass `$n` as an argument of its own",
                        position + 1
                    ));
                }
                None => Val::from_wave(ty, text).map_err(|err| {
                    format!(
                        "argument {} (`{name}`) of `{export}`: `{text}` is not a value of type `{}`: {}",
                        position + 1,
                        wave_type(ty),
                        OneLine(err.as_ref())
                    )
                })?,
            };
            values.push(value);
        }
        let outcome = self.caller.call(library, interface, function, &values);
        // Handles the call took (an `own`) are the library's now.
        let caller = &self.caller;
        self.held.retain(|held| caller.holds(held.handle));
        let results = outcome.map_err(|e| OneLine(&e).to_string())?;
        let from = format!("{library} {export}");
        let shown: Vec<String> = results
            .into_iter()
            .map(|value| self.show(value, &from))
            .collect();
        Ok(if shown.is_empty() {
            "(no results)".to_owned()
        } else {
            shown.join(", ")
        })
    }

    /// Releases `$id` (its destructor runs in the library that made it).
    ///
    /// # Errors
    ///
    /// One line when no `$id` is held or its destructor fails.
    pub fn release(&mut self, id: u32) -> Result<(), String> {
        let index = self
            .held
            .iter()
            .position(|h| h.id == id)
            .ok_or_else(|| format!("no `${id}` is held (`status` lists them)"))?;
        let held = self.held.remove(index);
        self.caller
            .release(held.handle)
            .map_err(|e| OneLine(&e).to_string())
    }

    /// Forgets everything held (the hub was purged: the resources are gone).
    pub fn forget_all(&mut self) {
        self.held.clear();
        self.caller = self.hub.caller();
    }

    /// One line per resource held, for `status`.
    pub fn held_lines(&self) -> Vec<String> {
        self.held
            .iter()
            .map(|h| format!("  ${} from {}", h.id, h.from))
            .collect()
    }

    fn held_value(&self, id: &str) -> Result<Val, String> {
        let id: u32 = id
            .parse()
            .map_err(|_| format!("`${id}` is not a held resource: write `$1`, `$2`, ..."))?;
        self.held
            .iter()
            .find(|h| h.id == id)
            .map(|h| Val::Resource(h.handle))
            .ok_or_else(|| format!("no `${id}` is held (`status` lists them)"))
    }

    /// `value` in WAVE, each resource in it kept as a new `$n` (shown as `$n`; inside
    /// another value, as the string `"$n"`, which WAVE has no other way to write).
    fn show(&mut self, value: Val, from: &str) -> String {
        if let Val::Resource(handle) = value {
            return format!("${}", self.keep(handle, from));
        }
        let value = self.replace_resources(value, from);
        value
            .to_wave()
            .unwrap_or_else(|err| format!("(cannot be shown: {})", OneLine(err.as_ref())))
    }

    fn keep(&mut self, handle: ResourceAny, from: &str) -> u32 {
        let id = self.next;
        self.next += 1;
        self.held.push(Held {
            id,
            handle,
            from: from.to_owned(),
        });
        id
    }

    fn replace_resources(&mut self, value: Val, from: &str) -> Val {
        let boxed = |this: &mut Self, v: Box<Val>| Some(Box::new(this.replace_resources(*v, from)));
        match value {
            Val::Resource(handle) => Val::String(format!("${}", self.keep(handle, from))),
            Val::List(items) => Val::List(
                items
                    .into_iter()
                    .map(|v| self.replace_resources(v, from))
                    .collect(),
            ),
            Val::Tuple(items) => Val::Tuple(
                items
                    .into_iter()
                    .map(|v| self.replace_resources(v, from))
                    .collect(),
            ),
            Val::Record(fields) => Val::Record(
                fields
                    .into_iter()
                    .map(|(n, v)| (n, self.replace_resources(v, from)))
                    .collect(),
            ),
            Val::Option(Some(v)) => Val::Option(boxed(self, v)),
            Val::Result(Ok(Some(v))) => Val::Result(Ok(boxed(self, v))),
            Val::Result(Err(Some(v))) => Val::Result(Err(boxed(self, v))),
            Val::Variant(case, Some(v)) => Val::Variant(case, boxed(self, v)),
            other => other,
        }
    }
}

/// Whether `text` names a `$n` outside its strings and chars.
fn holds_resource_name(text: &str) -> bool {
    let mut quote = None;
    let mut escaped = false;
    for c in text.chars() {
        match (quote, c) {
            (Some(_), _) if escaped => escaped = false,
            (Some(_), '\\') => escaped = true,
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '$') => return true,
            (None, _) => {}
        }
    }
    false
}

/// The WIT name of a parameter's type, for messages.
fn wave_type(ty: &Type) -> &'static str {
    match ty {
        Type::Bool => "bool",
        Type::S8 => "s8",
        Type::U8 => "u8",
        Type::S16 => "s16",
        Type::U16 => "u16",
        Type::S32 => "s32",
        Type::U32 => "u32",
        Type::S64 => "s64",
        Type::U64 => "u64",
        Type::Float32 => "f32",
        Type::Float64 => "f64",
        Type::Char => "char",
        Type::String => "string",
        Type::List(_) | Type::FixedLengthList(_) => "list",
        Type::Record(_) => "record",
        Type::Tuple(_) => "tuple",
        Type::Variant(_) => "variant",
        Type::Enum(_) => "enum",
        Type::Option(_) => "option",
        Type::Result(_) => "result",
        Type::Flags(_) => "flags",
        Type::Own(_) | Type::Borrow(_) => "resource (write `$n`)",
        Type::Map(_) => "map",
        Type::Future(_) | Type::Stream(_) | Type::ErrorContext => "async value",
    }
}

/// The arguments of a call, split at the commas outside strings, chars and brackets.
///
/// # Errors
///
/// An unclosed string or bracket, or a bracket closed by another kind.
pub fn split_arguments(args: &str) -> Result<Vec<&str>, String> {
    let mut parts = Vec::new();
    let mut open: Vec<char> = Vec::new();
    let (mut start, mut chars) = (0, args.char_indices().peekable());
    while let Some((i, c)) = chars.next() {
        match c {
            '"' | '\'' => {
                // To the matching quote; a backslash escapes the next character.
                loop {
                    match chars.next() {
                        Some((_, '\\')) => {
                            chars.next();
                        }
                        Some((_, q)) if q == c => break,
                        Some(_) => {}
                        None => return Err(format!("an unclosed {c} in `{args}`")),
                    }
                }
            }
            '(' | '[' | '{' => open.push(c),
            ')' | ']' | '}' => {
                let expected = match open.pop() {
                    Some('(') => ')',
                    Some('[') => ']',
                    Some('{') => '}',
                    _ => return Err(format!("an unmatched `{c}` in `{args}`")),
                };
                if c != expected {
                    return Err(format!("`{c}` where `{expected}` closes, in `{args}`"));
                }
            }
            ',' if open.is_empty() => {
                parts.push(args[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if let Some(c) = open.last() {
        return Err(format!("an unclosed `{c}` in `{args}`"));
    }
    let last = args[start..].trim();
    if !last.is_empty() || !parts.is_empty() {
        parts.push(last);
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_resource_names_outside_strings() {
        assert!(holds_resource_name("($1, $2)"));
        assert!(!holds_resource_name(r#""$1 costs \"$2\"""#));
        assert!(!holds_resource_name("'$'"));
    }

    #[test]
    fn splits_at_top_level_commas_only() {
        assert_eq!(split_arguments(""), Ok(vec![]));
        assert_eq!(split_arguments(" 1 , 2.5 "), Ok(vec!["1", "2.5"]));
        assert_eq!(
            split_arguments(r#""a, \"b\"", [1, 2], {x: 1, y: 2}, some((1, 'x')), ','"#),
            Ok(vec![
                r#""a, \"b\"""#,
                "[1, 2]",
                "{x: 1, y: 2}",
                "some((1, 'x'))",
                "','"
            ])
        );
        assert!(
            split_arguments("[1, 2")
                .unwrap_err()
                .contains("unclosed `[`")
        );
        assert!(
            split_arguments("(1]")
                .unwrap_err()
                .contains("where `)` closes")
        );
        assert!(
            split_arguments("\"abc")
                .unwrap_err()
                .contains("unclosed \"")
        );
    }
}
