//! Drives the `hub-demo` binary through stdin, as a user would.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use hub_fixtures::guest;

/// `hub-demo` with `args`, its compiled components cached in the tests' folder.
fn command(args: &[&str]) -> Command {
    command_caching_in(&hub_fixtures::compile_cache_dir(), args)
}

/// `hub-demo` with `args`, its compiled components cached in `cache_dir`.
fn command_caching_in(cache_dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hub-demo"));
    command
        .arg("--cache-dir")
        .arg(cache_dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

fn hub_demo(args: &[&str], input: &str) -> Output {
    hub_demo_bytes(args, input.as_bytes())
}

fn hub_demo_bytes(args: &[&str], input: &[u8]) -> Output {
    let mut child = command(args).spawn().expect("hub-demo starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input)
        .expect("hub-demo reads stdin");
    child.wait_with_output().expect("hub-demo exits")
}

/// Reads `child`'s stdout until a line containing `needle`; fails on end of output.
fn wait_for_line(stdout: &mut impl BufRead, needle: &str) -> String {
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        let read = stdout.read_line(&mut line).expect("read stdout");
        assert!(read > 0, "no line containing {needle:?} in:\n{seen}");
        if line.contains(needle) {
            return line;
        }
        seen.push_str(&line);
    }
}

fn kill(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
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
    // Counts agree with their nouns.
    assert!(
        stdout.contains(
            "[HOST] Linked demo:logging/calculator@0.1.0 from provider_calculator.wasm: 9 functions, 1 resource, generated path"
        ),
        "{stdout}"
    );
    assert!(!stdout.contains(" 1 resources") && !stdout.contains(" 1 functions"));

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
fn load_instances_loads_that_many_and_status_says_so() {
    let (logging, calculator, app) = (
        guest("provider_logging"),
        guest("provider_calculator"),
        guest("app_consumer"),
    );
    let input = format!(
        "load --instances 2 {}\nload --instances 3 {}\nrun {}\nstatus\nload --instances 0 x.wasm\n",
        logging.display(),
        calculator.display(),
        app.display()
    );
    let output = hub_demo(&["--quiet"], &input);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stderr}");
    let line = |name: &str| {
        stdout
            .lines()
            .find(|l| l.contains(name) && l.contains(". "))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        line("provider_logging.wasm").ends_with("[2 instances]"),
        "{stdout}"
    );
    assert!(
        line("provider_calculator.wasm").ends_with("[3 instances]"),
        "{stdout}"
    );
    assert!(
        stderr.contains("--instances takes a number from 1 to 64, not `0`"),
        "{stderr}"
    );
}

#[test]
fn graph_draws_the_links_as_dot_and_says_when_it_cannot_render_svg() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let dot_file = dir.path().join("links.dot");
    let svg_file = dir.path().join("links.svg");
    let input = format!(
        "load {}\nload {}\nload --instances 2 {}\nload {} with demo:logging/logging@0.1.0=1/demo:logging/logging@0.1.0\ngraph\ngraph {}\ngraph {}\ngraph links.png\n",
        guest("provider_logging").display(),
        guest("proxy_logging").display(),
        guest("provider_calculator").display(),
        guest("proxy_logging").display(),
        dot_file.display(),
        svg_file.display(),
    );
    // No `dot` to render with: a PATH with nothing on it.
    let empty = tempfile::tempdir().expect("a temp dir");
    let mut child = command(&["--quiet"])
        .env("PATH", empty.path())
        .spawn()
        .expect("hub-demo starts");
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(input.as_bytes())
        .expect("hub-demo reads stdin");
    let output = child.wait_with_output().expect("hub-demo exits");
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stderr}");
    // The proxy wraps the logging library; the calculator imports from the proxy.
    for line in [
        "digraph hub {",
        "lib2 -> lib1 [label=\"demo:logging/logging@0.1.0\\n(wraps)\", penwidth=2];",
        "lib3 -> lib2 [label=\"demo:logging/logging@0.1.0\"];",
        "lib3 [label=\"#3 provider_calculator.wasm [2 instances]\\n",
        // A second proxy, wired by hand to the logging library past the first one.
        "lib4 -> lib1 [label=\"demo:logging/logging@0.1.0\\n(wired)\\n(wraps)\", style=dashed, penwidth=2];",
    ] {
        assert!(stdout.contains(line), "{line} in:\n{stdout}");
    }
    let written = std::fs::read_to_string(&dot_file).expect("the .dot file");
    assert!(written.starts_with("digraph hub {") && written.contains("lib3 -> lib2"));
    assert!(
        stderr.contains("error: `dot` (Graphviz) is not on the PATH, so "),
        "{stderr}"
    );
    assert!(!svg_file.exists());
    assert!(
        stderr.contains("error: `graph` writes a `.dot` or an `.svg` file, not links.png"),
        "{stderr}"
    );
}

