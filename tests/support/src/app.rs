//! The app under test: spawning the binary, its CLI and control socket, status and history.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::{poll, run_with_timeout, user_input, Output, Sandbox, APP_START, CLI_TIMEOUT, SEQ};

#[derive(Debug)]
pub struct Exercise {
    pub id: String,
    pub name: String,
}

pub fn names(exercises: &[Exercise]) -> Vec<&str> {
    exercises.iter().map(|e| e.name.as_str()).collect()
}

impl Sandbox {
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(&self.bin);
        cmd.args(args).stdin(Stdio::null());
        for (var, value) in &self.env {
            match value {
                Some(value) => cmd.env(var, value),
                None => cmd.env_remove(var),
            };
        }
        cmd
    }

    pub fn run_timeout(&self, args: &[&str], timeout: Duration) -> Output {
        run_with_timeout(self.command(args), &self.root().join("logs"), timeout)
    }

    pub fn cli(&self, args: &[&str]) -> Output {
        self.run_timeout(args, CLI_TIMEOUT)
    }

    pub fn cli_ok(&self, args: &[&str]) -> Output {
        let out = self.cli(args);
        assert_eq!(out.code(), Some(0), "{out}");
        out
    }

    pub fn status(&self) -> Result<Value, String> {
        let out = self.cli(&["status", "--json"]);
        if out.code() != Some(0) {
            return Err(out.to_string());
        }
        serde_json::from_str(&out.stdout)
            .map_err(|e| format!("status --json printed no JSON ({e}): {out}"))
    }

    pub fn status_ok(&self) -> Value {
        self.status()
            .unwrap_or_else(|e| panic!("status --json failed: {e}"))
    }

    /// Polls `status --json` until `check` holds; fails with the last status and the app's output.
    pub fn wait_status(
        &self,
        app: &mut App,
        what: &str,
        timeout: Duration,
        check: impl Fn(&Value) -> bool,
    ) -> Value {
        let mut last = Value::Null;
        poll(timeout, || {
            assert!(
                app.alive(),
                "the app died while waiting for {what}\n{}",
                app.context()
            );
            last = self.status().ok()?;
            check(&last).then(|| last.clone())
        })
        .unwrap_or_else(|| {
            panic!(
                "timed out waiting for {what}; last status {last}\n{}",
                app.context()
            )
        })
    }

    pub fn exercises(&self) -> Vec<Exercise> {
        let out = self.cli_ok(&["exercises", "list", "--json"]);
        let list: Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("exercises list --json: {e}\n{out}"));
        let list = list
            .as_array()
            .unwrap_or_else(|| panic!("exercises list --json is no array: {out}"));
        let exercises: Vec<Exercise> = list
            .iter()
            .map(|e| Exercise {
                id: e["id"].as_str().unwrap_or_default().to_string(),
                name: e["name"].as_str().unwrap_or_default().to_string(),
            })
            .collect();
        assert!(
            !exercises.is_empty()
                && exercises
                    .iter()
                    .all(|e| !e.id.is_empty() && !e.name.is_empty()),
            "{out}"
        );
        exercises
    }

    pub fn history(&self) -> Vec<Value> {
        fs::read_to_string(self.history_file())
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    pub fn wait_history(&self, app: &mut App, what: &str, check: impl Fn(&Value) -> bool) {
        poll(Duration::from_secs(5), || {
            self.history().iter().any(&check).then_some(())
        })
        .unwrap_or_else(|| {
            panic!(
                "history never got {what}: {}\n{}",
                fs::read_to_string(self.history_file()).unwrap_or_default(),
                app.context()
            )
        });
    }

    /// Starts the tray app and waits until its control socket answers. On a display, one XTEST
    /// input first: the user is at the computer (the X server's idle counter is shared by every
    /// test, and an app that starts idle holds its reminders).
    pub fn start_app(&self) -> App {
        if std::env::var_os("DISPLAY").is_some() && self.env_value("DISPLAY") != Some(None) {
            user_input();
        }
        let logs = self.root().join("logs");
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let stdout = logs.join(format!("app-{n}.stdout"));
        let stderr = logs.join(format!("app-{n}.stderr"));
        let mut cmd = self.command(&[]);
        cmd.stdout(fs::File::create(&stdout).expect("app stdout file"));
        cmd.stderr(fs::File::create(&stderr).expect("app stderr file"));
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.bin.display()));
        let mut app = App {
            pid: child.id(),
            child,
            stdout,
            stderr,
            log: self.log_file(),
        };
        poll(APP_START, || {
            assert!(
                app.alive(),
                "the app exited during start-up\n{}",
                app.context()
            );
            self.status().ok()
        })
        .unwrap_or_else(|| {
            panic!(
                "the app's control socket did not answer within {APP_START:?}\n{}",
                app.context()
            )
        });
        app
    }
}

/// A running app; killed when dropped.
pub struct App {
    pub child: Child,
    pub pid: u32,
    pub stdout: PathBuf,
    pub stderr: PathBuf,
    pub log: PathBuf,
}

impl App {
    /// Sends a signal by name (`TERM`, `INT`, ...) with kill(1).
    pub fn signal(&self, name: &str) {
        let out = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid.to_string())
            .output()
            .unwrap_or_else(|e| panic!("cannot run kill: {e}"));
        assert!(out.status.success(), "kill -{name} {}: {out:?}", self.pid);
    }

    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        poll(timeout, || self.child.try_wait().ok().flatten())
    }

    pub fn stderr_text(&self) -> String {
        fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    pub fn log_text(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Everything the app said: stderr, stdout and its log file.
    pub fn context(&self) -> String {
        let read = |p: &Path| fs::read_to_string(p).unwrap_or_default();
        format!(
            "--- app pid {} stderr ---\n{}\n--- stdout ---\n{}\n--- {} ---\n{}",
            self.pid,
            read(&self.stderr),
            read(&self.stdout),
            self.log.display(),
            read(&self.log)
        )
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// A `status --follow` client and its lines, each with the time it arrived.
pub struct Follower {
    pub child: Child,
    lines: mpsc::Receiver<(Instant, String)>,
}

impl Follower {
    pub fn start(sandbox: &Sandbox, args: &[&str]) -> Follower {
        let mut cmd = sandbox.command(args);
        cmd.stdout(Stdio::piped()).stderr(Stdio::null());
        let mut child = cmd.spawn().expect("start status --follow");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, lines) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send((Instant::now(), line)).is_err() {
                    break;
                }
            }
        });
        Follower { child, lines }
    }

    pub fn next(&self, what: &str, within: Duration) -> Value {
        let (_, line) = self
            .lines
            .recv_timeout(within)
            .unwrap_or_else(|_| panic!("no line within {within:?} after {what}"));
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {line}"))
    }

    pub fn none_for(&self, what: &str, quiet: Duration) {
        if let Ok((_, line)) = self.lines.recv_timeout(quiet) {
            panic!("a line although nothing changed ({what}): {line}");
        }
    }

    /// Voluntary + involuntary context switches of every thread of the client.
    pub fn switches(&self) -> u64 {
        let dir = format!("/proc/{}/task", self.child.id());
        let mut total = 0;
        for task in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
            let status =
                fs::read_to_string(task.expect("task").path().join("status")).unwrap_or_default();
            total += status
                .lines()
                .filter(|l| l.contains("ctxt_switches:"))
                .filter_map(|l| l.split_whitespace().last()?.parse::<u64>().ok())
                .sum::<u64>();
        }
        total
    }
}

impl Drop for Follower {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
