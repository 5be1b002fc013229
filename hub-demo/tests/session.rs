//! Drives the `hub-demo` binary through stdin, as a user would.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use component_hub::guest;

/// `hub-demo` with `args`, its compiled components cached in the build's scratch folder.
fn command(args: &[&str]) -> Command {
    command_caching_in(
        Path::new(concat!(env!("CARGO_TARGET_TMPDIR"), "/compile-cache")),
        args,
    )
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

#[test]
fn watch_reloads_a_library_whose_file_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = dir.path().join("provider_logging.wasm");
    std::fs::copy(guest("provider_logging"), &library).expect("copy");
    let mut child = command(&["--watch"]).spawn().expect("hub-demo starts");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
    writeln!(stdin, "load {}", library.display()).expect("write");
    writeln!(stdin, "status").expect("write");
    wait_for_line(&mut stdout, "Loaded libraries (1):");
    // A new build lands: the file is written again.
    std::fs::copy(guest("provider_logging"), &library).expect("copy again");
    let line = wait_for_line(&mut stdout, "[HOST] Reloaded");
    assert_eq!(
        line.trim_end(),
        "[HOST] Reloaded #1 provider_logging.wasm; its state restarts"
    );
    wait_for_line(
        &mut stdout,
        "Reloaded #1 provider_logging.wasm; its state restarts.",
    );
    drop(stdin);
    kill(&mut child);
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