#[test]
fn call_round_trips_values_in_wave_and_keeps_resources() {
    let zoo = guest("zoo_provider");
    let calls = [
        (
            "zoo:types/scalars#bump-unsigned(255, 1, 2, 3)",
            "(0, 2, 3, 4)",
        ),
        ("zoo:types/scalars#shout(\"hi, there\")", "\"HI, THERE\""),
        ("zoo:types/scalars#next-char('a')", "'b'"),
        ("zoo:types/containers#sum-list([1, 2, 3])", "6"),
        ("zoo:types/containers#maybe-double(some(21))", "some(42)"),
        ("zoo:types/containers#maybe-double(none)", "none"),
        (
            "zoo:types/containers#checked-div(7, 0)",
            "err(\"division by zero\")",
        ),
        (
            "zoo:types/containers#move-point({x: 1, y: 2, label: \"p\"}, 10, 20)",
            "{x: 11, y: 22, label: \"p\"}",
        ),
        ("zoo:types/containers#area(dot)", "0"),
        (
            "zoo:types/containers#complement({read})",
            "{write, execute}",
        ),
        // A resource is kept as `$1`, and passed back by that name.
        ("zoo:types/handles#[constructor]counter(5)", "$1"),
        (
            "zoo:types/handles#[method]counter.add($1, 2)",
            "(no results)",
        ),
        ("zoo:types/handles#[method]counter.get($1)", "7"),
        // Inside another value, a resource shows as the string `"$n"`.
        ("zoo:types/handles#make-pair(1, 2)", "(\"$2\", \"$3\")"),
        ("zoo:types/handles#[method]counter.get($3)", "2"),
    ];
    let mut input = format!("load {}\n", zoo.display());
    for (call, _) in &calls {
        input.push_str(&format!("call 1 {call}\n"));
    }
    input.push_str(
        "status\ndrop $1\ncall 1 zoo:types/handles#[method]counter.get($1)\n\
         call 1 zoo:types/scalars#shout(1)\ncall 1 zoo:types/scalars#shout(\"a\", \"b\")\n\
         call 1 zoo:types/scalars#nope()\ncall 1 zoo:types/scalars#shout(\"unclosed)\n\
         call 1 zoo:types/handles#get-pair(($2, $3))\n\
         purge\nstatus\n",
    );
    let output = hub_demo(&["--quiet"], &input);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    let mut from = 0;
    for (call, expected) in &calls {
        let at = line_index(&lines, from, expected);
        assert_eq!(lines[at], *expected, "`{call}` answered, in:\n{stdout}");
        from = at + 1;
    }
    assert!(stdout.contains("Held by the console (3):"), "{stdout}");
    assert!(stdout.contains("  $1 from #1 zoo:types/handles#[constructor]counter"));
    assert!(stdout.contains("Released $1."));
    for error in [
        "error: no `$1` is held (`status` lists them)",
        "error: argument 1 (`s`) of `zoo:types/scalars#shout`: `1` is not a value of type `string`: ",
        "error: `zoo:types/scalars#shout` takes 1 argument, 2 given",
        "error: `zoo_provider.wasm` does not export `zoo:types/scalars#nope`",
        "error: an unclosed \" in `\"unclosed`",
        "error: argument 1 (`p`) of `zoo:types/handles#get-pair`: a held resource inside another value (`($2, $3)`) cannot be written yet: pass `$n` as an argument of its own",
    ] {
        assert!(stderr.contains(error), "{error} in:\n{stderr}");
    }
    // Purged: nothing is held any more.
    let after_purge = &stdout[stdout.rfind("Purged").expect("purged")..];
    assert!(
        !after_purge.contains("Held by the console"),
        "{after_purge}"
    );
}

