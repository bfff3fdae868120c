//! Child processes: commands with a timeout, helper tools, long-running daemons, polling.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use crate::POLL;

pub static SEQ: AtomicUsize = AtomicUsize::new(0);

/// A program started by a test (a late tray host, say); killed when dropped.
pub struct Daemon(pub Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// What a finished (or timed-out) command printed.
pub struct Output {
    pub what: String,
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// None when killed by a signal or timed out.
    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }
}

impl std::fmt::Display for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let status = self
            .status
            .map_or("timed out (killed)".to_string(), |s| s.to_string());
        write!(
            f,
            "`{}` → {status}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.what, self.stdout, self.stderr
        )
    }
}

/// Runs `cmd` with output in files (nothing can block on a pipe), killing it after `timeout`.
pub fn run_with_timeout(mut cmd: Command, scratch: &Path, timeout: Duration) -> Output {
    let n = SEQ.fetch_add(1, Ordering::SeqCst);
    let (out_path, err_path) = (
        scratch.join(format!("cmd-{n}.out")),
        scratch.join(format!("cmd-{n}.err")),
    );
    cmd.stdout(fs::File::create(&out_path).expect("stdout file"));
    cmd.stderr(fs::File::create(&err_path).expect("stderr file"));
    let what = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run `{what}`: {e}"));
    let status = poll(timeout, || child.try_wait().ok().flatten());
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    let read = |p: &Path| fs::read_to_string(p).unwrap_or_default();
    Output {
        what,
        status,
        stdout: read(&out_path),
        stderr: read(&err_path),
    }
}

/// Runs a helper tool (gdbus, xdotool, dunstctl, import, ...) to completion; its stdout, or an
/// error with its stderr.
pub fn tool(program: &str, args: &[&str]) -> Result<String, String> {
    tool_on(None, program, args)
}

/// [`tool`] talking to the session bus at `bus` (None: the test process's own session bus).
pub fn tool_on(bus: Option<&str>, program: &str, args: &[&str]) -> Result<String, String> {
    let mut cmd = Command::new(program);
    if let Some(bus) = bus {
        cmd.env("DBUS_SESSION_BUS_ADDRESS", bus);
    }
    let out = cmd
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.success() {
        Ok(stdout)
    } else {
        Err(format!(
            "`{program} {}` → {}: {}{}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim(),
            stdout.trim()
        ))
    }
}

/// Calls `f` every 50 ms until it returns Some or `timeout` passes.
pub fn poll<T>(timeout: Duration, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = f() {
            return Some(value);
        }
        if Instant::now() >= deadline {
            return None;
        }
        thread::sleep(POLL);
    }
}

pub fn wait_until<T>(what: &str, timeout: Duration, f: impl FnMut() -> Option<T>) -> T {
    poll(timeout, f).unwrap_or_else(|| panic!("timed out after {timeout:?} waiting for {what}"))
}

/// Spawns a daemon that prints one line on stdout once it is ready (dbus-daemon its address with
/// `--print-address=1`, Xvfb its display number with `-displayfd 1`): the child and that line.
/// Its stderr goes to `log`; when it prints nothing, the test fails with that log.
pub fn spawn_ready_line(mut cmd: Command, log: &Path) -> (Child, String) {
    let program = cmd.get_program().to_string_lossy().into_owned();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(fs::File::create(log).unwrap_or_else(|e| panic!("{}: {e}", log.display())))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    let mut line = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut line);
    }
    let line = line.trim().to_string();
    if line.is_empty() {
        let _ = child.kill();
        let _ = child.wait();
        panic!(
            "{program} printed nothing on start-up: {}",
            fs::read_to_string(log).unwrap_or_default()
        );
    }
    (child, line)
}

/// Asserts that a condition *holds* for `duration`: runs `check` (which asserts) at once, every
/// [`POLL`] and once more at the end. A negative check ("no reminder while away") fails at the
/// first look that breaks it instead of after a fixed sleep, and never passes before `duration`
/// is over.
pub fn holds_for(duration: Duration, mut check: impl FnMut()) {
    let deadline = Instant::now() + duration;
    loop {
        check();
        let now = Instant::now();
        if now >= deadline {
            return;
        }
        thread::sleep(POLL.min(deadline - now));
    }
}
