//! `graph`: the loaded libraries, the host and every link as a Graphviz DOT digraph, an
//! edge from each importer to what serves it. Wired links are dashed, links in an
//! interposition chain (a library wrapping what served a name before it) bold, disabled
//! libraries drawn dashed in red.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use component_hub::{HubStatus, LinkProvider};

/// The DOT text of `status`.
pub fn dot(status: &HubStatus) -> String {
    let mut out = String::from(
        "digraph hub {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n",
    );
    let serves_host = !status.host_interfaces.is_empty()
        || status
            .libraries
            .iter()
            .flat_map(|l| &l.links)
            .any(|l| l.provider == LinkProvider::Host);
    if serves_host {
        let mut label = String::from("the host");
        for interface in &status.host_interfaces {
            let _ = write!(label, "\n{interface}");
        }
        let _ = writeln!(out, "  host [label=\"{}\", shape=ellipse];", escape(&label));
    }
    for library in &status.libraries {
        let name = library.path.file_name().map_or_else(
            || library.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let mut label = format!("{} {name}", library.id);
        if library.instances > 1 {
            let _ = write!(label, " [{} instances]", library.instances);
        }
        for export in &library.exports {
            let _ = write!(
                label,
                "\n{} ({})",
                export.interface.as_deref().unwrap_or("top-level functions"),
                export.path
            );
        }
        let style = match &library.disabled {
            Some(fault) => {
                let _ = write!(label, "\ndisabled: {fault}");
                ", style=dashed, color=red"
            }
            None => "",
        };
        let _ = writeln!(
            out,
            "  lib{} [label=\"{}\"{style}];",
            library.id.number(),
            escape(&label)
        );
    }
    for library in &status.libraries {
        for link in &library.links {
            let target = match link.provider {
                LinkProvider::Library(id) => format!("lib{}", id.number()),
                LinkProvider::Host => "host".to_owned(),
            };
            let mut label = link.import.clone();
            if link.export != link.import {
                let _ = write!(label, "\n= {}", link.export);
            }
            // The library exports the name it imports here: it wraps what serves it.
            let wraps = library.exports.iter().any(|e| {
                e.wraps == Some(link.provider)
                    && e.interface
                        .as_deref()
                        .is_some_and(|i| same_name(i, &link.import))
            });
            let mut style = Vec::new();
            if link.wired {
                style.push("style=dashed");
                label.push_str("\n(wired)");
            }
            if wraps {
                style.push("penwidth=2");
                label.push_str("\n(wraps)");
            }
            let style: String = style.iter().map(|s| format!(", {s}")).collect();
            let _ = writeln!(
                out,
                "  lib{} -> {target} [label=\"{}\"{style}];",
                library.id.number(),
                escape(&label)
            );
        }
    }
    out.push_str("}\n");
    out
}

/// Writes `dot` to `path`: as it is for `.dot`, rendered by Graphviz's `dot` for
/// `.svg`.
///
/// # Errors
///
/// One line: another extension, `dot` not on the PATH (or failing), a file that
/// cannot be written.
pub fn write(dot: &str, path: &Path) -> Result<(), String> {
    let shown = path.display();
    match path.extension().and_then(|e| e.to_str()) {
        Some("dot" | "gv") => {
            std::fs::write(path, dot).map_err(|err| format!("cannot write {shown}: {err}"))
        }
        Some("svg") => render_svg(dot, path),
        _ => Err(format!(
            "`graph` writes a `.dot` or an `.svg` file, not {shown}"
        )),
    }
}

fn render_svg(dot: &str, path: &Path) -> Result<(), String> {
    let shown = path.display();
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .arg("-o")
        .arg(path)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => format!(
                "`dot` (Graphviz) is not on the PATH, so {shown} cannot be rendered: `graph file.dot` writes the graph itself"
            ),
            _ => format!("cannot start `dot`: {err}"),
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(dot.as_bytes())
            .map_err(|err| format!("cannot give the graph to `dot`: {err}"))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|err| format!("`dot` failed: {err}"))?;
    if output.status.success() {
        Ok(())
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(format!(
            "`dot` could not render {shown}: {}",
            stderr.lines().next().unwrap_or("no reason given")
        ))
    }
}

/// The two interface names are the same but for their versions.
fn same_name(a: &str, b: &str) -> bool {
    let base = |n: &str| n.split_once('@').map_or(n, |(base, _)| base).to_owned();
    base(a) == base(b)
}

/// `text` inside a DOT string: quotes and backslashes escaped, lines as `\n`.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_dot_strings_cannot_hold() {
        assert_eq!(escape("a \"b\"\\c\nd"), "a \\\"b\\\"\\\\c\\nd");
    }

    #[test]
    fn names_differ_only_by_version() {
        assert!(same_name(
            "demo:logging/logging@0.1.0",
            "demo:logging/logging@0.1.2"
        ));
        assert!(!same_name(
            "demo:logging/logging",
            "demo:logging/calculator"
        ));
    }

    #[test]
    fn other_files_are_refused_in_one_line() {
        let err = write("digraph {}", Path::new("links.png")).expect_err("a png");
        assert_eq!(
            err,
            "`graph` writes a `.dot` or an `.svg` file, not links.png"
        );
    }
}