#[test]
fn inspect_prints_the_wit_and_what_serves_each_import() {
    let (logging, calculator) = (guest("provider_logging"), guest("provider_calculator"));
    let input = format!(
        "inspect {calc}\nload {logging}\ninspect {calc}\nload {calc}\ninspect 2\ninspect nope.wasm\n",
        calc = calculator.display(),
        logging = logging.display(),
    );
    let output = hub_demo(&["--quiet"], &input);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stderr}");
    // Its world, and the types of what it imports and exports.
    for wit in [
        "world root {",
        "  import demo:logging/logging@0.1.0;",
        "  export demo:logging/calculator@0.1.0;",
        "    resource calc {",
        "      add: func(a: f64, b: f64) -> f64;",
        "    resource logger {",
    ] {
        assert!(stdout.contains(wit), "{wit} in:\n{stdout}");
    }
    let lines: Vec<&str> = stdout.lines().collect();
    let before = line_index(&lines, 0, "  demo:logging/logging@0.1.0: ");
    assert_eq!(
        lines[before],
        "  demo:logging/logging@0.1.0: not served: it imports `demo:logging/logging@0.1.0`, which no loaded library exports (load its provider first)"
    );
    let after = line_index(&lines, before + 1, "  demo:logging/logging@0.1.0: ");
    assert_eq!(
        lines[after],
        "  demo:logging/logging@0.1.0: from #1 provider_logging.wasm (its demo:logging/logging@0.1.0)"
    );
    let loaded = line_index(&lines, after + 1, "  demo:logging/logging@0.1.0: ");
    assert_eq!(
        lines[loaded], lines[after],
        "a loaded library shows its links"
    );
    assert!(lines.contains(&"  wasi:cli/stdout@0.2.6: the host's WASI"));
    assert!(
        stderr.contains("error: nope.wasm is neither a file nor a loaded library"),
        "{stderr}"
    );
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

