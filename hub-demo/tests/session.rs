//! Drives the `hub-demo` binary through stdin, as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use component_hub::guest;

fn hub_demo(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hub-demo"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hub-demo starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_bytes())
        .expect("hub-demo reads stdin");
    child.wait_with_output().expect("hub-demo exits")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Index of the first line at or after `from` that contains `needle`.
fn line_index(lines: &[&str], from: usize, needle: &str) -> usize {
    lines[from..]
        .iter()
        .position(|l| l.contains(needle))
        .map(|i| i + from)
        .unwrap_or_else(|| panic!("no line containing {needle:?} after line {from}"))
}

#[test]
fn interactive_session_persists_state_and_chains_destructors() {
    let logging = guest("provider_logging").display().to_string();
    let calculator = guest("provider_calculator").display().to_string();
    let app = guest("app_consumer").display().to_string();
    let input = format!(
        "load {logging}\nload {calculator}\nstatus\nrun {app}\nrun {app}\npurge\n\
         load {logging}\nload {calculator}\nrun {app}\nquit\n"
    );
    let output = hub_demo(&[], &input);
    let stdout = text(&output.stdout);
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "hub-demo failed: {stderr}");
    assert_eq!(stderr, "", "no errors expected");

    assert!(
        stdout.contains(&format!("Loaded libraries (2):\n  1. {logging} (")),
        "status lists the logging library first:\n{stdout}"
    );
    assert!(
        stdout.contains(&format!("\n  2. {calculator} (")),
        "status lists the calculator second"
    );
    assert_eq!(
        stdout.matches("[APP] === demo app: done ===").count(),
        3,
        "all three runs finish"
    );

    // Library state persists across runs: counters grow; purge resets them.
    let counts: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("[APP] loggers created so far: "))
        .collect();
    assert_eq!(
        counts,
        ["1", "3", "1"],
        "logger count grows across runs and resets on purge"
    );
    let totals: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("[APP] total operations so far: "))
        .collect();
    assert_eq!(
        totals,
        ["5", "10", "5"],
        "total operations grow across runs and reset on purge"
    );
    assert!(stdout.contains("Purged 2 libraries. All state has been reset."));

    // Dropping a calc: its drop is logged through its logger, then the logger's own
    // destructor runs in the logging library.
    let lines: Vec<&str> = stdout.lines().collect();
    let dropping = line_index(&lines, 0, "[APP] dropping calc");
    let host_calc = line_index(&lines, dropping, "[HOST] Resource destructor called: calc");
    let logged = line_index(&lines, host_calc, "LOGGED: calc 1 dropped");
    let calc_drop = line_index(&lines, logged, "[CALCULATOR] Calc::drop(id=1)");
    let host_logger = line_index(
        &lines,
        calc_drop,
        "[HOST] Resource destructor called: logger",
    );
    let logger_drop = line_index(&lines, host_logger, "[PROVIDER] Logger::drop(id=2)");
    assert!(logger_drop < line_index(&lines, 0, "[APP] dropping logger"));

    // The host layer shows what it forwards.
    assert!(stdout.contains("[HOST] Constructor [constructor]calc called with 0 args"));
}

#[test]
fn quiet_hides_host_lines_but_not_guest_lines() {
    let input = format!("load {}\nstatus\n", guest("provider_logging").display());
    let output = hub_demo(&["--quiet"], &input);
    let stdout = text(&output.stdout);
    assert!(output.status.success());
    assert!(
        !stdout.contains("[HOST]"),
        "no host lines with --quiet:\n{stdout}"
    );
    assert!(stdout.contains("Loaded libraries (1):"));
}

#[test]
fn demo_flag_plays_the_standard_sequence() {
    let output = hub_demo(&["--demo"], "");
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(stdout.matches("[APP] === demo app: done ===").count(), 2);
    assert!(
        stdout.contains("[APP] loggers created so far: 3"),
        "the second run sees the first run's loggers"
    );
    assert!(stdout.contains("Loaded libraries (2):"));
    assert!(stdout.contains("Purged 2 libraries. All state has been reset."));
}

#[test]
fn bad_commands_get_one_line_errors_and_the_session_goes_on() {
    let input = format!(
        "frobnicate\nload\nload /no/such/file.wasm\nload {}\nstatus\n",
        guest("provider_logging").display()
    );
    // No `quit`: end of input ends the session cleanly.
    let output = hub_demo(&[], &input);
    let stdout = text(&output.stdout);
    let stderr = text(&output.stderr);
    assert!(output.status.success());
    let errors: Vec<&str> = stderr.lines().collect();
    assert_eq!(errors.len(), 3, "{stderr}");
    assert_eq!(
        [
            "error: unknown command `frobnicate` (type `help` for the list)",
            "error: `load` needs a path: `load <path>`",
        ],
        errors[..2]
    );
    // The last line names the file and carries the operating system's reason, in its
    // own words (which differ between systems).
    assert!(
        errors[2].starts_with("error: cannot read `/no/such/file.wasm`: "),
        "{stderr}"
    );
    assert!(
        stdout.contains("Loaded libraries (1):"),
        "the hub still works after the errors"
    );
}

#[test]
fn help_prints_the_command_list() {
    // What the list holds is checked against the command table in hub-demo's unit tests.
    let output = hub_demo(&[], "help\n");
    let stdout = text(&output.stdout);
    assert!(output.status.success());
    assert!(stdout.starts_with("Commands:\n  load <path>"), "{stdout}");
}

#[test]
fn generated_and_dynamic_paths_give_identical_guest_output() {
    let g = |name: &str| guest(name).display().to_string();
    let input = format!(
        "load {}\nload {}\nrun {}\nrun {}\nload {}\nload {}\nrun {}\nstatus\n",
        g("provider_logging"),
        g("provider_calculator"),
        g("app_consumer"),
        g("app_command"),
        g("zoo_provider"),
        g("zoo_inspector"),
        g("zoo_app"),
    );
    let generated = hub_demo(&["--quiet"], &input);
    let dynamic = hub_demo(&["--quiet", "--dynamic"], &input);
    assert!(generated.status.success() && dynamic.status.success());
    assert_eq!(text(&generated.stderr), "");
    assert_eq!(text(&dynamic.stderr), "");
    let (generated, dynamic) = (text(&generated.stdout), text(&dynamic.stdout));
    // The status at the end says which path each interface took; everything before it
    // is guest output and must match line for line.
    let guest_lines = |out: &str| {
        out.split("Loaded libraries")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(guest_lines(&generated).contains("[APP] zoo: all checks passed"));
    assert!(guest_lines(&generated).contains("[APP] === demo app: done ==="));
    assert_eq!(guest_lines(&generated), guest_lines(&dynamic));
    assert!(generated.contains("demo:logging/calculator@0.1.0: generated"));
    assert!(dynamic.contains("demo:logging/calculator@0.1.0: dynamic"));
}
