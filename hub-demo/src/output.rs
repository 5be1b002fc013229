//! Writing to stdout and stderr without ever panicking: a closed stdout (`| head -1`)
//! ends the hub quietly instead.

use std::io::{ErrorKind, Write as _};

/// Prints `line` on stdout; a closed stdout ends the process quietly.
pub fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(err) = writeln!(out, "{line}").and_then(|()| out.flush()) {
        closed(err.kind());
    }
}

/// Prints `line` on stderr; a closed stderr ends the process quietly.
pub fn warn(line: &str) {
    if let Err(err) = writeln!(std::io::stderr().lock(), "{line}") {
        closed(err.kind());
    }
}

/// Nobody reads the output any more: there is nothing left to do or to say.
fn closed(kind: ErrorKind) {
    if kind == ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
}