/// A process that may not map the instance pools' address space (here 256 GiB under
/// `ulimit -v`, the pools want about 2 TiB) still links and runs, and says why it is
/// slower.
#[cfg(unix)]
#[test]
fn a_hub_without_room_for_its_pools_still_runs() {
    let program = command(&["--demo"]).get_program().to_owned();
    let mut limited = Command::new("sh");
    limited
        .args(["-c", r#"ulimit -v 268435456 && exec "$0" "$@""#])
        .arg(program)
        .args(command(&["--demo"]).get_args())
        .stdin(Stdio::null());
    let output = limited.output().expect("sh starts");
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        stdout.matches("Cannot reserve the instance pools").count(),
        1,
        "{stdout}"
    );
    assert_eq!(stdout.matches("[APP] === demo app: done ===").count(), 2);
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
    assert!(stdout.starts_with("Commands:\n  load "), "{stdout}");
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

#[test]
fn a_line_that_is_not_utf8_is_an_error_for_that_line_only() {
    let mut input = b"st\xffatus\n".to_vec();
    input.extend_from_slice(b"load /no/such/dir/lib\xfe.wasm\nstatus\n");
    let output = hub_demo_bytes(&["--quiet"], &input);
    assert!(output.status.success());
    let stderr = text(&output.stderr);
    let errors: Vec<&str> = stderr.lines().collect();
    assert_eq!(errors.len(), 2, "{stderr}");
    assert_eq!(
        errors[0],
        "error: the command is not valid UTF-8 (type `help` for the list)"
    );
    assert!(
        errors[1].starts_with("error: cannot read `/no/such/dir/lib\u{fffd}.wasm`"),
        "the non-UTF-8 path was tried: {stderr}"
    );
    assert!(text(&output.stdout).contains("Loaded libraries (0):"));
}

#[test]
fn a_path_with_spaces_that_names_no_file_is_explained() {
    let output = hub_demo(&["--quiet"], "run a b\n");
    assert_eq!(
        text(&output.stderr),
        "error: `run` takes one path, and there is no file `a b` (a path is the rest of the line, spaces included)\n"
    );
}

/// A folder literally named `dir with space`: unquoted, ` with ` starts the wires (as it
/// always did); quoted, the path is one word.
#[test]
fn a_quoted_path_may_hold_with() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("dir with space");
    std::fs::create_dir(&folder).expect("create the folder");
    for name in ["provider_logging", "provider_calculator"] {
        std::fs::copy(guest(name), folder.join(format!("{name}.wasm"))).expect("copy");
    }
    let folder = folder.display();
    let input = format!(
        "load {folder}/provider_logging.wasm\n\
         load \"{folder}/provider_logging.wasm\"\n\
         load '{folder}/provider_calculator.wasm' with demo:logging/logging@0.1.0=1/demo:logging/logging@0.1.0\n\
         run {}\n\
         status\n",
        guest("app_consumer").display()
    );
    let output = hub_demo(&["--quiet"], &input);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stderr}");
    assert_eq!(
        stderr,
        "error: `space/provider_logging.wasm` is not a wire: write `<import>=<library>/<export>` (and quote a path holding ` with `)\n"
    );
    assert!(
        stdout.contains(&format!(
            "Loaded libraries (2):\n  1. {folder}/provider_logging.wasm ("
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("\n  2. {folder}/provider_calculator.wasm (")),
        "{stdout}"
    );
    assert!(stdout.contains("[APP] === demo app: done ==="), "{stdout}");
}

#[test]
fn a_closed_stdout_ends_the_hub_quietly() {
    let mut child = command(&[]).spawn().expect("hub-demo starts");
    // Nobody reads stdout any more, as with `| head -1` once it has its line.
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let _ = stdin.write_all(b"help\nstatus\nhelp\n");
    drop(stdin);
    let output = child.wait_with_output().expect("hub-demo exits");
    let stderr = text(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
}

#[test]
fn unload_and_reload_commands() {
    let g = |name: &str| guest(name).display().to_string();
    let input = format!(
        "load {}\nload {}\nunload 1\nreload provider_logging.wasm\nrun {}\nunload --with-dependents #1\nstatus\n",
        g("provider_logging"),
        g("provider_calculator"),
        g("app_consumer"),
    );
    let output = hub_demo(&["--quiet"], &input);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(
        stderr,
        "error: #1 provider_logging.wasm is imported by #2 provider_calculator.wasm (unload them first, or unload with --with-dependents)\n"
    );
    assert!(stdout.contains(
        "Reloaded #1 provider_logging.wasm and its dependents #2 provider_calculator.wasm; their state restarts."
    ), "{stdout}");
    assert!(stdout.contains("[APP] === demo app: done ==="));
    assert!(
        stdout.contains("Unloaded #2 provider_calculator.wasm, #1 provider_logging.wasm."),
        "{stdout}"
    );
    assert!(stdout.contains("Loaded libraries (0):"));
}

#[test]
fn load_and_run_with_wires() {
    let g = |name: &str| guest(name).display().to_string();
    let input = format!(
        "load {}\nload {}\nrun {} with exports=private_b.wasm/exports\nrun {}\n",
        g("private_a"),
        g("private_b"),
        g("private_app"),
        g("private_app"),
    );
    let output = hub_demo(&["--quiet"], &input);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(stdout.contains("[APP] private: init = b"), "{stdout}");
    assert!(
        stderr.contains("which 2 loaded libraries export (#1 private_a.wasm, #2 private_b.wasm)"),
        "{stderr}"
    );
    // The console says how to wire it in its own syntax.
    assert!(
        stderr.contains("(add `with <import>=<library>/<export>` to the command)"),
        "{stderr}"
    );
}

#[test]
fn a_wasi_export_is_refused_with_the_flag_that_allows_it() {
    let input = format!(
        "load {}
status
",
        guest("wasi_impostor").display()
    );
    let output = hub_demo(&["--quiet"], &input);
    let stderr = text(&output.stderr);
    assert!(
        stderr.ends_with(
            "which the host provides to every component (load it with --override-wasi to let it serve components loaded or run after it)\n"
        ),
        "{stderr}"
    );
    assert!(text(&output.stdout).contains("Loaded libraries (0):"));
}

#[test]
fn the_timeout_flag_bounds_runs() {
    let g = |name: &str| guest(name).display().to_string();
    let input = format!("run {}\nstatus\n", g("runaway_app"));
    let output = hub_demo(&["--quiet", "--timeout", "300ms"], &input);
    assert!(output.status.success());
    assert_eq!(
        text(&output.stderr),
        format!(
            "error: `{}` ran out of its time budget of 0.3s\n",
            g("runaway_app")
        )
    );
    assert!(text(&output.stdout).contains("Loaded libraries (0):"));

    let output = hub_demo(&["--timeout", "soon"], "");
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("`soon` is not a duration"));
}

#[test]
fn ctrl_c_interrupts_the_run_and_the_hub_goes_on() {
    let g = |name: &str| guest(name).display().to_string();
    let mut child = command(&["--timeout", "none"])
        .spawn()
        .expect("hub-demo starts");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
    writeln!(stdin, "run {}", g("runaway_app")).expect("write");
    wait_for_line(&mut stdout, "Running runaway_app.wasm");
    // The app loops forever: Ctrl-C ends the run, not the hub.
    let pid = child.id().to_string();
    let interrupted = Command::new("kill").args(["-INT", &pid]).status();
    assert!(interrupted.is_ok_and(|s| s.success()), "kill -INT {pid}");
    writeln!(stdin, "status").expect("the hub still reads");
    wait_for_line(&mut stdout, "Loaded libraries (0):");
    drop(stdin);
    let output = child.wait_with_output().expect("hub-demo exits");
    assert!(output.status.success());
    assert_eq!(
        text(&output.stderr),
        format!(
            "error: `{}` was interrupted by the user\n",
            g("runaway_app")
        )
    );
}

/// The hub's stdin stays open with no data while the app reads stdin: a guest given the
/// hub's stdin would block there (and, with the `status` line behind it, could steal that
/// line); a guest with no stdin reads the end of input at once.
#[test]
fn a_guest_does_not_get_the_hub_s_stdin() {
    let mut child = command(&["--timeout", "10s"])
        .spawn()
        .expect("hub-demo starts");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
    writeln!(stdin, "run {}", guest("stdin_app").display()).expect("write");
    writeln!(stdin, "status").expect("write");
    let mut lines = Vec::new();
    loop {
        let mut line = String::new();
        let read = stdout.read_line(&mut line).expect("read stdout");
        assert!(read > 0, "hub-demo ended early:\n{}", lines.join(""));
        let done = line.contains("Loaded libraries (0):");
        lines.push(line);
        if done {
            break;
        }
    }
    drop(stdin);
    let output = child.wait_with_output().expect("hub-demo exits");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        lines
            .iter()
            .any(|l| l.trim_end() == "[APP] stdin: read 0 bytes: \"\""),
        "{}",
        lines.join("")
    );
    assert_eq!(text(&output.stderr), "", "the run succeeds");
}

/// A `hub-demo` whose stdin stays open (piped stdin ends the session at its end), its
/// stdout and stderr lines read with a deadline.
struct Live {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<Line>,
    /// Every line read so far, for messages.
    seen: Vec<Line>,
}

/// A line of output, and whether it came on stderr.
#[derive(Clone, Debug)]
struct Line {
    stderr: bool,
    text: String,
}

/// How long a test waits for a line: far more than any load or reload takes.
const LINE_DEADLINE: Duration = Duration::from_secs(60);

impl Live {
    fn start(args: &[&str]) -> Self {
        let mut child = command(args).spawn().expect("hub-demo starts");
        let (send, lines) = channel();
        let stdout = child.stdout.take().expect("stdout is piped");
        let stderr = child.stderr.take().expect("stderr is piped");
        for (out, stderr) in [
            (Box::new(stdout) as Box<dyn std::io::Read + Send>, false),
            (Box::new(stderr), true),
        ] {
            let send = send.clone();
            std::thread::spawn(move || {
                for text in BufReader::new(out).lines().map_while(Result::ok) {
                    let _ = send.send(Line { stderr, text });
                }
            });
        }
        let stdin = child.stdin.take();
        Live {
            child,
            stdin,
            lines,
            seen: Vec::new(),
        }
    }

    fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        writeln!(stdin, "{line}").expect("hub-demo reads stdin");
    }

    /// Reads lines (stdout and stderr) until one equal to `wanted`; fails at the deadline,
    /// at the end of output, or at once at a line about a reload when `no_reload`. The
    /// two streams' lines may arrive in another order than they were written; each
    /// stream's own order is kept.
    fn read_until(&mut self, wanted: &str, no_reload: bool) {
        let deadline = Instant::now() + LINE_DEADLINE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = match self.lines.recv_timeout(left) {
                Ok(line) => line,
                Err(err) => panic!("no line {wanted:?} ({err}):\n{}", self.transcript()),
            };
            self.seen.push(line.clone());
            if line.text == wanted {
                return;
            }
            if no_reload && line.text.contains("Reloaded") {
                panic!("a reload before {wanted:?}:\n{}", self.transcript());
            }
        }
    }

    /// Waits for the line `wanted`.
    fn until(&mut self, wanted: &str) {
        self.read_until(wanted, false);
    }

    /// Waits for the line `wanted`, and fails if anything is reloaded before it.
    fn until_no_reload(&mut self, wanted: &str) {
        self.read_until(wanted, true);
    }

    fn transcript(&self) -> String {
        self.seen
            .iter()
            .map(|l| format!("{}{}\n", if l.stderr { "stderr: " } else { "" }, l.text))
            .collect()
    }

    /// Ends the session (end of input) and returns every line of stdout and of stderr.
    fn finish(mut self) -> (Vec<String>, Vec<String>) {
        drop(self.stdin.take());
        let status = self.child.wait().expect("hub-demo exits");
        assert!(status.success(), "{status:?}:\n{}", self.transcript());
        // Both readers end at the end of their stream.
        self.seen.extend(self.lines.iter());
        let stream = |stderr| {
            self.seen
                .iter()
                .filter(|l| l.stderr == stderr)
                .map(|l| l.text.clone())
                .collect()
        };
        (stream(false), stream(true))
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        kill(&mut self.child);
    }
}

/// `wasm` with a custom section appended: other bytes, the same component.
fn with_custom_section(wasm: &[u8], tag: &str) -> Vec<u8> {
    let name = b"hub-demo-test";
    let size = 1 + name.len() + tag.len();
    let size = u8::try_from(size)
        .ok()
        .filter(|s| *s < 0x80)
        .expect("a one-byte LEB128");
    let mut bytes = wasm.to_vec();
    bytes.extend([0, size, name.len() as u8]);
    bytes.extend(name);
    bytes.extend(tag.as_bytes());
    bytes
}

/// Replaces `path` with `bytes` as editors and build tools do: a file written next to
/// it, renamed over it (so the watcher never sees half a file).
fn replace(path: &Path, bytes: &[u8]) {
    let temp = path.with_extension("partial");
    std::fs::write(&temp, bytes).expect("write");
    std::fs::rename(&temp, path).expect("rename");
}

/// Each change of content reloads once; what does not change the content (the same
/// bytes copied over the file, the hub reading the file to reload it, bytes that already
/// failed, the file going away) reloads nothing and is said once. The watcher says what
/// it did after looking at a file, so seeing that line proves every event before it was
/// handled: "nothing reloaded in between" is checked without sleeping.
#[test]
fn watch_reloads_once_per_change_of_content() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = dir.path().join("provider_logging.wasm");
    let original = std::fs::read(guest("provider_logging")).expect("read the guest");
    std::fs::write(&library, &original).expect("copy");
    let mut hub = Live::start(&["--watch"]);
    hub.send(&format!("load {}", library.display()));
    hub.send("status");
    hub.until("Loaded libraries (1):");
    let same =
        "Not reloaded #1 provider_logging.wasm: its file was touched but holds the same bytes.";

    // The same bytes copied over it (in place, as `cp` does): seen, and not a change.
    std::fs::copy(guest("provider_logging"), &library).expect("copy again");
    hub.until_no_reload(same);

    // A new build: reloaded once. The hub reading the file to reload it is no change:
    // the same bytes written again are looked at, with no reload in between.
    let rebuilt = with_custom_section(&original, "v2");
    replace(&library, &rebuilt);
    hub.until("[HOST] Reloaded #1 provider_logging.wasm; its state restarts");
    hub.until_no_reload("Reloaded #1 provider_logging.wasm; its state restarts.");
    replace(&library, &rebuilt);
    hub.until_no_reload(same);

    // Garbage fails to reload, once: the same garbage again is not tried again.
    replace(&library, b"not a component");
    let failed = format!(
        "error: reloading `#1 provider_logging.wasm` failed; nothing changed: `{}` is not a WebAssembly file",
        library.display()
    );
    hub.until_no_reload(&failed);
    replace(&library, b"not a component");
    hub.until_no_reload(
        "Not reloaded #1 provider_logging.wasm: its file still holds the bytes that failed to reload.",
    );

    // The file goes away: said once, and the library stays. It comes back with the bytes
    // the library was loaded from: nothing to reload.
    std::fs::remove_file(&library).expect("remove");
    hub.until_no_reload(
        "Not reloaded #1 provider_logging.wasm: its file is gone; the library stays loaded as it is.",
    );
    replace(&library, &rebuilt);
    hub.until_no_reload(same);
    hub.send("status");
    hub.until_no_reload("Loaded libraries (1):");

    let (stdout, stderr) = hub.finish();
    assert_eq!(stderr, [failed], "one error, for the garbage");
    let said = |text: &str| stdout.iter().filter(|l| l.contains(text)).count();
    assert_eq!(said("Reloaded"), 2, "one reload ([HOST] line and result)");
    assert_eq!(said("failed to reload"), 1);
    assert_eq!(said("is gone"), 1);
}

/// A library reloaded as a dependent is still watched (under its number, with the
/// digest it was compiled from), and of two libraries in one folder only the one whose
/// file changed is looked at.
#[test]
fn watch_follows_dependents_and_libraries_sharing_a_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = |name: &str| dir.path().join(format!("{name}.wasm"));
    let bytes = |name: &str| std::fs::read(guest(name)).expect("read the guest");
    let (logging, calculator) = (path("provider_logging"), path("provider_calculator"));
    std::fs::write(&logging, bytes("provider_logging")).expect("copy");
    std::fs::write(&calculator, bytes("provider_calculator")).expect("copy");
    let mut hub = Live::start(&["--watch", "--quiet"]);
    hub.send(&format!("load {}", logging.display()));
    hub.send(&format!("load {}", calculator.display()));
    hub.send("status");
    hub.until("Loaded libraries (2):");
    let both = "Reloaded #1 provider_logging.wasm and its dependents #2 provider_calculator.wasm; their state restarts.";
    let calculator_same =
        "Not reloaded #2 provider_calculator.wasm: its file was touched but holds the same bytes.";
    let calculator_reloaded = "Reloaded #2 provider_calculator.wasm; its state restarts.";

    replace(
        &logging,
        &with_custom_section(&bytes("provider_logging"), "v2"),
    );
    hub.until_no_reload(both);
    // The calculator was instantiated again from the code it had: its file holds the
    // same bytes. Only its file is looked at, not the logging library's next to it.
    replace(&calculator, &bytes("provider_calculator"));
    hub.until_no_reload(calculator_same);
    let rebuilt = with_custom_section(&bytes("provider_calculator"), "v2");
    replace(&calculator, &rebuilt);
    hub.until_no_reload(calculator_reloaded);
    replace(&calculator, &rebuilt);
    hub.until_no_reload(calculator_same);

    // Both change: the logging library reloads with its dependent, then the calculator
    // from its new file, whether the watcher sees the two in one batch or in two.
    replace(
        &logging,
        &with_custom_section(&bytes("provider_logging"), "v3"),
    );
    replace(
        &calculator,
        &with_custom_section(&bytes("provider_calculator"), "v3"),
    );
    hub.until_no_reload(both);
    hub.until_no_reload(calculator_reloaded);
    replace(
        &logging,
        &with_custom_section(&bytes("provider_logging"), "v3"),
    );
    hub.until_no_reload(
        "Not reloaded #1 provider_logging.wasm: its file was touched but holds the same bytes.",
    );
    hub.send(&format!("run {}", guest("app_consumer").display()));
    hub.until_no_reload("[APP] === demo app: done ===");

    let (stdout, stderr) = hub.finish();
    assert_eq!(stderr, [] as [String; 0]);
    let reloads = stdout.iter().filter(|l| l.contains("Reloaded")).count();
    assert_eq!(reloads, 4, "{stdout:#?}");
    let looked_at = stdout.iter().filter(|l| l.contains("reloaded")).count();
    assert_eq!(looked_at, 3, "{stdout:#?}");
}

/// Runs `input` through a hub caching in `cache_dir`; returns stdout, failing on any error.
fn session_caching_in(cache_dir: &Path, args: &[&str], input: &str) -> String {
    let mut child = command_caching_in(cache_dir, args)
        .spawn()
        .expect("hub-demo starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_bytes())
        .expect("hub-demo reads stdin");
    let output = child.wait_with_output().expect("hub-demo exits");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stderr), "", "no errors expected");
    text(&output.stdout)
}

/// The `Compile cache ...` and `Cleared ...` lines of a session.
fn cache_lines(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|l| l.starts_with("Compile cache ") || l.starts_with("Cleared the compile cache "))
        .collect()
}

#[test]
fn cache_shows_and_clears_the_disk_cache_and_the_hub_goes_on() {
    let g = |name: &str| guest(name).display().to_string();
    let dir = tempfile::tempdir().expect("temp dir");
    let input = format!(
        "cache\nload {}\ncache\ncache clear\ncache\nload {}\nrun {}\ncache\n",
        g("provider_logging"),
        g("provider_calculator"),
        g("app_consumer"),
    );
    let stdout = session_caching_in(dir.path(), &["--quiet"], &input);
    let shown = dir.path().display();
    let lines = cache_lines(&stdout);
    assert_eq!(lines.len(), 5, "{stdout}");
    assert_eq!(
        lines[0],
        format!("Compile cache {shown}: 0 entries, 0 B of at most 1.0 GiB.")
    );
    assert!(
        lines[1].starts_with(&format!("Compile cache {shown}: 1 entry, ")),
        "{stdout}"
    );
    assert!(
        lines[2].starts_with(&format!(
            "Cleared the compile cache {shown}: removed 1 entry ("
        )),
        "{stdout}"
    );
    assert_eq!(lines[3], lines[0], "cleared");
    assert!(
        lines[4].starts_with(&format!("Compile cache {shown}: 2 entries, ")),
        "the calculator and the app were compiled and cached again: {stdout}"
    );
    // The logging library loaded before the clear still serves the calculator and the app.
    assert!(stdout.contains("[APP] === demo app: done ==="), "{stdout}");

    let cleared = session_caching_in(dir.path(), &["--quiet"], "cache clear\n");
    assert!(
        cache_lines(&cleared)[0].contains("removed 2 entries"),
        "{cleared}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("listable").count(),
        0,
        "nothing is left in the folder"
    );

    // Without `--cache-dir`, which `--no-cache` conflicts with.
    let mut off = Command::new(env!("CARGO_BIN_EXE_hub-demo"))
        .args(["--quiet", "--no-cache"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hub-demo starts");
    off.stdin
        .take()
        .expect("stdin is piped")
        .write_all(b"cache\ncache clear\n")
        .expect("hub-demo reads stdin");
    let off = off.wait_with_output().expect("hub-demo exits");
    assert!(
        off.status.success() && text(&off.stderr).is_empty(),
        "{}",
        text(&off.stderr)
    );
    assert_eq!(
        text(&off.stdout)
            .matches("No disk cache (--no-cache): each component is compiled once per session.")
            .count(),
        2
    );
}

#[test]
fn the_cache_max_size_flag_bounds_the_disk_cache() {
    let g = |name: &str| guest(name).display().to_string();
    let dir = tempfile::tempdir().expect("temp dir");
    // Smaller than any entry: each write keeps only the entry it just wrote.
    let input = format!(
        "load {}\nload {}\ncache\n",
        g("provider_logging"),
        g("provider_calculator"),
    );
    let stdout = session_caching_in(dir.path(), &["--cache-max-size", "1KiB"], &input);
    assert!(
        cache_lines(&stdout)[0].starts_with(&format!(
            "Compile cache {}: 1 entry, ",
            dir.path().display()
        )) && cache_lines(&stdout)[0].ends_with(" of at most 1.0 KiB."),
        "{stdout}"
    );
    assert_eq!(
        stdout
            .matches("[HOST] Pruned the compile cache in ")
            .count(),
        1,
        "one [HOST] line, when the calculator's entry pushed out the logging library's: {stdout}"
    );

    let output = hub_demo(&["--cache-max-size", "lots"], "");
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("`lots` is not a size"),
        "{}",
        text(&output.stderr)
    );
}
